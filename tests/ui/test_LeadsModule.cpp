// The Leads screen: a new lead with its first-contact task, qualified, converted with its company
// and history, lost and reopened; and the list of leads nobody has contacted in time.
#include "UiTestSupport.h"

#include "common/LoseDialog.h"
#include "common/Prompter.h"
#include "common/RecordCommands.h"
#include "leads/ConvertLeadDialog.h"
#include "leads/FollowUpDialog.h"
#include "leads/LeadsModule.h"
#include "leads/QualifyDialog.h"
#include "records/FieldEditor.h"
#include "records/RecordForm.h"
#include "records/RecordListModel.h"
#include "records/RecordListView.h"
#include "services/LeadIntake.h"
#include "services/LeadQualification.h"
#include "store/Session.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>
#include <catch2/catch.hpp>
#include <memory>

using namespace tandem;
using namespace tandem::test;

namespace {

QString newLead(Session& s, const QVariantMap& values)
{
    auto id = LeadIntake::create(s, values);
    if (!id)
        FAIL(id.error().message.toStdString());
    return *id;
}

Record lead(RecordStore& rs, const QString& id)
{
    auto r = rs.get(QStringLiteral("lead"), id);
    REQUIRE(r);
    return *r;
}

QList<Record> listWhere(
    RecordStore& rs, const QString& entity, const QString& field, const QString& value)
{
    ListQuery q;
    q.where << qMakePair(field, QVariant(value));
    auto rows = rs.list(entity, q);
    REQUIRE(rows);
    return *rows;
}

qint64 count(RecordStore& rs, const QString& entity)
{
    auto n = rs.count(entity);
    REQUIRE(n);
    return *n;
}

void type(RecordForm* form, const QString& field, const QString& text)
{
    auto* edit = qobject_cast<QLineEdit*>(form->editor(field)->input());
    REQUIRE(edit);
    edit->setText(text);
}

QStringList rows(QTreeWidget* tree, int column)
{
    QStringList out;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        out << tree->topLevelItem(i)->text(column);
    return out;
}

// The Leads screen, built as the main window builds it.
struct Screen {
    explicit Screen(UiFixture& f)
        : module(f.context())
        , widget(module.createWidget(nullptr))
    {
    }
    RecordForm* form() const { return module.view()->form(); }
    void open(const QString& id) { REQUIRE(module.view()->openRecord(id)); }

    LeadsModule module;
    std::unique_ptr<QWidget> widget;
};

} // namespace

TEST_CASE("A lead typed into the form gets its first-contact task, and one undo removes both",
    "[ui][leads]")
{
    UiFixture f;
    RecordStore& rs = f.records();
    Screen screen(f);
    screen.module.view()->startNew();
    type(screen.form(), QStringLiteral("title"), QStringLiteral("Desks for the new office"));
    type(screen.form(), QStringLiteral("company_name"), QStringLiteral("UAB Lodvila"));
    type(screen.form(), QStringLiteral("first_name"), QStringLiteral("Ona"));
    REQUIRE(screen.form()->save());
    INFO(screen.form()->errorText().toStdString());
    const QString id = screen.form()->recordId();
    REQUIRE_FALSE(id.isEmpty());

    const Record saved = lead(rs, id);
    CHECK(saved.text(QStringLiteral("status")) == QStringLiteral("new"));
    CHECK(saved.text(QStringLiteral("owner_id")) == f.db->session().currentUserId());
    const QList<Record> tasks
        = listWhere(rs, QStringLiteral("task"), QStringLiteral("lead_id"), id);
    REQUIRE(tasks.size() == 1);
    CHECK(tasks.first().text(QStringLiteral("subject"))
        == QStringLiteral("First contact: Desks for the new office"));
    CHECK(tasks.first().text(QStringLiteral("priority")) == QStringLiteral("high"));
    // Due two days after the lead came in (the test clock is at 15/06/2026 09:00).
    CHECK(tasks.first()
              .text(QStringLiteral("due_at"))
              .startsWith(QStringLiteral("2026-06-17T09:00")));
    CHECK(screen.module.view()->model()->rowOf(id) >= 0);
    CHECK(screen.module.qualifyAction()->isEnabled());
    CHECK_FALSE(screen.module.reopenAction()->isEnabled());

    REQUIRE(f.undoStack.count() == 1);
    CHECK(f.undoStack.undoText() == QStringLiteral("New lead"));
    f.undoStack.undo();
    CHECK_FALSE(rs.get(QStringLiteral("lead"), id));
    CHECK(listWhere(rs, QStringLiteral("task"), QStringLiteral("lead_id"), id).isEmpty());
    CHECK(screen.module.view()->model()->rowOf(id) == -1);

    f.undoStack.redo();
    CHECK(rs.get(QStringLiteral("lead"), id));
    CHECK(listWhere(rs, QStringLiteral("task"), QStringLiteral("lead_id"), id).size() == 1);
}

