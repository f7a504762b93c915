// The Tasks screen: my day grouped by when tasks are due, ticking a task off (and undoing it), the
// task form, the manager's team tab; and "How did it go?" when a call or meeting is done.
#include "UiTestSupport.h"

#include "activities/ActivitiesModule.h"
#include "common/OutcomeDialog.h"
#include "records/FieldEditor.h"
#include "records/RecordForm.h"
#include "records/RecordListView.h"
#include "store/Session.h"
#include "tasks/TaskDialog.h"
#include "tasks/TaskListModel.h"
#include "tasks/TasksModule.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QGroupBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>
#include <catch2/catch.hpp>
#include <memory>

using namespace tandem;
using namespace tandem::test;

namespace {

QDateTime at(const char* isoUtc)
{
    return QDateTime::fromString(QString::fromLatin1(isoUtc), Qt::ISODate).toUTC();
}

QString addTask(RecordStore& rs, const char* subject, const QVariantMap& more = {})
{
    QVariantMap v = more;
    v.insert(QStringLiteral("subject"), QString::fromUtf8(subject));
    if (!v.contains(QStringLiteral("owner_id")))
        v.insert(QStringLiteral("owner_id"), rs.context().userId);
    auto id = rs.create(QStringLiteral("task"), v);
    REQUIRE(id);
    return *id;
}

Record record(RecordStore& rs, const QString& id)
{
    auto r = rs.get(QStringLiteral("activity"), id);
    REQUIRE(r);
    return *r;
}

// The subjects under a section of my day.
QStringList subjectsIn(const TaskListModel& model, TaskSection section)
{
    QStringList out;
    const QModelIndex parent = model.sectionIndex(section);
    for (int r = 0; r < model.rowCount(parent); ++r)
        out << model.index(r, TaskListModel::SubjectColumn, parent).data().toString();
    return out;
}

// Now is Monday 2026-06-15 09:00 UTC; counted in UTC so the days do not depend on the machine.
void addMyDay(RecordStore& rs)
{
    const QString contact = addContact(rs, QStringLiteral("Jonas"), QStringLiteral("Petraitis"));
    addTask(rs, "Send the offer",
        { { QStringLiteral("due_at"), at("2026-06-14T15:00:00Z") },
            { QStringLiteral("contact_id"), contact } });
    addTask(rs, "Prepare the demo",
        { { QStringLiteral("due_at"), at("2026-06-15T14:00:00Z") },
            { QStringLiteral("priority"), QStringLiteral("normal") } });
    addTask(rs, "Check the contract",
        { { QStringLiteral("due_at"), at("2026-06-15T14:00:00Z") },
            { QStringLiteral("priority"), QStringLiteral("high") } });
    addTask(
        rs, "Visit the warehouse", { { QStringLiteral("due_at"), at("2026-06-18T08:00:00Z") } });
    addTask(rs, "Tidy the archive");
}

} // namespace

