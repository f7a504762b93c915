// Column mapping for CSV import: Google Contacts and Outlook headers, labels in the user's
// language, mapping files, and the rows of a contacts file as ContactCards.
#include "io/CsvContacts.h"
#include "io/CsvMapping.h"
#include "io/CsvReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QTemporaryDir>
#include <QTranslator>

#include "TestData.h"

#include <catch2/catch.hpp>

using namespace tandem;
using tandem::test::testData;

namespace {

CsvTable readTable(const QString& name, const CsvReadOptions& options = {})
{
    auto r = CsvReader::readFile(testData(QStringLiteral("csv/") + name), options);
    if (!r)
        FAIL(r.error().toString().toStdString());
    return std::move(r).value();
}

CsvTable tableOf(const QString& text)
{
    auto r = CsvReader::read(text.toUtf8(), { QStringLiteral("contacts.csv"), {}, {} });
    if (!r)
        FAIL(r.error().toString().toStdString());
    return std::move(r).value();
}

QString targetOf(const CsvMapping& m, const QString& header)
{
    const qsizetype i = m.header.indexOf(header);
    REQUIRE(i >= 0);
    return m.targets.at(i);
}

CardItem item(const QString& value, const QStringList& types, bool preferred = false)
{
    return CardItem { value, types, preferred };
}

// Lithuanian labels, as the installed translation would give them.
class LithuanianFields : public QTranslator {
public:
    bool isEmpty() const override { return false; }
    QString translate(const char* context, const char* source, const char*, int) const override
    {
        if (qstrcmp(context, "Field") != 0)
            return QString();
        const QString s = QString::fromUtf8(source);
        if (s == QLatin1String("Registration code"))
            return QStringLiteral("Įmonės kodas");
        if (s == QLatin1String("VAT code"))
            return QStringLiteral("PVM mokėtojo kodas");
        if (s == QLatin1String("Name"))
            return QStringLiteral("Pavadinimas");
        if (s == QLatin1String("First name"))
            return QStringLiteral("Vardas");
        if (s == QLatin1String("Last name"))
            return QStringLiteral("Pavardė");
        return QString();
    }
};

} // namespace

TEST_CASE("Google's old export headers are matched, paired types included", "[csv]")
{
    const CsvTable t = readTable(QStringLiteral("google.csv"));
    const CsvMapping m = CsvMapping::autoMatch(QStringLiteral("contact"), t.header);
    CHECK(targetOf(m, QStringLiteral("Name")) == QStringLiteral("full_name"));
    CHECK(targetOf(m, QStringLiteral("Given Name")) == QStringLiteral("first_name"));
    CHECK(targetOf(m, QStringLiteral("Additional Name")) == QStringLiteral("middle_name"));
    CHECK(targetOf(m, QStringLiteral("Family Name")) == QStringLiteral("last_name"));
    CHECK(targetOf(m, QStringLiteral("Name Prefix")) == QStringLiteral("prefix"));
    CHECK(targetOf(m, QStringLiteral("Group Membership")) == QStringLiteral("tags"));
    CHECK(targetOf(m, QStringLiteral("E-mail 1 - Type")) == QStringLiteral("email:1:type"));
    CHECK(targetOf(m, QStringLiteral("E-mail 2 - Value")) == QStringLiteral("email:2:value"));
    CHECK(targetOf(m, QStringLiteral("Phone 1 - Value")) == QStringLiteral("phone:1:value"));
    CHECK(targetOf(m, QStringLiteral("Address 1 - Postal Code"))
        == QStringLiteral("address:1:postcode"));
    CHECK(targetOf(m, QStringLiteral("Organization 1 - Name")) == QStringLiteral("company"));
    CHECK(targetOf(m, QStringLiteral("Organization 1 - Title")) == QStringLiteral("title"));
    CHECK(targetOf(m, QStringLiteral("Website 1 - Value")) == QStringLiteral("website:1:value"));
    CHECK(m.unmatchedHeaders()
        == QStringList { QStringLiteral("Yomi Name"), QStringLiteral("Given Name Yomi"),
            QStringLiteral("Additional Name Yomi"), QStringLiteral("Family Name Yomi"),
            QStringLiteral("Initials"), QStringLiteral("Nickname"), QStringLiteral("Short Name"),
            QStringLiteral("Maiden Name"), QStringLiteral("Gender"), QStringLiteral("Location"),
            QStringLiteral("Billing Information"), QStringLiteral("Directory Server"),
            QStringLiteral("Mileage"), QStringLiteral("Occupation"), QStringLiteral("Hobby"),
            QStringLiteral("Sensitivity"), QStringLiteral("Priority"), QStringLiteral("Subject"),
            QStringLiteral("Photo"), QStringLiteral("Address 1 - Formatted"),
            QStringLiteral("Organization 1 - Type"), QStringLiteral("Organization 1 - Yomi Name"),
            QStringLiteral("Organization 1 - Symbol"), QStringLiteral("Organization 1 - Location"),
            QStringLiteral("Organization 1 - Job Description") });
    CHECK(CsvMapping::targetLabel(QStringLiteral("contact"), QStringLiteral("phone:2:type"))
        == QStringLiteral("Phone 2 (type)"));
}

