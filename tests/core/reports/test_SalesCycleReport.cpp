// The sales cycle report on deals moved stage by stage with the clock moved between moves (so the
// stage history in the change log is the real one), with the days worked out by hand: stays that
// ended in the period, one moved back, one starting before it, open deals past their stall limit,
// and the days from deal and lead to win.
#include "TestDatabase.h"

#include "reports/ReportCatalog.h"
#include "services/DealFlow.h"
#include "services/Workspace.h"
#include "store/Session.h"

#include "ReportTestSupport.h"
#include <QTimeZone>

#include <catch2/catch.hpp>

using namespace tandem;
using namespace tandem::test;
using tandem::test::create;
using tandem::test::TestDatabase;

namespace {

const double kMargin = 1e-4; // days (8.6 s): the test clock moves 1 ms on every reading

QDateTime utc(const char* iso)
{
    QDateTime t = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs);
    t.setTimeZone(QTimeZone::utc());
    return t;
}

struct Cycle {
    std::unique_ptr<TestDatabase> db;
    QString rasa, renewals, leadH;
    QHash<QString, QString> stage; // name → id (default pipeline)
    QString a, b, c, e, f, g, h, i;

    Session& session() { return db->session(); }
    void at(const char* iso) { db->clock().set(utc(iso)); }
    QString deal(const char* iso, const QString& title, const QVariantMap& more = {})
    {
        at(iso);
        QVariantMap v = more;
        v.insert("title", title);
        auto id = DealFlow::create(session(), v);
        REQUIRE(id);
        return *id;
    }
    void move(const char* iso, const QString& deal, const char* stageName)
    {
        at(iso);
        REQUIRE(DealFlow::move(session(), deal, stage.value(QString::fromUtf8(stageName))));
    }
    void win(const char* iso, const QString& deal)
    {
        at(iso);
        REQUIRE(DealFlow::win(session(), deal));
    }
    void lose(const char* iso, const QString& deal, const char* reason)
    {
        at(iso);
        REQUIRE(DealFlow::lose(session(), deal, QString::fromUtf8(reason)));
    }
};

