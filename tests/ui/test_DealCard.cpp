// The Deals screen: a deal's stages and checklist, ticking items off, moving on from the card or
// the details form under the board's rules; and the bell telling a manager of missed deadlines.
#include "SalesTestSupport.h"
#include "UiTestSupport.h"

#include "common/NotificationsButton.h"
#include "common/Prompter.h"
#include "deals/DealCardView.h"
#include "deals/DealsModule.h"
#include "records/FieldEditor.h"
#include "records/RecordForm.h"
#include "records/RecordListView.h"
#include "records/ReferenceCombo.h"
#include "services/DealFlow.h"
#include "store/Session.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStyle>
#include <QStyleOptionViewItem>
#include <QTest>
#include <QTextDocumentFragment>
#include <catch2/catch.hpp>
#include <memory>

using namespace tandem;
using namespace tandem::test;

namespace {

bool hasTask(RecordStore& rs, const QString& dealId, const QString& subject)
{
    ListQuery q;
    q.where << qMakePair(QStringLiteral("deal_id"), QVariant(dealId))
            << qMakePair(QStringLiteral("subject"), QVariant(subject));
    auto rows = rs.list(QStringLiteral("task"), q);
    return rows && !rows->isEmpty();
}

// The stage path across the card as the user reads it: "✓ Introduction" passed, "[Qualification]"
// the current (filled) one, "Proposal" still ahead.
QStringList stagePath(DealCardView* card)
{
    static const QRegularExpression span(QStringLiteral("<span style=\"([^\"]*)\">(.*?)</span>"));
    QStringList out;
    auto it = span.globalMatch(card->stagePath()->text());
    while (it.hasNext()) {
        const auto m = it.next();
        const QString name = QTextDocumentFragment::fromHtml(m.captured(2))
                                 .toPlainText()
                                 .replace(QChar(0xa0), QLatin1Char(' '))
                                 .trimmed();
        out << (m.captured(1).contains(QStringLiteral("color:white"))
                ? QStringLiteral("[%1]").arg(name)
                : name);
    }
    return out;
}

QStringList checklist(DealCardView* card)
{
    QStringList out;
    for (int i = 0; i < card->checklist()->count(); ++i)
        out << card->checklist()->item(i)->text();
    return out;
}

// Clicks an item's check box, where the style draws it.
void clickCheckBox(QListWidget* list, int row)
{
    QListWidgetItem* item = list->item(row);
    REQUIRE(item);
    QStyleOptionViewItem option;
    option.initFrom(list->viewport());
    option.rect = list->visualItemRect(item);
    option.features |= QStyleOptionViewItem::HasCheckIndicator;
    option.checkState = item->checkState();
    option.text = item->text();
    option.features |= QStyleOptionViewItem::HasDisplay;
    option.widget = list;
    const QRect box
        = list->style()->subElementRect(QStyle::SE_ItemViewItemCheckIndicator, &option, list);
    REQUIRE(box.isValid());
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, box.center());
}

// The Deals screen, built as the main window builds it, showing one deal.
struct Screen {
    explicit Screen(UiFixture& f)
        : module(f.context())
        , widget(module.createWidget(nullptr))
    {
        widget->resize(1200, 800);
    }
    RecordForm* form() const { return module.view()->form(); }
    DealCardView* card() const { return module.card(); }

    DealsModule module;
    std::unique_ptr<QWidget> widget;
};

} // namespace

