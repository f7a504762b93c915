// Who a postal mailing to a saved contact segment goes to: contacts with postal consent and a
// complete address, in the order the post sorts, and who was left out; and its CSV for mail tools.
#pragma once

#include "documents/PostalAddress.h"
#include "util/Result.h"

#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace tandem {

class Session;

struct Recipient {
    QString contactId;
    QString name; // "First Last"
    QString companyName;
    QString language; // the contact's language, for choosing the letter's template
    PostalAddress address;
};

struct MailingList {
    // In the segment, postal consent given, address complete; sorted by destination country
    // (the sender's own first), then postcode, then name, as the post likes bulk mail.
    QList<Recipient> recipients;
    int withoutConsent = 0; // left out: no postal consent
    int withoutAddress = 0; // left out: consent but no complete address
    QStringList withoutAddressNames; // so the user can fix them, sorted
};

// The team's own country, where its post is sent from: setting company_country, else the country
// whose public holidays it keeps (holiday_country), else the computer's.
QString teamCountry(Session& session);

// The live contacts of a contact segment (by id or name). The sender's country decides which
// addresses carry a country line; empty: teamCountry(). An unknown segment, or one of another
// record type, is an Error naming it.
Result<MailingList> mailingList(
    Session& session, const QString& segmentIdOrName, const QString& senderCountry = {});

// The lines printed for a recipient: name, company (when any), then the address lines.
QStringList addressBlock(const Recipient& recipient);

namespace MailingCsv {
// Columns Name, Company, Address line 1, Address line 2, Postcode, City, Country, Language; `;`
// where the locale's decimal mark is a comma; UTF-8 with BOM and CRLF like every Tandem CSV.
QByteArray write(const MailingList& list, const QLocale& locale);
} // namespace MailingCsv

// Writes MailingCsv::write to `path` in one go; the Error names the file.
Result<void> writeCsv(const MailingList& list, const QString& path, const QLocale& locale);

} // namespace tandem
