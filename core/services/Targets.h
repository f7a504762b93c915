// Revenue, new-deal and activity targets per rep or team: listed for a period, and set month by
// month (created or updated through the write path, all of one save in one transaction).
#pragma once

#include "store/TargetQueries.h"
#include "util/Result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace tandem {

class Session;

// One rep's or team's month target as it should be; an absent figure has no target.
struct TargetValues {
    QString userId; // a rep's target; or
    QString teamId; // a team's target
    std::optional<qint64> revenue; // minor units of `currency`
    QString currency; // empty: the team's default currency
    std::optional<qint64> deals; // new deals
    std::optional<qint64> activities;
};

namespace Targets {
// The targets whose span overlaps [from, to] (month, quarter and year targets alike), by period
// start, reps' before teams'.
Result<QList<Target>> list(Session& session, const QDate& from, const QDate& to);
// The first day of the month, quarter or year holding `day`.
QDate periodStart(const QDate& day, const QString& period);
// The targets of `period` (month | quarter | year) for the one holding `day`: a quarter's own
// targets, not its months'.
Result<QList<Target>> periodTargets(Session& session, const QDate& day, const QString& period);
// The month targets (period "month") of the month holding `month`.
Result<QList<Target>> monthTargets(Session& session, const QDate& month);
// Sets each rep's or team's month target for the month holding `month`: its month target is
// updated, or one is made; when every figure is absent it is removed. Quarter and year targets
// are left alone. All or nothing, in one transaction; an error names the figure that is wrong.
Result<void> setMonth(Session& session, const QDate& month, const QList<TargetValues>& values);
// The same for the targets of `period` (month | quarter | year) holding `day`.
Result<void> setPeriod(
    Session& session, const QDate& day, const QString& period, const QList<TargetValues>& values);
} // namespace Targets

} // namespace tandem
