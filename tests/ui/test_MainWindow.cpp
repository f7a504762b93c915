// The main window: modules in the sidebar, search that opens records anywhere, and its menus.
#include "UiTestSupport.h"

#include "common/GlobalSearch.h"
#include "common/Module.h"
#include "common/Prompter.h"
#include "contacts/ImportDialog.h"
#include "mainwindow/MainWindow.h"
#include "records/FieldEditor.h"
#include "records/RecordForm.h"
#include "records/RecordHistoryView.h"
#include "records/RecordListModel.h"
#include "records/RecordsModule.h"
#include "store/Backup.h"

#include <QAction>
#include <QFile>
#include <QListWidget>
#include <QMenuBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch.hpp>

using namespace tandem;
using namespace tandem::test;

namespace {

RecordListView* viewOf(MainWindow& window, const QString& key)
{
    auto* module = dynamic_cast<RecordsModule*>(window.module(key));
    REQUIRE(module);
    return module->view();
}

QAction* moduleAction(MainWindow& window, const QString& name)
{
    for (QAction* a : window.currentModule()->actions()) {
        if (a->objectName() == name)
            return a;
    }
    FAIL("the current module has no " << name.toStdString());
    return nullptr;
}

QStringList menuTitles(MainWindow& window)
{
    QStringList titles;
    for (QAction* a : window.menuBar()->actions())
        titles << a->text();
    return titles;
}

} // namespace

TEST_CASE("The window opens on the company's data with all its modules", "[ui][window]")
{
    UiFixture f;
    addContact(f.records(), QStringLiteral("Ona"), QStringLiteral("Petraitienė"));
    MainWindow window(f.db->session());
    window.show();

    CHECK(window.windowTitle() == QStringLiteral("Test Co — Tandem"));
    QStringList titles;
    for (Module* m : window.modules())
        titles << m->title();
    CHECK(titles
        == QStringList { QStringLiteral("Home"), QStringLiteral("Contacts"),
            QStringLiteral("Companies"), QStringLiteral("Leads"), QStringLiteral("Pipeline"),
            QStringLiteral("Deals"), QStringLiteral("Calendar"), QStringLiteral("Tasks"),
            QStringLiteral("Activities"), QStringLiteral("Cases"), QStringLiteral("Catalogue"),
            QStringLiteral("Marketing"), QStringLiteral("Reports"), QStringLiteral("Team"),
            QStringLiteral("Sync") });
    auto* sidebar = window.findChild<QListWidget*>(QStringLiteral("sidebar"));
    REQUIRE(sidebar);
    CHECK(sidebar->count() == 15);
    for (int i = 0; i < sidebar->count(); ++i)
        CHECK_FALSE(sidebar->item(i)->icon().isNull());
    // A first start opens on the dashboard.
    CHECK(window.currentModule()->key() == QStringLiteral("home"));
    CHECK(viewOf(window, QStringLiteral("contact"))->model()->rowCount() == 1);
    // The current module's own menu sits between Edit and View.
    CHECK(menuTitles(window)
        == QStringList { QStringLiteral("&File"), QStringLiteral("&Edit"), QStringLiteral("Home"),
            QStringLiteral("&View"), QStringLiteral("&Help") });

    window.action(QStringLiteral("show_deal"))->trigger();
    CHECK(window.currentModule()->key() == QStringLiteral("deal"));
    CHECK(menuTitles(window).at(2) == QStringLiteral("Deals"));
}

