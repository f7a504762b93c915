// The pipeline board: columns of deal cards with their figures, stalled deals, moves by drag and
// Ctrl+arrows (one undo step, refused while a required item is open), Won/Lost, filters, forecast.
#include "SalesTestSupport.h"
#include "UiTestSupport.h"

#include "common/LoseDialog.h"
#include "common/Prompter.h"
#include "pipeline/BoardFilterBar.h"
#include "pipeline/BoardModel.h"
#include "pipeline/BoardView.h"
#include "pipeline/DropZone.h"
#include "pipeline/ForecastView.h"
#include "pipeline/PipelineModule.h"
#include "pipeline/StageColumn.h"
#include "services/DealFlow.h"
#include "services/Workspace.h"
#include "store/Session.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>
#include <catch2/catch.hpp>
#include <memory>

using namespace tandem;
using namespace tandem::test;

namespace {

void markTaskDone(RecordStore& rs, const QString& dealId, const QString& subject)
{
    const QString taskId = taskNamed(rs, dealId, subject).id;
    REQUIRE(rs.update(QStringLiteral("task"), taskId, { { QStringLiteral("done"), true } }));
}

// The card titles in a column, top to bottom.
QStringList cards(const BoardModel& model, const QString& stageId)
{
    QStringList out;
    const QModelIndex stage = model.stageIndex(stageId);
    for (int r = 0; r < model.rowCount(stage); ++r)
        out << model.index(r, 0, stage).data().toString();
    return out;
}

QStringList allCards(const BoardModel& model)
{
    QStringList out;
    for (const BoardDeal& d : model.allDeals())
        out << d.title;
    out.sort();
    return out;
}

StageColumn* columnFor(BoardView& board, const QString& stageId)
{
    for (StageColumn* c : board.columns()) {
        if (c->stageId() == stageId)
            return c;
    }
    return nullptr;
}

// Picks an entry the way a keyboard user does, so the box reports it as chosen.
void choose(QComboBox* box, const QVariant& data)
{
    const int target = box->findData(data);
    REQUIRE(target >= 0);
    while (box->currentIndex() != target)
        QTest::keyClick(box, box->currentIndex() < target ? Qt::Key_Down : Qt::Key_Up);
}

// A drag of the deals that ends on `target` (a drop zone).
void dropOn(QWidget* target, const QMimeData* mime)
{
    const QPoint centre = target->rect().center();
    QDragEnterEvent enter(centre, Qt::MoveAction | Qt::CopyAction, mime, Qt::LeftButton, {});
    QCoreApplication::sendEvent(target, &enter);
    REQUIRE(enter.isAccepted());
    QDropEvent drop(QPointF(centre), Qt::MoveAction | Qt::CopyAction, mime, Qt::LeftButton, {});
    QCoreApplication::sendEvent(target, &drop);
    REQUIRE(drop.isAccepted());
}

// The default pipeline's stages by name, and a few deals on it.
struct Board {
    explicit Board(UiFixture& f)
        : rs(f.records())
        , session(f.db->session())
        , pipeline(Workspace::defaultPipelineId(session))
        , introduction(stageNamed(rs, QStringLiteral("Introduction")))
        , qualification(stageNamed(rs, QStringLiteral("Qualification")))
        , proposal(stageNamed(rs, QStringLiteral("Proposal")))
        , negotiation(stageNamed(rs, QStringLiteral("Negotiation")))
        , contract(stageNamed(rs, QStringLiteral("Contract and invoicing")))
        , handover(stageNamed(rs, QStringLiteral("Handover to delivery")))
        , lostStage(stageNamed(rs, QStringLiteral("Lost")))
    {
    }

    QString deal(const QString& title, const QVariantMap& more = {})
    {
        QVariantMap values = more;
        values.insert(QStringLiteral("title"), title);
        return newDeal(session, values);
    }

    RecordStore& rs;
    Session& session;
    QString pipeline;
    QString introduction, qualification, proposal, negotiation, contract, handover, lostStage;
};

} // namespace

