// Importing address-book cards: a dry run that tells line by line what would happen, nothing
// written while a row is rejected unless the user accepts a partial import, companies and tags
// made once, duplicates skipped or filled in (the export round trip: test_ContactExport.cpp).
#include "ContactTestSupport.h"

#include "services/ContactImport.h"

#include <catch2/catch.hpp>

using namespace tandem;
using namespace tandem::test;
using Outcome = ImportRow::Outcome;

namespace {

ContactCard card(int line, const char* first, const char* last, const char* email = nullptr)
{
    ContactCard c;
    c.line = line;
    c.firstName = str(first);
    c.lastName = str(last);
    c.formattedName = (c.firstName + QLatin1Char(' ') + c.lastName).trimmed();
    if (email)
        c.emails << CardItem { str(email), { QStringLiteral("internet") }, false };
    return c;
}

CardAddress address(const char* city, const char* country)
{
    CardAddress a;
    a.city = str(city);
    a.country = str(country);
    return a;
}

qint64 count(
    RecordStore& rs, const char* entity, const char* field = nullptr, const QString& value = {})
{
    ListQuery q;
    if (field)
        q.where << qMakePair(QLatin1String(field), QVariant(value));
    return *rs.count(QLatin1String(entity), q);
}

// The first dry-run file: a new person, a known one, a bad value, a repeat within the file, and
// another new person; the reader could not read line 7.
CardReadResult mixedFile()
{
    CardReadResult in;
    ContactCard ona = card(2, "Ona", "Petraitienė", "ona@namai.lt");
    ona.phones << CardItem { str("+370 612 00001"), { QStringLiteral("cell") }, false };
    in.cards << ona;
    in.cards << card(3, "Jonas", "K.", "JONAS@Baltic.lt");
    ContactCard petras = card(4, "Petras", "Bad", "petras@namai.lt");
    petras.extra.insert(QStringLiteral("consent_email"), QStringLiteral("maybe"));
    in.cards << petras;
    ContactCard again = card(5, "O.", "Petraitienė");
    again.phones << CardItem { str("8 612 00001"), {}, false };
    again.addresses << address("Vilnius", "LT");
    in.cards << again;
    in.cards << card(6, "Rasa", "Vadovė", "rasa@namai.lt");
    in.errors << Error { QStringLiteral("a quoted field is never closed"), {}, 7, {} };
    return in;
}

} // namespace

TEST_CASE("A dry run tells line by line what the import would do, and writes nothing", "[import]")
{
    auto db = TestDatabase::initialised();
    RecordStore& rs = db->records();
    const QString jonas = create(rs, QStringLiteral("contact"),
        { { QStringLiteral("first_name"), str("Jonas") },
            { QStringLiteral("last_name"), str("Kazlauskas") },
            { QStringLiteral("email"), str("jonas@baltic.lt") } });
    const qint64 logBefore = db->session().changeLog().count();

    const ImportReport report
        = runImport(*db, mixedFile(), importOptions(DuplicatePolicy::Skip, true, true));
    CHECK_FALSE(report.applied);
    CHECK(report.created == 2);
    CHECK(report.updated == 0);
    CHECK(report.skipped == 2);
    CHECK(report.rejected == 1);
    REQUIRE(report.errors.size() == 1);
    CHECK(report.errors.first().toString()
        == QStringLiteral("contacts.vcf:7: a quoted field is never closed"));

    REQUIRE(report.rows.size() == 5);
    const QList<Outcome> outcomes { Outcome::Created, Outcome::SkippedDuplicate, Outcome::Rejected,
        Outcome::SkippedDuplicate, Outcome::Created };
    for (int i = 0; i < 5; ++i) {
        CHECK(report.rows[i].line == i + 2);
        CHECK(report.rows[i].outcome == outcomes[i]);
    }
    CHECK(report.rows[0].label == str("Ona Petraitienė"));
    CHECK(report.rows[1].duplicateOfId == jonas);
    CHECK(report.rows[2].error.toString()
        == QStringLiteral("contacts.vcf:4: consent_email: 'maybe' is not true or false"));
    CHECK(report.rows[2].label == str("Petras Bad"));
    CHECK(report.rows[3].duplicateOfId.isEmpty()); // a row of this file, not written yet

    CHECK(count(rs, "contact") == 1);
    CHECK(db->session().changeLog().count() == logBefore);
}

