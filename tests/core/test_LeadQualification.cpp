// Working a lead: the team's questions and their answers, losing it with a reason (it stays),
// reopening it, and the refusals that keep a converted or lost lead from being worked by mistake.
#include "TestDatabase.h"

#include "services/LeadIntake.h"
#include "services/LeadQualification.h"

#include <algorithm>
#include <catch2/catch.hpp>

using namespace tandem;
using namespace tandem::test;

namespace {

QString newLead(TestDatabase& db, const QString& title)
{
    auto id = LeadIntake::create(db.session(),
        { { QStringLiteral("title"), title },
            { QStringLiteral("company_name"), QStringLiteral("UAB Medis") } });
    REQUIRE(id);
    return *id;
}

Record lead(TestDatabase& db, const QString& id)
{
    const auto r = db.records().get(QStringLiteral("lead"), id);
    REQUIRE(r);
    return *r;
}

// A lead someone converted already, with its deal.
QString convertedLead(TestDatabase& db)
{
    RecordStore& rs = db.records();
    const QString deal = create(rs, QStringLiteral("deal"),
        { { QStringLiteral("title"), QStringLiteral("Medis — terrace") } });
    return create(rs, QStringLiteral("lead"),
        { { QStringLiteral("title"), QStringLiteral("Terrace") },
            { QStringLiteral("status"), QStringLiteral("converted") },
            { QStringLiteral("deal_id"), deal } });
}

} // namespace

TEST_CASE("The team's qualification questions, or four sensible ones", "[leads][qualification]")
{
    auto db = TestDatabase::initialised();
    const QStringList defaults = LeadQualification::questions(db->session());
    REQUIRE(defaults.size() == 4);
    for (const QString& q : defaults)
        CHECK_FALSE(q.trimmed().isEmpty());
    CHECK(defaults.at(2) == QStringLiteral("Who makes the decision?"));

    REQUIRE(LeadQualification::setQuestions(db->session(),
        { QStringLiteral("  How many rooms?  "), QString(),
            QStringLiteral("Which wood?\nOak or ash") }));
    CHECK(LeadQualification::questions(db->session())
        == QStringList {
            QStringLiteral("How many rooms?"), QStringLiteral("Which wood? Oak or ash") });
    REQUIRE(LeadQualification::setQuestions(db->session(), {}));
    CHECK(LeadQualification::questions(db->session()) == defaults);
}

TEST_CASE("Qualifying saves the answers and reads them back", "[leads][qualification]")
{
    auto db = TestDatabase::initialised();
    const QString id = newLead(*db, QStringLiteral("Oak terrace"));
    const QList<QualificationAnswer> given {
        { QStringLiteral("What problem do they need solved?"),
            QStringLiteral("Terrace rots: replace 80 m²") },
        { QStringLiteral("Budget: how big is it?"), QStringLiteral("About 12 000 €\nmaybe more") },
        { QStringLiteral("Who makes the decision?"), QString() }, // not answered: left out
        { QStringLiteral("When do they want to start?"), QStringLiteral("May") },
    };
    REQUIRE(LeadQualification::qualify(db->session(), id, given));
    const Record r = lead(*db, id);
    CHECK(r.text(QStringLiteral("status")) == QStringLiteral("qualified"));
    CHECK(r.text(QStringLiteral("qualification"))
        == QStringLiteral("What problem do they need solved?: Terrace rots: replace 80 m²\n"
                          "Budget: how big is it?: About 12 000 € maybe more\n"
                          "When do they want to start?: May"));
    const QList<QualificationAnswer> back = LeadQualification::answers(r);
    REQUIRE(back.size() == 3);
    CHECK(back.at(0).question == QStringLiteral("What problem do they need solved?"));
    CHECK(back.at(0).answer == QStringLiteral("Terrace rots: replace 80 m²"));
    CHECK(back.at(1).question == QStringLiteral("Budget: how big is it?"));
    CHECK(back.at(1).answer == QStringLiteral("About 12 000 € maybe more"));
    CHECK(back.at(2).answer == QStringLiteral("May"));
}

