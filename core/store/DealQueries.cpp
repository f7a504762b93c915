#include "store/DealQueries.h"

#include "store/Database.h"

#include <QSqlQuery>
#include <QVariant>

namespace tandem {

namespace {

// Times are stored as ISO 8601 UTC text; julianday() reads them, 'Z' and milliseconds included.
// The playbook's few actions lead (CROSS JOIN keeps that order): only tasks a playbook made are
// read, through activity_playbook_action_id, not every open activity.
const char* const kOverdueTasks = R"SQL(
SELECT * FROM (
  SELECT a.id, a.subject, d.id, d.title, d.owner_id, s.name, u.name,
         coalesce(p.escalate_after_days, 0),
         (coalesce(p.hard_deadline, 0) = 1 AND coalesce(a.due_at, '') <> ''
           AND julianday(a.due_at) < julianday(?)) AS past_deadline,
         (coalesce(p.escalate_after_days, 0) > 0 AND p.stage_id = d.stage_id
           AND coalesce(d.stage_entered_at, '') <> ''
           AND julianday(d.stage_entered_at) + p.escalate_after_days < julianday(?))
           AS past_escalation
  FROM playbook_action p
  CROSS JOIN activity a ON a.playbook_action_id = p.id
  JOIN deal d ON d.id = a.deal_id
  LEFT JOIN stage s ON s.id = p.stage_id
  LEFT JOIN "user" u ON u.id = d.owner_id
  WHERE d.deleted = 0 AND coalesce(d.status, 'open') = 'open'
    AND a.deleted = 0 AND a.kind = 'task' AND coalesce(a.done, 0) = 0 AND p.deleted = 0
)
WHERE past_deadline OR past_escalation
ORDER BY 3, 1
)SQL";

const char* const kStalledDeals = R"SQL(
SELECT d.id, d.title, d.owner_id, s.id, s.name, s.stall_days, u.name
FROM deal d
JOIN stage s ON s.id = d.stage_id
LEFT JOIN "user" u ON u.id = d.owner_id
WHERE d.deleted = 0 AND coalesce(d.status, 'open') = 'open' AND s.deleted = 0
  AND coalesce(s.stall_days, 0) > 0 AND coalesce(d.stage_entered_at, '') <> ''
  AND julianday(d.stage_entered_at) + s.stall_days < julianday(?)
ORDER BY d.id
)SQL";

QString isoOf(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

Result<QList<OverduePlaybookTask>> DealQueries::overduePlaybookTasks(
    const Database& db, const QDateTime& now)
{
    QSqlQuery& q = db.statement(QString::fromLatin1(kOverdueTasks));
    q.bindValue(0, isoOf(now));
    q.bindValue(1, isoOf(now));
    if (!q.exec())
        return sqlError(q);
    QList<OverduePlaybookTask> out;
    while (q.next()) {
        OverduePlaybookTask t;
        t.taskId = q.value(0).toString();
        t.subject = q.value(1).toString();
        t.dealId = q.value(2).toString();
        t.dealTitle = q.value(3).toString();
        t.ownerId = q.value(4).toString();
        t.stageName = q.value(5).toString();
        t.ownerName = q.value(6).toString();
        t.escalateAfterDays = q.value(7).toInt();
        t.pastDeadline = q.value(8).toLongLong() != 0;
        t.pastEscalation = q.value(9).toLongLong() != 0;
        out << t;
    }
    q.finish();
    return out;
}

Result<QList<StalledDeal>> DealQueries::stalledDeals(const Database& db, const QDateTime& now)
{
    QSqlQuery& q = db.statement(QString::fromLatin1(kStalledDeals));
    q.bindValue(0, isoOf(now));
    if (!q.exec())
        return sqlError(q);
    QList<StalledDeal> out;
    while (q.next()) {
        StalledDeal d;
        d.dealId = q.value(0).toString();
        d.dealTitle = q.value(1).toString();
        d.ownerId = q.value(2).toString();
        d.stageId = q.value(3).toString();
        d.stageName = q.value(4).toString();
        d.stallDays = q.value(5).toInt();
        d.ownerName = q.value(6).toString();
        out << d;
    }
    q.finish();
    return out;
}

QByteArray DealQueries::stalledDealsSql()
{
    return QByteArray(kStalledDeals);
}

} // namespace tandem
