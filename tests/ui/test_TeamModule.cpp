// The team screen: people, teams and territories on tabs; a territory's card with its rule and
// figures; handing a territory over through the dialog as one undo step; placing companies by
// the rules; and the colleague who knows about something, found from the search box.
#include "UiTestSupport.h"

#include "common/GlobalSearch.h"
#include "common/SearchHitDelegate.h"
#include "records/RecordForm.h"
#include "records/RecordListView.h"
#include "services/Territories.h"
#include "store/Session.h"
#include "team/ReassignDialog.h"
#include "team/TeamModule.h"
#include "team/TerritoryCardView.h"
#include "team/UserCardView.h"

#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <catch2/catch.hpp>

using namespace tandem;
using namespace tandem::test;

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

// A Lithuanian territory owned by Ana: her account in Kaunas with an open and a won deal, Cy's
// account in Vilnius, an open lead, an open task; and Bo to take it over.
struct TeamFixture : UiFixture {
    TeamFixture()
    {
        RecordStore& rs = records();
        team = create(rs, s("team"), { { s("name"), s("Baltics") } });
        ana = create(rs, s("user"),
            { { s("name"), s("Ana Žukauskienė") }, { s("team_id"), team },
                { s("role"), s("salesperson") }, { s("skills"), s("Lithuanian, forklifts") },
                { s("phone"), s("+370 612 34567") }, { s("email"), s("ana@example.lt") },
                { s("active"), true } });
        bo = create(rs, s("user"), { { s("name"), s("Bo Berg") }, { s("active"), true } });
        cy = create(rs, s("user"), { { s("name"), s("Cy Cole") }, { s("active"), true } });
        create(rs, s("user"), { { s("name"), s("Gone Away") }, { s("active"), false } });
        lt = create(rs, s("territory"),
            { { s("name"), s("Lithuania") }, { s("kind"), s("region") }, { s("country"), s("LT") },
                { s("owner_id"), ana }, { s("team_id"), team } });
        kaunas = create(rs, s("company"),
            { { s("name"), s("Kauno Įrankiai") }, { s("country"), s("LT") },
                { s("city"), s("Kaunas") }, { s("owner_id"), ana } });
        vilnius = create(rs, s("company"),
            { { s("name"), s("Vilniaus Sandėliai") }, { s("country"), s("LT") },
                { s("city"), s("Vilnius") }, { s("owner_id"), cy } });
        openDeal = create(rs, s("deal"),
            { { s("title"), s("Forklifts") }, { s("company_id"), kaunas },
                { s("owner_id"), ana } });
        wonDeal = create(rs, s("deal"),
            { { s("title"), s("Racks") }, { s("company_id"), kaunas }, { s("owner_id"), ana },
                { s("status"), s("won") } });
        lead = create(rs, s("lead"),
            { { s("title"), s("Pallets") }, { s("company_id"), kaunas }, { s("owner_id"), ana },
                { s("status"), s("new") } });
        task = create(rs, s("task"),
            { { s("kind"), s("task") }, { s("subject"), s("Call back") },
                { s("deal_id"), openDeal }, { s("owner_id"), ana } });
    }

    QString ownerOf(const char* entity, const QString& id)
    {
        return records().get(s(entity), id)->text(s("owner_id"));
    }

    QString team, ana, bo, cy, lt, kaunas, vilnius, openDeal, wonDeal, lead, task;
};

} // namespace

TEST_CASE("The team screen: people, teams and territories on tabs", "[ui][team]")
{
    TeamFixture f;
    TeamModule module(f.context());
    CHECK(module.key() == s("team"));
    CHECK(module.title() == s("Team"));
    CHECK_FALSE(module.icon().isNull());
    CHECK(module.entities() == QStringList { s("user"), s("team"), s("territory") });
    std::unique_ptr<QWidget> widget(module.createWidget(nullptr));
    QTabWidget* tabs = module.tabs();
    REQUIRE(tabs->count() == 3);
    CHECK(tabs->tabText(0) == s("People"));
    CHECK(tabs->tabText(1) == s("Teams"));
    CHECK(tabs->tabText(2) == s("Territories"));

    REQUIRE(module.open(s("territory"), f.lt));
    CHECK(tabs->currentIndex() == 2);
    REQUIRE(module.open(s("user"), f.ana));
    CHECK(tabs->currentIndex() == 0);

    // A colleague's card: role, team, how to reach them, skills, the territories they own.
    UserCardView* card = module.personCard();
    REQUIRE(card);
    CHECK(card->factsLabel()->text().contains(s("Salesperson")));
    CHECK(card->factsLabel()->text().contains(s("Baltics")));
    CHECK(card->factsLabel()->text().contains(s("+370 612 34567")));
    CHECK(card->skillsLabel()->text().contains(s("forklifts")));
    CHECK(card->territoriesLabel()->text().contains(s("Lithuania")));
    REQUIRE(module.open(s("user"), f.bo));
    CHECK(card->territoriesLabel()->text() == s("None"));
}

