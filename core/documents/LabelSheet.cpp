#include "documents/LabelSheet.h"

#include <QCoreApplication>
#include <QFile>
#include <QFontMetricsF>
#include <QImage>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>
#include <cmath>

namespace tandem {

namespace {

constexpr qreal kMaxPoints = 10;
// Below this, a line is better broken than shrunk further.
constexpr qreal kReadablePoints = 7;
constexpr qreal kMmPerInch = 25.4;

LabelSheet sheet(const char* key, const char* label, int columns, int rows, QSizeF labelMm,
    qreal topMm, qreal leftMm, QSizeF gapMm = QSizeF(0, 0))
{
    return LabelSheet { QString::fromLatin1(key), QCoreApplication::translate("Labels", label),
        columns, rows, labelMm, QMarginsF(leftMm, topMm, leftMm, topMm), gapMm };
}

// Metrics at a high resolution, so that hinting does not distort the fit.
const QImage& measuringImage()
{
    static const QImage image = [] {
        QImage i(1, 1, QImage::Format_RGB32);
        const int dotsPerMeter = int(std::lround(1200 / kMmPerInch * 1000));
        i.setDotsPerMeterX(dotsPerMeter);
        i.setDotsPerMeterY(dotsPerMeter);
        return i;
    }();
    return image;
}

QFont labelFont(qreal points)
{
    QFont font;
    font.setPointSizeF(points);
    return font;
}

// Width and height of the lines set in `font`, in mm.
QSizeF blockSizeMm(const QStringList& lines, const QFont& font, const QPaintDevice& device)
{
    const QFontMetricsF metrics(font, &device);
    qreal width = 0;
    for (const QString& line : lines)
        width = std::max(width, metrics.horizontalAdvance(line));
    const qreal height = metrics.ascent() + metrics.descent()
        + metrics.lineSpacing() * qreal(std::max<qsizetype>(lines.size() - 1, 0));
    const qreal mmPerDot = kMmPerInch / device.logicalDpiY();
    return QSizeF(width * kMmPerInch / device.logicalDpiX(), height * mmPerDot);
}

Error cannotWrite(const QString& path, const QString& reason)
{
    return Error { QCoreApplication::translate("Labels", "cannot write the labels: %1").arg(reason),
        path, 0, {} };
}

} // namespace

const QList<LabelSheet>& labelSheets()
{
    static const QList<LabelSheet> sheets {
        sheet("3x8", QT_TRANSLATE_NOOP("Labels", "A4, 3 × 8 labels, 70 × 37 mm (Avery 3474)"), 3, 8,
            { 70, 37 }, 0.5, 0),
        sheet("3x7", QT_TRANSLATE_NOOP("Labels", "A4, 3 × 7 labels, 70 × 42.3 mm (Avery 3652)"), 3,
            7, { 70, 42.3 }, 0.45, 0),
        sheet("2x7", QT_TRANSLATE_NOOP("Labels", "A4, 2 × 7 labels, 99.1 × 38.1 mm (Avery L7163)"),
            2, 7, { 99.1, 38.1 }, 15.15, 4.65, { 2.5, 0 }),
        sheet("2x8", QT_TRANSLATE_NOOP("Labels", "A4, 2 × 8 labels, 105 × 37 mm (Avery 3484)"), 2,
            8, { 105, 37 }, 0.5, 0),
        sheet("3x11", QT_TRANSLATE_NOOP("Labels", "A4, 3 × 11 labels, 70 × 25.4 mm (Avery 3421)"),
            3, 11, { 70, 25.4 }, 8.8, 0),
        sheet("L7160",
            QT_TRANSLATE_NOOP("Labels", "A4, 3 × 7 labels, 63.5 × 38.1 mm (Avery L7160)"), 3, 7,
            { 63.5, 38.1 }, 15.15, 7.25, { 2.5, 0 }),
        sheet("L7162",
            QT_TRANSLATE_NOOP("Labels", "A4, 2 × 8 labels, 99.1 × 33.9 mm (Avery L7162)"), 2, 8,
            { 99.1, 33.9 }, 12.9, 4.65, { 2.5, 0 }),
        sheet("L7173", QT_TRANSLATE_NOOP("Labels", "A4, 2 × 5 labels, 99.1 × 57 mm (Avery L7173)"),
            2, 5, { 99.1, 57 }, 6, 4.65, { 2.5, 0 }),
    };
    return sheets;
}

const LabelSheet* labelSheet(const QString& key)
{
    for (const LabelSheet& s : labelSheets()) {
        if (s.key.compare(key.trimmed(), Qt::CaseInsensitive) == 0)
            return &s;
    }
    return nullptr;
}

QRectF Labels::labelRectMm(const LabelSheet& sheet, int index)
{
    const int perSheet = std::max(1, sheet.columns * sheet.rows);
    const int slot = index % perSheet;
    const int column = slot % std::max(1, sheet.columns);
    const int row = slot / std::max(1, sheet.columns);
    return QRectF(
        sheet.pageMarginsMm.left() + column * (sheet.labelMm.width() + sheet.gapMm.width()),
        sheet.pageMarginsMm.top() + row * (sheet.labelMm.height() + sheet.gapMm.height()),
        sheet.labelMm.width(), sheet.labelMm.height());
}

QRectF Labels::textRectMm(const LabelSheet& sheet, int index)
{
    // Die-cutting and feeding shift a sheet by up to a millimetre or two: keep text clear of it.
    const QRectF label = labelRectMm(sheet, index);
    const qreal across = std::min(5.0, label.width() * 0.07);
    const qreal down = std::min(3.0, label.height() * 0.08);
    return label.adjusted(across, down, -across, -down);
}

qreal Labels::fontSize(const QStringList& lines, const QSizeF& boxMm, const QPaintDevice* device)
{
    const QPaintDevice& measure = device ? *device : measuringImage();
    qreal points = kMaxPoints;
    // Metrics are nearly proportional to the size; a few rounds settle the rounding of hinting.
    for (int round = 0; round < 40; ++round) {
        const QSizeF needed = blockSizeMm(lines, labelFont(points), measure);
        const qreal ratio = std::min(boxMm.width() / std::max(needed.width(), 0.01),
            boxMm.height() / std::max(needed.height(), 0.01));
        if (ratio >= 1)
            return points;
        points *= std::min(ratio, 0.98);
    }
    return points;
}

Labels::FittedText Labels::fitText(
    const QStringList& lines, const QSizeF& boxMm, const QPaintDevice* device)
{
    const qreal asTheyAre = fontSize(lines, boxMm, device);
    if (asTheyAre >= kReadablePoints)
        return { lines, asTheyAre };
    const QPaintDevice& measure = device ? *device : measuringImage();
    const qreal widthDots = boxMm.width() * measure.logicalDpiX() / kMmPerInch;
    for (qreal points = kMaxPoints; points >= kReadablePoints; points -= 0.5) {
        const QFontMetricsF metrics(labelFont(points), &measure);
        QStringList wrapped;
        for (const QString& line : lines) {
            QString current;
            for (const QString& word : line.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
                const QString longer = current.isEmpty() ? word : current + QLatin1Char(' ') + word;
                if (!current.isEmpty() && metrics.horizontalAdvance(longer) > widthDots) {
                    wrapped << current;
                    current = word;
                } else {
                    current = longer;
                }
            }
            wrapped << current;
        }
        if (fontSize(wrapped, boxMm, device) >= points)
            return { wrapped, points };
    }
    return { lines, asTheyAre };
}

int printLabels(const QList<Recipient>& recipients, const LabelSheet& sheet,
    QPagedPaintDevice& device, int skip, bool outlines)
{
    const int perSheet = sheet.columns * sheet.rows;
    if (recipients.isEmpty() || perSheet <= 0)
        return 0;
    skip = std::clamp(skip, 0, perSheet - 1);
    const qreal dotsPerMm = device.logicalDpiX() / kMmPerInch;
    // The painter's origin is the corner of the printable area, not of the sheet.
    const QPointF origin = device.pageLayout().paintRectPixels(device.logicalDpiX()).topLeft();
    const auto toDevice = [&](const QRectF& mm) {
        return QRectF(mm.left() * dotsPerMm - origin.x(), mm.top() * dotsPerMm - origin.y(),
            mm.width() * dotsPerMm, mm.height() * dotsPerMm);
    };

    QPainter painter(&device);
    painter.setRenderHint(QPainter::Antialiasing);
    int page = 0;
    for (qsizetype i = 0; i < recipients.size(); ++i) {
        const int slot = skip + int(i);
        if (slot / perSheet > page) {
            device.newPage();
            ++page;
        }
        if (outlines) {
            painter.setPen(QPen(QColor(0xbb, 0xbb, 0xbb), 0));
            painter.drawRoundedRect(
                toDevice(Labels::labelRectMm(sheet, slot)), 2 * dotsPerMm, 2 * dotsPerMm);
        }
        const QRectF box = Labels::textRectMm(sheet, slot);
        const Labels::FittedText fitted
            = Labels::fitText(addressBlock(recipients.at(i)), box.size(), &device);
        const QStringList& lines = fitted.lines;
        const QFont font = labelFont(fitted.points);
        const QFontMetricsF metrics(font, &device);
        const QRectF area = toDevice(box);
        const qreal height = metrics.ascent() + metrics.descent()
            + metrics.lineSpacing() * qreal(lines.size() - 1);
        qreal baseline = area.top() + (area.height() - height) / 2 + metrics.ascent();
        painter.setFont(font);
        painter.setPen(Qt::black);
        for (const QString& line : lines) {
            painter.drawText(QPointF(area.left(), baseline), line);
            baseline += metrics.lineSpacing();
        }
    }
    painter.end();
    return page + 1;
}

Result<void> writeLabelsPdf(
    const QList<Recipient>& recipients, const LabelSheet& sheet, const QString& path, int skip)
{
    if (recipients.isEmpty())
        return cannotWrite(
            path, QCoreApplication::translate("Labels", "there are no addresses to print"));
    const QString part = path + QStringLiteral(".part");
    {
        QPdfWriter writer(part);
        writer.setResolution(300);
        writer.setCreator(QStringLiteral("Tandem"));
        writer.setTitle(QCoreApplication::translate("Labels", "Address labels"));
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
            QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
        printLabels(recipients, sheet, writer, skip);
    }
    QFile written(part);
    if (!written.exists() || written.size() == 0) {
        written.remove();
        return cannotWrite(
            path, QCoreApplication::translate("Labels", "the folder is not writable"));
    }
    QFile::remove(path);
    if (!written.rename(path)) {
        const QString reason = written.errorString();
        written.remove();
        return cannotWrite(path, reason);
    }
    return {};
}

} // namespace tandem
