// tandem-cli and the calendar: the agenda with its series, my day, ticking off calls and tasks,
// dormant customers, free slots for a joint visit and the reminders due now.
#include "CliRunner.h"

using namespace tandem::test;

namespace {

// Every run that shows or reads local time is in Vilnius (UTC+3 in June).
const QMap<QString, QString> kVilnius { { str("TZ"), str("Europe/Vilnius") } };

QMap<QString, QString> vilniusAt(const char* now)
{
    QMap<QString, QString> env = kVilnius;
    env.insert(str("TANDEM_NOW"), str(now));
    return env;
}

// Runs in Vilnius time (the tests' times are Lithuanian office hours).
CliResult runVilnius(
    const CliRunner& cli, const QStringList& args, const QMap<QString, QString>& env = kVilnius)
{
    return runOk(cli, args, env);
}

QJsonArray jsonArray(const CliResult& r)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    INFO(r.out.toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(doc.isArray());
    return doc.array();
}

// The ids of the live records of `entity` whose `field` is `value`.
QStringList where(
    const CliRunner& cli, const QString& entity, const QString& field, const QString& value)
{
    return listedIds(
        runVilnius(cli, { str("list"), entity, str("--where"), field + QLatin1Char('=') + value }));
}

// Ona (who ran init, the current user) and Rasa, a colleague.
struct Team {
    QString ona;
    QString rasa;
};

Team team(const CliRunner& cli)
{
    cli.init({ str("--company"), str("Audiniai"), str("--user"), str("Ona Petrauskienė") });
    Team t;
    const CliResult who = runVilnius(cli, { str("whoami") });
    REQUIRE(who.lines().size() == 1);
    t.ona = who.lines().first().section(QLatin1Char('\t'), 0, 0);
    t.rasa = cli.add(str("user"), { str("name=Rasa Jonaitienė") });
    return t;
}

QString meeting(const CliRunner& cli, const QString& owner, const char* subject, const char* start,
    const char* end, const QStringList& more = {})
{
    return cli.add(str("activity"),
        QStringList { str("kind=meeting"), str("subject=") + str(subject),
            str("starts_at=") + str(start), str("ends_at=") + str(end), str("owner_id=") + owner }
            + more);
}

} // namespace

TEST_CASE("agenda shows a user's days with a weekly series' occurrences", "[cli][cli-calendar]")
{
    CliRunner cli;
    const Team t = team(cli);
    // Mondays 10:00–11:00 in Vilnius, from 8 June.
    const QString series = meeting(cli, t.ona, "Weekly sales review", "2026-06-08T07:00:00Z",
        "2026-06-08T08:00:00Z", { str("rrule=FREQ=WEEKLY;BYDAY=MO"), str("location=Kaunas") });
    const QString call = cli.add(str("activity"),
        { str("kind=call"), str("subject=Call UAB Linas"), str("starts_at=2026-06-17T11:30:00Z"),
            str("owner_id=") + t.ona });
    meeting(cli, t.rasa, "Rasa's visit", "2026-06-16T06:00:00Z", "2026-06-16T07:00:00Z");

    SECTION("eight days from a date: two Mondays of the series and the call between them")
    {
        const CliResult r = runVilnius(
            cli, { str("agenda"), str("--from"), str("2026-06-15"), str("--days"), str("8") });
        CHECK(r.lines()
            == QStringList { str("2026-06-15 10:00–11:00 meeting Weekly sales review (Kaunas)"),
                str("2026-06-17 14:30 call Call UAB Linas"),
                str("2026-06-22 10:00–11:00 meeting Weekly sales review (Kaunas)") });
        CHECK(r.err.isEmpty());
    }
    SECTION("by default the current user's next seven days from today")
    {
        const CliResult r = runVilnius(cli, { str("agenda") });
        CHECK(r.lines()
            == QStringList { str("2026-06-15 10:00–11:00 meeting Weekly sales review (Kaunas)"),
                str("2026-06-17 14:30 call Call UAB Linas") });
        CHECK(runVilnius(cli, { str("agenda"), str("--user"), t.rasa }).lines()
            == QStringList { str("2026-06-16 09:00–10:00 meeting Rasa's visit") });
    }
    SECTION("--json gives each occurrence's fields, times in UTC")
    {
        const QJsonArray list = jsonArray(runVilnius(cli,
            { str("agenda"), str("--from"), str("2026-06-15"), str("--days"), str("8"),
                str("--json") }));
        REQUIRE(list.size() == 3);
        const QJsonObject first = list.at(0).toObject();
        CHECK(first
            == QJsonObject { { str("activity_id"), series }, { str("kind"), str("meeting") },
                { str("subject"), str("Weekly sales review") },
                { str("start"), str("2026-06-15T07:00:00Z") },
                { str("end"), str("2026-06-15T08:00:00Z") }, { str("all_day"), false },
                { str("done"), false }, { str("recurring"), true }, { str("owner_id"), t.ona },
                { str("location"), str("Kaunas") } });
        CHECK(list.at(1).toObject().value(str("activity_id")) == QJsonValue(call));
        CHECK(list.at(1).toObject().value(str("recurring")) == QJsonValue(false));
        CHECK(list.at(1).toObject().value(str("location")) == QJsonValue(QJsonValue::Null));
        CHECK(list.at(2).toObject().value(str("activity_id")) == QJsonValue(series));
        CHECK(list.at(2).toObject().value(str("start")) == QJsonValue(str("2026-06-22T07:00:00Z")));
    }
    SECTION("wrong calls")
    {
        expectRefused(cli, { str("agenda"), str("--from"), str("next week") }, 2,
            { str("--from 'next week' is not a date") });
        expectRefused(
            cli, { str("agenda"), str("--days"), str("0") }, 2, { str("--days needs a positive") });
        expectRefused(cli, { str("agenda"), str("--user"), kMissingId }, 1,
            { str("there is no user with id ") + kMissingId });
    }
}

