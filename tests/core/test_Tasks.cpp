// Tasks: my day groups a user's open tasks by when they are due, a manager sees the team's tasks,
// ticking off a task (playbook, recurring series included) and making one with its checks.
#include "SalesTestSupport.h"
#include "TestDatabase.h"

#include "services/DealFlow.h"
#include "services/Playbooks.h"
#include "services/Tasks.h"

#include <catch2/catch.hpp>

using namespace tandem;
using namespace tandem::test;

namespace {

const QTimeZone kVilnius("Europe/Vilnius");

QDateTime at(const char* isoUtc)
{
    return QDateTime::fromString(QString::fromLatin1(isoUtc), Qt::ISODate).toUTC();
}

// A task of the current user unless `more` names another owner.
QString addTask(RecordStore& rs, const char* subject, const QVariantMap& more = {})
{
    QVariantMap v = more;
    v.insert(QStringLiteral("subject"), QString::fromUtf8(subject));
    if (!v.contains(QStringLiteral("owner_id")))
        v.insert(QStringLiteral("owner_id"), rs.context().userId);
    return create(rs, QStringLiteral("task"), v);
}

QStringList subjects(const QList<TaskRow>& rows)
{
    QStringList out;
    for (const TaskRow& r : rows)
        out << r.subject;
    return out;
}

Record task(RecordStore& rs, const QString& id)
{
    auto r = rs.get(QStringLiteral("activity"), id);
    REQUIRE(r);
    return *r;
}

// The live tasks with this subject, done ones included, by due date.
QList<Record> tasksNamed(RecordStore& rs, const QString& subject)
{
    ListQuery q;
    q.where << qMakePair(QStringLiteral("subject"), QVariant(subject));
    q.orderBy = QStringLiteral("due_at");
    auto rows = rs.list(QStringLiteral("task"), q);
    REQUIRE(rows);
    return *rows;
}

} // namespace

