// Who gets a new lead: the first matching rule by source, industry or territory; in turn or by
// load within a team; never someone who left; the next rule when one finds nobody.
#include "TestDatabase.h"

#include "services/LeadIntake.h"
#include "services/LeadRouting.h"

#include <QHash>
#include <catch2/catch.hpp>

using namespace tandem;
using namespace tandem::test;

namespace {

QString user(RecordStore& rs, const QString& name, const QString& teamId = {}, bool active = true)
{
    QVariantMap values { { QStringLiteral("name"), name }, { QStringLiteral("active"), active } };
    if (!teamId.isEmpty())
        values.insert(QStringLiteral("team_id"), teamId);
    return create(rs, QStringLiteral("user"), values);
}

QString team(RecordStore& rs, const QString& name)
{
    return create(rs, QStringLiteral("team"), { { QStringLiteral("name"), name } });
}

QString rule(RecordStore& rs, const QString& name, int position, const QString& method,
    const QVariantMap& more)
{
    QVariantMap values = more;
    values.insert(QStringLiteral("name"), name);
    values.insert(QStringLiteral("position"), position);
    values.insert(QStringLiteral("method"), method);
    if (!values.contains(QStringLiteral("active")))
        values.insert(QStringLiteral("active"), true);
    return create(rs, QStringLiteral("routing_rule"), values);
}

QString ownerFor(Session& session, const QVariantMap& lead)
{
    auto decision = LeadRouting::route(session, lead);
    REQUIRE(decision);
    return decision->ownerId;
}

// A new lead through intake; returns its owner.
QString intakeOwner(TestDatabase& db, const QString& title)
{
    auto id = LeadIntake::create(db.session(), { { QStringLiteral("title"), title } });
    REQUIRE(id);
    return db.records().get(QStringLiteral("lead"), *id)->text(QStringLiteral("owner_id"));
}

void openLeads(
    RecordStore& rs, const QString& owner, int n, const QString& status = QStringLiteral("new"))
{
    for (int i = 0; i < n; ++i)
        create(rs, QStringLiteral("lead"),
            { { QStringLiteral("title"), QStringLiteral("Lead %1").arg(i) },
                { QStringLiteral("owner_id"), owner }, { QStringLiteral("status"), status } });
}

void deals(
    RecordStore& rs, const QString& owner, int n, const QString& status = QStringLiteral("open"))
{
    for (int i = 0; i < n; ++i)
        create(rs, QStringLiteral("deal"),
            { { QStringLiteral("title"), QStringLiteral("Deal %1").arg(i) },
                { QStringLiteral("owner_id"), owner }, { QStringLiteral("status"), status } });
}

// A database with the team "Sales", whose members join in the order a test adds them.
struct SalesTeam {
    std::unique_ptr<TestDatabase> db = TestDatabase::initialised();
    RecordStore& rs = db->records();
    QString id = team(rs, QStringLiteral("Sales"));

    QString member(const QString& name, bool active = true) { return user(rs, name, id, active); }
    // The first rule: the team's members get the leads by `method`.
    void shareBy(const QString& ruleName, const QString& method)
    {
        rule(rs, ruleName, 0, method, { { QStringLiteral("team_id"), id } });
    }
};

} // namespace

