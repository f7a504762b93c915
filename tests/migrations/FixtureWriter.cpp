#include "FixtureWriter.h"

#include "domain/EntitySchema.h"
#include "store/Database.h"
#include "sync/Conflicts.h"
#include "util/JsonText.h"
#include "util/TextFold.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlRecord>
#include <algorithm>

namespace tandem::fixture {

namespace {

QString quoted(const QString& identifier)
{
    return QLatin1Char('"') + identifier + QLatin1Char('"');
}

bool isInteger(const QVariant& v)
{
    const int type = v.metaType().id();
    return type == QMetaType::Int || type == QMetaType::LongLong;
}

// A creation as RecordStore::create logs it: the fields set, in name order, integers as numbers,
// bytes (a file's content) in base64.
QString createJson(const QVariantMap& values)
{
    QStringList parts;
    for (auto it = values.begin(); it != values.end(); ++it) {
        if (it.value().isNull())
            continue;
        QString value;
        if (isInteger(it.value()))
            value = QString::number(it.value().toLongLong());
        else if (it.value().metaType().id() == QMetaType::QByteArray)
            value = jsonString(QString::fromLatin1(it.value().toByteArray().toBase64()));
        else
            value = jsonString(it.value().toString());
        parts << jsonString(it.key()) + QLatin1Char(':') + value;
    }
    return QLatin1Char('{') + parts.join(QLatin1Char(',')) + QLatin1Char('}');
}

} // namespace

void fail(const QString& what)
{
    throw FixtureError(what.toStdString());
}

QSqlQuery runSql(Database& db, const QString& sql, const QVariantList& binds)
{
    QSqlQuery q(db.connection());
    if (!q.prepare(sql))
        fail(sql + QStringLiteral(": ") + q.lastError().text());
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds.at(i));
    if (!q.exec())
        fail(sql + QStringLiteral(": ") + q.lastError().text());
    return q;
}

void FixtureWriter::at(const char* utc)
{
    m_site->clock.set(QDateTime::fromString(QString::fromLatin1(utc), Qt::ISODate).toUTC());
}

void FixtureWriter::setMeta(const QString& key, const QString& value)
{
    runSql(m_db, QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES(?, ?)"),
        { key, value });
}

QString FixtureWriter::create(const QString& entity, const Fields& fields)
{
    const EntityDef& def = definition(entity);
    QVariantMap values;
    for (const auto& [name, value] : fields)
        values.insert(name, value);
    if (!def.fixedField.isEmpty())
        values.insert(def.fixedField, def.fixedValue);
    const QString id = m_site->ids.next();
    Change c = change(def, id, ChangeOp::Create);
    const QString createdAt = now();
    QVariantMap logged = values;
    logged.insert(QStringLiteral("created_at"), createdAt);
    if (!m_site->userId.isEmpty())
        logged.insert(QStringLiteral("created_by"), m_site->userId);
    c.value = createJson(logged);
    if (m_site != &m_office) {
        m_outbox << c;
        m_laptopLog << c;
        return id;
    }
    QStringList columns { QStringLiteral("id"), QStringLiteral("created_at"),
        QStringLiteral("created_by") };
    QVariantList binds { id, createdAt,
        m_site->userId.isEmpty() ? QVariant() : QVariant(m_site->userId) };
    for (auto it = values.begin(); it != values.end(); ++it) {
        columns << quoted(it.key());
        binds << it.value();
    }
    runSql(m_db,
        QStringLiteral("INSERT INTO %1(%2) VALUES(%3)")
            .arg(quoted(def.table), columns.join(QLatin1Char(',')),
                QStringList(columns.size(), QStringLiteral("?")).join(QLatin1Char(','))),
        binds);
    log(c);
    index(def, id, true);
    return id;
}

Fields FixtureWriter::file(const QString& name, const QString& mimeType, const QByteArray& content)
{
    return { { QStringLiteral("name"), name }, { QStringLiteral("mime_type"), mimeType },
        { QStringLiteral("size"), qint64(content.size()) },
        { QStringLiteral("sha256"),
            QString::fromLatin1(
                QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex()) },
        { QStringLiteral("content"), content } };
}

