// The Cases screen: which cases the filter shows, overdue rows in red, the card's moves as steps
// of Edit › Undo, resolving with the customer's satisfaction, and the company card's Cases tab
// that opens a new case for that company.
#include "UiTestSupport.h"

#include "cases/CaseCardView.h"
#include "cases/CaseRulesDialog.h"
#include "cases/CasesModule.h"
#include "cases/ResolveCaseDialog.h"
#include "common/CaseStyle.h"
#include "common/Module.h"
#include "common/Prompter.h"
#include "contacts/CompanyCardView.h"
#include "mainwindow/MainWindow.h"
#include "records/FieldEditor.h"
#include "records/RecordForm.h"
#include "records/RecordListModel.h"
#include "records/RecordListView.h"
#include "records/RecordTableModel.h"
#include "records/RecordTableView.h"
#include "services/Cases.h"
#include "store/Session.h"
#include "tasks/TasksModule.h"

#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>
#include <catch2/catch.hpp>

using namespace tandem;
using namespace tandem::test;

namespace {

QDateTime hoursFromNow(Session& s, int hours)
{
    return s.clock().nowUtc().addSecs(3600LL * hours);
}

QString openCase(Session& s, const QVariantMap& values)
{
    auto id = Cases::create(s, values);
    if (!id)
        FAIL(id.error().toString().toStdString());
    return *id;
}

struct Data {
    QString company, late, calm, closed;
};

// Baltic Foods has a case an hour past its response deadline, one due in two weeks and one closed.
Data cases(UiFixture& f)
{
    Session& s = f.db->session();
    Data d;
    d.company = create(f.records(), QStringLiteral("company"),
        { { QStringLiteral("name"), QStringLiteral("Baltic Foods") } });
    d.late = openCase(s,
        { { QStringLiteral("subject"), QStringLiteral("Cooling unit broken") },
            { QStringLiteral("kind"), QStringLiteral("complaint") },
            { QStringLiteral("priority"), QStringLiteral("urgent") },
            { QStringLiteral("company_id"), d.company },
            { QStringLiteral("respond_by"), hoursFromNow(s, -1) },
            { QStringLiteral("resolve_by"), hoursFromNow(s, 24) } });
    d.calm = openCase(s,
        { { QStringLiteral("subject"), QStringLiteral("Catalogue for 2027") },
            { QStringLiteral("kind"), QStringLiteral("question") },
            { QStringLiteral("company_id"), d.company },
            { QStringLiteral("respond_by"), hoursFromNow(s, 24 * 14) },
            { QStringLiteral("resolve_by"), hoursFromNow(s, 24 * 21) } });
    d.closed = openCase(s,
        { { QStringLiteral("subject"), QStringLiteral("Wrong invoice") },
            { QStringLiteral("company_id"), d.company },
            { QStringLiteral("status"), QStringLiteral("closed") },
            { QStringLiteral("resolution"), QStringLiteral("Credit note sent") } });
    return d;
}

struct Screen {
    explicit Screen(UiFixture& f)
        : module(f.context())
        , widget(module.createWidget(nullptr))
    {
        widget->resize(1300, 800);
    }
    RecordListModel* model() const { return module.view()->model(); }
    int rowOf(const QString& id) const { return model()->rowOf(id); }

    CasesModule module;
    std::unique_ptr<QWidget> widget;
};

} // namespace

TEST_CASE("The Cases list shows open cases first, overdue ones in red", "[ui][cases]")
{
    UiFixture f;
    const Data d = cases(f);
    Screen screen(f);
    REQUIRE(showActive(*screen.widget));

    CHECK(screen.model()->totalCount() == 2); // open cases: the closed one is not listed
    REQUIRE(screen.rowOf(d.late) >= 0);
    CHECK(screen.rowOf(d.closed) < 0);
    const QModelIndex late = screen.model()->index(screen.rowOf(d.late), 0);
    const QModelIndex calm = screen.model()->index(screen.rowOf(d.calm), 0);
    CHECK(late.data(Qt::ForegroundRole).value<QColor>() == CaseStyle::overdueColour());
    CHECK_FALSE(calm.data(Qt::ForegroundRole).isValid());

    screen.module.setFilter(CasesModule::NeedingAttention);
    CHECK(screen.model()->totalCount() == 1);
    CHECK(screen.rowOf(d.late) == 0);
    screen.module.setFilter(CasesModule::AllCases);
    CHECK(screen.model()->totalCount() == 3);

    // A closed case opens from a link even while only open ones are listed.
    screen.module.setFilter(CasesModule::OpenCases);
    REQUIRE(screen.module.open(QStringLiteral("case"), d.closed));
    CHECK(screen.module.view()->form()->recordId() == d.closed);
}

