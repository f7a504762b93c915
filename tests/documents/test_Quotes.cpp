// Quotes on a deal through the service: numbers and versions, lines from the catalogue and price
// lists, the frozen sent quote, the approval step and what accepting does to the deal.
#include "TestDatabase.h"
#include "services/DealFlow.h"
#include "services/Quotes.h"

#include <QJsonArray>
#include <catch2/catch.hpp>

using namespace tandem;
using namespace tandem::test;

namespace {

const QString kQuote = QStringLiteral("quote");

struct QuoteDesk {
    std::unique_ptr<TestDatabase> db = TestDatabase::initialised();
    QString contact;
    QString deal;

    QuoteDesk()
    {
        const QString company = create(db->records(), QStringLiteral("company"),
            { { "name", "Sp. z o.o. Łódzkie Okna" }, { "country", "PL" } });
        contact = create(db->records(), QStringLiteral("contact"),
            { { "first_name", "Anna" }, { "last_name", "Kowalska" }, { "company_id", company },
                { "language", "pl" } });
        auto id = DealFlow::create(db->session(),
            { { "title", "Okna dla biura" }, { "company_id", company }, { "contact_id", contact },
                { "currency", "PLN" }, { "amount", "1000" } });
        REQUIRE(id);
        deal = *id;
    }

    QString newQuote(QVariantMap values = {})
    {
        values.insert("deal_id", deal);
        auto id = Quotes::create(db->session(), values);
        if (!id)
            FAIL(id.error().toString().toStdString());
        return *id;
    }

    QString addLine(const QString& quote, QVariantMap values)
    {
        values.insert("quote_id", quote);
        auto id = Quotes::addLine(db->session(), values);
        if (!id)
            FAIL(id.error().toString().toStdString());
        return *id;
    }

    Record quote(const QString& id) { return *db->records().get(kQuote, id); }

    QJsonObject totals(const QString& id)
    {
        auto json = Quotes::totalsJson(db->session(), id);
        REQUIRE(json);
        return *json;
    }
};

} // namespace

TEST_CASE("a new quote takes its number, currency, language and validity from the deal", "[quotes]")
{
    QuoteDesk desk;
    const QString first = desk.newQuote();
    const Record q = desk.quote(first);
    CHECK(q.text("number") == "Q-2026-0001");
    CHECK(q.value("version").toInt() == 1);
    CHECK(q.text("status") == "draft");
    CHECK(q.text("currency") == "PLN");
    CHECK(q.text("language") == "pl");
    CHECK(q.text("valid_until") == "2026-07-15"); // the clock stands at 2026-06-15
    CHECK(desk.quote(desk.newQuote()).text("number") == "Q-2026-0002");

    auto noDeal = Quotes::create(desk.db->session(), {});
    REQUIRE_FALSE(noDeal);
    CHECK(noDeal.error().message == "A quote is made for a deal: give deal_id.");
    CHECK(noDeal.error().field == "deal_id");
}

TEST_CASE("lines come from the catalogue in the quote's currency or as free text", "[quotes]")
{
    QuoteDesk desk;
    RecordStore& rs = desk.db->records();
    const QString window = create(rs, "product",
        { { "name", "Okno PCV 120×150" }, { "sku", "OK-120" }, { "unit", "szt." },
            { "price", "150" }, { "currency", "EUR" }, { "vat_rate", "23" } });
    const QString list = create(rs, "price_list",
        { { "name", "Cennik PLN 2026" }, { "currency", "PLN" }, { "valid_from", "2026-01-01" } });
    create(rs, "price_list_item",
        { { "price_list_id", list }, { "product_id", window }, { "price", "649.99" } });
    const QString quote = desk.newQuote();

    const QString line = desk.addLine(quote, { { "product_id", window }, { "quantity", "4" } });
    const Record l = *rs.get("quote_line", line);
    CHECK(l.text("description") == "Okno PCV 120×150");
    CHECK(l.value("unit_price").toLongLong() == 64999);
    CHECK(l.value("vat_rate").toLongLong() == 2300);
    CHECK(l.value("position").toInt() == 1);
    desk.addLine(
        quote, { { "description", "Montaż" }, { "quantity", "6.5" }, { "unit_price", "80" } });

    const QJsonObject t = desk.totals(quote);
    CHECK(t.value("currency").toString() == "PLN");
    CHECK(t.value("subtotal").toString() == "3119.96"); // 2599.96 + 520.00
    CHECK(t.value("vat").toString() == "717.59"); // both at 23 %: 717.5908
    CHECK(t.value("total").toString() == "3837.55");
    CHECK(t.value("lines").toArray().at(1).toObject().value("net").toString() == "520.00");

    SECTION("no price in the quote's currency is refused, naming the product")
    {
        const QString lei = desk.newQuote({ { "currency", "RON" } });
        auto r = Quotes::addLine(
            desk.db->session(), { { "quote_id", lei }, { "product_id", window } });
        REQUIRE_FALSE(r);
        CHECK(r.error().message
            == "“Okno PCV 120×150” has no price in RON: add it to a price list or give a "
               "unit_price.");
        CHECK(rs.count("quote_line").value() == 2);
    }
    SECTION("a free-text line needs a description and a price")
    {
        auto r
            = Quotes::addLine(desk.db->session(), { { "quote_id", quote }, { "unit_price", "5" } });
        REQUIRE_FALSE(r);
        CHECK(r.error().message == "A line needs a description or a product.");
    }
    SECTION("the currency of a quote with lines stays")
    {
        auto r = Quotes::update(desk.db->session(), quote, { { "currency", "EUR" } });
        REQUIRE_FALSE(r);
        CHECK(r.error().message
            == "The currency of a quote with lines cannot change: its prices are in PLN.");
    }
}

