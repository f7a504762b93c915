// Reminders: before a meeting or call, when a task falls due and on a contact's next-contact date;
// what fired, what fires next, what fired while Tandem was closed; snooze and dismiss per user.
#pragma once

#include "util/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QTime>
#include <QTimeZone>

namespace tandem {

class Session;

// The rules:
//  - An event (call, meeting, e-mail, note; from Calendar::entries, so recurring events fire per
//    occurrence and events the user takes part in fire too) fires reminder_minutes before its
//    start. With reminder_minutes unset, meetings and calls use the team setting
//    "reminder_default_minutes" (default 15; "off" disables it) and other kinds do not fire; a
//    negative value means "no reminder". Leads above one week count as one week. An all-day event
//    fires at the work-day start of its day, less its reminder_minutes when set.
//  - An open task with a due time fires at it; an all-day task at the work-day start of its day.
//  - A contact's next_contact_date fires at the work-day start of that day, for its owner.
//  - A company's renewal_date (a contract to renew, a repeat purchase due) fires for its owner at
//    the work-day start "renewal_reminder_days" (default 30) days before it: kind "renewal".
//  - The work-day start is the team setting "work_day_start" ("HH:mm", default 09:00), in the
//    user's local zone. An all-day item's day is its due/start date in that zone; a stored time of
//    exactly 00:00 UTC is read as a plain date.
//  - A fired reminder stays due until it is dismissed, snoozed (it fires again at the snooze end)
//    or its item is done, deleted or moved: a moved event or a changed date is a new occurrence
//    and so a new reminder. Done tasks do not fire; an event stops being due one day after it
//    ended, and a snooze that ends later than that does not bring it back.
//  - What was snoozed or dismissed is kept per user and occurrence in reminder_state (it syncs),
//    one row per occurrence.
struct Reminder {
    QString entity; // what to open: "activity" (an event), "task", "contact" or "company"
    QString recordId;
    // UTC: which occurrence this is: an event's (occurrence's) start, a task's due time as stored,
    // a contact's next-contact date at 00:00 UTC. With entity and id, it names the reminder.
    QDateTime occurrence;
    QDateTime fireAt; // UTC: when it fires or fired; the snooze end when snoozed
    QString title; // the subject, or the contact's name
    QString kind; // call | meeting | email | note | task | contact | renewal
    QDateTime when; // UTC: the event's start, the task's due time, the next-contact time
    QDateTime end; // UTC: an event's end; `when` for tasks and contacts
    bool allDay = false;
    bool snoozed = false; // fireAt is the end of a snooze
    QString location;
    QString ownerId; // the item's owner: a colleague's for an event the user takes part in

    QString key() const; // entity/id/occurrence, stable across sessions
};

struct ReminderSettings {
    int defaultMinutes = 15; // for meetings and calls without their own; -1: off
    QTime workDayStart = QTime(9, 0);
    int renewalLeadDays = 30; // team setting "renewal_reminder_days"
    QTimeZone zone; // the user's local zone
};

namespace Reminders {
// Reads the team settings; `zone` is the user's local zone.
ReminderSettings settings(Session& session, const QTimeZone& zone = QTimeZone::systemTimeZone());

// Reminders of the user that have fired by `now` (fireAt <= now) and are still due, in fire order.
QList<Reminder> due(Session& session, const QString& userId, const QDateTime& now,
    const QTimeZone& zone = QTimeZone::systemTimeZone());
// Reminders that will fire in (now, horizon], in fire order: when to wake up next.
QList<Reminder> upcoming(Session& session, const QString& userId, const QDateTime& now,
    const QDateTime& horizon, const QTimeZone& zone = QTimeZone::systemTimeZone());
// Reminders whose fire time fell in [since, now) and that were not dismissed: what fired while
// Tandem was closed. Events count even if they ended since; tasks and contacts that were due
// before `since` are not "missed" (they are still in due()). Looks back at most 30 days.
QList<Reminder> missed(Session& session, const QString& userId, const QDateTime& since,
    const QDateTime& now, const QTimeZone& zone = QTimeZone::systemTimeZone());

// The reminder fires again at `until` (UTC); a dismissed one comes back.
Result<void> snooze(
    Session& session, const QString& userId, const Reminder& reminder, const QDateTime& until);
// Snoozes all of them until the same time, in one transaction.
Result<void> snooze(Session& session, const QString& userId, const QList<Reminder>& reminders,
    const QDateTime& until);
// The reminder is done with for this occurrence (at the session clock's time).
Result<void> dismiss(Session& session, const QString& userId, const Reminder& reminder);
// Dismisses all of them in one transaction.
Result<void> dismiss(Session& session, const QString& userId, const QList<Reminder>& reminders);

// The work-day start of the day after `now`'s local day (UTC): "tomorrow morning".
QDateTime nextMorning(
    Session& session, const QDateTime& now, const QTimeZone& zone = QTimeZone::systemTimeZone());
} // namespace Reminders

} // namespace tandem
