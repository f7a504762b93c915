// The funnel report on a small March whose figures were worked out by hand: leads registered,
// qualified and converted, deals moved stage by stage (one back again) with the clock moved
// between moves, the period's edges, the filters, drill-down and the comparison with February.
#include "TestDatabase.h"

#include "reports/ReportCatalog.h"
#include "services/DealFlow.h"
#include "services/LeadConversion.h"
#include "services/LeadQualification.h"
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

QDateTime utc(const char* iso)
{
    QDateTime t = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs);
    t.setTimeZone(QTimeZone::utc());
    return t;
}

struct Funnel {
    std::unique_ptr<TestDatabase> db;
    QString tester, rasa, team, vilnius, renewals;
    QHash<QString, QString> stage; // name → id (default pipeline)
    QString l1, l2, l3, l4, l5, l6, l7, l8;
    QString d1, d2, d3, d4, d5, d6, d7, d8, dl5;

    Session& session() { return db->session(); }
    RecordStore& rs() { return db->records(); }
    void at(const char* iso) { db->clock().set(utc(iso)); }

    QString lead(
        const char* iso, const QString& title, const QString& owner, const QVariantMap& more = {})
    {
        at(iso);
        QVariantMap v = more;
        v.insert("title", title);
        v.insert("last_name", title);
        v.insert("company_name", title + " UAB");
        v.insert("status", "new");
        v.insert("owner_id", owner);
        return create(rs(), "lead", v);
    }
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
    void lose(const char* iso, const QString& deal, const char* reason)
    {
        at(iso);
        REQUIRE(DealFlow::lose(session(), deal, QString::fromUtf8(reason)));
    }
};

// March 2026 (times UTC). Leads: L1 at the first instant of March, L2 qualified, L3 qualified
// then lost ("No budget"), L4 lost unqualified ("Price too high"), L5 converted (its deal DL5 is
// made on 8 March), L8 Rasa's in Vilnius; L6 on 1 April and L7 on 28 February are outside.
// Deals on the default pipeline: D1 Introduction → Qualification → Proposal, then won (never in
// Negotiation or Contract); D2 → Qualification → Proposal → back to Qualification, lost there
// ("Price too high"); D3 lost in Introduction ("No budget"); D4 on 31 March 23:59:59.99; D7
// Rasa's, for a Vilnius company, in Qualification. D5 (1 April) and D6 (20 February, moved in
// March) were not created in March; D8 is on the Renewals pipeline.
Funnel march()
{
    Funnel f;
    f.db = TestDatabase::initialised();
    f.tester = f.session().currentUserId();
    RecordStore& rs = f.rs();
    const QString pipeline = Workspace::defaultPipelineId(f.session());
    ListQuery q;
    q.where << qMakePair(QStringLiteral("pipeline_id"), QVariant(pipeline));
    auto stages = rs.list("stage", q);
    REQUIRE(stages);
    for (const Record& s : *stages)
        f.stage.insert(s.text("name"), s.id);
    f.team = create(rs, "team", { { "name", "North" } });
    f.rasa = create(rs, "user", { { "name", "Rasa" }, { "team_id", f.team } });
    f.vilnius = create(rs, "territory", { { "name", "Vilnius" } });
    const QString medis
        = create(rs, "company", { { "name", "Medis" }, { "territory_id", f.vilnius } });
    f.renewals = create(rs, "pipeline", { { "name", "Renewals" }, { "position", 1 } });
    create(rs, "stage",
        { { "pipeline_id", f.renewals }, { "name", "Renewal offer" }, { "position", 0 },
            { "kind", "open" } });
    create(rs, "stage",
        { { "pipeline_id", f.renewals }, { "name", "Renewal talks" }, { "position", 1 },
            { "kind", "open" } });
    create(rs, "stage",
        { { "pipeline_id", f.renewals }, { "name", "Renewed" }, { "position", 2 },
            { "kind", "won" } });

    f.l7 = f.lead("2026-02-28T23:59:59.990Z", "L7", f.tester);
    f.l1 = f.lead("2026-03-01T00:00:00.000Z", "L1", f.tester);
    f.l2 = f.lead("2026-03-05T10:00:00.000Z", "L2", f.tester);
    f.l3 = f.lead("2026-03-06T10:00:00.000Z", "L3", f.tester);
    f.l4 = f.lead("2026-03-07T10:00:00.000Z", "L4", f.tester);
    f.l5 = f.lead("2026-03-08T10:00:00.000Z", "L5", f.tester);
    f.l8 = f.lead("2026-03-09T10:00:00.000Z", "L8", f.rasa, { { "territory_id", f.vilnius } });
    f.l6 = f.lead("2026-04-01T00:00:00.000Z", "L6", f.tester);
    f.at("2026-03-05T11:00:00.000Z");
    REQUIRE(LeadQualification::qualify(f.session(), f.l2, {}));
    f.at("2026-03-06T11:00:00.000Z");
    REQUIRE(LeadQualification::qualify(f.session(), f.l3, {}));
    f.at("2026-03-07T11:00:00.000Z");
    REQUIRE(LeadQualification::lose(f.session(), f.l3, "No budget"));
    f.at("2026-03-08T09:00:00.000Z");
    REQUIRE(LeadQualification::lose(f.session(), f.l4, "Price too high"));
    f.at("2026-03-08T11:00:00.000Z");
    auto converted = LeadConversion::convert(f.session(), f.l5);
    REQUIRE(converted);
    f.dl5 = converted->dealId;

    f.d6 = f.deal("2026-02-20T09:00:00.000Z", "D6");
    f.d1 = f.deal("2026-03-02T09:00:00.000Z", "D1");
    f.d2 = f.deal("2026-03-03T09:00:00.000Z", "D2");
    f.d3 = f.deal("2026-03-04T09:00:00.000Z", "D3");
    f.d7 = f.deal(
        "2026-03-10T09:00:00.000Z", "D7", { { "owner_id", f.rasa }, { "company_id", medis } });
    f.d8 = f.deal("2026-03-12T09:00:00.000Z", "D8", { { "pipeline_id", f.renewals } });
    f.d4 = f.deal("2026-03-31T23:59:59.990Z", "D4");
    f.d5 = f.deal("2026-04-01T00:00:00.000Z", "D5");
    f.move("2026-03-04T09:00:00.000Z", f.d2, "Qualification");
    f.move("2026-03-05T09:00:00.000Z", f.d1, "Qualification");
    f.move("2026-03-06T09:00:00.000Z", f.d2, "Proposal");
    f.move("2026-03-08T09:00:00.000Z", f.d2, "Qualification");
    f.lose("2026-03-09T09:00:00.000Z", f.d3, "No budget");
    f.move("2026-03-10T09:00:00.000Z", f.d1, "Proposal");
    f.move("2026-03-11T09:00:00.000Z", f.d7, "Qualification");
    f.lose("2026-03-12T09:00:00.000Z", f.d2, "Price too high");
    f.move("2026-03-15T09:00:00.000Z", f.d6, "Qualification");
    f.at("2026-03-20T09:00:00.000Z");
    REQUIRE(DealFlow::win(f.session(), f.d1));
    return f;
}

