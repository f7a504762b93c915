// Target progress on a small fixed team: deals won on the period's edges, one in another currency,
// a removed one, activities done and not done, month targets beside a quarter target spread over
// its months, a team's own target beside its members'. Every figure is worked out by hand below.
#include "TestDatabase.h"

#include "services/TargetProgress.h"
#include "store/Session.h"

#include <catch2/catch.hpp>

using namespace tandem;
using tandem::test::create;
using tandem::test::TestDatabase;

namespace {

const QDate kMarch(2026, 3, 1);
const QDate kMarchEnd(2026, 3, 31);
const QDate kQ1(2026, 1, 1);

QDateTime at(const char* iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs);
}

// Team North: Ona and Jonas; team South: Rasa. The period of most checks is March 2026 or Q1.
//
// Targets (EUR unless said):
//   Ona, March month target: revenue 300000, deals 4, activities 20.
//   Ona, Q1 quarter target: revenue 1000000, deals 10, activities 50. Spread: revenue
//     333333 r1 → Jan 333334, Feb 333333, Mar 333333; deals 3 r1 → Jan 4, Feb 3, Mar 3;
//     activities 16 r2 → Jan 18, Feb 16, Mar 16. March has its own month target, which wins.
//   Jonas, March month target: revenue 200000, deals 2, no activities figure.
//   Jonas, February month target: revenue 150000 PLN (another currency).
//   North, March month target: revenue 600000 only.
//   Rasa, March: revenue 999999 (another team).
//
// Deals (created_at by the clock; won_at as given):
//   Ona  W1 won 2026-03-01T00:00:00.000 100000 EUR, created Feb 10      → won Mar, new Q1
//   Ona  W2 won 2026-03-31T23:59:59.999  50000 EUR, created Mar 5       → won Mar, new Mar
//   Ona  W3 won 2026-04-01T00:00:00.000  70000 EUR, created Mar 20      → not won, new Mar
//   Ona  W4 won 2026-03-15               40000 PLN, created 2025-12-20  → other currency
//   Ona  W5 won 2026-03-10               99999 EUR, created Mar 10, removed → nothing
//   Ona  O1 open, created Jan 15                                         → new Q1
//   Jonas W6 won 2026-02-28T23:59:59.999 25000 EUR, created Jan 31      → won Q1, new Q1
//   Jonas W7 won 2026-03-20              80000 EUR, created 2025-11-01  → won Mar
//   Jonas O2 open, created 2026-03-31T23:59:59                           → new Mar
//   Jonas O3 open, created 2026-04-01T00:00:00                           → nothing
//   Rasa W8 won 2026-03-05              500000 EUR                       → not North's
//
// Activities (their start; a task's done_at):
//   Ona: call Mar 1 00:00:00.000 ✓, meeting Mar 31 23:59:59.999 ✓, task Feb 10 ✓ (Q1 only),
//     e-mail in March not done ✗, call Apr 1 00:00 ✗, a note marked done Mar 3 ✗, a removed
//     call done Mar 5 ✗.
//   Jonas: e-mail Mar 10 ✓, a meeting marked done without a done_at, starting Mar 12 ✓ (by its
//     start), call 2025-12-31T23:59:59.999 ✗.
struct Fixture {
    std::unique_ptr<TestDatabase> db = TestDatabase::initialised();
    QString north, south, ona, jonas, rasa;

