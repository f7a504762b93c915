// PLACEHOLDER until its author lands it.
#include "reports/ReportCatalog.h"

namespace tandem {

ReportDefinition leadSourcesReport()
{
    ReportDefinition r;
    r.name = QStringLiteral("lead-sources");
    r.title = "lead-sources";
    r.description = "lead-sources";
    r.run = [](Session&, const ReportParams&) -> Result<ReportTable> { return makeError(QStringLiteral("not built")); };
    return r;
}

} // namespace tandem
