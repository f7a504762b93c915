// A stage's playbook for one deal: entering a stage creates a task per action that applies, and
// the checklist of those tasks decides whether the deal may move on.
#pragma once

#include "util/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace tandem {

class Session;

struct ChecklistItem {
    QString actionId;
    QString title;
    QString instructions;
    QString templateName; // playbook_action.template
    QString taskId; // the task the playbook created for this deal, empty if none (condition false)
    bool done = false;
    bool required = false; // action.required, or every action when stage.requires_checklist
    bool hardDeadline = false;
    QDateTime due; // invalid when no deadline
    bool overdue = false; // not done and due < now
    bool applies = true; // the deal has a task for it, or its condition holds now
    // The action is a manager's approval of a quote's discount (its condition compares
    // quote_discount): ticking it approves the deal's quotes waiting for it, and approving a quote
    // ticks it.
    bool discountApproval = false;
};

namespace Playbooks {
// Creates, for the deal's current stage, one task (activity kind=task) per playbook action whose
// condition holds (quote_discount: the largest discount on the deal's open quotes) and that this
// deal does not have a live task for yet (so re-entering a stage
// does not duplicate, and calling it again adds the tasks of actions added since): subject =
// action title, notes = instructions, due_at = stage_entered_at + deadline_days (none when
// empty), priority high when hard_deadline else normal, owner = the deal's owner, or the owner's
// manager when assignee_role is "manager", deal_id/company_id/contact_id from the deal,
// playbook_action_id; an action with assignee_id is done by that colleague instead. An action with
// creates_case (delivery, request …) also opens a case of that kind for the same people (Cases::
// create), and its task belongs to the case: the handover after a win. Returns the new task ids. An
// action whose condition cannot be read is refused with the action named, so a broken playbook is
// noticed rather than skipped.
Result<QStringList> enterStage(Session& session, const QString& dealId);
// The current stage's actions in position order with their task state.
QList<ChecklistItem> checklist(Session& session, const QString& dealId);
// Titles of required items of the current stage that are not done (empty: free to move on). An
// item counts when the deal has a task for it or its condition holds now.
QStringList missingRequirements(Session& session, const QString& dealId);
// Ticks or unticks an item of the deal's current stage: its task is marked done or not. A deal
// made before its playbook (imported, demo data) gets the stage's tasks first. Ticking a discount
// approval approves the deal's draft quotes that wait for one (Quotes::approve: refused unless
// the user is a manager).
Result<void> setDone(Session& session, const QString& dealId, const QString& actionId, bool done);
} // namespace Playbooks

} // namespace tandem
