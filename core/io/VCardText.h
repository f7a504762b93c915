// The text layer of vCard 2.1/3.0/4.0 that reader and writer share: content lines (unfolding,
// parameters), value escaping, quoted-printable and base64, and folding for output.
#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace tandem::VCardText {

// One logical line: folds and quoted-printable soft line breaks already joined.
struct RawLine {
    int line = 0; // 1-based line in the file where it starts
    QByteArray text;
};

struct Parameter {
    QByteArray name; // upper-case; 2.1 bare words become TYPE or ENCODING
    QList<QByteArray> values; // quotes removed, split on commas outside quotes
};

// "group.NAME;PARAM=a,b;PARAM2=\"c:d\":value", taken apart but not decoded.
struct ContentLine {
    int line = 0;
    QByteArray group; // "item1", or empty
    QByteArray name; // upper-case: "EMAIL"
    QList<Parameter> parameters;
    QByteArray value; // raw bytes: still escaped, quoted-printable or base64

    // Every value of every parameter called `name` (upper-case), in order.
    QList<QByteArray> parameter(const QByteArray& name) const;
    QByteArray firstParameter(const QByteArray& name) const;
};

// Splits bytes into logical lines: drops a UTF-8 BOM (UTF-16 input is converted first), accepts
// CRLF and LF, unfolds (line break + one space or tab) and joins quoted-printable soft breaks.
// Blank lines are left out.
QList<RawLine> logicalLines(const QByteArray& data);

// Takes one logical line apart. A line without ':' or with a malformed name is an Error (message
// and field only: the caller knows the file and line).
Result<ContentLine> parseContentLine(const RawLine& raw);

// The value as bytes, with ENCODING (QUOTED-PRINTABLE, B, BASE64) undone.
Result<QByteArray> decodedBytes(const ContentLine& line);
// The value as text: decodedBytes() read in its CHARSET (UTF-8 when none is given). Still escaped.
Result<QString> decodedText(const ContentLine& line);

Result<QByteArray> decodeQuotedPrintable(const QByteArray& encoded);
// Base64 with any whitespace inside (folded data); refuses characters outside the alphabet.
Result<QByteArray> decodeBase64(const QByteArray& encoded);

// A property's TYPE words, lower-case; "pref" (2.1/3.0) and PREF=1 (4.0) both set `preferred`.
struct TypeWords {
    QStringList words;
    bool preferred = false;
};
TypeWords typeWords(const ContentLine& line);

struct Photo {
    QByteArray bytes; // empty when the photo is only a web address: Tandem does not fetch it
    QString mimeType;
};
// PHOTO as inline base64 (ENCODING=b / BASE64 with TYPE=JPEG) or a data: URI (4.0).
Result<Photo> decodedPhoto(const ContentLine& line);

// Splits on `separator` where it is not escaped by a backslash; the parts stay escaped.
QStringList splitUnescaped(const QString& value, QChar separator);
// \n \N \, \; \: \\ become the characters; any other backslash is kept as it is.
QString unescape(const QString& value);
// Backslash, comma, semicolon and line breaks escaped (RFC 6350 §3.4, RFC 2426 §4).
QString escape(const QString& value);

// One content line with CRLF, folded to lines of at most 75 octets without splitting a UTF-8
// sequence.
QByteArray folded(const QString& line);

} // namespace tandem::VCardText