TEST_CASE(
    "A Google export becomes cards with typed e-mails and phones, without system groups", "[csv]")
{
    const CsvTable t = readTable(QStringLiteral("google.csv"));
    const CardReadResult r
        = CsvContacts::toCards(t, CsvMapping::autoMatch(QStringLiteral("contact"), t.header));
    REQUIRE(r.cards.size() == 2);

    const ContactCard& ruta = r.cards.at(0);
    CHECK(ruta.line == 2);
    CHECK(ruta.formattedName == QStringLiteral("Rūta Petrauskienė"));
    CHECK(ruta.firstName == QStringLiteral("Rūta"));
    CHECK(ruta.lastName == QStringLiteral("Petrauskienė"));
    CHECK(ruta.prefix == QStringLiteral("Dr."));
    CHECK(ruta.organisation == QStringLiteral("Baltic Wood UAB"));
    CHECK(ruta.title == QStringLiteral("Sales manager"));
    CHECK(ruta.department == QStringLiteral("Sales"));
    CHECK(ruta.birthday == QDate(1985, 4, 23));
    CHECK(ruta.note == QStringLiteral("Met at the Vilnius fair"));
    CHECK(ruta.language == QStringLiteral("lt"));
    CHECK(ruta.categories == QStringList { QStringLiteral("Clients"), QStringLiteral("Vilnius") });
    CHECK(ruta.emails
        == QList<CardItem> {
            item(QStringLiteral("ruta@baltic-wood.lt"), { QStringLiteral("work") }, true),
            item(QStringLiteral("ruta.p@gmail.com"), { QStringLiteral("work") }),
            item(QStringLiteral("ruta@namai.lt"), { QStringLiteral("home") }) });
    CHECK(ruta.phones
        == QList<CardItem> { item(QStringLiteral("+370 612 34567"), { QStringLiteral("cell") }),
            item(QStringLiteral("+370 5 212 3456"), { QStringLiteral("work") }) });
    CHECK(ruta.urls
        == QList<CardItem> {
            item(QStringLiteral("https://baltic-wood.lt"), { QStringLiteral("work") }) });
    REQUIRE(ruta.addresses.size() == 1);
    CHECK(ruta.addresses.at(0).types == QStringList { QStringLiteral("work") });
    CHECK(ruta.addresses.at(0).street == QStringLiteral("Gedimino pr. 1"));
    CHECK(ruta.addresses.at(0).city == QStringLiteral("Vilnius"));
    CHECK(ruta.addresses.at(0).postcode == QStringLiteral("01103"));
    CHECK(ruta.addresses.at(0).country == QStringLiteral("Lithuania"));

    const ContactCard& taras = r.cards.at(1);
    CHECK(taras.line == 5);
    CHECK(taras.middleName == QStringLiteral("Григорович"));
    CHECK(taras.organisation == QStringLiteral("ТОВ «Дніпро»"));
    CHECK(taras.categories.isEmpty()); // "* myContacts ::: * starred" are Google's own groups
    CHECK(taras.phones
        == QList<CardItem> { item(QStringLiteral("+380 44 123 4567"),
            { QStringLiteral("work"), QStringLiteral("fax") }) });
    CHECK(taras.emails
        == QList<CardItem> {
            item(QStringLiteral("taras@example.ua"), { QStringLiteral("other") }) });

    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors.at(0).toString()
        == QStringLiteral("google.csv:6: the row has neither a name nor an e-mail address"));
}