TEST_CASE("Opening a contact from the search switches to Contacts and shows it", "[ui][window]")
{
    UiFixture f;
    const QString id
        = addContact(f.records(), QStringLiteral("Šarūnas"), QStringLiteral("Kazlauskas"));
    for (int i = 0; i < 30; ++i)
        addContact(f.records(), QStringLiteral("Zofia"), QStringLiteral("Number %1").arg(i));
    MainWindow window(f.db->session());
    REQUIRE(showActive(window));
    window.showModule(QStringLiteral("company"));

    window.action(QStringLiteral("findAction"))->trigger();
    CHECK(window.globalSearch()->hasFocus());
    typeText(window.globalSearch(), QStringLiteral("kazla"));
    REQUIRE(waitFor([&] { return window.globalSearch()->hits().size() == 1; }));
    QTest::keyClick(window.globalSearch(), Qt::Key_Return);

    CHECK(window.currentModule()->key() == QStringLiteral("contact"));
    RecordListView* contacts = viewOf(window, QStringLiteral("contact"));
    CHECK(contacts->form()->recordId() == id);
    CHECK(contacts->form()->title() == QStringLiteral("Šarūnas Kazlauskas"));
    CHECK(contacts->form()->history()->topLevelItemCount() == 2);
    CHECK(contacts->model()->idAt(contacts->table()->currentIndex().row()) == id);
}

TEST_CASE("Help › Check database says the database is healthy", "[ui][window]")
{
    UiFixture f;
    MainWindow window(f.db->session());
    Prompter::answerNext(QMessageBox::Ok);
    window.action(QStringLiteral("checkAction"))->trigger();

    CHECK(Prompter::pendingAnswers() == 0);
    CHECK(Prompter::unanswered().isEmpty());
    REQUIRE(Prompter::shown().size() == 1);
    CHECK(Prompter::shown().first().kind == Prompter::Kind::Information);
    CHECK(Prompter::shown().first().title == QStringLiteral("Check database"));
    CHECK(Prompter::shown().first().text.contains(QStringLiteral("healthy")));
}

TEST_CASE("File › Back up database writes a backup where the user chose", "[ui][window]")
{
    UiFixture f;
    addContact(f.records(), QStringLiteral("Ona"), QStringLiteral("Petraitienė"));
    MainWindow window(f.db->session());
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("monday.tandem-backup"));

    SECTION("a chosen file gets the backup")
    {
        Prompter::answerNextFile(target);
        window.action(QStringLiteral("backupAction"))->trigger();
        CHECK(Prompter::unanswered().isEmpty());
        const auto info = inspectBackup(target);
        REQUIRE(info.ok());
        CHECK(info->companyName == QStringLiteral("Test Co"));
        CHECK(info->counts.value(QStringLiteral("contact")) == 1);
    }
    SECTION("cancelling the file dialog writes nothing")
    {
        Prompter::answerNextFile(QString());
        window.action(QStringLiteral("backupAction"))->trigger();
        CHECK_FALSE(QFileInfo::exists(target));
    }
}

TEST_CASE("Edit › Undo takes back a change saved in a form", "[ui][window]")
{
    UiFixture f;
    const QString id
        = addContact(f.records(), QStringLiteral("Ona"), QStringLiteral("Petraitienė"));
    MainWindow window(f.db->session());
    RecordListView* contacts = viewOf(window, QStringLiteral("contact"));
    REQUIRE(window.openRecord(QStringLiteral("contact"), id));
    QAction* undo = window.action(QStringLiteral("undoAction"));
    CHECK_FALSE(undo->isEnabled());

    typeText(contacts->form()->editor(QStringLiteral("title"))->input(), QStringLiteral("CEO"));
    moduleAction(window, QStringLiteral("saveAction"))->trigger();
    CHECK(f.records().get(QStringLiteral("contact"), id)->text(QStringLiteral("title"))
        == QStringLiteral("CEO"));
    REQUIRE(undo->isEnabled());
    CHECK(undo->text() == QStringLiteral("&Undo Edit Ona Petraitienė"));
    undo->trigger();
    CHECK(f.records().get(QStringLiteral("contact"), id)->value(QStringLiteral("title")).isNull());
}

TEST_CASE("The window comes back on the module used last", "[ui][window]")
{
    UiFixture f;
    {
        MainWindow window(f.db->session());
        window.show();
        window.showModule(QStringLiteral("lead"));
        REQUIRE(window.close());
    }
    MainWindow again(f.db->session());
    CHECK(again.currentModule()->key() == QStringLiteral("lead"));
}

