// PLACEHOLDER until its author lands it.
#include "reports/ReportCatalog.h"

namespace tandem {

ReportDefinition forecastReport()
{
    ReportDefinition r;
    r.name = QStringLiteral("forecast");
    r.title = "forecast";
    r.description = "forecast";
    r.run = [](Session&, const ReportParams&) -> Result<ReportTable> { return makeError(QStringLiteral("not built")); };
    return r;
}

} // namespace tandem