TEST_CASE("Rejected rows stop the import unless the user accepts a partial import", "[import]")
{
    auto db = TestDatabase::initialised();
    RecordStore& rs = db->records();
    create(rs, QStringLiteral("contact"),
        { { QStringLiteral("first_name"), str("Jonas") },
            { QStringLiteral("email"), str("jonas@baltic.lt") } });
    const qint64 logBefore = db->session().changeLog().count();

    const ImportReport refused
        = runImport(*db, mixedFile(), importOptions(DuplicatePolicy::Skip, false, false));
    CHECK_FALSE(refused.applied);
    CHECK(refused.created == 2);
    CHECK(refused.rejected == 1);
    CHECK(count(rs, "contact") == 1);
    CHECK(db->session().changeLog().count() == logBefore);

    SECTION("a reader error alone stops it too")
    {
        CardReadResult onlyReaderError = mixedFile();
        onlyReaderError.cards.removeAt(2);
        CHECK_FALSE(
            runImport(*db, onlyReaderError, importOptions(DuplicatePolicy::Skip, false, false))
                .applied);
        CHECK(count(rs, "contact") == 1);
    }
    SECTION("with --skip-invalid the good rows are written in one go")
    {
        const ImportReport partial
            = runImport(*db, mixedFile(), importOptions(DuplicatePolicy::Skip, false, true));
        CHECK(partial.applied);
        CHECK(count(rs, "contact") == 3);
        CHECK(count(rs, "contact", "first_name", str("Petras")) == 0);
        const Record ona = contactByEmail(rs, "ona@namai.lt");
        CHECK(ona.text(QStringLiteral("mobile")) == str("+370 612 00001"));
        CHECK(partial.rows[0].recordId == ona.id);
        CHECK(partial.rows[3].duplicateOfId == ona.id); // the repeat within the file
        CHECK(partial.rows[4].recordId == contactByEmail(rs, "rasa@namai.lt").id);
        CHECK(partial.rows[2].recordId.isEmpty());
    }
}

TEST_CASE("Many cards naming one company make it once; tags are made once and reused", "[import]")
{
    auto db = TestDatabase::initialised();
    RecordStore& rs = db->records();
    const QString meble = create(
        rs, QStringLiteral("company"), { { QStringLiteral("name"), str("Meble Sp. z o.o.") } });
    const QString partner
        = create(rs, QStringLiteral("tag"), { { QStringLiteral("name"), str("Partner") } });
    const qint64 companies = count(rs, "company");

    CardReadResult in;
    ContactCard anna = card(2, "Anna", "Nowak", "anna@bw.lt");
    anna.organisation = str("UAB Baltic Wood");
    anna.categories = QStringList { str("VIP"), str("partner") };
    ContactCard piotr = card(3, "Piotr", "Zieliński", "piotr@bw.lt");
    piotr.organisation = str("uab  baltic   wood");
    piotr.categories = QStringList { str("vip ") };
    ContactCard zofia = card(4, "Zofia", "Wójcik", "zofia@meble.pl");
    zofia.organisation = str("MEBLE SP. Z O.O.");
    zofia.categories = QStringList { str("Newsletter") };
    ContactCard ewa = card(5, "Ewa", "Wiśniewska", "ewa@bw.lt");
    ewa.organisation = str("UAB Baltic Wood");
    in.cards << anna << piotr << zofia << ewa;

    const ImportReport report
        = runImport(*db, in, importOptions(DuplicatePolicy::Skip, false, false));
    REQUIRE(report.applied);
    CHECK(report.created == 4);
    CHECK(count(rs, "company") == companies + 1);
    const QString baltic = contactByEmail(rs, "anna@bw.lt").text(QStringLiteral("company_id"));
    CHECK(rs.labelOf(QStringLiteral("company"), baltic) == str("UAB Baltic Wood"));
    CHECK(contactByEmail(rs, "piotr@bw.lt").text(QStringLiteral("company_id")) == baltic);
    CHECK(contactByEmail(rs, "ewa@bw.lt").text(QStringLiteral("company_id")) == baltic);
    CHECK(contactByEmail(rs, "zofia@meble.pl").text(QStringLiteral("company_id")) == meble);

    CHECK(count(rs, "tag") == 3); // Partner, VIP, Newsletter
    CHECK(tagsOf(rs, contactByEmail(rs, "anna@bw.lt").id)
        == QStringList { str("Partner"), str("VIP") });
    CHECK(tagsOf(rs, contactByEmail(rs, "piotr@bw.lt").id) == QStringList { str("VIP") });
    CHECK(count(rs, "tagging", "tag_id", partner) == 1);
}

