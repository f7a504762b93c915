// The report's chart drawn for paper and HTML files (the screen uses Qt Charts, which needs
// widgets): grouped horizontal bars, one group per row, one colour per figure, with a legend.
// Hand-written because core may not link Qt Charts; it only needs bars and labels.
#pragma once

#include "reports/ReportTable.h"

#include <QImage>
#include <QLocale>

namespace tandem::ReportChartPainter {

// Null when the report has no chart or nothing to chart. `width` in pixels at `scale` (2: sharp
// when printed).
QImage render(const ReportTable& table, const QLocale& locale, int width, qreal scale = 2.0);
// The colour of series `index`, shared with the screen so paper and screen match.
QColor seriesColor(int index);
// The rows a chart shows: not totals, at most `limit` (the first ones: reports sort them).
QList<int> chartRows(const ReportTable& table, int limit = 20);

} // namespace tandem::ReportChartPainter
