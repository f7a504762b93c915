// Every report at scale: each run through Reports::run (what the GUI and `tandem-cli report` do)
// for the last twelve months, against raw SQLite running the very statements the report ran
// (recorded while it ran) in the same process; plus writing each as PDF.
#include "BenchSupport.h"

#include "reports/ReportCatalog.h"
#include "reports/ReportPrinter.h"
#include "reports/ReportSql.h"
#include "store/Session.h"

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
        for (int i = 0; i < binds.size(); ++i) {
            const QVariant& v = binds.at(i);
            if (v.isNull())
                sqlite3_bind_null(s, i + 1);
            else if (v.typeId() == QMetaType::Int || v.typeId() == QMetaType::LongLong)
                sqlite3_bind_int64(s, i + 1, v.toLongLong());
            else {
                kept << v.toString().toUtf8();
                bindText(s, i + 1, kept.last());
            }
        }
        rows += readRows(s);
    }
    return rows;
}

} // namespace

void runReportsBench(Session& session)
{
    out() << QStringLiteral("\nReports (last 12 months, default options; ratio: against the same "
                            "SQL through raw SQLite)\n");
    RawDb raw(session.database().path(), SQLITE_OPEN_READONLY);
    const QDate today = QDate::currentDate();
    QTemporaryDir dir;
    for (const ReportDefinition& report : Reports::all()) {
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
    }
}

} // namespace tandem::bench