TEST_CASE(
    "My day shows overdue, today's, upcoming and undated tasks in their sections", "[tasks-ui]")
{
    UiFixture f;
    addMyDay(f.records());
    TaskListModel model(f.context());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setTimeZone(QTimeZone::utc());
    model.showMyDay();

    REQUIRE(model.rowCount() == 4);
    CHECK(model.index(0, 0).data().toString() == QStringLiteral("Overdue (1)"));
    CHECK(model.index(1, 0).data().toString() == QStringLiteral("Today (2)"));
    CHECK(model.index(2, 0).data().toString() == QStringLiteral("Upcoming (1)"));
    CHECK(model.index(3, 0).data().toString() == QStringLiteral("No date (1)"));
    CHECK(subjectsIn(model, TaskSection::Overdue) == QStringList { "Send the offer" });
    CHECK(subjectsIn(model, TaskSection::Today)
        == QStringList { "Check the contract", "Prepare the demo" });
    CHECK(subjectsIn(model, TaskSection::Upcoming) == QStringList { "Visit the warehouse" });
    CHECK(subjectsIn(model, TaskSection::NoDate) == QStringList { "Tidy the archive" });

    const QModelIndex overdue = model.sectionIndex(TaskSection::Overdue);
    const QModelIndex due = model.index(0, TaskListModel::DueColumn, overdue);
    CHECK(due.data().toString()
        == QLocale().toString(
            at("2026-06-14T15:00:00Z").toTimeZone(QTimeZone::utc()), QLocale::ShortFormat));
    CHECK(due.data(Qt::ForegroundRole).value<QBrush>().color() == QColor(Qt::red));
    CHECK(model.index(0, TaskListModel::LinksColumn, overdue).data().toString()
        == QStringLiteral("Jonas Petraitis"));
    const QModelIndex today = model.sectionIndex(TaskSection::Today);
    CHECK(model.index(0, TaskListModel::PriorityColumn, today).data().toString()
        == QStringLiteral("!"));
    CHECK_FALSE(model.index(0, TaskListModel::DueColumn, today)
                    .data(Qt::ForegroundRole)
                    .isValid()); // not overdue: not red
    CHECK(model.index(0, TaskListModel::DoneColumn, today).data(Qt::CheckStateRole).toInt()
        == Qt::Unchecked);
}

TEST_CASE("Ticking a task off in my day marks it done, and undo brings it back", "[tasks-ui]")
{
    UiFixture f;
    RecordStore& rs = f.records();
    addMyDay(rs);
    TaskListModel model(f.context());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setTimeZone(QTimeZone::utc());
    model.showMyDay();
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

    const QModelIndex today = model.sectionIndex(TaskSection::Today);
    const QModelIndex box = model.index(0, TaskListModel::DoneColumn, today);
    const QString id = box.data(TaskListModel::TaskIdRole).toString();
    REQUIRE(model.setData(box, Qt::Checked, Qt::CheckStateRole));
    REQUIRE(waitFor([&] { return model.taskCount(TaskSection::Today) == 1; }));
    CHECK(subjectsIn(model, TaskSection::Today) == QStringList { "Prepare the demo" });
    CHECK(record(rs, id).value(QStringLiteral("done")).toBool());
    CHECK_FALSE(record(rs, id).text(QStringLiteral("done_at")).isEmpty());
    REQUIRE(f.undoStack.count() == 1);
    CHECK(f.undoStack.undoText() == QStringLiteral("Mark “Check the contract” done"));
    CHECK(resets.count() >= 1);

    f.undoStack.undo();
    REQUIRE(waitFor([&] { return model.taskCount(TaskSection::Today) == 2; }));
    CHECK(subjectsIn(model, TaskSection::Today)
        == QStringList { "Check the contract", "Prepare the demo" });
    CHECK_FALSE(record(rs, id).value(QStringLiteral("done")).toBool());
    CHECK(record(rs, id).text(QStringLiteral("done_at")).isEmpty());
}

