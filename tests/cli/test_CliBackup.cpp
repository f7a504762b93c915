// tandem-cli backup and restore: a copy a user can trust, and a restore that keeps what it
// replaced.
#include "CliRunner.h"

#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace tandem::test;

TEST_CASE("backup, then restore --preview and restore bring back deleted data", "[cli][backup]")
{
    CliRunner cli;
    cli.init({ str("--company"), str("UAB Baltic") });
    const QString jonas
        = cli.add(str("contact"), { str("first_name=Jonas"), str("last_name=Jonaitis") });
    cli.add(str("contact"), { str("first_name=Ona"), str("last_name=Žukauskienė") });
    cli.add(str("company"), { str("name=UAB Baltic") });
    const QByteArray atBackup = cli.dump();
    const QString file = cli.path(str("monday.tandem-backup"));

    const CliResult backup = cli.run({ str("backup"), str("--to"), file });
    CHECK(backup.exitCode == 0);
    CHECK(backup.err.isEmpty());
    CHECK(backup.text() == str("Backed up to %1\n").arg(file));
    REQUIRE(QFileInfo::exists(file));

    REQUIRE(cli.run({ str("rm"), str("contact"), jonas }).exitCode == 0);
    cli.add(str("contact"), { str("last_name=Nowak") });
    const QByteArray afterEdits = cli.dump();
    CHECK(afterEdits != atBackup);

    const CliResult preview = cli.run({ str("restore"), file, str("--preview") });
    CHECK(preview.exitCode == 0);
    CHECK(preview.err.isEmpty());
    const QStringList lines = preview.lines();
    REQUIRE_FALSE(lines.isEmpty());
    CHECK(lines.first().startsWith(str("Backup %1 (database version ").arg(file)));
    CHECK(lines.first().endsWith(str(" of UAB Baltic holds:")));
    CHECK(lines.contains(str("  contact: 2")));
    CHECK(lines.contains(str("  company: 1")));
    CHECK(lines.contains(str("  stage: 7")));
    CHECK(cli.dump() == afterEdits);

    const CliResult restore = cli.run({ str("restore"), file });
    CHECK(restore.exitCode == 0);
    CHECK(restore.err.isEmpty());
    static const QRegularExpression saved(
        QStringLiteral("Restored\\. The data it replaced was saved to (.+)\n$"));
    const auto m = saved.match(restore.text());
    REQUIRE(m.hasMatch());
    CHECK(cli.dump() == atBackup);
    CHECK(
        cli.showJson(str("contact"), jonas).value(str("last_name")) == QJsonValue(str("Jonaitis")));
    CHECK(cli.run({ str("check") }).exitCode == 0);

    // The replaced data was kept, among the automatic backups in the folder beside the database.
    const QFileInfo safety(m.captured(1));
    CHECK(safety.absolutePath() == QFileInfo(cli.dbPath()).absoluteDir().filePath(str("backups")));
    CHECK(safety.fileName().endsWith(str("-before-restore.tandem-backup")));
    CHECK(QFileInfo::exists(m.captured(1)));
}

TEST_CASE("restore onto a new machine creates the database from the backup", "[cli][backup]")
{
    CliRunner cli;
    cli.init();
    cli.add(str("company"), { str("name=ТОВ Дніпро"), str("city=Київ") });
    const QString file = cli.path(str("backup.db"));
    REQUIRE(cli.run({ str("backup"), str("--to"), file }).exitCode == 0);
    const QByteArray original = cli.dump();

    CliRunner laptop;
    const CliResult r = laptop.run({ str("restore"), file });
    CHECK(r.exitCode == 0);
    CHECK(laptop.dump() == original);
    CHECK(laptop.run({ str("search"), str("дніпро") }).lines().size() == 1);
}

TEST_CASE("backup refuses to overwrite a file and changes nothing", "[cli][backup]")
{
    CliRunner cli;
    cli.init();
    cli.add(str("contact"), { str("last_name=Nowak") });

    SECTION("a file that exists")
    {
        const QString file = cli.path(str("taken.db"));
        writeFile(file, "keep me");
        expectRefused(cli, { str("backup"), str("--to"), file }, 1,
            { str("%1: the file already exists; choose a new name").arg(file) });
        CHECK(readFile(file) == "keep me");
    }
    SECTION("a folder that does not exist")
    {
        const QString file = cli.path(str("nowhere/backup.db"));
        expectRefused(cli, { str("backup"), str("--to"), file }, 1, { file });
        CHECK_FALSE(QFileInfo::exists(file));
    }
    SECTION("no --to is a usage error")
    {
        expectRefused(cli, { str("backup") }, 2, { str("usage: backup --to FILE") });
    }
    SECTION("--to without a file is a usage error")
    {
        expectRefused(cli, { str("backup"), str("--to") }, 2, { str("option --to needs a value") });
    }
}

