// tandem-cli add, set and rm: the commands that write records, and what they refuse.
#include "CliRunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <catch2/catch.hpp>

using namespace tandem::test;

TEST_CASE("add prints only the new id, a UUID v7 of the pinned time", "[cli][add]")
{
    CliRunner cli;
    cli.init();
    const CliResult r = cli.run({ str("add"), str("contact"), str("first_name=Šarūnas"),
        str("last_name=Kazlauskas"), str("email=sarunas@baltic.lt") });
    CHECK(r.exitCode == 0);
    CHECK(r.err.isEmpty());
    REQUIRE(r.lines().size() == 1);
    const QString id = r.lines().first();
    CHECK(r.text() == id + QLatin1Char('\n'));
    CHECK(isUuidV7AtPinnedTime(id));

    const QJsonObject shown = cli.showJson(str("contact"), id);
    CHECK(shown.value(str("id")).toString() == id);
    CHECK(shown.value(str("first_name")).toString() == str("Šarūnas"));
    CHECK(shown.value(str("created_at")).toString().startsWith(str("2026-06-15T09:00:")));

    const QString second = cli.add(str("contact"), { str("last_name=Nowak") });
    CHECK(isUuidV7AtPinnedTime(second));
    CHECK(second != id);
}

TEST_CASE("add refuses bad input, says which field, and changes nothing", "[cli][add]")
{
    CliRunner cli;
    cli.init();
    cli.add(str("company"), { str("name=UAB Baltic") });

    SECTION("a bad e-mail address")
    {
        expectRefused(cli,
            { str("add"), str("contact"), str("last_name=Jonaitis"), str("email=bad") }, 1,
            { str("contact: email: 'bad' is not an e-mail address") });
    }
    SECTION("an unknown field")
    {
        expectRefused(cli,
            { str("add"), str("contact"), str("last_name=Jonaitis"), str("nickname=Jonas") }, 1,
            { str("contact: nickname: unknown field for contact"), str("first_name") });
    }
    SECTION("an unknown entity")
    {
        expectRefused(cli, { str("add"), str("kontakt"), str("name=X") }, 1,
            { str("unknown record type 'kontakt'"), str("contact") });
    }
    SECTION("money with more decimals than the currency has")
    {
        expectRefused(cli, { str("add"), str("deal"), str("title=Depot"), str("amount=12.345") }, 1,
            { str("deal: amount: '12.345' is not a number with at most 2 decimals") });
    }
    SECTION("a reference to a company that does not exist")
    {
        expectRefused(cli,
            { str("add"), str("contact"), str("last_name=Jonaitis"),
                QStringLiteral("company_id=") + kMissingId },
            1, { str("contact: company_id: there is no company with id ") + kMissingId });
    }
    SECTION("a choice that is not one of the list")
    {
        expectRefused(cli, { str("add"), str("company"), str("name=X"), str("status=vip") }, 1,
            { str("company: status: 'vip' is not one of: prospect, customer, partner, former") });
    }
    SECTION("a date that is not a date")
    {
        expectRefused(cli,
            { str("add"), str("contact"), str("last_name=X"), str("birthday=2026-13-45") }, 1,
            { str("contact: birthday: '2026-13-45' is not a date") });
    }
    SECTION("a record without any of its naming fields")
    {
        expectRefused(cli, { str("add"), str("contact"), str("city=Vilnius") }, 1,
            { str("a contact needs at least one of: first_name, last_name, email") });
    }
    SECTION("a required field left out")
    {
        expectRefused(cli, { str("add"), str("deal"), str("amount=10") }, 1,
            { str("deal: title: a deal needs a value here") });
    }
    SECTION("an argument that is not field=value")
    {
        expectRefused(cli, { str("add"), str("contact"), str("Jonaitis") }, 1,
            { str("'Jonaitis' is not of the form field=value") });
    }
    SECTION("a field given twice")
    {
        expectRefused(cli, { str("add"), str("contact"), str("last_name=A"), str("last_name=B") },
            1, { str("last_name: given twice") });
    }
    SECTION("no entity at all is a usage error")
    {
        expectRefused(cli, { str("add") }, 2, { str("usage: add ENTITY"), str("--help") });
    }
}

TEST_CASE("add and set take a referenced record by its name, accents and case ignored",
    "[cli][add][set]")
{
    CliRunner cli;
    cli.init();
    const QString vilnius = cli.add(str("team"), { str("name=Vilniaus komanda") });
    const QString kaunas = cli.add(str("team"), { str("name=Kauno komanda") });
    const QString user = cli.add(str("user"),
        { str("name=Jonas Jonaitis"), str("team_id=VILNIAUS komanda"), str("skills=ERP, SAP") });
    CHECK(cli.showJson(str("user"), user).value(str("team_id")).toString() == vilnius);

    runOk(cli, { str("set"), str("user"), user, str("team_id=kauno KOMANDA") });
    CHECK(cli.showJson(str("user"), user).value(str("team_id")).toString() == kaunas);

    const QString territory = cli.add(str("territory"),
        { str("name=Šiaurė"), str("owner_id=jonas jonaitis"), str("team_id=Kauno komanda") });
    CHECK(cli.showJson(str("territory"), territory).value(str("owner_id")).toString() == user);

    SECTION("a name nobody has is refused, naming the field and the name")
    {
        expectRefused(cli, { str("add"), str("user"), str("name=X"), str("team_id=Klaipėda") }, 1,
            { str("user: team_id: there is no team called or with id “Klaipėda”") });
    }
    SECTION("a name two records share is refused: the id is needed")
    {
        cli.add(str("team"), { str("name=Kauno komanda") });
        expectRefused(cli, { str("set"), str("user"), user, str("team_id=Kauno komanda") }, 1,
            { str("user: team_id: 2 teams are named “Kauno komanda”: give the id") });
        CHECK(cli.showJson(str("user"), user).value(str("team_id")).toString() == kaunas);
    }
}

