// tandem-cli sync: two copies exchange files, list and settle a conflict, refuse bad bundles.
#include "CliRunner.h"

#include <QDir>

using namespace tandem::test;

namespace {

QStringList syncArgs(const QStringList& rest)
{
    return QStringList { QStringLiteral("sync") } + rest;
}

} // namespace

TEST_CASE("a new copy joins by importing the office's bundle", "[cli][sync]")
{
    CliRunner office;
    office.init({ QStringLiteral("--company"), QStringLiteral("UAB Baltic"),
        QStringLiteral("--user"), QStringLiteral("Ona") });
    const QString id = office.add(QStringLiteral("contact"),
        { QStringLiteral("first_name=Šarūnas"), QStringLiteral("last_name=Kazlauskas") });
    const QString bundle = office.path(QStringLiteral("office.tandem"));
    const CliResult exported
        = office.run(syncArgs({ QStringLiteral("export"), QStringLiteral("--to"), bundle }));
    REQUIRE(exported.exitCode == 0);
    CHECK(exported.text().startsWith(QStringLiteral("Wrote ")));

    CliRunner laptop; // no database yet
    const CliResult imported = laptop.run(syncArgs({ QStringLiteral("import"), bundle }));
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.text().contains(QStringLiteral("0 conflicts to review")));
    CHECK(laptop.dump() == office.dump());
    CHECK(laptop.run({ QStringLiteral("search"), QStringLiteral("sarun") }).text().contains(id));

    // Importing it again changes nothing.
    const QByteArray before = laptop.dump();
    CHECK(laptop.run(syncArgs({ QStringLiteral("import"), bundle }))
              .text()
              .startsWith(QStringLiteral("Imported 0 new changes")));
    CHECK(laptop.dump() == before);
}

TEST_CASE("a conflict is listed on both copies and settled with sync resolve", "[cli][sync]")
{
    CliRunner a;
    a.init();
    const QString company = a.add(QStringLiteral("company"), { QStringLiteral("name=UAB Test") });
    const QString fromA = a.path(QStringLiteral("a.tandem"));
    REQUIRE(
        a.run(syncArgs({ QStringLiteral("export"), QStringLiteral("--to"), fromA })).exitCode == 0);
    CliRunner b;
    REQUIRE(b.run(syncArgs({ QStringLiteral("import"), fromA })).exitCode == 0);

    a.set(QStringLiteral("company"), company, { QStringLiteral("city=Vilnius") });
    b.set(QStringLiteral("company"), company, { QStringLiteral("city=Kaunas") });
    const QString fromB = b.path(QStringLiteral("b.tandem"));
    REQUIRE(
        a.run(syncArgs({ QStringLiteral("export"), QStringLiteral("--to"), fromA })).exitCode == 0);
    REQUIRE(
        b.run(syncArgs({ QStringLiteral("export"), QStringLiteral("--to"), fromB })).exitCode == 0);
    REQUIRE(a.run(syncArgs({ QStringLiteral("import"), fromB })).exitCode == 0);
    REQUIRE(b.run(syncArgs({ QStringLiteral("import"), fromA })).exitCode == 0);
    CHECK(a.dump() == b.dump());

    const CliResult listA = a.run(syncArgs({ QStringLiteral("conflicts") }));
    const CliResult listB = b.run(syncArgs({ QStringLiteral("conflicts") }));
    REQUIRE(listA.lines().size() == 1);
    CHECK(listA.out == listB.out);
    CHECK(listA.text().contains(QStringLiteral("Vilnius")));
    CHECK(listA.text().contains(QStringLiteral("Kaunas")));

    const QString conflictId = listA.lines().first().section(QLatin1Char('\t'), 0, 0);
    const QString shown
        = a.showJson(QStringLiteral("company"), company).value(QStringLiteral("city")).toString();
    REQUIRE(
        a.run(syncArgs({ QStringLiteral("resolve"), conflictId, QStringLiteral("--take-other") }))
            .exitCode
        == 0);
    CHECK(a.run(syncArgs({ QStringLiteral("conflicts") })).out.isEmpty());
    const QString now
        = a.showJson(QStringLiteral("company"), company).value(QStringLiteral("city")).toString();
    CHECK(now != shown);
    REQUIRE(
        a.run(syncArgs({ QStringLiteral("export"), QStringLiteral("--to"), fromA })).exitCode == 0);
    REQUIRE(b.run(syncArgs({ QStringLiteral("import"), fromA })).exitCode == 0);
    CHECK(b.run(syncArgs({ QStringLiteral("conflicts") })).out.isEmpty());
    CHECK(b.showJson(QStringLiteral("company"), company).value(QStringLiteral("city")).toString()
        == now);
}

