// Lead sources on a small fixed set of leads registered around March 2026 and the deals they
// became; every expected figure is worked out by hand from the leads listed in the fixture.
#include "TestDatabase.h"
#include "reports/ReportCatalog.h"

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

// Registered (created_at, from the clock)    source     status     owner  deal from it
//   l1  03-01 00:00:00.000 (first instant)    web_form   converted  Ona    w1 won 4,000.00 EUR in
//   May l2  03-10                                 web_form   qualified  Rasa   (company Alfa,
//   Baltics) l3  03-12                                 web_form   new        Tomas l4  03-20
//   referral   converted  Ona    w2 won 9,000.00 PLN l5  03-31 23:59:59 cold_call  lost       Rasa
//   l6  03-05                                 —          contacted  Tomas  (territory Baltics)
//   l9  03-15                                 event      converted  Ona    x1 lost
//   out: l7 04-01 00:00 (April); l8 02-27 web_form converted, its deal w3 won 1,000.00 EUR on
//        03-03 (February's cohort); l10 in March but deleted.
// Ona and Rasa are team North, Tomas team South.
struct Fixture {
    std::unique_ptr<TestDatabase> db = TestDatabase::initialised();
    QString ona, rasa, tomas, north, south, baltics, alfa;
    QString l1, l2, l3, l4, l5, l6, l7, l8, l9, w1, w2, w3, x1;

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
        alfa = create(
            rs, str("company"), { { str("name"), str("Alfa") }, { str("territory_id"), baltics } });

        l1 = lead(QDateTime(QDate(2026, 3, 1), QTime(0, 0), Qt::UTC), "web_form", "converted", ona);
        l2 = lead(at(3, 10), "web_form", "qualified", rasa, { { str("company_id"), alfa } });
        l3 = lead(at(3, 12), "web_form", "new", tomas);
        l4 = lead(at(3, 20), "referral", "converted", ona);
        l5 = lead(
            QDateTime(QDate(2026, 3, 31), QTime(23, 59, 59), Qt::UTC), "cold_call", "lost", rasa);
        l6 = lead(at(3, 5), nullptr, "contacted", tomas, { { str("territory_id"), baltics } });
        l7 = lead(QDateTime(QDate(2026, 4, 1), QTime(0, 0), Qt::UTC), "web_form", "new", ona);
        l8 = lead(at(2, 27), "web_form", "converted", ona);
        l9 = lead(at(3, 15), "event", "converted", ona);
        const QString l10 = lead(at(3, 16), "web_form", "new", ona);
        REQUIRE(rs.remove(str("lead"), l10));

        w1 = deal(l1, "won", 400000, "EUR", "2026-05-02T10:00:00.000Z");
        w2 = deal(l4, "won", 900000, "PLN", "2026-03-25T10:00:00.000Z");
        w3 = deal(l8, "won", 100000, "EUR", "2026-03-03T10:00:00.000Z");
        x1 = deal(l9, "lost", 500000, "EUR", "2026-03-28T10:00:00.000Z");
    }

    static QDateTime at(int month, int day)
    {
        return QDateTime(QDate(2026, month, day), QTime(11, 0), Qt::UTC);
    }

    QString lead(const QDateTime& registered, const char* source, const char* status,
        const QString& owner, QVariantMap more = {})
    {
        db->clock().set(registered);
        more.insert(str("title"), str("Lead"));
        if (source)
            more.insert(str("source"), str(source));
        more.insert(str("status"), str(status));
        more.insert(str("owner_id"), owner);
        return create(db->records(), str("lead"), more);
    }

    QString deal(const QString& lead, const char* status, qint64 amount, const char* currency,
        const char* closedAt)
    {
        db->clock().set(QDateTime(QDate(2026, 6, 1), QTime(9, 0), Qt::UTC));
        return create(db->records(), str("deal"),
            { { str("title"), str("Deal") }, { str("lead_id"), lead },
                { str("status"), str(status) }, { str("amount"), amount },
                { str("currency"), str(currency) },
                { QString::fromLatin1(status) + str("_at"), str(closedAt) } });
    }

    ReportTable run(ReportParams p = {})
    {
        if (p.from.isNull()) {
            p.from = QDate(2026, 3, 1);
            p.to = QDate(2026, 3, 31);
        }
        p.today = QDate(2026, 6, 15);
        auto t = Reports::run(db->session(), str("lead-sources"), p);
        if (!t)
            FAIL(t.error().toString().toStdString());
        return *t;
    }
};

} // namespace

