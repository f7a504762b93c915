#include "common/BatchCommand.h"

#include "common/DataEvents.h"
#include "domain/EntitySchema.h"
#include "services/ChangeBatch.h"
#include "store/Session.h"
#include "store/Transaction.h"

#include <QUndoStack>

#include <QSet>
#include <utility>

namespace tandem {

BatchCommand::BatchCommand(
    Session& session, DataEvents& events, const QString& text, QList<Change> batch)
    : m_session(session)
    , m_events(events)
    , m_batch(std::move(batch))
{
    setText(text);
}

void BatchCommand::undo()
{
    report(ChangeBatch::revert(m_session, m_batch));
}

void BatchCommand::redo()
{
    // The first redo comes from push(): the operation already wrote, the screens only need to know.
    if (std::exchange(m_skipRedo, false))
        return notify();
    report(ChangeBatch::reapply(m_session, m_batch));
}

void BatchCommand::report(const Result<void>& result)
{
    if (result)
        notify();
    else
        m_events.notifyFailed(result.error().message);
}

void BatchCommand::notify()
{
    // The log names a table's own entity (a task's changes are the activity's): tell every
    // entity that shows rows of a touched table.
    QSet<QString> tables;
    for (const Change& c : std::as_const(m_batch)) {
        if (const EntityDef* def = EntitySchema::find(c.entity))
            tables.insert(def->table);
    }
    for (const EntityDef& def : EntitySchema::all()) {
        if (tables.contains(def.table))
            m_events.notifyChanged(def.name);
    }
}

Result<void> BatchCommands::run(QUndoStack& stack, Session& session, DataEvents& events,
    const QString& text, const std::function<Result<void>()>& operation)
{
    const VersionVector before = session.changeLog().vector();
    // All or nothing: an operation refused half-way (the second of two deals moved) must not
    // leave the first half written with no undo step for it.
    Transaction tx(session.database());
    if (!tx.isOpen())
        return tx.commit();
    if (auto r = operation(); !r)
        return r;
    if (auto r = tx.commit(); !r)
        return r;
    QList<Change> batch = ChangeBatch::since(session, before);
    if (!batch.isEmpty())
        stack.push(new BatchCommand(session, events, text, std::move(batch)));
    return {};
}

Result<QString> BatchCommands::create(QUndoStack& stack, Session& session, DataEvents& events,
    const QString& text, const std::function<Result<QString>()>& operation)
{
    QString id;
    auto r = run(stack, session, events, text, [&]() -> Result<void> {
        auto created = operation();
        if (!created)
            return created.error();
        id = *created;
        return {};
    });
    if (!r)
        return r.error();
    return id;
}

} // namespace tandem
