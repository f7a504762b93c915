#include "reports/ReportTable.h"

namespace tandem {

QStringList ReportCell::idList() const
{
    return ids.isEmpty() ? QStringList() : ids.split(QLatin1Char(','), Qt::SkipEmptyParts);
}

int ReportTable::column(const QString& key) const
{
    for (int i = 0; i < columns.size(); ++i) {
        if (columns.at(i).key == key)
            return i;
    }
    return -1;
}

ReportRow& ReportTable::addRow(const QString& key, const QList<ReportCell>& cells, bool total)
{
    ReportRow row { key, cells, total };
    while (row.cells.size() < columns.size())
        row.cells.append(ReportCell {});
    rows.append(row);
    return rows.last();
}

ReportCell textCell(const QString& text)
{
    return ReportCell { text, {}, {} };
}

ReportCell valueCell(const QVariant& value, const QString& entity, const QString& ids)
{
    return ReportCell { value, entity, ids };
}

} // namespace tandem
