// What a template's merge fields read: the team's letterhead, the recipient (contact, company),
// the deal, a quote with its lines and totals, and the salesperson, written as a reader of the
// document's language expects (dates, numbers, the greeting).
#pragma once

#include "documents/DocumentPrinter.h"
#include "domain/Record.h"
#include "util/Result.h"

#include <QDate>
#include <QLocale>
#include <QVariantMap>

namespace tandem {

class Session;

namespace MergeContext {
// One of the six document languages (en, lt, pl, uk, ro, ru); anything else is English.
QString documentLanguage(const QString& language);
QLocale locale(const QString& language);
// "2026-06-15" in Lithuanian, "15.06.2026" in Polish, Ukrainian, Romanian and Russian,
// "15 June 2026" in English.
QString date(const QDate& day, const QString& language);
// The formal greeting of a letter in that language, for the named person or, with no name, for
// whom it may concern ("Gerb. Ona Petraitienė", "Dear Sir or Madam"; the template adds the
// punctuation). Document text, not the window's: it follows the document's language, so it is a
// table here rather than tr().
QString salutation(const QString& fullName, const QString& language);

// The team's letterhead (see Letterheads::team in documents/Letterhead.h): the company's name,
// its details or setting letterhead, and its logo.
DocumentPrinter::Letterhead letterhead(Session& session, const QString& templateFolder);
// org, today, language, contact, company and salesperson (the contact's owner, else me) for a
// letter to a contact; `body` is the letter's text as HTML.
Result<QVariantMap> forContact(Session& session, const QString& contactId, const QString& language,
    const QString& bodyHtml = {});
// Everything a quote's document uses: the above for the deal's contact and company, deal, quote,
// lines and totals; the salesperson is the deal's owner.
Result<QVariantMap> forQuote(Session& session, const QString& quoteId);
} // namespace MergeContext

} // namespace tandem
