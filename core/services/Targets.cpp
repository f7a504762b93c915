#include "services/Targets.h"

#include "store/Session.h"
#include "store/Transaction.h"

#include <QCoreApplication>

namespace tandem {

namespace {

QVariant optional(const std::optional<qint64>& v)
{
    return v ? QVariant(*v) : QVariant();
}

Result<void> check(const TargetValues& v)
{
    if (v.userId.isEmpty() == v.teamId.isEmpty())
        return makeError(
            QCoreApplication::translate("Targets", "a target is either a rep's or a team's"),
            QStringLiteral("user_id"));
    const QList<std::pair<const char*, std::optional<qint64>>> figures { { "revenue", v.revenue },
        { "deals", v.deals }, { "activities", v.activities } };
    for (const auto& [field, value] : figures) {
        if (value && *value < 0)
            return makeError(
                QCoreApplication::translate("Targets", "a target cannot be below zero"),
                QString::fromLatin1(field));
    }
    return {};
}

Result<void> setOne(
    Session& session, const QDate& start, const QString& period, const TargetValues& v)
{
    if (auto r = check(v); !r)
        return r;
    RecordStore& rs = session.records();
    const QString entity = QStringLiteral("target");
    auto existing
        = TargetQueries::periodTargetIds(session.database(), v.userId, v.teamId, start, period);
    if (!existing)
        return existing.error();
    const bool empty = !v.revenue && !v.deals && !v.activities;
    // Copies made on two laptops for the same period are folded into the first.
    for (int i = empty ? 0 : 1; i < existing->size(); ++i) {
        if (auto r = rs.remove(entity, existing->at(i)); !r)
            return r;
    }
    if (empty)
        return {};
    QVariantMap values { { QStringLiteral("revenue"), optional(v.revenue) },
        { QStringLiteral("currency"),
            v.currency.isEmpty() ? session.defaultCurrency() : v.currency.toUpper() },
        { QStringLiteral("deals"), optional(v.deals) },
        { QStringLiteral("activities"), optional(v.activities) } };
    if (!existing->isEmpty())
        return rs.update(entity, existing->first(), values);
    values.insert(QStringLiteral("user_id"), v.userId.isEmpty() ? QVariant() : QVariant(v.userId));
    values.insert(QStringLiteral("team_id"), v.teamId.isEmpty() ? QVariant() : QVariant(v.teamId));
    values.insert(QStringLiteral("period_start"), start.toString(Qt::ISODate));
    values.insert(QStringLiteral("period"), period);
    auto id = rs.create(entity, values);
    if (!id)
        return id.error();
    return {};
}

} // namespace

Result<QList<Target>> Targets::list(Session& session, const QDate& from, const QDate& to)
{
    return TargetQueries::overlapping(session.database(), from, to);
}

QDate Targets::periodStart(const QDate& day, const QString& period)
{
    if (period == QLatin1String("quarter"))
        return QDate(day.year(), (day.month() - 1) / 3 * 3 + 1, 1);
    if (period == QLatin1String("year"))
        return QDate(day.year(), 1, 1);
    return QDate(day.year(), day.month(), 1);
}

Result<QList<Target>> Targets::periodTargets(
    Session& session, const QDate& day, const QString& period)
{
    const QDate start = periodStart(day, period);
    const int months = period == QLatin1String("quarter") ? 3
        : period == QLatin1String("year")                 ? 12
                                                          : 1;
    auto all = list(session, start, start.addMonths(months).addDays(-1));
    if (!all)
        return all.error();
    QList<Target> out;
    for (const Target& t : *all) {
        if (t.period == period && t.periodStart.month() == start.month()
            && t.periodStart.year() == start.year())
            out << t;
    }
    return out;
}

Result<QList<Target>> Targets::monthTargets(Session& session, const QDate& month)
{
    return periodTargets(session, month, QStringLiteral("month"));
}

Result<void> Targets::setPeriod(
    Session& session, const QDate& day, const QString& period, const QList<TargetValues>& values)
{
    static const QStringList kPeriods { QStringLiteral("month"), QStringLiteral("quarter"),
        QStringLiteral("year") };
    if (!day.isValid())
        return makeError(
            QCoreApplication::translate("Targets", "no month was given for the targets"));
    if (!kPeriods.contains(period))
        return makeError(QCoreApplication::translate(
            "Targets", "“%1” is not a period for targets: month, quarter or year")
                             .arg(period));
    const QDate start = periodStart(day, period);
    Transaction tx(session.database());
    for (const TargetValues& v : values) {
        if (auto r = setOne(session, start, period, v); !r)
            return r;
    }
    return tx.commit();
}

Result<void> Targets::setMonth(
    Session& session, const QDate& month, const QList<TargetValues>& values)
{
    return setPeriod(session, month, QStringLiteral("month"), values);
}

} // namespace tandem