TEST_CASE("done ticks off a call with its outcome and follow-up, and a task", "[cli][cli-calendar]")
{
    CliRunner cli;
    const Team t = team(cli);
    const QString company = cli.add(str("company"), { str("name=UAB Linas") });
    const QString call = cli.add(str("activity"),
        { str("kind=call"), str("subject=Call about linen"), str("starts_at=2026-06-15T08:00:00Z"),
            str("owner_id=") + t.ona, str("company_id=") + company });

    SECTION("a call without an outcome is refused and stays open")
    {
        expectRefused(
            cli, { str("done"), call }, 1, { str("Say how the call went (reached, no answer …)") });
        CHECK(cli.showJson(str("activity"), call).value(str("done")) != QJsonValue(true));
    }
    SECTION("with its outcome it is done, and the follow-up task is made")
    {
        const CliResult r = runVilnius(cli,
            { str("done"), call, str("--outcome"), str("Reached, wants an offer"),
                str("--next-step"), str("Send the offer"), str("--follow-up-due"),
                str("2026-06-17") });
        REQUIRE(r.lines().size() == 1);
        const QString followUp = r.lines().first();
        CHECK(isUuidV7AtPinnedTime(followUp));

        const QJsonObject done = cli.showJson(str("activity"), call);
        CHECK(done.value(str("done")) == QJsonValue(true));
        CHECK(done.value(str("done_at")).toString().startsWith(str("2026-06-15T09:00:00.")));
        CHECK(done.value(str("outcome")) == QJsonValue(str("Reached, wants an offer")));
        CHECK(done.value(str("next_step")) == QJsonValue(str("Send the offer")));

        CHECK(where(cli, str("task"), str("company_id"), company) == QStringList { followUp });
        const QJsonObject task = cli.showJson(str("task"), followUp);
        CHECK(task.value(str("subject")) == QJsonValue(str("Send the offer")));
        CHECK(task.value(str("owner_id")) == QJsonValue(t.ona));
        // 9:00 in Vilnius, the start of the working day.
        CHECK(task.value(str("due_at")) == QJsonValue(str("2026-06-17T06:00:00.000Z")));
    }
    SECTION("a task is ticked off without questions")
    {
        const QString task = cli.add(str("task"),
            { str("subject=Send the catalogue"), str("owner_id=") + t.ona,
                str("due_at=2026-06-15T12:00:00Z") });
        const CliResult r = runVilnius(cli, { str("done"), task });
        CHECK(r.out.isEmpty());
        const QJsonObject json = cli.showJson(str("task"), task);
        CHECK(json.value(str("done")) == QJsonValue(true));
        CHECK(json.value(str("done_at")).toString().startsWith(str("2026-06-15T09:00:00.")));
    }
    SECTION("wrong calls")
    {
        expectRefused(cli, { str("done"), kMissingId }, 1,
            { str("there is no activity with id ") + kMissingId });
        expectRefused(cli,
            { str("done"), call, str("--outcome"), str("Reached"), str("--follow-up-due"),
                str("soon") },
            2, { str("--follow-up-due 'soon' is not a date") });
        expectRefused(cli, { str("done") }, 2, { str("usage: done ID") });
    }
}

