// Duplicates: the same e-mail or phone however written, a similar name at the same company, the
// review list of every likely pair, and pairs a user marked "not duplicates".
#include "ContactTestSupport.h"

#include "services/Duplicates.h"
#include "services/PhoneNumber.h"

#include <QSet>
#include <catch2/catch.hpp>

using namespace tandem;
using namespace tandem::test;

namespace {

QVariantMap contact(const char* first, const char* last, QVariantMap more = {})
{
    more.insert(QStringLiteral("first_name"), str(first));
    more.insert(QStringLiteral("last_name"), str(last));
    return more;
}

QStringList candidateIds(Session& session, const QVariantMap& values)
{
    auto found = Duplicates::candidatesFor(session, values);
    REQUIRE(found);
    QStringList ids;
    for (const DuplicateCandidate& c : *found)
        ids << c.id;
    return ids;
}

QSet<QString> pairsOf(const QList<DuplicatePair>& pairs)
{
    QSet<QString> out;
    for (const DuplicatePair& p : pairs)
        out.insert(p.firstId + QLatin1Char('|') + p.secondId);
    return out;
}

QString pair(QString a, QString b)
{
    if (b < a)
        std::swap(a, b);
    return a + QLatin1Char('|') + b;
}

} // namespace

TEST_CASE("Phone numbers compare however they are written", "[duplicates]")
{
    using PhoneNumber::matches;
    using PhoneNumber::normalise;
    const QString lt = QStringLiteral("LT");
    CHECK(normalise(str("+370 612 34567")).digits == QStringLiteral("37061234567"));
    CHECK(normalise(str("8 612 34567"), lt).digits == QStringLiteral("37061234567"));
    CHECK(normalise(str("00370-612-34567")).digits == QStringLiteral("37061234567"));
    CHECK(
        normalise(str("(8-612) 34 567"), str("Lithuania")).digits == QStringLiteral("37061234567"));
    CHECK(normalise(str("601 234 567"), str("PL")).digits == QStringLiteral("48601234567"));
    CHECK(normalise(str("0721 123 456"), str("RO")).digits == QStringLiteral("40721123456"));
    CHECK(normalise(str("8 (912) 345-67-89"), str("RU")).digits == QStringLiteral("79123456789"));

    CHECK(matches(normalise(str("+370 612 34567")), normalise(str("8 612 34567"), lt)));
    CHECK(matches(normalise(str("00370-612-34567")), normalise(str("+37061234567"))));
    // No country known: the last digits decide.
    CHECK(matches(normalise(str("612 34567")), normalise(str("+370 612 34567"))));
    CHECK_FALSE(matches(normalise(str("+48 612 34567")), normalise(str("+370 612 34567"))));
    CHECK_FALSE(matches(normalise(str("+370 612 34568")), normalise(str("+370 612 34567"))));
    // Short numbers are extensions or typos, never a duplicate signal.
    CHECK_FALSE(matches(normalise(str("112")), normalise(str("112"))));
    CHECK(normaliseEmail(str("  Jonas.K@Baltic.LT ")) == QStringLiteral("jonas.k@baltic.lt"));
}

TEST_CASE(
    "A new contact with a known e-mail finds the existing one, whatever the case", "[duplicates]")
{
    auto db = TestDatabase::initialised();
    RecordStore& rs = db->records();
    const QString jonas = create(rs, QStringLiteral("contact"),
        contact("Jonas", "Kazlauskas", { { QStringLiteral("email"), str("Jonas.K@Baltic.LT") } }));
    const QString ona = create(rs, QStringLiteral("contact"), contact("Ona", "Petraitienė"));
    create(rs, QStringLiteral("contact_point"),
        { { QStringLiteral("contact_id"), ona },
            { QStringLiteral("kind"), QStringLiteral("email") },
            { QStringLiteral("value"), str("ona@namai.lt") } });

    auto found = Duplicates::candidatesFor(db->session(),
        contact("J.", "K.", { { QStringLiteral("email"), str(" jonas.k@baltic.lt ") } }));
    REQUIRE(found);
    REQUIRE(found->size() == 1);
    CHECK(found->first().id == jonas);
    CHECK(found->first().label == str("Jonas Kazlauskas"));
    CHECK(found->first().reasons == QStringList { QStringLiteral("same e-mail") });
    CHECK(found->first().score >= 90);
    // The contact being edited is not its own duplicate.
    CHECK(candidateIds(db->session(),
        contact("Jonas", "Kazlauskas",
            { { QStringLiteral("id"), jonas },
                { QStringLiteral("email"), str("jonas.k@baltic.lt") } }))
              .isEmpty());

    // An e-mail kept as a contact point counts as well, and so does a further e-mail of the new
    // one.
    CHECK(candidateIds(db->session(),
              contact("Ona", "P.", { { QStringLiteral("email"), str("ONA@namai.lt") } }))
        == QStringList { ona });
    auto byPoint
        = Duplicates::candidatesFor(db->session(), contact("X", "Y"), { str("jonas.k@baltic.lt") });
    REQUIRE(byPoint);
    REQUIRE(byPoint->size() == 1);
    CHECK(byPoint->first().id == jonas);

    CHECK(candidateIds(db->session(),
        contact("Jonas", "Kazlauskas", { { QStringLiteral("email"), str("jonas@kitas.lt") } }))
              .isEmpty());
}

