// tandem-cli import / export ics: calendars from Thunderbird, Outlook and Google in, a date range
// out and back into another copy, and broken files refused with their line, changing nothing.
#include "CliRunner.h"

#include <QFile>

using namespace tandem::test;

namespace {

// The activities as a user lists them, without the id column, sorted: comparable across copies.
QStringList activityRows(const CliRunner& cli)
{
    const CliResult list = cli.run({ QStringLiteral("list"), QStringLiteral("activity"),
        QStringLiteral("--sort"), QStringLiteral("starts_at") });
    REQUIRE(list.exitCode == 0);
    QStringList rows;
    for (const QString& line : list.lines().mid(1))
        rows << line.section(QLatin1Char('\t'), 1);
    rows.sort(); // events at the same instant list in id order, which differs between copies
    return rows;
}

CliResult importIcs(const CliRunner& cli, const QString& path, const QStringList& options = {})
{
    return cli.run(QStringList { QStringLiteral("import"), QStringLiteral("ics"), path } + options);
}

} // namespace

TEST_CASE("calendars come in, a date range goes out and into another copy the same", "[cli][ics]")
{
    CliRunner office;
    office.init();
    const QString thunderbird = testData(QStringLiteral("ics/thunderbird.ics"));
    const CliResult dry = importIcs(office, thunderbird, { QStringLiteral("--dry-run") });
    INFO(dry.err.toStdString());
    CHECK(dry.exitCode == 0);
    CHECK(dry.text().trimmed()
        == QStringLiteral(
            "Dry run, nothing written: 4 created, 0 updated, 0 unchanged, 0 rejected."));
    CHECK(activityRows(office).isEmpty());

    for (const char* file : { "thunderbird.ics", "outlook.ics", "google.ics" }) {
        const CliResult imported
            = importIcs(office, testData(QStringLiteral("ics/") + QLatin1String(file)));
        INFO(file << imported.err.toStdString());
        REQUIRE(imported.exitCode == 0);
        CHECK(imported.text().startsWith(QStringLiteral("Imported: 4 created")));
    }
    CHECK(activityRows(office).size() == 12);

    // The same file again: everything is already here, nothing duplicated.
    const CliResult again = importIcs(office, thunderbird);
    CHECK(again.text().trimmed()
        == QStringLiteral("Imported: 0 created, 0 updated, 4 unchanged, 0 rejected."));
    CHECK(activityRows(office).size() == 12);

    // March 2027: the Thunderbird weekly series and DST-day demo, Outlook's three DST-day
    // meetings, Google's call, stand-up series and its moved occurrence.
    const QString march = office.path(QStringLiteral("march.ics"));
    const CliResult exported = office.run(
        { QStringLiteral("export"), QStringLiteral("ics"), march, QStringLiteral("--from"),
            QStringLiteral("2027-03-01"), QStringLiteral("--to"), QStringLiteral("2027-03-31") });
    INFO(exported.err.toStdString());
    REQUIRE(exported.exitCode == 0);
    CHECK(exported.text().trimmed() == QStringLiteral("Wrote 9 records to %1.").arg(march));
    const QByteArray ics = readFile(march);
    CHECK(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Tandem//Tandem CRM//EN\r\n"));
    CHECK(ics.contains("DTSTART;TZID=Europe/Vilnius:20270328T090000\r\n"));
    CHECK(ics.contains("DTSTART;TZID=Europe/Warsaw:20270328T090000\r\n"));
    CHECK(ics.contains("DTSTART;TZID=Europe/Bucharest:20270328T090000\r\n"));
    CHECK(ics.endsWith("END:VCALENDAR\r\n"));

    CliRunner laptop;
    laptop.init();
    const CliResult copied = importIcs(laptop, march);
    INFO(copied.err.toStdString());
    REQUIRE(copied.exitCode == 0);
    CHECK(copied.text().startsWith(QStringLiteral("Imported: 9 created")));
    QStringList inMarch;
    for (const QString& row : activityRows(office)) {
        if (row.contains(QStringLiteral("2027-03-")))
            inMarch << row;
    }
    QStringList laptopRows = activityRows(laptop);
    CHECK(laptopRows == inMarch);

    // Only tasks: the two Thunderbird to-dos.
    const QString tasks = office.path(QStringLiteral("tasks.ics"));
    const CliResult onlyTasks = office.run({ QStringLiteral("export"), QStringLiteral("ics"), tasks,
        QStringLiteral("--where"), QStringLiteral("kind=task") });
    REQUIRE(onlyTasks.exitCode == 0);
    CHECK(readFile(tasks).count("BEGIN:VTODO") == 2);
    CHECK_FALSE(readFile(tasks).contains("BEGIN:VEVENT"));
}

TEST_CASE("a broken calendar is refused with its file and line, and nothing changes", "[cli][ics]")
{
    CliRunner cli;
    cli.init();
    cli.add(QStringLiteral("activity"), { QStringLiteral("kind=meeting"), str("subject=Jau čia") });
    expectRefused(cli,
        { QStringLiteral("import"), QStringLiteral("ics"),
            testData(QStringLiteral("ics/broken-missing-end.ics")) },
        1,
        { QStringLiteral("broken-missing-end.ics:4: END: BEGIN:VEVENT has no END:VEVENT"),
            QStringLiteral("nothing was imported") });
    expectRefused(cli,
        { QStringLiteral("import"), QStringLiteral("ics"),
            testData(QStringLiteral("ics/broken-unknown-tzid.ics")) },
        1,
        { str("broken-unknown-tzid.ics:7: DTSTART: unknown time zone “Kyiv Office Time”"),
            QStringLiteral("--skip-invalid") });
    expectRefused(cli,
        { QStringLiteral("import"), QStringLiteral("ics"),
            testData(QStringLiteral("ics/broken-rrule.ics")) },
        1, { QStringLiteral("broken-rrule.ics:9: RRULE: ") });

    // Accepted explicitly: the good event comes in, the bad one is named and left out.
    const QString dtstart = testData(QStringLiteral("ics/broken-dtstart.ics"));
    expectRefused(cli, { QStringLiteral("import"), QStringLiteral("ics"), dtstart }, 1,
        { QStringLiteral("broken-dtstart.ics:14: DTSTART: ") });
    const CliResult partial = importIcs(cli, dtstart, { QStringLiteral("--skip-invalid") });
    CHECK(partial.exitCode == 0);
    CHECK(partial.err.contains(QStringLiteral("broken-dtstart.ics:14: DTSTART: ")));
    CHECK(partial.text().trimmed()
        == QStringLiteral("Imported: 1 created, 0 updated, 0 unchanged, 1 rejected."));
    CHECK(activityRows(cli).size() == 2);

    expectRefused(cli,
        { QStringLiteral("export"), QStringLiteral("ics"), cli.path(QStringLiteral("x.ics")),
            QStringLiteral("--from"), QStringLiteral("March") },
        2, { QStringLiteral("--from 'March' is not a date") });
    CHECK_FALSE(QFile::exists(cli.path(QStringLiteral("x.ics"))));
}