TEST_CASE("On the Tasks screen Space ticks the current task off and the form makes a new one",
    "[tasks-ui]")
{
    UiFixture f;
    RecordStore& rs = f.records();
    addMyDay(rs);
    TasksModule module(f.context());
    std::unique_ptr<QWidget> widget(module.createWidget(nullptr));
    CHECK(module.key() == QStringLiteral("tasks"));
    CHECK(module.title() == QStringLiteral("Tasks"));
    // Tester leads nobody: no Team tab.
    CHECK_FALSE(module.tabs()->isTabVisible(1));

    module.myDayModel()->setTimeZone(QTimeZone::utc());
    QTreeView* view = module.myDayView();
    const QModelIndex overdue = module.myDayModel()->sectionIndex(TaskSection::Overdue);
    view->setCurrentIndex(module.myDayModel()->index(0, TaskListModel::SubjectColumn, overdue));
    const QString id = view->currentIndex().data(TaskListModel::TaskIdRole).toString();
    QTest::keyClick(view, Qt::Key_Space);
    CHECK(record(rs, id).value(QStringLiteral("done")).toBool());
    REQUIRE(waitFor([&] { return module.myDayModel()->taskCount(TaskSection::Overdue) == 0; }));

    TaskDialog* dialog = module.newTask();
    REQUIRE(dialog);
    dialog->subjectEdit()->setText(QStringLiteral("Call the architect"));
    dialog->dueEdit()->setDateTime(QDateTime(QDate(2026, 6, 17), QTime(10, 0)));
    dialog->priorityCombo()->setCurrentIndex(
        dialog->priorityCombo()->findData(QStringLiteral("high")));
    dialog->accept();
    INFO(dialog->errorText().toStdString());
    ListQuery q;
    q.where << qMakePair(QStringLiteral("subject"), QVariant(QStringLiteral("Call the architect")));
    auto made = rs.list(QStringLiteral("task"), q);
    REQUIRE(made);
    REQUIRE(made->size() == 1);
    CHECK(made->first().text(QStringLiteral("priority")) == QStringLiteral("high"));
    CHECK(made->first().text(QStringLiteral("owner_id")) == f.db->session().currentUserId());
    CHECK(QDateTime::fromString(made->first().text(QStringLiteral("due_at")), Qt::ISODateWithMs)
        == QDateTime(QDate(2026, 6, 17), QTime(10, 0)).toUTC());
    REQUIRE(waitFor([&] { return module.myDayModel()->taskCount(TaskSection::Upcoming) == 2; }));

    // The form refuses a task without a subject and stays open.
    TaskDialog* empty = module.newTask();
    REQUIRE(empty);
    empty->subjectEdit()->clear();
    empty->accept();
    CHECK(empty->errorText() == QStringLiteral("A task needs a subject."));
    CHECK(empty->isVisible());
    empty->reject();
}

TEST_CASE("A manager's Team tab lists the team's open tasks with their owners", "[tasks-ui]")
{
    UiFixture f;
    RecordStore& rs = f.records();
    const QString me = f.db->session().currentUserId();
    auto ona = rs.create(QStringLiteral("user"),
        { { QStringLiteral("name"), QStringLiteral("Ona") },
            { QStringLiteral("manager_id"), me } });
    REQUIRE(ona);
    addTask(rs, "Ona: visit",
        { { QStringLiteral("owner_id"), *ona },
            { QStringLiteral("due_at"), at("2026-06-16T08:00:00Z") } });
    addTask(rs, "Ona: done",
        { { QStringLiteral("owner_id"), *ona }, { QStringLiteral("done"), true } });
    TasksModule module(f.context());
    std::unique_ptr<QWidget> widget(module.createWidget(nullptr));
    QAbstractItemModelTester tester(
        module.teamModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);

    CHECK(module.tabs()->isTabVisible(1));
    TaskListModel* team = module.teamModel();
    REQUIRE(team->rowCount() == 1);
    CHECK(team->index(0, TaskListModel::SubjectColumn).data().toString()
        == QStringLiteral("Ona: visit"));
    CHECK(team->index(0, TaskListModel::OwnerColumn).data().toString() == QStringLiteral("Ona"));
    CHECK(module.teamOwnerFilter()->count() == 2); // Everyone, Ona

    module.teamStateFilter()->setCurrentIndex(1); // Done
    REQUIRE(team->rowCount() == 1);
    CHECK(team->index(0, TaskListModel::SubjectColumn).data().toString()
        == QStringLiteral("Ona: done"));
}

