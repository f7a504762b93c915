// An operation of many writes (a merge, an import) as one step on the undo stack: undo writes the
// records back as they were, redo writes the operation's effects again (core's ChangeBatch).
#pragma once

#include "store/ChangeLog.h"
#include "util/Result.h"

#include <QUndoCommand>
#include <functional>

class QUndoStack;

namespace tandem {

class DataEvents;
class Session;

class BatchCommand : public QUndoCommand {
public:
    BatchCommand(Session& session, DataEvents& events, const QString& text, QList<Change> batch);
    void undo() override;
    void redo() override;

private:
    void report(const Result<void>& result);
    void notify();

    Session& m_session;
    DataEvents& m_events;
    QList<Change> m_batch;
    bool m_skipRedo = true; // the operation itself already wrote
};

namespace BatchCommands {
// Runs `operation` in one transaction; when it succeeded and wrote anything, its writes go on
// `stack` as one step named `text` ("Merge …", "Import …"). When it failed, nothing is written.
Result<void> run(QUndoStack& stack, Session& session, DataEvents& events, const QString& text,
    const std::function<Result<void>()>& operation);
// The same for an operation that makes a record (a routed lead, a deal with its playbook): its id.
Result<QString> create(QUndoStack& stack, Session& session, DataEvents& events, const QString& text,
    const std::function<Result<QString>()>& operation);
} // namespace BatchCommands

} // namespace tandem
