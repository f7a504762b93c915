// Schema version 4: the lists' default orders come straight from an index, so reading any page
// of 100,000 contacts (scrolling to the end, jumping to a letter) costs milliseconds instead of a
// sort of the whole table per page.
#include "store/Migrations.h"

namespace tandem::detail {

const char* const kSchemaV4 = R"SQL(
CREATE INDEX contact_list_order ON contact(first_name COLLATE NOCASE, last_name COLLATE NOCASE, id) WHERE deleted = 0;
CREATE INDEX company_list_order ON company(name COLLATE NOCASE, id) WHERE deleted = 0;
CREATE INDEX lead_list_order ON lead(title COLLATE NOCASE, id) WHERE deleted = 0;
CREATE INDEX deal_list_order ON deal(expected_close, id) WHERE deleted = 0;
CREATE INDEX activity_list_order ON activity(starts_at DESC, id) WHERE deleted = 0
)SQL";

} // namespace tandem::detail
