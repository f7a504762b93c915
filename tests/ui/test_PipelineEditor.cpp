// The pipeline and playbook editor: stages added, changed and reordered in place, each change one
// undo step; a playbook condition Tandem cannot read is refused; new pipelines and the default.
#include "UiTestSupport.h"

#include "common/Prompter.h"
#include "pipeline/BoardView.h"
#include "pipeline/PipelineEditor.h"
#include "records/RecordTableModel.h"
#include "records/RecordTableView.h"
#include "services/Workspace.h"
#include "store/Session.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <catch2/catch.hpp>

using namespace tandem;
using namespace tandem::test;

namespace {

QStringList column(const RecordTableModel& model, int c)
{
    QStringList out;
    for (int r = 0; r < model.rowCount(); ++r)
        out << model.index(r, c).data().toString();
    return out;
}

int columnOf(const RecordTableModel& model, const QString& field)
{
    for (int c = 0; c < model.columnCount(); ++c) {
        if (model.fieldAt(c).name == field)
            return c;
    }
    FAIL("no column " << field.toStdString());
    return -1;
}

QPushButton* button(QWidget& parent, const QString& text)
{
    for (QPushButton* b : parent.findChildren<QPushButton*>()) {
        if (b->text() == text)
            return b;
    }
    FAIL("no button " << text.toStdString());
    return nullptr;
}

Record stored(RecordStore& rs, const QString& entity, const QString& id)
{
    auto r = rs.get(entity, id);
    REQUIRE(r);
    return *r;
}

} // namespace

