// Territories: which companies a rule takes in (places, postcode ranges, industries), the rule
// that wins when several match, and handing a territory over with exactly its open business.
#include "TestDatabase.h"

#include "domain/TerritoryRule.h"
#include "services/Experts.h"
#include "services/Notifications.h"
#include "services/Territories.h"

#include <catch2/catch.hpp>

using namespace tandem;
using namespace tandem::test;

namespace {

Record territory(const QVariantMap& values)
{
    Record r;
    r.entity = QStringLiteral("territory");
    r.id = values.value(QStringLiteral("name")).toString();
    r.fields = values;
    if (!r.fields.contains(QStringLiteral("kind")))
        r.fields.insert(QStringLiteral("kind"), QStringLiteral("region"));
    return r;
}

QVariantMap company(const QVariantMap& values)
{
    return values;
}

bool inRange(const QString& from, const QString& to, const QString& postcode)
{
    return Territories::matches(
        territory({ { "name", "R" }, { "postcode_from", from }, { "postcode_to", to } }),
        company({ { "postcode", postcode } }));
}

QString ownerOf(TestDatabase& db, const QString& entity, const QString& id)
{
    return db.records().get(entity, id)->text(QStringLiteral("owner_id"));
}

} // namespace

TEST_CASE("Territories: postcode ranges compare digits of the same length", "[territories]")
{
    CHECK(inRange("01000", "09999", "01100"));
    CHECK(inRange("01000", "09999", "01000")); // both ends belong
    CHECK(inRange("01000", "09999", "09999"));
    CHECK_FALSE(inRange("01000", "09999", "00999"));
    CHECK_FALSE(inRange("01000", "09999", "10000"));
    // Country prefixes, dashes and spaces are dropped, on either side.
    CHECK(inRange("LT-01000", "LT-09999", "LT-01100"));
    CHECK(inRange("01000", "09999", "LT 01100"));
    CHECK(inRange("00-001", "00-999", "00-950")); // Warsaw
    CHECK_FALSE(inRange("00-001", "00-999", "01-950"));
    CHECK(inRange("010000", "019999", "010011")); // Bucharest
    // Another length is another postcode system; letters cannot be compared.
    CHECK_FALSE(inRange("01000", "09999", "0110"));
    CHECK_FALSE(inRange("01000", "09999", "010011"));
    CHECK_FALSE(inRange("01000", "09999", "SW1A 1AA"));
    CHECK_FALSE(inRange("01000", "09999", ""));
    // One end only: an open range.
    CHECK(inRange("50000", "", "60000"));
    CHECK_FALSE(inRange("50000", "", "40000"));
    CHECK(TerritoryRule::postcodeDigits(QStringLiteral("LT-01100")) == QStringLiteral("01100"));
    CHECK(TerritoryRule::postcodeDigits(QStringLiteral("PL 00-950")) == QStringLiteral("00950"));
    CHECK(TerritoryRule::postcodeDigits(QStringLiteral("12AB")).isEmpty());
}

TEST_CASE("Territories: places fold case and diacritics; industries and accounts", "[territories]")
{
    const Record vilnius
        = territory({ { "name", "Vilnius" }, { "country", "LT" }, { "city", "vilnius" } });
    CHECK(Territories::matches(vilnius, company({ { "country", "lt" }, { "city", "VILNIUS" } })));
    CHECK_FALSE(
        Territories::matches(vilnius, company({ { "country", "LV" }, { "city", "Vilnius" } })));
    CHECK_FALSE(Territories::matches(vilnius, company({ { "country", "LT" } })));

    const Record siauliai = territory({ { "name", "Šiauliai" }, { "city", "Šiauliai" } });
    CHECK(Territories::matches(siauliai, company({ { "city", "siauliai" } })));
    const Record region = territory({ { "name", "Małopolska" }, { "region", "Małopolskie" } });
    CHECK(Territories::matches(region, company({ { "region", "MALOPOLSKIE" } })));
    CHECK_FALSE(
        Territories::matches(territory({ { "name", "Empty" } }), company({ { "city", "X" } })));

    const Record retail
        = territory({ { "name", "Retail" }, { "kind", "industry" }, { "industry", "Retail" } });
    CHECK(Territories::matches(retail, company({ { "industry", "retail" }, { "country", "PL" } })));
    CHECK_FALSE(Territories::matches(retail, company({ { "industry", "Logistics" } })));
    const Record retailLt = territory({ { "name", "Retail LT" }, { "kind", "industry" },
        { "industry", "Retail" }, { "country", "LT" } });
    CHECK(
        Territories::matches(retailLt, company({ { "industry", "Retail" }, { "country", "LT" } })));
    CHECK_FALSE(
        Territories::matches(retailLt, company({ { "industry", "Retail" }, { "country", "PL" } })));

    const Record accounts
        = territory({ { "name", "Key accounts" }, { "kind", "accounts" }, { "country", "LT" } });
    CHECK_FALSE(Territories::matches(accounts, company({ { "country", "LT" } })));
}

