// Importing companies (and other records) from CSV: dry run, duplicates, rejected rows, one
// transaction; and exporting any list as CSV in the user's locale that reads back the same.
#include "TestDatabase.h"

#include "io/CsvContacts.h"
#include "io/CsvReader.h"
#include "io/RecordCsvExport.h"
#include "io/RecordCsvImport.h"

#include <QDir>

#include <catch2/catch.hpp>

using namespace tandem;
using tandem::test::create;
using tandem::test::testData;
using tandem::test::TestDatabase;
using Outcome = ImportRow::Outcome;

namespace {

const QString kCompany = QStringLiteral("company");

CsvTable tableOf(const QByteArray& data)
{
    auto t = CsvReader::read(data, { QStringLiteral("companies.csv"), {}, {} });
    if (!t)
        FAIL(t.error().toString().toStdString());
    return std::move(t).value();
}

ImportReport import(Session& s, const CsvTable& table, ImportOptions options = {},
    const QString& entity = kCompany, const QLocale& locale = QLocale(QStringLiteral("en_US")))
{
    if (options.fileName.isEmpty())
        options.fileName = QStringLiteral("companies.csv");
    auto r = RecordCsvImport::run(
        s, table, CsvMapping::autoMatch(entity, table.header), options, LocaleValues(locale));
    if (!r)
        FAIL(r.error().toString().toStdString());
    return std::move(r).value();
}

ImportReport import(Session& s, const char* text, ImportOptions options = {})
{
    return import(s, tableOf(QByteArray(text)), options);
}

QList<Outcome> outcomes(const ImportReport& r)
{
    QList<Outcome> out;
    for (const ImportRow& row : r.rows)
        out << row.outcome;
    return out;
}

std::optional<Record> byName(RecordStore& rs, const QString& entity, const QString& name)
{
    ListQuery q;
    q.where << qMakePair(EntitySchema::find(entity)->labelFields.first(), QVariant(name));
    const auto rows = rs.list(entity, q);
    REQUIRE(rows);
    REQUIRE(rows->size() <= 1);
    return rows->isEmpty() ? std::nullopt : std::optional<Record>(rows->first());
}

qint64 companies(RecordStore& rs)
{
    return *rs.count(kCompany);
}

} // namespace

TEST_CASE("A dry run of a company file counts what would happen and writes nothing", "[csv]")
{
    auto db = TestDatabase::initialised();
    RecordStore& rs = db->records();
    const QString jonas = create(rs, QStringLiteral("user"),
        { { QStringLiteral("name"), QStringLiteral("Jonas Jonaitis") } });
    const QString nordic = create(rs, kCompany,
        { { QStringLiteral("name"), QStringLiteral("Nordic Paper") },
            { QStringLiteral("reg_code"), QStringLiteral("556000 1111") } });
    auto table
        = CsvReader::readFile(testData(QStringLiteral("csv/") + QStringLiteral("companies.csv")));
    REQUIRE(table);
    const qint64 logBefore = db->session().changeLog().count();

    ImportOptions dry;
    dry.dryRun = true;
    const ImportReport plan = import(db->session(), *table, dry);
    CHECK(plan.created == 2);
    CHECK(plan.skipped == 1);
    CHECK(plan.updated == 0);
    CHECK(plan.rejected == 0);
    CHECK_FALSE(plan.applied);
    CHECK(outcomes(plan)
        == QList<Outcome> { Outcome::Created, Outcome::Created, Outcome::SkippedDuplicate });
    CHECK(plan.rows.at(2).line == 4);
    CHECK(plan.rows.at(2).label == QStringLiteral("Nordic Paper AB"));
    CHECK(plan.rows.at(2).duplicateOfId == nordic); // same registration code, written differently
    CHECK(companies(rs) == 1);
    CHECK(db->session().changeLog().count() == logBefore);

    const ImportReport done = import(db->session(), *table);
    REQUIRE(done.applied);
    CHECK(done.created == 2);
    CHECK(done.skipped == 1);
    CHECK(companies(rs) == 3);
    CHECK(db->session().changeLog().count() == logBefore + 2);
    const auto parent = rs.get(kCompany, done.rows.at(0).recordId);
    const auto child = rs.get(kCompany, done.rows.at(1).recordId);
    REQUIRE(parent);
    REQUIRE(child);
    CHECK(parent->text(QStringLiteral("name")) == QStringLiteral("Baltic Wood UAB"));
    CHECK(parent->text(QStringLiteral("status")) == QStringLiteral("customer")); // "Customer"
    CHECK(parent->text(QStringLiteral("owner_id")) == jonas);
    CHECK(
        parent->text(QStringLiteral("renewal_date")) == QStringLiteral("2026-06-30")); // 6/30/2026
    CHECK(parent->text(QStringLiteral("vat_code")) == QStringLiteral("LT100001234567"));
    CHECK(
        child->text(QStringLiteral("parent_id")) == parent->id); // by name, a row of the same file
    CHECK(child->text(QStringLiteral("status")) == QStringLiteral("prospect"));
    CHECK(rs.get(kCompany, nordic)->text(QStringLiteral("city")).isEmpty()); // skipped, not touched
}

