// Campaigns on a small fixed set of campaigns around March 2026, their leads and deals; every
// expected figure is worked out by hand from the records listed in the fixture.
#include "TestDatabase.h"
#include "reports/ReportCatalog.h"
#include "reports/ReportDrill.h"

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

// Campaigns (cost in cents)         runs                     cost            owner
//   c1 Spring fair (event)          02-20 … 03-02            3,000.00 EUR    Ona
//   c2 Spring mailing (mailing)     03-31 … 04-30            1,000.00 EUR    Rasa
//   c3 Old webinar (web)            01-01 … 01-31            500.00 EUR      Tomas  (a lead in
//   March) c5 Polish ads (ads)             03-01 … 03-31            2,000.00 PLN    Tomas not
//   shown: c4 (ended 02-28), c6 (starts 04-01), c7 (deleted).
// Leads (registered): c1: la qualified, lb new, lc converted in March; ld on 02-25.
//                     c2: le new in March. c3: lf converted in March.
// Deals (created → closed):
//   c1: da 03-03 → won 03-20 5,000.00 EUR; db 02-25 → won 03-05 2,500.00 EUR; dc 03-04 open;
//       dd 03-06 → won 04-02 (April)
//   c2: de 03-07 → lost.   c3: df 01-15 → won 03-10 7,000.00 PLN.
//   c5: dg 03-08 → won 03-15 4,000.00 EUR.
struct Fixture {
    std::unique_ptr<TestDatabase> db = TestDatabase::initialised();
    QString ona, rasa, tomas, north;
    QString c1, c2, c3, c4, c5, c6;
    QString la, lb, lc, ld, le, lf, da, db_, dc, dd, de, df, dg;

    Fixture()
    {
        RecordStore& rs = db->records();
        north = create(rs, str("team"), { { str("name"), str("North") } });
        ona = create(rs, str("user"), { { str("name"), str("Ona") }, { str("team_id"), north } });
        rasa = create(rs, str("user"), { { str("name"), str("Rasa") }, { str("team_id"), north } });
        tomas = create(rs, str("user"), { { str("name"), str("Tomas") } });

        c1 = campaign("Spring fair", "event", "2026-02-20", "2026-03-02", 300000, "EUR", ona);
        c2 = campaign("Spring mailing", "mailing", "2026-03-31", "2026-04-30", 100000, "EUR", rasa);
        c3 = campaign("Old webinar", "web", "2026-01-01", "2026-01-31", 50000, "EUR", tomas);
        c4 = campaign("Winter ads", "ads", "2025-12-01", "2026-02-28", 80000, "EUR", tomas);
        c5 = campaign("Polish ads", "ads", "2026-03-01", "2026-03-31", 200000, "PLN", tomas);
        c6 = campaign("April seminar", "seminar", "2026-04-01", "2026-04-02", 10000, "EUR", ona);
        const QString c7
            = campaign("Cancelled", "other", "2026-03-01", "2026-03-31", 10000, "EUR", ona);
        REQUIRE(rs.remove(str("campaign"), c7));

        la = lead(c1, at(3, 2), "qualified");
        lb = lead(c1, at(3, 9), "new");
        lc = lead(c1, at(3, 31), "converted");
        ld = lead(c1, at(2, 25), "new");
        le = lead(c2, at(3, 31), "new");
        lf = lead(c3, at(3, 1), "converted");

        da = deal(c1, at(3, 3), "won", 500000, "EUR", "2026-03-20T10:00:00.000Z");
        db_ = deal(c1, at(2, 25), "won", 250000, "EUR", "2026-03-05T10:00:00.000Z");
        dc = deal(c1, at(3, 4), "open", 900000, "EUR", nullptr);
        dd = deal(c1, at(3, 6), "won", 600000, "EUR", "2026-04-02T10:00:00.000Z");
        de = deal(c2, at(3, 7), "lost", 100000, "EUR", "2026-03-30T10:00:00.000Z");
        df = deal(c3, at(1, 15), "won", 700000, "PLN", "2026-03-10T10:00:00.000Z");
        dg = deal(c5, at(3, 8), "won", 400000, "EUR", "2026-03-15T10:00:00.000Z");
    }

    static QDateTime at(int month, int day)
    {
        return QDateTime(QDate(2026, month, day), QTime(11, 0), Qt::UTC);
    }

    QString campaign(const char* name, const char* kind, const char* starts, const char* ends,
        qint64 cost, const char* currency, const QString& owner)
    {
        return create(db->records(), str("campaign"),
            { { str("name"), str(name) }, { str("kind"), str(kind) },
                { str("starts_on"), str(starts) }, { str("ends_on"), str(ends) },
                { str("cost"), cost }, { str("currency"), str(currency) },
                { str("owner_id"), owner } });
    }

    QString lead(const QString& campaign, const QDateTime& registered, const char* status)
    {
        db->clock().set(registered);
        return create(db->records(), str("lead"),
            { { str("title"), str("Lead") }, { str("campaign_id"), campaign },
                { str("status"), str(status) } });
    }