// Times UTC, 10:00 unless said. Stall limits: Introduction 14 days, Qualification 21, Proposal
// 21, Negotiation 30, Contract 14.
//   A  1 Mar Introduction → 4 Mar Qualification → 11 Mar Proposal → won 21 Mar
//   B 25 Feb Introduction → 2 Mar Qualification → 12 Mar Proposal → 15 Mar back to
//     Qualification → lost 20 Mar
//   C 20 Mar Introduction, open
//   E  1 Feb Introduction → 10 Feb Qualification, open
//   F 30 Mar Introduction → lost 1 Apr 00:00 (the instant after March)
//   G (Rasa's) 27 Feb 00:00 Introduction → 1 Mar 00:00 Qualification (March's first instant), open
//   H  6 Mar Introduction (from lead LH, registered 15 Feb) → won 25 Mar
//   I  made on 10 Mar as an import in Introduction since 10 Jan → won 15 Mar
Cycle cycle()
{
    Cycle t;
    t.db = TestDatabase::initialised();
    RecordStore& rs = t.db->records();
    ListQuery q;
    q.where << qMakePair(
        QStringLiteral("pipeline_id"), QVariant(Workspace::defaultPipelineId(t.session())));
    auto stages = rs.list("stage", q);
    REQUIRE(stages);
    for (const Record& s : *stages)
        t.stage.insert(s.text("name"), s.id);
    t.rasa = create(rs, "user", { { "name", "Rasa" } });
    t.renewals = create(rs, "pipeline", { { "name", "Renewals" }, { "position", 1 } });
    create(rs, "stage",
        { { "pipeline_id", t.renewals }, { "name", "Renewal offer" }, { "position", 0 },
            { "kind", "open" }, { "stall_days", 7 } });

    t.e = t.deal("2026-02-01T10:00:00.000Z", "E");
    t.move("2026-02-10T10:00:00.000Z", t.e, "Qualification");
    t.at("2026-02-15T10:00:00.000Z");
    t.leadH = create(rs, "lead", { { "title", "LH" }, { "status", "new" } });
    t.b = t.deal("2026-02-25T10:00:00.000Z", "B");
    t.g = t.deal("2026-02-27T00:00:00.000Z", "G", { { "owner_id", t.rasa } });
    t.move("2026-03-01T00:00:00.000Z", t.g, "Qualification");
    t.a = t.deal("2026-03-01T10:00:00.000Z", "A");
    t.move("2026-03-02T10:00:00.000Z", t.b, "Qualification");
    t.move("2026-03-04T10:00:00.000Z", t.a, "Qualification");
    t.h = t.deal("2026-03-06T10:00:00.000Z", "H", { { "lead_id", t.leadH } });
    t.i = t.deal(
        "2026-03-10T10:00:00.000Z", "I", { { "stage_entered_at", "2026-01-10T10:00:00.000Z" } });
    t.move("2026-03-11T10:00:00.000Z", t.a, "Proposal");
    t.move("2026-03-12T10:00:00.000Z", t.b, "Proposal");
    t.move("2026-03-15T10:00:00.000Z", t.b, "Qualification");
    t.win("2026-03-15T10:00:00.000Z", t.i);
    t.c = t.deal("2026-03-20T10:00:00.000Z", "C");
    t.lose("2026-03-20T10:00:00.000Z", t.b, "Price too high");
    t.win("2026-03-21T10:00:00.000Z", t.a);
    t.win("2026-03-25T10:00:00.000Z", t.h);
    t.f = t.deal("2026-03-30T10:00:00.000Z", "F");
    t.lose("2026-04-01T00:00:00.000Z", t.f, "No decision");
    return t;
}

ReportParams period(int year, int month)
{
    ReportParams p;
    p.from = QDate(year, month, 1);
    p.to = p.from.addMonths(1).addDays(-1);
    p.today = QDate(2026, 3, 31); // open deals are looked at up to 1 April 00:00
    return p;
}

ReportTable salesCycle(Cycle& c, const ReportParams& p)
{
    auto t = Reports::run(c.session(), "sales-cycle", p);
    REQUIRE(t);
    return *t;
}

} // namespace

