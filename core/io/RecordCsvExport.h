// Exports records of any entity (a list, a segment, a selection) as CSV for Excel and LibreOffice
// in the user's locale; RecordCsvImport and CsvContacts read such a file back to the same values.
#pragma once

#include "io/CsvWriter.h"
#include "io/LocaleValues.h"
#include "store/RecordStore.h"
#include "util/Result.h"

#include <QByteArray>
#include <QStringList>

namespace tandem::RecordCsvExport {

struct Options {
    LocaleValues values; // the locale of numbers, dates, labels
    QStringList fields; // the columns, in order; empty: every field that is not Internal or binary
};

// The header is the fields' translated labels; references are written as the referenced record's
// label, choices as labels, numbers and dates in the locale, `;` as delimiter where its decimal
// mark is a comma; UTF-8 with BOM, CRLF. An unknown entity or field, or an id that is not a live
// record of the entity, is an Error.
Result<QByteArray> exportRecords(const RecordStore& store, const QString& entity,
    const QStringList& ids, const Options& options = {});
Result<QByteArray> exportQuery(const RecordStore& store, const QString& entity,
    const ListQuery& query, const Options& options = {});
Result<QByteArray> exportList(const RecordStore& store, const QList<Record>& records,
    const QString& entity, const Options& options = {});

// Writes bytes to a file in one go (no half-written file on failure); the Error names the path.
Result<void> writeFile(const QString& path, const QByteArray& data);

} // namespace tandem::RecordCsvExport