    QString deal(const QString& campaign, const QDateTime& created, const char* status,
        qint64 amount, const char* currency, const char* closedAt)
    {
        db->clock().set(created);
        QVariantMap v { { str("title"), str("Deal") }, { str("campaign_id"), campaign },
            { str("status"), str(status) }, { str("amount"), amount },
            { str("currency"), str(currency) } };
        if (closedAt)
            v.insert(QString::fromLatin1(status) + str("_at"), str(closedAt));
        return create(db->records(), str("deal"), v);
    }

    ReportTable run(ReportParams p = {})
    {
        if (p.from.isNull()) {
            p.from = QDate(2026, 3, 1);
            p.to = QDate(2026, 3, 31);
        }
        p.today = QDate(2026, 6, 15);
        auto t = Reports::run(db->session(), str("campaigns"), p);
        if (!t)
            FAIL(t.error().toString().toStdString());
        return *t;
    }
};

} // namespace

TEST_CASE("Campaigns: leads, deals, revenue and cost of each campaign of the period",
    "[reports][campaigns]")
{
    Fixture f;
    const ReportTable t = f.run();
    // By start date: c3 (01-01, only for its March lead), c1 (02-20, overlapping the start),
    // c5 (03-01), c2 (03-31, overlapping the last day). Not c4, c6 or the deleted c7.
    REQUIRE(keys(t) == QStringList { f.c3, f.c1, f.c5, f.c2, str("total") });
    CHECK(row(t, f.c1).cells.at(0).value.toString() == str("Spring fair"));
    CHECK(row(t, f.c1).cells.at(0).entity == str("campaign"));
    CHECK(row(t, f.c1).cells.at(0).ids == f.c1);
    CHECK(row(t, f.c1).cells.at(1).value.toString() == str("Event"));

    // c1: leads la, lb, lc (ld is February's); qualified la + lc (converted); deals created in
    // March da, dc, dd (db was created in February); won in March da, db (dd in April):
    // revenue 5,000.00 + 2,500.00 = 7,500.00; cost 3,000.00; per lead 3,000 / 3 = 1,000.00;
    // return (7,500 − 3,000) / 3,000 = 150 %.
    CHECK(value(t, f.c1, "leads").toLongLong() == 3);
    CHECK(value(t, f.c1, "qualified").toLongLong() == 2);
    CHECK(value(t, f.c1, "deals").toLongLong() == 3);
    CHECK(value(t, f.c1, "won").toLongLong() == 2);
    CHECK(value(t, f.c1, "revenue").toLongLong() == 750000);
    CHECK(value(t, f.c1, "cost").toLongLong() == 300000);
    CHECK(value(t, f.c1, "cost_per_lead").toLongLong() == 100000);
    CHECK(value(t, f.c1, "return").toDouble() == Approx(150.0));
    CHECK(ids(t, f.c1, "leads") == QSet<QString> { f.la, f.lb, f.lc });
    CHECK(ids(t, f.c1, "won") == QSet<QString> { f.da, f.db_ });
    CHECK(ids(t, f.c1, "deals") == QSet<QString> { f.da, f.dc, f.dd });

    // c2: le; de created and lost in March; no revenue: return (0 − 1,000) / 1,000 = −100 %.
    CHECK(value(t, f.c2, "leads").toLongLong() == 1);
    CHECK(value(t, f.c2, "deals").toLongLong() == 1);
    CHECK(value(t, f.c2, "won").toLongLong() == 0);
    CHECK(value(t, f.c2, "revenue").toLongLong() == 0);
    CHECK(value(t, f.c2, "cost_per_lead").toLongLong() == 100000);
    CHECK(value(t, f.c2, "return").toDouble() == Approx(-100.0));

    // c3: lf converted; df (created in January) won in March, but in PLN: won, no revenue.
    CHECK(value(t, f.c3, "qualified").toLongLong() == 1);
    CHECK(value(t, f.c3, "deals").toLongLong() == 0);
    CHECK(value(t, f.c3, "won").toLongLong() == 1);
    CHECK(value(t, f.c3, "revenue").toLongLong() == 0);
    CHECK(value(t, f.c3, "cost_per_lead").toLongLong() == 50000);

    // c5 costs PLN: no cost, cost per lead or return in euros; its euro revenue stays.
    CHECK(value(t, f.c5, "leads").toLongLong() == 0);
    CHECK(value(t, f.c5, "revenue").toLongLong() == 400000);
    CHECK(value(t, f.c5, "cost").isNull());
    CHECK(value(t, f.c5, "cost_per_lead").isNull());
    CHECK(value(t, f.c5, "return").isNull());

    // Total: leads 3 + 1 + 1 + 0 = 5; qualified 2 + 0 + 1 = 3; deals 3 + 1 + 0 + 1 (dg) = 5;
    // won 2 + 0 + 1 + 1 = 4; revenue 7,500 + 4,000 = 11,500.00; cost 3,000 + 1,000 + 500 =
    // 4,500.00 over the 5 leads of those three campaigns = 900.00 per lead; their revenue 7,500:
    // return (7,500 − 4,500) / 4,500 = 66.67 %.
    CHECK(value(t, str("total"), "leads").toLongLong() == 5);
    CHECK(value(t, str("total"), "qualified").toLongLong() == 3);
    CHECK(value(t, str("total"), "deals").toLongLong() == 5);
    CHECK(value(t, str("total"), "won").toLongLong() == 4);
    CHECK(value(t, str("total"), "revenue").toLongLong() == 1150000);
    CHECK(value(t, str("total"), "cost").toLongLong() == 450000);
    CHECK(value(t, str("total"), "cost_per_lead").toLongLong() == 90000);
    CHECK(value(t, str("total"), "return").toDouble() == Approx(200.0 / 3));
    CHECK(ids(t, str("total"), "won") == QSet<QString> { f.da, f.db_, f.df, f.dg });
    CHECK(ids(t, str("total"), "cost") == QSet<QString> { f.c1, f.c2, f.c3 });
    // A figure opens the records behind it: c1's revenue is da and db.
    const ReportCell& revenue = row(t, f.c1).cells.at(t.column(str("revenue")));
    auto drilled = ReportDrill::records(f.db->session(), revenue.entity, revenue.idList());
    REQUIRE(drilled);
    CHECK(drilled->rows.size() == 2);

    const QString notes = t.notes.join(QLatin1Char('\n'));
    CHECK(notes.contains(str("1 won deal")));
    CHECK(notes.contains(str("(PLN) count under Won but not in Revenue")));
    CHECK(notes.contains(str("campaign(s) in other currencies (PLN) is not shown")));
    CHECK(t.chart.kind == ChartKind::Bar);
    CHECK(t.chart.valueColumns == QList<int> { t.column(str("revenue")), t.column(str("cost")) });
}

