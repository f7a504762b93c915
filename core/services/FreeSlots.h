// Finding a time when several people are all free within working hours: for a joint visit or a
// team meeting. The search itself is a pure function over busy intervals.
#pragma once

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QStringList>
#include <QTime>
#include <QTimeZone>

namespace tandem {

class Session;

struct TimeInterval {
    QDateTime start; // UTC
    QDateTime end; // UTC, exclusive
};

struct WorkingHours {
    QTime start { 9, 0 };
    QTime end { 17, 0 };
    QList<int> workdays { 1, 2, 3, 4, 5 }; // Qt::DayOfWeek: 1 Monday … 7 Sunday
    QTimeZone zone = QTimeZone::systemTimeZone(); // the zone the hours are in
};

// Meeting slots of `durationMins` in [from, to) inside working hours on workdays, overlapping no
// busy interval of anyone (intervals of all users are merged). In each free gap a slot starts at
// the gap's start and at every `stepMins` counted from the start of the working day; start times
// are real instants, so a day with a clock change has its real length. Sorted by start.
QList<TimeInterval> findFreeSlots(const QList<QList<TimeInterval>>& busyPerUser,
    const QDateTime& from, const QDateTime& to, int durationMins, const WorkingHours& hours,
    int stepMins = 30);

namespace FreeSlots {
// The team's working hours: settings work_day_start ("09:00"), work_day_end ("17:00") and
// work_days ("1,2,3,4,5"), in the system time zone.
WorkingHours workingHours(Session& session);
// The busy time of each user in [from, to) from their calendars: meetings, calls and other events
// not done block their time (30 minutes when they have no end), an all-day event blocks its whole
// days (in the working-hours zone); tasks never block.
QMap<QString, QList<TimeInterval>> busyTimes(
    Session& session, const QStringList& userIds, const QDateTime& from, const QDateTime& to);
// Slots in [from, to) when every one of `userIds` is free, by the team's working hours.
QList<TimeInterval> find(Session& session, const QStringList& userIds, const QDateTime& from,
    const QDateTime& to, int durationMins, int stepMins = 30);
} // namespace FreeSlots

} // namespace tandem
