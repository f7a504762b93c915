// tandem-cli search, history, dump --canonical and check: the commands that read and report.
#include "CliRunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace tandem::test;

namespace {

// The ids of `search` hits, in order.
QStringList hitIds(const CliResult& r)
{
    QStringList out;
    for (const QString& line : r.lines())
        out << line.section(QLatin1Char('\t'), 1, 1);
    return out;
}

// Runs SQL on the database behind the CLI's back, as damage from outside would.
void tamper(const QString& path, const QString& sql)
{
    const QString name = QStringLiteral("tamper");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(sql));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

TEST_CASE("search ignores diacritics and finds word prefixes in every script", "[cli][search]")
{
    CliRunner cli;
    cli.init();
    const QString sarunas
        = cli.add(str("contact"), { str("first_name=Šarūnas"), str("last_name=Kazlauskas") });
    const QString tkalnia
        = cli.add(str("company"), { str("name=Tkalnia Sp. z o.o."), str("city=Łódź") });
    const QString olena
        = cli.add(str("contact"), { str("first_name=Олена"), str("last_name=Коваленко") });
    const QString deal = cli.add(str("deal"), { str("title=Brașov depot") });

    const CliResult r = cli.run({ str("search"), str("sarun") });
    CHECK(r.exitCode == 0);
    CHECK(r.err.isEmpty());
    CHECK(hitIds(r) == QStringList { sarunas });
    CHECK(r.text() == str("contact\t%1\tŠarūnas Kazlauskas\t\n").arg(sarunas));

    CHECK(hitIds(cli.run({ str("search"), str("lodz") })) == QStringList { tkalnia });
    CHECK(hitIds(cli.run({ str("search"), str("ковал") })) == QStringList { olena });
    CHECK(hitIds(cli.run({ str("search"), str("КОВАЛЕНКО") })) == QStringList { olena });
    CHECK(hitIds(cli.run({ str("search"), str("brasov") })) == QStringList { deal });
    CHECK(
        hitIds(cli.run({ str("search"), str("sarunas"), str("kazl") })) == QStringList { sarunas });
    CHECK(cli.run({ str("search"), str("sarunas"), str("nowak") })
              .out.isEmpty()); // every word must match

    const CliResult json = cli.run({ str("search"), str("lodz"), str("--json") });
    CHECK(json.exitCode == 0);
    const QJsonArray hits = parseJson(json.out).array();
    REQUIRE(hits.size() == 1);
    CHECK(hits.at(0).toObject().value(str("entity")) == QJsonValue(str("company")));
    CHECK(hits.at(0).toObject().value(str("id")) == QJsonValue(tkalnia));
    CHECK(hits.at(0).toObject().value(str("label")) == QJsonValue(str("Tkalnia Sp. z o.o.")));
    CHECK(hits.at(0).toObject().value(str("detail")).toString().contains(str("Łódź")));
}

TEST_CASE("search --limit caps the hits, and no hit is not an error", "[cli][search]")
{
    CliRunner cli;
    cli.init();
    for (const char* name : { "Jonas", "Jonė", "Jonukas" })
        cli.add(str("contact"), { str("first_name=") + str(name), str("last_name=Jonaitis") });
    CHECK(cli.run({ str("search"), str("jonaitis") }).lines().size() == 3);
    CHECK(
        cli.run({ str("search"), str("jonaitis"), str("--limit"), str("2") }).lines().size() == 2);

    const CliResult none = cli.run({ str("search"), str("Zzyzx") });
    CHECK(none.exitCode == 0);
    CHECK(none.out.isEmpty());
    CHECK(none.err.isEmpty());
    const CliResult noneJson = cli.run({ str("search"), str("Zzyzx"), str("--json") });
    CHECK(noneJson.exitCode == 0);
    CHECK(parseJson(noneJson.out).array().isEmpty());
}

TEST_CASE("search refuses a call without text", "[cli][search]")
{
    CliRunner cli;
    cli.init();
    SECTION("no text is a usage error")
    {
        expectRefused(cli, { str("search") }, 2, { str("usage: search TEXT") });
    }
    SECTION("an unknown option is a usage error")
    {
        expectRefused(
            cli, { str("search"), str("x"), str("--fuzzy") }, 2, { str("unknown option --fuzzy") });
    }
}

TEST_CASE("history lists who changed what, including the delete", "[cli][history]")
{
    CliRunner cli;
    cli.init({ str("--user"), str("Ona Petrauskienė") });
    const QString deal
        = cli.add(str("deal"), { str("title=Depot"), str("currency=PLN"), str("amount=100") });
    cli.set(str("deal"), deal, { str("amount=1250.5") });
    REQUIRE(cli.run({ str("rm"), str("deal"), deal }).exitCode == 0);

    const CliResult r = cli.run({ str("history"), str("deal"), deal });
    CHECK(r.exitCode == 0);
    CHECK(r.err.isEmpty());
    // A create lists each field it set (DealFlow adds pipeline, stage, status, owner and the time
    // it entered the stage to the three given); then the set; then the delete.
    const QStringList lines = r.lines();
    REQUIRE(lines.size() == 10);
    for (const QString& line : lines) {
        INFO(line.toStdString());
        CHECK(line.startsWith(str("2026-06-15T09:00:")));
        CHECK(line.section(QLatin1Char('\t'), 1, 1) == str("Ona Petrauskienė"));
    }
    CHECK(lines.mid(0, 8).filter(str("\tcreate\t")).size() == 8);
    CHECK(lines.mid(0, 8).contains(
        str("2026-06-15T09:00:00Z\tOna Petrauskienė\tcreate\tamount\t100.00")));
    CHECK(lines.mid(0, 8).filter(str("\tcreate\tcurrency\tPLN")).size() == 1);
    CHECK(lines.mid(0, 8).filter(str("\tcreate\tstatus\topen")).size() == 1);
    CHECK(lines.at(8).endsWith(str("\tset\tamount\t1250.50")));
    CHECK(lines.at(9).contains(str("\tdelete\t")));

    const CliResult json = cli.run({ str("history"), str("deal"), deal, str("--json") });
    CHECK(json.exitCode == 0);
    const QJsonArray entries = parseJson(json.out).array();
    REQUIRE(entries.size() == 10);
    const QJsonObject set = entries.at(8).toObject();
    CHECK(set.value(str("op")) == QJsonValue(str("set")));
    CHECK(set.value(str("field")) == QJsonValue(str("amount")));
    CHECK(set.value(str("value")) == QJsonValue(str("1250.50")));
    CHECK(set.value(str("when")).toString().startsWith(str("2026-06-15T09:00:")));
    const QJsonObject del = entries.at(9).toObject();
    CHECK(del.value(str("op")) == QJsonValue(str("delete")));
    CHECK(del.value(str("user")) == QJsonValue(str("Ona Petrauskienė")));
    CHECK(isUuidV7AtPinnedTime(del.value(str("user_id")).toString()));
}

TEST_CASE("history refuses what it cannot show", "[cli][history]")
{
    CliRunner cli;
    cli.init();
    const QString id = cli.add(str("contact"), { str("last_name=Nowak") });

    SECTION("an id that does not exist")
    {
        expectRefused(cli, { str("history"), str("contact"), kMissingId }, 1,
            { str("there is no contact with id ") + kMissingId });
    }
    SECTION("an unknown entity")
    {
        expectRefused(cli, { str("history"), str("kontakt"), id }, 1,
            { str("unknown record type 'kontakt'") });
    }
    SECTION("no id is a usage error")
    {
        expectRefused(
            cli, { str("history"), str("contact") }, 2, { str("usage: history ENTITY ID") });
    }
}

TEST_CASE(
    "dump --canonical is the same bytes for the same data, whatever the history", "[cli][dump]")
{
    CliRunner cli;
    cli.init();
    const QString company
        = cli.add(str("company"), { str("name=SC Carpați SRL"), str("city=Brașov") });
    const QString deal = cli.add(str("deal"),
        { str("title=Depot"), QStringLiteral("company_id=") + company, str("currency=RON"),
            str("amount=48000") });
    const QString copy = cli.path(str("copy.db"));
    REQUIRE(cli.run({ str("backup"), str("--to"), copy }).exitCode == 0);

    // A different history to the same data: edit and edit back; add and remove.
    cli.set(str("deal"), deal, { str("amount=50000"), str("title=Depot Sibiu") });
    cli.set(str("deal"), deal, { str("amount=48000.00"), str("title=Depot") });
    cli.set(str("company"), company, { str("city=") });
    cli.set(str("company"), company, { str("city=Brașov") });
    const QString temp = cli.add(str("contact"), { str("last_name=Ionescu") });
    REQUIRE(cli.run({ str("rm"), str("contact"), temp }).exitCode == 0);

    const QByteArray dumpA = cli.dump();
    CHECK(dumpA == cli.dump()); // stable when repeated
    CliRunner other;
    other.useDatabase(copy);
    const QByteArray dumpB = other.dump();
    CHECK(dumpA == dumpB);

    const QJsonDocument doc = parseJson(dumpA);
    REQUIRE(doc.isObject());
    CHECK(doc.object().contains(str("deal")));
    CHECK(doc.object().contains(str("company")));
    CHECK_FALSE(doc.object().contains(str("contact"))); // its one record was removed
    CHECK_FALSE(dumpA.contains(temp.toUtf8()));
    CHECK_FALSE(dumpA.contains("Ionescu"));
    CHECK(dumpA.contains("\"amount\":\"48000.00\""));
    CHECK(dumpA.contains("\"currency\":\"RON\""));
}

TEST_CASE("dump --canonical changes when the data does", "[cli][dump]")
{
    CliRunner cli;
    cli.init();
    const QString company = cli.add(str("company"), { str("name=ТОВ Дніпро") });
    const QByteArray before = cli.dump();
    cli.set(str("company"), company, { str("city=Київ") });
    const QByteArray after = cli.dump();
    CHECK(before != after);
    CHECK(after.contains(str("\"city\":\"Київ\"").toUtf8()));
}

TEST_CASE("dump refuses anything but --canonical", "[cli][dump]")
{
    CliRunner cli;
    cli.init();
    SECTION("no --canonical is a usage error")
    {
        expectRefused(cli, { str("dump") }, 2, { str("usage: dump --canonical") });
    }
    SECTION("a stray argument is a usage error")
    {
        expectRefused(cli, { str("dump"), str("--canonical"), str("contact") }, 2,
            { str("usage: dump --canonical") });
    }
}

TEST_CASE("check says ok on a healthy database and repairs a stale search index", "[cli][check]")
{
    CliRunner cli;
    cli.init();
    const QString id
        = cli.add(str("contact"), { str("first_name=Šarūnas"), str("last_name=Kazlauskas") });
    cli.add(str("company"), { str("name=Tkalnia"), str("city=Łódź") });

    const CliResult ok = cli.run({ str("check") });
    CHECK(ok.exitCode == 0);
    CHECK(ok.err.isEmpty());
    CHECK(ok.text() == str("ok: %1 is healthy\n").arg(cli.dbPath()));
    CHECK(cli.run({ str("check"), str("--repair") }).exitCode == 0);

    SECTION("a search index that lost a record is reported, and --repair rebuilds it")
    {
        tamper(cli.dbPath(), str("DELETE FROM search_doc WHERE record_id = '%1'").arg(id));
        const QByteArray before = cli.dump();
        const CliResult bad = cli.run({ str("check") });
        CHECK(bad.exitCode == 1);
        CHECK(bad.out.isEmpty());
        CHECK(bad.err.contains(str("tandem-cli check --repair")));
        CHECK(cli.dump() == before);

        const CliResult repaired = cli.run({ str("check"), str("--repair") });
        CHECK(repaired.exitCode == 0);
        CHECK(repaired.text() == str("ok: %1 is healthy\n").arg(cli.dbPath()));
        CHECK(hitIds(cli.run({ str("search"), str("sarun") })) == QStringList { id });
        CHECK(cli.dump() == before);
    }
    SECTION("a stray argument is a usage error")
    {
        expectRefused(
            cli, { str("check"), str("everything") }, 2, { str("usage: check [--repair]") });
    }
    SECTION("an unknown option is a usage error")
    {
        expectRefused(cli, { str("check"), str("--fix") }, 2, { str("unknown option --fix") });
    }
}
