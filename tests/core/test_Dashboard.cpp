// The home dashboard: which of a rep's tasks, deals and leads need attention today, their target
// progress, and a manager's team with a row per member.
#include "TestDatabase.h"

#include "services/Dashboard.h"
#include "services/Tasks.h"

#include <catch2/catch.hpp>

using namespace tandem;
using namespace tandem::test;

namespace {

const QTimeZone kVilnius("Europe/Vilnius");

QDateTime at(const char* isoUtc)
{
    return QDateTime::fromString(QString::fromLatin1(isoUtc), Qt::ISODate).toUTC();
}

QStringList labels(const QList<DashboardItem>& items)
{
    QStringList out;
    for (const DashboardItem& i : items)
        out << i.label;
    return out;
}

// Ona (a rep in Rasa's team North) with work in every state, Jonas (also in North) with a little,
// and Petras (in no team) whose work must never show on Ona's or Rasa's dashboard.
// The clock: Monday 2026-06-15 09:00 UTC, 12:00 in Vilnius.
struct Fixture {
    std::unique_ptr<TestDatabase> db = TestDatabase::initialised();
    RecordStore& rs = db->records();
    QString rasa, ona, jonas, petras, team, proposal;
    QString overdueTask, callDone, terrace, roof, fence, bakery;

    Fixture()
    {
        rasa = user("Rasa Vadovė");
        team = create(rs, QStringLiteral("team"),
            { { QStringLiteral("name"), QStringLiteral("North") },
                { QStringLiteral("manager_id"), rasa } });
        ona = user("Ona Kazlauskė", team);
        jonas = user("Jonas Petraitis", team);
        petras = user("Petras Jonaitis");
        const QString pipeline = create(rs, QStringLiteral("pipeline"),
            { { QStringLiteral("name"), QStringLiteral("Sales") } });
        proposal = create(rs, QStringLiteral("stage"),
            { { QStringLiteral("pipeline_id"), pipeline },
                { QStringLiteral("name"), QStringLiteral("Proposal") },
                { QStringLiteral("kind"), QStringLiteral("open") },
                { QStringLiteral("stall_days"), 10 } });
        const QString medis = create(rs, QStringLiteral("company"),
            { { QStringLiteral("name"), QStringLiteral("UAB Medis") } });

        overdueTask
            = task("Send the offer", ona, "2026-06-14T15:00:00Z", { { "company_id", medis } });
        task("Call Medis back", ona, "2026-06-15T14:00:00Z");
        task("Plan the autumn", ona, "2026-06-20T09:00:00Z"); // upcoming: in neither list
        task("Already done", ona, "2026-06-14T10:00:00Z", { { "done", true } });
        task("Jonas: chase the invoice", jonas, "2026-06-12T08:00:00Z");
        task("Petras: visit the site", petras, "2026-06-14T08:00:00Z");
        task("Petras: call today", petras, "2026-06-15T13:00:00Z");

        // Stalled (45 days in a 10-day stage), expected to close next month.
        terrace = deal("Terrace", ona, "2026-05-01T08:00:00Z", "2026-07-10", 500000,
            { { "company_id", medis } });
        roof = deal("Roof", ona, "2026-06-10T08:00:00Z", "2026-06-25", 120000);
        fence = deal("Fence", ona, "2026-06-08T08:00:00Z", "2026-06-05", 80000);
        deal("Gate", ona, "2026-05-01T08:00:00Z", "2026-06-20", 90000,
            { { "status", "won" }, { "won_at", "2026-06-03T10:00:00Z" } });
        deal("Garage", petras, "2026-05-01T08:00:00Z", "2026-06-20", 70000);
        deal("Barn", jonas, "2026-06-12T08:00:00Z", "2026-06-30", 40000);

        bakery = lead("Bakery on Pilies", ona, { { "first_contact_due", "2026-06-14T09:00:00Z" } });
        const QString hotel = lead("Hotel Neris", ona);
        const QString cafe = lead("Cafe Vilnius", ona);
        lead("Old mill", ona, { { "status", "lost" } });
        lead("Jonas: Dental clinic", jonas);
        lead("Petras: Bike shop", petras);
        // A call done on the cafe lead touches it; a call only planned on the hotel does not.
        create(rs, QStringLiteral("activity"),
            { { QStringLiteral("kind"), QStringLiteral("call") },
                { QStringLiteral("subject"), QStringLiteral("First call") },
                { QStringLiteral("lead_id"), cafe }, { QStringLiteral("owner_id"), ona },
                { QStringLiteral("done"), true } });
        create(rs, QStringLiteral("activity"),
            { { QStringLiteral("kind"), QStringLiteral("call") },
                { QStringLiteral("subject"), QStringLiteral("Planned call") },
                { QStringLiteral("lead_id"), hotel }, { QStringLiteral("owner_id"), ona } });

        create(rs, QStringLiteral("target"),
            { { QStringLiteral("user_id"), ona },
                { QStringLiteral("period_start"), QDate(2026, 6, 1) },
                { QStringLiteral("period"), QStringLiteral("month") },
                { QStringLiteral("revenue"), qint64(400000) },
                { QStringLiteral("currency"), QStringLiteral("EUR") } });
    }

