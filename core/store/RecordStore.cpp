#include "store/RecordStore.h"

#include "domain/FieldFormat.h"
#include "domain/TerritoryRule.h"
#include "store/Database.h"
#include "store/SearchIndex.h"
#include "store/Transaction.h"
#include "sync/Hlc.h"
#include "util/Clock.h"
#include "util/JsonText.h"
#include "util/Uuid.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>

namespace tandem {

namespace {

QString quoted(const QString& identifier)
{
    return QLatin1Char('"') + identifier + QLatin1Char('"');
}

bool sameValue(const QVariant& a, const QVariant& b)
{
    const bool an = !a.isValid() || a.isNull();
    const bool bn = !b.isValid() || b.isNull();
    if (an || bn)
        return an == bn;
    return a == b;
}

// A new company without a territory falls in the one its place or industry rules give it.
void placeInTerritory(const RecordStore& store, QVariantMap& values)
{
    if (!isEmptyValue(values.value(QStringLiteral("territory_id"))))
        return;
    bool described = false;
    for (const char* f : { "country", "region", "city", "postcode", "industry" })
        described = described || !isEmptyValue(values.value(QLatin1String(f)));
    if (!described)
        return;
    const auto territories = store.list(QStringLiteral("territory"));
    if (!territories)
        return;
    if (const QString id = TerritoryRule::best(*territories, values); !id.isEmpty())
        values.insert(QStringLiteral("territory_id"), id);
}

// The value as SQLite should store it (booleans as 0/1).
QVariant storable(const QVariant& v)
{
    if (v.metaType().id() == QMetaType::Bool)
        return QVariant(qint64(v.toBool() ? 1 : 0));
    return v;
}

} // namespace

RecordStore::RecordStore(Database& db, ChangeLog& log, SearchIndex& search, WriteContext& context)
    : m_db(db)
    , m_log(log)
    , m_search(search)
    , m_ctx(context)
{
}

Result<const EntityDef*> RecordStore::definition(const QString& entity) const
{
    if (const EntityDef* def = EntitySchema::find(entity))
        return def;
    QStringList names;
    for (const EntityDef& e : EntitySchema::all())
        names << e.name;
    return makeError(
        QCoreApplication::translate("RecordStore", "unknown record type '%1' (known: %2)")
            .arg(entity, names.join(QLatin1String(", "))));
}

QString RecordStore::ownerEntity(const EntityDef& def) const
{
    if (def.fixedField.isEmpty())
        return def.name;
    const EntityDef* owner = EntitySchema::forTable(def.table);
    return owner ? owner->name : def.name;
}

Result<QVariantMap> RecordStore::validate(
    const EntityDef& def, const QVariantMap& values, const QString& currency) const
{
    QVariantMap out;
    for (auto it = values.begin(); it != values.end(); ++it) {
        const FieldDef* f = def.field(it.key());
        if (!f) {
            QStringList names;
            for (const FieldDef& fd : def.fields)
                names << fd.name;
            return Error { QCoreApplication::translate(
                               "RecordStore", "unknown field for %1 (fields: %2)")
                               .arg(def.name, names.join(QLatin1String(", "))),
                {}, 0, it.key() };
        }
        auto parsed = normaliseFieldValue(*f, it.value(), currency);
        if (!parsed)
            return parsed.error();
        QVariant value = *parsed;
        const QVariant* v = &value;
        if (f->name == def.fixedField && !sameValue(*v, def.fixedValue))
            return Error { QCoreApplication::translate("RecordStore", "a %1 always has %2 '%3'")
                               .arg(def.name, def.fixedField, def.fixedValue),
                {}, 0, f->name };
        if (f->name == QLatin1String("currency") && !v->isNull()) {
            static const QRegularExpression code(QStringLiteral("^[A-Z]{3}$"));
            const QString c = v->toString().toUpper();
            if (!code.match(c).hasMatch())
                return Error { QCoreApplication::translate(
                                   "RecordStore", "'%1' is not a currency code such as EUR or PLN")
                                   .arg(v->toString()),
                    {}, 0, f->name };
            value = c;
        }
        out.insert(f->name, value);
    }
    return out;
}

Result<void> RecordStore::checkRefs(const EntityDef& def, const QVariantMap& values) const
{
    if (m_ctx.trustReferences)
        return {};
    for (auto it = values.begin(); it != values.end(); ++it) {
        const FieldDef* f = def.field(it.key());
        if (!f || f->type != FieldType::Ref || it.value().isNull())
            continue;
        const EntityDef* target = EntitySchema::find(f->refEntity);
        QSqlQuery& q
            = m_db.statement(QStringLiteral("SELECT 1 FROM %1 WHERE id = ? AND deleted = 0")
                                 .arg(quoted(target->table)));
        q.bindValue(0, it.value());
        const bool found = q.exec() && q.next();
        q.finish();
        if (!found)
            return Error { QCoreApplication::translate("RecordStore", "there is no %1 with id %2")
                               .arg(target->name, it.value().toString()),
                {}, 0, f->name };
    }
    return {};
}

Result<void> RecordStore::log(const EntityDef& def, const QString& id, ChangeOp op, quint64 hlc,
    const QString& field, const QVariant& value, const QStringList& prev)
{
    Change c;
    c.entity = ownerEntity(def);
    c.recordId = id;
    c.op = op;
    c.field = field;
    c.value = value.metaType().id() == QMetaType::Bool ? QVariant(qint64(value.toBool())) : value;
    c.hlc = hlc;
    c.siteId = m_ctx.siteId;
    c.userId = m_ctx.userId;
    c.prev = prev;
    return m_log.append(c);
}

Result<QString> RecordStore::create(const QString& entity, const QVariantMap& input)
{
    auto defR = definition(entity);
    if (!defR)
        return defR.error();
    const EntityDef& def = **defR;

    QString currency = m_ctx.defaultCurrency;
    if (input.contains(QStringLiteral("currency"))
        && !input.value(QStringLiteral("currency")).toString().isEmpty())
        currency = input.value(QStringLiteral("currency")).toString().toUpper();
    auto valuesR = validate(def, input, currency);
    if (!valuesR)
        return valuesR.error();
    QVariantMap values = *valuesR;
    if (!def.fixedField.isEmpty())
        values.insert(def.fixedField, def.fixedValue);
    if (def.hasCurrency() && values.value(QStringLiteral("currency")).isNull())
        values.insert(QStringLiteral("currency"), currency);
    for (const FieldDef& f : def.fields) {
        if (f.required() && values.value(f.name).toString().isEmpty())
            return Error {
                QCoreApplication::translate("RecordStore", "a %1 needs a value here").arg(def.name),
                {}, 0, f.name
            };
    }
    if (!def.requiredAnyOf.isEmpty()) {
        bool any = false;
        for (const QString& name : def.requiredAnyOf)
            any = any || !values.value(name).toString().isEmpty();
        if (!any)
            return Error { QCoreApplication::translate(
                               "RecordStore", "a %1 needs at least one of: %2")
                               .arg(def.name, def.requiredAnyOf.join(QLatin1String(", "))),
                {}, 0, def.requiredAnyOf.first() };
    }
    if (def.name == QLatin1String("company"))
        placeInTerritory(*this, values);
    if (auto r = checkRefs(def, values); !r)
        return r.error();

    const QString id = m_ctx.ids->next();
    const quint64 hlc = m_ctx.hlc->tick();
    const QString createdAt = m_ctx.clock->nowUtc().toString(Qt::ISODateWithMs);

    // Which fields are set picks a cached INSERT text; the log's JSON is written directly.
    static QHash<QString, QString> insertSql;
    QString key = def.table;
    QVariantList binds { id, createdAt,
        m_ctx.userId.isEmpty() ? QVariant() : QVariant(m_ctx.userId) };
    QMap<QString, QString> json;
    json.insert(QStringLiteral("created_at"), jsonString(createdAt));
    if (!m_ctx.userId.isEmpty())
        json.insert(QStringLiteral("created_by"), jsonString(m_ctx.userId));
    for (auto it = values.begin(); it != values.end(); ++it) {
        if (it.value().isNull())
            continue;
        key += QLatin1Char(',') + it.key();
        const QVariant v = storable(it.value());
        binds << v;
        const FieldDef* f = def.field(it.key());
        if (f->type == FieldType::Blob)
            json.insert(
                it.key(), jsonString(QString::fromLatin1(it.value().toByteArray().toBase64())));
        else if (v.metaType().id() == QMetaType::LongLong || v.metaType().id() == QMetaType::Int)
            json.insert(it.key(), QString::number(v.toLongLong()));
        else
            json.insert(it.key(), jsonString(v.toString()));
    }
    QString logValue;
    logValue.reserve(512);
    logValue += QLatin1Char('{');
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (logValue.size() > 1)
            logValue += QLatin1Char(',');
        logValue += QLatin1Char('"') + it.key() + QStringLiteral("\":") + it.value();
    }
    logValue += QLatin1Char('}');
    auto sqlIt = insertSql.find(key);
    if (sqlIt == insertSql.end()) {
        QStringList columns { QStringLiteral("id"), QStringLiteral("created_at"),
            QStringLiteral("created_by") };
        for (auto it = values.begin(); it != values.end(); ++it) {
            if (!it.value().isNull())
                columns << quoted(it.key());
        }
        sqlIt = insertSql.insert(key,
            QStringLiteral("INSERT INTO %1(%2) VALUES(%3)")
                .arg(quoted(def.table), columns.join(QLatin1Char(',')),
                    QStringList(columns.size(), QStringLiteral("?")).join(QLatin1Char(','))));
    }

