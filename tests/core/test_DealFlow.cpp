// A deal's way through the pipeline as a salesperson drives it: created on the first stage, moved
// with the checklist kept, won (the company becomes a customer), lost with a reason, reopened.
#include "SalesTestSupport.h"
#include "TestDatabase.h"

#include "services/DealFlow.h"
#include "services/Playbooks.h"
#include "services/Workspace.h"

#include <catch2/catch.hpp>

using namespace tandem;
using namespace tandem::test;

namespace {

void markDone(RecordStore& rs, const QString& dealId, const char* subject)
{
    const Record task = tasksBySubject(rs, dealId).value(QString::fromUtf8(subject));
    REQUIRE_FALSE(task.id.isEmpty());
    REQUIRE(rs.update(QStringLiteral("task"), task.id, { { QStringLiteral("done"), true } }));
}

void requireOk(const Result<void>& r)
{
    if (!r)
        FAIL(r.error().toString().toStdString());
}

} // namespace

TEST_CASE("A new deal starts on the first stage of the default pipeline", "[dealflow]")
{
    auto db = TestDatabase::initialised();
    Session& s = db->session();
    RecordStore& rs = db->records();

    const QString id = newDeal(s, { { QStringLiteral("title"), QStringLiteral("Solar panels") } });
    const Record d = dealRecord(rs, id);
    CHECK(d.text(QStringLiteral("pipeline_id")) == Workspace::defaultPipelineId(s));
    CHECK(d.text(QStringLiteral("stage_id")) == stageNamed(rs, "Introduction"));
    CHECK(d.text(QStringLiteral("status")) == QStringLiteral("open"));
    CHECK(d.text(QStringLiteral("owner_id")) == s.currentUserId());
    CHECK(
        d.text(QStringLiteral("stage_entered_at")).startsWith(QStringLiteral("2026-06-15T09:00")));
    CHECK(tasksBySubject(rs, id).keys() == QStringList { QStringLiteral("First call or meeting") });

    SECTION("A stage given places the deal on that stage's pipeline")
    {
        const QString other = create(rs, QStringLiteral("pipeline"),
            { { QStringLiteral("name"), QStringLiteral("Service contracts") } });
        const QString renewal = create(rs, QStringLiteral("stage"),
            { { QStringLiteral("pipeline_id"), other },
                { QStringLiteral("name"), QStringLiteral("Renewal talk") },
                { QStringLiteral("kind"), QStringLiteral("open") } });
        const QString id2 = newDeal(s,
            { { QStringLiteral("title"), QStringLiteral("Yearly service") },
                { QStringLiteral("stage_id"), renewal } });
        CHECK(dealRecord(rs, id2).text(QStringLiteral("pipeline_id")) == other);

        auto mismatch = DealFlow::create(s,
            { { QStringLiteral("title"), QStringLiteral("Mixed up") },
                { QStringLiteral("stage_id"), renewal },
                { QStringLiteral("pipeline_id"), Workspace::defaultPipelineId(s) } });
        REQUIRE_FALSE(mismatch);
        CHECK(mismatch.error().field == QStringLiteral("stage_id"));
        CHECK(mismatch.error().message.contains(QStringLiteral("Renewal talk")));
    }
    SECTION("A deal without a title is refused and leaves nothing behind")
    {
        const qint64 before = *rs.count(QStringLiteral("task"));
        auto bad = DealFlow::create(s, { { QStringLiteral("amount"), 1000 } });
        REQUIRE_FALSE(bad);
        CHECK(bad.error().field == QStringLiteral("title"));
        CHECK(*rs.count(QStringLiteral("task")) == before);
    }
}

