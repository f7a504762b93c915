// Field laptops: a copy scoped to one owner or territory is sent only those records, their
// children, what they refer to and the global settings; it syncs its edits back like any copy.
#include "TestDatabase.h"

#include "domain/EntitySchema.h"
#include "store/CanonicalDump.h"
#include "sync/SyncScope.h"
#include "sync/SyncService.h"

#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace tandem;
using tandem::test::create;
using tandem::test::TestDatabase;

namespace {

QStringList idsIn(TestDatabase& db, const QString& table)
{
    QSqlQuery q(db.session().database().connection());
    REQUIRE(q.exec(QStringLiteral("SELECT id FROM \"%1\" ORDER BY id").arg(table)));
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

QStringList foreignKeyProblems(TestDatabase& db)
{
    QSqlQuery q(db.session().database().connection());
    REQUIRE(q.exec(QStringLiteral("PRAGMA foreign_key_check")));
    QStringList out;
    while (q.next())
        out << q.value(0).toString() + QLatin1Char('/') + q.value(1).toString();
    return out;
}

QString field(TestDatabase& db, const QString& entity, const QString& id, const QString& name)
{
    const auto r = db.records().get(entity, id, true);
    return r ? r->text(name) : QStringLiteral("<missing>");
}

// An office with two salespeople, Ona (A) and Boris (B), and a laptop that will hold Ona's part.
struct Office {
    std::unique_ptr<TestDatabase> office = TestDatabase::initialised(QStringLiteral("office"));
    TestDatabase laptop { QStringLiteral("laptop"), 77 };
    SyncService officeSync { office->session() };
    SyncService laptopSync { laptop.session() };
    RecordStore& rs = office->records();

    QString ona
        = create(rs, QStringLiteral("user"), { { QStringLiteral("name"), QStringLiteral("Ona") } });
    QString boris = create(
        rs, QStringLiteral("user"), { { QStringLiteral("name"), QStringLiteral("Boris") } });
    QString north = create(
        rs, QStringLiteral("territory"), { { QStringLiteral("name"), QStringLiteral("North") } });
    QString product = create(
        rs, QStringLiteral("product"), { { QStringLiteral("name"), QStringLiteral("Oak board") } });
    QString onaCompany = create(rs, QStringLiteral("company"),
        { { QStringLiteral("name"), QStringLiteral("UAB Ąžuolas") },
            { QStringLiteral("owner_id"), ona }, { QStringLiteral("territory_id"), north } });
    QString borisCompany = create(rs, QStringLiteral("company"),
        { { QStringLiteral("name"), QStringLiteral("SC Delta SRL") },
            { QStringLiteral("owner_id"), boris } });
    QString borisOther = create(rs, QStringLiteral("company"),
        { { QStringLiteral("name"), QStringLiteral("ТОВ Обрій") },
            { QStringLiteral("owner_id"), boris } });
    QString onaContact = create(rs, QStringLiteral("contact"),
        { { QStringLiteral("last_name"), QStringLiteral("Petraitienė") },
            { QStringLiteral("company_id"), onaCompany }, { QStringLiteral("owner_id"), ona } });
    QString borisContact = create(rs, QStringLiteral("contact"),
        { { QStringLiteral("last_name"), QStringLiteral("Popescu") },
            { QStringLiteral("company_id"), borisCompany },
            { QStringLiteral("owner_id"), boris } });
    QString otherContact = create(rs, QStringLiteral("contact"),
        { { QStringLiteral("last_name"), QStringLiteral("Коваленко") },
            { QStringLiteral("company_id"), borisOther }, { QStringLiteral("owner_id"), boris } });
    QString phone = create(rs, QStringLiteral("contact_point"),
        { { QStringLiteral("contact_id"), onaContact },
            { QStringLiteral("kind"), QStringLiteral("phone") },
            { QStringLiteral("value"), QStringLiteral("+370 600 12345") } });
    // Ona's deal is with Boris's contact: that contact and his company come along.
    QString onaDeal = create(rs, QStringLiteral("deal"),
        { { QStringLiteral("title"), QStringLiteral("Oak for Delta") },
            { QStringLiteral("owner_id"), ona }, { QStringLiteral("contact_id"), borisContact } });
    QString borisDeal = create(rs, QStringLiteral("deal"),
        { { QStringLiteral("title"), QStringLiteral("Delta fit-out") },
            { QStringLiteral("owner_id"), boris },
            { QStringLiteral("company_id"), borisCompany } });
    QString quote = create(rs, QStringLiteral("quote"), { { QStringLiteral("deal_id"), onaDeal } });
    QString line = create(rs, QStringLiteral("quote_line"),
        { { QStringLiteral("quote_id"), quote }, { QStringLiteral("product_id"), product } });
    QString onaCall = create(rs, QStringLiteral("activity"),
        { { QStringLiteral("kind"), QStringLiteral("call") },
            { QStringLiteral("subject"), QStringLiteral("Price") },
            { QStringLiteral("deal_id"), onaDeal }, { QStringLiteral("owner_id"), ona } });
    QString borisCall = create(rs, QStringLiteral("activity"),
        { { QStringLiteral("kind"), QStringLiteral("call") },
            { QStringLiteral("subject"), QStringLiteral("Fit-out") },
            { QStringLiteral("contact_id"), borisContact },
            { QStringLiteral("owner_id"), boris } });

    // The laptop announces its scope in its (empty) bundle; the office then writes one for it.
    void announce(const SyncScope& scope)
    {
        REQUIRE(laptopSync.setScope(scope));
        REQUIRE(officeSync.importBundle(laptopSync.makeBundle()));
    }
    Bundle forLaptop() { return officeSync.makeBundle(laptop.session().siteId()); }
    ImportStats toLaptop()
    {
        auto r = laptopSync.importBundle(forLaptop());
        if (!r)
            FAIL(r.error().toString().toStdString());
        return *r;
    }
    void toOffice()
    {
        auto r = officeSync.importBundle(laptopSync.makeBundle(office->session().siteId()));
        if (!r)
            FAIL(r.error().toString().toStdString());
    }
};

} // namespace

TEST_CASE("Every record type is either global or scoped, and globals refer only to globals",
    "[sync][scope]")
{
    const QStringList globals = SyncScopes::globalEntities();
    const QStringList scoped = SyncScopes::scopedEntities();
    for (const EntityDef& e : EntitySchema::all()) {
        if (!e.fixedField.isEmpty())
            continue; // logged as the entity that owns its table
        INFO(e.name.toStdString());
        CHECK(globals.contains(e.name) != scoped.contains(e.name));
        if (!globals.contains(e.name))
            continue;
        for (const FieldDef& f : e.fields) {
            if (f.type == FieldType::Ref)
                CHECK(globals.contains(f.refEntity));
        }
    }
}

TEST_CASE("A laptop scoped to one owner holds that owner's records and what they refer to",
    "[sync][scope]")
{
    Office o;
    o.announce({ SyncScope::Kind::Owner, o.ona });
    CHECK(o.officeSync.peers().first().scope == SyncScope { SyncScope::Kind::Owner, o.ona });
    o.toLaptop();
    TestDatabase& laptop = o.laptop;

    CHECK(laptop.session().isInitialised());
    CHECK(idsIn(laptop, QStringLiteral("company")) == sorted({ o.onaCompany, o.borisCompany }));
    CHECK(idsIn(laptop, QStringLiteral("contact")) == sorted({ o.onaContact, o.borisContact }));
    CHECK(idsIn(laptop, QStringLiteral("deal")) == QStringList { o.onaDeal });
    CHECK(idsIn(laptop, QStringLiteral("activity")) == QStringList { o.onaCall });
    CHECK(idsIn(laptop, QStringLiteral("contact_point")) == QStringList { o.phone });
    CHECK(idsIn(laptop, QStringLiteral("quote")) == QStringList { o.quote });
    CHECK(idsIn(laptop, QStringLiteral("quote_line")) == QStringList { o.line });
    for (const QString& global : SyncScopes::globalEntities()) {
        const QString table = EntitySchema::find(global)->table;
        CHECK(idsIn(laptop, table) == idsIn(*o.office, table));
    }
    CHECK(foreignKeyProblems(laptop).isEmpty());
    // The laptop's records are the office's, field for field.
    CHECK(field(laptop, QStringLiteral("deal"), o.onaDeal, QStringLiteral("contact_id"))
        == o.borisContact);
    CHECK(field(laptop, QStringLiteral("contact"), o.borisContact, QStringLiteral("company_id"))
        == o.borisCompany);

    SECTION("edits on the laptop sync back to the office")
    {
        o.toOffice(); // the office learns what the laptop holds
        REQUIRE(laptop.session().setCurrentUser(o.ona));
        REQUIRE(laptop.records().update(QStringLiteral("company"), o.onaCompany,
            { { QStringLiteral("city"), QStringLiteral("Kaunas") } }));
        const QString visit = create(laptop.records(), QStringLiteral("activity"),
            { { QStringLiteral("kind"), QStringLiteral("meeting") },
                { QStringLiteral("subject"), QStringLiteral("Site visit") },
                { QStringLiteral("company_id"), o.onaCompany },
                { QStringLiteral("owner_id"), o.ona } });
        o.toOffice();
        CHECK(field(*o.office, QStringLiteral("company"), o.onaCompany, QStringLiteral("city"))
            == QStringLiteral("Kaunas"));
        CHECK(field(*o.office, QStringLiteral("activity"), visit, QStringLiteral("subject"))
            == QStringLiteral("Site visit"));
        CHECK(foreignKeyProblems(*o.office).isEmpty());
    }

    SECTION("a company moved out of the scope arrives as the owner change")
    {
        REQUIRE(o.rs.update(
            QStringLiteral("company"), o.onaCompany, { { QStringLiteral("owner_id"), o.boris } }));
        o.toLaptop();
        CHECK(field(laptop, QStringLiteral("company"), o.onaCompany, QStringLiteral("owner_id"))
            == o.boris);
        CHECK(foreignKeyProblems(laptop).isEmpty());
    }

    SECTION("a company moved into the scope arrives with its whole history and its children")
    {
        REQUIRE(o.rs.update(QStringLiteral("company"), o.borisOther,
            { { QStringLiteral("city"), QStringLiteral("Lviv") } }));
        REQUIRE(o.rs.update(
            QStringLiteral("company"), o.borisOther, { { QStringLiteral("owner_id"), o.ona } }));
        o.toLaptop();
        CHECK(field(laptop, QStringLiteral("company"), o.borisOther, QStringLiteral("owner_id"))
            == o.ona);
        CHECK(field(laptop, QStringLiteral("company"), o.borisOther, QStringLiteral("city"))
            == QStringLiteral("Lviv"));
        CHECK(laptop.session().changeLog().forRecord(QStringLiteral("company"), o.borisOther).size()
            == o.office->session()
                   .changeLog()
                   .forRecord(QStringLiteral("company"), o.borisOther)
                   .size());
        CHECK(idsIn(laptop, QStringLiteral("contact")).contains(o.otherContact));
        CHECK(foreignKeyProblems(laptop).isEmpty());
    }

    SECTION("the same scoped bundle imported twice changes nothing")
    {
        const Bundle b = o.forLaptop();
        const QByteArray before = canonicalDump(laptop.records());
        const qint64 log = laptop.session().changeLog().count();
        auto again = o.laptopSync.importBundle(b);
        REQUIRE(again.ok());
        CHECK(again->newChanges == 0);
        CHECK(canonicalDump(laptop.records()) == before);
        CHECK(laptop.session().changeLog().count() == log);
    }
}

TEST_CASE("A laptop scoped to a territory holds that territory's companies", "[sync][scope]")
{
    Office o;
    o.announce({ SyncScope::Kind::Territory, o.north });
    o.toLaptop();
    CHECK(idsIn(o.laptop, QStringLiteral("company")) == QStringList { o.onaCompany });
    CHECK(idsIn(o.laptop, QStringLiteral("contact")) == QStringList { o.onaContact });
    CHECK(idsIn(o.laptop, QStringLiteral("deal")).isEmpty()); // Ona's deal names no company
    CHECK(idsIn(o.laptop, QStringLiteral("contact_point")) == QStringList { o.phone });
    CHECK(foreignKeyProblems(o.laptop).isEmpty());

    // Back to everything: from then on the office sends what the laptop lacks, all of it.
    o.announce({});
    o.toLaptop();
    CHECK(canonicalDump(o.laptop.records()) == canonicalDump(o.office->records()));
}

TEST_CASE("Bundles carry the sender's scope in their header", "[sync][scope]")
{
    TestDatabase db(QStringLiteral("laptop"), 5);
    SyncService sync(db.session());
    CHECK(sync.scope().isAll());
    const SyncScope scope { SyncScope::Kind::Owner, QStringLiteral("u-1") };
    REQUIRE(sync.setScope(scope));
    CHECK(sync.scope() == scope);
    auto bytes = BundleFormat::encode(sync.makeBundle());
    REQUIRE(bytes.ok());
    auto decoded = BundleFormat::decode(*bytes, {}, QStringLiteral("b"));
    REQUIRE(decoded.ok());
    CHECK(decoded->header.scope == scope);
    REQUIRE(sync.setScope({}));
    decoded
        = BundleFormat::decode(*BundleFormat::encode(sync.makeBundle()), {}, QStringLiteral("b"));
    REQUIRE(decoded.ok());
    CHECK(decoded->header.scope.isAll());
}

TEST_CASE(
    "A laptop sends only its own changes, which wait for the records they name", "[sync][scope]")
{
    Office o;
    TestDatabase colleague(QStringLiteral("colleague"), 91);
    SyncService colleagueSync(colleague.session());
    REQUIRE(colleagueSync.importBundle(o.officeSync.makeBundle()));
    // The office adds a company for Ona after the colleague's copy was made.
    const QString fresh = create(o.rs, QStringLiteral("company"),
        { { QStringLiteral("name"), QStringLiteral("Sp. z o.o. Nowa") },
            { QStringLiteral("owner_id"), o.ona } });
    o.announce({ SyncScope::Kind::Owner, o.ona });
    o.toLaptop();
    REQUIRE(o.laptop.session().setCurrentUser(o.ona));
    create(o.laptop.records(), QStringLiteral("activity"),
        { { QStringLiteral("kind"), QStringLiteral("call") },
            { QStringLiteral("subject"), QStringLiteral("First call") },
            { QStringLiteral("company_id"), fresh } });

    const Bundle fromLaptop = o.laptopSync.makeBundle();
    REQUIRE_FALSE(fromLaptop.changes.isEmpty());
    for (const Change& c : fromLaptop.changes)
        CHECK(c.siteId == o.laptop.session().siteId());
    CHECK(fromLaptop.header.scope == SyncScope { SyncScope::Kind::Owner, o.ona });

    const QByteArray before = canonicalDump(colleague.records());
    auto refused = colleagueSync.importBundle(fromLaptop);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("does not hold yet")));
    CHECK(canonicalDump(colleague.records()) == before);

    REQUIRE(colleagueSync.importBundle(
        o.officeSync.makeBundle(colleague.session().siteId()))); // the office's news first
    auto accepted = colleagueSync.importBundle(fromLaptop);
    REQUIRE(accepted.ok());
    CHECK(accepted->newChanges == fromLaptop.changes.size());
    CHECK(foreignKeyProblems(colleague).isEmpty());
}