TEST_CASE(
    "Lead sources: leads of the period per source and what came of them", "[reports][leadsources]")
{
    Fixture f;
    const ReportTable t = f.run();
    // web_form has 3 leads; the one-lead sources follow by key ('' first).
    REQUIRE(keys(t)
        == QStringList { str("web_form"), QString(), str("cold_call"), str("event"),
            str("referral"), str("total") });
    CHECK(row(t, str("web_form")).cells.at(0).value.toString() == str("Web form"));
    CHECK(row(t, str("cold_call")).cells.at(0).value.toString() == str("Cold call"));
    CHECK(row(t, QString()).cells.at(0).value.toString() == str("(not set)"));

    // Web form: l1 (on the first instant), l2, l3; qualified l1 (converted) + l2; converted l1:
    // 1 / 3 = 33.3 %; won w1 (4,000.00 EUR, won in May: followed beyond the period).
    CHECK(value(t, str("web_form"), "leads").toLongLong() == 3);
    CHECK(value(t, str("web_form"), "qualified").toLongLong() == 2);
    CHECK(value(t, str("web_form"), "converted").toLongLong() == 1);
    CHECK(value(t, str("web_form"), "conversion").toDouble() == Approx(100.0 / 3));
    CHECK(value(t, str("web_form"), "won").toLongLong() == 1);
    CHECK(value(t, str("web_form"), "revenue").toLongLong() == 400000);
    CHECK(ids(t, str("web_form"), "leads") == QSet<QString> { f.l1, f.l2, f.l3 });
    CHECK(ids(t, str("web_form"), "converted") == QSet<QString> { f.l1 });
    CHECK(ids(t, str("web_form"), "revenue") == QSet<QString> { f.w1 });

    // Referral: l4 converted, its deal won in PLN: a won deal, but no euro revenue.
    CHECK(value(t, str("referral"), "conversion").toDouble() == Approx(100.0));
    CHECK(value(t, str("referral"), "won").toLongLong() == 1);
    CHECK(value(t, str("referral"), "revenue").toLongLong() == 0);
    CHECK(ids(t, str("referral"), "won") == QSet<QString> { f.w2 });
    // Event: l9 converted, its deal lost. Cold call: l5 (the last second of March) lost.
    CHECK(value(t, str("event"), "converted").toLongLong() == 1);
    CHECK(value(t, str("event"), "won").toLongLong() == 0);
    CHECK(value(t, str("cold_call"), "leads").toLongLong() == 1);
    CHECK(value(t, str("cold_call"), "conversion").toDouble() == Approx(0.0));

    // Total: 7 leads (not l7 of 1 April, l8 of February or the deleted l10); qualified l1, l2,
    // l4, l9 = 4; converted l1, l4, l9 = 3 → 3 / 7 = 42.86 %; won w1, w2; revenue 4,000.00.
    CHECK(row(t, str("total")).total);
    CHECK(value(t, str("total"), "leads").toLongLong() == 7);
    CHECK(value(t, str("total"), "qualified").toLongLong() == 4);
    CHECK(value(t, str("total"), "converted").toLongLong() == 3);
    CHECK(value(t, str("total"), "conversion").toDouble() == Approx(300.0 / 7));
    CHECK(value(t, str("total"), "won").toLongLong() == 2);
    CHECK(value(t, str("total"), "revenue").toLongLong() == 400000);
    CHECK(ids(t, str("total"), "qualified") == QSet<QString> { f.l1, f.l2, f.l4, f.l9 });
    REQUIRE_FALSE(t.notes.isEmpty());
    CHECK(t.notes.first().startsWith(str("1 won deal")));
    CHECK(t.notes.first().contains(str("in other currencies (PLN)")));
}

