// Dormant customers: no purchase, or no contact, for N days as of today; the filters; drill-down;
// and the rule that turns the listed customers into follow-up tasks.
#include "TestDatabase.h"

#include "reports/DormantReport.h"
#include "reports/ReportCatalog.h"
#include "services/DormantRules.h"
#include "store/Session.h"

#include <QTimeZone>
#include <catch2/catch.hpp>

using namespace tandem;
using namespace tandem::test;

namespace {

const QDate kToday(2026, 6, 15); // the test clock's day

QDateTime daysAgo(int days)
{
    return QDateTime(kToday.addDays(-days), QTime(12, 0), QTimeZone::utc());
}

// On 2026-06-15, worked out by hand:
//  Alpha  customer, Jonas's, territory North: won 200 days ago; a call (done) with its decision
//         maker Ona 120 days ago; Antanas works there too.
//  Beta   customer, Jonas's: won 100 days ago; a meeting on its deal 30 days ago (held).
//  Gamma  customer, nobody's: won 300 and 250 days ago; an e-mail (done) 95 days ago.
//  Delta  customer since 2026-01-01 (165 days), Rasa's: never bought, never contacted.
//  Zeta   customer, Rasa's: won exactly 180 days ago (2025-12-17) — on the boundary.
//  Theta  customer, Rasa's: won 179 days ago.
//  Eps    prospect, Jonas's: lost a deal 400 days ago, a call 200 days ago.
struct Dataset {
    explicit Dataset(TestDatabase& db)
        : rs(db.records())
    {
        team = create(
            rs, QStringLiteral("team"), { { QStringLiteral("name"), QStringLiteral("Kaunas") } });
        jonas = create(rs, QStringLiteral("user"),
            { { QStringLiteral("name"), QStringLiteral("Jonas") },
                { QStringLiteral("team_id"), team } });
        rasa = create(
            rs, QStringLiteral("user"), { { QStringLiteral("name"), QStringLiteral("Rasa") } });
        north = create(rs, QStringLiteral("territory"),
            { { QStringLiteral("name"), QStringLiteral("North") } });
        db.clock().set(QDateTime(QDate(2026, 1, 1), QTime(8, 0), QTimeZone::utc()));
        delta = company(QStringLiteral("Delta"), QStringLiteral("customer"), rasa);
        db.clock().set(QDateTime(kToday, QTime(9, 0), QTimeZone::utc()));
        alpha = company(QStringLiteral("Alpha"), QStringLiteral("customer"), jonas, north);
        beta = company(QStringLiteral("Beta"), QStringLiteral("customer"), jonas);
        gamma = company(QStringLiteral("Gamma"), QStringLiteral("customer"), {});
        zeta = company(QStringLiteral("Zeta"), QStringLiteral("customer"), rasa);
        theta = company(QStringLiteral("Theta"), QStringLiteral("customer"), rasa);
        eps = company(QStringLiteral("Eps"), QStringLiteral("prospect"), jonas);

        ona = create(rs, QStringLiteral("contact"),
            { { QStringLiteral("first_name"), QStringLiteral("Ona") },
                { QStringLiteral("last_name"), QStringLiteral("Kazlauskienė") },
                { QStringLiteral("company_id"), alpha },
                { QStringLiteral("decision_maker"), true } });
        create(rs, QStringLiteral("contact"),
            { { QStringLiteral("first_name"), QStringLiteral("Antanas") },
                { QStringLiteral("last_name"), QStringLiteral("Adamkus") },
                { QStringLiteral("company_id"), alpha } });

        deal(alpha, QStringLiteral("won"), 200);
        const QString betaDeal = deal(beta, QStringLiteral("won"), 100);
        deal(gamma, QStringLiteral("won"), 300);
        deal(gamma, QStringLiteral("won"), 250);
        deal(zeta, QStringLiteral("won"), 180);
        deal(theta, QStringLiteral("won"), 179);
        deal(eps, QStringLiteral("lost"), 400);

        activity("call", daysAgo(120), true, QStringLiteral("contact_id"), ona);
        activity("meeting", daysAgo(30), false, QStringLiteral("deal_id"), betaDeal);
        activity("email", daysAgo(95), true, QStringLiteral("company_id"), gamma);
        activity("call", daysAgo(200), true, QStringLiteral("company_id"), eps);
    }

