#include "reports/ReportHtml.h"

#include "reports/ReportChartPainter.h"
#include "reports/ReportFormat.h"

#include <QBuffer>
#include <QCoreApplication>

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

    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"4\" width=\"100%\" "
                           "style=\"border-collapse:collapse\"><thead><tr>");
    for (int c = 0; c < table.columns.size(); ++c) {
        const bool numeric = ReportFormat::isNumeric(table.columns.at(c).type);
        html += QStringLiteral("<th style=\"background-color:#eef2f7;border-bottom:1px solid "
                               "#999\" align=\"%1\">%2</th>")
                    .arg(numeric ? QStringLiteral("right") : QStringLiteral("left"),
                        ReportFormat::header(table, c).toHtmlEscaped());
    }
    html += QStringLiteral("</tr></thead><tbody>");
    if (table.rows.isEmpty())
        html += QStringLiteral("<tr><td colspan=\"%1\"><i>%2</i></td></tr>")
                    .arg(table.columns.size())
                    .arg(QCoreApplication::translate("Reports", "Nothing in this period.")
                             .toHtmlEscaped());
    for (const ReportRow& row : table.rows) {
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
