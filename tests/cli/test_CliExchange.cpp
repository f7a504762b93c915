// tandem-cli import / export: address books in and out as vCard and CSV, dry runs, refused files
// that change nothing, and explicit partial imports.
#include "CliRunner.h"

#include <QDir>
#include <QFile>

using namespace tandem::test;

namespace {

// The list of contacts without its id column: what a user sees, comparable across databases.
QStringList contactRows(const CliRunner& cli)
{
    const CliResult list = cli.run({ QStringLiteral("list"), QStringLiteral("contact") });
    REQUIRE(list.exitCode == 0);
    QStringList rows;
    for (const QString& line : list.lines().mid(1))
        rows << line.section(QLatin1Char('\t'), 1);
    rows.sort();
    return rows;
}

} // namespace

TEST_CASE("a vCard file comes in, goes out and comes back the same", "[cli][exchange]")
{
    CliRunner office;
    office.init();
    const CliResult dry = office.run({ QStringLiteral("import"), QStringLiteral("vcard"),
        testData(QStringLiteral("vcard/google-3.0.vcf")), QStringLiteral("--dry-run") });
    INFO(dry.err.toStdString());
    CHECK(dry.exitCode == 0);
    CHECK(dry.text().contains(
        QStringLiteral("Dry run, nothing written: 3 created, 0 updated, 0 skipped")));
    CHECK(contactRows(office).isEmpty());

    const CliResult imported = office.run({ QStringLiteral("import"), QStringLiteral("vcard"),
        testData(QStringLiteral("vcard/google-3.0.vcf")) });
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.text().contains(QStringLiteral("Imported: 3 created")));
    const QStringList rows = contactRows(office);
    REQUIRE(rows.size() == 3);
    CHECK(rows.join(QLatin1Char('\n')).contains(str("Małgorzata")));
    CHECK(rows.join(QLatin1Char('\n')).contains(str("Шевченко")));

    // The same file again: every card is already here.
    const CliResult again = office.run({ QStringLiteral("import"), QStringLiteral("vcard"),
        testData(QStringLiteral("vcard/google-3.0.vcf")) });
    CHECK(again.text().contains(QStringLiteral("0 created, 0 updated, 3 skipped as duplicates")));
    CHECK(contactRows(office).size() == 3);

    for (const QString& version : { QStringLiteral("4.0"), QStringLiteral("3.0") }) {
        const QString out = office.path(QStringLiteral("out-%1.vcf").arg(version));
        QStringList exportArgs { QStringLiteral("export"), QStringLiteral("vcard"), out };
        if (version == QLatin1String("3.0"))
            exportArgs << QStringLiteral("--vcard3");
        const CliResult exported = office.run(exportArgs);
        REQUIRE(exported.exitCode == 0);
        CHECK(exported.text().trimmed() == QStringLiteral("Wrote 3 records to %1.").arg(out));
        CHECK(readFile(out).contains(QStringLiteral("VERSION:%1").arg(version).toUtf8()));

        CliRunner laptop;
        laptop.init();
        REQUIRE(
            laptop.run({ QStringLiteral("import"), QStringLiteral("vcard"), out }).exitCode == 0);
        CHECK(contactRows(laptop) == rows);
    }
}

TEST_CASE(
    "a broken vCard is refused with its file and line, and nothing is imported", "[cli][exchange]")
{
    CliRunner cli;
    cli.init();
    expectRefused(cli,
        { QStringLiteral("import"), QStringLiteral("vcard"),
            testData(QStringLiteral("vcard/broken-missing-end.vcf")) },
        1, { QStringLiteral("broken-missing-end.vcf:"), QStringLiteral("nothing was imported") });
    CHECK(contactRows(cli).isEmpty());

    // A dry run says the same and exits 1 for scripts, without writing.
    const CliResult dry = cli.run({ QStringLiteral("import"), QStringLiteral("vcard"),
        testData(QStringLiteral("vcard/broken-missing-end.vcf")), QStringLiteral("--dry-run") });
    CHECK(dry.exitCode == 1);
    CHECK(dry.err.contains(QStringLiteral("broken-missing-end.vcf:")));
    CHECK(contactRows(cli).isEmpty());
}

TEST_CASE("a CSV with a ragged row is refused, or imported without it when the user says so",
    "[cli][exchange]")
{
    CliRunner cli;
    cli.init();
    const QStringList args { QStringLiteral("import"), QStringLiteral("csv"),
        testData(QStringLiteral("csv/ragged.csv")), QStringLiteral("--entity"),
        QStringLiteral("company") };
    expectRefused(cli, args, 1, { QStringLiteral("ragged.csv:7: ") });

    const CliResult partial = cli.run(args + QStringList { QStringLiteral("--skip-invalid") });
    INFO(partial.err.toStdString());
    CHECK(partial.exitCode == 0);
    CHECK(partial.err.contains(QStringLiteral("ragged.csv:7: ")));
    CHECK(partial.text().contains(QStringLiteral("Imported: 5 created")));
    const CliResult list = cli.run({ QStringLiteral("list"), QStringLiteral("company") });
    CHECK(listedIds(list).size() == 5);
    CHECK_FALSE(list.text().contains(QStringLiteral("Epsilon")));
}

TEST_CASE(
    "export writes the records a condition picks, as CSV a spreadsheet reads", "[cli][exchange]")
{
    CliRunner cli;
    cli.init();
    cli.add(QStringLiteral("company"),
        { QStringLiteral("name=Alpha UAB"), QStringLiteral("status=customer") });
    cli.add(QStringLiteral("company"),
        { QStringLiteral("name=Beta UAB"), QStringLiteral("status=prospect") });
    cli.add(
        QStringLiteral("company"), { str("name=Šviesa UAB"), QStringLiteral("status=customer") });
    const QString out = cli.path(QStringLiteral("customers.csv"));
    const CliResult exported = cli.run({ QStringLiteral("export"), QStringLiteral("csv"), out,
        QStringLiteral("--entity"), QStringLiteral("company"), QStringLiteral("--where"),
        QStringLiteral("status=customer") });
    REQUIRE(exported.exitCode == 0);
    CHECK(exported.text().contains(QStringLiteral("Wrote 2 records")));
    const QString csv = QString::fromUtf8(readFile(out));
    CHECK(csv.contains(QStringLiteral("Alpha UAB")));
    CHECK(csv.contains(str("Šviesa UAB")));
    CHECK_FALSE(csv.contains(QStringLiteral("Beta UAB")));

    // Read back into another database, the two customers arrive.
    CliRunner other;
    other.init();
    REQUIRE(other
                .run({ QStringLiteral("import"), QStringLiteral("csv"), out,
                    QStringLiteral("--entity"), QStringLiteral("company") })
                .exitCode
        == 0);
    CHECK(listedIds(other.run({ QStringLiteral("list"), QStringLiteral("company") })).size() == 2);

    expectRefused(cli,
        { QStringLiteral("export"), QStringLiteral("csv"), cli.path(QStringLiteral("x.csv")),
            QStringLiteral("--segment"), QStringLiteral("Nobody") },
        1, { QStringLiteral("Nobody") });
    CHECK_FALSE(QFile::exists(cli.path(QStringLiteral("x.csv"))));
    expectRefused(cli, { QStringLiteral("import"), QStringLiteral("xls"), out }, 2,
        { QStringLiteral("usage: import") });
}
