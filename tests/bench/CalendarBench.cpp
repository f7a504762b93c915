// The calendar at scale: the week and the month of the busiest salesperson (the most activities)
// at their busiest time, read by the Calendar service and shown by the calendar screen, against
// raw SQLite reading the same activities in the same run.
#include "BenchSupport.h"

#include "calendar/CalendarModel.h"
#include "calendar/CalendarView.h"
#include "calendar/MonthView.h"
#include "common/DataEvents.h"
#include "common/UiContext.h"
#include "services/Calendar.h"
#include "store/Session.h"

#include <QCoreApplication>
#include <QLocale>
#include <QUndoStack>
#include <sqlite3.h>

namespace tandem::bench {

namespace {

constexpr int kRuns = 10;

// The owner with the most activities, and the Monday of the week they had the most in.
const char* const kBusiestSql = R"SQL(
SELECT owner_id, count(*) AS n FROM activity WHERE deleted = 0 AND owner_id IS NOT NULL
GROUP BY owner_id ORDER BY n DESC LIMIT 1
)SQL";
const char* const kBusiestWeekSql = R"SQL(
SELECT date(substr(starts_at, 1, 10), 'weekday 1', '-7 days') AS monday, count(*) AS n
FROM activity WHERE owner_id = ?1 AND deleted = 0 AND starts_at IS NOT NULL
GROUP BY monday ORDER BY n DESC LIMIT 1
)SQL";

// What a calendar needs of one user's days, as anyone would write it by hand: their events that
// start in the range, their tasks due in it, and the events they were invited to.
const char* const kRawRangeSql = R"SQL(
SELECT a.id, a.kind, a.subject, a.owner_id, u.calendar_visibility, a.location, a.starts_at,
       a.ends_at, a.due_at, a.all_day, a.done, a.rrule, a.exdates, a.time_zone,
       a.reminder_minutes, a.priority, a.visibility, a.contact_id, a.company_id, a.deal_id, a.lead_id
FROM activity a LEFT JOIN "user" u ON u.id = a.owner_id
WHERE a.owner_id = ?1 AND a.deleted = 0 AND a.starts_at >= ?2 AND a.starts_at < ?3
UNION ALL
SELECT a.id, a.kind, a.subject, a.owner_id, u.calendar_visibility, a.location, a.starts_at,
       a.ends_at, a.due_at, a.all_day, a.done, a.rrule, a.exdates, a.time_zone,
       a.reminder_minutes, a.priority, a.visibility, a.contact_id, a.company_id, a.deal_id, a.lead_id
FROM activity a LEFT JOIN "user" u ON u.id = a.owner_id
WHERE a.owner_id = ?1 AND a.deleted = 0 AND a.due_at >= ?2 AND a.due_at < ?3
  AND coalesce(a.starts_at, '') = ''
UNION ALL
SELECT a.id, a.kind, a.subject, a.owner_id, u.calendar_visibility, a.location, a.starts_at,
       a.ends_at, a.due_at, a.all_day, a.done, a.rrule, a.exdates, a.time_zone,
       a.reminder_minutes, a.priority, a.visibility, a.contact_id, a.company_id, a.deal_id, a.lead_id
FROM participant p JOIN activity a ON a.id = p.activity_id LEFT JOIN "user" u ON u.id = a.owner_id
WHERE p.user_id = ?1 AND p.deleted = 0 AND a.deleted = 0 AND a.starts_at >= ?2 AND a.starts_at < ?3
)SQL";

QString stored(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

int rawRange(RawDb& raw, const QByteArray& owner, const QDateTime& from, const QDateTime& to)
{
    sqlite3_stmt* s = raw.statement(kRawRangeSql);
    // Bound without a copy: the texts must outlive the steps.
    const QByteArray fromText = stored(from).toUtf8();
    const QByteArray toText = stored(to).toUtf8();
    bindText(s, 1, owner);
    bindText(s, 2, fromText);
    bindText(s, 3, toText);
    return readRows(s);
}

QByteArray firstText(RawDb& raw, const char* sql, const QByteArray& arg = {})
{
    sqlite3_stmt* s = raw.statement(sql);
    if (!arg.isEmpty())
        bindText(s, 1, arg);
    QByteArray out;
    if (sqlite3_step(s) == SQLITE_ROW)
        out = reinterpret_cast<const char*>(sqlite3_column_text(s, 0));
    sqlite3_reset(s);
    return out;
}

} // namespace