    Transaction tx(m_db);
    QSqlQuery& q = m_db.statement(*sqlIt);
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds.at(i));
    if (!q.exec())
        return sqlError(q);
    if (auto r = log(def, id, ChangeOp::Create, hlc, {}, logValue); !r)
        return r.error();
    Record rec { def.name, id, values, false };
    rec.fields.insert(QStringLiteral("created_at"), createdAt);
    if (auto r = index(def, rec, true); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return id;
}

Result<void> RecordStore::rescaleMoney(const EntityDef& def, const Record& existing,
    const QString& currency, QVariantMap& values) const
{
    const int from = currencyMinorDigits(currencyOf(existing));
    const int to = currencyMinorDigits(currency);
    if (from == to)
        return {};
    for (const FieldDef& f : def.fields) {
        if (f.type != FieldType::Money || values.contains(f.name)
            || existing.value(f.name).isNull())
            continue;
        qint64 v = existing.value(f.name).toLongLong();
        for (int i = from; i < to; ++i)
            v *= 10;
        for (int i = to; i < from; ++i) {
            if (v % 10 != 0)
                return Error { QCoreApplication::translate("RecordStore",
                                   "%1 has more decimals than %2 allows; give the "
                                   "amount in %2 too")
                                   .arg(formatFieldText(
                                            f, existing.value(f.name), currencyOf(existing)),
                                       currency),
                    {}, 0, f.name };
            v /= 10;
        }
        values.insert(f.name, v);
    }
    return {};
}

