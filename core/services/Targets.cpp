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

Result<void> setOne(Session& session, const QDate& monthStart, const TargetValues& v)
{
    if (auto r = check(v); !r)
        return r;
    RecordStore& rs = session.records();
    const QString entity = QStringLiteral("target");
    auto existing
        = TargetQueries::monthTargetIds(session.database(), v.userId, v.teamId, monthStart);
    if (!existing)
        return existing.error();
    const bool empty = !v.revenue && !v.deals && !v.activities;
    // Copies made on two laptops for the same month are folded into the first.
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
    values.insert(QStringLiteral("period_start"), monthStart.toString(Qt::ISODate));
    values.insert(QStringLiteral("period"), QStringLiteral("month"));
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

Result<QList<Target>> Targets::monthTargets(Session& session, const QDate& month)
{
    const QDate start(month.year(), month.month(), 1);
    auto all = list(session, start, start.addMonths(1).addDays(-1));
    if (!all)
        return all.error();
    QList<Target> out;
    for (const Target& t : *all) {
        if (t.period == QLatin1String("month"))
            out << t;
    }
    return out;
}

Result<void> Targets::setMonth(
    Session& session, const QDate& month, const QList<TargetValues>& values)
{
    if (!month.isValid())
        return makeError(
            QCoreApplication::translate("Targets", "no month was given for the targets"));
    const QDate start(month.year(), month.month(), 1);
    Transaction tx(session.database());
    for (const TargetValues& v : values) {
        if (auto r = setOne(session, start, v); !r)
            return r;
    }
    return tx.commit();
}

} // namespace tandem
