#include "reports/ReportTable.h"

#include <QSet>

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

QStringList ReportTable::drillIds(int row, int column) const
{
    if (row < 0 || row >= rows.size() || column < 0 || column >= rows.at(row).cells.size())
        return {};
    const ReportCell& cell = rows.at(row).cells.at(column);
    if (cell.entity.isEmpty())
        return {};
    if (!cell.ids.isEmpty() || !rows.at(row).total)
        return cell.idList();
    QStringList out;
    QSet<QString> seen;
    for (const ReportRow& other : rows) {
        if (other.total || column >= other.cells.size()
            || other.cells.at(column).entity != cell.entity)
            continue;
        for (const QString& id : other.cells.at(column).idList()) {
            if (!seen.contains(id)) {
                seen.insert(id);
                out << id;
            }
        }
    }
    return out;
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