TEST_CASE("Stages are added, changed and reordered in place, each one undo step",
    "[ui][pipeline][editor]")
{
    UiFixture f;
    RecordStore& rs = f.records();
    PipelineEditor editor(f.context());
    RecordTableModel* stages = editor.stages()->model();
    QAbstractItemModelTester tester(stages, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(editor.pipelineId() == Workspace::defaultPipelineId(f.db->session()));
    const int name = columnOf(*stages, QStringLiteral("name"));
    const int probability = columnOf(*stages, QStringLiteral("probability"));
    CHECK(column(*stages, name)
        == QStringList { QStringLiteral("Introduction"), QStringLiteral("Qualification"),
            QStringLiteral("Proposal"), QStringLiteral("Negotiation"),
            QStringLiteral("Contract and invoicing"), QStringLiteral("Handover to delivery"),
            QStringLiteral("Lost") });
    CHECK(stages->headerData(probability, Qt::Horizontal, Qt::DisplayRole).toString()
        == QStringLiteral("Probability %"));

    // Add: a new stage at the end, in this pipeline.
    REQUIRE(editor.stages()->addRecord());
    REQUIRE(stages->rowCount() == 8);
    const QString added = stages->idAt(7);
    CHECK(stages->index(7, name).data().toString() == QStringLiteral("New stage"));
    CHECK(stored(rs, QStringLiteral("stage"), added).text(QStringLiteral("pipeline_id"))
        == editor.pipelineId());
    CHECK(editor.stages()->currentId() == added);
    CHECK(f.undoStack.count() == 1);

    // Edit: the probability, through the model as the table's editor writes it.
    QSignalSpy changed(stages, &QAbstractItemModel::dataChanged);
    REQUIRE(stages->setData(stages->index(7, probability), 35));
    CHECK(changed.count() == 1);
    CHECK(stages->index(7, probability).data().toString() == QStringLiteral("35"));
    CHECK(stored(rs, QStringLiteral("stage"), added).value(QStringLiteral("probability")).toInt()
        == 35);
    CHECK(f.undoStack.count() == 2);
    // Writing the same value again is not a change.
    REQUIRE(stages->setData(stages->index(7, probability), 35));
    CHECK(f.undoStack.count() == 2);

    // Reorder: the new stage moves up before Lost.
    REQUIRE(editor.stages()->moveCurrent(-1));
    CHECK(column(*stages, name).mid(5)
        == QStringList { QStringLiteral("Handover to delivery"), QStringLiteral("New stage"),
            QStringLiteral("Lost") });
    CHECK(editor.stages()->currentId() == added);
    CHECK(f.undoStack.count() == 3);

    f.undoStack.undo();
    CHECK(column(*stages, name).mid(5)
        == QStringList { QStringLiteral("Handover to delivery"), QStringLiteral("Lost"),
            QStringLiteral("New stage") });
    f.undoStack.undo();
    CHECK(stored(rs, QStringLiteral("stage"), added).value(QStringLiteral("probability")).toInt()
        == 50);
    CHECK(
        stages->index(stages->rowOf(added), probability).data().toString() == QStringLiteral("50"));
    f.undoStack.undo();
    CHECK(stages->rowCount() == 7);
    CHECK(stages->rowOf(added) == -1);
    CHECK(Prompter::shown().isEmpty());
}

TEST_CASE("A playbook condition Tandem cannot read is refused with a message and not stored",
    "[ui][pipeline][editor]")
{
    UiFixture f;
    RecordStore& rs = f.records();
    PipelineEditor editor(f.context());
    RecordTableModel* actions = editor.actions()->model();
    QAbstractItemModelTester tester(actions, QAbstractItemModelTester::FailureReportingMode::Fatal);
    // The first stage is picked: its playbook is below.
    REQUIRE(actions->rowCount() == 1);
    const int title = columnOf(*actions, QStringLiteral("title"));
    const int condition = columnOf(*actions, QStringLiteral("condition"));
    CHECK(actions->index(0, title).data().toString() == QStringLiteral("First call or meeting"));
    const QString action = actions->idAt(0);

    CHECK_FALSE(actions->setData(actions->index(0, condition), QStringLiteral("amount >> x")));
    REQUIRE(Prompter::shown().size() == 1);
    CHECK(Prompter::shown().first().kind == Prompter::Kind::Warning);
    CHECK(Prompter::shown().first().title == QStringLiteral("Not saved"));
    CHECK(Prompter::shown().first().text.startsWith(QStringLiteral("Condition: ")));
    CHECK(stored(rs, QStringLiteral("playbook_action"), action)
              .text(QStringLiteral("condition"))
              .isEmpty());
    CHECK(actions->index(0, condition).data().toString().isEmpty());
    CHECK(f.undoStack.count() == 0);

    // A condition it can read is kept.
    REQUIRE(actions->setData(actions->index(0, condition), QStringLiteral("amount > 10000")));
    CHECK(stored(rs, QStringLiteral("playbook_action"), action).text(QStringLiteral("condition"))
        == QStringLiteral("amount > 10000"));
    CHECK(f.undoStack.count() == 1);

    SECTION("the instructions are saved when the user leaves them")
    {
        // The stage's first action is picked with the stage: its instructions ready to change.
        CHECK(editor.actions()->currentId() == action);
        editor.actions()->selectId(action);
        REQUIRE(editor.instructions()->isEnabled());
        CHECK(editor.instructions()->toPlainText()
            == QStringLiteral("Introduce the company and learn who decides."));
        editor.instructions()->setFocus();
        editor.instructions()->setPlainText(QStringLiteral("Call within a day."));
        QFocusEvent out(QEvent::FocusOut);
        QCoreApplication::sendEvent(editor.instructions(), &out);
        CHECK(stored(rs, QStringLiteral("playbook_action"), action)
                  .text(QStringLiteral("instructions"))
            == QStringLiteral("Call within a day."));
    }

    SECTION("picking another stage shows its playbook")
    {
        editor.stages()->selectId(editor.stages()->model()->idAt(2));
        REQUIRE(actions->rowCount() == 1);
        CHECK(actions->index(0, title).data().toString() == QStringLiteral("Send the offer"));
        CHECK(editor.actions()->addRecord());
        CHECK(actions->rowCount() == 2);
        CHECK(actions->index(1, title).data().toString() == QStringLiteral("New action"));
    }
}

TEST_CASE("A new pipeline starts with New, Won and Lost, and can be made the default",
    "[ui][pipeline][editor]")
{
    UiFixture f;
    RecordStore& rs = f.records();
    Session& s = f.db->session();
    const QString first = Workspace::defaultPipelineId(s);
    BoardView board(f.context());
    CHECK(board.pipelineBox()->count() == 1);
    PipelineEditor editor(f.context());
    CHECK_FALSE(button(editor, QStringLiteral("Make default"))->isEnabled());

    Prompter::answerNextText(QStringLiteral("Service contracts"));
    QTest::mouseClick(button(editor, QStringLiteral("New pipeline…")), Qt::LeftButton);
    const QString added = editor.pipelineId();
    REQUIRE(added != first);
    CHECK(stored(rs, QStringLiteral("pipeline"), added).text(QStringLiteral("name"))
        == QStringLiteral("Service contracts"));
    RecordTableModel* stages = editor.stages()->model();
    const int name = columnOf(*stages, QStringLiteral("name"));
    const int kind = columnOf(*stages, QStringLiteral("kind"));
    CHECK(column(*stages, name)
        == QStringList { QStringLiteral("New"), QStringLiteral("Won"), QStringLiteral("Lost") });
    CHECK(column(*stages, kind)
        == QStringList { QStringLiteral("Open"), QStringLiteral("Won"), QStringLiteral("Lost") });
    CHECK(f.undoStack.count() == 1);
    // The board offers it.
    CHECK(board.pipelineBox()->count() == 2);

    REQUIRE(button(editor, QStringLiteral("Make default"))->isEnabled());
    QTest::mouseClick(button(editor, QStringLiteral("Make default")), Qt::LeftButton);
    CHECK(Workspace::defaultPipelineId(s) == added);
    CHECK_FALSE(
        stored(rs, QStringLiteral("pipeline"), first).value(QStringLiteral("is_default")).toBool());
    auto* box = editor.findChild<QComboBox*>();
    REQUIRE(box);
    CHECK(box->currentText() == QStringLiteral("Service contracts (default)"));
    CHECK_FALSE(button(editor, QStringLiteral("Make default"))->isEnabled());
    CHECK(f.undoStack.count() == 2);

    f.undoStack.undo();
    CHECK(Workspace::defaultPipelineId(s) == first);
    f.undoStack.undo();
    CHECK_FALSE(rs.get(QStringLiteral("pipeline"), added));
    CHECK(board.pipelineBox()->count() == 1);
}