    QString company(const QString& name, const QString& status, const QString& owner,
        const QString& territory = {})
    {
        QVariantMap v { { QStringLiteral("name"), name }, { QStringLiteral("status"), status } };
        if (!owner.isEmpty())
            v.insert(QStringLiteral("owner_id"), owner);
        if (!territory.isEmpty())
            v.insert(QStringLiteral("territory_id"), territory);
        return create(rs, QStringLiteral("company"), v);
    }
    QString deal(const QString& companyId, const QString& status, int closedDaysAgo)
    {
        return create(rs, QStringLiteral("deal"),
            { { QStringLiteral("title"), QStringLiteral("Order") },
                { QStringLiteral("company_id"), companyId }, { QStringLiteral("status"), status },
                { status == QLatin1String("won") ? QStringLiteral("won_at")
                                                 : QStringLiteral("lost_at"),
                    daysAgo(closedDaysAgo) } });
    }
    void activity(const char* kind, const QDateTime& start, bool done, const QString& linkField,
        const QString& linkId)
    {
        create(rs, QStringLiteral("activity"),
            { { QStringLiteral("kind"), QLatin1String(kind) },
                { QStringLiteral("subject"), QStringLiteral("Talk") },
                { QStringLiteral("starts_at"), start }, { QStringLiteral("done"), done },
                { linkField, linkId } });
    }

    RecordStore& rs;
    QString team, jonas, rasa, north, ona;
    QString alpha, beta, gamma, delta, zeta, theta, eps;
};

ReportParams asOfToday(const QString& kind, int days)
{
    ReportParams p;
    p.today = kToday;
    p.options
        = { { QStringLiteral("kind"), kind }, { QStringLiteral("days"), QString::number(days) } };
    return p;
}

ReportTable run(Session& s, const ReportParams& p)
{
    auto t = Reports::run(s, QStringLiteral("dormant"), p);
    if (!t)
        FAIL(t.error().toString().toStdString());
    return *t;
}

QStringList customers(const ReportTable& t)
{
    QStringList out;
    for (const ReportRow& r : t.rows)
        out << r.cells.at(0).value.toString();
    return out;
}

QVariant value(const ReportTable& t, int row, const QString& column)
{
    return t.rows.at(row).cells.at(t.column(column)).value;
}

} // namespace

TEST_CASE("Dormant customers: no purchase for 180 days, longest first", "[reports][dormant-report]")
{
    auto db = TestDatabase::initialised();
    Dataset d(*db);
    const ReportTable t = run(db->session(), asOfToday(QStringLiteral("purchase"), 180));

    // The cutoff is 2025-12-17: Gamma (latest of its two: 250 days), Alpha (200) and Zeta (180,
    // exactly on it) are in; Theta (179), Beta (100), Delta (never bought) and Eps are not.
    REQUIRE(customers(t)
        == QStringList {
            QStringLiteral("Gamma"), QStringLiteral("Alpha"), QStringLiteral("Zeta") });
    CHECK(value(t, 0, QStringLiteral("days")).toInt() == 250);
    CHECK(value(t, 0, QStringLiteral("last_purchase")).toDate() == kToday.addDays(-250));
    CHECK(value(t, 0, QStringLiteral("owner")).isNull());
    CHECK(value(t, 0, QStringLiteral("last_contact")).toDate() == kToday.addDays(-95));
    CHECK(value(t, 1, QStringLiteral("days")).toInt() == 200);
    CHECK(value(t, 1, QStringLiteral("owner")).toString() == QStringLiteral("Jonas"));
    CHECK(value(t, 1, QStringLiteral("last_contact")).toDate() == QDate(2026, 2, 15));
    CHECK(value(t, 1, QStringLiteral("contact")).toString() == QStringLiteral("Ona Kazlauskienė"));
    CHECK(value(t, 2, QStringLiteral("days")).toInt() == 180);
    CHECK(value(t, 2, QStringLiteral("last_purchase")).toDate() == QDate(2025, 12, 17));
    CHECK(value(t, 2, QStringLiteral("last_contact")).isNull());

    // Drill-down: the company, and its owner.
    const ReportCell& alpha = t.rows.at(1).cells.at(0);
    CHECK(t.rows.at(1).key == d.alpha);
    CHECK(alpha.entity == QStringLiteral("company"));
    CHECK(alpha.idList() == QStringList { d.alpha });
    const ReportCell& owner = t.rows.at(1).cells.at(t.column(QStringLiteral("owner")));
    CHECK(owner.entity == QStringLiteral("user"));
    CHECK(owner.idList() == QStringList { d.jonas });
    CHECK(t.context.contains(
        QStringLiteral("As of %1").arg(QLocale().toString(kToday, QLocale::ShortFormat))));

    SECTION("179 days takes Theta in as well")
    {
        const ReportTable more = run(db->session(), asOfToday(QStringLiteral("purchase"), 179));
        CHECK(customers(more).last() == QStringLiteral("Theta"));
        CHECK(customers(more).size() == 4);
    }
    SECTION("filters: owner, team, territory")
    {
        ReportParams p = asOfToday(QStringLiteral("purchase"), 180);
        p.ownerId = d.rasa;
        CHECK(customers(run(db->session(), p)) == QStringList { QStringLiteral("Zeta") });
        p.ownerId.clear();
        p.teamId = d.team;
        CHECK(customers(run(db->session(), p)) == QStringList { QStringLiteral("Alpha") });
        p.teamId.clear();
        p.territoryId = d.north;
        CHECK(customers(run(db->session(), p)) == QStringList { QStringLiteral("Alpha") });
    }
    SECTION("a period and a comparison mean nothing here")
    {
        ReportParams p = asOfToday(QStringLiteral("purchase"), 180);
        p.compare = Comparison::PreviousPeriod;
        const ReportTable c = run(db->session(), p);
        CHECK(c.columns.size() == 6);
        CHECK(customers(c).size() == 3);
    }
    SECTION("nobody dormant for 400 days")
    {
        CHECK(run(db->session(), asOfToday(QStringLiteral("purchase"), 400)).rows.isEmpty());
    }
}