TEST_CASE(
    "A new contact with a known phone finds the existing one, however written", "[duplicates]")
{
    auto db = TestDatabase::initialised();
    RecordStore& rs = db->records();
    const QString vilnius = create(rs, QStringLiteral("company"),
        { { QStringLiteral("name"), str("UAB Vilniaus Mediena") },
            { QStringLiteral("country"), str("LT") } });
    const QString byPhone = create(rs, QStringLiteral("contact"),
        contact("Rūta", "Jankauskienė", { { QStringLiteral("phone"), str("+370 612 34567") } }));
    // National form, country from the company.
    const QString byMobile = create(rs, QStringLiteral("contact"),
        contact("Tomas", "Žukauskas",
            { { QStringLiteral("mobile"), str("8 699 76543") },
                { QStringLiteral("company_id"), vilnius } }));
    const QString byPoint = create(rs, QStringLiteral("contact"), contact("Asta", "Mockutė"));
    create(rs, QStringLiteral("contact_point"),
        { { QStringLiteral("contact_id"), byPoint },
            { QStringLiteral("kind"), QStringLiteral("phone") },
            { QStringLiteral("value"), str("00370-655-11122") } });

    const QVariantMap lt { { QStringLiteral("country"), QStringLiteral("LT") } };
    // A contact typed with only a number (a name and a different family name would make the
    // phone alone too weak: see the office-phone case below).
    auto with = [&](const char* field, const char* number) {
        QVariantMap v = lt;
        v.insert(QLatin1String(field), str(number));
        return candidateIds(db->session(), v);
    };
    CHECK(with("phone", "8 612 34567") == QStringList { byPhone });
    CHECK(with("mobile", "00370-612-34567") == QStringList { byPhone });
    CHECK(with("phone", "+370 699 76543") == QStringList { byMobile });
    CHECK(with("mobile", "+370 655 11122") == QStringList { byPoint });
    CHECK(with("phone", "8 612 34568").isEmpty());

    auto found = Duplicates::candidatesFor(
        db->session(), contact("R.", "Jankauskienė", lt), {}, { str("8 (612) 34 567") });
    REQUIRE(found);
    REQUIRE(found->size() == 1);
    CHECK(found->first().reasons == QStringList { QStringLiteral("same phone") });
}

TEST_CASE("A similar name counts only at the same company", "[duplicates]")
{
    auto db = TestDatabase::initialised();
    RecordStore& rs = db->records();
    const QString baltic
        = create(rs, QStringLiteral("company"), { { QStringLiteral("name"), str("Baltic Wood") } });
    const QString other = create(
        rs, QStringLiteral("company"), { { QStringLiteral("name"), str("Nordic Steel") } });
    const QString sarunas = create(rs, QStringLiteral("contact"),
        contact("Šarūnas", "Kazlauskas", { { QStringLiteral("company_id"), baltic } }));

    auto at = [&](const char* first, const char* last, const QString& company) {
        QVariantMap v = contact(first, last);
        if (!company.isEmpty())
            v.insert(QStringLiteral("company_id"), company);
        return candidateIds(db->session(), v);
    };
    const QStringList found { sarunas };
    CHECK(at("Sarunas", "Kazlauskas", baltic) == found); // accents folded
    CHECK(at("ŠARŪNAS", "KAZLAUSKIS", baltic) == found); // one letter replaced
    CHECK(at("Šarūnas", "Kazlausks", baltic) == found); // one left out
    CHECK(at("Šarūnas", "Kazlasukas", baltic) == found); // two swapped
    CHECK(at("Šarūnas", "Kazlauskaitė", baltic).isEmpty()); // more than one edit
    CHECK(at("Šarūnas", "Kazlauskis", other).isEmpty());
    CHECK(at("Šarūnas", "Kazlauskas", QString()).isEmpty());

    auto reasons = Duplicates::candidatesFor(db->session(),
        contact("Sarunas", "Kazlauskis", { { QStringLiteral("company_id"), baltic } }));
    REQUIRE(reasons);
    REQUIRE(reasons->size() == 1);
    CHECK(reasons->first().reasons
        == QStringList { QStringLiteral("similar name at the same company") });

    SECTION("short names must match exactly")
    {
        const QString ola = create(rs, QStringLiteral("contact"),
            contact("Ola", "", { { QStringLiteral("company_id"), baltic } }));
        CHECK(at("OLA", "", baltic) == QStringList { ola });
        CHECK(at("Ala", "", baltic).isEmpty());
    }
}

