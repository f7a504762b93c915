// ABC analysis of customers and of products: the ranking, the classes on their boundaries, the
// class totals, the filters, what is left out (with a note), drill-down and the comparison.
#include "AbcTestData.h"
#include "TestDatabase.h"

#include "reports/ReportCatalog.h"
#include "store/Session.h"

#include "ReportTestSupport.h"

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

ReportTable run(Session& s, const QString& name, const ReportParams& p)
{
    auto t = Reports::run(s, name, p);
    if (!t)
        FAIL(t.error().toString().toStdString());
    return *t;
}

// The item rows (not the class or total rows) as "class name", in order.
QStringList classed(const ReportTable& t)
{
    QStringList out;
    for (const ReportRow& r : t.rows) {
        if (!r.total)
            out << r.cells.at(0).value.toString() + QLatin1Char(' ')
                    + r.cells.at(1).value.toString();
    }
    return out;
}

} // namespace

TEST_CASE("ABC customers: ranked by March revenue and classed at 80 % and 95 %", "[reports][abc]")
{
    auto db = TestDatabase::initialised();
    AbcCustomersData d(*db);
    const ReportTable t = run(db->session(), QStringLiteral("abc-customers"), march());

    // Alpha 60 % (cum 60), Beta 20 % (cum 80: reaches 80 exactly, still A), Gamma 10 % (before
    // it 80, not < 80: B; cum 90), Delta 6 % (before it 90 < 95: B although it crosses 95; cum
    // 96), Eps 4 % (before it 96: C). Gamma's deal on the first instant and Delta's on the last
    // count; Eps's 9999.00 of 1 April does not, nor Alpha's removed deal or Beta's lost one.
    CHECK(classed(t)
        == QStringList { QStringLiteral("A Alpha"), QStringLiteral("A Beta"),
            QStringLiteral("B Gamma"), QStringLiteral("B Delta"), QStringLiteral("C Eps") });
    CHECK(value(t, d.alpha, QStringLiteral("revenue")).toLongLong() == 600000);
    CHECK(value(t, d.alpha, QStringLiteral("deals")).toInt() == 2);
    CHECK(value(t, d.alpha, QStringLiteral("share")).toDouble() == Approx(60.0));
    CHECK(value(t, d.beta, QStringLiteral("cumulative")).toDouble() == Approx(80.0));
    CHECK(value(t, d.gamma, QStringLiteral("revenue")).toLongLong() == 100000);
    CHECK(value(t, d.delta, QStringLiteral("revenue")).toLongLong() == 60000);
    CHECK(value(t, d.delta, QStringLiteral("cumulative")).toDouble() == Approx(96.0));
    CHECK(value(t, d.eps, QStringLiteral("revenue")).toLongLong() == 40000);
    CHECK(value(t, d.eps, QStringLiteral("cumulative")).toDouble() == Approx(100.0));

    // Class rows: A = Alpha + Beta = 8000.00 (80 %), B = 1000 + 600 = 1600.00 (16 %, cum 96),
    // C = 400.00 (4 %), total 10000.00 from 6 deals of 5 customers.
    CHECK(row(t, QStringLiteral("class-A")).total);
    CHECK(value(t, QStringLiteral("class-A"), QStringLiteral("revenue")).toLongLong() == 800000);
    CHECK(value(t, QStringLiteral("class-A"), QStringLiteral("deals")).toInt() == 3);
    CHECK(value(t, QStringLiteral("class-A"), QStringLiteral("share")).toDouble() == Approx(80.0));
    CHECK(value(t, QStringLiteral("class-B"), QStringLiteral("revenue")).toLongLong() == 160000);
    CHECK(value(t, QStringLiteral("class-B"), QStringLiteral("share")).toDouble() == Approx(16.0));
    CHECK(value(t, QStringLiteral("class-B"), QStringLiteral("cumulative")).toDouble()
        == Approx(96.0));
    CHECK(value(t, QStringLiteral("class-C"), QStringLiteral("revenue")).toLongLong() == 40000);
    CHECK(value(t, QStringLiteral("class-C"), QStringLiteral("share")).toDouble() == Approx(4.0));
    CHECK(value(t, QStringLiteral("total"), QStringLiteral("revenue")).toLongLong() == 1000000);
    CHECK(value(t, QStringLiteral("total"), QStringLiteral("deals")).toInt() == 6);
    CHECK(value(t, QStringLiteral("class-A"), QStringLiteral("name")).toString()
        == QStringLiteral("2 customer(s)"));

    // Drill-down: Alpha's revenue is its two March deals; class A's customers are Alpha, Beta.
    const ReportCell& revenue = cell(t, d.alpha, QStringLiteral("revenue"));
    CHECK(revenue.entity == QStringLiteral("deal"));
    CHECK(sorted(revenue.idList()) == sorted({ d.alpha1, d.alpha2 }));
    const ReportCell& customer = cell(t, d.alpha, QStringLiteral("name"));
    CHECK(customer.entity == QStringLiteral("company"));
    CHECK(customer.idList() == QStringList { d.alpha });
    const ReportCell& classA = cell(t, QStringLiteral("class-A"), QStringLiteral("name"));
    CHECK(classA.entity == QStringLiteral("company"));
    CHECK(sorted(classA.idList()) == sorted({ d.alpha, d.beta }));
    CHECK(sorted(cell(t, QStringLiteral("class-B"), QStringLiteral("revenue")).idList())
        == sorted({ d.gammaDeal, d.deltaDeal }));

    // Left out, and said so.
    CHECK(
        t.notes.contains(QStringLiteral("Not included: 1 won deal(s) in other currencies (PLN).")));
    CHECK(t.notes.contains(QStringLiteral("Not included: 1 won deal(s) without a company.")));
    CHECK(t.currency == QStringLiteral("EUR"));
    CHECK(t.chart.kind == ChartKind::HorizontalBar);
    CHECK(t.chart.valueColumns == QList<int> { t.column(QStringLiteral("revenue")) });
}