TEST_CASE(
    "Sales cycle: days in each stage of the stays that ended in March", "[reports][sales-cycle]")
{
    Cycle c = cycle();
    const ReportTable t = salesCycle(c, period(2026, 3));
    const QString intro = c.stage["Introduction"];
    const QString qual = c.stage["Qualification"];
    const QString proposal = c.stage["Proposal"];

    QStringList keys;
    for (const ReportRow& r : t.rows)
        keys << r.key;
    CHECK(keys
        == QStringList({ intro, qual, proposal, c.stage["Negotiation"],
            c.stage["Contract and invoicing"], "deal-to-win", "lead-to-win" }));
    CHECK(value(t, intro, "stage").toString() == "Introduction");

    // Introduction, stays that ended in March: A 1→4 Mar = 3, B 25 Feb→2 Mar = 5, G 27 Feb→1 Mar
    // 00:00 = 2, H 6→25 Mar (won) = 19, I 10 Jan→15 Mar (won) = 21 + 28 + 15 = 64. Not E (ended
    // 10 Feb), F (ended 1 Apr 00:00), C (still there).
    // 5 deals, (3 + 5 + 2 + 19 + 64) / 5 = 93 / 5 = 18.6; median of 2, 3, 5, 19, 64 = 5.
    CHECK(value(t, intro, "deals").toInt() == 5);
    CHECK(sorted(cell(t, intro, "deals").idList()) == sorted({ c.a, c.b, c.g, c.h, c.i }));
    CHECK(value(t, intro, "avg_days").toDouble() == Approx(18.6).margin(kMargin));
    CHECK(value(t, intro, "median_days").toDouble() == Approx(5.0).margin(kMargin));
    // Open now: C since 20 Mar 10:00, to 1 Apr 00:00 = 11 days 14 hours; limit 14: not stalled.
    CHECK(value(t, intro, "open").toInt() == 1);
    CHECK(cell(t, intro, "open").idList() == QStringList { c.c });
    CHECK(value(t, intro, "open_days").toDouble() == Approx(11.0 + 14.0 / 24).margin(kMargin));
    CHECK(value(t, intro, "stalled").toInt() == 0);
    CHECK(value(t, intro, "stall_days").toInt() == 14);

    // Qualification: A 4→11 Mar = 7; B 2→12 Mar = 10 and again 15→20 Mar (lost) = 5, one deal
    // with 15 days. 2 deals, (7 + 15) / 2 = 11, median 11.
    CHECK(value(t, qual, "deals").toInt() == 2);
    CHECK(value(t, qual, "avg_days").toDouble() == Approx(11.0).margin(kMargin));
    CHECK(value(t, qual, "median_days").toDouble() == Approx(11.0).margin(kMargin));
    // Open now: E since 10 Feb 10:00 = 18 + 31 days 14 hours = 49.58; G since 1 Mar 00:00 = 31;
    // both past 21 days. Average (49 + 14/24 + 31) / 2.
    CHECK(value(t, qual, "open").toInt() == 2);
    CHECK(value(t, qual, "open_days").toDouble()
        == Approx((49.0 + 14.0 / 24 + 31.0) / 2).margin(kMargin));
    CHECK(value(t, qual, "stalled").toInt() == 2);
    CHECK(sorted(cell(t, qual, "stalled").idList()) == sorted({ c.e, c.g }));
    CHECK(value(t, qual, "stall_days").toInt() == 21);

    // Proposal: A 11→21 Mar (won) = 10, B 12→15 Mar = 3: average and median 6.5. None open.
    CHECK(value(t, proposal, "deals").toInt() == 2);
    CHECK(value(t, proposal, "avg_days").toDouble() == Approx(6.5).margin(kMargin));
    CHECK(value(t, proposal, "median_days").toDouble() == Approx(6.5).margin(kMargin));
    CHECK(value(t, proposal, "open").toInt() == 0);
    CHECK(value(t, proposal, "open_days").isNull());

    // Nobody reached Negotiation: no figures, but its stall limit.
    CHECK(value(t, c.stage["Negotiation"], "deals").toInt() == 0);
    CHECK(value(t, c.stage["Negotiation"], "avg_days").isNull());
    CHECK(value(t, c.stage["Negotiation"], "median_days").isNull());
    CHECK(value(t, c.stage["Negotiation"], "stall_days").toInt() == 30);

    // Won in March: A 1→21 Mar = 20, H 6→25 Mar = 19, I (imported, in its stage since 10 Jan)
    // 10 Jan→15 Mar = 64. Average 103 / 3 = 34.33, median 20.
    CHECK(row(t, "deal-to-win").total);
    CHECK(value(t, "deal-to-win", "deals").toInt() == 3);
    CHECK(sorted(cell(t, "deal-to-win", "deals").idList()) == sorted({ c.a, c.h, c.i }));
    CHECK(value(t, "deal-to-win", "avg_days").toDouble() == Approx(103.0 / 3).margin(kMargin));
    CHECK(value(t, "deal-to-win", "median_days").toDouble() == Approx(20.0).margin(kMargin));
    CHECK(value(t, "deal-to-win", "open").isNull());
    // From lead: H, its lead registered 15 Feb 10:00, won 25 Mar 10:00 = 13 + 25 = 38 days.
    CHECK(value(t, "lead-to-win", "deals").toInt() == 1);
    CHECK(cell(t, "lead-to-win", "deals").idList() == QStringList { c.h });
    CHECK(value(t, "lead-to-win", "avg_days").toDouble() == Approx(38.0).margin(kMargin));
    CHECK(value(t, "lead-to-win", "median_days").toDouble() == Approx(38.0).margin(kMargin));

    CHECK(t.chart.kind == ChartKind::Bar);
    CHECK(t.chart.valueColumns == QList<int> { t.column("avg_days"), t.column("open_days") });
}

