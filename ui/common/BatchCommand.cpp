#include "common/BatchCommand.h"

#include "common/DataEvents.h"
#include "services/ChangeBatch.h"
#include "store/Session.h"

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
    if (std::exchange(m_skipRedo, false))
        return;
    report(ChangeBatch::reapply(m_session, m_batch));
}

void BatchCommand::report(const Result<void>& result)
{
    if (!result) {
        m_events.notifyFailed(result.error().message);
        return;
    }
    QSet<QString> entities;
    for (const Change& c : std::as_const(m_batch))
        entities.insert(c.entity);
    for (const QString& entity : std::as_const(entities))
        m_events.notifyChanged(entity);
}

Result<void> BatchCommands::run(QUndoStack& stack, Session& session, DataEvents& events,
    const QString& text, const std::function<Result<void>()>& operation)
{
    const VersionVector before = session.changeLog().vector();
    if (auto r = operation(); !r)
        return r;
    QList<Change> batch = ChangeBatch::since(session, before);
    if (!batch.isEmpty())
        stack.push(new BatchCommand(session, events, text, std::move(batch)));
    return {};
}

} // namespace tandem
