// A mailing to a saved contact segment: who gets it, who is left out and why, and its CSV.
#include "documents/MailingList.h"

#include "TestDatabase.h"
#include "services/Segments.h"

#include <QFile>
#include <catch2/catch.hpp>

using namespace tandem;
using namespace tandem::test;

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

QVariantMap person(const char* first, const char* last, const char* department)
{
    return { { s("first_name"), s(first) }, { s("last_name"), s(last) },
        { s("department"), s(department) } };
}

QVariantMap withAddress(QVariantMap values, const char* street, const char* postcode,
    const char* city, const char* country)
{
    values.insert(s("street"), s(street));
    values.insert(s("postcode"), s(postcode));
    values.insert(s("city"), s(city));
    values.insert(s("country"), s(country));
    return values;
}

QVariantMap consenting(QVariantMap values, bool post = true)
{
    values.insert(s("consent_post"), post);
    values.insert(s("consent_email"), true);
    return values;
}

// Six contacts in the "Autumn letter" segment (department Mail) and one outside it.
struct MailingDatabase {
    std::unique_ptr<TestDatabase> db = TestDatabase::initialised();

    MailingDatabase()
    {
        RecordStore& rs = db->records();
        const QString medis = create(rs, s("company"),
            { { s("name"), s("UAB Medis") }, { s("street"), s("Gedimino pr. 9") },
                { s("postcode"), s("01103") }, { s("city"), s("Vilnius") },
                { s("country"), s("LT") } });
        create(rs, s("contact"),
            consenting(withAddress(
                person("Ona", "Kazlauskienė", "Mail"), "Laisvės al. 10", "44280", "Kaunas", "LT")));
        QVariantMap jonas = consenting(person("Jonas", "Petrauskas", "Mail"));
        jonas.insert(s("company_id"), medis);
        jonas.insert(s("language"), s("lt"));
        create(rs, s("contact"), jonas);
        QVariantMap anna = consenting(
            withAddress(person("Anna", "Nowak", "Mail"), "ul. Długa 5", "80831", "Gdańsk", "PL"));
        anna.insert(s("language"), s("pl"));
        create(rs, s("contact"), anna);
        create(rs, s("contact"),
            consenting(withAddress(person("Petras", "Jonaitis", "Mail"), "Pylimo g. 1", "01118",
                           "Vilnius", "LT"),
                false));
        QVariantMap ruta = consenting(person("Rūta", "Vaitkutė", "Mail"));
        ruta.insert(s("street"), s("Pilies g. 4"));
        ruta.insert(s("city"), s("Vilnius"));
        create(rs, s("contact"), ruta);
        const QString gone = create(rs, s("contact"),
            consenting(withAddress(
                person("Tomas", "Išėjęs", "Mail"), "Vokiečių g. 2", "01130", "Vilnius", "LT")));
        REQUIRE(rs.remove(s("contact"), gone));
        create(rs, s("contact"),
            consenting(withAddress(
                person("Eglė", "Kita", "Sales"), "Totorių g. 3", "01120", "Vilnius", "LT")));

        ListQuery mail;
        mail.where << qMakePair(s("department"), QVariant(s("Mail")));
        REQUIRE(Segments::save(db->session(), s("contact"), s("Autumn letter"), mail));
        ListQuery big;
        big.where << qMakePair(s("city"), QVariant(s("Vilnius")));
        REQUIRE(Segments::save(db->session(), s("company"), s("Big firms"), big));
    }
};

QStringList names(const MailingList& list)
{
    QStringList out;
    for (const Recipient& r : list.recipients)
        out << r.name;
    return out;
}

Recipient recipient(
    const char* name, const char* company, const char* language, const QVariantMap& address)
{
    Record contact;
    contact.entity = s("contact");
    contact.fields = address;
    Recipient r;
    r.name = s(name);
    r.companyName = s(company);
    r.language = s(language);
    r.address = postalAddress(contact, std::nullopt, s("LT"));
    return r;
}

MailingList twoRecipients()
{
    MailingList list;
    list.recipients << recipient("Ona Kazlauskienė", "", "lt",
        { { s("street"), s("Laisvės al. 10") }, { s("postcode"), s("44280") },
            { s("city"), s("Kaunas") } });
    list.recipients << recipient("Anna Nowak", "Nowak; Syn", "pl",
        { { s("street"), s("ul. Długa 5\nlok. 3") }, { s("postcode"), s("80831") },
            { s("city"), s("Gdańsk") }, { s("region"), s("pomorskie") },
            { s("country"), s("PL") } });
    return list;
}

} // namespace

