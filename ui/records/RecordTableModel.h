// A small editable table of records of one entity, optionally the children of one parent (a
// pipeline's stages, a stage's playbook actions): each cell edit, addition, removal and reordering
// is written at once through the undo stack.
#pragma once

#include "common/UiContext.h"
#include "domain/Record.h"
#include "util/Result.h"

#include <QAbstractTableModel>
#include <QHash>
#include <functional>

namespace tandem {

struct EntityDef;
struct FieldDef;

class RecordTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    using Validator = std::function<Result<void>(const QVariant& stored)>;

    RecordTableModel(const UiContext& context, const QString& entity, const QStringList& columns,
        QObject* parent = nullptr);

    // Only records whose `field` holds `value`; new records get it. An empty value shows none.
    void setScope(const QString& field, const QString& value);
    QString scopeValue() const { return m_scopeValue; }
    // False while the table is scoped to a parent that is not chosen yet.
    bool canAdd() const { return m_scopeField.isEmpty() || !m_scopeValue.isEmpty(); }
    void reload();
    // Checks a field's value before it is written (a playbook condition's grammar).
    void setValidator(const QString& field, Validator validator);

    const FieldDef& fieldAt(int column) const;
    QString idAt(int row) const;
    const Record& recordAt(int row) const { return m_rows.at(row); }
    int rowOf(const QString& id) const;

    // Each is one undo step; false with lastError() set when core refused.
    Result<QString> addRecord(const QVariantMap& values);
    bool removeRecord(int row);
    bool moveRecord(int row, int delta); // swaps positions with the neighbour
    bool setField(int row, const QString& field, const QVariant& stored);
    QString lastError() const { return m_error; }
    const UiContext& context() const { return m_ctx; }
    const EntityDef& entity() const { return m_def; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

signals:
    void writeFailed(const QString& message);

private:
    bool hasPosition() const;
    bool fail(const Error& error);

    UiContext m_ctx;
    const EntityDef& m_def;
    QList<const FieldDef*> m_columns;
    QString m_scopeField;
    QString m_scopeValue;
    QList<Record> m_rows;
    QHash<QString, Validator> m_validators;
    QString m_error;
    bool m_writing = false;
};

} // namespace tandem