TEST_CASE("Qualifying a lead saves the answers heard and marks it qualified", "[ui][leads]")
{
    UiFixture f;
    RecordStore& rs = f.records();
    const QString id = newLead(f.db->session(),
        { { QStringLiteral("title"), QStringLiteral("Warehouse racking") },
            { QStringLiteral("company_name"), QStringLiteral("Baltga") } });
    Screen screen(f);
    screen.open(id);

    QualifyDialog* dialog = screen.module.qualify();
    REQUIRE(dialog);
    CHECK(dialog->isVisible());
    const QStringList questions = LeadQualification::questions(f.db->session());
    REQUIRE(dialog->answerEdits().size() == questions.size());
    REQUIRE(questions.size() == 4);
    dialog->answerEdits().at(0)->setText(QStringLiteral("Racks for a second hall"));
    dialog->answerEdits().at(1)->setText(QStringLiteral("About €40,000"));
    dialog->answerEdits().at(2)->setText(QStringLiteral("The CFO"));
    // The fourth was not asked: left empty.
    QTest::mouseClick(
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);

    const Record qualified = lead(rs, id);
    CHECK(qualified.text(QStringLiteral("status")) == QStringLiteral("qualified"));
    const QList<QualificationAnswer> answers = LeadQualification::answers(qualified);
    REQUIRE(answers.size() == 3);
    CHECK(answers.at(2).question == QStringLiteral("Who makes the decision?"));
    CHECK(answers.at(2).answer == QStringLiteral("The CFO"));
    CHECK(f.undoStack.undoText() == QStringLiteral("Qualify “Warehouse racking”"));
    CHECK(Prompter::shown().isEmpty());

    // Asked again, the dialog shows what was heard.
    QualifyDialog* again = screen.module.qualify();
    REQUIRE(again);
    CHECK(again->answerEdits().at(1)->text() == QStringLiteral("About €40,000"));
    CHECK(again->answerEdits().at(3)->text().isEmpty());
    again->reject();

    f.undoStack.undo();
    CHECK(lead(rs, id).text(QStringLiteral("status")) == QStringLiteral("new"));
    CHECK(lead(rs, id).text(QStringLiteral("qualification")).isEmpty());
}