TEST_CASE("My day puts each open task in Overdue, Today, Upcoming or No date", "[tasks]")
{
    auto db = TestDatabase::initialised(); // now: Monday 2026-06-15 09:00 UTC, 12:00 in Vilnius
    RecordStore& rs = db->records();
    const QString me = db->session().currentUserId();
    const QString ona = create(rs, QStringLiteral("user"),
        { { QStringLiteral("name"), QStringLiteral("Ona Kazlauskė") } });
    const QString jonas = create(rs, QStringLiteral("contact"),
        { { QStringLiteral("first_name"), QStringLiteral("Jonas") },
            { QStringLiteral("last_name"), QStringLiteral("Petraitis") } });
    const QString medis = create(
        rs, QStringLiteral("company"), { { QStringLiteral("name"), QStringLiteral("UAB Medis") } });
    auto due = [](const char* iso) { return QVariant(at(iso)); };
    const QVariant high = QStringLiteral("high");
    const QVariant low = QStringLiteral("low");

    addTask(rs, "Send the offer", { { QStringLiteral("due_at"), due("2026-06-14T15:00:00Z") } });
    addTask(rs, "Call back Jonas",
        { { QStringLiteral("due_at"), due("2026-06-15T08:00:00Z") },
            { QStringLiteral("priority"), high }, { QStringLiteral("contact_id"), jonas },
            { QStringLiteral("company_id"), medis } });
    addTask(rs, "Prepare the demo", { { QStringLiteral("due_at"), due("2026-06-15T14:00:00Z") } });
    addTask(rs, "Check the contract",
        { { QStringLiteral("due_at"), due("2026-06-15T14:00:00Z") },
            { QStringLiteral("priority"), high } });
    addTask(rs, "Order samples",
        { { QStringLiteral("due_at"), due("2026-06-15T20:30:00Z") },
            { QStringLiteral("priority"), low } });
    // 00:30 on Tuesday in Vilnius: tomorrow, however early it is in UTC.
    addTask(
        rs, "Visit the warehouse", { { QStringLiteral("due_at"), due("2026-06-15T21:30:00Z") } });
    // All-day tasks, dated at local midnight: today's is not overdue, yesterday's is.
    addTask(rs, "Birthday card",
        { { QStringLiteral("due_at"), due("2026-06-14T21:00:00Z") },
            { QStringLiteral("all_day"), true } });
    addTask(rs, "Monthly report",
        { { QStringLiteral("due_at"), due("2026-06-13T21:00:00Z") },
            { QStringLiteral("all_day"), true } });
    addTask(rs, "Quarterly review", { { QStringLiteral("due_at"), due("2026-06-22T20:00:00Z") } });
    addTask(rs, "Plan the autumn", { { QStringLiteral("due_at"), due("2026-06-22T21:30:00Z") } });
    addTask(rs, "Someday: tidy the archive");
    // Not mine, not open, not a task, or deleted: never in my day.
    addTask(rs, "Ona's call",
        { { QStringLiteral("due_at"), due("2026-06-15T10:00:00Z") },
            { QStringLiteral("owner_id"), ona } });
    addTask(rs, "Already done",
        { { QStringLiteral("due_at"), due("2026-06-15T10:00:00Z") },
            { QStringLiteral("done"), true } });
    create(rs, QStringLiteral("activity"),
        { { QStringLiteral("kind"), QStringLiteral("call") },
            { QStringLiteral("subject"), QStringLiteral("A call, not a task") },
            { QStringLiteral("due_at"), due("2026-06-15T10:00:00Z") },
            { QStringLiteral("owner_id"), me } });
    const QString removed
        = addTask(rs, "Removed", { { QStringLiteral("due_at"), due("2026-06-15T10:00:00Z") } });
    REQUIRE(rs.remove(QStringLiteral("task"), removed));

    auto day = Tasks::myDay(db->session(), me, at("2026-06-15T09:00:00Z"), kVilnius);
    REQUIRE(day);
    REQUIRE(day->size() == 4);
    CHECK(day->at(0).section == TaskSection::Overdue);
    CHECK(subjects(day->at(0).tasks)
        == QStringList { "Monthly report", "Send the offer", "Call back Jonas" });
    CHECK(day->at(1).section == TaskSection::Today);
    CHECK(subjects(day->at(1).tasks)
        == QStringList {
            "Birthday card", "Check the contract", "Prepare the demo", "Order samples" });
    CHECK(day->at(2).section == TaskSection::Upcoming);
    CHECK(subjects(day->at(2).tasks) == QStringList { "Visit the warehouse", "Quarterly review" });
    CHECK(day->at(3).section == TaskSection::NoDate);
    CHECK(subjects(day->at(3).tasks) == QStringList { "Someday: tidy the archive" });

    const TaskRow call = day->at(0).tasks.at(2);
    CHECK(call.contactName == QStringLiteral("Jonas Petraitis"));
    CHECK(call.companyName == QStringLiteral("UAB Medis"));
    CHECK(call.ownerName == QStringLiteral("Tester"));
    CHECK(Tasks::isOverdue(call, at("2026-06-15T09:00:00Z"), kVilnius));
    CHECK_FALSE(Tasks::isOverdue(call, at("2026-06-15T07:59:00Z"), kVilnius));

    // Just after midnight in Vilnius (still Monday in UTC) the warehouse visit is today's, and
    // yesterday's all-day birthday card is overdue.
    auto tomorrow = Tasks::myDay(db->session(), me, at("2026-06-15T21:15:00Z"), kVilnius);
    REQUIRE(tomorrow);
    CHECK(subjects(tomorrow->at(1).tasks) == QStringList { "Visit the warehouse" });
    CHECK(subjects(tomorrow->at(0).tasks).contains(QStringLiteral("Birthday card")));
    CHECK(subjects(tomorrow->at(2).tasks) == QStringList { "Quarterly review", "Plan the autumn" });
}