TEST_CASE("Closing with unsaved changes asks first", "[ui][window]")
{
    UiFixture f;
    const QString id
        = addContact(f.records(), QStringLiteral("Ona"), QStringLiteral("Petraitienė"));
    MainWindow window(f.db->session());
    window.show();
    REQUIRE(window.openRecord(QStringLiteral("contact"), id));
    RecordListView* contacts = viewOf(window, QStringLiteral("contact"));
    typeText(contacts->form()->editor(QStringLiteral("title"))->input(), QStringLiteral("CEO"));

    Prompter::answerNext(QMessageBox::Cancel);
    CHECK_FALSE(window.close());
    CHECK(window.isVisible());
    Prompter::answerNext(QMessageBox::Save);
    CHECK(window.close());
    CHECK(f.records().get(QStringLiteral("contact"), id)->text(QStringLiteral("title"))
        == QStringLiteral("CEO"));
}

TEST_CASE("A file opened with Tandem goes to the import it belongs to", "[ui][window]")
{
    // What the file manager hands over (Exec=tandem %f): an address book, a calendar, a bundle.
    UiFixture f;
    MainWindow window(f.db->session());
    QTemporaryDir dir;
    auto write = [&](const char* name, const QByteArray& bytes) {
        QFile file(dir.filePath(QString::fromLatin1(name)));
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return file.fileName();
    };

    SECTION("an address book opens the contacts import with its people")
    {
        const QString vcf = write("people.vcf",
            "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Kazlauskienė;Rūta;;;\r\nFN:Rūta Kazlauskienė\r\n"
            "END:VCARD\r\n");
        CHECK(window.openFile(vcf));
        CHECK(window.currentModule()->key() == QStringLiteral("contact"));
        ImportDialog* dialog = window.findChild<ImportDialog*>();
        REQUIRE(dialog);
        CHECK(dialog->isVisible());
        dialog->close();
    }
    SECTION("a calendar is imported into the calendar, with what came in said")
    {
        const QString ics = write("visits.ics",
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\nBEGIN:VEVENT\r\n"
            "UID:visit-1@example.com\r\nDTSTAMP:20261201T090000Z\r\n"
            "DTSTART:20261215T090000Z\r\nDTEND:20261215T100000Z\r\nSUMMARY:Visit UAB Medis\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n");
        Prompter::answerNext(QMessageBox::Ok);
        CHECK(window.openFile(ics));
        REQUIRE(Prompter::shown().size() == 1);
        CHECK(Prompter::shown().first().text
            == QStringLiteral("visits.ics: 1 new, 0 updated, 0 already here."));
        CHECK(window.currentModule()->key() == QStringLiteral("calendar"));
        ListQuery q;
        q.where = { { QStringLiteral("subject"), QStringLiteral("Visit UAB Medis") } };
        CHECK(f.records().list(QStringLiteral("activity"), q)->size() == 1);
    }
    SECTION("a damaged bundle is refused with the reason, on the Sync screen")
    {
        const QString bundle = write("laptop.tandem", "not a bundle");
        Prompter::answerNext(QMessageBox::Ok);
        CHECK(window.openFile(bundle));
        CHECK(window.currentModule()->key() == QStringLiteral("sync"));
        REQUIRE(Prompter::shown().size() == 1);
        CHECK(Prompter::shown().first().kind == Prompter::Kind::Warning);
        CHECK(Prompter::shown().first().text.contains(QStringLiteral("laptop.tandem")));
    }
    SECTION("another kind of file is refused, naming it, and nothing changes")
    {
        const QString text = write("notes.txt", "hello");
        Prompter::answerNext(QMessageBox::Ok);
        CHECK_FALSE(window.openFile(text));
        REQUIRE(Prompter::shown().size() == 1);
        CHECK(Prompter::shown().first().text.contains(QStringLiteral("notes.txt")));
    }
}
