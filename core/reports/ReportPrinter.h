// Prints a report on pages: the HTML body laid out by QTextDocument, a running header (team,
// title) and a footer (printed date, "Page n of N") on every page. The same code paints a PDF
// (QPdfWriter) and a printer or print preview (QPrinter); both are QPagedPaintDevices.
#pragma once

#include "reports/ReportTable.h"
#include "util/Result.h"

#include <QDateTime>
#include <QLocale>
#include <QPageSize>

class QPagedPaintDevice;

namespace tandem::ReportPrinter {

struct Options {
    QLocale locale;
    QDateTime printedAt;
    QString organisation;
};

// Paints every page; returns the number of pages.
int print(const ReportTable& table, QPagedPaintDevice& device, const Options& options);

// Writes a PDF (A4 or Letter, portrait; landscape when the table is wide).
Result<void> writePdf(const ReportTable& table, const QString& path, QPageSize::PageSizeId size,
    const Options& options);

// Saves as the file's suffix says: .pdf, .csv or .html. The error names the file.
Result<void> save(const ReportTable& table, const QString& path, QPageSize::PageSizeId size,
    const Options& options);

// Whether a table this wide reads better across the page.
bool wantsLandscape(const ReportTable& table);

} // namespace tandem::ReportPrinter
