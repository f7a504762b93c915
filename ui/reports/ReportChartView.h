// The report's chart on screen (Qt Charts): bars, stacked bars, lines or a pie from the columns
// the report names, in the same colours as the printed chart. Clicking a bar or slice asks for the
// records behind it.
#pragma once

#include "reports/ReportTable.h"

#include <QChartView>

namespace tandem {

class ReportChartView : public QChartView {
    Q_OBJECT
public:
    explicit ReportChartView(QWidget* parent = nullptr);

    void setTable(const ReportTable& table);
    // Series in the chart now (for tests): one per charted column.
    int seriesCount() const;

signals:
    // A bar, point or slice was clicked: row and column of the table.
    void cellClicked(int row, int column);

private:
    ReportTable m_table;
    QList<int> m_rows; // table rows shown, in chart order
};

} // namespace tandem
