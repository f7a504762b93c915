// The reminder questions a ListQuery cannot ask: a user's open tasks due soon, contacts due for
// their next contact, the raw reminder minutes of events, and what the user snoozed or dismissed.
#pragma once

#include "util/Result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace tandem {

class Database;

struct ReminderTaskRow {
    QString id;
    QString subject;
    QString dueAt; // as stored (UTC, ISO 8601)
    bool allDay = false;
    QString priority;
};

struct NextContactRow {
    QString id;
    QString name; // first and last name, else the e-mail
    QString date; // next_contact_date as stored (yyyy-MM-dd)
};

struct ReminderStateRow {
    QString id;
    QString entity;
    QString recordId;
    QString occurrenceAt; // as stored (UTC, ISO 8601)
    QString snoozedUntil;
    QString dismissedAt;
};

namespace ReminderQueries {
// Live tasks owned by `userId`, not done, with a due time before `dueBeforeUtc` (stored form),
// oldest first.
Result<QList<ReminderTaskRow>> openTasks(
    Database& db, const QString& userId, const QString& dueBeforeUtc);
// Live contacts owned by `userId` whose next_contact_date is on or before `lastDate` (yyyy-MM-dd).
// Live companies owned by `userId` whose renewal_date, `leadDays` days earlier, is on or before
// `lastDate` (yyyy-MM-dd): contracts to renew, repeat purchases to ask for. The row's date is the
// renewal date.
Result<QList<NextContactRow>> renewals(
    Database& db, const QString& userId, const QString& lastDate, int leadDays);
Result<QList<NextContactRow>> nextContacts(
    Database& db, const QString& userId, const QString& lastDate);
// reminder_minutes of those of `activityIds` that have one set (NULL is left out).
Result<QHash<QString, int>> reminderMinutes(Database& db, const QStringList& activityIds);
// Every live reminder_state row of the user.
Result<QList<ReminderStateRow>> states(Database& db, const QString& userId);
} // namespace ReminderQueries

} // namespace tandem