TEST_CASE("A deal's card shows its stages and the playbook of the current one", "[ui][deals]")
{
    UiFixture f;
    RecordStore& rs = f.records();
    Session& s = f.db->session();
    const QString baltga = create(
        rs, QStringLiteral("company"), { { QStringLiteral("name"), QStringLiteral("Baltga") } });
    const QString id = newDeal(s,
        { { QStringLiteral("title"), QStringLiteral("Forklifts") },
            { QStringLiteral("company_id"), baltga },
            { QStringLiteral("amount"), QStringLiteral("12500") },
            { QStringLiteral("stage_id"), stageNamed(rs, QStringLiteral("Qualification")) } });
    Screen screen(f);
    REQUIRE(showActive(*screen.widget));
    REQUIRE(screen.module.view()->openRecord(id));
    DealCardView* card = screen.card();
    REQUIRE(card->isVisible());
    CHECK(card->dealId() == id);

    CHECK(stagePath(card)
        == QStringList { QStringLiteral("✓ Introduction"), QStringLiteral("[Qualification]"),
            QStringLiteral("Proposal"), QStringLiteral("Negotiation"),
            QStringLiteral("Contract and invoicing"), QStringLiteral("Handover to delivery") });
    const QStringList items = checklist(card);
    REQUIRE(items.size() == 1);
    CHECK(items.first().startsWith(QStringLiteral("Qualify needs and budget — due 22/06/2026")));
    CHECK(card->checklist()->item(0)->checkState() == Qt::Unchecked);
    CHECK(card->checklist()->item(0)->toolTip()
        == QStringLiteral("Confirm need, budget, decision maker and timing."));
    CHECK(card->nextButton()->isVisible());
    CHECK(card->nextButton()->isEnabled());
    CHECK_FALSE(card->reopenButton()->isVisible());
    // Amount, company and owner at a glance.
    QStringList texts;
    for (QLabel* label : card->findChildren<QLabel*>())
        texts << label->text();
    const QString facts = texts.filter(QStringLiteral("Baltga")).value(0);
    CHECK(facts.contains(QStringLiteral("€12,500.00")));
    CHECK(facts.contains(QStringLiteral("owner Tester")));

    SECTION("ticking an item marks its task done, and undo unticks it")
    {
        const QString subject = QStringLiteral("Qualify needs and budget");
        clickCheckBox(card->checklist(), 0);
        CHECK(taskNamed(rs, id, subject).value(QStringLiteral("done")).toBool());
        CHECK_FALSE(taskNamed(rs, id, subject).text(QStringLiteral("done_at")).isEmpty());
        REQUIRE(card->checklist()->count() == 1);
        CHECK(card->checklist()->item(0)->checkState() == Qt::Checked);
        CHECK(card->checklist()->item(0)->text().contains(QStringLiteral("was due")));
        CHECK(f.undoStack.count() == 1);
        CHECK(f.undoStack.undoText() == QStringLiteral("Tick “Qualify needs and budget”"));

        f.undoStack.undo();
        CHECK_FALSE(taskNamed(rs, id, subject).value(QStringLiteral("done")).toBool());
        REQUIRE(card->checklist()->count() == 1);
        CHECK(card->checklist()->item(0)->checkState() == Qt::Unchecked);

        // setItemDone is the same as the click.
        REQUIRE(card->setItemDone(0, true));
        CHECK(taskNamed(rs, id, subject).value(QStringLiteral("done")).toBool());
    }

    SECTION("Next stage moves the deal on, with the next playbook")
    {
        QTest::mouseClick(card->nextButton(), Qt::LeftButton);
        CHECK(
            rs.labelOf(QStringLiteral("stage"), dealRecord(rs, id).text(QStringLiteral("stage_id")))
            == QStringLiteral("Proposal"));
        CHECK(stagePath(card).contains(QStringLiteral("[Proposal]")));
        REQUIRE(checklist(card).size() == 1);
        CHECK(checklist(card).first().startsWith(QStringLiteral("Send the offer")));
        CHECK(f.undoStack.undoText() == QStringLiteral("Move “Forklifts” to Proposal"));
        f.undoStack.undo();
        CHECK(stagePath(card).contains(QStringLiteral("[Qualification]")));
    }

    SECTION("a required item not done: Next stage says what is missing and changes nothing")
    {
        REQUIRE(rs.update(QStringLiteral("playbook_action"),
            actionOf(rs, stageNamed(rs, QStringLiteral("Qualification"))),
            { { QStringLiteral("required"), true } }));
        f.events.notifyChanged(QStringLiteral("playbook_action"));
        CHECK(checklist(card).first().startsWith(
            QStringLiteral("Qualify needs and budget (required)")));
        QTest::mouseClick(card->nextButton(), Qt::LeftButton);
        REQUIRE(Prompter::shown().size() == 1);
        CHECK(Prompter::shown().first().text.contains(QStringLiteral("Qualify needs and budget")));
        CHECK(stagePath(card).contains(QStringLiteral("[Qualification]")));
        CHECK(f.undoStack.count() == 0);
    }

    SECTION("Won, then Reopen")
    {
        QTest::mouseClick(card->wonButton(), Qt::LeftButton);
        CHECK(dealRecord(rs, id).text(QStringLiteral("status")) == QStringLiteral("won"));
        CHECK(stagePath(card).contains(QStringLiteral("[Handover to delivery]")));
        CHECK_FALSE(card->nextButton()->isVisible());
        CHECK(card->reopenButton()->isVisible());
        QTest::mouseClick(card->reopenButton(), Qt::LeftButton);
        CHECK(dealRecord(rs, id).text(QStringLiteral("status")) == QStringLiteral("open"));
        CHECK(stagePath(card).contains(QStringLiteral("[Qualification]")));
    }
}

