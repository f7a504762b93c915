// The SQL behind the team-activity report (see TeamActivityQueries.h for the columns).
#include "reports/TeamActivityQueries.h"

#include "store/Session.h"
#include "util/StoredTime.h"

#include <QDateTime>
#include <QTimeZone>

namespace tandem {

namespace {

// The calls, meetings and e-mails marked done whose time falls in the period, owned by a rep the
// filters keep: the CTE "acts" (id, owner, kind, at, company). Their time is the start, or when
// they were marked done if they have no start. The company is the activity's own, else its
// contact's, else its deal's. `+done_at` keeps the planner on the start-time indexes.
QString actsCte(const ReportParams& p, QVariantList& binds)
{
    const QString select = QStringLiteral(R"SQL(
        SELECT a.id, a.owner_id AS owner, a.kind, %1 AS at,
            coalesce(a.company_id,
                (SELECT c.company_id FROM contact c WHERE c.id = a.contact_id),
                (SELECT d.company_id FROM deal d WHERE d.id = a.deal_id)) AS company
        FROM activity a
        WHERE a.deleted = 0 AND a.kind IN ('call', 'meeting', 'email')
            AND coalesce(a.done, 0) <> 0 AND a.owner_id IN (SELECT id FROM "user")
            AND %2)SQL");
    binds << p.fromStored() << p.toStoredExclusive();
    QString sql = QStringLiteral("acts AS (")
        + select.arg(
            QStringLiteral("a.starts_at"), QStringLiteral("a.starts_at >= ? AND a.starts_at < ?"))
        + ReportSql::ownerFilter(p, QStringLiteral("a.owner_id"), binds);
    binds << p.fromStored() << p.toStoredExclusive();
    sql += QStringLiteral(" UNION ALL ")
        + select.arg(QStringLiteral("a.done_at"),
            QStringLiteral("a.starts_at IS NULL AND +a.done_at >= ? AND +a.done_at < ?"))
        + ReportSql::ownerFilter(p, QStringLiteral("a.owner_id"), binds) + QLatin1Char(')');
    return sql;
}

// The calls, meetings and e-mails of a group of `kind`, `id` rows, counted and listed by kind.
const char* const kByKind = R"SQL(sum(kind = 'call') AS calls,
    group_concat(CASE WHEN kind = 'call' THEN id END) AS call_ids,
    sum(kind = 'meeting') AS meetings,
    group_concat(CASE WHEN kind = 'meeting' THEN id END) AS meeting_ids,
    sum(kind = 'email') AS emails,
    group_concat(CASE WHEN kind = 'email' THEN id END) AS email_ids)SQL";

// Per rep and company: the calls, meetings and e-mails marked done in the period (as in
// actsCte), read in the order of activity_done_owner so that no sort is needed. `direct`: those
// with a company of their own; otherwise (a handful) the company is their contact's or deal's.
QString pairsByCompany(const ReportParams& p, bool direct, QVariantList& binds)
{
    const QString select = QStringLiteral(R"SQL(
        SELECT owner, company,
            %4
        FROM (SELECT a.owner_id AS owner, %1 AS company, a.kind, a.id
            FROM activity a INDEXED BY activity_done_owner
            WHERE a.deleted = 0 AND coalesce(a.done, 0) <> 0
                AND a.kind IN ('call', 'meeting', 'email')
                AND a.owner_id IN (SELECT id FROM "user") AND a.company_id IS %2
                AND (a.starts_at >= ? AND a.starts_at < ?
                    OR a.starts_at IS NULL AND a.done_at >= ? AND a.done_at < ?) %3)
        GROUP BY owner, company)SQL");
    binds << p.fromStored() << p.toStoredExclusive() << p.fromStored() << p.toStoredExclusive();
    const QString filter = ReportSql::ownerFilter(p, QStringLiteral("a.owner_id"), binds);
    const QString byKind = QString::fromLatin1(kByKind);
    return direct
        ? select.arg(QStringLiteral("a.company_id"), QStringLiteral("NOT NULL"), filter, byKind)
        : select.arg(QStringLiteral(R"SQL(coalesce(
                        (SELECT c.company_id FROM contact c WHERE c.id = a.contact_id),
                        (SELECT d.company_id FROM deal d WHERE d.id = a.deal_id)))SQL"),
            QStringLiteral("NULL"), filter, byKind);
}

} // namespace

