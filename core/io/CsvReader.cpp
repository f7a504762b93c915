#include "io/CsvReader.h"

#include "io/TextEncoding.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace tandem::CsvReader {

namespace {

struct RawRecord {
    int line = 0;
    QStringList fields;
    bool isBlank() const
    {
        for (const QString& f : fields) {
            if (!f.isEmpty())
                return false;
        }
        return true;
    }
};

struct Parsed {
    QList<RawRecord> records;
    int openQuoteLine = 0; // a quoted field that never closes starts here
    int openQuoteColumn = 0;
};

// One pass over the text; `limit` stops after that many records (delimiter detection).
Parsed parse(
    const QString& text, QChar delimiter, qsizetype from = 0, int firstLine = 1, int limit = -1)
{
    Parsed out;
    const qsizetype n = text.size();
    qsizetype i = from;
    int line = firstLine;
    // Consumes a line end at i (CRLF, LF or a lone CR) and counts it.
    auto takeNewline = [&] {
        if (text.at(i) == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
            ++i;
        ++i;
        ++line;
    };
    while (i < n && (limit < 0 || out.records.size() < limit)) {
        RawRecord record;
        record.line = line;
        QString field;
        bool inQuotes = false;
        bool atFieldStart = true;
        while (i < n) {
            const QChar c = text.at(i);
            if (inQuotes) {
                if (c == QLatin1Char('"')) {
                    if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                        field += c;
                        i += 2;
                    } else {
                        inQuotes = false;
                        ++i;
                    }
                } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
                    field += QLatin1Char('\n');
                    takeNewline();
                } else {
                    field += c;
                    ++i;
                }
                continue;
            }
            if (c == QLatin1Char('"') && atFieldStart) {
                inQuotes = true;
                atFieldStart = false;
                out.openQuoteLine = line;
                out.openQuoteColumn = int(record.fields.size());
                ++i;
            } else if (c == delimiter) {
                record.fields << field;
                field.clear();
                atFieldStart = true;
                ++i;
            } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
                takeNewline();
                break;
            } else {
                // A quote inside an unquoted field (5" screen) is kept as written, as Excel does.
                field += c;
                atFieldStart = false;
                ++i;
            }
        }
        if (inQuotes)
            return out; // openQuoteLine tells where
        out.openQuoteLine = 0;
        record.fields << field;
        out.records << record;
    }
    return out;
}

Error error(
    const CsvReadOptions& options, int line, const QString& message, const QString& field = {})
{
    return Error { message, options.fileName, line, field };
}

} // namespace

QChar detectDelimiter(const QString& text)
{
    QChar best = QLatin1Char(',');
    int bestWidth = 0;
    int bestConsistent = -1;
    for (const QChar candidate : { QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t') }) {
        const Parsed parsed = parse(text, candidate, 0, 1, 20);
        int width = 0;
        int consistent = 0;
        for (const RawRecord& r : parsed.records) {
            if (r.isBlank())
                continue;
            if (width == 0)
                width = int(r.fields.size());
            else if (r.fields.size() == width)
                ++consistent;
        }
        if (width < 2)
            continue; // the delimiter does not occur in the header
        // Rows that agree with the header count first, then the wider split.
        if (consistent > bestConsistent || (consistent == bestConsistent && width > bestWidth)) {
            best = candidate;
            bestWidth = width;
            bestConsistent = consistent;
        }
    }
    return best;
}

Result<CsvTable> read(const QString& text, const CsvReadOptions& options)
{
    CsvTable table;
    table.fileName = options.fileName;
    qsizetype start = 0;
    int firstLine = 1;
    QChar delimiter = options.delimiter;
    // Excel writes and reads a first line "sep=;" that names the delimiter.
    if (text.startsWith(QLatin1String("sep="), Qt::CaseInsensitive) && text.size() > 4
        && text.at(4) != QLatin1Char('\r') && text.at(4) != QLatin1Char('\n')) {
        const qsizetype end = text.indexOf(QLatin1Char('\n'));
        if (delimiter.isNull())
            delimiter = text.at(4);
        start = end < 0 ? text.size() : end + 1;
        firstLine = 2;
    }
    if (QStringView(text).mid(start).trimmed().isEmpty())
        return error(options, 0, QCoreApplication::translate("CsvReader", "the file is empty"));
    if (delimiter.isNull())
        delimiter = detectDelimiter(text.mid(start));
    table.delimiter = delimiter;

    Parsed parsed = parse(text, delimiter, start, firstLine);
    int headerIndex = 0;
    while (headerIndex < parsed.records.size() && parsed.records.at(headerIndex).isBlank())
        ++headerIndex;
    if (parsed.openQuoteLine > 0) {
        const QStringList header = headerIndex < parsed.records.size()
            ? parsed.records.at(headerIndex).fields
            : QStringList();
        return error(options, parsed.openQuoteLine,
            QCoreApplication::translate(
                "CsvReader", "a quoted field starts on line %1 and is never closed")
                .arg(parsed.openQuoteLine),
            header.value(parsed.openQuoteColumn).trimmed());
    }
    if (headerIndex >= parsed.records.size())
        return error(options, 0,
            QCoreApplication::translate(
                "CsvReader", "the file has no header line with column names"));
    for (const QString& name : parsed.records.at(headerIndex).fields)
        table.header << name.trimmed();

    for (qsizetype r = headerIndex + 1; r < parsed.records.size(); ++r) {
        RawRecord& record = parsed.records[r];
        if (record.isBlank())
            continue; // an empty line, or a row Excel left as bare delimiters: nothing to import
        if (record.fields.size() != table.header.size()) {
            table.errors << error(options, record.line,
                QCoreApplication::translate("CsvReader", "line %1 has %2 fields, the header has %3")
                    .arg(record.line)
                    .arg(record.fields.size())
                    .arg(table.header.size()));
            continue;
        }
        table.rows << CsvRow { record.line, std::move(record.fields) };
    }
    return table;
}

Result<CsvTable> read(const QByteArray& data, const CsvReadOptions& options)
{
    if (data.isEmpty())
        return error(options, 0, QCoreApplication::translate("CsvReader", "the file is empty"));
    auto decoded = TextEncoding::decode(data, options.fileName, options.encoding);
    if (!decoded)
        return decoded.error();
    auto table = read(decoded->text, options);
    if (!table)
        return table;
    CsvTable out = std::move(table).value();
    out.encoding = decoded->encoding;
    return out;
}

Result<CsvTable> readFile(const QString& path, CsvReadOptions options)
{
    if (options.fileName.isEmpty())
        options.fileName = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return error(options, 0,
            QCoreApplication::translate("CsvReader", "cannot open the file: %1")
                .arg(file.errorString()));
    return read(file.readAll(), options);
}

} // namespace tandem::CsvReader
