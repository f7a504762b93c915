// The reading half of RecordStore: fetching, listing, labels and JSON of records.
#include "domain/FieldFormat.h"
#include "store/Database.h"
#include "store/RecordStore.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>

namespace tandem {

namespace {

QString quoted(const QString& identifier)
{
    return QLatin1Char('"') + identifier + QLatin1Char('"');
}

} // namespace

Record RecordStore::fromRow(const EntityDef& def, const QSqlRecord& row) const
{
    Record r;
    r.entity = def.name;
    r.id = row.value(QStringLiteral("id")).toString();
    r.deleted = row.value(QStringLiteral("deleted")).toLongLong() != 0;
    r.fields.insert(QStringLiteral("created_at"), row.value(QStringLiteral("created_at")));
    r.fields.insert(QStringLiteral("created_by"), row.value(QStringLiteral("created_by")));
    for (const FieldDef& f : def.fields) {
        const QVariant v = row.value(f.name);
        if (v.isNull()) {
            r.fields.insert(f.name, QVariant());
        } else if (f.type == FieldType::Bool) {
            r.fields.insert(f.name, QVariant(v.toLongLong() != 0));
        } else if (f.isStoredAsInteger()) {
            r.fields.insert(f.name, QVariant(v.toLongLong()));
        } else if (f.type == FieldType::Blob) {
            r.fields.insert(f.name, QVariant(v.toByteArray()));
        } else {
            r.fields.insert(f.name, QVariant(v.toString()));
        }
    }
    return r;
}

std::optional<Record> RecordStore::get(
    const QString& entity, const QString& id, bool includeDeleted) const
{
    const EntityDef* def = EntitySchema::find(entity);
    if (!def)
        return std::nullopt;
    QString sql = QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(quoted(def->table));
    if (!def->fixedField.isEmpty())
        sql += QStringLiteral(" AND %1 = '%2'").arg(quoted(def->fixedField), def->fixedValue);
    QSqlQuery& q = m_db.statement(sql);
    q.bindValue(0, id.trimmed().toLower());
    std::optional<Record> out;
    if (q.exec() && q.next()) {
        Record r = fromRow(*def, q.record());
        if (includeDeleted || !r.deleted)
            out = std::move(r);
    }
    q.finish();
    return out;
}

QString RecordStore::whereClause(
    const EntityDef& def, const ListQuery& query, QVariantList& binds, Error& error) const
{
    QStringList conds { query.includeDeleted ? QStringLiteral("1")
                                             : QStringLiteral("deleted = 0") };
    if (!def.fixedField.isEmpty())
        conds << QStringLiteral("%1 = '%2'").arg(quoted(def.fixedField), def.fixedValue);
    for (const auto& [path, value] : query.where) {
        // "ref_field.field": a condition on the referenced record.
        const EntityDef* target = &def;
        QString name = path;
        QString via;
        if (const qsizetype dot = path.indexOf(QLatin1Char('.')); dot > 0) {
            via = path.left(dot);
            name = path.mid(dot + 1);
            const FieldDef* ref = def.field(via);
            target
                = ref && ref->type == FieldType::Ref ? EntitySchema::find(ref->refEntity) : nullptr;
            if (!target) {
                error = Error { QCoreApplication::translate("RecordStore", "%1 has no reference %2")
                                    .arg(def.name, via),
                    {}, 0, path };
                return {};
            }
        }
        const FieldDef* f = target->field(name);
        if (!f && name != QLatin1String("id")) {
            error = Error {
                QCoreApplication::translate("RecordStore", "unknown field for %1").arg(def.name),
                {}, 0, name
            };
            return {};
        }
        if (value.metaType().id() == QMetaType::QStringList) {
            // Any of the values: each one normalised as a single value would be.
            QStringList marks;
            for (const QString& item : value.toStringList()) {
                QVariant one = item;
                if (f) {
                    auto parsed = normaliseFieldValue(*f, one, m_ctx.defaultCurrency);
                    if (!parsed) {
                        error = parsed.error();
                        return {};
                    }
                    one = *parsed;
                }
                marks << QStringLiteral("?");
                binds << one;
            }
            QString cond = marks.isEmpty()
                ? QStringLiteral("0")
                : QStringLiteral("%1 IN (%2)").arg(quoted(name), marks.join(QLatin1Char(',')));
            if (!via.isEmpty())
                cond = QStringLiteral("%1 IN (SELECT id FROM %2 WHERE deleted = 0 AND %3)")
                           .arg(quoted(via), quoted(target->table), cond);
            conds << cond;
            continue;
        }
        QVariant v = value;
        if (f) {
            auto parsed = normaliseFieldValue(*f, value, m_ctx.defaultCurrency);
            if (!parsed) {
                error = parsed.error();
                return {};
            }
            v = *parsed;
            if (v.metaType().id() == QMetaType::Bool)
                v = qint64(v.toBool());
        }
        QString cond;
        if (v.isNull()) {
            cond = QStringLiteral("(%1 IS NULL OR %1 = '')").arg(quoted(name));
        } else {
            cond = quoted(name) + QStringLiteral(" = ?");
            binds << v;
        }
        if (!via.isEmpty())
            cond = QStringLiteral("%1 IN (SELECT id FROM %2 WHERE deleted = 0 AND %3)")
                       .arg(quoted(via), quoted(target->table), cond);
        conds << cond;
    }
    if (!query.tagId.isEmpty()) {
        conds << QStringLiteral("id IN (SELECT record_id FROM tagging WHERE deleted = 0 AND "
                                "entity = ? AND tag_id = ?)");
        binds << def.name << query.tagId.trimmed().toLower();
    }
    if (query.idleDays > 0) {
        // Which column of an activity points at records of this entity.
        const EntityDef* activity = EntitySchema::find(QStringLiteral("activity"));
        QString link;
        for (const FieldDef& f : activity->fields) {
            if (f.type == FieldType::Ref && f.refEntity == def.name)
                link = f.name;
        }
        if (link.isEmpty()) {
            error = Error { QCoreApplication::translate(
                                "RecordStore", "%1 records have no activities to go by")
                                .arg(def.name),
                {}, 0, {} };
            return {};
        }
        const QString since
            = m_ctx.clock->nowUtc().addDays(-query.idleDays).toString(Qt::ISODateWithMs);
        conds << QStringLiteral(
            "NOT EXISTS (SELECT 1 FROM activity a WHERE a.%1 = %2.id AND a.deleted = 0 AND "
            "a.kind <> 'task' AND coalesce(a.starts_at, a.done_at, a.created_at) >= ?)")
                     .arg(quoted(link), quoted(def.table));
        binds << since;
    }
    if (!query.text.trimmed().isEmpty()) {
        QStringList likes;
        // The name, and the text of the second line search shows (a product's SKU, an e-mail).
        QStringList fields = def.labelFields;
        for (const QString& name : def.detailFields) {
            const FieldDef* f = def.field(name);
            if (f && f->type != FieldType::Ref && f->type != FieldType::Choice
                && !fields.contains(name))
                fields << name;
        }
        for (const QString& name : fields) {
            likes << quoted(name) + QStringLiteral(" LIKE ? ESCAPE '\\'");
            QString t = query.text.trimmed();
            t.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
                .replace(QLatin1Char('%'), QStringLiteral("\\%"))
                .replace(QLatin1Char('_'), QStringLiteral("\\_"));
            binds << QStringLiteral("%") + t + QStringLiteral("%");
        }
        conds << QLatin1Char('(') + likes.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    return conds.join(QStringLiteral(" AND "));
}

Result<QList<Record>> RecordStore::list(const QString& entity, const ListQuery& query) const
{
    const EntityDef* def = EntitySchema::find(entity);
    if (!def)
        return makeError(
            QCoreApplication::translate("RecordStore", "unknown record type '%1'").arg(entity));
    QVariantList binds;
    Error error;
    const QString where = whereClause(*def, query, binds, error);
    if (!error.message.isEmpty())
        return error;

    QStringList order;
    if (!query.orderBy.isEmpty()) {
        if (!def->field(query.orderBy) && !EntitySchema::systemFields().contains(query.orderBy))
            return Error { QCoreApplication::translate(
                               "RecordStore", "cannot sort %1 by an unknown field")
                               .arg(def->name),
                {}, 0, query.orderBy };
        order << quoted(query.orderBy) + (query.descending ? QStringLiteral(" DESC") : QString());
    } else {
        for (const QString& f : def->labelFields)
            order << quoted(f) + QStringLiteral(" COLLATE NOCASE");
    }
    order << QStringLiteral("id");
    QString sql = QStringLiteral("SELECT * FROM %1 WHERE %2 ORDER BY %3")
                      .arg(quoted(def->table), where, order.join(QStringLiteral(", ")));
    if (query.limit >= 0)
        sql += QStringLiteral(" LIMIT %1 OFFSET %2").arg(query.limit).arg(query.offset);

    QSqlQuery& q = m_db.statement(sql);
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds.at(i));
    if (!q.exec())
        return sqlError(q);
    QList<Record> out;
    while (q.next())
        out << fromRow(*def, q.record());
    q.finish();
    return out;
}

Result<qint64> RecordStore::count(const QString& entity, const ListQuery& query) const
{
    const EntityDef* def = EntitySchema::find(entity);
    if (!def)
        return makeError(
            QCoreApplication::translate("RecordStore", "unknown record type '%1'").arg(entity));
    QVariantList binds;
    Error error;
    const QString where = whereClause(*def, query, binds, error);
    if (!error.message.isEmpty())
        return error;
    QSqlQuery& q = m_db.statement(
        QStringLiteral("SELECT count(*) FROM %1 WHERE %2").arg(quoted(def->table), where));
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds.at(i));
    if (!q.exec() || !q.next())
        return sqlError(q);
    const qint64 n = q.value(0).toLongLong();
    q.finish();
    return n;
}

