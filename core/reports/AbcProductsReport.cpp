// PLACEHOLDER until its author lands it.
#include "reports/ReportCatalog.h"

namespace tandem {

ReportDefinition abcProductsReport()
{
    ReportDefinition r;
    r.name = QStringLiteral("abc-products");
    r.title = "abc-products";
    r.description = "abc-products";
    r.run = [](Session&, const ReportParams&) -> Result<ReportTable> { return makeError(QStringLiteral("not built")); };
    return r;
}

} // namespace tandem
