// Prints merged documents (offers, contracts, letters) on pages under a letterhead, with
// "Page n of N" per document or across a whole mail merge; to a PDF or any paged device.
#pragma once

#include "util/Result.h"

#include <QImage>
#include <QLocale>
#include <QPageSize>
#include <QStringList>

class QPagedPaintDevice;

namespace tandem::DocumentPrinter {

struct Letterhead {
    QString organisation; // team / company name
    QStringList lines; // address, phone, VAT code …
    QImage logo; // optional; drawn top-left, scaled to ~18 mm high
};

struct Options {
    QLocale locale; // page footer numbers/dates
    QString title; // document title (PDF metadata, footer left)
    Letterhead letterhead; // drawn as a running header on every page
    QPageSize::PageSizeId pageSize = QPageSize::A4;
    bool restartNumbersPerDocument = true; // mail merge: "Page 1 of 2" per letter
};

// Each HTML string starts on a new page. Running header (letterhead) and footer ("Page n of N",
// title on the left) on each page; tables split across pages with their <thead> row repeated.
// Returns the number of pages.
int print(const QStringList& htmlDocuments, QPagedPaintDevice& device, const Options& options);

// The PDF's bytes (to keep it in the database as well as write it out).
QByteArray pdf(const QStringList& htmlDocuments, const Options& options);

// Writes a PDF; the error names the file and why (folder missing, not writable).
Result<void> writePdf(
    const QStringList& htmlDocuments, const QString& path, const Options& options);

} // namespace tandem::DocumentPrinter