Result<void> RecordStore::update(
    const QString& entity, const QString& rawId, const QVariantMap& input)
{
    const QString id = rawId.trimmed().toLower(); // ids are stored in lower case
    auto defR = definition(entity);
    if (!defR)
        return defR.error();
    const EntityDef& def = **defR;
    const auto existing = get(entity, id);
    if (!existing)
        return makeError(QCoreApplication::translate("RecordStore", "there is no %1 with id %2")
                             .arg(def.name, id));

    QString currency = currencyOf(*existing);
    if (input.contains(QStringLiteral("currency"))
        && !input.value(QStringLiteral("currency")).toString().isEmpty())
        currency = input.value(QStringLiteral("currency")).toString().toUpper();
    auto valuesR = validate(def, input, currency);
    if (!valuesR)
        return valuesR.error();
    QVariantMap values = *valuesR;
    // A new currency keeps the amounts as written (1250 EUR → 1250 JPY): rescale minor units.
    if (auto r = rescaleMoney(def, *existing, currency, values); !r)
        return r;

    QVariantMap changed;
    for (auto it = values.begin(); it != values.end(); ++it) {
        const FieldDef* f = def.field(it.key());
        if (f->required() && it.value().toString().isEmpty())
            return Error {
                QCoreApplication::translate("RecordStore", "a %1 needs a value here").arg(def.name),
                {}, 0, f->name
            };
        if (!sameValue(existing->value(it.key()), it.value()))
            changed.insert(it.key(), it.value());
    }
    if (changed.isEmpty())
        return {};
    if (!def.requiredAnyOf.isEmpty()) {
        bool any = false;
        for (const QString& name : def.requiredAnyOf)
            any = any
                || !(changed.contains(name) ? changed.value(name) : existing->value(name))
                        .toString()
                        .isEmpty();
        if (!any)
            return Error { QCoreApplication::translate(
                               "RecordStore", "a %1 needs at least one of: %2")
                               .arg(def.name, def.requiredAnyOf.join(QLatin1String(", "))),
                {}, 0, def.requiredAnyOf.first() };
    }
    if (auto r = checkRefs(def, changed); !r)
        return r;

    QStringList sets;
    QVariantList binds;
    for (auto it = changed.begin(); it != changed.end(); ++it) {
        sets << quoted(it.key()) + QStringLiteral(" = ?");
        binds << storable(it.value());
    }
    binds << id;

    const quint64 hlc = m_ctx.hlc->tick();
    Transaction tx(m_db);
    QSqlQuery& q = m_db.statement(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?")
                                      .arg(quoted(def.table), sets.join(QStringLiteral(", "))));
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds.at(i));
    if (!q.exec())
        return sqlError(q);
    const RecordHeads heads = m_log.heads(ownerEntity(def), id);
    for (auto it = changed.begin(); it != changed.end(); ++it) {
        if (auto r = log(def, id, ChangeOp::Set, hlc, it.key(), storable(it.value()),
                heads.forField(it.key()));
            !r)
            return r;
    }
    Record rec = *existing;
    for (auto it = changed.begin(); it != changed.end(); ++it)
        rec.fields.insert(it.key(), it.value());
    // The search entry is written again only when a field it shows or finds by changed (a stage
    // move, a status or a date does not touch it).
    bool searchChanged = false;
    for (auto it = changed.begin(); it != changed.end() && !searchChanged; ++it) {
        const FieldDef* f = def.field(it.key());
        searchChanged = (f && f->searchable()) || def.labelFields.contains(it.key())
            || def.detailFields.contains(it.key());
    }
    if (searchChanged) {
        if (auto r = index(def, rec); !r)
            return r;
    }
    for (const QString& name : def.labelFields) {
        if (changed.contains(name)) {
            if (auto r = reindexReferrers(def, id); !r)
                return r;
            break;
        }
    }
    if (auto r = refreshConflicts(def, id); !r)
        return r;
    return tx.commit();
}