QStringList RecordStore::distinctValues(
    const QString& entity, const QString& field, int limit) const
{
    const EntityDef* def = EntitySchema::find(entity);
    if (!def || !def->field(field))
        return {};
    QSqlQuery& q = m_db.statement(QStringLiteral(
        "SELECT DISTINCT %1 FROM %2 WHERE deleted = 0 AND %1 IS NOT NULL AND %1 <> '' "
        "ORDER BY %1 LIMIT %3")
                                      .arg(quoted(field), quoted(def->table))
                                      .arg(limit));
    QStringList out;
    if (q.exec()) {
        while (q.next())
            out << q.value(0).toString();
    }
    q.finish();
    return out;
}

QHash<QString, QString> RecordStore::mergedRecords(const QString& entity) const
{
    const EntityDef* def = EntitySchema::find(entity);
    QHash<QString, QString> out;
    if (!def || !def->field(QStringLiteral("merged_into_id")))
        return out;
    QSqlQuery& q
        = m_db.statement(QStringLiteral("SELECT id, merged_into_id FROM %1 WHERE merged_into_id IS "
                                        "NOT NULL AND merged_into_id <> ''")
                             .arg(quoted(def->table)));
    if (q.exec()) {
        while (q.next())
            out.insert(q.value(0).toString(), q.value(1).toString());
    }
    q.finish();
    return out;
}

