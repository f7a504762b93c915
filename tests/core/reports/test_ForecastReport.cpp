// The forecast report on a small fixed dataset: open deals weighted per close month and per rep,
// wins, and targets (month and spread quarter targets, team rules), figures worked out by hand.
#include "TestDatabase.h"

#include "reports/ReportCatalog.h"
#include "services/Forecast.h"
#include "services/Workspace.h"
#include "store/BoardQuery.h"

#include <QSet>
#include <QTimeZone>
#include <catch2/catch.hpp>

using namespace tandem;
using tandem::test::create;
using tandem::test::TestDatabase;

namespace {

struct Fixture {
    std::unique_ptr<TestDatabase> db = TestDatabase::initialised();
    QHash<QString, QString> stage; // name → id, in the default pipeline
    QString pipeline;
    QString ona, jonas, rasa, north, south, vilnius, medis;
    QHash<QString, QString> deal; // D1 … by the names below

    Fixture()
    {
        RecordStore& rs = db->records();
        pipeline = Workspace::defaultPipelineId(db->session());
        auto stages = BoardQuery::stages(db->session().database(), pipeline);
        REQUIRE(stages.ok());
        for (const BoardStage& s : *stages)
            stage.insert(s.name, s.id);
        north = create(rs, "team", { { "name", "North" } });
        south = create(rs, "team", { { "name", "South" } });
        ona = create(rs, "user", { { "name", "Ona" }, { "team_id", north } });
        jonas = create(rs, "user", { { "name", "Jonas" }, { "team_id", north } });
        rasa = create(rs, "user", { { "name", "Rasa" }, { "team_id", south } });
        vilnius = create(rs, "territory", { { "name", "Vilnius" } });
        medis = create(rs, "company", { { "name", "Medis" }, { "territory_id", vilnius } });

        // Probabilities: Introduction 10 %, Proposal 40 %, Negotiation 60 %, Contract 90 %.
        // Open deals; the period of most tests is February and March 2026.
        open("D1", ona, "Proposal", 100000, "2026-02-01"); // first day: in
        open("D2", ona, "Negotiation", 250055, "2026-03-31", "EUR", medis); // last day: in
        open("D3", jonas, "Introduction", 12345, "2026-03-15");
        open("D4", jonas, "Contract and invoicing", 50000, "2026-04-01"); // day after: out
        open("D5", ona, "Proposal", 70000, "2026-01-31"); // day before: out
        open("D6", rasa, "Negotiation", 20000, "2026-02-20", "PLN"); // other currency
        open("D7", rasa, "Proposal", 30001, "2026-03-10");
        open("D8", ona, "Proposal", 9000, {}); // no expected close
        // Won deals, by their won instant.
        won("W1", ona, 80000, "2026-02-01T00:00:00.000Z", "2026-01-20"); // expected before
        won("W2", jonas, 45000, "2026-03-31T23:59:59.999Z", "2026-03-31");
        won("W3", jonas, 99999, "2026-04-01T00:00:00.000Z", "2026-03-30"); // expected in, won after
        won("W4", rasa, 5000, "2026-01-31T23:59:59.999Z", "2026-02-15"); // expected in, won before
        create(rs, "deal",
            { { "title", "L1" }, { "pipeline_id", pipeline }, { "stage_id", stage["Proposal"] },
                { "amount", 123400 }, { "currency", "EUR" }, { "status", "lost" },
                { "owner_id", ona }, { "expected_close", "2026-03-01" },
                { "lost_at", "2026-03-02T10:00:00.000Z" } });

        // Targets: Ona's February month target and her Q1 quarter target (100000 / 3 = 33333
        // remainder 1: January 33334, February 33333, March 33333); Jonas's quarter from
        // February (1000001 / 3 = 333333 remainder 2: February 333335, March 333333, April
        // 333333); Rasa's March target, and a February one in PLN; team North's March target.
        target(ona, {}, "2026-02-01", "month", 200000);
        target(ona, {}, "2026-01-01", "quarter", 100000);
        target(jonas, {}, "2026-02-01", "quarter", 1000001);
        target(rasa, {}, "2026-03-01", "month", 50000);
        target(rasa, {}, "2026-02-01", "month", 40000, "PLN");
        target({}, north, "2026-03-01", "month", 600000);
    }

    void open(const QString& name, const QString& owner, const QString& stageName, qint64 amount,
        const QString& close, const QString& currency = "EUR", const QString& company = {})
    {
        QVariantMap v { { "title", name }, { "pipeline_id", pipeline },
            { "stage_id", stage.value(stageName) }, { "amount", amount }, { "currency", currency },
            { "status", "open" }, { "owner_id", owner } };
        if (!close.isEmpty())
            v.insert("expected_close", close);
        if (!company.isEmpty())
            v.insert("company_id", company);
        deal.insert(name, create(db->records(), "deal", v));
    }