    Fixture()
    {
        RecordStore& rs = db->records();
        north = create(rs, "team", { { "name", "North" } });
        south = create(rs, "team", { { "name", "South" } });
        ona = create(rs, "user", { { "name", "Ona" }, { "team_id", north } });
        jonas = create(rs, "user", { { "name", "Jonas" }, { "team_id", north } });
        rasa = create(rs, "user", { { "name", "Rasa" }, { "team_id", south } });

        target(ona, {}, "2026-03-01", "month", 300000, 4, 20);
        target(ona, {}, "2026-01-01", "quarter", 1000000, 10, 50);
        target(jonas, {}, "2026-03-01", "month", 200000, 2, {});
        target(jonas, {}, "2026-02-01", "month", 150000, {}, {}, "PLN");
        target({}, north, "2026-03-01", "month", 600000, {}, {});
        target(rasa, {}, "2026-03-01", "month", 999999, {}, {});

        deal(ona, "W1", "2026-02-10T09:00:00.000Z", 100000, "EUR", "2026-03-01T00:00:00.000Z");
        deal(ona, "W2", "2026-03-05T09:00:00.000Z", 50000, "EUR", "2026-03-31T23:59:59.999Z");
        deal(ona, "W3", "2026-03-20T09:00:00.000Z", 70000, "EUR", "2026-04-01T00:00:00.000Z");
        deal(ona, "W4", "2025-12-20T09:00:00.000Z", 40000, "PLN", "2026-03-15T12:00:00.000Z");
        const QString w5
            = deal(ona, "W5", "2026-03-10T09:00:00.000Z", 99999, "EUR", "2026-03-10T12:00:00.000Z");
        REQUIRE(rs.remove("deal", w5).ok());
        deal(ona, "O1", "2026-01-15T09:00:00.000Z", 10000, "EUR", nullptr);
        deal(jonas, "W6", "2026-01-31T23:00:00.000Z", 25000, "EUR", "2026-02-28T23:59:59.999Z");
        deal(jonas, "W7", "2025-11-01T09:00:00.000Z", 80000, "EUR", "2026-03-20T12:00:00.000Z");
        deal(jonas, "O2", "2026-03-31T23:59:59.000Z", 10000, "EUR", nullptr);
        deal(jonas, "O3", "2026-04-01T00:00:00.000Z", 10000, "EUR", nullptr);
        deal(rasa, "W8", "2026-03-01T09:00:00.000Z", 500000, "EUR", "2026-03-05T12:00:00.000Z");

        activity(ona, "call", true, "2026-03-01T00:00:00.000Z");
        activity(ona, "meeting", true, "2026-03-31T23:59:59.999Z");
        activity(ona, "task", true, "2026-02-10T10:00:00.000Z");
        activity(ona, "email", false, nullptr);
        activity(ona, "call", true, "2026-04-01T00:00:00.000Z");
        activity(ona, "note", true, "2026-03-03T10:00:00.000Z");
        REQUIRE(
            rs.remove("activity", activity(ona, "call", true, "2026-03-05T10:00:00.000Z")).ok());
        activity(jonas, "email", true, "2026-03-10T10:00:00.000Z");
        activity(jonas, "meeting", true, nullptr); // done, no done_at: by its start, Mar 12
        activity(jonas, "call", true, "2025-12-31T23:59:59.999Z");
    }

    void target(const QString& user, const QString& team, const char* start, const char* period,
        std::optional<qint64> revenue, std::optional<qint64> deals,
        std::optional<qint64> activities, const char* currency = "EUR")
    {
        QVariantMap v { { "period_start", QString::fromLatin1(start) },
            { "period", QString::fromLatin1(period) },
            { "currency", QString::fromLatin1(currency) } };
        if (!user.isEmpty())
            v.insert("user_id", user);
        if (!team.isEmpty())
            v.insert("team_id", team);
        if (revenue)
            v.insert("revenue", *revenue);
        if (deals)
            v.insert("deals", *deals);
        if (activities)
            v.insert("activities", *activities);
        create(db->records(), "target", v);
    }

    QString deal(const QString& owner, const char* title, const char* created, qint64 amount,
        const char* currency, const char* wonAt)
    {
        db->clock().set(at(created));
        QVariantMap v { { "title", QString::fromLatin1(title) }, { "owner_id", owner },
            { "amount", amount }, { "currency", QString::fromLatin1(currency) },
            { "status", QString::fromLatin1(wonAt ? "won" : "open") } };
        if (wonAt)
            v.insert("won_at", QString::fromLatin1(wonAt));
        return create(db->records(), "deal", v);
    }