QString RecordStore::label(const Record& record) const
{
    const EntityDef* def = EntitySchema::find(record.entity);
    if (!def)
        return record.id;
    QStringList parts;
    for (const QString& f : def->labelFields) {
        const FieldDef* fd = def->field(f);
        const QString v = fd && fd->type == FieldType::Ref ? labelOf(fd->refEntity, record.text(f))
                                                           : record.text(f);
        if (!v.isEmpty())
            parts << v;
    }
    if (parts.isEmpty()) {
        for (const QString& f : def->requiredAnyOf) {
            if (!record.text(f).isEmpty())
                return record.text(f);
        }
        return record.id;
    }
    return parts.join(QLatin1Char(' '));
}

QString RecordStore::labelOf(const QString& entity, const QString& id) const
{
    if (id.isEmpty())
        return QString();
    const auto r = get(entity, id, true);
    return r ? label(*r) : id;
}

QString RecordStore::currencyOf(const Record& record) const
{
    const QString c = record.text(QStringLiteral("currency"));
    return c.isEmpty() ? m_ctx.defaultCurrency : c;
}

QJsonObject RecordStore::toJson(const Record& record) const
{
    const EntityDef* def = EntitySchema::find(record.entity);
    QJsonObject o;
    o.insert(QStringLiteral("id"), record.id);
    o.insert(QStringLiteral("created_at"), record.text(QStringLiteral("created_at")));
    const QString by = record.text(QStringLiteral("created_by"));
    o.insert(
        QStringLiteral("created_by"), by.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(by));
    if (record.deleted)
        o.insert(QStringLiteral("deleted"), true);
    if (!def)
        return o;
    const QString currency = currencyOf(record);
    for (const FieldDef& f : def->fields)
        o.insert(f.name, fieldToJson(f, record.value(f.name), currency));
    return o;
}

QList<HistoryEntry> RecordStore::history(const QString& entity, const QString& id) const
{
    const EntityDef* def = EntitySchema::find(entity);
    if (!def)
        return {};
    const auto rec = get(entity, id, true);
    const QString currency = rec ? currencyOf(*rec) : m_ctx.defaultCurrency;
    const QString owner
        = def->fixedField.isEmpty() ? def->name : EntitySchema::forTable(def->table)->name;
    return m_log.history(
        owner, id.trimmed().toLower(), [&](const QString& field, const QVariant& value) {
            const FieldDef* f = def->field(field);
            if (!f || !value.isValid() || value.isNull())
                return value.toString();
            QVariant v = value;
            if (f->type == FieldType::Bool)
                v = QVariant(value.toLongLong() != 0 || value.toString() == QLatin1String("true"));
            if (f->type == FieldType::Blob)
                return QCoreApplication::translate(
                    "RecordStore", "(%n bytes)", nullptr, int(value.toByteArray().size()));
            return formatFieldText(*f, v, currency);
        });
}

} // namespace tandem
