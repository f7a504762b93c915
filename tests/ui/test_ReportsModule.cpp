// The Reports screen: the list of reports, a report run for the chosen period and filters, its
// chart, sorting that keeps the totals last, the records behind a figure, and export.
#include "UiTestSupport.h"

#include "reports/DrillDialog.h"
#include "reports/ReportChartView.h"
#include "reports/ReportParamsBar.h"
#include "reports/ReportTableModel.h"
#include "reports/ReportsModule.h"
#include "store/Session.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QProcess>
#include <QSignalSpy>
#include <QTableView>
#include <QTimeZone>
#include <catch2/catch.hpp>
#include <memory>

using namespace tandem;
using namespace tandem::test;

namespace {

QString closedDeal(RecordStore& rs, const QString& company, const char* status, const char* at,
    const QString& reason = {}, const QString& owner = {})
{
    QVariantMap v { { QStringLiteral("title"), QString::fromUtf8(status) },
        { QStringLiteral("company_id"), company }, { QStringLiteral("amount"), 100000 },
        { QStringLiteral("status"), QString::fromUtf8(status) } };
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(at), Qt::ISODate);
    v.insert(QLatin1String(status) == QLatin1String("won") ? QStringLiteral("won_at")
                                                           : QStringLiteral("lost_at"),
        when);
    if (!reason.isEmpty())
        v.insert(QStringLiteral("lost_reason"), reason);
    if (!owner.isEmpty())
        v.insert(QStringLiteral("owner_id"), owner);
    return create(rs, QStringLiteral("deal"), v);
}

int rowLabelled(const ReportTable& table, const QString& label)
{
    for (int r = 0; r < table.rows.size(); ++r) {
        if (table.rows.at(r).cells.value(0).value.toString() == label)
            return r;
    }
    return -1;
}

struct Screen {
    UiFixture fx;
    ReportsModule module { fx.context() };
    std::unique_ptr<QWidget> widget { module.createWidget(nullptr) };
    QString lostPrice1;
    QString lostPrice2;

    Screen()
    {
        RecordStore& rs = fx.records();
        const QString company = create(rs, QStringLiteral("company"),
            { { QStringLiteral("name"), QStringLiteral("UAB Medis") } });
        lostPrice1 = closedDeal(
            rs, company, "lost", "2026-06-03T10:00:00Z", QStringLiteral("Price too high"));
        lostPrice2 = closedDeal(
            rs, company, "lost", "2026-06-10T10:00:00Z", QStringLiteral("Price too high"));
        closedDeal(rs, company, "won", "2026-06-12T10:00:00Z");
        closedDeal(rs, company, "lost", "2026-05-20T10:00:00Z", QStringLiteral("No budget"));
        widget->resize(1200, 800);
        widget->show();
        REQUIRE(module.showReport(QStringLiteral("win-loss")));
        module.paramsBar()->fromEdit()->setDate(QDate(2026, 6, 1));
        module.paramsBar()->toEdit()->setDate(QDate(2026, 6, 30));
        module.run();
    }
};

} // namespace

TEST_CASE(
    "The reports screen lists every report and runs the chosen one for the period", "[ui][reports]")
{
    Screen s;
    CHECK(s.module.reportList()->count() == 13);
    CHECK(s.module.reportList()->currentItem()->text() == QStringLiteral("Win/loss analysis"));
    const ReportTable& table = s.module.table();
    CHECK(table.title == QStringLiteral("Win/loss analysis"));
    CHECK(rowLabelled(table, QStringLiteral("Price too high")) >= 0);
    CHECK(rowLabelled(table, QStringLiteral("No budget")) < 0); // May is outside June
    CHECK(s.module.messageLabel()->text().isEmpty());
    CHECK(s.module.chartView()->seriesCount() >= 1);
    QAbstractItemModelTester tester(
        s.module.tableView()->model(), QAbstractItemModelTester::FailureReportingMode::Warning);

    // A custom period switches the preset to "Custom dates"; May alone shows May's reason.
    CHECK(s.module.paramsBar()->periodCombo()->currentData().toString().isEmpty());
    s.module.paramsBar()->fromEdit()->setDate(QDate(2026, 5, 1));
    s.module.paramsBar()->toEdit()->setDate(QDate(2026, 5, 31));
    s.module.run();
    CHECK(rowLabelled(s.module.table(), QStringLiteral("No budget")) >= 0);
    CHECK(rowLabelled(s.module.table(), QStringLiteral("Price too high")) < 0);

    // Comparing with the previous period adds the earlier figures and the change.
    s.module.paramsBar()->fromEdit()->setDate(QDate(2026, 6, 1));
    s.module.paramsBar()->toEdit()->setDate(QDate(2026, 6, 30));
    s.module.paramsBar()->compareCombo()->setCurrentIndex(1);
    s.module.run();
    CHECK(
        s.module.table().context.join(QLatin1Char('\n')).contains(QStringLiteral("Compared with")));
    CHECK(rowLabelled(s.module.table(), QStringLiteral("No budget")) >= 0);
}

