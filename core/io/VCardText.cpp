// Byte-level work: charsets are per property in vCard 2.1, so lines stay bytes until a property's
// value is decoded in its own CHARSET.
#include "io/VCardText.h"

#include <QCoreApplication>
#include <QMimeDatabase>
#include <QStringDecoder>
#include <algorithm>
#include <cctype>

namespace tandem::VCardText {

namespace {

// UTF-16 files (some Windows tools write them) become UTF-8; a UTF-8 BOM is dropped.
QByteArray asUtf8(const QByteArray& data)
{
    if (data.startsWith("\xFF\xFE") || data.startsWith("\xFE\xFF")) {
        QStringDecoder decoder(
            data.startsWith("\xFF\xFE") ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
        return QString(decoder.decode(data)).toUtf8();
    }
    if (data.startsWith("\xEF\xBB\xBF"))
        return data.mid(3);
    return data;
}

bool isQuotedPrintable(const QByteArray& logicalLine)
{
    const qsizetype colon = logicalLine.indexOf(':');
    return colon > 0 && logicalLine.left(colon).toUpper().contains("QUOTED-PRINTABLE");
}

bool isNameChar(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'
        || c == '_';
}

bool isName(const QByteArray& text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), isNameChar);
}

// What a broken line probably meant as its property name, for the message; empty if nothing
// readable.
QString guessName(const QByteArray& text)
{
    qsizetype end = 0;
    while (end < text.size() && end < 40 && (isNameChar(text.at(end)) || text.at(end) == '.'))
        ++end;
    QByteArray name = text.left(end);
    if (const qsizetype dot = name.lastIndexOf('.'); dot >= 0)
        name = name.mid(dot + 1);
    return QString::fromLatin1(name.toUpper());
}

// Splits on `separator` outside double quotes.
QList<QByteArray> splitOutsideQuotes(const QByteArray& text, char separator)
{
    QList<QByteArray> parts { QByteArray() };
    bool quoted = false;
    for (const char c : text) {
        if (c == '"')
            quoted = !quoted;
        if (c == separator && !quoted)
            parts.append(QByteArray());
        else
            parts.last().append(c);
    }
    return parts;
}

Parameter parseParameter(const QByteArray& text)
{
    const qsizetype eq = text.indexOf('=');
    if (eq < 0) {
        // vCard 2.1 writes bare values: "TEL;WORK;VOICE:", "NOTE;QUOTED-PRINTABLE:".
        const QByteArray word = text.trimmed();
        const QByteArray upper = word.toUpper();
        const bool encoding = upper == "QUOTED-PRINTABLE" || upper == "BASE64" || upper == "B"
            || upper == "8BIT" || upper == "7BIT";
        return { encoding ? QByteArray("ENCODING") : QByteArray("TYPE"), { word } };
    }
    Parameter p { text.left(eq).trimmed().toUpper(), {} };
    // TYPE="work,voice" (4.0) and TYPE=work,voice (3.0) are the same list.
    for (const QByteArray& v : text.mid(eq + 1).replace('"', QByteArray()).split(',')) {
        if (!v.trimmed().isEmpty())
            p.values.append(v.trimmed());
    }
    return p;
}

QString mimeTypeFromType(const QByteArray& type)
{
    const QString word = QString::fromLatin1(type).trimmed().toLower();
    if (word.isEmpty() || word.contains(QLatin1Char('/')))
        return word;
    return word == QLatin1String("jpg") ? QStringLiteral("image/jpeg")
                                        : QLatin1String("image/") + word;
}

} // namespace

QList<QByteArray> ContentLine::parameter(const QByteArray& wanted) const
{
    QList<QByteArray> values;
    for (const Parameter& p : parameters) {
        if (p.name == wanted)
            values += p.values;
    }
    return values;
}

QByteArray ContentLine::firstParameter(const QByteArray& wanted) const
{
    const QList<QByteArray> values = parameter(wanted);
    return values.isEmpty() ? QByteArray() : values.first();
}

QList<RawLine> logicalLines(const QByteArray& input)
{
    const QByteArray data = asUtf8(input);
    QList<RawLine> lines;
    bool open = false; // the last logical line may still continue
    int lineNumber = 0;
    qsizetype pos = 0;
    while (pos < data.size()) {
        qsizetype end = data.indexOf('\n', pos);
        if (end < 0)
            end = data.size();
        QByteArray physical = data.mid(pos, end - pos);
        if (physical.endsWith('\r'))
            physical.chop(1);
        pos = end + 1;
        ++lineNumber;

        if (open) {
            QByteArray& last = lines.last().text;
            // Quoted-printable soft breaks first: the next line is content even if it starts
            // with a space. A stray '=' before END:VCARD must not swallow the card's end.
            if (last.endsWith('=') && isQuotedPrintable(last)
                && physical.trimmed().toUpper() != "END:VCARD") {
                last.chop(1);
                last += physical;
                continue;
            }
            if (physical.startsWith(' ') || physical.startsWith('\t')) {
                last += physical.mid(1);
                continue;
            }
        }
        open = !physical.trimmed().isEmpty();
        if (open)
            lines.append({ lineNumber, physical });
    }
    return lines;
}

