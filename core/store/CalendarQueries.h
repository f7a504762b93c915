// The rows a calendar shows: one user's (or everyone's) activities that may overlap a time range,
// the recurring series that may have occurrences in it, and the events a user takes part in.
// Recurring series are returned whole; core/services/Calendar expands them.
#pragma once

#include "util/Result.h"

#include <QList>
#include <QString>

namespace tandem {

class Database;

struct CalendarRow {
    QString id;
    QString kind;
    QString subject;
    QString ownerId;
    QString ownerVisibility; // the owner's calendar_visibility
    QString location;
    QString startsAt; // stored UTC text
    QString endsAt;
    QString dueAt;
    bool allDay = false;
    bool done = false;
    QString rrule;
    QString exdates;
    QString timeZone;
    int reminderMinutes = -1;
    QString priority;
    QString visibility;
    QString contactId;
    QString companyId;
    QString dealId;
    QString leadId;
    QString participantUserId; // set for rows found through the participant list
};

struct CalendarRange {
    QString from; // stored UTC text, inclusive
    QString to; // exclusive
    // Events that started this long before `from` are not looked for: the index reads a bounded
    // range. Multi-day events longer than this are not expected.
    int longestEventDays = 62;
};

namespace CalendarQueries {
// Single (non-recurring) events and tasks that may overlap the range, owned by `ownerId` (empty:
// anyone's). Tasks are placed by their due time, other activities by their start (or due time
// when they have no start).
Result<QList<CalendarRow>> single(Database& db, const QString& ownerId, const CalendarRange& range);
// Recurring series owned by `ownerId` (empty: anyone's) that start before the range ends.
Result<QList<CalendarRow>> series(Database& db, const QString& ownerId, const QString& before);
// Events of other owners where `userId` is a participant, single or recurring, starting before
// the range ends; the caller filters and expands them.
Result<QList<CalendarRow>> asParticipant(
    Database& db, const QString& userId, const CalendarRange& range);
} // namespace CalendarQueries

} // namespace tandem
