#include "reports/ReportChartPainter.h"

#include "reports/ReportFormat.h"

#include <QFontMetricsF>
#include <QPainter>
#include <algorithm>

namespace tandem::ReportChartPainter {

QColor seriesColor(int index)
{
    static const QList<QColor> colors { QColor(0x2f, 0x6f, 0xb3), QColor(0xe0, 0x8a, 0x1e),
        QColor(0x3a, 0x9a, 0x5b), QColor(0xb8, 0x3b, 0x5e), QColor(0x7a, 0x5c, 0xb0),
        QColor(0x5a, 0x6b, 0x7b) };
    return colors.at(index % colors.size());
}

QList<int> chartRows(const ReportTable& table, int limit)
{
    QList<int> rows;
    for (int r = 0; r < table.rows.size() && rows.size() < limit; ++r) {
        if (!table.rows.at(r).total)
            rows << r;
    }
    return rows;
}

QImage render(const ReportTable& table, const QLocale& locale, int width, qreal scale)
{
    const ReportChart& chart = table.chart;
    if (chart.kind == ChartKind::None || chart.valueColumns.isEmpty())
        return {};
    const QList<int> rows = chartRows(table);
    if (rows.isEmpty())
        return {};
    const QList<int> series = chart.kind == ChartKind::Pie
        ? QList<int> { chart.valueColumns.first() }
        : chart.valueColumns;

    QFont font;
    font.setPixelSize(11); // pixels, not points: measured and painted alike on any device
    const QFontMetricsF fm(font);
    const qreal bar = std::max<qreal>(8.0, fm.height() * 0.9);
    const qreal group = bar * series.size() + 6;
    const qreal legend = fm.height() + 8;
    const qreal titleHeight = chart.title.isEmpty() ? 0 : fm.height() + 6;
    const qreal height = titleHeight + legend + group * rows.size() + 4;

    double maxValue = 0;
    double minValue = 0;
    for (int r : rows) {
        for (int c : series) {
            const double v = ReportFormat::number(table, c, table.rows.at(r).cells.value(c).value);
            maxValue = std::max(maxValue, v);
            minValue = std::min(minValue, v);
        }
    }
    if (maxValue - minValue <= 0)
        maxValue = 1;

    QImage image(QSize(width, int(height)) * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setFont(font);
    // Labels measured as this painter draws them (a screen's metrics may differ from an image's).
    const QFontMetricsF painted = p.fontMetrics();
    qreal labelWidth = 0;
    for (int r : rows)
        labelWidth = std::max(labelWidth,
            painted.horizontalAdvance(
                table.rows.at(r).cells.value(chart.categoryColumn).value.toString()));
    labelWidth = std::min(labelWidth + 14, width * 0.35); // 6 px spare at the left edge
    qreal y = 0;
    if (!chart.title.isEmpty()) {
        QFont bold = font;
        bold.setBold(true);
        p.setFont(bold);
        p.drawText(
            QRectF(0, y, width, fm.height() + 4), Qt::AlignLeft | Qt::AlignVCenter, chart.title);
        p.setFont(font);
        y += titleHeight;
    }
    qreal x = labelWidth;
    for (int i = 0; i < series.size(); ++i) {
        const QString name = table.columns.at(series.at(i)).header;
        p.fillRect(QRectF(x, y + 3, 10, 10), seriesColor(i));
        p.setPen(Qt::black);
        p.drawText(QPointF(x + 14, y + 3 + fm.ascent() - 1), name);
        x += 14 + painted.horizontalAdvance(name) + 16;
    }
    y += legend;
    const qreal valueWidth = painted.horizontalAdvance(QStringLiteral("000 000 000.00 XXX"));
    const qreal plotLeft = labelWidth;
    const qreal plotWidth = std::max<qreal>(40, width - labelWidth - valueWidth);
    const qreal zeroX = plotLeft + plotWidth * (-minValue) / (maxValue - minValue);
    p.setPen(QColor(0xbb, 0xbb, 0xbb));
    p.drawLine(QPointF(zeroX, y), QPointF(zeroX, y + group * rows.size()));
    for (int r : rows) {
        const ReportRow& row = table.rows.at(r);
        p.setPen(Qt::black);
        const QString label = painted.elidedText(
            row.cells.value(chart.categoryColumn).value.toString(), Qt::ElideRight, labelWidth - 8);
        p.drawText(
            QRectF(0, y, labelWidth - 8, group - 6), Qt::AlignRight | Qt::AlignVCenter, label);
        for (int i = 0; i < series.size(); ++i) {
            const QVariant v = row.cells.value(series.at(i)).value;
            const double n = ReportFormat::number(table, series.at(i), v);
            const qreal w = plotWidth * n / (maxValue - minValue);
            const QRectF rect = QRectF(zeroX, y + i * bar, w, bar - 1).normalized();
            p.fillRect(rect, seriesColor(i));
            if (!v.isNull() && n != 0.0) {
                p.setPen(QColor(0x33, 0x33, 0x33));
                p.drawText(QPointF(std::max(zeroX, rect.right()) + 4, y + i * bar + fm.ascent()),
                    ReportFormat::text(table, series.at(i), v, locale));
            }
        }
        y += group;
    }
    return image;
}

} // namespace tandem::ReportChartPainter
