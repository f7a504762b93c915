#include "services/TargetProgress.h"

#include "services/Tasks.h"
#include "store/Session.h"
#include "store/TargetProgressQueries.h"
#include "store/TargetQueries.h"
#include "util/StoredTime.h"

#include <QCoreApplication>
#include <QMap>
#include <QTimeZone>

namespace tandem {

namespace {

using Figure = std::optional<qint64> Target::*;

QString stored(const QDate& day)
{
    return StoredTime::format(QDateTime(day, QTime(0, 0), QTimeZone::utc()));
}

int monthsOf(const QString& period)
{
    if (period == QLatin1String("quarter"))
        return 3;
    if (period == QLatin1String("year"))
        return 12;
    return 1;
}

// What one call reads once: the period, its months, the targets overlapping them.
struct Period {
    QDate from;
    QDate to;
    QList<QDate> months; // first days, from's month to to's
    QList<Target> targets;
    QString defaultCurrency;
};

Result<Period> periodOf(Session& session, const QDate& from, const QDate& to)
{
    if (!from.isValid() || !to.isValid() || to < from)
        return makeError(QCoreApplication::translate(
            "TargetProgress", "the period of the targets must start before it ends"));
    Period p;
    p.from = from;
    p.to = to;
    for (QDate m = TargetProgress::monthOf(from); m <= to; m = m.addMonths(1))
        p.months << m;
    auto targets = TargetQueries::overlapping(
        session.database(), p.months.first(), p.months.last().addMonths(1).addDays(-1));
    if (!targets)
        return targets.error();
    p.targets = *targets;
    p.defaultCurrency = session.defaultCurrency();
    return p;
}

QString currencyOf(const Target& t, const Period& p)
{
    return t.currency.isEmpty() ? p.defaultCurrency : t.currency.toUpper();
}

QList<const Target*> ownTargets(const Period& p, const QString& userId, const QString& teamId)
{
    QList<const Target*> out;
    for (const Target& t : p.targets) {
        if (!userId.isEmpty() ? t.userId == userId : (t.userId.isEmpty() && t.teamId == teamId))
            out << &t;
    }
    return out;
}

// The currency most of the revenue targets are in; a tie goes to the default, else to the first
// in alphabetical order. Empty when none has a revenue figure.
QString usualCurrency(const QList<const Target*>& targets, const Period& p)
{
    QMap<QString, int> counts;
    for (const Target* t : targets) {
        if (t->revenue)
            ++counts[currencyOf(*t, p)];
    }
    QString best;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (best.isEmpty() || it.value() > counts.value(best)
            || (it.value() == counts.value(best) && it.key() == p.defaultCurrency))
            best = it.key();
    }
    return best;
}

// The month's figure from the targets of one rep or team: its month target's, else its share of
// the quarter target, else of the year target. Revenue only in `currency`.
std::optional<qint64> monthFigure(const QList<const Target*>& targets, const QDate& month,
    Figure figure, const QString& currency, const Period& p)
{
    for (int n : { 1, 3, 12 }) {
        for (const Target* t : targets) {
            if (monthsOf(t->period) != n || !(t->*figure))
                continue;
            if (figure == &Target::revenue && currencyOf(*t, p) != currency)
                continue;
            const QDate start = TargetProgress::monthOf(t->periodStart);
            if (month < start || month >= start.addMonths(n))
                continue;
            const qint64 value = *(t->*figure);
            return value / n + (month == start ? value % n : 0);
        }
    }
    return std::nullopt;
}

void add(std::optional<qint64>& sum, const std::optional<qint64>& value)
{
    if (value)
        sum = sum.value_or(0) + *value;
}

// The period's figure: the sum over its months of what `ofMonth` gives.
template <typename F> std::optional<qint64> overMonths(const Period& p, F ofMonth)
{
    std::optional<qint64> sum;
    for (const QDate& month : p.months)
        add(sum, ofMonth(month));
    return sum;
}

void fillTargets(TargetProgressRow& row, const Period& p, const QList<const Target*>& own,
    const QList<QList<const Target*>>& members)
{
    auto target = [&](Figure figure) {
        return overMonths(p, [&](const QDate& month) {
            std::optional<qint64> value = monthFigure(own, month, figure, row.currency, p);
            if (value || members.isEmpty())
                return value;
            for (const QList<const Target*>& m : members)
                add(value, monthFigure(m, month, figure, row.currency, p));
            return value;
        });
    };
    row.revenueTarget = target(&Target::revenue);
    row.dealsTarget = target(&Target::deals);
    row.activitiesTarget = target(&Target::activities);
}

void addFigures(TargetProgressRow& row, const RepFigures& f)
{
    row.revenueWon += f.revenueWon;
    row.wonInOtherCurrencies += f.wonInOtherCurrencies;
    row.newDeals += f.newDeals;
    row.activitiesDone += f.activitiesDone;
}

Result<QHash<QString, RepFigures>> figuresOf(
    Session& session, const Period& p, const QStringList& userIds, const QString& currency)
{
    return TargetProgressQueries::figures(
        session.database(), userIds, stored(p.from), stored(p.to.addDays(1)), currency);
}

Result<QList<TargetProgressRow>> usersRows(
    Session& session, const Period& p, const QStringList& userIds, const QString& currency)
{
    const RecordStore& rs = session.records();
    QList<TargetProgressRow> rows;
    QMap<QString, QStringList> byCurrency; // the reps of each currency, for one query each
    for (const QString& id : userIds) {
        TargetProgressRow row;
        row.userId = id;
        row.name = rs.labelOf(QStringLiteral("user"), id);
        row.from = p.from;
        row.to = p.to;
        const QList<const Target*> own = ownTargets(p, id, {});
        row.currency = currency.isEmpty() ? usualCurrency(own, p) : currency.toUpper();
        if (row.currency.isEmpty())
            row.currency = p.defaultCurrency;
        fillTargets(row, p, own, {});
        byCurrency[row.currency] << id;
        rows << row;
    }
    for (auto it = byCurrency.cbegin(); it != byCurrency.cend(); ++it) {
        auto figures = figuresOf(session, p, it.value(), it.key());
        if (!figures)
            return figures.error();
        for (TargetProgressRow& row : rows) {
            if (row.currency == it.key())
                addFigures(row, figures->value(row.userId));
        }
    }
    return rows;
}

Error noSuch(const char* entity, const QString& id)
{
    return makeError(QCoreApplication::translate("TargetProgress", "there is no %1 with id %2")
                         .arg(QString::fromLatin1(entity), id));
}

} // namespace

