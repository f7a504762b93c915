#include "services/Quotes.h"

#include "documents/MailingList.h"
#include "documents/Materials.h"
#include "documents/PostalAddress.h"
#include "domain/FieldFormat.h"
#include "domain/Record.h"
#include "services/Escalations.h"
#include "services/Notifications.h"
#include "services/Playbooks.h"
#include "services/QuoteRecords.h"
#include "store/QuoteQueries.h"
#include "store/Session.h"
#include "store/Transaction.h"
#include "util/Clock.h"

#include <QCoreApplication>

namespace tandem {

namespace {

const QString kQuote = QStringLiteral("quote");
const QString kLine = QStringLiteral("quote_line");
const QString kDeal = QStringLiteral("deal");
const QString kStatus = QStringLiteral("status");
const QString kDiscount = QStringLiteral("discount");
const QString kCurrency = QStringLiteral("currency");
const QString kQuoteId = QStringLiteral("quote_id");
const QString kApprovedBy = QStringLiteral("approved_by");

// tr() in the context the translation files hold this file's strings under.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Quotes)
};

Error refusal(const QString& message, const QString& field = {})
{
    return Error { message, {}, 0, field };
}

void setDefault(QVariantMap& v, const QString& field, const QVariant& value)
{
    if (isEmptyValue(v.value(field)) && !isEmptyValue(value))
        v.insert(field, value);
}

QString statusOf(const Record& quote)
{
    const QString s = quote.text(kStatus);
    return s.isEmpty() ? QStringLiteral("draft") : s;
}

// "Q-2026-0007 v2": how messages name a quote.
QString nameOf(const Record& quote)
{
    return QStringLiteral("%1 v%2").arg(quote.text(QStringLiteral("number")),
        QString::number(std::max<qint64>(1, quote.value(QStringLiteral("version")).toLongLong())));
}

Result<void> requireDraft(const Record& quote)
{
    if (statusOf(quote) == QLatin1String("draft"))
        return {};
    return refusal(
        Text::tr("Quote %1 has been sent and cannot be changed. Make a new version of it.")
            .arg(nameOf(quote)));
}

// The document language for a deal: its contact's, else the company's country's, else the team's.
QString languageFor(Session& session, const Record& deal)
{
    const RecordStore& rs = session.records();
    if (auto contact = rs.get(QStringLiteral("contact"), deal.text(QStringLiteral("contact_id")))) {
        const QString language = contact->text(QStringLiteral("language")).trimmed().toLower();
        if (!language.isEmpty())
            return language.left(2);
    }
    QString country = teamCountry(session);
    if (auto company = rs.get(QStringLiteral("company"), deal.text(QStringLiteral("company_id")))) {
        if (!company->text(QStringLiteral("country")).trimmed().isEmpty())
            country = company->text(QStringLiteral("country"));
    }
    static const QHash<QString, QString> languages
        = { { QStringLiteral("LT"), QStringLiteral("lt") },
              { QStringLiteral("PL"), QStringLiteral("pl") },
              { QStringLiteral("UA"), QStringLiteral("uk") },
              { QStringLiteral("RO"), QStringLiteral("ro") },
              { QStringLiteral("MD"), QStringLiteral("ro") },
              { QStringLiteral("RU"), QStringLiteral("ru") },
              { QStringLiteral("BY"), QStringLiteral("ru") } };
    return languages.value(PostalAddresses::countryCode(country), QStringLiteral("en"));
}

Result<qint64> approvalThreshold(Session& session)
{
    const QString text = session.setting(QStringLiteral("quote_approval_discount")).trimmed();
    if (text.isEmpty())
        return qint64(-1);
    const auto scaled = parseScaled(text, 2);
    if (!scaled || *scaled < 0)
        return refusal(
            Text::tr("The discount needing approval (setting quote_approval_discount) is not a "
                     "percentage: “%1”.")
                .arg(text));
    return *scaled;
}

// The largest discount on the quote (a line's or the overall one), in hundredths of a percent.
Result<qint64> largestDiscount(Session& session, const Record& quote)
{
    auto lines = Quotes::lines(session, quote.id);
    if (!lines)
        return lines.error();
    qint64 largest = QuoteRecords::number(quote, kDiscount);
    for (const Record& line : *lines)
        largest = std::max(largest, QuoteRecords::number(line, kDiscount));
    return largest;
}

// After a change of discounts: an approval given before no longer holds, and the manager of the
// deal's owner is told once per quote that one is needed.
Result<void> reviewApproval(Session& session, const QString& quoteId, bool discountsChanged)
{
    auto quote = QuoteRecords::quote(session, quoteId);
    if (!quote)
        return quote.error();
    if (discountsChanged && !quote->text(kApprovedBy).isEmpty()) {
        if (auto r = session.records().update(kQuote, quote->id, { { kApprovedBy, QVariant() } });
            !r)
            return r;
    }
    // A playbook approval step whose condition now holds gets its task for the manager.
    if (discountsChanged) {
        if (auto r = Playbooks::enterStage(session, quote->text(QStringLiteral("deal_id"))); !r)
            return r.error();
    }
    auto needed = Quotes::needsApproval(session, quote->id);
    if (!needed)
        return needed.error();
    if (!*needed || !discountsChanged)
        return {};
    const auto deal = session.records().get(kDeal, quote->text(QStringLiteral("deal_id")));
    const QString owner = deal ? deal->text(QStringLiteral("owner_id")) : session.currentUserId();
    const QString manager = Escalations::managerOf(session, owner);
    if (manager.isEmpty() || manager == session.currentUserId())
        return {};
    NotificationDraft note;
    note.userId = manager;
    note.kind = QStringLiteral("info");
    note.text = Text::tr("Quote %1 for “%2” has a discount that needs your approval.")
                    .arg(nameOf(*quote), deal ? session.records().label(*deal) : QString());
    note.entity = kQuote;
    note.recordId = quote->id;
    note.topic = QStringLiteral("quote-approval:") + quote->id;
    if (auto r = Notifications::notify(session, note); !r)
        return r.error();
    return {};
}

bool touchesDiscount(const QVariantMap& values)
{
    return values.contains(kDiscount) || values.contains(QStringLiteral("quantity"))
        || values.contains(QStringLiteral("unit_price"));
}

Result<void> checkFigures(Session& session, const QString& quoteId)
{
    auto t = Quotes::totals(session, quoteId);
    if (!t)
        return t.error();
    return {};
}

Result<void> changeStatus(Session& session, const Record& quote, const QString& to, QVariantMap& v)
{
    const QString from = statusOf(quote);
    if (to == from)
        return {};
    if (to == QLatin1String("draft"))
        return refusal(
            Text::tr(
                "Quote %1 has been sent; it cannot become a draft again. Make a new version of it.")
                .arg(nameOf(quote)),
            kStatus);
    if (to == QLatin1String("sent")) {
        if (auto r = Quotes::checkCanSend(session, quote.id); !r)
            return r;
        setDefault(v, QStringLiteral("sent_at"), session.clock().nowUtc());
        return {};
    }
    if (from == QLatin1String("draft"))
        return refusal(
            Text::tr("Quote %1 has not been sent yet; send it before it is accepted or rejected.")
                .arg(nameOf(quote)),
            kStatus);
    return {};
}

// An accepted quote is what the deal is worth.
Result<void> takeAmountToDeal(Session& session, const QString& quoteId)
{
    auto quote = QuoteRecords::quote(session, quoteId);
    if (!quote)
        return quote.error();
    const auto deal = session.records().get(kDeal, quote->text(QStringLiteral("deal_id")));
    if (!deal)
        return {};
    const QString currency = quote->text(kCurrency);
    if (session.records().currencyOf(*deal).compare(currency, Qt::CaseInsensitive) != 0)
        return {};
    auto t = Quotes::totals(session, quoteId);
    if (!t)
        return t.error();
    return session.records().update(
        kDeal, deal->id, { { QStringLiteral("amount"), QuoteRecords::decimal(t->net, currency) } });
}

} // namespace