ReportParams period(int month)
{
    ReportParams p;
    p.from = QDate(2026, month, 1);
    p.to = p.from.addMonths(1).addDays(-1);
    p.today = QDate(2026, 6, 15);
    return p;
}

ReportTable funnel(Funnel& f, const ReportParams& p)
{
    auto t = Reports::run(f.session(), "funnel", p);
    REQUIRE(t);
    return *t;
}

} // namespace

TEST_CASE("Funnel: March's leads and deals step by step, with drop-off and lost reasons",
    "[reports][funnel]")
{
    Funnel f = march();
    const ReportTable t = funnel(f, period(3));

    CHECK(keys(t)
        == QStringList({ "leads", "qualified", "converted", f.stage["Introduction"],
            f.stage["Qualification"], f.stage["Proposal"], f.stage["Negotiation"],
            f.stage["Contract and invoicing"], "won" }));
    CHECK(value(t, "leads", "step").toString() == "Leads registered");
    CHECK(value(t, f.stage["Proposal"], "step").toString() == "Proposal");

    // Leads registered in March: L1 (first instant), L2, L3, L4, L5, L8 = 6; L6 (1 April 00:00)
    // and L7 (28 February) are not.
    CHECK(value(t, "leads", "count").toInt() == 6);
    CHECK(value(t, "leads", "conversion").isNull()); // nothing before the first step
    CHECK(value(t, "leads", "share").toDouble() == Approx(100.0));
    // L4 was lost before being qualified.
    CHECK(value(t, "leads", "dropped").toInt() == 1);
    CHECK(value(t, "leads", "lost_reasons").toString() == "Price too high 1");
    CHECK(cell(t, "leads", "dropped").idList() == QStringList { f.l4 });
    CHECK(cell(t, "leads", "dropped").entity == "lead");

    // Qualified: L2 (qualified), L3 (qualified, then lost), L5 (converted) = 3; 3 / 6 = 50 %.
    CHECK(value(t, "qualified", "count").toInt() == 3);
    CHECK(sorted(cell(t, "qualified", "count").idList()) == sorted({ f.l2, f.l3, f.l5 }));
    CHECK(value(t, "qualified", "conversion").toDouble() == Approx(50.0));
    CHECK(value(t, "qualified", "share").toDouble() == Approx(50.0));
    CHECK(value(t, "qualified", "dropped").toInt() == 1); // L3
    CHECK(value(t, "qualified", "lost_reasons").toString() == "No budget 1");

    // Converted: L5; 1 / 3 = 33.3 % of the qualified, 1 / 6 = 16.7 % of the registered.
    CHECK(value(t, "converted", "count").toInt() == 1);
    CHECK(value(t, "converted", "conversion").toDouble() == Approx(100.0 / 3));
    CHECK(value(t, "converted", "share").toDouble() == Approx(100.0 / 6));
    CHECK(value(t, "converted", "dropped").isNull());

    // Deals created in March on the default pipeline: D1, D2, D3, D4, D7 and L5's deal = 6.
    const QString intro = f.stage["Introduction"];
    CHECK(value(t, intro, "count").toInt() == 6);
    CHECK(sorted(cell(t, intro, "count").idList())
        == sorted({ f.d1, f.d2, f.d3, f.d4, f.d7, f.dl5 }));
    CHECK(cell(t, intro, "count").entity == "deal");
    CHECK(value(t, intro, "conversion").isNull()); // deals are not only converted leads
    CHECK(value(t, intro, "share").toDouble() == Approx(100.0));
    CHECK(value(t, intro, "dropped").toInt() == 1); // D3
    CHECK(value(t, intro, "lost_reasons").toString() == "No budget 1");

    // Qualification: D1 (won), D2 (lost there after being in Proposal), D7 = 3; 3 / 6 = 50 %.
    const QString qual = f.stage["Qualification"];
    CHECK(value(t, qual, "count").toInt() == 3);
    CHECK(value(t, qual, "conversion").toDouble() == Approx(50.0));
    CHECK(value(t, qual, "dropped").toInt() == 1);
    CHECK(cell(t, qual, "dropped").idList() == QStringList { f.d2 });
    CHECK(value(t, qual, "lost_reasons").toString() == "Price too high 1");

    // Proposal: D1 and D2 — D2 is back in Qualification now, but its history says it was in
    // Proposal; 2 / 3 = 66.7 %, 2 / 6 = 33.3 % of the first stage.
    const QString proposal = f.stage["Proposal"];
    CHECK(value(t, proposal, "count").toInt() == 2);
    CHECK(sorted(cell(t, proposal, "count").idList()) == sorted({ f.d1, f.d2 }));
    CHECK(value(t, proposal, "conversion").toDouble() == Approx(200.0 / 3));
    CHECK(value(t, proposal, "share").toDouble() == Approx(100.0 / 3));
    CHECK(value(t, proposal, "dropped").toInt() == 0);
    CHECK(value(t, proposal, "lost_reasons").toString().isEmpty());

    // Negotiation and Contract: D1 only — won from Proposal, a won deal passed every stage.
    CHECK(value(t, f.stage["Negotiation"], "count").toInt() == 1);
    CHECK(value(t, f.stage["Negotiation"], "conversion").toDouble() == Approx(50.0));
    CHECK(value(t, f.stage["Contract and invoicing"], "count").toInt() == 1);
    CHECK(value(t, f.stage["Contract and invoicing"], "conversion").toDouble() == Approx(100.0));

    // Won: D1; 1 / 1 of the last stage, 1 / 6 of the first.
    CHECK(value(t, "won", "count").toInt() == 1);
    CHECK(cell(t, "won", "count").idList() == QStringList { f.d1 });
    CHECK(value(t, "won", "conversion").toDouble() == Approx(100.0));
    CHECK(value(t, "won", "share").toDouble() == Approx(100.0 / 6));

    CHECK(t.chart.kind == ChartKind::HorizontalBar);
    CHECK(t.chart.valueColumns == QList<int> { t.column("count") });
    CHECK(t.context.contains("Pipeline: New business (the default)"));
}

