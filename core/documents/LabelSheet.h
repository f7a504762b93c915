// Address labels on the common A4 label sheets: their geometry, and painting one address per label
// across as many sheets as needed, starting part-way into a half-used first sheet.
#pragma once

#include "documents/MailingList.h"
#include "util/Result.h"

#include <QList>
#include <QMarginsF>
#include <QRectF>
#include <QSizeF>
#include <QString>

class QPagedPaintDevice;
class QPaintDevice;

namespace tandem {

struct LabelSheet {
    QString key; // "3x8"
    QString label; // what the user picks from: "A4, 3 × 8 labels, 70 × 37 mm (Avery 3474)"
    int columns = 0;
    int rows = 0;
    QSizeF labelMm;
    QMarginsF pageMarginsMm; // from the sheet's edges to the outer labels
    QSizeF gapMm { 0, 0 }; // between neighbouring labels, across and down
};

// The sheets on offer, each on A4 portrait, with the makers' published geometry.
const QList<LabelSheet>& labelSheets();
// The sheet with that key ("3x8", "2x7", "L7160" …, case-insensitive), or nullptr.
const LabelSheet* labelSheet(const QString& key);

namespace Labels {
// Where label `index` (0 = top left, row by row) sits on its sheet, in mm from the page corner.
QRectF labelRectMm(const LabelSheet& sheet, int index);
// The box the text may fill: the label less a margin that keeps it off the die-cut edge.
QRectF textRectMm(const LabelSheet& sheet, int index);
// The point size at which `lines` fit in a box of `boxMm` (at most 10 pt, less when a line is
// long or there are many lines), measured with the fonts of `device` (nullptr: a 1200 dpi image).
qreal fontSize(const QStringList& lines, const QSizeF& boxMm, const QPaintDevice* device = nullptr);

struct FittedText {
    QStringList lines;
    qreal points = 0;
};
// How `lines` go on a label: as they are when they fit at a readable size (7 pt or more), else
// with long lines broken between words at the largest size that fits, else shrunk as they are.
FittedText fitText(
    const QStringList& lines, const QSizeF& boxMm, const QPaintDevice* device = nullptr);
} // namespace Labels

// Paints the addresses, one per label, across as many sheets as needed, starting at label `skip`
// of the first sheet; long lines break between words or shrink to fit, never clipped. With
// `outlines` the labels' edges are drawn too (a preview on plain paper). Returns the pages painted.
int printLabels(const QList<Recipient>& recipients, const LabelSheet& sheet,
    QPagedPaintDevice& device, int skip = 0, bool outlines = false);

// Writes the labels as an A4 PDF with no page margins, so each address lands on its label. An
// empty list or an unwritable file is an Error naming the file.
Result<void> writeLabelsPdf(
    const QList<Recipient>& recipients, const LabelSheet& sheet, const QString& path, int skip = 0);

} // namespace tandem
