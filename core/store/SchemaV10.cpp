// Schema version 10: the documents of a record and the sales materials library found by index.
// - attachment(entity, record_id): a deal's, contact's or company's documents. Without it every
//   lookup read each row past its content (the columns after the blob sit on its overflow pages):
//   with 3,000 files of 100 KB a company's documents took 140 ms, with it 0.13 ms (tandem_bench
//   --only-documents).
// - attachment(kind, entity): the sales materials library (materials linked to no record).
#include "store/Migrations.h"

namespace tandem::detail {

extern const char* const kSchemaV10; // external linkage: Migrations.cpp declares it too

const char* const kSchemaV10 = R"SQL(
CREATE INDEX attachment_record ON attachment(entity, record_id);
CREATE INDEX attachment_kind ON attachment(kind, entity)
)SQL";

} // namespace tandem::detail