TEST_CASE(
    "Campaigns filtered by their owner or team, and in another currency", "[reports][campaigns]")
{
    Fixture f;
    ReportParams owner;
    owner.ownerId = f.ona;
    CHECK(keys(f.run(owner)) == QStringList { f.c1, str("total") });
    ReportParams team;
    team.teamId = f.north; // Ona's c1 and Rasa's c2
    const ReportTable byTeam = f.run(team);
    CHECK(keys(byTeam) == QStringList { f.c1, f.c2, str("total") });
    CHECK(value(byTeam, str("total"), "cost").toLongLong() == 400000);

    ReportParams pln;
    pln.currency = str("PLN");
    const ReportTable inPln = f.run(pln);
    // In złoty: c5's cost 2,000.00 shows (no leads: no cost per lead; no PLN revenue: −100 %);
    // df's 7,000.00 is c3's revenue; the euro campaigns lose their cost.
    CHECK(value(inPln, f.c5, "cost").toLongLong() == 200000);
    CHECK(value(inPln, f.c5, "cost_per_lead").isNull());
    CHECK(value(inPln, f.c5, "return").toDouble() == Approx(-100.0));
    CHECK(value(inPln, f.c3, "revenue").toLongLong() == 700000);
    CHECK(value(inPln, f.c1, "cost").isNull());
    CHECK(inPln.notes.join(QLatin1Char('\n')).contains(str("3 campaign")));
}

TEST_CASE(
    "Campaigns of an empty period, and compared with the month before", "[reports][campaigns]")
{
    Fixture f;
    ReportParams empty;
    empty.from = QDate(2027, 1, 1);
    empty.to = QDate(2027, 1, 31);
    const ReportTable none = f.run(empty);
    REQUIRE(keys(none) == QStringList { str("total") });
    CHECK(value(none, str("total"), "leads").toLongLong() == 0);
    CHECK(value(none, str("total"), "revenue").toLongLong() == 0);
    CHECK(value(none, str("total"), "cost").isNull());
    CHECK(value(none, str("total"), "return").isNull());

    ReportParams p;
    p.compare = Comparison::PreviousPeriod;
    const ReportTable t = f.run(p);
    // February: c1 had ld (02-25) and c4 ran; c1's leads 3 against 1: +200 %.
    CHECK(value(t, f.c1, "leads_previous").toLongLong() == 1);
    CHECK(value(t, f.c1, "leads_change").toDouble() == Approx(200.0));
    // Nothing was won in February: no change figure for revenue.
    CHECK(value(t, f.c1, "revenue_previous").toLongLong() == 0);
    CHECK(value(t, f.c1, "revenue_change").isNull());
    // c4 ran only in February: shown from the earlier period, before the total.
    CHECK(keys(t).contains(f.c4));
    CHECK(t.rows.last().key == str("total"));
    CHECK(value(t, str("total"), "leads_previous").toLongLong() == 1);
    CHECK(value(t, str("total"), "leads_change").toDouble() == Approx(400.0)); // 5 against 1
}