TEST_CASE("Google's newer export (First Name, Labels, E-mail 1 - Label) is matched too", "[csv]")
{
    const CsvTable t = readTable(QStringLiteral("google-new.csv"));
    const CsvMapping m = CsvMapping::autoMatch(QStringLiteral("contact"), t.header);
    CHECK(targetOf(m, QStringLiteral("Organization Name")) == QStringLiteral("company"));
    CHECK(targetOf(m, QStringLiteral("Organization Title")) == QStringLiteral("title"));
    CHECK(targetOf(m, QStringLiteral("Labels")) == QStringLiteral("tags"));
    CHECK(targetOf(m, QStringLiteral("E-mail 1 - Label")) == QStringLiteral("email:1:type"));
    CHECK(targetOf(m, QStringLiteral("Phone 2 - Label")) == QStringLiteral("phone:2:type"));
    CHECK(targetOf(m, QStringLiteral("Name Prefix")) == QStringLiteral("prefix"));
    CHECK(m.unmatchedHeaders().contains(QStringLiteral("Phonetic First Name")));
    CHECK(m.unmatchedHeaders().contains(QStringLiteral("File As")));

    const CardReadResult r = CsvContacts::toCards(t, m);
    REQUIRE(r.errors.isEmpty());
    REQUIRE(r.cards.size() == 1);
    const ContactCard& ioana = r.cards.at(0);
    CHECK(ioana.formattedName == QStringLiteral("Ioana Popescu"));
    CHECK(ioana.organisation == QStringLiteral("Carpați Logistic SRL"));
    CHECK(ioana.title == QStringLiteral("Director vânzări"));
    CHECK(ioana.categories == QStringList { QStringLiteral("Parteneri") });
    CHECK(ioana.emails
        == QList<CardItem> {
            item(QStringLiteral("ioana.popescu@carpati.ro"), { QStringLiteral("work") }, true) });
    CHECK(ioana.phones.size() == 2);
    CHECK(ioana.phones.at(0).types == QStringList { QStringLiteral("cell") });
    REQUIRE(ioana.addresses.size() == 1);
    CHECK(ioana.addresses.at(0).street == QStringLiteral("Str. Ștefan cel Mare 5"));
    CHECK(ioana.addresses.at(0).country == QStringLiteral("România"));
}

