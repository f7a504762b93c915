// A quote's figures from its lines, to the cent: line amounts, the overall discount, VAT per rate
// and the total, all in integer minor units with the rounding rules below (docs/quotes.md).
#pragma once

#include "util/Result.h"

#include <QList>
#include <QtGlobal>

namespace tandem {

struct QuoteLineInput {
    qint64 quantity = 0; // thousandths (Decimal3): 2.5 pcs is 2500
    qint64 unitPrice = 0; // minor units
    qint64 discount = 0; // hundredths of a percent (Decimal2): 12.5 % is 1250
    qint64 vatRate = 0; // hundredths of a percent: 21 % is 2100
};

struct QuoteLineAmounts {
    qint64 gross = 0; // quantity × unit price, rounded once
    qint64 discount = 0; // the line's discount, rounded once
    qint64 net = 0; // gross − discount
};

struct QuoteVatRow {
    qint64 rate = 0; // hundredths of a percent
    qint64 net = 0; // the lines' net at this rate
    qint64 discount = 0; // this rate's share of the overall discount
    qint64 base = 0; // net − discount: what VAT is charged on
    qint64 vat = 0; // base × rate, rounded once per rate
};

struct QuoteTotals {
    QList<QuoteLineAmounts> lines; // in the order given
    qint64 subtotal = 0; // Σ line net
    qint64 discount = 0; // the overall discount, Σ over the VAT rows
    qint64 net = 0; // subtotal − discount = Σ base
    QList<QuoteVatRow> vatRows; // one per rate, ascending
    qint64 vat = 0; // Σ VAT of the rows
    qint64 total = 0; // net + vat
};

namespace QuoteMath {
// Rounds numerator / denominator to the nearest whole number, halves away from zero (the
// commercial rounding of LT, PL, RO and UA invoices).
qint64 roundedDivision(__int128 numerator, __int128 denominator);
// The figures of a quote. A negative price is a rebate line; a discount or VAT rate outside
// 0–100 % and amounts too large to hold are refused (the message names the line, from 1).
Result<QuoteTotals> compute(const QList<QuoteLineInput>& lines, qint64 overallDiscount);
} // namespace QuoteMath

} // namespace tandem