TEST_CASE("Sales cycle: a period in which no stay ended", "[reports][sales-cycle]")
{
    Cycle c = cycle();
    const ReportTable t = salesCycle(c, period(2025, 6));
    for (const char* name : { "Introduction", "Qualification", "Proposal" }) {
        const QString key = c.stage[QString::fromLatin1(name)];
        CHECK(value(t, key, "deals").toInt() == 0);
        CHECK(value(t, key, "avg_days").isNull());
        CHECK(value(t, key, "median_days").isNull());
        CHECK(cell(t, key, "deals").idList().isEmpty());
    }
    // What is open now does not depend on the period.
    CHECK(value(t, c.stage["Qualification"], "stalled").toInt() == 2);
    CHECK(value(t, "deal-to-win", "deals").toInt() == 0);
    CHECK(value(t, "deal-to-win", "avg_days").isNull());
    CHECK(value(t, "lead-to-win", "deals").toInt() == 0);
}

TEST_CASE("Sales cycle: filters by owner and pipeline", "[reports][sales-cycle]")
{
    Cycle c = cycle();
    SECTION("Rasa's G only")
    {
        ReportParams p = period(2026, 3);
        p.ownerId = c.rasa;
        const ReportTable t = salesCycle(c, p);
        CHECK(cell(t, c.stage["Introduction"], "deals").idList() == QStringList { c.g });
        // 27 Feb 00:00 → 1 Mar 00:00 = 2 days.
        CHECK(value(t, c.stage["Introduction"], "avg_days").toDouble()
            == Approx(2.0).margin(kMargin));
        CHECK(value(t, c.stage["Introduction"], "open").toInt() == 0);
        CHECK(cell(t, c.stage["Qualification"], "stalled").idList() == QStringList { c.g });
        CHECK(value(t, "deal-to-win", "deals").toInt() == 0);
    }
    SECTION("The Renewals pipeline has no deals")
    {
        ReportParams p = period(2026, 3);
        p.pipelineId = c.renewals;
        const ReportTable t = salesCycle(c, p);
        REQUIRE(t.rows.size() == 1 + 2);
        CHECK(t.rows.at(0).cells.at(0).value.toString() == "Renewal offer");
        CHECK(t.rows.at(0).cells.at(1).value.toInt() == 0);
        CHECK(t.rows.at(0).cells.at(7).value.toInt() == 7); // its stall limit
        CHECK(value(t, "deal-to-win", "deals").toInt() == 0);
    }
}

TEST_CASE("Sales cycle: March against February", "[reports][sales-cycle]")
{
    Cycle c = cycle();
    ReportParams p = period(2026, 3);
    p.compare = Comparison::PreviousPeriod;
    const ReportTable t = salesCycle(c, p);
    // February's only ended stay in Introduction: E, 1→10 Feb = 9 days. March: 18.6.
    // Change (18.6 − 9) / 9 = 106.67 %.
    const QString intro = c.stage["Introduction"];
    CHECK(value(t, intro, "avg_days_previous").toDouble() == Approx(9.0).margin(kMargin));
    CHECK(value(t, intro, "avg_days_change").toDouble()
        == Approx((18.6 - 9.0) / 9.0 * 100).margin(0.01));
    // Qualification: nothing ended in February, so no change to show.
    CHECK(value(t, c.stage["Qualification"], "avg_days_previous").isNull());
    CHECK(value(t, c.stage["Qualification"], "avg_days_change").isNull());
}
