// A report's table for a QTableView: figures formatted in the user's locale, numbers right-aligned,
// totals in bold and kept last when sorted, and each cell's records for drill-down.
#pragma once

#include "reports/ReportTable.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace tandem {

class ReportTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Roles {
        SortRole = Qt::UserRole + 1, // numbers as numbers
        TotalRole, // bool: a totals row
        EntityRole, // the drill-down entity
        IdsRole, // the drill-down ids (comma-joined)
    };

    explicit ReportTableModel(QObject* parent = nullptr);

    void setTable(const ReportTable& table);
    const ReportTable& table() const { return m_table; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    ReportTable m_table;
};

// Sorts by the figures, not their text; totals stay at the bottom either way.
class ReportSortModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;
};

} // namespace tandem
