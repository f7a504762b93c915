#include "store/TargetQueries.h"

#include "store/Database.h"

#include <QSqlQuery>
#include <QVariant>

namespace tandem {

namespace {

std::optional<qint64> optionalInteger(const QVariant& v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toLongLong();
}

const char* const kOverlapping = R"SQL(
        SELECT id, coalesce(user_id, ''), coalesce(team_id, ''), period_start,
            coalesce(nullif(period, ''), 'month'), revenue, coalesce(currency, ''), deals,
            activities
        FROM target
        WHERE deleted = 0 AND period_start < ?
            AND date(period_start, 'start of month', '+' || CASE period WHEN 'quarter' THEN 3
                WHEN 'year' THEN 12 ELSE 1 END || ' months') > ?
        ORDER BY period_start, user_id IS NULL, id)SQL";

} // namespace

Result<QList<Target>> TargetQueries::overlapping(Database& db, const QDate& from, const QDate& to)
{
    QSqlQuery& q = db.statement(QString::fromLatin1(kOverlapping));
    q.bindValue(0, to.addDays(1).toString(Qt::ISODate));
    q.bindValue(1, from.toString(Qt::ISODate));
    if (!q.exec())
        return sqlError(q);
    QList<Target> out;
    while (q.next()) {
        Target t;
        t.id = q.value(0).toString();
        t.userId = q.value(1).toString();
        t.teamId = q.value(2).toString();
        t.periodStart = QDate::fromString(q.value(3).toString().left(10), Qt::ISODate);
        t.period = q.value(4).toString();
        t.revenue = optionalInteger(q.value(5));
        t.currency = q.value(6).toString();
        t.deals = optionalInteger(q.value(7));
        t.activities = optionalInteger(q.value(8));
        out << t;
    }
    q.finish();
    return out;
}

Result<QStringList> TargetQueries::periodTargetIds(Database& db, const QString& userId,
    const QString& teamId, const QDate& start, const QString& period)
{
    QSqlQuery& q = db.statement(QStringLiteral(R"SQL(
        SELECT id FROM target
        WHERE deleted = 0 AND coalesce(nullif(period, ''), 'month') = ?
            AND substr(period_start, 1, 7) = ?
            AND CASE WHEN ? <> '' THEN user_id = ? ELSE user_id IS NULL AND team_id = ? END
        ORDER BY created_at, id)SQL"));
    q.bindValue(0, period);
    q.bindValue(1, start.toString(QStringLiteral("yyyy-MM")));
    q.bindValue(2, userId);
    q.bindValue(3, userId);
    q.bindValue(4, teamId);
    return firstColumn(q);
}

QByteArray TargetQueries::overlappingSql()
{
    return QByteArray(kOverlapping);
}

} // namespace tandem