TEST_CASE("How did it go: the outcome, next step and follow-up are one undo step", "[tasks-ui]")
{
    UiFixture f;
    RecordStore& rs = f.records();
    const QString contact = addContact(rs, QStringLiteral("Jonas"), QStringLiteral("Petraitis"));
    auto call = rs.create(QStringLiteral("activity"),
        { { QStringLiteral("kind"), QStringLiteral("call") },
            { QStringLiteral("subject"), QStringLiteral("Ask about the terrace") },
            { QStringLiteral("contact_id"), contact } });
    REQUIRE(call);

    OutcomeDialog dialog(f.context(), *call);
    QSignalSpy completed(&dialog, &OutcomeDialog::completed);
    // Without an outcome it is refused, and nothing is written.
    dialog.accept();
    CHECK(dialog.errorText()
        == QStringLiteral("Say how the call went (reached, no answer …) before marking it done."));
    CHECK(f.undoStack.count() == 0);
    CHECK(completed.isEmpty());

    REQUIRE(dialog.quickChoices().size() == 5);
    QTest::mouseClick(dialog.quickChoices().first(), Qt::LeftButton);
    CHECK(dialog.outcomeEdit()->text() == QStringLiteral("Reached"));
    dialog.nextStepEdit()->setText(QStringLiteral("Offer by Wednesday"));
    dialog.followUpBox()->setChecked(true);
    dialog.followUpSubjectEdit()->setText(QStringLiteral("Send the terrace offer"));
    dialog.followUpDueEdit()->setDateTime(QDateTime(QDate(2026, 6, 17), QTime(9, 0)));
    dialog.accept();
    INFO(dialog.errorText().toStdString());
    REQUIRE(completed.count() == 1);

    const Record done = record(rs, *call);
    CHECK(done.value(QStringLiteral("done")).toBool());
    CHECK(done.text(QStringLiteral("outcome")) == QStringLiteral("Reached"));
    CHECK(done.text(QStringLiteral("next_step")) == QStringLiteral("Offer by Wednesday"));
    const QString followUp = dialog.followUpTaskId();
    REQUIRE_FALSE(followUp.isEmpty());
    const Record task = record(rs, followUp);
    CHECK(task.text(QStringLiteral("subject")) == QStringLiteral("Send the terrace offer"));
    CHECK(task.text(QStringLiteral("contact_id")) == contact);
    CHECK(QDateTime::fromString(task.text(QStringLiteral("due_at")), Qt::ISODateWithMs)
        == QDateTime(QDate(2026, 6, 17), QTime(9, 0)).toUTC());

    REQUIRE(f.undoStack.count() == 1);
    f.undoStack.undo();
    CHECK_FALSE(record(rs, *call).value(QStringLiteral("done")).toBool());
    CHECK(record(rs, *call).text(QStringLiteral("outcome")).isEmpty());
    CHECK_FALSE(rs.get(QStringLiteral("activity"), followUp));
}

TEST_CASE("Ticking a call done in the Activities form asks how it went", "[tasks-ui]")
{
    UiFixture f;
    RecordStore& rs = f.records();
    auto call = rs.create(QStringLiteral("activity"),
        { { QStringLiteral("kind"), QStringLiteral("call") },
            { QStringLiteral("subject"), QStringLiteral("Cold call") } });
    REQUIRE(call);
    ActivitiesModule module(f.context());
    std::unique_ptr<QWidget> widget(module.createWidget(nullptr));
    REQUIRE(module.view()->openRecord(*call));
    RecordForm* form = module.view()->form();
    auto* done = qobject_cast<QCheckBox*>(form->editor(QStringLiteral("done"))->input());
    REQUIRE(done);
    done->setChecked(true);
    REQUIRE(form->save());

    // Not done yet: first the outcome.
    CHECK_FALSE(record(rs, *call).value(QStringLiteral("done")).toBool());
    auto* dialog = widget->findChild<OutcomeDialog*>();
    REQUIRE(dialog);
    CHECK(dialog->isVisible());
    dialog->outcomeEdit()->setText(QStringLiteral("No answer"));
    dialog->accept();
    CHECK(record(rs, *call).value(QStringLiteral("done")).toBool());
    CHECK(record(rs, *call).text(QStringLiteral("outcome")) == QStringLiteral("No answer"));
}