TEST_CASE("my-day shows the four groups of the user's open tasks", "[cli][cli-calendar]")
{
    CliRunner cli;
    const Team t = team(cli);
    const QString company = cli.add(str("company"), { str("name=UAB Linas") });
    auto task = [&](const char* subject, const QStringList& more) {
        return cli.add(str("task"),
            QStringList { str("subject=") + str(subject), str("owner_id=") + t.ona } + more);
    };
    const QString late = task("Chase the invoice",
        { str("due_at=2026-06-14T07:00:00Z"), str("company_id=") + company, str("priority=high") });
    const QString today = task("Prepare the visit", { str("due_at=2026-06-15T13:00:00Z") });
    const QString soon = task("Send samples", { str("due_at=2026-06-18T07:30:00Z") });
    const QString undated = task("Tidy the price list", {});
    task("Plan next year", { str("due_at=2026-08-01T07:00:00Z") }); // more than a week away
    cli.add(str("task"),
        { str("subject=Rasa's own"), str("owner_id=") + t.rasa,
            str("due_at=2026-06-15T10:00:00Z") });

    const QStringList expected { str("Overdue"),
        str("  ") + late + str("\t2026-06-14 10:00\thigh\tChase the invoice\tUAB Linas"),
        str("Today"), str("  ") + today + str("\t2026-06-15 16:00\tnormal\tPrepare the visit\t"),
        str("Upcoming"), str("  ") + soon + str("\t2026-06-18 10:30\tnormal\tSend samples\t"),
        str("No date"), str("  ") + undated + str("\t\tnormal\tTidy the price list\t") };
    CHECK(runVilnius(cli, { str("my-day") }).lines() == expected);

    const QJsonArray groups = jsonArray(runVilnius(cli, { str("my-day"), str("--json") }));
    REQUIRE(groups.size() == 4);
    QStringList sections;
    for (const QJsonValue& g : groups)
        sections << g.toObject().value(str("section")).toString();
    CHECK(
        sections == QStringList { str("overdue"), str("today"), str("upcoming"), str("no_date") });
    const QJsonArray overdue = groups.at(0).toObject().value(str("tasks")).toArray();
    REQUIRE(overdue.size() == 1);
    CHECK(overdue.at(0).toObject().value(str("id")) == QJsonValue(late));
    CHECK(overdue.at(0).toObject().value(str("due")) == QJsonValue(str("2026-06-14T07:00:00Z")));
    CHECK(overdue.at(0).toObject().value(str("company")) == QJsonValue(str("UAB Linas")));

    // Ticked off, it leaves my day; Rasa sees only her own.
    runVilnius(cli, { str("done"), today });
    const QStringList after = runVilnius(cli, { str("my-day") }).lines();
    CHECK(after.mid(2, 2) == QStringList { str("Today"), str("Upcoming") });
    const QStringList hers = runVilnius(cli, { str("my-day"), str("--user"), t.rasa }).lines();
    REQUIRE(hers.size() == 5);
    CHECK(hers.at(2).endsWith(str("\tRasa's own\t")));
}