TEST_CASE("Dormant customers: no contact for 90 days", "[reports][dormant-report]")
{
    auto db = TestDatabase::initialised();
    Dataset d(*db);
    const ReportTable t = run(db->session(), asOfToday(QStringLiteral("contact"), 90));

    // Delta never contacted: counted from 2026-01-01 (165 days); Alpha's call 120 days ago; Gamma's
    // e-mail 95 days ago. Beta met 30 days ago; Zeta and Theta were entered today; Eps is a
    // prospect.
    REQUIRE(customers(t)
        == QStringList {
            QStringLiteral("Delta"), QStringLiteral("Alpha"), QStringLiteral("Gamma") });
    CHECK(value(t, 0, QStringLiteral("days")).toInt() == 165);
    CHECK(value(t, 0, QStringLiteral("last_contact")).isNull());
    CHECK(value(t, 0, QStringLiteral("last_purchase")).isNull());
    CHECK(value(t, 1, QStringLiteral("days")).toInt() == 120);
    CHECK(value(t, 2, QStringLiteral("days")).toInt() == 95);
    CHECK(value(t, 2, QStringLiteral("last_purchase")).toDate() == kToday.addDays(-250));

    ReportParams p = asOfToday(QStringLiteral("contact"), 90);
    p.ownerId = d.rasa;
    CHECK(customers(run(db->session(), p)) == QStringList { QStringLiteral("Delta") });
}

TEST_CASE("Dormant customers: the report's customers become follow-up tasks through a rule",
    "[reports][dormant-report]")
{
    auto db = TestDatabase::initialised();
    Dataset d(*db);
    Session& s = db->session();

    SECTION("no purchase for 200 days: the 183-day default rule proposes them")
    {
        const ReportParams p = asOfToday(QStringLiteral("purchase"), 200);
        const ReportTable t = run(s, p);
        QStringList ids;
        for (const ReportRow& r : t.rows)
            ids << r.key;
        REQUIRE(ids == QStringList { d.gamma, d.alpha });

        auto plan = DormantReport::followUp(s, p, ids);
        REQUIRE(plan);
        const auto rule = DormantRules::rule(s, plan->ruleId);
        REQUIRE(rule);
        CHECK(rule->kind == QStringLiteral("no_purchase"));
        CHECK(rule->days == 183);
        CHECK(plan->companyIds == ids);
        CHECK(plan->waiting.isEmpty());
        auto tasks = DormantRules::propose(s, plan->ruleId, plan->companyIds, p.today);
        REQUIRE(tasks);
        CHECK(tasks->size() == 2);

        // Asked again, both already wait on their task; the report still lists them.
        auto again = DormantReport::followUp(s, p, ids);
        REQUIRE(again);
        CHECK(again->companyIds.isEmpty());
        CHECK(again->waiting == ids);
        CHECK(run(s, p).rows.size() == 2);
    }
    SECTION("no contact for 90 days: the 90-day default rule")
    {
        auto plan
            = DormantReport::followUp(s, asOfToday(QStringLiteral("contact"), 90), { d.delta });
        REQUIRE(plan);
        CHECK(DormantRules::rule(s, plan->ruleId)->days == 90);
        CHECK(plan->companyIds == QStringList { d.delta });
    }
    SECTION("no rule looks back 180 days or less for purchases")
    {
        auto plan
            = DormantReport::followUp(s, asOfToday(QStringLiteral("purchase"), 180), { d.zeta });
        REQUIRE_FALSE(plan);
        CHECK(plan.error().field == QStringLiteral("days"));
    }
}
