// Logging how a call or meeting went: the outcome and next step are kept, a follow-up task is made
// on the same customer, and a call cannot be closed without saying how it went.
#include "TestDatabase.h"

#include "services/ActivityOutcome.h"

#include <catch2/catch.hpp>

using namespace tandem;
using namespace tandem::test;

namespace {

Record activity(RecordStore& rs, const QString& id)
{
    auto r = rs.get(QStringLiteral("activity"), id);
    REQUIRE(r);
    return *r;
}

} // namespace

TEST_CASE(
    "A finished call keeps its outcome and next step and gets its follow-up task", "[outcome]")
{
    auto db = TestDatabase::initialised();
    RecordStore& rs = db->records();
    const QString ona
        = create(rs, QStringLiteral("user"), { { QStringLiteral("name"), QStringLiteral("Ona") } });
    const QString company = create(
        rs, QStringLiteral("company"), { { QStringLiteral("name"), QStringLiteral("UAB Medis") } });
    const QString contact = create(rs, QStringLiteral("contact"),
        { { QStringLiteral("first_name"), QStringLiteral("Jonas") },
            { QStringLiteral("company_id"), company } });
    const QString deal = create(rs, QStringLiteral("deal"),
        { { QStringLiteral("title"), QStringLiteral("Terrace") },
            { QStringLiteral("company_id"), company } });
    const QString call = create(rs, QStringLiteral("activity"),
        { { QStringLiteral("kind"), QStringLiteral("call") },
            { QStringLiteral("subject"), QStringLiteral("Ask about the terrace") },
            { QStringLiteral("contact_id"), contact }, { QStringLiteral("company_id"), company },
            { QStringLiteral("deal_id"), deal }, { QStringLiteral("owner_id"), ona } });
    db->clock().set(QDateTime(QDate(2026, 6, 15), QTime(10, 0), Qt::UTC));

    FollowUp next;
    next.subject = QStringLiteral("Send the terrace offer");
    next.due = QDateTime(QDate(2026, 6, 17), QTime(7, 0), Qt::UTC);
    auto followUp = ActivityOutcome::complete(
        db->session(), call, QStringLiteral("Reached"), QStringLiteral("Offer by Wednesday"), next);
    REQUIRE(followUp);
    REQUIRE_FALSE(followUp->isEmpty());

    const Record done = activity(rs, call);
    CHECK(done.value(QStringLiteral("done")).toBool());
    CHECK(done.text(QStringLiteral("done_at")).startsWith(QStringLiteral("2026-06-15T10:00:00")));
    CHECK(done.text(QStringLiteral("outcome")) == QStringLiteral("Reached"));
    CHECK(done.text(QStringLiteral("next_step")) == QStringLiteral("Offer by Wednesday"));

    const Record task = activity(rs, *followUp);
    CHECK(task.text(QStringLiteral("kind")) == QStringLiteral("task"));
    CHECK(task.text(QStringLiteral("subject")) == QStringLiteral("Send the terrace offer"));
    CHECK(task.text(QStringLiteral("due_at")) == QStringLiteral("2026-06-17T07:00:00.000Z"));
    CHECK(task.text(QStringLiteral("contact_id")) == contact);
    CHECK(task.text(QStringLiteral("company_id")) == company);
    CHECK(task.text(QStringLiteral("deal_id")) == deal);
    CHECK(task.text(QStringLiteral("owner_id")) == ona); // the call's owner follows up
    CHECK_FALSE(task.value(QStringLiteral("done")).toBool());
}

TEST_CASE("A call or meeting cannot be closed without its outcome", "[outcome]")
{
    auto db = TestDatabase::initialised();
    RecordStore& rs = db->records();
    const QString meeting = create(rs, QStringLiteral("activity"),
        { { QStringLiteral("kind"), QStringLiteral("meeting") },
            { QStringLiteral("subject"), QStringLiteral("Site visit") } });
    auto refused = ActivityOutcome::complete(db->session(), meeting, QStringLiteral("  "),
        QStringLiteral("Call next week"), FollowUp { QStringLiteral("Call"), {}, {} });
    REQUIRE_FALSE(refused);
    CHECK(refused.error().field == QStringLiteral("outcome"));
    CHECK(refused.error().message
        == QStringLiteral("Say how the meeting went before marking it done."));
    CHECK_FALSE(activity(rs, meeting).value(QStringLiteral("done")).toBool());
    auto tasks = rs.count(QStringLiteral("task"));
    REQUIRE(tasks);
    CHECK(*tasks == 0); // no follow-up either

    // A note may be closed without one; no follow-up asked, none made.
    const QString note = create(rs, QStringLiteral("activity"),
        { { QStringLiteral("kind"), QStringLiteral("note") },
            { QStringLiteral("subject"), QStringLiteral("Prices") } });
    auto closed = ActivityOutcome::complete(db->session(), note, {}, {});
    REQUIRE(closed);
    CHECK(closed->isEmpty());
    CHECK(activity(rs, note).value(QStringLiteral("done")).toBool());
}

TEST_CASE("A follow-up without a name is refused and nothing is written", "[outcome]")
{
    auto db = TestDatabase::initialised();
    RecordStore& rs = db->records();
    const QString call = create(rs, QStringLiteral("activity"),
        { { QStringLiteral("kind"), QStringLiteral("call") },
            { QStringLiteral("subject"), QStringLiteral("Cold call") } });
    auto refused = ActivityOutcome::complete(
        db->session(), call, QStringLiteral("No answer"), {}, FollowUp {});
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message
        == QStringLiteral("Name the follow-up task, or write the next step."));
    // All or nothing: the call is not marked done either.
    CHECK_FALSE(activity(rs, call).value(QStringLiteral("done")).toBool());
    CHECK(activity(rs, call).text(QStringLiteral("outcome")).isEmpty());

    // With a next step, the follow-up is named after it.
    auto named = ActivityOutcome::complete(db->session(), call, QStringLiteral("No answer"),
        QStringLiteral("Try again on Friday"), FollowUp {});
    REQUIRE(named);
    CHECK(activity(rs, *named).text(QStringLiteral("subject"))
        == QStringLiteral("Try again on Friday"));
    CHECK(activity(rs, *named).text(QStringLiteral("owner_id")) == db->session().currentUserId());
}
