#include "records/FieldDelegate.h"

#include "records/FieldEditor.h"
#include "records/RecordTableModel.h"

#include <QWidget>

namespace tandem {

namespace {

FieldEditor* editorOf(QWidget* widget)
{
    return widget ? widget->findChild<FieldEditor*>(QString(), Qt::FindDirectChildrenOnly)
                  : nullptr;
}

} // namespace

FieldDelegate::FieldDelegate(const RecordStore& store, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_store(store)
{
}

QWidget* FieldDelegate::createEditor(
    QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const auto* model = qobject_cast<const RecordTableModel*>(index.model());
    if (!model || !FieldEditor::canEdit(model->fieldAt(index.column())))
        return QStyledItemDelegate::createEditor(parent, option, index);
    auto* editor = new FieldEditor(model->fieldAt(index.column()), m_store, parent);
    QWidget* widget = editor->widget();
    // The editor object lives as long as its widget, which the view destroys after editing.
    editor->setParent(widget);
    widget->setAutoFillBackground(true);
    return widget;
}

void FieldDelegate::setEditorData(QWidget* widget, const QModelIndex& index) const
{
    if (FieldEditor* editor = editorOf(widget))
        editor->setValue(index.data(Qt::EditRole), QString());
    else
        QStyledItemDelegate::setEditorData(widget, index);
}

void FieldDelegate::setModelData(
    QWidget* widget, QAbstractItemModel* model, const QModelIndex& index) const
{
    FieldEditor* editor = editorOf(widget);
    if (!editor)
        return QStyledItemDelegate::setModelData(widget, model, index);
    auto value = editor->value(QString());
    auto* table = qobject_cast<RecordTableModel*>(model);
    if (!value) {
        if (table)
            emit table->writeFailed(value.error().message);
        return;
    }
    model->setData(index, *value, Qt::EditRole);
}

} // namespace tandem
