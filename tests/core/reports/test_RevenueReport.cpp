// The revenue report on a small fixed dataset: won revenue by month, quarter, customer, industry,
// country, segment, rep and product, with repeat and new-customer revenue, worked out by hand.
#include "TestDatabase.h"

#include "reports/ReportCatalog.h"

#include <QSet>
#include <catch2/catch.hpp>

using namespace tandem;
using tandem::test::create;
using tandem::test::TestDatabase;

namespace {

struct Fixture {
    std::unique_ptr<TestDatabase> db = TestDatabase::initialised();
    QString ona, jonas, alfa, beta, gama, kaunas, p1, p2;
    QHash<QString, QString> deal;

    Fixture()
    {
        RecordStore& rs = db->records();
        ona = create(rs, "user", { { "name", "Ona" } });
        jonas = create(rs, "user", { { "name", "Jonas" } });
        kaunas = create(rs, "territory", { { "name", "Kaunas" } });
        alfa = create(rs, "company",
            { { "name", "Alfa" }, { "industry", "Retail" }, { "country", "LT" },
                { "segment", "SMB" }, { "territory_id", kaunas } });
        beta = create(rs, "company",
            { { "name", "Beta" }, { "industry", "Logistics" }, { "country", "PL" },
                { "segment", "Enterprise" } });
        gama = create(rs, "company", { { "name", "Gama" }, { "country", "LT" } });

        // The period of most tests is the first quarter of 2026.
        won("R0", alfa, ona, 10000, "2025-11-10T12:00:00.000Z"); // before: Alfa returns
        won("R1", alfa, ona, 100000, "2026-01-01T00:00:00.000Z"); // first instant: in; repeat
        won("R2", beta, jonas, 50000, "2026-02-10T09:00:00.000Z"); // Beta's first: new
        won("R3", beta, jonas, 25001, "2026-03-31T23:59:59.999Z"); // last instant: in; repeat
        won("R4", gama, jonas, 77777, "2026-04-01T00:00:00.000Z"); // the day after: out
        won("R5", {}, ona, 3000, "2026-02-20T15:00:00.000Z"); // no company: neither
        won("R6", gama, jonas, 40000, "2026-03-05T10:00:00.000Z", "PLN"); // other currency
        won("R7", gama, jonas, 20000, "2026-03-10T10:00:00.000Z"); // repeat: after R6 (PLN)
        // Open and lost deals count nowhere, even when expected or lost in the period.
        create(rs, "deal",
            { { "title", "Open" }, { "company_id", alfa }, { "amount", 500000 },
                { "currency", "EUR" }, { "status", "open" }, { "expected_close", "2026-02-01" } });
        create(rs, "deal",
            { { "title", "Lost" }, { "company_id", beta }, { "amount", 600000 },
                { "currency", "EUR" }, { "status", "lost" },
                { "lost_at", "2026-02-01T10:00:00.000Z" } });

        p1 = create(rs, "product", { { "name", "Shelf" } });
        p2 = create(rs, "product", { { "name", "Rack" } });
        // R2: version 1 (sent) would say 2 × 100.00 of P1; version 2 was accepted: 1.5 × 200.00
        // less 10 % = 270.00 of P1, and 1 × 230.00 of P2.
        const QString r2v1 = quote(deal["R2"], 1, "sent", 0);
        line(r2v1, p1, 2000, 10000, 0);
        const QString r2v2 = quote(deal["R2"], 2, "accepted", 0);
        line(r2v2, p1, 1500, 20000, 1000);
        line(r2v2, p2, 1000, 23000, 0);
        // R1: one quote, not accepted (the latest counts): 1 × 1000.00 of P2 less the quote's 5 %.
        const QString r1 = quote(deal["R1"], 1, "sent", 500);
        line(r1, p2, 1000, 100000, 0);
    }

