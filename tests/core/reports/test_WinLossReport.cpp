// Win/loss analysis on a small fixed set of deals closed around March 2026; every expected figure
// is worked out by hand from the deals listed in the fixture.
#include "TestDatabase.h"
#include "reports/ReportCatalog.h"
#include "services/Workspace.h"

#include "ReportTestSupport.h"
#include <QSet>

#include <catch2/catch.hpp>

using namespace tandem;
using namespace tandem::test;

namespace {

QString str(const char* s)
{
    return QString::fromUtf8(s);
}

// March 2026 (the period) and around it. Amounts in cents.
//   id   status owner  company pipeline  amount      closed at                source    reason
//   d1   won    Ona    Alfa    default   1,000.00    03-01 00:00:00.000 (in)  referral
//   d2   won    Rasa   Beta    default   60,000.00   03-15                    web_form  (Rival)
//   d3   lost   Ona    Alfa    default   2,000.00    03-31 23:59:59.999 (in)  web_form  Price too
//   high (Rival) d4   lost   Tomas  Beta    default   999.99      03-10 Price too high d5   lost
//   Rasa   Alfa    renewals  15,000.00   03-20                              No budget d6   won
//   Tomas  —       renewals  800.00      03-05 out: d7 won 04-01 00:00 (April); d8 lost 02-28
//   23:59:59.999 and d12 won 02-10 (February);
//        d9 won in PLN; d10 open; d13 won in March but deleted.
// Ona and Rasa are team North, Tomas team South; Alfa (LT, Vilniaus apskr., Manufacturing) is in
// territory Baltics, Beta (PL, mazowieckie, Retail) in none.
struct Fixture {
    std::unique_ptr<TestDatabase> db = TestDatabase::initialised();
    QString ona, rasa, tomas, north, south, baltics, alfa, beta, rival, renewals;
    QString d1, d2, d3, d4, d5, d6, d7, d8, d9, d12;

    Fixture()
    {
        RecordStore& rs = db->records();
        north = create(rs, str("team"), { { str("name"), str("North") } });
        south = create(rs, str("team"), { { str("name"), str("South") } });
        ona = create(rs, str("user"), { { str("name"), str("Ona") }, { str("team_id"), north } });
        rasa = create(rs, str("user"), { { str("name"), str("Rasa") }, { str("team_id"), north } });
        tomas
            = create(rs, str("user"), { { str("name"), str("Tomas") }, { str("team_id"), south } });
        baltics = create(rs, str("territory"), { { str("name"), str("Baltics") } });
        alfa = create(rs, str("company"),
            { { str("name"), str("Alfa") }, { str("industry"), str("Manufacturing") },
                { str("country"), str("LT") }, { str("region"), str("Vilniaus apskr.") },
                { str("territory_id"), baltics } });
        beta = create(rs, str("company"),
            { { str("name"), str("Beta") }, { str("industry"), str("Retail") },
                { str("country"), str("PL") }, { str("region"), str("mazowieckie") } });
        rival = create(rs, str("competitor"), { { str("name"), str("Rival") } });
        const QString main = Workspace::defaultPipelineId(db->session());
        renewals = create(rs, str("pipeline"), { { str("name"), str("Renewals") } });

        // Created in January: when a deal was opened does not matter, only when it closed.
        db->clock().set(QDateTime(QDate(2026, 1, 20), QTime(9, 0), Qt::UTC));
        d1 = deal("d1", ona, alfa, main, 100000, "won", "2026-03-01T00:00:00.000Z",
            { { str("source"), str("referral") } });
        d2 = deal("d2", rasa, beta, main, 6000000, "won", "2026-03-15T10:00:00.000Z",
            { { str("source"), str("web_form") }, { str("competitor_id"), rival } });
        d3 = deal("d3", ona, alfa, main, 200000, "lost", "2026-03-31T23:59:59.999Z",
            { { str("source"), str("web_form") }, { str("competitor_id"), rival },
                { str("lost_reason"), str("Price too high") } });
        d4 = deal("d4", tomas, beta, main, 99999, "lost", "2026-03-10T12:00:00.000Z",
            { { str("lost_reason"), str("Price too high") } });
        d5 = deal("d5", rasa, alfa, renewals, 1500000, "lost", "2026-03-20T08:00:00.000Z",
            { { str("lost_reason"), str("No budget") } });
        d6 = deal("d6", tomas, {}, renewals, 80000, "won", "2026-03-05T08:00:00.000Z");
        d7 = deal("d7", ona, alfa, main, 100000, "won", "2026-04-01T00:00:00.000Z");
        d8 = deal("d8", ona, alfa, main, 100000, "lost", "2026-02-28T23:59:59.999Z",
            { { str("lost_reason"), str("No budget") } });
        d9 = deal("d9", ona, alfa, main, 300000, "won", "2026-03-12T08:00:00.000Z",
            { { str("currency"), str("PLN") } });
        d12 = deal("d12", ona, alfa, main, 300000, "won", "2026-02-10T08:00:00.000Z");
        create(rs, str("deal"),
            { { str("title"), str("d10") }, { str("owner_id"), ona },
                { str("status"), str("open") }, { str("amount"), qint64(700000) },
                { str("expected_close"), str("2026-03-20") } });
        const QString d13 = deal("d13", ona, alfa, main, 900000, "won", "2026-03-16T08:00:00.000Z");
        REQUIRE(rs.remove(str("deal"), d13));
    }