TEST_CASE("The board shows each open stage as a column with its deals and their figures",
    "[ui][pipeline]")
{
    UiFixture f;
    Board b(f);
    const QString baltga = create(
        b.rs, QStringLiteral("company"), { { QStringLiteral("name"), QStringLiteral("Baltga") } });
    const QString forkliftsId = b.deal(QStringLiteral("Forklifts"),
        { { QStringLiteral("amount"), QStringLiteral("1000") },
            { QStringLiteral("company_id"), baltga },
            { QStringLiteral("expected_close"), QStringLiteral("2026-07-15") } });
    b.deal(QStringLiteral("Racking"),
        { { QStringLiteral("amount"), QStringLiteral("2500") },
            { QStringLiteral("expected_close"), QStringLiteral("2026-06-30") } });
    b.deal(QStringLiteral("Shelving"), { { QStringLiteral("stage_id"), b.proposal } });
    b.deal(QStringLiteral("Crane"),
        { { QStringLiteral("stage_id"), b.proposal },
            { QStringLiteral("currency"), QStringLiteral("PLN") },
            { QStringLiteral("amount"), QStringLiteral("500") } });
    REQUIRE(DealFlow::win(b.session, b.deal(QStringLiteral("Old order"))));

    BoardModel model(b.session.database(), b.session.clock());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.load(b.pipeline, {});
    CHECK(reset.count() == 1);
    INFO(model.lastError().toStdString());
    CHECK(model.lastError().isEmpty());

    // Five working stages are columns; Won and Lost are not.
    REQUIRE(model.rowCount() == 5);
    QStringList columns;
    for (int r = 0; r < model.rowCount(); ++r)
        columns << model.index(r, 0).data().toString();
    CHECK(columns
        == QStringList { QStringLiteral("Introduction"), QStringLiteral("Qualification"),
            QStringLiteral("Proposal"), QStringLiteral("Negotiation"),
            QStringLiteral("Contract and invoicing") });
    // Soonest close first; the won deal is not on the board.
    CHECK(cards(model, b.introduction)
        == QStringList { QStringLiteral("Racking"), QStringLiteral("Forklifts") });
    CHECK(cards(model, b.proposal)
        == QStringList { QStringLiteral("Crane"), QStringLiteral("Shelving") });
    CHECK(cards(model, b.qualification).isEmpty());

    const QModelIndex forklifts = model.index(1, 0, model.stageIndex(b.introduction));
    CHECK(forklifts.data(BoardModel::CompanyRole).toString() == QStringLiteral("Baltga"));
    CHECK(forklifts.data(BoardModel::AmountTextRole).toString() == QStringLiteral("€1,000"));
    CHECK(forklifts.data(BoardModel::OwnerRole).toString() == QStringLiteral("Tester"));
    CHECK(forklifts.data(BoardModel::ExpectedCloseRole).toString() == QStringLiteral("15/07/2026"));
    // Its first call is due three days after it was created.
    CHECK(forklifts.data(BoardModel::NextActivityRole).toString()
        == QStringLiteral("First call or meeting · 18/06/2026"));
    CHECK_FALSE(forklifts.data(BoardModel::NextActivityOverdueRole).toBool());
    CHECK(forklifts.data(BoardModel::DaysInStageRole).toInt() == 0);
    CHECK((model.flags(forklifts) & Qt::ItemIsDragEnabled));
    CHECK((model.flags(model.stageIndex(b.proposal)) & Qt::ItemIsDropEnabled));

    const StageSummary intro = model.summary(0);
    CHECK(intro.deals == 2);
    CHECK(intro.total.value(QStringLiteral("EUR")) == 350000);
    CHECK(intro.weighted.value(QStringLiteral("EUR")) == 35000); // 10 %

    StageColumn introColumn(&model, 0);
    CHECK(introColumn.headingText() == QStringLiteral("2 deal(s)\n€3,500 · weighted €350"));
    // Another currency is not added to euros: it is counted apart and listed in the tooltip.
    StageColumn proposalColumn(&model, 2);
    CHECK(proposalColumn.headingText().startsWith(QStringLiteral("2 deal(s)\n+ 1 other currenc")));
    CHECK(BoardModel::moneyDetails(model.summary(2))
        == QStringLiteral("zł\u00A0500 · weighted zł\u00A0200"));
    StageColumn empty(&model, 1);
    CHECK(empty.headingText() == QStringLiteral("0 deal(s)"));

    SECTION("a deal longer in its stage than the stage's stall days is marked stalled")
    {
        // Introduction stalls after 14 days.
        f.db->clock().advanceMs(14LL * 24 * 3600 * 1000);
        CHECK(forklifts.data(BoardModel::DaysInStageRole).toInt() == 14);
        CHECK_FALSE(forklifts.data(BoardModel::StalledRole).toBool());
        CHECK(forklifts.data(BoardModel::NextActivityOverdueRole).toBool());
        f.db->clock().advanceMs(24LL * 3600 * 1000);
        CHECK(forklifts.data(BoardModel::DaysInStageRole).toInt() == 15);
        CHECK(forklifts.data(BoardModel::StalledRole).toBool());
        // A deal moved on since then has a fresh start in its new stage.
        REQUIRE(b.rs.update(QStringLiteral("deal"), forkliftsId,
            { { QStringLiteral("stage_entered_at"), f.db->clock().nowUtc() } }));
        model.reload();
        const QModelIndex again = model.dealIndex(forkliftsId);
        CHECK(again.data(BoardModel::DaysInStageRole).toInt() == 0);
        CHECK_FALSE(again.data(BoardModel::StalledRole).toBool());
    }
}

