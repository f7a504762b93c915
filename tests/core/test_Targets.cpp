// Revenue, deal and activity targets: set month by month for reps and teams (created, updated,
// cleared, all or nothing), listed for a period with quarter targets, and read by the forecast.
#include "TestDatabase.h"

#include "reports/ReportCatalog.h"
#include "services/Targets.h"
#include "store/Session.h"

#include <catch2/catch.hpp>

using namespace tandem;
using tandem::test::create;
using tandem::test::TestDatabase;

namespace {

const QDate kMarch(2026, 3, 1);

qint64 liveTargets(RecordStore& rs)
{
    auto n = rs.count("target");
    REQUIRE(n.ok());
    return *n;
}

const Target* find(const QList<Target>& list, const QString& userId, const QString& teamId)
{
    for (const Target& t : list) {
        if (t.userId == userId && t.teamId == teamId)
            return &t;
    }
    return nullptr;
}

} // namespace

TEST_CASE("Month targets are set for reps and teams, then updated", "[targets]")
{
    auto db = TestDatabase::initialised();
    Session& s = db->session();
    RecordStore& rs = db->records();
    const QString north = create(rs, "team", { { "name", "North" } });
    const QString ona = create(rs, "user", { { "name", "Ona" }, { "team_id", north } });

    TargetValues rep { ona, {}, 1250050, {}, 4, 60 };
    TargetValues team { {}, north, 5000000, {}, std::nullopt, 200 };
    // Any day of the month names the month.
    REQUIRE(Targets::setMonth(s, QDate(2026, 3, 17), { rep, team }).ok());
    auto march = Targets::monthTargets(s, kMarch);
    REQUIRE(march.ok());
    REQUIRE(march->size() == 2);
    const Target* onaTarget = find(*march, ona, {});
    REQUIRE(onaTarget);
    CHECK(onaTarget->periodStart == kMarch);
    CHECK(onaTarget->period == "month");
    CHECK(onaTarget->revenue == 1250050);
    CHECK(onaTarget->currency == "EUR"); // the team's currency
    CHECK(onaTarget->deals == 4);
    CHECK(onaTarget->activities == 60);
    const Target* teamTarget = find(*march, {}, north);
    REQUIRE(teamTarget);
    CHECK(teamTarget->revenue == 5000000);
    CHECK_FALSE(teamTarget->deals.has_value());
    const QString onaId = onaTarget->id;

    // Setting again updates the same record; a figure left out is cleared.
    rep.revenue = 1300000;
    rep.activities.reset();
    REQUIRE(Targets::setMonth(s, kMarch, { rep }).ok());
    march = Targets::monthTargets(s, kMarch);
    REQUIRE(march.ok());
    REQUIRE(march->size() == 2);
    onaTarget = find(*march, ona, {});
    REQUIRE(onaTarget);
    CHECK(onaTarget->id == onaId);
    CHECK(onaTarget->revenue == 1300000);
    CHECK(onaTarget->deals == 4);
    CHECK_FALSE(onaTarget->activities.has_value());
    // Written through the write path: the change is in the record's history.
    CHECK(rs.history("target", onaId).size() >= 2);

    // A month without targets has none; clearing every figure removes the target.
    auto april = Targets::monthTargets(s, QDate(2026, 4, 1));
    REQUIRE(april.ok());
    CHECK(april->isEmpty());
    REQUIRE(Targets::setMonth(s, kMarch, { TargetValues { ona, {}, {}, {}, {}, {} } }).ok());
    march = Targets::monthTargets(s, kMarch);
    REQUIRE(march.ok());
    CHECK(march->size() == 1);
    CHECK(liveTargets(rs) == 1);

    // A revenue target in another currency keeps it.
    REQUIRE(Targets::setMonth(s, kMarch, { TargetValues { ona, {}, 900000, "pln", {}, {} } }).ok());
    march = Targets::monthTargets(s, kMarch);
    REQUIRE(march.ok());
    REQUIRE(find(*march, ona, {}));
    CHECK(find(*march, ona, {})->currency == "PLN");
}

TEST_CASE("A save with a wrong target writes nothing", "[targets]")
{
    auto db = TestDatabase::initialised();
    Session& s = db->session();
    RecordStore& rs = db->records();
    const QString ona = create(rs, "user", { { "name", "Ona" } });
    const QString jonas = create(rs, "user", { { "name", "Jonas" } });

    auto negative = Targets::setMonth(s, kMarch,
        { TargetValues { ona, {}, 100000, {}, {}, {} },
            TargetValues { jonas, {}, 100000, {}, -1, {} } });
    REQUIRE_FALSE(negative.ok());
    CHECK(negative.error().field == "deals");
    CHECK(liveTargets(rs) == 0); // Ona's, made first, was rolled back

    auto nobody = Targets::setMonth(s, kMarch, { TargetValues { {}, {}, 100000, {}, {}, {} } });
    REQUIRE_FALSE(nobody.ok());
    CHECK(nobody.error().field == "user_id");
    CHECK(liveTargets(rs) == 0);
}