TEST_CASE("set changes fields, and money is written in the deal's own currency", "[cli][set]")
{
    CliRunner cli;
    cli.init();
    const QString contact
        = cli.add(str("contact"), { str("first_name=Jan"), str("last_name=Nowak") });
    cli.set(str("contact"), contact, { str("email=jan@tkalnia.pl"), str("city=Łódź") });
    QJsonObject json = cli.showJson(str("contact"), contact);
    CHECK(json.value(str("email")) == QJsonValue(str("jan@tkalnia.pl")));
    CHECK(json.value(str("city")) == QJsonValue(str("Łódź")));

    SECTION("an empty value clears the field")
    {
        cli.set(str("contact"), contact, { str("city=") });
        CHECK(cli.showJson(str("contact"), contact).value(str("city")).isNull());
    }
    SECTION("a PLN deal takes its amount in złoty")
    {
        const QString deal = cli.add(
            str("deal"), { str("title=Hala Łódź"), str("currency=PLN"), str("amount=100") });
        const CliResult r = cli.run({ str("set"), str("deal"), deal, str("amount=1250.5") });
        CHECK(r.exitCode == 0);
        CHECK(r.out.isEmpty());
        CHECK(r.err.isEmpty());
        json = cli.showJson(str("deal"), deal);
        CHECK(json.value(str("amount")) == QJsonValue(str("1250.50")));
        CHECK(json.value(str("currency")) == QJsonValue(str("PLN")));
        const CliResult list = cli.run({ str("list"), str("deal") });
        CHECK(list.text().contains(str("\t1250.50\t")));

        expectRefused(cli, { str("set"), str("deal"), deal, str("amount=12.345") }, 1,
            { str("deal: amount: '12.345' is not a number with at most 2 decimals") });
    }
    SECTION("a JPY deal has no minor units")
    {
        const QString deal
            = cli.add(str("deal"), { str("title=Osaka"), str("currency=JPY"), str("amount=1000") });
        CHECK(cli.showJson(str("deal"), deal).value(str("amount")) == QJsonValue(str("1000")));
        expectRefused(cli, { str("set"), str("deal"), deal, str("amount=1250.50") }, 1,
            { str("deal: amount: '1250.50' is not a number with at most 0 decimals") });
    }
}

TEST_CASE("set refuses bad input, says which field, and changes nothing", "[cli][set]")
{
    CliRunner cli;
    cli.init();
    const QString contact
        = cli.add(str("contact"), { str("last_name=Nowak"), str("email=jan@tkalnia.pl") });
    const QString deal = cli.add(str("deal"), { str("title=Hala") });

    SECTION("a bad e-mail address")
    {
        expectRefused(cli, { str("set"), str("contact"), contact, str("email=bad") }, 1,
            { str("contact: email: 'bad' is not an e-mail address") });
    }
    SECTION("an unknown field")
    {
        expectRefused(cli, { str("set"), str("contact"), contact, str("nickname=Jaś") }, 1,
            { str("contact: nickname: unknown field for contact") });
    }
    SECTION("an id that does not exist")
    {
        expectRefused(cli, { str("set"), str("contact"), kMissingId, str("city=Kraków") }, 1,
            { str("contact: there is no contact with id ") + kMissingId });
    }
    SECTION("an unknown entity")
    {
        expectRefused(cli, { str("set"), str("kontakt"), contact, str("city=Kraków") }, 1,
            { str("unknown record type 'kontakt'") });
    }
    SECTION("a reference to a company that does not exist")
    {
        expectRefused(cli,
            { str("set"), str("contact"), contact, QStringLiteral("company_id=") + kMissingId }, 1,
            { str("contact: company_id: there is no company with id ") + kMissingId });
    }
    SECTION("clearing a required field")
    {
        expectRefused(cli, { str("set"), str("deal"), deal, str("title=") }, 1,
            { str("deal: title: a deal needs a value here") });
    }
    SECTION("clearing the last naming field")
    {
        cli.set(str("contact"), contact, { str("email=") });
        expectRefused(cli, { str("set"), str("contact"), contact, str("last_name=") }, 1,
            { str("a contact needs at least one of: first_name, last_name, email") });
    }
    SECTION("a bad value among good ones writes none of them")
    {
        expectRefused(cli,
            { str("set"), str("contact"), contact, str("city=Kraków"), str("email=bad") }, 1,
            { str("contact: email: 'bad' is not an e-mail address") });
    }
    SECTION("no field=value is a usage error")
    {
        expectRefused(cli, { str("set"), str("contact"), contact }, 2,
            { str("usage: set ENTITY ID field=value") });
    }
}

