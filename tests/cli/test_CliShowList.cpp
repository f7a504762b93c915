// tandem-cli show and list: records as people read them and as scripts parse them.
#include "CliRunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <catch2/catch.hpp>

using namespace tandem::test;

TEST_CASE(
    "show --json prints the field names add takes, money as a decimal with currency", "[cli][show]")
{
    CliRunner cli;
    cli.init();
    const QString company
        = cli.add(str("company"), { str("name=UAB Baltic"), str("city=Vilnius") });
    const QString deal = cli.add(str("deal"),
        { str("title=Vilnius depot"), QStringLiteral("company_id=") + company,
            str("amount=1250.50") });

    const QJsonObject json = cli.showJson(str("deal"), deal);
    CHECK(json.value(str("amount")) == QJsonValue(str("1250.50")));
    CHECK(json.value(str("currency")) == QJsonValue(str("EUR")));
    CHECK(json.value(str("company_id")) == QJsonValue(company));
    CHECK(json.value(str("title")) == QJsonValue(str("Vilnius depot")));
    for (const QString& key : json.keys()) {
        INFO(key.toStdString());
        CHECK(key == key.toLower());
        CHECK_FALSE(key.contains(QLatin1Char(' ')));
    }

    // What show --json prints, add takes back: feeding it in gives the same record.
    const QJsonObject contact = cli.showJson(str("contact"),
        cli.add(str("contact"),
            { str("first_name=Олена"), str("last_name=Коваленко"),
                QStringLiteral("company_id=") + company, str("email=olena@dnipro.ua"),
                str("decision_maker=true"), str("birthday=1985-03-02"), str("consent_email=false"),
                str("status=active") }));
    QStringList assignments;
    for (auto it = contact.begin(); it != contact.end(); ++it) {
        if (it.key() == QLatin1String("id") || it.key().startsWith(QLatin1String("created_"))
            || it.value().isNull())
            continue;
        const QJsonValue v = it.value();
        const QString text = v.isBool() ? (v.toBool() ? str("true") : str("false"))
            : v.isDouble()              ? QString::number(v.toInteger())
                                        : v.toString();
        assignments << it.key() + QLatin1Char('=') + text;
    }
    CHECK(assignments.size() == 8);
    QJsonObject copy = cli.showJson(str("contact"), cli.add(str("contact"), assignments));
    QJsonObject original = contact;
    for (const char* key : { "id", "created_at", "created_by" }) {
        copy.remove(str(key));
        original.remove(str(key));
    }
    CHECK(copy == original);
}

TEST_CASE(
    "show prints a readable card whose references name the record and keep its id", "[cli][show]")
{
    CliRunner cli;
    cli.init();
    const QString company = cli.add(str("company"), { str("name=UAB Baltic") });
    const QString id = cli.add(str("contact"),
        { str("first_name=Šarūnas"), str("last_name=Kazlauskas"),
            QStringLiteral("company_id=") + company });
    const CliResult r = cli.run({ str("show"), str("contact"), id });
    CHECK(r.exitCode == 0);
    CHECK(r.err.isEmpty());
    const QStringList lines = r.lines();
    REQUIRE(lines.size() >= 3);
    CHECK(lines.at(0) == str("Contact: Šarūnas Kazlauskas"));
    CHECK(lines.at(1) == str("id: ") + id);
    CHECK(lines.contains(str("first_name: Šarūnas")));
    CHECK(lines.contains(str("company_id: UAB Baltic (%1)").arg(company)));
}

TEST_CASE("show refuses what it cannot show", "[cli][show]")
{
    CliRunner cli;
    cli.init();
    const QString id = cli.add(str("contact"), { str("last_name=Nowak") });

    SECTION("an id that does not exist")
    {
        expectRefused(cli, { str("show"), str("contact"), kMissingId }, 1,
            { str("there is no contact with id ") + kMissingId });
    }
    SECTION("an id of another record type")
    {
        expectRefused(cli, { str("show"), str("company"), id }, 1,
            { str("there is no company with id ") + id });
    }
    SECTION("an unknown entity")
    {
        expectRefused(
            cli, { str("show"), str("kontakt"), id }, 1, { str("unknown record type 'kontakt'") });
    }
    SECTION("no id is a usage error")
    {
        expectRefused(
            cli, { str("show"), str("contact") }, 2, { str("usage: show ENTITY ID [--json]") });
    }
    SECTION("an unknown option is a usage error")
    {
        expectRefused(cli, { str("show"), str("contact"), id, str("--xml") }, 2,
            { str("unknown option --xml") });
    }
}

