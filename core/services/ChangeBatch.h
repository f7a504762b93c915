// Undo and redo of a batch of this copy's own writes (a merge, an import) as new changes, so the
// undo syncs like any edit and the history keeps both the batch and its undoing.
#pragma once

#include "store/ChangeLog.h"
#include "util/Result.h"

namespace tandem {

class Session;

namespace ChangeBatch {
// What this copy wrote since its change log stood at `before` (the log's vector then).
QList<Change> since(Session& session, const VersionVector& before);
// Puts every record the batch touched back as it was before it: records the batch created are
// removed, records it removed come back, fields it set get their earlier values. One transaction.
Result<void> revert(Session& session, const QList<Change>& batch);
// After revert: writes the batch's effects again. One transaction.
Result<void> reapply(Session& session, const QList<Change>& batch);
} // namespace ChangeBatch

} // namespace tandem
