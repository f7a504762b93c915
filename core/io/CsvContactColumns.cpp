#include "io/CsvContactColumns.h"

#include "io/CsvMapping.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace tandem::CsvContactColumns {

namespace {

// Labels that name a contact field reuse that field's label, so a file Tandem exported matches
// back by its header.
const QList<Target> kTargets {
    { "first_name", QT_TRANSLATE_NOOP("Field", "First name"), false },
    { "middle_name", QT_TRANSLATE_NOOP("Field", "Middle name"), false },
    { "last_name", QT_TRANSLATE_NOOP("Field", "Last name"), false },
    { "prefix", QT_TRANSLATE_NOOP("Field", "Name prefix"), false },
    { "suffix", QT_TRANSLATE_NOOP("Field", "Name suffix"), false },
    { "full_name", QT_TRANSLATE_NOOP("Field", "Full name"), false },
    { "company", QT_TRANSLATE_NOOP("Field", "Company"), false },
    { "department", QT_TRANSLATE_NOOP("Field", "Department"), false },
    { "title", QT_TRANSLATE_NOOP("Field", "Job title"), false },
    { "email", QT_TRANSLATE_NOOP("Field", "E-mail"), true },
    { "email_work", QT_TRANSLATE_NOOP("Field", "Work e-mail"), true },
    { "email_home", QT_TRANSLATE_NOOP("Field", "Home e-mail"), true },
    { "email_other", QT_TRANSLATE_NOOP("Field", "Other e-mail"), true },
    { "phone", QT_TRANSLATE_NOOP("Field", "Phone"), true },
    { "phone_work", QT_TRANSLATE_NOOP("Field", "Work phone"), true },
    { "mobile", QT_TRANSLATE_NOOP("Field", "Mobile"), true },
    { "phone_home", QT_TRANSLATE_NOOP("Field", "Home phone"), true },
    { "phone_other", QT_TRANSLATE_NOOP("Field", "Other phone"), true },
    { "fax", QT_TRANSLATE_NOOP("Field", "Fax"), true },
    { "home_fax", QT_TRANSLATE_NOOP("Field", "Home fax"), true },
    { "street", QT_TRANSLATE_NOOP("Field", "Street"), true },
    { "city", QT_TRANSLATE_NOOP("Field", "City"), false },
    { "region", QT_TRANSLATE_NOOP("Field", "Region"), false },
    { "postcode", QT_TRANSLATE_NOOP("Field", "Postcode"), false },
    { "country", QT_TRANSLATE_NOOP("Field", "Country"), false },
    { "home_street", QT_TRANSLATE_NOOP("Field", "Home street"), true },
    { "home_city", QT_TRANSLATE_NOOP("Field", "Home city"), false },
    { "home_region", QT_TRANSLATE_NOOP("Field", "Home region"), false },
    { "home_postcode", QT_TRANSLATE_NOOP("Field", "Home postcode"), false },
    { "home_country", QT_TRANSLATE_NOOP("Field", "Home country"), false },
    { "website", QT_TRANSLATE_NOOP("Field", "Website"), true },
    { "birthday", QT_TRANSLATE_NOOP("Field", "Birthday"), false },
    { "notes", QT_TRANSLATE_NOOP("Field", "Notes"), false },
    { "tags", QT_TRANSLATE_NOOP("Field", "Tags"), true },
    { "language", QT_TRANSLATE_NOOP("Field", "Language"), false },
    { "owner_id", QT_TRANSLATE_NOOP("Field", "Owner"), false },
    { "status", QT_TRANSLATE_NOOP("Field", "Status"), false },
    { "consent_email", QT_TRANSLATE_NOOP("Field", "E-mail consent"), false },
    { "consent_phone", QT_TRANSLATE_NOOP("Field", "Phone consent"), false },
    { "consent_post", QT_TRANSLATE_NOOP("Field", "Postal consent"), false },
    { "next_contact_date", QT_TRANSLATE_NOOP("Field", "Next contact"), false },
    { "decision_maker", QT_TRANSLATE_NOOP("Field", "Decision maker"), false },
};

// Headers of Outlook's export, Google's exports (old: Given Name …; new: First Name …) and common
// spreadsheets. Google's numbered columns are read by numberedColumn().
const QList<QPair<const char*, const char*>> kKnownHeaders {
    // Outlook ("Title" is the name prefix there; CsvMapping tells it from a job title)
    { "First Name", "first_name" },
    { "Middle Name", "middle_name" },
    { "Last Name", "last_name" },
    { "Suffix", "suffix" },
    { "Company", "company" },
    { "Department", "department" },
    { "Job Title", "title" },
    { "Business Street", "street" },
    { "Business Street 2", "street" },
    { "Business Street 3", "street" },
    { "Business City", "city" },
    { "Business State", "region" },
    { "Business Postal Code", "postcode" },
    { "Business Country/Region", "country" },
    { "Home Street", "home_street" },
    { "Home Street 2", "home_street" },
    { "Home Street 3", "home_street" },
    { "Home City", "home_city" },
    { "Home State", "home_region" },
    { "Home Postal Code", "home_postcode" },
    { "Home Country/Region", "home_country" },
    { "Business Phone", "phone_work" },
    { "Business Phone 2", "phone_work" },
    { "Company Main Phone", "phone_work" },
    { "Home Phone", "phone_home" },
    { "Home Phone 2", "phone_home" },
    { "Mobile Phone", "mobile" },
    { "Other Phone", "phone_other" },
    { "Primary Phone", "phone" },
    { "Business Fax", "fax" },
    { "Home Fax", "home_fax" },
    { "E-mail Address", "email" },
    { "E-mail 2 Address", "email" },
    { "E-mail 3 Address", "email" },
    { "Web Page", "website" },
    { "Birthday", "birthday" },
    { "Notes", "notes" },
    { "Categories", "tags" },
    { "Language", "language" },
    // Google, old export
    { "Name", "full_name" },
    { "Given Name", "first_name" },
    { "Additional Name", "middle_name" },
    { "Family Name", "last_name" },
    { "Name Prefix", "prefix" },
    { "Name Suffix", "suffix" },
    { "Group Membership", "tags" },
    // Google, new export
    { "Organization Name", "company" },
    { "Organization Title", "title" },
    { "Organization Department", "department" },
    { "Labels", "tags" },
    // common spellings
    { "Surname", "last_name" },
    { "Firstname", "first_name" },
    { "Lastname", "last_name" },
    { "Email", "email" },
    { "Email Address", "email" },
    { "Mail", "email" },
    { "Work Email", "email_work" },
    { "Home Email", "email_home" },
    { "Telephone", "phone" },
    { "Tel", "phone" },
    { "Phone Number", "phone" },
    { "Work Phone", "phone_work" },
    { "Cell", "mobile" },
    { "Cell Phone", "mobile" },
    { "Mobile Number", "mobile" },
    { "Organization", "company" },
    { "Organisation", "company" },
    { "Company Name", "company" },
    { "Position", "title" },
    { "Address", "street" },
    { "Street Address", "street" },
    { "Zip", "postcode" },
    { "Zip Code", "postcode" },
    { "Postal Code", "postcode" },
    { "Post Code", "postcode" },
    { "State", "region" },
    { "Province", "region" },
    { "Web", "website" },
    { "URL", "website" },
    { "Homepage", "website" },
    { "Date of Birth", "birthday" },
    { "DOB", "birthday" },
    { "Note", "notes" },
    { "Comments", "notes" },
    { "Groups", "tags" },
    { "Owner", "owner_id" },
};

const QHash<QString, QString> kNames {
    { QStringLiteral("owner"), QStringLiteral("owner_id") },
    { QStringLiteral("categories"), QStringLiteral("tags") },
    { QStringLiteral("organisation"), QStringLiteral("company") },
    { QStringLiteral("organization"), QStringLiteral("company") },
    { QStringLiteral("company_id"), QStringLiteral("company") },
    { QStringLiteral("note"), QStringLiteral("notes") },
    { QStringLiteral("formatted_name"), QStringLiteral("full_name") },
};

const QRegularExpression& numberedHeader()
{
    static const QRegularExpression re(
        QStringLiteral(
            "^\\s*(E-?mail|Phone|Website|Address|Organization)\\s+(\\d+)\\s*-\\s*(.+?)\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression& numberedTarget()
{
    static const QRegularExpression re(QStringLiteral(
        "^(?:(email|phone|website):(\\d+):(type|value)"
        "|(address):(\\d+):(type|street|city|region|postcode|country|po_box|extended))$"));
    return re;
}

} // namespace

const QList<Target>& targets()
{
    return kTargets;
}

const Target* find(const QString& name)
{
    for (const Target& t : kTargets) {
        if (name == QLatin1String(t.name))
            return &t;
    }
    return nullptr;
}

QString knownHeader(const QString& key)
{
    static const QHash<QString, QString> byKey = [] {
        QHash<QString, QString> h;
        for (const auto& [header, target] : kKnownHeaders)
            h.insert(CsvMapping::matchKey(QString::fromUtf8(header)), QString::fromLatin1(target));
        return h;
    }();
    return byKey.value(key);
}

QString numberedColumn(const QString& header)
{
    const auto m = numberedHeader().match(header);
    if (!m.hasMatch())
        return QString();
    const QString kind = CsvMapping::matchKey(m.captured(1));
    const QString n = m.captured(2);
    const QString part = CsvMapping::matchKey(m.captured(3));
    if (kind == QLatin1String("organization")) {
        if (n != QLatin1String("1"))
            return QString(); // Tandem keeps one company per contact
        if (part == QLatin1String("name"))
            return QStringLiteral("company");
        if (part == QLatin1String("title"))
            return QStringLiteral("title");
        if (part == QLatin1String("department"))
            return QStringLiteral("department");
        return QString();
    }
    QString target;
    // Old exports say "Type", new ones "Label".
    if (part == QLatin1String("type") || part == QLatin1String("label"))
        target = QStringLiteral("type");
    else if (kind != QLatin1String("address") && part == QLatin1String("value"))
        target = QStringLiteral("value");
    else if (kind == QLatin1String("address")) {
        static const QHash<QString, QString> parts {
            { QStringLiteral("street"), QStringLiteral("street") },
            { QStringLiteral("city"), QStringLiteral("city") },
            { QStringLiteral("region"), QStringLiteral("region") },
            { QStringLiteral("postalcode"), QStringLiteral("postcode") },
            { QStringLiteral("country"), QStringLiteral("country") },
            { QStringLiteral("pobox"), QStringLiteral("po_box") },
            { QStringLiteral("extendedaddress"), QStringLiteral("extended") },
        };
        target = parts.value(part); // "Formatted" repeats the parts: not imported
    }
    if (target.isEmpty())
        return QString();
    return QStringLiteral("%1:%2:%3").arg(kind, n, target);
}

bool isNumberedTarget(const QString& target)
{
    return numberedTarget().match(target).hasMatch();
}

QString numberedLabel(const QString& target)
{
    const QStringList parts = target.split(QLatin1Char(':'));
    if (parts.size() != 3)
        return target;
    static const QHash<QString, const char*> kinds {
        { QStringLiteral("email"), QT_TRANSLATE_NOOP("CsvMapping", "E-mail %1") },
        { QStringLiteral("phone"), QT_TRANSLATE_NOOP("CsvMapping", "Phone %1") },
        { QStringLiteral("website"), QT_TRANSLATE_NOOP("CsvMapping", "Website %1") },
        { QStringLiteral("address"), QT_TRANSLATE_NOOP("CsvMapping", "Address %1") },
    };
    static const QHash<QString, const char*> partLabels {
        { QStringLiteral("type"), QT_TRANSLATE_NOOP("CsvMapping", "type") },
        { QStringLiteral("value"), QT_TRANSLATE_NOOP("CsvMapping", "value") },
        { QStringLiteral("street"), QT_TRANSLATE_NOOP("CsvMapping", "street") },
        { QStringLiteral("city"), QT_TRANSLATE_NOOP("CsvMapping", "city") },
        { QStringLiteral("region"), QT_TRANSLATE_NOOP("CsvMapping", "region") },
        { QStringLiteral("postcode"), QT_TRANSLATE_NOOP("CsvMapping", "postcode") },
        { QStringLiteral("country"), QT_TRANSLATE_NOOP("CsvMapping", "country") },
        { QStringLiteral("po_box"), QT_TRANSLATE_NOOP("CsvMapping", "PO box") },
        { QStringLiteral("extended"), QT_TRANSLATE_NOOP("CsvMapping", "extended address") },
    };
    const QString kind = QCoreApplication::translate("CsvMapping", kinds.value(parts.at(0), "%1"))
                             .arg(parts.at(1));
    return QCoreApplication::translate("CsvMapping", "%1 (%2)")
        .arg(kind, QCoreApplication::translate("CsvMapping", partLabels.value(parts.at(2), "")));
}

QString canonicalName(const QString& name)
{
    const QString n = name.trimmed();
    if (find(n) || isNumberedTarget(n))
        return n;
    const QString mapped = kNames.value(n.toLower());
    return mapped;
}

} // namespace tandem::CsvContactColumns
