// The ranking behind the "ABC analysis of customers" report, for the service that writes each
// company's class (services/AbcClasses) to use the very same figures.
#pragma once

#include "reports/AbcAnalysis.h"

namespace tandem {

class Session;

namespace AbcCustomers {
// Customers (companies with won deals in the period, in params.currency, within the owner, team
// and territory filters) ranked and classed; the options `a` and `b` are checked (a < b).
Result<AbcRanking> ranking(Session& session, const ReportParams& params);
} // namespace AbcCustomers

} // namespace tandem
