// The records behind a report figure, as a table of their own: deals, leads, activities,
// companies, campaigns, products or users, each with the columns a reader checks first.
#pragma once

#include "reports/ReportTable.h"
#include "util/Result.h"

namespace tandem {

class Session;

namespace ReportDrill {
// Rows keyed by record id, in a readable order (by name, or newest first for activities).
// Money columns are shown in each record's own currency (a Text column).
Result<ReportTable> records(Session& session, const QString& entity, const QStringList& ids);
} // namespace ReportDrill

} // namespace tandem