TEST_CASE("Losing a lead keeps it with its reason and drops its first-contact task",
    "[leads][qualification]")
{
    auto db = TestDatabase::initialised();
    RecordStore& rs = db->records();
    const QString id = newLead(*db, QStringLiteral("Oak terrace"));
    const auto task = LeadIntake::firstContactTask(db->session(), lead(*db, id));
    REQUIRE(task);

    SECTION("a reason is required")
    {
        auto r = LeadQualification::lose(db->session(), id, QStringLiteral("   "));
        REQUIRE_FALSE(r);
        CHECK(r.error().field == QStringLiteral("lost_reason"));
        CHECK(lead(*db, id).text(QStringLiteral("status")) == QStringLiteral("new"));
        CHECK(rs.get(QStringLiteral("task"), task->id));
    }
    SECTION("lost, kept, its task gone; reopened, the reason stays in its history")
    {
        REQUIRE(LeadQualification::lose(db->session(), id, QStringLiteral("  No budget ")));
        const Record lost = lead(*db, id);
        CHECK_FALSE(lost.deleted);
        CHECK(lost.text(QStringLiteral("status")) == QStringLiteral("lost"));
        CHECK(lost.text(QStringLiteral("lost_reason")) == QStringLiteral("No budget"));
        CHECK_FALSE(rs.get(QStringLiteral("task"), task->id));
        CHECK(rs.get(QStringLiteral("task"), task->id, true)->deleted);

        auto q = LeadQualification::qualify(db->session(), id, {});
        REQUIRE_FALSE(q);
        CHECK(q.error().message
            == QStringLiteral(
                "“Oak terrace” was lost (No budget). Reopen it before qualifying it."));

        REQUIRE(LeadQualification::reopen(db->session(), id));
        const Record reopened = lead(*db, id);
        CHECK(reopened.text(QStringLiteral("status")) == QStringLiteral("contacted"));
        CHECK(reopened.text(QStringLiteral("lost_reason")).isEmpty());
        const auto history = rs.history(QStringLiteral("lead"), id);
        CHECK(std::any_of(history.begin(), history.end(), [](const HistoryEntry& h) {
            return h.field == QStringLiteral("lost_reason")
                && h.value == QStringLiteral("No budget");
        }));
        CHECK(LeadQualification::qualify(db->session(), id, {}));

        auto again = LeadQualification::reopen(db->session(), id);
        REQUIRE_FALSE(again);
        CHECK(again.error().message == QStringLiteral("“Oak terrace” is not lost."));
    }
    SECTION("a first contact already made stays in the record")
    {
        REQUIRE(rs.update(QStringLiteral("task"), task->id, { { QStringLiteral("done"), true } }));
        REQUIRE(LeadQualification::lose(db->session(), id, QStringLiteral("Chose a competitor")));
        CHECK(rs.get(QStringLiteral("task"), task->id));
    }
}

TEST_CASE("A converted lead is neither qualified nor lost", "[leads][qualification]")
{
    auto db = TestDatabase::initialised();
    const QString id = convertedLead(*db);
    const Record before = lead(*db, id);

    auto q = LeadQualification::qualify(
        db->session(), id, { { QStringLiteral("Budget?"), QStringLiteral("big") } });
    REQUIRE_FALSE(q);
    CHECK(q.error().message.contains(QStringLiteral("“Medis — terrace”")));
    auto l = LeadQualification::lose(db->session(), id, QStringLiteral("No budget"));
    REQUIRE_FALSE(l);
    CHECK(l.error().message.contains(QStringLiteral("already converted")));
    CHECK(lead(*db, id).fields == before.fields);
    CHECK_FALSE(LeadQualification::reopen(db->session(), id));
}

TEST_CASE("A logged call makes a new lead contacted, and nothing else", "[leads][qualification]")
{
    auto db = TestDatabase::initialised();
    const QString id = newLead(*db, QStringLiteral("Oak terrace"));
    REQUIRE(LeadQualification::markContacted(db->session(), id));
    CHECK(lead(*db, id).text(QStringLiteral("status")) == QStringLiteral("contacted"));
    REQUIRE(LeadQualification::qualify(db->session(), id, {}));
    REQUIRE(LeadQualification::markContacted(db->session(), id));
    CHECK(lead(*db, id).text(QStringLiteral("status")) == QStringLiteral("qualified"));
    CHECK_FALSE(LeadQualification::markContacted(db->session(), QStringLiteral("no-such-lead")));
}

TEST_CASE("A status typed in the lead's form follows the same rules", "[leads][qualification]")
{
    auto db = TestDatabase::initialised();
    const QString id = newLead(*db, QStringLiteral("Shelving for a shop"));
    const QString status = QStringLiteral("status");

    // Lost needs a reason in the same edit; refused, nothing is written, the title included.
    auto noReason = LeadQualification::update(db->session(), id,
        { { status, QStringLiteral("lost") },
            { QStringLiteral("title"), QStringLiteral("Gone") } });
    REQUIRE_FALSE(noReason);
    CHECK(noReason.error().field == QStringLiteral("lost_reason"));
    CHECK(lead(*db, id).text(QStringLiteral("title")) == QStringLiteral("Shelving for a shop"));

    // With a reason typed like the list's, it is lost with the list's spelling.
    REQUIRE(LeadQualification::update(db->session(), id,
        { { status, QStringLiteral("lost") },
            { QStringLiteral("lost_reason"), QStringLiteral("no budget") } }));
    CHECK(lead(*db, id).text(status) == QStringLiteral("lost"));
    CHECK(lead(*db, id).text(QStringLiteral("lost_reason")) == QStringLiteral("No budget"));

    // Back to qualified: reopened first, the old reason cleared.
    REQUIRE(
        LeadQualification::update(db->session(), id, { { status, QStringLiteral("qualified") } }));
    CHECK(lead(*db, id).text(status) == QStringLiteral("qualified"));
    CHECK(lead(*db, id).text(QStringLiteral("lost_reason")).isEmpty());

    // "Converted" is what conversion does, not a status to type.
    auto converted
        = LeadQualification::update(db->session(), id, { { status, QStringLiteral("converted") } });
    REQUIRE_FALSE(converted);
    CHECK(converted.error().message.contains(QStringLiteral("Convert the lead to a deal")));
    CHECK(lead(*db, id).text(status) == QStringLiteral("qualified"));

    // A converted lead stays converted.
    const QString done = convertedLead(*db);
    CHECK_FALSE(
        LeadQualification::update(db->session(), done, { { status, QStringLiteral("new") } }));
    CHECK(lead(*db, done).text(status) == QStringLiteral("converted"));
}