    void won(const QString& name, const QString& owner, qint64 amount, const QString& at,
        const QString& close)
    {
        deal.insert(name,
            create(db->records(), "deal",
                { { "title", name }, { "pipeline_id", pipeline },
                    { "stage_id", stage.value("Contract and invoicing") }, { "amount", amount },
                    { "currency", "EUR" }, { "status", "won" }, { "owner_id", owner },
                    { "expected_close", close }, { "won_at", at } }));
    }

    void target(const QString& user, const QString& team, const QString& start,
        const QString& period, qint64 revenue, const QString& currency = "EUR")
    {
        QVariantMap v { { "period_start", start }, { "period", period }, { "revenue", revenue },
            { "currency", currency } };
        if (!user.isEmpty())
            v.insert("user_id", user);
        if (!team.isEmpty())
            v.insert("team_id", team);
        create(db->records(), "target", v);
    }

    ReportTable run(const QDate& from, const QDate& to, const QString& by = "month",
        const std::function<void(ReportParams&)>& more = {})
    {
        ReportParams p;
        p.from = from;
        p.to = to;
        p.today = QDate(2026, 6, 15);
        p.options.insert("by", by);
        if (more)
            more(p);
        auto t = Reports::run(db->session(), "forecast", p);
        if (!t)
            FAIL(t.error().message.toStdString());
        return *t;
    }

    QSet<QString> ids(const QStringList& names) const
    {
        QSet<QString> out;
        for (const QString& n : names)
            out.insert(deal.value(n));
        return out;
    }
};

const QDate kFeb(2026, 2, 1);
const QDate kMarEnd(2026, 3, 31);

qint64 money(const ReportTable& t, int row, const char* column)
{
    return t.rows.at(row).cells.at(t.column(column)).value.toLongLong();
}

QVariant value(const ReportTable& t, int row, const char* column)
{
    return t.rows.at(row).cells.at(t.column(column)).value;
}

QSet<QString> drilled(const ReportTable& t, int row, const char* column)
{
    const QStringList ids = t.rows.at(row).cells.at(t.column(column)).idList();
    return QSet<QString>(ids.begin(), ids.end());
}

} // namespace

TEST_CASE("Forecast by month: weighted pipeline, wins and targets", "[reports][forecast-report]")
{
    Fixture f;
    const ReportTable t = f.run(kFeb, kMarEnd);
    REQUIRE(t.rows.size() == 3); // February, March, total
    CHECK(t.rows.at(0).key == "month-1");
    CHECK(t.rows.at(0).cells.at(0).value.toString() == "February 2026");
    CHECK(t.rows.at(1).cells.at(0).value.toString() == "March 2026");
    CHECK(t.rows.at(2).total);

    // February: D1 (1000.00 at 40 % = 400.00); D6 is in PLN. Won: W1 at 00:00 on the 1st.
    // Target: Ona 200000 + her quarter's February third 33333 + Jonas's quarter's first month
    // 333335 = 566668 (team North's target is a team's; Rasa's February one is in PLN).
    CHECK(value(t, 0, "deals").toInt() == 1);
    CHECK(money(t, 0, "pipeline") == 100000);
    CHECK(money(t, 0, "weighted") == 40000);
    CHECK(money(t, 0, "won") == 80000);
    CHECK(money(t, 0, "target") == 566668);
    // (80000 + 40000) / 566668 = 21.1764 %
    CHECK(value(t, 0, "of_target").toDouble() == Approx(100.0 * 120000 / 566668));
    CHECK(drilled(t, 0, "won") == f.ids({ "W1" }));

    // March: D2 250055 × 60 % = 150033, D3 12345 × 10 % = 1234.5 → 1235 (half away from zero),
    // D7 30001 × 40 % = 12000.4 → 12000. Pipeline 250055 + 12345 + 30001 = 292401; weighted
    // 163268. Won: W2 at 23:59:59.999 on the 31st (W3 at midnight after is out).
    // Target: Ona 33333 + Jonas 333333 + Rasa 50000 = 416666.
    CHECK(value(t, 1, "deals").toInt() == 3);
    CHECK(money(t, 1, "pipeline") == 292401);
    CHECK(money(t, 1, "weighted") == 163268);
    CHECK(money(t, 1, "won") == 45000);
    CHECK(money(t, 1, "target") == 416666);
    // (45000 + 163268) / 416666 = 49.98 %
    CHECK(value(t, 1, "of_target").toDouble() == Approx(100.0 * 208268 / 416666));
    CHECK(drilled(t, 1, "weighted") == f.ids({ "D2", "D3", "D7" }));
    // The board's forecast weighs March's EUR deals the same way.
    DealFilter board;
    board.closeFrom = QDate(2026, 3, 1);
    board.closeTo = kMarEnd;
    auto boardRows = Forecast::byMonth(f.db->session(), board);
    REQUIRE(boardRows.ok());
    qint64 boardWeighted = 0;
    for (const ForecastRow& r : *boardRows)
        boardWeighted += r.currency == "EUR" ? r.weighted : 0;
    CHECK(boardWeighted == 163268);

    // Total: 4 deals, 392401, 203268 weighted, won 125000, target 983334.
    CHECK(value(t, 2, "deals").toInt() == 4);
    CHECK(money(t, 2, "pipeline") == 392401);
    CHECK(money(t, 2, "weighted") == 203268);
    CHECK(money(t, 2, "won") == 125000);
    CHECK(money(t, 2, "target") == 983334);
    CHECK(value(t, 2, "of_target").toDouble() == Approx(100.0 * 328268 / 983334));
    CHECK(drilled(t, 2, "deals") == f.ids({ "D1", "D2", "D3", "D7" }));

    CHECK(t.notes.contains("1 deal(s) in other currencies (PLN) are not included."));
    CHECK(t.notes.contains("1 open deal(s) without an expected close date are not included."));
    CHECK(t.notes.contains("1 target(s) in other currencies (PLN) are ignored."));
    CHECK(t.chart.kind == ChartKind::Bar);
    CHECK(t.chart.valueColumns == QList<int> { 3, 4, 5 });
}