    void won(const QString& name, const QString& company, const QString& owner, qint64 amount,
        const QString& at, const QString& currency = "EUR")
    {
        QVariantMap v { { "title", name }, { "amount", amount }, { "currency", currency },
            { "status", "won" }, { "owner_id", owner }, { "won_at", at } };
        if (!company.isEmpty())
            v.insert("company_id", company);
        deal.insert(name, create(db->records(), "deal", v));
    }

    QString quote(const QString& dealId, int version, const QString& status, qint64 discount)
    {
        return create(db->records(), "quote",
            { { "deal_id", dealId }, { "version", version }, { "status", status },
                { "currency", "EUR" }, { "discount", discount } });
    }

    void line(const QString& quoteId, const QString& product, qint64 quantity, qint64 price,
        qint64 discount)
    {
        create(db->records(), "quote_line",
            { { "quote_id", quoteId }, { "product_id", product }, { "quantity", quantity },
                { "unit_price", price }, { "currency", "EUR" }, { "discount", discount } });
    }

    ReportTable run(const QString& by, const QDate& from = QDate(2026, 1, 1),
        const QDate& to = QDate(2026, 3, 31), const std::function<void(ReportParams&)>& more = {})
    {
        ReportParams p;
        p.from = from;
        p.to = to;
        p.today = QDate(2026, 6, 15);
        p.options.insert("by", by);
        if (more)
            more(p);
        auto t = Reports::run(db->session(), "revenue", p);
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

QString label(const ReportTable& t, int row)
{
    return t.rows.at(row).cells.at(0).value.toString();
}

qint64 revenue(const ReportTable& t, int row)
{
    return t.rows.at(row).cells.at(t.column("revenue")).value.toLongLong();
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

QStringList labels(const ReportTable& t)
{
    QStringList out;
    for (int i = 0; i < t.rows.size(); ++i)
        out << label(t, i);
    return out;
}

} // namespace

TEST_CASE("Revenue by month, with repeat and new-customer revenue", "[reports][revenue-report]")
{
    Fixture f;
    const ReportTable t = f.run("month");
    REQUIRE(labels(t)
        == QStringList { "January 2026", "February 2026", "March 2026", "Total", "Repeat revenue",
            "New-customer revenue" });
    CHECK(t.rows.at(0).key == "month-1");
    CHECK(t.rows.at(3).key == "total");
    CHECK(t.rows.at(3).total);
    CHECK(t.rows.at(4).total);

    // January: R1 (at 00:00 on the 1st). February: R2 + R5 = 53000. March: R3 (at 23:59:59.999
    // on the 31st) + R7 = 45001; R6 is in PLN, R4 is won on April 1st.
    CHECK(value(t, 0, "deals").toInt() == 1);
    CHECK(revenue(t, 0) == 100000);
    CHECK(value(t, 1, "deals").toInt() == 2);
    CHECK(revenue(t, 1) == 53000);
    CHECK(value(t, 1, "average").toLongLong() == 26500);
    CHECK(revenue(t, 2) == 45001);
    CHECK(value(t, 2, "average").toLongLong() == 22501); // 22500.5, half away from zero
    CHECK(drilled(t, 2, "revenue") == f.ids({ "R3", "R7" }));
    // Total 198001 over 5 deals: average 39600.2 → 39600; shares of it.
    CHECK(value(t, 3, "deals").toInt() == 5);
    CHECK(revenue(t, 3) == 198001);
    CHECK(value(t, 3, "average").toLongLong() == 39600);
    CHECK(value(t, 0, "share").toDouble() == Approx(100.0 * 100000 / 198001));
    CHECK(value(t, 1, "share").toDouble() == Approx(100.0 * 53000 / 198001));
    // Repeat: R1 (Alfa won R0 in 2025), R3 (after R2), R7 (after R6, won in PLN): 145001,
    // average 48333.67 → 48334. New: R2 only. R5 has no company: in neither.
    CHECK(value(t, 4, "deals").toInt() == 3);
    CHECK(revenue(t, 4) == 145001);
    CHECK(value(t, 4, "average").toLongLong() == 48334);
    CHECK(value(t, 4, "share").toDouble() == Approx(100.0 * 145001 / 198001));
    CHECK(drilled(t, 4, "revenue") == f.ids({ "R1", "R3", "R7" }));
    CHECK(value(t, 5, "deals").toInt() == 1);
    CHECK(revenue(t, 5) == 50000);
    CHECK(drilled(t, 5, "deals") == f.ids({ "R2" }));

    CHECK(t.notes.contains("1 won deal(s) in other currencies (PLN) are not included."));
    CHECK(t.notes.contains(
        "1 won deal(s) without a company count in neither repeat nor new-customer revenue."));
    CHECK(t.chart.kind == ChartKind::Line);
    CHECK(t.chart.valueColumns == QList<int> { 2 });
}

TEST_CASE(
    "Revenue by quarter, customer, industry, country, segment and rep", "[reports][revenue-report]")
{
    Fixture f;
    SECTION("quarter")
    {
        const ReportTable t = f.run("quarter");
        REQUIRE(labels(t).first() == "Q1 2026");
        CHECK(revenue(t, 0) == 198001);
        CHECK(value(t, 0, "share").toDouble() == Approx(100.0));
        // A period across two quarters shows both: March to April. March 45001, April R4.
        const ReportTable two = f.run("quarter", QDate(2026, 3, 1), QDate(2026, 4, 30));
        REQUIRE(labels(two).mid(0, 2) == QStringList { "Q1 2026", "Q2 2026" });
        CHECK(revenue(two, 0) == 45001);
        CHECK(revenue(two, 1) == 77777);
        CHECK(two.chart.kind == ChartKind::Line);
    }
    SECTION("customer: the largest first")
    {
        const ReportTable t = f.run("customer");
        REQUIRE(labels(t).mid(0, 4) == QStringList { "Alfa", "Beta", "Gama", "(no company)" });
        CHECK(revenue(t, 0) == 100000);
        CHECK(revenue(t, 1) == 75001); // R2 + R3
        CHECK(value(t, 1, "average").toLongLong() == 37501); // 37500.5
        CHECK(revenue(t, 2) == 20000); // R7; R6 in PLN
        CHECK(revenue(t, 3) == 3000);
        // The customer's name opens the company.
        CHECK(t.rows.at(0).cells.at(0).entity == "company");
        CHECK(t.rows.at(0).cells.at(0).ids == f.alfa);
        CHECK(t.chart.kind == ChartKind::Bar);
    }
    SECTION("industry")
    {
        const ReportTable t = f.run("industry");
        REQUIRE(labels(t).mid(0, 3) == QStringList { "Retail", "Logistics", "(not set)" });
        CHECK(revenue(t, 2) == 23000); // Gama 20000 + R5 without a company 3000
    }
    SECTION("country")
    {
        const ReportTable t = f.run("region");
        REQUIRE(labels(t).mid(0, 3) == QStringList { "LT", "PL", "(not set)" });
        CHECK(revenue(t, 0) == 120000); // Alfa 100000 + Gama 20000
        CHECK(value(t, 0, "deals").toInt() == 2);
        CHECK(revenue(t, 1) == 75001);
    }
    SECTION("segment")
    {
        const ReportTable t = f.run("segment");
        REQUIRE(labels(t).mid(0, 3) == QStringList { "SMB", "Enterprise", "(not set)" });
        CHECK(revenue(t, 2) == 23000);
    }
    SECTION("rep")
    {
        const ReportTable t = f.run("owner");
        REQUIRE(labels(t).mid(0, 2) == QStringList { "Ona", "Jonas" });
        CHECK(revenue(t, 0) == 103000); // R1 + R5
        CHECK(revenue(t, 1) == 95001); // R2 + R3 + R7
        CHECK(value(t, 1, "deals").toInt() == 3);
    }
}

TEST_CASE("Revenue by product comes from the quote lines of won deals", "[reports][revenue-report]")
{
    Fixture f;
    const ReportTable t = f.run("product");
    REQUIRE(labels(t)
        == QStringList { "Rack", "Shelf", "Total", "Repeat revenue", "New-customer revenue" });
    // Rack: R1's 100000 less the quote's 5 % = 95000, and R2's accepted 23000: 118000 over two
    // deals. Shelf: R2's accepted 1.5 × 20000 less 10 % = 27000 (version 1's line is not counted).
    CHECK(revenue(t, 0) == 118000);
    CHECK(value(t, 0, "deals").toInt() == 2);
    CHECK(value(t, 0, "average").toLongLong() == 59000);
    CHECK(t.rows.at(0).cells.at(0).entity == "product");
    CHECK(revenue(t, 1) == 27000);
    CHECK(revenue(t, 2) == 145000);
    CHECK(value(t, 2, "deals").toInt() == 2);
    CHECK(value(t, 0, "share").toDouble() == Approx(100.0 * 118000 / 145000));
    // Repeat: R1's lines; new: R2's.
    CHECK(revenue(t, 3) == 95000);
    CHECK(revenue(t, 4) == 50000);
    // R3, R5, R6 (in PLN, but its lines could have been in EUR) and R7 have no quote.
    CHECK(t.notes.contains(
        "4 won deal(s) without quote lines are not included: what they sold is not known."));
}

TEST_CASE("Revenue filters, an empty period and the comparison", "[reports][revenue-report]")
{
    Fixture f;
    SECTION("an owner")
    {
        const ReportTable t = f.run("month", QDate(2026, 1, 1), QDate(2026, 3, 31),
            [&](ReportParams& p) { p.ownerId = f.jonas; });
        CHECK(revenue(t, 0) == 0);
        CHECK(revenue(t, 1) == 50000);
        CHECK(revenue(t, 2) == 45001);
        CHECK(revenue(t, 3) == 95001);
        CHECK(revenue(t, 4) == 45001); // repeat: R3 + R7
        CHECK(revenue(t, 5) == 50000); // new: R2
    }
    SECTION("a territory")
    {
        const ReportTable t = f.run("customer", QDate(2026, 1, 1), QDate(2026, 3, 31),
            [&](ReportParams& p) { p.territoryId = f.kaunas; });
        REQUIRE(
            labels(t) == QStringList { "Alfa", "Total", "Repeat revenue", "New-customer revenue" });
        CHECK(revenue(t, 1) == 100000);
    }
    SECTION("an empty period")
    {
        const ReportTable t = f.run("month", QDate(2025, 6, 1), QDate(2025, 6, 30));
        REQUIRE(labels(t)
            == QStringList { "June 2025", "Total", "Repeat revenue", "New-customer revenue" });
        CHECK(revenue(t, 0) == 0);
        CHECK(value(t, 0, "share").isNull());
        CHECK(value(t, 0, "average").isNull());
        CHECK(revenue(t, 1) == 0);
        CHECK(value(t, 2, "deals").toInt() == 0);
        CHECK(t.notes.filter("other currencies").isEmpty());
    }
    SECTION("March against February")
    {
        const ReportTable t = f.run("month", QDate(2026, 3, 1), QDate(2026, 3, 31),
            [](ReportParams& p) { p.compare = Comparison::PreviousPeriod; });
        const int now = t.column("revenue");
        REQUIRE(t.column("revenue_previous") == now + 1);
        REQUIRE(t.column("revenue_change") == now + 2);
        // March 45001 against February 53000: −15.09 %.
        CHECK(label(t, 0) == "March 2026");
        CHECK(t.rows.at(0).cells.at(now + 1).value.toLongLong() == 53000);
        CHECK(t.rows.at(0).cells.at(now + 2).value.toDouble()
            == Approx(100.0 * (45001 - 53000) / 53000));
    }
}