TEST_CASE("restore refuses a file that is not a Tandem backup and changes nothing", "[cli][backup]")
{
    CliRunner cli;
    cli.init();
    cli.add(str("contact"), { str("last_name=Nowak") });
    const QString file = cli.path(str("contacts.csv"));

    SECTION("a text file")
    {
        writeFile(file, "first_name;last_name\nJonas;Jonaitis\n");
        expectRefused(
            cli, { str("restore"), file }, 1, { str("%1 is not a Tandem database").arg(file) });
        expectRefused(cli, { str("restore"), file, str("--preview") }, 1,
            { str("%1 is not a Tandem database").arg(file) });
    }
    SECTION("an empty file")
    {
        writeFile(file, {});
        expectRefused(cli, { str("restore"), file }, 1,
            { str("%1 is an empty file, not a Tandem backup").arg(file) });
    }
    SECTION("an SQLite database of another program")
    {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), str("other"));
            db.setDatabaseName(file);
            REQUIRE(db.open());
            REQUIRE(QSqlQuery(db).exec(str("CREATE TABLE songs(title TEXT)")));
            db.close();
        }
        QSqlDatabase::removeDatabase(str("other"));
        const QByteArray bytes = readFile(file);
        expectRefused(cli, { str("restore"), file }, 1,
            { str("%1 is an SQLite database of another program").arg(file) });
        CHECK(readFile(file) == bytes);
    }
    SECTION("a backup from a newer version of Tandem")
    {
        const QString newer = cli.path(str("newer.db"));
        REQUIRE(cli.run({ str("backup"), str("--to"), newer }).exitCode == 0);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), str("newer"));
            db.setDatabaseName(newer);
            REQUIRE(db.open());
            REQUIRE(QSqlQuery(db).exec(str("PRAGMA user_version = 999")));
            db.close();
        }
        QSqlDatabase::removeDatabase(str("newer"));
        const QByteArray bytes = readFile(newer);
        expectRefused(cli, { str("restore"), newer }, 1,
            { str("%1 was written by a newer version of Tandem (database version 999")
                    .arg(newer) });
        CHECK(readFile(newer) == bytes);
    }
    SECTION("a file that does not exist")
    {
        expectRefused(cli, { str("restore"), file }, 1,
            { str("There is no Tandem database at %1.").arg(file) });
    }
    SECTION("no file is a usage error")
    {
        expectRefused(cli, { str("restore") }, 2, { str("usage: restore FILE [--preview]") });
    }
}

// Bug: the safety copy is named after the wall-clock second (and ignores TANDEM_NOW). A second
// restore within that second writes its safety copy over the first one, so the data the first
// restore replaced is lost; restoring from the first safety copy then restores nothing.
TEST_CASE("two restores in one second keep both safety copies", "[cli][backup]")
{
    CliRunner cli;
    cli.init();
    cli.add(str("contact"), { str("last_name=Jonaitis") });
    const QString file = cli.path(str("backup.db"));
    REQUIRE(cli.run({ str("backup"), str("--to"), file }).exitCode == 0);
    cli.add(str("contact"), { str("last_name=Nowak") });
    const QByteArray beforeRestores = cli.dump();

    static const QRegularExpression saved(QStringLiteral("saved to (.+)\n$"));
    const auto first = saved.match(cli.run({ str("restore"), file }).text());
    const auto second = saved.match(cli.run({ str("restore"), file }).text());
    REQUIRE(first.hasMatch());
    REQUIRE(second.hasMatch());
    CHECK(first.captured(1) != second.captured(1));

    // The first safety copy still holds what the first restore replaced.
    REQUIRE(cli.run({ str("restore"), first.captured(1) }).exitCode == 0);
    CHECK(cli.dump() == beforeRestores);
}

