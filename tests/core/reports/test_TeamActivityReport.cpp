// The team-activity report on a small fixed team: activities per rep on the period's edges,
// tasks done exactly at their deadline or a millisecond late, leads contacted after one day or
// eight, the owner and team filters, the week view and the comparison with February.
#include "TestDatabase.h"

#include "reports/ReportCatalog.h"

#include "ReportTestSupport.h"

#include <catch2/catch.hpp>

using namespace tandem;
using namespace tandem::test;

namespace {

// March 2026: 31 days, so "per week" divides by 31 / 7.
const QDate kFrom(2026, 3, 1);
const QDate kTo(2026, 3, 31);

struct Team {
    QString ona, jonas, rasa, tester;
    QString alpha, beta, delta;
    QString onaCallFirstInstant, onaCallLastInstant;
    QString t1, t2, t3, t4, t6, t7;
    QString l1, l2, l3, l4;
};

QString at(const char* iso)
{
    return QString::fromLatin1(iso);
}

QString activity(RecordStore& rs, const QString& owner, const char* kind, QVariantMap more)
{
    more.insert(QStringLiteral("kind"), QString::fromLatin1(kind));
    more.insert(QStringLiteral("subject"), QString::fromLatin1(kind));
    if (!owner.isEmpty())
        more.insert(QStringLiteral("owner_id"), owner);
    return create(rs, QStringLiteral("activity"), more);
}

// A call, meeting or e-mail marked done, starting at `starts`.
QString done(RecordStore& rs, const QString& owner, const char* kind, const char* starts,
    QVariantMap more = {})
{
    more.insert(QStringLiteral("starts_at"), at(starts));
    more.insert(QStringLiteral("done"), true);
    more.insert(QStringLiteral("done_at"), at(starts));
    return activity(rs, owner, kind, more);
}

// A task created at `created` (the clock is moved there first).
QString task(TestDatabase& db, const QString& owner, const char* created, QVariantMap values)
{
    db.clock().set(QDateTime::fromString(at(created), Qt::ISODateWithMs));
    values.insert(QStringLiteral("subject"), QStringLiteral("task"));
    values.insert(QStringLiteral("owner_id"), owner);
    return create(db.records(), QStringLiteral("task"), values);
}

QString lead(TestDatabase& db, const QString& owner, const char* created, const char* title)
{
    db.clock().set(QDateTime::fromString(at(created), Qt::ISODateWithMs));
    return create(db.records(), QStringLiteral("lead"),
        { { QStringLiteral("title"), QString::fromLatin1(title) },
            { QStringLiteral("owner_id"), owner } });
}

Team makeTeam(TestDatabase& db)
{
    RecordStore& rs = db.records();
    Team t;
    t.tester = rs.context().userId; // does nothing: still gets a row of zeros
    const QString north = create(
        rs, QStringLiteral("team"), { { QStringLiteral("name"), QStringLiteral("North") } });
    const QString south = create(
        rs, QStringLiteral("team"), { { QStringLiteral("name"), QStringLiteral("South") } });
    auto user = [&](const char* name, const QString& team) {
        return create(rs, QStringLiteral("user"),
            { { QStringLiteral("name"), QString::fromLatin1(name) },
                { QStringLiteral("team_id"), team } });
    };
    t.ona = user("Ona", north);
    t.jonas = user("Jonas", north);
    t.rasa = user("Rasa", south);
    // Inactive and idle: no row.
    create(rs, QStringLiteral("user"),
        { { QStringLiteral("name"), QStringLiteral("Old Timer") },
            { QStringLiteral("active"), false } });

    auto company = [&](const char* name) {
        return create(rs, QStringLiteral("company"),
            { { QStringLiteral("name"), QString::fromLatin1(name) } });
    };
    t.alpha = company("Alpha");
    t.beta = company("Beta");
    t.delta = company("Delta");
    const QString gamma = company("Gamma");
    const QString cora = create(rs, QStringLiteral("contact"),
        { { QStringLiteral("first_name"), QStringLiteral("Cora") },
            { QStringLiteral("company_id"), t.beta } });
    const QString dealAtDelta = create(rs, QStringLiteral("deal"),
        { { QStringLiteral("title"), QStringLiteral("Delta deal") },
            { QStringLiteral("company_id"), t.delta } });

    // Ona. In March: calls a1 (first instant) and a2 (last instant), meeting a5, e-mails a7 (no
    // start: counted by when it was done) and a10. Out: a3 (the day after), a4 (February), a6
    // (not done), a8 (a note), a9 (removed).
    t.onaCallFirstInstant = done(rs, t.ona, "call", "2026-03-01T00:00:00.000Z",
        { { QStringLiteral("company_id"), t.alpha } });
    t.onaCallLastInstant = done(rs, t.ona, "call", "2026-03-31T23:59:59.999Z",
        { { QStringLiteral("contact_id"), cora } }); // Beta, through the contact
    done(rs, t.ona, "call", "2026-04-01T00:00:00.000Z",
        { { QStringLiteral("company_id"), t.alpha } });
    done(rs, t.ona, "call", "2026-02-28T23:59:00.000Z",
        { { QStringLiteral("company_id"), t.alpha } });
    done(rs, t.ona, "meeting", "2026-03-10T09:00:00.000Z",
        { { QStringLiteral("deal_id"), dealAtDelta } }); // Delta, through the deal
    activity(rs, t.ona, "meeting",
        { { QStringLiteral("starts_at"), at("2026-03-12T09:00:00.000Z") },
            { QStringLiteral("company_id"), t.alpha } });
    activity(rs, t.ona, "email",
        { { QStringLiteral("done"), true },
            { QStringLiteral("done_at"), at("2026-03-20T10:00:00.000Z") },
            { QStringLiteral("company_id"), gamma } });
    REQUIRE(rs.remove(QStringLiteral("company"), gamma)); // a7 counts, Gamma does not
    activity(rs, t.ona, "note",
        { { QStringLiteral("starts_at"), at("2026-03-05T09:00:00.000Z") },
            { QStringLiteral("company_id"), t.alpha } });
    const QString removed = done(rs, t.ona, "email", "2026-03-06T09:00:00.000Z");
    REQUIRE(rs.remove(QStringLiteral("activity"), removed));
    done(rs, t.ona, "email", "2026-03-15T09:00:00.000Z",
        { { QStringLiteral("company_id"), t.alpha } });

    // Jonas: a call with Beta, a meeting with Alpha.
    done(rs, t.jonas, "call", "2026-03-16T10:00:00.000Z",
        { { QStringLiteral("company_id"), t.beta } });
    done(rs, t.jonas, "meeting", "2026-03-17T10:00:00.000Z",
        { { QStringLiteral("company_id"), t.alpha } });

    // Rasa: an e-mail to Beta; her leads' first contacts are below.
    done(rs, t.rasa, "email", "2026-03-02T08:00:00.000Z",
        { { QStringLiteral("company_id"), t.beta } });

    // Ona's tasks, judged against "today" (set per test).
    const char* created = "2026-03-01T12:00:00.000Z";
    auto on = [](const char* due, const char* doneAt) {
        return QVariantMap { { QStringLiteral("due_at"), at(due) },
            { QStringLiteral("done"), true }, { QStringLiteral("done_at"), at(doneAt) } };
    };
    // Done exactly at the due time: on time. 4 days after creation.
    t.t1 = task(db, t.ona, created, on("2026-03-05T12:00:00.000Z", "2026-03-05T12:00:00.000Z"));
    // A millisecond late. 5 days (and 1 ms) after creation.
    t.t2 = task(db, t.ona, created, on("2026-03-06T12:00:00.000Z", "2026-03-06T12:00:00.001Z"));
    // Never done, due 20 March 10:00.
    t.t3 = task(
        db, t.ona, created, { { QStringLiteral("due_at"), at("2026-03-20T10:00:00.000Z") } });
    // All day on 10 March in Vilnius (midnight is 22:00 UTC the day before), done that afternoon:
    // on time. 9 days 3 hours = 9.125 days after creation.
    QVariantMap allDay = on("2026-03-09T22:00:00.000Z", "2026-03-10T15:00:00.000Z");
    allDay.insert(QStringLiteral("all_day"), true);
    t.t4 = task(db, t.ona, created, allDay);
    // Due the day after the period: not judged.
    task(db, t.ona, created, { { QStringLiteral("due_at"), at("2026-04-01T00:00:00.000Z") } });
    // Due on the first instant, done in February: on time, but not done in the period.
    t.t6 = task(db, t.ona, "2026-02-20T12:00:00.000Z",
        on("2026-03-01T00:00:00.000Z", "2026-02-27T12:00:00.000Z"));
    // Due in April, done 25 March: not judged, but done in the period, 10 days after creation.
    t.t7 = task(db, t.ona, "2026-03-15T12:00:00.000Z",
        on("2026-04-05T12:00:00.000Z", "2026-03-25T12:00:00.000Z"));
    // Recorded on 30 March as done on 10 March: no time to complete.
    task(db, t.ona, "2026-03-30T12:00:00.000Z",
        on("2026-04-10T12:00:00.000Z", "2026-03-10T12:00:00.000Z"));

    // Rasa's leads and how soon someone first talked to them.
    // (The clock moves a millisecond per reading: the contacts are timed from what was stored.)
    auto after = [&](const QString& leadId, qint64 ms) {
        const QDateTime created = QDateTime::fromString(
            rs.get(QStringLiteral("lead"), leadId)->text(QStringLiteral("created_at")),
            Qt::ISODateWithMs);
        return created.addMSecs(ms).toString(Qt::ISODateWithMs).toLatin1();
    };
    const qint64 day = 24 * 3600 * 1000;
    t.l1 = lead(db, t.rasa, "2026-03-02T09:00:00.000Z", "L1"); // called exactly 1 day later
    done(rs, t.rasa, "call", after(t.l1, day).constData(), { { QStringLiteral("lead_id"), t.l1 } });
    t.l2 = lead(db, t.rasa, "2026-03-03T09:00:00.000Z", "L2"); // 1 day and 1 ms later
    done(rs, t.rasa, "call", after(t.l2, day + 1).constData(),
        { { QStringLiteral("lead_id"), t.l2 } });
    t.l3 = lead(db, t.rasa, "2026-03-04T09:00:00.000Z", "L3");
    done(rs, t.rasa, "email", "2026-03-12T09:00:00.000Z", { { QStringLiteral("lead_id"), t.l3 } });
    t.l4 = lead(db, t.rasa, "2026-03-05T09:00:00.000Z", "L4");
    activity(rs, t.rasa, "note",
        { { QStringLiteral("starts_at"), at("2026-03-05T10:00:00.000Z") },
            { QStringLiteral("lead_id"), t.l4 } });
    activity(rs, t.rasa, "call",
        { { QStringLiteral("starts_at"), at("2026-03-06T10:00:00.000Z") },
            { QStringLiteral("lead_id"), t.l4 } }); // planned, never done
    lead(db, t.rasa, "2026-02-20T09:00:00.000Z", "February lead");
    return t;
}

ReportParams march(const QDate& today = QDate(2026, 4, 10))
{
    ReportParams p;
    p.from = kFrom;
    p.to = kTo;
    p.today = today;
    return p;
}

ReportTable run(TestDatabase& db, const ReportParams& p)
{
    auto t = Reports::run(db.session(), QStringLiteral("team-activity"), p);
    if (!t)
        FAIL(t.error().toString().toStdString());
    return *t;
}

qint64 count(const ReportTable& t, const QString& rowKey, const char* column)
{
    return cell(t, rowKey, column).value.toLongLong();
}

double number(const ReportTable& t, const QString& rowKey, const char* column)
{
    return cell(t, rowKey, column).value.toDouble();
}

QStringList idList(const ReportTable& t, const QString& rowKey, const char* column)
{
    return drillIds(t, rowKey, QString::fromLatin1(column));
}

const QString kTotal = QStringLiteral("total");

} // namespace