TEST_CASE(
    "Changing the stage in the deal's details goes through the pipeline's rules", "[ui][deals]")
{
    UiFixture f;
    RecordStore& rs = f.records();
    Session& s = f.db->session();
    const QString introduction = stageNamed(rs, QStringLiteral("Introduction"));
    const QString proposal = stageNamed(rs, QStringLiteral("Proposal"));
    const QString id = newDeal(s, { { QStringLiteral("title"), QStringLiteral("Racking") } });
    Screen screen(f);
    REQUIRE(showActive(*screen.widget));
    REQUIRE(screen.module.view()->openRecord(id));
    RecordForm* form = screen.form();
    form->showDetails();
    auto* stage = qobject_cast<ReferenceCombo*>(form->editor(QStringLiteral("stage_id"))->input());
    REQUIRE(stage);
    auto* title = qobject_cast<QLineEdit*>(form->editor(QStringLiteral("title"))->input());
    REQUIRE(title);

    SECTION("moved on, the new stage's playbook task is made")
    {
        stage->setCurrentId(proposal);
        REQUIRE(form->save());
        CHECK(dealRecord(rs, id).text(QStringLiteral("stage_id")) == proposal);
        CHECK(hasTask(rs, id, QStringLiteral("Send the offer")));
        CHECK(f.undoStack.count() == 1);
        f.undoStack.undo();
        CHECK(dealRecord(rs, id).text(QStringLiteral("stage_id")) == introduction);
        CHECK_FALSE(hasTask(rs, id, QStringLiteral("Send the offer")));
    }

    SECTION("a required item not done: the error is shown and nothing is saved")
    {
        REQUIRE(rs.update(QStringLiteral("playbook_action"), actionOf(rs, introduction),
            { { QStringLiteral("required"), true } }));
        title->setText(QStringLiteral("Racking, second hall"));
        stage->setCurrentId(proposal);
        CHECK_FALSE(form->save());
        INFO(form->errorText().toStdString());
        CHECK(form->errorText().contains(QStringLiteral("First call or meeting")));
        const Record stored = dealRecord(rs, id);
        CHECK(stored.text(QStringLiteral("stage_id")) == introduction);
        CHECK(stored.text(QStringLiteral("title")) == QStringLiteral("Racking"));
        CHECK_FALSE(hasTask(rs, id, QStringLiteral("Send the offer")));
        CHECK(f.undoStack.count() == 0);
        // The typing is still there to fix.
        CHECK(title->text() == QStringLiteral("Racking, second hall"));
    }
}