TEST_CASE(
    "An Outlook export in windows-1250 gives Polish cards; Outlook's Title is the prefix", "[csv]")
{
    const CsvTable t = readTable(QStringLiteral("outlook.csv"));
    CHECK(t.encoding == QStringLiteral("windows-1250"));
    const CsvMapping m = CsvMapping::autoMatch(QStringLiteral("contact"), t.header);
    CHECK(targetOf(m, QStringLiteral("Title")) == QStringLiteral("prefix"));
    CHECK(targetOf(m, QStringLiteral("Job Title")) == QStringLiteral("title"));
    CHECK(targetOf(m, QStringLiteral("Business Street 2")) == QStringLiteral("street"));
    CHECK(targetOf(m, QStringLiteral("Business Country/Region")) == QStringLiteral("country"));
    CHECK(targetOf(m, QStringLiteral("Home Postal Code")) == QStringLiteral("home_postcode"));
    CHECK(targetOf(m, QStringLiteral("Business Fax")) == QStringLiteral("fax"));
    CHECK(targetOf(m, QStringLiteral("Mobile Phone")) == QStringLiteral("mobile"));
    CHECK(targetOf(m, QStringLiteral("E-mail 2 Address")) == QStringLiteral("email"));
    CHECK(targetOf(m, QStringLiteral("Web Page")) == QStringLiteral("website"));
    CHECK(targetOf(m, QStringLiteral("Categories")) == QStringLiteral("tags"));
    for (const char* h :
        { "Other Street", "Other City", "E-mail Type", "E-mail Display Name", "Pager", "Spouse" })
        CHECK(m.unmatchedHeaders().contains(QString::fromLatin1(h)));

    const CardReadResult r
        = CsvContacts::toCards(t, m, LocaleValues(QLocale(QStringLiteral("pl_PL"))));
    REQUIRE(r.cards.size() == 2);
    const ContactCard& m1 = r.cards.at(0);
    CHECK(m1.line == 2);
    CHECK(r.cards.at(1).line == 4); // the note above holds a line break
    CHECK(m1.prefix == QStringLiteral("Pani"));
    CHECK(m1.formattedName == QStringLiteral("Pani Małgorzata Wąsowska-Żółć"));
    CHECK(m1.lastName == QStringLiteral("Wąsowska-Żółć"));
    CHECK(m1.organisation == QStringLiteral("Łódzkie Młyny Sp. z o.o."));
    CHECK(m1.title == QStringLiteral("Kierowniczka"));
    CHECK(m1.birthday == QDate(1980, 3, 15));
    CHECK(m1.categories == QStringList { QStringLiteral("Klienci"), QStringLiteral("VIP") });
    CHECK(m1.note == QStringLiteral("Woli kontakt przed południem.\nNie dzwonić w piątki."));
    // In Outlook's column order: Business Fax, Business Phone, Mobile Phone.
    CHECK(m1.phones
        == QList<CardItem> { item(QStringLiteral("+48 42 123 45 68"),
                                 { QStringLiteral("work"), QStringLiteral("fax") }),
            item(QStringLiteral("+48 42 123 45 67"),
                { QStringLiteral("work"), QStringLiteral("voice") }),
            item(QStringLiteral("+48 601 234 567"), { QStringLiteral("cell") }) });
    REQUIRE(m1.addresses.size() == 1);
    CHECK(m1.addresses.at(0).street == QStringLiteral("ul. Piotrkowska 12, lok. 5"));
    CHECK(m1.addresses.at(0).city == QStringLiteral("Łódź"));
    CHECK(m1.addresses.at(0).region == QStringLiteral("łódzkie"));
    CHECK(m1.addresses.at(0).postcode == QStringLiteral("90-001"));

    const ContactCard& g = r.cards.at(1);
    CHECK(g.birthday.isNull()); // Outlook's "0.0.00"
    CHECK(g.emails.size() == 2);
    REQUIRE(g.addresses.size() == 1);
    CHECK(g.addresses.at(0).types == QStringList { QStringLiteral("home") });
    CHECK(g.addresses.at(0).city == QStringLiteral("Gdańsk"));
    CHECK(g.phones
        == QList<CardItem> { item(
            QStringLiteral("58 555 12 34"), { QStringLiteral("home"), QStringLiteral("voice") }) });

    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors.at(0).toString()
        == QStringLiteral("outlook.csv:5: the row has neither a name nor an e-mail address"));
}