TEST_CASE("The review list holds exactly the likely pairs nobody dismissed", "[duplicates]")
{
    auto db = TestDatabase::initialised();
    RecordStore& rs = db->records();
    const QString company = create(rs, QStringLiteral("company"),
        { { QStringLiteral("name"), str("Łódź Meble") },
            { QStringLiteral("country"), str("PL") } });
    const QString otherCompany
        = create(rs, QStringLiteral("company"), { { QStringLiteral("name"), str("Kraków Okna") } });
    // Three hundred people nobody would take for each other: distinct mailboxes and numbers, and
    // no company, so their similar names ("Nowak007", "Nowak008") say nothing.
    const QStringList firsts { str("Anna"), str("Piotr"), str("Katarzyna"), str("Tomasz"),
        str("Magdalena"), str("Grzegorz"), str("Zofia"), str("Bartłomiej"), str("Weronika") };
    for (int i = 0; i < 300; ++i) {
        create(rs, QStringLiteral("contact"),
            { { QStringLiteral("first_name"), firsts.at(i % firsts.size()) },
                { QStringLiteral("last_name"),
                    QStringLiteral("Nowak%1").arg(i, 3, 10, QLatin1Char('0')) },
                { QStringLiteral("email"), QStringLiteral("person%1@example.pl").arg(i) },
                { QStringLiteral("phone"), QStringLiteral("+48 5%1").arg(10000000 + i * 7919) } });
    }
    // The same four colleagues at both companies: namesakes at different companies are no pair.
    for (const char* name :
        { "Agnieszka Wójcik", "Paweł Kamiński", "Joanna Lewandowska", "Marek Dąbrowski" }) {
        const QStringList parts = str(name).split(QLatin1Char(' '));
        for (const QString& at : { company, otherCompany })
            create(rs, QStringLiteral("contact"),
                { { QStringLiteral("first_name"), parts[0] },
                    { QStringLiteral("last_name"), parts[1] },
                    { QStringLiteral("company_id"), at } });
    }
    // Twelve people behind one switchboard number: not a sign that they are one person.
    for (int i = 0; i < 12; ++i)
        create(rs, QStringLiteral("contact"),
            { { QStringLiteral("first_name"), QStringLiteral("Recepcja") },
                { QStringLiteral("last_name"), QStringLiteral("Biuro%1").arg(i) },
                { QStringLiteral("phone"), str("+48 22 555 00 00") } });

    auto plant = [&](QVariantMap a, QVariantMap b) {
        return pair(
            create(rs, QStringLiteral("contact"), a), create(rs, QStringLiteral("contact"), b));
    };
    const QString sameEmail
        = plant(contact("Jan", "Kowalski", { { QStringLiteral("email"), str("jan@firma.pl") } }),
            contact("Janek", "K.", { { QStringLiteral("email"), str("JAN@Firma.pl") } }));
    const QString samePhone = plant(contact("Ewa", "Zielińska",
                                        { { QStringLiteral("mobile"), str("601 234 567") },
                                            { QStringLiteral("country"), str("PL") } }),
        contact("E.", "Zielińska", { { QStringLiteral("phone"), str("+48 601-234-567") } }));
    const QString similarName
        = plant(contact("Michał", "Wiśniewski", { { QStringLiteral("company_id"), company } }),
            contact("Michal", "Wisniewsky", { { QStringLiteral("company_id"), company } }));
    const QString dismissed = plant(
        contact("Adam", "Lewandowski", { { QStringLiteral("email"), str("adam@lew.pl") } }),
        contact("Adam", "Lewandowski jr.", { { QStringLiteral("email"), str("adam@lew.pl") } }));

    const QStringList dismissedIds = dismissed.split(QLatin1Char('|'));
    REQUIRE(Duplicates::dismiss(
        db->session(), QStringLiteral("contact"), dismissedIds[1], dismissedIds[0]));
    const qint64 dismissals = *rs.count(QStringLiteral("duplicate_dismissal"));
    REQUIRE(Duplicates::dismiss(
        db->session(), QStringLiteral("contact"), dismissedIds[0], dismissedIds[1]));
    CHECK(*rs.count(QStringLiteral("duplicate_dismissal")) == dismissals); // once is enough

    auto pairs = Duplicates::findAll(db->session(), QStringLiteral("contact"));
    REQUIRE(pairs);
    CHECK(pairsOf(*pairs) == QSet<QString> { sameEmail, samePhone, similarName });
    for (const DuplicatePair& p : *pairs) {
        const QString key = p.firstId + QLatin1Char('|') + p.secondId;
        if (key == sameEmail)
            CHECK(p.reasons == QStringList { QStringLiteral("same e-mail") });
        else if (key == samePhone)
            CHECK(p.reasons == QStringList { QStringLiteral("same phone") });
        else
            CHECK(p.reasons == QStringList { QStringLiteral("similar name at the same company") });
    }
    CHECK(pairs->first().score >= pairs->last().score);

    SECTION("a dismissed pair stays out, a deleted contact takes its pairs along")
    {
        REQUIRE(Duplicates::dismiss(db->session(), QStringLiteral("contact"),
            samePhone.section(QLatin1Char('|'), 0, 0), samePhone.section(QLatin1Char('|'), 1, 1)));
        REQUIRE(rs.remove(QStringLiteral("contact"), similarName.section(QLatin1Char('|'), 1, 1)));
        auto after = Duplicates::findAll(db->session(), QStringLiteral("contact"));
        REQUIRE(after);
        CHECK(pairsOf(*after) == QSet<QString> { sameEmail });
    }
    SECTION("nonsense is refused")
    {
        CHECK_FALSE(Duplicates::dismiss(
            db->session(), QStringLiteral("contact"), dismissedIds[0], dismissedIds[0]));
        CHECK_FALSE(Duplicates::dismiss(
            db->session(), QStringLiteral("contact"), dismissedIds[0], company));
        auto deals = Duplicates::findAll(db->session(), QStringLiteral("deal"));
        REQUIRE_FALSE(deals);
        CHECK(deals.error().message.contains(QStringLiteral("contacts and companies")));
    }
}