TEST_CASE(
    "ABC customers: the threshold boundary, other thresholds and their check", "[reports][abc]")
{
    auto db = TestDatabase::initialised();
    AbcCustomersData d(*db);
    ReportParams p = march();

    SECTION("the customer that reaches a exactly is A, the next one is not")
    {
        // a = 60: Alpha's 60 % reaches it exactly (before it 0 < 60): A; before Beta 60 %: B.
        p.options = { { QStringLiteral("a"), QStringLiteral("60") } };
        const ReportTable t = run(db->session(), QStringLiteral("abc-customers"), p);
        CHECK(classed(t)
            == QStringList { QStringLiteral("A Alpha"), QStringLiteral("B Beta"),
                QStringLiteral("B Gamma"), QStringLiteral("B Delta"), QStringLiteral("C Eps") });
        CHECK(
            value(t, QStringLiteral("class-B"), QStringLiteral("revenue")).toLongLong() == 360000);
    }
    SECTION("b = 90: Gamma reaches 90 exactly (B), Delta starts at 90 (C)")
    {
        p.options = { { QStringLiteral("b"), QStringLiteral("90") } };
        const ReportTable t = run(db->session(), QStringLiteral("abc-customers"), p);
        CHECK(classed(t)
            == QStringList { QStringLiteral("A Alpha"), QStringLiteral("A Beta"),
                QStringLiteral("B Gamma"), QStringLiteral("C Delta"), QStringLiteral("C Eps") });
        CHECK(value(t, QStringLiteral("class-C"), QStringLiteral("share")).toDouble()
            == Approx(10.0));
    }
    SECTION("a must be below b: the error names b")
    {
        p.options = { { QStringLiteral("a"), QStringLiteral("90") },
            { QStringLiteral("b"), QStringLiteral("90") } };
        auto t = Reports::run(db->session(), QStringLiteral("abc-customers"), p);
        REQUIRE_FALSE(t);
        CHECK(t.error().field == QStringLiteral("b"));
    }
}

