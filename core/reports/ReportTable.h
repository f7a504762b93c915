// What every report produces: named columns of typed figures, rows of cells that know the records
// behind them (for drill-down), notes, and how the figures are best charted. Renderers (screen,
// print, PDF, CSV, HTML) read only this.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace tandem {

enum class ReportValue {
    Text, // a label (a stage, a rep, a month)
    Count, // an integer
    Money, // minor units (qint64) in the table's currency
    Percent, // a double, 0–100
    Days, // a double: a duration in days
    Number, // any other double
    Date, // a QDate
};

struct ReportColumn {
    QString key; // stable, untranslated: the CSV header stays readable by scripts via --json keys
    QString header; // translated
    ReportValue type = ReportValue::Text;
    // Shown again for the comparison period (with the change in %) when a comparison is asked.
    bool comparable = false;
};

struct ReportCell {
    QVariant value; // null: nothing to show (not the same as 0)
    // The records behind the figure: the entity ("deal", "lead", "activity", "company",
    // "product", "campaign", "user") and their ids joined by ','. Empty: no drill-down, except
    // in a totals row: a cell there with an entity and no ids stands for the records of the
    // rows above it (ReportTable::drillIds), so huge totals need not be spelled out twice.
    QString entity;
    QString ids;

    QStringList idList() const;
};

struct ReportRow {
    QString key; // stable, untranslated; matches the same row of the comparison period
    QList<ReportCell> cells; // one per column
    bool total = false; // a totals/summary row (bold, not charted)
};

enum class ChartKind { None, Bar, HorizontalBar, StackedBar, Line, Pie };

struct ReportChart {
    ChartKind kind = ChartKind::None;
    int categoryColumn = 0; // the label of each bar/slice/point
    QList<int> valueColumns; // one series each (Pie: the first)
    QString title;
};

struct ReportTable {
    QString name; // the report's CLI name
    QString title; // translated
    QStringList context; // period, filters, currency … as printed under the title
    QStringList notes; // what the reader must know: records left out, definitions
    QString currency; // of every Money column
    QList<ReportColumn> columns;
    QList<ReportRow> rows;
    ReportChart chart;

    int column(const QString& key) const; // -1 when absent
    // The ids behind a cell (see ReportCell::ids), each once; empty when it has none.
    QStringList drillIds(int row, int column) const;
    // Appends a row; cells missing at the end are null.
    ReportRow& addRow(const QString& key, const QList<ReportCell>& cells, bool total = false);
};

// Cell shorthands for report code.
ReportCell textCell(const QString& text);
ReportCell valueCell(const QVariant& value, const QString& entity = {}, const QString& ids = {});

} // namespace tandem
