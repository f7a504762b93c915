#include "store/CalendarQueries.h"

#include "store/Database.h"

#include <QDateTime>
#include <QSqlQuery>

namespace tandem {

namespace {

const QString kColumns = QStringLiteral(
    "a.id, a.kind, a.subject, a.owner_id, u.calendar_visibility, a.location, a.starts_at, "
    "a.ends_at, a.due_at, a.all_day, a.done, a.rrule, a.exdates, a.time_zone, "
    "a.reminder_minutes, a.priority, a.visibility, a.contact_id, a.company_id, a.deal_id, "
    "a.lead_id");

CalendarRow rowOf(const QSqlQuery& q)
{
    CalendarRow r;
    r.id = q.value(0).toString();
    r.kind = q.value(1).toString();
    r.subject = q.value(2).toString();
    r.ownerId = q.value(3).toString();
    r.ownerVisibility = q.value(4).toString();
    r.location = q.value(5).toString();
    r.startsAt = q.value(6).toString();
    r.endsAt = q.value(7).toString();
    r.dueAt = q.value(8).toString();
    r.allDay = q.value(9).toInt() != 0;
    r.done = q.value(10).toInt() != 0;
    r.rrule = q.value(11).toString();
    r.exdates = q.value(12).toString();
    r.timeZone = q.value(13).toString();
    r.reminderMinutes = q.value(14).isNull() ? -1 : q.value(14).toInt();
    r.priority = q.value(15).toString();
    r.visibility = q.value(16).toString();
    r.contactId = q.value(17).toString();
    r.companyId = q.value(18).toString();
    r.dealId = q.value(19).toString();
    r.leadId = q.value(20).toString();
    return r;
}

Result<QList<CalendarRow>> run(QSqlQuery& q, const QString& participantUserId = {})
{
    if (!q.exec())
        return sqlError(q);
    QList<CalendarRow> out;
    while (q.next()) {
        CalendarRow r = rowOf(q);
        r.participantUserId = participantUserId;
        out << r;
    }
    q.finish();
    return out;
}

QString earliestStart(const CalendarRange& range)
{
    const QDateTime from = QDateTime::fromString(range.from, Qt::ISODateWithMs);
    return from.addDays(-range.longestEventDays).toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

Result<QList<CalendarRow>> CalendarQueries::single(
    Database& db, const QString& ownerId, const CalendarRange& range)
{
    // Two index range reads: events by (owner, start), tasks and start-less items by (owner, due).
    // An event [start, end) overlaps [from, to) when start < to and end > from; an event without
    // an end is a moment, shown when it falls in the range.
    const QString owner
        = ownerId.isEmpty() ? QStringLiteral("1") : QStringLiteral("a.owner_id = ?");
    QSqlQuery& events = db.statement(QStringLiteral("SELECT ") + kColumns
        + QStringLiteral(" FROM activity a LEFT JOIN \"user\" u ON u.id = a.owner_id "
                         "WHERE ")
        + owner
        + QStringLiteral(
            " AND a.deleted = 0 AND a.starts_at >= ? AND a.starts_at < ? "
            " AND coalesce(a.rrule, '') = '' AND coalesce(a.kind, '') <> 'task' "
            " AND (a.starts_at >= ? OR coalesce(nullif(a.ends_at, ''), a.starts_at) > ?)"));
    int i = 0;
    if (!ownerId.isEmpty())
        events.bindValue(i++, ownerId);
    events.bindValue(i++, earliestStart(range));
    events.bindValue(i++, range.to);
    events.bindValue(i++, range.from);
    events.bindValue(i++, range.from);
    auto out = run(events);
    if (!out)
        return out;

    QSqlQuery& dated = db.statement(QStringLiteral("SELECT ") + kColumns
        + QStringLiteral(" FROM activity a LEFT JOIN \"user\" u ON u.id = a.owner_id "
                         "WHERE ")
        + owner
        + QStringLiteral(" AND a.deleted = 0 AND a.due_at >= ? AND a.due_at < ? "
                         " AND coalesce(a.rrule, '') = '' "
                         " AND (coalesce(a.kind, '') = 'task' OR coalesce(a.starts_at, '') = '')"));
    i = 0;
    if (!ownerId.isEmpty())
        dated.bindValue(i++, ownerId);
    dated.bindValue(i++, range.from);
    dated.bindValue(i++, range.to);
    auto tasks = run(dated);
    if (!tasks)
        return tasks;
    QList<CalendarRow> all = std::move(out).value();
    all += tasks.value();
    return all;
}

Result<QList<CalendarRow>> CalendarQueries::series(
    Database& db, const QString& ownerId, const QString& before)
{
    const QString owner
        = ownerId.isEmpty() ? QStringLiteral("1") : QStringLiteral("a.owner_id = ?");
    QSqlQuery& q = db.statement(QStringLiteral("SELECT ") + kColumns
        + QStringLiteral(" FROM activity a LEFT JOIN \"user\" u ON u.id = a.owner_id "
                         "WHERE ")
        + owner
        + QStringLiteral(" AND a.deleted = 0 AND coalesce(a.rrule, '') <> '' "
                         " AND coalesce(nullif(a.starts_at, ''), a.due_at) < ?"));
    int i = 0;
    if (!ownerId.isEmpty())
        q.bindValue(i++, ownerId);
    q.bindValue(i++, before);
    return run(q);
}

Result<QList<CalendarRow>> CalendarQueries::asParticipant(
    Database& db, const QString& userId, const CalendarRange& range)
{
    QSqlQuery& q = db.statement(QStringLiteral("SELECT ") + kColumns
        + QStringLiteral(
            " FROM participant p JOIN activity a ON a.id = p.activity_id "
            " LEFT JOIN \"user\" u ON u.id = a.owner_id "
            "WHERE p.user_id = ? AND p.deleted = 0 AND a.deleted = 0 "
            " AND coalesce(a.owner_id, '') <> p.user_id AND coalesce(p.response, '') <> 'declined' "
            " AND coalesce(nullif(a.starts_at, ''), a.due_at) < ? "
            " AND (coalesce(a.rrule, '') <> '' OR coalesce(nullif(a.starts_at, ''), a.due_at) >= "
            "?)"));
    q.bindValue(0, userId);
    q.bindValue(1, range.to);
    q.bindValue(2, earliestStart(range));
    return run(q, userId);
}

} // namespace tandem
