// PLACEHOLDER until its author lands it.
#include "reports/ReportCatalog.h"

namespace tandem {

ReportDefinition winLossReport()
{
    ReportDefinition r;
    r.name = QStringLiteral("win-loss");
    r.title = "win-loss";
    r.description = "win-loss";
    r.run = [](Session&, const ReportParams&) -> Result<ReportTable> { return makeError(QStringLiteral("not built")); };
    return r;
}

} // namespace tandem
