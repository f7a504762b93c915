// Personal and team task lists: "my day" (overdue, today, upcoming, no date), a manager's view of
// the team's tasks, making tasks, and ticking them off (playbook tasks and recurring series too).
#pragma once

#include "services/ActivityLog.h"
#include "store/TaskQueries.h"
#include "util/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>
#include <optional>

namespace tandem {

class Session;

enum class TaskSection { Overdue, Today, Upcoming, NoDate };

struct TaskGroup {
    TaskSection section = TaskSection::Today;
    QList<TaskRow> tasks;
};

enum class TaskFilter { Open, Done };

// What a task is made of (the form's fields).
struct TaskDraft {
    QString subject;
    QString notes;
    QDateTime due; // invalid: no due date
    bool allDay = false;
    QString priority = QStringLiteral("normal"); // low | normal | high; empty: normal
    QString ownerId; // empty: the current user
    QString contactId;
    QString companyId;
    QString dealId;
    QString leadId;
    QString rrule; // RFC 5545 RRULE; empty: does not repeat
    QString timeZone; // IANA id the series repeats in; empty: the system zone
};

namespace Tasks {
// The user's open tasks as four groups, always in this order: Overdue (due before `now`; an
// all-day task from the day after its date), Today (the rest of today in `zone`), Upcoming (the
// next 7 days after today) and No date. Each sorted by due time, then priority (high first).
// Tasks due later than a week are not in my day.
Result<QList<TaskGroup>> myDay(
    Session& session, const QString& userId, const QDateTime& now, const QTimeZone& zone);
// Open or done tasks of the users `managerOrTeamId` leads (see TaskQueries::teamMemberIds); with
// `ownerId`, only that member's. Open: by due date (none last), then priority; done: latest first.
Result<QList<TaskRow>> teamTasks(Session& session, const QString& managerOrTeamId,
    TaskFilter filter = TaskFilter::Open, const QString& ownerId = {}, int limit = 2000);
// The users `managerOrTeamId` leads (see TaskQueries::teamMemberIds); empty for someone who
// leads nobody.
Result<QStringList> teamMembers(Session& session, const QString& managerOrTeamId);
// Marks a task done (done_at = now) or not done (both cleared). A playbook task of its deal's
// current stage goes through Playbooks, so the checklist stays right. Done on a recurring task
// keeps the occurrence as a done copy and moves the series on to its next occurrence; the series
// itself is done when there is none. Returns the id of the record holding the done occurrence
// (the task itself, or the copy).
Result<QString> setDone(Session& session, const QString& taskId, bool done);
// Checks the draft (subject, priority, a rule Tandem can expand, which needs a due date) and
// creates the task through ActivityLog (so the owner of a colleague's customer is told).
Result<LoggedActivity> create(Session& session, const TaskDraft& draft);
// Writes the draft's fields over an existing task, checked as in create.
Result<void> update(Session& session, const QString& taskId, const TaskDraft& draft);
// The draft of an existing task (for its form).
std::optional<TaskDraft> draftOf(Session& session, const QString& taskId);
// The stored due time as a UTC QDateTime (invalid when empty).
QDateTime dueOf(const TaskRow& task);
// Whether an open task is overdue at `now` (an all-day task from the day after its date).
bool isOverdue(const TaskRow& task, const QDateTime& now, const QTimeZone& zone);
} // namespace Tasks

} // namespace tandem