    QString deal(const char* title, const QString& owner, const QString& company,
        const QString& pipeline, qint64 amount, const char* status, const char* closedAt,
        QVariantMap more = {})
    {
        more.insert(str("title"), str(title));
        more.insert(str("owner_id"), owner);
        if (!company.isEmpty())
            more.insert(str("company_id"), company);
        more.insert(str("pipeline_id"), pipeline);
        more.insert(str("amount"), amount);
        more.insert(str("status"), str(status));
        more.insert(QString::fromLatin1(status) + str("_at"), str(closedAt));
        return create(db->records(), str("deal"), more);
    }

    ReportTable run(const QString& by, ReportParams p = {})
    {
        if (p.from.isNull()) {
            p.from = QDate(2026, 3, 1);
            p.to = QDate(2026, 3, 31);
        }
        p.today = QDate(2026, 6, 15);
        p.options.insert(str("by"), by);
        auto t = Reports::run(db->session(), str("win-loss"), p);
        if (!t)
            FAIL(t.error().toString().toStdString());
        return *t;
    }
};

} // namespace

TEST_CASE("Win/loss by reason: won deals in a row of their own, lost ones per reason",
    "[reports][winloss]")
{
    Fixture f;
    const ReportTable t = f.run(str("reason"));
    CHECK(t.currency == str("EUR"));
    REQUIRE(keys(t)
        == QStringList {
            str("won"), str("lost:Price too high"), str("lost:No budget"), str("total") });
    CHECK(row(t, str("won")).cells.at(0).value.toString() == str("Won deals"));
    // Won: d1 + d2 + d6 = 1,000.00 + 60,000.00 + 800.00 = 61,800.00; average 61,800 / 3 = 20,600.
    CHECK(value(t, str("won"), "won").toLongLong() == 3);
    CHECK(value(t, str("won"), "won_amount").toLongLong() == 6180000);
    CHECK(value(t, str("won"), "avg_won").toLongLong() == 2060000);
    CHECK(value(t, str("won"), "win_rate").isNull()); // said only in the total
    CHECK(ids(t, str("won"), "won") == QSet<QString> { f.d1, f.d2, f.d6 });
    // Price too high: d3 (2,000.00, on the last instant of March) + d4 (999.99) = 2,999.99.
    CHECK(value(t, str("lost:Price too high"), "lost").toLongLong() == 2);
    CHECK(value(t, str("lost:Price too high"), "won").toLongLong() == 0);
    CHECK(value(t, str("lost:Price too high"), "lost_amount").toLongLong() == 299999);
    CHECK(value(t, str("lost:Price too high"), "avg_won").isNull());
    CHECK(ids(t, str("lost:Price too high"), "lost") == QSet<QString> { f.d3, f.d4 });
    // No budget: d5 only (d8 was lost in February).
    CHECK(value(t, str("lost:No budget"), "lost").toLongLong() == 1);
    CHECK(value(t, str("lost:No budget"), "lost_amount").toLongLong() == 1500000);
    // Total: 3 won, 3 lost → 50 %; lost 2,999.99 + 15,000.00 = 17,999.99.
    const ReportRow& total = row(t, str("total"));
    CHECK(total.total);
    CHECK(value(t, str("total"), "won").toLongLong() == 3);
    CHECK(value(t, str("total"), "lost").toLongLong() == 3);
    CHECK(value(t, str("total"), "win_rate").toDouble() == Approx(50.0));
    CHECK(value(t, str("total"), "lost_amount").toLongLong() == 1799999);
    CHECK(ids(t, str("total"), "win_rate") == QSet<QString> { f.d1, f.d2, f.d3, f.d4, f.d5, f.d6 });
    // d9 in PLN is left out and said so.
    CHECK(t.notes.first().startsWith(str("1 closed deal")));
    CHECK(t.notes.first().contains(str("in other currencies (PLN)")));
    CHECK(t.chart.kind == ChartKind::StackedBar);
    CHECK(t.chart.valueColumns == QList<int> { 1, 2 });
}