TEST_CASE("A territory's card: its rule, figures and companies", "[ui][team]")
{
    TeamFixture f;
    TeamModule module(f.context());
    std::unique_ptr<QWidget> widget(module.createWidget(nullptr));
    REQUIRE(module.open(s("territory"), f.lt));
    TerritoryCardView* card = module.territoryCard();
    REQUIRE(card);
    CHECK(card->ruleLabel()->text() == s("Region · country: Lietuva (LT)"));
    CHECK(card->figuresLabel()->text() == s("Companies: 2 · Open deals: 1 · Open leads: 1"));
    QTreeWidget* companies = card->companies();
    REQUIRE(companies->topLevelItemCount() == 2);
    CHECK(companies->topLevelItem(0)->text(0) == s("Kauno Įrankiai"));
    CHECK(companies->topLevelItem(0)->text(2) == s("Ana Žukauskienė"));
    CHECK(companies->topLevelItem(0)->text(3) == s("1"));
    CHECK(companies->topLevelItem(1)->text(0) == s("Vilniaus Sandėliai"));

    // Double-click opens the company where the window shows companies.
    QSignalSpy opened(&f.events, &DataEvents::openRequested);
    emit companies->itemActivated(companies->topLevelItem(1), 0);
    REQUIRE(opened.count() == 1);
    CHECK(opened.first().at(0).toString() == s("company"));
    CHECK(opened.first().at(1).toString() == f.vilnius);

    // A new company in Lithuania shows at once, placed by the rule.
    create(f.records(), s("company"),
        { { s("name"), s("Alytaus Mediena") }, { s("country"), s("lt") } });
    f.events.notifyChanged(s("company"));
    widget->show();
    REQUIRE(waitFor([&] { return companies->topLevelItemCount() == 3; }));
    CHECK(card->figuresLabel()->text().startsWith(s("Companies: 3")));
}

TEST_CASE(
    "Reassign through the dialog moves the open business; one undo puts it back", "[ui][team]")
{
    TeamFixture f;
    TeamModule module(f.context());
    std::unique_ptr<QWidget> widget(module.createWidget(nullptr));
    REQUIRE(module.open(s("territory"), f.lt));
    TerritoryCardView* card = module.territoryCard();
    const int before = f.undoStack.count();

    ReassignDialog* dialog = card->askReassign();
    REQUIRE(dialog);
    // Offered: the active colleagues other than the owner.
    QStringList offered;
    for (int i = 1; i < dialog->ownerBox()->count(); ++i)
        offered << dialog->ownerBox()->itemText(i);
    CHECK(offered == QStringList { s("Bo Berg"), s("Cy Cole"), s("Tester") }); // not Gone Away
    CHECK_FALSE(dialog->setNewOwner(f.ana));
    REQUIRE(dialog->setNewOwner(f.bo));
    const QString preview = dialog->previewLabel()->text();
    CHECK(preview.contains(s("Moves to Bo Berg")));
    CHECK(preview.contains(s("1 account")));
    CHECK(preview.contains(s("1 open deal")));
    CHECK(preview.contains(s("1 open lead")));
    CHECK(preview.contains(s("1 open task")));
    CHECK(f.ownerOf("company", f.kaunas) == f.ana); // nothing moved yet
    dialog->accept();

    CHECK(f.undoStack.count() == before + 1);
    CHECK(f.ownerOf("territory", f.lt) == f.bo);
    CHECK(f.ownerOf("company", f.kaunas) == f.bo);
    CHECK(f.ownerOf("deal", f.openDeal) == f.bo);
    CHECK(f.ownerOf("lead", f.lead) == f.bo);
    CHECK(f.ownerOf("task", f.task) == f.bo);
    CHECK(f.ownerOf("company", f.vilnius) == f.cy);
    CHECK(f.ownerOf("deal", f.wonDeal) == f.ana);
    CHECK(card->companies()->topLevelItem(0)->text(2) == s("Bo Berg"));

    f.undoStack.undo();
    CHECK(f.ownerOf("territory", f.lt) == f.ana);
    CHECK(f.ownerOf("company", f.kaunas) == f.ana);
    CHECK(f.ownerOf("deal", f.openDeal) == f.ana);
    CHECK(f.ownerOf("lead", f.lead) == f.ana);
    CHECK(f.ownerOf("task", f.task) == f.ana);
    CHECK(f.ownerOf("company", f.vilnius) == f.cy);
    CHECK(card->companies()->topLevelItem(0)->text(2) == s("Ana Žukauskienė"));

    f.undoStack.redo();
    CHECK(f.ownerOf("company", f.kaunas) == f.bo);
    CHECK(f.ownerOf("task", f.task) == f.bo);
}

