// tandem-cli targets: each rep's and team's progress against the targets for a month or a
// quarter, on a small office made with the CLI, as text and JSON; bad periods and names refused.
#include "CliRunner.h"

using namespace tandem::test;

namespace {

struct Office {
    QString north, ona, jonas;
};

// Clock: 2026-06-15 (kCliNow). Team North: Ona and Jonas.
//   Ona: deal Linen 1500 EUR won in June; a call done in June; June target: revenue 3000,
//     deals 4, activities 10.
//   Jonas: deal Oak 200 EUR open, made in June; deal May order 800 EUR made and won in May.
//   North: Q2 quarter target 12000 → 4000 a month.
Office office(const CliRunner& cli)
{
    cli.init();
    Office o;
    o.north = cli.add(str("team"), { str("name=North") });
    o.ona = cli.add(str("user"), { str("name=Ona Petrauskienė"), str("team_id=") + o.north });
    o.jonas = cli.add(str("user"), { str("name=Jonas"), str("team_id=") + o.north });
    const QString linen = cli.add(str("deal"),
        { str("title=Linen"), str("owner_id=") + o.ona, str("amount=1500"), str("currency=EUR") });
    runOk(cli, { str("win"), str("deal"), linen });
    cli.add(str("deal"),
        { str("title=Oak"), str("owner_id=") + o.jonas, str("amount=200"), str("currency=EUR") });
    const CliResult may = runOk(cli,
        { str("add"), str("deal"), str("title=May order"), str("owner_id=") + o.jonas,
            str("amount=800"), str("currency=EUR") },
        at("2026-05-20T10:00:00Z"));
    runOk(cli, { str("win"), str("deal"), may.text().trimmed() }, at("2026-05-20T11:00:00Z"));
    cli.add(str("activity"),
        { str("kind=call"), str("subject=Call"), str("owner_id=") + o.ona, str("done=true") });
    cli.add(str("target"),
        { str("user_id=") + o.ona, str("period_start=2026-06-01"), str("period=month"),
            str("revenue=3000"), str("currency=EUR"), str("deals=4"), str("activities=10") });
    cli.add(str("target"),
        { str("team_id=") + o.north, str("period_start=2026-04-01"), str("period=quarter"),
            str("revenue=12000"), str("currency=EUR") });
    return o;
}

const QString kHeader = str("kind\tname\tcurrency\trevenue_target\trevenue_won\trevenue_pct\t"
                            "deals_target\tnew_deals\tdeals_pct\tactivities_target\t"
                            "activities_done\tactivities_pct\twon_in_other_currencies");

} // namespace

TEST_CASE(
    "targets shows this month's progress of every rep, then of the teams", "[cli][cli-targets]")
{
    CliRunner cli;
    const Office o = office(cli);
    // Ona: 1500 of 3000 = 50 %, 1 new deal of 4, 1 activity of 10. Jonas: Oak is new, nothing
    // won, no target. North: its own 4000, both reps' figures; deals: no own figure, Ona's 4.
    CHECK(runOk(cli, { str("targets") }).lines()
        == QStringList { kHeader, str("rep\tJonas\tEUR\t-\t0.00\t-\t-\t1\t-\t-\t0\t-\t0"),
            str("rep\tOna Petrauskienė\tEUR\t3000.00\t1500.00\t50.0\t4\t1\t25.0\t10\t1\t10.0\t0"),
            str("team\tNorth\tEUR\t4000.00\t1500.00\t37.5\t4\t2\t50.0\t10\t1\t10.0\t0") });

    // May: only Jonas did anything; North's May share of the quarter.
    CHECK(runOk(cli, { str("targets"), str("--month"), str("2026-05") }).lines()
        == QStringList { kHeader, str("rep\tJonas\tEUR\t-\t800.00\t-\t-\t1\t-\t-\t0\t-\t0"),
            str("team\tNorth\tEUR\t4000.00\t800.00\t20.0\t-\t1\t-\t-\t0\t-\t0") });

    // The quarter, for the team by name: its members, then the team. 2300 of 12000 = 19.2 %.
    CHECK(runOk(cli,
              { str("targets"), str("--quarter"), str("2026-q2"), str("--team"), str("north") })
              .lines()
        == QStringList { kHeader, str("rep\tJonas\tEUR\t-\t800.00\t-\t-\t2\t-\t-\t0\t-\t0"),
            str("rep\tOna Petrauskienė\tEUR\t3000.00\t1500.00\t50.0\t4\t1\t25.0\t10\t1\t10.0\t0"),
            str("team\tNorth\tEUR\t12000.00\t2300.00\t19.2\t4\t3\t75.0\t10\t1\t10.0\t0") });

    // A rep by name, typed without the accents; as JSON.
    const CliResult json
        = runOk(cli, { str("targets"), str("--user"), str("ona petrauskiene"), str("--json") });
    const QJsonObject doc = QJsonDocument::fromJson(json.out).object();
    CHECK(doc.value(str("from")) == QJsonValue(str("2026-06-01")));
    CHECK(doc.value(str("to")) == QJsonValue(str("2026-06-30")));
    const QJsonArray rows = doc.value(str("rows")).toArray();
    REQUIRE(rows.size() == 1);
    const QJsonObject ona = rows.at(0).toObject();
    CHECK(ona.value(str("kind")) == QJsonValue(str("rep")));
    CHECK(ona.value(str("id")) == QJsonValue(o.ona));
    CHECK(ona.value(str("revenue_target")) == QJsonValue(str("3000.00")));
    CHECK(ona.value(str("revenue_won")) == QJsonValue(str("1500.00")));
    CHECK(ona.value(str("revenue_pct")) == QJsonValue(50.0));
    CHECK(ona.value(str("deals_target")) == QJsonValue(4));
    CHECK(ona.value(str("new_deals")) == QJsonValue(1));
    CHECK(ona.value(str("activities_done")) == QJsonValue(1));
    CHECK(ona.value(str("won_in_other_currencies")) == QJsonValue(0));
}

TEST_CASE("targets refuses a bad period, both periods or an unknown rep", "[cli][cli-targets]")
{
    CliRunner cli;
    office(cli);
    expectRefused(cli, { str("targets"), str("--month"), str("2026-13") }, 2,
        { str("--month expects a month as YYYY-MM (2026-03), not '2026-13'") });
    expectRefused(cli, { str("targets"), str("--month"), str("March") }, 2,
        { str("--month expects a month as YYYY-MM") });
    expectRefused(cli, { str("targets"), str("--quarter"), str("2026-Q5") }, 2,
        { str("--quarter expects a quarter as YYYY-Qn (2026-Q1), not '2026-Q5'") });
    expectRefused(cli,
        { str("targets"), str("--month"), str("2026-06"), str("--quarter"), str("2026-Q2") }, 2,
        { str("give --month or --quarter, not both") });
    expectRefused(cli, { str("targets"), str("--user"), str("Nobody") }, 1,
        { str("there is no user called or with id “Nobody”") });
    expectRefused(cli, { str("targets"), str("--team"), str("North"), str("--user"), str("Jonas") },
        2, { str("usage: targets") });
}
