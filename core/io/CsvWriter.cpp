#include "io/CsvWriter.h"

namespace tandem::CsvWriter {

namespace {

const QLatin1String kLineEnd("\r\n");

void appendLine(QString& out, const QStringList& fields, QChar delimiter)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out += delimiter;
        out += field(fields.at(i), delimiter);
    }
    out += kLineEnd;
}

} // namespace

QChar delimiterFor(const QLocale& locale)
{
    return locale.decimalPoint() == QLatin1String(",") ? QLatin1Char(';') : QLatin1Char(',');
}

QString field(const QString& value, QChar delimiter)
{
    const bool needsQuotes = value.contains(delimiter) || value.contains(QLatin1Char('"'))
        || value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r'))
        || (!value.isEmpty() && (value.front().isSpace() || value.back().isSpace()));
    if (!needsQuotes)
        return value;
    QString text = value;
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    text.replace(QLatin1Char('\n'), kLineEnd);
    text.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

QByteArray write(
    const QStringList& header, const QList<QStringList>& rows, const CsvWriteOptions& options)
{
    QString text;
    appendLine(text, header, options.delimiter);
    for (const QStringList& row : rows)
        appendLine(text, row, options.delimiter);
    QByteArray out;
    if (options.byteOrderMark)
        out = QByteArray("\xEF\xBB\xBF");
    out += text.toUtf8();
    return out;
}

} // namespace tandem::CsvWriter