TEST_CASE(
    "dormant lists customers gone quiet and proposes one follow-up each", "[cli][cli-calendar]")
{
    CliRunner cli;
    const Team t = team(cli);
    const char* then = "2025-11-27T10:00:00Z"; // 200 days before 15 June 2026
    const QString medis = runVilnius(cli,
        { str("add"), str("company"), str("name=UAB Medis"), str("owner_id=") + t.ona },
        vilniusAt(then))
                              .lines()
                              .first();
    const QString old = runVilnius(cli,
        { str("add"), str("deal"), str("title=Oak floor"), str("amount=1000"),
            str("company_id=") + medis, str("owner_id=") + t.ona },
        vilniusAt(then))
                            .lines()
                            .first();
    runVilnius(cli, { str("win"), str("deal"), old }, vilniusAt(then));
    // A customer who bought today is not dormant.
    const QString linas = cli.add(str("company"), { str("name=UAB Linas") });
    const QString fresh = cli.add(
        str("deal"), { str("title=Linen"), str("amount=500"), str("company_id=") + linas });
    runVilnius(cli, { str("win"), str("deal"), fresh });

    const QStringList listed
        = runVilnius(cli, { str("dormant"), str("--rule"), str("no purchase in 6 months") })
              .lines();
    CHECK(listed
        == QStringList {
            str("rule\tcompany_id\tcompany\towner\tlast_purchase\tlast_contact\tdays\topen_cases"),
            str("No purchase in 6 months\t") + medis
                + str("\tUAB Medis\tOna Petrauskienė\t2025-11-27\t\t200\t0") });
    // Every active rule, by name: never contacted since it was entered, Medis is also quiet.
    const QJsonArray json = jsonArray(runVilnius(cli, { str("dormant"), str("--json") }));
    REQUIRE(json.size() == 2);
    for (const QJsonValue& v : json) {
        CHECK(v.toObject().value(str("company_id")) == QJsonValue(medis));
        CHECK(v.toObject().value(str("days")) == QJsonValue(200));
        CHECK(v.toObject().value(str("last_purchase")) == QJsonValue(str("2025-11-27")));
        CHECK(v.toObject().value(str("last_contact")) == QJsonValue(QJsonValue::Null));
    }
    CHECK(json.at(0).toObject().value(str("rule")) == QJsonValue(str("No contact in 90 days")));
    CHECK(json.at(1).toObject().value(str("rule")) == QJsonValue(str("No purchase in 6 months")));

    const QStringList propose { str("dormant"), str("--rule"), str("No purchase in 6 months"),
        str("--propose") };
    // The deal's playbook left tasks of its own on the company: only the new one counts.
    const QStringList before = where(cli, str("task"), str("company_id"), medis);
    CHECK(runVilnius(cli, propose).lines() == QStringList { str("Created 1 follow-up task.") });
    const QStringList tasks = where(cli, str("task"), str("company_id"), medis);
    QStringList made = tasks;
    for (const QString& id : before)
        made.removeAll(id);
    REQUIRE(made.size() == 1);
    REQUIRE(tasks.size() == before.size() + 1);
    const QJsonObject task = cli.showJson(str("task"), made.first());
    CHECK(task.value(str("subject")) == QJsonValue(str("Offer something new to UAB Medis")));
    CHECK(task.value(str("owner_id")) == QJsonValue(t.ona));
    CHECK(task.value(str("done")) != QJsonValue(true));

    // Its follow-up is open: no longer listed, and a second run makes no other task.
    const QStringList still = runVilnius(cli, { str("dormant") }).lines();
    REQUIRE(still.size() == 2);
    CHECK(still.at(1).startsWith(str("No contact in 90 days\t") + medis));
    CHECK(runVilnius(cli, propose).lines() == QStringList { str("Created 0 follow-up tasks.") });
    CHECK(where(cli, str("task"), str("company_id"), medis) == tasks);

    expectRefused(cli, { str("dormant"), str("--rule"), str("Nope") }, 1,
        { str("there is no dormant-customer rule “Nope”") });
    expectRefused(cli, { str("dormant"), str("--propose") }, 2, { str("usage: dormant") });
}