TEST_CASE("rm makes a record vanish from list, search and show, but history keeps the delete",
    "[cli][rm]")
{
    CliRunner cli;
    cli.init();
    const QString keep
        = cli.add(str("contact"), { str("first_name=Jonas"), str("last_name=Jonaitis") });
    const QString gone
        = cli.add(str("contact"), { str("first_name=Šarūnas"), str("last_name=Kazlauskas") });
    REQUIRE(listedIds(cli.run({ str("list"), str("contact") })).contains(gone));
    REQUIRE(cli.run({ str("search"), str("Kazlauskas") }).text().contains(gone));

    const CliResult r = cli.run({ str("rm"), str("contact"), gone });
    CHECK(r.exitCode == 0);
    CHECK(r.out.isEmpty());
    CHECK(r.err.isEmpty());

    CHECK(listedIds(cli.run({ str("list"), str("contact") })) == QStringList { keep });
    const CliResult search = cli.run({ str("search"), str("Kazlauskas") });
    CHECK(search.exitCode == 0);
    CHECK(search.out.isEmpty());
    const CliResult show = cli.run({ str("show"), str("contact"), gone });
    CHECK(show.exitCode == 1);
    CHECK(show.err.contains(str("there is no contact with id ") + gone));
    CHECK_FALSE(cli.dump().contains(gone.toUtf8()));

    const CliResult history = cli.run({ str("history"), str("contact"), gone });
    CHECK(history.exitCode == 0);
    REQUIRE_FALSE(history.lines().isEmpty());
    CHECK(history.lines().first().contains(str("\tcreate\t")));
    CHECK(history.lines().last().contains(str("\tdelete\t")));
}

TEST_CASE("rm refuses what it cannot remove and changes nothing", "[cli][rm]")
{
    CliRunner cli;
    cli.init();
    const QString id = cli.add(str("contact"), { str("last_name=Nowak") });

    SECTION("an id that does not exist")
    {
        expectRefused(cli, { str("rm"), str("contact"), kMissingId }, 1,
            { str("contact: there is no contact with id ") + kMissingId });
    }
    SECTION("a record already removed")
    {
        REQUIRE(cli.run({ str("rm"), str("contact"), id }).exitCode == 0);
        expectRefused(cli, { str("rm"), str("contact"), id }, 1,
            { str("there is no contact with id ") + id });
    }
    SECTION("an unknown entity")
    {
        expectRefused(
            cli, { str("rm"), str("kontakt"), id }, 1, { str("unknown record type 'kontakt'") });
    }
    SECTION("no id is a usage error")
    {
        expectRefused(cli, { str("rm"), str("contact") }, 2, { str("usage: rm ENTITY ID") });
    }
}

// Bug: show finds a record by its id in any case, but set and rm look it up lowercased and then
// write with the id as typed: they exit 0, change nothing, and log changes (which sync would
// send) for a record id that does not exist.
TEST_CASE("set and rm take an id in capitals, as show does", "[cli][set][rm]")
{
    CliRunner cli;
    cli.init();
    const QString id = cli.add(str("contact"), { str("last_name=Jonaitis") });
    const QString upper = id.toUpper();
    REQUIRE(cli.run({ str("show"), str("contact"), upper }).exitCode == 0);

    const CliResult set = cli.run({ str("set"), str("contact"), upper, str("city=Vilnius") });
    CHECK(set.exitCode == 0);
    CHECK(cli.showJson(str("contact"), id).value(str("city")) == QJsonValue(str("Vilnius")));

    const CliResult rm = cli.run({ str("rm"), str("contact"), upper });
    CHECK(rm.exitCode == 0);
    CHECK(listedIds(cli.run({ str("list"), str("contact") })).isEmpty());
}

// Bug: money is kept in minor units, so relabelling a deal from EUR to JPY multiplies its value
// by 100 (1250 EUR becomes 125000 JPY), and history then shows the old amounts in the new
// currency. A currency change should keep the amount's value or be refused.
TEST_CASE("changing a deal's currency does not change its amount", "[cli][set]")
{
    CliRunner cli;
    cli.init();
    const QString deal = cli.add(str("deal"), { str("title=Osaka"), str("amount=1250") });
    const QByteArray before = cli.dump();
    const CliResult r = cli.run({ str("set"), str("deal"), deal, str("currency=JPY") });
    if (r.exitCode == 0) {
        const QJsonObject json = cli.showJson(str("deal"), deal);
        CHECK(json.value(str("currency")) == QJsonValue(str("JPY")));
        CHECK(json.value(str("amount")) == QJsonValue(str("1250")));
    } else {
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(str("amount")));
        CHECK(cli.dump() == before);
    }
}
