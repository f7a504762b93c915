// PLACEHOLDER until its author lands it.
#include "reports/ReportCatalog.h"

namespace tandem {

ReportDefinition revenueReport()
{
    ReportDefinition r;
    r.name = QStringLiteral("revenue");
    r.title = "revenue";
    r.description = "revenue";
    r.run = [](Session&, const ReportParams&) -> Result<ReportTable> { return makeError(QStringLiteral("not built")); };
    return r;
}

} // namespace tandem
