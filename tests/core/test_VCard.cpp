// vCard files from Outlook (2.1), Apple and Google (3.0) and RFC 6350 (4.0) read to the exact card;
// broken files name file, line and property; what Tandem writes reads back unchanged.
#include "TestData.h"
#include "io/VCardReader.h"
#include "io/VCardWriter.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QStringDecoder>
#include <catch2/catch.hpp>

using namespace tandem;
using tandem::test::testData;
using namespace Qt::Literals::StringLiterals;

namespace Catch {
template <> struct StringMaker<ContactCard> {
    static std::string convert(const ContactCard& c)
    {
        auto items = [](const QList<CardItem>& list) {
            QStringList out;
            for (const CardItem& i : list)
                out << i.value + u'[' + i.types.join(u',') + (i.preferred ? u"|pref]"_s : u"]"_s);
            return out.join(u' ');
        };
        QStringList adr;
        for (const CardAddress& a : c.addresses)
            adr << QStringList { a.poBox, a.extended, a.street, a.city, a.region, a.postcode,
                a.country }
                        .join(u';')
                    + u'[' + a.types.join(u',') + (a.preferred ? u"|pref]"_s : u"]"_s);
        return QStringList { u"line %1"_s.arg(c.line), c.formattedName,
            u"N=%1;%2;%3;%4;%5"_s.arg(c.lastName, c.firstName, c.middleName, c.prefix, c.suffix),
            u"ORG=%1;%2"_s.arg(c.organisation, c.department), u"TITLE="_s + c.title,
            u"TEL="_s + items(c.phones), u"EMAIL="_s + items(c.emails), u"URL="_s + items(c.urls),
            u"ADR="_s + adr.join(u' '), u"CAT="_s + c.categories.join(u'|'), u"NOTE="_s + c.note,
            u"BDAY="_s + c.birthday.toString(Qt::ISODate),
            u"PHOTO=%1 bytes %2"_s.arg(c.photo.size()).arg(c.photoMimeType), u"UID="_s + c.uid,
            u"LANG="_s + c.language }
            .join(u"\n  "_s)
            .toStdString();
    }
};
} // namespace Catch

namespace {

QByteArray jpegBytes()
{
    return QByteArray("\xFF\xD8\xFF\xE0", 4) + QByteArray("Tandem test photo ").repeated(4)
        + QByteArray("\xFF\xD9", 2);
}

CardItem item(const QString& value, const QStringList& types = {}, bool preferred = false)
{
    return { value, types, preferred };
}

CardAddress address(const QStringList& types, const QString& street, const QString& city,
    const QString& region, const QString& postcode, const QString& country, bool preferred = false)
{
    CardAddress a;
    a.types = types;
    a.street = street;
    a.city = city;
    a.region = region;
    a.postcode = postcode;
    a.country = country;
    a.preferred = preferred;
    return a;
}

ContactCard person(int line, const QString& fn, const QString& first, const QString& last,
    const QString& middle = {})
{
    ContactCard c;
    c.line = line;
    c.formattedName = fn;
    c.firstName = first;
    c.lastName = last;
    c.middleName = middle;
    return c;
}

void checkCards(const CardReadResult& result, const QList<ContactCard>& expected)
{
    for (const Error& e : result.errors)
        FAIL_CHECK(e.toString().toStdString());
    REQUIRE(result.cards.size() == expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const ContactCard& got = result.cards.at(i);
        const ContactCard& want = expected.at(i);
        // Field by field first, so that a failure names the field.
        CHECK(got.formattedName == want.formattedName);
        CHECK(QStringList { got.lastName, got.firstName, got.middleName, got.prefix, got.suffix }
            == QStringList {
                want.lastName, want.firstName, want.middleName, want.prefix, want.suffix });
        CHECK(got.phones == want.phones);
        CHECK(got.emails == want.emails);
        CHECK(got.urls == want.urls);
        CHECK(got.addresses == want.addresses);
        CHECK(got.photo.toHex() == want.photo.toHex());
        CHECK(got == want);
    }
}

// The one error of a broken file, as a user reads it, and the names of the cards still read.
void checkBroken(const QString& file, const QString& expectedError, const QStringList& goodNames)
{
    const QString path = testData(u"vcard/"_s + file);
    const CardReadResult result = VCardReader::readFile(path);
    REQUIRE(result.errors.size() == 1);
    CHECK(result.errors.first().toString() == path + expectedError);
    QStringList names;
    for (const ContactCard& c : result.cards)
        names << c.formattedName;
    CHECK(names == goodNames);
}

} // namespace