void FixtureWriter::set(const QString& entity, const QString& id, const Fields& changes)
{
    const EntityDef& def = definition(entity);
    const quint64 hlc = m_site->hlc.tick();
    const QList<Change>& known = m_site == &m_office ? m_log : m_laptopLog;
    const RecordHeads heads = computeHeads(changesOf(known, owner(def), id));
    QStringList sets;
    QVariantList binds;
    for (const auto& [name, value] : changes) {
        Change c = change(def, id, ChangeOp::Set, hlc);
        c.field = name;
        c.value = value;
        c.prev = heads.forField(name);
        if (m_site == &m_office) {
            log(c);
        } else {
            m_outbox << c;
            m_laptopLog << c;
        }
        sets << quoted(name) + QStringLiteral(" = ?");
        binds << value;
    }
    if (m_site != &m_office)
        return;
    binds << id;
    runSql(m_db,
        QStringLiteral("UPDATE %1 SET %2 WHERE id = ?")
            .arg(quoted(def.table), sets.join(QStringLiteral(", "))),
        binds);
    index(def, id, false);
}

void FixtureWriter::remove(const QString& entity, const QString& id)
{
    const EntityDef& def = definition(entity);
    runSql(m_db, QStringLiteral("UPDATE %1 SET deleted = 1 WHERE id = ?").arg(quoted(def.table)),
        { id });
    Change c = change(def, id, ChangeOp::Delete);
    c.prev = computeHeads(changesOf(m_log, owner(def), id)).all();
    log(c);
    if (def.searchable)
        removeDocument(owner(def), id);
}

void FixtureWriter::sendToLaptop()
{
    runSql(m_db,
        QStringLiteral("INSERT INTO sync_peer(site_id, last_sent_at, sent_vector) "
                       "VALUES(?, ?, ?) ON CONFLICT(site_id) DO UPDATE SET "
                       "last_sent_at = excluded.last_sent_at, "
                       "sent_vector = excluded.sent_vector"),
        { m_laptop.id, now(), vectorText(vectorOf(m_log)) });
    for (const Change& c : m_log) {
        if (!std::any_of(m_laptopLog.begin(), m_laptopLog.end(),
                [&](const Change& k) { return k.token() == c.token(); }))
            m_laptopLog << c;
        m_laptop.hlc.observe(c.hlc);
    }
}

void FixtureWriter::receiveFromLaptop(const QString& scope)
{
    QList<Change> changes = m_outbox;
    m_outbox.clear();
    std::sort(changes.begin(), changes.end(), [](const Change& a, const Change& b) {
        return a.hlc != b.hlc ? a.hlc < b.hlc : a.siteId < b.siteId;
    });
    QList<QPair<QString, QString>> touched;
    for (const Change& c : changes) {
        log(c);
        m_office.hlc.observe(c.hlc);
        if (!touched.contains(qMakePair(c.entity, c.recordId)))
            touched << qMakePair(c.entity, c.recordId);
    }
    const QString at = now();
    for (const auto& [entity, id] : touched) {
        rebuild(entity, id);
        for (const Conflict& k : detectConflicts(changesOf(m_log, entity, id)))
            addConflict(k, at);
    }
    QVariantList binds { m_laptop.id, at, vectorText(vectorOf(m_laptopLog)) };
    QString columns = QStringLiteral("site_id, last_received_at, received_vector");
    if (m_version >= 5) { // the peer's scope came with version 5
        columns += QStringLiteral(", scope");
        binds << (scope.isEmpty() ? QVariant() : QVariant(scope));
    }
    runSql(m_db,
        QStringLiteral("INSERT INTO sync_peer(%1) VALUES(%2) ON CONFLICT(site_id) DO UPDATE "
                       "SET last_received_at = excluded.last_received_at, "
                       "received_vector = excluded.received_vector%3")
            .arg(columns, QStringList(binds.size(), QStringLiteral("?")).join(QLatin1Char(',')),
                m_version >= 5 ? QStringLiteral(", scope = excluded.scope") : QString()),
        binds);
}

const EntityDef& FixtureWriter::definition(const QString& entity) const
{
    const EntityDef* def = EntitySchema::find(entity);
    if (!def)
        fail(QStringLiteral("unknown entity %1").arg(entity));
    return *def;
}

QString FixtureWriter::owner(const EntityDef& def)
{
    if (def.fixedField.isEmpty())
        return def.name;
    return EntitySchema::forTable(def.table)->name;
}

Change FixtureWriter::change(const EntityDef& def, const QString& id, ChangeOp op, quint64 hlc)
{
    Change c;
    c.entity = owner(def);
    c.recordId = id;
    c.op = op;
    c.hlc = hlc ? hlc : m_site->hlc.tick();
    c.siteId = m_site->id;
    c.userId = m_site->userId;
    return c;
}

