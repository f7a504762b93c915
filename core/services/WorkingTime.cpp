#include "services/WorkingTime.h"

#include "domain/PublicHolidays.h"

#include <QTimeZone>
#include <algorithm>

namespace tandem {

namespace {

// add() gives up after this year; the minutes cap keeps minutes * 60000 inside qint64 and is more
// than all the time there is until then.
const int kLastYear = 9999;
const qint64 kMaxMinutes = qint64(10000) * 366 * 24 * 60;

// Without working time add() would search for it forever.
bool hasWorkingTime(const WorkingHours& hours)
{
    if (!hours.start.isValid() || !hours.end.isValid() || hours.end <= hours.start)
        return false;
    return std::any_of(
        hours.workdays.cbegin(), hours.workdays.cend(), [](int d) { return d >= 1 && d <= 7; });
}

QTimeZone zoneOf(const WorkingHours& hours)
{
    return hours.zone.isValid() ? hours.zone : QTimeZone::systemTimeZone();
}

// The day's working period as real instants (UTC), so the day a clock changes has its real length.
TimeInterval workingPeriod(const QDate& day, const WorkingHours& hours, const QTimeZone& zone)
{
    return { QDateTime(day, hours.start, zone).toUTC(), QDateTime(day, hours.end, zone).toUTC() };
}

} // namespace

bool WorkCalendar::isWorkday(const QDate& date) const
{
    return date.isValid() && hours.workdays.contains(date.dayOfWeek())
        && !extraDaysOff.contains(date)
        && (country.isEmpty() || !PublicHolidays::isHoliday(country, date));
}

QDateTime WorkingTime::add(const QDateTime& start, qint64 minutes, const WorkCalendar& calendar)
{
    if (!start.isValid() || !hasWorkingTime(calendar.hours) || minutes > kMaxMinutes)
        return {};
    const QTimeZone zone = zoneOf(calendar.hours);
    const QDateTime from = start.toUTC();
    qint64 leftMs = std::max<qint64>(minutes, 0) * 60000;
    for (QDate day = from.toTimeZone(zone).date(); day.year() <= kLastYear; day = day.addDays(1)) {
        if (!calendar.isWorkday(day))
            continue;
        const TimeInterval work = workingPeriod(day, calendar.hours, zone);
        const QDateTime begin = std::max(work.start, from);
        if (begin >= work.end) // this day's working time is over before `start`
            continue;
        const qint64 available = begin.msecsTo(work.end);
        // `<=`: a deadline on the end of the working day stays there, not on the next morning.
        if (leftMs <= available)
            return begin.addMSecs(leftMs);
        leftMs -= available;
    }
    return {};
}

qint64 WorkingTime::between(
    const QDateTime& from, const QDateTime& to, const WorkCalendar& calendar)
{
    if (!from.isValid() || !to.isValid() || to <= from || !hasWorkingTime(calendar.hours))
        return 0;
    const QTimeZone zone = zoneOf(calendar.hours);
    const QDateTime first = from.toUTC();
    const QDateTime last = to.toUTC();
    const QDate lastDay = last.toTimeZone(zone).date();
    qint64 ms = 0;
    for (QDate day = first.toTimeZone(zone).date(); day <= lastDay; day = day.addDays(1)) {
        if (!calendar.isWorkday(day))
            continue;
        const TimeInterval work = workingPeriod(day, calendar.hours, zone);
        const QDateTime begin = std::max(work.start, first);
        const QDateTime end = std::min(work.end, last);
        if (begin < end)
            ms += begin.msecsTo(end);
    }
    return ms / 60000;
}

} // namespace tandem
