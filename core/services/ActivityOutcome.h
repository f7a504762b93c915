// When a call or meeting is done, what came of it: the outcome and the next step are recorded, and
// a follow-up task can be made on the same contact, company, deal and lead, all in one step.
#pragma once

#include "util/Result.h"

#include <QDateTime>
#include <QString>
#include <optional>

namespace tandem {

class Session;

struct FollowUp {
    QString subject; // empty: the next step's text
    QDateTime due; // invalid: no due date
    QString ownerId; // empty: the activity's owner, or the current user
};

namespace ActivityOutcome {
// Marks the activity done (done_at = now unless it was done already) with its outcome and next
// step, and creates the follow-up task when one is given, in one transaction. A call or meeting
// needs an outcome. A task is ticked off through Tasks::setDone (playbook, recurring series) and
// the outcome goes on the record that holds the done occurrence. Returns the follow-up task's id
// (empty when none was asked for).
Result<QString> complete(Session& session, const QString& activityId, const QString& outcome,
    const QString& nextStep, const std::optional<FollowUp>& followUp = std::nullopt);
// Whether an activity of this kind asks for its outcome when done (call, meeting).
bool asksForOutcome(const QString& kind);
} // namespace ActivityOutcome

} // namespace tandem