Result<ContentLine> parseContentLine(const RawLine& raw)
{
    const QByteArray& text = raw.text;
    qsizetype colon = -1;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size() && colon < 0; ++i) {
        if (text.at(i) == '"')
            quoted = !quoted;
        else if (text.at(i) == ':' && !quoted)
            colon = i;
    }
    if (colon < 0)
        colon = text.indexOf(':'); // an unbalanced quote: take the first colon after all
    if (colon < 0)
        return makeError(QCoreApplication::translate("VCard",
                             "the line has no “:” between the property name and its value"),
            guessName(text));

    ContentLine line;
    line.line = raw.line;
    line.value = text.mid(colon + 1);
    const QList<QByteArray> parts = splitOutsideQuotes(text.left(colon), ';');
    QByteArray name = parts.first().trimmed();
    if (const qsizetype dot = name.lastIndexOf('.'); dot >= 0) {
        line.group = name.left(dot);
        name = name.mid(dot + 1);
    }
    if (!isName(name) || (!line.group.isEmpty() && !isName(line.group)))
        return makeError(QCoreApplication::translate(
                             "VCard", "the line is not a vCard property (NAME:value expected)"),
            guessName(text));
    line.name = name.toUpper();
    for (qsizetype i = 1; i < parts.size(); ++i) {
        if (!parts.at(i).trimmed().isEmpty())
            line.parameters.append(parseParameter(parts.at(i)));
    }
    return line;
}

Result<QByteArray> decodeQuotedPrintable(const QByteArray& encoded)
{
    QByteArray out;
    out.reserve(encoded.size());
    for (qsizetype i = 0; i < encoded.size(); ++i) {
        const char c = encoded.at(i);
        if (c != '=') {
            out.append(c);
            continue;
        }
        if (i + 1 == encoded.size())
            break; // a soft break at the very end of the value
        const QByteArray hex = encoded.mid(i + 1, 2);
        if (hex.size() < 2 || !std::isxdigit(uchar(hex.at(0))) || !std::isxdigit(uchar(hex.at(1))))
            return makeError(
                QCoreApplication::translate("VCard", "“%1” is not valid quoted-printable text")
                    .arg(QString::fromLatin1(encoded.mid(i, 3))));
        out.append(QByteArray::fromHex(hex));
        i += 2;
    }
    return out;
}

Result<QByteArray> decodeBase64(const QByteArray& encoded)
{
    QByteArray compact;
    compact.reserve(encoded.size());
    for (const char c : encoded) {
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n')
            compact.append(c);
    }
    auto decoded = QByteArray::fromBase64Encoding(compact, QByteArray::AbortOnBase64DecodingErrors);
    QByteArray unpadded = compact;
    while (unpadded.endsWith('='))
        unpadded.chop(1);
    // Qt accepts a lone trailing character, which cannot encode a whole byte.
    if (decoded.decodingStatus != QByteArray::Base64DecodingStatus::Ok || unpadded.size() % 4 == 1)
        return makeError(QCoreApplication::translate(
            "VCard", "the base64 data is damaged (characters outside base64, or cut off)"));
    return decoded.decoded;
}

Result<QByteArray> decodedBytes(const ContentLine& line)
{
    const QByteArray encoding = line.firstParameter("ENCODING").toUpper();
    Result<QByteArray> bytes = line.value;
    if (encoding == "QUOTED-PRINTABLE")
        bytes = decodeQuotedPrintable(line.value);
    else if (encoding == "B" || encoding == "BASE64")
        bytes = decodeBase64(line.value);
    if (!bytes)
        return makeError(bytes.error().message, QString::fromLatin1(line.name));
    return bytes;
}

Result<QString> decodedText(const ContentLine& line)
{
    const Result<QByteArray> bytes = decodedBytes(line);
    if (!bytes)
        return bytes.error();
    const QByteArray charset = line.firstParameter("CHARSET").trimmed();
    const QString field = QString::fromLatin1(line.name);
    if (charset.isEmpty()) {
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString text = utf8.decode(*bytes);
        if (utf8.hasError())
            return makeError(QCoreApplication::translate("VCard",
                                 "the text is not valid UTF-8 and the line names no CHARSET"),
                field);
        return text;
    }
    QStringDecoder decoder(charset.constData(), QStringDecoder::Flag::Stateless);
    if (!decoder.isValid())
        return makeError(QCoreApplication::translate("VCard", "unknown character set “%1”")
                             .arg(QString::fromLatin1(charset.left(40))),
            field);
    return QString(decoder.decode(*bytes));
}

