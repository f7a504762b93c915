// What every screen works through: the open session, the change notifications and the undo stack.
#pragma once

class QUndoStack;

namespace tandem {

class DataEvents;
class Session;

struct UiContext {
    Session& session;
    DataEvents& events;
    QUndoStack& undoStack;
};

} // namespace tandem