TEST_CASE("Outlook 2.1 cards keep their diacritics from windows-125x and UTF-8 quoted-printable",
    "[vcard]")
{
    ContactCard lt = person(1, u"Šarūnė Kazlauskienė"_s, u"Šarūnė"_s, u"Kazlauskienė"_s);
    lt.organisation = u"UAB Žalgiris ir partneriai"_s; // 8-bit windows-1257, not quoted-printable
    lt.department = u"Pardavimų skyrius"_s;
    lt.title = u"Vyriausioji vadybininkė"_s;
    lt.phones = { item(u"+370 5 212 3456"_s, { u"work"_s, u"voice"_s }),
        item(u"+370 612 34567"_s, { u"cell"_s }, true),
        item(u"+370 5 212 3457"_s, { u"work"_s, u"fax"_s }) };
    lt.addresses = { address(
        { u"work"_s }, u"Gedimino pr. 9"_s, u"Vilnius"_s, {}, u"LT-01103"_s, u"Lietuva"_s, true) };
    lt.emails = { item(u"sarune.kazlauskiene@zalgiris.lt"_s, { u"internet"_s }, true) };
    lt.urls = { item(u"https://www.zalgiris.lt"_s, { u"work"_s }) };
    lt.note = u"Susitikimas Kaune ketvirtadienį.\nPasiūlymas išsiųstas, laukiame atsakymo iki "
              u"pirmadienio."_s;
    lt.birthday = QDate(1980, 3, 14);
    lt.photo = jpegBytes();
    lt.photoMimeType = u"image/jpeg"_s;

    ContactCard pl = person(
        25, u"Małgorzata Wiśniewska-Żółkiewska"_s, u"Małgorzata"_s, u"Wiśniewska-Żółkiewska"_s);
    pl.organisation = u"Przedsiębiorstwo Handlowe Łódź"_s;
    pl.phones = { item(u"+48 42 630 12 34"_s, { u"home"_s, u"voice"_s }) };
    pl.emails = { item(u"m.wisniewska@lodz.pl"_s, { u"internet"_s }) };
    pl.addresses = { address({ u"home"_s }, u"ul. Piotrkowska 104 m. 5"_s, u"Łódź"_s, u"łódzkie"_s,
        u"90-926"_s, u"Polska"_s) };
    pl.note = u"Dzień dobry, proszę o ofertę."_s; // the soft break's next line starts with a space

    ContactCard ru
        = person(36, u"Сергей Иванович Кузнецов"_s, u"Сергей"_s, u"Кузнецов"_s, u"Иванович"_s);
    ru.title = u"Коммерческий директор"_s;
    ru.phones = { item(u"+7 495 987-65-43"_s, { u"work"_s, u"voice"_s }) };

    // The soft line break falls between the two bytes of "л".
    ContactCard uk = person(43, u"Олена Ковальчук"_s, u"Олена"_s, u"Ковальчук"_s, u"Петрівна"_s);
    uk.organisation = u"ТОВ «Ґалицька Єдність»"_s;
    uk.addresses = { address(
        { u"work"_s }, u"вул. Хрещатик 22"_s, u"Київ"_s, {}, u"01001"_s, u"Україна"_s) };
    uk.emails = { item(u"olena@yednist.ua"_s, { u"internet"_s }) };

    ContactCard ro = person(52, u"Ioana Ștefănescu"_s, u"Ioana"_s, u"Ștefănescu"_s);
    ro.organisation = u"Țesătoria Brașov SRL"_s;
    ro.phones = { item(u"+40 744 555 666"_s, { u"cell"_s }) };
    ro.birthday = QDate(1975, 6, 30);

    checkCards(VCardReader::readFile(testData(u"vcard/outlook-2.1.vcf"_s)), { lt, pl, ru, uk, ro });
}