QList<Change> FixtureWriter::changesOf(
    const QList<Change>& all, const QString& entity, const QString& id)
{
    QList<Change> out;
    for (const Change& c : all) {
        if (c.entity == entity && c.recordId == id)
            out << c;
    }
    return out;
}

VersionVector FixtureWriter::vectorOf(const QList<Change>& changes)
{
    VersionVector v;
    for (const Change& c : changes)
        v[c.siteId] = std::max(v.value(c.siteId), c.hlc);
    return v;
}

QString FixtureWriter::vectorText(const VersionVector& v)
{
    return QString::fromUtf8(QJsonDocument(vectorToJson(v)).toJson(QJsonDocument::Compact));
}

void FixtureWriter::log(const Change& c)
{
    runSql(m_db,
        QStringLiteral("INSERT INTO change_log(hlc, site_id, user_id, entity, record_id, op, "
                       "field, value, prev) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        { qint64(c.hlc), c.siteId, c.userId.isEmpty() ? QVariant() : QVariant(c.userId), c.entity,
            c.recordId, changeOpName(c.op), c.field.isEmpty() ? QVariant() : QVariant(c.field),
            c.value, c.prev.isEmpty() ? QVariant() : QVariant(c.prev.join(QLatin1Char(' '))) });
    m_log << c;
}

void FixtureWriter::addConflict(const Conflict& k, const QString& at)
{
    auto hlcOf = [](const QString& token) {
        return qint64(token.section(QLatin1Char('@'), 0, 0).toULongLong(nullptr, 16));
    };
    auto siteOf = [](const QString& token) { return token.section(QLatin1Char('@'), 1); };
    runSql(m_db,
        QStringLiteral("INSERT OR REPLACE INTO conflict(id, entity, record_id, field, "
                       "kept_value, kept_hlc, kept_site, kept_user, other_value, other_hlc, "
                       "other_site, other_user, detected_at, kept_is_delete) "
                       "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        { k.id, k.entity, k.recordId, k.field, k.keptValue, hlcOf(k.keptToken), siteOf(k.keptToken),
            k.keptUser, k.otherValue, hlcOf(k.otherToken), siteOf(k.otherToken), k.otherUser, at,
            qint64(k.keptIsDelete ? 1 : 0) });
}

void FixtureWriter::rebuild(const QString& entity, const QString& id)
{
    const EntityDef& def = definition(entity);
    const QList<Change> changes = changesOf(m_log, entity, id);
    QVariantMap fields;
    const Change* tomb = nullptr;
    QHash<QString, QString> versionOf;
    auto newer = [](const Change& c, const QString& token) {
        const quint64 hlc = token.section(QLatin1Char('@'), 0, 0).toULongLong(nullptr, 16);
        const QString site = token.section(QLatin1Char('@'), 1);
        return c.hlc != hlc ? c.hlc > hlc : c.siteId > site;
    };
    bool created = false;
    for (const Change& c : changes) {
        if (c.op == ChangeOp::Create) {
            created = true;
            const QJsonObject o = QJsonDocument::fromJson(c.value.toString().toUtf8()).object();
            for (auto it = o.begin(); it != o.end(); ++it) {
                fields.insert(it.key(),
                    it.value().isDouble() ? QVariant(qint64(it.value().toDouble()))
                                          : it.value().toVariant());
                versionOf.insert(it.key(), c.token());
            }
        } else if (c.op == ChangeOp::Set) {
            if (!versionOf.contains(c.field) || newer(c, versionOf.value(c.field))) {
                fields.insert(c.field, c.value);
                versionOf.insert(c.field, c.token());
            }
        } else if (!tomb || newer(c, tomb->token())) {
            tomb = &c;
        }
    }
    if (!created)
        fail(QStringLiteral("%1 %2 arrived without its creation").arg(entity, id));
    fields.insert(QStringLiteral("deleted"), qint64(tomb && tomb->op == ChangeOp::Delete));
    const bool exists = runSql(
        m_db, QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(quoted(def.table)), { id })
                            .next();
    QStringList columns;
    QVariantList binds;
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        columns << quoted(it.key());
        binds << it.value();
    }
    if (exists) {
        binds << id;
        runSql(m_db,
            QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?")
                .arg(quoted(def.table), columns.join(QStringLiteral(" = ?, "))),
            binds);
    } else {
        columns.prepend(QStringLiteral("id"));
        binds.prepend(id);
        runSql(m_db,
            QStringLiteral("INSERT INTO %1(%2) VALUES(%3)")
                .arg(quoted(def.table), columns.join(QLatin1Char(',')),
                    QStringList(columns.size(), QStringLiteral("?")).join(QLatin1Char(','))),
            binds);
    }
    if (!def.searchable)
        return;
    if (fields.value(QStringLiteral("deleted")).toLongLong())
        removeDocument(entity, id);
    else
        index(def, id, !exists);
}