QDate TargetProgress::monthOf(const QDate& day)
{
    return QDate(day.year(), day.month(), 1);
}

QDate TargetProgress::quarterOf(const QDate& day)
{
    return QDate(day.year(), (day.month() - 1) / 3 * 3 + 1, 1);
}

Result<TargetProgressRow> TargetProgress::ofUser(Session& session, const QString& userId,
    const QDate& from, const QDate& to, const QString& currency)
{
    auto rows = ofUsers(session, { userId }, from, to, currency);
    if (!rows)
        return rows.error();
    return rows->first();
}

Result<QList<TargetProgressRow>> TargetProgress::ofUsers(Session& session,
    const QStringList& userIds, const QDate& from, const QDate& to, const QString& currency)
{
    for (const QString& id : userIds) {
        if (!session.records().get(QStringLiteral("user"), id))
            return noSuch("user", id);
    }
    auto p = periodOf(session, from, to);
    if (!p)
        return p.error();
    return usersRows(session, *p, userIds, currency);
}

Result<TargetProgressRow> TargetProgress::ofTeam(Session& session, const QString& teamId,
    const QDate& from, const QDate& to, const QString& currency)
{
    const auto team = session.records().get(QStringLiteral("team"), teamId);
    if (!team)
        return noSuch("team", teamId);
    auto p = periodOf(session, from, to);
    if (!p)
        return p.error();
    auto members = Tasks::teamMembers(session, team->id);
    if (!members)
        return members.error();
    TargetProgressRow row;
    row.teamId = team->id;
    row.name = session.records().label(*team);
    row.from = from;
    row.to = to;
    const QList<const Target*> own = ownTargets(*p, {}, team->id);
    QList<QList<const Target*>> memberTargets;
    QList<const Target*> allMembers;
    for (const QString& id : *members) {
        memberTargets << ownTargets(*p, id, {});
        allMembers << memberTargets.last();
    }
    row.currency = currency.toUpper();
    if (row.currency.isEmpty())
        row.currency = usualCurrency(own, *p);
    if (row.currency.isEmpty())
        row.currency = usualCurrency(allMembers, *p);
    if (row.currency.isEmpty())
        row.currency = p->defaultCurrency;
    fillTargets(row, *p, own, memberTargets);
    auto figures = figuresOf(session, *p, *members, row.currency);
    if (!figures)
        return figures.error();
    for (const RepFigures& f : std::as_const(*figures))
        addFigures(row, f);
    return row;
}

Result<QList<TargetProgressRow>> TargetProgress::ofMembers(Session& session,
    const QString& managerOrTeamId, const QDate& from, const QDate& to, const QString& currency)
{
    auto members = Tasks::teamMembers(session, managerOrTeamId);
    if (!members)
        return members.error();
    auto p = periodOf(session, from, to);
    if (!p)
        return p.error();
    return usersRows(session, *p, *members, currency);
}

Result<QStringList> TargetProgress::repsInPeriod(
    Session& session, const QDate& from, const QDate& to, const QString& teamId)
{
    auto p = periodOf(session, from, to);
    if (!p)
        return p.error();
    return TargetProgressQueries::repsWithTargetsOrFigures(session.database(), p->months.first(),
        p->months.last().addMonths(1).addDays(-1), stored(from), stored(to.addDays(1)), teamId);
}

} // namespace tandem
