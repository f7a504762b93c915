// PLACEHOLDER until its author lands it.
#include "reports/ReportCatalog.h"

namespace tandem {

ReportDefinition salesCycleReport()
{
    ReportDefinition r;
    r.name = QStringLiteral("sales-cycle");
    r.title = "sales-cycle";
    r.description = "sales-cycle";
    r.run = [](Session&, const ReportParams&) -> Result<ReportTable> { return makeError(QStringLiteral("not built")); };
    return r;
}

} // namespace tandem
