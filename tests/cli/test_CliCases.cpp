// tandem-cli and customers' cases: add opens a case with deadlines from its priority's rule,
// set moves it on under the same rules as the window (a resolution first, a score 1–5), list
// filters by status, and the cases report prints the figures.
#include "CliRunner.h"

#include <QJsonObject>
#include <catch2/catch.hpp>

using namespace tandem::test;

namespace {

const QMap<QString, QString> kVilnius { { str("TZ"), str("Europe/Vilnius") } };

// Runs in Vilnius time (the tests' times are Lithuanian office hours).
CliResult runVilnius(
    const CliRunner& cli, const QStringList& args, const QMap<QString, QString>& env = kVilnius)
{
    return runOk(cli, args, env);
}

} // namespace

TEST_CASE("add case gets its deadlines in working hours; set moves it on", "[cli][cases]")
{
    CliRunner cli;
    cli.init({ str("--company"), str("Audiniai"), str("--user"), str("Ona Petrauskienė") });
    const QString company = cli.add(str("company"), { str("name=UAB Medis") });
    // Monday 15 June 2026, 12:00 in Vilnius (the CLI's pinned clock). Urgent: respond in 4
    // working hours (16:00), resolve in 16 (Wednesday 12:00).
    const CliResult added = runVilnius(cli,
        { str("add"), str("case"), str("subject=Šaldytuvas neveikia"), str("kind=complaint"),
            str("priority=urgent"), str("company_id=") + company });
    const QString id = added.lines().value(0);
    QJsonObject c = cli.showJson(str("case"), id);
    CHECK(c.value(str("respond_by")).toString() == str("2026-06-15T13:00:00.000Z"));
    CHECK(c.value(str("resolve_by")).toString() == str("2026-06-17T09:00:00.000Z"));
    CHECK(c.value(str("status")).toString() == str("new"));

    // Resolving without a resolution is refused, naming the field, and changes nothing.
    expectRefused(cli, { str("set"), str("case"), id, str("status=resolved") }, 1,
        { str("resolution"),
            str("Write down how the case was resolved before resolving or closing it.") });
    expectRefused(cli,
        { str("set"), str("case"), id, str("status=resolved"), str("resolution=Fixed"),
            str("satisfaction=7") },
        1, { str("Satisfaction is a score from 1 to 5, not “7”.") });
    expectRefused(cli, { str("set"), str("case"), kMissingId, str("status=closed") }, 1,
        { str("there is no case with id ") + kMissingId });

    runVilnius(cli, { str("set"), str("case"), id, str("status=in_progress") });
    CHECK(
        listedIds(runVilnius(cli, { str("list"), str("case"), str("--where"), str("status=new") }))
            .isEmpty());
    CHECK(listedIds(runVilnius(
              cli, { str("list"), str("case"), str("--where"), str("status=in_progress") }))
        == QStringList { id });
    runVilnius(cli,
        { str("set"), str("case"), id, str("status=resolved"),
            str("resolution=Kompresorius pakeistas"), str("satisfaction=5") });
    c = cli.showJson(str("case"), id);
    CHECK(c.value(str("resolved_at")).toString() == str("2026-06-15T09:00:00.000Z"));
    CHECK(c.value(str("satisfaction")).toInt() == 5);

    // The cases report for June: one opened, one resolved, answered and resolved in time.
    const CliResult report = runVilnius(cli,
        { str("report"), str("cases"), str("--from"), str("2026-06-01"), str("--to"),
            str("2026-06-30"), str("--json") });
    CHECK(report.text().contains(str("\"opened\"")));
    CHECK(report.text().contains(str("Ona Petrauskienė")));
}

TEST_CASE("escalate tells the owner's manager of a case past its deadline, once", "[cli][cases]")
{
    CliRunner cli;
    cli.init({ str("--company"), str("Audiniai"), str("--user"), str("Ona Petrauskienė") });
    const QString ona
        = runVilnius(cli, { str("whoami") }).lines().value(0).section(QLatin1Char('\t'), 0, 0);
    const QString rasa = cli.add(str("user"), { str("name=Rasa"), str("manager_id=") + ona });
    const QString id = cli.add(str("case"),
        { str("subject=Nėra atsakymo"), str("owner_id=") + rasa,
            str("respond_by=2026-06-15T08:00:00Z") });
    const CliResult first = runVilnius(cli, { str("escalate"), str("--json") });
    CHECK(first.text().contains(str("\"case_id\": \"") + id + str("\"")));
    CHECK(first.text().contains(str("\"deal_id\": null")));
    CHECK(first.text().contains(
        str("Nobody has answered the case “Nėra atsakymo” of no customer (Rasa)")));
    CHECK(runVilnius(cli, { str("escalate") }).text().isEmpty());
}
