#include "store/TaskQueries.h"

#include "store/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace tandem {

namespace {

// The task's columns and the names of what it links to; `a` is the activity.
const char* const kColumns
    = "SELECT a.id, a.subject, a.due_at, a.all_day, a.done, a.done_at, a.priority, a.owner_id, "
      " u.name, a.contact_id, trim(coalesce(c.first_name, '') || ' ' || coalesce(c.last_name, "
      "'')), "
      " a.company_id, co.name, a.deal_id, d.title, a.lead_id, l.title, a.rrule, a.time_zone, "
      " a.playbook_action_id "
      "FROM activity a "
      "LEFT JOIN \"user\" u ON u.id = a.owner_id "
      "LEFT JOIN contact c ON c.id = a.contact_id "
      "LEFT JOIN company co ON co.id = a.company_id "
      "LEFT JOIN deal d ON d.id = a.deal_id "
      "LEFT JOIN lead l ON l.id = a.lead_id ";

QString sql(const char* tail)
{
    return QLatin1String(kColumns) + QLatin1String(tail);
}

TaskRow rowOf(const QSqlQuery& q)
{
    TaskRow r;
    r.id = q.value(0).toString();
    r.subject = q.value(1).toString();
    r.dueAt = q.value(2).toString();
    r.allDay = q.value(3).toInt() != 0;
    r.done = q.value(4).toInt() != 0;
    r.doneAt = q.value(5).toString();
    r.priority = q.value(6).toString();
    r.ownerId = q.value(7).toString();
    r.ownerName = q.value(8).toString();
    r.contactId = q.value(9).toString();
    r.contactName = q.value(10).toString();
    r.companyId = q.value(11).toString();
    r.companyName = q.value(12).toString();
    r.dealId = q.value(13).toString();
    r.dealTitle = q.value(14).toString();
    r.leadId = q.value(15).toString();
    r.leadTitle = q.value(16).toString();
    r.rrule = q.value(17).toString();
    r.timeZone = q.value(18).toString();
    r.playbookActionId = q.value(19).toString();
    return r;
}

// Two index ranges on activity_owner_due (owner, due_at): due before the end, and no due date.
QString openOfOwnerText()
{
    return sql("WHERE a.owner_id = ? AND a.due_at < ? AND a.kind = 'task' AND a.deleted = 0 "
               " AND coalesce(a.done, 0) = 0 "
               "UNION ALL ")
        + sql("WHERE a.owner_id = ? AND a.due_at IS NULL AND a.kind = 'task' AND a.deleted = 0 "
              " AND coalesce(a.done, 0) = 0");
}

const char* const kTeamMembers
    = "SELECT u.id FROM \"user\" u WHERE u.deleted = 0 AND (u.manager_id = ? OR u.team_id IN "
      " (SELECT t.id FROM team t WHERE t.deleted = 0 AND (t.manager_id = ? OR t.id = ?))) "
      "ORDER BY u.name COLLATE NOCASE, u.id";

Result<QList<TaskRow>> readAll(QSqlQuery& q)
{
    if (!q.exec())
        return sqlError(q);
    QList<TaskRow> out;
    while (q.next())
        out << rowOf(q);
    q.finish();
    return out;
}

} // namespace

Result<QList<TaskRow>> TaskQueries::openOfOwner(
    Database& db, const QString& ownerId, const QString& dueBefore)
{
    QSqlQuery& q = db.statement(openOfOwnerText());
    const QString owner = ownerId.trimmed().toLower();
    q.bindValue(0, owner);
    q.bindValue(1, dueBefore);
    q.bindValue(2, owner);
    return readAll(q);
}

Result<QStringList> TaskQueries::teamMemberIds(Database& db, const QString& managerOrTeamId)
{
    QSqlQuery& q = db.statement(QString::fromLatin1(kTeamMembers));
    const QString id = managerOrTeamId.trimmed().toLower();
    for (int i = 0; i < 3; ++i)
        q.bindValue(i, id);
    return firstColumn(q);
}

Result<QList<TaskRow>> TaskQueries::ofOwners(
    Database& db, const QStringList& ownerIds, bool done, int limit)
{
    QJsonArray owners;
    for (const QString& id : ownerIds)
        owners.append(id.trimmed().toLower());
    QSqlQuery& q = db.statement(
        sql("WHERE a.owner_id IN (SELECT value FROM json_each(?)) AND a.kind = 'task' "
            " AND a.deleted = 0 AND coalesce(a.done, 0) = ? "
            "ORDER BY "
            " CASE WHEN ? THEN '' ELSE coalesce(nullif(a.due_at, ''), '~') END, "
            " CASE WHEN ? THEN coalesce(a.done_at, '') ELSE '' END DESC, "
            " CASE a.priority WHEN 'high' THEN 0 WHEN 'low' THEN 2 ELSE 1 END, "
            " a.subject COLLATE NOCASE, a.id "
            "LIMIT ?"));
    q.bindValue(0, QString::fromUtf8(QJsonDocument(owners).toJson(QJsonDocument::Compact)));
    q.bindValue(1, done ? 1 : 0);
    q.bindValue(2, done ? 1 : 0);
    q.bindValue(3, done ? 1 : 0);
    q.bindValue(4, limit);
    return readAll(q);
}

QByteArray TaskQueries::openOfOwnerSql()
{
    return openOfOwnerText().toUtf8();
}

QByteArray TaskQueries::teamMemberIdsSql()
{
    return QByteArray(kTeamMembers);
}

} // namespace tandem