TEST_CASE("Rows of the same company inside one file are duplicates of the first", "[csv]")
{
    const char* text = "Name,Registration code,VAT code,City\n"
                       "Alpha UAB,111,,\n"
                       "ALPHA uab,,,Kaunas\n"
                       "Alfa Trading,111,,Vilnius\n"
                       "Beta UAB,222,LT222,\n"
                       "Beta Holding,,LT 222,\n"
                       "Gama UAB,333,,\n"
                       "Gama UAB,444,,\n";
    auto db = TestDatabase::initialised();
    RecordStore& rs = db->records();

    SECTION("skip")
    {
        const ImportReport r = import(db->session(), text);
        REQUIRE(r.applied);
        CHECK(outcomes(r)
            == QList<Outcome> { Outcome::Created, Outcome::SkippedDuplicate,
                Outcome::SkippedDuplicate, Outcome::Created, Outcome::SkippedDuplicate,
                Outcome::Created, Outcome::Created });
        CHECK(r.rows.at(1).duplicateOfId == r.rows.at(0).recordId);
        CHECK(r.rows.at(2).duplicateOfId == r.rows.at(0).recordId);
        CHECK(r.rows.at(4).duplicateOfId == r.rows.at(3).recordId);
        CHECK(companies(rs) == 4); // namesakes with different registration codes are two companies
        CHECK(rs.get(kCompany, r.rows.at(0).recordId)->text(QStringLiteral("city")).isEmpty());
    }
    SECTION("update fills the first row's empty fields; the first value wins")
    {
        ImportOptions o;
        o.duplicates = DuplicatePolicy::Update;
        const ImportReport r = import(db->session(), text, o);
        REQUIRE(r.applied);
        CHECK(outcomes(r)
            == QList<Outcome> { Outcome::Created, Outcome::Updated, Outcome::SkippedDuplicate,
                Outcome::Created, Outcome::SkippedDuplicate, Outcome::Created, Outcome::Created });
        CHECK(r.created == 4);
        CHECK(r.updated == 1);
        CHECK(r.skipped == 2);
        CHECK(r.rows.at(1).recordId == r.rows.at(0).recordId);
        CHECK(rs.get(kCompany, r.rows.at(0).recordId)->text(QStringLiteral("city"))
            == QStringLiteral("Kaunas"));
    }
    SECTION("create anyway")
    {
        ImportOptions o;
        o.duplicates = DuplicatePolicy::CreateAnyway;
        const ImportReport r = import(db->session(), text, o);
        CHECK(r.created == 7);
        CHECK(companies(rs) == 7);
    }
}