TEST_CASE("Forecast by rep, and a quarter target cut by the period", "[reports][forecast-report]")
{
    Fixture f;
    const ReportTable t = f.run(kFeb, kMarEnd, "owner");
    REQUIRE(t.rows.size() == 4); // Jonas, Ona, Rasa (by name), total; Tester has nothing
    CHECK(t.rows.at(0).key == f.jonas);
    CHECK(t.rows.at(0).cells.at(0).value.toString() == "Jonas");
    // Jonas: D3 12345 → 1235; won W2 45000; target 333335 + 333333 (April's third is outside).
    CHECK(value(t, 0, "deals").toInt() == 1);
    CHECK(money(t, 0, "weighted") == 1235);
    CHECK(money(t, 0, "won") == 45000);
    CHECK(money(t, 0, "target") == 666668);
    // Ona: D1 + D2 = 350055, weighted 40000 + 150033; W1; target 200000 + 33333 + 33333
    // (January's 33334 of her quarter is before the period).
    CHECK(t.rows.at(1).key == f.ona);
    CHECK(money(t, 1, "pipeline") == 350055);
    CHECK(money(t, 1, "weighted") == 190033);
    CHECK(money(t, 1, "won") == 80000);
    CHECK(money(t, 1, "target") == 266666);
    // Rasa: D7 only; target March 50000; (0 + 12000) / 50000 = 24 %.
    CHECK(t.rows.at(2).key == f.rasa);
    CHECK(money(t, 2, "weighted") == 12000);
    CHECK(money(t, 2, "won") == 0);
    CHECK(money(t, 2, "target") == 50000);
    CHECK(value(t, 2, "of_target").toDouble() == Approx(24.0));
    CHECK(money(t, 3, "target") == 983334);

    // February alone: Ona's quarter share is its second third (33333), not the first.
    // Rasa has no row: in February she has a PLN deal and a PLN target only.
    const ReportTable feb = f.run(kFeb, QDate(2026, 2, 28), "owner");
    REQUIRE(feb.rows.size() == 3);
    CHECK(feb.rows.at(1).key == f.ona);
    CHECK(money(feb, 1, "target") == 233333); // Ona: 200000 + 33333
    // January alone: the first month of Ona's quarter takes the remainder.
    const ReportTable jan = f.run(QDate(2026, 1, 1), QDate(2026, 1, 31), "owner");
    int onaRow = -1;
    for (int i = 0; i < jan.rows.size(); ++i) {
        if (jan.rows.at(i).key == f.ona)
            onaRow = i;
    }
    REQUIRE(onaRow >= 0);
    CHECK(money(jan, onaRow, "target") == 33334);
    CHECK(money(jan, onaRow, "pipeline") == 70000); // D5, expected on January 31
}