TEST_CASE("Dragging a card to another column moves the deal, one undo step with its playbook",
    "[ui][pipeline]")
{
    UiFixture f;
    Board b(f);
    const QString forklifts = b.deal(
        QStringLiteral("Forklifts"), { { QStringLiteral("amount"), QStringLiteral("1000") } });
    b.deal(QStringLiteral("Racking"));
    markTaskDone(b.rs, forklifts, QStringLiteral("First call or meeting"));

    BoardView board(f.context());
    board.resize(1400, 700);
    REQUIRE(showActive(board));
    BoardModel* model = board.model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(cards(*model, b.introduction).contains(QStringLiteral("Forklifts")));
    QSignalSpy requested(model, &BoardModel::moveRequested);

    std::unique_ptr<QMimeData> mime(model->mimeData({ model->dealIndex(forklifts) }));
    REQUIRE(mime);
    CHECK(mime->hasFormat(QStringLiteral("application/x-tandem-deal-ids")));
    CHECK(BoardModel::dealIds(mime.get()) == QStringList { forklifts });
    const QModelIndex proposal = model->stageIndex(b.proposal);
    REQUIRE(model->canDropMimeData(mime.get(), Qt::MoveAction, -1, 0, proposal));
    REQUIRE(model->dropMimeData(mime.get(), Qt::MoveAction, -1, 0, proposal));
    // The view is still inside its drop: the move comes after.
    CHECK(requested.isEmpty());
    CHECK(stageOf(b.rs, forklifts) == b.introduction);

    REQUIRE(waitFor([&] { return stageOf(b.rs, forklifts) == b.proposal; }));
    REQUIRE(waitFor(
        [&] { return cards(*model, b.proposal) == QStringList { QStringLiteral("Forklifts") }; }));
    CHECK(cards(*model, b.introduction) == QStringList { QStringLiteral("Racking") });
    CHECK(columnFor(board, b.proposal)
              ->headingText()
              .startsWith(QStringLiteral("1 deal(s)\n€1,000")));
    CHECK(taskSubjects(b.rs, forklifts)
        == QStringList {
            QStringLiteral("First call or meeting"), QStringLiteral("Send the offer") });
    REQUIRE(f.undoStack.count() == 1);
    CHECK(f.undoStack.undoText() == QStringLiteral("Move “Forklifts” to Proposal"));

    f.undoStack.undo();
    CHECK(stageOf(b.rs, forklifts) == b.introduction);
    CHECK(taskSubjects(b.rs, forklifts) == QStringList { QStringLiteral("First call or meeting") });
    REQUIRE(waitFor([&] { return cards(*model, b.proposal).isEmpty(); }));
    CHECK(cards(*model, b.introduction).contains(QStringLiteral("Forklifts")));

    f.undoStack.redo();
    CHECK(stageOf(b.rs, forklifts) == b.proposal);
    CHECK(taskSubjects(b.rs, forklifts).contains(QStringLiteral("Send the offer")));
    REQUIRE(waitFor(
        [&] { return cards(*model, b.proposal) == QStringList { QStringLiteral("Forklifts") }; }));

    SECTION("a card dropped back on its own column is not a move")
    {
        const int steps = f.undoStack.count();
        requested.clear();
        std::unique_ptr<QMimeData> again(model->mimeData({ model->dealIndex(forklifts) }));
        REQUIRE(
            model->dropMimeData(again.get(), Qt::MoveAction, -1, 0, model->stageIndex(b.proposal)));
        QTest::qWait(50);
        CHECK(requested.isEmpty());
        CHECK(f.undoStack.count() == steps);
    }

    SECTION("dropped on a card, the deal goes to that card's column")
    {
        std::unique_ptr<QMimeData> back(model->mimeData({ model->dealIndex(forklifts) }));
        const QModelIndex racking = model->index(0, 0, model->stageIndex(b.introduction));
        REQUIRE(racking.data().toString() == QStringLiteral("Racking"));
        REQUIRE(model->dropMimeData(back.get(), Qt::MoveAction, -1, -1, racking));
        REQUIRE(waitFor([&] { return stageOf(b.rs, forklifts) == b.introduction; }));
        CHECK(f.undoStack.count() == 2);
    }
}

