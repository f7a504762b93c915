// A quote's lines and figures: what the editor, `show quote` and the documents print.
#include "services/QuoteRecords.h"
#include "services/Quotes.h"

#include "domain/FieldFormat.h"
#include "store/Session.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace tandem {

namespace {

const QString kDiscount = QStringLiteral("discount");
const QString kCurrency = QStringLiteral("currency");

} // namespace

Result<Record> QuoteRecords::quote(Session& session, const QString& id)
{
    if (auto q = session.records().get(QStringLiteral("quote"), id.trimmed().toLower()))
        return *q;
    return Error { QCoreApplication::translate("Quotes", "There is no quote with id %1.").arg(id),
        {}, 0, {} };
}

qint64 QuoteRecords::number(const Record& record, const QString& field)
{
    return record.value(field).toLongLong();
}

QString QuoteRecords::decimal(qint64 value, const QString& currency)
{
    return formatScaled(value, currencyMinorDigits(currency));
}

namespace {

// The totals of a quote whose lines are read already.
Result<QuoteTotals> figuresOf(const Record& quote, const QList<Record>& lines)
{
    QList<QuoteLineInput> inputs;
    for (const Record& line : lines)
        inputs << QuoteLineInput { QuoteRecords::number(line, QStringLiteral("quantity")),
            QuoteRecords::number(line, QStringLiteral("unit_price")),
            QuoteRecords::number(line, kDiscount),
            QuoteRecords::number(line, QStringLiteral("vat_rate")) };
    return QuoteMath::compute(inputs, QuoteRecords::number(quote, kDiscount));
}

} // namespace

Result<QList<Record>> Quotes::lines(Session& session, const QString& quoteId)
{
    ListQuery q;
    q.where << qMakePair(QStringLiteral("quote_id"), QVariant(quoteId));
    q.orderBy = QStringLiteral("position");
    return session.records().list(QStringLiteral("quote_line"), q);
}

Result<QuoteTotals> Quotes::totals(Session& session, const QString& quoteId)
{
    auto quote = QuoteRecords::quote(session, quoteId);
    if (!quote)
        return quote.error();
    auto lines = Quotes::lines(session, quote->id);
    if (!lines)
        return lines.error();
    return figuresOf(*quote, *lines);
}

Result<QJsonObject> Quotes::totalsJson(Session& session, const QString& quoteId)
{
    auto quote = QuoteRecords::quote(session, quoteId);
    if (!quote)
        return quote.error();
    auto lines = Quotes::lines(session, quote->id);
    if (!lines)
        return lines.error();
    auto t = figuresOf(*quote, *lines);
    if (!t)
        return t.error();
    auto needed = needsApproval(session, quote->id);
    if (!needed)
        return needed.error();
    const QString currency = quote->text(kCurrency);
    QJsonArray rows;
    for (const QuoteVatRow& row : t->vatRows)
        rows.append(QJsonObject { { QStringLiteral("rate"), formatScaled(row.rate, 2) },
            { QStringLiteral("net"), QuoteRecords::decimal(row.net, currency) },
            { QStringLiteral("discount"), QuoteRecords::decimal(row.discount, currency) },
            { QStringLiteral("base"), QuoteRecords::decimal(row.base, currency) },
            { QStringLiteral("vat"), QuoteRecords::decimal(row.vat, currency) } });
    QJsonArray lineFigures;
    for (qsizetype i = 0; i < t->lines.size(); ++i)
        lineFigures.append(QJsonObject { { QStringLiteral("id"), lines->at(i).id },
            { QStringLiteral("gross"), QuoteRecords::decimal(t->lines.at(i).gross, currency) },
            { QStringLiteral("discount"),
                QuoteRecords::decimal(t->lines.at(i).discount, currency) },
            { QStringLiteral("net"), QuoteRecords::decimal(t->lines.at(i).net, currency) } });
    return QJsonObject { { kCurrency, currency },
        { QStringLiteral("subtotal"), QuoteRecords::decimal(t->subtotal, currency) },
        { kDiscount, QuoteRecords::decimal(t->discount, currency) },
        { QStringLiteral("net"), QuoteRecords::decimal(t->net, currency) },
        { QStringLiteral("vat"), QuoteRecords::decimal(t->vat, currency) },
        { QStringLiteral("total"), QuoteRecords::decimal(t->total, currency) },
        { QStringLiteral("vat_rows"), rows }, { QStringLiteral("lines"), lineFigures },
        { QStringLiteral("needs_approval"), *needed } };
}

} // namespace tandem