TEST_CASE("The case card moves a case on, each move one step of undo", "[ui][cases]")
{
    UiFixture f;
    const Data d = cases(f);
    RecordStore& rs = f.records();
    Screen screen(f);
    REQUIRE(showActive(*screen.widget));
    screen.module.setFilter(CasesModule::AllCases); // the case stays listed once resolved
    REQUIRE(screen.module.view()->openRecord(d.late));
    CaseCardView* card = screen.module.card();
    REQUIRE(card->isVisible());
    CHECK(card->deadlinesLabel()->text().contains(QStringLiteral("overdue")));
    CHECK(card->startButton()->isVisible());
    CHECK_FALSE(card->reopenButton()->isVisible());

    card->startButton()->click();
    CHECK(rs.get(QStringLiteral("case"), d.late)->text(QStringLiteral("status"))
        == QStringLiteral("in_progress"));
    CHECK_FALSE(
        rs.get(QStringLiteral("case"), d.late)->text(QStringLiteral("responded_at")).isEmpty());
    CHECK(f.undoStack.undoText() == QStringLiteral("start work"));
    // Answered: the response is no longer overdue.
    CHECK_FALSE(card->deadlinesLabel()->text().contains(QStringLiteral("overdue")));
    f.undoStack.undo();
    CHECK(rs.get(QStringLiteral("case"), d.late)->text(QStringLiteral("status"))
        == QStringLiteral("new"));
    CHECK(rs.get(QStringLiteral("case"), d.late)->text(QStringLiteral("responded_at")).isEmpty());

    SECTION("resolving asks how, and the customer's score")
    {
        ResolveCaseDialog dialog(QStringLiteral("Cooling unit broken"), {});
        // Without a resolution it stays open.
        dialog.accept();
        CHECK(dialog.result() != QDialog::Accepted);
        REQUIRE_FALSE(Prompter::shown().isEmpty());
        CHECK(Prompter::shown().last().text
            == QStringLiteral("Write down how the case was resolved before resolving it."));
        dialog.resolutionEdit()->setPlainText(QStringLiteral("Compressor replaced"));
        dialog.scoreBox()->setCurrentIndex(dialog.scoreBox()->findData(4));
        dialog.accept();
        CHECK(dialog.result() == QDialog::Accepted);
        REQUIRE(card->apply(dialog.changes(), QStringLiteral("resolve the case")));
        const auto c = rs.get(QStringLiteral("case"), d.late);
        CHECK(c->text(QStringLiteral("status")) == QStringLiteral("resolved"));
        CHECK(c->value(QStringLiteral("satisfaction")).toInt() == 4);
        CHECK(card->outcomeLabel()->text().contains(QStringLiteral("★★★★☆ 4/5")));
        CHECK(card->closeButton()->isVisible());
        CHECK(card->reopenButton()->isVisible());
        CHECK_FALSE(card->resolveButton()->isVisible());
    }

    SECTION("a refused move says why and changes nothing")
    {
        CHECK_FALSE(card->apply({ { QStringLiteral("status"), QStringLiteral("resolved") } },
            QStringLiteral("resolve the case")));
        REQUIRE_FALSE(Prompter::shown().isEmpty());
        CHECK(Prompter::shown().last().text
            == QStringLiteral(
                "Write down how the case was resolved before resolving or closing it."));
        CHECK(rs.get(QStringLiteral("case"), d.late)->text(QStringLiteral("status"))
            == QStringLiteral("new"));
    }
}

