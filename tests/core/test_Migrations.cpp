// Opening files: new, older (migrated after a backup), newer, damaged or foreign ones.
#include "TestDatabase.h"

#include "store/Database.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace tandem;

namespace {

QByteArray fileHash(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

} // namespace

TEST_CASE("A new database is created at the latest schema version in WAL mode", "[migrations]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.db"));
    auto db = Database::open(path);
    REQUIRE(db.ok());
    CHECK((*db)->schemaVersion() == Database::latestVersion());
    QSqlQuery q((*db)->connection());
    REQUIRE(q.exec(QStringLiteral("PRAGMA journal_mode")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("wal"));
    REQUIRE(q.exec(QStringLiteral("PRAGMA foreign_keys")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 1);
    CHECK((*db)->migrationBackupPath().isEmpty()); // nothing to back up in a new file
}

TEST_CASE(
    "Every page of a list in its default order is read from an index, not sorted", "[migrations]")
{
    // The orders RecordStore::list uses when the user has not picked a column: with 100,000
    // contacts a sort per page costs over a second, an index a few milliseconds (tandem_bench).
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("plans.db")));
    REQUIRE(db.ok());
    const QStringList orders {
        QStringLiteral("\"contact\" WHERE deleted = 0 ORDER BY \"first_name\" COLLATE NOCASE, "
                       "\"last_name\" COLLATE NOCASE, id"),
        QStringLiteral("\"company\" WHERE deleted = 0 ORDER BY \"name\" COLLATE NOCASE, id"),
        QStringLiteral("\"lead\" WHERE deleted = 0 ORDER BY \"title\" COLLATE NOCASE, id"),
        QStringLiteral("\"deal\" WHERE deleted = 0 ORDER BY \"expected_close\", id"),
        QStringLiteral("\"activity\" WHERE deleted = 0 ORDER BY \"starts_at\" DESC, id"),
    };
    for (const QString& order : orders) {
        QSqlQuery q((*db)->connection());
        REQUIRE(q.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT * FROM %1 LIMIT 200 OFFSET 99800")
                           .arg(order)));
        QStringList plan;
        while (q.next())
            plan << q.value(3).toString();
        INFO(order.toStdString() << " → " << plan.join(QStringLiteral(" | ")).toStdString());
        CHECK(plan.join(QLatin1Char(' ')).contains(QStringLiteral("USING INDEX")));
        CHECK_FALSE(plan.join(QLatin1Char(' ')).contains(QStringLiteral("TEMP B-TREE")));
    }
}

TEST_CASE("The reports read their periods and each customer's latest contact from indexes",
    "[migrations]")
{
    // With 500,000 activities the dormant-customer report looks up the latest call, meeting or
    // e-mail of thousands of companies, their people and deals: from the index alone, not the
    // activity rows. The period reports find the deals won or lost, and the leads registered, in
    // the period without reading every deal or lead.
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("plans.db")));
    REQUIRE(db.ok());
    const QString latest = QStringLiteral(
        "SELECT max(starts_at) FROM activity WHERE %1 = 'x' AND deleted = 0 "
        "AND kind IN ('call', 'meeting', 'email') AND (done = 1 OR starts_at <= '2026-03')");
    const QList<QPair<QString, QString>> expected {
        { latest.arg(QStringLiteral("company_id")),
            QStringLiteral("COVERING INDEX activity_company_start (company_id=? AND deleted=?)") },
        { latest.arg(QStringLiteral("contact_id")),
            QStringLiteral("COVERING INDEX activity_contact_start (contact_id=? AND deleted=?)") },
        { latest.arg(QStringLiteral("deal_id")),
            QStringLiteral("COVERING INDEX activity_deal_start (deal_id=? AND deleted=?)") },
        { QStringLiteral("SELECT count(*) FROM deal WHERE deleted = 0 AND status = 'won' "
                         "AND won_at >= '2026-03' AND won_at < '2026-04'"),
            QStringLiteral("INDEX deal_won_at (status=? AND won_at>? AND won_at<?)") },
        { QStringLiteral("SELECT count(*) FROM deal WHERE deleted = 0 AND status = 'lost' "
                         "AND lost_at >= '2026-03' AND lost_at < '2026-04'"),
            QStringLiteral("INDEX deal_lost_at (status=? AND lost_at>? AND lost_at<?)") },
        { QStringLiteral("SELECT count(*) FROM lead WHERE deleted = 0 AND created_at >= '2026-03' "
                         "AND created_at < '2026-04'"),
            QStringLiteral("INDEX lead_created_at (created_at>? AND created_at<?)") },
    };
    for (const auto& [sql, index] : expected) {
        QSqlQuery q((*db)->connection());
        REQUIRE(q.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + sql));
        QStringList plan;
        while (q.next())
            plan << q.value(3).toString();
        INFO(sql.toStdString() << " → " << plan.join(QStringLiteral(" | ")).toStdString());
        CHECK(plan.join(QLatin1Char(' ')).contains(index));
    }
}