TEST_CASE("Territories: the most specific rule wins, ties by name", "[territories]")
{
    const QList<Record> all {
        territory({ { "name", "Lithuania" }, { "country", "LT" } }),
        territory({ { "name", "Vilnius" }, { "country", "LT" }, { "city", "Vilnius" } }),
        territory({ { "name", "Vilnius centre" }, { "country", "LT" }, { "postcode_from", "01000" },
            { "postcode_to", "01999" } }),
        territory({ { "name", "Retail" }, { "kind", "industry" }, { "industry", "Retail" } }),
        territory({ { "name", "Key accounts" }, { "kind", "accounts" }, { "country", "LT" } }),
    };
    auto best = [&](const QVariantMap& c) { return TerritoryRule::best(all, c); };
    CHECK(best({ { "country", "LT" }, { "city", "Kaunas" } }) == QStringLiteral("Lithuania"));
    CHECK(best({ { "country", "LT" }, { "city", "Vilnius" }, { "postcode", "LT-08100" } })
        == QStringLiteral("Vilnius"));
    CHECK(best({ { "country", "LT" }, { "city", "Vilnius" }, { "postcode", "LT-01100" } })
        == QStringLiteral("Vilnius centre"));
    CHECK(best({ { "country", "LT" }, { "city", "Vilnius" }, { "industry", "Retail" } })
        == QStringLiteral("Retail"));
    CHECK(best({ { "country", "DE" } }).isEmpty());

    const QList<Record> twins { territory({ { "name", "North" }, { "country", "LT" } }),
        territory({ { "name", "East" }, { "country", "LT" } }) };
    CHECK(TerritoryRule::best(twins, { { "country", "LT" } }) == QStringLiteral("East"));
}

TEST_CASE("Territories: new companies get theirs; assignByRules fills only the unassigned",
    "[territories]")
{
    TestDatabase db;
    RecordStore& rs = db.records();
    const QString lt = create(rs, QStringLiteral("territory"),
        { { "name", "Lithuania" }, { "kind", "region" }, { "country", "LT" } });
    const QString pl = create(rs, QStringLiteral("territory"),
        { { "name", "Poland" }, { "kind", "region" }, { "country", "PL" } });

    SECTION("a new company falls in its territory when created")
    {
        const QString c = create(rs, QStringLiteral("company"),
            { { "name", "Baltic Tools" }, { "country", "LT" }, { "city", "Kaunas" } });
        CHECK(rs.get(QStringLiteral("company"), c)->text("territory_id") == lt);
        const QString byHand = create(rs, QStringLiteral("company"),
            { { "name", "Hand" }, { "country", "LT" }, { "territory_id", pl } });
        CHECK(rs.get(QStringLiteral("company"), byHand)->text("territory_id") == pl);
        const QString nowhere
            = create(rs, QStringLiteral("company"), { { "name", "Far" }, { "country", "DE" } });
        CHECK(rs.get(QStringLiteral("company"), nowhere)->text("territory_id").isEmpty());
    }

    SECTION("assignByRules sets missing territories and keeps those set by hand")
    {
        // Companies made before the territory existed have none.
        const QString later = create(rs, QStringLiteral("territory"),
            { { "name", "Germany" }, { "kind", "region" }, { "country", "DE" } });
        const QString first
            = create(rs, QStringLiteral("company"), { { "name", "Early" }, { "country", "LT" } });
        REQUIRE(rs.update(QStringLiteral("company"), first, { { "territory_id", QVariant() } }));
        const QString second
            = create(rs, QStringLiteral("company"), { { "name", "Berlin" }, { "country", "DE" } });
        REQUIRE(rs.update(QStringLiteral("company"), second, { { "territory_id", QVariant() } }));
        const QString handSet = create(rs, QStringLiteral("company"),
            { { "name", "Hand" }, { "country", "LT" }, { "territory_id", pl } });
        const QString none
            = create(rs, QStringLiteral("company"), { { "name", "Paris" }, { "country", "FR" } });

        auto assigned = Territories::assignByRules(db.session());
        REQUIRE(assigned);
        CHECK(*assigned == 2);
        CHECK(rs.get(QStringLiteral("company"), first)->text("territory_id") == lt);
        CHECK(rs.get(QStringLiteral("company"), second)->text("territory_id") == later);
        CHECK(rs.get(QStringLiteral("company"), handSet)->text("territory_id") == pl);
        CHECK(rs.get(QStringLiteral("company"), none)->text("territory_id").isEmpty());
        auto again = Territories::assignByRules(db.session());
        REQUIRE(again);
        CHECK(*again == 0);
    }
}

