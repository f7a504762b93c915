// The ABC class on company cards: computed as the "ABC analysis of customers" report computes it,
// and written to each company whose class changed.
#pragma once

#include "reports/ReportParams.h"
#include "util/Result.h"

namespace tandem {

class Session;

namespace AbcClasses {
// Ranks the customers by won revenue in the period (params.currency; options `a` and `b`, as the
// report: defaults 80 and 95, a < b) and sets company.abc_class: A, B or C for each customer, and
// cleared for every other company: a company with no won revenue in the period is in no class
// (C means "a small share of revenue", not "bought nothing"). Classes are the team's, so the
// owner, team and territory filters are refused. One transaction; returns the number of
// companies whose class changed.
Result<int> apply(Session& session, const ReportParams& params);
} // namespace AbcClasses

} // namespace tandem