TEST_CASE("bad bundles and wrong usage are refused and change nothing", "[cli][sync]")
{
    CliRunner cli;
    cli.init();
    cli.add(QStringLiteral("contact"), { QStringLiteral("last_name=Nowak") });
    const QString text = cli.path(QStringLiteral("notes.tandem"));
    writeFile(text, "Ona, Jonas, Petras\n");
    expectRefused(cli, syncArgs({ QStringLiteral("import"), text }), 1,
        { QStringLiteral("notes.tandem"), QStringLiteral("not a Tandem sync bundle") });

    const QString good = cli.path(QStringLiteral("good.tandem"));
    REQUIRE(cli.run(syncArgs({ QStringLiteral("export"), QStringLiteral("--to"), good })).exitCode
        == 0);
    const QByteArray bytes = readFile(good);
    const QString cut = cli.path(QStringLiteral("cut.tandem"));
    writeFile(cut, bytes.left(bytes.size() - 10));
    expectRefused(cli, syncArgs({ QStringLiteral("import"), cut }), 1,
        { QStringLiteral("damaged or truncated") });
    expectRefused(cli,
        syncArgs({ QStringLiteral("import"), cli.path(QStringLiteral("missing.tandem")) }), 1,
        { QStringLiteral("cannot read the bundle") });
    expectRefused(cli,
        syncArgs({ QStringLiteral("resolve"), QStringLiteral("nope"), QStringLiteral("--keep") }),
        1, { QStringLiteral("no open conflict") });
    expectRefused(cli, syncArgs({ QStringLiteral("resolve"), QStringLiteral("nope") }), 2,
        { QStringLiteral("usage: sync resolve") });
    expectRefused(cli, syncArgs({ QStringLiteral("dance") }), 2, { QStringLiteral("usage: sync") });
    expectRefused(cli,
        syncArgs(
            { QStringLiteral("passphrase"), QStringLiteral("--set"), QStringLiteral("short") }),
        1, { QStringLiteral("at least 8 characters") });
    expectRefused(cli,
        syncArgs({ QStringLiteral("folder"), cli.path(QStringLiteral("no-such-folder")) }), 1,
        { QStringLiteral("does not exist") });
}

TEST_CASE(
    "with a team passphrase, bundles are sealed and another team's are refused", "[cli][sync]")
{
    CliRunner a;
    a.init();
    a.add(QStringLiteral("company"), { QStringLiteral("name=UAB Slaptas") });
    REQUIRE(a.run(syncArgs({ QStringLiteral("passphrase"), QStringLiteral("--set"),
                      QStringLiteral("žalias obuolys") }))
                .exitCode
        == 0);
    const QString file = a.path(QStringLiteral("sealed.tandem"));
    REQUIRE(
        a.run(syncArgs({ QStringLiteral("export"), QStringLiteral("--to"), file })).exitCode == 0);
    CHECK_FALSE(readFile(file).contains("Slaptas"));
    CHECK(a.run(syncArgs({ QStringLiteral("status") }))
              .text()
              .contains(QStringLiteral("Team passphrase: set")));

    CliRunner other;
    other.init();
    REQUIRE(other
                .run(syncArgs({ QStringLiteral("passphrase"), QStringLiteral("--set"),
                    QStringLiteral("another secret") }))
                .exitCode
        == 0);
    expectRefused(
        other, syncArgs({ QStringLiteral("import"), file }), 1, { QStringLiteral("another team") });

    CliRunner team;
    team.init();
    REQUIRE(team.run(syncArgs({ QStringLiteral("passphrase"), QStringLiteral("--set"),
                         QStringLiteral("žalias obuolys") }))
                .exitCode
        == 0);
    REQUIRE(team.run(syncArgs({ QStringLiteral("import"), file })).exitCode == 0);
    CHECK(team.run({ QStringLiteral("search"), QStringLiteral("slaptas") }).lines().size() == 1);
}

namespace {

QString siteOf(const CliRunner& cli)
{
    const QString status = cli.run(syncArgs({ QStringLiteral("status") })).text();
    return status.section(QLatin1Char('\n'), 0, 0).section(QStringLiteral(": "), 1).trimmed();
}

} // namespace

TEST_CASE("sync scope sets, shows and clears what this copy is sent", "[cli][sync][scope]")
{
    CliRunner laptop; // a new laptop sets its scope before it first syncs
    const CliResult shown = laptop.run(syncArgs({ QStringLiteral("scope") }));
    REQUIRE(shown.exitCode == 0);
    CHECK(shown.text() == QStringLiteral("Sync scope: everything\n"));
    const CliResult set = laptop.run(
        syncArgs({ QStringLiteral("scope"), QStringLiteral("--owner"), QStringLiteral("user-1") }));
    REQUIRE(set.exitCode == 0);
    CHECK(set.text() == QStringLiteral("Sync scope: owner user-1\n"));
    CHECK(laptop.run(syncArgs({ QStringLiteral("scope") })).text()
        == QStringLiteral("Sync scope: owner user-1\n"));
    CHECK(laptop
              .run(syncArgs({ QStringLiteral("scope"), QStringLiteral("--territory"),
                  QStringLiteral("north") }))
              .text()
        == QStringLiteral("Sync scope: territory north\n"));
    CHECK(laptop.run(syncArgs({ QStringLiteral("status") }))
              .text()
              .contains(QStringLiteral("Sync scope: territory north")));
    CHECK(laptop.run(syncArgs({ QStringLiteral("scope"), QStringLiteral("--all") })).text()
        == QStringLiteral("Sync scope: everything\n"));

    const CliResult both = laptop.run(syncArgs({ QStringLiteral("scope"), QStringLiteral("--owner"),
        QStringLiteral("a"), QStringLiteral("--all") }));
    CHECK(both.exitCode == 2);
    CHECK(both.err.contains(QStringLiteral("usage: sync scope")));
    CHECK(laptop.run(syncArgs({ QStringLiteral("scope") })).text()
        == QStringLiteral("Sync scope: everything\n"));
}

