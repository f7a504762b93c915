// The ABC class on company cards: set from the customers' March revenue exactly as the report
// classes them, only where it changed, cleared for companies that bought nothing.
#include "TestDatabase.h"
#include "reports/AbcTestData.h"

#include "reports/ReportCatalog.h"
#include "services/AbcClasses.h"
#include "store/Session.h"

#include <catch2/catch.hpp>

using namespace tandem;
using namespace tandem::test;

namespace {

ReportParams march()
{
    ReportParams p;
    p.from = QDate(2026, 3, 1);
    p.to = QDate(2026, 3, 31);
    p.today = QDate(2026, 6, 15);
    return p;
}

QString classOf(RecordStore& rs, const QString& companyId)
{
    const auto c = rs.get(QStringLiteral("company"), companyId);
    REQUIRE(c);
    return c->text(QStringLiteral("abc_class"));
}

void setClass(RecordStore& rs, const QString& companyId, const QString& letter)
{
    REQUIRE(rs.update(
        QStringLiteral("company"), companyId, { { QStringLiteral("abc_class"), letter } }));
}

} // namespace

TEST_CASE("ABC classes: written to the companies whose class changed", "[abc][abc-classes]")
{
    auto db = TestDatabase::initialised();
    AbcCustomersData d(*db);
    RecordStore& rs = db->records();
    // Before: Beta already A (stays), Gamma marked C (becomes B), Omega — a prospect that bought
    // nothing in March — marked A by hand (cleared).
    setClass(rs, d.beta, QStringLiteral("A"));
    setClass(rs, d.gamma, QStringLiteral("C"));
    setClass(rs, d.omega, QStringLiteral("A"));

    // March (see AbcTestData.h): Alpha A, Beta A, Gamma B, Delta B, Eps C. Changed: Alpha, Gamma,
    // Delta, Eps and Omega = 5; Beta unchanged.
    auto changed = AbcClasses::apply(db->session(), march());
    REQUIRE(changed);
    CHECK(*changed == 5);
    CHECK(classOf(rs, d.alpha) == QStringLiteral("A"));
    CHECK(classOf(rs, d.beta) == QStringLiteral("A"));
    CHECK(classOf(rs, d.gamma) == QStringLiteral("B"));
    CHECK(classOf(rs, d.delta) == QStringLiteral("B"));
    CHECK(classOf(rs, d.eps) == QStringLiteral("C"));
    CHECK(classOf(rs, d.omega).isEmpty());

    // The same classes as the report shows.
    auto report = Reports::run(db->session(), QStringLiteral("abc-customers"), march());
    REQUIRE(report);
    int customers = 0;
    for (const ReportRow& r : report->rows) {
        if (r.total)
            continue;
        ++customers;
        CHECK(classOf(rs, r.key) == r.cells.at(0).value.toString());
    }
    CHECK(customers == 5);

    // Written through the record store: the change is in the company's history.
    bool logged = false;
    for (const HistoryEntry& h : rs.history(QStringLiteral("company"), d.delta))
        logged = logged || h.field == QStringLiteral("abc_class");
    CHECK(logged);

    SECTION("run again: nothing changes")
    {
        auto again = AbcClasses::apply(db->session(), march());
        REQUIRE(again);
        CHECK(*again == 0);
    }
    SECTION("with a = 60 only Beta moves (A → B)")
    {
        ReportParams p = march();
        p.options = { { QStringLiteral("a"), QStringLiteral("60") } };
        auto moved = AbcClasses::apply(db->session(), p);
        REQUIRE(moved);
        CHECK(*moved == 1);
        CHECK(classOf(rs, d.beta) == QStringLiteral("B"));
    }
    SECTION("a period with no revenue clears every class")
    {
        ReportParams p = march();
        p.from = QDate(2026, 1, 1);
        p.to = QDate(2026, 1, 31);
        auto cleared = AbcClasses::apply(db->session(), p);
        REQUIRE(cleared);
        CHECK(*cleared == 5);
        CHECK(classOf(rs, d.alpha).isEmpty());
        CHECK(classOf(rs, d.eps).isEmpty());
    }
}

TEST_CASE(
    "ABC classes: refused with filters or bad thresholds, nothing written", "[abc][abc-classes]")
{
    auto db = TestDatabase::initialised();
    AbcCustomersData d(*db);
    RecordStore& rs = db->records();
    setClass(rs, d.omega, QStringLiteral("A"));

    ReportParams p = march();
    SECTION("an owner filter")
    {
        p.ownerId = d.jonas;
        auto r = AbcClasses::apply(db->session(), p);
        REQUIRE_FALSE(r);
        CHECK(r.error().field == QStringLiteral("owner"));
    }
    SECTION("a territory filter")
    {
        p.territoryId = d.north;
        auto r = AbcClasses::apply(db->session(), p);
        REQUIRE_FALSE(r);
        CHECK(r.error().field == QStringLiteral("territory"));
    }
    SECTION("b not above a")
    {
        p.options = { { QStringLiteral("a"), QStringLiteral("95") },
            { QStringLiteral("b"), QStringLiteral("80") } };
        auto r = AbcClasses::apply(db->session(), p);
        REQUIRE_FALSE(r);
        CHECK(r.error().field == QStringLiteral("b"));
    }
    CHECK(classOf(rs, d.omega) == QStringLiteral("A"));
    CHECK(classOf(rs, d.alpha).isEmpty());
}