TEST_CASE(
    "Rules route leads by source, industry and territory, the company's too", "[leads][routing]")
{
    auto db = TestDatabase::initialised();
    RecordStore& rs = db->records();
    const QString eva = user(rs, QStringLiteral("Eva Event"));
    const QString wim = user(rs, QStringLiteral("Wim Wood"));
    const QString tom = user(rs, QStringLiteral("Tom North"));
    const QString north = create(
        rs, QStringLiteral("territory"), { { QStringLiteral("name"), QStringLiteral("North") } });
    rule(rs, QStringLiteral("Fairs"), 0, QStringLiteral("user"),
        { { QStringLiteral("match_source"), QStringLiteral("event") },
            { QStringLiteral("user_id"), eva } });
    rule(rs, QStringLiteral("Timber trade"), 1, QStringLiteral("user"),
        { { QStringLiteral("match_industry"), QStringLiteral("Wood") },
            { QStringLiteral("user_id"), wim } });
    rule(rs, QStringLiteral("Northern region"), 2, QStringLiteral("user"),
        { { QStringLiteral("match_territory_id"), north }, { QStringLiteral("user_id"), tom } });

    SECTION("by source")
    {
        auto d = LeadRouting::route(
            db->session(), { { QStringLiteral("source"), QStringLiteral("event") } });
        REQUIRE(d);
        CHECK(d->ownerId == eva);
        CHECK(d->ruleName == QStringLiteral("Fairs"));
        CHECK_FALSE(d->ruleId.isEmpty());
        CHECK(ownerFor(db->session(), { { QStringLiteral("source"), QStringLiteral("web_form") } })
                  .isEmpty());
    }
    SECTION("by industry, in any case, the lead's or its company's")
    {
        CHECK(ownerFor(db->session(), { { QStringLiteral("industry"), QStringLiteral("WOOD") } })
            == wim);
        const QString sawmill = create(rs, QStringLiteral("company"),
            { { QStringLiteral("name"), QStringLiteral("Sawmill") },
                { QStringLiteral("industry"), QStringLiteral("wood") } });
        CHECK(ownerFor(db->session(), { { QStringLiteral("company_id"), sawmill } }) == wim);
        CHECK(ownerFor(db->session(), { { QStringLiteral("industry"), QStringLiteral("Retail") } })
                  .isEmpty());
    }
    SECTION("by territory, the lead's or its company's")
    {
        CHECK(ownerFor(db->session(), { { QStringLiteral("territory_id"), north } }) == tom);
        const QString shop = create(rs, QStringLiteral("company"),
            { { QStringLiteral("name"), QStringLiteral("Shop") },
                { QStringLiteral("territory_id"), north } });
        CHECK(ownerFor(db->session(), { { QStringLiteral("company_id"), shop } }) == tom);
    }
    SECTION("every condition of a rule must hold, the first matching rule wins")
    {
        rule(rs, QStringLiteral("Timber fairs"), -1, QStringLiteral("user"),
            { { QStringLiteral("match_source"), QStringLiteral("event") },
                { QStringLiteral("match_industry"), QStringLiteral("wood") },
                { QStringLiteral("user_id"), tom } });
        CHECK(ownerFor(db->session(),
                  { { QStringLiteral("source"), QStringLiteral("event") },
                      { QStringLiteral("industry"), QStringLiteral("Wood") } })
            == tom);
        CHECK(ownerFor(db->session(), { { QStringLiteral("source"), QStringLiteral("event") } })
            == eva);
    }
    SECTION("an inactive rule is skipped")
    {
        rule(rs, QStringLiteral("Old fairs"), -1, QStringLiteral("user"),
            { { QStringLiteral("match_source"), QStringLiteral("event") },
                { QStringLiteral("user_id"), tom }, { QStringLiteral("active"), false } });
        CHECK(ownerFor(db->session(), { { QStringLiteral("source"), QStringLiteral("event") } })
            == eva);
    }
}

TEST_CASE("Round robin gives each member one lead before anyone gets two", "[leads][routing]")
{
    SalesTeam sales;
    const QString cid = sales.member(QStringLiteral("Cid"));
    const QString ada = sales.member(QStringLiteral("Ada"));
    const QString bob = sales.member(QStringLiteral("Bob"));
    const QString gone = sales.member(QStringLiteral("Abe (left)"), false);
    sales.shareBy(QStringLiteral("Share"), QStringLiteral("round_robin"));
    TestDatabase& db = *sales.db;

    QStringList owners;
    for (int i = 0; i < 7; ++i)
        owners << intakeOwner(db, QStringLiteral("Lead %1").arg(i));
    // Nobody had a lead yet: by name first, then always whoever waited longest.
    CHECK(owners == QStringList { ada, bob, cid, ada, bob, cid, ada });
    CHECK_FALSE(owners.contains(gone));
}

TEST_CASE("Round robin goes by who had a lead last, so it holds across copies", "[leads][routing]")
{
    SalesTeam sales;
    const QString ada = sales.member(QStringLiteral("Ada"));
    const QString bob = sales.member(QStringLiteral("Bob"));
    const QString cid = sales.member(QStringLiteral("Cid"));
    sales.shareBy(QStringLiteral("Share"), QStringLiteral("round_robin"));
    TestDatabase& db = *sales.db;
    RecordStore& rs = sales.rs;
    // Leads that arrived by sync or by hand: Cid's is older than Ada's; Bob never had one.
    openLeads(rs, cid, 1);
    db.clock().advanceMs(60000);
    openLeads(rs, ada, 1);

    CHECK(intakeOwner(db, QStringLiteral("One")) == bob);
    CHECK(intakeOwner(db, QStringLiteral("Two")) == cid);
    CHECK(intakeOwner(db, QStringLiteral("Three")) == ada);
}

