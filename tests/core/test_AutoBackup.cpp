// Automatic backups: taken before imports and syncs, not repeated while nothing changed, rotated
// by the retention setting; no backup means no import. A full disk mid-import changes nothing.
#include "TestDatabase.h"

#include "services/AddressBookFiles.h"
#include "store/AutoBackup.h"
#include "store/Backup.h"
#include "store/CanonicalDump.h"
#include "store/FileSystemKind.h"
#include "store/Integrity.h"
#include "store/Transaction.h"

#include <QDir>
#include <QFile>
#include <catch2/catch.hpp>

using namespace tandem;
using tandem::test::create;
using tandem::test::TestDatabase;

namespace {

QString str(const char* s)
{
    return QString::fromUtf8(s);
}

QDateTime at(int day, int hour)
{
    return QDateTime(QDate(2026, 6, day), QTime(hour, 0), Qt::UTC);
}

QString writeContactsCsv(const QString& dir, int rows)
{
    const QString path = dir + str("/people.csv");
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("first_name,last_name,email\n");
    for (int i = 0; i < rows; ++i)
        f.write(str("Šarūnas,Kazlauskas %1,sarunas%1@example.lt\n").arg(i).toUtf8());
    return path;
}

Result<ImportReport> importCsv(Session& session, const QString& path)
{
    ImportRequest request;
    request.path = path;
    request.format = ExchangeFormat::Csv;
    return AddressBookFiles::importFile(session, request);
}

qint64 contacts(TestDatabase& db)
{
    return *db.records().count(str("contact"));
}

} // namespace

TEST_CASE("Rotation keeps the newest backups and the newest of each recent day", "[backup]")
{
    // Three backups a day (at 09, 13 and 17 h) on each of the last ten days, newest first.
    QList<BackupEntry> entries;
    for (int day = 20; day >= 11; --day) {
        for (int hour : { 17, 13, 9 })
            entries << BackupEntry { str("%1-%2").arg(day).arg(hour), at(day, hour), str("start") };
    }
    const QDateTime now = at(20, 18);
    const auto removed = AutoBackup::toRemove(entries, { 10, 7 }, now);
    // Kept: the ten newest (all of 20–18 June, 17 h of the 17th) and the newest of 16, 15 and
    // 14 June; everything of 11–13 June goes.
    CHECK(removed.size() == 17);
    QStringList names;
    for (const BackupEntry& e : removed)
        names << e.path;
    CHECK_FALSE(names.contains(str("17-17")));
    CHECK(names.contains(str("17-13")));
    CHECK_FALSE(names.contains(str("14-17")));
    CHECK(names.contains(str("14-13")));
    CHECK(names.contains(str("13-17")));
    CHECK(names.contains(str("11-9")));

    // No days: the newest `keep` alone.
    CHECK(AutoBackup::toRemove(entries, { 3, 0 }, now).size() == 27);
}

TEST_CASE("An import is preceded by a backup holding the data as it was", "[backup]")
{
    auto db = TestDatabase::initialised();
    create(db->records(), str("contact"), { { str("first_name"), str("Ona") } });
    auto report = importCsv(db->session(), writeContactsCsv(db->dir(), 2));
    REQUIRE(report.ok());
    REQUIRE(report->applied);
    CHECK(contacts(*db) == 3);

    const auto backups = AutoBackup::list(db->session().database());
    REQUIRE(backups.size() == 1);
    CHECK(backups.first().reason == str("before-import"));
    CHECK(QFileInfo(backups.first().path).absolutePath() == db->dir() + str("/backups"));
    auto info = inspectBackup(backups.first().path);
    REQUIRE(info.ok());
    CHECK(info->counts.value(str("contact")) == 1);

    // A dry run writes nothing, so it takes no backup either.
    ImportRequest dry;
    dry.path = writeContactsCsv(db->dir(), 5);
    dry.options.dryRun = true;
    REQUIRE(AddressBookFiles::importFile(db->session(), dry).ok());
    CHECK(AutoBackup::list(db->session().database()).size() == 1);
}