TEST_CASE("ABC customers: filters, an empty period and the previous period", "[reports][abc]")
{
    auto db = TestDatabase::initialised();
    AbcCustomersData d(*db);
    ReportParams p = march();

    SECTION("owner: Jonas's deals are Alpha's only")
    {
        p.ownerId = d.jonas;
        const ReportTable t = run(db->session(), QStringLiteral("abc-customers"), p);
        CHECK(classed(t) == QStringList { QStringLiteral("A Alpha") });
        CHECK(value(t, d.alpha, QStringLiteral("share")).toDouble() == Approx(100.0));
        CHECK(value(t, QStringLiteral("total"), QStringLiteral("revenue")).toLongLong() == 600000);
    }
    SECTION("team: Vilnius is Jonas")
    {
        p.teamId = d.team;
        const ReportTable t = run(db->session(), QStringLiteral("abc-customers"), p);
        CHECK(classed(t) == QStringList { QStringLiteral("A Alpha") });
    }
    SECTION("territory: North is Gamma")
    {
        p.territoryId = d.north;
        const ReportTable t = run(db->session(), QStringLiteral("abc-customers"), p);
        CHECK(classed(t) == QStringList { QStringLiteral("A Gamma") });
    }
    SECTION("currency: in PLN only Beta's 5000.00; the 7 March EUR deals (one without a company) "
            "are left out")
    {
        p.currency = QStringLiteral("PLN");
        const ReportTable t = run(db->session(), QStringLiteral("abc-customers"), p);
        CHECK(classed(t) == QStringList { QStringLiteral("A Beta") });
        CHECK(value(t, d.beta, QStringLiteral("revenue")).toLongLong() == 500000);
        CHECK(t.notes.contains(
            QStringLiteral("Not included: 7 won deal(s) in other currencies (EUR).")));
    }
    SECTION("January: nothing won, classes empty, no share to show")
    {
        p.from = QDate(2026, 1, 1);
        p.to = QDate(2026, 1, 31);
        const ReportTable t = run(db->session(), QStringLiteral("abc-customers"), p);
        CHECK(classed(t).isEmpty());
        REQUIRE(t.rows.size() == 4); // A, B, C and the total
        CHECK(value(t, QStringLiteral("class-A"), QStringLiteral("revenue")).toLongLong() == 0);
        CHECK(value(t, QStringLiteral("total"), QStringLiteral("revenue")).toLongLong() == 0);
        CHECK(value(t, QStringLiteral("total"), QStringLiteral("share")).isNull());
        CHECK(t.notes.size() == 1); // the rule only
    }
    SECTION("compared with February: Alpha 3000.00 then, 6000.00 now (+100 %)")
    {
        p.compare = Comparison::PreviousPeriod;
        const ReportTable t = run(db->session(), QStringLiteral("abc-customers"), p);
        CHECK(value(t, d.alpha, QStringLiteral("revenue_previous")).toLongLong() == 300000);
        CHECK(value(t, d.alpha, QStringLiteral("revenue_change")).toDouble() == Approx(100.0));
        // Class A was Alpha alone in February: 3000.00 → 8000.00 is +166.7 %.
        CHECK(value(t, QStringLiteral("class-A"), QStringLiteral("revenue_change")).toDouble()
            == Approx(500.0 / 3.0));
        // Beta won nothing in February: no change to show.
        CHECK(value(t, d.beta, QStringLiteral("revenue_change")).isNull());
    }
}

