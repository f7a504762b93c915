#include "store/SyncState.h"

#include "store/Database.h"
#include "sync/Hlc.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace tandem {

namespace {

quint64 tokenHlc(const QString& token)
{
    return token.section(QLatin1Char('@'), 0, 0).toULongLong(nullptr, 16);
}

QString tokenSite(const QString& token)
{
    return token.section(QLatin1Char('@'), 1);
}

QString vectorText(const VersionVector& v)
{
    return QString::fromUtf8(QJsonDocument(vectorToJson(v)).toJson(QJsonDocument::Compact));
}

VersionVector vectorOf(const QVariant& text)
{
    return vectorFromJson(QJsonDocument::fromJson(text.toString().toUtf8()).object());
}

} // namespace

SyncState::SyncState(Database& db)
    : m_db(db)
{
}

Result<void> SyncState::replaceConflicts(const QString& entity, const QString& recordId,
                                         const QList<Conflict>& conflicts, const QString& detectedAt)
{
    QSqlQuery& del = m_db.statement(QStringLiteral("DELETE FROM conflict WHERE entity = ? AND record_id = ?"));
    del.bindValue(0, entity);
    del.bindValue(1, recordId);
    if (!del.exec())
        return sqlError(del);
    QSqlQuery& ins = m_db.statement(QStringLiteral(
        "INSERT OR REPLACE INTO conflict(id, entity, record_id, field, kept_value, kept_hlc, kept_site, kept_user, "
        "other_value, other_hlc, other_site, other_user, detected_at, kept_is_delete) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    for (const Conflict& c : conflicts) {
        const QVariantList binds { c.id, c.entity, c.recordId, c.field.isEmpty() ? QStringLiteral("") : c.field, c.keptValue, qint64(tokenHlc(c.keptToken)),
                                   tokenSite(c.keptToken), c.keptUser, c.otherValue, qint64(tokenHlc(c.otherToken)),
                                   tokenSite(c.otherToken), c.otherUser, detectedAt, qint64(c.keptIsDelete ? 1 : 0) };
        for (int i = 0; i < binds.size(); ++i)
            ins.bindValue(i, binds.at(i));
        if (!ins.exec())
            return sqlError(ins);
    }
    return {};
}

QList<Conflict> SyncState::conflicts() const
{
    QSqlQuery& q = m_db.statement(QStringLiteral(
        "SELECT id, entity, record_id, field, kept_value, kept_hlc, kept_site, kept_user, other_value, other_hlc, "
        "other_site, other_user, kept_is_delete FROM conflict ORDER BY entity, record_id, field, other_hlc, other_site"));
    QList<Conflict> out;
    if (q.exec()) {
        while (q.next()) {
            Conflict c;
            c.id = q.value(0).toString();
            c.entity = q.value(1).toString();
            c.recordId = q.value(2).toString();
            c.field = q.value(3).toString();
            c.keptValue = q.value(4);
            c.keptToken = clockToken(quint64(q.value(5).toLongLong()), q.value(6).toString());
            c.keptUser = q.value(7).toString();
            c.otherValue = q.value(8);
            c.otherToken = clockToken(quint64(q.value(9).toLongLong()), q.value(10).toString());
            c.otherUser = q.value(11).toString();
            c.keptIsDelete = q.value(12).toLongLong() != 0;
            out << c;
        }
    }
    q.finish();
    return out;
}

std::optional<Conflict> SyncState::conflict(const QString& id) const
{
    for (const Conflict& c : conflicts()) {
        if (c.id == id)
            return c;
    }
    return std::nullopt;
}

Result<void> SyncState::recordSent(const QString& siteId, const VersionVector& vector, const QString& at)
{
    QSqlQuery& q = m_db.statement(QStringLiteral(
        "INSERT INTO sync_peer(site_id, last_sent_at, sent_vector) VALUES(?, ?, ?) "
        "ON CONFLICT(site_id) DO UPDATE SET last_sent_at = excluded.last_sent_at, sent_vector = excluded.sent_vector"));
    q.bindValue(0, siteId);
    q.bindValue(1, at);
    q.bindValue(2, vectorText(vector));
    if (!q.exec())
        return sqlError(q);
    return {};
}

Result<void> SyncState::recordReceived(
    const QString& siteId, const VersionVector& vector, const QString& at, const SyncScope& scope)
{
    QSqlQuery& q = m_db.statement(QStringLiteral(
        "INSERT INTO sync_peer(site_id, last_received_at, received_vector, scope) "
        "VALUES(?, ?, ?, ?) "
        "ON CONFLICT(site_id) DO UPDATE SET last_received_at = excluded.last_received_at, "
        "received_vector = excluded.received_vector, scope = excluded.scope"));
    q.bindValue(0, siteId);
    q.bindValue(1, at);
    q.bindValue(2, vectorText(vector));
    q.bindValue(3, scope.isAll() ? QVariant() : QVariant(scope.toText()));
    if (!q.exec())
        return sqlError(q);
    return {};
}

QList<PeerStatus> SyncState::peers() const
{
    QSqlQuery& q
        = m_db.statement(QStringLiteral("SELECT site_id, last_sent_at, last_received_at, "
                                        "sent_vector, received_vector, scope FROM sync_peer "
                                        "ORDER BY site_id"));
    QList<PeerStatus> out;
    if (q.exec()) {
        while (q.next())
            out << PeerStatus { q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                vectorOf(q.value(3)), vectorOf(q.value(4)),
                SyncScope::fromText(q.value(5).toString()) };
    }
    q.finish();
    return out;
}

std::optional<PeerStatus> SyncState::peer(const QString& siteId) const
{
    for (const PeerStatus& p : peers()) {
        if (p.siteId == siteId)
            return p;
    }
    return std::nullopt;
}

} // namespace tandem
