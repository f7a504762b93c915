#include "reports/ReportChartView.h"

#include "reports/ReportChartPainter.h"
#include "reports/ReportFormat.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QLocale>
#include <QPieSeries>
#include <QStackedBarSeries>
#include <QValueAxis>
#include <algorithm>

namespace tandem {

ReportChartView::ReportChartView(QWidget* parent)
    : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(220);
}

int ReportChartView::seriesCount() const
{
    return chart() ? int(chart()->series().size()) : 0;
}

void ReportChartView::setTable(const ReportTable& table)
{
    m_table = table;
    auto* chart = new QChart;
    // Light or dark as the desktop is (the window's palette); the series keep their own colours.
    chart->setTheme(palette().color(QPalette::Window).lightness() < 128 ? QChart::ChartThemeDark
                                                                        : QChart::ChartThemeLight);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    const ReportChart& spec = table.chart;
    m_rows = ReportChartPainter::chartRows(table);
    const bool horizontal = spec.kind == ChartKind::HorizontalBar;
    if (horizontal)
        std::reverse(m_rows.begin(), m_rows.end()); // the first row on top
    if (spec.kind != ChartKind::None && !spec.valueColumns.isEmpty() && !m_rows.isEmpty()) {
        chart->setTitle(spec.title);
        QStringList categories;
        for (int r : m_rows)
            categories << table.rows.at(r).cells.value(spec.categoryColumn).value.toString();
        if (spec.kind == ChartKind::Pie) {
            auto* pie = new QPieSeries;
            const int c = spec.valueColumns.first();
            for (int i = 0; i < m_rows.size(); ++i) {
                const double v
                    = ReportFormat::number(table, c, table.rows.at(m_rows[i]).cells.value(c).value);
                if (v <= 0)
                    continue;
                auto* slice = pie->append(categories.at(i), v);
                slice->setColor(ReportChartPainter::seriesColor(i));
                const int row = m_rows[i];
                connect(
                    slice, &QPieSlice::clicked, this, [this, row, c] { emit cellClicked(row, c); });
            }
            pie->setLabelsVisible(true);
            chart->addSeries(pie);
        } else if (spec.kind == ChartKind::Line) {
            auto* axisX = new QBarCategoryAxis;
            axisX->append(categories);
            auto* axisY = new QValueAxis;
            axisY->setLabelFormat(QStringLiteral("%.0f"));
            chart->addAxis(axisX, Qt::AlignBottom);
            chart->addAxis(axisY, Qt::AlignLeft);
            double top = 0;
            for (int s = 0; s < spec.valueColumns.size(); ++s) {
                const int c = spec.valueColumns.at(s);
                auto* line = new QLineSeries;
                line->setName(table.columns.at(c).header);
                line->setColor(ReportChartPainter::seriesColor(s));
                line->setPointsVisible(true);
                for (int i = 0; i < m_rows.size(); ++i) {
                    const double v = ReportFormat::number(
                        table, c, table.rows.at(m_rows[i]).cells.value(c).value);
                    line->append(i, v);
                    top = std::max(top, v);
                }
                connect(line, &QLineSeries::clicked, this, [this, c](const QPointF& p) {
                    const int i = int(std::lround(p.x()));
                    if (i >= 0 && i < m_rows.size())
                        emit cellClicked(m_rows[i], c);
                });
                chart->addSeries(line);
                line->attachAxis(axisX);
                line->attachAxis(axisY);
            }
            axisY->setRange(0, top > 0 ? top * 1.1 : 1);
            axisY->applyNiceNumbers();
        } else {
            QAbstractBarSeries* bars = nullptr;
            if (horizontal)
                bars = new QHorizontalBarSeries;
            else if (spec.kind == ChartKind::StackedBar)
                bars = new QStackedBarSeries;
            else
                bars = new QBarSeries;
            for (int s = 0; s < spec.valueColumns.size(); ++s) {
                const int c = spec.valueColumns.at(s);
                auto* set = new QBarSet(table.columns.at(c).header);
                set->setColor(ReportChartPainter::seriesColor(s));
                for (int r : m_rows)
                    *set << ReportFormat::number(table, c, table.rows.at(r).cells.value(c).value);
                connect(set, &QBarSet::clicked, this, [this, c](int i) {
                    if (i >= 0 && i < m_rows.size())
                        emit cellClicked(m_rows[i], c);
                });
                bars->append(set);
            }
            chart->addSeries(bars);
            auto* categoryAxis = new QBarCategoryAxis;
            categoryAxis->append(categories);
            // Stage and rep names beside horizontal bars are the point of the chart: the axis
            // takes the room they need rather than showing "…".
            categoryAxis->setTruncateLabels(false);
            auto* valueAxis = new QValueAxis;
            valueAxis->setLabelFormat(QStringLiteral("%.0f"));
            chart->addAxis(categoryAxis, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
            chart->addAxis(valueAxis, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
            bars->attachAxis(categoryAxis);
            bars->attachAxis(valueAxis);
            valueAxis->applyNiceNumbers();
            chart->legend()->setVisible(spec.valueColumns.size() > 1);
        }
    }
    QChart* old = this->chart();
    setChart(chart);
    delete old;
}

} // namespace tandem