TEST_CASE("Companies pair up by registration code, VAT code, name or website", "[duplicates]")
{
    auto db = TestDatabase::initialised();
    RecordStore& rs = db->records();
    auto company = [&](const char* name, QVariantMap more = {}) {
        more.insert(QStringLiteral("name"), str(name));
        return create(rs, QStringLiteral("company"), more);
    };
    const QString reg = pair(
        company("UAB Medienos Centras", { { QStringLiteral("reg_code"), str("302 123 456") } }),
        company("Medienos centras, UAB", { { QStringLiteral("reg_code"), str("302123456") } }));
    const QString vat = pair(
        company("Okna Sp. z o.o.", { { QStringLiteral("vat_code"), str("PL 123-456-32-18") } }),
        company("OKNA Polska", { { QStringLiteral("vat_code"), str("pl1234563218") } }));
    const QString name = pair(company("Baltic Wood"), company("BALTIC-WOOD"));
    const QString web = pair(
        company("Acme", { { QStringLiteral("website"), str("https://www.acme.lt/kontaktai") } }),
        company("Acme Lietuva", { { QStringLiteral("website"), str("acme.lt") } }));
    company("Nordic Steel", { { QStringLiteral("reg_code"), str("111111111") } });
    company("Nordic Steal", { { QStringLiteral("reg_code"), str("222222222") } });

    auto pairs = Duplicates::findAll(db->session(), QStringLiteral("company"));
    REQUIRE(pairs);
    CHECK(pairsOf(*pairs) == QSet<QString> { reg, vat, name, web });
    for (const DuplicatePair& p : *pairs) {
        if (p.firstId + QLatin1Char('|') + p.secondId == web)
            CHECK(p.reasons == QStringList { QStringLiteral("same website") });
        if (p.firstId + QLatin1Char('|') + p.secondId == reg)
            CHECK(p.reasons == QStringList { QStringLiteral("same registration code") });
    }
    REQUIRE(Duplicates::dismiss(db->session(), QStringLiteral("company"),
        name.section(QLatin1Char('|'), 0, 0), name.section(QLatin1Char('|'), 1, 1)));
    auto after = Duplicates::findAll(db->session(), QStringLiteral("company"));
    REQUIRE(after);
    CHECK(pairsOf(*after) == QSet<QString> { reg, vat, web });
}

