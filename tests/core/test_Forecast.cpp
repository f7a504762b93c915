// The weighted forecast and the board's deal query on a small dataset whose figures were worked
// out by hand.
#include "TestDatabase.h"

#include "services/Forecast.h"
#include "services/Workspace.h"
#include "store/BoardQuery.h"

#include <catch2/catch.hpp>

using namespace tandem;
using tandem::test::create;
using tandem::test::TestDatabase;

namespace {

struct Pipeline {
    QString id;
    QHash<QString, QString> stage; // name → id
};

Pipeline defaultPipeline(TestDatabase& db)
{
    Pipeline p;
    p.id = Workspace::defaultPipelineId(db.session());
    auto stages = BoardQuery::stages(db.session().database(), p.id);
    REQUIRE(stages.ok());
    for (const BoardStage& s : *stages)
        p.stage.insert(s.name, s.id);
    return p;
}

QString deal(TestDatabase& db, const Pipeline& p, const QString& title, const QString& stage,
    qint64 amount, const QString& close, const QString& owner, const QString& status = "open",
    const QString& company = {})
{
    QVariantMap v { { "title", title }, { "pipeline_id", p.id },
        { "stage_id", p.stage.value(stage) }, { "amount", amount }, { "currency", "EUR" },
        { "status", status }, { "owner_id", owner } };
    if (!close.isEmpty())
        v.insert("expected_close", close);
    if (!company.isEmpty())
        v.insert("company_id", company);
    return create(db.records(), "deal", v);
}

DealFilter inPipeline(const Pipeline& p)
{
    DealFilter f;
    f.pipelineId = p.id;
    return f;
}

} // namespace

TEST_CASE(
    "The forecast weighs open deals by their stage's probability per close month", "[forecast]")
{
    auto db = TestDatabase::initialised();
    const Pipeline p = defaultPipeline(*db);
    const QString tester = db->session().currentUserId();
    const QString jonas = create(db->records(), "user", { { "name", "Jonas Petraitis" } });
    const QString medis = create(db->records(), "company", { { "name", "UAB Medis" } });

    // Probabilities: Introduction 10 %, Proposal 40 %, Negotiation 60 %, Contract 90 %.
    deal(*db, p, "Shelving", "Proposal", 100000, "2026-07-10", tester);
    deal(*db, p, "Warehouse racks", "Negotiation", 250055, "2026-07-28", jonas, "open", medis);
    deal(*db, p, "Spare parts", "Introduction", 33333, "2026-08-01", tester);
    deal(*db, p, "Sample", "Introduction", 5, "2026-08-15", jonas);
    deal(*db, p, "Service plan", "Contract and invoicing", 10000, {}, tester);
    deal(*db, p, "Won already", "Negotiation", 900000, "2026-07-05", tester, "won");
    deal(*db, p, "Lost already", "Proposal", 700000, "2026-07-06", tester, "lost");

    SECTION("by month: July, August, then deals without a date")
    {
        auto rows = Forecast::byMonth(db->session(), inPipeline(p));
        REQUIRE(rows.ok());
        REQUIRE(rows->size() == 3);
        CHECK(rows->at(0).month == "2026-07");
        CHECK(rows->at(0).deals == 2);
        CHECK(rows->at(0).total == 350055);
        CHECK(rows->at(0).weighted == 40000 + 150033);
        CHECK(rows->at(1).month == "2026-08");
        CHECK(rows->at(1).deals == 2);
        CHECK(rows->at(1).total == 33338);
        // 333.33 × 10 % = 33.3333 → 33.33; 0.05 × 10 % = half a cent → rounds up to 0.01.
        CHECK(rows->at(1).weighted == 3333 + 1);
        CHECK(rows->at(2).month.isEmpty());
        CHECK(rows->at(2).weighted == 9000);
    }

    SECTION("by month and owner")
    {
        auto rows = Forecast::byMonth(db->session(), inPipeline(p), true);
        REQUIRE(rows.ok());
        REQUIRE(rows->size() == 5);
        CHECK(rows->at(0).ownerName == "Jonas Petraitis");
        CHECK(rows->at(0).weighted == 150033);
        CHECK(rows->at(1).ownerName == "Tester");
        CHECK(rows->at(1).weighted == 40000);
    }

    SECTION("filters narrow the deals")
    {
        DealFilter f = inPipeline(p);
        f.ownerId = jonas;
        auto deals = BoardQuery::openDeals(db->session().database(), f);
        REQUIRE(deals.ok());
        CHECK(deals->size() == 2);

        f = inPipeline(p);
        f.minAmount = 100000;
        deals = BoardQuery::openDeals(db->session().database(), f);
        REQUIRE(deals.ok());
        REQUIRE(deals->size() == 2);

        f = inPipeline(p);
        f.closeFrom = QDate(2026, 8, 1);
        f.closeTo = QDate(2026, 8, 31);
        deals = BoardQuery::openDeals(db->session().database(), f);
        REQUIRE(deals.ok());
        CHECK(deals->size() == 2);

        f = inPipeline(p);
        f.text = "medis"; // the company's name, ignoring case
        deals = BoardQuery::openDeals(db->session().database(), f);
        REQUIRE(deals.ok());
        REQUIRE(deals->size() == 1);
        CHECK(deals->first().title == "Warehouse racks");
        CHECK(deals->first().companyName == "UAB Medis");
        CHECK(deals->first().ownerName == "Jonas Petraitis");
        CHECK(deals->first().probability == 60);
    }
}

TEST_CASE("A board card shows the deal's next open activity", "[forecast][board]")
{
    auto db = TestDatabase::initialised();
    const Pipeline p = defaultPipeline(*db);
    const QString d = deal(*db, p, "Racks", "Proposal", 100, "2026-07-01", {});
    create(db->records(), "activity",
        { { "kind", "call" }, { "subject", "Call back" }, { "deal_id", d },
            { "starts_at", "2026-06-20T10:00:00.000Z" } });
    create(db->records(), "activity",
        { { "kind", "task" }, { "subject", "Send the offer" }, { "deal_id", d },
            { "due_at", "2026-06-18T10:00:00.000Z" } });
    create(db->records(), "activity",
        { { "kind", "call" }, { "subject", "Done before" }, { "deal_id", d }, { "done", true },
            { "starts_at", "2026-06-10T10:00:00.000Z" } });
    auto deals = BoardQuery::openDeals(db->session().database(), inPipeline(p));
    REQUIRE(deals.ok());
    REQUIRE(deals->size() == 1);
    CHECK(deals->first().nextActivity == "Send the offer");
    CHECK(deals->first().nextActivityAt.startsWith("2026-06-18T10:00"));
}

TEST_CASE("The board reads deals and their next step through indexes", "[forecast][board]")
{
    auto db = TestDatabase::initialised();
    DealFilter board;
    board.pipelineId = Workspace::defaultPipelineId(db->session());
    const QString plan
        = BoardQuery::queryPlan(db->session().database(), board).join(QStringLiteral(" | "));
    INFO(plan.toStdString());
    // Without activity_next_step each card's next activity sorts all of the deal's activities.
    CHECK(plan.contains(QStringLiteral("USING INDEX activity_next_step")));
    CHECK(plan.contains(QStringLiteral("SEARCH d USING INDEX deal_pipeline_id")));
}
