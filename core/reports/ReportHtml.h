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
    // On paper: the table's width in pixels, so every column gets a fixed width that lines up
    // across the parts of a long table (figures and dates never wrap; text columns share the
    // rest). 0: the columns size themselves.
    qreal tableWidth = 0;
    qreal charWidth = 6.6; // an average character of the body font, in pixels (9 pt: 6.6)
};

QString render(const ReportTable& table, const Options& options);
// A data: URI with the chart as PNG, or empty when the report has no chart.
QString chartDataUri(const ReportTable& table, const QLocale& locale, int width);

} // namespace tandem::ReportHtml