TEST_CASE(
    "Sorting a report keeps its totals last; a figure opens the records behind it", "[ui][reports]")
{
    Screen s;
    QTableView* view = s.module.tableView();
    const int rows = view->model()->rowCount();
    REQUIRE(rows >= 2);
    for (Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
        view->sortByColumn(1, order);
        CHECK(view->model()->index(rows - 1, 0).data(ReportTableModel::TotalRole).toBool());
    }

    const ReportTable& table = s.module.table();
    const int price = rowLabelled(table, QStringLiteral("Price too high"));
    REQUIRE(price >= 0);
    int lostColumn = -1;
    for (int c = 0; c < table.columns.size(); ++c) {
        if (table.rows.at(price).cells.at(c).idList().size() == 2)
            lostColumn = c;
    }
    REQUIRE(lostColumn >= 0);
    DrillDialog* dialog = s.module.drill(price, lostColumn);
    REQUIRE(dialog);
    const ReportTable& records = dialog->model()->table();
    REQUIRE(records.rows.size() == 2);
    QStringList ids { records.rows.at(0).key, records.rows.at(1).key };
    ids.sort();
    QStringList expected { s.lostPrice1, s.lostPrice2 };
    expected.sort();
    CHECK(ids == expected);
    QSignalSpy opened(&s.fx.events, &DataEvents::openRequested);
    emit dialog->view()->activated(dialog->view()->model()->index(0, 0));
    REQUIRE(opened.size() == 1);
    CHECK(opened.at(0).at(0).toString() == QStringLiteral("deal"));
    dialog->close();
}

TEST_CASE("A report exports as PDF with page numbers, and as CSV", "[ui][reports]")
{
    Screen s;
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("win-loss.pdf"));
    QString error;
    REQUIRE(s.module.exportTo(pdf, &error));
    QProcess p;
    p.start(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), pdf, QStringLiteral("-") });
    REQUIRE(p.waitForFinished(30000));
    const QString text = QString::fromUtf8(p.readAllStandardOutput());
    CHECK(text.contains(QStringLiteral("Win/loss analysis")));
    CHECK(text.contains(QStringLiteral("Price too high")));
    CHECK(text.contains(QStringLiteral("Page 1 of 1")));

    const QString bad = dir.filePath(QStringLiteral("missing/win-loss.csv"));
    CHECK_FALSE(s.module.exportTo(bad, &error));
    CHECK(error.contains(bad));
}

TEST_CASE("The total of a column opens the records of every row above it", "[ui][reports]")
{
    Screen s;
    RecordStore& rs = s.fx.records();
    const QString ona
        = create(rs, QStringLiteral("user"), { { QStringLiteral("name"), QStringLiteral("Ona") } });
    const QString rasa = create(
        rs, QStringLiteral("user"), { { QStringLiteral("name"), QStringLiteral("Rasa") } });
    QStringList calls;
    for (const auto& [owner, day] : { std::pair { ona, 3 }, { ona, 4 }, { rasa, 5 } })
        calls << create(rs, QStringLiteral("activity"),
            { { QStringLiteral("kind"), QStringLiteral("call") },
                { QStringLiteral("subject"), QStringLiteral("Call") },
                { QStringLiteral("owner_id"), owner },
                { QStringLiteral("starts_at"),
                    QDateTime(QDate(2026, 6, day), QTime(10, 0), QTimeZone::utc()) },
                { QStringLiteral("done"), true } });
    REQUIRE(s.module.showReport(QStringLiteral("team-activity")));
    s.module.paramsBar()->fromEdit()->setDate(QDate(2026, 6, 1));
    s.module.paramsBar()->toEdit()->setDate(QDate(2026, 6, 30));
    s.module.run();
    const ReportTable& table = s.module.table();
    const int total = rowLabelled(table, QStringLiteral("Total"));
    const int column = table.column(QStringLiteral("calls"));
    REQUIRE(total >= 0);
    REQUIRE(column >= 0);
    CHECK(s.module.tableView()->model()->index(total, column).data(Qt::ToolTipRole).toString()
        == QStringLiteral("Double-click to see the 3 record(s) behind this figure."));
    DrillDialog* dialog = s.module.drill(total, column);
    REQUIRE(dialog);
    QStringList shown;
    for (const ReportRow& row : dialog->model()->table().rows)
        shown << row.key;
    shown.sort();
    calls.sort();
    CHECK(shown == calls);
    dialog->close();
}
