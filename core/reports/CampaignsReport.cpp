// PLACEHOLDER until its author lands it.
#include "reports/ReportCatalog.h"

namespace tandem {

ReportDefinition campaignsReport()
{
    ReportDefinition r;
    r.name = QStringLiteral("campaigns");
    r.title = "campaigns";
    r.description = "campaigns";
    r.run = [](Session&, const ReportParams&) -> Result<ReportTable> { return makeError(QStringLiteral("not built")); };
    return r;
}

} // namespace tandem
