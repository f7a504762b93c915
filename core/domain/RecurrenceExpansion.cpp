// Expands a RecurrenceRule into UTC start instants: dates are chosen per FREQ period in the wall
// time of the event's zone (RFC 5545 expand/limit rules, invalid dates skipped), then converted.
#include "domain/Recurrence.h"

#include <QSet>
#include <algorithm>
#include <functional>

namespace tandem {

namespace {

using Frequency = RecurrenceRule::Frequency;
constexpr qint64 kDayMs = 24 * 60 * 60 * 1000;

int offsetAt(const QTimeZone& zone, qint64 utcMs)
{
    return zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(utcMs, Qt::UTC));
}

// The UTC instant of a wall time in `zone`. A wall time that happens twice (autumn) takes the
// first; one that does not exist (spring gap) is read with the offset from before the gap, as RFC
// 5545 3.3.5 says, which moves it forward by the gap: 03:30 on a Vilnius switch day is 04:30.
qint64 wallToUtc(const QTimeZone& zone, const QDate& date, const QTime& time)
{
    const qint64 wall = QDateTime(date, time, Qt::UTC).toMSecsSinceEpoch();
    const int before = offsetAt(zone, wall - kDayMs);
    const int after = offsetAt(zone, wall + kDayMs);
    const qint64 withBefore = wall - qint64(before) * 1000;
    const qint64 withAfter = wall - qint64(after) * 1000;
    const bool beforeFits = offsetAt(zone, withBefore) == before;
    const bool afterFits = offsetAt(zone, withAfter) == after;
    if (beforeFits && afterFits)
        return std::min(withBefore, withAfter);
    if (afterFits)
        return withAfter;
    return withBefore;
}

// The rule with RFC 5545's defaults taken from the start date filled in.
struct Plan {
    RecurrenceRule rule;
    bool ordinalInYear = false; // YEARLY without BYMONTH: "20MO" is the year's 20th Monday
    QDate firstDay; // the start's wall date
    QDate firstWeek; // the first day of the start's week (WKST)
};

Plan makePlan(const RecurrenceRule& rule, const QDate& d0)
{
    Plan p { rule, false, d0, {} };
    RecurrenceRule& r = p.rule;
    r.interval = std::max(1, r.interval);
    if (r.byDay.isEmpty() && r.byMonthDay.isEmpty()) {
        if (r.frequency == Frequency::Weekly)
            r.byDay = { { 0, Qt::DayOfWeek(d0.dayOfWeek()) } };
        else if (r.frequency == Frequency::Monthly)
            r.byMonthDay = { d0.day() };
        else if (r.frequency == Frequency::Yearly) {
            if (r.byMonth.isEmpty())
                r.byMonth = { d0.month() };
            r.byMonthDay = { d0.day() };
        }
    }
    p.ordinalInYear = r.frequency == Frequency::Yearly && rule.byMonth.isEmpty();
    p.firstWeek = d0.addDays(-((d0.dayOfWeek() - int(r.weekStart) + 7) % 7));
    return p;
}

QDate periodStart(const Plan& p, qint64 k)
{
    const qint64 step = k * p.rule.interval;
    switch (p.rule.frequency) {
    case Frequency::Daily:
        return p.firstDay.addDays(step);
    case Frequency::Weekly:
        return p.firstWeek.addDays(7 * step);
    case Frequency::Monthly:
        return QDate(p.firstDay.year(), p.firstDay.month(), 1).addMonths(int(step));
    case Frequency::Yearly:
        return QDate(p.firstDay.year() + int(step), 1, 1);
    }
    return {};
}

QDate periodEnd(const Plan& p, const QDate& start)
{
    switch (p.rule.frequency) {
    case Frequency::Daily:
        return start.addDays(1);
    case Frequency::Weekly:
        return start.addDays(7);
    case Frequency::Monthly:
        return start.addMonths(1);
    case Frequency::Yearly:
        return start.addYears(1);
    }
    return {};
}

// The period (counted from the start's) that holds `date`; 0 for dates before the start.
qint64 periodIndexOf(const Plan& p, const QDate& date)
{
    const QDate d0 = p.firstDay;
    qint64 units = 0;
    switch (p.rule.frequency) {
    case Frequency::Daily:
        units = d0.daysTo(date);
        break;
    case Frequency::Weekly:
        units = p.firstWeek.daysTo(date) / 7;
        break;
    case Frequency::Monthly:
        units = qint64(date.year() - d0.year()) * 12 + date.month() - d0.month();
        break;
    case Frequency::Yearly:
        units = date.year() - d0.year();
        break;
    }
    return units <= 0 ? 0 : units / p.rule.interval;
}

bool dayMatches(const Plan& p, const QDate& d)
{
    const RecurrenceRule& r = p.rule;
    if (!r.byMonth.isEmpty() && !r.byMonth.contains(d.month()))
        return false;
    if (!r.byMonthDay.isEmpty()) {
        const int last = d.daysInMonth();
        const bool hit = std::any_of(r.byMonthDay.begin(), r.byMonthDay.end(),
            [&](int md) { return md > 0 ? d.day() == md : d.day() == last + md + 1; });
        if (!hit)
            return false;
    }
    if (!r.byDay.isEmpty()) {
        // The weekday's number within its month (or year) from the start and from the end.
        const int index = p.ordinalInYear ? d.dayOfYear() : d.day();
        const int size = p.ordinalInYear ? d.daysInYear() : d.daysInMonth();
        const int fromStart = (index - 1) / 7 + 1;
        const int fromEnd = -((size - index) / 7 + 1);
        const bool hit = std::any_of(r.byDay.begin(), r.byDay.end(), [&](const WeekdayNum& w) {
            return int(w.day) == d.dayOfWeek()
                && (w.ordinal == 0 || w.ordinal == fromStart || w.ordinal == fromEnd);
        });
        if (!hit)
            return false;
    }
    return true;
}

QList<QDate> periodDates(const Plan& p, const QDate& start)
{
    QList<QDate> dates;
    const QDate end = periodEnd(p, start);
    for (QDate d = start; d < end; d = d.addDays(1)) {
        if (dayMatches(p, d))
            dates << d;
    }
    const QList<int>& setPos = p.rule.bySetPos;
    if (setPos.isEmpty() || dates.isEmpty())
        return dates;
    QList<QDate> chosen;
    const qsizetype n = dates.size();
    for (int pos : setPos) {
        const qsizetype i = pos > 0 ? pos - 1 : n + pos;
        if (i >= 0 && i < n && !chosen.contains(dates.at(i)))
            chosen << dates.at(i);
    }
    std::sort(chosen.begin(), chosen.end());
    return chosen;
}

// Calls `visit` with each occurrence's UTC milliseconds, the start first, until it returns false
// or the series ends. With no COUNT the walk starts at the period holding `jumpTo` (when valid),
// so a series begun years ago costs only the periods near the window asked for. `stopAfter` (a
// wall date) ends a walk that would otherwise look for matches forever.
void expand(const RecurrenceRule& rule, const QDateTime& start, const QDate& jumpTo,
    const QDate& stopAfter, const std::function<bool(qint64)>& visit)
{
    const QTimeZone zone = start.timeZone();
    const QDate d0 = start.date();
    const QTime time = start.time();
    const Plan plan = makePlan(rule, d0);
    qint64 untilMs = std::numeric_limits<qint64>::max();
    QDate lastDate
        = stopAfter.isValid() ? stopAfter : QDate(std::min(d0.year() + 1000, 9999), 12, 31);
    if (rule.until.isValid()) {
        // A floating UNTIL (a date, or a time without Z) is a wall time in the event's zone.
        const bool floating = rule.until.timeSpec() == Qt::LocalTime;
        untilMs = floating ? wallToUtc(zone, rule.until.date(), rule.until.time())
                           : rule.until.toMSecsSinceEpoch();
        const QDate untilDate = floating ? rule.until.date() : rule.until.toTimeZone(zone).date();
        lastDate = std::min(lastDate, untilDate.addDays(1));
    }
    int counted = 1;
    if (!visit(start.toMSecsSinceEpoch()))
        return;
    if (rule.count == 1)
        return;
    const qint64 first = rule.count == 0 && jumpTo.isValid() ? periodIndexOf(plan, jumpTo) : 0;
    for (qint64 k = first;; ++k) {
        const QDate from = periodStart(plan, k);
        if (!from.isValid() || from > lastDate)
            return;
        for (const QDate& d : periodDates(plan, from)) {
            if (d <= d0)
                continue; // the start itself was visited first; nothing comes before it
            const qint64 ms = wallToUtc(zone, d, time);
            if (ms > untilMs)
                return;
            if (!visit(ms))
                return;
            if (rule.count > 0 && ++counted >= rule.count)
                return;
        }
    }
}

} // namespace