TypeWords typeWords(const ContentLine& line)
{
    TypeWords types;
    for (const QByteArray& value : line.parameter("TYPE")) {
        const QString word = QString::fromUtf8(value).trimmed().toLower();
        if (word == QLatin1String("pref"))
            types.preferred = true;
        else if (!word.isEmpty() && !types.words.contains(word))
            types.words.append(word);
    }
    if (line.firstParameter("PREF").trimmed() == "1")
        types.preferred = true;
    return types;
}

Result<Photo> decodedPhoto(const ContentLine& line)
{
    const QByteArray encoding = line.firstParameter("ENCODING").toUpper();
    const QString field = QString::fromLatin1(line.name);
    Photo photo;
    if (encoding == "B" || encoding == "BASE64") {
        const Result<QByteArray> decoded = decodedBytes(line);
        if (!decoded)
            return decoded.error();
        photo.bytes = *decoded;
        photo.mimeType = mimeTypeFromType(line.firstParameter("TYPE"));
        if (photo.mimeType.isEmpty())
            photo.mimeType = mimeTypeFromType(line.firstParameter("MEDIATYPE"));
    } else {
        const QByteArray uri = line.value.trimmed();
        if (!uri.toLower().startsWith("data:"))
            return photo;
        const qsizetype comma = uri.indexOf(',');
        if (comma < 0)
            return makeError(
                QCoreApplication::translate("VCard", "the data: URI has no “,” before its data"),
                field);
        const QList<QByteArray> header = uri.mid(5, comma - 5).split(';');
        photo.mimeType = QString::fromLatin1(header.first().trimmed().toLower());
        if (header.last().trimmed().toLower() == "base64") {
            const Result<QByteArray> decoded = decodeBase64(uri.mid(comma + 1));
            if (!decoded)
                return makeError(decoded.error().message, field);
            photo.bytes = *decoded;
        } else {
            photo.bytes = QByteArray::fromPercentEncoding(uri.mid(comma + 1));
        }
    }
    if (photo.mimeType.isEmpty() && !photo.bytes.isEmpty()) {
        const QString sniffed = QMimeDatabase().mimeTypeForData(photo.bytes).name();
        if (sniffed.startsWith(QLatin1String("image/")))
            photo.mimeType = sniffed;
    }
    return photo;
}

QStringList splitUnescaped(const QString& value, QChar separator)
{
    QStringList parts { QString() };
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c == QLatin1Char('\\') && i + 1 < value.size()) {
            parts.last() += c;
            parts.last() += value.at(++i);
        } else if (c == separator) {
            parts.append(QString());
        } else {
            parts.last() += c;
        }
    }
    return parts;
}

QString unescape(const QString& value)
{
    QString out;
    out.reserve(value.size());
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        const QChar next = i + 1 < value.size() ? value.at(i + 1) : QChar();
        if (c != QLatin1Char('\\') || next.isNull()) {
            out += c;
        } else if (next == QLatin1Char('n') || next == QLatin1Char('N')) {
            out += QLatin1Char('\n');
            ++i;
        } else if (QStringLiteral("\\,;:").contains(next)) {
            out += next;
            ++i;
        } else {
            out += c; // not an escape: "C:\Users" stays as written
        }
    }
    return out;
}

QString escape(const QString& value)
{
    QString text = value;
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"))
        .replace(QLatin1Char('\r'), QLatin1Char('\n'));
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        if (c == QLatin1Char('\n'))
            out += QLatin1String("\\n");
        else if (c == QLatin1Char('\\') || c == QLatin1Char(',') || c == QLatin1Char(';'))
            out += QLatin1Char('\\') + c;
        else
            out += c;
    }
    return out;
}

QByteArray folded(const QString& line)
{
    const QByteArray bytes = line.toUtf8();
    QByteArray out;
    qsizetype pos = 0;
    bool first = true;
    for (;;) {
        // A continuation line's leading space counts towards its 75 octets.
        const qsizetype room = first ? 75 : 74;
        if (!first)
            out += ' ';
        if (bytes.size() - pos <= room) {
            out += bytes.mid(pos) + "\r\n";
            return out;
        }
        qsizetype cut = pos + room;
        while (cut > pos && (uchar(bytes.at(cut)) & 0xC0) == 0x80)
            --cut; // never start a line with a UTF-8 continuation byte
        out += bytes.mid(pos, cut - pos) + "\r\n";
        pos = cut;
        first = false;
    }
}

} // namespace tandem::VCardText