TEST_CASE("Win/loss by rep, competitor, source, industry, region and size", "[reports][winloss]")
{
    Fixture f;
    SECTION("by rep: each has one won and one lost deal in March")
    {
        const ReportTable t = f.run(str("owner"));
        CHECK(t.rows.size() == 4);
        CHECK(row(t, f.ona).cells.at(0).value.toString() == str("Ona"));
        // Ona: d1 won 1,000.00, d3 lost 2,000.00.
        CHECK(value(t, f.ona, "won").toLongLong() == 1);
        CHECK(value(t, f.ona, "lost").toLongLong() == 1);
        CHECK(value(t, f.ona, "win_rate").toDouble() == Approx(50.0));
        CHECK(value(t, f.ona, "won_amount").toLongLong() == 100000);
        CHECK(value(t, f.ona, "lost_amount").toLongLong() == 200000);
        // Rasa: d2 won 60,000.00, d5 lost 15,000.00.
        CHECK(value(t, f.rasa, "avg_won").toLongLong() == 6000000);
        CHECK(value(t, f.rasa, "lost_amount").toLongLong() == 1500000);
        // Tomas: d6 won 800.00, d4 lost 999.99.
        CHECK(value(t, f.tomas, "won_amount").toLongLong() == 80000);
        CHECK(value(t, f.tomas, "lost_amount").toLongLong() == 99999);
    }
    SECTION("by competitor: Rival was in d2 (won) and d3 (lost); the rest had none")
    {
        const ReportTable t = f.run(str("competitor"));
        REQUIRE(keys(t) == QStringList { QString(), f.rival, str("total") }); // 4 deals, then 2
        CHECK(row(t, f.rival).cells.at(0).value.toString() == str("Rival"));
        CHECK(value(t, f.rival, "win_rate").toDouble() == Approx(50.0));
        CHECK(row(t, QString()).cells.at(0).value.toString() == str("(no competitor)"));
        CHECK(value(t, QString(), "won").toLongLong() == 2); // d1, d6
        CHECK(value(t, QString(), "lost").toLongLong() == 2); // d4, d5
    }
    SECTION("by source: readable labels, deals without one together")
    {
        const ReportTable t = f.run(str("source"));
        // (not set): d4, d5, d6 = 3 deals; web_form: d2, d3; referral: d1.
        REQUIRE(
            keys(t) == QStringList { QString(), str("web_form"), str("referral"), str("total") });
        CHECK(row(t, str("web_form")).cells.at(0).value.toString() == str("Web form"));
        CHECK(row(t, QString()).cells.at(0).value.toString() == str("(not set)"));
        CHECK(value(t, QString(), "won").toLongLong() == 1);
        CHECK(value(t, QString(), "lost").toLongLong() == 2);
        // 1 won of 3: 33.3 %.
        CHECK(value(t, QString(), "win_rate").toDouble() == Approx(100.0 / 3));
        CHECK(value(t, str("referral"), "win_rate").toDouble() == Approx(100.0));
    }
    SECTION("by industry and region of the deal's company")
    {
        const ReportTable industry = f.run(str("industry"));
        // Manufacturing (Alfa): d1 won, d3 and d5 lost; Retail (Beta): d2 won, d4 lost; d6 none.
        CHECK(value(industry, str("Manufacturing"), "won").toLongLong() == 1);
        CHECK(value(industry, str("Manufacturing"), "lost").toLongLong() == 2);
        CHECK(value(industry, str("Manufacturing"), "win_rate").toDouble() == Approx(100.0 / 3));
        CHECK(value(industry, str("Retail"), "lost").toLongLong() == 1);
        CHECK(value(industry, QString(), "won").toLongLong() == 1);
        const ReportTable region = f.run(str("region"));
        const QString lt = str("LT/Vilniaus apskr.");
        CHECK(row(region, lt).cells.at(0).value.toString() == str("LT, Vilniaus apskr."));
        CHECK(value(region, lt, "lost_amount").toLongLong() == 1700000); // 2,000 + 15,000
        CHECK(value(region, str("PL/mazowieckie"), "won_amount").toLongLong() == 6000000);
        CHECK(row(region, QString()).cells.at(0).value.toString() == str("(not set)"));
    }
    SECTION("by size: bands in euros, the lower bound inclusive")
    {
        const ReportTable t = f.run(str("size"));
        REQUIRE(keys(t)
            == QStringList { str("under-1000"), str("1000-10000"), str("10000-50000"),
                str("50000-plus"), str("total") });
        // Under 1,000: d6 (800.00) won, d4 (999.99) lost.
        CHECK(ids(t, str("under-1000"), "won") == QSet<QString> { f.d6 });
        CHECK(ids(t, str("under-1000"), "lost") == QSet<QString> { f.d4 });
        // 1,000–10,000: d1 (exactly 1,000.00) won, d3 (2,000.00) lost.
        CHECK(ids(t, str("1000-10000"), "won") == QSet<QString> { f.d1 });
        CHECK(ids(t, str("1000-10000"), "lost") == QSet<QString> { f.d3 });
        // 10,000–50,000: d5 lost → 0 %; 50,000 and more: d2 won → 100 %.
        CHECK(value(t, str("10000-50000"), "win_rate").toDouble() == Approx(0.0));
        CHECK(value(t, str("50000-plus"), "win_rate").toDouble() == Approx(100.0));
        CHECK(row(t, str("50000-plus")).cells.at(0).value.toString().contains(str("EUR")));
    }
}