TEST_CASE("Team activity counts each rep's calls, meetings and e-mails inside the period",
    "[reports][team-activity]")
{
    auto db = TestDatabase::initialised();
    const Team team = makeTeam(*db);
    const ReportTable t = run(*db, march());

    // Rows: the live, active users by name (Tester did nothing and still shows), then the total.
    CHECK(keys(t) == QStringList { team.jonas, team.ona, team.rasa, team.tester, kTotal });
    CHECK(cell(t, team.ona, "rep").value.toString() == QStringLiteral("Ona"));
    CHECK(row(t, kTotal).total);

    // Ona: calls a1 (1 March 00:00) and a2 (31 March 23:59:59.999); the 1 April call and the
    // February one are out. Meeting a5 (a6 was never done). E-mails a7 (no start, done 20 March)
    // and a10 (a9 was removed).
    CHECK(count(t, team.ona, "calls") == 2);
    CHECK(count(t, team.ona, "meetings") == 1);
    CHECK(count(t, team.ona, "emails") == 2);
    CHECK(idList(t, team.ona, "calls")
        == sorted({ team.onaCallFirstInstant, team.onaCallLastInstant }));
    CHECK(cell(t, team.ona, "calls").entity == QStringLiteral("activity"));
    // 5 activities in 31 days: 5 ÷ (31 ÷ 7) = 35 / 31 = 1.129 a week.
    CHECK(number(t, team.ona, "per_week") == Approx(35.0 / 31.0));
    CHECK(cell(t, team.ona, "per_week").idList().size() == 5);
    // Alpha (a1, a10), Beta (a2, through Cora), Delta (a5, through the deal); Gamma is deleted.
    CHECK(count(t, team.ona, "companies") == 3);
    CHECK(idList(t, team.ona, "companies") == sorted({ team.alpha, team.beta, team.delta }));
    CHECK(cell(t, team.ona, "companies").entity == QStringLiteral("company"));

    // Jonas: a call (Beta) and a meeting (Alpha): 2 × 7 / 31 a week.
    CHECK(count(t, team.jonas, "calls") == 1);
    CHECK(count(t, team.jonas, "meetings") == 1);
    CHECK(count(t, team.jonas, "emails") == 0);
    CHECK(number(t, team.jonas, "per_week") == Approx(14.0 / 31.0));
    CHECK(count(t, team.jonas, "companies") == 2);

    // Rasa: the e-mail to Beta, two calls and an e-mail to her leads (no company).
    CHECK(count(t, team.rasa, "calls") == 2);
    CHECK(count(t, team.rasa, "emails") == 2);
    CHECK(count(t, team.rasa, "companies") == 1);

    CHECK(count(t, team.tester, "calls") == 0);
    CHECK(cell(t, team.tester, "calls").ids.isEmpty());
    CHECK(cell(t, team.tester, "on_time_pct").value.isNull());

    // Total: calls 2 + 1 + 2 = 5, meetings 1 + 1 = 2, e-mails 2 + 2 = 4; 11 × 7 / 31 a week.
    // Companies: Alpha, Beta and Delta once each, though several reps reached them.
    CHECK(count(t, kTotal, "calls") == 5);
    CHECK(count(t, kTotal, "meetings") == 2);
    CHECK(count(t, kTotal, "emails") == 4);
    CHECK(number(t, kTotal, "per_week") == Approx(77.0 / 31.0));
    CHECK(count(t, kTotal, "companies") == 3);
    CHECK(idList(t, kTotal, "companies") == sorted({ team.alpha, team.beta, team.delta }));
    CHECK(idList(t, kTotal, "calls").size() == 5);

    CHECK(t.chart.kind == ChartKind::StackedBar);
    CHECK(t.chart.valueColumns
        == QList<int> { t.column(QStringLiteral("calls")), t.column(QStringLiteral("meetings")),
            t.column(QStringLiteral("emails")) });
}

