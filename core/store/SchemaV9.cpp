// Schema version 9: service after the sale.
// - service_case.kind: complaint, service request, question or delivery (a handover after a win).
// - case_rule: per priority, the working hours within which a case must be answered and resolved.
// - holiday: the team's own days off besides the public holidays of its country.
// - playbook_action.creates_case and assignee_id: an action of a stage (the won stage, as a rule)
//   that opens a delivery or support case, done by a named colleague rather than the deal owner.
// - An index over the cases still open, by their deadlines, for the attention lists.
#include "store/Migrations.h"

namespace tandem::detail {

extern const char* const kSchemaV9; // external linkage: Migrations.cpp declares it too

const char* const kSchemaV9 = R"SQL(
ALTER TABLE service_case ADD COLUMN kind TEXT;
ALTER TABLE playbook_action ADD COLUMN creates_case TEXT;
ALTER TABLE playbook_action ADD COLUMN assignee_id TEXT REFERENCES "user"(id) DEFERRABLE INITIALLY DEFERRED;
CREATE TABLE "case_rule" (
    id TEXT PRIMARY KEY NOT NULL,
    created_at TEXT,
    created_by TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    priority TEXT,
    respond_hours INTEGER,
    resolve_hours INTEGER
);
CREATE TABLE "holiday" (
    id TEXT PRIMARY KEY NOT NULL,
    created_at TEXT,
    created_by TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    day TEXT,
    name TEXT
);
CREATE INDEX service_case_open ON service_case(owner_id, resolve_by)
    WHERE deleted = 0 AND coalesce(status, 'new') NOT IN ('resolved', 'closed');
CREATE INDEX service_case_resolved ON service_case(resolved_at)
    WHERE deleted = 0 AND resolved_at IS NOT NULL
)SQL";

} // namespace tandem::detail
