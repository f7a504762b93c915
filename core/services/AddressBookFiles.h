// Importing and exporting whole files, as the CLI and the GUI both do: vCard or CSV in (through
// the readers, a column mapping and ContactImport / RecordCsvImport), vCard or CSV out (a list,
// a segment, or chosen records).
#pragma once

#include "io/CsvMapping.h"
#include "io/CsvReader.h"
#include "io/ImportReport.h"
#include "io/LocaleValues.h"
#include "store/RecordStore.h"
#include "util/Result.h"

namespace tandem {

class Session;

enum class ExchangeFormat { Csv, VCard };

struct ImportRequest {
    QString path;
    ExchangeFormat format = ExchangeFormat::Csv;
    QString entity = QStringLiteral("contact"); // CSV may hold any entity; vCard only contacts
    QString mappingPath; // CSV: a saved mapping (--mapping FILE); empty: auto-match the header
    // CSV: the columns as the user mapped them (the GUI's mapping step), with its encoding and
    // delimiter; wins over mappingPath.
    std::optional<CsvMapping> mapping;
    ImportOptions options;
    LocaleValues values; // how numbers, dates and yes/no are written in the file
};

struct ExportRequest {
    QString path;
    ExchangeFormat format = ExchangeFormat::Csv;
    QString entity = QStringLiteral("contact");
    ListQuery query; // which records (a segment's conditions); ignored when ids are given
    QStringList ids;
    LocaleValues values;
    bool vcard3 = false; // vCard 3.0 instead of 4.0, for older address books
};

namespace AddressBookFiles {
// Reads the file and imports it; report.applied says whether anything was written.
Result<ImportReport> importFile(Session& session, const ImportRequest& request);
// Reads a CSV file for the mapping step: its header, rows, detected encoding and delimiter (or
// the ones given), and the columns auto-matched to `entity`'s fields.
struct CsvPreview {
    CsvTable table;
    CsvMapping mapping;
};
Result<CsvPreview> previewCsv(
    const QString& path, const QString& entity, const QString& encoding = {}, QChar delimiter = {});
// Writes the file in one go; returns how many records it holds.
Result<int> exportFile(Session& session, const ExportRequest& request);
// "csv" / "vcard" / "vcf" → the format; empty when unknown.
std::optional<ExchangeFormat> formatNamed(const QString& name);
} // namespace AddressBookFiles

} // namespace tandem