TEST_CASE("free-slots finds when two people are both free", "[cli][cli-calendar]")
{
    CliRunner cli;
    const Team t = team(cli);
    // Tuesday 16 June: Ona 10:00–11:00, Rasa 12:00–13:00 (Vilnius); working hours 9–17.
    meeting(cli, t.ona, "Ona's meeting", "2026-06-16T07:00:00Z", "2026-06-16T08:00:00Z");
    meeting(cli, t.rasa, "Rasa's meeting", "2026-06-16T09:00:00Z", "2026-06-16T10:00:00Z");

    const CliResult r = runVilnius(cli,
        { str("free-slots"), str("--users"), t.ona + QLatin1Char(',') + t.rasa, str("--from"),
            str("2026-06-16"), str("--to"), str("2026-06-16"), str("--minutes"), str("60") });
    CHECK(r.lines()
        == QStringList { str("2026-06-16 09:00–10:00"), str("2026-06-16 11:00–12:00"),
            str("2026-06-16 13:00–14:00"), str("2026-06-16 13:30–14:30"),
            str("2026-06-16 14:00–15:00"), str("2026-06-16 14:30–15:30"),
            str("2026-06-16 15:00–16:00"), str("2026-06-16 15:30–16:30"),
            str("2026-06-16 16:00–17:00") });
    // Ona alone is free at Rasa's time too.
    CHECK(runVilnius(cli,
        { str("free-slots"), str("--users"), t.ona, str("--from"), str("2026-06-16"), str("--to"),
            str("2026-06-16") })
              .lines()
              .contains(str("2026-06-16 12:00–13:00")));

    expectRefused(cli,
        { str("free-slots"), str("--users"), kMissingId, str("--from"), str("2026-06-16"),
            str("--to"), str("2026-06-16") },
        1, { str("there is no user with id ") + kMissingId });
    expectRefused(cli,
        { str("free-slots"), str("--users"), t.ona, str("--from"), str("2026-06-17"), str("--to"),
            str("2026-06-16") },
        2, { str("--to must be later than --from") });
    expectRefused(
        cli, { str("free-slots"), str("--users"), t.ona }, 2, { str("usage: free-slots") });
}

TEST_CASE("reminders lists what is due now", "[cli][cli-calendar]")
{
    CliRunner cli;
    const Team t = team(cli);
    // At 9:00 UTC: a meeting in 10 minutes with a 15-minute reminder fires; one in 30 does not.
    const QString visit = meeting(cli, t.ona, "Visit at UAB Linas", "2026-06-15T09:10:00Z",
        "2026-06-15T10:00:00Z", { str("reminder_minutes=15"), str("location=Kaunas") });
    meeting(cli, t.ona, "Later meeting", "2026-06-15T09:30:00Z", "2026-06-15T10:00:00Z",
        { str("reminder_minutes=15") });
    meeting(cli, t.rasa, "Rasa's meeting", "2026-06-15T09:05:00Z", "2026-06-15T09:45:00Z",
        { str("reminder_minutes=15") });

    CHECK(runVilnius(cli, { str("reminders") }).lines()
        == QStringList { str("2026-06-15 12:10–13:00 meeting Visit at UAB Linas (Kaunas)") });
    const QJsonArray json = jsonArray(runVilnius(cli, { str("reminders"), str("--json") }));
    REQUIRE(json.size() == 1);
    const QJsonObject r = json.at(0).toObject();
    CHECK(r.value(str("record_id")) == QJsonValue(visit));
    CHECK(r.value(str("entity")) == QJsonValue(str("activity")));
    CHECK(r.value(str("fire_at")) == QJsonValue(str("2026-06-15T08:55:00Z")));
    CHECK(r.value(str("when")) == QJsonValue(str("2026-06-15T09:10:00Z")));
    CHECK(runVilnius(cli, { str("reminders"), str("--user"), t.rasa }).lines()
        == QStringList { str("2026-06-15 12:05–12:45 meeting Rasa's meeting") });
    // Twenty minutes later the second one is due as well.
    CHECK(runVilnius(cli, { str("reminders") }, vilniusAt("2026-06-15T09:20:00Z")).lines().size()
        == 2);
}

TEST_CASE("add task and add activity go on the current user's calendar unless an owner is given",
    "[cli][cli-calendar]")
{
    CliRunner cli;
    const Team t = team(cli);
    const QString mine = cli.add(
        str("task"), { str("subject=Send the samples"), str("due_at=2026-06-16T09:00:00Z") });
    const QString hers = cli.add(str("activity"),
        { str("kind=call"), str("subject=Call Medis"), str("starts_at=2026-06-16T10:00:00Z"),
            QStringLiteral("owner_id=") + t.rasa });
    CHECK(where(cli, str("activity"), str("owner_id"), t.ona) == QStringList { mine });
    CHECK(where(cli, str("activity"), str("owner_id"), t.rasa) == QStringList { hers });
    const CliResult agenda = runVilnius(cli,
        { str("agenda"), str("--from"), str("2026-06-15"), str("--days"), str("7") },
        vilniusAt("2026-06-15T08:00:00Z"));
    CHECK(agenda.text().contains(str("Send the samples")));
    CHECK_FALSE(agenda.text().contains(str("Call Medis")));
}
