// A campaign's responses become leads the usual way, matched to people we know, each with a
// follow-up task; attendee lists import all or nothing; the figures match the Campaigns report.
#include "TestDatabase.h"

#include "services/ActivityLog.h"
#include "services/Campaigns.h"
#include "services/DealFlow.h"
#include "services/LeadConversion.h"

#include <QFile>
#include <catch2/catch.hpp>

using namespace tandem;
using namespace tandem::test;

namespace {

QString campaign(RecordStore& rs, const QString& name = QStringLiteral("Build Expo 2026"))
{
    return create(rs, QStringLiteral("campaign"),
        { { QStringLiteral("name"), name }, { QStringLiteral("kind"), QStringLiteral("event") },
            { QStringLiteral("currency"), QStringLiteral("EUR") },
            { QStringLiteral("cost"), qint64(30000) }, { QStringLiteral("budget"), qint64(50000) },
            { QStringLiteral("goal_leads"), qint64(4) },
            { QStringLiteral("goal_revenue"), qint64(200000) } });
}

ResponseDraft person(const QString& first, const QString& last, const QString& email,
    const QString& company = {}, const QString& phone = {})
{
    ResponseDraft d;
    d.firstName = first;
    d.lastName = last;
    d.email = email;
    d.companyName = company;
    d.phone = phone;
    return d;
}

qint64 count(RecordStore& rs, const QString& entity)
{
    auto n = rs.count(entity);
    REQUIRE(n);
    return *n;
}

QString writeFile(const QString& dir, const QString& name, const QByteArray& text)
{
    const QString path = dir + QLatin1Char('/') + name;
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(text);
    return path;
}

} // namespace

TEST_CASE("A response is a campaign lead; its deal and win count for the campaign", "[campaigns]")
{
    auto db = TestDatabase::initialised();
    Session& s = db->session();
    RecordStore& rs = db->records();
    const QString c = campaign(rs);

    QStringList leads;
    for (const auto& d : { person(QStringLiteral("Jonas"), QStringLiteral("Petraitis"),
                               QStringLiteral("jonas@medis.lt"), QStringLiteral("UAB Medis")),
             person(QStringLiteral("Ona"), QStringLiteral("Kaminskienė"),
                 QStringLiteral("ona@stogas.lt")),
             person(QStringLiteral("Piotr"), QStringLiteral("Nowak"),
                 QStringLiteral("piotr@dach.pl")) }) {
        auto r = Campaigns::recordResponse(s, c, d);
        REQUIRE(r);
        CHECK_FALSE(r->alreadyResponded);
        leads << r->leadId;
    }
    const Record lead = *rs.get(QStringLiteral("lead"), leads.first());
    CHECK(lead.text(QStringLiteral("source")) == QStringLiteral("campaign"));
    CHECK(lead.text(QStringLiteral("campaign_id")) == c);
    CHECK(lead.text(QStringLiteral("status")) == QStringLiteral("new"));

    auto before = Campaigns::stats(s, c);
    REQUIRE(before);
    CHECK(before->responses == 3);
    CHECK(before->untouched == 3);
    CHECK(before->deals == 0);
    CHECK(before->costPerLead == qint64(10000)); // 300.00 ÷ 3 leads
    CHECK(before->returnPercent == Approx(-100.0)); // nothing won yet: (0 − 300) ÷ 300

    ConversionPlan plan;
    plan.amount = qint64(120000);
    auto converted = LeadConversion::convert(s, leads.first(), plan);
    REQUIRE(converted);
    const Record deal = *rs.get(QStringLiteral("deal"), converted->dealId);
    CHECK(deal.text(QStringLiteral("campaign_id")) == c);
    REQUIRE(DealFlow::win(s, converted->dealId));

    auto after = Campaigns::stats(s, c);
    REQUIRE(after);
    CHECK(after->responses == 3);
    CHECK(after->qualified == 1); // converted counts as qualified
    CHECK(after->deals == 1);
    CHECK(after->won == 1);
    CHECK(after->revenue == 120000);
    CHECK(after->cost == qint64(30000));
    CHECK(after->budget == qint64(50000));
    CHECK(after->costPerLead == qint64(10000));
    CHECK(after->returnPercent == Approx(300.0)); // (1200 − 300) ÷ 300
    CHECK(after->leadsProgress() == Approx(75.0)); // 3 of 4
    CHECK(after->revenueProgress() == Approx(60.0)); // 1200 of 2000
    CHECK(after->untouched == 2); // the converted lead is no longer waiting

    // A call logged on a lead takes it off the untouched list.
    auto call = ActivityLog::create(s, QStringLiteral("activity"),
        { { QStringLiteral("kind"), QStringLiteral("call") },
            { QStringLiteral("subject"), QStringLiteral("Asked about roofing") },
            { QStringLiteral("done"), true }, { QStringLiteral("lead_id"), leads.at(1) } });
    REQUIRE(call);
    CHECK(Campaigns::stats(s, c)->untouched == 1);
    auto rows = Campaigns::responses(s, c);
    REQUIRE(rows);
    REQUIRE(rows->size() == 3);
    for (const CampaignResponseRow& r : *rows)
        CHECK(r.untouched == (r.leadId == leads.at(2)));
}