TEST_CASE("A manager sees the open and done tasks of the people in the team", "[tasks]")
{
    auto db = TestDatabase::initialised();
    RecordStore& rs = db->records();
    Session& s = db->session();
    const QString me = s.currentUserId();
    const QString mara = create(
        rs, QStringLiteral("user"), { { QStringLiteral("name"), QStringLiteral("Mara Boss") } });
    const QString north = create(rs, QStringLiteral("team"),
        { { QStringLiteral("name"), QStringLiteral("North") },
            { QStringLiteral("manager_id"), mara } });
    REQUIRE(rs.update(QStringLiteral("user"), me, { { QStringLiteral("team_id"), north } }));
    const QString ona = create(rs, QStringLiteral("user"),
        { { QStringLiteral("name"), QStringLiteral("Ona") },
            { QStringLiteral("manager_id"), mara } });
    const QString petras = create(
        rs, QStringLiteral("user"), { { QStringLiteral("name"), QStringLiteral("Petras") } });
    addTask(rs, "Tester: quote",
        { { QStringLiteral("due_at"), at("2026-06-16T10:00:00Z") },
            { QStringLiteral("owner_id"), me } });
    addTask(rs, "Ona: visit",
        { { QStringLiteral("due_at"), at("2026-06-15T10:00:00Z") },
            { QStringLiteral("owner_id"), ona } });
    addTask(rs, "Ona: undated", { { QStringLiteral("owner_id"), ona } });
    addTask(rs, "Ona: done",
        { { QStringLiteral("owner_id"), ona }, { QStringLiteral("done"), true },
            { QStringLiteral("done_at"), at("2026-06-14T10:00:00Z") } });
    addTask(rs, "Petras: elsewhere", { { QStringLiteral("owner_id"), petras } });

    auto open = Tasks::teamTasks(s, mara);
    REQUIRE(open);
    CHECK(subjects(*open) == QStringList { "Ona: visit", "Tester: quote", "Ona: undated" });
    CHECK(open->at(1).ownerName == QStringLiteral("Tester"));

    auto onasOnly = Tasks::teamTasks(s, mara, TaskFilter::Open, ona);
    REQUIRE(onasOnly);
    CHECK(subjects(*onasOnly) == QStringList { "Ona: visit", "Ona: undated" });
    auto notInTeam = Tasks::teamTasks(s, mara, TaskFilter::Open, petras);
    REQUIRE(notInTeam);
    CHECK(notInTeam->isEmpty());

    auto done = Tasks::teamTasks(s, mara, TaskFilter::Done);
    REQUIRE(done);
    CHECK(subjects(*done) == QStringList { "Ona: done" });

    // By the team's id: its members only.
    auto byTeam = Tasks::teamTasks(s, north);
    REQUIRE(byTeam);
    CHECK(subjects(*byTeam) == QStringList { "Tester: quote" });
}

TEST_CASE("Done stamps the time and undone clears it", "[tasks]")
{
    auto db = TestDatabase::initialised();
    RecordStore& rs = db->records();
    const QString id = addTask(rs, "Send the offer");
    db->clock().set(at("2026-06-15T11:30:00Z"));

    auto done = Tasks::setDone(db->session(), id, true);
    REQUIRE(done);
    CHECK(*done == id);
    CHECK(task(rs, id).value(QStringLiteral("done")).toBool());
    const QDateTime doneAt = at(qPrintable(task(rs, id).text(QStringLiteral("done_at"))));
    CHECK(doneAt >= at("2026-06-15T11:30:00Z"));
    CHECK(doneAt < at("2026-06-15T11:30:01Z"));

    REQUIRE(Tasks::setDone(db->session(), id, false));
    CHECK_FALSE(task(rs, id).value(QStringLiteral("done")).toBool());
    CHECK(task(rs, id).text(QStringLiteral("done_at")).isEmpty());

    auto missing = Tasks::setDone(db->session(), QStringLiteral("no-such-id"), true);
    REQUIRE_FALSE(missing);
    CHECK(missing.error().message == QStringLiteral("There is no such task."));
}