TEST_CASE("Ctrl+Right and Ctrl+Left move the selected card a stage on or back", "[ui][pipeline]")
{
    UiFixture f;
    Board b(f);
    const QString forklifts = b.deal(QStringLiteral("Forklifts"));
    const QString racking = b.deal(QStringLiteral("Racking"));
    markTaskDone(b.rs, forklifts, QStringLiteral("First call or meeting"));

    PipelineModule module(f.context());
    std::unique_ptr<QWidget> widget(module.createWidget(nullptr));
    BoardView* board = module.board();
    REQUIRE(board == widget.get());
    // As in the main window: the module's actions and their shortcuts are on the window.
    board->addActions(module.actions());
    board->resize(1400, 700);
    REQUIRE(showActive(*board));
    CHECK(module.nextAction()->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_Right));
    CHECK_FALSE(module.nextAction()->isEnabled()); // nothing selected

    // The user clicks the card.
    QListView* intro = columnFor(*board, b.introduction)->list();
    const QModelIndex card = board->model()->dealIndex(forklifts);
    QTest::mouseClick(intro->viewport(), Qt::LeftButton, {}, intro->visualRect(card).center());
    REQUIRE(board->selectedDealIds() == QStringList { forklifts });
    CHECK(module.nextAction()->isEnabled());
    CHECK_FALSE(module.previousAction()->isEnabled()); // the first stage

    QTest::keyClick(intro, Qt::Key_Right, Qt::ControlModifier);
    REQUIRE(waitFor([&] {
        return cards(*board->model(), b.qualification).contains(QStringLiteral("Forklifts"));
    }));
    CHECK(stageOf(b.rs, forklifts) == b.qualification);
    CHECK(f.undoStack.count() == 1);
    CHECK(board->selectedDealIds() == QStringList { forklifts });
    CHECK(module.previousAction()->isEnabled());

    // Moving back is always allowed, whatever the checklist says.
    QTest::keyClick(board, Qt::Key_Left, Qt::ControlModifier);
    REQUIRE(waitFor([&] { return stageOf(b.rs, forklifts) == b.introduction; }));
    CHECK(f.undoStack.count() == 2);
    CHECK(Prompter::shown().isEmpty());

    SECTION("a required checklist item not done refuses the move, naming the item")
    {
        REQUIRE(b.rs.update(QStringLiteral("playbook_action"), actionOf(b.rs, b.introduction),
            { { QStringLiteral("required"), true } }));
        f.events.notifyChanged(QStringLiteral("playbook_action"));
        for (StageColumn* c : board->columns())
            c->list()->clearSelection();
        REQUIRE(board->selectDeal(racking));
        CHECK(module.nextAction()->isEnabled());
        const int steps = f.undoStack.count();
        QTest::keyClick(board, Qt::Key_Right, Qt::ControlModifier);
        REQUIRE(Prompter::shown().size() == 1);
        CHECK(Prompter::shown().first().kind == Prompter::Kind::Warning);
        CHECK(Prompter::shown().first().title == QStringLiteral("Not moved"));
        CHECK(Prompter::shown().first().text.contains(QStringLiteral("First call or meeting")));
        CHECK(Prompter::shown().first().text.contains(QStringLiteral("Introduction")));
        CHECK(stageOf(b.rs, racking) == b.introduction);
        CHECK(
            taskSubjects(b.rs, racking) == QStringList { QStringLiteral("First call or meeting") });
        CHECK(f.undoStack.count() == steps);
        QTest::qWait(20);
        CHECK(cards(*board->model(), b.introduction).contains(QStringLiteral("Racking")));

        // Once the call is done, the same key moves it.
        markTaskDone(b.rs, racking, QStringLiteral("First call or meeting"));
        QTest::keyClick(board, Qt::Key_Right, Qt::ControlModifier);
        REQUIRE(waitFor([&] { return stageOf(b.rs, racking) == b.qualification; }));
        CHECK(Prompter::shown().size() == 1);
    }

    SECTION("moving two cards where one is not ready moves neither")
    {
        REQUIRE(b.rs.update(QStringLiteral("playbook_action"), actionOf(b.rs, b.introduction),
            { { QStringLiteral("required"), true } }));
        const int steps = f.undoStack.count();
        const QStringList tasksBefore = taskSubjects(b.rs, forklifts);
        CHECK_FALSE(board->moveDeals({ forklifts, racking }, b.proposal));
        REQUIRE(Prompter::shown().size() == 1);
        CHECK(Prompter::shown().first().text.contains(QStringLiteral("First call or meeting")));
        CHECK(stageOf(b.rs, forklifts) == b.introduction);
        CHECK(stageOf(b.rs, racking) == b.introduction);
        CHECK(taskSubjects(b.rs, forklifts) == tasksBefore);
        CHECK(f.undoStack.count() == steps);
    }
}

