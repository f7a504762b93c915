// A deal's way through its pipeline: created on the first stage, moved stage by stage with the
// playbook's checklist kept, won (a customer) or lost (with a reason), and reopened.
#pragma once

#include "util/Result.h"

#include <QString>
#include <QVariantMap>

namespace tandem {

class Session;

namespace DealFlow {
// Fills in what a new deal needs when not given: pipeline_id = the default pipeline (or the given
// stage's), stage_id = its first stage of kind open (by position), status = open, owner_id =
// session.currentUserId(), stage_entered_at = now; then, for an open deal, enters the stage's
// playbook (Playbooks::enterStage). One transaction; returns the new deal's id.
Result<QString> create(Session& session, QVariantMap values);
// Moves an open deal to `stageId`. A stage of another pipeline moves the deal to that pipeline
// (no checklist check: positions of two pipelines do not compare). A won-kind stage wins the deal
// (as win()); a lost-kind stage is refused ("losing needs a reason"). Moving forward (higher
// position, or winning) out of a stage whose required checklist items are not done is refused
// with a translated message naming the stage and the missing items. Moving backward is allowed.
// Sets stage_id, stage_entered_at = now, then Playbooks::enterStage. Moving to the stage it is
// already in changes nothing and succeeds.
Result<void> move(Session& session, const QString& dealId, const QString& stageId);
// Same requirement check as moving forward; status won, won_at now, stage_id = the pipeline's
// won-kind stage when it has one (its playbook is entered: the handover tasks), and the deal's
// company (if any) gets status "customer".
Result<void> win(Session& session, const QString& dealId);
// reason required (non-empty, trimmed); status lost, lost_at now, lost_reason, competitor_id
// (optional, must be a live competitor; empty leaves the deal's competitor as it was). stage_id
// stays where the deal was lost, so reports can tell at which stage deals are lost. Open (not
// done) tasks that the playbook created for this deal are removed (tombstoned) so they leave
// people's agendas.
Result<void> lose(Session& session, const QString& dealId, const QString& reason,
    const QString& competitorId = {});
// A lost or won deal back to open in the stage it was in (won deals: the last open stage before
// the won stage, from the record history, else the highest-position open stage); clears
// lost_reason/lost_at/won_at, restarts stage_entered_at and enters the stage's playbook again
// (tasks removed on losing come back, so the checklist can be finished).
Result<void> reopen(Session& session, const QString& dealId);
// An edit of a deal as a whole (the deal form, `tandem-cli set deal`): the plain fields first, then
// status open reopens, a stage_id moves, status won wins and status lost loses (lost_reason
// required in the same edit). One transaction; a refused move writes nothing.
Result<void> update(Session& session, const QString& dealId, QVariantMap values);
} // namespace DealFlow

} // namespace tandem