TEST_CASE("Headers match case- and accent-insensitively, also in the user's language", "[csv]")
{
    const QStringList header { QStringLiteral("FIRST NAME"), QStringLiteral("e-mail"),
        QStringLiteral("Title"), QStringLiteral("Next contact"), QStringLiteral("Shoe size"),
        QStringLiteral("City"), QStringLiteral("city") };
    const CsvMapping m = CsvMapping::autoMatch(QStringLiteral("contact"), header);
    CHECK(m.targets
        == QStringList { QStringLiteral("first_name"), QStringLiteral("email"),
            QStringLiteral("title"), QStringLiteral("next_contact_date"), QString(),
            QStringLiteral("city"), QString() });
    CHECK(m.unmatchedHeaders()
        == QStringList { QStringLiteral("Shoe size"), QStringLiteral("city") });

    LithuanianFields lt;
    QCoreApplication::installTranslator(&lt);
    const CsvMapping companies = CsvMapping::autoMatch(QStringLiteral("company"),
        { QStringLiteral("PAVADINIMAS"), QStringLiteral("imones kodas"),
            QStringLiteral("PVM mokėtojo kodas"), QStringLiteral("Owner"),
            QStringLiteral("Parent company"), QStringLiteral("Zip") });
    const CsvMapping people = CsvMapping::autoMatch(
        QStringLiteral("contact"), { QStringLiteral("Vardas"), QStringLiteral("PAVARDE") });
    QCoreApplication::removeTranslator(&lt);
    CHECK(companies.targets
        == QStringList { QStringLiteral("name"), QStringLiteral("reg_code"),
            QStringLiteral("vat_code"), QStringLiteral("owner_id"), QStringLiteral("parent_id"),
            QStringLiteral("postcode") });
    CHECK(people.targets
        == QStringList { QStringLiteral("first_name"), QStringLiteral("last_name") });
}

TEST_CASE(
    "Contact fields without a vCard property are read in the locale into canonical text", "[csv]")
{
    const CsvTable t = tableOf(
        QStringLiteral("Name,E-mail,E-mail consent,Next contact,Status,Owner,Decision maker\n"
                       "Ona Onaitė,ona@x.lt,Yes,6/30/2026,Inactive,Jonas Jonaitis,no\n"
                       "Petras Petraitis,petras@x.lt,maybe,,,,\n"
                       "Jonas Jonaitis,jonas@x.lt,,2026-13-45,,,\n"
                       "Only,two\n"));
    const CsvMapping m = CsvMapping::autoMatch(QStringLiteral("contact"), t.header);
    const CardReadResult r
        = CsvContacts::toCards(t, m, LocaleValues(QLocale(QStringLiteral("en_US"))));
    REQUIRE(r.cards.size() == 1);
    CHECK(r.cards.at(0).firstName == QStringLiteral("Ona"));
    CHECK(r.cards.at(0).lastName == QStringLiteral("Onaitė"));
    CHECK(r.cards.at(0).extra
        == QVariantMap { { QStringLiteral("consent_email"), QStringLiteral("true") },
            { QStringLiteral("next_contact_date"), QStringLiteral("2026-06-30") },
            { QStringLiteral("status"), QStringLiteral("inactive") },
            { QStringLiteral("owner_id"), QStringLiteral("Jonas Jonaitis") },
            { QStringLiteral("decision_maker"), QStringLiteral("false") } });
    REQUIRE(r.errors.size() == 3); // in line order, the reader's ragged row among them
    CHECK(r.errors.at(0).toString()
        == QStringLiteral("contacts.csv:3: E-mail consent: 'maybe' is not Yes or No"));
    CHECK(r.errors.at(1).toString()
        == QStringLiteral(
            "contacts.csv:4: Next contact: '2026-13-45' is not a date (6/15/2026 or YYYY-MM-DD)"));
    CHECK(r.errors.at(2).toString()
        == QStringLiteral("contacts.csv:5: line 5 has 2 fields, the header has 7"));
}

TEST_CASE("Categories drop Google's system groups and split on the usual separators", "[csv]")
{
    CHECK(CsvContacts::categories(QStringLiteral("* myContacts ::: Clients ::: Vilnius"))
        == QStringList { QStringLiteral("Clients"), QStringLiteral("Vilnius") });
    CHECK(CsvContacts::categories(QStringLiteral("Klienci;VIP; klienci"))
        == QStringList { QStringLiteral("Klienci"), QStringLiteral("VIP") });
    CHECK(CsvContacts::categories(QStringLiteral("System Group: My Contacts, Friends"))
        == QStringList { QStringLiteral("Friends") });
}