TEST_CASE("Least loaded picks the member with the fewest open leads and deals", "[leads][routing]")
{
    SalesTeam sales;
    const QString ada = sales.member(QStringLiteral("Ada"));
    const QString bob = sales.member(QStringLiteral("Bob"));
    const QString cid = sales.member(QStringLiteral("Cid"));
    const QString dan = sales.member(QStringLiteral("Dan"), false);
    sales.shareBy(QStringLiteral("Balance"), QStringLiteral("least_loaded"));
    TestDatabase& db = *sales.db;
    RecordStore& rs = sales.rs;

    openLeads(rs, ada, 1);
    openLeads(rs, ada, 1, QStringLiteral("qualified"));
    deals(rs, ada, 1);
    openLeads(rs, bob, 1, QStringLiteral("contacted"));
    deals(rs, bob, 1);
    // Closed work does not count: Cid has only lost and converted leads and a won deal.
    openLeads(rs, cid, 2, QStringLiteral("lost"));
    openLeads(rs, cid, 1, QStringLiteral("converted"));
    deals(rs, cid, 1, QStringLiteral("won"));
    deals(rs, cid, 1, QStringLiteral("open"));
    // Dan has nothing at all, but he left.

    CHECK(ownerFor(db.session(), {}) == cid); // 1 against Bob's 2 and Ada's 3
    CHECK(intakeOwner(db, QStringLiteral("First")) == cid);
    // Now Bob and Cid have 2 each: the tie goes by name.
    CHECK(intakeOwner(db, QStringLiteral("Second")) == bob);
    CHECK(intakeOwner(db, QStringLiteral("Third")) == cid);
    CHECK(ownerFor(db.session(), {}) != dan);
}

TEST_CASE("A rule that finds nobody falls through to the next", "[leads][routing]")
{
    auto db = TestDatabase::initialised();
    RecordStore& rs = db->records();
    const QString empty = team(rs, QStringLiteral("Nobody left"));
    user(rs, QStringLiteral("Old hand"), empty, false);
    const QString left = user(rs, QStringLiteral("Left us"), {}, false);
    const QString eva = user(rs, QStringLiteral("Eva"));
    const QString owner = user(rs, QStringLiteral("Otto"));
    const QString teamB = team(rs, QStringLiteral("Region team"));
    const QString rita = user(rs, QStringLiteral("Rita"), teamB);
    const QString north = create(rs, QStringLiteral("territory"),
        { { QStringLiteral("name"), QStringLiteral("North") },
            { QStringLiteral("owner_id"), owner } });
    const QString south = create(rs, QStringLiteral("territory"),
        { { QStringLiteral("name"), QStringLiteral("South") },
            { QStringLiteral("team_id"), teamB } });
    const QString west = create(
        rs, QStringLiteral("territory"), { { QStringLiteral("name"), QStringLiteral("West") } });

    rule(rs, QStringLiteral("Dead team"), 0, QStringLiteral("round_robin"),
        { { QStringLiteral("team_id"), empty } });
    rule(rs, QStringLiteral("Former colleague"), 1, QStringLiteral("user"),
        { { QStringLiteral("user_id"), left } });
    rule(rs, QStringLiteral("Territories"), 2, QStringLiteral("territory_owner"), {});
    rule(rs, QStringLiteral("Everything else"), 3, QStringLiteral("user"),
        { { QStringLiteral("user_id"), eva } });

    auto d = LeadRouting::route(db->session(), {});
    REQUIRE(d);
    CHECK(d->ownerId == eva);
    CHECK(d->ruleName == QStringLiteral("Everything else"));
    CHECK(ownerFor(db->session(), { { QStringLiteral("territory_id"), north } }) == owner);
    // A territory with a team but no owner: the team's least loaded member.
    CHECK(ownerFor(db->session(), { { QStringLiteral("territory_id"), south } }) == rita);
    // Neither owner nor team: the next rule.
    CHECK(ownerFor(db->session(), { { QStringLiteral("territory_id"), west } }) == eva);
    // The territory's owner left: nobody there, the next rule.
    REQUIRE(rs.update(QStringLiteral("user"), owner, { { QStringLiteral("active"), false } }));
    CHECK(ownerFor(db->session(), { { QStringLiteral("territory_id"), north } }) == eva);
}

TEST_CASE("Without a matching rule nobody is chosen", "[leads][routing]")
{
    auto db = TestDatabase::initialised();
    auto d = LeadRouting::route(
        db->session(), { { QStringLiteral("source"), QStringLiteral("call") } });
    REQUIRE(d);
    CHECK(d->ownerId.isEmpty());
    CHECK(d->ruleId.isEmpty());
}
