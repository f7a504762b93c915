// How far a rep or a team has come against its targets in a period: revenue won, new deals and
// activities done, beside the target for each (the dashboard, `tandem-cli targets`, the reports).
#pragma once

#include "util/Result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace tandem {

class Session;

struct TargetProgressRow {
    QString userId; // a rep's progress; or
    QString teamId; // a team's (its members' figures together)
    QString name; // the rep's or the team's name
    QDate from; // the period, both days included
    QDate to;
    QString currency; // of the revenue figures (see TargetProgress below)
    std::optional<qint64> revenueTarget; // minor units; absent: no revenue target in the period
    qint64 revenueWon = 0; // deals won in the period (won_at), in `currency`
    int wonInOtherCurrencies = 0; // deals won in the period in another currency (not summed)
    std::optional<qint64> dealsTarget;
    qint64 newDeals = 0; // deals created in the period
    std::optional<qint64> activitiesTarget;
    qint64 activitiesDone = 0; // activities done in the period (done_at; see RepFigures)
};

namespace TargetProgress {
// A month's target is its month target; else a third of the quarter target covering it; else a
// twelfth of the year target (the remainder minor units to the period's first month, as the
// forecast spreads them); each figure on its own (a month target without a deals figure leaves
// the quarter's deals to count). A period's target is the sum over its months; a figure no month
// has a target for is absent. A team's month target is its own target, else the sum of its
// members'. Revenue targets in another currency than the row's are left out.
//
// `currency` empty: a rep's row is in the currency of the rep's revenue targets in the period
// (the one most of them use), a team's in that of its own targets, else of its members'; without
// any, the team's default currency (Session::defaultCurrency).
//
// The first day of `day`'s month, and of its quarter.
QDate monthOf(const QDate& day);
QDate quarterOf(const QDate& day);
// The rep's figures in [from, to] (whole months).
Result<TargetProgressRow> ofUser(Session& session, const QString& userId, const QDate& from,
    const QDate& to, const QString& currency = {});
// The team's figures (its live members', and its own targets) in [from, to].
Result<TargetProgressRow> ofTeam(Session& session, const QString& teamId, const QDate& from,
    const QDate& to, const QString& currency = {});
// Each rep `managerOrTeamId` leads (Tasks::teamMembers), by name.
Result<QList<TargetProgressRow>> ofMembers(Session& session, const QString& managerOrTeamId,
    const QDate& from, const QDate& to, const QString& currency = {});
// The reps given, in that order.
Result<QList<TargetProgressRow>> ofUsers(Session& session, const QStringList& userIds,
    const QDate& from, const QDate& to, const QString& currency = {});
// The live reps with a target in the period or anything done in it (a deal won or created, an
// activity done); with `teamId`, only its members. By name.
Result<QStringList> repsInPeriod(
    Session& session, const QDate& from, const QDate& to, const QString& teamId = {});
} // namespace TargetProgress

} // namespace tandem