TEST_CASE("Win/loss filters: owner, team, territory, pipeline, currency", "[reports][winloss]")
{
    Fixture f;
    ReportParams p;
    p.from = QDate(2026, 3, 1);
    p.to = QDate(2026, 3, 31);
    auto totals = [&](const ReportParams& q) {
        const ReportTable t = f.run(str("reason"), q);
        return std::make_pair(value(t, str("total"), "won").toLongLong(),
            value(t, str("total"), "lost").toLongLong());
    };
    ReportParams owner = p;
    owner.ownerId = f.ona; // d1 won, d3 lost
    CHECK(totals(owner) == std::make_pair(qint64(1), qint64(1)));
    ReportParams team = p;
    team.teamId = f.north; // Ona and Rasa: d1, d2 won; d3, d5 lost
    CHECK(totals(team) == std::make_pair(qint64(2), qint64(2)));
    ReportParams territory = p;
    territory.territoryId = f.baltics; // Alfa's deals: d1 won; d3, d5 lost
    CHECK(totals(territory) == std::make_pair(qint64(1), qint64(2)));
    ReportParams pipeline = p;
    pipeline.pipelineId = f.renewals; // d6 won, d5 lost
    CHECK(totals(pipeline) == std::make_pair(qint64(1), qint64(1)));

    ReportParams pln = p;
    pln.currency = str("PLN");
    const ReportTable t = f.run(str("reason"), pln);
    CHECK(t.currency == str("PLN"));
    CHECK(value(t, str("total"), "won").toLongLong() == 1); // d9
    CHECK(value(t, str("total"), "won_amount").toLongLong() == 300000);
    CHECK(ids(t, str("total"), "won") == QSet<QString> { f.d9 });
    // The six March deals in euros are the ones left out now.
    CHECK(t.notes.first().startsWith(str("6 closed deal")));
    CHECK(t.notes.first().contains(str("in other currencies (EUR)")));
}

