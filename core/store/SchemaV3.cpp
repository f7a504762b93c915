// Schema version 3: merged duplicates point at the record they were merged into, and pairs a
// user marked "not duplicates" stay out of the review list.
#include "store/Migrations.h"

namespace tandem::detail {

const char* const kSchemaV3 = R"SQL(
ALTER TABLE contact ADD COLUMN merged_into_id TEXT REFERENCES "contact"(id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE company ADD COLUMN merged_into_id TEXT REFERENCES "company"(id) DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX contact_merged_into_id ON contact(merged_into_id);
CREATE INDEX company_merged_into_id ON company(merged_into_id);
CREATE INDEX contact_phone ON contact(phone);
CREATE INDEX contact_mobile ON contact(mobile);
CREATE INDEX contact_point_value ON contact_point(value);
CREATE TABLE "duplicate_dismissal" (
    id TEXT PRIMARY KEY NOT NULL,
    created_at TEXT,
    created_by TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    entity TEXT,
    first_id TEXT,
    second_id TEXT
);
CREATE INDEX duplicate_dismissal_pair ON duplicate_dismissal(entity, first_id, second_id)
)SQL";

} // namespace tandem::detail
