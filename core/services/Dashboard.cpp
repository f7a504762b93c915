#include "services/Dashboard.h"

#include "services/Tasks.h"
#include "store/DashboardQueries.h"
#include "store/DealQueries.h"
#include "store/Session.h"
#include "util/StoredTime.h"

#include <QHash>
#include <algorithm>

namespace tandem {

namespace {

struct Periods {
    QDate monthStart;
    QDate monthEnd;
    QDate quarterStart;
    QDate quarterEnd;
};

Periods periodsOf(const QDate& today)
{
    Periods p;
    p.monthStart = TargetProgress::monthOf(today);
    p.monthEnd = p.monthStart.addMonths(1).addDays(-1);
    p.quarterStart = TargetProgress::quarterOf(today);
    p.quarterEnd = p.quarterStart.addMonths(3).addDays(-1);
    return p;
}

QString userName(Session& session, const QString& userId)
{
    const auto user = session.records().get(QStringLiteral("user"), userId);
    return user ? user->text(QStringLiteral("name")) : QString();
}

DashboardItem taskItem(const TaskRow& t)
{
    DashboardItem i;
    i.entity = QStringLiteral("task");
    i.id = t.id;
    i.label = t.subject;
    i.about = !t.companyName.isEmpty() ? t.companyName
        : !t.contactName.isEmpty()     ? t.contactName
        : !t.dealTitle.isEmpty()       ? t.dealTitle
                                       : t.leadTitle;
    i.ownerId = t.ownerId;
    i.ownerName = t.ownerName;
    i.due = Tasks::dueOf(t);
    i.allDay = t.allDay;
    return i;
}

DashboardItem dealItem(const DashboardDeal& d)
{
    DashboardItem i;
    i.entity = QStringLiteral("deal");
    i.id = d.id;
    i.label = d.title;
    i.about = d.companyName;
    i.stage = d.stageName;
    i.ownerId = d.ownerId;
    i.ownerName = d.ownerName;
    i.closeDate = d.expectedClose;
    i.inStageSince = StoredTime::parse(d.stageEnteredAt);
    i.amount = d.amount;
    i.currency = d.currency;
    return i;
}

DashboardItem leadItem(const DashboardLead& l)
{
    DashboardItem i;
    i.entity = QStringLiteral("lead");
    i.id = l.id;
    i.label = l.title;
    i.about = l.title == l.companyName ? QString() : l.companyName;
    i.ownerId = l.ownerId;
    i.ownerName = l.ownerName;
    i.due = StoredTime::parse(l.firstContactDue);
    return i;
}

// Several owners' tasks as one list: by due time, then owner.
void sortByDue(QList<DashboardItem>& items)
{
    std::stable_sort(
        items.begin(), items.end(), [](const DashboardItem& a, const DashboardItem& b) {
            if (a.due != b.due)
                return a.due < b.due;
            return a.ownerName.compare(b.ownerName, Qt::CaseInsensitive) < 0;
        });
}

// Fills the item lists with what needs the attention of these owners at `now`.
Result<void> collect(Session& session, const QStringList& owners, const QDateTime& now,
    const QTimeZone& zone, DashboardData& out)
{
    if (owners.isEmpty())
        return {};
    for (const QString& owner : owners) {
        auto day = Tasks::myDay(session, owner, now, zone);
        if (!day)
            return day.error();
        for (const TaskGroup& g : *day) {
            QList<DashboardItem>* list = g.section == TaskSection::Overdue ? &out.overdueTasks
                : g.section == TaskSection::Today                          ? &out.todayTasks
                                                                           : nullptr;
            if (list)
                for (const TaskRow& t : g.tasks)
                    *list << taskItem(t);
        }
    }
    if (owners.size() > 1) {
        sortByDue(out.overdueTasks);
        sortByDue(out.todayTasks);
    }

    auto stalled = DealQueries::stalledDeals(session.database(), now);
    if (!stalled)
        return stalled.error();
    QStringList stalledIds;
    for (const StalledDeal& d : *stalled)
        if (owners.contains(d.ownerId))
            stalledIds << d.dealId;
    if (!stalledIds.isEmpty()) {
        auto deals = DashboardQueries::dealsByIds(session.database(), stalledIds);
        if (!deals)
            return deals.error();
        for (const DashboardDeal& d : *deals)
            out.stalledDeals << dealItem(d);
        // Longest in their stage first.
        std::stable_sort(out.stalledDeals.begin(), out.stalledDeals.end(),
            [](const DashboardItem& a, const DashboardItem& b) {
                return a.inStageSince < b.inStageSince;
            });
    }

    const Periods p = periodsOf(out.today);
    auto closing = DashboardQueries::openDealsClosingBy(session.database(), owners, p.monthEnd);
    if (!closing)
        return closing.error();
    for (const DashboardDeal& d : *closing)
        (d.expectedClose < out.today ? out.pastClose : out.closingThisMonth) << dealItem(d);

    auto leads = DashboardQueries::untouchedLeads(session.database(), owners);
    if (!leads)
        return leads.error();
    for (const DashboardLead& l : *leads)
        out.untouchedLeads << leadItem(l);
    return {};
}

void addTo(std::optional<qint64>& sum, const std::optional<qint64>& figure)
{
    if (figure)
        sum = sum.value_or(0) + *figure;
}

// The members' figures together; revenue in another currency than the first member's is left out
// of the sums and counted as the rows count it.
TargetProgressRow sumOf(
    const QList<TargetProgressRow>& rows, const QString& name, const QDate& from, const QDate& to)
{
    TargetProgressRow sum;
    sum.name = name;
    sum.from = from;
    sum.to = to;
    for (const TargetProgressRow& r : rows) {
        if (sum.currency.isEmpty())
            sum.currency = r.currency;
        if (r.currency == sum.currency) {
            addTo(sum.revenueTarget, r.revenueTarget);
            sum.revenueWon += r.revenueWon;
        }
        sum.wonInOtherCurrencies += r.wonInOtherCurrencies;
        addTo(sum.dealsTarget, r.dealsTarget);
        sum.newDeals += r.newDeals;
        addTo(sum.activitiesTarget, r.activitiesTarget);
        sum.activitiesDone += r.activitiesDone;
    }
    return sum;
}

int countOf(const QList<DashboardItem>& items, const QString& ownerId)
{
    return int(std::count_if(
        items.begin(), items.end(), [&](const DashboardItem& i) { return i.ownerId == ownerId; }));
}

} // namespace

std::optional<int> DashboardMember::revenuePercent() const
{
    if (!month.revenueTarget)
        return std::nullopt;
    return Dashboard::percentOf(month.revenueWon, *month.revenueTarget);
}

int Dashboard::percentOf(qint64 done, qint64 target)
{
    if (target <= 0)
        return 0;
    return int((done * 100) / target);
}

bool Dashboard::leadsAnyone(Session& session, const QString& userId)
{
    if (userId.isEmpty())
        return false;
    auto members = Tasks::teamMembers(session, userId);
    return members && !members->isEmpty();
}

Result<DashboardData> Dashboard::forUser(
    Session& session, const QString& userId, const QDateTime& now, const QTimeZone& zone)
{
    DashboardData out;
    out.userId = userId.trimmed().toLower();
    out.userName = userName(session, out.userId);
    out.today = now.toTimeZone(zone).date();
    if (auto r = collect(session, { out.userId }, now, zone, out); !r)
        return r.error();
    const Periods p = periodsOf(out.today);
    auto month = TargetProgress::ofUser(session, out.userId, p.monthStart, p.monthEnd);
    if (!month)
        return month.error();
    out.month = *month;
    auto quarter = TargetProgress::ofUser(session, out.userId, p.quarterStart, p.quarterEnd);
    if (!quarter)
        return quarter.error();
    out.quarter = *quarter;
    return out;
}

Result<DashboardData> Dashboard::forTeam(
    Session& session, const QString& managerId, const QDateTime& now, const QTimeZone& zone)
{
    DashboardData out;
    out.team = true;
    out.userId = managerId.trimmed().toLower();
    out.userName = userName(session, out.userId);
    out.today = now.toTimeZone(zone).date();
    auto members = Tasks::teamMembers(session, out.userId);
    if (!members)
        return members.error();
    if (auto r = collect(session, *members, now, zone, out); !r)
        return r.error();

    const Periods p = periodsOf(out.today);
    auto monthRows = TargetProgress::ofMembers(session, out.userId, p.monthStart, p.monthEnd);
    if (!monthRows)
        return monthRows.error();
    QHash<QString, TargetProgressRow> monthOf;
    for (const TargetProgressRow& r : *monthRows)
        monthOf.insert(r.userId, r);
    for (const QString& id : *members) {
        DashboardMember m;
        m.userId = id;
        m.name = userName(session, id);
        m.overdueTasks = countOf(out.overdueTasks, id);
        m.todayTasks = countOf(out.todayTasks, id);
        m.stalledDeals = countOf(out.stalledDeals, id);
        m.closingThisMonth = countOf(out.closingThisMonth, id);
        m.pastClose = countOf(out.pastClose, id);
        m.untouchedLeads = countOf(out.untouchedLeads, id);
        m.month = monthOf.value(id);
        out.members << m;
    }

    // The team's own targets when the manager leads exactly one team; else the members' summed.
    auto teams = DashboardQueries::managedTeams(session.database(), out.userId);
    if (!teams)
        return teams.error();
    if (teams->size() == 1) {
        auto month = TargetProgress::ofTeam(session, teams->first(), p.monthStart, p.monthEnd);
        if (!month)
            return month.error();
        out.month = *month;
        auto quarter
            = TargetProgress::ofTeam(session, teams->first(), p.quarterStart, p.quarterEnd);
        if (!quarter)
            return quarter.error();
        out.quarter = *quarter;
        return out;
    }
    out.month = sumOf(*monthRows, out.userName, p.monthStart, p.monthEnd);
    auto quarterRows = TargetProgress::ofMembers(session, out.userId, p.quarterStart, p.quarterEnd);
    if (!quarterRows)
        return quarterRows.error();
    out.quarter = sumOf(*quarterRows, out.userName, p.quarterStart, p.quarterEnd);
    return out;
}

} // namespace tandem
