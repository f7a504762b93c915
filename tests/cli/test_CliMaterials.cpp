// tandem-cli and the sales materials library: files added all or nothing, found by words and
// tags, attached to a deal's offer as a copy; and this computer's quote number series.
#include "CliRunner.h"

#include <QFile>

using namespace tandem::test;

namespace {

QString writeFile(const CliRunner& cli, const char* name, const QByteArray& bytes)
{
    const QString path = cli.path(str(name));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    return path;
}

QStringList namesOf(const CliResult& r)
{
    QJsonParseError error;
    const QJsonArray rows = QJsonDocument::fromJson(r.out, &error).array();
    REQUIRE(error.error == QJsonParseError::NoError);
    QStringList names;
    for (const QJsonValue& v : rows)
        names << v.toObject().value(str("name")).toString();
    return names;
}

} // namespace

TEST_CASE("the materials library on the command line", "[cli][materials]")
{
    CliRunner cli;
    cli.init();
    const QString brochure = writeFile(cli, "Brošiūra.pdf", "%PDF brochure");
    const QString prices = writeFile(cli, "Price list.pdf", "%PDF prices");
    const QString empty = writeFile(cli, "Empty.pdf", {});

    // One bad file refuses the whole batch.
    expectRefused(cli, { str("material"), str("add"), brochure, empty }, 1,
        { str("Empty.pdf"), str("is empty; there is nothing to keep.") });

    const QStringList ids = runOk(
        cli, { str("material"), str("add"), brochure, prices, str("--tags"), str("Brochure, LT") })
                                .lines();
    REQUIRE(ids.size() == 2);
    CHECK(namesOf(runOk(cli, { str("materials"), str("--json") }))
        == QStringList { str("Brošiūra.pdf"), str("Price list.pdf") });
    runOk(cli, { str("material"), str("tag"), ids.at(1), str("--tags"), str("price list; en") });
    CHECK(namesOf(runOk(cli, { str("materials"), str("--tag"), str("lt"), str("--json") }))
        == QStringList { str("Brošiūra.pdf") });
    CHECK(namesOf(runOk(cli, { str("materials"), str("pri"), str("en"), str("--json") }))
        == QStringList { str("Price list.pdf") });
    CHECK(namesOf(runOk(cli, { str("materials"), str("brosiu"), str("--json") }))
        == QStringList { str("Brošiūra.pdf") });

    // A copy on a deal's offer; the library file written back out is the same bytes.
    const QString company = cli.add(str("company"), { str("name=UAB Šilas") });
    const QString deal
        = cli.add(str("deal"), { str("title=Užuolaidos"), str("company_id=") + company });
    const QString quote = cli.add(str("quote"), { str("deal_id=") + deal });
    const QString copy = runOk(cli,
        { str("material"), str("attach"), ids.at(0), str("--deal"), deal, str("--quote"), quote })
                             .lines()
                             .value(0);
    CHECK_FALSE(copy.isEmpty());
    CHECK(cli.showJson(str("attachment"), copy).value(str("quote_id")).toString() == quote);
    const QString out = cli.path(str("out.pdf"));
    runOk(cli, { str("material"), str("get"), ids.at(0), str("--out"), out });
    QFile f(out);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll() == "%PDF brochure");

    expectRefused(cli, { str("material"), str("attach"), ids.at(0), str("--deal"), kMissingId }, 1,
        { str("There is no deal with id ") + kMissingId });
    runOk(cli, { str("material"), str("rm"), ids.at(0) });
    CHECK(namesOf(runOk(cli, { str("materials"), str("--json") }))
        == QStringList { str("Price list.pdf") });
}

TEST_CASE("a computer's quote number series on the command line", "[cli][quotes]")
{
    CliRunner cli;
    cli.init();
    CHECK(runOk(cli, { str("quote-series") }).lines()
        == QStringList { str("No series: quotes made here are numbered Q-YYYY-NNNN.") });
    CHECK(runOk(cli, { str("quote-series"), str("vn") }).lines() == QStringList { str("VN") });
    expectRefused(cli, { str("quote-series"), str("toolong") }, 1,
        { str("A quote number series is 1 to 4 letters") });
    const QString company = cli.add(str("company"), { str("name=UAB Šilas") });
    const QString deal
        = cli.add(str("deal"), { str("title=Užuolaidos"), str("company_id=") + company });
    const QString quote = cli.add(str("quote"), { str("deal_id=") + deal });
    CHECK(cli.showJson(str("quote"), quote).value(str("number")).toString() == "Q-2026-VN-0001");
}

TEST_CASE("refusals of quotes, materials and documents are in the user's language", "[cli][quotes]")
{
    // Their sources keep their strings under one context; a lookup under another shows English.
    CliRunner cli;
    cli.init();
    const QMap<QString, QString> lithuanian { { str("LC_ALL"), str("lt_LT.UTF-8") },
        { str("LANG"), str("lt_LT.UTF-8") } };
    const CliResult series = cli.run({ str("quote-series"), str("toolong") }, lithuanian);
    CHECK(series.exitCode == 1);
    CHECK(series.err.contains(str("numerių seriją")));
    const CliResult material = cli.run(
        { str("material"), str("attach"), kMissingId, str("--deal"), kMissingId }, lithuanian);
    CHECK(material.exitCode == 1);
    CHECK(material.err.contains(str("Pardavimų medžiagos bibliotekoje nėra failo")));
    const CliResult render = cli.run({ str("render"), str("quote") }, lithuanian);
    CHECK(render.exitCode == 2);
    CHECK(render.err.contains(str("naudojimas: render")));
}