TEST_CASE("Done on a month-end task keeps the occurrence and moves to the next month's last day",
    "[tasks][recurrence]")
{
    auto db = TestDatabase::initialised();
    RecordStore& rs = db->records();
    // 09:00 in Vilnius on the last day of each month (UTC+2 in winter, UTC+3 from 29 March).
    TaskDraft draft;
    draft.subject = QStringLiteral("Close the month");
    draft.due = at("2026-01-31T07:00:00Z");
    draft.rrule = QStringLiteral("FREQ=MONTHLY;BYMONTHDAY=-1");
    draft.timeZone = QStringLiteral("Europe/Vilnius");
    auto created = Tasks::create(db->session(), draft);
    REQUIRE(created);
    const QString series = created->id;

    auto first = Tasks::setDone(db->session(), series, true);
    REQUIRE(first);
    CHECK(*first != series);
    const Record copy = task(rs, *first);
    CHECK(copy.value(QStringLiteral("done")).toBool());
    CHECK(copy.text(QStringLiteral("due_at")) == QStringLiteral("2026-01-31T07:00:00.000Z"));
    CHECK(copy.text(QStringLiteral("rrule")).isEmpty());
    CHECK(copy.text(QStringLiteral("subject")) == QStringLiteral("Close the month"));
    CHECK_FALSE(task(rs, series).value(QStringLiteral("done")).toBool());
    CHECK(task(rs, series).text(QStringLiteral("due_at"))
        == QStringLiteral("2026-02-28T07:00:00.000Z"));

    REQUIRE(Tasks::setDone(db->session(), series, true));
    // Summer time: still 09:00 in Vilnius, an hour earlier in UTC.
    CHECK(task(rs, series).text(QStringLiteral("due_at"))
        == QStringLiteral("2026-03-31T06:00:00.000Z"));
    REQUIRE(Tasks::setDone(db->session(), series, true));
    CHECK(task(rs, series).text(QStringLiteral("due_at"))
        == QStringLiteral("2026-04-30T06:00:00.000Z"));

    const QList<Record> all = tasksNamed(rs, QStringLiteral("Close the month"));
    REQUIRE(all.size() == 4);
    CHECK(all.at(0).text(QStringLiteral("due_at")) == QStringLiteral("2026-01-31T07:00:00.000Z"));
    CHECK(all.at(1).text(QStringLiteral("due_at")) == QStringLiteral("2026-02-28T07:00:00.000Z"));
    CHECK(all.at(2).text(QStringLiteral("due_at")) == QStringLiteral("2026-03-31T06:00:00.000Z"));
    CHECK(all.at(3).id == series);
}

TEST_CASE(
    "A series limited by COUNT is done itself after its last occurrence", "[tasks][recurrence]")
{
    auto db = TestDatabase::initialised();
    RecordStore& rs = db->records();
    TaskDraft draft;
    draft.subject = QStringLiteral("Weekly check-in");
    draft.due = at("2026-06-15T07:00:00Z");
    draft.rrule = QStringLiteral("FREQ=WEEKLY;COUNT=2");
    draft.timeZone = QStringLiteral("Europe/Vilnius");
    auto created = Tasks::create(db->session(), draft);
    REQUIRE(created);
    const QString series = created->id;

    REQUIRE(Tasks::setDone(db->session(), series, true));
    CHECK(task(rs, series).text(QStringLiteral("due_at"))
        == QStringLiteral("2026-06-22T07:00:00.000Z"));
    CHECK(task(rs, series).text(QStringLiteral("rrule")) == QStringLiteral("FREQ=WEEKLY;COUNT=1"));

    auto last = Tasks::setDone(db->session(), series, true);
    REQUIRE(last);
    CHECK(*last == series);
    CHECK(task(rs, series).value(QStringLiteral("done")).toBool());
    const QList<Record> all = tasksNamed(rs, QStringLiteral("Weekly check-in"));
    REQUIRE(all.size() == 2); // the first occurrence's copy and the finished series
    CHECK(all.at(0).value(QStringLiteral("done")).toBool());

    // Undone reopens the finished series at its last occurrence.
    REQUIRE(Tasks::setDone(db->session(), series, false));
    CHECK_FALSE(task(rs, series).value(QStringLiteral("done")).toBool());
    CHECK(task(rs, series).text(QStringLiteral("due_at"))
        == QStringLiteral("2026-06-22T07:00:00.000Z"));
}