TEST_CASE("Lead sources filters: owner, team, territory, currency", "[reports][leadsources]")
{
    Fixture f;
    ReportParams owner;
    owner.ownerId = f.ona; // l1, l4, l9
    const ReportTable byOwner = f.run(owner);
    CHECK(keys(byOwner)
        == QStringList { str("event"), str("referral"), str("web_form"), str("total") });
    CHECK(value(byOwner, str("total"), "leads").toLongLong() == 3);
    CHECK(value(byOwner, str("total"), "converted").toLongLong() == 3);

    ReportParams team;
    team.teamId = f.south; // Tomas: l3, l6
    const ReportTable byTeam = f.run(team);
    CHECK(value(byTeam, str("total"), "leads").toLongLong() == 2);
    CHECK(ids(byTeam, str("total"), "leads") == QSet<QString> { f.l3, f.l6 });

    ReportParams territory;
    territory.territoryId = f.baltics; // l2 through its company Alfa, l6 by its own territory
    const ReportTable byTerritory = f.run(territory);
    CHECK(ids(byTerritory, str("total"), "leads") == QSet<QString> { f.l2, f.l6 });

    ReportParams pln;
    pln.currency = str("PLN"); // w2's 9,000.00 PLN is the revenue now, w1 in EUR the note
    const ReportTable inPln = f.run(pln);
    CHECK(value(inPln, str("referral"), "revenue").toLongLong() == 900000);
    CHECK(value(inPln, str("web_form"), "revenue").toLongLong() == 0);
    CHECK(value(inPln, str("total"), "revenue").toLongLong() == 900000);
    CHECK(inPln.notes.first().contains(str("in other currencies (EUR)")));
}

TEST_CASE("Lead sources of an empty period, and of the month before", "[reports][leadsources]")
{
    Fixture f;
    ReportParams january;
    january.from = QDate(2026, 1, 1);
    january.to = QDate(2026, 1, 31);
    const ReportTable empty = f.run(january);
    REQUIRE(keys(empty) == QStringList { str("total") });
    CHECK(value(empty, str("total"), "leads").toLongLong() == 0);
    CHECK(value(empty, str("total"), "conversion").isNull()); // no leads: no rate, not 0 %
    CHECK(value(empty, str("total"), "won").toLongLong() == 0);
    CHECK(value(empty, str("total"), "revenue").toLongLong() == 0);

    // February's cohort is l8 alone, with w3 won on 3 March: the deal follows its lead.
    ReportParams february;
    february.from = QDate(2026, 2, 1);
    february.to = QDate(2026, 2, 28);
    const ReportTable feb = f.run(february);
    CHECK(value(feb, str("web_form"), "leads").toLongLong() == 1);
    CHECK(ids(feb, str("web_form"), "revenue") == QSet<QString> { f.w3 });

    ReportParams april; // l7 registered on 1 April 00:00 is April's
    april.from = QDate(2026, 4, 1);
    april.to = QDate(2026, 4, 30);
    CHECK(ids(f.run(april), str("total"), "leads") == QSet<QString> { f.l7 });
}

TEST_CASE("Lead sources compared with the previous month", "[reports][leadsources]")
{
    Fixture f;
    ReportParams p;
    p.compare = Comparison::PreviousPeriod;
    const ReportTable t = f.run(p);
    // Web form: 3 leads in March against l8 in February: +200 %; revenue 4,000.00 (w1) against
    // 1,000.00 (w3): +300 %.
    CHECK(value(t, str("web_form"), "leads_previous").toLongLong() == 1);
    CHECK(value(t, str("web_form"), "leads_change").toDouble() == Approx(200.0));
    CHECK(value(t, str("web_form"), "revenue_previous").toLongLong() == 100000);
    CHECK(value(t, str("web_form"), "revenue_change").toDouble() == Approx(300.0));
    // Total: 7 against 1: +600 %.
    CHECK(value(t, str("total"), "leads_change").toDouble() == Approx(600.0));
    // Referral had no leads in February: no change figure.
    CHECK(value(t, str("referral"), "leads_change").isNull());
}