TEST_CASE("Update fills the empty fields of an existing company and never overwrites one", "[csv]")
{
    auto db = TestDatabase::initialised();
    RecordStore& rs = db->records();
    const QString id = create(rs, kCompany,
        { { QStringLiteral("name"), QStringLiteral("Baltic Wood UAB") },
            { QStringLiteral("reg_code"), QStringLiteral("302123456") },
            { QStringLiteral("industry"), QStringLiteral("Wood") } });
    const auto historyBefore = db->session().changeLog().forRecord(kCompany, id).size();
    ImportOptions o;
    o.duplicates = DuplicatePolicy::Update;
    const ImportReport r = import(db->session(),
        "Name,Registration code,City,Industry,Postcode\n"
        "Baltic Wood,302123456,Vilnius,Timber,\n"
        "baltic wood uab,,Kaunas,,01103\n"
        "Baltic Wood UAB,,,Timber,\n",
        o);
    REQUIRE(r.applied);
    CHECK(outcomes(r)
        == QList<Outcome> { Outcome::Updated, Outcome::Updated, Outcome::SkippedDuplicate });
    CHECK(r.rows.at(0).recordId == id);
    CHECK(r.rows.at(1).recordId == id);
    CHECK(r.rows.at(2).duplicateOfId == id);
    const auto after = rs.get(kCompany, id);
    CHECK(after->text(QStringLiteral("city")) == QStringLiteral("Vilnius"));
    CHECK(after->text(QStringLiteral("industry")) == QStringLiteral("Wood"));
    CHECK(after->text(QStringLiteral("postcode")) == QStringLiteral("01103"));
    CHECK(after->text(QStringLiteral("name")) == QStringLiteral("Baltic Wood UAB"));
    CHECK(db->session().changeLog().forRecord(kCompany, id).size()
        == historyBefore + 2); // city, postcode
    CHECK(companies(rs) == 1);
}

TEST_CASE(
    "A row that cannot be read is rejected with file, line and column; nothing is written", "[csv]")
{
    auto db = TestDatabase::initialised();
    RecordStore& rs = db->records();
    const QString jonas = create(rs, QStringLiteral("user"),
        { { QStringLiteral("name"), QStringLiteral("Jonas Jonaitis") } });
    const QString ona = create(
        rs, QStringLiteral("user"), { { QStringLiteral("name"), QStringLiteral("Ona Onaitė") } });
    create(
        rs, QStringLiteral("user"), { { QStringLiteral("name"), QStringLiteral("Ona Onaite") } });
    const QByteArray text = QStringLiteral("Name,Owner,Status,Renewal date,Parent company\n"
                                           "Good One,jonas jonaitis,customer,2026-06-30,\n"
                                           "Bad Date,,,31/31/2026,\n"
                                           "Unknown Owner,Petras,,,\n"
                                           "Ambiguous,Ona Onaitė,,,\n"
                                           "Bad Status,,gold,,\n"
                                           ",,customer,,\n"
                                           "Child,,,,Nowhere Ltd\n"
                                           "Good Two,%1,Partner,,Good One\n")
                                .arg(ona.toUpper())
                                .toUtf8();
    const qint64 logBefore = db->session().changeLog().count();

    const ImportReport strict = import(db->session(), tableOf(text));
    CHECK_FALSE(strict.applied);
    CHECK(strict.created == 2);
    CHECK(strict.rejected == 6);
    QStringList errors;
    for (const ImportRow& row : strict.rows) {
        if (row.outcome == Outcome::Rejected)
            errors << row.error.toString();
    }
    CHECK(errors
        == QStringList { QStringLiteral("companies.csv:3: Renewal date: '31/31/2026' is not a date "
                                        "(6/15/2026 or YYYY-MM-DD)"),
            QStringLiteral("companies.csv:4: Owner: User “Petras” not found"),
            QStringLiteral("companies.csv:5: Owner: User “Ona Onaitė” is ambiguous: 2 records have "
                           "that name; give the id instead"),
            QStringLiteral("companies.csv:6: Status: 'gold' is not one of: Prospect, Customer, "
                           "Partner, Former"),
            QStringLiteral("companies.csv:7: Name: “Name” needs a value"),
            QStringLiteral("companies.csv:8: Parent company: Company “Nowhere Ltd” not found") });
    CHECK(companies(rs) == 0);
    CHECK(db->session().changeLog().count() == logBefore);

    SECTION("with --skip-invalid the good rows are written")
    {
        ImportOptions o;
        o.skipInvalid = true;
        const ImportReport r = import(db->session(), tableOf(text), o);
        REQUIRE(r.applied);
        CHECK(r.created == 2);
        CHECK(r.rejected == 6);
        CHECK(companies(rs) == 2);
        const auto one = byName(rs, kCompany, QStringLiteral("Good One"));
        const auto two = byName(rs, kCompany, QStringLiteral("Good Two"));
        REQUIRE(one);
        REQUIRE(two);
        CHECK(one->text(QStringLiteral("owner_id")) == jonas);
        CHECK(two->text(QStringLiteral("owner_id")) == ona); // by id, in any case
        CHECK(two->text(QStringLiteral("parent_id")) == one->id);
        CHECK(two->text(QStringLiteral("status")) == QStringLiteral("partner"));
    }
}

