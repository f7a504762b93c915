// A competitor's card: the deals lost to it (not those lost to others, won, open or removed), the
// summary a manager reads (how many, worth how much, when last, usually why), and corrections.
#include "SalesTestSupport.h"
#include "TestDatabase.h"

#include "services/Competitors.h"
#include "services/DealFlow.h"
#include "store/Session.h"

#include <catch2/catch.hpp>

using namespace tandem;
using namespace tandem::test;

namespace {

QDateTime at(const char* iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

// A deal as it stands after being lost (or won, or still open) on some day.
QString deal(RecordStore& rs, const char* title, const QString& status, const QString& competitor,
    qint64 amount, const char* currency, const char* lostAt, const char* reason,
    const QString& company = {}, const QString& owner = {})
{
    QVariantMap v { { "title", QString::fromUtf8(title) }, { "status", status },
        { "amount", amount }, { "currency", QString::fromLatin1(currency) } };
    if (!competitor.isEmpty())
        v.insert("competitor_id", competitor);
    if (lostAt)
        v.insert("lost_at", at(lostAt));
    if (reason)
        v.insert("lost_reason", QString::fromUtf8(reason));
    if (!company.isEmpty())
        v.insert("company_id", company);
    if (!owner.isEmpty())
        v.insert("owner_id", owner);
    return create(rs, "deal", v);
}

QStringList titles(const QList<LostDeal>& deals)
{
    QStringList out;
    for (const LostDeal& d : deals)
        out << d.title;
    return out;
}

} // namespace

TEST_CASE("A competitor's card lists the deals lost to it, newest first", "[competitors]")
{
    auto db = TestDatabase::initialised();
    Session& s = db->session();
    RecordStore& rs = db->records();
    const QString acme = create(rs, "competitor", { { "name", "Acme Solar" } });
    const QString bright = create(rs, "competitor", { { "name", "Bright Energy" } });
    const QString kaunas = create(rs, "company", { { "name", "Kauno Baldai" } });
    const QString ona = create(rs, "user", { { "name", "Ona Petraitė" } });

    deal(rs, "Roof panels", "lost", acme, 1250050, "EUR", "2026-03-02T10:00:00Z", "Price", kaunas,
        ona);
    deal(rs, "Warehouse", "lost", acme, 800000, "EUR", "2026-05-20T08:30:00Z", "price ", kaunas);
    deal(rs, "Office heat pump", "lost", acme, 300000, "PLN", "2026-04-11T12:00:00Z",
        "Delivery time");
    deal(rs, "Old import", "lost", acme, 100, "EUR", nullptr, nullptr);
    deal(rs, "Lost to Bright", "lost", bright, 999900, "EUR", "2026-06-01T09:00:00Z", "Price");
    deal(rs, "Won anyway", "won", acme, 500000, "EUR", nullptr, nullptr);
    deal(rs, "Still talking", "open", acme, 700000, "EUR", nullptr, nullptr);
    const QString removed
        = deal(rs, "Removed", "lost", acme, 400000, "EUR", "2026-06-10T09:00:00Z", "Price");
    REQUIRE(rs.remove("deal", removed));

    auto card = Competitors::card(s, acme);
    REQUIRE(card.ok());
    CHECK(card->competitor.text("name") == "Acme Solar");
    // Lost to Acme only, live only; the one without a lost date last.
    CHECK(titles(card->deals)
        == QStringList { "Warehouse", "Office heat pump", "Roof panels", "Old import" });
    const LostDeal& roof = card->deals.at(2);
    CHECK(roof.companyName == "Kauno Baldai");
    CHECK(roof.ownerName == QString::fromUtf8("Ona Petraitė"));
    CHECK(roof.amount == 1250050);
    CHECK(roof.currency == "EUR");
    CHECK(roof.lostAt == at("2026-03-02T10:00:00Z"));
    CHECK(roof.lostReason == "Price");
    CHECK_FALSE(card->deals.at(3).lostAt.isValid());

    const CompetitorSummary& sum = card->summary;
    CHECK(sum.lostDeals == 4);
    REQUIRE(sum.lostValue.size() == 2);
    CHECK(sum.lostValue.at(0).currency == "EUR"); // the team's currency first
    CHECK(sum.lostValue.at(0).minorUnits == 1250050 + 800000 + 100);
    CHECK(sum.lostValue.at(1).currency == "PLN");
    CHECK(sum.lostValue.at(1).minorUnits == 300000);
    CHECK(sum.lastLostAt == at("2026-05-20T08:30:00Z"));
    // "Price" and "price " are one reason, spelled as given last.
    CHECK(sum.usualReason == "price");
    CHECK(sum.usualReasonCount == 2);

    SECTION("The list of competitors counts the deals lost to each, the most first")
    {
        create(rs, "competitor", { { "name", "Calm Co" } });
        auto losses = Competitors::losses(s);
        REQUIRE(losses.ok());
        REQUIRE(losses->size() == 3);
        CHECK(losses->at(0).name == "Acme Solar");
        CHECK(losses->at(0).lostDeals == 4);
        CHECK(losses->at(0).lastLostAt == at("2026-05-20T08:30:00Z"));
        CHECK(losses->at(1).name == "Bright Energy");
        CHECK(losses->at(1).lostDeals == 1);
        CHECK(losses->at(2).name == "Calm Co");
        CHECK(losses->at(2).lostDeals == 0);
        CHECK_FALSE(losses->at(2).lastLostAt.isValid());
    }
    SECTION("A competitor nobody lost to has an empty summary")
    {
        const QString calm = create(rs, "competitor", { { "name", "Calm Co" } });
        auto empty = Competitors::card(s, calm);
        REQUIRE(empty.ok());
        CHECK(empty->deals.isEmpty());
        CHECK(empty->summary.lostDeals == 0);
        CHECK(empty->summary.lostValue.isEmpty());
        CHECK_FALSE(empty->summary.lastLostAt.isValid());
        CHECK(empty->summary.usualReason.isEmpty());
    }
    SECTION("A removed competitor has no card")
    {
        REQUIRE(rs.remove("competitor", bright));
        auto gone = Competitors::card(s, bright);
        REQUIRE_FALSE(gone.ok());
        CHECK(gone.error().message.contains(bright));
    }
}

TEST_CASE("A deal lost with a competitor through the sales flow is on its card", "[competitors]")
{
    auto db = TestDatabase::initialised();
    Session& s = db->session();
    RecordStore& rs = db->records();
    const QString acme = create(rs, "competitor", { { "name", "Acme Solar" } });
    const QString id = newDeal(s, { { "title", "School roof" }, { "amount", 2000000 } });
    REQUIRE(Competitors::card(s, acme)->deals.isEmpty());

    db->clock().set(at("2026-06-20T14:00:00Z"));
    REQUIRE(DealFlow::lose(s, id, "Chose a competitor", acme));
    auto card = Competitors::card(s, acme);
    REQUIRE(card.ok());
    REQUIRE(card->deals.size() == 1);
    CHECK(card->deals.at(0).dealId == id);
    CHECK(card->deals.at(0).title == "School roof");
    CHECK(card->deals.at(0).lostReason == "Chose a competitor");
    CHECK(card->deals.at(0).lostAt == at("2026-06-20T14:00:00Z"));
    CHECK(card->deals.at(0).ownerName == "Tester");
    CHECK(card->summary.lostValue.at(0).minorUnits == 2000000);

    SECTION("Reopened, it leaves the card")
    {
        REQUIRE(DealFlow::reopen(s, id));
        CHECK(Competitors::card(s, acme)->deals.isEmpty());
    }
}

TEST_CASE("The competitor of a lost deal can be corrected, an open deal's cannot", "[competitors]")
{
    auto db = TestDatabase::initialised();
    Session& s = db->session();
    RecordStore& rs = db->records();
    const QString acme = create(rs, "competitor", { { "name", "Acme Solar" } });
    const QString bright = create(rs, "competitor", { { "name", "Bright Energy" } });
    const QString lost
        = deal(rs, "Roof", "lost", acme, 100000, "EUR", "2026-06-01T09:00:00Z", "Price");
    const QString open = deal(rs, "Talking", "open", {}, 100000, "EUR", nullptr, nullptr);

    REQUIRE(Competitors::linkDeal(s, lost, bright));
    CHECK(dealRecord(rs, lost).text("competitor_id") == bright);
    CHECK(Competitors::card(s, acme)->deals.isEmpty());
    CHECK(titles(Competitors::card(s, bright)->deals) == QStringList { "Roof" });

    const auto historyBefore = rs.history("deal", open).size();
    auto refused = Competitors::linkDeal(s, open, acme);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message
        == QString::fromUtf8("“Talking” is not lost: a competitor is "
                             "named on a deal lost to it"));
    CHECK(dealRecord(rs, open).text("competitor_id").isEmpty());
    CHECK(rs.history("deal", open).size() == historyBefore);

    auto unknown = Competitors::linkDeal(s, lost, "no-such-id");
    REQUIRE_FALSE(unknown.ok());
    CHECK(dealRecord(rs, lost).text("competitor_id") == bright);

    // An empty competitor clears it.
    REQUIRE(Competitors::linkDeal(s, lost, {}));
    CHECK(dealRecord(rs, lost).text("competitor_id").isEmpty());
    CHECK(Competitors::card(s, bright)->deals.isEmpty());
}
