// tandem-cli and the team: territories with their rules and figures, companies placed in them by
// rule, a territory handed to another salesperson, and the colleague who knows about something.
#include "CliRunner.h"

using namespace tandem::test;

namespace {

QJsonArray jsonArray(const CliResult& r)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    INFO(r.out.toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    return doc.array();
}

QString field(const CliRunner& cli, const QString& entity, const QString& id, const char* name)
{
    return cli.showJson(entity, id).value(str(name)).toString();
}

} // namespace

TEST_CASE("tandem-cli territories: rules, owners, figures and handing over", "[cli][team]")
{
    CliRunner cli;
    cli.init();
    // References by name, as a manager types them.
    const QString team = cli.add(str("team"), { str("name=North") });
    const QString ana = cli.add(str("user"),
        { str("name=Ana Žukauskienė"), str("team_id=North"), str("skills=Lithuanian, forklifts") });
    const QString bo = cli.add(str("user"), { str("name=Bo"), str("skills=ERP rollouts") });
    cli.add(str("user"), { str("name=Gone"), str("active=false") });
    CHECK(field(cli, str("user"), ana, "team_id") == team);
    const CliResult users = runOk(cli, { str("list"), str("user") });
    CHECK(users.text().contains(str("Ana Žukauskienė")));

    // A company made before its territory existed has none until `territory assign`.
    const QString early = cli.add(str("company"), { str("name=Early"), str("country=LT") });
    CHECK(field(cli, str("company"), early, "territory_id").isEmpty());
    const QString lt = cli.add(str("territory"),
        { str("name=Lithuania"), str("kind=region"), str("country=LT"),
            str("owner_id=Ana Žukauskienė"), str("team_id=North") });
    CHECK(field(cli, str("territory"), lt, "owner_id") == ana);
    const CliResult assigned = runOk(cli, { str("territory"), str("assign") });
    CHECK(assigned.text().contains(str(": 1")));
    CHECK(field(cli, str("company"), early, "territory_id") == lt);

    // A new company falls in its territory as it is made.
    const QString kaunas = cli.add(str("company"),
        { str("name=Kauno Įrankiai"), str("country=lt"), str("city=Kaunas"),
            str("owner_id=Ana Žukauskienė") });
    CHECK(field(cli, str("company"), kaunas, "territory_id") == lt);
    const QString deal = cli.add(str("deal"),
        { str("title=Forklifts"), str("company_id=") + kaunas, str("owner_id=") + ana });

    const QJsonArray list = jsonArray(runOk(cli, { str("territories"), str("--json") }));
    REQUIRE(list.size() == 1);
    const QJsonObject t = list.first().toObject();
    CHECK(t.value(str("name")).toString() == str("Lithuania"));
    CHECK(t.value(str("kind")).toString() == str("region"));
    CHECK(t.value(str("rule")).toString() == str("country: Lietuva (LT)"));
    CHECK(t.value(str("owner")).toString() == str("Ana Žukauskienė"));
    CHECK(t.value(str("team")).toString() == str("North"));
    CHECK(t.value(str("companies")).toInt() == 2);
    CHECK(t.value(str("open_deals")).toInt() == 1);
    const CliResult plain = runOk(cli, { str("territories") });
    REQUIRE(plain.lines().size() == 2);
    CHECK(plain.lines().at(1).contains(
        str("Lithuania\tregion\tcountry: Lietuva (LT)\tAna Žukauskienė")));

    SECTION("reassign moves the open business to the new owner")
    {
        const CliResult r = runOk(
            cli, { str("territory"), str("reassign"), str("Lithuania"), str("--to"), str("Bo") });
        CHECK(r.text().contains(str("“Lithuania” now belongs to Bo")));
        CHECK(r.text().contains(str("1 open deal")));
        CHECK(field(cli, str("territory"), lt, "owner_id") == bo);
        CHECK(field(cli, str("company"), kaunas, "owner_id") == bo);
        CHECK(field(cli, str("deal"), deal, "owner_id") == bo);
        CHECK(field(cli, str("company"), early, "owner_id").isEmpty()); // nobody's: stays so
    }

    SECTION("refusals name the problem and change nothing")
    {
        expectRefused(cli,
            { str("territory"), str("reassign"), str("Latvia"), str("--to"), str("Bo") }, 1,
            { str("no territory"), str("Latvia") });
        expectRefused(cli,
            { str("territory"), str("reassign"), str("Lithuania"), str("--to"), str("Nobody") }, 1,
            { str("no user"), str("Nobody") });
        expectRefused(cli,
            { str("territory"), str("reassign"), str("Lithuania"), str("--to"), str("Gone") }, 1,
            { str("no longer active") });
        expectRefused(cli, { str("territory"), str("reassign"), str("Lithuania") }, 2,
            { str("usage: territory reassign") });
    }

    SECTION("experts: who knows about something")
    {
        const CliResult r = runOk(cli, { str("experts"), str("forklift") });
        REQUIRE(r.lines().size() == 2);
        CHECK(r.lines().at(1).startsWith(ana));
        CHECK(r.lines().at(1).contains(str("North")));
        CHECK(r.lines().at(1).endsWith(str("\tforklifts")));
        const QJsonArray json
            = jsonArray(runOk(cli, { str("experts"), str("erp"), str("--json") }));
        REQUIRE(json.size() == 1);
        CHECK(json.first().toObject().value(str("name")).toString() == str("Bo"));
        CHECK(json.first().toObject().value(str("matching_skills")).toArray().first().toString()
            == str("ERP rollouts"));
        CHECK(runOk(cli, { str("experts"), str("welding") }).lines().size() == 1);
    }
}