Result<void> RecordStore::remove(const QString& entity, const QString& rawId)
{
    const QString id = rawId.trimmed().toLower(); // ids are stored in lower case
    auto defR = definition(entity);
    if (!defR)
        return defR.error();
    const EntityDef& def = **defR;
    if (!get(entity, id))
        return makeError(QCoreApplication::translate("RecordStore", "there is no %1 with id %2")
                             .arg(def.name, id));
    Transaction tx(m_db);
    QSqlQuery& q = m_db.statement(
        QStringLiteral("UPDATE %1 SET deleted = 1 WHERE id = ?").arg(quoted(def.table)));
    q.bindValue(0, id);
    if (!q.exec())
        return sqlError(q);
    if (auto r = log(def, id, ChangeOp::Delete, m_ctx.hlc->tick(), {}, {},
            m_log.heads(ownerEntity(def), id).all());
        !r)
        return r;
    if (def.searchable) {
        if (auto r = m_search.remove(ownerEntity(def), id); !r)
            return r;
    }
    if (auto r = refreshConflicts(def, id); !r)
        return r;
    return tx.commit();
}

Result<void> RecordStore::restore(const QString& entity, const QString& rawId)
{
    const QString id = rawId.trimmed().toLower(); // ids are stored in lower case
    auto defR = definition(entity);
    if (!defR)
        return defR.error();
    const EntityDef& def = **defR;
    const auto rec = get(entity, id, true);
    if (!rec)
        return makeError(QCoreApplication::translate("RecordStore", "there is no %1 with id %2")
                             .arg(def.name, id));
    if (!rec->deleted)
        return {};
    Transaction tx(m_db);
    QSqlQuery& q = m_db.statement(
        QStringLiteral("UPDATE %1 SET deleted = 0 WHERE id = ?").arg(quoted(def.table)));
    q.bindValue(0, id);
    if (!q.exec())
        return sqlError(q);
    if (auto r = log(def, id, ChangeOp::Restore, m_ctx.hlc->tick(), {}, {},
            m_log.heads(ownerEntity(def), id).all());
        !r)
        return r;
    if (auto r = index(def, *rec); !r)
        return r;
    if (auto r = refreshConflicts(def, id); !r)
        return r;
    return tx.commit();
}

