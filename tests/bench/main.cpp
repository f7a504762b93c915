// tandem_bench [--contacts N] [--queries N] [--import N] [--db FILE] [--only-pipeline]
// [--only-calendar] [--only-reports [--report NAME]] [--only-backups [--backup-rounds N]]
// [--only-documents [--documents N]] [--only-team]: builds the large demo database (the documents
// benchmark its own) and prints Tandem's figures next to raw SQLite doing the same work in the same
// run. --only-team: the home dashboard, target progress, a campaign's figures and a territory's
// hand-over preview.
#include "BenchSupport.h"

#include "services/DemoData.h"
#include "services/Workspace.h"
#include "store/Session.h"
#include "util/Clock.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace tandem::bench {
void runSearchBench(Session& session, int queries);
void runSyncBench(int changes);
void runContactsBench(Session& session, int importCount);
void runPipelineBench(Session& session);
void runCalendarBench(Session& session);
void runReportsBench(Session& session, const QString& only);
void runBackupBench(Session& session, int rounds);
void runDocumentsBench(int attachments);
void runTeamBench(Session& session);
} // namespace tandem::bench

using namespace tandem;
using namespace tandem::bench;

int main(int argc, char* argv[])
{
    // The board benchmark opens the real screen, without a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("contacts"), QStringLiteral("Contacts in the demo database."),
        QStringLiteral("N"), QStringLiteral("100000") });
    parser.addOption({ QStringLiteral("queries"), QStringLiteral("Search queries to time."),
        QStringLiteral("N"), QStringLiteral("1000") });
    parser.addOption(
        { QStringLiteral("sync-changes"), QStringLiteral("Changes in the sync benchmark."),
            QStringLiteral("N"), QStringLiteral("100000") });
    parser.addOption({ QStringLiteral("import"),
        QStringLiteral("Contacts in the vCard and CSV import benchmarks."), QStringLiteral("N"),
        QStringLiteral("100000") });
    parser.addOption({ QStringLiteral("db"),
        QStringLiteral("Use (or keep) this database file instead of a temporary one."),
        QStringLiteral("FILE") });
    parser.addOption({ QStringLiteral("only-pipeline"),
        QStringLiteral("Run only the pipeline board benchmark.") });
    parser.addOption(
        { QStringLiteral("only-calendar"), QStringLiteral("Run only the calendar benchmark.") });
    parser.addOption(
        { QStringLiteral("only-reports"), QStringLiteral("Run only the reports benchmark.") });
    parser.addOption({ QStringLiteral("report"),
        QStringLiteral("With --only-reports: time only this report."), QStringLiteral("NAME") });
    parser.addOption(
        { QStringLiteral("backup-rounds"), QStringLiteral("Backups and checks timed (default 3)."),
            QStringLiteral("N"), QStringLiteral("3") });
    parser.addOption({ QStringLiteral("only-backups"),
        QStringLiteral("Run only the automatic backup and start check benchmark.") });
    parser.addOption({ QStringLiteral("documents"),
        QStringLiteral("Files (~100 KB each) in the documents benchmark."), QStringLiteral("N"),
        QStringLiteral("3000") });
    parser.addOption({ QStringLiteral("only-documents"),
        QStringLiteral("Run only the documents and sales materials benchmark.") });
    parser.addOption({ QStringLiteral("only-team"),
        QStringLiteral("Run only the dashboard, targets, campaigns and territories benchmark.") });
    parser.process(app);
    const bool onlyPipeline = parser.isSet(QStringLiteral("only-pipeline"));
    const bool onlyCalendar = parser.isSet(QStringLiteral("only-calendar"));
    const bool onlyReports = parser.isSet(QStringLiteral("only-reports"));
    const bool onlyBackups = parser.isSet(QStringLiteral("only-backups"));
    const bool onlyDocuments = parser.isSet(QStringLiteral("only-documents"));
    const bool onlyTeam = parser.isSet(QStringLiteral("only-team"));
    const bool everything = !onlyPipeline && !onlyCalendar && !onlyReports && !onlyBackups
        && !onlyDocuments && !onlyTeam;

    QTemporaryDir dir;
    const QString path = parser.isSet(QStringLiteral("db"))
        ? parser.value(QStringLiteral("db"))
        : dir.filePath(QStringLiteral("large.db"));
    const bool reuse = QFileInfo::exists(path);
    SystemClock clock;
    SessionOptions options;
    options.idSeed = 1;
    auto session = Session::open(path, clock, options);
    if (!session) {
        out() << session.error().toString() << Qt::endl;
        return 1;
    }
    Session& s = **session;
    if (everything)
        runSyncBench(parser.value(QStringLiteral("sync-changes")).toInt());
    if (everything || onlyDocuments)
        runDocumentsBench(parser.value(QStringLiteral("documents")).toInt());
    if (onlyDocuments)
        return 0;
    out() << QStringLiteral("Tandem benchmark on %1\n").arg(path);
    if (!reuse) {
        QElapsedTimer timer;
        timer.start();
        (void)Workspace::initialise(
            s, { QStringLiteral("Bench Co"), QStringLiteral("Bench"), QStringLiteral("EUR") });
        DemoOptions demo;
        demo.contacts = parser.value(QStringLiteral("contacts")).toInt();
        auto stats = generateDemo(s, demo);
        if (!stats) {
            out() << stats.error().toString() << Qt::endl;
            return 1;
        }
        printFigure(
            QStringLiteral("demo generation (%1 contacts, %2 companies, %3 deals, %4 activities)")
                .arg(stats->contacts)
                .arg(stats->companies)
                .arg(stats->deals)
                .arg(stats->activities),
            double(timer.elapsed()) / 1000.0, QStringLiteral("s"));
        printFigure(QStringLiteral("database size"), double(QFileInfo(path).size()) / 1048576.0,
            QStringLiteral("MiB"));
    }
    if (everything)
        runSearchBench(s, parser.value(QStringLiteral("queries")).toInt());
    if (everything)
        runContactsBench(s, parser.value(QStringLiteral("import")).toInt());
    if (everything || onlyPipeline)
        runPipelineBench(s);
    if (everything || onlyCalendar)
        runCalendarBench(s);
    if (everything || onlyReports)
        runReportsBench(s, parser.value(QStringLiteral("report")));
    if (everything || onlyTeam)
        runTeamBench(s);
    if (everything || onlyBackups)
        runBackupBench(s, parser.value(QStringLiteral("backup-rounds")).toInt());
    return 0;
}