TEST_CASE(
    "A mailing goes to the segment's contacts with postal consent and an address", "[mailing]")
{
    MailingDatabase m;
    Session& session = m.db->session();

    SECTION("counts and names of who is in and who is left out")
    {
        auto list = mailingList(session, s("autumn LETTER"), s("LT"));
        REQUIRE(list.ok());
        // Lithuania first by postcode, then mail abroad; the deleted and the Sales contact are
        // not in it at all.
        CHECK(names(*list) == QStringList { "Jonas Petrauskas", "Ona Kazlauskienė", "Anna Nowak" });
        CHECK(list->withoutConsent == 1);
        CHECK(list->withoutAddress == 1);
        CHECK(list->withoutAddressNames == QStringList { "Rūta Vaitkutė" });

        const Recipient& jonas = list->recipients.at(0);
        CHECK(jonas.companyName == "UAB Medis");
        CHECK(jonas.language == "lt");
        CHECK(jonas.address.lines == QStringList { "Gedimino pr. 9", "LT-01103 Vilnius" });
        CHECK(addressBlock(jonas)
            == QStringList {
                "Jonas Petrauskas", "UAB Medis", "Gedimino pr. 9", "LT-01103 Vilnius" });
        CHECK(list->recipients.at(2).address.lines
            == QStringList { "ul. Długa 5", "80-831 Gdańsk", "POLAND" });
    }

    SECTION("the team's country setting decides what is abroad")
    {
        REQUIRE(session.setSetting(s("company_country"), s("PL")));
        auto list = mailingList(session, s("Autumn letter"));
        REQUIRE(list.ok());
        CHECK(names(*list) == QStringList { "Anna Nowak", "Jonas Petrauskas", "Ona Kazlauskienė" });
        CHECK(
            list->recipients.at(0).address.lines == QStringList { "ul. Długa 5", "80-831 Gdańsk" });
        CHECK(list->recipients.at(2).address.lines
            == QStringList { "Laisvės al. 10", "LT-44280 Kaunas", "LITHUANIA" });
    }

    SECTION("the segment can be named by its id")
    {
        const auto segment = Segments::find(session, s("contact"), s("Autumn letter"));
        REQUIRE(segment);
        auto list = mailingList(session, segment->id, s("LT"));
        REQUIRE(list.ok());
        CHECK(list->recipients.size() == 3);
    }

    SECTION("an unknown segment is an error naming it")
    {
        auto list = mailingList(session, s("Spring letter"), s("LT"));
        REQUIRE_FALSE(list.ok());
        CHECK(list.error().message == "there is no contact segment “Spring letter”");
        CHECK(list.error().field == "segment");
    }

    SECTION("a segment of companies is refused, naming it")
    {
        auto list = mailingList(session, s("Big firms"), s("LT"));
        REQUIRE_FALSE(list.ok());
        CHECK(list.error().message
            == "segment “Big firms” lists companies, not contacts: a mailing needs a segment of "
               "contacts");
    }
}

TEST_CASE("The mailing's CSV uses the locale's separator", "[mailing]")
{
    const MailingList list = twoRecipients();

    SECTION("Lithuanian: semicolons")
    {
        const QByteArray expected = QByteArray("\xEF\xBB\xBF")
            + s("Name;Company;Address line 1;Address line 2;Postcode;City;Country;Language\r\n"
                "Ona Kazlauskienė;;Laisvės al. 10;;LT-44280;Kaunas;Lithuania;lt\r\n"
                "Anna Nowak;\"Nowak; Syn\";ul. Długa 5;lok. 3, pomorskie;80-831;Gdańsk;Poland;pl"
                "\r\n")
                  .toUtf8();
        CHECK(
            MailingCsv::write(list, QLocale(QLocale::Lithuanian, QLocale::Lithuania)) == expected);
    }

    SECTION("English: commas, and a file with exactly those bytes")
    {
        const QByteArray expected = QByteArray("\xEF\xBB\xBF")
            + s("Name,Company,Address line 1,Address line 2,Postcode,City,Country,Language\r\n"
                "Ona Kazlauskienė,,Laisvės al. 10,,LT-44280,Kaunas,Lithuania,lt\r\n"
                "Anna Nowak,Nowak; Syn,ul. Długa 5,\"lok. 3, pomorskie\",80-831,Gdańsk,Poland,pl"
                "\r\n")
                  .toUtf8();
        QTemporaryDir dir;
        const QString path = dir.filePath(s("mailing.csv"));
        const QLocale en(QLocale::English, QLocale::UnitedStates);
        REQUIRE(writeCsv(list, path, en));
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        CHECK(file.readAll() == expected);
    }

    SECTION("a file that cannot be written is an error naming it")
    {
        const QString path = s("/nonexistent-folder/mailing.csv");
        auto written = writeCsv(list, path, QLocale(QLocale::English));
        REQUIRE_FALSE(written.ok());
        CHECK(written.error().file == path);
        CHECK(written.error().message.startsWith(s("cannot write the file")));
    }
}
