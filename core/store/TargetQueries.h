// The revenue, deal and activity targets stored per rep or team: those covering a period, and a
// rep's or team's month targets for one month.
#pragma once

#include "util/Result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace tandem {

class Database;

struct Target {
    QString id;
    QString userId; // a rep's target
    QString teamId; // a team's target
    QDate periodStart;
    QString period; // month | quarter | year (a target without one is a month target)
    std::optional<qint64> revenue; // minor units of `currency`
    QString currency;
    std::optional<qint64> deals;
    std::optional<qint64> activities;
};

namespace TargetQueries {
// Live targets whose span (one month, three or twelve from the month of period_start) overlaps
// [from, to]; by period start, reps' before teams', then by id.
Result<QList<Target>> overlapping(Database& db, const QDate& from, const QDate& to);
// The live month targets of the rep (or, with an empty `userId`, the team) for the month holding
// `month`, oldest first: normally one; two when copies synced from different laptops.
Result<QStringList> monthTargetIds(
    Database& db, const QString& userId, const QString& teamId, const QDate& month);
} // namespace TargetQueries

} // namespace tandem