TEST_CASE("Team activity judges tasks due in the period against their deadline",
    "[reports][team-activity]")
{
    auto db = TestDatabase::initialised();
    const Team team = makeTeam(*db);

    SECTION("after the period: the open task is overdue")
    {
        const ReportTable t = run(*db, march(QDate(2026, 4, 10)));
        // On time: t1 (done exactly at 12:00), t4 (all day, done that afternoon), t6 (due on
        // the first instant, done early). Late: t2 (by 1 ms). Overdue: t3. 3 / (3 + 1 + 1).
        CHECK(idList(t, team.ona, "tasks_on_time") == sorted({ team.t1, team.t4, team.t6 }));
        CHECK(idList(t, team.ona, "tasks_late") == QStringList { team.t2 });
        CHECK(idList(t, team.ona, "tasks_overdue") == QStringList { team.t3 });
        CHECK(number(t, team.ona, "on_time_pct") == Approx(60.0));
        CHECK(cell(t, team.ona, "on_time_pct").idList().size() == 5);
        CHECK(number(t, kTotal, "on_time_pct") == Approx(60.0));
        // Jonas had no tasks: no percentage rather than 0 %.
        CHECK(count(t, team.jonas, "tasks_on_time") == 0);
        CHECK(cell(t, team.jonas, "on_time_pct").value.isNull());

        // Done in March: t1 4 days, t2 5 days (+1 ms), t4 9.125 days, t7 10 days after being
        // created; t6 was done in February, the task recorded after it was done is left out.
        // (4 + 5 + 9.125 + 10) / 4 = 7.03125.
        CHECK(number(t, team.ona, "avg_days") == Approx(7.03125).margin(1e-6));
        CHECK(idList(t, team.ona, "avg_days") == sorted({ team.t1, team.t2, team.t4, team.t7 }));
        CHECK(number(t, kTotal, "avg_days") == Approx(7.03125).margin(1e-6));
        CHECK(cell(t, team.jonas, "avg_days").value.isNull());
    }

    SECTION("on the day t3 is due, it is not overdue yet")
    {
        const ReportTable t = run(*db, march(QDate(2026, 3, 20)));
        CHECK(count(t, team.ona, "tasks_overdue") == 0);
        CHECK(number(t, team.ona, "on_time_pct") == Approx(75.0)); // 3 / (3 + 1)
    }
}