TEST_CASE("Win/loss of an empty period: only a zero total, no rate", "[reports][winloss]")
{
    Fixture f;
    ReportParams p; // January: the deals were created then, but none closed
    p.from = QDate(2026, 1, 1);
    p.to = QDate(2026, 1, 31);
    const ReportTable t = f.run(str("owner"), p);
    REQUIRE(keys(t) == QStringList { str("total") });
    CHECK(value(t, str("total"), "won").toLongLong() == 0);
    CHECK(value(t, str("total"), "lost").toLongLong() == 0);
    CHECK(value(t, str("total"), "win_rate").isNull());
    CHECK(value(t, str("total"), "avg_won").isNull());
    CHECK(value(t, str("total"), "won_amount").toLongLong() == 0);
    CHECK_FALSE(t.notes.join(QLatin1Char(' ')).contains(str("other currencies")));

    ReportParams april; // d7 was won on 1 April 00:00: April's, not March's
    april.from = QDate(2026, 4, 1);
    april.to = QDate(2026, 4, 30);
    const ReportTable a = f.run(str("owner"), april);
    CHECK(ids(a, str("total"), "won") == QSet<QString> { f.d7 });
}

TEST_CASE("Win/loss compared with the previous month", "[reports][winloss]")
{
    Fixture f;
    ReportParams p;
    p.from = QDate(2026, 3, 1);
    p.to = QDate(2026, 3, 31);
    p.compare = Comparison::PreviousPeriod;
    const ReportTable t = f.run(str("reason"), p);
    // February: d12 won (3,000.00), d8 lost for "No budget" on its last instant.
    CHECK(value(t, str("won"), "won").toLongLong() == 3);
    CHECK(value(t, str("won"), "won_previous").toLongLong() == 1);
    CHECK(value(t, str("won"), "won_change").toDouble() == Approx(200.0)); // (3 − 1) / 1
    // Won amount 61,800.00 against 3,000.00: (6,180,000 − 300,000) / 300,000 = +1,960 %.
    CHECK(value(t, str("won"), "won_amount_previous").toLongLong() == 300000);
    CHECK(value(t, str("won"), "won_amount_change").toDouble() == Approx(1960.0));
    // No budget: d5 now, d8 before: no change.
    CHECK(value(t, str("lost:No budget"), "lost_previous").toLongLong() == 1);
    CHECK(value(t, str("lost:No budget"), "lost_change").toDouble() == Approx(0.0));
    // Price too high had no deals in February: no change figure.
    CHECK(value(t, str("lost:Price too high"), "lost_change").isNull());
    CHECK(row(t, str("total")).total);
    CHECK(t.rows.last().key == str("total"));
}
