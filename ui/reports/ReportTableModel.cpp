#include "reports/ReportTableModel.h"

#include "reports/ReportFormat.h"

#include <QFont>
#include <QLocale>

namespace tandem {

ReportTableModel::ReportTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ReportTableModel::setTable(const ReportTable& table)
{
    beginResetModel();
    m_table = table;
    endResetModel();
}

int ReportTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_table.rows.size());
}

int ReportTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_table.columns.size());
}

QVariant ReportTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const ReportRow& row = m_table.rows.at(index.row());
    const ReportCell cell = row.cells.value(index.column());
    const ReportColumn& column = m_table.columns.at(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return ReportFormat::text(m_table, index.column(), cell.value, QLocale());
    case Qt::TextAlignmentRole:
        return ReportFormat::isNumeric(column.type) ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                    : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::FontRole:
        if (row.total) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole: {
        const int count = int(m_table.drillIds(index.row(), index.column()).size());
        if (count == 0)
            return {};
        return tr("Double-click to see the %n record(s) behind this figure.", nullptr, count);
    }
    case SortRole:
        if (ReportFormat::isNumeric(column.type))
            return cell.value.isNull() ? QVariant(-1e300) : QVariant(cell.value.toDouble());
        return cell.value;
    case TotalRole:
        return row.total;
    case EntityRole:
        return cell.entity;
    case IdsRole:
        return cell.ids;
    default:
        return {};
    }
}

QVariant ReportTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_table.columns.size())
        return {};
    if (role == Qt::DisplayRole)
        return ReportFormat::header(m_table, section);
    if (role == Qt::TextAlignmentRole)
        return ReportFormat::isNumeric(m_table.columns.at(section).type)
            ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
            : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    return {};
}

bool ReportSortModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const bool leftTotal = left.data(ReportTableModel::TotalRole).toBool();
    const bool rightTotal = right.data(ReportTableModel::TotalRole).toBool();
    if (leftTotal != rightTotal) {
        // Totals last whichever way the column is sorted.
        const bool ascending = sortOrder() == Qt::AscendingOrder;
        return ascending ? rightTotal : leftTotal;
    }
    if (leftTotal)
        return left.row() < right.row();
    const QVariant l = left.data(ReportTableModel::SortRole);
    const QVariant r = right.data(ReportTableModel::SortRole);
    if (l.typeId() == QMetaType::Double || r.typeId() == QMetaType::Double)
        return l.toDouble() < r.toDouble();
    return QString::localeAwareCompare(l.toString(), r.toString()) < 0;
}

} // namespace tandem