TEST_CASE(
    "Team activity shows how soon each rep's new leads were contacted", "[reports][team-activity]")
{
    auto db = TestDatabase::initialised();
    const Team team = makeTeam(*db);
    const ReportTable t = run(*db, march());

    // Rasa's March leads: L1 called exactly 1 day later, L2 a millisecond after that, L3
    // e-mailed after 8 days, L4 only a note and a call never done. Not the February lead.
    CHECK(count(t, team.rasa, "leads") == 4);
    CHECK(cell(t, team.rasa, "leads").entity == QStringLiteral("lead"));
    CHECK(number(t, team.rasa, "leads_1d_pct") == Approx(25.0)); // L1
    CHECK(number(t, team.rasa, "leads_7d_pct") == Approx(50.0)); // L1, L2
    CHECK(number(t, team.rasa, "leads_30d_pct") == Approx(75.0)); // L1, L2, L3
    CHECK(idList(t, team.rasa, "leads_1d_pct") == QStringList { team.l1 });
    CHECK(idList(t, team.rasa, "leads_7d_pct") == sorted({ team.l1, team.l2 }));
    CHECK(idList(t, team.rasa, "leads_30d_pct") == sorted({ team.l1, team.l2, team.l3 }));
    CHECK(count(t, team.ona, "leads") == 0);
    CHECK(cell(t, team.ona, "leads_1d_pct").value.isNull());
    CHECK(count(t, kTotal, "leads") == 4);
    CHECK(number(t, kTotal, "leads_30d_pct") == Approx(75.0));
}