Result<QString> Quotes::create(Session& session, QVariantMap values)
{
    RecordStore& rs = session.records();
    const QString dealId = values.value(QStringLiteral("deal_id")).toString().trimmed().toLower();
    if (dealId.isEmpty())
        return refusal(
            Text::tr("A quote is made for a deal: give deal_id."), QStringLiteral("deal_id"));
    const auto deal = rs.get(kDeal, dealId);
    if (!deal)
        return refusal(
            Text::tr("There is no deal with id %1.").arg(dealId), QStringLiteral("deal_id"));
    const QDate today = session.clock().nowUtc().date();
    Transaction tx(session.database());
    if (isEmptyValue(values.value(QStringLiteral("number")))) {
        auto number = Quotes::nextNumber(session, Quotes::series(session));
        if (!number)
            return number.error();
        values.insert(QStringLiteral("number"), *number);
    }
    setDefault(values, QStringLiteral("version"), 1);
    setDefault(values, kStatus, QStringLiteral("draft"));
    setDefault(values, kCurrency, rs.currencyOf(*deal));
    setDefault(values, kCurrency, session.defaultCurrency());
    setDefault(values, QStringLiteral("language"), languageFor(session, *deal));
    bool ok = false;
    int days = session.setting(QStringLiteral("quote_valid_days")).toInt(&ok);
    if (!ok || days <= 0)
        days = 30;
    setDefault(values, QStringLiteral("valid_until"), today.addDays(days).toString(Qt::ISODate));
    if (statusOf(Record { kQuote, {}, values, false }) != QLatin1String("draft"))
        return refusal(Text::tr("A new quote starts as a draft."), kStatus);
    values.insert(kDeal + QStringLiteral("_id"), dealId);
    auto id = rs.create(kQuote, values);
    if (!id)
        return id.error();
    if (auto r = checkFigures(session, *id); !r)
        return r.error();
    if (auto r = reviewApproval(session, *id, !isEmptyValue(values.value(kDiscount))); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return id;
}

Result<QString> Quotes::addLine(Session& session, QVariantMap values)
{
    RecordStore& rs = session.records();
    auto quote = QuoteRecords::quote(session, values.value(kQuoteId).toString());
    if (!quote)
        return refusal(quote.error().message, kQuoteId);
    if (auto r = requireDraft(*quote); !r)
        return r.error();
    const QString currency = quote->text(kCurrency);
    values.insert(kQuoteId, quote->id);
    values.insert(kCurrency, currency);
    const QString productId = values.value(QStringLiteral("product_id")).toString().trimmed();
    if (!productId.isEmpty()) {
        const auto product = rs.get(QStringLiteral("product"), productId.toLower());
        if (!product)
            return refusal(Text::tr("There is no product with id %1.").arg(productId),
                QStringLiteral("product_id"));
        setDefault(values, QStringLiteral("description"), product->text(QStringLiteral("name")));
        if (!product->text(QStringLiteral("vat_rate")).isEmpty())
            setDefault(values, QStringLiteral("vat_rate"),
                formatScaled(QuoteRecords::number(*product, QStringLiteral("vat_rate")), 2));
        if (isEmptyValue(values.value(QStringLiteral("unit_price")))) {
            auto listed = QuoteQueries::listPrice(
                session.database(), product->id, currency, session.clock().nowUtc().date());
            if (!listed)
                return listed.error();
            QString own = product->text(kCurrency);
            if (own.isEmpty())
                own = session.defaultCurrency();
            if (*listed)
                values.insert(
                    QStringLiteral("unit_price"), QuoteRecords::decimal(**listed, currency));
            else if (own.compare(currency, Qt::CaseInsensitive) == 0
                && !product->text(QStringLiteral("price")).isEmpty())
                values.insert(QStringLiteral("unit_price"),
                    QuoteRecords::decimal(
                        QuoteRecords::number(*product, QStringLiteral("price")), currency));
            else
                return refusal(Text::tr("“%1” has no price in %2: add it to a price list or give a "
                                        "unit_price.")
                                   .arg(product->text(QStringLiteral("name")), currency),
                    QStringLiteral("unit_price"));
        }
    }
    if (values.value(QStringLiteral("description")).toString().trimmed().isEmpty())
        return refusal(
            Text::tr("A line needs a description or a product."), QStringLiteral("description"));
    if (isEmptyValue(values.value(QStringLiteral("unit_price"))))
        return refusal(Text::tr("A line needs a unit_price."), QStringLiteral("unit_price"));
    setDefault(values, QStringLiteral("quantity"), QStringLiteral("1"));

    Transaction tx(session.database());
    auto last = QuoteQueries::lastPosition(session.database(), quote->id);
    if (!last)
        return last.error();
    setDefault(values, QStringLiteral("position"), *last + 1);
    if (isEmptyValue(values.value(QStringLiteral("vat_rate")))) {
        auto lines = Quotes::lines(session, quote->id);
        if (!lines)
            return lines.error();
        if (!lines->isEmpty())
            values.insert(QStringLiteral("vat_rate"),
                formatScaled(QuoteRecords::number(lines->last(), QStringLiteral("vat_rate")), 2));
    }
    auto id = rs.create(kLine, values);
    if (!id)
        return id.error();
    if (auto r = checkFigures(session, quote->id); !r)
        return r.error();
    if (auto r = reviewApproval(session, quote->id, touchesDiscount(values)); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return id;
}

Result<void> Quotes::updateLine(Session& session, const QString& lineId, const QVariantMap& values)
{
    RecordStore& rs = session.records();
    const auto line = rs.get(kLine, lineId.trimmed().toLower());
    if (!line)
        return refusal(Text::tr("There is no quote line with id %1.").arg(lineId));
    if (values.contains(kQuoteId) && values.value(kQuoteId).toString() != line->text(kQuoteId))
        return refusal(Text::tr("A line stays on its quote."), kQuoteId);
    auto quote = QuoteRecords::quote(session, line->text(kQuoteId));
    if (!quote)
        return quote.error();
    if (auto r = requireDraft(*quote); !r)
        return r;
    QVariantMap v = values;
    v.remove(kCurrency);
    Transaction tx(session.database());
    if (auto r = rs.update(kLine, line->id, v); !r)
        return r;
    if (auto r = checkFigures(session, quote->id); !r)
        return r;
    if (auto r = reviewApproval(session, quote->id, touchesDiscount(v)); !r)
        return r;
    return tx.commit();
}

Result<void> Quotes::removeLine(Session& session, const QString& lineId)
{
    const auto line = session.records().get(kLine, lineId.trimmed().toLower());
    if (!line)
        return refusal(Text::tr("There is no quote line with id %1.").arg(lineId));
    auto quote = QuoteRecords::quote(session, line->text(kQuoteId));
    if (!quote)
        return quote.error();
    if (auto r = requireDraft(*quote); !r)
        return r;
    return session.records().remove(kLine, line->id);
}

Result<void> Quotes::update(Session& session, const QString& quoteId, QVariantMap values)
{
    auto quote = QuoteRecords::quote(session, quoteId);
    if (!quote)
        return quote.error();
    QVariantMap fields = values;
    const QString to = fields.take(kStatus).toString().trimmed();
    fields.remove(QStringLiteral("sent_at"));
    if (!fields.isEmpty()) {
        if (auto r = requireDraft(*quote); !r)
            return r;
    }
    if (fields.contains(kApprovedBy))
        return refusal(Text::tr("A quote is approved with “approve”, by a manager."), kApprovedBy);
    if (fields.contains(kCurrency)
        && fields.value(kCurrency).toString().compare(
            quote->text(kCurrency), Qt::CaseInsensitive)) {
        auto lines = Quotes::lines(session, quote->id);
        if (!lines)
            return lines.error();
        if (!lines->isEmpty())
            return refusal(
                Text::tr("The currency of a quote with lines cannot change: its prices are in %1.")
                    .arg(quote->text(kCurrency)),
                kCurrency);
    }
    Transaction tx(session.database());
    if (!fields.isEmpty()) {
        if (auto r = session.records().update(kQuote, quote->id, fields); !r)
            return r;
        if (auto r = checkFigures(session, quote->id); !r)
            return r;
        if (auto r = reviewApproval(session, quote->id, fields.contains(kDiscount)); !r)
            return r;
    }
    if (!to.isEmpty()) {
        auto current = QuoteRecords::quote(session, quote->id);
        if (!current)
            return current.error();
        QVariantMap change { { kStatus, to } };
        if (auto r = changeStatus(session, *current, to, change); !r)
            return r;
        if (auto r = session.records().update(kQuote, quote->id, change); !r)
            return r;
        if (to == QLatin1String("accepted") && statusOf(*current) != to) {
            if (auto r = takeAmountToDeal(session, quote->id); !r)
                return r;
        }
    }
    return tx.commit();
}

Result<void> Quotes::remove(Session& session, const QString& quoteId)
{
    auto quote = QuoteRecords::quote(session, quoteId);
    if (!quote)
        return quote.error();
    auto lines = Quotes::lines(session, quote->id);
    if (!lines)
        return lines.error();
    Transaction tx(session.database());
    for (const Record& line : *lines) {
        if (auto r = session.records().remove(kLine, line.id); !r)
            return r;
    }
    if (auto r = session.records().remove(kQuote, quote->id); !r)
        return r;
    return tx.commit();
}

Result<QString> Quotes::newVersion(Session& session, const QString& quoteId)
{
    auto quote = QuoteRecords::quote(session, quoteId);
    if (!quote)
        return quote.error();
    auto lines = Quotes::lines(session, quote->id);
    if (!lines)
        return lines.error();
    Transaction tx(session.database());
    auto highest
        = QuoteQueries::highestVersion(session.database(), quote->text(QStringLiteral("number")));
    if (!highest)
        return highest.error();
    QVariantMap copy = EntitySchema::copyableValues(quote->fields);
    copy.insert(QStringLiteral("version"), *highest + 1);
    copy.insert(kStatus, QStringLiteral("draft"));
    copy.remove(QStringLiteral("sent_at"));
    copy.remove(kApprovedBy);
    auto id = session.records().create(kQuote, copy);
    if (!id)
        return id.error();
    for (const Record& line : *lines) {
        QVariantMap l = EntitySchema::copyableValues(line.fields);
        l.insert(kQuoteId, *id);
        if (auto r = session.records().create(kLine, l); !r)
            return r.error();
    }
    // The brochures and price sheets that went with the offer go with its next version.
    if (auto r = Materials::carryOver(session, quote->id, *id); !r)
        return r.error();
    if (auto r = reviewApproval(session, *id, false); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return id;
}

Result<bool> Quotes::needsApproval(Session& session, const QString& quoteId)
{
    auto quote = QuoteRecords::quote(session, quoteId);
    if (!quote)
        return quote.error();
    auto threshold = approvalThreshold(session);
    if (!threshold)
        return threshold.error();
    auto largest = largestDiscount(session, *quote);
    if (!largest)
        return largest.error();
    if (*threshold >= 0 && *largest > *threshold)
        return true;
    if (*largest <= 0)
        return false;
    for (const ChecklistItem& item :
        Playbooks::checklist(session, quote->text(QStringLiteral("deal_id")))) {
        if (item.discountApproval && item.applies)
            return true;
    }
    return false;
}

Result<void> Quotes::checkCanSend(Session& session, const QString& quoteId)
{
    auto quote = QuoteRecords::quote(session, quoteId);
    if (!quote)
        return quote.error();
    if (statusOf(*quote) != QLatin1String("draft"))
        return refusal(Text::tr("Quote %1 has already been sent.").arg(nameOf(*quote)), kStatus);
    auto needed = needsApproval(session, quote->id);
    if (!needed)
        return needed.error();
    if (*needed && quote->text(kApprovedBy).isEmpty())
        return refusal(
            Text::tr("Quote %1 has a discount above what needs a manager's approval; it can "
                     "be sent once it is approved.")
                .arg(nameOf(*quote)),
            kStatus);
    return {};
}

Result<void> Quotes::approve(Session& session, const QString& quoteId)
{
    auto quote = QuoteRecords::quote(session, quoteId);
    if (!quote)
        return quote.error();
    const auto me = session.records().get(QStringLiteral("user"), session.currentUserId());
    const QString role = me ? me->text(QStringLiteral("role")) : QString();
    if (role != QLatin1String("manager") && role != QLatin1String("admin"))
        return refusal(Text::tr("Only a manager can approve a quote's discount."), kApprovedBy);
    if (auto r = requireDraft(*quote); !r)
        return r;
    Transaction tx(session.database());
    if (auto r = session.records().update(kQuote, quote->id, { { kApprovedBy, me->id } }); !r)
        return r;
    // The playbook's approval step is the same decision: ticked with it.
    const QString dealId = quote->text(QStringLiteral("deal_id"));
    for (const ChecklistItem& item : Playbooks::checklist(session, dealId)) {
        if (item.discountApproval && item.applies && !item.done) {
            if (auto r = Playbooks::setDone(session, dealId, item.actionId, true); !r)
                return r;
        }
    }
    return tx.commit();
}

Result<void> Quotes::approveWaiting(Session& session, const QString& dealId)
{
    ListQuery q;
    q.where << qMakePair(QStringLiteral("deal_id"), QVariant(dealId))
            << qMakePair(kStatus, QVariant(QStringLiteral("draft")));
    auto drafts = session.records().list(kQuote, q);
    if (!drafts)
        return drafts.error();
    Transaction tx(session.database());
    for (const Record& quote : *drafts) {
        if (!quote.text(kApprovedBy).isEmpty())
            continue;
        auto needed = needsApproval(session, quote.id);
        if (!needed)
            return needed.error();
        if (*needed) {
            if (auto r = approve(session, quote.id); !r)
                return r;
        }
    }
    return tx.commit();
}

} // namespace tandem
