#include "reports/ReportPrinter.h"

#include "reports/PagePainter.h"
#include "reports/ReportChartPainter.h"
#include "reports/ReportCsv.h"
#include "reports/ReportHtml.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace tandem::ReportPrinter {

namespace {

constexpr qreal kHeader = 34; // in 96-dpi pixels
constexpr qreal kFooter = 30;

Error cannotWrite(const QString& path, const QString& reason)
{
    return Error {
        QCoreApplication::translate("Reports", "cannot write the report: %1").arg(reason), path, 0,
        {}
    };
}

} // namespace

bool wantsLandscape(const ReportTable& table)
{
    return table.columns.size() > 7;
}

int print(const ReportTable& table, QPagedPaintDevice& device, const Options& options)
{
    PagePainter pages(device, kHeader, kFooter);
    const QSizeF pageSize = pages.pageSize();
    const QSizeF body = pages.bodySize();

    QTextDocument doc;
    QFont font = doc.defaultFont();
    // Wide tables (a comparison doubles the figures) print smaller rather than wrap numbers.
    const qsizetype columns = table.columns.size();
    const qreal points = columns > 16 ? 6.0 : columns > 11 ? 7.5 : 9.0;
    font.setPointSizeF(points);
    doc.setDefaultFont(font);
    doc.setDocumentMargin(0);
    const int chartWidth = int(std::min<qreal>(body.width(), 680));
    const QImage chart = ReportChartPainter::render(table, options.locale, chartWidth);
    ReportHtml::Options html;
    html.locale = options.locale;
    html.forPrint = true;
    html.chartWidth = chartWidth;
    html.tableWidth = body.width();
    html.charWidth = 6.6 * points / 9.0;
    if (!chart.isNull()) {
        html.chartSource = QStringLiteral("report-chart");
        doc.addResource(QTextDocument::ImageResource, QUrl(html.chartSource), chart);
    }
    doc.setHtml(ReportHtml::render(table, html));
    const int count = pages.layOut(doc);

    QFont small = font;
    small.setPixelSize(10);
    const QString printed
        = QCoreApplication::translate("Reports", "Printed %1")
              .arg(options.locale.toString(options.printedAt, QLocale::ShortFormat));
    pages.paint(doc, [&](QPainter& painter, int i) {
        painter.setFont(small);
        painter.setPen(QColor(0x55, 0x55, 0x55));
        const QString left = options.organisation.isEmpty()
            ? table.title
            : QStringLiteral("%1 · %2").arg(options.organisation, table.title);
        const QFontMetricsF metrics(small);
        const qreal half = pageSize.width() / 2 - 6;
        painter.drawText(QRectF(0, 0, half, kHeader - 12), Qt::AlignLeft | Qt::AlignVCenter,
            metrics.elidedText(left, Qt::ElideRight, half));
        if (!table.context.isEmpty())
            painter.drawText(QRectF(pageSize.width() / 2 + 6, 0, half, kHeader - 12),
                Qt::AlignRight | Qt::AlignVCenter,
                metrics.elidedText(table.context.first(), Qt::ElideRight, half));
        painter.drawLine(QPointF(0, kHeader - 8), QPointF(pageSize.width(), kHeader - 8));
        const qreal footerTop = pageSize.height() - kFooter + 8;
        painter.drawLine(QPointF(0, footerTop), QPointF(pageSize.width(), footerTop));
        painter.drawText(QRectF(0, footerTop + 2, pageSize.width(), kFooter - 10),
            Qt::AlignLeft | Qt::AlignVCenter, printed);
        painter.drawText(QRectF(0, footerTop + 2, pageSize.width(), kFooter - 10),
            Qt::AlignRight | Qt::AlignVCenter,
            QCoreApplication::translate("Reports", "Page %1 of %2").arg(i + 1).arg(count));
    });
    pages.end();
    return count;
}

Result<void> writePdf(const ReportTable& table, const QString& path, QPageSize::PageSizeId size,
    const Options& options)
{
    const QString part = path + QStringLiteral(".part");
    {
        QPdfWriter writer(part);
        writer.setResolution(300);
        writer.setTitle(table.title);
        writer.setCreator(QStringLiteral("Tandem"));
        writer.setPageSize(QPageSize(size));
        writer.setPageOrientation(
            wantsLandscape(table) ? QPageLayout::Landscape : QPageLayout::Portrait);
        writer.setPageMargins(QMarginsF(15, 12, 15, 12), QPageLayout::Millimeter);
        print(table, writer, options);
    }
    QFile written(part);
    if (!written.exists() || written.size() == 0) {
        written.remove();
        return cannotWrite(
            path, QCoreApplication::translate("Reports", "the folder is not writable"));
    }
    QFile::remove(path);
    if (!written.rename(path)) {
        const QString reason = written.errorString();
        written.remove();
        return cannotWrite(path, reason);
    }
    return {};
}

Result<void> save(const ReportTable& table, const QString& path, QPageSize::PageSizeId size,
    const Options& options)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        return writePdf(table, path, size, options);
    QByteArray bytes;
    if (suffix == QLatin1String("csv")) {
        bytes = ReportCsv::write(table, options.locale);
    } else if (suffix == QLatin1String("html") || suffix == QLatin1String("htm")) {
        ReportHtml::Options html;
        html.locale = options.locale;
        html.printedAt = options.printedAt;
        html.organisation = options.organisation;
        html.chartSource = ReportHtml::chartDataUri(table, options.locale, html.chartWidth);
        bytes = ReportHtml::render(table, html).toUtf8();
    } else {
        return Error { QCoreApplication::translate(
                           "Reports", "the file name must end in .pdf, .csv or .html"),
            path, 0, {} };
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return cannotWrite(path, file.errorString());
    file.write(bytes);
    if (!file.commit())
        return cannotWrite(path, file.errorString());
    return {};
}

} // namespace tandem::ReportPrinter
