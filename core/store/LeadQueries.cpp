#include "store/LeadQueries.h"

#include "store/Database.h"

#include <QSqlQuery>

namespace tandem {

Result<QList<TeamMemberLoad>> LeadQueries::teamMembers(Database& db, const QString& teamId)
{
    QSqlQuery& q = db.statement(QStringLiteral(
        "SELECT u.id, u.name, "
        " (SELECT max(l.created_at) FROM lead l WHERE l.owner_id = u.id AND l.deleted = 0), "
        " (SELECT count(*) FROM lead l WHERE l.owner_id = u.id AND l.deleted = 0 AND "
        "  coalesce(nullif(l.status, ''), 'new') IN ('new', 'contacted', 'qualified')), "
        " (SELECT count(*) FROM deal d WHERE d.owner_id = u.id AND d.deleted = 0 AND "
        "  coalesce(nullif(d.status, ''), 'open') = 'open') "
        "FROM \"user\" u WHERE u.team_id = ? AND u.deleted = 0 AND coalesce(u.active, 1) <> 0 "
        "ORDER BY u.name COLLATE NOCASE, u.id"));
    q.bindValue(0, teamId.trimmed().toLower());
    if (!q.exec())
        return sqlError(q);
    QList<TeamMemberLoad> out;
    while (q.next()) {
        TeamMemberLoad m;
        m.userId = q.value(0).toString();
        m.name = q.value(1).toString();
        m.lastLeadAt = q.value(2).toString();
        m.openLeads = q.value(3).toInt();
        m.openDeals = q.value(4).toInt();
        out << m;
    }
    q.finish();
    return out;
}

QString LeadQueries::untouchedCondition()
{
    return QStringLiteral(
        "(coalesce(l.status, '') NOT IN ('lost', 'converted') "
        " AND NOT EXISTS (SELECT 1 FROM activity a WHERE a.lead_id = l.id AND a.deleted = 0 "
        "  AND a.done = 1 AND a.kind IN ('call', 'meeting', 'email')))");
}

Result<QList<OverdueLeadRow>> LeadQueries::untouchedOverdue(
    Database& db, const QString& nowUtc, const QString& ownerId)
{
    // One fixed statement: the owner filter is a bound value, null or empty for everyone's leads.
    QSqlQuery& q = db.statement(
        QStringLiteral(
            "SELECT l.id, l.title, l.first_name, l.last_name, l.company_name, l.email, l.owner_id, "
            " u.name, l.first_contact_due, l.source "
            "FROM lead l LEFT JOIN \"user\" u ON u.id = l.owner_id "
            "WHERE l.deleted = 0 AND ")
        + untouchedCondition()
        + QStringLiteral(
            " AND l.first_contact_due IS NOT NULL AND l.first_contact_due <> '' "
            " AND l.first_contact_due < ? AND (coalesce(?, '') = '' OR l.owner_id = ?) "
            "ORDER BY l.first_contact_due, l.id"));
    const QString owner = ownerId.trimmed().toLower();
    q.bindValue(0, nowUtc);
    q.bindValue(1, owner);
    q.bindValue(2, owner);
    if (!q.exec())
        return sqlError(q);
    QList<OverdueLeadRow> out;
    while (q.next()) {
        OverdueLeadRow r;
        r.leadId = q.value(0).toString();
        r.title = q.value(1).toString();
        r.firstName = q.value(2).toString();
        r.lastName = q.value(3).toString();
        r.companyName = q.value(4).toString();
        r.email = q.value(5).toString();
        r.ownerId = q.value(6).toString();
        r.ownerName = q.value(7).toString();
        r.due = q.value(8).toString();
        r.source = q.value(9).toString();
        out << r;
    }
    q.finish();
    return out;
}

} // namespace tandem
