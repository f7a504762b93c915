// Moving what points at a merged-away record to the record it was merged into: references of any
// entity, and the taggings and attachments that name a record by entity and id. Used by the merge
// itself and after sync, for links made elsewhere before the merge reached them.
#pragma once

#include "domain/Record.h"
#include "util/Result.h"

namespace tandem {

class RecordStore;

namespace MergeLinks {
// Every live record whose reference to an `entity` record points at `other` now points at `keep`
// (the pair itself excepted). Returns how many were moved.
Result<int> repointReferences(
    RecordStore& rs, const QString& entity, const Record& keep, const Record& other);
// Taggings and attachments of `other` move to `keep`; a tag both have is kept once.
Result<int> repointLinks(
    RecordStore& rs, const QString& entity, const Record& keep, const Record& other);
// Both of the above: everything that points at `other` moves to `keep`.
Result<int> moveAll(
    RecordStore& rs, const QString& entity, const Record& keep, const Record& other);
} // namespace MergeLinks

} // namespace tandem
