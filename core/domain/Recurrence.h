// Recurring events and tasks, stored as an RFC 5545 RRULE ("FREQ=WEEKLY;BYDAY=MO,WE;COUNT=10").
// Occurrences are counted in the wall time of the event's own time zone, so a 09:00 meeting in
// Vilnius stays at 09:00 across the DST switch; the results are UTC instants.
#pragma once

#include "util/Result.h"

#include <QDateTime>
#include <QList>
#include <QLocale>
#include <QString>
#include <QTimeZone>

namespace tandem {

struct WeekdayNum {
    int ordinal = 0; // 0: every such weekday; 1..5 or -1..-5: the nth (from the end) in the period
    Qt::DayOfWeek day = Qt::Monday;
    bool operator==(const WeekdayNum&) const = default;
};

struct RecurrenceRule {
    enum class Frequency { Daily, Weekly, Monthly, Yearly };
    Frequency frequency = Frequency::Weekly;
    int interval = 1;
    int count = 0; // 0: not limited by a count
    // Invalid: no end date; otherwise the last instant an occurrence may start. UNTIL=…Z is held in
    // UTC; a floating UNTIL (Qt::LocalTime) is a wall time in the event's zone, and a date alone
    // (UNTIL=20261231) is that day's 23:59:59.999.
    QDateTime until;
    QList<WeekdayNum> byDay;
    QList<int> byMonthDay; // 1..31 or -1..-31 (-1 is the month's last day)
    QList<int> byMonth; // 1..12
    QList<int> bySetPos; // 1..366 or -1..-366
    Qt::DayOfWeek weekStart = Qt::Monday;

    bool operator==(const RecurrenceRule&) const = default;
};

namespace Recurrence {
// Parses an RRULE value (a leading "RRULE:" is accepted). An error names the part that is wrong.
// Parts Tandem does not expand (BYHOUR, BYMINUTE, BYSECOND, BYWEEKNO, BYYEARDAY, FREQ below DAILY)
// are refused rather than silently ignored.
Result<RecurrenceRule> parse(const QString& rrule);
// The canonical RRULE text for a rule (parts in RFC order, UNTIL in UTC as yyyyMMddTHHmmssZ).
QString format(const RecurrenceRule& rule);
// Start instants (UTC) of the occurrences that start in [from, to), in order, leaving out
// `exdates` (compared as instants). `start` is the first occurrence, in the event's time zone
// (QDateTime with that zone); it counts as an occurrence even when the rule would not produce it,
// as RFC 5545 says. COUNT counts from `start`, including skipped dates. At most `limit` results.
// An invalid `from` or `to` leaves that side of the window open.
QList<QDateTime> occurrences(const RecurrenceRule& rule, const QDateTime& start,
    const QDateTime& from, const QDateTime& to, const QList<QDateTime>& exdates = {},
    int limit = 5000);
// The start of the last occurrence, or an invalid QDateTime when the rule has no end.
QDateTime lastOccurrence(const RecurrenceRule& rule, const QDateTime& start);
// A sentence for people, in the locale's language ("Every 2 weeks on Monday and Wednesday, 10
// times"), translated in context "Recurrence".
QString describe(const RecurrenceRule& rule, const QLocale& locale = QLocale());
// One BYDAY entry for people: "Monday", "the third Tuesday", "the last Friday".
QString describeWeekday(const WeekdayNum& day, const QLocale& locale = QLocale());
// The event's zone from its stored name (IANA id); the system zone when empty or unknown.
QTimeZone zoneNamed(const QString& ianaId);
} // namespace Recurrence

} // namespace tandem
