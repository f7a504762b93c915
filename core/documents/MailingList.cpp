#include "documents/MailingList.h"

#include "domain/EntitySchema.h"
#include "io/CsvWriter.h"
#include "io/RecordCsvExport.h"
#include "services/Segments.h"
#include "store/Session.h"

#include <QCoreApplication>
#include <QHash>
#include <algorithm>

namespace tandem {

namespace {

const QString kContact = QStringLiteral("contact");

// The segment's record, or an Error that says why there is none to mail to.
Result<Record> contactSegment(Session& session, const QString& idOrName)
{
    if (auto found = Segments::find(session, kContact, idOrName))
        return *found;
    auto all = session.records().list(QStringLiteral("segment"));
    if (all) {
        for (const Record& s : *all) {
            if (s.id != idOrName.trimmed().toLower()
                && s.text(QStringLiteral("name")).compare(idOrName.trimmed(), Qt::CaseInsensitive)
                    != 0)
                continue;
            const EntityDef* def = EntitySchema::find(s.text(QStringLiteral("entity")));
            const QString kind = def ? QCoreApplication::translate("Entity", def->plural)
                                     : s.text(QStringLiteral("entity"));
            return makeError(
                QCoreApplication::translate("Mailing",
                    "segment “%1” lists %2, not contacts: a mailing needs a segment of contacts")
                    .arg(s.text(QStringLiteral("name")), kind.toLower()),
                QStringLiteral("segment"));
        }
    }
    return makeError(QCoreApplication::translate("Mailing", "there is no contact segment “%1”")
                         .arg(idOrName.trimmed()),
        QStringLiteral("segment"));
}

} // namespace

QString teamCountry(Session& session)
{
    for (const char* key : { "company_country", "holiday_country" }) {
        const QString setting = session.setting(QString::fromLatin1(key));
        if (!setting.trimmed().isEmpty())
            return setting;
    }
    return QLocale::territoryToCode(QLocale::system().territory());
}

Result<MailingList> mailingList(
    Session& session, const QString& segmentIdOrName, const QString& senderCountry)
{
    auto segment = contactSegment(session, segmentIdOrName);
    if (!segment)
        return segment.error();
    auto query = Segments::query(*segment);
    if (!query)
        return query.error();
    auto contacts = session.records().list(kContact, *query);
    if (!contacts)
        return contacts.error();
    const QString sender = PostalAddresses::countryCode(
        senderCountry.trimmed().isEmpty() ? teamCountry(session) : senderCountry);

    MailingList list;
    QHash<QString, std::optional<Record>> companies;
    for (const Record& contact : *contacts) {
        if (!contact.value(QStringLiteral("consent_post")).toBool()) {
            ++list.withoutConsent;
            continue;
        }
        const QString companyId = contact.text(QStringLiteral("company_id"));
        if (!companyId.isEmpty() && !companies.contains(companyId))
            companies.insert(
                companyId, session.records().get(QStringLiteral("company"), companyId));
        const std::optional<Record> company = companies.value(companyId);

        Recipient r;
        r.contactId = contact.id;
        r.name = session.records().label(contact);
        r.companyName = company ? company->text(QStringLiteral("name")) : QString();
        r.language = contact.text(QStringLiteral("language"));
        r.address = postalAddress(contact, company, sender);
        if (!r.address.complete) {
            ++list.withoutAddress;
            list.withoutAddressNames << r.name;
            continue;
        }
        list.recipients << r;
    }
    std::sort(list.withoutAddressNames.begin(), list.withoutAddressNames.end(),
        [](const QString& a, const QString& b) { return a.localeAwareCompare(b) < 0; });
    std::stable_sort(list.recipients.begin(), list.recipients.end(),
        [&sender](const Recipient& a, const Recipient& b) {
            const bool homeA = a.address.country == sender;
            const bool homeB = b.address.country == sender;
            if (homeA != homeB)
                return homeA;
            if (a.address.country != b.address.country)
                return a.address.country < b.address.country;
            if (a.address.postcode != b.address.postcode)
                return a.address.postcode < b.address.postcode;
            return a.name.localeAwareCompare(b.name) < 0;
        });
    return list;
}

QStringList addressBlock(const Recipient& recipient)
{
    QStringList lines { recipient.name };
    if (!recipient.companyName.isEmpty())
        lines << recipient.companyName;
    return lines + recipient.address.lines;
}

QByteArray MailingCsv::write(const MailingList& list, const QLocale& locale)
{
    const QStringList header { QCoreApplication::translate("Mailing", "Name"),
        QCoreApplication::translate("Mailing", "Company"),
        QCoreApplication::translate("Mailing", "Address line 1"),
        QCoreApplication::translate("Mailing", "Address line 2"),
        QCoreApplication::translate("Mailing", "Postcode"),
        QCoreApplication::translate("Mailing", "City"),
        QCoreApplication::translate("Mailing", "Country"),
        QCoreApplication::translate("Mailing", "Language") };
    QList<QStringList> rows;
    for (const Recipient& r : list.recipients) {
        const PostalAddress& a = r.address;
        QStringList second = a.street.mid(1);
        if (!a.region.isEmpty())
            second << a.region;
        rows << QStringList { r.name, r.companyName, a.street.value(0),
            second.join(QLatin1String(", ")), a.postcode, a.city, a.countryName, r.language };
    }
    CsvWriteOptions options;
    options.delimiter = CsvWriter::delimiterFor(locale);
    return CsvWriter::write(header, rows, options);
}

Result<void> writeCsv(const MailingList& list, const QString& path, const QLocale& locale)
{
    return RecordCsvExport::writeFile(path, MailingCsv::write(list, locale));
}

} // namespace tandem