TEST_CASE("A response gets a follow-up task for the lead's owner", "[campaigns]")
{
    auto db = TestDatabase::initialised();
    Session& s = db->session();
    RecordStore& rs = db->records();
    db->clock().set(QDateTime(QDate(2026, 6, 15), QTime(14, 30), Qt::UTC));
    const QString c = campaign(rs);

    auto r = Campaigns::recordResponse(s, c,
        person(QStringLiteral("Jonas"), QStringLiteral("Petraitis"),
            QStringLiteral("jonas@medis.lt")));
    REQUIRE(r);
    REQUIRE_FALSE(r->taskId.isEmpty());
    const Record lead = *rs.get(QStringLiteral("lead"), r->leadId);
    const Record task = *rs.get(QStringLiteral("task"), r->taskId);
    CHECK(task.text(QStringLiteral("lead_id")) == r->leadId);
    CHECK(task.text(QStringLiteral("owner_id")) == lead.text(QStringLiteral("owner_id")));
    CHECK(task.text(QStringLiteral("owner_id")) == s.currentUserId());
    CHECK(task.text(QStringLiteral("due_at")).startsWith(QStringLiteral("2026-06-17T14:30")));
    CHECK(task.text(QStringLiteral("due_at")) == lead.text(QStringLiteral("first_contact_due")));
    // One task, not the intake's first-contact task and a second one beside it.
    ListQuery q;
    q.where << qMakePair(QStringLiteral("lead_id"), QVariant(r->leadId));
    CHECK(rs.count(QStringLiteral("task"), q).value() == 1);
}

TEST_CASE("A response of someone we know is linked to them, and never counted twice", "[campaigns]")
{
    auto db = TestDatabase::initialised();
    Session& s = db->session();
    RecordStore& rs = db->records();
    const QString c = campaign(rs);
    const QString medis = create(
        rs, QStringLiteral("company"), { { QStringLiteral("name"), QStringLiteral("UAB Medis") } });
    const QString jonas = create(rs, QStringLiteral("contact"),
        { { QStringLiteral("first_name"), QStringLiteral("Jonas") },
            { QStringLiteral("last_name"), QStringLiteral("Petraitis") },
            { QStringLiteral("email"), QStringLiteral("jonas@medis.lt") },
            { QStringLiteral("company_id"), medis } });
    const QString ona = create(rs, QStringLiteral("contact"),
        { { QStringLiteral("first_name"), QStringLiteral("Ona") },
            { QStringLiteral("last_name"), QStringLiteral("Jonaitė") },
            { QStringLiteral("phone"), QStringLiteral("+370 612 34567") },
            { QStringLiteral("company_id"), medis } });
    const QString rasa = create(rs, QStringLiteral("contact"),
        { { QStringLiteral("first_name"), QStringLiteral("Rasa") },
            { QStringLiteral("last_name"), QStringLiteral("Vaitkutė") },
            { QStringLiteral("company_id"), medis } });
    const qint64 contacts = count(rs, QStringLiteral("contact"));

    auto byEmail = Campaigns::recordResponse(
        s, c, person(QString(), QStringLiteral("Petraitis"), QStringLiteral("JONAS@medis.lt")));
    REQUIRE(byEmail);
    CHECK(byEmail->match == ResponseMatch::Email);
    CHECK(byEmail->contactId == jonas);
    const Record lead = *rs.get(QStringLiteral("lead"), byEmail->leadId);
    CHECK(lead.text(QStringLiteral("contact_id")) == jonas);
    CHECK(lead.text(QStringLiteral("company_id")) == medis);

    auto byPhone = Campaigns::recordResponse(s, c,
        person(QStringLiteral("Ona"), QStringLiteral("Jonaitė"), QStringLiteral("ona@kitas.lt"), {},
            QStringLiteral("+37061234567")));
    REQUIRE(byPhone);
    CHECK(byPhone->match == ResponseMatch::Phone);
    CHECK(byPhone->contactId == ona);

    auto byName = Campaigns::recordResponse(s, c,
        person(
            QStringLiteral("Rasa"), QStringLiteral("Vaitkutė"), {}, QStringLiteral("uab medis")));
    REQUIRE(byName);
    CHECK(byName->match == ResponseMatch::NameCompany);
    CHECK(byName->contactId == rasa);

    auto stranger = Campaigns::recordResponse(s, c,
        person(
            QStringLiteral("Rasa"), QStringLiteral("Vaitkutė"), {}, QStringLiteral("UAB Kitas")));
    REQUIRE(stranger);
    CHECK(stranger->match == ResponseMatch::None);
    CHECK(stranger->contactId.isEmpty());
    CHECK(count(rs, QStringLiteral("contact")) == contacts); // no new people made

    const qint64 leads = count(rs, QStringLiteral("lead"));
    auto again = Campaigns::recordResponse(s, c,
        person(QStringLiteral("Jonas"), QStringLiteral("Petraitis"),
            QStringLiteral("jonas@medis.lt")));
    REQUIRE(again);
    CHECK(again->alreadyResponded);
    CHECK(again->leadId == byEmail->leadId);
    CHECK(again->message.contains(QStringLiteral("already responded")));
    CHECK(count(rs, QStringLiteral("lead")) == leads);

    // The same person answering another campaign is that campaign's response.
    auto other = Campaigns::recordResponse(s, campaign(rs, QStringLiteral("Spring mailing")),
        person(QStringLiteral("Jonas"), QStringLiteral("Petraitis"),
            QStringLiteral("jonas@medis.lt")));
    REQUIRE(other);
    CHECK_FALSE(other->alreadyResponded);
}

