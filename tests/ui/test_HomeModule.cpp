// The home screen: the counts and rows a rep sees, a task ticked off elsewhere leaving it, the
// "Me / My team" switch only for managers with a row per member, and opening an item.
#include "UiTestSupport.h"

#include "home/DashboardSection.h"
#include "home/HomeModule.h"
#include "home/HomeView.h"
#include "home/TargetPanel.h"
#include "services/Tasks.h"
#include "store/Session.h"

#include <QAction>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

using namespace tandem;
using namespace tandem::test;

namespace {

QDateTime at(const char* isoUtc)
{
    return QDateTime::fromString(QString::fromLatin1(isoUtc), Qt::ISODate).toUTC();
}

QStringList rows(const DashboardSection* section)
{
    QStringList out;
    for (int i = 0; i < section->list()->topLevelItemCount(); ++i)
        out << section->list()->topLevelItem(i)->text(0);
    return out;
}

// The current user (Tester) with work in every list; Ona, a colleague, with her own.
// The clock: Monday 2026-06-15 09:00 UTC.
struct HomeData {
    UiFixture f;
    QString me, ona, overdue, stalled, lead;

    HomeData()
    {
        RecordStore& rs = f.records();
        me = f.db->session().currentUserId();
        ona = create(rs, QStringLiteral("user"),
            { { QStringLiteral("name"), QStringLiteral("Ona Kazlauskė") },
                { QStringLiteral("active"), true } });
        const QString pipeline = create(rs, QStringLiteral("pipeline"),
            { { QStringLiteral("name"), QStringLiteral("Sales") } });
        const QString stage = create(rs, QStringLiteral("stage"),
            { { QStringLiteral("pipeline_id"), pipeline },
                { QStringLiteral("name"), QStringLiteral("Proposal") },
                { QStringLiteral("stall_days"), 10 } });
        auto task = [&](const char* subject, const QString& owner, const char* due) {
            return create(rs, QStringLiteral("task"),
                { { QStringLiteral("subject"), QString::fromUtf8(subject) },
                    { QStringLiteral("owner_id"), owner }, { QStringLiteral("due_at"), at(due) } });
        };
        auto deal = [&](const char* title, const QString& owner, const char* since,
                        const QDate& close) {
            return create(rs, QStringLiteral("deal"),
                { { QStringLiteral("title"), QString::fromUtf8(title) },
                    { QStringLiteral("owner_id"), owner }, { QStringLiteral("stage_id"), stage },
                    { QStringLiteral("status"), QStringLiteral("open") },
                    { QStringLiteral("stage_entered_at"), at(since) },
                    { QStringLiteral("expected_close"), close },
                    { QStringLiteral("amount"), qint64(125050) },
                    { QStringLiteral("currency"), QStringLiteral("EUR") } });
        };
        overdue = task("Send the offer", me, "2026-06-14T15:00:00Z");
        task("Call Medis back", me, "2026-06-15T10:00:00Z");
        task("Ona's call", ona, "2026-06-14T15:00:00Z");
        stalled = deal("Terrace", me, "2026-05-01T08:00:00Z", QDate(2026, 7, 10));
        deal("Roof", me, "2026-06-12T08:00:00Z", QDate(2026, 6, 25));
        deal("Ona's garage", ona, "2026-06-12T08:00:00Z", QDate(2026, 6, 20));
        lead = create(rs, QStringLiteral("lead"),
            { { QStringLiteral("title"), QStringLiteral("Hotel Neris") },
                { QStringLiteral("owner_id"), me } });
        create(rs, QStringLiteral("lead"),
            { { QStringLiteral("title"), QStringLiteral("Ona's bakery") },
                { QStringLiteral("owner_id"), ona } });
    }
};

} // namespace

TEST_CASE("Home shows the rep's counts and the rows behind them", "[home]")
{
    HomeData d;
    HomeModule module(d.f.context());
    CHECK(module.key() == QStringLiteral("home"));
    CHECK(module.title() == QStringLiteral("Home"));
    REQUIRE(module.actions().size() == 1);
    CHECK(module.actions().first()->objectName() == QStringLiteral("refreshAction"));
    std::unique_ptr<QWidget> widget(module.createWidget(nullptr));
    HomeView* view = module.view();
    REQUIRE(view);

    CHECK(view->greeting()->text() == QStringLiteral("Good morning, Tester"));
    CHECK(view->tileCount(HomeView::OverdueTile) == QStringLiteral("1"));
    CHECK(view->tileCount(HomeView::TodayTile) == QStringLiteral("1"));
    CHECK(view->tileCount(HomeView::StalledTile) == QStringLiteral("1"));
    CHECK(view->tileCount(HomeView::ClosingTile) == QStringLiteral("1"));
    CHECK(view->tileCount(HomeView::LeadsTile) == QStringLiteral("1"));
    CHECK(rows(view->overdue()) == QStringList { QStringLiteral("Send the offer") });
    CHECK(rows(view->today()) == QStringList { QStringLiteral("Call Medis back") });
    CHECK(rows(view->stalled()) == QStringList { QStringLiteral("Terrace") });
    CHECK(rows(view->closing()) == QStringList { QStringLiteral("Roof") });
    CHECK(view->closing()->list()->topLevelItem(0)->text(3) == QStringLiteral("1,250.50 EUR"));
    CHECK(rows(view->leads()) == QStringList { QStringLiteral("Hotel Neris") });
    CHECK(view->pastClose()->list()->isHidden());
    CHECK(view->targets()->figureText(0, 0) == QStringLiteral("0 EUR · no target set"));

    // A target set elsewhere shows as a bar after Refresh.
    create(d.f.records(), QStringLiteral("target"),
        { { QStringLiteral("user_id"), d.me },
            { QStringLiteral("period_start"), QDate(2026, 6, 1) },
            { QStringLiteral("period"), QStringLiteral("month") },
            { QStringLiteral("deals"), qint64(4) } });
    module.refreshAction()->trigger();
    CHECK(view->targets()->figureText(1, 0) == QStringLiteral("2 of 4 · 50%"));

    // A deal won in zlotys is not summed into euros, but the panel says it was won.
    create(d.f.records(), QStringLiteral("deal"),
        { { QStringLiteral("title"), QStringLiteral("Gdańsk depot") },
            { QStringLiteral("owner_id"), d.me },
            { QStringLiteral("status"), QStringLiteral("won") },
            { QStringLiteral("won_at"), at("2026-06-10T12:00:00Z") },
            { QStringLiteral("amount"), qint64(900000) },
            { QStringLiteral("currency"), QStringLiteral("PLN") } });
    module.refreshAction()->trigger();
    CHECK(view->targets()->figureText(0, 0)
        == QStringLiteral("0 EUR · no target set · +1 won in other currencies"));
}

