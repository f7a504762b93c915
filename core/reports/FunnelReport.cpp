// PLACEHOLDER until its author lands it.
#include "reports/ReportCatalog.h"

namespace tandem {

ReportDefinition funnelReport()
{
    ReportDefinition r;
    r.name = QStringLiteral("funnel");
    r.title = "funnel";
    r.description = "funnel";
    r.run = [](Session&, const ReportParams&) -> Result<ReportTable> { return makeError(QStringLiteral("not built")); };
    return r;
}

} // namespace tandem
