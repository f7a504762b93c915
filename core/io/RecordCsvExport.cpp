#include "io/RecordCsvExport.h"

#include <QCoreApplication>
#include <QHash>
#include <QSaveFile>

namespace tandem::RecordCsvExport {

namespace {

Result<QList<const FieldDef*>> columns(const EntityDef& def, const QStringList& names)
{
    QList<const FieldDef*> out;
    if (names.isEmpty()) {
        for (const FieldDef& f : def.fields) {
            if (!f.internal() && f.type != FieldType::Blob)
                out << &f;
        }
        return out;
    }
    for (const QString& name : names) {
        const FieldDef* f = def.field(name);
        if (!f)
            return makeError(
                QCoreApplication::translate("RecordCsvExport", "a %1 has no field “%2”")
                    .arg(def.name, name),
                name);
        out << f;
    }
    return out;
}

Result<const EntityDef*> definition(const QString& entity)
{
    const EntityDef* def = EntitySchema::find(entity);
    if (!def)
        return makeError(
            QCoreApplication::translate("RecordCsvExport", "unknown record type “%1”").arg(entity));
    return def;
}

} // namespace

Result<QByteArray> exportList(const RecordStore& store, const QList<Record>& records,
    const QString& entity, const Options& options)
{
    auto def = definition(entity);
    if (!def)
        return def.error();
    auto fields = columns(**def, options.fields);
    if (!fields)
        return fields.error();

    QStringList header;
    for (const FieldDef* f : *fields)
        header << f->translatedLabel();
    // Many rows name the same company or owner: look each label up once.
    QHash<QString, QString> labels;
    QList<QStringList> rows;
    rows.reserve(records.size());
    for (const Record& record : records) {
        const QString currency = store.currencyOf(record);
        QStringList row;
        for (const FieldDef* f : *fields) {
            const QVariant value = record.value(f->name);
            if (f->type == FieldType::Ref && !value.toString().isEmpty()) {
                const QString key = f->refEntity + QLatin1Char(':') + value.toString();
                auto it = labels.find(key);
                if (it == labels.end())
                    it = labels.insert(key, store.labelOf(f->refEntity, value.toString()));
                row << *it;
            } else {
                row << options.values.format(*f, value, currency);
            }
        }
        rows << row;
    }
    CsvWriteOptions write;
    write.delimiter = CsvWriter::delimiterFor(options.values.locale());
    return CsvWriter::write(header, rows, write);
}

Result<QByteArray> exportRecords(
    const RecordStore& store, const QString& entity, const QStringList& ids, const Options& options)
{
    auto def = definition(entity);
    if (!def)
        return def.error();
    QList<Record> records;
    for (const QString& id : ids) {
        const auto record = store.get(entity, id);
        if (!record)
            return makeError(QCoreApplication::translate("RecordStore", "there is no %1 with id %2")
                                 .arg(entity, id));
        records << *record;
    }
    return exportList(store, records, entity, options);
}

Result<QByteArray> exportQuery(
    const RecordStore& store, const QString& entity, const ListQuery& query, const Options& options)
{
    auto records = store.list(entity, query);
    if (!records)
        return records.error();
    return exportList(store, *records, entity, options);
}

Result<void> writeFile(const QString& path, const QByteArray& data)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        return Error { QCoreApplication::translate("RecordCsvExport", "cannot write the file: %1")
                           .arg(file.errorString()),
            path, 0, {} };
    return {};
}

} // namespace tandem::RecordCsvExport
