// Writes CSV that Excel and LibreOffice open as intended: UTF-8 with BOM, CRLF, fields quoted
// where needed, `;` where the locale's decimal mark is a comma.
#pragma once

#include <QByteArray>
#include <QChar>
#include <QList>
#include <QLocale>
#include <QStringList>

namespace tandem {

struct CsvWriteOptions {
    QChar delimiter = QLatin1Char(',');
    bool byteOrderMark = true; // without it Excel reads the file in the ANSI code page
};

namespace CsvWriter {

// `;` when the locale writes decimals with a comma (lt, pl, ru, de …), else `,`: what Excel and
// LibreOffice expect in that locale.
QChar delimiterFor(const QLocale& locale);

// The field as it goes in the file: quoted when it holds the delimiter, a quote, a line break or
// leading/trailing spaces; quotes doubled; line breaks inside the field kept (as CRLF).
QString field(const QString& value, QChar delimiter);

QByteArray write(
    const QStringList& header, const QList<QStringList>& rows, const CsvWriteOptions& options = {});

} // namespace CsvWriter

} // namespace tandem