TEST_CASE("Converting a lead reuses the company found by its name and carries the history over",
    "[ui][leads]")
{
    UiFixture f;
    RecordStore& rs = f.records();
    Session& s = f.db->session();
    const QString lodvila = create(rs, QStringLiteral("company"),
        { { QStringLiteral("name"), QStringLiteral("UAB Lodvila") } });
    const QString id = newLead(s,
        { { QStringLiteral("title"), QStringLiteral("Office chairs") },
            { QStringLiteral("company_name"), QStringLiteral("uab lodvila") },
            { QStringLiteral("first_name"), QStringLiteral("Ona") },
            { QStringLiteral("last_name"), QStringLiteral("Petraitienė") },
            { QStringLiteral("email"), QStringLiteral("ona@lodvila.lt") } });
    const QString call = create(rs, QStringLiteral("activity"),
        { { QStringLiteral("kind"), QStringLiteral("call") }, { QStringLiteral("lead_id"), id },
            { QStringLiteral("subject"), QStringLiteral("Asked for a quote") },
            { QStringLiteral("done"), true } });
    Screen screen(f);
    screen.open(id);
    const qint64 companies = count(rs, QStringLiteral("company"));

    ConvertLeadDialog* dialog = screen.module.convert();
    REQUIRE(dialog);
    // The existing company is proposed first; a new one is the other choice.
    CHECK(dialog->companyBox()->currentData().toString() == lodvila);
    CHECK(dialog->companyBox()->currentText().startsWith(QStringLiteral("UAB Lodvila")));
    CHECK(dialog->companyBox()->itemText(dialog->companyBox()->count() - 1)
        == QStringLiteral("New company “uab lodvila”"));
    // Nobody like Ona is known: she becomes a new contact.
    CHECK(dialog->contactBox()->currentData().toString().isEmpty());
    CHECK(dialog->contactBox()->currentText() == QStringLiteral("New contact “Ona Petraitienė”"));
    CHECK(dialog->titleEdit()->text() == QStringLiteral("UAB Lodvila — Office chairs"));
    dialog->amountEdit()->setText(QStringLiteral("12,500")); // as a British user writes it

    QSignalSpy opened(&f.events, &DataEvents::openRequested);
    Prompter::answerNext(QMessageBox::Yes); // open the deal now
    dialog->accept();

    const Record converted = lead(rs, id);
    CHECK(converted.text(QStringLiteral("status")) == QStringLiteral("converted"));
    const QString dealId = converted.text(QStringLiteral("deal_id"));
    REQUIRE_FALSE(dealId.isEmpty());
    const Record deal = *rs.get(QStringLiteral("deal"), dealId);
    CHECK(deal.text(QStringLiteral("title")) == QStringLiteral("UAB Lodvila — Office chairs"));
    CHECK(deal.text(QStringLiteral("company_id")) == lodvila);
    CHECK(deal.value(QStringLiteral("amount")).toLongLong() == 1250000);
    CHECK(rs.labelOf(QStringLiteral("stage"), deal.text(QStringLiteral("stage_id")))
        == QStringLiteral("Introduction"));
    CHECK(count(rs, QStringLiteral("company")) == companies); // no second Lodvila
    const Record ona = *rs.get(QStringLiteral("contact"), deal.text(QStringLiteral("contact_id")));
    CHECK(ona.text(QStringLiteral("company_id")) == lodvila);
    // The call now belongs to the deal too.
    CHECK(rs.get(QStringLiteral("activity"), call)->text(QStringLiteral("deal_id")) == dealId);

    // The user was told and said yes to opening the deal.
    REQUIRE_FALSE(Prompter::shown().isEmpty());
    CHECK(Prompter::shown().last().title == QStringLiteral("Lead converted"));
    CHECK(Prompter::shown().last().text.contains(QStringLiteral("UAB Lodvila — Office chairs")));
    REQUIRE(opened.size() == 1);
    CHECK(opened.first().at(0).toString() == QStringLiteral("deal"));
    CHECK(opened.first().at(1).toString() == dealId);
    CHECK_FALSE(screen.module.convertAction()->isEnabled());

    // The conversion is one step of Edit › Undo.
    f.undoStack.undo();
    CHECK(lead(rs, id).text(QStringLiteral("status")) == QStringLiteral("new"));
    CHECK_FALSE(rs.get(QStringLiteral("deal"), dealId));
    CHECK(rs.get(QStringLiteral("activity"), call)->text(QStringLiteral("deal_id")).isEmpty());
    CHECK(count(rs, QStringLiteral("contact")) == 0);
}

