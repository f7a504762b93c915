// A new lead starts the same way wherever it comes from: an owner, a first-contact task due in a
// few days, and a word to the owner when someone else (or a rule) chose them.
#include "TestDatabase.h"

#include "services/LeadIntake.h"
#include "services/Notifications.h"

#include <catch2/catch.hpp>

using namespace tandem;
using namespace tandem::test;

namespace {

QString user(RecordStore& rs, const QString& name)
{
    return create(rs, QStringLiteral("user"),
        { { QStringLiteral("name"), name }, { QStringLiteral("active"), true } });
}

QList<Record> tasksOf(RecordStore& rs, const QString& leadId)
{
    ListQuery q;
    q.where << qMakePair(QStringLiteral("lead_id"), QVariant(leadId));
    auto rows = rs.list(QStringLiteral("task"), q);
    REQUIRE(rows);
    return *rows;
}

} // namespace

TEST_CASE("A new lead gets a first-contact task due in two days", "[leads]")
{
    auto db = TestDatabase::initialised();
    RecordStore& rs = db->records();
    db->clock().set(QDateTime(QDate(2026, 6, 15), QTime(14, 30), Qt::UTC));

    auto id = LeadIntake::create(db->session(),
        { { QStringLiteral("title"), QStringLiteral("Oak terrace for a hotel") },
            { QStringLiteral("company_name"), QStringLiteral("UAB Medis") },
            { QStringLiteral("source"), QStringLiteral("web_form") } });
    REQUIRE(id);
    const Record lead = *rs.get(QStringLiteral("lead"), *id);
    CHECK(lead.text(QStringLiteral("status")) == QStringLiteral("new"));
    // Nobody routed it: the one who entered it owns it, and is not told about their own lead.
    CHECK(lead.text(QStringLiteral("owner_id")) == db->session().currentUserId());
    CHECK(lead.text(QStringLiteral("first_contact_due"))
              .startsWith(QStringLiteral("2026-06-17T14:30:00")));
    CHECK(Notifications::unreadCount(db->session(), db->session().currentUserId()) == 0);

    const QList<Record> tasks = tasksOf(rs, *id);
    REQUIRE(tasks.size() == 1);
    const Record& task = tasks.first();
    CHECK(task.text(QStringLiteral("subject"))
        == QStringLiteral("First contact: Oak terrace for a hotel"));
    CHECK(task.text(QStringLiteral("kind")) == QStringLiteral("task"));
    CHECK(task.text(QStringLiteral("due_at")) == lead.text(QStringLiteral("first_contact_due")));
    CHECK(task.text(QStringLiteral("priority")) == QStringLiteral("high"));
    CHECK(task.text(QStringLiteral("owner_id")) == db->session().currentUserId());
    CHECK_FALSE(task.value(QStringLiteral("done")).toBool());
    REQUIRE(LeadIntake::firstContactTask(db->session(), lead));
    CHECK(LeadIntake::firstContactTask(db->session(), lead)->id == task.id);
}

TEST_CASE("The team sets how many days the first contact may take", "[leads]")
{
    auto db = TestDatabase::initialised();
    CHECK(LeadIntake::firstContactDays(db->session()) == 2);
    REQUIRE(
        db->session().setSetting(QStringLiteral("lead_first_contact_days"), QStringLiteral("5")));
    CHECK(LeadIntake::firstContactDays(db->session()) == 5);
    db->clock().set(QDateTime(QDate(2026, 6, 15), QTime(8, 0), Qt::UTC));
    auto id = LeadIntake::create(db->session(),
        { { QStringLiteral("first_name"), QStringLiteral("Ona") },
            { QStringLiteral("last_name"), QStringLiteral("Jonaitė") },
            { QStringLiteral("company_name"), QStringLiteral("UAB Stalai") } });
    REQUIRE(id);
    const QList<Record> tasks = tasksOf(db->records(), *id);
    REQUIRE(tasks.size() == 1);
    CHECK(tasks.first()
              .text(QStringLiteral("due_at"))
              .startsWith(QStringLiteral("2026-06-20T08:00:00")));
    // Without a title the task names the person and the company.
    CHECK(tasks.first().text(QStringLiteral("subject"))
        == QStringLiteral("First contact: Ona Jonaitė, UAB Stalai"));
    REQUIRE(db->session().setSetting(
        QStringLiteral("lead_first_contact_days"), QStringLiteral("soon")));
    CHECK(LeadIntake::firstContactDays(db->session()) == 2);
}

