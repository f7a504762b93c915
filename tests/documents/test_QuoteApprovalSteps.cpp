// The approval of a quote's discount as a step of the deal's playbook, and the quote number series
// that keeps numbers made offline on two laptops apart.
#include "TestDatabase.h"
#include "services/DealFlow.h"
#include "services/PlaybookCondition.h"
#include "services/Playbooks.h"
#include "services/Quotes.h"

#include <catch2/catch.hpp>

using namespace tandem;
using namespace tandem::test;

namespace {

struct ApprovalDesk {
    std::unique_ptr<TestDatabase> db = TestDatabase::initialised();
    QString manager;
    QString rep;
    QString deal;
    QString action;

    ApprovalDesk()
    {
        Session& s = db->session();
        manager = s.currentUserId(); // the workspace's first user is a manager
        rep = create(db->records(), "user",
            { { "name", "Ieva Petrauskienė" }, { "role", "salesperson" },
                { "manager_id", manager } });
        const QString company
            = create(db->records(), "company", { { "name", "UAB Medžio namai" } });
        auto id = DealFlow::create(s,
            { { "title", "Terasa" }, { "company_id", company }, { "currency", "EUR" },
                { "owner_id", rep } });
        REQUIRE(id);
        deal = *id;
        const QString stage = db->records().get("deal", deal)->text("stage_id");
        REQUIRE_FALSE(stage.isEmpty());
        action = create(db->records(), "playbook_action",
            { { "stage_id", stage }, { "title", "Manager approves the discount" },
                { "condition", "quote_discount > 15" }, { "assignee_role", "manager" },
                { "deadline_days", 1 }, { "required", true }, { "position", 99 } });
        REQUIRE(s.setCurrentUser(rep));
    }

    QString quoteWithDiscount(const QString& discount)
    {
        auto quote = Quotes::create(db->session(), { { "deal_id", deal } });
        REQUIRE(quote);
        auto line = Quotes::addLine(db->session(),
            { { "quote_id", *quote }, { "description", "Terasos lentos" }, { "unit_price", "2000" },
                { "discount", discount } });
        REQUIRE(line);
        return *quote;
    }

    std::optional<Record> approvalTask()
    {
        ListQuery q;
        q.where << qMakePair(QStringLiteral("playbook_action_id"), QVariant(action));
        auto tasks = db->records().list("task", q);
        REQUIRE(tasks);
        if (tasks->isEmpty())
            return std::nullopt;
        REQUIRE(tasks->size() == 1);
        return tasks->first();
    }
};

} // namespace

TEST_CASE("a playbook step approves a large discount: its task goes to the manager and ticking it "
          "approves the quote",
    "[quotes][playbooks]")
{
    ApprovalDesk desk;
    Session& s = desk.db->session();
    // No threshold setting: the playbook alone asks for the approval.
    const QString quote = desk.quoteWithDiscount("10");
    CHECK_FALSE(Quotes::needsApproval(s, quote).value());
    CHECK_FALSE(desk.approvalTask());

    auto line = Quotes::lines(s, quote);
    REQUIRE(line);
    REQUIRE(Quotes::updateLine(s, line->first().id, { { "discount", "20" } }));
    const auto task = desk.approvalTask();
    REQUIRE(task);
    CHECK(task->text("owner_id") == desk.manager);
    CHECK(task->text("deal_id") == desk.deal);
    CHECK_FALSE(task->value("done").toBool());
    CHECK(Quotes::needsApproval(s, quote).value());
    CHECK(Playbooks::missingRequirements(s, desk.deal)
        == QStringList { "Manager approves the discount" });
    auto send = Quotes::checkCanSend(s, quote);
    REQUIRE_FALSE(send);
    CHECK(send.error().message
        == "Quote Q-2026-0001 v1 has a discount above what needs a manager's approval; it can be "
           "sent once it is approved.");

    SECTION("the salesperson cannot tick the manager's step")
    {
        auto r = Playbooks::setDone(s, desk.deal, desk.action, true);
        REQUIRE_FALSE(r);
        CHECK(r.error().message == "Only a manager can approve a quote's discount.");
        CHECK_FALSE(desk.approvalTask()->value("done").toBool());
        CHECK(desk.db->records().get("quote", quote)->text("approved_by").isEmpty());
    }
    SECTION("the manager ticks the step: the quote is approved and can be sent")
    {
        REQUIRE(s.setCurrentUser(desk.manager));
        REQUIRE(Playbooks::setDone(s, desk.deal, desk.action, true));
        CHECK(desk.db->records().get("quote", quote)->text("approved_by") == desk.manager);
        CHECK(desk.approvalTask()->value("done").toBool());
        CHECK(Playbooks::missingRequirements(s, desk.deal).isEmpty());
        REQUIRE(s.setCurrentUser(desk.rep));
        CHECK(Quotes::checkCanSend(s, quote));
    }
    SECTION("the manager approves the quote: the step is ticked")
    {
        REQUIRE(s.setCurrentUser(desk.manager));
        REQUIRE(Quotes::approve(s, quote));
        CHECK(desk.approvalTask()->value("done").toBool());
        CHECK(Playbooks::missingRequirements(s, desk.deal).isEmpty());
    }
}

TEST_CASE("quote_discount in a playbook condition compares the largest open discount in percent",
    "[playbooks]")
{
    auto bad = PlaybookCondition::validate("quote_discount > lots");
    REQUIRE_FALSE(bad);
    CHECK(bad.error().message == "'lots' is not a number to compare quote_discount with");
    REQUIRE(PlaybookCondition::validate("quote_discount >= 12.5"));
    Record deal;
    deal.fields.insert("quote_discount", 1250); // hundredths of a percent
    CHECK(PlaybookCondition::holds("quote_discount >= 12.5", deal).value());
    CHECK_FALSE(PlaybookCondition::holds("quote_discount > 12.5", deal).value());
    CHECK_FALSE(PlaybookCondition::holds("quote_discount > 0", Record {}).value());
    CHECK(PlaybookCondition::isDiscountApproval(" quote_discount > 15"));
    CHECK_FALSE(PlaybookCondition::isDiscountApproval("amount > 15"));
}

TEST_CASE("each computer numbers its quotes in its own series", "[quotes]")
{
    ApprovalDesk desk;
    Session& s = desk.db->session();
    CHECK(Quotes::series(s).isEmpty());
    REQUIRE(Quotes::setSeries(s, " vn "));
    CHECK(Quotes::series(s) == "VN");
    auto number = [&] {
        auto id = Quotes::create(s, { { "deal_id", desk.deal } });
        REQUIRE(id);
        return desk.db->records().get("quote", *id)->text("number");
    };
    CHECK(number() == "Q-2026-VN-0001");
    CHECK(number() == "Q-2026-VN-0002");

    auto bad = Quotes::setSeries(s, "Q/1");
    REQUIRE_FALSE(bad);
    CHECK(bad.error().message
        == "A quote number series is 1 to 4 letters A–Z or digits, such as VN or K2; “Q/1” is "
           "not.");
    CHECK(Quotes::series(s) == "VN");

    // A colleague's laptop (another site) took KR already.
    REQUIRE(s.setSetting("quote_series:site-b", "KR"));
    auto taken = Quotes::setSeries(s, "kr");
    REQUIRE_FALSE(taken);
    CHECK(taken.error().message
        == "Another computer of the team numbers its quotes with series KR already; choose "
           "another.");
    CHECK(Quotes::series(s) == "VN");

    REQUIRE(Quotes::setSeries(s, ""));
    CHECK(number() == "Q-2026-0001"); // the plain series has its own count
}
