#include "store/TargetProgressQueries.h"

#include "store/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace tandem {

namespace {

QString jsonList(const QStringList& ids)
{
    QJsonArray list;
    for (const QString& id : ids)
        list.append(id);
    return QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact));
}

// The activities done in the period by each of `reps`, as the team activity report times them:
// at their start, else (a task, an e-mail logged without one) when they were marked done, else
// when they were made; notes are not work done. Read per rep on activity_owner_start (owner_id,
// starts_at): the rep's activities of the period, not all of them.
#define DONE_COUNT_CTE                                                                             \
    "done_count(owner_id, n) AS MATERIALIZED ( "                                                   \
    "SELECT owner_id, count(*) FROM ( "                                                            \
    "SELECT a.owner_id FROM q CROSS JOIN reps r CROSS JOIN activity a INDEXED BY "                 \
    "activity_owner_start "                                                                        \
    "ON a.owner_id = r.id "                                                                        \
    "WHERE a.starts_at >= q.from_t AND a.starts_at < q.to_t "                                      \
    "AND a.deleted = 0 AND a.done = 1 AND a.kind <> 'note' "                                       \
    "UNION ALL "                                                                                   \
    "SELECT a.owner_id FROM q CROSS JOIN reps r CROSS JOIN activity a INDEXED BY "                 \
    "activity_owner_start "                                                                        \
    "ON a.owner_id = r.id "                                                                        \
    "WHERE a.starts_at IS NULL "                                                                   \
    "AND coalesce(nullif(a.done_at, ''), a.created_at) >= q.from_t "                               \
    "AND coalesce(nullif(a.done_at, ''), a.created_at) < q.to_t "                                  \
    "AND a.deleted = 0 AND a.done = 1 AND a.kind <> 'note' "                                       \
    "UNION ALL "                                                                                   \
    "SELECT a.owner_id FROM q CROSS JOIN reps r CROSS JOIN activity a INDEXED BY "                 \
    "activity_owner_start "                                                                        \
    "ON a.owner_id = r.id "                                                                        \
    "WHERE a.starts_at = '' "                                                                      \
    "AND coalesce(nullif(a.done_at, ''), a.created_at) >= q.from_t "                               \
    "AND coalesce(nullif(a.done_at, ''), a.created_at) < q.to_t "                                  \
    "AND a.deleted = 0 AND a.done = 1 AND a.kind <> 'note') "                                      \
    "GROUP BY owner_id)"

// Won deals are found by owner (deal_owner_id), then read for won_at: no index has it.
const char* const kFigures = R"SQL(
        WITH q AS (SELECT ? AS cur, ? AS from_t, ? AS to_t),
        reps(id) AS (SELECT DISTINCT value FROM json_each(?)),
        )SQL" DONE_COUNT_CTE R"SQL(
        SELECT r.id,
            (SELECT coalesce(sum(coalesce(d.amount, 0)), 0) FROM deal d
                WHERE d.owner_id = r.id AND d.deleted = 0 AND d.status = 'won'
                    AND d.won_at >= q.from_t AND d.won_at < q.to_t AND d.currency = q.cur),
            (SELECT count(*) FROM deal d
                WHERE d.owner_id = r.id AND d.deleted = 0 AND d.status = 'won'
                    AND d.won_at >= q.from_t AND d.won_at < q.to_t
                    AND coalesce(d.currency, '') <> q.cur),
            (SELECT count(*) FROM deal d
                WHERE d.owner_id = r.id AND d.deleted = 0 AND d.created_at >= q.from_t
                    AND d.created_at < q.to_t),
            coalesce(dc.n, 0)
        FROM reps r CROSS JOIN q LEFT JOIN done_count dc ON dc.owner_id = r.id)SQL";

const char* const kRepsWithFigures = R"SQL(
        WITH q AS (SELECT ? AS from_day, ? AS to_day_excl, ? AS from_t, ? AS to_t,
            coalesce(?, '') AS team),
        reps(id) AS (SELECT u.id FROM "user" u, q
            WHERE u.deleted = 0 AND (q.team = '' OR u.team_id = q.team)),
        )SQL" DONE_COUNT_CTE R"SQL(
        SELECT u.id FROM "user" u, q
        WHERE u.deleted = 0 AND (q.team = '' OR u.team_id = q.team) AND (
            EXISTS (SELECT 1 FROM target t
                WHERE t.user_id = u.id AND t.deleted = 0 AND t.period_start < q.to_day_excl
                    AND date(t.period_start, 'start of month', '+' || CASE t.period
                        WHEN 'quarter' THEN 3 WHEN 'year' THEN 12 ELSE 1 END || ' months')
                        > q.from_day)
            OR EXISTS (SELECT 1 FROM deal d
                WHERE d.owner_id = u.id AND d.deleted = 0 AND ((d.status = 'won'
                    AND d.won_at >= q.from_t AND d.won_at < q.to_t)
                    OR (d.created_at >= q.from_t AND d.created_at < q.to_t)))
            OR EXISTS (SELECT 1 FROM done_count dc WHERE dc.owner_id = u.id))
        ORDER BY u.name COLLATE NOCASE, u.id)SQL";

#undef DONE_COUNT_CTE

} // namespace

Result<QHash<QString, RepFigures>> TargetProgressQueries::figures(Database& db,
    const QStringList& userIds, const QString& fromStored, const QString& toStoredExclusive,
    const QString& currency)
{
    QHash<QString, RepFigures> out;
    for (const QString& id : userIds)
        out.insert(id, RepFigures {});
    if (userIds.isEmpty())
        return out;
    QSqlQuery& q = db.statement(QString::fromLatin1(kFigures));
    q.bindValue(0, currency);
    q.bindValue(1, fromStored);
    q.bindValue(2, toStoredExclusive);
    q.bindValue(3, jsonList(userIds));
    if (!q.exec())
        return sqlError(q);
    while (q.next()) {
        RepFigures f;
        f.revenueWon = q.value(1).toLongLong();
        f.wonInOtherCurrencies = q.value(2).toInt();
        f.newDeals = q.value(3).toLongLong();
        f.activitiesDone = q.value(4).toLongLong();
        out.insert(q.value(0).toString(), f);
    }
    q.finish();
    return out;
}

Result<QStringList> TargetProgressQueries::repsWithTargetsOrFigures(Database& db, const QDate& from,
    const QDate& to, const QString& fromStored, const QString& toStoredExclusive,
    const QString& teamId)
{
    // A target's span: one month, or three or twelve from the month of period_start (as
    // TargetQueries::overlapping reads it).
    QSqlQuery& q = db.statement(QString::fromLatin1(kRepsWithFigures));
    q.bindValue(0, from.toString(Qt::ISODate));
    q.bindValue(1, to.addDays(1).toString(Qt::ISODate));
    q.bindValue(2, fromStored);
    q.bindValue(3, toStoredExclusive);
    q.bindValue(4, teamId);
    return firstColumn(q);
}

QByteArray TargetProgressQueries::figuresSql()
{
    return QByteArray(kFigures);
}

} // namespace tandem