TEST_CASE("in a shared folder a scoped laptop reads only the bundles written for it",
    "[cli][sync][scope]")
{
    CliRunner office;
    office.init({ QStringLiteral("--company"), QStringLiteral("UAB Baltic") });
    const QString ona = office.add(QStringLiteral("user"), { QStringLiteral("name=Ona") });
    const QString boris = office.add(QStringLiteral("user"), { QStringLiteral("name=Boris") });
    const QString onaCompany = office.add(QStringLiteral("company"),
        { QStringLiteral("name=UAB Ąžuolas"), QStringLiteral("owner_id=") + ona });
    const QString borisCompany = office.add(QStringLiteral("company"),
        { QStringLiteral("name=SC Delta"), QStringLiteral("owner_id=") + boris });
    const QString onaContact = office.add(QStringLiteral("contact"),
        { QStringLiteral("last_name=Petraitienė"), QStringLiteral("company_id=") + onaCompany });
    office.add(QStringLiteral("contact"),
        { QStringLiteral("last_name=Popescu"), QStringLiteral("company_id=") + borisCompany });

    const QString shared = office.path(QStringLiteral("shared"));
    REQUIRE(QDir().mkpath(shared));
    auto folder = [&](const CliRunner& cli) {
        const CliResult r = cli.run(syncArgs({ QStringLiteral("folder"), shared }));
        REQUIRE(r.exitCode == 0);
        CHECK(r.err.isEmpty());
        return r;
    };
    CliRunner colleague;
    CliRunner laptop;
    REQUIRE(
        laptop.run(syncArgs({ QStringLiteral("scope"), QStringLiteral("--owner"), ona })).exitCode
        == 0);
    for (int round = 0; round < 2; ++round) {
        folder(office);
        folder(colleague);
        folder(laptop);
    }
    const QString officeSite = siteOf(office);
    const QString colleagueSite = siteOf(colleague);
    const QString laptopSite = siteOf(laptop);
    QStringList files = QDir(shared).entryList({ QStringLiteral("*.tandem") }, QDir::Files);
    files.sort();
    QStringList expected { officeSite + QStringLiteral(".tandem"),
        colleagueSite + QStringLiteral(".tandem"), laptopSite + QStringLiteral(".tandem"),
        officeSite + QStringLiteral("-for-") + laptopSite + QStringLiteral(".tandem"),
        colleagueSite + QStringLiteral("-for-") + laptopSite + QStringLiteral(".tandem") };
    expected.sort();
    CHECK(files == expected);

    CHECK(listedIds(laptop.run({ QStringLiteral("list"), QStringLiteral("company") }))
        == QStringList { onaCompany });
    CHECK(listedIds(laptop.run({ QStringLiteral("list"), QStringLiteral("contact") }))
        == QStringList { onaContact });
    CHECK(colleague.dump() == office.dump());
    CHECK(office.run(syncArgs({ QStringLiteral("status") }))
              .text()
              .contains(QStringLiteral("scope owner ") + ona));

    // The laptop's edits reach everyone; the colleague's reach the laptop through its own bundle.
    laptop.set(QStringLiteral("company"), onaCompany, { QStringLiteral("city=Kaunas") });
    colleague.set(QStringLiteral("contact"), onaContact, { QStringLiteral("title=CEO") });
    colleague.set(QStringLiteral("company"), borisCompany, { QStringLiteral("city=Iași") });
    for (int round = 0; round < 2; ++round) {
        folder(laptop);
        folder(office);
        folder(colleague);
    }
    folder(laptop);
    CHECK(office.showJson(QStringLiteral("company"), onaCompany)
              .value(QStringLiteral("city"))
              .toString()
        == QStringLiteral("Kaunas"));
    CHECK(laptop.showJson(QStringLiteral("contact"), onaContact)
              .value(QStringLiteral("title"))
              .toString()
        == QStringLiteral("CEO"));
    CHECK(listedIds(laptop.run({ QStringLiteral("list"), QStringLiteral("company") }))
        == QStringList { onaCompany });
    CHECK(colleague.dump() == office.dump());
}
