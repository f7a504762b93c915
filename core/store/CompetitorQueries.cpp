#include "store/CompetitorQueries.h"

#include "store/Database.h"

#include <QSqlQuery>
#include <QVariant>

namespace tandem {

namespace {

const char* const kLostDeals = R"SQL(
SELECT d.id, coalesce(d.title, ''), coalesce(d.company_id, ''), coalesce(c.name, ''),
       coalesce(d.owner_id, ''), coalesce(u.name, ''), coalesce(s.name, ''), d.amount,
       coalesce(nullif(d.currency, ''), ?), coalesce(d.lost_at, ''),
       trim(coalesce(d.lost_reason, ''))
FROM deal d
LEFT JOIN company c ON c.id = d.company_id
LEFT JOIN "user" u ON u.id = d.owner_id
LEFT JOIN stage s ON s.id = d.stage_id
WHERE d.competitor_id = ? AND d.deleted = 0 AND d.status = 'lost'
ORDER BY coalesce(d.lost_at, '') = '', julianday(d.lost_at) DESC, d.id DESC
)SQL";

const char* const kLosses = R"SQL(
SELECT c.id, coalesce(c.name, ''), coalesce(c.website, ''), count(d.id), max(d.lost_at)
FROM competitor c
LEFT JOIN deal d ON d.competitor_id = c.id AND d.deleted = 0 AND d.status = 'lost'
WHERE c.deleted = 0
GROUP BY c.id
ORDER BY count(d.id) DESC, lower(c.name), c.id
)SQL";

QDateTime timeOf(const QVariant& stored)
{
    QDateTime t = QDateTime::fromString(stored.toString(), Qt::ISODateWithMs);
    if (t.isValid())
        t = t.toUTC();
    return t;
}

} // namespace

Result<QList<LostDeal>> CompetitorQueries::lostDeals(
    const Database& db, const QString& competitorId, const QString& defaultCurrency)
{
    QSqlQuery& q = db.statement(QString::fromLatin1(kLostDeals));
    q.bindValue(0, defaultCurrency);
    q.bindValue(1, competitorId);
    if (!q.exec())
        return sqlError(q);
    QList<LostDeal> out;
    while (q.next()) {
        LostDeal d;
        d.dealId = q.value(0).toString();
        d.title = q.value(1).toString();
        d.companyId = q.value(2).toString();
        d.companyName = q.value(3).toString();
        d.ownerId = q.value(4).toString();
        d.ownerName = q.value(5).toString();
        d.stageName = q.value(6).toString();
        if (!q.value(7).isNull())
            d.amount = q.value(7).toLongLong();
        d.currency = q.value(8).toString();
        d.lostAt = timeOf(q.value(9));
        d.lostReason = q.value(10).toString();
        out << d;
    }
    q.finish();
    return out;
}

Result<QList<CompetitorLosses>> CompetitorQueries::losses(const Database& db)
{
    QSqlQuery& q = db.statement(QString::fromLatin1(kLosses));
    if (!q.exec())
        return sqlError(q);
    QList<CompetitorLosses> out;
    while (q.next()) {
        CompetitorLosses c;
        c.competitorId = q.value(0).toString();
        c.name = q.value(1).toString();
        c.website = q.value(2).toString();
        c.lostDeals = q.value(3).toInt();
        c.lastLostAt = timeOf(q.value(4));
        out << c;
    }
    q.finish();
    return out;
}

} // namespace tandem