TEST_CASE("Two copies of a month target are folded into one", "[targets]")
{
    auto db = TestDatabase::initialised();
    Session& s = db->session();
    RecordStore& rs = db->records();
    const QString ona = create(rs, "user", { { "name", "Ona" } });
    // As if made on two laptops and synced.
    const QString first = create(rs, "target",
        { { "user_id", ona }, { "period_start", "2026-03-01" }, { "period", "month" },
            { "revenue", 100000 } });
    create(rs, "target",
        { { "user_id", ona }, { "period_start", "2026-03-01" }, { "period", "month" },
            { "revenue", 200000 } });
    REQUIRE(Targets::setMonth(s, kMarch, { TargetValues { ona, {}, 150000, {}, {}, {} } }).ok());
    auto march = Targets::monthTargets(s, kMarch);
    REQUIRE(march.ok());
    REQUIRE(march->size() == 1);
    CHECK(march->first().id == first);
    CHECK(march->first().revenue == 150000);
}

TEST_CASE("Targets listed for a period include the quarters and years covering it", "[targets]")
{
    auto db = TestDatabase::initialised();
    Session& s = db->session();
    RecordStore& rs = db->records();
    const QString ona = create(rs, "user", { { "name", "Ona" } });
    auto target = [&](const char* start, const char* period) {
        return create(rs, "target",
            { { "user_id", ona }, { "period_start", start }, { "period", period },
                { "revenue", 300000 } });
    };
    const QString q1 = target("2026-01-01", "quarter"); // January to March
    const QString march = target("2026-03-01", "month");
    target("2025-12-01", "quarter"); // December to February: ends before March
    target("2026-04-01", "month"); // after
    const QString year = target("2025-04-01", "year"); // April 2025 to March 2026

    auto listed = Targets::list(s, kMarch, QDate(2026, 3, 31));
    REQUIRE(listed.ok());
    QStringList ids;
    for (const Target& t : *listed)
        ids << t.id;
    // By period start.
    CHECK(ids == QStringList { year, q1, march });
    auto months = Targets::monthTargets(s, kMarch);
    REQUIRE(months.ok());
    REQUIRE(months->size() == 1);
    CHECK(months->first().id == march);
}

TEST_CASE("The forecast measures against the targets set here", "[targets][reports]")
{
    auto db = TestDatabase::initialised();
    Session& s = db->session();
    RecordStore& rs = db->records();
    const QString ona = create(rs, "user", { { "name", "Ona" } });
    const QString jonas = create(rs, "user", { { "name", "Jonas" } });
    REQUIRE(Targets::setMonth(s, kMarch,
        { TargetValues { ona, {}, 1000000, {}, {}, {} },
            TargetValues { jonas, {}, 500000, {}, {}, {} } })
                .ok());
    // Jonas also has a year target from January: 1200001 / 12 = 100000, the first month 100001.
    create(rs, "target",
        { { "user_id", jonas }, { "period_start", "2026-01-01" }, { "period", "year" },
            { "revenue", 1200001 } });
    ReportParams p;
    p.from = kMarch;
    p.to = QDate(2026, 3, 31);
    auto t = Reports::run(s, "forecast", p);
    REQUIRE(t.ok());
    const int target = t->column("target");
    // 1000000 + 500000 + 100000 (March is not the year's first month).
    CHECK(t->rows.first().cells.at(target).value.toLongLong() == 1600000);
}

TEST_CASE("Quarter targets are set apart from the month targets of their months", "[targets]")
{
    auto db = TestDatabase::initialised();
    Session& s = db->session();
    RecordStore& rs = db->records();
    const QString ona = create(rs, "user", { { "name", "Ona" } });

    REQUIRE(Targets::setMonth(s, QDate(2026, 4, 1), { TargetValues { ona, {}, 100000, {}, 2, 30 } })
                .ok());
    // Any day of the quarter names it: 10 May is in the second quarter.
    REQUIRE(Targets::setPeriod(
        s, QDate(2026, 5, 10), "quarter", { TargetValues { ona, {}, 900000, {}, 9, std::nullopt } })
                .ok());
    CHECK(liveTargets(rs) == 2);
    auto quarter = Targets::periodTargets(s, QDate(2026, 6, 30), "quarter");
    REQUIRE(quarter.ok());
    REQUIRE(quarter->size() == 1);
    CHECK(quarter->first().periodStart == QDate(2026, 4, 1));
    CHECK(quarter->first().period == "quarter");
    CHECK(quarter->first().revenue == 900000);
    CHECK_FALSE(quarter->first().activities.has_value());
    // April's month target is April's alone; the quarter's is not among them.
    auto april = Targets::monthTargets(s, QDate(2026, 4, 1));
    REQUIRE(april.ok());
    REQUIRE(april->size() == 1);
    CHECK(april->first().revenue == 100000);

    // Setting the quarter again changes the same record.
    REQUIRE(Targets::setPeriod(
        s, QDate(2026, 4, 1), "quarter", { TargetValues { ona, {}, 950000, {}, 9, std::nullopt } })
                .ok());
    CHECK(liveTargets(rs) == 2);
    CHECK(Targets::periodTargets(s, QDate(2026, 4, 1), "quarter")->first().revenue == 950000);

    auto refused = Targets::setPeriod(
        s, QDate(2026, 4, 1), "week", { TargetValues { ona, {}, 1, {}, 1, 1 } });
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message
        == QString::fromUtf8("“week” is not a period for targets: month, quarter or year"));
    CHECK(liveTargets(rs) == 2);
}