TEST_CASE("Funnel: a period with nothing in it keeps its steps, with no rates", "[reports][funnel]")
{
    Funnel f = march();
    const ReportTable t = funnel(f, period(1)); // January: nothing was registered or created
    CHECK(t.rows.size() == 9);
    for (const char* key : { "leads", "qualified", "converted", "won" }) {
        CHECK(value(t, key, "count").toInt() == 0);
        CHECK(value(t, key, "share").isNull()); // 0 of 0
    }
    CHECK(value(t, "qualified", "conversion").isNull());
    CHECK(value(t, f.stage["Proposal"], "count").toInt() == 0);
    CHECK(value(t, f.stage["Proposal"], "conversion").isNull());
    CHECK(value(t, f.stage["Introduction"], "dropped").toInt() == 0);
    CHECK(cell(t, f.stage["Introduction"], "count").idList().isEmpty());
}

TEST_CASE("Funnel: owner, team, territory and pipeline filters", "[reports][funnel]")
{
    Funnel f = march();
    const QString intro = f.stage["Introduction"];
    const QString qual = f.stage["Qualification"];

    SECTION("Rasa's own leads and deals: L8 and D7")
    {
        ReportParams p = period(3);
        p.ownerId = f.rasa;
        const ReportTable t = funnel(f, p);
        CHECK(value(t, "leads", "count").toInt() == 1);
        CHECK(cell(t, "leads", "count").idList() == QStringList { f.l8 });
        CHECK(value(t, "qualified", "count").toInt() == 0);
        CHECK(value(t, "qualified", "conversion").toDouble() == Approx(0.0)); // 0 of 1
        CHECK(value(t, "converted", "conversion").isNull()); // 0 of 0
        CHECK(value(t, intro, "count").toInt() == 1);
        CHECK(value(t, qual, "count").toInt() == 1);
        CHECK(value(t, f.stage["Proposal"], "count").toInt() == 0);
        CHECK(value(t, "won", "count").toInt() == 0);
    }
    SECTION("Team North is Rasa")
    {
        ReportParams p = period(3);
        p.teamId = f.team;
        const ReportTable t = funnel(f, p);
        CHECK(cell(t, "leads", "count").idList() == QStringList { f.l8 });
        CHECK(cell(t, intro, "count").idList() == QStringList { f.d7 });
    }
    SECTION("Vilnius: L8 by its own territory, D7 by its company's")
    {
        ReportParams p = period(3);
        p.territoryId = f.vilnius;
        const ReportTable t = funnel(f, p);
        CHECK(cell(t, "leads", "count").idList() == QStringList { f.l8 });
        CHECK(cell(t, intro, "count").idList() == QStringList { f.d7 });
        CHECK(value(t, qual, "count").toInt() == 1);
    }
    SECTION("The Renewals pipeline: its stages; the lead steps stay as they were")
    {
        ReportParams p = period(3);
        p.pipelineId = f.renewals;
        const ReportTable t = funnel(f, p);
        CHECK(t.rows.size() == 3 + 2 + 1); // lead steps, two open stages, won
        CHECK(value(t, "leads", "count").toInt() == 6);
        const ReportRow& offer = t.rows.at(3);
        CHECK(offer.cells.at(0).value.toString() == "Renewal offer");
        CHECK(offer.cells.at(1).idList() == QStringList { f.d8 });
        CHECK(t.rows.at(4).cells.at(1).value.toInt() == 0); // Renewal talks
        CHECK(value(t, "won", "count").toInt() == 0);
        CHECK(t.notes.contains(
            "Leads belong to no pipeline: the lead steps are not filtered by it."));
    }
}

TEST_CASE("Funnel: March against February", "[reports][funnel]")
{
    Funnel f = march();
    ReportParams p = period(3);
    p.compare = Comparison::PreviousPeriod;
    const ReportTable t = funnel(f, p);
    // February: L7 registered (23:59:59.99 on the 28th), D6 created on the 20th (moved to
    // Qualification in March: it counts there for February, where it was created).
    CHECK(value(t, "leads", "count").toInt() == 6);
    CHECK(value(t, "leads", "count_previous").toInt() == 1);
    CHECK(value(t, "leads", "count_change").toDouble() == Approx(500.0)); // (6 − 1) / 1
    const QString qual = f.stage["Qualification"];
    CHECK(value(t, qual, "count_previous").toInt() == 1);
    CHECK(value(t, qual, "count_change").toDouble() == Approx(200.0)); // (3 − 1) / 1
    CHECK(value(t, "won", "count_previous").toInt() == 0);
    CHECK(value(t, "won", "count_change").isNull()); // against nothing
}