TEST_CASE("Dropping a card on Won wins the deal; Lost asks why first", "[ui][pipeline]")
{
    UiFixture f;
    Board b(f);
    const QString baltga = create(
        b.rs, QStringLiteral("company"), { { QStringLiteral("name"), QStringLiteral("Baltga") } });
    const QString forklifts = b.deal(QStringLiteral("Forklifts"),
        { { QStringLiteral("company_id"), baltga }, { QStringLiteral("stage_id"), b.contract } });
    const QString racking
        = b.deal(QStringLiteral("Racking"), { { QStringLiteral("stage_id"), b.proposal } });
    const QString rival = create(b.rs, QStringLiteral("competitor"),
        { { QStringLiteral("name"), QStringLiteral("Sandėlių sistemos") } });

    BoardView board(f.context());
    board.resize(1400, 700);
    REQUIRE(showActive(board));
    BoardModel* model = board.model();

    SECTION("Won")
    {
        std::unique_ptr<QMimeData> mime(model->mimeData({ model->dealIndex(forklifts) }));
        dropOn(board.wonZone(), mime.get());
        REQUIRE(waitFor([&] {
            return dealRecord(b.rs, forklifts).text(QStringLiteral("status"))
                == QStringLiteral("won");
        }));
        CHECK(stageOf(b.rs, forklifts) == b.handover);
        CHECK(taskSubjects(b.rs, forklifts)
                  .contains(QStringLiteral("Hand over to delivery and support")));
        CHECK(b.rs.get(QStringLiteral("company"), baltga)->text(QStringLiteral("status"))
            == QStringLiteral("customer"));
        REQUIRE(waitFor([&] { return !allCards(*model).contains(QStringLiteral("Forklifts")); }));
        CHECK(f.undoStack.undoText() == QStringLiteral("Mark “Forklifts” won"));

        f.undoStack.undo();
        CHECK(dealRecord(b.rs, forklifts).text(QStringLiteral("status")) == QStringLiteral("open"));
        CHECK(stageOf(b.rs, forklifts) == b.contract);
        REQUIRE(waitFor([&] {
            return cards(*model, b.contract) == QStringList { QStringLiteral("Forklifts") };
        }));
    }

    SECTION("win() with a required item open is refused and shown")
    {
        REQUIRE(b.rs.update(QStringLiteral("stage"), b.proposal,
            { { QStringLiteral("requires_checklist"), true } }));
        CHECK_FALSE(board.win({ racking }));
        REQUIRE(Prompter::shown().size() == 1);
        CHECK(Prompter::shown().first().title == QStringLiteral("Not marked won"));
        CHECK(Prompter::shown().first().text.contains(QStringLiteral("Send the offer")));
        CHECK(dealRecord(b.rs, racking).text(QStringLiteral("status")) == QStringLiteral("open"));
        CHECK(f.undoStack.count() == 0);
    }

    SECTION("Lost")
    {
        std::unique_ptr<QMimeData> mime(model->mimeData({ model->dealIndex(racking) }));
        dropOn(board.lostZone(), mime.get());
        LoseDialog* dialog = nullptr;
        REQUIRE(waitFor([&] { return (dialog = board.findChild<LoseDialog*>()) != nullptr; }));
        CHECK(dialog->isVisible());
        CHECK(dialog->windowTitle() == QStringLiteral("Deal lost"));
        QPushButton* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        // No reason, no loss.
        CHECK_FALSE(ok->isEnabled());
        dialog->setReason(QStringLiteral("   "));
        CHECK_FALSE(ok->isEnabled());
        // The team's reasons are offered; the competitor is optional.
        CHECK(dialog->reasonBox()->findText(QStringLiteral("Price too high")) >= 0);
        CHECK(dialog->competitorBox()->currentData().toString().isEmpty());
        CHECK(dialog->competitorBox()->findData(rival) >= 0);
        dialog->setReason(QStringLiteral("Price too high"));
        CHECK(ok->isEnabled());

        SECTION("with the competitor who won it")
        {
            dialog->setCompetitor(rival);
            QTest::mouseClick(ok, Qt::LeftButton);
            const Record lost = dealRecord(b.rs, racking);
            CHECK(lost.text(QStringLiteral("status")) == QStringLiteral("lost"));
            CHECK(lost.text(QStringLiteral("lost_reason")) == QStringLiteral("Price too high"));
            CHECK(lost.text(QStringLiteral("competitor_id")) == rival);
            // It was lost in Proposal, and its open playbook task left the agenda.
            CHECK(stageOf(b.rs, racking) == b.proposal);
            CHECK(taskSubjects(b.rs, racking).isEmpty());
            REQUIRE(waitFor([&] { return cards(*model, b.proposal).isEmpty(); }));
            CHECK(f.undoStack.undoText() == QStringLiteral("Mark “Racking” lost"));
        }
        SECTION("without one")
        {
            QTest::mouseClick(ok, Qt::LeftButton);
            const Record lost = dealRecord(b.rs, racking);
            CHECK(lost.text(QStringLiteral("status")) == QStringLiteral("lost"));
            CHECK(lost.text(QStringLiteral("competitor_id")).isEmpty());
        }
        SECTION("cancelled, nothing happens")
        {
            dialog->reject();
            CHECK(
                dealRecord(b.rs, racking).text(QStringLiteral("status")) == QStringLiteral("open"));
            CHECK(f.undoStack.count() == 0);
        }
    }

    SECTION("the Lost… action asks about the selected card")
    {
        PipelineModule module(f.context());
        std::unique_ptr<QWidget> widget(module.createWidget(nullptr));
        widget->resize(1400, 700);
        REQUIRE(showActive(*widget)); // the board reads its deals when it is shown
        REQUIRE(module.board()->selectDeal(racking));
        CHECK(module.lostAction()->isEnabled());
        module.lostAction()->trigger();
        auto* dialog = module.board()->findChild<LoseDialog*>();
        REQUIRE(dialog);
        dialog->setReason(QStringLiteral("No budget"));
        dialog->accept();
        CHECK(dealRecord(b.rs, racking).text(QStringLiteral("lost_reason"))
            == QStringLiteral("No budget"));
    }
}

