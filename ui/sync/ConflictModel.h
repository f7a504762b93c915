// The conflicts sync listed, as a table: record, field, the value shown and the one that lost.
#pragma once

#include "sync/Conflicts.h"

#include <QAbstractTableModel>

namespace tandem {

class Session;

class ConflictModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { RecordColumn, FieldColumn, ShownColumn, OtherColumn, ColumnCount };

    explicit ConflictModel(Session& session, QObject* parent = nullptr);

    void setConflicts(const QList<Conflict>& conflicts);
    const Conflict* conflictAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString valueText(const Conflict& c, const QVariant& value, bool deleted) const;
    QString whoWhen(const QString& userId, const QString& token) const;

    Session& m_session;
    QList<Conflict> m_conflicts;
};

} // namespace tandem
