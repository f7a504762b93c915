// PLACEHOLDER until its author lands it.
#include "reports/ReportCatalog.h"

namespace tandem {

ReportDefinition teamActivityReport()
{
    ReportDefinition r;
    r.name = QStringLiteral("team-activity");
    r.title = "team-activity";
    r.description = "team-activity";
    r.run = [](Session&, const ReportParams&) -> Result<ReportTable> { return makeError(QStringLiteral("not built")); };
    return r;
}

} // namespace tandem
