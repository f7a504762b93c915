// Schema version 2: what sync keeps per peer, and the list of concurrent edits to review.
#include "store/Migrations.h"

namespace tandem::detail {

const char* const kSchemaV2 = R"SQL(
CREATE TABLE sync_peer (
    site_id TEXT PRIMARY KEY NOT NULL,
    name TEXT,
    last_sent_at TEXT,
    last_received_at TEXT,
    sent_vector TEXT,
    received_vector TEXT
);
CREATE TABLE conflict (
    id TEXT PRIMARY KEY NOT NULL,
    entity TEXT NOT NULL,
    record_id TEXT NOT NULL,
    field TEXT NOT NULL,
    kept_value,
    kept_hlc INTEGER NOT NULL,
    kept_site TEXT NOT NULL,
    kept_user TEXT,
    other_value,
    other_hlc INTEGER NOT NULL,
    other_site TEXT NOT NULL,
    other_user TEXT,
    detected_at TEXT NOT NULL,
    kept_is_delete INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX conflict_record ON conflict(entity, record_id)
)SQL";

} // namespace tandem::detail