void runCalendarBench(Session& session)
{
    RawDb raw(session.database().path(), SQLITE_OPEN_READONLY);
    const QByteArray owner = firstText(raw, kBusiestSql);
    const QDate monday
        = QDate::fromString(QString::fromUtf8(firstText(raw, kBusiestWeekSql, owner)), Qt::ISODate);
    if (owner.isEmpty() || !monday.isValid()) {
        out() << QStringLiteral("\nCalendar: no activities to measure\n");
        return;
    }
    const QString user = QString::fromUtf8(owner);
    const QTimeZone zone = QTimeZone::systemTimeZone();
    const QDateTime weekFrom(monday, QTime(0, 0), zone);
    const QDateTime weekTo = weekFrom.addDays(7);
    const QDate gridStart = MonthView::gridStart(monday, QLocale().firstDayOfWeek());
    const QDateTime monthFrom(gridStart, QTime(0, 0), zone);
    const QDateTime monthTo = monthFrom.addDays(42);

    CalendarQuery week;
    week.userIds = { user };
    week.from = weekFrom.toUTC();
    week.to = weekTo.toUTC();
    week.viewerId = session.currentUserId();
    CalendarQuery month = week;
    month.from = monthFrom.toUTC();
    month.to = monthTo.toUTC();
    out() << QStringLiteral("\nCalendar: the busiest salesperson's week of %1 holds %2 entries "
                            "(raw SELECT: %3 rows), the six weeks around it %4 (raw: %5)\n")
                 .arg(monday.toString(Qt::ISODate))
                 .arg(Calendar::entries(session, week).size())
                 .arg(rawRange(raw, owner, week.from, week.to))
                 .arg(Calendar::entries(session, month).size())
                 .arg(rawRange(raw, owner, month.from, month.to))
          << Qt::flush;

    for (const auto& [name, query] : { std::pair { QStringLiteral("week"), week },
             std::pair { QStringLiteral("month (six weeks)"), month } }) {
        Samples ours, rawSamples;
        for (int i = 0; i < kRuns; ++i) {
            QElapsedTimer t;
            t.start();
            const auto entries = Calendar::entries(session, query);
            Q_UNUSED(entries);
            ours.add(msSince(t));
            t.restart();
            rawRange(raw, owner, query.from, query.to);
            rawSamples.add(msSince(t));
        }
        printRow(QStringLiteral("read the %1 with series expanded (Calendar::entries) vs the same "
                                "SELECT")
                     .arg(name),
            ours, rawSamples);
    }

    // The screen: the model, the views' layout and one paint.
    DataEvents events;
    QUndoStack undo;
    const UiContext context { session, events, undo };
    const std::pair<CalendarView::Mode, CalendarQuery> screens[]
        = { { CalendarView::Mode::Week, week }, { CalendarView::Mode::Month, month } };
    for (const auto& [mode, query] : screens) {
        Samples ours, rawSamples;
        for (int i = 0; i < kRuns; ++i) {
            QElapsedTimer t;
            t.start();
            {
                CalendarView view(context);
                view.setUsers({ user });
                view.setMode(mode);
                view.setDate(monday);
                view.resize(1400, 850);
                view.show();
                QCoreApplication::processEvents();
            }
            ours.add(msSince(t));
            t.restart();
            rawRange(raw, owner, query.from, query.to);
            rawSamples.add(msSince(t));
        }
        printRow(QStringLiteral("open the calendar on that %1 vs the same SELECT")
                     .arg(mode == CalendarView::Mode::Week ? QStringLiteral("week")
                                                           : QStringLiteral("month")),
            ours, rawSamples);
    }
}

} // namespace tandem::bench