TEST_CASE("An older database is backed up, then migrated, keeping its data", "[migrations]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.db"));
    {
        OpenOptions v1;
        v1.targetVersion = 1;
        auto db = Database::open(path, v1);
        REQUIRE(db.ok());
        REQUIRE((*db)->schemaVersion() == 1);
        REQUIRE(
            (*db)->exec(QStringLiteral("INSERT INTO company(id, name) VALUES('c1', 'UAB Senas')")));
    }
    auto db = Database::open(path);
    REQUIRE(db.ok());
    CHECK((*db)->schemaVersion() == Database::latestVersion());
    const QString backup = (*db)->migrationBackupPath();
    REQUIRE_FALSE(backup.isEmpty());
    CHECK(QFile::exists(backup));

    QSqlQuery q((*db)->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT name FROM company WHERE id = 'c1'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("UAB Senas"));
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM conflict"))); // a version 2 table

    OpenOptions look;
    look.readOnly = true;
    auto old = Database::open(backup, look);
    REQUIRE(old.ok());
    CHECK((*old)->schemaVersion() == 1); // the backup holds the file as it was before
}

TEST_CASE("A database from a newer Tandem is refused and left untouched", "[migrations]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("newer.db"));
    {
        auto db = Database::open(path);
        REQUIRE(db.ok());
        REQUIRE((*db)->exec(QStringLiteral("PRAGMA user_version = 99")));
        REQUIRE((*db)->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        REQUIRE((*db)->exec(QStringLiteral("PRAGMA journal_mode=DELETE")));
    }
    const QByteArray before = fileHash(path);
    auto db = Database::open(path);
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().message.contains(QStringLiteral("newer version of Tandem")));
    CHECK(db.error().message.contains(QStringLiteral("99")));
    CHECK(fileHash(path) == before);
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal")));
}

