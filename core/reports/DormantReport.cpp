// PLACEHOLDER until its author lands it.
#include "reports/ReportCatalog.h"

namespace tandem {

ReportDefinition dormantReport()
{
    ReportDefinition r;
    r.name = QStringLiteral("dormant");
    r.title = "dormant";
    r.description = "dormant";
    r.run = [](Session&, const ReportParams&) -> Result<ReportTable> { return makeError(QStringLiteral("not built")); };
    return r;
}

} // namespace tandem