namespace TeamActivityQueries {

// Per rep and in total: the activities by kind, their rate per week and the live companies
// they reached. Here and below, the totals row has no ids: it drills to the rows above it
// (ReportTable::drillIds), which spares copying a year's activities once more. A (rep, company)
// pair can appear twice (once direct, once through a contact); the sums and the distinct companies
// do not mind.
Result<ReportSql::Rows> activities(Session& session, const ReportParams& p)
{
    QVariantList binds;
    const QString direct = pairsByCompany(p, true, binds);
    const QString indirect = pairsByCompany(p, false, binds);
    const double weeks = (p.from.daysTo(p.to) + 1) / 7.0;
    binds << weeks << weeks;
    const QString live = QStringLiteral(
        "SELECT owner, CASE WHEN EXISTS (SELECT 1 FROM company c WHERE c.id = company "
        "AND c.deleted = 0) THEN company END AS company, calls, call_ids, meetings, "
        "meeting_ids, emails, email_ids FROM ");
    const QString sql = QStringLiteral("WITH direct AS MATERIALIZED (") + direct
        + QStringLiteral("), indirect AS MATERIALIZED (") + indirect
        + QStringLiteral("), pairs AS MATERIALIZED (") + live + QStringLiteral("direct UNION ALL ")
        + live + QStringLiteral("indirect)") + QStringLiteral(R"SQL(,
        per_rep AS MATERIALIZED (
            SELECT owner, sum(calls) AS calls, group_concat(call_ids) AS call_ids,
                sum(meetings) AS meetings, group_concat(meeting_ids) AS meeting_ids,
                sum(emails) AS emails, group_concat(email_ids) AS email_ids,
                count(DISTINCT company) AS companies,
                group_concat(DISTINCT company) AS company_ids
            FROM pairs GROUP BY owner)
        SELECT owner, calls, call_ids, meetings, meeting_ids, emails, email_ids,
            (calls + meetings + emails) / ?, companies, company_ids
        FROM per_rep
        UNION ALL
        SELECT NULL, coalesce(sum(calls), 0), NULL,
            coalesce(sum(meetings), 0), NULL, coalesce(sum(emails), 0),
            NULL, coalesce(sum(calls + meetings + emails), 0) / ?,
            (SELECT count(DISTINCT company) FROM pairs),
            NULL
        FROM per_rep)SQL");
    return ReportSql::rows(session.database(), sql, binds);
}

// Tasks due in the period: done by their deadline (state 1), done after it (2), or still open
// after it has passed, as of the start of today (3). An all-day task's deadline is the end of
// its due day; a task marked done without a time counts as on time. Read from the index alone.
Result<ReportSql::Rows> dueTasks(Session& session, const ReportParams& p)
{
    QVariantList binds { p.fromStored(), p.toStoredExclusive() };
    const QString filter = ReportSql::ownerFilter(p, QStringLiteral("a.owner_id"), binds);
    binds << StoredTime::format(QDateTime(p.today, QTime(0, 0), QTimeZone::utc()));
    const QString sql = QStringLiteral(R"SQL(
        WITH due AS (
            SELECT a.id, a.owner_id AS owner, coalesce(a.done, 0) <> 0 AS done, a.done_at,
                CASE WHEN coalesce(a.all_day, 0) <> 0
                    THEN strftime('%Y-%m-%dT%H:%M:%fZ', a.due_at, '+1 day')
                    ELSE a.due_at END AS deadline
            FROM activity a INDEXED BY activity_task_due
            WHERE a.deleted = 0 AND a.kind = 'task' AND a.owner_id IN (SELECT id FROM "user")
                AND a.due_at >= ? AND a.due_at < ? %1),
        judged AS (
            SELECT id, owner, CASE
                WHEN done THEN CASE WHEN done_at IS NULL OR done_at <= deadline THEN 1 ELSE 2 END
                WHEN deadline < ? THEN 3 END AS state
            FROM due),
        per_rep AS MATERIALIZED (
            SELECT owner, count(CASE WHEN state = 1 THEN 1 END) AS on_time,
                group_concat(CASE WHEN state = 1 THEN id END) AS on_time_ids,
                count(CASE WHEN state = 2 THEN 1 END) AS late,
                group_concat(CASE WHEN state = 2 THEN id END) AS late_ids,
                count(CASE WHEN state = 3 THEN 1 END) AS overdue,
                group_concat(CASE WHEN state = 3 THEN id END) AS overdue_ids,
                group_concat(CASE WHEN state IS NOT NULL THEN id END) AS judged_ids
            FROM judged GROUP BY owner)
        SELECT owner, on_time, on_time_ids, late, late_ids, overdue, overdue_ids,
            100.0 * on_time / nullif(on_time + late + overdue, 0), judged_ids
        FROM per_rep
        UNION ALL
        SELECT NULL, coalesce(sum(on_time), 0), NULL,
            coalesce(sum(late), 0), NULL, coalesce(sum(overdue), 0),
            NULL,
            100.0 * sum(on_time) / nullif(sum(on_time + late + overdue), 0),
            NULL
        FROM per_rep)SQL")
                            .arg(filter);
    return ReportSql::rows(session.database(), sql, binds);
}

// Tasks marked done in the period: days from creating each to marking it done. Tasks recorded
// after they were done (imported history) have no such time and are left out. Read from the
// index of done tasks alone.
Result<ReportSql::Rows> finishedTasks(Session& session, const ReportParams& p)
{
    QVariantList binds { p.fromStored(), p.toStoredExclusive() };
    const QString filter = ReportSql::ownerFilter(p, QStringLiteral("a.owner_id"), binds);
    const QString sql = QStringLiteral(R"SQL(
        WITH finished AS (
            SELECT a.id, a.owner_id AS owner,
                julianday(a.done_at) - julianday(a.created_at) AS days
            FROM activity a INDEXED BY activity_task_done
            WHERE a.deleted = 0 AND a.kind = 'task' AND coalesce(a.done, 0) <> 0
                AND +a.owner_id IN (SELECT id FROM "user") AND a.done_at >= ?
                AND a.done_at < ? AND a.done_at >= a.created_at %1),
        per_rep AS MATERIALIZED (
            SELECT owner, sum(days) AS days, count(*) AS tasks, group_concat(id) AS ids
            FROM finished GROUP BY owner)
        SELECT owner, days / tasks, ids FROM per_rep
        UNION ALL
        SELECT NULL, sum(days) / sum(tasks), NULL FROM per_rep)SQL")
                            .arg(filter);
    return ReportSql::rows(session.database(), sql, binds);
}

Result<ReportSql::Rows> cases(Session& session, const ReportParams& p)
{
    QVariantList binds { p.fromStored(), p.toStoredExclusive() };
    const QString filter = ReportSql::ownerFilter(p, QStringLiteral("s.owner_id"), binds);
    const QString sql = QStringLiteral(R"SQL(
        WITH resolved AS (
            SELECT s.id, s.owner_id AS owner,
                CASE WHEN s.satisfaction BETWEEN 1 AND 5 THEN s.satisfaction END AS score
            FROM service_case s INDEXED BY service_case_resolved
            WHERE s.deleted = 0 AND s.resolved_at IS NOT NULL AND s.resolved_at >= ?
                AND s.resolved_at < ? AND s.owner_id IN (SELECT id FROM "user") %1)
        SELECT owner, count(*), group_concat(id), avg(score),
            group_concat(CASE WHEN score IS NOT NULL THEN id END)
        FROM resolved GROUP BY owner
        UNION ALL
        SELECT NULL, count(*), NULL, avg(score), NULL FROM resolved)SQL")
                            .arg(filter);
    return ReportSql::rows(session.database(), sql, binds);
}

// Leads registered in the period, per owner: the share first contacted (a call, meeting or
// e-mail linked to the lead and marked done) within 1, 7 and 30 days of being registered.
Result<ReportSql::Rows> leads(Session& session, const ReportParams& p)
{
    QVariantList binds { p.fromStored(), p.toStoredExclusive() };
    const QString filter = ReportSql::ownerFilter(p, QStringLiteral("l.owner_id"), binds);
    const QString sql = QStringLiteral(R"SQL(
        WITH leads AS (
            SELECT l.id, l.owner_id AS owner, l.created_at,
                (SELECT min(coalesce(a.starts_at, a.done_at)) FROM activity a
                    WHERE a.lead_id = l.id AND a.deleted = 0
                        AND a.kind IN ('call', 'meeting', 'email')
                        AND coalesce(a.done, 0) <> 0) AS first_contact
            FROM lead l
            WHERE l.deleted = 0 AND l.owner_id IN (SELECT id FROM "user")
                AND l.created_at >= ? AND l.created_at < ? %1),
        reached AS (
            SELECT id, owner,
                coalesce(first_contact
                    <= strftime('%Y-%m-%dT%H:%M:%fZ', created_at, '+1 day'), 0) AS d1,
                coalesce(first_contact
                    <= strftime('%Y-%m-%dT%H:%M:%fZ', created_at, '+7 days'), 0) AS d7,
                coalesce(first_contact
                    <= strftime('%Y-%m-%dT%H:%M:%fZ', created_at, '+30 days'), 0) AS d30
            FROM leads),
        per_rep AS MATERIALIZED (
            SELECT owner, count(*) AS leads, group_concat(id) AS ids,
                sum(d1) AS d1, group_concat(CASE WHEN d1 THEN id END) AS d1_ids,
                sum(d7) AS d7, group_concat(CASE WHEN d7 THEN id END) AS d7_ids,
                sum(d30) AS d30, group_concat(CASE WHEN d30 THEN id END) AS d30_ids
            FROM reached GROUP BY owner)
        SELECT owner, leads, ids, 100.0 * d1 / leads, d1_ids, 100.0 * d7 / leads, d7_ids,
            100.0 * d30 / leads, d30_ids
        FROM per_rep
        UNION ALL
        SELECT NULL, coalesce(sum(leads), 0), NULL,
            100.0 * sum(d1) / nullif(sum(leads), 0), NULL,
            100.0 * sum(d7) / nullif(sum(leads), 0), NULL,
            100.0 * sum(d30) / nullif(sum(leads), 0), NULL
        FROM per_rep)SQL")
                            .arg(filter);
    return ReportSql::rows(session.database(), sql, binds);
}

// The users the owner/team filters keep, by name; `listed`: a live, active user who gets a row
// even with nothing to show (a rep who did nothing is worth seeing).
Result<ReportSql::Rows> reps(Session& session, const ReportParams& p)
{
    QVariantList binds;
    const QString filter = ReportSql::ownerFilter(p, QStringLiteral("u.id"), binds);
    return ReportSql::rows(session.database(),
        QStringLiteral(R"SQL(
            SELECT u.id, coalesce(nullif(trim(u.name), ''), u.id),
                u.deleted = 0 AND coalesce(u.active, 1) <> 0
            FROM "user" u WHERE 1 %1 ORDER BY 2 COLLATE NOCASE, u.id)SQL")
            .arg(filter),
        binds);
}

// Per ISO week of the period: the activities by kind (as counted per rep) and the tasks marked
// done that week. Weeks are keyed in SQL the ISO way: by the year and day of their Thursday.
Result<ReportSql::Rows> weeks(Session& session, const ReportParams& p)
{
    QVariantList binds;
    const QString acts = actsCte(p, binds);
    binds << p.fromStored() << p.toStoredExclusive();
    const QString filter = ReportSql::ownerFilter(p, QStringLiteral("a.owner_id"), binds);
    const QString sql = QStringLiteral("WITH ") + acts
        + QStringLiteral(R"SQL(,
        finished AS (
            SELECT a.id, 'task' AS kind, a.done_at AS at
            FROM activity a INDEXED BY activity_task_done
            WHERE a.deleted = 0 AND a.kind = 'task' AND coalesce(a.done, 0) <> 0
                AND +a.owner_id IN (SELECT id FROM "user") AND a.done_at >= ?
                AND a.done_at < ? %1),
        tagged AS (
            SELECT date(at, '-3 days', 'weekday 4') AS thursday, kind, id FROM acts
            UNION ALL
            SELECT date(at, '-3 days', 'weekday 4'), kind, id FROM finished),
        per_week AS MATERIALIZED (
            SELECT strftime('%Y', thursday) || '-W'
                    || substr('0' || ((strftime('%j', thursday) - 1) / 7 + 1), -2) AS week,
                %2,
                sum(kind = 'task') AS tasks,
                group_concat(CASE WHEN kind = 'task' THEN id END) AS task_ids
            FROM tagged GROUP BY thursday)
        SELECT week, calls, call_ids, meetings, meeting_ids, emails, email_ids, tasks, task_ids
        FROM per_week
        UNION ALL
        SELECT NULL, coalesce(sum(calls), 0), NULL,
            coalesce(sum(meetings), 0), NULL, coalesce(sum(emails), 0),
            NULL, coalesce(sum(tasks), 0), NULL
        FROM per_week)SQL")
              .arg(filter, QString::fromLatin1(kByKind));
    return ReportSql::rows(session.database(), sql, binds);
}

} // namespace TeamActivityQueries

} // namespace tandem
