// tandem-cli duplicates / merge: the review list as a script sees it, merging and "not duplicates".
#include "CliRunner.h"

using namespace tandem::test;

TEST_CASE("duplicates lists a likely pair, merge makes it one record and keeps its links",
    "[cli][duplicates]")
{
    CliRunner cli;
    cli.init();
    const QString keep = cli.add(QStringLiteral("contact"),
        { str("first_name=Rūta"), str("last_name=Jankauskaitė"),
            QStringLiteral("email=ruta@linas.lt") });
    const QString other = cli.add(QStringLiteral("contact"),
        { QStringLiteral("first_name=Ruta"), QStringLiteral("last_name=Jankauskaite"),
            QStringLiteral("email=RUTA@linas.lt"), QStringLiteral("city=Kaunas") });
    cli.add(QStringLiteral("contact"),
        { QStringLiteral("first_name=Jonas"), QStringLiteral("last_name=Jonaitis") });
    const QString call = cli.add(QStringLiteral("activity"),
        { QStringLiteral("kind=call"), QStringLiteral("subject=Linen prices"),
            QStringLiteral("contact_id=") + other });

    const CliResult listed = cli.run({ QStringLiteral("duplicates") });
    REQUIRE(listed.exitCode == 0);
    REQUIRE(listed.lines().size() == 1);
    const QStringList cols = listed.lines().first().split(QLatin1Char('\t'));
    REQUIRE(cols.size() == 6);
    CHECK(QSet<QString> { cols.at(1), cols.at(3) } == QSet<QString> { keep, other });
    CHECK(cols.at(5).contains(QStringLiteral("e-mail")));

    // Wrong ids change nothing.
    expectRefused(cli, { QStringLiteral("merge"), QStringLiteral("contact"), keep, kMissingId }, 1,
        { kMissingId });
    expectRefused(cli, { QStringLiteral("merge"), QStringLiteral("deal"), keep, other }, 2,
        { QStringLiteral("usage: merge") });

    const CliResult merged
        = cli.run({ QStringLiteral("merge"), QStringLiteral("contact"), keep, other });
    INFO(merged.err.toStdString());
    REQUIRE(merged.exitCode == 0);
    CHECK(merged.text().startsWith(
        QStringLiteral("Merged %1 into %2: 1 linked record moved.").arg(other, keep)));
    CHECK(cli.showJson(QStringLiteral("activity"), call)
              .value(QStringLiteral("contact_id"))
              .toString()
              .contains(keep));
    CHECK(cli.showJson(QStringLiteral("contact"), keep).value(QStringLiteral("city")).toString()
        == QStringLiteral("Kaunas"));
    CHECK(cli.run({ QStringLiteral("show"), QStringLiteral("contact"), other }).exitCode == 1);
    CHECK(cli.run({ QStringLiteral("duplicates") }).out.isEmpty());
}

TEST_CASE("duplicates --dismiss keeps a pair out of the list", "[cli][duplicates]")
{
    CliRunner cli;
    cli.init();
    const QString a = cli.add(QStringLiteral("company"),
        { QStringLiteral("name=Baltic Wood"), QStringLiteral("reg_code=302123456") });
    const QString b = cli.add(QStringLiteral("company"),
        { QStringLiteral("name=Baltic Wood Kaunas"), QStringLiteral("reg_code=302123456") });
    const QStringList list { QStringLiteral("duplicates"), QStringLiteral("--entity"),
        QStringLiteral("company") };
    CHECK(cli.run(list).lines().size() == 1);
    const CliResult json = cli.run(list + QStringList { QStringLiteral("--json") });
    const QJsonArray pairs = QJsonDocument::fromJson(json.out).array();
    REQUIRE(pairs.size() == 1);
    CHECK(pairs.first().toObject().value(QStringLiteral("score")).toInt() > 0);

    const CliResult dismissed = cli.run(list + QStringList { QStringLiteral("--dismiss"), a, b });
    REQUIRE(dismissed.exitCode == 0);
    CHECK(cli.run(list).out.isEmpty());
    expectRefused(cli, list + QStringList { QStringLiteral("--dismiss"), a }, 2,
        { QStringLiteral("usage: duplicates") });
}