TEST_CASE("Territories: reassign moves exactly the outgoing owner's open business", "[territories]")
{
    TestDatabase db;
    RecordStore& rs = db.records();
    const QString ana = create(rs, "user", { { "name", "Ana" }, { "active", true } });
    const QString bo = create(rs, "user", { { "name", "Bo" }, { "active", true } });
    const QString cy = create(rs, "user", { { "name", "Cy" }, { "active", true } });
    const QString gone = create(rs, "user", { { "name", "Gone" }, { "active", false } });
    const QString t = create(rs, "territory",
        { { "name", "Lithuania" }, { "kind", "region" }, { "country", "LT" },
            { "owner_id", ana } });
    const QString other = create(rs, "territory",
        { { "name", "Poland" }, { "kind", "region" }, { "country", "PL" }, { "owner_id", ana } });

    const QString anaCo
        = create(rs, "company", { { "name", "Ana Co" }, { "country", "LT" }, { "owner_id", ana } });
    const QString cyCo
        = create(rs, "company", { { "name", "Cy Co" }, { "country", "LT" }, { "owner_id", cy } });
    const QString plCo = create(
        rs, "company", { { "name", "Polish Co" }, { "country", "PL" }, { "owner_id", ana } });
    const QString openDeal
        = create(rs, "deal", { { "title", "Open" }, { "company_id", anaCo }, { "owner_id", ana } });
    const QString unsetDeal = create(rs, "deal",
        { { "title", "Unset" }, { "company_id", anaCo }, { "owner_id", ana },
            { "status", "open" } });
    const QString wonDeal = create(rs, "deal",
        { { "title", "Won" }, { "company_id", anaCo }, { "owner_id", ana }, { "status", "won" } });
    const QString cyDealOnAna
        = create(rs, "deal", { { "title", "Cy's" }, { "company_id", anaCo }, { "owner_id", cy } });
    const QString dealOfCyCo = create(
        rs, "deal", { { "title", "On Cy Co" }, { "company_id", cyCo }, { "owner_id", ana } });
    const QString leadByTerritory = create(rs, "lead",
        { { "title", "By territory" }, { "territory_id", t }, { "owner_id", ana },
            { "status", "new" } });
    const QString leadByCompany = create(rs, "lead",
        { { "title", "By company" }, { "company_id", cyCo }, { "owner_id", ana },
            { "status", "qualified" } });
    const QString convertedLead = create(rs, "lead",
        { { "title", "Converted" }, { "territory_id", t }, { "owner_id", ana },
            { "status", "converted" } });
    const QString plLead = create(
        rs, "lead", { { "title", "Polish" }, { "territory_id", other }, { "owner_id", ana } });
    const QString openTask = create(rs, "task",
        { { "kind", "task" }, { "subject", "Call" }, { "deal_id", openDeal },
            { "owner_id", ana } });
    const QString leadTask = create(rs, "task",
        { { "kind", "task" }, { "subject", "Lead" }, { "lead_id", leadByTerritory },
            { "owner_id", ana } });
    const QString doneTask = create(rs, "task",
        { { "kind", "task" }, { "subject", "Done" }, { "company_id", anaCo }, { "done", true },
            { "owner_id", ana } });
    const QString wonTask = create(rs, "task",
        { { "kind", "task" }, { "subject", "Won" }, { "deal_id", wonDeal }, { "owner_id", ana } });

    SECTION("the preview counts what reassign then moves")
    {
        auto preview = Territories::previewReassign(db.session(), t, bo);
        REQUIRE(preview);
        CHECK(preview->companies == 1);
        CHECK(preview->deals == 2);
        CHECK(preview->leads == 2);
        CHECK(preview->tasks == 2);
        CHECK(ownerOf(db, "company", anaCo) == ana); // a preview writes nothing

        auto done = Territories::reassign(db.session(), t, bo);
        REQUIRE(done);
        CHECK(done->fromUserId == ana);
        CHECK(ownerOf(db, "territory", t) == bo);
        // Moved.
        CHECK(ownerOf(db, "company", anaCo) == bo);
        CHECK(ownerOf(db, "deal", openDeal) == bo);
        CHECK(ownerOf(db, "deal", unsetDeal) == bo);
        CHECK(ownerOf(db, "lead", leadByTerritory) == bo);
        CHECK(ownerOf(db, "lead", leadByCompany) == bo);
        CHECK(ownerOf(db, "task", openTask) == bo);
        CHECK(ownerOf(db, "task", leadTask) == bo);
        // Stayed.
        CHECK(ownerOf(db, "company", cyCo) == cy);
        CHECK(ownerOf(db, "company", plCo) == ana);
        CHECK(ownerOf(db, "deal", wonDeal) == ana);
        CHECK(ownerOf(db, "deal", cyDealOnAna) == cy);
        CHECK(ownerOf(db, "deal", dealOfCyCo) == ana);
        CHECK(ownerOf(db, "lead", convertedLead) == ana);
        CHECK(ownerOf(db, "lead", plLead) == ana);
        CHECK(ownerOf(db, "task", doneTask) == ana);
        CHECK(ownerOf(db, "task", wonTask) == ana);
        CHECK(ownerOf(db, "territory", other) == ana);

        const QList<Record> told = Notifications::forUser(db.session(), bo);
        REQUIRE(told.size() == 1);
        const QString text = told.first().text("text");
        CHECK(text.contains(QStringLiteral("Lithuania")));
        CHECK(text.contains(QStringLiteral("Ana")));
        CHECK(text.contains(QStringLiteral("1 account")));
        CHECK(text.contains(QStringLiteral("2 open deal")));
        CHECK(told.first().text("record_id") == t);
        // The change log has the handover.
        bool logged = false;
        for (const HistoryEntry& h : rs.history("company", anaCo))
            logged = logged || (h.field == QStringLiteral("owner_id") && h.value == bo);
        CHECK(logged);
    }

    SECTION("refusals change nothing")
    {
        auto unknown = Territories::reassign(db.session(), QStringLiteral("nope"), bo);
        REQUIRE_FALSE(unknown);
        CHECK(unknown.error().message.contains(QStringLiteral("no territory")));
        auto noUser = Territories::reassign(db.session(), t, QStringLiteral("nobody"));
        REQUIRE_FALSE(noUser);
        CHECK(noUser.error().message.contains(QStringLiteral("no user")));
        auto inactive = Territories::reassign(db.session(), t, gone);
        REQUIRE_FALSE(inactive);
        CHECK(inactive.error().message.contains(QStringLiteral("no longer active")));
        auto same = Territories::reassign(db.session(), t, ana);
        REQUIRE_FALSE(same);
        CHECK(same.error().message.contains(QStringLiteral("already owns")));
        CHECK(ownerOf(db, "territory", t) == ana);
        CHECK(ownerOf(db, "company", anaCo) == ana);
        CHECK(ownerOf(db, "deal", openDeal) == ana);
        CHECK(Notifications::forUser(db.session(), bo).isEmpty());
        CHECK(Notifications::forUser(db.session(), gone).isEmpty());
    }
}