TEST_CASE("Duplicate policy Update fills only empty fields and adds what is new", "[import]")
{
    auto db = TestDatabase::initialised();
    RecordStore& rs = db->records();
    const QString jonas = create(rs, QStringLiteral("contact"),
        { { QStringLiteral("first_name"), str("Jonas") },
            { QStringLiteral("last_name"), str("Kazlauskas") },
            { QStringLiteral("email"), str("jonas@baltic.lt") },
            { QStringLiteral("title"), str("CTO") } });
    const QString vip
        = create(rs, QStringLiteral("tag"), { { QStringLiteral("name"), str("VIP") } });
    create(rs, QStringLiteral("tagging"),
        { { QStringLiteral("tag_id"), vip },
            { QStringLiteral("entity"), QStringLiteral("contact") },
            { QStringLiteral("record_id"), jonas } });
    const qint64 contacts = count(rs, "contact");

    CardReadResult in;
    ContactCard first = card(2, "Jonas", "Kazlauskas", "JONAS@baltic.lt");
    first.emails << CardItem { str("jonas@namai.lt"), { QStringLiteral("home") }, false };
    first.title = str("CEO");
    first.note = str("Met at the fair");
    first.phones << CardItem { str("+370 612 34567"), { QStringLiteral("work") }, false };
    first.addresses << address("Kaunas", "LT");
    first.categories = QStringList { str("vip"), str("Partner") };
    ContactCard second = card(3, "J.", "Kazlauskas", "jonas@namai.lt"); // found by the new e-mail
    second.phones << CardItem { str("8 612 34567"), {}, false } // the same number
                  << CardItem { str("+370 699 99999"), { QStringLiteral("cell") }, false };
    second.addresses << address("Vilnius", "LT");
    second.title = str("Owner");
    in.cards << first << second;

    const ImportReport report
        = runImport(*db, in, importOptions(DuplicatePolicy::Update, false, false));
    REQUIRE(report.applied);
    CHECK(report.updated == 2);
    CHECK(report.created == 0);
    for (const ImportRow& row : report.rows) {
        CHECK(row.outcome == Outcome::Updated);
        CHECK(row.recordId == jonas);
        CHECK(row.duplicateOfId == jonas);
    }
    CHECK(count(rs, "contact") == contacts);
    const Record after = *rs.get(QStringLiteral("contact"), jonas);
    CHECK(after.text(QStringLiteral("title")) == str("CTO"));
    CHECK(after.text(QStringLiteral("email")) == str("jonas@baltic.lt"));
    CHECK(after.text(QStringLiteral("notes")) == str("Met at the fair"));
    CHECK(after.text(QStringLiteral("phone")) == str("+370 612 34567"));
    CHECK(after.text(QStringLiteral("mobile")) == str("+370 699 99999"));
    CHECK(after.text(QStringLiteral("city")) == str("Kaunas"));
    CHECK(pointsOf(rs, jonas)
        == QStringList { str("address|||||Vilnius||LT"), str("email|home|||||||jonas@namai.lt") });
    CHECK(tagsOf(rs, jonas) == QStringList { str("Partner"), str("VIP") });
    for (const Change& c : db->session().changeLog().forRecord(QStringLiteral("contact"), jonas))
        CHECK(c.field != QStringLiteral("title"));
}

TEST_CASE("Duplicates can be created anyway, and repeats within a file fill the first", "[import]")
{
    auto db = TestDatabase::initialised();
    RecordStore& rs = db->records();
    create(rs, QStringLiteral("contact"),
        { { QStringLiteral("first_name"), str("Jonas") },
            { QStringLiteral("email"), str("jonas@baltic.lt") } });
    CardReadResult in;
    in.cards << card(2, "Jonas", "Kazlauskas", "jonas@baltic.lt");

    SECTION("create anyway")
    {
        const ImportReport report
            = runImport(*db, in, importOptions(DuplicatePolicy::CreateAnyway, false, false));
        CHECK(report.created == 1);
        CHECK(count(rs, "contact", "email", str("jonas@baltic.lt")) == 2);
    }
    SECTION("a repeat within the file fills the row before it")
    {
        CardReadResult file;
        file.cards << card(2, "Ona", "Petraitienė", "ona@namai.lt");
        ContactCard again = card(3, "Ona", "Petraitiene", "ONA@namai.lt");
        again.phones << CardItem { str("+370 612 00001"), {}, false };
        again.title = str("Buhalterė");
        file.cards << again;
        const ImportReport report
            = runImport(*db, file, importOptions(DuplicatePolicy::Update, false, false));
        CHECK(report.created == 1);
        CHECK(report.updated == 1);
        const Record ona = contactByEmail(rs, "ona@namai.lt");
        CHECK(ona.text(QStringLiteral("last_name")) == str("Petraitienė"));
        CHECK(ona.text(QStringLiteral("phone")) == str("+370 612 00001"));
        CHECK(ona.text(QStringLiteral("title")) == str("Buhalterė"));
        CHECK(report.rows[1].recordId == ona.id);
        CHECK(report.rows[1].duplicateOfId == ona.id);
    }
}