namespace {

// Products in March 2026, worked out by hand (EUR; quantity in thousandths, discounts in
// hundredths of a percent):
//  D1 won 03-10. Quote v1 (accepted, quote discount 5 %) is the one, not the later v2 (a draft
//     with a Widget line of 100 units):
//       Widget 3 × 100.00 less 10 % = 270.00, less 5 % = 256.50
//       Gadget 2.5 × 33.33 = 83.325 → 83.33, less 5 % = 79.1635 → 79.16
//       a free-text line of 50.00 (no product: left out, with a note)
//  D2 won 03-20, Jonas's; none accepted, so the latest, v2 (v1 had 7 Gadgets):
//       Service hours 10 × 50.00 = 500.00, Widget 1 × 100.00 = 100.00, Cable 4 × 5.00 = 20.00
//  D3 won 03-05 without a quote (noted); D4 won 04-01 with a Widget line (out of the period);
//  D5 won 03-12 in PLN with a Cable line (noted); D6 lost in March with a Gadget line.
// Total 256.50 + 79.16 + 500.00 + 100.00 + 20.00 = 955.66.
// Service hours 500.00 (52.32 %), Widget 356.50 (cum 856.50, 89.62 %: A, before it 52.32 %),
// Gadget 79.16 (before it 89.62 % < 95: B; cum 97.91 %), Cable 20.00 (before it 97.91 %: C).
struct ProductsData {
    explicit ProductsData(TestDatabase& db)
        : rs(db.records())
    {
        widget = product(QStringLiteral("Widget"));
        gadget = product(QStringLiteral("Gadget"));
        hours = product(QStringLiteral("Service hours"));
        cable = product(QStringLiteral("Cable"));
        jonas = create(
            rs, QStringLiteral("user"), { { QStringLiteral("name"), QStringLiteral("Jonas") } });
        d1 = deal(QStringLiteral("won"), QDate(2026, 3, 10));
        const QString v1 = quote(d1, 1, QStringLiteral("accepted"), 500);
        line(v1, widget, 3000, 10000, 1000);
        line(v1, gadget, 2500, 3333, 0);
        line(v1, {}, 1000, 5000, 0);
        const QString v2 = quote(d1, 2, QStringLiteral("draft"), 0);
        line(v2, widget, 100000, 10000, 0);
        d2 = deal(QStringLiteral("won"), QDate(2026, 3, 20));
        REQUIRE(rs.update(QStringLiteral("deal"), d2, { { QStringLiteral("owner_id"), jonas } }));
        line(quote(d2, 1, {}, 0), gadget, 7000, 3333, 0);
        const QString q2 = quote(d2, 2, {}, 0);
        line(q2, hours, 10000, 5000, 0);
        line(q2, widget, 1000, 10000, 0);
        line(q2, cable, 4000, 500, 0);
        deal(QStringLiteral("won"), QDate(2026, 3, 5));
        const QString d4 = deal(QStringLiteral("won"), QDate(2026, 4, 1));
        line(quote(d4, 1, {}, 0), widget, 50000, 10000, 0);
        const QString d5 = deal(QStringLiteral("won"), QDate(2026, 3, 12), QStringLiteral("PLN"));
        line(quote(d5, 1, {}, 0, QStringLiteral("PLN")), cable, 1000, 1000, 0);
        const QString d6 = deal(QStringLiteral("lost"), QDate(2026, 3, 12));
        line(quote(d6, 1, {}, 0), gadget, 1000, 3333, 0);
    }

    QString product(const QString& name)
    {
        return create(rs, QStringLiteral("product"), { { QStringLiteral("name"), name } });
    }
    QString deal(
        const QString& status, const QDate& day, const QString& currency = QStringLiteral("EUR"))
    {
        const QDateTime at(day, QTime(12, 0), QTimeZone::utc());
        return create(rs, QStringLiteral("deal"),
            { { QStringLiteral("title"), QStringLiteral("Order") },
                { QStringLiteral("status"), status }, { QStringLiteral("currency"), currency },
                { status == QLatin1String("won") ? QStringLiteral("won_at")
                                                 : QStringLiteral("lost_at"),
                    at } });
    }
    QString quote(const QString& dealId, int version, const QString& status, int discount,
        const QString& currency = QStringLiteral("EUR"))
    {
        QVariantMap v { { QStringLiteral("deal_id"), dealId },
            { QStringLiteral("version"), version }, { QStringLiteral("discount"), discount },
            { QStringLiteral("currency"), currency } };
        if (!status.isEmpty())
            v.insert(QStringLiteral("status"), status);
        return create(rs, QStringLiteral("quote"), v);
    }
    void line(
        const QString& quoteId, const QString& productId, int quantity, int unitPrice, int discount)
    {
        QVariantMap v { { QStringLiteral("quote_id"), quoteId },
            { QStringLiteral("quantity"), quantity }, { QStringLiteral("unit_price"), unitPrice },
            { QStringLiteral("discount"), discount },
            { QStringLiteral("description"), QStringLiteral("Line") } };
        if (!productId.isEmpty())
            v.insert(QStringLiteral("product_id"), productId);
        create(rs, QStringLiteral("quote_line"), v);
    }

    RecordStore& rs;
    QString jonas, widget, gadget, hours, cable, d1, d2;
};

} // namespace

