// Address blocks per destination country: postcode placement and the country line for mail abroad.
#include "documents/PostalAddress.h"

#include "TestData.h"

#include <catch2/catch.hpp>

using namespace tandem;

namespace {

Record contactAt(const QString& street, const QString& postcode, const QString& city,
    const QString& country, const QString& region = {})
{
    Record r;
    r.entity = QStringLiteral("contact");
    r.id = QStringLiteral("c1");
    r.fields = { { QStringLiteral("first_name"), QStringLiteral("Test") },
        { QStringLiteral("street"), street }, { QStringLiteral("postcode"), postcode },
        { QStringLiteral("city"), city }, { QStringLiteral("country"), country },
        { QStringLiteral("region"), region } };
    return r;
}

QStringList lines(const Record& contact, const QString& sender)
{
    return postalAddress(contact, std::nullopt, sender).lines;
}

} // namespace

TEST_CASE("Addresses follow the destination country's postal format", "[mailing]")
{
    const QString lt = QStringLiteral("LT");

    SECTION("Lithuania: LT- before the postcode, no country line at home")
    {
        const Record c = contactAt(QStringLiteral("Gedimino pr. 9"), QStringLiteral("01103"),
            QStringLiteral("Vilnius"), QStringLiteral("LT"));
        CHECK(lines(c, lt) == QStringList { "Gedimino pr. 9", "LT-01103 Vilnius" });
        // Typed with the prefix already, or with a space: the same line.
        const Record typed = contactAt(QStringLiteral("Gedimino pr. 9"), QStringLiteral("LT 01103"),
            QStringLiteral("Vilnius"), QStringLiteral("lt"));
        CHECK(lines(typed, lt) == QStringList { "Gedimino pr. 9", "LT-01103 Vilnius" });
        // From Poland it is mail abroad.
        CHECK(lines(c, QStringLiteral("PL"))
            == QStringList { "Gedimino pr. 9", "LT-01103 Vilnius", "LITHUANIA" });
    }

    SECTION("Poland: NN-NNN before the town")
    {
        const Record c = contactAt(QStringLiteral("ul. Marszałkowska 1"), QStringLiteral("00950"),
            QStringLiteral("Warszawa"), QStringLiteral("PL"));
        CHECK(lines(c, lt) == QStringList { "ul. Marszałkowska 1", "00-950 Warszawa", "POLAND" });
        CHECK(lines(c, QStringLiteral("PL"))
            == QStringList { "ul. Marszałkowska 1", "00-950 Warszawa" });
    }

    SECTION("Romania: six digits before the locality, the county below it")
    {
        const Record c
            = contactAt(QStringLiteral("Str. Memorandumului 28"), QStringLiteral("400114"),
                QStringLiteral("Cluj-Napoca"), QStringLiteral("RO"), QStringLiteral("jud. Cluj"));
        CHECK(lines(c, lt)
            == QStringList {
                "Str. Memorandumului 28", "400114 Cluj-Napoca", "jud. Cluj", "ROMANIA" });
    }

    SECTION("Ukraine: locality, region, then the postcode on its own line")
    {
        const Record c = contactAt(QStringLiteral("вул. Городоцька, 15"), QStringLiteral("79007"),
            QStringLiteral("Львів"), QStringLiteral("UA"), QStringLiteral("Львівська обл."));
        CHECK(lines(c, lt)
            == QStringList {
                "вул. Городоцька, 15", "Львів", "Львівська обл.", "79007", "UKRAINE" });
        CHECK(lines(c, QStringLiteral("UA"))
            == QStringList { "вул. Городоцька, 15", "Львів", "Львівська обл.", "79007" });
    }

    SECTION("Elsewhere: postcode and town, the country named in English or by its code")
    {
        const Record de = contactAt(QStringLiteral("Unter den Linden 1"), QStringLiteral("10117"),
            QStringLiteral("Berlin"), QStringLiteral("Germany"));
        const PostalAddress a = postalAddress(de, std::nullopt, lt);
        CHECK(a.lines == QStringList { "Unter den Linden 1", "10117 Berlin", "GERMANY" });
        CHECK(a.country == "DE");
        CHECK(a.complete);
        const Record gb = contactAt(QStringLiteral("10 Downing Street"), QStringLiteral("sw1a2aa"),
            QStringLiteral("London"), QStringLiteral("GB"));
        CHECK(lines(gb, lt)
            == QStringList { "10 Downing Street", "LONDON", "SW1A 2AA", "UNITED KINGDOM" });
    }

    SECTION("Countries typed by name, in English or in their own language")
    {
        CHECK(PostalAddresses::countryCode(QStringLiteral("Lietuva")) == "LT");
        CHECK(PostalAddresses::countryCode(QStringLiteral("polska")) == "PL");
        CHECK(PostalAddresses::countryCode(QStringLiteral("Україна")) == "UA");
        CHECK(PostalAddresses::countryCode(QStringLiteral("Romania")) == "RO");
        CHECK(PostalAddresses::countryCode(QStringLiteral("Atlantis")).isEmpty());
        const Record home = contactAt(QStringLiteral("Laisvės al. 10"), QStringLiteral("44280"),
            QStringLiteral("Kaunas"), QStringLiteral("Lietuva"));
        CHECK(lines(home, lt) == QStringList { "Laisvės al. 10", "LT-44280 Kaunas" });
    }

    SECTION("No country on the record: the sender's own")
    {
        const Record c = contactAt(QStringLiteral("Laisvės al. 10"), QStringLiteral("44280"),
            QStringLiteral("Kaunas"), QString());
        CHECK(lines(c, lt) == QStringList { "Laisvės al. 10", "LT-44280 Kaunas" });
    }
}

TEST_CASE("The contact's own address, else the company's; complete needs street, city, postcode",
    "[mailing]")
{
    Record company;
    company.entity = QStringLiteral("company");
    company.fields = { { QStringLiteral("name"), QStringLiteral("UAB Medis") },
        { QStringLiteral("street"), QStringLiteral("Savanorių pr. 1") },
        { QStringLiteral("postcode"), QStringLiteral("03116") },
        { QStringLiteral("city"), QStringLiteral("Vilnius") },
        { QStringLiteral("country"), QStringLiteral("LT") } };

    const Record bare = contactAt({}, {}, {}, {});
    const PostalAddress atWork = postalAddress(bare, company, QStringLiteral("LT"));
    CHECK(atWork.lines == QStringList { "Savanorių pr. 1", "LT-03116 Vilnius" });
    CHECK(atWork.complete);

    // An own city without a postcode is not completed from the company's address.
    const Record half
        = contactAt(QStringLiteral("Pilies g. 4"), {}, QStringLiteral("Vilnius"), QString());
    const PostalAddress own = postalAddress(half, company, QStringLiteral("LT"));
    CHECK(own.lines == QStringList { "Pilies g. 4", "Vilnius" });
    CHECK_FALSE(own.complete);

    CHECK_FALSE(postalAddress(bare, std::nullopt, QStringLiteral("LT")).complete);
    CHECK(postalAddress(bare, std::nullopt, QStringLiteral("LT")).lines.isEmpty());
}
