#include "services/Tasks.h"

#include "domain/Recurrence.h"
#include "services/Playbooks.h"
#include "store/Session.h"
#include "store/Transaction.h"
#include "util/Clock.h"
#include "util/StoredTime.h"

#include <QCoreApplication>
#include <algorithm>

namespace tandem {

namespace {

const QString kActivity = QStringLiteral("activity");
const QString kTask = QStringLiteral("task");

int priorityRank(const QString& priority)
{
    if (priority == QLatin1String("high"))
        return 0;
    if (priority == QLatin1String("low"))
        return 2;
    return 1;
}

bool sooner(const TaskRow& a, const TaskRow& b)
{
    if (a.dueAt != b.dueAt)
        return a.dueAt < b.dueAt;
    if (priorityRank(a.priority) != priorityRank(b.priority))
        return priorityRank(a.priority) < priorityRank(b.priority);
    const int bySubject = a.subject.compare(b.subject, Qt::CaseInsensitive);
    return bySubject != 0 ? bySubject < 0 : a.id < b.id;
}

QVariant textOrNull(const QString& text)
{
    const QString t = text.trimmed();
    return t.isEmpty() ? QVariant() : QVariant(t);
}

// The draft as stored values, or the first thing wrong with it.
Result<QVariantMap> valuesOf(Session& session, const TaskDraft& draft)
{
    const QString subject = draft.subject.trimmed();
    if (subject.isEmpty())
        return makeError(QCoreApplication::translate("Tasks", "A task needs a subject."),
            QStringLiteral("subject"));
    const QString priority
        = draft.priority.trimmed().isEmpty() ? QStringLiteral("normal") : draft.priority.trimmed();
    static const QStringList kPriorities { QStringLiteral("low"), QStringLiteral("normal"),
        QStringLiteral("high") };
    if (!kPriorities.contains(priority))
        return makeError(
            QCoreApplication::translate("Tasks", "The priority must be low, normal or high."),
            QStringLiteral("priority"));
    QVariant rrule;
    if (!draft.rrule.trimmed().isEmpty()) {
        auto rule = Recurrence::parse(draft.rrule.trimmed());
        if (!rule)
            return makeError(
                QCoreApplication::translate("Tasks", "The repeat rule cannot be used: %1")
                    .arg(rule.error().message),
                QStringLiteral("rrule"));
        if (!draft.due.isValid())
            return makeError(
                QCoreApplication::translate("Tasks", "A repeating task needs a due date."),
                QStringLiteral("due_at"));
        rrule = Recurrence::format(*rule);
    }
    const QString owner
        = draft.ownerId.trimmed().isEmpty() ? session.currentUserId() : draft.ownerId.trimmed();
    return QVariantMap {
        { QStringLiteral("subject"), subject },
        { QStringLiteral("notes"), textOrNull(draft.notes) },
        { QStringLiteral("due_at"), draft.due.isValid() ? QVariant(draft.due) : QVariant() },
        { QStringLiteral("all_day"), draft.allDay },
        { QStringLiteral("priority"), priority },
        { QStringLiteral("owner_id"), textOrNull(owner) },
        { QStringLiteral("contact_id"), textOrNull(draft.contactId) },
        { QStringLiteral("company_id"), textOrNull(draft.companyId) },
        { QStringLiteral("deal_id"), textOrNull(draft.dealId) },
        { QStringLiteral("lead_id"), textOrNull(draft.leadId) },
        { QStringLiteral("rrule"), rrule },
        { QStringLiteral("time_zone"), textOrNull(draft.timeZone) },
    };
}

std::optional<Record> taskRecord(Session& session, const QString& taskId)
{
    auto record = session.records().get(kActivity, taskId.trimmed().toLower());
    if (!record || record->text(QStringLiteral("kind")) != kTask)
        return std::nullopt;
    return record;
}

Error noSuchTask()
{
    return makeError(QCoreApplication::translate("Tasks", "There is no such task."));
}

// The playbook checklist holds this task for the deal's current stage.
bool isCurrentPlaybookTask(Session& session, const Record& task)
{
    const QString actionId = task.text(QStringLiteral("playbook_action_id"));
    const QString dealId = task.text(QStringLiteral("deal_id"));
    if (actionId.isEmpty() || dealId.isEmpty())
        return false;
    const auto items = Playbooks::checklist(session, dealId);
    return std::any_of(items.begin(), items.end(),
        [&](const ChecklistItem& c) { return c.actionId == actionId && c.taskId == task.id; });
}

// Done on a series: the occurrence stays as a done copy, the series moves to its next one.
Result<QString> completeOccurrence(Session& session, const Record& task, const QDateTime& now)
{
    RecordStore& rs = session.records();
    const QDateTime due = StoredTime::parse(task.text(QStringLiteral("due_at")));
    auto rule = Recurrence::parse(task.text(QStringLiteral("rrule")));
    if (!rule)
        return makeError(QCoreApplication::translate("Tasks", "The repeat rule cannot be used: %1")
                             .arg(rule.error().message),
            QStringLiteral("rrule"));
    QList<QDateTime> next;
    if (due.isValid() && rule->count != 1) {
        const QDateTime start
            = due.toTimeZone(Recurrence::zoneNamed(task.text(QStringLiteral("time_zone"))));
        next = Recurrence::occurrences(*rule, start, due.addMSecs(1), due.addYears(100),
            StoredTime::parseList(task.text(QStringLiteral("exdates"))), 1);
    }
    if (next.isEmpty()) {
        // The last occurrence: the series itself is done.
        if (auto w = rs.update(kTask, task.id,
                { { QStringLiteral("done"), true }, { QStringLiteral("done_at"), now } });
            !w)
            return w.error();
        return task.id;
    }
    QVariantMap copy;
    for (const char* field :
        { "subject", "notes", "all_day", "priority", "owner_id", "contact_id", "company_id",
            "deal_id", "lead_id", "case_id", "time_zone", "visibility", "location" }) {
        const QString name = QLatin1String(field);
        if (!isEmptyValue(task.value(name)))
            copy.insert(name, task.value(name));
    }
    copy.insert(QStringLiteral("kind"), kTask);
    copy.insert(QStringLiteral("due_at"), task.value(QStringLiteral("due_at")));
    copy.insert(QStringLiteral("done"), true);
    copy.insert(QStringLiteral("done_at"), now);
    auto copyId = rs.create(kTask, copy);
    if (!copyId)
        return copyId.error();
    // COUNT counts from the series' first occurrence: one fewer remain from the next one on.
    QVariantMap changes { { QStringLiteral("due_at"), next.first().toUTC() } };
    if (rule->count > 1) {
        RecurrenceRule rest = *rule;
        rest.count -= 1;
        changes.insert(QStringLiteral("rrule"), Recurrence::format(rest));
    }
    if (auto w = rs.update(kTask, task.id, changes); !w)
        return w.error();
    return *copyId;
}

} // namespace

QDateTime Tasks::dueOf(const TaskRow& task)
{
    return StoredTime::parse(task.dueAt);
}

bool Tasks::isOverdue(const TaskRow& task, const QDateTime& now, const QTimeZone& zone)
{
    const QDateTime due = dueOf(task);
    if (task.done || !due.isValid())
        return false;
    if (task.allDay)
        return due.toTimeZone(zone).date() < now.toTimeZone(zone).date();
    return due < now;
}

Result<QList<TaskGroup>> Tasks::myDay(
    Session& session, const QString& userId, const QDateTime& now, const QTimeZone& zone)
{
    const QDate today = now.toTimeZone(zone).date();
    const QDateTime tomorrow = QDateTime(today.addDays(1), QTime(0, 0), zone).toUTC();
    const QDateTime weekEnd = QDateTime(today.addDays(8), QTime(0, 0), zone).toUTC();
    auto rows
        = TaskQueries::openOfOwner(session.database(), userId, weekEnd.toString(Qt::ISODateWithMs));
    if (!rows)
        return rows.error();
    QList<TaskGroup> groups { { TaskSection::Overdue, {} }, { TaskSection::Today, {} },
        { TaskSection::Upcoming, {} }, { TaskSection::NoDate, {} } };
    for (const TaskRow& row : *rows) {
        const QDateTime due = dueOf(row);
        TaskSection section = TaskSection::Upcoming;
        if (!due.isValid())
            section = TaskSection::NoDate;
        else if (isOverdue(row, now, zone))
            section = TaskSection::Overdue;
        else if (row.allDay ? due.toTimeZone(zone).date() == today : due < tomorrow)
            section = TaskSection::Today;
        groups[int(section)].tasks << row;
    }
    for (TaskGroup& g : groups)
        std::sort(g.tasks.begin(), g.tasks.end(), sooner);
    return groups;
}

Result<QStringList> Tasks::teamMembers(Session& session, const QString& managerOrTeamId)
{
    return TaskQueries::teamMemberIds(session.database(), managerOrTeamId);
}

Result<QList<TaskRow>> Tasks::teamTasks(Session& session, const QString& managerOrTeamId,
    TaskFilter filter, const QString& ownerId, int limit)
{
    auto members = teamMembers(session, managerOrTeamId);
    if (!members)
        return members.error();
    QStringList owners = *members;
    if (!ownerId.isEmpty())
        owners = owners.contains(ownerId.trimmed().toLower())
            ? QStringList { ownerId.trimmed().toLower() }
            : QStringList {};
    if (owners.isEmpty())
        return QList<TaskRow> {};
    return TaskQueries::ofOwners(session.database(), owners, filter == TaskFilter::Done, limit);
}

Result<QString> Tasks::setDone(Session& session, const QString& taskId, bool done)
{
    const auto task = taskRecord(session, taskId);
    if (!task)
        return noSuchTask();
    Transaction tx(session.database());
    if (isCurrentPlaybookTask(session, *task)) {
        if (auto r = Playbooks::setDone(session, task->text(QStringLiteral("deal_id")),
                task->text(QStringLiteral("playbook_action_id")), done);
            !r)
            return r.error();
        if (auto c = tx.commit(); !c)
            return c.error();
        return task->id;
    }
    const bool wasDone = task->value(QStringLiteral("done")).toBool();
    const QDateTime now = session.clock().nowUtc();
    QString doneId = task->id;
    if (done && !wasDone && !task->text(QStringLiteral("rrule")).isEmpty()) {
        auto id = completeOccurrence(session, *task, now);
        if (!id)
            return id.error();
        doneId = *id;
    } else if (done != wasDone) {
        QVariantMap changes { { QStringLiteral("done"), done },
            { QStringLiteral("done_at"), done ? QVariant(now) : QVariant() } };
        if (auto w = session.records().update(kTask, task->id, changes); !w)
            return w.error();
    }
    if (auto c = tx.commit(); !c)
        return c.error();
    return doneId;
}

Result<LoggedActivity> Tasks::create(Session& session, const TaskDraft& draft)
{
    auto values = valuesOf(session, draft);
    if (!values)
        return values.error();
    QVariantMap v = *values;
    v.insert(QStringLiteral("kind"), kTask);
    return ActivityLog::create(session, kTask, v);
}

Result<void> Tasks::update(Session& session, const QString& taskId, const TaskDraft& draft)
{
    const auto task = taskRecord(session, taskId);
    if (!task)
        return noSuchTask();
    auto values = valuesOf(session, draft);
    if (!values)
        return values.error();
    return session.records().update(kTask, task->id, *values);
}

std::optional<TaskDraft> Tasks::draftOf(Session& session, const QString& taskId)
{
    const auto task = taskRecord(session, taskId);
    if (!task)
        return std::nullopt;
    TaskDraft d;
    d.subject = task->text(QStringLiteral("subject"));
    d.notes = task->text(QStringLiteral("notes"));
    d.due = StoredTime::parse(task->text(QStringLiteral("due_at")));
    d.allDay = task->value(QStringLiteral("all_day")).toBool();
    d.priority = task->text(QStringLiteral("priority"));
    d.ownerId = task->text(QStringLiteral("owner_id"));
    d.contactId = task->text(QStringLiteral("contact_id"));
    d.companyId = task->text(QStringLiteral("company_id"));
    d.dealId = task->text(QStringLiteral("deal_id"));
    d.leadId = task->text(QStringLiteral("lead_id"));
    d.rrule = task->text(QStringLiteral("rrule"));
    d.timeZone = task->text(QStringLiteral("time_zone"));
    return d;
}

} // namespace tandem