TEST_CASE("Required steps must be done before a deal moves forward", "[dealflow]")
{
    auto db = TestDatabase::initialised();
    Session& s = db->session();
    RecordStore& rs = db->records();
    const QString intro = stageNamed(rs, "Introduction");
    const QString qualification = stageNamed(rs, "Qualification");
    const QString proposal = stageNamed(rs, "Proposal");
    REQUIRE(rs.update(QStringLiteral("playbook_action"), actionOf(rs, qualification),
        { { QStringLiteral("required"), true } }));

    const QString id = newDeal(s, { { QStringLiteral("title"), QStringLiteral("Heat pumps") } });
    requireOk(DealFlow::move(s, id, qualification)); // Introduction has nothing required

    auto blocked = DealFlow::move(s, id, proposal);
    REQUIRE_FALSE(blocked);
    CHECK(blocked.error().message.contains(QStringLiteral("Qualification")));
    CHECK(blocked.error().message.contains(QStringLiteral("Qualify needs and budget")));
    CHECK(stageOf(rs, id) == qualification);
    CHECK_FALSE(tasksBySubject(rs, id).contains(QStringLiteral("Send the offer")));

    // Winning skips no step either.
    auto win = DealFlow::win(s, id);
    REQUIRE_FALSE(win);
    CHECK(win.error().message.contains(QStringLiteral("Qualify needs and budget")));
    CHECK(dealRecord(rs, id).text(QStringLiteral("status")) == QStringLiteral("open"));

    // Going back is always allowed, and forward again into Qualification too.
    requireOk(DealFlow::move(s, id, intro));
    CHECK(stageOf(rs, id) == intro);
    requireOk(DealFlow::move(s, id, qualification));

    markDone(rs, id, "Qualify needs and budget");
    requireOk(DealFlow::move(s, id, proposal));
    CHECK(stageOf(rs, id) == proposal);
    CHECK(tasksBySubject(rs, id).contains(QStringLiteral("Send the offer")));
}

TEST_CASE("Moving to the same stage changes nothing; moving to Lost needs a reason", "[dealflow]")
{
    auto db = TestDatabase::initialised();
    Session& s = db->session();
    RecordStore& rs = db->records();
    const QString id = newDeal(s, { { QStringLiteral("title"), QStringLiteral("Fence") } });
    const Record before = dealRecord(rs, id);
    db->clock().advanceMs(3600 * 1000);

    requireOk(DealFlow::move(s, id, stageNamed(rs, "Introduction")));
    CHECK(dealRecord(rs, id).text(QStringLiteral("stage_entered_at"))
        == before.text(QStringLiteral("stage_entered_at")));

    auto lost = DealFlow::move(s, id, stageNamed(rs, "Lost"));
    REQUIRE_FALSE(lost);
    CHECK(lost.error().message.contains(QStringLiteral("reason")));
    CHECK(dealRecord(rs, id).text(QStringLiteral("status")) == QStringLiteral("open"));
    CHECK(stageOf(rs, id) == stageNamed(rs, "Introduction"));

    auto nowhere = DealFlow::move(s, id, QStringLiteral("no-such-stage"));
    REQUIRE_FALSE(nowhere);
    CHECK(nowhere.error().field == QStringLiteral("stage_id"));
}

TEST_CASE("A deal moves to another pipeline by moving to one of its stages", "[dealflow]")
{
    auto db = TestDatabase::initialised();
    Session& s = db->session();
    RecordStore& rs = db->records();
    const QString other = create(
        rs, QStringLiteral("pipeline"), { { QStringLiteral("name"), QStringLiteral("Tenders") } });
    const QString bid = create(rs, QStringLiteral("stage"),
        { { QStringLiteral("pipeline_id"), other },
            { QStringLiteral("name"), QStringLiteral("Bid preparation") },
            { QStringLiteral("position"), 0 } });
    create(rs, QStringLiteral("playbook_action"),
        { { QStringLiteral("stage_id"), bid },
            { QStringLiteral("title"), QStringLiteral("Read the tender rules") } });

    const QString id
        = newDeal(s, { { QStringLiteral("title"), QStringLiteral("City hall lighting") } });
    requireOk(DealFlow::move(s, id, bid));
    const Record d = dealRecord(rs, id);
    CHECK(d.text(QStringLiteral("pipeline_id")) == other);
    CHECK(d.text(QStringLiteral("stage_id")) == bid);
    CHECK(tasksBySubject(rs, id).contains(QStringLiteral("Read the tender rules")));
}

