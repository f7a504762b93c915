// Logging an activity through ActivityLog: a call on a new lead marks it contacted, and a call on
// a colleague's deal or company tells the owner once, with a warning for the one who logged it.
#include "TestDatabase.h"

#include "services/ActivityLog.h"
#include "services/Notifications.h"
#include "store/CanonicalDump.h"
#include "util/StoredTime.h"

#include <catch2/catch.hpp>

using namespace tandem;
using tandem::test::create;
using tandem::test::TestDatabase;

TEST_CASE(
    "A call logged on a colleague's customer is logged, and the owner is told once", "[activities]")
{
    auto db = TestDatabase::initialised();
    RecordStore& rs = db->records();
    const QString jonas = create(rs, QStringLiteral("user"),
        { { QStringLiteral("name"), QStringLiteral("Jonas Petraitis") },
            { QStringLiteral("active"), true } });
    const QString company = create(rs, QStringLiteral("company"),
        { { QStringLiteral("name"), QStringLiteral("UAB Medis") },
            { QStringLiteral("owner_id"), jonas } });
    const QString deal = create(rs, QStringLiteral("deal"),
        { { QStringLiteral("title"), QStringLiteral("Terrace") },
            { QStringLiteral("company_id"), company }, { QStringLiteral("owner_id"), jonas } });

    auto logged = ActivityLog::create(db->session(), QStringLiteral("activity"),
        { { QStringLiteral("kind"), QStringLiteral("call") },
            { QStringLiteral("subject"), QStringLiteral("Asked about the terrace") },
            { QStringLiteral("deal_id"), deal }, { QStringLiteral("company_id"), company } });
    REQUIRE(logged.ok());
    CHECK(rs.get(QStringLiteral("activity"), logged->id).has_value());
    // The deal and the company have the same owner: one warning, one notification.
    REQUIRE(logged->warnings.size() == 1);
    CHECK(logged->warnings.first().startsWith(QStringLiteral("Jonas Petraitis owns Terrace.")));
    const QList<Record> told = Notifications::forUser(db->session(), jonas);
    REQUIRE(told.size() == 1);
    CHECK(told.first().text(QStringLiteral("kind")) == QStringLiteral("ownership"));

    // A second call on the same deal: still logged, not told again.
    auto again = ActivityLog::create(db->session(), QStringLiteral("activity"),
        { { QStringLiteral("kind"), QStringLiteral("call") },
            { QStringLiteral("deal_id"), deal } });
    REQUIRE(again.ok());
    CHECK(Notifications::forUser(db->session(), jonas, true).size() == 1);
}

TEST_CASE("A call, meeting or e-mail on a new lead marks it contacted; a note does not",
    "[activities][leads]")
{
    auto db = TestDatabase::initialised();
    RecordStore& rs = db->records();
    const QString lead = create(rs, QStringLiteral("lead"),
        { { QStringLiteral("title"), QStringLiteral("Shelving for a shop") },
            { QStringLiteral("status"), QStringLiteral("new") } });
    auto status
        = [&] { return rs.get(QStringLiteral("lead"), lead)->text(QStringLiteral("status")); };

    REQUIRE(ActivityLog::create(db->session(), QStringLiteral("activity"),
        { { QStringLiteral("kind"), QStringLiteral("note") },
            { QStringLiteral("lead_id"), lead } }));
    CHECK(status() == QStringLiteral("new"));
    REQUIRE(ActivityLog::create(db->session(), QStringLiteral("activity"),
        { { QStringLiteral("kind"), QStringLiteral("email") },
            { QStringLiteral("lead_id"), lead } }));
    CHECK(status() == QStringLiteral("contacted"));
}

TEST_CASE("An activity the store refuses changes nothing, the lead included", "[activities]")
{
    auto db = TestDatabase::initialised();
    RecordStore& rs = db->records();
    const QString lead = create(rs, QStringLiteral("lead"),
        { { QStringLiteral("title"), QStringLiteral("Shelving for a shop") },
            { QStringLiteral("status"), QStringLiteral("new") } });
    const QByteArray before = canonicalDump(rs);
    auto refused = ActivityLog::create(db->session(), QStringLiteral("activity"),
        { { QStringLiteral("kind"), QStringLiteral("call") }, { QStringLiteral("lead_id"), lead },
            { QStringLiteral("starts_at"), QStringLiteral("yesterday-ish") } });
    CHECK_FALSE(refused.ok());
    CHECK(canonicalDump(rs) == before);
}

TEST_CASE(
    "An activity logged as done without a time is done now; a given time is kept", "[activities]")
{
    auto db = TestDatabase::initialised();
    RecordStore& rs = db->records();
    // The test clock ticks a millisecond a reading: "now" to the second.
    const QString now = StoredTime::format(db->session().clock().nowUtc()).left(19);

    auto done = ActivityLog::create(db->session(), QStringLiteral("activity"),
        { { QStringLiteral("kind"), QStringLiteral("call") }, { QStringLiteral("done"), true } });
    REQUIRE(done.ok());
    CHECK(rs.get(QStringLiteral("activity"), done->id)->text(QStringLiteral("done_at")).left(19)
        == now);

    auto typed = ActivityLog::create(db->session(), QStringLiteral("activity"),
        { { QStringLiteral("kind"), QStringLiteral("call") },
            { QStringLiteral("done"), QStringLiteral("true") },
            { QStringLiteral("done_at"), QStringLiteral("2026-03-02T08:00:00.000Z") } });
    REQUIRE(typed.ok());
    CHECK(rs.get(QStringLiteral("activity"), typed->id)->text(QStringLiteral("done_at"))
        == QStringLiteral("2026-03-02T08:00:00.000Z"));

    auto planned = ActivityLog::create(db->session(), QStringLiteral("activity"),
        { { QStringLiteral("kind"), QStringLiteral("meeting") } });
    REQUIRE(planned.ok());
    CHECK(
        rs.get(QStringLiteral("activity"), planned->id)->text(QStringLiteral("done_at")).isEmpty());
}
