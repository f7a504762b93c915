// Edits a cell of a RecordTableModel with the same editor the record form uses for its field.
#pragma once

#include <QStyledItemDelegate>

namespace tandem {

class RecordStore;

class FieldDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    FieldDelegate(const RecordStore& store, QObject* parent = nullptr);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
        const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(
        QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;

private:
    const RecordStore& m_store;
};

} // namespace tandem