Result<void> RecordStore::index(const EntityDef& def, const Record& record, bool isNew)
{
    if (!def.searchable)
        return {};
    QStringList text;
    for (const FieldDef& f : def.fields) {
        if (f.searchable())
            text << record.text(f.name);
    }
    QStringList detail;
    for (const QString& name : def.detailFields) {
        const FieldDef* f = def.field(name);
        const QString v = f && f->type == FieldType::Ref
            ? quickLabel(f->refEntity, record.text(name))
            : record.text(name);
        if (!v.isEmpty())
            detail << v;
        if (f && f->type == FieldType::Ref)
            text << v;
    }
    if (isNew)
        return m_search.insert(ownerEntity(def), record.id, label(record),
            detail.join(QStringLiteral(" · ")), text.join(QLatin1Char(' ')));
    return m_search.put(ownerEntity(def), record.id, label(record),
        detail.join(QStringLiteral(" · ")), text.join(QLatin1Char(' ')));
}

// The label of a referenced record from its label columns only, when none of them is a reference.
QString RecordStore::quickLabel(const QString& entity, const QString& id) const
{
    const EntityDef* def = EntitySchema::find(entity);
    if (!def || id.isEmpty())
        return labelOf(entity, id);
    for (const QString& f : def->labelFields) {
        if (def->field(f)->type == FieldType::Ref)
            return labelOf(entity, id);
    }
    QStringList cols;
    for (const QString& f : def->labelFields)
        cols << quoted(f);
    QSqlQuery& q = m_db.statement(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?")
                                      .arg(cols.join(QLatin1Char(',')), quoted(def->table)));
    q.bindValue(0, id);
    QStringList parts;
    bool found = false;
    if (q.exec() && q.next()) {
        found = true;
        for (int i = 0; i < def->labelFields.size(); ++i) {
            const QString v = q.value(i).toString();
            if (!v.isEmpty())
                parts << v;
        }
    }
    q.finish();
    if (!found || parts.isEmpty())
        return labelOf(entity, id);
    return parts.join(QLatin1Char(' '));
}

Result<void> RecordStore::reindexReferrers(const EntityDef& def, const QString& id)
{
    for (const EntityDef& other : EntitySchema::all()) {
        if (!other.searchable)
            continue;
        for (const QString& name : other.detailFields) {
            const FieldDef* f = other.field(name);
            if (!f || f->type != FieldType::Ref || f->refEntity != def.name)
                continue;
            ListQuery query;
            query.where << qMakePair(name, QVariant(id));
            auto rows = list(other.name, query);
            if (!rows)
                return rows.error();
            for (const Record& r : *rows) {
                if (auto ok = index(other, r); !ok)
                    return ok;
            }
        }
    }
    return {};
}

Result<void> RecordStore::reindexAll()
{
    Transaction tx(m_db);
    if (auto r = m_search.clear(); !r)
        return r;
    for (const EntityDef& def : EntitySchema::all()) {
        if (!def.searchable)
            continue;
        auto rows = list(def.name);
        if (!rows)
            return rows.error();
        for (const Record& r : *rows) {
            if (auto ok = index(def, r); !ok)
                return ok;
        }
    }
    return tx.commit();
}

} // namespace tandem