TEST_CASE("a sent quote is frozen; a new version copies it as a draft", "[quotes]")
{
    QuoteDesk desk;
    const QString quote = desk.newQuote();
    const QString line = desk.addLine(
        quote, { { "description", "Audyt" }, { "unit_price", "1200" }, { "vat_rate", "23" } });
    REQUIRE(Quotes::update(desk.db->session(), quote, { { "status", "sent" } }));
    CHECK(desk.quote(quote).text("sent_at").startsWith("2026-06-15T09:00:00."));

    auto more = Quotes::addLine(desk.db->session(),
        { { "quote_id", quote }, { "description", "X" }, { "unit_price", "1" } });
    REQUIRE_FALSE(more);
    CHECK(more.error().message
        == "Quote Q-2026-0001 v1 has been sent and cannot be changed. Make a new version of it.");
    REQUIRE_FALSE(Quotes::updateLine(desk.db->session(), line, { { "quantity", "2" } }));
    auto back = Quotes::update(desk.db->session(), quote, { { "status", "draft" } });
    REQUIRE_FALSE(back);
    CHECK(back.error().field == "status");

    auto v2 = Quotes::newVersion(desk.db->session(), quote);
    REQUIRE(v2);
    const Record second = desk.quote(*v2);
    CHECK(second.text("number") == "Q-2026-0001");
    CHECK(second.value("version").toInt() == 2);
    CHECK(second.text("status") == "draft");
    CHECK(second.text("sent_at").isEmpty());
    CHECK(desk.totals(*v2).value("total").toString() == "1476.00");
    REQUIRE(Quotes::updateLine(desk.db->session(),
        desk.totals(*v2).value("lines").toArray().at(0).toObject().value("id").toString(),
        { { "quantity", "2" } }));
    CHECK(desk.totals(*v2).value("total").toString() == "2952.00");
    CHECK(desk.totals(quote).value("total").toString() == "1476.00");
}

TEST_CASE("accepting needs a sent quote and makes the quote's net the deal's amount", "[quotes]")
{
    QuoteDesk desk;
    const QString quote = desk.newQuote({ { "discount", "10" } });
    desk.addLine(quote,
        { { "description", "Okna" }, { "quantity", "3" }, { "unit_price", "999.99" },
            { "vat_rate", "23" } });
    auto early = Quotes::update(desk.db->session(), quote, { { "status", "accepted" } });
    REQUIRE_FALSE(early);
    CHECK(early.error().message
        == "Quote Q-2026-0001 v1 has not been sent yet; send it before it is accepted or "
           "rejected.");
    REQUIRE(Quotes::update(desk.db->session(), quote, { { "status", "sent" } }));
    REQUIRE(Quotes::update(desk.db->session(), quote, { { "status", "accepted" } }));
    // 2999.97 less 10 % (300.00) = 2699.97
    CHECK(desk.db->records().get("deal", desk.deal)->value("amount").toLongLong() == 269997);
}

TEST_CASE("a discount above the threshold waits for a manager's approval", "[quotes]")
{
    QuoteDesk desk;
    Session& s = desk.db->session();
    REQUIRE(s.setSetting("quote_approval_discount", "15"));
    const QString manager = s.currentUserId(); // the workspace's first user is a manager
    const QString rep = create(desk.db->records(), "user",
        { { "name", "Piotr Nowak" }, { "role", "salesperson" }, { "manager_id", manager } });
    REQUIRE(s.setCurrentUser(rep));
    REQUIRE(desk.db->records().update("deal", desk.deal, { { "owner_id", rep } }));

    const QString quote = desk.newQuote();
    const QString line = desk.addLine(
        quote, { { "description", "Okna" }, { "unit_price", "1000" }, { "discount", "20" } });
    CHECK(Quotes::needsApproval(s, quote).value());
    CHECK(desk.totals(quote).value("needs_approval").toBool());
    auto send = Quotes::update(s, quote, { { "status", "sent" } });
    REQUIRE_FALSE(send);
    CHECK(send.error().message
        == "Quote Q-2026-0001 v1 has a discount above what needs a manager's approval; it can be "
           "sent once it is approved.");
    CHECK(desk.quote(quote).text("status") == "draft");

    auto byRep = Quotes::approve(s, quote);
    REQUIRE_FALSE(byRep);
    CHECK(byRep.error().message == "Only a manager can approve a quote's discount.");

    REQUIRE(s.setCurrentUser(manager));
    REQUIRE(Quotes::approve(s, quote));
    CHECK(desk.quote(quote).text("approved_by") == manager);
    SECTION("a changed discount needs approving again")
    {
        REQUIRE(Quotes::updateLine(s, line, { { "discount", "25" } }));
        CHECK(desk.quote(quote).text("approved_by").isEmpty());
    }
    SECTION("approved, it can be sent")
    {
        REQUIRE(s.setCurrentUser(rep));
        REQUIRE(Quotes::update(s, quote, { { "status", "sent" } }));
        CHECK(desk.quote(quote).text("status") == "sent");
    }
}
