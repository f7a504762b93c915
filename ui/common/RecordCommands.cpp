#include "common/RecordCommands.h"

#include "common/DataEvents.h"
#include "domain/EntitySchema.h"
#include "store/RecordStore.h"

#include <QCoreApplication>
#include <QUndoStack>
#include <memory>

namespace tandem {

namespace {

QString singular(const QString& entity)
{
    const EntityDef* def = EntitySchema::find(entity);
    return def ? def->translatedSingular() : entity;
}

} // namespace

RecordCommand::RecordCommand(RecordStore& store, DataEvents& events, const QString& entity)
    : m_store(store)
    , m_events(events)
    , m_entity(entity)
{
}

void RecordCommand::report(const Result<void>& result)
{
    if (result)
        notify();
    else
        m_events.notifyFailed(result.error().message);
}

void RecordCommand::notify()
{
    m_events.notifyChanged(m_entity, m_id);
}

CreateRecordCommand::CreateRecordCommand(
    RecordStore& store, DataEvents& events, const QString& entity, const QVariantMap& values)
    : RecordCommand(store, events, entity)
    , m_values(values)
{
}

Result<QString> CreateRecordCommand::apply()
{
    auto id = m_store.create(m_entity, m_values);
    if (!id)
        return id;
    m_id = *id;
    m_skipRedo = true;
    const auto record = m_store.get(m_entity, m_id);
    //: Undo menu entry, e.g. "Create Contact Šarūnas Kazlauskas"
    setText(RecordCommand::tr("Create %1 %2")
                .arg(singular(m_entity), record ? m_store.label(*record) : m_id));
    notify();
    return id;
}

void CreateRecordCommand::undo()
{
    report(m_store.remove(m_entity, m_id));
}

void CreateRecordCommand::redo()
{
    if (std::exchange(m_skipRedo, false))
        return;
    report(m_store.restore(m_entity, m_id));
}

EditRecordCommand::EditRecordCommand(RecordStore& store, DataEvents& events, const QString& entity,
    const QString& id, const QVariantMap& before, const QVariantMap& after)
    : RecordCommand(store, events, entity)
    , m_before(before)
    , m_after(after)
{
    m_id = id;
}

Result<void> EditRecordCommand::apply()
{
    if (auto r = m_store.update(m_entity, m_id, m_after); !r)
        return r;
    m_skipRedo = true;
    //: Undo menu entry, e.g. "Edit Šarūnas Kazlauskas"
    setText(RecordCommand::tr("Edit %1").arg(m_store.labelOf(m_entity, m_id)));
    notify();
    return {};
}

void EditRecordCommand::undo()
{
    report(m_store.update(m_entity, m_id, m_before));
}

void EditRecordCommand::redo()
{
    if (std::exchange(m_skipRedo, false))
        return;
    report(m_store.update(m_entity, m_id, m_after));
}

DeleteRecordCommand::DeleteRecordCommand(
    RecordStore& store, DataEvents& events, const QString& entity, const QString& id)
    : RecordCommand(store, events, entity)
{
    m_id = id;
}

Result<void> DeleteRecordCommand::apply()
{
    const QString label = m_store.labelOf(m_entity, m_id);
    if (auto r = m_store.remove(m_entity, m_id); !r)
        return r;
    m_skipRedo = true;
    //: Undo menu entry, e.g. "Delete Šarūnas Kazlauskas"
    setText(RecordCommand::tr("Delete %1").arg(label));
    notify();
    return {};
}

void DeleteRecordCommand::undo()
{
    report(m_store.restore(m_entity, m_id));
}

void DeleteRecordCommand::redo()
{
    if (std::exchange(m_skipRedo, false))
        return;
    report(m_store.remove(m_entity, m_id));
}

namespace RecordCommands {

Result<QString> create(QUndoStack& stack, RecordStore& store, DataEvents& events,
    const QString& entity, const QVariantMap& values)
{
    auto command = std::make_unique<CreateRecordCommand>(store, events, entity, values);
    auto id = command->apply();
    if (id)
        stack.push(command.release());
    return id;
}

Result<void> edit(QUndoStack& stack, RecordStore& store, DataEvents& events, const QString& entity,
    const QString& id, const QVariantMap& changes)
{
    const auto record = store.get(entity, id);
    if (!record)
        return makeError(
            QCoreApplication::translate("RecordCommands", "This record no longer exists."));
    QVariantMap before;
    for (auto it = changes.begin(); it != changes.end(); ++it)
        before.insert(it.key(), record->value(it.key()));
    auto command = std::make_unique<EditRecordCommand>(store, events, entity, id, before, changes);
    auto r = command->apply();
    if (r)
        stack.push(command.release());
    return r;
}

Result<void> remove(QUndoStack& stack, RecordStore& store, DataEvents& events,
    const QString& entity, const QString& id)
{
    auto command = std::make_unique<DeleteRecordCommand>(store, events, entity, id);
    auto r = command->apply();
    if (r)
        stack.push(command.release());
    return r;
}

} // namespace RecordCommands

} // namespace tandem