QVariantMap FixtureWriter::row(const EntityDef& def, const QString& id)
{
    QSqlQuery q = runSql(
        m_db, QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(quoted(def.table)), { id });
    QVariantMap out;
    if (q.next()) {
        const QSqlRecord r = q.record();
        for (int i = 0; i < r.count(); ++i)
            out.insert(r.fieldName(i), r.value(i));
    }
    return out;
}

QString FixtureWriter::label(const EntityDef& def, const QVariantMap& values)
{
    QStringList parts;
    for (const QString& name : def.labelFields) {
        const FieldDef* f = def.field(name);
        const QString v = f && f->type == FieldType::Ref
            ? labelOf(f->refEntity, values.value(name).toString())
            : values.value(name).toString();
        if (!v.isEmpty())
            parts << v;
    }
    if (!parts.isEmpty())
        return parts.join(QLatin1Char(' '));
    for (const QString& name : def.requiredAnyOf) {
        if (!values.value(name).toString().isEmpty())
            return values.value(name).toString();
    }
    return values.value(QStringLiteral("id")).toString();
}

QString FixtureWriter::labelOf(const QString& entity, const QString& id)
{
    if (id.isEmpty())
        return {};
    const EntityDef& def = definition(entity);
    const QVariantMap values = row(def, id);
    return values.isEmpty() ? id : label(def, values);
}

void FixtureWriter::index(const EntityDef& def, const QString& id, bool isNew)
{
    if (!def.searchable)
        return;
    const QVariantMap values = row(def, id);
    QStringList text;
    for (const FieldDef& f : def.fields) {
        if (f.searchable())
            text << values.value(f.name).toString();
    }
    QStringList detail;
    for (const QString& name : def.detailFields) {
        const FieldDef* f = def.field(name);
        const bool ref = f && f->type == FieldType::Ref;
        const QString v = ref ? labelOf(f->refEntity, values.value(name).toString())
                              : values.value(name).toString();
        if (!v.isEmpty())
            detail << v;
        if (ref)
            text << v;
    }
    const QString entity = owner(def);
    const QString folded = foldForSearch(text.join(QLatin1Char(' ')));
    if (!isNew) {
        QSqlQuery find = runSql(m_db,
            QStringLiteral("SELECT rowid FROM search_doc WHERE entity = ? AND record_id = ?"),
            { entity, id });
        if (find.next()) {
            const qint64 rowid = find.value(0).toLongLong();
            runSql(m_db,
                QStringLiteral("UPDATE search_doc SET label = ?, detail = ? WHERE rowid = ?"),
                { label(def, values), detail.join(QStringLiteral(" · ")), rowid });
            runSql(m_db, QStringLiteral("UPDATE search_text SET text = ? WHERE rowid = ?"),
                { folded, rowid });
            return;
        }
    }
    const QSqlQuery ins = runSql(m_db,
        QStringLiteral(
            "INSERT INTO search_doc(entity, record_id, label, detail) VALUES(?, ?, ?, ?)"),
        { entity, id, label(def, values), detail.join(QStringLiteral(" · ")) });
    runSql(m_db, QStringLiteral("INSERT INTO search_text(rowid, text) VALUES(?, ?)"),
        { ins.lastInsertId(), folded });
}

void FixtureWriter::removeDocument(const QString& entity, const QString& id)
{
    QSqlQuery find = runSql(m_db,
        QStringLiteral("SELECT rowid FROM search_doc WHERE entity = ? AND record_id = ?"),
        { entity, id });
    if (!find.next())
        return;
    const qint64 rowid = find.value(0).toLongLong();
    runSql(m_db, QStringLiteral("DELETE FROM search_text WHERE rowid = ?"), { rowid });
    runSql(m_db, QStringLiteral("DELETE FROM search_doc WHERE rowid = ?"), { rowid });
}

} // namespace tandem::fixture
