// Targets: per rep, the revenue won, the deals created and the activities done in the period,
// each beside its target and the share of it reached (the figures of TargetProgress).
#include "reports/ReportCatalog.h"

#include "services/TargetProgress.h"
#include "store/Session.h"

#include <QCoreApplication>

namespace tandem {

namespace {

// tr() in the context the translation files hold the reports' strings under.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Reports)
};

enum Column {
    Rep,
    RevenueTarget,
    RevenueWon,
    RevenuePercent,
    DealsTarget,
    NewDeals,
    DealsPercent,
    ActivitiesTarget,
    ActivitiesDone,
    ActivitiesPercent,
};

QVariant optional(const std::optional<qint64>& v)
{
    return v ? QVariant(*v) : QVariant();
}

// Done ÷ target in %; nothing to show without a target above zero.
QVariant percent(qint64 done, const std::optional<qint64>& target)
{
    if (!target || *target <= 0)
        return {};
    return 100.0 * double(done) / double(*target);
}

QList<ReportCell> cells(const ReportCell& label, const TargetProgressRow& r)
{
    return { label, valueCell(optional(r.revenueTarget)), valueCell(r.revenueWon),
        valueCell(percent(r.revenueWon, r.revenueTarget)), valueCell(optional(r.dealsTarget)),
        valueCell(r.newDeals), valueCell(percent(r.newDeals, r.dealsTarget)),
        valueCell(optional(r.activitiesTarget)), valueCell(r.activitiesDone),
        valueCell(percent(r.activitiesDone, r.activitiesTarget)) };
}

void add(std::optional<qint64>& sum, const std::optional<qint64>& value)
{
    if (value)
        sum = sum.value_or(0) + *value;
}

QList<ReportColumn> columns()
{
    return {
        { QStringLiteral("rep"), Text::tr("Rep"), ReportValue::Text },
        { QStringLiteral("revenue_target"), Text::tr("Revenue target"), ReportValue::Money },
        { QStringLiteral("revenue_won"), Text::tr("Won"), ReportValue::Money, true },
        { QStringLiteral("revenue_pct"), Text::tr("Won %"), ReportValue::Percent },
        { QStringLiteral("deals_target"), Text::tr("New deals target"), ReportValue::Count },
        { QStringLiteral("deals_new"), Text::tr("New deals"), ReportValue::Count, true },
        { QStringLiteral("deals_pct"), Text::tr("New deals %"), ReportValue::Percent },
        { QStringLiteral("activities_target"), Text::tr("Activities target"), ReportValue::Count },
        { QStringLiteral("activities_done"), Text::tr("Activities"), ReportValue::Count, true },
        { QStringLiteral("activities_pct"), Text::tr("Activities %"), ReportValue::Percent },
    };
}

Result<ReportTable> run(Session& session, const ReportParams& p)
{
    QStringList reps;
    if (!p.ownerId.isEmpty()) {
        reps << p.ownerId;
    } else {
        auto found = TargetProgress::repsInPeriod(session, p.from, p.to, p.teamId);
        if (!found)
            return found.error();
        reps = *found;
    }
    auto rows = TargetProgress::ofUsers(session, reps, p.from, p.to, p.currency);
    if (!rows)
        return rows.error();

    ReportTable t;
    t.currency = p.currency;
    t.columns = columns();
    TargetProgressRow total;
    for (const TargetProgressRow& r : *rows) {
        t.addRow(r.userId, cells(valueCell(r.name, QStringLiteral("user"), r.userId), r));
        add(total.revenueTarget, r.revenueTarget);
        add(total.dealsTarget, r.dealsTarget);
        add(total.activitiesTarget, r.activitiesTarget);
        total.revenueWon += r.revenueWon;
        total.wonInOtherCurrencies += r.wonInOtherCurrencies;
        total.newDeals += r.newDeals;
        total.activitiesDone += r.activitiesDone;
    }
    // A team's total is measured against the team's own targets where it has them.
    if (!p.teamId.isEmpty() && p.ownerId.isEmpty()) {
        auto team = TargetProgress::ofTeam(session, p.teamId, p.from, p.to, p.currency);
        if (!team)
            return team.error();
        total = *team;
    }
    t.addRow(QStringLiteral("total"),
        cells(textCell(QCoreApplication::translate("Reports", "Total")), total), true);

    if (total.wonInOtherCurrencies > 0)
        t.notes << QCoreApplication::translate("Reports",
            "%n deal(s) won in other currencies are not included.", nullptr,
            total.wonInOtherCurrencies);
    t.notes << QCoreApplication::translate("Reports",
        "Won: deals won in the period (by their won date, UTC) in the report's currency. New "
        "deals: deals created in the period. Activities: calls, meetings, e-mails and tasks "
        "marked done in the period (by when they were marked done; without that time, by their "
        "start). Each is counted for the deal's or activity's owner.");
    t.notes << QCoreApplication::translate("Reports",
        "Targets: a month counts its month target; without one, a third of the quarter target "
        "or a twelfth of the year target covering it (any remainder going to the first month). "
        "Revenue targets in other currencies are left out. A month without a target adds "
        "nothing; a rep without any has no target and no %.");
    if (!p.teamId.isEmpty() && p.ownerId.isEmpty())
        t.notes << QCoreApplication::translate("Reports",
            "Total: the team's own target for a month where it has one, otherwise the sum of "
            "its members' targets.");
    else
        t.notes << QCoreApplication::translate(
            "Reports", "Total: the sum of the reps' targets (team targets are not added).");
    t.chart = { ChartKind::Bar, Rep, { RevenuePercent, DealsPercent, ActivitiesPercent },
        QCoreApplication::translate("Reports", "Share of each target reached, per rep") };
    return t;
}

} // namespace

ReportDefinition targetsReport()
{
    ReportDefinition r;
    r.name = QStringLiteral("targets");
    r.title = QT_TRANSLATE_NOOP("Reports", "Targets");
    r.description = QT_TRANSLATE_NOOP("Reports",
        "Per rep: revenue won, new deals and activities done in the period, each beside its "
        "target and the share of it reached.");
    r.filters = FilterOwner | FilterTeam | FilterCurrency;
    r.run = run;
    return r;
}

} // namespace tandem