TEST_CASE("Apple Contacts 3.0: item groups, X-ABLabel, type=pref, ENCODING=b photo", "[vcard]")
{
    ContactCard ro
        = person(1, u"Dr. Ștefan Andrei Popescu"_s, u"Ștefan"_s, u"Popescu"_s, u"Andrei"_s);
    ro.prefix = u"Dr."_s;
    ro.organisation = u"Țara Software SRL"_s;
    ro.department = u"Vânzări"_s;
    ro.title = u"Director comercial"_s;
    ro.emails = { item(u"stefan@tara.ro"_s, { u"internet"_s, u"work"_s }, true),
        item(u"stefan.popescu@gmail.com"_s, { u"internet"_s, u"personal"_s }) };
    ro.phones = { item(u"+40 722 123 456"_s, { u"cell"_s, u"voice"_s }, true),
        item(u"+40 21 312 0000"_s, { u"work"_s, u"fax"_s }) };
    ro.addresses = { address({ u"work"_s }, u"Strada Ion Câmpineanu 11, et. 3"_s, u"București"_s,
        {}, u"010031"_s, u"România"_s, true) };
    ro.urls = { item(u"https://tara.ro"_s, {}, true) };
    ro.note = u"Întâlnire la Cluj, apoi ofertă.\nSună-l marți; urgent."_s;
    ro.birthday = QDate(1979, 11, 23);
    ro.categories = { u"Clienți"_s, u"Parteneri"_s };
    ro.photo = jpegBytes();
    ro.photoMimeType = u"image/jpeg"_s;

    // A company's card: FN is the company, so no person's name is made up from it.
    ContactCard company = person(26, u"Țara Software SRL"_s, {}, {});
    company.organisation = u"Țara Software SRL"_s;
    company.phones = { item(u"+40 21 312 0001"_s, { u"work"_s, u"voice"_s }, true) };

    ContactCard uk = person(35, u"Дмитро Ковальов"_s, u"Дмитро"_s, u"Ковальов"_s);
    uk.phones = { item(u"+380 44 123 4567"_s, { u"home"_s, u"voice"_s }) }; // birthday: no year

    checkCards(VCardReader::readFile(testData(u"vcard/apple-3.0.vcf"_s)), { ro, company, uk });
}

TEST_CASE(
    "Google Contacts 3.0: FN-only and N-only cards get both; photo URLs are not kept", "[vcard]")
{
    ContactCard pl
        = person(1, u"Małgorzata Łukasiewicz-Żak"_s, u"Małgorzata"_s, u"Łukasiewicz-Żak"_s);
    pl.emails = { item(u"gosia.lz@gmail.com"_s, { u"internet"_s, u"home"_s }),
        item(u"m.zak@laczpol.pl"_s, { u"internet"_s, u"work"_s }) };
    pl.phones
        = { item(u"+48 600 100 200"_s, { u"cell"_s }), item(u"+48 22 555 01 02"_s, { u"work"_s }) };
    pl.addresses = { address({ u"home"_s }, u"ul. Świętokrzyska 12/4"_s, u"Warszawa"_s,
        u"mazowieckie"_s, u"00-116"_s, u"Polska"_s) };
    pl.organisation = u"Łączpol sp. z o.o."_s;
    pl.title = u"Kierownik działu sprzedaży"_s;
    pl.birthday = QDate(1990, 2, 28);
    pl.urls = { item(u"https://laczpol.pl"_s, { u"profile"_s }) };
    pl.note = u"Poznaliśmy się na targach w Poznaniu.\nZadzwonić w marcu."_s;
    pl.categories = { u"Dostawcy"_s }; // Google's system group "myContacts" is not a tag

    ContactCard uk = person(19, u"Анна Петрівна Шевченко"_s, u"Анна Петрівна"_s, u"Шевченко"_s);
    uk.emails = { item(u"anna.shevchenko@ukr.net"_s, { u"internet"_s }) };

    ContactCard ru
        = person(25, u"Алексей Викторович Смирнов"_s, u"Алексей"_s, u"Смирнов"_s, u"Викторович"_s);
    ru.phones = { item(u"+7 912 345-67-89"_s, { u"cell"_s }) };

    checkCards(VCardReader::readFile(testData(u"vcard/google-3.0.vcf"_s)), { pl, uk, ru });
}