TEST_CASE("Team activity follows the owner and team filters", "[reports][team-activity]")
{
    auto db = TestDatabase::initialised();
    const Team team = makeTeam(*db);

    ReportParams p = march();
    p.ownerId = team.jonas;
    const ReportTable jonas = run(*db, p);
    CHECK(keys(jonas) == QStringList { team.jonas, kTotal });
    CHECK(count(jonas, kTotal, "calls") == 1);
    CHECK(count(jonas, kTotal, "meetings") == 1);
    CHECK(count(jonas, kTotal, "companies") == 2);
    p.options.insert(QStringLiteral("by"), QStringLiteral("week"));
    const ReportTable jonasWeekly = run(*db, p); // his call and meeting, both in week 12
    CHECK(count(jonasWeekly, QStringLiteral("week-4"), "calls") == 1);
    CHECK(count(jonasWeekly, QStringLiteral("week-4"), "meetings") == 1);
    CHECK(count(jonasWeekly, kTotal, "emails") == 0); // not Rasa's or Ona's
    CHECK(count(jonasWeekly, kTotal, "tasks_done") == 0); // not Ona's
    p.options.clear();

    p.ownerId.clear();
    p.teamId = db->records()
                   .get(QStringLiteral("user"), team.ona)
                   ->text(QStringLiteral("team_id")); // North: Ona and Jonas
    const ReportTable north = run(*db, p);
    CHECK(keys(north) == QStringList { team.jonas, team.ona, kTotal });
    // Calls 2 + 1, meetings 1 + 1, e-mails 2 + 0; companies Alpha, Beta, Delta.
    CHECK(count(north, kTotal, "calls") == 3);
    CHECK(count(north, kTotal, "meetings") == 2);
    CHECK(count(north, kTotal, "emails") == 2);
    CHECK(count(north, kTotal, "companies") == 3);
    CHECK(count(north, kTotal, "leads") == 0); // the leads are Rasa's
}

