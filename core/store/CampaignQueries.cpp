#include "store/CampaignQueries.h"

#include "store/Database.h"
#include "store/LeadQueries.h"

#include <QSqlQuery>
#include <QVariant>

namespace tandem {

namespace {

QString untouchedCountText()
{
    return QStringLiteral("SELECT count(*) FROM lead l "
                          "WHERE l.deleted = 0 AND l.campaign_id = ? AND ")
        + LeadQueries::untouchedCondition();
}

} // namespace

Result<QList<CampaignResponseRow>> CampaignQueries::responses(
    Database& db, const QString& campaignId)
{
    QSqlQuery& q = db.statement(
        QStringLiteral("SELECT l.id, l.title, l.first_name, l.last_name, "
                       " coalesce(nullif(l.company_name, ''), co.name), l.company_id, "
                       " l.contact_id, l.email, l.phone, l.owner_id, u.name, l.created_at, "
                       " l.status, ")
        + LeadQueries::untouchedCondition()
        + QStringLiteral(" FROM lead l LEFT JOIN \"user\" u ON u.id = l.owner_id "
                         " LEFT JOIN company co ON co.id = l.company_id AND co.deleted = 0 "
                         "WHERE l.deleted = 0 AND l.campaign_id = ? "
                         "ORDER BY l.created_at DESC, l.id DESC"));
    q.bindValue(0, campaignId);
    if (!q.exec())
        return sqlError(q);
    QList<CampaignResponseRow> out;
    while (q.next()) {
        CampaignResponseRow r;
        r.leadId = q.value(0).toString();
        r.title = q.value(1).toString();
        r.firstName = q.value(2).toString();
        r.lastName = q.value(3).toString();
        r.companyName = q.value(4).toString();
        r.companyId = q.value(5).toString();
        r.contactId = q.value(6).toString();
        r.email = q.value(7).toString();
        r.phone = q.value(8).toString();
        r.ownerId = q.value(9).toString();
        r.ownerName = q.value(10).toString();
        r.createdAt = q.value(11).toString();
        r.status = q.value(12).toString();
        r.untouched = q.value(13).toBool();
        out << r;
    }
    q.finish();
    return out;
}

Result<int> CampaignQueries::untouchedCount(Database& db, const QString& campaignId)
{
    QSqlQuery& q = db.statement(untouchedCountText());
    q.bindValue(0, campaignId);
    if (!q.exec())
        return sqlError(q);
    const int n = q.next() ? q.value(0).toInt() : 0;
    q.finish();
    return n;
}

QByteArray CampaignQueries::untouchedCountSql()
{
    return untouchedCountText().toUtf8();
}

} // namespace tandem