TEST_CASE(
    "No second copy while nothing changed; the retention applies as backups are taken", "[backup]")
{
    auto db = TestDatabase::initialised();
    Database& d = db->session().database();
    auto first = AutoBackup::take(d, BackupReason::Start, at(15, 9));
    REQUIRE(first.ok());
    auto again = AutoBackup::take(d, BackupReason::Daily, at(16, 9));
    REQUIRE(again.ok());
    CHECK(*again == *first);
    CHECK(AutoBackup::list(d).size() == 1);
    CHECK(AutoBackup::dailyDue(d, at(16, 9)));
    CHECK_FALSE(AutoBackup::dailyDue(d, at(16, 8)));

    REQUIRE(AutoBackup::setRetention(d, { 2, 0 }));
    for (int hour = 10; hour < 14; ++hour) {
        create(db->records(), str("contact"), { { str("first_name"), str("P%1").arg(hour) } });
        REQUIRE(AutoBackup::take(d, BackupReason::Start, at(16, hour)).ok());
    }
    const auto kept = AutoBackup::list(d);
    REQUIRE(kept.size() == 2);
    CHECK(kept.at(0).taken == at(16, 13));
    CHECK(kept.at(1).taken == at(16, 12));
    CHECK(inspectBackup(kept.at(0).path)->counts.value(str("contact")) == 4);

    // Two in the same second keep both.
    create(db->records(), str("contact"), { { str("first_name"), str("Rasa") } });
    auto same = AutoBackup::take(d, BackupReason::BeforeSync, at(16, 13));
    REQUIRE(same.ok());
    CHECK(same->endsWith(str("-20260616-130000-before-sync.tandem-backup")));
    CHECK(AutoBackup::list(d).first().path == *same);

    CHECK_FALSE(AutoBackup::setRetention(d, { 0, 7 }).ok());
    CHECK(AutoBackup::retention(d).keep == 2);
}

TEST_CASE("An import that cannot be backed up first is refused and changes nothing", "[backup]")
{
    auto db = TestDatabase::initialised();
    create(db->records(), str("contact"), { { str("first_name"), str("Ona") } });
    // The chosen backup folder lies under a plain file: it cannot be made.
    QFile blocker(db->dir() + str("/not-a-folder"));
    REQUIRE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    REQUIRE(db->session().database().setMeta(str("backup_folder"), blocker.fileName() + str("/b")));
    const QByteArray before = canonicalDump(db->records());

    auto report = importCsv(db->session(), writeContactsCsv(db->dir(), 3));
    REQUIRE_FALSE(report.ok());
    CHECK(report.error().message.startsWith(
        str("No backup could be written first, so nothing was imported: The backup folder ")));
    CHECK(canonicalDump(db->records()) == before);
}

TEST_CASE("A disk that fills up during an import leaves the database as it was", "[backup]")
{
    auto db = TestDatabase::initialised();
    create(db->records(), str("contact"), { { str("first_name"), str("Ona") } });
    const QString csv = writeContactsCsv(db->dir(), 3000);
    Database& d = db->session().database();
    const QByteArray before = canonicalDump(db->records());
    // The disk is full a few pages on: SQLite answers as it does to a full disk (SQLITE_FULL).
    const qint64 pages = d.scalar(str("PRAGMA page_count")).toLongLong();
    REQUIRE(d.exec(str("PRAGMA max_page_count = %1").arg(pages + 4)));

    auto report = importCsv(db->session(), csv);
    const QString message = report.ok()
        ? (report->errors.isEmpty() ? QString() : report->errors.first().message)
        : report.error().message;
    INFO(message.toStdString());
    CHECK_FALSE((report.ok() && report->applied));
    CHECK(message.contains(str("The disk is full, so the change could not be saved")));
    CHECK(canonicalDump(db->records()) == before);
    CHECK(checkIntegrity(d, db->records(), db->session().search()).isEmpty());

    // With room again, the same file imports.
    REQUIRE(d.exec(str("PRAGMA max_page_count = 1073741823")));
    auto again = importCsv(db->session(), csv);
    REQUIRE(again.ok());
    CHECK(again->applied);
    CHECK(contacts(*db) == 3001);
}