TEST_CASE("A lead lost with a reason is kept, and can be reopened", "[ui][leads]")
{
    UiFixture f;
    RecordStore& rs = f.records();
    const QString id = newLead(
        f.db->session(), { { QStringLiteral("title"), QStringLiteral("Conference chairs") } });
    Screen screen(f);
    screen.open(id);
    REQUIRE(screen.module.lostAction()->isEnabled());

    LoseDialog* dialog = screen.module.markLost();
    REQUIRE(dialog);
    CHECK(dialog->windowTitle() == QStringLiteral("Lead lost"));
    CHECK(dialog->competitorBox() == nullptr); // leads are not lost to a competitor
    QPushButton* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    CHECK_FALSE(ok->isEnabled());
    dialog->setReason(QStringLiteral("No budget"));
    REQUIRE(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);

    Record lost = lead(rs, id);
    CHECK(lost.text(QStringLiteral("status")) == QStringLiteral("lost"));
    CHECK(lost.text(QStringLiteral("lost_reason")) == QStringLiteral("No budget"));
    // Its first call left the owner's agenda.
    CHECK(listWhere(rs, QStringLiteral("task"), QStringLiteral("lead_id"), id).isEmpty());
    CHECK(screen.module.view()->model()->rowOf(id) >= 0); // never deleted
    CHECK_FALSE(screen.module.qualifyAction()->isEnabled());
    CHECK_FALSE(screen.module.lostAction()->isEnabled());
    CHECK(screen.module.reopenAction()->isEnabled());

    screen.module.reopenAction()->trigger();
    const Record reopened = lead(rs, id);
    CHECK(reopened.text(QStringLiteral("status")) == QStringLiteral("contacted"));
    CHECK(reopened.text(QStringLiteral("lost_reason")).isEmpty());
    CHECK(screen.module.qualifyAction()->isEnabled());
    CHECK_FALSE(screen.module.reopenAction()->isEnabled());
    CHECK(f.undoStack.count() == 2);
    CHECK(Prompter::shown().isEmpty());
}

TEST_CASE("The follow-up list shows overdue leads nobody has called, and not the called ones",
    "[ui][leads]")
{
    UiFixture f;
    RecordStore& rs = f.records();
    Session& s = f.db->session();
    const QString ona = create(rs, QStringLiteral("user"),
        { { QStringLiteral("name"), QStringLiteral("Ona Petraitienė") } });
    const QString untouched = newLead(s,
        { { QStringLiteral("title"), QStringLiteral("Forklift rental") },
            { QStringLiteral("owner_id"), ona },
            { QStringLiteral("source"), QStringLiteral("web_form") } });
    const QString called = newLead(s, { { QStringLiteral("title"), QStringLiteral("Shelving") } });
    create(rs, QStringLiteral("activity"),
        { { QStringLiteral("kind"), QStringLiteral("call") }, { QStringLiteral("lead_id"), called },
            { QStringLiteral("subject"), QStringLiteral("Intro call") },
            { QStringLiteral("done"), true } });
    Screen screen(f);

    FollowUpDialog* early = screen.module.showFollowUps();
    REQUIRE(early);
    CHECK(early->list()->topLevelItemCount() == 0);
    CHECK(early->findChild<QLabel*>()->text()
        == QStringLiteral("Every lead has had its first contact on time."));
    early->reject();

    // Three days later the first contact (due after two) is a day overdue.
    f.db->clock().advanceMs(3LL * 24 * 3600 * 1000);
    FollowUpDialog* dialog = screen.module.showFollowUps();
    REQUIRE(dialog);
    CHECK(rows(dialog->list(), 0) == QStringList { QStringLiteral("Forklift rental") });
    CHECK(rows(dialog->list(), 1) == QStringList { QStringLiteral("Ona Petraitienė") });
    CHECK(rows(dialog->list(), 2) == QStringList { QStringLiteral("Web form") });
    CHECK(rows(dialog->list(), 4) == QStringList { QStringLiteral("1 day(s)") });

    SECTION("only one salesperson's leads")
    {
        dialog->ownerBox()->setCurrentIndex(dialog->ownerBox()->findData(s.currentUserId()));
        dialog->reload();
        CHECK(dialog->list()->topLevelItemCount() == 0);
    }

    SECTION("logging the call takes the lead off the list")
    {
        REQUIRE(RecordCommands::create(f.undoStack, rs, f.events, QStringLiteral("activity"),
            { { QStringLiteral("kind"), QStringLiteral("call") },
                { QStringLiteral("lead_id"), untouched },
                { QStringLiteral("subject"), QStringLiteral("Called back") },
                { QStringLiteral("done"), true } }));
        CHECK(dialog->list()->topLevelItemCount() == 0);
    }

    SECTION("opening a row shows the lead")
    {
        QSignalSpy opened(&f.events, &DataEvents::openRequested);
        emit dialog->list()->itemActivated(dialog->list()->topLevelItem(0), 0);
        REQUIRE(opened.size() == 1);
        CHECK(opened.first().at(1).toString() == untouched);
    }
}
