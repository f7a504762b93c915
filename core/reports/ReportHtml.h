// A report as an HTML page: the title, what it covers, the chart, the table and the notes. The
// same page is the HTML export (chart embedded) and the body of the printed report.
#pragma once

#include "reports/ReportTable.h"

#include <QDateTime>
#include <QLocale>

namespace tandem::ReportHtml {

struct Options {
    QLocale locale;
    QDateTime printedAt; // shown as "Printed …" when valid
    QString organisation; // the team's company, above the title
    // Where the chart image comes from: a data: URI for files, a resource name for printing.
    // Empty: no chart.
    QString chartSource;
    int chartWidth = 640;
    bool forPrint = false; // QTextDocument's HTML subset; no <style> block
};

QString render(const ReportTable& table, const Options& options);
// A data: URI with the chart as PNG, or empty when the report has no chart.
QString chartDataUri(const ReportTable& table, const QLocale& locale, int width);

} // namespace tandem::ReportHtml
