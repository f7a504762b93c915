// Imports CSV rows as records of any entity but contacts (companies above all): values read in the
// user's locale, references by id or label, company duplicates, a dry run, one transaction.
#pragma once

#include "io/CsvMapping.h"
#include "io/CsvReader.h"
#include "io/ImportReport.h"
#include "io/LocaleValues.h"

namespace tandem {

class Session;

namespace RecordCsvImport {

// Plans every row, then writes (unless told not to) in ONE transaction through RecordStore:
// - a row whose value cannot be read (a date, a number, a choice, an unknown or ambiguous
//   reference, a missing required field) is Rejected with an Error naming options.fileName, the
//   line and the column; the table's own errors (ragged rows) are in report.errors;
// - companies with the same registration or VAT code, else the same folded name, as an existing
//   company or an earlier row are duplicates: Skip → SkippedDuplicate, Update → the empty fields
//   of the existing record are filled (Updated; nothing new to fill → SkippedDuplicate),
//   CreateAnyway → Created. Other entities have no duplicate rule;
// - anything rejected (or a table error) without skipInvalid, or dryRun: nothing is written and
//   report.applied is false; the counts say what would happen.
// A write that fails all the same rolls the whole import back: that row is Rejected, applied is
// false. An Error result means the import could not start (unknown entity, contacts).
Result<ImportReport> run(Session& session, const CsvTable& table, const CsvMapping& mapping,
    const ImportOptions& options, const LocaleValues& values = LocaleValues());

} // namespace RecordCsvImport

} // namespace tandem