TEST_CASE(
    "A mapping file sets encoding, delimiter and columns; an unknown field is refused", "[csv]")
{
    auto file
        = CsvMappingFile::read(testData(QStringLiteral("csv/") + QStringLiteral("mapping.json")));
    REQUIRE(file);
    CHECK(file->encoding == QStringLiteral("windows-1257"));
    CHECK(file->delimiter == QLatin1Char(';'));

    const CsvTable t = readTable(
        QStringLiteral("lithuanian-mapped-1257.csv"), { {}, file->encoding, file->delimiter });
    CHECK(t.encoding == QStringLiteral("windows-1257"));
    // Without the file, Lithuanian headers do not match (no translation is installed here).
    CHECK(
        CsvMapping::autoMatch(QStringLiteral("contact"), t.header).unmatchedHeaders().size() == 6);
    auto m = file->apply(QStringLiteral("contact"), t.header);
    REQUIRE(m);
    CHECK(m->targets
        == QStringList { QStringLiteral("last_name"), QStringLiteral("first_name"),
            QStringLiteral("email"), QStringLiteral("company"), QStringLiteral("tags"),
            QString() });
    CHECK(m->unmatchedHeaders() == QStringList { QStringLiteral("Pastabos") });
    const CardReadResult r = CsvContacts::toCards(t, *m);
    REQUIRE(r.cards.size() == 1);
    CHECK(r.cards.at(0).formattedName == QStringLiteral("Šarūnas Žemaitis"));
    CHECK(r.cards.at(0).organisation == QStringLiteral("Ąžuolynė"));
    CHECK(r.cards.at(0).categories == QStringList { QStringLiteral("Klientai") });
    CHECK(r.cards.at(0).note.isEmpty());

    SECTION("a target the entity does not have names the mapping file and the column")
    {
        auto bad = CsvMappingFile::read(
            testData(QStringLiteral("csv/") + QStringLiteral("bad-mapping.json")));
        REQUIRE(bad);
        auto applied = bad->apply(
            QStringLiteral("contact"), { QStringLiteral("Vardas"), QStringLiteral("Shoe size") });
        REQUIRE_FALSE(applied);
        CHECK(applied.error().toString()
            == QStringLiteral("bad-mapping.json: Shoe size: “shoe_size” is not a field a contact "
                              "column can be imported into"));
    }
    SECTION("saved and read back, a mapping gives the same columns")
    {
        QTemporaryDir dir;
        CsvMapping edited = *m;
        edited.targets[5] = QStringLiteral("notes");
        const QString path = dir.filePath(QStringLiteral("saved.json"));
        REQUIRE(CsvMappingFile::fromMapping(edited).write(path));
        auto again = CsvMappingFile::read(path);
        REQUIRE(again);
        auto applied = again->apply(QStringLiteral("contact"), t.header);
        REQUIRE(applied);
        CHECK(applied->targets == edited.targets);
        CHECK(applied->encoding == QStringLiteral("windows-1257"));
        CHECK(applied->delimiter == QLatin1Char(';'));
    }
    SECTION("spellings and other entities")
    {
        CHECK(CsvMapping::canonicalTarget(QStringLiteral("contact"), QStringLiteral("owner"))
            == QStringLiteral("owner_id"));
        CHECK(
            CsvMapping::canonicalTarget(QStringLiteral("contact"), QStringLiteral("phone:3:value"))
            == QStringLiteral("phone:3:value"));
        CHECK(CsvMapping::canonicalTarget(QStringLiteral("company"), QStringLiteral("parent"))
            == QStringLiteral("parent_id"));
        CHECK(
            CsvMapping::canonicalTarget(QStringLiteral("company"), QStringLiteral("merged_into_id"))
                .isEmpty());
        CHECK(CsvMapping::canonicalTarget(QStringLiteral("company"), QStringLiteral("first_name"))
                  .isEmpty());
    }
    SECTION("a broken mapping file")
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broken.json"));
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("{\n  \"columns\": {\n    \"A\": \"first_name\",,\n  }\n}\n");
        f.close();
        auto r = CsvMappingFile::read(path);
        REQUIRE_FALSE(r);
        CHECK(r.error().file == path);
        CHECK(r.error().line == 3);
    }
}