TEST_CASE("The filters narrow the board by owner, amount and text", "[ui][pipeline]")
{
    UiFixture f;
    Board b(f);
    const QString ona = create(b.rs, QStringLiteral("user"),
        { { QStringLiteral("name"), QStringLiteral("Ona Petraitienė") } });
    const QString lodvila = create(b.rs, QStringLiteral("company"),
        { { QStringLiteral("name"), QStringLiteral("UAB Lodvila") } });
    b.deal(
        QStringLiteral("Forklifts"), { { QStringLiteral("amount"), QStringLiteral("1000.50") } });
    b.deal(QStringLiteral("Racking"),
        { { QStringLiteral("amount"), QStringLiteral("1000.49") },
            { QStringLiteral("owner_id"), ona } });
    b.deal(QStringLiteral("Office chairs"),
        { { QStringLiteral("amount"), QStringLiteral("25000") },
            { QStringLiteral("company_id"), lodvila },
            { QStringLiteral("stage_id"), b.negotiation } });
    b.deal(QStringLiteral("Žalgiris lights"), { { QStringLiteral("owner_id"), ona } });

    BoardView board(f.context());
    board.resize(1400, 700);
    REQUIRE(showActive(board));
    BoardModel* model = board.model();
    BoardFilterBar* filters = board.filterBar();
    const QStringList everything { QStringLiteral("Forklifts"), QStringLiteral("Office chairs"),
        QStringLiteral("Racking"), QStringLiteral("Žalgiris lights") };
    REQUIRE(allCards(*model) == everything);

    SECTION("owner")
    {
        choose(filters->ownerBox(), ona);
        REQUIRE(waitFor([&] {
            return allCards(*model)
                == QStringList { QStringLiteral("Racking"), QStringLiteral("Žalgiris lights") };
        }));
        choose(filters->ownerBox(), QString());
        REQUIRE(waitFor([&] { return allCards(*model) == everything; }));
    }

    SECTION("amount from, typed the continental way")
    {
        filters->minAmountEdit()->setFocus();
        typeText(filters->minAmountEdit(), QStringLiteral("1 000,50"));
        REQUIRE(waitFor([&] {
            return allCards(*model)
                == QStringList { QStringLiteral("Forklifts"), QStringLiteral("Office chairs") };
        }));
        // The column figures follow the filter.
        CHECK(columnFor(board, b.introduction)
                  ->headingText()
                  .startsWith(QStringLiteral("1 deal(s)")));
    }

    SECTION("amount from, typed the British way")
    {
        filters->minAmountEdit()->setFocus();
        typeText(filters->minAmountEdit(), QStringLiteral("1,000.50"));
        REQUIRE(waitFor([&] {
            return allCards(*model)
                == QStringList { QStringLiteral("Forklifts"), QStringLiteral("Office chairs") };
        }));
        filters->minAmountEdit()->clear();
        REQUIRE(waitFor([&] { return allCards(*model) == everything; }));
        // A thousand as a British user types it, without the pence.
        typeText(filters->minAmountEdit(), QStringLiteral("1,000.49"));
        REQUIRE(waitFor([&] { return allCards(*model).size() == 3; }));
        filters->minAmountEdit()->clear();
        typeText(filters->minAmountEdit(), QStringLiteral("2,000"));
        REQUIRE(waitFor(
            [&] { return allCards(*model) == QStringList { QStringLiteral("Office chairs") }; }));
    }

    SECTION("text in the title or the company's name, ignoring case and accents")
    {
        filters->textEdit()->setFocus();
        typeText(filters->textEdit(), QStringLiteral("lodv"));
        REQUIRE(waitFor(
            [&] { return allCards(*model) == QStringList { QStringLiteral("Office chairs") }; }));
        filters->textEdit()->clear();
        typeText(filters->textEdit(), QStringLiteral("zalg"));
        REQUIRE(waitFor(
            [&] { return allCards(*model) == QStringList { QStringLiteral("Žalgiris lights") }; }));
    }

    SECTION("filters combine, and Clear filters shows everything again")
    {
        choose(filters->ownerBox(), ona);
        filters->minAmountEdit()->setFocus();
        typeText(filters->minAmountEdit(), QStringLiteral("1000"));
        REQUIRE(
            waitFor([&] { return allCards(*model) == QStringList { QStringLiteral("Racking") }; }));
        filters->clearFilters();
        REQUIRE(waitFor([&] { return allCards(*model) == everything; }));
        CHECK(filters->ownerBox()->currentIndex() == 0);
        CHECK(filters->minAmountEdit()->text().isEmpty());
    }
}