    QString user(const char* name, const QString& teamId = {})
    {
        QVariantMap v { { QStringLiteral("name"), QString::fromUtf8(name) },
            { QStringLiteral("active"), true } };
        if (!teamId.isEmpty())
            v.insert(QStringLiteral("team_id"), teamId);
        return create(rs, QStringLiteral("user"), v);
    }

    static QVariantMap more(std::initializer_list<std::pair<const char*, QVariant>> values)
    {
        QVariantMap v;
        for (const auto& [k, value] : values)
            v.insert(QLatin1String(k), value);
        return v;
    }

    QString task(const char* subject, const QString& owner, const char* due,
        std::initializer_list<std::pair<const char*, QVariant>> extra = {})
    {
        QVariantMap v = more(extra);
        v.insert(QStringLiteral("subject"), QString::fromUtf8(subject));
        v.insert(QStringLiteral("owner_id"), owner);
        v.insert(QStringLiteral("due_at"), at(due));
        return create(rs, QStringLiteral("task"), v);
    }

    QString deal(const char* title, const QString& owner, const char* inStageSince,
        const char* expectedClose, qint64 amount,
        std::initializer_list<std::pair<const char*, QVariant>> extra = {})
    {
        QVariantMap v = more(extra);
        v.insert(QStringLiteral("title"), QString::fromUtf8(title));
        v.insert(QStringLiteral("owner_id"), owner);
        v.insert(QStringLiteral("stage_id"), proposal);
        v.insert(QStringLiteral("stage_entered_at"), at(inStageSince));
        v.insert(QStringLiteral("expected_close"),
            QDate::fromString(QLatin1String(expectedClose), Qt::ISODate));
        v.insert(QStringLiteral("amount"), amount);
        v.insert(QStringLiteral("currency"), QStringLiteral("EUR"));
        if (!v.contains(QStringLiteral("status")))
            v.insert(QStringLiteral("status"), QStringLiteral("open"));
        return create(rs, QStringLiteral("deal"), v);
    }

    QString lead(const char* title, const QString& owner,
        std::initializer_list<std::pair<const char*, QVariant>> extra = {})
    {
        QVariantMap v = more(extra);
        v.insert(QStringLiteral("title"), QString::fromUtf8(title));
        v.insert(QStringLiteral("owner_id"), owner);
        return create(rs, QStringLiteral("lead"), v);
    }
};

} // namespace

