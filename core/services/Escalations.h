// Telling a manager when a deal's playbook is not kept: a hard deadline passed, a task left undone
// too long after the deal entered its stage, or a deal stalled in its stage.
#pragma once

#include "util/Result.h"

#include <QList>
#include <QString>

namespace tandem {

class Session;

struct Escalation {
    QString dealId;
    QString taskId; // empty for a stalled-deal escalation
    QString caseId; // set for a customer's case past a deadline (then dealId is empty)
    QString managerId; // who was notified
    QString text; // the notification text
};

namespace Escalations {
// Looks at every open deal's playbook tasks and notifies the deal owner's manager (see managerOf;
// when there is none, nobody) when:
//  - a task of an action with hard_deadline is not done after its due time, or
//  - a task of an action of the deal's current stage with escalate_after_days = N is not done
//    N days after the deal entered the stage, or
//  - the deal has sat in its stage longer than the stage's stall_days;
// and the case owner's manager when a customer's case is past its response or resolution
// deadline (Cases::urgency).
// Uses Notifications::notify with kind "escalation" and a topic per task, per (deal, stage) or per
// (case, deadline), so
// running it again does not repeat. Returns what was newly escalated. One transaction.
Result<QList<Escalation>> run(Session& session);
// Who a user answers to: their manager_id; else the manager of their team (or of the nearest
// parent team) when that is someone else; empty when there is nobody.
QString managerOf(Session& session, const QString& userId);
} // namespace Escalations

} // namespace tandem
