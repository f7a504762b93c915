// tandem-cli dashboard: a rep's tasks, deals and untouched leads needing attention today with
// their target progress, by name or id, as text and JSON; a manager's team with a row per member.
#include "CliRunner.h"

using namespace tandem::test;

namespace {

const QMap<QString, QString> kVilnius { { str("TZ"), str("Europe/Vilnius") } };

QJsonObject jsonObject(const CliResult& r)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    INFO(r.out.toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(doc.isObject());
    return doc.object();
}

QStringList labels(const QJsonObject& dashboard, const char* section)
{
    QStringList out;
    for (const QJsonValue& v : dashboard.value(str(section)).toArray())
        out << v.toObject().value(str("label")).toString();
    return out;
}

// The lines from `title`'s heading up to the next heading (items are indented).
QStringList section(const CliResult& r, const QString& title)
{
    const QStringList lines = r.lines();
    QStringList out;
    bool in = false;
    for (const QString& line : lines) {
        if (!line.startsWith(QLatin1Char(' '))) {
            in = line.startsWith(title);
            if (in)
                out << line;
        } else if (in) {
            out << line;
        }
    }
    return out;
}

// Ona (who ran init) and Jonas in Rasa's team North; Petras in none. Now: 2026-06-15 09:00 UTC.
struct Office {
    QString ona, rasa, jonas, petras, team;
};

Office office(const CliRunner& cli)
{
    cli.init({ str("--company"), str("Audiniai"), str("--user"), str("Ona Petrauskienė") });
    Office o;
    const CliResult who = runOk(cli, { str("whoami") }, kVilnius);
    o.ona = who.lines().first().section(QLatin1Char('\t'), 0, 0);
    o.rasa = cli.add(str("user"), { str("name=Rasa Jonaitienė") });
    o.team = cli.add(str("team"), { str("name=North"), str("manager_id=") + o.rasa });
    cli.set(str("user"), o.ona, { str("team_id=") + o.team });
    o.jonas = cli.add(str("user"), { str("name=Jonas Kazlauskas"), str("team_id=") + o.team });
    o.petras = cli.add(str("user"), { str("name=Petras Jonaitis") });
    return o;
}

} // namespace

TEST_CASE("dashboard shows what needs the rep's attention today", "[cli][cli-dashboard]")
{
    CliRunner cli;
    const Office o = office(cli);
    const QString company = cli.add(str("company"), { str("name=UAB Linas") });
    const QString late = cli.add(str("task"),
        { str("subject=Chase the invoice"), str("owner_id=") + o.ona,
            str("due_at=2026-06-14T07:00:00Z"), str("company_id=") + company });
    cli.add(str("task"),
        { str("subject=Prepare the visit"), str("owner_id=") + o.ona,
            str("due_at=2026-06-15T13:00:00Z") });
    cli.add(str("task"),
        { str("subject=Petras's task"), str("owner_id=") + o.petras,
            str("due_at=2026-06-14T07:00:00Z") });
    const QString june = cli.add(str("deal"),
        { str("title=Curtains for Linas"), str("owner_id=") + o.ona, str("company_id=") + company,
            str("amount=1250.50"), str("currency=EUR"), str("expected_close=2026-06-26") });
    cli.add(str("deal"),
        { str("title=July order"), str("owner_id=") + o.ona, str("amount=300"),
            str("expected_close=2026-07-02") });
    cli.add(str("deal"),
        { str("title=Late order"), str("owner_id=") + o.ona, str("amount=300"),
            str("expected_close=2026-06-01") });
    const QString lead
        = cli.add(str("lead"), { str("title=Hotel Neris"), str("owner_id=") + o.ona });
    const QString called
        = cli.add(str("lead"), { str("title=Cafe Vilnius"), str("owner_id=") + o.ona });
    cli.add(str("activity"),
        { str("kind=call"), str("subject=First call"), str("lead_id=") + called,
            str("done=true") });

    const CliResult text = runOk(cli, { str("dashboard") }, kVilnius);
    CHECK(text.lines().first() == str("Ona Petrauskienė — 2026-06-15"));
    CHECK(section(text, str("Overdue tasks"))
        == QStringList { str("Overdue tasks (1)"),
            str("  ") + late + str("\t2026-06-14 10:00\tChase the invoice\tUAB Linas") });
    CHECK(section(text, str("Tasks today")).size() == 2);
    CHECK(section(text, str("Closing this month"))
        == QStringList { str("Closing this month (1)"),
            str("  ") + june
                + str("\t2026-06-26\t1250.50 EUR\tCurtains for Linas\tUAB Linas\tIntroduction") });
    CHECK(section(text, str("Past expected close")).size() == 2);
    CHECK(section(text, str("Untouched leads"))
        == QStringList { str("Untouched leads (1)"),
            str("  ") + lead + str("\t2026-06-17 12:00\tHotel Neris\t") });
    CHECK(section(text, str("Targets")).size() == 3);
    CHECK(text.text().contains(str("This month (2026-06-01 – 2026-06-30): revenue 0.00 EUR, no "
                                   "target")));
    CHECK_FALSE(text.text().contains(str("Members")));

    const QJsonObject json = jsonObject(runOk(cli, { str("dashboard"), str("--json") }, kVilnius));
    CHECK(json.value(str("today")) == QJsonValue(str("2026-06-15")));
    CHECK(labels(json, "overdue_tasks") == QStringList { str("Chase the invoice") });
    CHECK(labels(json, "closing_this_month") == QStringList { str("Curtains for Linas") });
    CHECK(labels(json, "past_expected_close") == QStringList { str("Late order") });
    CHECK(labels(json, "untouched_leads") == QStringList { str("Hotel Neris") });
    const QJsonObject deal = json.value(str("closing_this_month")).toArray().at(0).toObject();
    CHECK(deal.value(str("amount")) == QJsonValue(str("1250.50")));
    CHECK(deal.value(str("expected_close")) == QJsonValue(str("2026-06-26")));
    CHECK(json.value(str("month")).toObject().value(str("revenue_target")).isNull());
    CHECK(
        json.value(str("quarter")).toObject().value(str("from")) == QJsonValue(str("2026-04-01")));

    // Petras's dashboard, chosen by name in any case, holds only his task.
    const QJsonObject his = jsonObject(runOk(
        cli, { str("dashboard"), str("--user"), str("petras JONAITIS"), str("--json") }, kVilnius));
    CHECK(his.value(str("user_id")) == QJsonValue(o.petras));
    CHECK(labels(his, "overdue_tasks") == QStringList { str("Petras's task") });
    CHECK(labels(his, "closing_this_month").isEmpty());
}