namespace Recurrence {

QList<QDateTime> occurrences(const RecurrenceRule& rule, const QDateTime& start,
    const QDateTime& from, const QDateTime& to, const QList<QDateTime>& exdates, int limit)
{
    QList<QDateTime> out;
    if (!start.isValid() || limit <= 0)
        return out;
    QSet<qint64> skipped;
    for (const QDateTime& t : exdates)
        skipped.insert(t.toMSecsSinceEpoch());
    const QTimeZone zone = start.timeZone();
    // A day earlier than the window's wall dates: the zone's offset can put them a day apart.
    const QDate jumpTo = from.isValid() ? from.toTimeZone(zone).date().addDays(-1) : QDate();
    const QDate stopAfter = to.isValid() ? to.toTimeZone(zone).date().addDays(1) : QDate();
    const qint64 fromMs = from.isValid() ? from.toMSecsSinceEpoch() : 0;
    const qint64 toMs = to.isValid() ? to.toMSecsSinceEpoch() : 0;
    expand(rule, start, jumpTo, stopAfter, [&](qint64 ms) {
        if (to.isValid() && ms >= toMs)
            return false;
        if ((!from.isValid() || ms >= fromMs) && !skipped.contains(ms))
            out << QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
        return out.size() < limit;
    });
    return out;
}

QDateTime lastOccurrence(const RecurrenceRule& rule, const QDateTime& start)
{
    if (!start.isValid() || (rule.count <= 0 && !rule.until.isValid()))
        return {};
    qint64 last = start.toMSecsSinceEpoch();
    expand(rule, start, {}, {}, [&](qint64 ms) {
        last = ms;
        return true;
    });
    return QDateTime::fromMSecsSinceEpoch(last, Qt::UTC);
}

} // namespace Recurrence

} // namespace tandem
