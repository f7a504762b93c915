// When a playbook action applies to a deal: "amount > 10000" adds an approval step only for big
// deals. One comparison of a deal field with a value; an empty condition always holds.
#pragma once

#include "domain/Record.h"
#include "util/Result.h"

#include <QString>

namespace tandem {

namespace PlaybookCondition {
// Grammar: FIELD OP VALUE, OP one of > >= < <= = !=, FIELD a deal field. Money (amount) is
// written in major units of the deal's currency ("amount > 10000" means 10,000.00) and compared
// as a number; a deal without an amount satisfies no comparison of it. Other fields (source,
// currency, owner_id, expected_close …) compare as text, ignoring case; VALUE may be quoted.
// One field is not the deal's own: quote_discount, the largest discount in percent on the deal's
// open quotes ("quote_discount > 15" makes a manager's approval step); callers put it in the
// record (Playbooks does), and a deal without one satisfies no comparison of it.
// Errors name the problem.
Result<void> validate(const QString& condition);
Result<bool> holds(const QString& condition, const Record& deal);
// Whether the condition compares quote_discount (an approval step for a quote's discount).
bool isDiscountApproval(const QString& condition);
extern const QString kQuoteDiscount; // "quote_discount"
} // namespace PlaybookCondition

} // namespace tandem
