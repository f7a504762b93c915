// The task lists a ListQuery cannot give: one user's open tasks up to a date with the names of what
// they are linked to (my day), and the tasks of the users a manager leads (team tasks).
#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace tandem {

class Database;

struct TaskRow {
    QString id;
    QString subject;
    QString dueAt; // stored UTC text; empty: no due date
    bool allDay = false;
    bool done = false;
    QString doneAt;
    QString priority; // low | normal | high; empty counts as normal
    QString ownerId;
    QString ownerName;
    QString contactId;
    QString contactName;
    QString companyId;
    QString companyName;
    QString dealId;
    QString dealTitle;
    QString leadId;
    QString leadTitle;
    QString rrule;
    QString timeZone;
    QString playbookActionId;
};

namespace TaskQueries {
// A user's live open tasks due before `dueBefore` (stored UTC text), and those with no due date.
// Unordered: the caller groups them.
Result<QList<TaskRow>> openOfOwner(Database& db, const QString& ownerId, const QString& dueBefore);
// The live users a manager leads: those whose manager_id is `managerOrTeamId`, the members of the
// teams it manages, or, when it is a team's id, that team's members. Sorted by name.
Result<QStringList> teamMemberIds(Database& db, const QString& managerOrTeamId);
// Live tasks of those owners: open ones by due date (none last) then priority, or done ones,
// most recently done first. At most `limit`.
Result<QList<TaskRow>> ofOwners(Database& db, const QStringList& ownerIds, bool done, int limit);
// The statements openOfOwner (binds: owner, dueBefore, owner) and teamMemberIds (the id three
// times) run: the benchmark's raw-SQLite baseline runs the same text.
QByteArray openOfOwnerSql();
QByteArray teamMemberIdsSql();
} // namespace TaskQueries

} // namespace tandem