TEST_CASE("A routed lead's owner is told who sent it, and gets the task", "[leads][routing]")
{
    auto db = TestDatabase::initialised();
    RecordStore& rs = db->records();
    const QString jonas = user(rs, QStringLiteral("Jonas Petraitis"));
    create(rs, QStringLiteral("routing_rule"),
        { { QStringLiteral("name"), QStringLiteral("Fairs") }, { QStringLiteral("position"), 0 },
            { QStringLiteral("active"), true },
            { QStringLiteral("match_source"), QStringLiteral("event") },
            { QStringLiteral("method"), QStringLiteral("user") },
            { QStringLiteral("user_id"), jonas } });

    auto id = LeadIntake::create(db->session(),
        { { QStringLiteral("title"), QStringLiteral("Garden furniture") },
            { QStringLiteral("source"), QStringLiteral("event") } });
    REQUIRE(id);
    CHECK(rs.get(QStringLiteral("lead"), *id)->text(QStringLiteral("owner_id")) == jonas);
    CHECK(tasksOf(rs, *id).first().text(QStringLiteral("owner_id")) == jonas);
    const QList<Record> notes = Notifications::forUser(db->session(), jonas);
    REQUIRE(notes.size() == 1);
    CHECK(notes.first().text(QStringLiteral("kind")) == QStringLiteral("assigned"));
    CHECK(notes.first().text(QStringLiteral("text"))
        == QStringLiteral("New lead assigned to you by rule “Fairs”: Garden furniture"));
    CHECK(notes.first().text(QStringLiteral("entity")) == QStringLiteral("lead"));
    CHECK(notes.first().text(QStringLiteral("record_id")) == *id);
    CHECK(Notifications::unreadCount(db->session(), db->session().currentUserId()) == 0);

    SECTION("a lead given to a colleague by hand tells them who gave it")
    {
        auto other = LeadIntake::create(db->session(),
            { { QStringLiteral("title"), QStringLiteral("Fence") },
                { QStringLiteral("owner_id"), jonas } });
        REQUIRE(other);
        const QList<Record> now = Notifications::forUser(db->session(), jonas);
        REQUIRE(now.size() == 2);
        CHECK(now.first().text(QStringLiteral("text"))
            == QStringLiteral("Tester assigned a new lead to you: Fence"));
    }
    SECTION("a lead you give yourself tells nobody")
    {
        auto mine = LeadIntake::create(db->session(),
            { { QStringLiteral("title"), QStringLiteral("Gate") },
                { QStringLiteral("source"), QStringLiteral("event") },
                { QStringLiteral("owner_id"), db->session().currentUserId() } });
        REQUIRE(mine);
        CHECK(Notifications::forUser(db->session(), jonas).size() == 1);
        CHECK(Notifications::unreadCount(db->session(), db->session().currentUserId()) == 0);
    }
}

TEST_CASE("An imported lead that is already worked gets no first-contact task", "[leads]")
{
    auto db = TestDatabase::initialised();
    auto id = LeadIntake::create(db->session(),
        { { QStringLiteral("title"), QStringLiteral("Old enquiry") },
            { QStringLiteral("status"), QStringLiteral("qualified") } });
    REQUIRE(id);
    const Record lead = *db->records().get(QStringLiteral("lead"), *id);
    CHECK(lead.text(QStringLiteral("status")) == QStringLiteral("qualified"));
    CHECK(lead.text(QStringLiteral("first_contact_due")).isEmpty());
    CHECK(tasksOf(db->records(), *id).isEmpty());
}

TEST_CASE("A lead that cannot be saved leaves no task and no notification behind", "[leads]")
{
    auto db = TestDatabase::initialised();
    RecordStore& rs = db->records();
    const QString jonas = user(rs, QStringLiteral("Jonas Petraitis"));
    auto id = LeadIntake::create(db->session(),
        { { QStringLiteral("source"), QStringLiteral("event") },
            { QStringLiteral("owner_id"), jonas } });
    REQUIRE_FALSE(id);
    CHECK(*rs.count(QStringLiteral("lead")) == 0);
    CHECK(*rs.count(QStringLiteral("task")) == 0);
    CHECK(*rs.count(QStringLiteral("notification")) == 0);
}
