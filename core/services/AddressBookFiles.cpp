#include "services/AddressBookFiles.h"

#include "io/CsvContacts.h"
#include "io/CsvMapping.h"
#include "io/CsvReader.h"
#include "io/RecordCsvExport.h"
#include "io/RecordCsvImport.h"
#include "io/VCardReader.h"
#include "io/VCardWriter.h"
#include "services/ContactExport.h"
#include "services/ContactImport.h"
#include "store/Session.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace tandem {

namespace {

Error fileError(const QString& path, const QString& message)
{
    return Error { message, path, 0, {} };
}

} // namespace

std::optional<ExchangeFormat> AddressBookFiles::formatNamed(const QString& name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("csv"))
        return ExchangeFormat::Csv;
    if (n == QLatin1String("vcard") || n == QLatin1String("vcf"))
        return ExchangeFormat::VCard;
    return std::nullopt;
}

Result<ImportReport> AddressBookFiles::importFile(Session& session, const ImportRequest& request)
{
    ImportOptions options = request.options;
    options.fileName = QFileInfo(request.path).fileName();
    if (request.format == ExchangeFormat::VCard) {
        if (request.entity != QLatin1String("contact"))
            return fileError(request.path,
                QCoreApplication::translate("Import", "vCard files hold contacts, not %1 records")
                    .arg(request.entity));
        CardReadResult cards = VCardReader::readFile(request.path);
        return ContactImport::run(session, cards, options);
    }

    std::optional<CsvMappingFile> mappingFile;
    CsvReadOptions readOptions;
    readOptions.fileName = options.fileName;
    if (request.mapping) {
        readOptions.encoding = request.mapping->encoding;
        readOptions.delimiter = request.mapping->delimiter;
    } else if (!request.mappingPath.isEmpty()) {
        auto read = CsvMappingFile::read(request.mappingPath);
        if (!read)
            return read.error();
        mappingFile = *read;
        readOptions.encoding = mappingFile->encoding;
        readOptions.delimiter = mappingFile->delimiter;
    }
    auto table = CsvReader::readFile(request.path, readOptions);
    if (!table)
        return table.error();
    CsvMapping mapping;
    if (request.mapping) {
        if (request.mapping->header != table->header)
            return fileError(request.path,
                QCoreApplication::translate(
                    "Import", "the file's columns changed since they were mapped; open it again"));
        mapping = *request.mapping;
    } else if (mappingFile) {
        auto applied = mappingFile->apply(request.entity, table->header);
        if (!applied)
            return applied.error();
        mapping = *applied;
    } else {
        mapping = CsvMapping::autoMatch(request.entity, table->header);
    }
    if (request.entity == QLatin1String("contact"))
        return ContactImport::run(
            session, CsvContacts::toCards(*table, mapping, request.values), options);
    return RecordCsvImport::run(session, *table, mapping, options, request.values);
}

Result<AddressBookFiles::CsvPreview> AddressBookFiles::previewCsv(
    const QString& path, const QString& entity, const QString& encoding, QChar delimiter)
{
    CsvReadOptions options;
    options.fileName = QFileInfo(path).fileName();
    options.encoding = encoding;
    options.delimiter = delimiter;
    auto table = CsvReader::readFile(path, options);
    if (!table)
        return table.error();
    CsvPreview preview { *table, CsvMapping::autoMatch(entity, table->header) };
    preview.mapping.encoding = table->encoding;
    preview.mapping.delimiter = table->delimiter;
    return preview;
}

Result<int> AddressBookFiles::exportFile(Session& session, const ExportRequest& request)
{
    RecordStore& rs = session.records();
    QList<Record> records;
    if (!request.ids.isEmpty()) {
        for (const QString& id : request.ids) {
            const auto r = rs.get(request.entity, id);
            if (!r)
                return makeError(QCoreApplication::translate("Import", "there is no %1 with id %2")
                                     .arg(request.entity, id));
            records << *r;
        }
    } else {
        ListQuery q = request.query;
        q.limit = -1;
        q.offset = 0;
        auto listed = rs.list(request.entity, q);
        if (!listed)
            return listed.error();
        records = *listed;
    }
    QByteArray data;
    if (request.format == ExchangeFormat::VCard) {
        if (request.entity != QLatin1String("contact"))
            return fileError(request.path,
                QCoreApplication::translate("Import", "vCard files hold contacts, not %1 records")
                    .arg(request.entity));
        QStringList ids;
        for (const Record& r : records)
            ids << r.id;
        data = VCardWriter::write(ContactExport::cards(session, ids),
            request.vcard3 ? VCardVersion::V3 : VCardVersion::V4);
    } else {
        RecordCsvExport::Options options;
        options.values = request.values;
        auto csv = RecordCsvExport::exportList(rs, records, request.entity, options);
        if (!csv)
            return csv.error();
        data = *csv;
    }
    auto written = RecordCsvExport::writeFile(request.path, data);
    if (!written)
        return written.error();
    return int(records.size());
}

} // namespace tandem
