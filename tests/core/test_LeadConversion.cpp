// Converting a lead: the deal, its company and its person (found or made) take over every activity
// and document the lead gathered; a lead is converted once, a lost one not at all.
#include "TestDatabase.h"

#include "services/DuplicateIndex.h"
#include "services/LeadConversion.h"
#include "services/LeadIntake.h"
#include "services/LeadQualification.h"
#include "services/Workspace.h"
#include "store/CanonicalDump.h"

#include <algorithm>
#include <catch2/catch.hpp>

using namespace tandem;
using namespace tandem::test;

namespace {

QString s(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

qint64 countWhere(
    RecordStore& rs, const QString& entity, const QList<QPair<QString, QVariant>>& where)
{
    ListQuery q;
    q.where = where;
    auto n = rs.count(entity, q);
    REQUIRE(n);
    return *n;
}

Record get(RecordStore& rs, const QString& entity, const QString& id)
{
    const auto r = rs.get(entity, id);
    REQUIRE(r);
    return *r;
}

// A lead from a fair, worked for a while: a call, a note, a planned meeting and two documents.
struct WorkedLead {
    QString lead, call, note, meeting, task, brochure, sketch, campaign;
};

WorkedLead workedLead(TestDatabase& db, const QString& companyName = s("UAB Medis"),
    const QString& email = QStringLiteral("ona@medis.lt"))
{
    RecordStore& rs = db.records();
    WorkedLead w;
    w.campaign = create(
        rs, QStringLiteral("campaign"), { { QStringLiteral("name"), s("Baldų mugė 2026") } });
    auto id = LeadIntake::create(db.session(),
        { { QStringLiteral("title"), s("Oak terrace") }, { QStringLiteral("first_name"), s("Ona") },
            { QStringLiteral("last_name"), s("Jonaitė") },
            { QStringLiteral("company_name"), companyName }, { QStringLiteral("email"), email },
            { QStringLiteral("phone"), s("+370 612 00001") },
            { QStringLiteral("industry"), s("Hotels") },
            { QStringLiteral("source"), QStringLiteral("event") },
            { QStringLiteral("campaign_id"), w.campaign } });
    REQUIRE(id);
    w.lead = *id;
    w.task
        = LeadIntake::firstContactTask(db.session(), get(rs, QStringLiteral("lead"), w.lead))->id;
    auto activity = [&](const char* kind, const char* subject, bool done) {
        return create(rs, QStringLiteral("activity"),
            { { QStringLiteral("kind"), QLatin1String(kind) },
                { QStringLiteral("subject"), s(subject) }, { QStringLiteral("lead_id"), w.lead },
                { QStringLiteral("done"), done } });
    };
    w.call = activity("call", "Intro call", true);
    w.note = activity("note", "Wants oak, not ash", true);
    w.meeting = activity("meeting", "Site visit", false);
    auto document = [&](const char* name) {
        return create(rs, QStringLiteral("attachment"),
            { { QStringLiteral("name"), s(name) },
                { QStringLiteral("entity"), QStringLiteral("lead") },
                { QStringLiteral("record_id"), w.lead } });
    };
    w.brochure = document("brochure.pdf");
    w.sketch = document("terrace-sketch.png");
    return w;
}

} // namespace

TEST_CASE("Converting a lead makes a company, a contact and a deal that keep its work",
    "[leads][conversion]")
{
    auto db = TestDatabase::initialised();
    RecordStore& rs = db->records();
    const WorkedLead w = workedLead(*db);

    auto proposal = LeadConversion::propose(db->session(), w.lead);
    REQUIRE(proposal);
    CHECK(proposal->companies.isEmpty());
    CHECK(proposal->contacts.isEmpty());
    CHECK(proposal->plan.companyId.isEmpty());
    CHECK(proposal->plan.dealTitle == s("UAB Medis — Oak terrace"));

    auto result = LeadConversion::convert(db->session(), w.lead);
    REQUIRE(result);
    CHECK_FALSE(result->companyReused);
    CHECK_FALSE(result->contactReused);
    CHECK(result->activitiesMoved == 4); // call, note, meeting and the first-contact task
    CHECK(result->documentsMoved == 2);

    const Record company = get(rs, QStringLiteral("company"), result->companyId);
    CHECK(company.text(QStringLiteral("name")) == s("UAB Medis"));
    CHECK(company.text(QStringLiteral("industry")) == s("Hotels"));
    CHECK(company.text(QStringLiteral("owner_id")) == db->session().currentUserId());
    const Record contact = get(rs, QStringLiteral("contact"), result->contactId);
    CHECK(contact.text(QStringLiteral("first_name")) == s("Ona"));
    CHECK(contact.text(QStringLiteral("last_name")) == s("Jonaitė"));
    CHECK(contact.text(QStringLiteral("email")) == s("ona@medis.lt"));
    CHECK(contact.text(QStringLiteral("phone")) == s("+370 612 00001"));
    CHECK(contact.text(QStringLiteral("company_id")) == result->companyId);

    const Record deal = get(rs, QStringLiteral("deal"), result->dealId);
    CHECK(deal.text(QStringLiteral("title")) == s("UAB Medis — Oak terrace"));
    CHECK(deal.text(QStringLiteral("lead_id")) == w.lead);
    CHECK(deal.text(QStringLiteral("company_id")) == result->companyId);
    CHECK(deal.text(QStringLiteral("contact_id")) == result->contactId);
    CHECK(deal.text(QStringLiteral("owner_id")) == db->session().currentUserId());
    CHECK(deal.text(QStringLiteral("source")) == QStringLiteral("event"));
    CHECK(deal.text(QStringLiteral("campaign_id")) == w.campaign);
    CHECK(deal.text(QStringLiteral("status")) == QStringLiteral("open"));
    CHECK(deal.text(QStringLiteral("pipeline_id")) == Workspace::defaultPipelineId(db->session()));
    CHECK_FALSE(deal.text(QStringLiteral("stage_id")).isEmpty());

    // Every activity of the lead is the deal's, the company's and the person's too.
    for (const QString& id : { w.call, w.note, w.meeting, w.task }) {
        const Record a = get(rs, QStringLiteral("activity"), id);
        CHECK(a.text(QStringLiteral("lead_id")) == w.lead);
        CHECK(a.text(QStringLiteral("deal_id")) == result->dealId);
        CHECK(a.text(QStringLiteral("company_id")) == result->companyId);
        CHECK(a.text(QStringLiteral("contact_id")) == result->contactId);
    }
    CHECK_FALSE(
        get(rs, QStringLiteral("activity"), w.meeting).value(QStringLiteral("done")).toBool());
    // The first contact happened: its task is done, not deleted.
    const Record task = get(rs, QStringLiteral("task"), w.task);
    CHECK(task.value(QStringLiteral("done")).toBool());
    CHECK_FALSE(task.text(QStringLiteral("done_at")).isEmpty());
    for (const QString& id : { w.brochure, w.sketch }) {
        const Record d = get(rs, QStringLiteral("attachment"), id);
        CHECK(d.text(QStringLiteral("entity")) == QStringLiteral("deal"));
        CHECK(d.text(QStringLiteral("record_id")) == result->dealId);
    }

    const Record lead = get(rs, QStringLiteral("lead"), w.lead);
    CHECK(lead.text(QStringLiteral("status")) == QStringLiteral("converted"));
    CHECK_FALSE(lead.text(QStringLiteral("converted_at")).isEmpty());
    CHECK(lead.text(QStringLiteral("company_id")) == result->companyId);
    CHECK(lead.text(QStringLiteral("contact_id")) == result->contactId);
    CHECK(lead.text(QStringLiteral("deal_id")) == result->dealId);

    // The history tells it: the lead's conversion and each activity's move, as changes that sync.
    const auto history = rs.history(QStringLiteral("lead"), w.lead);
    CHECK(std::any_of(history.begin(), history.end(), [](const HistoryEntry& h) {
        return h.field == QStringLiteral("status") && h.value == QStringLiteral("converted");
    }));
    CHECK(std::any_of(history.begin(), history.end(), [&](const HistoryEntry& h) {
        return h.field == QStringLiteral("deal_id") && h.value == result->dealId;
    }));
    const auto callChanges
        = db->session().changeLog().forRecord(QStringLiteral("activity"), w.call);
    CHECK(std::any_of(callChanges.begin(), callChanges.end(), [&](const Change& c) {
        return c.field == QStringLiteral("deal_id") && c.value.toString() == result->dealId;
    }));
    const auto docChanges
        = db->session().changeLog().forRecord(QStringLiteral("attachment"), w.brochure);
    CHECK(docChanges.last().value.toString() == result->dealId);
}

TEST_CASE(
    "Conversion reuses the company and the person duplicate detection finds", "[leads][conversion]")
{
    auto db = TestDatabase::initialised();
    RecordStore& rs = db->records();
    const QString medis
        = create(rs, QStringLiteral("company"), { { QStringLiteral("name"), s("UAB „Medis“") } });
    create(rs, QStringLiteral("company"), { { QStringLiteral("name"), s("UAB Mediena Plius") } });
    const QString ona = create(rs, QStringLiteral("contact"),
        { { QStringLiteral("first_name"), s("Ona") },
            { QStringLiteral("last_name"), s("Jonaitytė") },
            { QStringLiteral("email"), s("Ona@Medis.lt") } });
    const WorkedLead w = workedLead(*db, s("uab medis"));

    auto proposal = LeadConversion::propose(db->session(), w.lead);
    REQUIRE(proposal);
    REQUIRE(proposal->companies.size() == 1);
    CHECK(proposal->companies.first().id == medis);
    CHECK(proposal->companies.first().reason
        == duplicateReasonTexts(SameName).join(QStringLiteral(", ")));
    REQUIRE(proposal->contacts.size() == 1);
    CHECK(proposal->contacts.first().id == ona);
    CHECK(proposal->contacts.first().reason.contains(duplicateReasonTexts(SameEmail).first()));
    CHECK(proposal->plan.companyId == medis);
    CHECK(proposal->plan.contactId == ona);
    CHECK(proposal->plan.dealTitle == s("UAB „Medis“ — Oak terrace"));

    const qint64 companies = *rs.count(QStringLiteral("company"));
    const qint64 contacts = *rs.count(QStringLiteral("contact"));
    auto result = LeadConversion::convert(db->session(), w.lead, proposal->plan);
    REQUIRE(result);
    CHECK(result->companyReused);
    CHECK(result->contactReused);
    CHECK(result->companyId == medis);
    CHECK(result->contactId == ona);
    CHECK(*rs.count(QStringLiteral("company")) == companies);
    CHECK(*rs.count(QStringLiteral("contact")) == contacts);
    // Ona worked nowhere as far as we knew: now at Medis. Her own name and e-mail stay as they
    // were.
    const Record contact = get(rs, QStringLiteral("contact"), ona);
    CHECK(contact.text(QStringLiteral("company_id")) == medis);
    CHECK(contact.text(QStringLiteral("last_name")) == s("Jonaitytė"));
    CHECK(
        get(rs, QStringLiteral("deal"), result->dealId).text(QStringLiteral("contact_id")) == ona);
}

TEST_CASE("A person known at a company suggests that company", "[leads][conversion]")
{
    auto db = TestDatabase::initialised();
    RecordStore& rs = db->records();
    const QString medis = create(
        rs, QStringLiteral("company"), { { QStringLiteral("name"), s("Medžio gaminiai, UAB") } });
    const QString ona = create(rs, QStringLiteral("contact"),
        { { QStringLiteral("first_name"), s("Ona") },
            { QStringLiteral("email"), s("ona@medis.lt") },
            { QStringLiteral("company_id"), medis } });
    const WorkedLead w = workedLead(*db, s("Medis"));
    auto proposal = LeadConversion::propose(db->session(), w.lead);
    REQUIRE(proposal);
    REQUIRE(proposal->companies.size() == 1);
    CHECK(proposal->companies.first().id == medis);
    CHECK(proposal->companies.first().reason == s("where Ona works"));
    CHECK(proposal->plan.contactId == ona);
}

TEST_CASE("The plan's title, amount, close date and choices are what the deal gets",
    "[leads][conversion]")
{
    auto db = TestDatabase::initialised();
    RecordStore& rs = db->records();
    const WorkedLead w = workedLead(*db);
    ConversionPlan plan;
    plan.dealTitle = s("Hotel terrace, 80 m²");
    plan.amount = 1250050;
    plan.expectedClose = QStringLiteral("2026-09-30");
    auto result = LeadConversion::convert(db->session(), w.lead, plan);
    REQUIRE(result);
    const Record deal = get(rs, QStringLiteral("deal"), result->dealId);
    CHECK(deal.text(QStringLiteral("title")) == s("Hotel terrace, 80 m²"));
    CHECK(deal.value(QStringLiteral("amount")).toLongLong() == 1250050);
    CHECK(deal.text(QStringLiteral("currency")) == QStringLiteral("EUR"));
    CHECK(deal.text(QStringLiteral("expected_close")) == QStringLiteral("2026-09-30"));
}

TEST_CASE("A lead without a company or a person converts to a bare deal", "[leads][conversion]")
{
    auto db = TestDatabase::initialised();
    RecordStore& rs = db->records();
    auto id = LeadIntake::create(
        db->session(), { { QStringLiteral("title"), s("Price list request") } });
    REQUIRE(id);
    auto result = LeadConversion::convert(db->session(), *id);
    REQUIRE(result);
    CHECK(result->companyId.isEmpty());
    CHECK(result->contactId.isEmpty());
    CHECK(*rs.count(QStringLiteral("company")) == 0);
    CHECK(*rs.count(QStringLiteral("contact")) == 0);
    CHECK(get(rs, QStringLiteral("deal"), result->dealId).text(QStringLiteral("title"))
        == s("Price list request"));
}

TEST_CASE("One company holds the deals of several leads", "[leads][conversion]")
{
    auto db = TestDatabase::initialised();
    RecordStore& rs = db->records();
    const WorkedLead first = workedLead(*db);
    auto one = LeadConversion::convert(db->session(), first.lead);
    REQUIRE(one);
    auto second = LeadIntake::create(db->session(),
        { { QStringLiteral("title"), s("Garden benches") },
            { QStringLiteral("first_name"), s("Petras") },
            { QStringLiteral("email"), s("petras@medis.lt") },
            { QStringLiteral("company_name"), s("UAB Medis") } });
    REQUIRE(second);
    auto two = LeadConversion::convert(db->session(), *second);
    REQUIRE(two);
    CHECK(two->companyReused);
    CHECK(two->companyId == one->companyId);
    CHECK_FALSE(two->contactReused);
    CHECK(two->contactId != one->contactId);
    CHECK(*rs.count(QStringLiteral("company")) == 1);
    CHECK(
        countWhere(rs, QStringLiteral("deal"), { { QStringLiteral("company_id"), one->companyId } })
        == 2);
    CHECK(countWhere(
              rs, QStringLiteral("contact"), { { QStringLiteral("company_id"), one->companyId } })
        == 2);
}

TEST_CASE("A converted or lost lead is refused and nothing changes", "[leads][conversion]")
{
    auto db = TestDatabase::initialised();
    const WorkedLead w = workedLead(*db);

    SECTION("converting twice")
    {
        auto first = LeadConversion::convert(db->session(), w.lead);
        REQUIRE(first);
        const QByteArray before = canonicalDump(db->records());
        const qint64 changes = db->session().changeLog().count();
        auto again = LeadConversion::convert(db->session(), w.lead);
        REQUIRE_FALSE(again);
        CHECK(again.error().message
            == s("“Oak terrace” was already converted to the deal “UAB Medis — Oak terrace”."));
        CHECK_FALSE(LeadConversion::propose(db->session(), w.lead));
        CHECK(canonicalDump(db->records()) == before);
        CHECK(db->session().changeLog().count() == changes);
    }
    SECTION("a lost lead, until it is reopened")
    {
        REQUIRE(LeadQualification::lose(db->session(), w.lead, s("No budget")));
        const QByteArray before = canonicalDump(db->records());
        auto refused = LeadConversion::convert(db->session(), w.lead);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().message
            == s("“Oak terrace” was lost (No budget). Reopen it before converting it."));
        CHECK(canonicalDump(db->records()) == before);
        REQUIRE(LeadQualification::reopen(db->session(), w.lead));
        CHECK(LeadConversion::convert(db->session(), w.lead));
    }
    SECTION("a plan naming a company that is not there")
    {
        const QByteArray before = canonicalDump(db->records());
        ConversionPlan plan;
        plan.companyId = QStringLiteral("no-such-company");
        auto refused = LeadConversion::convert(db->session(), w.lead, plan);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().field == QStringLiteral("company_id"));
        CHECK(canonicalDump(db->records()) == before);
    }
    SECTION("a conversion failing half-way leaves the lead as it was")
    {
        const QByteArray before = canonicalDump(db->records());
        ConversionPlan plan;
        plan.expectedClose
            = QStringLiteral("end of May"); // the deal refuses it after the company was made
        auto refused = LeadConversion::convert(db->session(), w.lead, plan);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().field == QStringLiteral("expected_close"));
        CHECK(canonicalDump(db->records()) == before);
    }
}