TEST_CASE("vCard 4.0 (RFC 6350): quoted TYPE lists, PREF=1, tel: and data: URIs, LANG", "[vcard]")
{
    ContactCard lt = person(1, u"Jonas Petraitis"_s, u"Jonas"_s, u"Petraitis"_s);
    lt.uid = u"urn:uuid:4fbe8971-0bc3-424c-9c26-36c3e1eff6b1"_s;
    lt.language = u"lt"_s; // LANG;PREF=1 wins over the LANG before it
    lt.organisation = u"UAB Šiaurės vėjas"_s;
    lt.department = u"Pardavimai"_s;
    lt.title = u"Vadybininkas"_s;
    lt.phones = { item(u"+370-5-212-3456"_s, { u"work"_s, u"voice"_s }, true),
        item(u"+370-612-34567"_s, { u"cell"_s }) };
    lt.emails = { item(u"jonas@vejas.lt"_s, { u"work"_s }),
        item(u"jonas.petraitis@gmail.com"_s, {}, true) };
    lt.addresses = { address(
        { u"work"_s }, u"Gedimino pr. 1"_s, u"Vilnius"_s, {}, u"01103"_s, u"Lietuva"_s) };
    lt.urls = { item(u"https://vejas.lt/kontaktai?lang=lt&x=1,2"_s, { u"work"_s }) };
    lt.categories = { u"Klientai"_s, u"VIP, aukso lygis"_s };
    lt.note = u"Susitikimas kitą savaitę; atsinešti\nsutartį.\\ Ačiū"_s;
    lt.birthday = QDate(1985, 4, 12);
    lt.photo = QByteArray("\x89PNG\r\n\x1A\n", 8) + QByteArray("Tandem test PNG ").repeated(5);
    lt.photoMimeType = u"image/png"_s;

    // Lower-case names, a fold inside a two-byte letter, a date-time birthday.
    ContactCard ru
        = person(23, u"Ольга Ивановна Сидорова-Кузнецова (отдел закупок, Санкт-Петербург)"_s,
            u"Ольга"_s, u"Сидорова-Кузнецова"_s, u"Ивановна"_s);
    ru.phones = { item(u"+7 495 123-45-67"_s, { u"home"_s }) };
    ru.emails = { item(u"olga@example.ru"_s, { u"home"_s, u"internet"_s }) };
    ru.birthday = QDate(1972, 3, 8);

    ContactCard uk = person(32, u"Ірина Бондаренко"_s, u"Ірина"_s, u"Бондаренко"_s);
    uk.language = u"uk"_s; // BDAY:--0412 has no year and is not kept

    checkCards(VCardReader::readFile(testData(u"vcard/rfc6350-4.0.vcf"_s)), { lt, ru, uk });
}

TEST_CASE("Broken files name file, line and property, and the good cards are still read", "[vcard]")
{
    checkBroken(u"broken-missing-end.vcf"_s,
        u":6: END: the file ends inside the card that starts on this line (no END:VCARD)"_s,
        { u"Rūta Jankauskaitė"_s });
    checkBroken(u"broken-no-colon.vcf"_s,
        u":4: TEL: the line has no “:” between the property name and its value"_s,
        { u"Ewa Nowak"_s });
    checkBroken(u"broken-base64.vcf"_s,
        u":5: PHOTO: the base64 data is damaged (characters outside base64, or cut off)"_s,
        { u"Elena Dumitrescu"_s });
    checkBroken(u"broken-charset.vcf"_s, u":3: N: unknown character set “x-baltic-unknown”"_s,
        { u"Tadas Šimkus"_s });
    checkBroken(u"broken-nested.vcf"_s,
        u":4: BEGIN: BEGIN:VCARD inside a card: the card that starts on line 1 has no END:VCARD"_s,
        { u"Agnieszka Kowalska"_s, u"Mihai Ionescu"_s });
}

