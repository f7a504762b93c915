// Schema version 7: indexes for the reports. A company's, person's or deal's activities by start,
// kind and done replace the plain reference indexes; deals by win or loss date; leads by creation.
#include "store/Migrations.h"

namespace tandem::detail {

extern const char* const kSchemaV7; // external linkage: Migrations.cpp declares it too

const char* const kSchemaV7 = R"SQL(
DROP INDEX IF EXISTS activity_company_id;
DROP INDEX IF EXISTS activity_contact_id;
DROP INDEX IF EXISTS activity_deal_id;
CREATE INDEX activity_company_start ON activity(company_id, deleted, starts_at, kind, done);
CREATE INDEX activity_contact_start ON activity(contact_id, deleted, starts_at, kind, done);
CREATE INDEX activity_deal_start ON activity(deal_id, deleted, starts_at, kind, done);
CREATE INDEX deal_won_at ON deal(status, won_at) WHERE deleted = 0;
CREATE INDEX deal_lost_at ON deal(status, lost_at) WHERE deleted = 0;
CREATE INDEX lead_created_at ON lead(created_at) WHERE deleted = 0;
CREATE INDEX activity_kind_start ON activity(kind, starts_at) WHERE deleted = 0;
CREATE INDEX activity_kind_done ON activity(kind, done_at) WHERE deleted = 0
)SQL";

} // namespace tandem::detail
