// Reads CSV (RFC 4180) into a header and rows, each row with the physical line it starts on;
// detects the encoding and the delimiter (, ; or tab) unless told.
#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace tandem {

struct CsvRow {
    int line = 0; // 1-based physical line where the record starts
    QStringList fields;
};

struct CsvTable {
    QString fileName;
    QString encoding; // what the bytes were decoded with, for the GUI to show
    QChar delimiter;
    QStringList header;
    QList<CsvRow> rows; // only rows with as many fields as the header; blank lines are not rows
    QList<Error> errors; // one per row that could not be read (ragged rows), naming its line
};

struct CsvReadOptions {
    QString fileName; // for messages
    QString encoding; // empty: detect
    QChar delimiter; // null: detect among , ; and tab
};

namespace CsvReader {

// Fails as a whole (Error naming the file and line) for an empty file, a file without a header,
// an undecodable file, or a quoted field that is never closed; a row with the wrong number of
// fields is one Error in CsvTable::errors and the other rows are still read.
Result<CsvTable> read(const QByteArray& data, const CsvReadOptions& options = {});
Result<CsvTable> read(const QString& text, const CsvReadOptions& options);
// Opens and reads the file; options.fileName defaults to the path's file name.
Result<CsvTable> readFile(const QString& path, CsvReadOptions options = {});

// The delimiter whose split of the first lines gives the most consistent, widest rows.
QChar detectDelimiter(const QString& text);

} // namespace CsvReader

} // namespace tandem
