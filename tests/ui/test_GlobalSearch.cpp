// The search box: hits as you type, diacritics ignored, opened with Enter or a click.
#include "UiTestSupport.h"

#include "common/GlobalSearch.h"
#include "common/SearchHitDelegate.h"
#include "store/Session.h"

#include <QListWidget>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>
#include <catch2/catch.hpp>

using namespace tandem;
using namespace tandem::test;

namespace {

// The search box in a window of its own, with the keyboard, as in the main window's toolbar.
struct SearchWindow {
    explicit SearchWindow(SearchIndex& index)
        : search(new GlobalSearch(index, &window))
    {
        auto* layout = new QVBoxLayout(&window);
        layout->addWidget(search);
        window.resize(600, 80);
        REQUIRE(showActive(window));
        search->setFocus();
    }
    QWidget window;
    GlobalSearch* search;
};

} // namespace

TEST_CASE("Typing part of a name without its accents lists the contact", "[ui][search]")
{
    UiFixture f;
    const QString company = create(f.records(), QStringLiteral("company"),
        { { QStringLiteral("name"), QStringLiteral("UAB Lodvila") } });
    const QString sarunas
        = addContact(f.records(), QStringLiteral("Šarūnas"), QStringLiteral("Kazlauskas"),
            { { QStringLiteral("title"), QStringLiteral("Sales director") },
                { QStringLiteral("company_id"), company } });
    addContact(f.records(), QStringLiteral("Tomasz"), QStringLiteral("Nowak"));
    SearchWindow w(f.db->session().search());
    QSignalSpy opened(w.search, &GlobalSearch::openRequested);

    typeText(w.search, QStringLiteral("sarun"));
    REQUIRE(waitFor([&] { return w.search->isPopupVisible(); }));
    REQUIRE(w.search->hits().size() == 1);
    QListWidgetItem* item = w.search->popup()->item(0);
    CHECK(item->text() == QStringLiteral("Šarūnas Kazlauskas"));
    CHECK(item->data(SearchDetailRole).toString().contains(QStringLiteral("UAB Lodvila")));
    CHECK(item->data(SearchEntityNameRole).toString() == QStringLiteral("Contact"));
    CHECK_FALSE(item->icon().isNull());

    QTest::keyClick(w.search, Qt::Key_Return);
    REQUIRE(opened.count() == 1);
    CHECK(opened.first().at(0).toString() == QStringLiteral("contact"));
    CHECK(opened.first().at(1).toString() == sarunas);
    CHECK_FALSE(w.search->isPopupVisible());
}

TEST_CASE("Arrow keys pick among the hits and Escape closes the list", "[ui][search]")
{
    UiFixture f;
    addContact(f.records(), QStringLiteral("Rūta"), QStringLiteral("Kazlauskienė"));
    const QString second
        = addContact(f.records(), QStringLiteral("Šarūnas"), QStringLiteral("Kazlauskas"));
    SearchWindow w(f.db->session().search());
    QSignalSpy opened(w.search, &GlobalSearch::openRequested);

    typeText(w.search, QStringLiteral("kazl"));
    REQUIRE(waitFor([&] { return w.search->hits().size() == 2; }));
    const int target = w.search->hits().at(0).id == second ? 0 : 1;
    for (int i = 0; i < target; ++i)
        QTest::keyClick(w.search, Qt::Key_Down);
    CHECK(w.search->popup()->currentRow() == target);
    QTest::keyClick(w.search, Qt::Key_Escape);
    CHECK_FALSE(w.search->isPopupVisible());
    CHECK(opened.isEmpty());

    QTest::keyClick(w.search, Qt::Key_Down); // opens the list again where it was
    CHECK(w.search->isPopupVisible());
    QTest::keyClick(w.search, Qt::Key_Enter);
    REQUIRE(opened.count() == 1);
    CHECK(opened.first().at(1).toString() == second);
}

TEST_CASE("Only records a module can open are offered, and no match says so", "[ui][search]")
{
    UiFixture f;
    addContact(f.records(), QStringLiteral("Tester"), QStringLiteral("Contact"));
    SearchWindow w(f.db->session().search());
    w.search->setOpenableEntities({ QStringLiteral("contact") });

    // The user "Tester" is indexed too, but there is no users module.
    typeText(w.search, QStringLiteral("tester"));
    REQUIRE(waitFor([&] { return w.search->isPopupVisible(); }));
    REQUIRE(w.search->hits().size() == 1);
    CHECK(w.search->hits().first().entity == QStringLiteral("contact"));

    typeText(w.search, QStringLiteral("zzz"));
    REQUIRE(waitFor([&] { return w.search->hits().isEmpty(); }));
    CHECK(w.search->popup()->count() == 1);
    CHECK(w.search->popup()->item(0)->text().contains(QStringLiteral("No matches")));
    QSignalSpy opened(w.search, &GlobalSearch::openRequested);
    QTest::keyClick(w.search, Qt::Key_Return);
    CHECK(opened.isEmpty());
}
