// The window's care of the database: restoring a backup (the dialog and its preview), the offer
// to go back to the latest sound backup, the background check-and-backup on start, and one
// window per database.
#include "UiTestSupport.h"

#include "common/Prompter.h"
#include "mainwindow/BackupScheduler.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/RestoreDialog.h"
#include "mainwindow/SingleInstance.h"
#include "store/AutoBackup.h"
#include "store/Backup.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTreeWidget>
#include <future>
#include <thread>

using namespace tandem;
using namespace tandem::test;

namespace {

QString str(const char* s)
{
    return QString::fromUtf8(s);
}

QDateTime at(int hour)
{
    return QDateTime(QDate(2026, 6, 15), QTime(hour, 0), Qt::UTC);
}

} // namespace

TEST_CASE(
    "Restore from backup lists the automatic backups and previews what each holds", "[ui][backup]")
{
    UiFixture f;
    Database& d = f.db->session().database();
    addContact(f.records(), str("Ona"), str("Petraitienė"));
    REQUIRE(AutoBackup::take(d, BackupReason::Start, at(8)).ok());
    addContact(f.records(), str("Jonas"), str("Jonaitis"));
    addContact(f.records(), str("Rasa"), str("Kazlauskienė"));
    REQUIRE(AutoBackup::take(d, BackupReason::BeforeImport, at(9)).ok());
    addContact(f.records(), str("Petras"), str("Petraitis"));

    RestoreDialog dialog(f.db->session());
    REQUIRE(dialog.list()->topLevelItemCount() == 2);
    CHECK(dialog.list()->topLevelItem(0)->text(1) == str("Before an import"));
    CHECK(dialog.list()->topLevelItem(1)->text(1) == str("When Tandem started"));
    // The newest is selected: three contacts then, four now.
    CHECK(dialog.preview()->text().contains(str("A backup of Test Co (database version")));
    CHECK(dialog.preview()->text().contains(str("<b>3</b>")));
    CHECK(dialog.preview()->text().contains(str("now 4")));
    CHECK(dialog.restoreButton()->isEnabled());

    dialog.list()->setCurrentItem(dialog.list()->topLevelItem(1));
    CHECK(dialog.preview()->text().contains(str("<b>1</b>")));

    SECTION("restoring asks first and keeps what is here as a backup")
    {
        Prompter::answerNext(QMessageBox::Yes);
        dialog.restoreButton()->click();
        CHECK(dialog.result() == QDialog::Accepted);
        CHECK(dialog.safetyBackup().endsWith(str("-before-restore.tandem-backup")));
        f.db->reopen();
        CHECK(*f.db->records().count(str("contact")) == 1);
        auto kept = inspectBackup(dialog.safetyBackup());
        REQUIRE(kept.ok());
        CHECK(kept->counts.value(str("contact")) == 4);
    }
    SECTION("cancelling the question restores nothing")
    {
        Prompter::answerNext(QMessageBox::Cancel);
        dialog.restoreButton()->click();
        CHECK(dialog.result() != QDialog::Accepted);
        CHECK(*f.records().count(str("contact")) == 4);
    }
    SECTION("a file that is not a backup cannot be restored")
    {
        const QString junk = f.db->dir() + str("/notes.tandem-backup");
        QFile file(junk);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("Hello, this is not a database at all, just some text.");
        file.close();
        dialog.addFile(junk);
        CHECK(dialog.preview()->text().contains(str("is not a Tandem database")));
        CHECK_FALSE(dialog.restoreButton()->isEnabled());
    }
}

TEST_CASE("A damaged database is offered the latest sound backup, then reopened", "[ui][backup]")
{
    UiFixture f;
    Database& d = f.db->session().database();
    addContact(f.records(), str("Ona"), str("Petraitienė"));
    REQUIRE(AutoBackup::take(d, BackupReason::Start, at(8)).ok());
    addContact(f.records(), str("Jonas"), str("Jonaitis"));
    MainWindow window(f.db->session());
    QSignalSpy reopen(&window, &MainWindow::restartRequested);

    Prompter::answerNext(QMessageBox::Yes); // restore?
    Prompter::answerNext(QMessageBox::Ok); // restored, reopening
    window.offerRestore({ str("Damaged storage: Tree 12 page 40: btreeInitPage() returns error") });
    REQUIRE(Prompter::shown().size() == 2);
    CHECK(Prompter::shown().at(0).text.startsWith(str("1 problem")));
    CHECK(Prompter::shown().at(0).text.contains(str("Restore the latest sound backup, taken ")));
    CHECK(Prompter::shown().at(0).text.contains(str("(When Tandem started)")));
    CHECK(Prompter::shown().at(1).text.startsWith(str("Restored.")));
    CHECK(reopen.count() == 1);
    f.db->reopen();
    CHECK(*f.db->records().count(str("contact")) == 1);
}

