// tandem-cli report: the list of reports, a report for a period written as PDF, CSV (in the
// user's locale) and HTML, and clear refusals of a bad name, date, option or file.
#include "CliRunner.h"

#include <QFile>
#include <QProcess>

using namespace tandem::test;

namespace {

// Two deals lost for their price and one won, all in June 2026, and one lost in May.
void closedDeals(const CliRunner& cli)
{
    const QString company = cli.add(str("company"), { str("name=UAB Medis") });
    auto deal = [&](const char* title, const char* status, const char* at, const char* reason) {
        QStringList values { str("title=") + str(title), str("company_id=") + company,
            str("amount=1000"), str("status=") + str(status) };
        values << (QLatin1String(status) == QLatin1String("won") ? str("won_at=") : str("lost_at="))
                + str(at);
        if (reason)
            values << str("lost_reason=") + str(reason);
        cli.add(str("deal"), values);
    };
    deal("Forklifts", "lost", "2026-06-03T10:00:00Z", "Price too high");
    deal("Shelving", "lost", "2026-06-10T10:00:00Z", "Price too high");
    deal("Racks", "won", "2026-06-12T10:00:00Z", nullptr);
    deal("Pallets", "lost", "2026-05-20T10:00:00Z", "No budget");
}

QString pdfText(const QString& path)
{
    QProcess p;
    p.start(str("pdftotext"), { str("-layout"), path, str("-") });
    REQUIRE(p.waitForFinished(30000));
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

TEST_CASE("report --list names every report with its options", "[cli][reports]")
{
    CliRunner cli;
    cli.init();
    const CliResult r = runOk(cli, { str("report"), str("--list") });
    for (const char* name :
        { "funnel", "win-loss", "forecast", "revenue", "abc-customers", "abc-products", "dormant",
            "team-activity", "sales-cycle", "lead-sources", "campaigns", "cases", "targets" }) {
        INFO(name);
        CHECK(r.text().contains(QLatin1String(name) + QLatin1Char(' ')));
    }
    CHECK(r.text().contains(str("--option by=")));
    const QJsonDocument json
        = QJsonDocument::fromJson(runOk(cli, { str("report"), str("--list"), str("--json") }).out);
    REQUIRE(json.isArray());
    CHECK(json.array().size() == 13);
}

TEST_CASE(
    "report refuses a bad name, date, option, owner or file and writes nothing", "[cli][reports]")
{
    CliRunner cli;
    cli.init();
    expectRefused(cli, { str("report"), str("sales") }, 1,
        { str("no report 'sales'"), str("funnel, win-loss") });
    expectRefused(cli, { str("report"), str("win-loss"), str("--from"), str("2026-13-01") }, 2,
        { str("--from expects a date as YYYY-MM-DD, not '2026-13-01'") });
    expectRefused(cli,
        { str("report"), str("win-loss"), str("--from"), str("2026-06-30"), str("--to"),
            str("2026-06-01") },
        1, { str("the period ends (2026-06-01) before it starts (2026-06-30)") });
    expectRefused(cli, { str("report"), str("win-loss"), str("--option"), str("by=colour") }, 1,
        { str("by must be one of") });
    expectRefused(
        cli, { str("report"), str("win-loss"), str("--owner"), kMissingId }, 1, { kMissingId });
    expectRefused(cli, { str("report"), str("win-loss"), str("--compare"), str("decade") }, 2,
        { str("--compare must be previous, year or none") });
    const QString doc = cli.path(str("report.doc"));
    expectRefused(cli, { str("report"), str("win-loss"), str("--out"), doc }, 1,
        { doc, str(".pdf, .csv or .html") });
    CHECK_FALSE(QFile::exists(doc));
    const QString missingFolder = cli.path(str("no/such/folder/report.csv"));
    expectRefused(
        cli, { str("report"), str("win-loss"), str("--out"), missingFolder }, 1, { missingFolder });
}

TEST_CASE(
    "report writes PDF, CSV in the user's locale and HTML for the period asked", "[cli][reports]")
{
    CliRunner cli;
    cli.init();
    closedDeals(cli);
    const QStringList june { str("report"), str("win-loss"), str("--from"), str("2026-06-01"),
        str("--to"), str("2026-06-30") };

    const CliResult text = runOk(cli, june);
    CHECK(text.text().contains(str("Price too high")));
    CHECK_FALSE(text.text().contains(str("No budget"))); // lost in May

    const QString pdf = cli.path(str("win-loss.pdf"));
    runOk(cli, june + QStringList { str("--out"), pdf });
    const QString pages = pdfText(pdf);
    CHECK(pages.contains(str("Win/loss analysis")));
    CHECK(pages.contains(str("Price too high")));
    CHECK(pages.contains(str("Page 1 of 1")));
    CHECK(pages.contains(str("Printed")));

    const QString csv = cli.path(str("win-loss.csv"));
    runOk(cli, june + QStringList { str("--out"), csv }, { { str("LC_ALL"), str("lt_LT.UTF-8") } });
    const QString lt = QString::fromUtf8(readFile(csv));
    CHECK(lt.contains(QLatin1Char(';')));
    CHECK(lt.contains(str("Price too high;")));

    const QString html = cli.path(str("win-loss.html"));
    runOk(cli, june + QStringList { str("--out"), html, str("--compare"), str("previous") });
    const QString page = QString::fromUtf8(readFile(html));
    CHECK(page.contains(str("<h1")));
    CHECK(page.contains(str("No budget"))); // May's reason, shown beside June's for comparison
    CHECK(page.contains(str("data:image/png;base64,")));
}