    // An activity at `at` as the team activity report times it: a call, meeting or e-mail by its
    // start (marked done then too), a task by when it was marked done. Without `at`: started on
    // 12 March, no done_at.
    QString activity(const QString& owner, const char* kind, bool done, const char* at)
    {
        const QString when = QString::fromLatin1(at ? at : "2026-03-12T10:00:00.000Z");
        QVariantMap v { { "kind", QString::fromLatin1(kind) },
            { "subject", QString::fromLatin1(kind) }, { "owner_id", owner }, { "done", done } };
        if (qstrcmp(kind, "task") != 0)
            v.insert("starts_at", when);
        if (at)
            v.insert("done_at", when);
        return create(db->records(), "activity", v);
    }
};

} // namespace

TEST_CASE("A rep's month: the month target, wins on both edges, other currencies apart",
    "[targets][progress]")
{
    Fixture f;
    auto ona = TargetProgress::ofUser(f.db->session(), f.ona, kMarch, kMarchEnd);
    REQUIRE(ona.ok());
    CHECK(ona->userId == f.ona);
    CHECK(ona->teamId.isEmpty());
    CHECK(ona->name == "Ona");
    CHECK(ona->from == kMarch);
    CHECK(ona->to == kMarchEnd);
    CHECK(ona->currency == "EUR");
    CHECK(ona->revenueTarget == 300000); // the month target, not the quarter's 333333
    CHECK(ona->revenueWon == 150000); // W1 + W2
    CHECK(ona->wonInOtherCurrencies == 1); // W4
    CHECK(ona->dealsTarget == 4);
    CHECK(ona->newDeals == 2); // W2, W3
    CHECK(ona->activitiesTarget == 20);
    CHECK(ona->activitiesDone == 2); // the call and the meeting

    auto jonas = TargetProgress::ofUser(f.db->session(), f.jonas, kMarch, kMarchEnd);
    REQUIRE(jonas.ok());
    CHECK(jonas->revenueTarget == 200000);
    CHECK(jonas->revenueWon == 80000); // W7
    CHECK(jonas->wonInOtherCurrencies == 0);
    CHECK(jonas->dealsTarget == 2);
    CHECK(jonas->newDeals == 1); // O2
    CHECK_FALSE(jonas->activitiesTarget.has_value());
    CHECK(jonas->activitiesDone == 2); // the e-mail and the meeting
}

TEST_CASE("A rep's quarter: month targets where there are, the quarter's shares elsewhere",
    "[targets][progress]")
{
    Fixture f;
    auto ona = TargetProgress::ofUser(f.db->session(), f.ona, kQ1, kMarchEnd);
    REQUIRE(ona.ok());
    CHECK(ona->revenueTarget == 966667); // 333334 + 333333 + 300000
    CHECK(ona->revenueWon == 150000); // W1 + W2 (W3 is April's)
    CHECK(ona->wonInOtherCurrencies == 1);
    CHECK(ona->dealsTarget == 11); // 4 + 3 + 4
    CHECK(ona->newDeals == 4); // O1, W1, W2, W3
    CHECK(ona->activitiesTarget == 54); // 18 + 16 + 20
    CHECK(ona->activitiesDone == 3); // + the task in February

    // Jonas: February's target is in PLN, so EUR counts March's only. One target in each
    // currency: the team's currency is chosen.
    auto jonas = TargetProgress::ofUser(f.db->session(), f.jonas, kQ1, kMarchEnd);
    REQUIRE(jonas.ok());
    CHECK(jonas->currency == "EUR");
    CHECK(jonas->revenueTarget == 200000);
    CHECK(jonas->revenueWon == 105000); // W6 + W7
    CHECK(jonas->dealsTarget == 2);
    CHECK(jonas->newDeals == 2); // W6, O2
    CHECK_FALSE(jonas->activitiesTarget.has_value());
    CHECK(jonas->activitiesDone == 2);

    // Asked in PLN: February's target, and his EUR wins counted apart.
    auto inPln = TargetProgress::ofUser(f.db->session(), f.jonas, kQ1, kMarchEnd, "pln");
    REQUIRE(inPln.ok());
    CHECK(inPln->currency == "PLN");
    CHECK(inPln->revenueTarget == 150000);
    CHECK(inPln->revenueWon == 0);
    CHECK(inPln->wonInOtherCurrencies == 2);

    // A quarter target alone: February is a third of it.
    auto feb
        = TargetProgress::ofUser(f.db->session(), f.ona, QDate(2026, 2, 1), QDate(2026, 2, 28));
    REQUIRE(feb.ok());
    CHECK(feb->revenueTarget == 333333);
    CHECK(feb->dealsTarget == 3);
    CHECK(feb->activitiesTarget == 16);
    // No target at all in April: absent, not zero.
    auto april
        = TargetProgress::ofUser(f.db->session(), f.ona, QDate(2026, 4, 1), QDate(2026, 4, 30));
    REQUIRE(april.ok());
    CHECK_FALSE(april->revenueTarget.has_value());
    CHECK_FALSE(april->dealsTarget.has_value());
    CHECK(april->revenueWon == 70000); // W3
    CHECK(april->activitiesDone == 1);
}