TEST_CASE("A rep's dashboard lists exactly their work that needs attention", "[dashboard]")
{
    Fixture f;
    auto d = Dashboard::forUser(f.db->session(), f.ona, at("2026-06-15T09:00:00Z"), kVilnius);
    REQUIRE(d);
    CHECK(d->userName == QStringLiteral("Ona Kazlauskė"));
    CHECK_FALSE(d->team);
    CHECK(d->today == QDate(2026, 6, 15));

    CHECK(labels(d->overdueTasks) == QStringList { QStringLiteral("Send the offer") });
    CHECK(d->overdueTasks.first().about == QStringLiteral("UAB Medis"));
    CHECK(d->overdueTasks.first().entity == QStringLiteral("task"));
    CHECK(d->overdueTasks.first().id == f.overdueTask);
    CHECK(labels(d->todayTasks) == QStringList { QStringLiteral("Call Medis back") });

    CHECK(labels(d->stalledDeals) == QStringList { QStringLiteral("Terrace") });
    CHECK(d->stalledDeals.first().stage == QStringLiteral("Proposal"));
    CHECK(d->stalledDeals.first().amount == qint64(500000));
    CHECK(d->stalledDeals.first().currency == QStringLiteral("EUR"));
    // Terrace closes in July, Fence's date has passed, Gate is won: only Roof closes this month.
    CHECK(labels(d->closingThisMonth) == QStringList { QStringLiteral("Roof") });
    CHECK(d->closingThisMonth.first().closeDate == QDate(2026, 6, 25));
    CHECK(labels(d->pastClose) == QStringList { QStringLiteral("Fence") });

    // The cafe had a call done, the mill is lost; a planned call leaves the hotel untouched.
    CHECK(labels(d->untouchedLeads)
        == QStringList { QStringLiteral("Bakery on Pilies"), QStringLiteral("Hotel Neris") });
    CHECK(d->untouchedLeads.first().due == at("2026-06-14T09:00:00Z"));

    CHECK(d->members.isEmpty());
    CHECK(d->month.from == QDate(2026, 6, 1));
    CHECK(d->month.to == QDate(2026, 6, 30));
    CHECK(d->quarter.from == QDate(2026, 4, 1));
    CHECK(d->quarter.to == QDate(2026, 6, 30));
    CHECK(d->month.revenueTarget == qint64(400000));
    CHECK(d->month.revenueWon == 90000);
}

TEST_CASE("A colleague's dashboard holds none of the rep's work", "[dashboard]")
{
    Fixture f;
    auto d = Dashboard::forUser(f.db->session(), f.petras, at("2026-06-15T09:00:00Z"), kVilnius);
    REQUIRE(d);
    CHECK(labels(d->overdueTasks) == QStringList { QStringLiteral("Petras: visit the site") });
    CHECK(labels(d->todayTasks) == QStringList { QStringLiteral("Petras: call today") });
    CHECK(labels(d->stalledDeals) == QStringList { QStringLiteral("Garage") });
    CHECK(labels(d->closingThisMonth) == QStringList { QStringLiteral("Garage") });
    CHECK(d->pastClose.isEmpty());
    CHECK(labels(d->untouchedLeads) == QStringList { QStringLiteral("Petras: Bike shop") });
    CHECK_FALSE(d->month.revenueTarget.has_value());
}

TEST_CASE("Ticking off a task or calling a lead takes it off the dashboard", "[dashboard]")
{
    Fixture f;
    REQUIRE(Tasks::setDone(f.db->session(), f.overdueTask, true));
    create(f.rs, QStringLiteral("activity"),
        { { QStringLiteral("kind"), QStringLiteral("email") },
            { QStringLiteral("subject"), QStringLiteral("Sent our prices") },
            { QStringLiteral("lead_id"), f.bakery }, { QStringLiteral("owner_id"), f.ona },
            { QStringLiteral("done"), true } });
    auto d = Dashboard::forUser(f.db->session(), f.ona, at("2026-06-15T09:00:00Z"), kVilnius);
    REQUIRE(d);
    CHECK(d->overdueTasks.isEmpty());
    CHECK(labels(d->untouchedLeads) == QStringList { QStringLiteral("Hotel Neris") });
}

