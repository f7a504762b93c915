// What a calendar shows: the meetings, calls and tasks of some users in a time range, with
// recurring events expanded into their occurrences, and the writes a calendar makes (create,
// move or resize an event or one occurrence of a series, skip an occurrence).
#pragma once

#include "util/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace tandem {

class Session;

struct CalendarEntry {
    QString activityId;
    QString kind; // call | meeting | email | note | task
    QString subject; // empty with `hidden`
    QString ownerId;
    QString location;
    QDateTime start; // UTC; a task's due time
    QDateTime end; // UTC; equals start for a task or an event without an end
    bool allDay = false;
    bool done = false;
    bool recurring = false;
    QDateTime occurrence; // UTC start of this occurrence as the series produces it (recurring only)
    int reminderMinutes = -1; // -1: no reminder
    QString priority; // low | normal | high (tasks)
    QString contactId;
    QString companyId;
    QString dealId;
    QString leadId;
    QString timeZone; // the event's zone (IANA id); empty: the user's own zone
    // Another user's private event: shown as busy time without subject, place or links.
    bool hidden = false;
    // The entry is on this user's calendar as a participant, not as its owner.
    QString participantUserId;

    qint64 durationSecs() const { return start.secsTo(end); }
    // A stable key of one occurrence: the activity id, plus the occurrence for a series.
    QString key() const;
};

struct CalendarQuery {
    QStringList userIds; // whose calendars; empty: all users
    QDateTime from; // UTC, inclusive
    QDateTime to; // UTC, exclusive
    bool tasks = true; // include tasks (by due time)
    bool done = true; // include done activities and tasks
    // Who is looking: other users' private events are `hidden` for them, and a user whose
    // calendar visibility is private shows only busy blocks.
    QString viewerId;
};

namespace Calendar {
// Entries that overlap [from, to), sorted by start, then owner, then subject.
QList<CalendarEntry> entries(Session& session, const CalendarQuery& query);

enum class SeriesScope { Occurrence, Series };

// Moves (and resizes) an event to [start, end). For an occurrence of a series, `scope` says
// whether only that occurrence moves (it is skipped in the series and becomes an event of its own,
// whose id is returned) or the whole series shifts by the same amount. Returns the id of the
// activity that now holds the moved time.
Result<QString> reschedule(Session& session, const CalendarEntry& entry, const QDateTime& start,
    const QDateTime& end, SeriesScope scope = SeriesScope::Series);
// Leaves one occurrence out of its series (kept in the series' skipped occurrences).
Result<void> skipOccurrence(Session& session, const CalendarEntry& entry);
} // namespace Calendar

} // namespace tandem