TEST_CASE("Other bad input gives one clear error per bad card", "[vcard]")
{
    const QString file = u"kontaktai.vcf"_s;
    auto errorsOf = [&](const QByteArray& data) {
        QStringList out;
        for (const Error& e : VCardReader::read(data, file).errors)
            out << e.toString();
        return out.join(u'\n').toStdString();
    };
    const QByteArray good = "BEGIN:VCARD\r\nFN:Jonas Jonaitis\r\nEND:VCARD\r\n";

    CHECK(errorsOf(good + "END:VCARD\r\n")
        == std::string("kontaktai.vcf:4: END: END:VCARD without BEGIN:VCARD"));
    CHECK(errorsOf("BEGIN:VCARD\nVERSION:2.1\nFN;ENCODING=QUOTED-PRINTABLE:Jon=ZZas\nEND:VCARD\n")
        == std::string("kontaktai.vcf:3: FN: “=ZZ” is not valid quoted-printable text"));
    CHECK(errorsOf("BEGIN:VCARD\nFN:Jonas\nBDAY:1990-02-30\nEND:VCARD\n")
        == std::string("kontaktai.vcf:3: BDAY: “1990-02-30” is not a date (YYYY-MM-DD expected)"));
    CHECK(errorsOf("BEGIN:VCARD\nVERSION:5.0\nEND:VCARD\n")
        == std::string("kontaktai.vcf:2: VERSION: vCard version “5.0” is not supported (2.1, "
                       "3.0 and 4.0 are)"));
    CHECK(errorsOf("BEGIN:VCARD\nVERSION:4.0\nFN:A\nPHOTO:data:image/png;base64,iV*O\nEND:VCARD\n")
        == std::string("kontaktai.vcf:4: PHOTO: the base64 data is damaged (characters outside "
                       "base64, or cut off)"));
    CHECK(errorsOf("BEGIN:VCARD\nFN:Ona \xC5\n Petrien\xEB\nEND:VCARD\n")
        == std::string("kontaktai.vcf:2: FN: the text is not valid UTF-8 and the line names no "
                       "CHARSET"));
    CHECK(errorsOf("Sveiki!\n" + good)
        == std::string("kontaktai.vcf:1: text outside a card (BEGIN:VCARD … END:VCARD)"));
    const std::string noCard = "kontaktai.vcf: the file holds no vCard (no BEGIN:VCARD line)";
    CHECK(errorsOf("Vardas;Pavardė\nJonas;Jonaitis\n") == noCard);
    CHECK(errorsOf(QByteArray()) == noCard);

    const QString missing = QDir::temp().filePath(u"tandem-no-such-file.vcf"_s);
    const CardReadResult none = VCardReader::readFile(missing);
    REQUIRE(none.errors.size() == 1);
    CHECK(none.errors.first().file == missing);
    CHECK(none.errors.first().message.startsWith(u"cannot open the file: "_s));
    CHECK(none.cards.isEmpty());
}

TEST_CASE("Random bytes and damaged files never crash the reader", "[vcard]")
{
    QRandomGenerator random(20240611);
    QFile sample(testData(u"vcard/outlook-2.1.vcf"_s));
    REQUIRE(sample.open(QIODevice::ReadOnly));
    const QByteArray outlook = sample.readAll();
    for (int round = 0; round < 300; ++round) {
        QByteArray noise(random.bounded(1, 3000), Qt::Uninitialized);
        for (char& c : noise)
            c = char(random.bounded(256));
        const CardReadResult fromNoise = VCardReader::read(noise, u"noise.vcf"_s);
        CHECK(fromNoise.cards.isEmpty());
        CHECK(fromNoise.errors.size() == 1);

        QByteArray damaged = outlook;
        for (int i = 0; i < 1 + round % 20; ++i)
            damaged[random.bounded(damaged.size())] = char(random.bounded(256));
        const int lines = int(damaged.count('\n')) + 1;
        const CardReadResult fromDamaged = VCardReader::read(damaged, u"damaged.vcf"_s);
        CHECK(fromDamaged.cards.size() + fromDamaged.errors.size() >= 1);
        for (const Error& e : fromDamaged.errors) {
            CHECK(e.file == u"damaged.vcf"_s);
            CHECK(e.line <= lines);
        }
    }
}

