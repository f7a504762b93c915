// Schema version 5: the sales process around leads and deals: routing rules that pick a new
// lead's owner, notifications for the people a rule or an escalation concerns, a lead's industry;
// the board's indexes (a deal's next open activity is read per card); each sync peer's scope.
#include "store/Migrations.h"

namespace tandem::detail {

const char* const kSchemaV5 = R"SQL(
ALTER TABLE lead ADD COLUMN industry TEXT;
CREATE TABLE "routing_rule" (
    id TEXT PRIMARY KEY NOT NULL,
    created_at TEXT,
    created_by TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    name TEXT,
    position INTEGER,
    active INTEGER,
    match_source TEXT,
    match_industry TEXT,
    match_territory_id TEXT REFERENCES "territory"(id) DEFERRABLE INITIALLY DEFERRED,
    method TEXT,
    user_id TEXT REFERENCES "user"(id) DEFERRABLE INITIALLY DEFERRED,
    team_id TEXT REFERENCES "team"(id) DEFERRABLE INITIALLY DEFERRED
);
CREATE TABLE "notification" (
    id TEXT PRIMARY KEY NOT NULL,
    created_at TEXT,
    created_by TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    user_id TEXT REFERENCES "user"(id) DEFERRABLE INITIALLY DEFERRED,
    kind TEXT,
    text TEXT,
    entity TEXT,
    record_id TEXT,
    topic TEXT,
    read_at TEXT
);
CREATE INDEX notification_user ON notification(user_id, read_at) WHERE deleted = 0;
CREATE INDEX notification_topic ON notification(topic);
CREATE INDEX lead_status_due ON lead(status, first_contact_due) WHERE deleted = 0;
CREATE INDEX activity_next_step ON activity(deal_id, coalesce(due_at, starts_at)) WHERE deleted = 0 AND coalesce(done, 0) = 0;
ALTER TABLE sync_peer ADD COLUMN scope TEXT
)SQL";

} // namespace tandem::detail
