// Backups: written online, looked at without changing them, restored with a safety copy first.
#include "TestDatabase.h"

#include "store/Backup.h"
#include "store/Integrity.h"

#include <QFile>
#include <catch2/catch.hpp>

using namespace tandem;
using tandem::test::create;
using tandem::test::TestDatabase;

TEST_CASE("A backup can be inspected and restored", "[backup]")
{
    auto db = TestDatabase::initialised();
    RecordStore& rs = db->records();
    const QString ona = create(
        rs, QStringLiteral("contact"), { { QStringLiteral("first_name"), QStringLiteral("Ona") } });
    create(rs, QStringLiteral("contact"),
        { { QStringLiteral("first_name"), QStringLiteral("Jonas") } });
    const QString backup = db->dir() + QStringLiteral("/monday.bak");
    REQUIRE(backupDatabase(db->session().database(), backup));

    auto info = inspectBackup(backup);
    REQUIRE(info.ok());
    CHECK(info->counts.value(QStringLiteral("contact")) == 2);
    CHECK(info->companyName == QStringLiteral("Test Co"));
    CHECK(info->schemaVersion == Database::latestVersion());

    REQUIRE(rs.remove(QStringLiteral("contact"), ona));
    create(rs, QStringLiteral("contact"),
        { { QStringLiteral("first_name"), QStringLiteral("Petras") } });

    auto safety = restoreDatabase(db->session().database(), backup);
    REQUIRE(safety.ok());
    CHECK(QFile::exists(*safety));
    db->reopen();
    CHECK(db->records().get(QStringLiteral("contact"), ona));
    CHECK(*db->records().count(QStringLiteral("contact")) == 2);
    CHECK(db->session().search().search(QStringLiteral("petras")).isEmpty());
    CHECK(
        checkIntegrity(db->session().database(), db->records(), db->session().search()).isEmpty());

    auto before = inspectBackup(*safety); // the state just before the restore was kept
    REQUIRE(before.ok());
    CHECK(before->counts.value(QStringLiteral("contact")) == 2);
}

TEST_CASE("Restoring something that is not a backup changes nothing", "[backup]")
{
    auto db = TestDatabase::initialised();
    create(db->records(), QStringLiteral("contact"),
        { { QStringLiteral("first_name"), QStringLiteral("Ona") } });
    const QString junk = db->dir() + QStringLiteral("/junk.bak");
    QFile f(junk);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("this is a shopping list, not a database");
    f.close();
    auto r = restoreDatabase(db->session().database(), junk);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message.contains(QStringLiteral("not a Tandem database")));
    CHECK(*db->records().count(QStringLiteral("contact")) == 1);
}

TEST_CASE("The integrity check notices a stale search index", "[backup][check]")
{
    auto db = TestDatabase::initialised();
    create(db->records(), QStringLiteral("contact"),
        { { QStringLiteral("first_name"), QStringLiteral("Ona") } });
    Session& s = db->session();
    CHECK(checkIntegrity(s.database(), s.records(), s.search()).isEmpty());
    REQUIRE(s.search().clear());
    const QStringList problems = checkIntegrity(s.database(), s.records(), s.search());
    REQUIRE(problems.size() == 1);
    CHECK(problems.first().contains(QStringLiteral("search index")));
    REQUIRE(s.records().reindexAll());
    CHECK(checkIntegrity(s.database(), s.records(), s.search()).isEmpty());
}