TEST_CASE(
    "ABC products: revenue from the lines of the quote that counts, classed", "[reports][abc]")
{
    auto db = TestDatabase::initialised();
    ProductsData d(*db);
    const ReportTable t = run(db->session(), QStringLiteral("abc-products"), march());

    CHECK(classed(t)
        == QStringList { QStringLiteral("A Service hours"), QStringLiteral("A Widget"),
            QStringLiteral("B Gadget"), QStringLiteral("C Cable") });
    CHECK(value(t, d.widget, QStringLiteral("revenue")).toLongLong() == 35650);
    CHECK(value(t, d.widget, QStringLiteral("deals")).toInt() == 2);
    CHECK(value(t, d.widget, QStringLiteral("quantity")).toDouble() == Approx(4.0));
    CHECK(value(t, d.gadget, QStringLiteral("revenue")).toLongLong() == 7916);
    CHECK(value(t, d.gadget, QStringLiteral("quantity")).toDouble() == Approx(2.5));
    CHECK(value(t, d.hours, QStringLiteral("revenue")).toLongLong() == 50000);
    CHECK(value(t, d.cable, QStringLiteral("revenue")).toLongLong() == 2000);
    CHECK(value(t, d.hours, QStringLiteral("share")).toDouble() == Approx(50000 * 100.0 / 95566));
    CHECK(value(t, d.gadget, QStringLiteral("cumulative")).toDouble()
        == Approx(93566 * 100.0 / 95566));
    CHECK(value(t, QStringLiteral("total"), QStringLiteral("revenue")).toLongLong() == 95566);

    // Class A: Service hours (D2) and Widget (D1, D2): two deals, not three.
    CHECK(value(t, QStringLiteral("class-A"), QStringLiteral("deals")).toInt() == 2);
    CHECK(value(t, QStringLiteral("class-A"), QStringLiteral("revenue")).toLongLong() == 85650);
    CHECK(sorted(cell(t, QStringLiteral("class-A"), QStringLiteral("deals")).idList())
        == sorted({ d.d1, d.d2 }));
    const ReportCell& widget = cell(t, d.widget, QStringLiteral("name"));
    CHECK(widget.entity == QStringLiteral("product"));
    CHECK(widget.idList() == QStringList { d.widget });
    CHECK(sorted(cell(t, d.widget, QStringLiteral("revenue")).idList()) == sorted({ d.d1, d.d2 }));

    CHECK(t.notes.contains(QStringLiteral(
        "Not included: 1 won deal(s) without quote lines (what they sold is not known).")));
    CHECK(t.notes.contains(
        QStringLiteral("Not included: 1 quote line(s) in other currencies (PLN).")));
    CHECK(t.notes.contains(
        QStringLiteral("Not included: 1 quote line(s) without a product (free text).")));

    SECTION("owner: Jonas's D2 alone")
    {
        // 500.00 + 100.00 + 20.00 = 620.00: Service hours 80.65 % (A), Widget (before it
        // 80.65 %: B, cum 96.77 %), Cable (C).
        ReportParams p = march();
        p.ownerId = d.jonas;
        const ReportTable o = run(db->session(), QStringLiteral("abc-products"), p);
        CHECK(classed(o)
            == QStringList { QStringLiteral("A Service hours"), QStringLiteral("B Widget"),
                QStringLiteral("C Cable") });
        CHECK(value(o, QStringLiteral("total"), QStringLiteral("revenue")).toLongLong() == 62000);
    }
    SECTION("April against March: Widget 5000.00 (D4) against 356.50")
    {
        ReportParams p = march();
        p.from = QDate(2026, 4, 1);
        p.to = QDate(2026, 4, 30);
        p.compare = Comparison::PreviousPeriod;
        const ReportTable c = run(db->session(), QStringLiteral("abc-products"), p);
        CHECK(value(c, d.widget, QStringLiteral("revenue")).toLongLong() == 500000);
        CHECK(value(c, d.widget, QStringLiteral("revenue_previous")).toLongLong() == 35650);
        CHECK(value(c, d.widget, QStringLiteral("revenue_change")).toDouble()
            == Approx((500000.0 - 35650.0) * 100.0 / 35650.0));
        // Sold in March only: the row is still there, with nothing this time.
        CHECK(value(c, d.hours, QStringLiteral("revenue")).isNull());
        CHECK(value(c, d.hours, QStringLiteral("revenue_previous")).toLongLong() == 50000);
    }
    SECTION("an empty period")
    {
        ReportParams p = march();
        p.from = QDate(2026, 2, 1);
        p.to = QDate(2026, 2, 28);
        const ReportTable feb = run(db->session(), QStringLiteral("abc-products"), p);
        CHECK(classed(feb).isEmpty());
        CHECK(value(feb, QStringLiteral("total"), QStringLiteral("revenue")).toLongLong() == 0);
    }
}