TEST_CASE("Territories: the rule in words", "[territories]")
{
    CHECK(Territories::describe(territory({ { "name", "V" }, { "country", "LT" },
              { "city", "Vilnius" }, { "postcode_from", "01000" }, { "postcode_to", "09999" } }))
        == QStringLiteral("country: Lietuva (LT) · city: Vilnius · postcodes 01000–09999"));
    CHECK(Territories::describe(territory({ { "name", "K" }, { "kind", "accounts" } }))
        == QStringLiteral("Named accounts, assigned by hand"));
    CHECK(Territories::describe(
              territory({ { "name", "R" }, { "kind", "industry" }, { "industry", "Retail" } }))
        == QStringLiteral("industry: Retail"));
}

TEST_CASE("Experts: colleagues found by a skill word", "[territories][experts]")
{
    TestDatabase db;
    RecordStore& rs = db.records();
    create(rs, "user", { { "name", "Rūta" }, { "skills", "Lithuanian, ERP rollouts, forklifts" } });
    create(rs, "user", { { "name", "Piotr" }, { "skills", "Polish; forklifts" } });
    create(rs, "user", { { "name", "Left" }, { "skills", "forklifts, ERP" }, { "active", false } });

    const QList<Expert> forklift = Experts::find(db.session(), QStringLiteral("forklift"));
    REQUIRE(forklift.size() == 2);
    CHECK(forklift.at(0).user.text("name") == QStringLiteral("Piotr"));
    CHECK(forklift.at(1).user.text("name") == QStringLiteral("Rūta"));
    CHECK(forklift.at(1).skills == QStringList { QStringLiteral("forklifts") });
    const QList<Expert> erp = Experts::find(db.session(), QStringLiteral("erp lithuanian"));
    REQUIRE(erp.size() == 1);
    CHECK(erp.first().skills
        == QStringList { QStringLiteral("Lithuanian"), QStringLiteral("ERP rollouts") });
    CHECK(Experts::find(db.session(), QStringLiteral("welding")).isEmpty());
    CHECK(Experts::matchingSkills(QStringLiteral("Polish, English"), QStringLiteral("polish"))
        == QStringList { QStringLiteral("Polish") });
}
