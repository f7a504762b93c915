#include "documents/QuoteMath.h"

#include <QCoreApplication>
#include <QMap>
#include <limits>

namespace tandem {

namespace {

constexpr qint64 kPercent = 10000; // hundredths of a percent in 100 %
constexpr qint64 kQuantityScale = 1000;

bool fits(__int128 v)
{
    return v >= std::numeric_limits<qint64>::min() && v <= std::numeric_limits<qint64>::max();
}

Error tooLarge(int line)
{
    return Error { line > 0
            ? QCoreApplication::translate("Quotes", "Line %1: the amount is too large.").arg(line)
            : QCoreApplication::translate("Quotes", "The quote's total is too large."),
        {}, 0, {} };
}

Result<void> checkPercent(qint64 value, int line, const QString& field)
{
    if (value >= 0 && value <= kPercent)
        return {};
    QString message;
    if (line == 0)
        message = QCoreApplication::translate(
            "Quotes", "The overall discount must be between 0 and 100 %.");
    else if (field == QLatin1String("vat_rate"))
        message = QCoreApplication::translate(
            "Quotes", "Line %1: the VAT rate must be between 0 and 100 %.")
                      .arg(line);
    else
        message = QCoreApplication::translate(
            "Quotes", "Line %1: the discount must be between 0 and 100 %.")
                      .arg(line);
    return Error { message, {}, 0, field };
}

} // namespace

qint64 QuoteMath::roundedDivision(__int128 numerator, __int128 denominator)
{
    if (denominator < 0) {
        numerator = -numerator;
        denominator = -denominator;
    }
    const __int128 magnitude = numerator < 0 ? -numerator : numerator;
    const __int128 rounded = (magnitude * 2 + denominator) / (denominator * 2);
    return static_cast<qint64>(numerator < 0 ? -rounded : rounded);
}

Result<QuoteTotals> QuoteMath::compute(const QList<QuoteLineInput>& lines, qint64 overallDiscount)
{
    if (auto ok = checkPercent(overallDiscount, 0, QStringLiteral("discount")); !ok)
        return ok.error();
    QuoteTotals t;
    QMap<qint64, QuoteVatRow> rows;
    __int128 subtotal = 0;
    for (int i = 0; i < lines.size(); ++i) {
        const QuoteLineInput& in = lines.at(i);
        if (auto ok = checkPercent(in.discount, i + 1, QStringLiteral("discount")); !ok)
            return ok.error();
        if (auto ok = checkPercent(in.vatRate, i + 1, QStringLiteral("vat_rate")); !ok)
            return ok.error();
        const __int128 gross = static_cast<__int128>(in.quantity) * in.unitPrice;
        QuoteLineAmounts a;
        if (!fits(gross / kQuantityScale))
            return tooLarge(i + 1);
        a.gross = roundedDivision(gross, kQuantityScale);
        a.discount = roundedDivision(static_cast<__int128>(a.gross) * in.discount, kPercent);
        a.net = a.gross - a.discount;
        t.lines << a;
        QuoteVatRow& row = rows[in.vatRate];
        row.rate = in.vatRate;
        row.net += a.net;
        subtotal += a.net;
        if (!fits(subtotal) || !fits(row.net))
            return tooLarge(i + 1);
    }
    // The overall discount is taken off each rate's net, so VAT is charged on what is paid.
    __int128 vat = 0;
    for (QuoteVatRow& row : rows) {
        row.discount = roundedDivision(static_cast<__int128>(row.net) * overallDiscount, kPercent);
        row.base = row.net - row.discount;
        row.vat = roundedDivision(static_cast<__int128>(row.base) * row.rate, kPercent);
        t.discount += row.discount;
        vat += row.vat;
        t.vatRows << row;
    }
    t.subtotal = static_cast<qint64>(subtotal);
    t.net = t.subtotal - t.discount;
    if (!fits(vat) || !fits(static_cast<__int128>(t.net) + vat))
        return tooLarge(0);
    t.vat = static_cast<qint64>(vat);
    t.total = t.net + t.vat;
    return t;
}

} // namespace tandem