TEST_CASE("Owner, status, consents and dates are read; a bad one rejects its row", "[import]")
{
    auto db = TestDatabase::initialised();
    RecordStore& rs = db->records();
    CardReadResult in;
    ContactCard good = card(2, "Rūta", "Jankauskienė", "ruta@namai.lt");
    good.extra = { { QStringLiteral("owner_id"), str("tester") },
        { QStringLiteral("status"), str("inactive") },
        { QStringLiteral("consent_email"), str("true") },
        { QStringLiteral("next_contact_date"), str("2026-07-01") },
        { QStringLiteral("decision_maker"), str("yes") } };
    good.birthday = QDate(1985, 3, 11);
    good.language = str("lt");
    good.photo = QByteArray("\x89PNG\r\n\x1a\n-pretend-image");
    good.photoMimeType = QStringLiteral("image/png");
    ContactCard nobody = card(3, "A", "B", "a@b.lt");
    nobody.extra.insert(QStringLiteral("owner_id"), str("Nobody"));
    ContactCard date = card(4, "C", "D", "c@d.lt");
    date.extra.insert(QStringLiteral("next_contact_date"), str("01.07.2026"));
    ContactCard nameless = card(5, "", "");
    nameless.title = str("CEO");
    ContactCard internal = card(6, "E", "F", "e@f.lt");
    internal.extra.insert(QStringLiteral("merged_into_id"), str("x"));
    ContactCard badEmail = card(7, "G", "H", "g@h.lt");
    badEmail.emails << CardItem { str("not-an-address"), {}, false };
    in.cards << good << nobody << date << nameless << internal << badEmail;

    const ImportReport report
        = runImport(*db, in, importOptions(DuplicatePolicy::Skip, false, true));
    REQUIRE(report.applied);
    CHECK(report.created == 1);
    CHECK(report.rejected == 5);
    const QStringList expected {
        QStringLiteral("contacts.vcf:3: owner_id: there is no user 'Nobody'"),
        QStringLiteral(
            "contacts.vcf:4: next_contact_date: '01.07.2026' is not a date (YYYY-MM-DD)"),
        QStringLiteral("contacts.vcf:5: first_name: a contact needs a name or an e-mail address"),
        QStringLiteral("contacts.vcf:6: merged_into_id: an import cannot set this field"),
        QStringLiteral("contacts.vcf:7: email: 'not-an-address' is not an e-mail address"),
    };
    for (int i = 0; i < expected.size(); ++i) {
        CHECK(report.rows[i + 1].outcome == Outcome::Rejected);
        CHECK(report.rows[i + 1].error.toString() == expected[i]);
    }

    const Record ruta = contactByEmail(rs, "ruta@namai.lt");
    CHECK(rs.labelOf(QStringLiteral("user"), ruta.text(QStringLiteral("owner_id")))
        == QStringLiteral("Tester"));
    CHECK(ruta.text(QStringLiteral("status")) == QStringLiteral("inactive"));
    CHECK(ruta.value(QStringLiteral("consent_email")).toBool());
    CHECK(ruta.value(QStringLiteral("decision_maker")).toBool());
    CHECK(ruta.text(QStringLiteral("next_contact_date")) == QStringLiteral("2026-07-01"));
    CHECK(ruta.text(QStringLiteral("birthday")) == QStringLiteral("1985-03-11"));
    const auto photo = rs.get(QStringLiteral("attachment"), ruta.text(QStringLiteral("photo_id")));
    REQUIRE(photo);
    CHECK(photo->text(QStringLiteral("kind")) == QStringLiteral("photo"));
    CHECK(photo->text(QStringLiteral("mime_type")) == QStringLiteral("image/png"));
    CHECK(photo->value(QStringLiteral("content")).toByteArray() == good.photo);
    CHECK(photo->text(QStringLiteral("record_id")) == ruta.id);
    CHECK(photo->text(QStringLiteral("name")) == str("Rūta Jankauskienė.png"));
}
