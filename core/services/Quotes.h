// Quotes on a deal: numbered and versioned, lines from the catalogue (price lists per currency) or
// free text, figures by QuoteMath, draft → sent → accepted / rejected, and an approval step when a
// discount exceeds the team's threshold. A sent quote is frozen: changes go into a new version.
#pragma once

#include "documents/QuoteMath.h"
#include "domain/Record.h"
#include "util/Result.h"

#include <QJsonObject>
#include <QString>
#include <QVariantMap>

namespace tandem {

class Session;

namespace Quotes {
// A new draft for values["deal_id"] (required). Defaults: number "Q-YYYY-NNNN" (the next free
// one of the year; "Q-YYYY-SERIES-NNNN" when this computer has a number series), version 1, status
// draft, the deal's currency (else the team's), language of the deal's contact (else the company's
// country, else the team's), valid_until today + setting quote_valid_days (30). One transaction;
// the new quote's id.
Result<QString> create(Session& session, QVariantMap values);
// A line on a draft. With product_id: the product's name, unit and VAT rate, and its price in the
// quote's currency (a valid price list of that currency, else the product's own price when its
// currency matches; else refused, naming the product and the currency). Free text needs a
// description and a unit_price. Quantity 1 and the next position unless given.
Result<QString> addLine(Session& session, QVariantMap values);
// Changes a line of a draft (refused on a sent quote, naming it).
Result<void> updateLine(Session& session, const QString& lineId, const QVariantMap& values);
Result<void> removeLine(Session& session, const QString& lineId);
// Edits a quote: its fields while a draft, and its status — sent (sets sent_at; refused while an
// approval is needed and missing), accepted or rejected (only from sent). Accepting sets the
// deal's amount to the quote's net total when the currencies match.
Result<void> update(Session& session, const QString& quoteId, QVariantMap values);
// Removes a quote and its lines (tombstones).
Result<void> remove(Session& session, const QString& quoteId);
// A copy as a new draft with the same number and the next version; the lines are copied.
Result<QString> newVersion(Session& session, const QString& quoteId);
// Whether the quote needs a manager's approval: a line or the overall discount exceeds setting
// quote_approval_discount (a percentage; unset: never), or the deal's stage has a playbook
// approval step for it (an action whose condition, e.g. "quote_discount > 15", holds). Approval
// by a manager or admin sets approved_by and ticks that step; a change of a discount after it
// clears it again (and may add the step's task for the manager).
Result<bool> needsApproval(Session& session, const QString& quoteId);
Result<void> approve(Session& session, const QString& quoteId);
// Approves the deal's draft quotes that need an approval and have none (a manager ticking the
// playbook's approval step).
Result<void> approveWaiting(Session& session, const QString& dealId);
// Why a quote cannot be sent now (it was sent already, or its discount awaits approval).
Result<void> checkCanSend(Session& session, const QString& quoteId);
// The quote's live lines, by position.
Result<QList<Record>> lines(Session& session, const QString& quoteId);
Result<QuoteTotals> totals(Session& session, const QString& quoteId);
// {"currency", "subtotal", "discount", "net", "vat", "total" as decimals, "vat_rows": [...],
// "lines": [{"id", "gross", "discount", "net"}], "needs_approval"}: `show quote --json` adds it.
Result<QJsonObject> totalsJson(Session& session, const QString& quoteId);
// This computer's quote number series ("VN": quotes made here are Q-2026-VN-0001, …), so laptops
// making offers offline never give two offers the same number. Empty: none (Q-2026-0001). Kept
// as the team setting "quote_series:<site id>", so colleagues see whose series is whose.
QString series(Session& session);
// The number the next quote made today would get in `series` ("Q-2026-VN-0008"; empty series:
// "Q-2026-0008"): one above the highest of the year, tombstones included.
Result<QString> nextNumber(Session& session, const QString& series);
// 1 to 4 letters or digits, upper-cased; empty removes it. Refused naming the rule, and refused
// when another computer of the team uses the series already.
Result<void> setSeries(Session& session, const QString& series);
} // namespace Quotes

} // namespace tandem