TEST_CASE(
    "Tandem checks and backs up the database in the background when it starts", "[ui][backup]")
{
    UiFixture f;
    addContact(f.records(), str("Ona"), str("Petraitienė"));
    BackupScheduler backups(f.db->session());
    QSignalSpy done(&backups, &BackupScheduler::backedUp);
    QSignalSpy damaged(&backups, &BackupScheduler::damaged);
    backups.start();
    REQUIRE(waitFor([&] { return done.count() == 1; }, 10000));
    CHECK(damaged.isEmpty());
    const auto list = AutoBackup::list(f.db->session().database());
    REQUIRE(list.size() == 1);
    CHECK(list.first().reason == str("start"));
    CHECK(done.first().first().toString() == list.first().path);
    CHECK(inspectBackup(list.first().path)->counts.value(str("contact")) == 1);
}

TEST_CASE("A damaged file found on start is reported, and no backup replaces the good ones",
    "[ui][backup]")
{
    UiFixture f;
    for (int i = 0; i < 400; ++i)
        addContact(f.records(), str("Vardas%1").arg(i), str("Pavardenis%1").arg(i));
    const QString path = f.db->path();
    f.db->close();
    {
        // Scribble over the middle of the file, as a failing disk would.
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadWrite));
        const qint64 pages = file.size() / 4096;
        REQUIRE(pages > 20);
        for (qint64 page = pages / 2; page < pages / 2 + 4; ++page) {
            file.seek(page * 4096 + 8);
            file.write(QByteArray(2000, '\x5a'));
        }
    }
    f.db->reopen();
    BackupScheduler backups(f.db->session());
    QSignalSpy done(&backups, &BackupScheduler::backedUp);
    QSignalSpy damaged(&backups, &BackupScheduler::damaged);
    backups.start();
    REQUIRE(waitFor([&] { return damaged.count() == 1; }, 10000));
    CHECK(done.isEmpty());
    CHECK(AutoBackup::list(f.db->session().database()).isEmpty());
    CHECK_FALSE(damaged.first().first().toStringList().isEmpty());
}

TEST_CASE("A second Tandem on the same database hands over to the first", "[ui][backup]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(str("team.db"));
    SingleInstance first(db);
    REQUIRE(first.claim());
    QSignalSpy asked(&first, &SingleInstance::activationRequested);

    SingleInstance second(db);
    CHECK_FALSE(second.claim());
    CHECK(
        second.holder().startsWith(str("process %1 on ").arg(QCoreApplication::applicationPid())));
    // The second start waits for the first's answer while the first's event loop runs.
    const QString vcf = dir.filePath(str("people.vcf"));
    auto answered = std::async(std::launch::async, [&] {
        SingleInstance other(db);
        return other.handOver(vcf);
    });
    REQUIRE(waitFor(
        [&] {
            return answered.wait_for(std::chrono::milliseconds(0)) == std::future_status::ready;
        },
        10000));
    CHECK(answered.get());
    REQUIRE(asked.count() == 1);
    CHECK(asked.first().first().toString() == vcf);

    // Another database is not held.
    SingleInstance elsewhere(dir.filePath(str("other.db")));
    CHECK(elsewhere.claim());
}

TEST_CASE("Screenshot of the restore dialog", "[.backup-shots]")
{
    const QString dir = qEnvironmentVariable("TANDEM_SCREENSHOT_DIR", QDir::tempPath());
    UiFixture f;
    Database& d = f.db->session().database();
    const QStringList names
        = { str("Ona Petraitienė"), str("Jonas Jonaitis"), str("Šarūnas Kazlauskas"),
              str("Agnieszka Wójcik"), str("Ștefan Țăranu"), str("Оксана Коваленко") };
    int hour = 8;
    for (const BackupReason reason : { BackupReason::Start, BackupReason::BeforeImport,
             BackupReason::BeforeSync, BackupReason::Daily }) {
        for (const QString& name : names)
            addContact(f.records(), name.section(QLatin1Char(' '), 0, 0),
                name.section(QLatin1Char(' '), 1));
        REQUIRE(AutoBackup::take(d, reason, at(hour++)).ok());
    }
    addContact(f.records(), str("Rasa"), str("Kazlauskienė"));
    RestoreDialog dialog(f.db->session());
    dialog.list()->setCurrentItem(dialog.list()->topLevelItem(1));
    dialog.show();
    REQUIRE(waitFor([&] { return dialog.isVisible(); }));
    CHECK(dialog.grab().save(dir + str("/restore-dialog.png")));
}
