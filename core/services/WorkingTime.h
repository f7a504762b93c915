// Deadlines counted in working time (service cases): the clock runs only in working hours on
// workdays, and stops on weekends, public holidays and the team's own days off.
#pragma once

#include "services/FreeSlots.h" // WorkingHours

#include <QDate>
#include <QDateTime>
#include <QSet>
#include <QString>

namespace tandem {

struct WorkCalendar {
    WorkingHours hours;
    QString country; // public holidays of this country count as days off; empty: none
    QSet<QDate> extraDaysOff; // the team's own days off (company holidays)
    // A workday of `hours`, not a public holiday, not an extra day off.
    bool isWorkday(const QDate& date) const;
};

namespace WorkingTime {
// The instant `minutes` of working time after `start` (UTC in, UTC out): the clock only runs on
// workdays between hours.start and hours.end, in hours.zone (so a day with a DST switch has its
// real length). A start outside working time counts from the next working period's start.
// minutes <= 0 returns start moved to the next working instant (start itself if inside working
// time). Working time is [hours.start, hours.end): a deadline that lands on the end of a working
// day stays there, while a start at that instant counts from the next working day.
// Invalid when the calendar has no working time at all (no workday in hours.workdays, or
// hours.start >= hours.end), for an invalid start, or when the result would be after year 9999.
QDateTime add(const QDateTime& start, qint64 minutes, const WorkCalendar& calendar);
// Working minutes in [from, to) (0 when to <= from); whole minutes, rounded down.
qint64 between(const QDateTime& from, const QDateTime& to, const WorkCalendar& calendar);
} // namespace WorkingTime

} // namespace tandem