TEST_CASE("Ragged rows stop the import unless the user accepts a partial one", "[csv]")
{
    auto db = TestDatabase::initialised();
    auto table
        = CsvReader::readFile(testData(QStringLiteral("csv/") + QStringLiteral("ragged.csv")));
    REQUIRE(table);
    ImportOptions o;
    o.fileName = QStringLiteral("ragged.csv");
    const ImportReport strict = import(db->session(), *table, o);
    CHECK_FALSE(strict.applied);
    CHECK(strict.created == 5);
    REQUIRE(strict.errors.size() == 1);
    CHECK(strict.errors.at(0).toString()
        == QStringLiteral("ragged.csv:7: line 7 has 5 fields, the header has 6"));
    CHECK(companies(db->records()) == 0);

    o.skipInvalid = true;
    const ImportReport partial = import(db->session(), *table, o);
    CHECK(partial.applied);
    CHECK(companies(db->records()) == 5);
    const auto alpha = byName(db->records(), kCompany, QStringLiteral("Alpha UAB"));
    REQUIRE(alpha);
    CHECK(alpha->text(QStringLiteral("notes")) == QStringLiteral("first line\nsecond line"));
}

TEST_CASE("A write that fails rolls the whole import back", "[csv]")
{
    auto db = TestDatabase::initialised();
    RecordStore& rs = db->records();
    create(rs, kCompany, { { QStringLiteral("name"), QStringLiteral("Existing") } });
    REQUIRE(db->session().database().exec(QStringLiteral(
        "CREATE TEMP TRIGGER refuse_boom BEFORE INSERT ON company WHEN NEW.name = 'Boom' "
        "BEGIN SELECT RAISE(ABORT, 'boom refused'); END")));
    const qint64 logBefore = db->session().changeLog().count();
    const char* text = "Name,City\nFirst,Vilnius\nBoom,Kaunas\nThird,Alytus\n";

    ImportOptions dry;
    dry.dryRun = true;
    CHECK(import(db->session(), text, dry).created == 3); // the trigger is not in the plan

    const ImportReport r = import(db->session(), text);
    CHECK_FALSE(r.applied);
    CHECK(outcomes(r) == QList<Outcome> { Outcome::Created, Outcome::Rejected, Outcome::Created });
    CHECK(r.rows.at(1).error.file == QStringLiteral("companies.csv"));
    CHECK(r.rows.at(1).error.line == 3);
    CHECK(r.rows.at(1).error.message.contains(QStringLiteral("boom refused")));
    CHECK(r.rows.at(0).recordId.isEmpty());
    CHECK(companies(rs) == 1);
    CHECK_FALSE(byName(rs, kCompany, QStringLiteral("First")));
    CHECK(db->session().changeLog().count() == logBefore);

    // The database is usable afterwards: the next import writes.
    REQUIRE(db->session().database().exec(QStringLiteral("DROP TRIGGER refuse_boom")));
    CHECK(import(db->session(), text).applied);
    CHECK(companies(rs) == 4);
}

