// Managers hear about deals whose playbook is not kept: a hard deadline passed, a step left undone
// too long, a deal stalled in its stage — once each, and only when there is a manager to tell.
#include "SalesTestSupport.h"
#include "TestDatabase.h"

#include "services/DealFlow.h"
#include "services/Escalations.h"
#include "services/Notifications.h"

#include <catch2/catch.hpp>

using namespace tandem;
using namespace tandem::test;

namespace {

constexpr qint64 kHour = 3600LL * 1000;
constexpr qint64 kDay = 24 * kHour;

QString taskOf(RecordStore& rs, const QString& dealId, const QString& actionId)
{
    return dealTask(rs, dealId, QStringLiteral("playbook_action_id"), actionId).id;
}

QList<Escalation> runEscalations(Session& s)
{
    auto r = Escalations::run(s);
    if (!r)
        FAIL(r.error().toString().toStdString());
    return *r;
}

// A sales team: Mara manages Sam; the deal is Sam's.
struct Team {
    std::unique_ptr<TestDatabase> db;
    QString mara, sam;
};

Team team()
{
    Team t;
    t.db = TestDatabase::initialised();
    RecordStore& rs = t.db->records();
    t.mara = create(rs, QStringLiteral("user"),
        { { QStringLiteral("name"), QStringLiteral("Mara Manager") },
            { QStringLiteral("role"), QStringLiteral("manager") } });
    t.sam = create(rs, QStringLiteral("user"),
        { { QStringLiteral("name"), QStringLiteral("Sam Seller") },
            { QStringLiteral("manager_id"), t.mara } });
    return t;
}

QString samsDeal(Team& t, const char* title)
{
    return newDeal(t.db->session(),
        { { QStringLiteral("title"), QString::fromUtf8(title) },
            { QStringLiteral("owner_id"), t.sam } });
}

} // namespace

TEST_CASE("A missed hard deadline is told to the owner's manager, once", "[escalations]")
{
    Team t = team();
    Session& s = t.db->session();
    RecordStore& rs = t.db->records();
    const QString qualification = stageNamed(rs, "Qualification");
    const QString action = actionOf(rs, qualification);
    REQUIRE(rs.update(
        QStringLiteral("playbook_action"), action, { { QStringLiteral("hard_deadline"), true } }));

    const QString deal = samsDeal(t, "Forklift fleet");
    REQUIRE(DealFlow::move(s, deal, qualification));
    const QString task = taskOf(rs, deal, action); // due in 7 days

    CHECK(runEscalations(s).isEmpty());
    t.db->clock().advanceMs(7 * kDay - kHour);
    CHECK(runEscalations(s).isEmpty()); // an hour before the deadline: nothing yet
    CHECK(Notifications::unreadCount(s, t.mara) == 0);

    t.db->clock().advanceMs(2 * kHour);
    const auto escalated = runEscalations(s);
    REQUIRE(escalated.size() == 1);
    CHECK(escalated.first().dealId == deal);
    CHECK(escalated.first().taskId == task);
    CHECK(escalated.first().managerId == t.mara);
    CHECK(escalated.first().text.contains(QStringLiteral("Qualify needs and budget")));
    CHECK(escalated.first().text.contains(QStringLiteral("Forklift fleet")));
    CHECK(escalated.first().text.contains(QStringLiteral("Sam Seller")));

    const auto inbox = Notifications::forUser(s, t.mara);
    REQUIRE(inbox.size() == 1);
    CHECK(inbox.first().text(QStringLiteral("kind")) == QStringLiteral("escalation"));
    CHECK(inbox.first().text(QStringLiteral("text")) == escalated.first().text);
    CHECK(inbox.first().text(QStringLiteral("record_id")) == task);
    CHECK(Notifications::unreadCount(s, t.sam) == 0);

    // Running again (every start of the app does) repeats nothing, read or not.
    CHECK(runEscalations(s).isEmpty());
    REQUIRE(Notifications::markRead(s, inbox.first().id));
    t.db->clock().advanceMs(kDay);
    CHECK(runEscalations(s).isEmpty());
    CHECK(Notifications::forUser(s, t.mara, true).size() == 1);
}