TEST_CASE("Forecast filters pick the deals and the targets", "[reports][forecast-report]")
{
    Fixture f;
    SECTION("a team: its own target where it has one, else its members'")
    {
        const ReportTable t
            = f.run(kFeb, kMarEnd, "month", [&](ReportParams& p) { p.teamId = f.north; });
        REQUIRE(t.rows.size() == 3);
        // February: D1; W1; no team target → Ona 200000 + 33333 + Jonas 333335.
        CHECK(money(t, 0, "pipeline") == 100000);
        CHECK(money(t, 0, "target") == 566668);
        // March: D2 + D3 = 262400, weighted 150033 + 1235; W2; the team's own 600000.
        CHECK(money(t, 1, "pipeline") == 262400);
        CHECK(money(t, 1, "weighted") == 151268);
        CHECK(money(t, 1, "won") == 45000);
        CHECK(money(t, 1, "target") == 600000);
        CHECK(money(t, 2, "target") == 1166668);
        // Rasa's PLN deal and target are not the team's: no currency notes.
        for (const QString& note : t.notes)
            CHECK_FALSE(note.contains("PLN"));
    }
    SECTION("an owner: the rep's deals and targets")
    {
        const ReportTable t
            = f.run(kFeb, kMarEnd, "month", [&](ReportParams& p) { p.ownerId = f.rasa; });
        REQUIRE(t.rows.size() == 3);
        CHECK(value(t, 0, "deals").toInt() == 0); // D6 is in PLN
        CHECK(value(t, 0, "target").isNull());
        CHECK(money(t, 1, "weighted") == 12000);
        CHECK(money(t, 1, "target") == 50000);
        CHECK(value(t, 1, "of_target").toDouble() == Approx(24.0));
        CHECK(t.notes.contains("1 deal(s) in other currencies (PLN) are not included."));
        CHECK(t.notes.contains("1 target(s) in other currencies (PLN) are ignored."));
    }
    SECTION("a territory: its companies' deals; targets shown whole")
    {
        const ReportTable t
            = f.run(kFeb, kMarEnd, "month", [&](ReportParams& p) { p.territoryId = f.vilnius; });
        CHECK(value(t, 0, "deals").toInt() == 0);
        CHECK(drilled(t, 1, "deals") == f.ids({ "D2" }));
        CHECK(money(t, 1, "won") == 0);
        CHECK(money(t, 1, "target") == 416666);
        CHECK(t.notes.contains(
            "Targets are not split by territory or pipeline: they are shown whole."));
    }
    SECTION("another currency: its deals and targets only")
    {
        const ReportTable t
            = f.run(kFeb, kMarEnd, "month", [&](ReportParams& p) { p.currency = "PLN"; });
        CHECK(t.currency == "PLN");
        CHECK(money(t, 0, "pipeline") == 20000); // D6
        CHECK(money(t, 0, "weighted") == 12000); // 60 %
        CHECK(money(t, 0, "target") == 40000); // Rasa's PLN target
        CHECK(money(t, 1, "pipeline") == 0);
    }
}

TEST_CASE(
    "An empty forecast period shows its months with nothing in them", "[reports][forecast-report]")
{
    Fixture f;
    const ReportTable t = f.run(QDate(2025, 6, 1), QDate(2025, 6, 30));
    REQUIRE(t.rows.size() == 2);
    CHECK(t.rows.at(0).cells.at(0).value.toString() == "June 2025");
    CHECK(value(t, 0, "deals").toInt() == 0);
    CHECK(money(t, 0, "pipeline") == 0);
    CHECK(value(t, 0, "target").isNull());
    CHECK(value(t, 0, "of_target").isNull());
    CHECK(money(t, 1, "weighted") == 0);
    CHECK(t.rows.at(1).cells.at(t.column("deals")).ids.isEmpty());
}

TEST_CASE("The forecast compares a month with the one before", "[reports][forecast-report]")
{
    Fixture f;
    const ReportTable t = f.run(QDate(2026, 3, 1), kMarEnd, "month",
        [](ReportParams& p) { p.compare = Comparison::PreviousPeriod; });
    const int now = t.column("pipeline");
    const int before = t.column("pipeline_previous");
    const int change = t.column("pipeline_change");
    REQUIRE(now >= 0);
    REQUIRE(before == now + 1);
    REQUIRE(change == now + 2);
    REQUIRE(t.rows.size() == 2); // March (with February beside it), total
    // March 292401 against February 100000: +192.401 %.
    CHECK(t.rows.at(0).cells.at(now).value.toLongLong() == 292401);
    CHECK(t.rows.at(0).cells.at(before).value.toLongLong() == 100000);
    CHECK(t.rows.at(0).cells.at(change).value.toDouble() == Approx(192.401));
    CHECK(t.rows.at(1).cells.at(change).value.toDouble() == Approx(192.401));
}