TEST_CASE("Winning hands the deal over and makes the company a customer", "[dealflow]")
{
    auto db = TestDatabase::initialised();
    Session& s = db->session();
    RecordStore& rs = db->records();
    const QString company = create(rs, QStringLiteral("company"),
        { { QStringLiteral("name"), QStringLiteral("SC Lemn SRL") },
            { QStringLiteral("status"), QStringLiteral("prospect") } });
    const QString handover = stageNamed(rs, "Handover to delivery");

    const QString id = newDeal(s,
        { { QStringLiteral("title"), QStringLiteral("Sawmill tools") },
            { QStringLiteral("company_id"), company } });
    requireOk(DealFlow::move(s, id, stageNamed(rs, "Contract and invoicing")));
    db->clock().advanceMs(24 * 3600 * 1000);
    requireOk(DealFlow::win(s, id));

    const Record d = dealRecord(rs, id);
    CHECK(d.text(QStringLiteral("status")) == QStringLiteral("won"));
    CHECK(d.text(QStringLiteral("won_at")).startsWith(QStringLiteral("2026-06-16")));
    CHECK(d.text(QStringLiteral("stage_id")) == handover);
    const auto tasks = tasksBySubject(rs, id);
    REQUIRE(tasks.contains(QStringLiteral("Hand over to delivery and support")));
    CHECK(tasks.value(QStringLiteral("Hand over to delivery and support"))
              .text(QStringLiteral("due_at"))
              .startsWith(QStringLiteral("2026-06-19")));
    CHECK(rs.get(QStringLiteral("company"), company)->text(QStringLiteral("status"))
        == QStringLiteral("customer"));

    // A won deal stays where it is until reopened.
    auto move = DealFlow::move(s, id, stageNamed(rs, "Proposal"));
    REQUIRE_FALSE(move);
    CHECK(move.error().message.contains(QStringLiteral("reopen")));

    SECTION("Moving a deal onto the won stage wins it too")
    {
        const QString other
            = newDeal(s, { { QStringLiteral("title"), QStringLiteral("Spare blades") } });
        requireOk(DealFlow::move(s, other, handover));
        CHECK(dealRecord(rs, other).text(QStringLiteral("status")) == QStringLiteral("won"));
        CHECK(tasksBySubject(rs, other).contains(
            QStringLiteral("Hand over to delivery and support")));
    }
}

TEST_CASE("Losing a deal needs a reason, keeps its stage and clears its agenda", "[dealflow]")
{
    auto db = TestDatabase::initialised();
    Session& s = db->session();
    RecordStore& rs = db->records();
    const QString qualification = stageNamed(rs, "Qualification");
    const QString id = newDeal(s, { { QStringLiteral("title"), QStringLiteral("Office chairs") } });
    markDone(rs, id, "First call or meeting");
    requireOk(DealFlow::move(s, id, qualification));
    const QString call = create(rs, QStringLiteral("task"),
        { { QStringLiteral("subject"), QStringLiteral("Call back about colours") },
            { QStringLiteral("deal_id"), id } });
    const QString openPlaybookTask
        = tasksBySubject(rs, id).value(QStringLiteral("Qualify needs and budget")).id;
    const QString competitor = create(rs, QStringLiteral("competitor"),
        { { QStringLiteral("name"), QStringLiteral("ChairCo") } });

    auto noReason = DealFlow::lose(s, id, QStringLiteral("   "));
    REQUIRE_FALSE(noReason);
    CHECK(noReason.error().field == QStringLiteral("lost_reason"));
    CHECK(dealRecord(rs, id).text(QStringLiteral("status")) == QStringLiteral("open"));

    auto unknownRival = DealFlow::lose(
        s, id, QStringLiteral("Chose a competitor"), QStringLiteral("0190-nobody"));
    REQUIRE_FALSE(unknownRival);
    CHECK(unknownRival.error().field == QStringLiteral("competitor_id"));
    CHECK(dealRecord(rs, id).text(QStringLiteral("status")) == QStringLiteral("open"));
    CHECK(rs.get(QStringLiteral("task"), openPlaybookTask));

    REQUIRE(rs.remove(QStringLiteral("competitor"), competitor));
    auto removedRival = DealFlow::lose(s, id, QStringLiteral("Chose a competitor"), competitor);
    REQUIRE_FALSE(removedRival);
    CHECK(removedRival.error().field == QStringLiteral("competitor_id"));
    REQUIRE(rs.restore(QStringLiteral("competitor"), competitor));

    requireOk(DealFlow::lose(s, id, QStringLiteral("  Chose a competitor "), competitor));
    const Record d = dealRecord(rs, id);
    CHECK(d.text(QStringLiteral("status")) == QStringLiteral("lost"));
    CHECK(d.text(QStringLiteral("lost_reason")) == QStringLiteral("Chose a competitor"));
    CHECK(d.text(QStringLiteral("competitor_id")) == competitor);
    CHECK(d.text(QStringLiteral("lost_at")).startsWith(QStringLiteral("2026-06-15")));
    CHECK(d.text(QStringLiteral("stage_id")) == qualification); // where it was lost

    // The open playbook step left the agenda (a tombstone); the done one and the own call stay.
    CHECK_FALSE(rs.get(QStringLiteral("task"), openPlaybookTask));
    const auto removed = rs.get(QStringLiteral("task"), openPlaybookTask, true);
    REQUIRE(removed);
    CHECK(removed->deleted);
    const auto tasks = tasksBySubject(rs, id);
    CHECK(tasks.keys()
        == QStringList {
            QStringLiteral("Call back about colours"), QStringLiteral("First call or meeting") });
    CHECK(tasks.value(QStringLiteral("Call back about colours")).id == call);

    auto again = DealFlow::lose(s, id, QStringLiteral("No budget"));
    REQUIRE_FALSE(again);
    CHECK(dealRecord(rs, id).text(QStringLiteral("lost_reason"))
        == QStringLiteral("Chose a competitor"));
}

