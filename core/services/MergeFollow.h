// After changes from another copy arrive: merged duplicates stay merged everywhere. What still
// points at a contact or company that was merged elsewhere (an activity logged on a laptop before
// the merge reached it) moves to the record it was merged into, and likely duplicates among the
// contacts that arrived are counted so the user is asked to review them.
#pragma once

#include "util/Result.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace tandem {

class Session;

namespace MergeFollow {
// `touched`: the records (entity, id) the changes created or changed. Links to merged-away records
// are re-pointed as new local changes (which sync on). Two copies that merged a pair each the
// other way round end with the record of the smaller id restored and the other merged into it,
// the same on every copy. Returns how many references and links moved.
Result<int> apply(Session& session, const QList<QPair<QString, QString>>& touched);

// Pairs of likely duplicate contacts with at least one of `contactIds` in them (the same person
// entered on two laptops), not counting pairs marked as not duplicates.
int possibleDuplicates(Session& session, const QStringList& contactIds);
} // namespace MergeFollow

} // namespace tandem