TEST_CASE(
    "Team activity over an empty period shows every rep with nothing", "[reports][team-activity]")
{
    auto db = TestDatabase::initialised();
    const Team team = makeTeam(*db);
    ReportParams p;
    p.from = QDate(2025, 1, 1);
    p.to = QDate(2025, 1, 31);
    p.today = QDate(2026, 4, 10);
    const ReportTable t = run(*db, p);
    CHECK(keys(t) == QStringList { team.jonas, team.ona, team.rasa, team.tester, kTotal });
    CHECK(count(t, kTotal, "calls") == 0);
    CHECK(count(t, kTotal, "companies") == 0);
    CHECK(number(t, kTotal, "per_week") == 0.0);
    CHECK(cell(t, kTotal, "on_time_pct").value.isNull());
    CHECK(cell(t, kTotal, "avg_days").value.isNull());
    CHECK(cell(t, kTotal, "leads_7d_pct").value.isNull());
}

TEST_CASE("Team activity per week lists every ISO week of the period", "[reports][team-activity]")
{
    auto db = TestDatabase::initialised();
    makeTeam(*db);
    ReportParams p = march();
    p.options.insert(QStringLiteral("by"), QStringLiteral("week"));
    const ReportTable t = run(*db, p);

    // 1 March 2026 is a Sunday (ISO week 9); 31 March a Tuesday (week 14): six rows, keyed by
    // their place in the period and labelled with the ISO week and its days.
    CHECK(t.rows.at(0).cells.at(0).value.toString().startsWith(QStringLiteral("2026-W09 (")));
    CHECK(t.rows.at(5).cells.at(0).value.toString().startsWith(QStringLiteral("2026-W14 (")));
    CHECK(keys(t)
        == QStringList { QStringLiteral("week-1"), QStringLiteral("week-2"),
            QStringLiteral("week-3"), QStringLiteral("week-4"), QStringLiteral("week-5"),
            QStringLiteral("week-6"), kTotal });
    // W09: a1 (1 March 00:00). W10: calls to L1 and L2, the e-mail to Beta. W11: meeting a5,
    // e-mails a10 and to L3. W12: Jonas's call and meeting, e-mail a7. W13: nothing. W14: a2.
    const QList<QList<qint64>> expected { { 1, 0, 0 }, { 2, 0, 1 }, { 0, 1, 2 }, { 1, 1, 1 },
        { 0, 0, 0 }, { 1, 0, 0 }, { 5, 2, 4 } };
    for (int i = 0; i < expected.size(); ++i) {
        INFO(t.rows.at(i).key.toStdString());
        CHECK(t.rows.at(i).cells.at(1).value.toLongLong() == expected.at(i).at(0));
        CHECK(t.rows.at(i).cells.at(2).value.toLongLong() == expected.at(i).at(1));
        CHECK(t.rows.at(i).cells.at(3).value.toLongLong() == expected.at(i).at(2));
    }
    // Tasks marked done: t1 and t2 (W10), t4 and the one recorded late (W11), t7 (W13).
    CHECK(count(t, QStringLiteral("week-2"), "tasks_done") == 2);
    CHECK(count(t, QStringLiteral("week-3"), "tasks_done") == 2);
    CHECK(count(t, QStringLiteral("week-5"), "tasks_done") == 1);
    CHECK(count(t, kTotal, "tasks_done") == 5);
    CHECK(cell(t, QStringLiteral("week-2"), "calls").idList().size() == 2);
    CHECK(t.chart.kind == ChartKind::StackedBar);
}

