// The revenue, deal and activity targets stored per rep or team: those covering a period, and a
// rep's or team's month targets for one month.
#pragma once

#include "util/Result.h"

#include <QByteArray>
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
// The statement overlapping runs (binds: the day after `to`, `from`, as ISO dates): the
// benchmark's raw-SQLite baseline runs the same text.
QByteArray overlappingSql();
// The live targets of `period` (month | quarter | year; a target without one is a month target)
// of the rep (or, with an empty `userId`, the team) starting in the month of `start`, oldest
// first: normally one; two when copies synced from different laptops.
Result<QStringList> periodTargetIds(Database& db, const QString& userId, const QString& teamId,
    const QDate& start, const QString& period);
} // namespace TargetQueries

} // namespace tandem