TEST_CASE("list filters, sorts, limits and prints JSON", "[cli][list]")
{
    CliRunner cli;
    cli.init();
    const QString baltic = cli.add(str("company"), { str("name=UAB Baltic"), str("city=Vilnius") });
    const QString tkalnia = cli.add(str("company"), { str("name=Tkalnia"), str("city=Łódź") });
    const QString ona = cli.add(str("contact"),
        { str("first_name=Ona"), str("last_name=Žukauskienė"),
            QStringLiteral("company_id=") + baltic });
    const QString jonas = cli.add(str("contact"),
        { str("first_name=Jonas"), str("last_name=Adomaitis"),
            QStringLiteral("company_id=") + baltic });
    const QString jan = cli.add(str("contact"),
        { str("first_name=Jan"), str("last_name=Nowak"), QStringLiteral("company_id=") + tkalnia });

    const CliResult all = cli.run({ str("list"), str("contact") });
    CHECK(all.exitCode == 0);
    CHECK(all.err.isEmpty());
    CHECK(all.lines().first().startsWith(str("id\tfirst_name\tlast_name\tcompany_id")));
    CHECK(listedIds(all) == QStringList { jan, jonas, ona }); // by name
    CHECK(all.lines().at(1).contains(str("\tTkalnia\t"))); // a reference shows its label

    CHECK(listedIds(cli.run({ str("list"), str("contact"), str("--where"),
              QStringLiteral("company_id=") + baltic }))
        == QStringList { jonas, ona });
    CHECK(listedIds(cli.run({ str("list"), str("contact"), str("--where"),
              QStringLiteral("company_id=") + baltic, str("--where"), str("first_name=Ona") }))
        == QStringList { ona });
    CHECK(listedIds(cli.run({ str("list"), str("contact"), str("--sort"), str("last_name") }))
        == QStringList { jonas, jan, ona });
    CHECK(listedIds(cli.run(
              { str("list"), str("contact"), str("--sort"), str("last_name"), str("--desc") }))
        == QStringList { ona, jan, jonas });
    CHECK(listedIds(cli.run({ str("list"), str("contact"), str("--sort"), str("last_name"),
              str("--limit"), str("2") }))
        == QStringList { jonas, jan });
    CHECK(listedIds(
        cli.run({ str("list"), str("contact"), str("--where"), str("first_name=Nobody") }))
              .isEmpty());

    const CliResult json = cli.run({ str("list"), str("contact"), str("--where"),
        QStringLiteral("company_id=") + baltic, str("--json") });
    CHECK(json.exitCode == 0);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json.out, &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(doc.isArray());
    REQUIRE(doc.array().size() == 2);
    CHECK(doc.array().at(0).toObject().value(str("id")) == QJsonValue(jonas));
    CHECK(doc.array().at(1).toObject().value(str("last_name")) == QJsonValue(str("Žukauskienė")));
    CHECK(doc.array().at(1).toObject().value(str("company_id")) == QJsonValue(baltic));
}

TEST_CASE("list refuses what it cannot list", "[cli][list]")
{
    CliRunner cli;
    cli.init();
    cli.add(str("contact"), { str("last_name=Nowak") });

    SECTION("an unknown entity")
    {
        expectRefused(
            cli, { str("list"), str("kontakt") }, 1, { str("unknown record type 'kontakt'") });
    }
    SECTION("a filter on an unknown field")
    {
        expectRefused(cli, { str("list"), str("contact"), str("--where"), str("nickname=Jaś") }, 1,
            { str("nickname: unknown field for contact") });
    }
    SECTION("a filter value the field cannot hold")
    {
        expectRefused(cli, { str("list"), str("contact"), str("--where"), str("birthday=soon") }, 1,
            { str("birthday: 'soon' is not a date") });
    }
    SECTION("a sort by an unknown field")
    {
        expectRefused(cli, { str("list"), str("contact"), str("--sort"), str("shoe_size") }, 1,
            { str("shoe_size: cannot sort contact by an unknown field") });
    }
    SECTION("a limit that is not a number is a usage error")
    {
        expectRefused(cli, { str("list"), str("contact"), str("--limit"), str("many") }, 2,
            { str("--limit needs a whole number") });
    }
    SECTION("an option without its value is a usage error")
    {
        expectRefused(cli, { str("list"), str("contact"), str("--where") }, 2,
            { str("option --where needs a value") });
    }
    SECTION("no entity is a usage error")
    {
        expectRefused(cli, { str("list") }, 2, { str("usage: list ENTITY") });
    }
}