TEST_CASE("Contacts are not imported as plain records, and an unknown entity is refused", "[csv]")
{
    auto db = TestDatabase::initialised();
    const CsvTable t = tableOf(QByteArray("First name,E-mail\nA,a@b.lt\n"));
    CHECK_FALSE(RecordCsvImport::run(
        db->session(), t, CsvMapping::autoMatch(QStringLiteral("contact"), t.header), {}));
    CsvMapping m = CsvMapping::autoMatch(kCompany, t.header);
    m.entity = QStringLiteral("spaceship");
    auto r = RecordCsvImport::run(db->session(), t, m, {});
    REQUIRE_FALSE(r);
    CHECK(r.error().message == QStringLiteral("unknown record type “spaceship”"));
}

namespace {

struct Fixture {
    std::unique_ptr<TestDatabase> db = TestDatabase::initialised();
    QString parent, child, bare, pine, yen;

    Fixture()
    {
        RecordStore& rs = db->records();
        const QString tester = db->session().currentUserId();
        parent = create(rs, kCompany,
            { { QStringLiteral("name"), QStringLiteral("Baltic Wood UAB") },
                { QStringLiteral("legal_name"), QStringLiteral("UAB „Baltic Wood“") },
                { QStringLiteral("reg_code"), QStringLiteral("302123456") },
                { QStringLiteral("status"), QStringLiteral("customer") },
                { QStringLiteral("loyalty_tier"), QStringLiteral("gold") },
                { QStringLiteral("abc_class"), QStringLiteral("A") },
                { QStringLiteral("owner_id"), tester },
                { QStringLiteral("renewal_date"), QStringLiteral("2026-06-30") },
                { QStringLiteral("website"), QStringLiteral("https://baltic-wood.lt") },
                { QStringLiteral("notes"), QStringLiteral("Line 1\nLine 2; \"quoted\", 1,5") } });
        child = create(rs, kCompany,
            { { QStringLiteral("name"), QStringLiteral("Baltic Wood Kaunas") },
                { QStringLiteral("parent_id"), parent },
                { QStringLiteral("status"), QStringLiteral("prospect") },
                { QStringLiteral("city"), QStringLiteral("Kaunas") } });
        bare = create(rs, kCompany, { { QStringLiteral("name"), QStringLiteral("Žalias lapas") } });
        pine = create(rs, QStringLiteral("deal"),
            { { QStringLiteral("title"), QStringLiteral("Pine order") },
                { QStringLiteral("amount"), qint64(125050) },
                { QStringLiteral("company_id"), parent },
                { QStringLiteral("status"), QStringLiteral("won") },
                { QStringLiteral("won_at"), QStringLiteral("2026-06-10T14:30:00.000Z") },
                { QStringLiteral("expected_close"), QStringLiteral("2026-07-01") } });
        yen = create(rs, QStringLiteral("deal"),
            { { QStringLiteral("title"), QStringLiteral("Yen deal") },
                { QStringLiteral("currency"), QStringLiteral("JPY") },
                { QStringLiteral("amount"), qint64(150000) },
                { QStringLiteral("company_id"), child } });
    }
};

QByteArray exported(RecordStore& rs, const QString& entity, const QLocale& locale)
{
    RecordCsvExport::Options options;
    options.values = LocaleValues(locale);
    auto bytes = RecordCsvExport::exportQuery(rs, entity, {}, options);
    if (!bytes)
        FAIL(bytes.error().toString().toStdString());
    return *bytes;
}

QStringList linesOf(const QByteArray& data)
{
    return QString::fromUtf8(data.mid(3)).split(QStringLiteral("\r\n"));
}

// Every importable field of each record, references by label, compared record by record.
void requireSameRecords(RecordStore& a, RecordStore& b, const QString& entity)
{
    const EntityDef* def = EntitySchema::find(entity);
    const auto left = a.list(entity);
    REQUIRE(left);
    CHECK(*b.count(entity) == left->size());
    for (const Record& r : *left) {
        const auto other = byName(b, entity, r.text(def->labelFields.first()));
        REQUIRE(other);
        for (const FieldDef& f : def->fields) {
            if (f.internal())
                continue;
            INFO(entity.toStdString() << " " << r.text(def->labelFields.first()).toStdString()
                                      << " " << f.name.toStdString());
            if (f.type == FieldType::Ref)
                CHECK(b.labelOf(f.refEntity, other->text(f.name))
                    == a.labelOf(f.refEntity, r.text(f.name)));
            else
                CHECK(other->value(f.name) == r.value(f.name));
        }
    }
}

} // namespace