TEST_CASE("A task ticked off elsewhere leaves the overdue list", "[home]")
{
    HomeData d;
    HomeView view(d.f.context());
    view.resize(1200, 800);
    REQUIRE(showActive(view));
    REQUIRE(rows(view.overdue()) == QStringList { QStringLiteral("Send the offer") });
    REQUIRE(Tasks::setDone(d.f.db->session(), d.overdue, true));
    d.f.events.notifyChanged(QStringLiteral("task"), d.overdue);
    REQUIRE(waitFor([&] { return view.tileCount(HomeView::OverdueTile) == QStringLiteral("0"); }));
    CHECK(rows(view.overdue()).isEmpty());
    CHECK(view.overdue()->list()->isHidden());

    // While another screen is shown, Home is not read again after each save, but when it is back.
    view.hide();
    REQUIRE(Tasks::setDone(d.f.db->session(), d.overdue, false));
    d.f.events.notifyChanged(QStringLiteral("task"), d.overdue);
    QTest::qWait(300);
    CHECK(view.tileCount(HomeView::OverdueTile) == QStringLiteral("0"));
    view.show();
    CHECK(view.tileCount(HomeView::OverdueTile) == QStringLiteral("1"));
}

TEST_CASE("Only a manager gets the team switch, with a row per member", "[home]")
{
    HomeData d;
    HomeView view(d.f.context());
    view.resize(1200, 800);
    REQUIRE(showActive(view));
    CHECK(view.scopeSwitch()->isHidden());

    // Ona now reports to Tester: Tester is a manager.
    REQUIRE(d.f.records().update(
        QStringLiteral("user"), d.ona, { { QStringLiteral("manager_id"), d.me } }));
    d.f.events.notifyChanged(QStringLiteral("user"), d.ona);
    REQUIRE(waitFor([&] { return view.scopeSwitch()->isVisible(); }));
    CHECK_FALSE(view.teamTable()->isVisible());
    QTest::mouseClick(view.teamButton(), Qt::LeftButton);
    CHECK(view.teamView());
    CHECK(view.greeting()->text() == QStringLiteral("Tester's team"));
    REQUIRE(view.teamTable()->isVisible());
    REQUIRE(view.teamTable()->rowCount() == 1);
    CHECK(view.teamTable()->item(0, 0)->text() == QStringLiteral("Ona Kazlauskė"));
    CHECK(view.teamTable()->item(0, 1)->text() == QStringLiteral("1")); // overdue
    CHECK(view.teamTable()->item(0, 4)->text() == QStringLiteral("1")); // closing this month
    CHECK(view.teamTable()->item(0, 7)->text() == QStringLiteral("no target set"));
    CHECK(rows(view.overdue()) == QStringList { QStringLiteral("Ona's call") });
    CHECK(view.overdue()->list()->topLevelItem(0)->text(3) == QStringLiteral("Ona Kazlauskė"));

    // Ona herself leads nobody: no switch, her own work.
    view.setUserId(d.ona);
    CHECK(view.scopeSwitch()->isHidden());
    CHECK_FALSE(view.teamView());
    CHECK(view.greeting()->text() == QStringLiteral("Good morning, Ona"));
    CHECK(rows(view.leads()) == QStringList { QStringLiteral("Ona's bakery") });
}

TEST_CASE("Double-click or Enter on an item opens its record; a tile focuses its list", "[home]")
{
    HomeData d;
    HomeView view(d.f.context());
    view.resize(1200, 800);
    REQUIRE(showActive(view));
    QSignalSpy opened(&d.f.events, &DataEvents::openRequested);

    QTest::mouseClick(view.tile(HomeView::StalledTile), Qt::LeftButton);
    QTreeWidget* stalled = view.stalled()->list();
    REQUIRE(waitFor([&] { return stalled->hasFocus(); }));
    const QRect rect = stalled->visualItemRect(stalled->topLevelItem(0));
    QTest::mouseClick(stalled->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(stalled->viewport(), Qt::LeftButton, {}, rect.center());
    REQUIRE(opened.size() == 1);
    CHECK(opened.at(0).at(0).toString() == QStringLiteral("deal"));
    CHECK(opened.at(0).at(1).toString() == d.stalled);

    QTest::mouseClick(view.tile(HomeView::LeadsTile), Qt::LeftButton);
    REQUIRE(waitFor([&] { return view.leads()->list()->hasFocus(); }));
    QTest::keyClick(view.leads()->list(), Qt::Key_Return);
    REQUIRE(opened.size() == 2);
    CHECK(opened.at(1).at(0).toString() == QStringLiteral("lead"));
    CHECK(opened.at(1).at(1).toString() == d.lead);
}
