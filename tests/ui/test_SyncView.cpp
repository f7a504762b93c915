// The sync screen: a conflict from another laptop is listed and settled with one click.
#include "UiTestSupport.h"

#include "SyncPeers.h"
#include "common/Prompter.h"
#include "sync/ConflictModel.h"
#include "sync/SyncView.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <catch2/catch.hpp>

using namespace tandem;
using namespace tandem::test;

namespace {

struct TwoLaptops {
    SyncPeers peers { 2 };
    DataEvents events;
    QUndoStack undoStack;
    UiContext context() { return { peers.at(0).session(), events, undoStack }; }
};

QPushButton* button(QWidget& w, const QString& text)
{
    for (QPushButton* b : w.findChildren<QPushButton*>()) {
        if (b->text() == text)
            return b;
    }
    return nullptr;
}

} // namespace

TEST_CASE(
    "A concurrent edit shows up as a conflict and 'Use the other value' settles it", "[ui][sync]")
{
    Prompter::reset();
    TwoLaptops t;
    const QString deal = create(t.peers.at(0).records(), QStringLiteral("deal"),
        { { QStringLiteral("title"), QStringLiteral("Kraków warehouse") },
            { QStringLiteral("amount"), QStringLiteral("1000") } });
    t.peers.send(0, 1);
    REQUIRE(t.peers.at(0).records().update(
        QStringLiteral("deal"), deal, { { QStringLiteral("amount"), QStringLiteral("2000") } }));
    t.peers.at(1).clock().advanceMs(60000);
    REQUIRE(t.peers.at(1).records().update(
        QStringLiteral("deal"), deal, { { QStringLiteral("amount"), QStringLiteral("1800") } }));

    SyncView view(t.context());
    QAbstractItemModelTester tester(
        view.conflictModel(), QAbstractItemModelTester::FailureReportingMode::Warning);
    CHECK(view.conflictModel()->rowCount() == 0);

    // The other laptop's bundle arrives through the shared folder.
    QTemporaryDir shared;
    REQUIRE(t.peers.sync(1).syncFolder(shared.path()).ok());
    REQUIRE(
        t.peers.at(0).session().database().setMeta(QStringLiteral("sync_folder"), shared.path()));
    view.refresh();
    view.syncFolderNow();
    CHECK(view.statusText().contains(QStringLiteral("Read 1 bundle")));
    REQUIRE(view.conflictModel()->rowCount() == 1);
    const QString shown
        = view.conflictModel()->index(0, ConflictModel::ShownColumn).data().toString();
    const QString other
        = view.conflictModel()->index(0, ConflictModel::OtherColumn).data().toString();
    CHECK(shown.startsWith(
        QLocale().toCurrencyString(1800.0, QStringLiteral("EUR"), 2))); // the later edit wins
    CHECK(other.startsWith(QLocale().toCurrencyString(2000.0, QStringLiteral("EUR"), 2)));
    CHECK(view.conflictModel()->index(0, ConflictModel::FieldColumn).data().toString()
        == QStringLiteral("Amount"));
    CHECK(view.conflictModel()
              ->index(0, ConflictModel::RecordColumn)
              .data()
              .toString()
              .contains(QStringLiteral("Kraków warehouse")));

    QPushButton* takeOther = button(view, QStringLiteral("Use the other value"));
    REQUIRE(takeOther);
    CHECK_FALSE(takeOther->isEnabled()); // nothing selected yet
    view.conflictTable()->selectRow(0);
    REQUIRE(takeOther->isEnabled());
    takeOther->click();

    CHECK(view.conflictModel()->rowCount() == 0);
    CHECK(t.peers.at(0)
              .records()
              .get(QStringLiteral("deal"), deal)
              ->value(QStringLiteral("amount"))
              .toLongLong()
        == 200000);
    CHECK(Prompter::unanswered().isEmpty());
}

TEST_CASE("A damaged bundle in the folder is skipped and said so, without a dialog", "[ui][sync]")
{
    Prompter::reset();
    Prompter::setTestMode(true);
    TwoLaptops t;
    QTemporaryDir shared;
    QFile broken(shared.filePath(QStringLiteral("site-z.tandem")));
    REQUIRE(broken.open(QIODevice::WriteOnly));
    broken.write("TANDEMB\x01 half a file");
    broken.close();
    REQUIRE(
        t.peers.at(0).session().database().setMeta(QStringLiteral("sync_folder"), shared.path()));
    SyncView view(t.context());
    view.syncFolderNow();
    CHECK(view.statusText().contains(QStringLiteral("Skipped for now")));
    CHECK(view.statusText().contains(QStringLiteral("site-z.tandem")));
    CHECK(QFile::exists(
        shared.filePath(t.peers.at(0).session().siteId() + QStringLiteral(".tandem"))));
    CHECK(Prompter::shown().isEmpty());
}