TEST_CASE("A lost or won deal can be reopened where it was", "[dealflow]")
{
    auto db = TestDatabase::initialised();
    Session& s = db->session();
    RecordStore& rs = db->records();
    const QString qualification = stageNamed(rs, "Qualification");
    const QString contract = stageNamed(rs, "Contract and invoicing");

    SECTION("A lost deal comes back in the stage it was lost in, its steps handed out again")
    {
        const QString id = newDeal(s, { { QStringLiteral("title"), QStringLiteral("Printers") } });
        requireOk(DealFlow::move(s, id, qualification));
        requireOk(DealFlow::lose(s, id, QStringLiteral("No budget")));
        CHECK_FALSE(tasksBySubject(rs, id).contains(QStringLiteral("Qualify needs and budget")));

        db->clock().advanceMs(10LL * 24 * 3600 * 1000);
        requireOk(DealFlow::reopen(s, id));
        const Record d = dealRecord(rs, id);
        CHECK(d.text(QStringLiteral("status")) == QStringLiteral("open"));
        CHECK(d.text(QStringLiteral("stage_id")) == qualification);
        CHECK(d.text(QStringLiteral("lost_reason")).isEmpty());
        CHECK(d.text(QStringLiteral("lost_at")).isEmpty());
        CHECK(d.text(QStringLiteral("stage_entered_at")).startsWith(QStringLiteral("2026-06-25")));
        const Record step
            = tasksBySubject(rs, id).value(QStringLiteral("Qualify needs and budget"));
        REQUIRE_FALSE(step.id.isEmpty());
        CHECK(step.text(QStringLiteral("due_at")).startsWith(QStringLiteral("2026-07-02")));

        auto twice = DealFlow::reopen(s, id);
        REQUIRE_FALSE(twice);
        CHECK(twice.error().message.contains(QStringLiteral("Printers")));
    }
    SECTION("A won deal comes back in the last open stage it was in")
    {
        const QString id = newDeal(s, { { QStringLiteral("title"), QStringLiteral("Scanners") } });
        requireOk(DealFlow::move(s, id, contract));
        requireOk(DealFlow::win(s, id));
        requireOk(DealFlow::reopen(s, id));
        const Record d = dealRecord(rs, id);
        CHECK(d.text(QStringLiteral("status")) == QStringLiteral("open"));
        CHECK(d.text(QStringLiteral("stage_id")) == contract);
        CHECK(d.text(QStringLiteral("won_at")).isEmpty());
    }
    SECTION("A won deal with no open stage in its history comes back in the last open stage")
    {
        const QString id = create(rs, QStringLiteral("deal"),
            { { QStringLiteral("title"), QStringLiteral("Imported win") },
                { QStringLiteral("pipeline_id"), Workspace::defaultPipelineId(s) },
                { QStringLiteral("stage_id"), stageNamed(rs, "Handover to delivery") },
                { QStringLiteral("status"), QStringLiteral("won") } });
        requireOk(DealFlow::reopen(s, id));
        CHECK(stageOf(rs, id) == contract);
        CHECK(tasksBySubject(rs, id).contains(QStringLiteral("Sign the contract and invoice")));
    }
}