TEST_CASE("Assign by rules fills only companies without a territory; undo empties them again",
    "[ui][team]")
{
    TeamFixture f;
    RecordStore& rs = f.records();
    // Made before Poland was a territory: no territory. One set by hand stays.
    const QString early
        = create(rs, s("company"), { { s("name"), s("Łódź Tools") }, { s("country"), s("PL") } });
    const QString byHand = create(rs, s("company"),
        { { s("name"), s("Gdańsk Racks") }, { s("country"), s("PL") },
            { s("territory_id"), f.lt } });
    const QString elsewhere
        = create(rs, s("company"), { { s("name"), s("Paris SA") }, { s("country"), s("FR") } });
    const QString pl = create(rs, s("territory"),
        { { s("name"), s("Poland") }, { s("kind"), s("region") }, { s("country"), s("PL") } });
    CHECK(rs.get(s("company"), early)->text(s("territory_id")).isEmpty());

    TeamModule module(f.context());
    std::unique_ptr<QWidget> widget(module.createWidget(nullptr));
    REQUIRE(module.open(s("territory"), pl));
    TerritoryCardView* card = module.territoryCard();
    CHECK(card->companies()->topLevelItemCount() == 0);
    const int before = f.undoStack.count();
    widget->resize(1000, 700);
    REQUIRE(showActive(*widget));
    QTest::mouseClick(card->assignButton(), Qt::LeftButton);

    CHECK(f.undoStack.count() == before + 1);
    CHECK(rs.get(s("company"), early)->text(s("territory_id")) == pl);
    CHECK(rs.get(s("company"), byHand)->text(s("territory_id")) == f.lt);
    CHECK(rs.get(s("company"), elsewhere)->text(s("territory_id")).isEmpty());
    REQUIRE(card->companies()->topLevelItemCount() == 1);
    CHECK(card->companies()->topLevelItem(0)->text(0) == s("Łódź Tools"));

    f.undoStack.undo();
    CHECK(rs.get(s("company"), early)->text(s("territory_id")).isEmpty());
    CHECK(rs.get(s("company"), byHand)->text(s("territory_id")) == f.lt);
    CHECK(card->companies()->topLevelItemCount() == 0);
}

TEST_CASE("The search box answers who knows about something", "[ui][team][search]")
{
    TeamFixture f;
    QWidget window;
    auto* search = new GlobalSearch(f.db->session().search(), &window);
    search->setRecords(&f.records());
    auto* layout = new QVBoxLayout(&window);
    layout->addWidget(search);
    window.resize(600, 80);
    REQUIRE(showActive(window));
    search->setFocus();
    typeText(search, s("forklift"));
    REQUIRE(waitFor([&] { return search->isPopupVisible(); }));
    QListWidgetItem* hit = nullptr;
    for (int i = 0; i < search->popup()->count(); ++i) {
        if (search->popup()->item(i)->data(SearchEntityRole).toString() == s("user"))
            hit = search->popup()->item(i);
    }
    REQUIRE(hit);
    CHECK(hit->text() == s("Ana Žukauskienė"));
    CHECK(hit->data(SearchDetailRole).toString().startsWith(s("Knows: forklifts")));
    CHECK(hit->data(SearchIdRole).toString() == f.ana);
}