TEST_CASE("Team activity compares each rep with the previous period", "[reports][team-activity]")
{
    auto db = TestDatabase::initialised();
    const Team team = makeTeam(*db);
    ReportParams p = march();
    p.compare = Comparison::PreviousPeriod; // February
    const ReportTable t = run(*db, p);

    // Ona called twice in March and once in February (28 Feb 23:59): +100 %.
    CHECK(count(t, team.ona, "calls") == 2);
    CHECK(count(t, team.ona, "calls_previous") == 1);
    CHECK(number(t, team.ona, "calls_change") == Approx(100.0));
    // Jonas called only in March: no change figure.
    CHECK(cell(t, team.jonas, "calls_change").value.isNull());
    // All e-mails: 4 in March, none in February: no change figure. All calls: 5 against 1.
    CHECK(count(t, kTotal, "emails_previous") == 0);
    CHECK(cell(t, kTotal, "emails_change").value.isNull());
    CHECK(number(t, kTotal, "calls_change") == Approx(400.0));
    // Only the activity counts are compared: the table stays printable.
    CHECK(t.column(QStringLiteral("companies_previous")) == -1);
}

TEST_CASE("Team activity counts the cases each rep resolved and how satisfied the customers were",
    "[reports][team-activity][cases]")
{
    auto db = TestDatabase::initialised();
    const Team t = makeTeam(*db);
    RecordStore& rs = db->records();
    auto resolvedCase = [&](const QString& owner, const char* resolvedAt, QVariant score) {
        QVariantMap v { { QStringLiteral("subject"), QStringLiteral("Case") },
            { QStringLiteral("owner_id"), owner },
            { QStringLiteral("status"), QStringLiteral("resolved") },
            { QStringLiteral("resolution"), QStringLiteral("Done") },
            { QStringLiteral("resolved_at"), at(resolvedAt) } };
        if (score.isValid())
            v.insert(QStringLiteral("satisfaction"), score);
        return create(rs, QStringLiteral("case"), v);
    };
    // Ona: two in March scored 5 and 2 → 3.5, and one unscored; one in April does not count.
    // Jonas: one scored 4. Total: four cases, (5 + 2 + 4) ÷ 3 = 3.67.
    const QString c1 = resolvedCase(t.ona, "2026-03-02T10:00:00.000Z", 5);
    const QString c2 = resolvedCase(t.ona, "2026-03-31T23:59:59.999Z", 2);
    const QString c3 = resolvedCase(t.ona, "2026-03-10T10:00:00.000Z", {});
    resolvedCase(t.ona, "2026-04-01T00:00:00.000Z", 1);
    const QString c5 = resolvedCase(t.jonas, "2026-03-12T10:00:00.000Z", 4);

    const ReportTable r = run(*db, march());
    CHECK(count(r, t.ona, "cases_resolved") == 3);
    CHECK(idList(r, t.ona, "cases_resolved") == [&] {
        QStringList l { c1, c2, c3 };
        l.sort();
        return l;
    }());
    CHECK(number(r, t.ona, "satisfaction") == Approx(3.5));
    CHECK(count(r, t.jonas, "cases_resolved") == 1);
    CHECK(number(r, t.jonas, "satisfaction") == Approx(4.0));
    CHECK(cell(r, t.rasa, "satisfaction").value.isNull());
    CHECK(count(r, kTotal, "cases_resolved") == 4);
    CHECK(number(r, kTotal, "satisfaction") == Approx(11.0 / 3));
    CHECK(idList(r, kTotal, "satisfaction").size() == 3);
    (void)c5;
}
