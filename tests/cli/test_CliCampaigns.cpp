// tandem-cli campaign: a campaign's figures and responses, recording a response, importing a list
// of attendees, and a bad list refused whole.
#include "CliRunner.h"

using namespace tandem::test;

namespace {

QJsonObject parseObject(const QByteArray& bytes)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    INFO(bytes.toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    return doc.object();
}

QString expo(const CliRunner& cli)
{
    cli.init({ str("--company"), str("Audiniai"), str("--user"), str("Ona Petrauskienė") });
    return cli.add(str("campaign"),
        { str("name=Build Expo"), str("kind=event"), str("starts_on=2026-06-10"), str("cost=300"),
            str("goal_leads=4") });
}

} // namespace

TEST_CASE("campaign: add and list work, and the view shows its figures", "[cli][campaigns]")
{
    CliRunner cli;
    const QString id = expo(cli);
    CHECK(listedIds(runOk(cli, { str("list"), str("campaign") })) == QStringList { id });

    const CliResult first = runOk(cli,
        { str("campaign"), str("respond"), str("build expo"), str("--first-name"), str("Jonas"),
            str("--last-name"), str("Petraitis"), str("--email"), str("jonas@medis.lt"),
            str("--company"), str("UAB Medis") });
    const QString lead = first.lines().value(0);
    CHECK(first.lines().value(1) == str("Jonas Petraitis, UAB Medis: a new lead."));
    CHECK(cli.showJson(str("lead"), lead).value(str("campaign_id")).toString() == id);

    const CliResult again = runOk(
        cli, { str("campaign"), str("respond"), id, str("--email"), str("JONAS@medis.lt") });
    CHECK(again.lines().value(0) == lead);
    CHECK(again.text().contains(str("already responded")));

    const CliResult text = runOk(cli, { str("campaign"), str("Build Expo") });
    CHECK(text.text().contains(str("responses: 1 / 4 (25.0%)")));
    CHECK(text.text().contains(str("untouched: 1")));
    CHECK(text.text().contains(str("cost_per_lead: 300.00 EUR")));
    CHECK(text.text().contains(str("return: -100.0%")));
    CHECK(text.text().contains(lead + str("\tJonas Petraitis\tUAB Medis\tOna Petrauskienė")));

    const QJsonObject json = parseObject(runOk(cli, { str("campaign"), id, str("--json") }).out);
    const QJsonObject stats = json.value(str("stats")).toObject();
    CHECK(stats.value(str("responses")).toInt() == 1);
    CHECK(stats.value(str("cost")).toString() == str("300.00"));
    CHECK(json.value(str("responses")).toArray().first().toObject().value(str("lead_id"))
        == QJsonValue(lead));
}

TEST_CASE(
    "campaign import: attendees become responses; a bad file changes nothing", "[cli][campaigns]")
{
    CliRunner cli;
    const QString id = expo(cli);
    writeFile(cli.path(str("expo.csv")),
        "First name,Last name,E-mail,Company\n"
        "Ona,Kaminskiene,ona@stogas.lt,UAB Stogas\n"
        "Piotr,Nowak,piotr@dach.pl,Dach\n"
        "Ona,Kaminskiene,ona@stogas.lt,UAB Stogas\n");
    const CliResult ok
        = runOk(cli, { str("campaign"), str("import"), id, cli.path(str("expo.csv")) });
    CHECK(ok.text().contains(str("new leads: 2")));
    CHECK(ok.text().contains(str("skipped: 1")));
    CHECK(ok.text().contains(str("line 4: Ona Kaminskiene, UAB Stogas")));

    writeFile(cli.path(str("bad.csv")),
        "First name,Last name,E-mail\n"
        "Rasa,Vaitkutė,rasa@medis.lt\n"
        "Jonas,Petraitis,jonas@medis.lt\n"
        "Tomas,Jonaitis,tomas(at)medis.lt\n");
    expectRefused(cli, { str("campaign"), str("import"), id, cli.path(str("bad.csv")) }, 1,
        { str("bad.csv:4"), str("email"), str("tomas(at)medis.lt") });
    expectRefused(cli, { str("campaign"), str("Nothing like it") }, 1, { str("Nothing like it") });
    expectRefused(cli, { str("campaign") }, 2, { str("usage: campaign") });
}