TEST_CASE(
    "Export writes the locale's conventions: lt_LT with ';' and decimal commas, en_US with ','",
    "[csv]")
{
    Fixture f;
    RecordStore& rs = f.db->records();

    // Times are written in the user's time zone.
    const QDateTime wonAt = QDateTime(QDate(2026, 6, 10), QTime(14, 30), Qt::UTC).toLocalTime();
    const QByteArray lt = exported(rs, QStringLiteral("deal"), QLocale(QStringLiteral("lt_LT")));
    CHECK(lt.startsWith("\xEF\xBB\xBF"));
    const QStringList ltLines = linesOf(lt);
    CHECK(ltLines.at(0).startsWith(QStringLiteral(
        "Title;Company;Contact;Pipeline;Stage;Amount;Currency;Owner;Expected close;Status")));
    CHECK(ltLines.at(1).startsWith(
        QStringLiteral("Pine order;Baltic Wood UAB;;;;1250,50;EUR;;2026-07-01;Won;;;%1;")
            .arg(wonAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")))));
    CHECK(ltLines.at(2).startsWith(QStringLiteral("Yen deal;Baltic Wood Kaunas;;;;150000;JPY;")));
    CHECK(ltLines.last().isEmpty()); // the file ends with CRLF

    const QByteArray en = exported(rs, QStringLiteral("deal"), QLocale(QStringLiteral("en_US")));
    const QStringList enLines = linesOf(en);
    CHECK(enLines.at(0).startsWith(QStringLiteral(
        "Title,Company,Contact,Pipeline,Stage,Amount,Currency,Owner,Expected close,Status")));
    CHECK(enLines.at(1).startsWith(
        QStringLiteral("Pine order,Baltic Wood UAB,,,,1250.50,EUR,,7/1/2026,Won,,,%1,")
            .arg(wonAt.toString(QStringLiteral("M/d/yyyy HH:mm")))));

    const QByteArray companiesLt = exported(rs, kCompany, QLocale(QStringLiteral("lt_LT")));
    CHECK(companiesLt.contains("Baltic Wood UAB;UAB „Baltic Wood“;302123456;"));
    CHECK(companiesLt.contains(";Tester;2026-06-30;\"Line 1\r\nLine 2; \"\"quoted\"\", 1,5\"\r\n"));
    CHECK(
        companiesLt.contains(";Prospect;;;;Baltic Wood UAB;;;;\r\n")); // the child: parent by name
    const QByteArray companiesEn = exported(rs, kCompany, QLocale(QStringLiteral("en_US")));
    CHECK(companiesEn.contains(",Customer,,Gold,A,,,Tester,6/30/2026,"));

    SECTION("chosen records and columns")
    {
        RecordCsvExport::Options o;
        o.values = LocaleValues(QLocale(QStringLiteral("en_US")));
        o.fields = { QStringLiteral("name"), QStringLiteral("parent_id") };
        auto bytes = RecordCsvExport::exportRecords(rs, kCompany, { f.child }, o);
        REQUIRE(bytes);
        CHECK(*bytes
            == QByteArray(
                "\xEF\xBB\xBFName,Parent company\r\nBaltic Wood Kaunas,Baltic Wood UAB\r\n"));
        o.fields = { QStringLiteral("shoe_size") };
        auto bad = RecordCsvExport::exportRecords(rs, kCompany, { f.child }, o);
        REQUIRE_FALSE(bad);
        CHECK(bad.error().message == QStringLiteral("a company has no field “shoe_size”"));
    }
    SECTION("a segment's conditions")
    {
        ListQuery q;
        q.where << qMakePair(QStringLiteral("status"), QVariant(QStringLiteral("prospect")));
        auto bytes = RecordCsvExport::exportQuery(rs, kCompany, q);
        REQUIRE(bytes);
        CHECK(linesOf(*bytes).size() == 3); // header, one company, the final CRLF
    }
}

TEST_CASE("An export re-imports through the reader and the mapping to the same values", "[csv]")
{
    Fixture f;
    RecordStore& rs = f.db->records();
    for (const char* name : { "lt_LT", "en_US", "pl_PL", "ru_RU" }) {
        const QLocale locale { QString::fromLatin1(name) };
        INFO(name);
        auto fresh = TestDatabase::initialised(QStringLiteral("site-b"));
        for (const QString& entity : { kCompany, QStringLiteral("deal") }) {
            const CsvTable table = tableOf(exported(rs, entity, locale));
            CHECK(table.delimiter
                == (locale.decimalPoint() == QLatin1String(",") ? QLatin1Char(';')
                                                                : QLatin1Char(',')));
            const CsvMapping mapping = CsvMapping::autoMatch(entity, table.header);
            CHECK(mapping.unmatchedHeaders().isEmpty());
            const ImportReport r = import(fresh->session(), table, {}, entity, locale);
            for (const ImportRow& row : r.rows)
                CHECK(row.error.toString() == QString());
            REQUIRE(r.applied);
        }
        requireSameRecords(rs, fresh->records(), kCompany);
        requireSameRecords(rs, fresh->records(), QStringLiteral("deal"));
    }
}

TEST_CASE("A contacts export reads back as cards for the contact import", "[csv]")
{
    Fixture f;
    RecordStore& rs = f.db->records();
    create(rs, QStringLiteral("contact"),
        { { QStringLiteral("first_name"), QStringLiteral("Šarūnas") },
            { QStringLiteral("last_name"), QStringLiteral("Žemaitis") },
            { QStringLiteral("company_id"), f.parent },
            { QStringLiteral("title"), QStringLiteral("Buyer") },
            { QStringLiteral("email"), QStringLiteral("sarunas@baltic-wood.lt") },
            { QStringLiteral("mobile"), QStringLiteral("+370 612 34567") },
            { QStringLiteral("city"), QStringLiteral("Vilnius") },
            { QStringLiteral("birthday"), QStringLiteral("1980-03-15") },
            { QStringLiteral("consent_email"), true },
            { QStringLiteral("status"), QStringLiteral("inactive") },
            { QStringLiteral("owner_id"), f.db->session().currentUserId() },
            { QStringLiteral("next_contact_date"), QStringLiteral("2026-07-01") } });
    const QLocale lt(QStringLiteral("lt_LT"));
    const CsvTable table = tableOf(exported(rs, QStringLiteral("contact"), lt));
    const CsvMapping mapping = CsvMapping::autoMatch(QStringLiteral("contact"), table.header);
    CHECK(mapping.unmatchedHeaders()
        == QStringList { QStringLiteral("Reports to"), QStringLiteral("Photo") });
    const CardReadResult r = CsvContacts::toCards(table, mapping, LocaleValues(lt));
    REQUIRE(r.errors.isEmpty());
    REQUIRE(r.cards.size() == 1);
    const ContactCard& c = r.cards.at(0);
    CHECK(c.formattedName == QStringLiteral("Šarūnas Žemaitis"));
    CHECK(c.organisation == QStringLiteral("Baltic Wood UAB"));
    CHECK(c.title == QStringLiteral("Buyer"));
    CHECK(c.birthday == QDate(1980, 3, 15));
    CHECK(c.emails
        == QList<CardItem> { CardItem { QStringLiteral("sarunas@baltic-wood.lt"), {}, false } });
    CHECK(c.phones
        == QList<CardItem> {
            CardItem { QStringLiteral("+370 612 34567"), { QStringLiteral("cell") }, false } });
    REQUIRE(c.addresses.size() == 1);
    CHECK(c.addresses.at(0).city == QStringLiteral("Vilnius"));
    // Fields left empty in the record stay out; yes/no, labels and dates come back canonical.
    CHECK(c.extra
        == QVariantMap { { QStringLiteral("consent_email"), QStringLiteral("true") },
            { QStringLiteral("status"), QStringLiteral("inactive") },
            { QStringLiteral("owner_id"), QStringLiteral("Tester") },
            { QStringLiteral("next_contact_date"), QStringLiteral("2026-07-01") } });
}