TEST_CASE("Damaged, foreign and missing files are refused with a clear message", "[migrations]")
{
    QTemporaryDir dir;

    SECTION("a text file")
    {
        const QString path = dir.filePath(QStringLiteral("notes.txt"));
        writeFile(path, "Customers to call: Jonas, Ona\n");
        const QByteArray before = fileHash(path);
        auto db = Database::open(path);
        REQUIRE_FALSE(db.ok());
        CHECK(db.error().message.contains(QStringLiteral("is not a Tandem database")));
        CHECK(db.error().file == path);
        CHECK(fileHash(path) == before);
    }
    SECTION("an SQLite header followed by garbage")
    {
        const QString path = dir.filePath(QStringLiteral("broken.db"));
        QByteArray bytes("SQLite format 3\0", 16);
        bytes += QByteArray(4096, '\xAB');
        writeFile(path, bytes);
        const QByteArray before = fileHash(path);
        auto db = Database::open(path);
        REQUIRE_FALSE(db.ok());
        CHECK(db.error().message.contains(QStringLiteral("damaged")));
        CHECK(fileHash(path) == before);
    }
    SECTION("another program's SQLite database")
    {
        const QString path = dir.filePath(QStringLiteral("other.db"));
        {
            QSqlDatabase other
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            other.setDatabaseName(path);
            REQUIRE(other.open());
            QSqlQuery(other).exec(QStringLiteral("CREATE TABLE songs(title TEXT)"));
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        auto db = Database::open(path);
        REQUIRE_FALSE(db.ok());
        CHECK(db.error().message.contains(QStringLiteral("another program")));
    }
    SECTION("a file in a folder that does not exist")
    {
        auto db = Database::open(dir.filePath(QStringLiteral("no/such/folder/x.db")));
        REQUIRE_FALSE(db.ok());
        CHECK(db.error().message.contains(QStringLiteral("does not exist")));
    }
    SECTION("a missing file when creation is not wanted")
    {
        OpenOptions o;
        o.createIfMissing = false;
        const QString path = dir.filePath(QStringLiteral("absent.db"));
        auto db = Database::open(path, o);
        REQUIRE_FALSE(db.ok());
        CHECK_FALSE(QFile::exists(path));
    }
}

TEST_CASE("A deal's stage history is carried into its stage entries and kept by every change",
    "[migrations]")
{
    // The funnel and sales-cycle reports read deal_stage_entry instead of digging the stage moves
    // out of the change log; what a version 7 file already holds must be there after the update,
    // and every change logged later (made here or merged from a colleague) must land in it.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.db"));
    const QString log = QStringLiteral(
        "INSERT OR IGNORE INTO change_log(hlc, site_id, entity, record_id, op, field, value) "
        "VALUES(%1, '%2', '%3', '%4', '%5', %6, '%7')");
    auto add = [&](Database& db, qint64 hlc, const char* site, const char* entity,
                   const char* record, const char* op, const char* field, const QString& value) {
        REQUIRE(db.exec(log.arg(hlc).arg(QLatin1String(site), QLatin1String(entity),
            QLatin1String(record), QLatin1String(op),
            field ? QStringLiteral("'%1'").arg(QLatin1String(field)) : QStringLiteral("NULL"),
            value)));
    };
    {
        OpenOptions v7;
        v7.targetVersion = 7;
        auto db = Database::open(path, v7);
        REQUIRE(db.ok());
        Database& d = **db;
        add(d, 100, "A", "deal", "d1", "create", nullptr,
            QStringLiteral(R"({"stage_id":"s1","stage_entered_at":"2026-01-05T09:00:00.000Z",)"
                           R"("created_at":"2026-01-10T09:00:00.000Z"})"));
        add(d, 200, "A", "deal", "d1", "set", "stage_id", QStringLiteral("s2"));
        add(d, 200, "A", "deal", "d1", "set", "stage_entered_at",
            QStringLiteral("2026-02-01T08:00:00.000Z"));
        add(d, 300, "A", "deal", "d1", "set", "title", QStringLiteral("Bigger order"));
        add(d, 100, "A", "deal", "d2", "create", nullptr,
            QStringLiteral(R"({"stage_id":"s1","created_at":"2026-03-01T10:00:00.000Z"})"));
        add(d, 400, "A", "lead", "l1", "set", "stage_id", QStringLiteral("s9"));
    }
    auto db = Database::open(path);
    REQUIRE(db.ok());
    Database& d = **db;
    auto entries = [&] {
        QSqlQuery q(d.connection());
        REQUIRE(q.exec(QStringLiteral(
            "SELECT deal_id || ' ' || hlc || site_id || ' ' || coalesce(stage_id, '-') || ' ' "
            "|| coalesce(entered_at, '-') FROM deal_stage_entry ORDER BY deal_id, hlc, site_id")));
        QStringList out;
        while (q.next())
            out << q.value(0).toString();
        return out;
    };
    CHECK(entries()
        == QStringList { QStringLiteral("d1 100A s1 2026-01-05T09:00:00.000Z"),
            QStringLiteral("d1 200A s2 2026-02-01T08:00:00.000Z"),
            QStringLiteral("d2 100A s1 2026-03-01T10:00:00.000Z") });

    // Later changes: a colleague's move arriving with its time first, a move with no time (the
    // reports date it by the change's clock), a change already known (ignored) and other fields.
    add(d, 500, "B", "deal", "d2", "set", "stage_entered_at",
        QStringLiteral("2026-03-15T12:00:00.000Z"));
    add(d, 500, "B", "deal", "d2", "set", "stage_id", QStringLiteral("s3"));
    add(d, 600, "A", "deal", "d2", "set", "stage_id", QStringLiteral("s4"));
    add(d, 600, "A", "deal", "d2", "set", "stage_id", QStringLiteral("s5"));
    add(d, 700, "A", "deal", "d2", "set", "amount", QStringLiteral("100"));
    CHECK(entries()
        == QStringList { QStringLiteral("d1 100A s1 2026-01-05T09:00:00.000Z"),
            QStringLiteral("d1 200A s2 2026-02-01T08:00:00.000Z"),
            QStringLiteral("d2 100A s1 2026-03-01T10:00:00.000Z"),
            QStringLiteral("d2 500B s3 2026-03-15T12:00:00.000Z"),
            QStringLiteral("d2 600A s4 -") });
}