TEST_CASE("A deal typed into the form starts on the first stage with its playbook", "[ui][deals]")
{
    UiFixture f;
    RecordStore& rs = f.records();
    Screen screen(f);
    screen.module.view()->startNew();
    auto* title = qobject_cast<QLineEdit*>(screen.form()->editor(QStringLiteral("title"))->input());
    REQUIRE(title);
    title->setText(QStringLiteral("Conveyor belts"));
    REQUIRE(screen.form()->save());
    const QString id = screen.form()->recordId();
    REQUIRE_FALSE(id.isEmpty());
    const Record deal = dealRecord(rs, id);
    CHECK(deal.text(QStringLiteral("stage_id")) == stageNamed(rs, QStringLiteral("Introduction")));
    CHECK(deal.text(QStringLiteral("status")) == QStringLiteral("open"));
    CHECK(hasTask(rs, id, QStringLiteral("First call or meeting")));
    REQUIRE(f.undoStack.count() == 1);
    f.undoStack.undo();
    CHECK_FALSE(rs.get(QStringLiteral("deal"), id));
    CHECK_FALSE(hasTask(rs, id, QStringLiteral("First call or meeting")));
}

TEST_CASE("The bell counts a manager's escalations when a hard deadline passes", "[ui][deals]")
{
    UiFixture f;
    RecordStore& rs = f.records();
    Session& s = f.db->session();
    // The current user (Tester) manages Jonas; Jonas's first call has a hard deadline.
    const QString manager = s.currentUserId();
    const QString jonas = create(rs, QStringLiteral("user"),
        { { QStringLiteral("name"), QStringLiteral("Jonas Jonaitis") },
            { QStringLiteral("manager_id"), manager } });
    REQUIRE(rs.update(QStringLiteral("playbook_action"),
        actionOf(rs, stageNamed(rs, QStringLiteral("Introduction"))),
        { { QStringLiteral("hard_deadline"), true } }));
    const QString id = newDeal(s,
        { { QStringLiteral("title"), QStringLiteral("Forklifts") },
            { QStringLiteral("owner_id"), jonas } });

    NotificationsButton bell(f.context());
    QTest::qWait(20); // its first check runs once the window is up
    CHECK(bell.unread() == 0);
    CHECK(bell.text().isEmpty());
    CHECK(bell.toolTip() == QStringLiteral("No new notifications"));

    // Due three days after the deal started; four days later it is not done.
    f.db->clock().advanceMs(4LL * 24 * 3600 * 1000);
    bell.checkDeadlines();
    CHECK(bell.unread() == 1);
    CHECK(bell.text() == QStringLiteral("1"));
    CHECK(bell.toolTip() == QStringLiteral("1 new notification(s)"));
    // Checking again does not tell twice.
    bell.checkDeadlines();
    CHECK(bell.unread() == 1);

    emit bell.menu()->aboutToShow();
    QStringList entries;
    for (QAction* a : bell.menu()->actions())
        entries << a->text();
    REQUIRE(entries.size() >= 1);
    CHECK(entries.first().contains(
        QStringLiteral("“First call or meeting” on deal “Forklifts” (Jonas Jonaitis) "
                       "is past its deadline and not done.")));

    // Opening it shows the task and the bell goes quiet.
    QSignalSpy opened(&f.events, &DataEvents::openRequested);
    bell.menu()->actions().first()->trigger();
    REQUIRE(opened.size() == 1);
    CHECK(opened.first().at(0).toString() == QStringLiteral("task"));
    CHECK(opened.first().at(1).toString()
        == taskNamed(rs, id, QStringLiteral("First call or meeting")).id);
    CHECK(bell.unread() == 0);

    SECTION("Jonas himself is not told about his own deal")
    {
        REQUIRE(s.setCurrentUser(jonas));
        NotificationsButton his(f.context());
        his.checkDeadlines();
        CHECK(his.unread() == 0);
    }
}