TEST_CASE("Next day the today task is overdue and a new month changes what closes", "[dashboard]")
{
    Fixture f;
    auto d = Dashboard::forUser(f.db->session(), f.ona, at("2026-07-01T06:00:00Z"), kVilnius);
    REQUIRE(d);
    CHECK(d->today == QDate(2026, 7, 1));
    CHECK(labels(d->overdueTasks)
        == QStringList { QStringLiteral("Send the offer"), QStringLiteral("Call Medis back"),
            QStringLiteral("Plan the autumn") });
    CHECK(labels(d->closingThisMonth) == QStringList { QStringLiteral("Terrace") });
    CHECK(labels(d->pastClose) == QStringList { QStringLiteral("Fence"), QStringLiteral("Roof") });
    CHECK(d->quarter.from == QDate(2026, 7, 1));
}

TEST_CASE("A manager's team dashboard has every member's work and a row per member", "[dashboard]")
{
    Fixture f;
    CHECK(Dashboard::leadsAnyone(f.db->session(), f.rasa));
    CHECK_FALSE(Dashboard::leadsAnyone(f.db->session(), f.ona));

    auto d = Dashboard::forTeam(f.db->session(), f.rasa, at("2026-06-15T09:00:00Z"), kVilnius);
    REQUIRE(d);
    CHECK(d->team);
    CHECK(d->userName == QStringLiteral("Rasa Vadovė"));
    // Most overdue first; Petras is in no team of Rasa's.
    CHECK(labels(d->overdueTasks)
        == QStringList {
            QStringLiteral("Jonas: chase the invoice"), QStringLiteral("Send the offer") });
    CHECK(d->overdueTasks.first().ownerName == QStringLiteral("Jonas Petraitis"));
    CHECK(labels(d->todayTasks) == QStringList { QStringLiteral("Call Medis back") });
    CHECK(labels(d->stalledDeals) == QStringList { QStringLiteral("Terrace") });
    CHECK(labels(d->closingThisMonth)
        == QStringList { QStringLiteral("Roof"), QStringLiteral("Barn") });
    CHECK(labels(d->untouchedLeads).contains(QStringLiteral("Jonas: Dental clinic")));
    CHECK_FALSE(labels(d->untouchedLeads).contains(QStringLiteral("Petras: Bike shop")));

    REQUIRE(d->members.size() == 2);
    const DashboardMember& jonas = d->members.at(0);
    const DashboardMember& ona = d->members.at(1);
    CHECK(jonas.name == QStringLiteral("Jonas Petraitis"));
    CHECK(jonas.overdueTasks == 1);
    CHECK(jonas.todayTasks == 0);
    CHECK(jonas.stalledDeals == 0);
    CHECK(jonas.closingThisMonth == 1);
    CHECK(jonas.untouchedLeads == 1);
    CHECK_FALSE(jonas.revenuePercent().has_value());
    CHECK(ona.name == QStringLiteral("Ona Kazlauskė"));
    CHECK(ona.overdueTasks == 1);
    CHECK(ona.todayTasks == 1);
    CHECK(ona.stalledDeals == 1);
    CHECK(ona.closingThisMonth == 1);
    CHECK(ona.pastClose == 1);
    CHECK(ona.untouchedLeads == 2);
    CHECK(ona.revenuePercent() == 22); // 900.00 of 4,000.00
    // Rasa leads one team: its figures are the team's (its members' targets summed).
    CHECK(d->month.teamId == f.team);
    CHECK(d->month.revenueTarget == qint64(400000));
    CHECK(d->month.revenueWon == 90000);
}

TEST_CASE("A rep who leads nobody has an empty team dashboard", "[dashboard]")
{
    Fixture f;
    auto d = Dashboard::forTeam(f.db->session(), f.ona, at("2026-06-15T09:00:00Z"), kVilnius);
    REQUIRE(d);
    CHECK(d->members.isEmpty());
    CHECK(d->overdueTasks.isEmpty());
    CHECK(d->untouchedLeads.isEmpty());
}
