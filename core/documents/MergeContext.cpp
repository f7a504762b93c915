#include "documents/MergeContext.h"

#include "documents/Letterhead.h"
#include "documents/MailingList.h"
#include "documents/PostalAddress.h"
#include "domain/FieldFormat.h"
#include "services/Quotes.h"
#include "store/Session.h"
#include "util/Clock.h"

#include <QCoreApplication>

namespace tandem {

namespace {

QString str(const char* text)
{
    return QString::fromUtf8(text);
}

QString fullName(const Record& contact)
{
    return QStringList { contact.text(QStringLiteral("first_name")).trimmed(),
        contact.text(QStringLiteral("last_name")).trimmed() }
        .join(QLatin1Char(' '))
        .trimmed();
}

QString addressHtml(const PostalAddress& address)
{
    QStringList lines;
    for (const QString& line : address.lines)
        lines << line.toHtmlEscaped();
    return lines.join(QStringLiteral("<br>"));
}

QString senderCountry(Session& session)
{
    return teamCountry(session);
}

QVariantMap userFields(Session& session, const QString& userId)
{
    const auto user = session.records().get(QStringLiteral("user"), userId);
    if (!user)
        return {};
    return { { QStringLiteral("name"), user->text(QStringLiteral("name")) },
        { QStringLiteral("email"), user->text(QStringLiteral("email")) },
        { QStringLiteral("phone"), user->text(QStringLiteral("phone")) } };
}

QVariantMap companyFields(Session& session, const std::optional<Record>& company)
{
    if (!company)
        return {};
    const PostalAddress address = postalAddress(*company, std::nullopt, senderCountry(session));
    return { { QStringLiteral("name"), company->text(QStringLiteral("name")) },
        { QStringLiteral("legal_name"), company->text(QStringLiteral("legal_name")) },
        { QStringLiteral("code"), company->text(QStringLiteral("reg_code")) },
        { QStringLiteral("vat_code"), company->text(QStringLiteral("vat_code")) },
        { QStringLiteral("address_html"), addressHtml(address) } };
}

QVariantMap contactFields(Session& session, const Record& contact,
    const std::optional<Record>& company, const QString& language)
{
    const QString name = fullName(contact);
    const PostalAddress address = postalAddress(contact, company, senderCountry(session));
    return { { QStringLiteral("salutation"), MergeContext::salutation(name, language) },
        { QStringLiteral("full_name"), name },
        { QStringLiteral("first_name"), contact.text(QStringLiteral("first_name")) },
        { QStringLiteral("last_name"), contact.text(QStringLiteral("last_name")) },
        { QStringLiteral("title"), contact.text(QStringLiteral("title")) },
        { QStringLiteral("email"), contact.text(QStringLiteral("email")) },
        { QStringLiteral("phone"), contact.text(QStringLiteral("phone")) },
        { QStringLiteral("address_html"), addressHtml(address) } };
}

QVariantMap common(Session& session, const QString& language)
{
    // The letterhead's text only: the logo is the printer's, not a merge field.
    QVariantList lines;
    for (const QString& line : Letterheads::lines(session))
        lines << QVariantMap { { QStringLiteral("text"), line } };
    return { { QStringLiteral("org"),
                 QVariantMap {
                     { QStringLiteral("name"), session.setting(QStringLiteral("company_name")) },
                     { QStringLiteral("lines"), lines } } },
        { QStringLiteral("today"), MergeContext::date(session.clock().nowUtc().date(), language) },
        { QStringLiteral("language"), language } };
}

QString percent(qint64 hundredths, const QLocale& locale)
{
    return formatScaled(hundredths, 2, locale, false) + QStringLiteral(" %");
}

} // namespace

QString MergeContext::documentLanguage(const QString& language)
{
    const QString l = language.trimmed().toLower().left(2);
    static const QStringList known { QStringLiteral("en"), QStringLiteral("lt"),
        QStringLiteral("pl"), QStringLiteral("uk"), QStringLiteral("ro"), QStringLiteral("ru") };
    return known.contains(l) ? l : QStringLiteral("en");
}

QLocale MergeContext::locale(const QString& language)
{
    const QString l = documentLanguage(language);
    return l == QLatin1String("en") ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                                    : QLocale(l);
}

QString MergeContext::date(const QDate& day, const QString& language)
{
    const QString l = documentLanguage(language);
    if (l == QLatin1String("lt"))
        return day.toString(Qt::ISODate);
    if (l == QLatin1String("en"))
        return locale(l).toString(day, QStringLiteral("d MMMM yyyy"));
    return day.toString(QStringLiteral("dd.MM.yyyy"));
}

QString MergeContext::salutation(const QString& name, const QString& language)
{
    const QString l = documentLanguage(language);
    const bool named = !name.trimmed().isEmpty();
    if (l == QLatin1String("lt"))
        return named ? str("Gerb. %1").arg(name) : str("Laba diena");
    if (l == QLatin1String("pl"))
        return str("Szanowna Pani / Szanowny Panie");
    if (l == QLatin1String("uk"))
        return named ? str("Шановний(-а) %1").arg(name) : str("Шановні пані та панове");
    if (l == QLatin1String("ro"))
        return named ? str("Stimată doamnă / Stimate domn %1").arg(name)
                     : str("Stimate doamne și domni");
    if (l == QLatin1String("ru"))
        return named ? str("Уважаемый(-ая) %1").arg(name) : str("Уважаемые дамы и господа");
    return named ? str("Dear %1").arg(name) : str("Dear Sir or Madam");
}

DocumentPrinter::Letterhead MergeContext::letterhead(
    Session& session, const QString& templateFolder)
{
    return Letterheads::team(session, templateFolder);
}

Result<QVariantMap> MergeContext::forContact(
    Session& session, const QString& contactId, const QString& language, const QString& bodyHtml)
{
    const RecordStore& rs = session.records();
    const auto contact = rs.get(QStringLiteral("contact"), contactId.trimmed().toLower());
    if (!contact)
        return Error { QCoreApplication::translate("Documents", "There is no contact with id %1.")
                           .arg(contactId),
            {}, 0, {} };
    const QString l = documentLanguage(
        language.isEmpty() ? contact->text(QStringLiteral("language")) : language);
    const auto company
        = rs.get(QStringLiteral("company"), contact->text(QStringLiteral("company_id")));
    QVariantMap context = common(session, l);
    context.insert(QStringLiteral("contact"), contactFields(session, *contact, company, l));
    context.insert(QStringLiteral("company"), companyFields(session, company));
    QString owner = contact->text(QStringLiteral("owner_id"));
    if (owner.isEmpty() && company)
        owner = company->text(QStringLiteral("owner_id"));
    if (owner.isEmpty())
        owner = session.currentUserId();
    context.insert(QStringLiteral("salesperson"), userFields(session, owner));
    context.insert(QStringLiteral("body"), bodyHtml);
    return context;
}

Result<QVariantMap> MergeContext::forQuote(Session& session, const QString& quoteId)
{
    const RecordStore& rs = session.records();
    const auto quote = rs.get(QStringLiteral("quote"), quoteId.trimmed().toLower());
    if (!quote)
        return Error {
            QCoreApplication::translate("Quotes", "There is no quote with id %1.").arg(quoteId), {},
            0, {}
        };
    auto totals = Quotes::totals(session, quote->id);
    if (!totals)
        return totals.error();
    const QString l = documentLanguage(quote->text(QStringLiteral("language")));
    const QLocale loc = locale(l);
    const QString currency = quote->text(QStringLiteral("currency"));
    const int digits = currencyMinorDigits(currency);
    auto money = [&](qint64 v) { return formatScaled(v, digits, loc); };
    auto moneyWithCode = [&](qint64 v) { return money(v) + QChar(0x00a0) + currency; };

    const auto deal = rs.get(QStringLiteral("deal"), quote->text(QStringLiteral("deal_id")));
    const auto company = deal
        ? rs.get(QStringLiteral("company"), deal->text(QStringLiteral("company_id")))
        : std::nullopt;
    const auto contact = deal
        ? rs.get(QStringLiteral("contact"), deal->text(QStringLiteral("contact_id")))
        : std::nullopt;
    QVariantMap context = common(session, l);
    context.insert(QStringLiteral("company"), companyFields(session, company));
    if (contact)
        context.insert(QStringLiteral("contact"), contactFields(session, *contact, company, l));
    else
        context.insert(QStringLiteral("contact"),
            QVariantMap { { QStringLiteral("salutation"), salutation({}, l) } });
    const QString owner = deal ? deal->text(QStringLiteral("owner_id")) : session.currentUserId();
    context.insert(QStringLiteral("salesperson"), userFields(session, owner));
    if (deal)
        context.insert(QStringLiteral("deal"),
            QVariantMap { { QStringLiteral("title"), deal->text(QStringLiteral("title")) },
                { QStringLiteral("amount"),
                    deal->text(QStringLiteral("amount")).isEmpty()
                        ? QString()
                        : formatScaled(deal->value(QStringLiteral("amount")).toLongLong(),
                              currencyMinorDigits(rs.currencyOf(*deal)), loc)
                            + QChar(0x00a0) + rs.currencyOf(*deal) } });
    const QDate validUntil
        = QDate::fromString(quote->text(QStringLiteral("valid_until")), Qt::ISODate);
    context.insert(QStringLiteral("quote"),
        QVariantMap { { QStringLiteral("number"), quote->text(QStringLiteral("number")) },
            { QStringLiteral("version"), quote->text(QStringLiteral("version")) },
            { QStringLiteral("valid_until"),
                validUntil.isValid() ? date(validUntil, l) : QString() },
            { QStringLiteral("notes"), quote->text(QStringLiteral("notes")) },
            { QStringLiteral("currency"), currency },
            { QStringLiteral("status"), quote->text(QStringLiteral("status")) } });

    auto lines = Quotes::lines(session, quote->id);
    if (!lines)
        return lines.error();
    QVariantList rows;
    for (qsizetype i = 0; i < lines->size(); ++i) {
        const Record& line = lines->at(i);
        const auto product
            = rs.get(QStringLiteral("product"), line.text(QStringLiteral("product_id")));
        const qint64 discount = line.value(QStringLiteral("discount")).toLongLong();
        rows << QVariantMap { { QStringLiteral("position"), QString::number(i + 1) },
            { QStringLiteral("description"), line.text(QStringLiteral("description")) },
            { QStringLiteral("sku"), product ? product->text(QStringLiteral("sku")) : QString() },
            { QStringLiteral("unit"), product ? product->text(QStringLiteral("unit")) : QString() },
            { QStringLiteral("quantity"),
                formatScaled(line.value(QStringLiteral("quantity")).toLongLong(), 3, loc, false) },
            { QStringLiteral("unit_price"),
                money(line.value(QStringLiteral("unit_price")).toLongLong()) },
            { QStringLiteral("discount"), discount > 0 ? percent(discount, loc) : QString() },
            { QStringLiteral("vat_rate"),
                percent(line.value(QStringLiteral("vat_rate")).toLongLong(), loc) },
            { QStringLiteral("net"), money(totals->lines.at(i).net) } };
    }
    context.insert(QStringLiteral("lines"), rows);

    QVariantList vatRows;
    for (const QuoteVatRow& row : totals->vatRows)
        vatRows << QVariantMap { { QStringLiteral("rate"), percent(row.rate, loc) },
            { QStringLiteral("base"), moneyWithCode(row.base) },
            { QStringLiteral("vat"), moneyWithCode(row.vat) } };
    const qint64 overall = quote->value(QStringLiteral("discount")).toLongLong();
    context.insert(QStringLiteral("totals"),
        QVariantMap { { QStringLiteral("subtotal"), moneyWithCode(totals->subtotal) },
            { QStringLiteral("discount"),
                totals->discount != 0 ? moneyWithCode(totals->discount) : QString() },
            { QStringLiteral("discount_rate"), overall > 0 ? percent(overall, loc) : QString() },
            { QStringLiteral("net"), moneyWithCode(totals->net) },
            { QStringLiteral("vat_rows"), vatRows },
            { QStringLiteral("vat"), moneyWithCode(totals->vat) },
            { QStringLiteral("total"), moneyWithCode(totals->total) } });
    return context;
}

} // namespace tandem
