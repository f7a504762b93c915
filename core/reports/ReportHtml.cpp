#include "reports/ReportHtml.h"

#include "reports/ReportChartPainter.h"
#include "reports/ReportFormat.h"

#include <QBuffer>
#include <QCoreApplication>
#include <algorithm>
#include <limits>

namespace tandem::ReportHtml {

QString chartDataUri(const ReportTable& table, const QLocale& locale, int width)
{
    const QImage image = ReportChartPainter::render(table, locale, width);
    if (image.isNull())
        return {};
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64());
}

QString render(const ReportTable& table, const Options& o)
{
    const QString lang = o.locale.bcp47Name();
    QString html;
    html.reserve(4096 + table.rows.size() * table.columns.size() * 48);
    html += QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\">"
                           "<title>%2</title>")
                .arg(lang, table.title.toHtmlEscaped());
    if (!o.forPrint)
        html += QStringLiteral(
            "<style>body{font-family:sans-serif;margin:2em;color:#222}"
            "table{border-collapse:collapse;margin-top:1em}"
            "th,td{border-bottom:1px solid #ccc;padding:4px 10px}"
            "th{background:#eef2f7;text-align:left}td.n{text-align:right;white-space:nowrap}"
            "tr.total td{font-weight:bold;border-top:2px solid #888}"
            ".context{color:#555;margin:0}.notes{color:#555;font-size:90%}</style>");
    html += QStringLiteral("</head><body>");
    if (!o.organisation.isEmpty())
        html += QStringLiteral("<p class=\"context\" style=\"color:#555\">%1</p>")
                    .arg(o.organisation.toHtmlEscaped());
    html += QStringLiteral("<h1 style=\"font-size:16pt;margin-bottom:4px\">%1</h1>")
                .arg(table.title.toHtmlEscaped());
    for (const QString& line : table.context)
        html += QStringLiteral("<p class=\"context\" style=\"color:#555;margin:0\">%1</p>")
                    .arg(line.toHtmlEscaped());
    if (o.printedAt.isValid())
        html += QStringLiteral("<p class=\"context\" style=\"color:#555;margin:0\">%1</p>")
                    .arg(QCoreApplication::translate("Reports", "Printed %1")
                             .arg(o.locale.toString(o.printedAt, QLocale::ShortFormat))
                             .toHtmlEscaped());
    if (!o.chartSource.isEmpty())
        html += QStringLiteral("<p><img src=\"%1\" width=\"%2\"></p>")
                    .arg(o.chartSource)
                    .arg(o.chartWidth);

    // Column widths from the longest text in each column, so every part of a long table lines up.
    QList<qsizetype> longest(table.columns.size(), 3);
    for (int c = 0; c < table.columns.size(); ++c) {
        for (const QString& word : ReportFormat::header(table, c).split(QLatin1Char(' ')))
            longest[c] = std::max(longest[c], word.size() * 6 / 5 + 1); // headers are bold
    }
    for (const ReportRow& row : table.rows) {
        for (int c = 0; c < table.columns.size(); ++c)
            longest[c] = std::max(longest[c],
                std::min<qsizetype>(
                    40, ReportFormat::text(table, c, row.cells.value(c).value, o.locale).size()));
    }
    QList<int> widths(table.columns.size(), 0); // pixels; 0: no width given
    if (o.tableWidth > 0) {
        const qreal kCharWidth = o.charWidth;
        qreal fixed = 0;
        qsizetype textWeight = 0;
        for (int c = 0; c < table.columns.size(); ++c) {
            if (table.columns.at(c).type == ReportValue::Text) {
                textWeight += longest[c];
            } else {
                widths[c] = int(longest[c] * kCharWidth + 14);
                fixed += widths[c];
            }
        }
        int textColumns = 0;
        for (const ReportColumn& column : table.columns)
            textColumns += column.type == ReportValue::Text ? 1 : 0;
        // Text columns get at least 90 px each; when the figures leave less, every figure column
        // shrinks alike (their headers then wrap) so the table still fits the page.
        const qreal minText = 90.0 * textColumns;
        if (fixed + minText > o.tableWidth) {
            const qreal scale = std::max<qreal>(0.1, (o.tableWidth - minText) / fixed);
            for (int c = 0; c < table.columns.size(); ++c)
                widths[c] = int(widths[c] * scale);
            fixed *= scale;
        }
        const qreal rest = std::max<qreal>(o.tableWidth - fixed, minText);
        for (int c = 0; c < table.columns.size(); ++c) {
            if (table.columns.at(c).type == ReportValue::Text)
                widths[c]
                    = int(rest * qreal(longest[c]) / qreal(std::max<qsizetype>(1, textWeight)));
        }
    }
    QString head = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"4\" width=\"100%\" "
                                  "style=\"border-collapse:collapse\"><thead><tr>");
    for (int c = 0; c < table.columns.size(); ++c) {
        const bool numeric = ReportFormat::isNumeric(table.columns.at(c).type);
        head += QStringLiteral("<th%1 style=\"background-color:#eef2f7;"
                               "border-bottom:1px solid #999\" align=\"%2\">%3</th>")
                    .arg(widths[c] > 0 ? QStringLiteral(" width=\"%1\"").arg(widths[c]) : QString(),
                        numeric ? QStringLiteral("right") : QStringLiteral("left"),
                        ReportFormat::header(table, c).toHtmlEscaped());
    }
    head += QStringLiteral("</tr></thead><tbody>");
    html += head;
    if (table.rows.isEmpty())
        html += QStringLiteral("<tr><td colspan=\"%1\"><i>%2</i></td></tr>")
                    .arg(table.columns.size())
                    .arg(QCoreApplication::translate("Reports", "Nothing in this period.")
                             .toHtmlEscaped());
    // On paper a long table is laid out in parts: QTextDocument's layout of one table grows
    // with the square of its rows across pages (6,000 rows took half a minute).
    const qsizetype part = o.forPrint ? 120 : std::numeric_limits<qsizetype>::max();
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        if (r > 0 && r % part == 0)
            html += QStringLiteral("</tbody></table>") + head;
        const ReportRow& row = table.rows.at(r);
        html += row.total ? QStringLiteral("<tr class=\"total\">") : QStringLiteral("<tr>");
        for (int c = 0; c < table.columns.size(); ++c) {
            const bool numeric = ReportFormat::isNumeric(table.columns.at(c).type);
            QString text
                = ReportFormat::text(table, c, row.cells.value(c).value, o.locale).toHtmlEscaped();
            if (row.total)
                text = QStringLiteral("<b>%1</b>").arg(text);
            html += QStringLiteral("<td%1 style=\"border-bottom:1px solid #ddd%2\">%3</td>")
                        .arg(numeric ? QStringLiteral(" class=\"n\" align=\"right\"") : QString(),
                            row.total ? QStringLiteral(";border-top:1px solid #888") : QString(),
                            text);
        }
        html += QStringLiteral("</tr>\n");
    }
    html += QStringLiteral("</tbody></table>");
    for (const QString& note : table.notes)
        html += QStringLiteral("<p class=\"notes\" style=\"color:#555\">%1</p>")
                    .arg(note.toHtmlEscaped());
    html += QStringLiteral("</body></html>\n");
    return html;
}

} // namespace tandem::ReportHtml