namespace {

// Every character the format treats specially, in all five languages.
ContactCard trickyCard()
{
    ContactCard c = person(1, u"Dr. Žydrūnė Ana;Maria Łoś-Ковальчук, Jr."_s, u"Žydrūnė"_s,
        u"Łoś-Ковальчук, Jr."_s, u"Ana;Maria"_s);
    c.prefix = u"Dr."_s;
    c.suffix = u"Ph.D.\\MBA"_s;
    c.organisation = u"Țesătoria; Brașov, SRL"_s;
    c.department = u"Vânzări\\Export"_s;
    c.title = u"Директор, продажи; экспорт"_s;
    c.phones = { item(u"+370 612 34567"_s, { u"cell"_s, u"voice"_s }, true),
        item(u"+48 22 555 01 02"_s, { u"work"_s }), item(u"+7 495 123-45-67"_s) };
    c.emails = { item(u"zydrune@example.lt"_s, { u"work"_s }, true),
        item(u"los@example.pl"_s, { u"home"_s, u"internet"_s }) };
    c.urls = { item(u"https://example.lt/a,b;c?q=1"_s, { u"work"_s }) };
    CardAddress po = address({ u"work"_s }, u"Gedimino pr. 1, kab. 5"_s, u"Vilnius"_s,
        u"Vilniaus apskr."_s, u"LT-01103"_s, u"Lietuva"_s, true);
    po.poBox = u"PD 12"_s;
    po.extended = u"3 aukštas"_s;
    c.addresses = { po,
        address({ u"home"_s }, u"ul. Długa 5;m. 3"_s, u"Łódź"_s, {}, u"90-001"_s, u"Polska"_s) };
    c.categories = { u"Klientai, VIP"_s, u"Партнёры"_s, u"back\\slash"_s };
    c.note = u"Pirma eilutė\nAntra; su kabliataškiu, ir kableliu\\\nТретя строка: ґ є ї"_s;
    c.birthday = QDate(1985, 4, 12);
    c.photo = jpegBytes();
    c.photoMimeType = u"image/jpeg"_s;
    c.uid = u"urn:uuid:0190a8f2-7c1e-7b3a-9d4e-1f2a3b4c5d6e"_s;
    c.language = u"lt"_s;
    return c;
}

// 200 characters of Lithuanian, Polish, Ukrainian, Romanian and Russian letters: the name's
// line must fold many times, and fixed 75-octet cuts would land inside two-byte letters.
ContactCard longNameCard()
{
    QString name;
    while (name.size() < 200)
        name += u"Žemaitė-Łukasiewicz Їжакевич Țepeș Щербаков "_s;
    name.truncate(200);
    name[199] = u'ž';
    ContactCard c = person(0, name, u"Ąžuolė"_s, name);
    c.emails = { item(u"a@example.lt"_s) };
    return c;
}

QList<QByteArray> physicalLines(const QByteArray& written)
{
    QList<QByteArray> lines = written.split('\n');
    REQUIRE(lines.takeLast().isEmpty()); // the output ends with a line break
    for (QByteArray& line : lines) {
        REQUIRE(line.endsWith('\r')); // CRLF everywhere, no bare LF
        line.chop(1);
    }
    return lines;
}

} // namespace

TEST_CASE("Written cards read back equal, in 4.0 and in 3.0", "[vcard]")
{
    const QList<ContactCard> cards { trickyCard(), longNameCard() };
    for (const VCardVersion version : { VCardVersion::V4, VCardVersion::V3 }) {
        INFO((version == VCardVersion::V4 ? "4.0" : "3.0"));
        const QByteArray written = VCardWriter::write(cards, version);
        const CardReadResult result = VCardReader::read(written, u"export.vcf"_s);
        QList<ContactCard> expected = cards;
        expected[1].line = int(written.split('\n').lastIndexOf("BEGIN:VCARD\r")) + 1;
        if (version == VCardVersion::V3) {
            for (ContactCard& c : expected)
                c.language.clear(); // LANG exists in 4.0 only
        }
        checkCards(result, expected);
    }
}

