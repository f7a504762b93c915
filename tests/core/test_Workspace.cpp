// Setting up a new database: company, first user, currency and the default pipeline.
#include "TestDatabase.h"

#include "services/Workspace.h"

#include <catch2/catch.hpp>

using namespace tandem;
using tandem::test::TestDatabase;

TEST_CASE("A new workspace has a user, settings and a six-stage pipeline", "[workspace]")
{
    TestDatabase db;
    CHECK_FALSE(db.session().isInitialised());
    auto user = Workspace::initialise(db.session(),
        { QStringLiteral("SC Vânzări SRL"), QStringLiteral("Ana Popa"), QStringLiteral("ron") });
    REQUIRE(user.ok());
    CHECK(db.session().isInitialised());
    CHECK(db.session().currentUserId() == *user);
    CHECK(db.session().defaultCurrency() == QStringLiteral("RON"));
    CHECK(db.session().setting(QStringLiteral("company_name")) == QStringLiteral("SC Vânzări SRL"));

    const QString pipeline = Workspace::defaultPipelineId(db.session());
    REQUIRE_FALSE(pipeline.isEmpty());
    ListQuery q;
    q.where << qMakePair(QStringLiteral("pipeline_id"), QVariant(pipeline));
    q.orderBy = QStringLiteral("position");
    auto stages = db.records().list(QStringLiteral("stage"), q);
    REQUIRE(stages.ok());
    REQUIRE(stages->size() == 7);
    CHECK(stages->at(0).text(QStringLiteral("name")) == QStringLiteral("Introduction"));
    CHECK(stages->at(5).text(QStringLiteral("kind")) == QStringLiteral("won"));
    CHECK(stages->at(6).text(QStringLiteral("kind")) == QStringLiteral("lost"));
    CHECK(*db.records().count(QStringLiteral("playbook_action")) == 6);
    CHECK(*db.records().count(QStringLiteral("lost_reason")) >= 5);

    // Settings survive reopening; the site id too.
    const QString site = db.session().siteId();
    db.reopen();
    CHECK(db.session().currentUserId() == *user);
    CHECK(db.session().defaultCurrency() == QStringLiteral("RON"));
    CHECK(db.session().siteId() == site);
}

TEST_CASE("Setting up twice, or with bad answers, is refused", "[workspace]")
{
    TestDatabase db;
    auto bad = Workspace::initialise(
        db.session(), { QStringLiteral("Firma"), QStringLiteral("Jan"), QStringLiteral("euro") });
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().field == QStringLiteral("currency"));
    CHECK_FALSE(db.session().isInitialised());
    CHECK(*db.records().count(QStringLiteral("user")) == 0);

    REQUIRE(Workspace::initialise(
        db.session(), { QStringLiteral("Firma"), QStringLiteral("Jan"), QStringLiteral("PLN") })
                .ok());
    auto again = Workspace::initialise(
        db.session(), { QStringLiteral("Inna"), QStringLiteral("Ewa"), QStringLiteral("PLN") });
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().message.contains(QStringLiteral("already set up")));
    CHECK(*db.records().count(QStringLiteral("user")) == 1);
}
