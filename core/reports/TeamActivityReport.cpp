// Team activity: per rep (or per ISO week) the calls, meetings and e-mails done in the period, the
// companies they reached, how punctually tasks were done and how soon new leads were contacted.
#include "reports/ReportCatalog.h"

#include "reports/TeamActivityQueries.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

namespace tandem {

namespace {

const QString kTotal = QStringLiteral("total");

enum RepColumn {
    Rep,
    Calls,
    Meetings,
    Emails,
    PerWeek,
    Companies,
    OnTime,
    Late,
    Overdue,
    OnTimePercent,
    AvgDays,
    Leads,
    Within1,
    Within7,
    Within30,
    CasesResolved,
    Satisfaction,
    RepColumnCount
};

enum WeekColumn { Week, WeekCalls, WeekMeetings, WeekEmails, WeekTasks, WeekColumnCount };

// Where each SQL result column goes: the report column, the value's index, the index of the ids
// behind it (-1: none) and their entity.
struct Slot {
    int column;
    int value;
    int ids;
    const char* entity;
};

using Cells = QHash<QString, QList<ReportCell>>; // by owner id, "total" for the totals row

QList<ReportCell> blankRepRow()
{
    QList<ReportCell> cells(RepColumnCount);
    for (int c :
        { Calls, Meetings, Emails, Companies, OnTime, Late, Overdue, Leads, CasesResolved })
        cells[c].value = qint64(0);
    cells[PerWeek].value = 0.0;
    return cells;
}

void place(Cells& cells, const ReportSql::Rows& rows, const QList<Slot>& targets)
{
    for (const QVariantList& r : rows) {
        const QString key = r.at(0).isNull() ? kTotal : r.at(0).toString();
        if (!cells.contains(key))
            cells.insert(key, blankRepRow());
        QList<ReportCell>& row = cells[key];
        for (const Slot& s : targets) {
            const QVariant v = r.at(s.value);
            ReportCell& cell = row[s.column];
            if (v.isNull())
                cell.value = QVariant();
            else if (v.typeId() == QMetaType::Double)
                cell.value = v.toDouble();
            else
                cell.value = v.toLongLong();
            // The totals row comes without ids: it drills to the rows above it.
            if (s.ids >= 0 && (key == kTotal || !r.at(s.ids).toString().isEmpty())) {
                cell.entity = QString::fromLatin1(s.entity);
                cell.ids = r.at(s.ids).toString();
            }
        }
    }
}

QString joinIds(const QList<ReportCell>& row, std::initializer_list<int> columns)
{
    QStringList parts;
    for (int c : columns) {
        if (!row.at(c).ids.isEmpty())
            parts << row.at(c).ids;
    }
    return parts.join(QLatin1Char(','));
}

QList<ReportColumn> repColumns()
{
    return {
        { QStringLiteral("rep"), QCoreApplication::translate("Reports", "Rep"), ReportValue::Text },
        { QStringLiteral("calls"), QCoreApplication::translate("Reports", "Calls"),
            ReportValue::Count, true },
        { QStringLiteral("meetings"), QCoreApplication::translate("Reports", "Meetings"),
            ReportValue::Count, true },
        { QStringLiteral("emails"), QCoreApplication::translate("Reports", "E-mails"),
            ReportValue::Count, true },
        { QStringLiteral("per_week"), QCoreApplication::translate("Reports", "Per week"),
            ReportValue::Number },
        { QStringLiteral("companies"), QCoreApplication::translate("Reports", "Companies"),
            ReportValue::Count },
        { QStringLiteral("tasks_on_time"), QCoreApplication::translate("Reports", "On time"),
            ReportValue::Count },
        { QStringLiteral("tasks_late"), QCoreApplication::translate("Reports", "Late"),
            ReportValue::Count },
        { QStringLiteral("tasks_overdue"), QCoreApplication::translate("Reports", "Overdue"),
            ReportValue::Count },
        { QStringLiteral("on_time_pct"), QCoreApplication::translate("Reports", "On-time %"),
            ReportValue::Percent },
        { QStringLiteral("avg_days"), QCoreApplication::translate("Reports", "Avg days"),
            ReportValue::Days },
        { QStringLiteral("leads"), QCoreApplication::translate("Reports", "Leads"),
            ReportValue::Count },
        { QStringLiteral("leads_1d_pct"), QCoreApplication::translate("Reports", "≤ 1 day %"),
            ReportValue::Percent },
        { QStringLiteral("leads_7d_pct"), QCoreApplication::translate("Reports", "≤ 7 days %"),
            ReportValue::Percent },
        { QStringLiteral("leads_30d_pct"), QCoreApplication::translate("Reports", "≤ 30 days %"),
            ReportValue::Percent },
        { QStringLiteral("cases_resolved"),
            QCoreApplication::translate("Reports", "Cases resolved"), ReportValue::Count },
        { QStringLiteral("satisfaction"),
            QCoreApplication::translate("Reports", "Satisfaction (1–5)"), ReportValue::Number },
    };
}

Result<ReportTable> byRep(Session& session, const ReportParams& p)
{
    Cells cells;
    const QString activity = QStringLiteral("activity");
    auto acts = TeamActivityQueries::activities(session, p);
    if (!acts)
        return acts.error();
    place(cells, *acts,
        { { Calls, 1, 2, "activity" }, { Meetings, 3, 4, "activity" }, { Emails, 5, 6, "activity" },
            { PerWeek, 7, -1, "" }, { Companies, 8, 9, "company" } });
    auto due = TeamActivityQueries::dueTasks(session, p);
    if (!due)
        return due.error();
    place(cells, *due,
        { { OnTime, 1, 2, "activity" }, { Late, 3, 4, "activity" }, { Overdue, 5, 6, "activity" },
            { OnTimePercent, 7, 8, "activity" } });
    auto finished = TeamActivityQueries::finishedTasks(session, p);
    if (!finished)
        return finished.error();
    place(cells, *finished, { { AvgDays, 1, 2, "activity" } });
    auto leads = TeamActivityQueries::leads(session, p);
    if (!leads)
        return leads.error();
    place(cells, *leads,
        { { Leads, 1, 2, "lead" }, { Within1, 3, 4, "lead" }, { Within7, 5, 6, "lead" },
            { Within30, 7, 8, "lead" } });
    auto cases = TeamActivityQueries::cases(session, p);
    if (!cases)
        return cases.error();
    place(cells, *cases, { { CasesResolved, 1, 2, "case" }, { Satisfaction, 3, 4, "case" } });
    auto users = TeamActivityQueries::reps(session, p);
    if (!users)
        return users.error();

    ReportTable t;
    t.columns = repColumns();
    auto finish = [&](QList<ReportCell> row, const ReportCell& label, bool total) {
        row[Rep] = label;
        // The rate drills down to the activities it counts (the totals row: those above it).
        const QString ids = joinIds(row, { Calls, Meetings, Emails });
        if (!ids.isEmpty() || total) {
            row[PerWeek].entity = activity;
            row[PerWeek].ids = ids;
        }
        return row;
    };
    for (const QVariantList& u : *users) {
        const QString id = u.at(0).toString();
        if (!u.at(2).toBool() && !cells.contains(id))
            continue;
        t.addRow(id,
            finish(cells.value(id, blankRepRow()),
                valueCell(u.at(1).toString(), QStringLiteral("user"), id), false));
    }
    t.addRow(kTotal,
        finish(cells.value(kTotal, blankRepRow()),
            textCell(QCoreApplication::translate("Reports", "Total")), true),
        true);
    t.chart = { ChartKind::StackedBar, Rep, { Calls, Meetings, Emails },
        QCoreApplication::translate("Reports", "Calls, meetings and e-mails per rep") };
    t.notes << QCoreApplication::translate("Reports",
        "Calls, meetings, e-mails: the rep's activities of that kind marked done whose start "
        "(without a start: the time they were marked done) falls in the period. Per week = "
        "their sum ÷ (days in the period ÷ 7). Companies: the different companies they were "
        "with (the activity's company, else its contact's, else its deal's).");
    t.notes << QCoreApplication::translate("Reports",
        "Tasks due in the period: on time if marked done by the due time (an all-day task: by "
        "the end of its day), late if after it, overdue if still open after it (as of the "
        "start of today). On-time % = on time ÷ (on time + late + overdue).");
    t.notes << QCoreApplication::translate("Reports",
        "Avg days: from creating a task to marking it done, for the tasks marked done in the "
        "period (tasks recorded after they were done are left out).");
    t.notes << QCoreApplication::translate("Reports",
        "Leads: registered in the period and owned by the rep. ≤ 1/7/30 days %: the share of "
        "them with a call, meeting or e-mail marked done within 1, 7 or 30 days of being "
        "registered (a lead registered near the end of the period has had less time).");
    t.notes << QCoreApplication::translate("Reports",
        "Cases resolved: customers' cases the rep owned that were resolved in the period; "
        "satisfaction: the average score (1–5) the customers gave them.");
    return t;
}

// The ISO week a day belongs to, as the row key: "2026-W10".
QString weekKey(const QDate& day)
{
    int year = 0;
    const int week = day.weekNumber(&year);
    return QStringLiteral("%1-W%2").arg(year).arg(week, 2, 10, QLatin1Char('0'));
}

Result<ReportTable> byWeek(Session& session, const ReportParams& p)
{
    auto figures = TeamActivityQueries::weeks(session, p);
    if (!figures)
        return figures.error();
    QHash<QString, QList<ReportCell>> weeks;
    const QString activity = QStringLiteral("activity");
    for (const QVariantList& r : *figures) {
        QList<ReportCell> cells(WeekColumnCount);
        for (int c = WeekCalls; c < WeekColumnCount; ++c) {
            const int at = 1 + 2 * (c - WeekCalls);
            const bool drills = r.at(0).isNull() || !r.at(at + 1).toString().isEmpty();
            cells[c] = valueCell(
                r.at(at).toLongLong(), drills ? activity : QString(), r.at(at + 1).toString());
        }
        weeks.insert(r.at(0).isNull() ? kTotal : r.at(0).toString(), cells);
    }

    ReportTable t;
    t.columns = {
        { QStringLiteral("week"), QCoreApplication::translate("Reports", "Week"),
            ReportValue::Text },
        { QStringLiteral("calls"), QCoreApplication::translate("Reports", "Calls"),
            ReportValue::Count, true },
        { QStringLiteral("meetings"), QCoreApplication::translate("Reports", "Meetings"),
            ReportValue::Count, true },
        { QStringLiteral("emails"), QCoreApplication::translate("Reports", "E-mails"),
            ReportValue::Count, true },
        { QStringLiteral("tasks_done"), QCoreApplication::translate("Reports", "Tasks done"),
            ReportValue::Count, true },
    };
    QList<ReportCell> zeros(WeekColumnCount);
    for (int c = WeekCalls; c < WeekColumnCount; ++c)
        zeros[c].value = qint64(0);
    const QLocale locale;
    // Every week the period touches, Monday to Sunday, even the empty ones. Rows are keyed by
    // their place in the period ("week-1" …) so a comparison sets each week beside the same week
    // of the earlier period.
    int position = 0;
    for (QDate monday = p.from.addDays(1 - p.from.dayOfWeek()); monday <= p.to;
         monday = monday.addDays(7)) {
        const QString key = weekKey(monday);
        QList<ReportCell> cells = weeks.value(key, zeros);
        cells[Week] = textCell(QStringLiteral("%1 (%2 – %3)")
                                   .arg(key, locale.toString(monday, QLocale::ShortFormat),
                                       locale.toString(monday.addDays(6), QLocale::ShortFormat)));
        t.addRow(QStringLiteral("week-%1").arg(++position), cells);
    }
    QList<ReportCell> total = weeks.value(kTotal, zeros);
    total[Week] = textCell(QCoreApplication::translate("Reports", "Total"));
    t.addRow(kTotal, total, true);
    t.chart = { ChartKind::StackedBar, Week, { WeekCalls, WeekMeetings, WeekEmails },
        QCoreApplication::translate("Reports", "Calls, meetings and e-mails per week") };
    t.notes << QCoreApplication::translate("Reports",
        "Calls, meetings, e-mails: activities of that kind marked done whose start (without a "
        "start: the time they were marked done) falls in the week. Tasks done: tasks marked done "
        "that week. The first and last weeks count only their days inside the period.");
    return t;
}

Result<ReportTable> run(Session& session, const ReportParams& p)
{
    if (p.options.value(QStringLiteral("by")) == QLatin1String("week"))
        return byWeek(session, p);
    return byRep(session, p);
}

} // namespace

ReportDefinition teamActivityReport()
{
    ReportDefinition r;
    r.name = QStringLiteral("team-activity");
    r.title = QT_TRANSLATE_NOOP("Reports", "Team activity");
    r.description = QT_TRANSLATE_NOOP("Reports",
        "Per rep: calls, meetings and e-mails done in the period, companies contacted, tasks "
        "done on time, late or overdue, and how soon new leads were contacted.");
    r.filters = FilterOwner | FilterTeam;
    r.options = { ReportOption { QStringLiteral("by"), QT_TRANSLATE_NOOP("Reports", "One row per"),
        QStringLiteral("rep"),
        { { QStringLiteral("rep"), QT_TRANSLATE_NOOP("Reports", "Rep") },
            { QStringLiteral("week"), QT_TRANSLATE_NOOP("Reports", "Week") } } } };
    r.run = run;
    return r;
}

} // namespace tandem
