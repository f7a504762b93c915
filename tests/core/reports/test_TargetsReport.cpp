// The targets report on a small fixed team in March 2026: each rep's revenue, new deals and
// activities beside the targets, the totals (reps' targets, or a team's own), the owner and team
// filters and another currency. Figures worked out by hand.
#include "TestDatabase.h"

#include "reports/ReportCatalog.h"

#include "ReportTestSupport.h"

#include <catch2/catch.hpp>

using namespace tandem;
using namespace tandem::test;

namespace {

QString str(const char* text)
{
    return QString::fromUtf8(text);
}

// Team North: Ona, Jonas; team South: Rasa. The tester has nothing and gets no row.
// Targets (EUR):
//   Ona, March: revenue 200000, deals 4, activities 10.
//   Jonas, Q1 quarter: revenue 300000 (March: 100000), activities 30 (March: 10), no deals.
//   North, March: revenue 500000 only.
// In March:
//   Ona: won 150000 EUR (created in February) and 10000 USD; two open deals created → new 2;
//     five calls done.
//   Jonas: won 50000 EUR (created in March) → new 1; two calls done, one not done.
//   Rasa: won 20000 EUR (created in March) → new 1; one call done.
// Expected:
//          rev target  won     %      deals t  new  %     act t  done  %
//   Ona    200000      150000  75     4        2    50    10     5     50
//   Jonas  100000       50000  50     –        1    –     10     2     20
//   Rasa   –            20000  –      –        1    –     –      1     –
//   Total  300000      220000  73.33  4        4    100   20     8     40
//   North  500000      200000  40     4        3    75    20     7     35  (team filter)
struct Fixture {
    std::unique_ptr<TestDatabase> db = TestDatabase::initialised();
    QString north, ona, jonas, rasa;

    Fixture()
    {
        RecordStore& rs = db->records();
        north = create(rs, str("team"), { { str("name"), str("North") } });
        const QString south = create(rs, str("team"), { { str("name"), str("South") } });
        ona = create(rs, str("user"), { { str("name"), str("Ona") }, { str("team_id"), north } });
        jonas
            = create(rs, str("user"), { { str("name"), str("Jonas") }, { str("team_id"), north } });
        rasa = create(rs, str("user"), { { str("name"), str("Rasa") }, { str("team_id"), south } });

        target(ona, {}, "month",
            { { str("revenue"), 200000 }, { str("deals"), 4 }, { str("activities"), 10 } });
        create(rs, str("target"),
            { { str("user_id"), jonas }, { str("period_start"), str("2026-01-01") },
                { str("period"), str("quarter") }, { str("revenue"), 300000 },
                { str("currency"), str("EUR") }, { str("activities"), 30 } });
        target({}, north, "month", { { str("revenue"), 500000 } });

        deal(ona, "2026-02-20T10:00:00.000Z", 150000, "EUR", "2026-03-10T10:00:00.000Z");
        deal(ona, "2026-02-20T10:00:00.000Z", 10000, "USD", "2026-03-11T10:00:00.000Z");
        deal(ona, "2026-03-02T10:00:00.000Z", 5000, "EUR", nullptr);
        deal(ona, "2026-03-03T10:00:00.000Z", 5000, "EUR", nullptr);
        deal(jonas, "2026-03-04T10:00:00.000Z", 50000, "EUR", "2026-03-20T10:00:00.000Z");
        deal(rasa, "2026-03-05T10:00:00.000Z", 20000, "EUR", "2026-03-21T10:00:00.000Z");
        for (int i = 0; i < 5; ++i)
            call(ona, true);
        call(jonas, true);
        call(jonas, true);
        call(jonas, false);
        call(rasa, true);
    }

    void target(const QString& user, const QString& team, const char* period, QVariantMap v)
    {
        v.insert(str("period_start"), str("2026-03-01"));
        v.insert(str("period"), str(period));
        v.insert(str("currency"), str("EUR"));
        v.insert(user.isEmpty() ? str("team_id") : str("user_id"), user.isEmpty() ? team : user);
        create(db->records(), str("target"), v);
    }

    void deal(const QString& owner, const char* created, qint64 amount, const char* currency,
        const char* wonAt)
    {
        db->clock().set(QDateTime::fromString(str(created), Qt::ISODateWithMs));
        QVariantMap v { { str("title"), str("Deal") }, { str("owner_id"), owner },
            { str("amount"), amount }, { str("currency"), str(currency) },
            { str("status"), str(wonAt ? "won" : "open") } };
        if (wonAt)
            v.insert(str("won_at"), str(wonAt));
        create(db->records(), str("deal"), v);
    }

    void call(const QString& owner, bool done)
    {
        QVariantMap v { { str("kind"), str("call") }, { str("subject"), str("Call") },
            { str("owner_id"), owner }, { str("done"), done } };
        if (done)
            v.insert(str("done_at"), str("2026-03-12T10:00:00.000Z"));
        create(db->records(), str("activity"), v);
    }