TEST_CASE("Written lines fold at 75 octets and never split a UTF-8 character", "[vcard]")
{
    for (const VCardVersion version : { VCardVersion::V4, VCardVersion::V3 }) {
        const QList<QByteArray> lines
            = physicalLines(VCardWriter::write({ trickyCard(), longNameCard() }, version));
        int shortenedFolds = 0;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            INFO(lines.at(i).toStdString());
            CHECK(lines.at(i).size() <= 75);
            QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
            (void)utf8.decode(lines.at(i));
            CHECK_FALSE(utf8.hasError());
            const bool continued = i + 1 < lines.size() && lines.at(i + 1).startsWith(' ');
            if (continued && lines.at(i).size() < 75)
                ++shortenedFolds; // the fold moved back to the start of a multi-byte letter
        }
        CHECK(shortenedFolds > 0);
    }
}

TEST_CASE("Written cards use the plain forms Thunderbird, Google and Apple import", "[vcard]")
{
    const QByteArray v4 = VCardWriter::write({ trickyCard() }, VCardVersion::V4);
    CHECK(v4.startsWith("BEGIN:VCARD\r\nVERSION:4.0\r\nPRODID:-//Tandem//Tandem CRM//EN\r\n"));
    CHECK(v4.endsWith("\r\nEND:VCARD\r\n"));
    CHECK(v4.contains("\r\nTEL;TYPE=\"cell,voice\";PREF=1:+370 612 34567\r\n"));
    CHECK(v4.contains("\r\nTEL:+7 495 123-45-67\r\n"));
    CHECK(v4.contains("\r\nEMAIL;TYPE=work;PREF=1:zydrune@example.lt\r\n"));
    CHECK(v4.contains("\r\nURL;TYPE=work:https://example.lt/a,b;c?q=1\r\n")); // a URI: not escaped
    CHECK(v4.contains("\r\nBDAY:19850412\r\n"));
    CHECK(v4.contains("\r\nLANG:lt\r\n"));
    CHECK(v4.contains("\r\nPHOTO:data:image/jpeg;base64,/9j/4FRhbmRlbSB0"));
    CHECK(v4.contains(u"\r\nORG:Țesătoria\\; Brașov\\, SRL;Vânzări\\\\Export\r\n"_s.toUtf8()));
    CHECK(v4.contains("\r\nCATEGORIES:Klientai\\, VIP,"));

    const QByteArray v3 = VCardWriter::write({ trickyCard() }, VCardVersion::V3);
    CHECK(v3.startsWith("BEGIN:VCARD\r\nVERSION:3.0\r\nPRODID:-//Tandem//Tandem CRM//EN\r\n"));
    CHECK(v3.contains("\r\nTEL;TYPE=cell,voice;TYPE=pref:+370 612 34567\r\n"));
    CHECK(v3.contains("\r\nEMAIL;TYPE=work;TYPE=pref:zydrune@example.lt\r\n"));
    CHECK(v3.contains("\r\nBDAY:1985-04-12\r\n"));
    CHECK(v3.contains("\r\nPHOTO;ENCODING=b;TYPE=JPEG:/9j/4FRhbmRlbSB0"));
    CHECK_FALSE(v3.contains("LANG"));
    CHECK_FALSE(v3.contains('"')); // Apple shows quoted 3.0 types literally

    SECTION("FN and all five N components are always written")
    {
        ContactCard onlyNames;
        onlyNames.firstName = u"Rūta"_s;
        onlyNames.lastName = u"Jankauskaitė"_s;
        ContactCard onlyCompany;
        onlyCompany.organisation = u"UAB Vėjas"_s;
        const QByteArray out = VCardWriter::write({ onlyNames, onlyCompany });
        CHECK(out.contains(u"\r\nFN:Rūta Jankauskaitė\r\nN:Jankauskaitė;Rūta;;;\r\n"_s.toUtf8()));
        CHECK(out.contains(u"\r\nFN:UAB Vėjas\r\nN:;;;;\r\nORG:UAB Vėjas\r\n"_s.toUtf8()));
    }
}