TEST_CASE("A company card lists its cases and starts a new one for the company", "[ui][cases]")
{
    UiFixture f;
    const Data d = cases(f);
    MainWindow window(f.db->session());
    window.resize(1400, 900);
    REQUIRE(showActive(window));
    REQUIRE(window.openRecord(QStringLiteral("company"), d.company));
    auto* card = window.findChild<CompanyCardView*>();
    REQUIRE(card);
    QTreeWidget* list = card->cases();
    REQUIRE(list->topLevelItemCount() == 3);
    // Open ones first, the overdue one on top; the closed one last, greyed.
    CHECK(list->topLevelItem(0)->text(0) == QStringLiteral("Cooling unit broken"));
    CHECK(list->topLevelItem(0)->foreground(0).color() == CaseStyle::overdueColour());
    CHECK(list->topLevelItem(2)->text(0) == QStringLiteral("Wrong invoice"));
    CHECK(card->sections()->tabText(2) == QStringLiteral("Cases (2 open)"));

    card->newCaseButton()->click();
    auto* cases = dynamic_cast<CasesModule*>(window.module(QStringLiteral("case")));
    REQUIRE(cases);
    RecordForm* form = cases->view()->form();
    REQUIRE(form->isVisible());
    CHECK(form->isNew());
    auto company = form->editor(QStringLiteral("company_id"))->value({});
    REQUIRE(company);
    CHECK(company->toString() == d.company);
}

TEST_CASE("Deadline rules and days off are edited in one dialog", "[ui][cases]")
{
    UiFixture f;
    CaseRulesDialog dialog(f.context());
    CHECK(dialog.rules()->model()->rowCount() == 4); // the defaults, most pressing first
    const int lt = dialog.countryBox()->findData(QStringLiteral("LT"));
    REQUIRE(lt > 0);
    dialog.countryBox()->setCurrentIndex(lt);
    CHECK(f.db->session().setting(QStringLiteral("holiday_country")) == QStringLiteral("LT"));
    auto* holidays = dialog.findChild<QLabel*>(QStringLiteral("holidayList"));
    REQUIRE(holidays);
    CHECK(holidays->text().contains(QStringLiteral("2026")));
    f.undoStack.undo();
    CHECK(f.db->session().setting(QStringLiteral("holiday_country")).isEmpty());
}

TEST_CASE("My day lists my cases that need attention", "[ui][cases][tasks]")
{
    UiFixture f;
    Session& s = f.db->session();
    const QString other = create(f.records(), QStringLiteral("user"),
        { { QStringLiteral("name"), QStringLiteral("Rasa") } });
    const Data d = cases(f); // the overdue one is mine (the current user owns new cases)
    openCase(s,
        { { QStringLiteral("subject"), QStringLiteral("Not mine") },
            { QStringLiteral("owner_id"), other },
            { QStringLiteral("respond_by"), hoursFromNow(s, -2) } });
    TasksModule module(f.context());
    std::unique_ptr<QWidget> widget(module.createWidget(nullptr));
    widget->resize(1000, 700);
    REQUIRE(showActive(*widget));
    QLabel* banner = module.casesBanner();
    REQUIRE(banner->isVisible());
    CHECK(banner->text().contains(QStringLiteral("Customer cases needing attention (1):")));
    CHECK(banner->text().contains(QStringLiteral("Cooling unit broken")));
    CHECK_FALSE(banner->text().contains(QStringLiteral("Not mine")));

    // Answered and resolved: nothing left to say.
    REQUIRE(Cases::update(s, d.late,
        { { QStringLiteral("status"), QStringLiteral("resolved") },
            { QStringLiteral("resolution"), QStringLiteral("Fixed") } }));
    f.events.notifyChanged(QStringLiteral("case"), d.late);
    CHECK_FALSE(banner->isVisible());
}

TEST_CASE("Undoing the first case keeps the deadline rules for the next one", "[ui][cases]")
{
    UiFixture f;
    RecordStore& rs = f.records();
    Screen screen(f);
    REQUIRE(showActive(*screen.widget));
    auto newCase = [&](const QString& subject) {
        RecordForm* form = screen.module.view()->form();
        form->startNew({ { QStringLiteral("subject"), subject } });
        REQUIRE(form->save());
        ListQuery q;
        q.where << qMakePair(QStringLiteral("subject"), QVariant(subject));
        auto found = rs.list(QStringLiteral("case"), q);
        REQUIRE(found);
        REQUIRE(found->size() == 1);
        return found->first();
    };
    CHECK_FALSE(newCase(QStringLiteral("First")).text(QStringLiteral("respond_by")).isEmpty());
    f.undoStack.undo();
    CHECK(*rs.count(QStringLiteral("case_rule")) == 4);
    CHECK_FALSE(newCase(QStringLiteral("Second")).text(QStringLiteral("respond_by")).isEmpty());
}