TEST_CASE(
    "A step not done some days after the deal entered its stage is escalated", "[escalations]")
{
    Team t = team();
    Session& s = t.db->session();
    RecordStore& rs = t.db->records();
    const QString proposal = stageNamed(rs, "Proposal");
    const QString action = actionOf(rs, proposal);
    REQUIRE(rs.update(QStringLiteral("playbook_action"), action,
        { { QStringLiteral("escalate_after_days"), 2 } }));

    const QString slow = samsDeal(t, "Cold store");
    const QString quick = samsDeal(t, "Loading ramp");
    REQUIRE(DealFlow::move(s, slow, proposal));
    REQUIRE(DealFlow::move(s, quick, proposal));
    REQUIRE(rs.update(
        QStringLiteral("task"), taskOf(rs, quick, action), { { QStringLiteral("done"), true } }));

    t.db->clock().advanceMs(2 * kDay - kHour);
    CHECK(runEscalations(s).isEmpty());
    t.db->clock().advanceMs(2 * kHour);
    const auto escalated = runEscalations(s);
    REQUIRE(escalated.size() == 1); // the done step of the quick deal is not
    CHECK(escalated.first().dealId == slow);
    CHECK(escalated.first().taskId == taskOf(rs, slow, action));
    CHECK(escalated.first().text.contains(QStringLiteral("Proposal")));
    CHECK(runEscalations(s).isEmpty());

    // A lost deal is nobody's worry any more.
    const QString lost = samsDeal(t, "Shelving");
    REQUIRE(DealFlow::move(s, lost, proposal));
    REQUIRE(DealFlow::lose(s, lost, QStringLiteral("No budget")));
    t.db->clock().advanceMs(3 * kDay);
    CHECK(runEscalations(s).isEmpty());
}

TEST_CASE("A deal that sits in its stage past the stall limit is escalated", "[escalations]")
{
    Team t = team();
    Session& s = t.db->session();
    const QString deal = samsDeal(t, "Conveyor belt"); // Introduction: stalled after 14 days

    t.db->clock().advanceMs(14 * kDay - kHour);
    CHECK(runEscalations(s).isEmpty()); // its first call is overdue, but not a hard deadline
    t.db->clock().advanceMs(2 * kHour);
    const auto escalated = runEscalations(s);
    REQUIRE(escalated.size() == 1);
    CHECK(escalated.first().dealId == deal);
    CHECK(escalated.first().taskId.isEmpty());
    CHECK(escalated.first().managerId == t.mara);
    CHECK(escalated.first().text.contains(QStringLiteral("Introduction")));
    CHECK(escalated.first().text.contains(QStringLiteral("14 day")));
    CHECK(runEscalations(s).isEmpty());

    // Moving on starts the clock of the next stage (Qualification: 21 days).
    REQUIRE(DealFlow::move(s, deal, stageNamed(t.db->records(), "Qualification")));
    t.db->clock().advanceMs(20 * kDay);
    CHECK(runEscalations(s).isEmpty());
    t.db->clock().advanceMs(2 * kDay);
    CHECK(runEscalations(s).size() == 1);
}

TEST_CASE("Without a manager nobody is told; a team's manager stands in", "[escalations]")
{
    Team t = team();
    Session& s = t.db->session();
    RecordStore& rs = t.db->records();

    // The first user has no manager and no team.
    auto own = DealFlow::create(s, { { QStringLiteral("title"), QStringLiteral("Own deal") } });
    REQUIRE(own);
    t.db->clock().advanceMs(30 * kDay);
    CHECK(runEscalations(s).isEmpty());
    CHECK(*rs.count(QStringLiteral("notification")) == 0);

    // In a team, its manager is told — but never about their own deals.
    const QString teamId = create(rs, QStringLiteral("team"),
        { { QStringLiteral("name"), QStringLiteral("North") },
            { QStringLiteral("manager_id"), t.mara } });
    REQUIRE(rs.update(
        QStringLiteral("user"), s.currentUserId(), { { QStringLiteral("team_id"), teamId } }));
    REQUIRE(rs.update(QStringLiteral("user"), t.mara, { { QStringLiteral("team_id"), teamId } }));
    auto marasOwn = DealFlow::create(s,
        { { QStringLiteral("title"), QStringLiteral("Mara's own") },
            { QStringLiteral("owner_id"), t.mara } });
    REQUIRE(marasOwn);
    t.db->clock().advanceMs(30 * kDay);
    const auto escalated = runEscalations(s);
    REQUIRE(escalated.size() == 1);
    CHECK(escalated.first().dealId == *own);
    CHECK(escalated.first().managerId == t.mara);
    CHECK(Escalations::managerOf(s, t.mara).isEmpty());
}
