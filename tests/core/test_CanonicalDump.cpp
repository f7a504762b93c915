// dump --canonical: the same data prints the same bytes, whatever the history behind it.
#include "TestDatabase.h"

#include "store/Backup.h"
#include "store/CanonicalDump.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <catch2/catch.hpp>

using namespace tandem;
using tandem::test::create;
using tandem::test::TestDatabase;

TEST_CASE("Two databases with the same data dump the same bytes", "[dump]")
{
    auto a = TestDatabase::initialised();
    const QString company = create(a->records(), QStringLiteral("company"),
        { { QStringLiteral("name"), QStringLiteral("SC Carpați SRL") } });
    const QString deal = create(a->records(), QStringLiteral("deal"),
        { { QStringLiteral("title"), QStringLiteral("Brașov depot") },
            { QStringLiteral("company_id"), company },
            { QStringLiteral("currency"), QStringLiteral("RON") },
            { QStringLiteral("amount"), QStringLiteral("48000") } });
    const QString copy = a->dir() + QStringLiteral("/copy.db");
    REQUIRE(backupDatabase(a->session().database(), copy));

    // A different history to the same data: edit, then edit back; create and delete.
    REQUIRE(a->records().update(
        QStringLiteral("deal"), deal, { { QStringLiteral("amount"), QStringLiteral("50000") } }));
    REQUIRE(a->records().update(QStringLiteral("deal"), deal,
        { { QStringLiteral("amount"), QStringLiteral("48000.00") } }));
    const QString temp = create(a->records(), QStringLiteral("contact"),
        { { QStringLiteral("last_name"), QStringLiteral("Ionescu") } });
    REQUIRE(a->records().remove(QStringLiteral("contact"), temp));

    FixedClock clock(QDateTime(QDate(2026, 7, 1), QTime(12, 0), Qt::UTC));
    auto b = Session::open(copy, clock);
    REQUIRE(b.ok());
    const QByteArray dumpA = canonicalDump(a->records());
    const QByteArray dumpB = canonicalDump((*b)->records());
    CHECK(dumpA == dumpB);
    CHECK(dumpA == canonicalDump(a->records())); // stable when repeated
    CHECK_FALSE(dumpA.contains("Ionescu")); // tombstones are not live data

    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(dumpA, &err);
    REQUIRE(err.error == QJsonParseError::NoError);
    CHECK(doc.object().keys().contains(QStringLiteral("deal")));
    CHECK(dumpA.contains("\"amount\":\"48000.00\""));
}

TEST_CASE("A changed field changes the dump", "[dump]")
{
    auto a = TestDatabase::initialised();
    const QString company = create(a->records(), QStringLiteral("company"),
        { { QStringLiteral("name"), QStringLiteral("ТОВ Дніпро") } });
    const QByteArray before = canonicalDump(a->records());
    REQUIRE(a->records().update(QStringLiteral("company"), company,
        { { QStringLiteral("city"), QStringLiteral("Київ") } }));
    const QByteArray after = canonicalDump(a->records());
    CHECK(before != after);
    CHECK(after.contains("Київ"));
}