TEST_CASE("A large company is searched through name variants with the same result", "[duplicates]")
{
    auto db = TestDatabase::initialised();
    RecordStore& rs = db->records();
    const QString company
        = create(rs, QStringLiteral("company"), { { QStringLiteral("name"), str("Big Corp") } });
    // Sixty colleagues whose codes differ in at least three letters: no two are one edit apart.
    for (int i = 0; i < 60; ++i) {
        const QString code = QString(3, QChar(u'a' + i % 26)) + QString(3, QChar(u'a' + i / 26));
        create(rs, QStringLiteral("contact"),
            { { QStringLiteral("first_name"), QStringLiteral("Kolega") },
                { QStringLiteral("last_name"), code }, { QStringLiteral("company_id"), company } });
    }
    const QString a = create(rs, QStringLiteral("contact"),
        contact("Jonas", "Kazlauskas", { { QStringLiteral("company_id"), company } }));
    const QString b = create(rs, QStringLiteral("contact"),
        contact("Jonas", "Kazlauskis", { { QStringLiteral("company_id"), company } }));

    auto pairs = Duplicates::findAll(db->session(), QStringLiteral("contact"));
    REQUIRE(pairs);
    CHECK(pairsOf(*pairs) == QSet<QString> { pair(a, b) });
    auto index = Duplicates::contactIndex(db->session());
    REQUIRE(index);
    auto found = index->candidatesFor(ContactProfile::fromValues(
        contact("Jonas", "Kazlausks", { { QStringLiteral("company_id"), company } })));
    QStringList ids;
    for (const DuplicateCandidate& c : found)
        ids << c.id;
    ids.sort();
    CHECK(ids == sorted({ a, b }));
    CHECK(index
              ->candidatesFor(ContactProfile::fromValues(
                  contact("Kolega", "aaaaab", { { QStringLiteral("company_id"), company } })))
              .size()
        == 1); // "aaaaaa" is one letter away; every other code at least two
}

TEST_CASE("Colleagues sharing the office phone are not duplicates; the same family name with it is",
    "[duplicates]")
{
    auto db = TestDatabase::initialised();
    RecordStore& rs = db->records();
    const QString office
        = create(rs, QStringLiteral("company"), { { QStringLiteral("name"), str("Łączpol") } });
    create(rs, QStringLiteral("contact"),
        contact("Anna", "Nowak",
            { { QStringLiteral("phone"), str("+48 22 555 01 02") },
                { QStringLiteral("company_id"), office } }));
    create(rs, QStringLiteral("contact"),
        contact("Piotr", "Wiśniewski",
            { { QStringLiteral("phone"), str("22 555 01 02") },
                { QStringLiteral("company_id"), office },
                { QStringLiteral("country"), QStringLiteral("PL") } }));
    create(rs, QStringLiteral("contact"),
        contact(
            "Małgorzata", "Łukasiewicz", { { QStringLiteral("mobile"), str("+48 600 100 200") } }));
    create(rs, QStringLiteral("contact"),
        contact("Gosia", "Łukasiewicz",
            { { QStringLiteral("mobile"), str("600-100-200") },
                { QStringLiteral("country"), QStringLiteral("PL") } }));

    auto pairs = Duplicates::findAll(db->session(), QStringLiteral("contact"));
    REQUIRE(pairs);
    REQUIRE(pairs->size() == 1);
    CHECK(QSet<QString> { pairs->first().firstLabel, pairs->first().secondLabel }
        == QSet<QString> { str("Małgorzata Łukasiewicz"), str("Gosia Łukasiewicz") });

    // A new colleague typed with the switchboard number is not held up as a duplicate either.
    auto candidates = Duplicates::candidatesFor(db->session(),
        contact("Ewa", "Zając",
            { { QStringLiteral("phone"), str("+48 22 555 01 02") },
                { QStringLiteral("company_id"), office } }));
    REQUIRE(candidates);
    CHECK(candidates->isEmpty());
}