TEST_CASE("A team: its own target where it has one, else its members'; their figures together",
    "[targets][progress]")
{
    Fixture f;
    auto march = TargetProgress::ofTeam(f.db->session(), f.north, kMarch, kMarchEnd);
    REQUIRE(march.ok());
    CHECK(march->teamId == f.north);
    CHECK(march->userId.isEmpty());
    CHECK(march->name == "North");
    CHECK(march->currency == "EUR");
    CHECK(march->revenueTarget == 600000); // its own, not 300000 + 200000
    CHECK(march->revenueWon == 230000); // Ona 150000 + Jonas 80000 (not Rasa's W8)
    CHECK(march->wonInOtherCurrencies == 1);
    CHECK(march->dealsTarget == 6); // no own figure: Ona 4 + Jonas 2
    CHECK(march->newDeals == 3);
    CHECK(march->activitiesTarget == 20); // Ona 20; Jonas has none
    CHECK(march->activitiesDone == 4);

    auto quarter = TargetProgress::ofTeam(f.db->session(), f.north, kQ1, kMarchEnd);
    REQUIRE(quarter.ok());
    // January: Ona's 333334; February: Ona's 333333 (Jonas's is PLN); March: the team's 600000.
    CHECK(quarter->revenueTarget == 1266667);
    CHECK(quarter->revenueWon == 255000); // 150000 + 105000
    CHECK(quarter->dealsTarget == 13); // 4 + 3 + (4 + 2)
    CHECK(quarter->newDeals == 6);
    CHECK(quarter->activitiesTarget == 54); // 18 + 16 + 20
    CHECK(quarter->activitiesDone == 5);

    CHECK_FALSE(TargetProgress::ofTeam(f.db->session(), "no-such-team", kMarch, kMarchEnd).ok());
    CHECK_FALSE(TargetProgress::ofUser(f.db->session(), f.ona, kMarchEnd, kMarch).ok());
}

TEST_CASE("A team's members by name, and the reps with anything in a period", "[targets][progress]")
{
    Fixture f;
    auto rows = TargetProgress::ofMembers(f.db->session(), f.north, kMarch, kMarchEnd);
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 2);
    CHECK(rows->at(0).name == "Jonas");
    CHECK(rows->at(0).revenueWon == 80000);
    CHECK(rows->at(1).name == "Ona");
    CHECK(rows->at(1).revenueTarget == 300000);

    auto reps = TargetProgress::repsInPeriod(f.db->session(), kMarch, kMarchEnd);
    REQUIRE(reps.ok());
    // The tester has nothing in March.
    CHECK(*reps == QStringList { f.jonas, f.ona, f.rasa });
    auto north = TargetProgress::repsInPeriod(f.db->session(), kMarch, kMarchEnd, f.north);
    REQUIRE(north.ok());
    CHECK(*north == QStringList { f.jonas, f.ona });

    CHECK(TargetProgress::monthOf(QDate(2026, 3, 17)) == kMarch);
    CHECK(TargetProgress::quarterOf(QDate(2026, 3, 17)) == kQ1);
    CHECK(TargetProgress::quarterOf(QDate(2026, 12, 31)) == QDate(2026, 10, 1));
}