TEST_CASE("Attendees import in one go; repeats are skipped and listed by line", "[campaigns]")
{
    auto db = TestDatabase::initialised();
    Session& s = db->session();
    RecordStore& rs = db->records();
    const QString c = campaign(rs);
    const QString jonas = create(rs, QStringLiteral("contact"),
        { { QStringLiteral("first_name"), QStringLiteral("Jonas") },
            { QStringLiteral("last_name"), QStringLiteral("Petraitis") },
            { QStringLiteral("email"), QStringLiteral("jonas@medis.lt") } });
    const QString path = writeFile(db->dir(), QStringLiteral("expo.csv"),
        "First name,Last name,E-mail,Phone,Company,Job title\n"
        "Ona,Kaminskiene,ona@stogas.lt,,UAB Stogas,Buyer\n"
        "Jonas,Petraitis,jonas@medis.lt,,UAB Medis,\n"
        "Ona,Kaminskiene,ona@stogas.lt,,UAB Stogas,Buyer\n"
        "Piotr,Nowak,piotr@dach.pl,+48 601 000 111,Dach Sp. z o.o.,\n");

    auto r = Campaigns::importAttendees(s, c, path);
    REQUIRE(r);
    CHECK(r->rows == 4);
    CHECK(r->created == 3);
    CHECK(r->matched == 1);
    CHECK(r->skipped == 1);
    REQUIRE(r->skippedRows.size() == 1);
    CHECK(r->skippedRows.first().line == 4);
    CHECK(r->skippedRows.first().label == QStringLiteral("Ona Kaminskiene, UAB Stogas"));
    CHECK(r->skippedRows.first().leadId == r->leadIds.first());
    CHECK(rs.get(QStringLiteral("lead"), r->leadIds.at(1))->text(QStringLiteral("contact_id"))
        == jonas);
    CHECK(rs.get(QStringLiteral("lead"), r->leadIds.first())->text(QStringLiteral("needs"))
        == QStringLiteral("Job title: Buyer"));
    CHECK(Campaigns::stats(s, c)->responses == 3);

    auto again = Campaigns::importAttendees(s, c, path);
    REQUIRE(again);
    CHECK(again->created == 0);
    CHECK(again->skipped == 4);
    CHECK(Campaigns::stats(s, c)->responses == 3);
}

TEST_CASE("An attendee list with a bad row is refused whole, naming the line", "[campaigns]")
{
    auto db = TestDatabase::initialised();
    Session& s = db->session();
    RecordStore& rs = db->records();
    const QString c = campaign(rs);
    const QString path = writeFile(db->dir(), QStringLiteral("seminar.csv"),
        "Vardas;Pavardė;El. paštas;Įmonė\n"
        "Ona;Kaminskienė;ona@stogas.lt;UAB Stogas\n"
        "Jonas;Petraitis;jonas@medis.lt;UAB Medis\n"
        "Rasa;Vaitkutė;rasa(at)medis.lt;UAB Medis\n"
        "Piotr;Nowak;piotr@dach.pl;Dach\n");
    const qint64 leads = count(rs, QStringLiteral("lead"));
    const qint64 tasks = count(rs, QStringLiteral("task"));

    auto r = Campaigns::importAttendees(s, c, path);
    REQUIRE_FALSE(r);
    CHECK(r.error().file == QStringLiteral("seminar.csv"));
    CHECK(r.error().line == 4);
    CHECK(r.error().field == QStringLiteral("email"));
    CHECK(r.error().toString().contains(QStringLiteral("rasa(at)medis.lt")));
    CHECK(count(rs, QStringLiteral("lead")) == leads);
    CHECK(count(rs, QStringLiteral("task")) == tasks);

    const QString noNames = writeFile(db->dir(), QStringLiteral("x.csv"), "Colour,Size\nred,2\n");
    auto refused = Campaigns::importAttendees(s, c, noNames);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().line == 1);
}
