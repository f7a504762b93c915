// What reps achieved in a period, against which their targets are measured: revenue won, deals
// created and activities done, per rep; and which reps had anything to measure at all.
#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QString>
#include <QStringList>

namespace tandem {

class Database;

struct RepFigures {
    qint64 revenueWon = 0; // minor units: live deals won (won_at) in the period in the currency
    int wonInOtherCurrencies = 0; // live deals won in the period in any other currency
    qint64 newDeals = 0; // live deals created (created_at) in the period
    // Live activities (not notes) marked done in the period: by done_at; one recorded as done
    // without that time (a call logged from the command line), by its start, else its creation.
    qint64 activitiesDone = 0;
};

namespace TargetProgressQueries {
// Each rep's figures for [fromStored, toStoredExclusive) (stored UTC instants), by user id; a rep
// with nothing has zeros.
Result<QHash<QString, RepFigures>> figures(Database& db, const QStringList& userIds,
    const QString& fromStored, const QString& toStoredExclusive, const QString& currency);
// The live users with a target overlapping [from, to] or any figure in the period; with `teamId`,
// only the team's members. By name.
// The statement figures runs (binds: currency, fromStored, toStoredExclusive, the user ids as a
// JSON array): the benchmark's raw-SQLite baseline runs the same text.
QByteArray figuresSql();
Result<QStringList> repsWithTargetsOrFigures(Database& db, const QDate& from, const QDate& to,
    const QString& fromStored, const QString& toStoredExclusive, const QString& teamId);
} // namespace TargetProgressQueries

} // namespace tandem
