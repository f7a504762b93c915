// PLACEHOLDER until its author lands it.
#include "reports/ReportCatalog.h"

namespace tandem {

ReportDefinition abcCustomersReport()
{
    ReportDefinition r;
    r.name = QStringLiteral("abc-customers");
    r.title = "abc-customers";
    r.description = "abc-customers";
    r.run = [](Session&, const ReportParams&) -> Result<ReportTable> { return makeError(QStringLiteral("not built")); };
    return r;
}

} // namespace tandem
