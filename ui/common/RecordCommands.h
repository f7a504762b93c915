// Undoable record edits: each command writes through RecordStore, then tells DataEvents.
// create/edit/remove below run the write once, and push the command only when it succeeded.
#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QUndoCommand>
#include <QVariantMap>

class QUndoStack;

namespace tandem {

class DataEvents;
class RecordStore;

// Shared by the three commands: the store, the notifications, and "the first run already wrote".
class RecordCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(RecordCommands)
public:
    RecordCommand(RecordStore& store, DataEvents& events, const QString& entity);

    QString entity() const { return m_entity; }
    QString recordId() const { return m_id; }

protected:
    // Reports a refused undo/redo to DataEvents (nothing else can show it to the user).
    void report(const Result<void>& result);
    void notify();

    RecordStore& m_store;
    DataEvents& m_events;
    QString m_entity;
    QString m_id;
    bool m_skipRedo = false; // the first redo() after push(): apply() already wrote
};

class CreateRecordCommand : public RecordCommand {
public:
    CreateRecordCommand(
        RecordStore& store, DataEvents& events, const QString& entity, const QVariantMap& values);
    Result<QString> apply();
    void undo() override; // a tombstone
    void redo() override; // restores the same record, same id

private:
    QVariantMap m_values;
};

class EditRecordCommand : public RecordCommand {
public:
    // `before` holds the stored values of exactly the fields in `after`.
    EditRecordCommand(RecordStore& store, DataEvents& events, const QString& entity,
        const QString& id, const QVariantMap& before, const QVariantMap& after);
    Result<void> apply();
    void undo() override;
    void redo() override;

private:
    QVariantMap m_before;
    QVariantMap m_after;
};

class DeleteRecordCommand : public RecordCommand {
public:
    DeleteRecordCommand(
        RecordStore& store, DataEvents& events, const QString& entity, const QString& id);
    Result<void> apply();
    void undo() override;
    void redo() override;
};

namespace RecordCommands {
// Each writes now; on success the command goes on `stack` (for Edit › Undo), on failure nothing
// is written and the error names the field.
Result<QString> create(QUndoStack& stack, RecordStore& store, DataEvents& events,
    const QString& entity, const QVariantMap& values);
Result<void> edit(QUndoStack& stack, RecordStore& store, DataEvents& events, const QString& entity,
    const QString& id, const QVariantMap& changes);
Result<void> remove(QUndoStack& stack, RecordStore& store, DataEvents& events,
    const QString& entity, const QString& id);
} // namespace RecordCommands

} // namespace tandem