TEST_CASE("The forecast under the board sums the shown deals by close month", "[ui][pipeline]")
{
    UiFixture f;
    Board b(f);
    b.deal(QStringLiteral("Forklifts"),
        { { QStringLiteral("amount"), QStringLiteral("1000") },
            { QStringLiteral("expected_close"), QStringLiteral("2026-06-30") } });
    b.deal(QStringLiteral("Racking"),
        { { QStringLiteral("amount"), QStringLiteral("2000") },
            { QStringLiteral("stage_id"), b.negotiation },
            { QStringLiteral("expected_close"), QStringLiteral("2026-06-20") } });
    b.deal(QStringLiteral("Cranes"),
        { { QStringLiteral("amount"), QStringLiteral("5000") },
            { QStringLiteral("stage_id"), b.proposal },
            { QStringLiteral("expected_close"), QStringLiteral("2026-08-01") } });
    b.deal(QStringLiteral("Someday"));

    BoardView board(f.context());
    board.resize(1400, 800);
    REQUIRE(showActive(board));
    ForecastView* forecast = board.forecast();
    CHECK_FALSE(forecast->isVisible());
    board.showForecast(true);
    CHECK(forecast->isVisible());

    QStandardItemModel* rows = forecast->model();
    QAbstractItemModelTester tester(rows, QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto table = [&] {
        QStringList out;
        for (int r = 0; r < rows->rowCount(); ++r) {
            QStringList cells;
            for (int c = 0; c < rows->columnCount(); ++c)
                cells << rows->index(r, c).data().toString();
            out << cells.join(QStringLiteral(" | "));
        }
        return out;
    };
    // June: 1,000 at 10 % and 2,000 at 60 %.
    CHECK(table()
        == QStringList { QStringLiteral("June 2026 | 2 | €3,000.00 | €1,300.00"),
            QStringLiteral("August 2026 | 1 | €5,000.00 | €2,000.00"),
            QStringLiteral("No close date | 1 | €0.00 | €0.00") });

    // The forecast follows the filters.
    board.filterBar()->minAmountEdit()->setFocus();
    typeText(board.filterBar()->minAmountEdit(), QStringLiteral("1500"));
    REQUIRE(waitFor([&] { return rows->rowCount() == 2; }));
    CHECK(table()
        == QStringList { QStringLiteral("June 2026 | 1 | €2,000.00 | €1,200.00"),
            QStringLiteral("August 2026 | 1 | €5,000.00 | €2,000.00") });

    forecast->byOwnerCheck()->setChecked(true);
    CHECK(rows->horizontalHeaderItem(1)->text() == QStringLiteral("Owner"));
    CHECK(rows->index(0, 1).data().toString() == QStringLiteral("Tester"));
}
