// Contacts from address-book files (vCard, CSV) into records: a dry run that tells, line by line,
// what would be created, updated, skipped as a duplicate or rejected, then one transaction.
#pragma once

#include "io/ContactCard.h"
#include "io/ImportReport.h"
#include "util/Result.h"

namespace tandem {

class Session;

namespace ContactImport {
// Each card becomes a contact with its contact points, company (found by name or created once per
// file), tags (found by name or created once) and photo. A card that looks like an existing
// contact, or an earlier card of the same file, is skipped, fills the empty fields of that
// contact (DuplicatePolicy::Update), or is created anyway.
//
// Nothing is written when `options.dryRun`, nor when a card was rejected or the reader reported
// errors and `options.skipInvalid` is not set: the report then says what would have happened
// (`applied` false). Otherwise everything is written in one transaction (`applied` true). An
// Error only when the database itself fails.
Result<ImportReport> run(
    Session& session, const CardReadResult& input, const ImportOptions& options);
} // namespace ContactImport

} // namespace tandem