TEST_CASE("A playbook task ticked as a task ticks the deal's checklist", "[tasks][playbooks]")
{
    auto db = TestDatabase::initialised();
    Session& s = db->session();
    RecordStore& rs = db->records();
    const QString deal = newDeal(s, { { QStringLiteral("title"), QStringLiteral("Windows") } });
    const Record intro = taskNamed(rs, deal, QStringLiteral("First call or meeting"));
    auto itemDone = [&] {
        for (const ChecklistItem& c : Playbooks::checklist(s, deal)) {
            if (c.taskId == intro.id)
                return c.done;
        }
        FAIL("the task is not on the checklist");
        return false;
    };
    CHECK_FALSE(itemDone());
    REQUIRE(Tasks::setDone(s, intro.id, true));
    CHECK(itemDone());
    CHECK(Playbooks::missingRequirements(s, deal).isEmpty());
    REQUIRE(Tasks::setDone(s, intro.id, false));
    CHECK_FALSE(itemDone());

    // Once the deal has moved on, the earlier stage's task can still be ticked off.
    REQUIRE(DealFlow::move(s, deal, stageNamed(rs, "Qualification")));
    REQUIRE(Tasks::setDone(s, intro.id, true));
    CHECK(task(rs, intro.id).value(QStringLiteral("done")).toBool());
}

TEST_CASE("A new task needs a subject, a known priority and a rule Tandem can repeat", "[tasks]")
{
    auto db = TestDatabase::initialised();
    Session& s = db->session();
    TaskDraft draft;
    draft.subject = QStringLiteral("  ");
    auto noSubject = Tasks::create(s, draft);
    REQUIRE_FALSE(noSubject);
    CHECK(noSubject.error().field == QStringLiteral("subject"));
    CHECK(noSubject.error().message == QStringLiteral("A task needs a subject."));

    draft.subject = QStringLiteral("Send the offer");
    draft.priority = QStringLiteral("urgent");
    auto badPriority = Tasks::create(s, draft);
    REQUIRE_FALSE(badPriority);
    CHECK(badPriority.error().field == QStringLiteral("priority"));

    draft.priority = QStringLiteral("high");
    draft.rrule = QStringLiteral("FREQ=HOURLY");
    draft.due = at("2026-06-16T07:00:00Z");
    auto badRule = Tasks::create(s, draft);
    REQUIRE_FALSE(badRule);
    CHECK(badRule.error().field == QStringLiteral("rrule"));

    draft.rrule = QStringLiteral("RRULE:FREQ=WEEKLY;BYDAY=MO");
    draft.due = QDateTime();
    auto noDue = Tasks::create(s, draft);
    REQUIRE_FALSE(noDue);
    CHECK(noDue.error().field == QStringLiteral("due_at"));

    draft.due = at("2026-06-22T07:00:00Z");
    auto ok = Tasks::create(s, draft);
    REQUIRE(ok);
    const Record made = task(db->records(), ok->id);
    CHECK(made.text(QStringLiteral("kind")) == QStringLiteral("task"));
    CHECK(made.text(QStringLiteral("rrule")) == QStringLiteral("FREQ=WEEKLY;BYDAY=MO"));
    CHECK(made.text(QStringLiteral("priority")) == QStringLiteral("high"));
    CHECK(made.text(QStringLiteral("owner_id")) == s.currentUserId());
    CHECK(made.text(QStringLiteral("due_at")) == QStringLiteral("2026-06-22T07:00:00.000Z"));
}