TEST_CASE("Importing a bundle of another team warns and changes nothing", "[ui][sync]")
{
    Prompter::reset();
    Prompter::setTestMode(true);
    TwoLaptops t;
    create(t.peers.at(1).records(), QStringLiteral("company"),
        { { QStringLiteral("name"), QStringLiteral("SC Străin SRL") } });
    REQUIRE(t.peers.sync(1).setPassphrase(QStringLiteral("other team secret")));
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("foreign.tandem"));
    REQUIRE(t.peers.sync(1).exportTo(file).ok());
    REQUIRE(t.peers.sync(0).setPassphrase(QStringLiteral("our team secret")));

    SyncView view(t.context());
    Prompter::answerNextFile(file);
    view.importBundle();
    REQUIRE(Prompter::shown().size() >= 2); // the file dialog, then the warning
    CHECK(Prompter::shown().last().kind == Prompter::Kind::Warning);
    CHECK(Prompter::shown().last().text.contains(QStringLiteral("another team")));
    CHECK(t.peers.at(0).session().search().search(QStringLiteral("strain")).isEmpty());
}

TEST_CASE(
    "A laptop is set to hold one salesperson's customers from the sync screen", "[ui][sync][scope]")
{
    Prompter::reset();
    Prompter::setTestMode(true);
    TwoLaptops t;
    RecordStore& office = t.peers.at(1).records();
    const QString jonas = create(office, QStringLiteral("user"),
        { { QStringLiteral("name"), QStringLiteral("Jonas Petraitis") } });
    t.peers.send(1, 0);
    SyncView view(t.context());
    QComboBox* scopes = view.scopeBox();
    const int row = scopes->findText(QStringLiteral("Only Jonas Petraitis's customers"));
    REQUIRE(row > 0);
    CHECK(scopes->currentIndex() == 0); // everything, until someone says otherwise

    SECTION("saying no keeps everything")
    {
        Prompter::answerNext(QMessageBox::No);
        scopes->setCurrentIndex(row);
        emit scopes->activated(row);
        CHECK(t.peers.sync(0).scope().isAll());
        CHECK(scopes->currentIndex() == 0);
    }
    SECTION("saying yes sets the scope, which the office learns from the next bundle")
    {
        Prompter::answerNext(QMessageBox::Yes);
        scopes->setCurrentIndex(row);
        emit scopes->activated(row);
        CHECK(t.peers.sync(0).scope() == SyncScope { SyncScope::Kind::Owner, jonas });
        CHECK(scopes->currentText() == QStringLiteral("Only Jonas Petraitis's customers"));
        t.peers.send(0, 1);
        SyncView officeView({ t.peers.at(1).session(), t.events, t.undoStack });
        REQUIRE(officeView.peerList()->topLevelItemCount() == 1);
        CHECK(officeView.peerList()->topLevelItem(0)->text(3)
            == QStringLiteral("Only Jonas Petraitis's customers"));
    }
}

// Not a test: the sync screen with two conflicts, for the README (see test_Screenshots.cpp).
TEST_CASE("Screenshot of the sync screen", "[.screenshots]")
{
    TwoLaptops t;
    RecordStore& office = t.peers.at(0).records();
    const QString company = create(office, QStringLiteral("company"),
        { { QStringLiteral("name"), QStringLiteral("UAB Gintaras") },
            { QStringLiteral("city"), QStringLiteral("Vilnius") } });
    const QString deal = create(office, QStringLiteral("deal"),
        { { QStringLiteral("title"), QStringLiteral("Kaunas warehouse") },
            { QStringLiteral("company_id"), company },
            { QStringLiteral("amount"), QStringLiteral("12500") } });
    t.peers.send(0, 1);
    REQUIRE(office.update(
        QStringLiteral("deal"), deal, { { QStringLiteral("amount"), QStringLiteral("14000") } }));
    REQUIRE(office.update(QStringLiteral("company"), company,
        { { QStringLiteral("city"), QStringLiteral("Kaunas") } }));
    t.peers.at(1).clock().advanceMs(3600000);
    REQUIRE(t.peers.at(1).records().update(
        QStringLiteral("deal"), deal, { { QStringLiteral("amount"), QStringLiteral("13250") } }));
    REQUIRE(t.peers.at(1).records().update(QStringLiteral("company"), company,
        { { QStringLiteral("city"), QStringLiteral("Kaunas, Lithuania") } }));
    QTemporaryDir shared;
    REQUIRE(t.peers.sync(1).syncFolder(shared.path()).ok());
    REQUIRE(
        t.peers.at(0).session().database().setMeta(QStringLiteral("sync_folder"), shared.path()));
    SyncView view(t.context());
    view.resize(1100, 720);
    view.syncFolderNow();
    view.show();
    waitFor([] { return false; }, 300);
    const QString dir = qEnvironmentVariable("TANDEM_SCREENSHOT_DIR", QStringLiteral("."));
    REQUIRE(view.grab().save(dir + QStringLiteral("/sync.png")));
}