TEST_CASE("A database on a network share is recognised and the warning says what to do", "[backup]")
{
    CHECK(networkFileSystemOfType(0x6969) == str("NFS"));
    CHECK(networkFileSystemOfType(0xFE534D42) == str("SMB"));
    CHECK(networkFileSystemOfType(0xFF534D42) == str("SMB"));
    CHECK(networkFileSystemOfType(0xEF53).isEmpty()); // ext4
    CHECK(networkFileSystemOfType(0x01021994).isEmpty()); // tmpfs
    TestDatabase db;
    CHECK(networkFileSystem(db.path()).isEmpty());
    CHECK(networkFileSystem(db.dir() + str("/not-yet.db")).isEmpty());
    const QString warning = networkShareWarning(str("/mnt/office/tandem.db"), str("SMB"));
    CHECK(warning.startsWith(str("/mnt/office/tandem.db is on a network share (SMB).")));
    CHECK(warning.contains(str("Copy the database to this computer")));
}

TEST_CASE("A backup cut short is never listed, and its leftovers are cleared later", "[backup]")
{
    auto db = TestDatabase::initialised();
    Database& d = db->session().database();
    const QString dir = AutoBackup::folder(d);
    REQUIRE(QDir().mkpath(dir));
    // What a process killed in the middle of a copy leaves: a piece, under its temporary name.
    QFile piece(dir + str("/db-20260613-090000-start.tandem-backup.part"));
    REQUIRE(piece.open(QIODevice::WriteOnly));
    piece.write(QByteArray(8192, 'x'));
    piece.flush(); // or closing would write, and stamp it now
    REQUIRE(piece.setFileTime(at(13, 9).toLocalTime(), QFileDevice::FileModificationTime));
    piece.close();
    CHECK(AutoBackup::list(d).isEmpty());
    CHECK_FALSE(AutoBackup::latestGood(d));

    auto taken = AutoBackup::take(d, BackupReason::Start, at(15, 9));
    REQUIRE(taken.ok());
    CHECK(AutoBackup::list(d).size() == 1);
    CHECK_FALSE(QFile::exists(piece.fileName()));
    CHECK_FALSE(QFile::exists(*taken + str(".part")));
    CHECK(AutoBackup::latestGood(d)->path == *taken);
}

TEST_CASE("A backup taken inside a transaction holds the last committed state", "[backup]")
{
    // An import made one step of Edit › Undo runs inside the step's transaction.
    auto db = TestDatabase::initialised();
    create(db->records(), str("contact"), { { str("first_name"), str("Ona") } });
    Database& d = db->session().database();
    Transaction tx(d);
    REQUIRE(tx.isOpen());
    create(db->records(), str("contact"), { { str("first_name"), str("Jonas") } });
    auto taken = AutoBackup::take(d, BackupReason::BeforeImport, at(15, 9));
    REQUIRE(taken.ok());
    CHECK(inspectBackup(*taken)->counts.value(str("contact")) == 1);
    REQUIRE(tx.commit());
    CHECK(contacts(*db) == 2);
}

TEST_CASE("A write to a read-only database says so and changes nothing", "[backup]")
{
    // As root (CI) file permissions do not stop a write; SQLite's query_only answers every write
    // as a read-only file does (SQLITE_READONLY).
    auto db = TestDatabase::initialised();
    create(db->records(), str("contact"), { { str("first_name"), str("Ona") } });
    const QByteArray before = canonicalDump(db->records());
    REQUIRE(db->session().database().exec(str("PRAGMA query_only = 1")));
    auto id = db->records().create(str("contact"), { { str("first_name"), str("Jonas") } });
    REQUIRE_FALSE(id.ok());
    CHECK(id.error().message.startsWith(
        str("The database file or its folder is read-only, so nothing was changed.")));
    REQUIRE(db->session().database().exec(str("PRAGMA query_only = 0")));
    CHECK(canonicalDump(db->records()) == before);
}
