// Every report at scale: each run through Reports::run (what the GUI and `tandem-cli report` do)
// for the last twelve months, against raw SQLite running the very statements the report ran
// (recorded while it ran) in the same process; plus writing each as PDF.
#include "BenchSupport.h"

#include "reports/ReportCatalog.h"
#include "reports/ReportPrinter.h"
#include "reports/ReportSql.h"
#include "store/Session.h"

#include <QProcess>
#include <QTemporaryDir>
#include <sqlite3.h>

namespace tandem::bench {

namespace {

constexpr int kRuns = 5;

// Runs the recorded statements with their binds on the raw connection, reading every row.
int replay(RawDb& raw, const QList<QPair<QString, QVariantList>>& statements)
{
    int rows = 0;
    for (const auto& [sql, binds] : statements) {
        const QByteArray text = sql.toUtf8();
        sqlite3_stmt* s = raw.statement(text.constData());
        QList<QByteArray> kept; // bound without a copy: kept alive until the steps end
        bindValues(s, binds, kept);
        rows += readRows(s);
    }
    return rows;
}

// One `tandem-cli report NAME` for the last twelve months, as an office manager's scheduled job
// runs it: start to exit, opening the database included, with nothing of it in memory yet.
double cliRun(const QString& db, const QString& name, const QString& file)
{
    QProcess cli;
    QElapsedTimer timer;
    timer.start();
    cli.start(QStringLiteral(TANDEM_CLI_PATH),
        { QStringLiteral("--db"), db, QStringLiteral("report"), name, QStringLiteral("--period"),
            QStringLiteral("last-12-months"), QStringLiteral("--out"), file });
    if (!cli.waitForFinished(120000) || cli.exitCode() != 0) {
        out() << QStringLiteral("tandem-cli report %1 failed: %2\n")
                     .arg(name, QString::fromUtf8(cli.readAllStandardError()));
        return -1;
    }
    return msSince(timer);
}

} // namespace

void runReportsBench(Session& session, const QString& only)
{
    out() << QStringLiteral("\nReports (last 12 months, default options; ratio: against the same "
                            "SQL through raw SQLite)\n");
    RawDb raw(session.database().path(), SQLITE_OPEN_READONLY);
    const QDate today = QDate::currentDate();
    QTemporaryDir dir;
    for (const ReportDefinition& report : Reports::all()) {
        if (!only.isEmpty() && report.name != only)
            continue;
        ReportParams params;
        params.today = today;
        Reports::presetPeriod(QStringLiteral("last-12-months"), today, &params.from, &params.to);
        Samples ours;
        Samples rawTimes;
        QList<QPair<QString, QVariantList>> statements;
        int rows = 0;
        for (int i = 0; i < kRuns; ++i) {
            ReportSql::startRecording();
            QElapsedTimer timer;
            timer.start();
            auto table = Reports::run(session, report.name, params);
            ours.add(msSince(timer));
            statements = ReportSql::stopRecording();
            if (!table) {
                out() << report.name << QStringLiteral(": ") << table.error().toString()
                      << Qt::endl;
                break;
            }
            rows = int(table->rows.size());
        }
        for (int i = 0; i < kRuns; ++i) {
            QElapsedTimer timer;
            timer.start();
            replay(raw, statements);
            rawTimes.add(msSince(timer));
        }
        for (const auto& statement : statements) { // where a slow report spends its time
            QElapsedTimer timer;
            timer.start();
            replay(raw, { statement });
            const double ms = msSince(timer);
            if (ms >= 100)
                out() << QStringLiteral("    statement %1 ms: %2\n")
                             .arg(ms, 0, 'f', 1)
                             .arg(statement.first.simplified().left(90));
        }
        if (statements.isEmpty()) // its query is a store query (dormant): no SQL to replay
            printFigure(QStringLiteral("report %1 (%2 rows), p50").arg(report.name).arg(rows),
                ours.percentile(50), QStringLiteral("ms"));
        else
            printRow(
                QStringLiteral("report %1 (%2 rows)").arg(report.name).arg(rows), ours, rawTimes);

        params.compare = Comparison::PreviousYear;
        QElapsedTimer timer;
        timer.start();
        auto compared = Reports::run(session, report.name, params);
        const double comparedMs = msSince(timer);
        if (compared) {
            printFigure(QStringLiteral("report %1 compared with the year before").arg(report.name),
                comparedMs, QStringLiteral("ms"));
            timer.restart();
            (void)ReportPrinter::save(
                *compared, dir.filePath(report.name + QStringLiteral(".pdf")), QPageSize::A4, {});
            printFigure(QStringLiteral("report %1 written as PDF").arg(report.name), msSince(timer),
                QStringLiteral("ms"));
        }
        printFigure(
            QStringLiteral("tandem-cli report %1 --out FILE.csv (a new process)").arg(report.name),
            cliRun(session.database().path(), report.name, dir.filePath(QStringLiteral("r.csv"))),
            QStringLiteral("ms"));
    }
}

} // namespace tandem::bench