    ReportTable run(
        const QString& owner = {}, const QString& team = {}, const QString& currency = {})
    {
        ReportParams p;
        p.from = QDate(2026, 3, 1);
        p.to = QDate(2026, 3, 31);
        p.today = QDate(2026, 4, 10);
        p.ownerId = owner;
        p.teamId = team;
        p.currency = currency;
        auto t = Reports::run(db->session(), str("targets"), p);
        if (!t)
            FAIL(t.error().toString().toStdString());
        return *t;
    }
};

} // namespace

TEST_CASE(
    "Targets per rep: revenue, new deals and activities beside their targets", "[reports][targets]")
{
    Fixture f;
    const ReportTable t = f.run();
    CHECK(t.currency == str("EUR"));
    CHECK(keys(t) == QStringList { f.jonas, f.ona, f.rasa, str("total") });

    CHECK(value(t, f.ona, str("rep")) == str("Ona"));
    CHECK(value(t, f.ona, str("revenue_target")) == 200000);
    CHECK(value(t, f.ona, str("revenue_won")) == 150000);
    CHECK(value(t, f.ona, str("revenue_pct")).toDouble() == Approx(75.0));
    CHECK(value(t, f.ona, str("deals_target")) == 4);
    CHECK(value(t, f.ona, str("deals_new")) == 2);
    CHECK(value(t, f.ona, str("deals_pct")).toDouble() == Approx(50.0));
    CHECK(value(t, f.ona, str("activities_target")) == 10);
    CHECK(value(t, f.ona, str("activities_done")) == 5);
    CHECK(value(t, f.ona, str("activities_pct")).toDouble() == Approx(50.0));

    CHECK(value(t, f.jonas, str("revenue_target")) == 100000);
    CHECK(value(t, f.jonas, str("revenue_won")) == 50000);
    CHECK(value(t, f.jonas, str("revenue_pct")).toDouble() == Approx(50.0));
    CHECK(value(t, f.jonas, str("deals_target")).isNull());
    CHECK(value(t, f.jonas, str("deals_new")) == 1);
    CHECK(value(t, f.jonas, str("deals_pct")).isNull());
    CHECK(value(t, f.jonas, str("activities_target")) == 10);
    CHECK(value(t, f.jonas, str("activities_done")) == 2);
    CHECK(value(t, f.jonas, str("activities_pct")).toDouble() == Approx(20.0));

    CHECK(value(t, f.rasa, str("revenue_target")).isNull());
    CHECK(value(t, f.rasa, str("revenue_won")) == 20000);
    CHECK(value(t, f.rasa, str("revenue_pct")).isNull());
    CHECK(value(t, f.rasa, str("activities_done")) == 1);

    CHECK(value(t, str("total"), str("rep")) == str("Total"));
    CHECK(value(t, str("total"), str("revenue_target")) == 300000);
    CHECK(value(t, str("total"), str("revenue_won")) == 220000);
    CHECK(value(t, str("total"), str("revenue_pct")).toDouble() == Approx(220000.0 / 3000.0));
    CHECK(value(t, str("total"), str("deals_target")) == 4);
    CHECK(value(t, str("total"), str("deals_new")) == 4);
    CHECK(value(t, str("total"), str("deals_pct")).toDouble() == Approx(100.0));
    CHECK(value(t, str("total"), str("activities_target")) == 20);
    CHECK(value(t, str("total"), str("activities_done")) == 8);
    CHECK(value(t, str("total"), str("activities_pct")).toDouble() == Approx(40.0));
    CHECK(t.notes.first().contains(str("1 deal(s) won in other currencies")));
    // The rep's name drills to the rep.
    CHECK(drillIds(t, f.ona, str("rep")) == QStringList { f.ona });
}

TEST_CASE("Targets for a team are measured against its own target; a rep alone; in dollars",
    "[reports][targets]")
{
    Fixture f;
    const ReportTable north = f.run({}, f.north);
    CHECK(keys(north) == QStringList { f.jonas, f.ona, str("total") });
    CHECK(value(north, str("total"), str("revenue_target")) == 500000);
    CHECK(value(north, str("total"), str("revenue_won")) == 200000);
    CHECK(value(north, str("total"), str("revenue_pct")).toDouble() == Approx(40.0));
    CHECK(value(north, str("total"), str("deals_target")) == 4);
    CHECK(value(north, str("total"), str("deals_new")) == 3);
    CHECK(value(north, str("total"), str("activities_target")) == 20);
    CHECK(value(north, str("total"), str("activities_done")) == 7);
    CHECK(value(north, str("total"), str("activities_pct")).toDouble() == Approx(35.0));

    const ReportTable rasa = f.run(f.rasa);
    CHECK(keys(rasa) == QStringList { f.rasa, str("total") });
    CHECK(value(rasa, str("total"), str("revenue_won")) == 20000);
    CHECK(value(rasa, str("total"), str("revenue_target")).isNull());

    // In dollars: only Ona's dollar deal counts, and no target is in dollars.
    const ReportTable usd = f.run({}, {}, str("USD"));
    CHECK(usd.currency == str("USD"));
    CHECK(value(usd, f.ona, str("revenue_won")) == 10000);
    CHECK(value(usd, f.ona, str("revenue_target")).isNull());
    CHECK(value(usd, str("total"), str("revenue_won")) == 10000);
    CHECK(usd.notes.first().contains(str("3 deal(s) won in other currencies")));
}
