#include "store/ChangeLog.h"

#include "store/Database.h"
#include "sync/Conflicts.h"
#include "sync/Hlc.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <algorithm>
#include <QSqlQuery>
#include <QTimeZone>

namespace tandem {

namespace {

const char* const kColumns = "hlc, site_id, user_id, entity, record_id, op, field, value, prev";

ChangeOp opFromName(const QString& name)
{
    if (name == QLatin1String("create"))
        return ChangeOp::Create;
    if (name == QLatin1String("delete"))
        return ChangeOp::Delete;
    if (name == QLatin1String("restore"))
        return ChangeOp::Restore;
    return ChangeOp::Set;
}

} // namespace

QString changeOpName(ChangeOp op)
{
    switch (op) {
    case ChangeOp::Create:
        return QStringLiteral("create");
    case ChangeOp::Set:
        return QStringLiteral("set");
    case ChangeOp::Delete:
        return QStringLiteral("delete");
    case ChangeOp::Restore:
        return QStringLiteral("restore");
    }
    return QStringLiteral("set");
}

QString clockToken(quint64 hlc, const QString& siteId)
{
    return QString::number(hlc, 16) + QLatin1Char('@') + siteId;
}

QString Change::token() const
{
    return clockToken(hlc, siteId);
}

QStringList RecordHeads::forField(const QString& field) const
{
    const auto it = byField.constFind(field);
    if (it != byField.constEnd())
        return *it;
    return createToken.isEmpty() ? QStringList() : QStringList { createToken };
}

QStringList RecordHeads::all() const
{
    QStringList out;
    if (!createToken.isEmpty())
        out << createToken;
    for (auto it = byField.begin(); it != byField.end(); ++it) {
        for (const QString& t : *it) {
            if (!out.contains(t))
                out << t;
        }
    }
    out.sort();
    return out;
}

QLatin1String ChangeLog::columns()
{
    return QLatin1String(kColumns);
}

ChangeLog::ChangeLog(Database& db)
    : m_db(db)
{
}

Result<void> ChangeLog::append(const Change& c)
{
    auto r = insert(c, false);
    if (!r)
        return r.error();
    return {};
}

Result<bool> ChangeLog::appendIfNew(const Change& c)
{
    return insert(c, true);
}

Result<bool> ChangeLog::insert(const Change& c, bool ignoreKnown)
{
    static const QString insertSql = QStringLiteral("INSERT INTO change_log(hlc, site_id, user_id, entity, "
                                                 "record_id, op, field, value, prev) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)");
    static const QString insertIgnoreSql = QStringLiteral("INSERT OR IGNORE INTO change_log(hlc, site_id, user_id, entity, "
                                                 "record_id, op, field, value, prev) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)");
    QSqlQuery& q = m_db.statement(ignoreKnown ? insertIgnoreSql : insertSql);
    q.bindValue(0, qint64(c.hlc));
    q.bindValue(1, c.siteId);
    q.bindValue(2, c.userId.isEmpty() ? QVariant() : QVariant(c.userId));
    q.bindValue(3, c.entity);
    q.bindValue(4, c.recordId);
    q.bindValue(5, changeOpName(c.op));
    q.bindValue(6, c.field.isEmpty() ? QVariant() : QVariant(c.field));
    q.bindValue(7, c.value);
    q.bindValue(8, c.prev.isEmpty() ? QVariant() : QVariant(c.prev.join(QLatin1Char(' '))));
    if (!q.exec())
        return sqlError(q);
    return q.numRowsAffected() > 0;
}

Change ChangeLog::fromRow(const QSqlQuery& q)
{
    Change c;
    c.hlc = quint64(q.value(0).toLongLong());
    c.siteId = q.value(1).toString();
    c.userId = q.value(2).toString();
    c.entity = q.value(3).toString();
    c.recordId = q.value(4).toString();
    c.op = opFromName(q.value(5).toString());
    c.field = q.value(6).toString();
    c.value = q.value(7);
    c.prev = q.value(8).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return c;
}

QList<Change> ChangeLog::forRecord(const QString& entity, const QString& recordId) const
{
    QSqlQuery& q = m_db.statement(QStringLiteral("SELECT %1 FROM change_log WHERE entity = ? AND record_id = ? "
                                                 "ORDER BY seq")
                                      .arg(QLatin1String(kColumns)));
    q.bindValue(0, entity);
    q.bindValue(1, recordId);
    QList<Change> out;
    if (q.exec()) {
        while (q.next())
            out << fromRow(q);
    }
    q.finish();
    return out;
}

VersionVector ChangeLog::vector() const
{
    QSqlQuery& q = m_db.statement(QStringLiteral("SELECT site_id, max(hlc) FROM change_log GROUP BY site_id"));
    VersionVector v;
    if (q.exec()) {
        while (q.next())
            v.insert(q.value(0).toString(), quint64(q.value(1).toLongLong()));
    }
    q.finish();
    return v;
}

QList<Change> ChangeLog::changesAfter(const VersionVector& seen) const
{
    QList<Change> out;
    const VersionVector have = vector();
    QSqlQuery& q = m_db.statement(QStringLiteral("SELECT %1 FROM change_log WHERE site_id = ? AND hlc > ?")
                                      .arg(QLatin1String(kColumns)));
    for (auto it = have.begin(); it != have.end(); ++it) {
        const quint64 from = seen.value(it.key(), 0);
        if (from >= it.value())
            continue;
        q.bindValue(0, it.key());
        q.bindValue(1, qint64(from));
        if (q.exec()) {
            while (q.next())
                out << fromRow(q);
        }
        q.finish();
    }
    std::sort(out.begin(), out.end(), [](const Change& a, const Change& b) {
        return a.hlc != b.hlc ? a.hlc < b.hlc : a.siteId < b.siteId;
    });
    return out;
}

QList<HistoryEntry> ChangeLog::history(
    const QString& entity, const QString& recordId, const ValueFormatter& format) const
{
    QHash<QString, QString> userNames;
    auto nameOf = [&](const QString& userId) -> QString {
        if (userId.isEmpty())
            return QString();
        auto it = userNames.find(userId);
        if (it != userNames.end())
            return *it;
        QSqlQuery& q = m_db.statement(QStringLiteral("SELECT name FROM user WHERE id = ?"));
        q.bindValue(0, userId);
        QString name;
        if (q.exec() && q.next())
            name = q.value(0).toString();
        q.finish();
        userNames.insert(userId, name);
        return name;
    };

    QList<HistoryEntry> out;
    for (const Change& c : forRecord(entity, recordId)) {
        HistoryEntry h;
        h.when = QDateTime::fromMSecsSinceEpoch(Hlc::physicalMs(c.hlc), Qt::UTC);
        h.userId = c.userId;
        h.userName = nameOf(c.userId);
        h.op = c.op;
        if (c.op == ChangeOp::Create) {
            // One line per field the record was created with, in field-name order.
            const QJsonObject o = QJsonDocument::fromJson(c.value.toString().toUtf8()).object();
            if (o.isEmpty())
                out << h;
            for (auto it = o.begin(); it != o.end(); ++it) {
                if (it.key() == QLatin1String("created_at")
                    || it.key() == QLatin1String("created_by"))
                    continue; // the entry's own time and user say this
                HistoryEntry f = h;
                f.field = it.key();
                f.value = format(f.field, it.value().toVariant());
                out << f;
            }
            continue;
        }
        h.field = c.field;
        h.value = format(c.field, c.value);
        out << h;
    }
    return out;
}

RecordHeads ChangeLog::heads(const QString& entity, const QString& recordId) const
{
    return computeHeads(forRecord(entity, recordId));
}

quint64 ChangeLog::latestHlc() const
{
    return quint64(m_db.scalar(QStringLiteral("SELECT max(hlc) FROM change_log")).toLongLong());
}

qint64 ChangeLog::count() const
{
    return m_db.scalar(QStringLiteral("SELECT count(*) FROM change_log")).toLongLong();
}

} // namespace tandem