TEST_CASE("dashboard --team shows a manager's members row by row", "[cli][cli-dashboard]")
{
    CliRunner cli;
    const Office o = office(cli);
    cli.add(str("task"),
        { str("subject=Chase the invoice"), str("owner_id=") + o.ona,
            str("due_at=2026-06-14T07:00:00Z") });
    cli.add(str("task"),
        { str("subject=Jonas calls back"), str("owner_id=") + o.jonas,
            str("due_at=2026-06-15T13:00:00Z") });
    cli.add(str("lead"), { str("title=Hotel Neris"), str("owner_id=") + o.jonas });
    cli.add(str("target"),
        { str("user_id=") + o.ona, str("period_start=2026-06-01"), str("period=month"),
            str("revenue=1000"), str("currency=EUR") });

    const CliResult text
        = runOk(cli, { str("dashboard"), str("--user"), o.rasa, str("--team") }, kVilnius);
    CHECK(text.lines().first() == str("Team of Rasa Jonaitienė — 2026-06-15"));
    CHECK(section(text, str("Overdue tasks")).value(1).endsWith(str("\tOna Petrauskienė")));
    CHECK(section(text, str("Members"))
        == QStringList { str("Members"),
            str("  name\toverdue\ttoday\tstalled\tclosing\tpast close\tuntouched\trevenue %"),
            str("  Jonas Kazlauskas\t0\t1\t0\t0\t0\t1\tno target"),
            str("  Ona Petrauskienė\t1\t0\t0\t0\t0\t0\t0%") });

    const QJsonObject json = jsonObject(runOk(
        cli, { str("dashboard"), str("--user"), o.rasa, str("--team"), str("--json") }, kVilnius));
    CHECK(json.value(str("team")) == QJsonValue(true));
    const QJsonArray members = json.value(str("members")).toArray();
    REQUIRE(members.size() == 2);
    CHECK(members.at(1).toObject().value(str("user_id")) == QJsonValue(o.ona));
    CHECK(members.at(1).toObject().value(str("revenue_percent")) == QJsonValue(0));
    CHECK(json.value(str("month")).toObject().value(str("revenue_target"))
        == QJsonValue(str("1000.00")));
}

TEST_CASE("dashboard refuses what it cannot show", "[cli][cli-dashboard]")
{
    CliRunner cli;
    const Office o = office(cli);
    expectRefused(cli, { str("dashboard"), str("--team") }, 1,
        { str("Ona Petrauskienė leads no one: there is no team to show") });
    expectRefused(cli, { str("dashboard"), str("--user"), str("Nobody Here") }, 1,
        { str("there is no user called or with id “Nobody Here”") });
    expectRefused(
        cli, { str("dashboard"), str("extra") }, 2, { str("usage: dashboard [--user NAME|ID]") });
    CHECK(o.rasa.size() == 36);
}
