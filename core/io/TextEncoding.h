// Turns the bytes of a text file into text: detects UTF-8/UTF-16 by BOM or validity, otherwise
// picks the likeliest of the Central European, Baltic and Cyrillic Windows code pages.
#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace tandem {

struct DecodedText {
    QString text; // without the BOM
    QString encoding; // the name that was used: "UTF-8", "windows-1257" … (the GUI shows it)
    bool hadBom = false;
};

namespace TextEncoding {

// The encodings a user can force, in the order a GUI lists them.
QStringList supported();

// The likeliest encoding of `data`: its BOM, else UTF-8 when the bytes are valid UTF-8, else the
// windows-125x code page whose decoding reads most like its languages.
QString detect(const QByteArray& data);

// Decodes with `forced` (any name QStringDecoder knows, case-insensitive) or the detected encoding.
// Errors name `fileName` and the line: an unknown encoding, bytes that are not valid in a forced
// UTF-8/UTF-16, or NUL bytes (a binary file, not text).
Result<DecodedText> decode(
    const QByteArray& data, const QString& fileName = {}, const QString& forced = {});

} // namespace TextEncoding

} // namespace tandem
