// The sync half of RecordStore: rebuilding a row from its change log, and settling conflicts.
#include "domain/FieldFormat.h"
#include "store/Database.h"
#include "store/RecordStore.h"
#include "store/SearchIndex.h"
#include "store/SyncState.h"
#include "store/Transaction.h"
#include "sync/Hlc.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace tandem {

namespace {

bool newer(const Change& a, quint64 hlc, const QString& site)
{
    return a.hlc != hlc ? a.hlc > hlc : a.siteId > site;
}

// A value as the log keeps it (JSON inside a create, or a raw SQLite value) → as stored.
QVariant storedValue(const FieldDef& f, const QVariant& raw)
{
    if (!raw.isValid() || raw.isNull())
        return QVariant();
    if (f.type == FieldType::Blob)
        return raw.metaType().id() == QMetaType::QByteArray ? raw : QVariant(QByteArray::fromBase64(raw.toString().toLatin1()));
    if (f.type == FieldType::Bool) {
        if (raw.metaType().id() == QMetaType::QString)
            return QVariant(qint64(raw.toString() == QLatin1String("true") || raw.toString() == QLatin1String("1")));
        return QVariant(qint64(raw.toBool() || raw.toLongLong() != 0));
    }
    if (f.isStoredAsInteger())
        return QVariant(raw.toLongLong());
    return QVariant(raw.toString());
}

} // namespace

Result<void> RecordStore::rebuildFromLog(const QString& entity, const QString& id)
{
    const EntityDef* def = EntitySchema::find(entity);
    if (!def)
        return makeError(QCoreApplication::translate("RecordStore", "unknown record type '%1'").arg(entity));
    const QList<Change> changes = m_log.forRecord(entity, id);
    const Change* created = nullptr;
    for (const Change& c : changes) {
        if (c.op == ChangeOp::Create)
            created = &c;
    }
    if (!created)
        return {}; // its creation has not arrived yet; the row follows when it does

    const QJsonObject initial = QJsonDocument::fromJson(created->value.toString().toUtf8()).object();
    QStringList columns { QStringLiteral("id"), QStringLiteral("created_at"), QStringLiteral("created_by"),
                          QStringLiteral("deleted") };
    QVariantList values { id, initial.value(QStringLiteral("created_at")).toVariant(),
                          initial.value(QStringLiteral("created_by")).toVariant() };
    // The tombstone: the latest delete or restore.
    const Change* tomb = nullptr;
    for (const Change& c : changes) {
        if ((c.op == ChangeOp::Delete || c.op == ChangeOp::Restore) && (!tomb || newer(c, tomb->hlc, tomb->siteId)))
            tomb = &c;
    }
    const bool deleted = tomb && tomb->op == ChangeOp::Delete;
    values << qint64(deleted ? 1 : 0);

    Record rec { entity, id, {}, deleted };
    for (const FieldDef& f : def->fields) {
        quint64 hlc = created->hlc;
        QString site = created->siteId;
        QVariant value = storedValue(f, initial.value(f.name).toVariant());
        for (const Change& c : changes) {
            if (c.op == ChangeOp::Set && c.field == f.name && newer(c, hlc, site)) {
                hlc = c.hlc;
                site = c.siteId;
                value = storedValue(f, c.value);
            }
        }
        columns << QLatin1Char('"') + f.name + QLatin1Char('"');
        values << value;
        rec.fields.insert(f.name, f.type == FieldType::Bool && !value.isNull() ? QVariant(value.toLongLong() != 0) : value);
    }

    // A record new to this copy is inserted with the columns it has; a known one is rewritten.
    const bool exists = !m_db.scalar(QStringLiteral("SELECT 1 FROM \"%1\" WHERE id = ?").arg(def->table), { id }).isNull();
    QStringList names;
    QVariantList binds;
    for (int i = 0; i < columns.size(); ++i) {
        if (exists ? i > 0 : !values.at(i).isNull()) {
            names << columns.at(i);
            binds << values.at(i);
        }
    }
    QString sql;
    if (exists) {
        sql = QStringLiteral("UPDATE \"%1\" SET %2 = ? WHERE id = ?").arg(def->table, names.join(QStringLiteral(" = ?, ")));
        binds << id;
    } else {
        sql = QStringLiteral("INSERT INTO \"%1\"(%2) VALUES(%3)")
                  .arg(def->table, names.join(QLatin1Char(',')), QStringList(names.size(), QStringLiteral("?")).join(QLatin1Char(',')));
    }
    QSqlQuery& q = m_db.statement(sql);
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds.at(i));
    if (!q.exec())
        return sqlError(q);
    if (!def->searchable)
        return {};
    if (deleted)
        return m_search.remove(entity, id);
    rec.fields.insert(QStringLiteral("created_at"), values.at(1));
    return index(*def, rec);
}

Result<void> RecordStore::refreshConflicts(const EntityDef& def, const QString& id)
{
    const QString entity = ownerEntity(def);
    if (m_db.scalar(QStringLiteral("SELECT 1 FROM conflict WHERE entity = ? AND record_id = ? LIMIT 1"), { entity, id })
            .isNull())
        return {};
    return SyncState(m_db).replaceConflicts(entity, id, detectConflicts(m_log.forRecord(entity, id)),
                                            m_ctx.clock->nowUtc().toString(Qt::ISODateWithMs));
}

Result<void> RecordStore::settle(const QString& entity, const QString& rawId, const QString& field, const QVariant& value)
{
    const QString id = rawId.trimmed().toLower();
    const EntityDef* def = EntitySchema::find(entity);
    if (!def)
        return makeError(QCoreApplication::translate("RecordStore", "unknown record type '%1'").arg(entity));
    const auto rec = get(entity, id, true);
    if (!rec)
        return makeError(QCoreApplication::translate("RecordStore", "there is no %1 with id %2").arg(entity, id));
    const RecordHeads heads = m_log.heads(ownerEntity(*def), id);
    Transaction tx(m_db);
    if (field.isEmpty()) {
        const ChangeOp op = rec->deleted ? ChangeOp::Delete : ChangeOp::Restore;
        if (auto r = log(*def, id, op, m_ctx.hlc->tick(), {}, {}, heads.all()); !r)
            return r;
    } else {
        const FieldDef* f = def->field(field);
        if (!f)
            return Error { QCoreApplication::translate("RecordStore", "unknown field for %1").arg(entity), {}, 0, field };
        const QVariant v = storedValue(*f, value);
        QSqlQuery& q = m_db.statement(QStringLiteral("UPDATE \"%1\" SET \"%2\" = ? WHERE id = ?").arg(def->table, field));
        q.bindValue(0, v);
        q.bindValue(1, id);
        if (!q.exec())
            return sqlError(q);
        if (auto r = log(*def, id, ChangeOp::Set, m_ctx.hlc->tick(), field, v, heads.forField(field)); !r)
            return r;
        if (!rec->deleted) {
            if (auto r = index(*def, *get(entity, id)); !r)
                return r;
        }
    }
    if (auto r = refreshConflicts(*def, id); !r)
        return r;
    return tx.commit();
}

} // namespace tandem
