// The home dashboard: what needs a rep's attention today (tasks, deals, untouched leads) and how
// far they have come against their targets; for a manager, the same for the team, member by member.
#pragma once

#include "services/TargetProgress.h"
#include "util/Result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>
#include <optional>

namespace tandem {

class Session;

// One line of a dashboard list: a task, a deal or a lead.
struct DashboardItem {
    QString entity; // task | deal | lead
    QString id;
    QString label; // the task's subject, the deal's title, the lead's name
    QString about; // what a task is about; a deal's company; a lead's company
    QString stage; // a deal's stage
    QString ownerId;
    QString ownerName;
    QDateTime due; // a task's due time, a lead's first-contact due; invalid: none
    bool allDay = false;
    QDate closeDate; // a deal's expected close
    QDateTime inStageSince; // a stalled deal's stage entry
    std::optional<qint64> amount; // a deal's, in minor units of `currency`
    QString currency;
};

// One member's figures in a manager's team view.
struct DashboardMember {
    QString userId;
    QString name;
    int overdueTasks = 0;
    int todayTasks = 0;
    int stalledDeals = 0;
    int closingThisMonth = 0;
    int pastClose = 0;
    int untouchedLeads = 0;
    TargetProgressRow month; // this month's progress
    // Revenue won as a whole percentage of the month's revenue target; absent without a target.
    std::optional<int> revenuePercent() const;
};

struct DashboardData {
    QString userId; // the rep, or the manager of a team view
    QString userName;
    bool team = false; // the figures are the team's
    QDate today; // in the zone asked for
    QList<DashboardItem> overdueTasks; // due before now, most overdue first
    QList<DashboardItem> todayTasks; // the rest of today
    QList<DashboardItem> stalledDeals; // open, longer in their stage than it allows
    QList<DashboardItem> closingThisMonth; // open, expected to close from today to month's end
    QList<DashboardItem> pastClose; // open, expected close before today
    QList<DashboardItem> untouchedLeads; // no done call, meeting or e-mail yet
    TargetProgressRow month; // progress this month
    TargetProgressRow quarter; // and this quarter
    QList<DashboardMember> members; // a team view's members, by name
};

namespace Dashboard {
// The rep's dashboard at `now`; "today" and "this month" are as `zone` has them.
Result<DashboardData> forUser(
    Session& session, const QString& userId, const QDateTime& now, const QTimeZone& zone);
// The team of `managerId` (Tasks::teamMembers): every member's items together, each with its owner,
// a row per member, and the team's progress (its own target when the manager leads one team, else
// the members' summed). A manager who leads nobody gets an empty team.
Result<DashboardData> forTeam(
    Session& session, const QString& managerId, const QDateTime& now, const QTimeZone& zone);
// Whether `userId` leads anyone, so has a team view.
bool leadsAnyone(Session& session, const QString& userId);
// A whole percentage of `target` (0 when the target is not positive).
int percentOf(qint64 done, qint64 target);
} // namespace Dashboard

} // namespace tandem