// Bug: inspecting a backup opens it read-only in WAL mode, which leaves backup.db-wal and
// backup.db-shm beside it (on a USB stick, in a shared folder) although nothing was changed.
TEST_CASE("restore --preview leaves the backup's folder as it was", "[cli][backup]")
{
    CliRunner cli;
    cli.init();
    const QString file = cli.path(str("backup.db"));
    REQUIRE(cli.run({ str("backup"), str("--to"), file }).exitCode == 0);
    CHECK(databaseFiles(file) == QStringList { str("backup.db") });
    const QByteArray bytes = readFile(file);
    REQUIRE(cli.run({ str("restore"), file, str("--preview") }).exitCode == 0);
    CHECK(readFile(file) == bytes);
    CHECK(databaseFiles(file) == QStringList { str("backup.db") });
}

TEST_CASE("an import backs up first; backups lists it and restore --latest goes back to it",
    "[cli][backup]")
{
    CliRunner cli;
    cli.init();
    cli.add(str("contact"), { str("first_name=Ona"), str("last_name=Petraitienė") });
    const QString csv = cli.path(str("people.csv"));
    writeFile(csv, "first_name,last_name\nJonas,Jonaitis\nRasa,Kazlauskienė\n");
    REQUIRE(cli.run({ str("import"), str("csv"), csv }).exitCode == 0);

    const CliResult listed = cli.run({ str("backups"), str("--json") });
    REQUIRE(listed.exitCode == 0);
    const QJsonArray backups = QJsonDocument::fromJson(listed.out).array();
    REQUIRE(backups.size() == 1);
    CHECK(backups.at(0)[str("reason")] == QJsonValue(str("before-import")));
    CHECK(backups.at(0)[str("path")].toString().startsWith(cli.path(str("backups/tandem-"))));

    const CliResult preview = cli.run({ str("restore"), str("--latest"), str("--preview") });
    CHECK(preview.exitCode == 0);
    CHECK(preview.lines().contains(str("  contact: 1")));
    CHECK(cli.run({ str("list"), str("contact") }).lines().size() == 1 + 3); // the header, 3 rows

    const CliResult restore = cli.run({ str("restore"), str("--latest") });
    CHECK(restore.exitCode == 0);
    CHECK(restore.text().contains(str("-before-restore.tandem-backup")));
    const QStringList now = cli.run({ str("list"), str("contact") }).lines();
    CHECK(now.size() == 1 + 1);

    // The retention is this computer's, and refuses nonsense.
    const QByteArray before = cli.dump();
    const CliResult bad = cli.run({ str("backups"), str("--keep"), str("0") });
    CHECK(bad.exitCode == 1);
    CHECK(bad.err.contains(str("At least one backup must be kept (0 given).")));
    CHECK(cli.run({ str("backups"), str("--keep"), str("3"), str("--days"), str("2") })
              .lines()
              .first()
              .endsWith(str("(kept: the newest 3, and the newest of each of the last 2 days):")));
    CHECK(cli.dump() == before);
}

TEST_CASE("an import that runs out of disk space says so and changes nothing", "[cli][backup]")
{
    CliRunner cli;
    cli.init();
    cli.add(str("contact"), { str("first_name=Ona"), str("last_name=Petraitienė") });
    const QString csv = cli.path(str("many.csv"));
    QByteArray rows = "first_name,last_name,email,city\n";
    for (int i = 0; i < 4000; ++i)
        rows += str("Šarūnas,Kazlauskas %1,sarunas%1@example.lt,Kaunas\n").arg(i).toUtf8();
    writeFile(csv, rows);
    const QByteArray before = cli.dump();

    // No file may grow past the database's size plus 64 KiB: the automatic backup (a copy of
    // the database) fits, the import's 4,000 contacts do not. SIGXFSZ is ignored, as a full
    // disk sends no signal either: the write just fails.
    const qint64 limitKiB = QFileInfo(cli.dbPath()).size() / 1024 + 64;
    QProcess p;
    p.setProcessEnvironment(cli.environment());
    p.start(str("/bin/bash"),
        { str("-c"),
            str("trap '' XFSZ; ulimit -f %1; exec \"$0\" --db \"$1\" import csv \"$2\"")
                .arg(limitKiB),
            str(TANDEM_CLI), cli.dbPath(), csv });
    REQUIRE(p.waitForFinished(60000));
    const QString err = QString::fromUtf8(p.readAllStandardError());
    INFO(err.toStdString());
    CHECK(p.exitCode() == 1);
    CHECK((err.contains(str("The disk is full, so the change could not be saved"))
        || err.contains(str("The disk could not be written or read"))));
    CHECK(err.contains(str("nothing was changed")));
    CHECK(cli.dump() == before);
    CHECK(cli.run({ str("check") }).exitCode == 0);
}
