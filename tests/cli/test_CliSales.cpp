// tandem-cli and the sales process: leads taken in, qualified, lost and converted; deals moved
// along their playbook, won and lost; escalations, overdue leads, the forecast and notifications.
#include "CliRunner.h"

using namespace tandem::test;

namespace {

QString currentUser(const CliRunner& cli)
{
    const CliResult r = runOk(cli, { str("whoami") });
    REQUIRE(r.lines().size() == 1);
    return r.lines().first().section(QLatin1Char('\t'), 0, 0);
}

QString stageNamed(const CliRunner& cli, const QString& name)
{
    const QStringList ids
        = listedIds(runOk(cli, { str("list"), str("stage"), str("--where"), str("name=") + name }));
    REQUIRE(ids.size() == 1);
    return ids.first();
}

QString text(const CliRunner& cli, const QString& entity, const QString& id, const char* field)
{
    return cli.showJson(entity, id).value(str(field)).toString();
}

// The ids of the live records of `entity` whose `field` is `value`.
QStringList where(
    const CliRunner& cli, const QString& entity, const QString& field, const QString& value)
{
    return listedIds(
        runOk(cli, { str("list"), entity, str("--where"), field + QLatin1Char('=') + value }));
}

// Ona (who ran init, the current user) and Rasa, her manager.
struct Team {
    QString ona;
    QString rasa;
};

Team team(const CliRunner& cli)
{
    cli.init({ str("--company"), str("Audiniai"), str("--user"), str("Ona Petrauskienė") });
    Team t;
    t.ona = currentUser(cli);
    t.rasa = cli.add(str("user"), { str("name=Rasa Jonaitienė"), str("role=manager") });
    cli.set(str("user"), t.ona, { str("manager_id=") + t.rasa });
    return t;
}

} // namespace

TEST_CASE("add lead routes the lead, plans its first contact and tells its owner", "[cli][sales]")
{
    CliRunner cli;
    const Team t = team(cli);

    SECTION("an owner chosen by hand is told who chose them")
    {
        const QString lead = cli.add(str("lead"),
            { str("title=Linen order"), str("company_name=UAB Linas"), str("owner_id=") + t.rasa });
        const QJsonObject json = cli.showJson(str("lead"), lead);
        CHECK(json.value(str("status")) == QJsonValue(str("new")));
        CHECK(json.value(str("first_contact_due"))
                  .toString()
                  .startsWith(str("2026-06-17T09:00:00.")));
        const QStringList tasks = where(cli, str("task"), str("lead_id"), lead);
        REQUIRE(tasks.size() == 1);
        const QJsonObject task = cli.showJson(str("task"), tasks.first());
        CHECK(task.value(str("subject")) == QJsonValue(str("First contact: Linen order")));
        CHECK(task.value(str("owner_id")) == QJsonValue(t.rasa));
        CHECK(task.value(str("due_at")) == json.value(str("first_contact_due")));

        const CliResult told = runOk(cli, { str("notifications"), str("--user"), t.rasa });
        REQUIRE(told.lines().size() == 2);
        CHECK(told.lines().first() == str("id\tcreated_at\tkind\tread_at\ttext"));
        CHECK(told.lines().at(1).endsWith(
            str("\tassigned\t\tOna Petrauskienė assigned a new lead to you: Linen order")));
        // Ona chose herself: nobody to tell.
        CHECK(runOk(cli, { str("notifications") }).lines().size() == 1);
    }
    SECTION("without an owner, the routing rules choose one")
    {
        cli.add(str("routing_rule"),
            { str("name=Web leads"), str("position=1"), str("match_source=web_form"),
                str("method=user"), str("user_id=") + t.rasa });
        const QString web
            = cli.add(str("lead"), { str("title=Web enquiry"), str("source=web_form") });
        const QString call = cli.add(str("lead"), { str("title=Phoned in"), str("source=call") });
        CHECK(text(cli, str("lead"), web, "owner_id") == t.rasa);
        CHECK(text(cli, str("lead"), call, "owner_id") == t.ona);
        const QJsonArray told = parseJson(
            runOk(cli, { str("notifications"), str("--user"), t.rasa, str("--json") }).out)
                                    .array();
        REQUIRE(told.size() == 1);
        CHECK(told.first().toObject().value(str("text"))
            == QJsonValue(str("New lead assigned to you by rule “Web leads”: Web enquiry")));
        CHECK(told.first().toObject().value(str("record_id")) == QJsonValue(web));
    }
    SECTION("a lead the store refuses is not half made")
    {
        expectRefused(
            cli, { str("add"), str("lead"), str("source=fax") }, 1, { str("lead: source: ") });
    }
}

TEST_CASE(
    "add activity marks a lead contacted and warns about a colleague's records", "[cli][sales]")
{
    CliRunner cli;
    const Team t = team(cli);
    const QString rasasLead = cli.add(str("lead"),
        { str("title=Linen order"), str("source=web_form"), str("owner_id=") + t.rasa });
    const QString onasLead = cli.add(str("lead"), { str("title=Curtains") });

    SECTION("a call on a colleague's lead")
    {
        const CliResult r = cli.run({ str("add"), str("activity"), str("kind=call"),
            str("subject=Called about linen"), str("done=true"), str("lead_id=") + rasasLead });
        REQUIRE(r.exitCode == 0);
        REQUIRE(r.lines().size() == 1);
        CHECK(isUuidV7AtPinnedTime(r.lines().first()));
        CHECK(r.err
            == str("tandem-cli: Rasa Jonaitienė owns Linen order. Agree with Rasa Jonaitienė "
                   "before you work on it. Done anyway; the owner has been told.\n"));
        CHECK(text(cli, str("lead"), rasasLead, "status") == str("contacted"));
        CHECK(text(cli, str("activity"), r.lines().first(), "lead_id") == rasasLead);
        const QJsonArray told = parseJson(
            runOk(cli, { str("notifications"), str("--user"), t.rasa, str("--json") }).out)
                                    .array();
        QStringList kinds;
        for (const QJsonValue& n : told)
            kinds << n.toObject().value(str("kind")).toString();
        CHECK(kinds.contains(str("ownership")));
        CHECK(kinds.count(str("ownership")) == 1);

        // Told once: a second call is still warned about, but the owner is not told again.
        const CliResult again = cli.run({ str("add"), str("activity"), str("kind=email"),
            str("subject=Prices"), str("lead_id=") + rasasLead });
        CHECK(again.exitCode == 0);
        CHECK(again.err.contains(str("Rasa Jonaitienė owns Linen order.")));
        CHECK(parseJson(
                  runOk(cli, { str("notifications"), str("--user"), t.rasa, str("--json") }).out)
                  .array()
                  .size()
            == told.size());
    }
    SECTION("a note on one's own lead: no warning, not a contact")
    {
        const CliResult r = cli.run({ str("add"), str("activity"), str("kind=note"),
            str("subject=Wants samples"), str("lead_id=") + onasLead });
        CHECK(r.exitCode == 0);
        CHECK(r.err.isEmpty());
        CHECK(text(cli, str("lead"), onasLead, "status") == str("new"));
        const CliResult meeting = cli.run({ str("add"), str("activity"), str("kind=meeting"),
            str("subject=Showroom"), str("lead_id=") + onasLead });
        CHECK(meeting.err.isEmpty());
        CHECK(text(cli, str("lead"), onasLead, "status") == str("contacted"));
    }
    SECTION("overdue leads lists the untouched ones, most overdue first")
    {
        cli.run({ str("add"), str("activity"), str("kind=call"), str("subject=Called"),
            str("done=true"), str("lead_id=") + onasLead });
        const QString late = cli.add(str("lead"),
            { str("title=Old enquiry"), str("source=event"),
                str("first_contact_due=2026-06-10T09:00:00Z") });
        const CliResult r
            = runOk(cli, { str("overdue"), str("leads") }, at("2026-06-20T10:00:00Z"));
        CHECK(r.lines()
            == QStringList { str("id\ttitle\towner\tdue\tdays_overdue\tsource"),
                str("%1\tOld enquiry\tOna Petrauskienė\t2026-06-10T09:00:00Z\t10\tevent").arg(late),
                str("%1\tLinen order\tRasa Jonaitienė\t2026-06-17T09:00:00Z\t3\tweb_form")
                    .arg(rasasLead) });
        const QJsonArray mine = parseJson(
            runOk(cli, { str("overdue"), str("leads"), str("--owner"), t.rasa, str("--json") },
                at("2026-06-20T10:00:00Z"))
                .out)
                                    .array();
        REQUIRE(mine.size() == 1);
        CHECK(mine.first().toObject().value(str("lead_id")) == QJsonValue(rasasLead));
        CHECK(mine.first().toObject().value(str("days_overdue")) == QJsonValue(3));
        // Today only the older one is late.
        CHECK(runOk(cli, { str("overdue"), str("leads") }).lines().size() == 2);
        expectRefused(cli, { str("overdue"), str("leads"), str("--owner"), kMissingId }, 1,
            { str("there is no user with id ") + kMissingId });
        expectRefused(cli, { str("overdue"), str("deals") }, 2, { str("usage: overdue leads") });
    }
}

TEST_CASE("qualify, lose and reopen a lead", "[cli][sales]")
{
    CliRunner cli;
    team(cli);
    const QString lead = cli.add(str("lead"), { str("title=Linen order") });

    const CliResult q
        = cli.run({ str("qualify"), str("lead"), lead, str("--answer"), str("1=New linen line"),
            str("--answer"), str("who makes the decision?=The owner, Jonas") });
    CHECK(q.exitCode == 0);
    CHECK(q.out.isEmpty());
    CHECK(q.err.isEmpty());
    QJsonObject json = cli.showJson(str("lead"), lead);
    CHECK(json.value(str("status")) == QJsonValue(str("qualified")));
    CHECK(json.value(str("qualification"))
        == QJsonValue(str("What problem do they need solved?: New linen line\n"
                          "Who makes the decision?: The owner, Jonas")));

    SECTION("errors change nothing")
    {
        expectRefused(cli, { str("qualify"), str("lead"), kMissingId }, 1,
            { str("there is no lead with id ") + kMissingId });
        expectRefused(cli, { str("qualify"), str("lead"), lead, str("--answer"), str("9=Soon") }, 1,
            { str("there is no question 9; the questions are numbered 1 to 4") });
        expectRefused(cli, { str("qualify"), str("lead"), lead, str("--answer"), str("Soon") }, 2,
            { str("usage: qualify lead ID") });
        expectRefused(cli, { str("lose"), str("lead"), lead }, 2,
            { str("usage: lose deal ID --reason TEXT") });
        expectRefused(cli, { str("lose"), str("lead"), lead, str("--reason"), str("  ") }, 1,
            { str("Say why the lead was lost.") });
        expectRefused(
            cli, { str("reopen"), str("lead"), lead }, 1, { str("“Linen order” is not lost.") });
        // `set lead` keeps the same rules as lose and convert.
        expectRefused(cli, { str("set"), str("lead"), lead, str("status=lost") }, 1,
            { str("lead: lost_reason: Say why the lead was lost.") });
        expectRefused(cli, { str("set"), str("lead"), lead, str("status=converted") }, 1,
            { str("Convert the lead to a deal instead") });
    }
    SECTION("set lead status=lost with a reason loses it the same way")
    {
        runOk(cli,
            { str("set"), str("lead"), lead, str("status=lost"), str("lost_reason=no budget") });
        json = cli.showJson(str("lead"), lead);
        CHECK(json.value(str("status")) == QJsonValue(str("lost")));
        CHECK(json.value(str("lost_reason")) == QJsonValue(str("No budget")));
        CHECK(where(cli, str("task"), str("lead_id"), lead).isEmpty());
    }
    SECTION("lost with a reason, kept, and reopened")
    {
        REQUIRE(where(cli, str("task"), str("lead_id"), lead).size() == 1);
        const CliResult lost
            = cli.run({ str("lose"), str("lead"), lead, str("--reason"), str("no budget") });
        CHECK(lost.exitCode == 0);
        CHECK(lost.out.isEmpty());
        json = cli.showJson(str("lead"), lead);
        CHECK(json.value(str("status")) == QJsonValue(str("lost")));
        CHECK(json.value(str("lost_reason")) == QJsonValue(str("No budget"))); // as the list says
        CHECK(where(cli, str("task"), str("lead_id"), lead).isEmpty()); // nobody needs to call
        expectRefused(cli, { str("convert"), str("lead"), lead }, 1,
            { str("“Linen order” was lost (No budget). Reopen it before converting it.") });
        expectRefused(cli, { str("qualify"), str("lead"), lead }, 1,
            { str("Reopen it before qualifying it.") });

        runOk(cli, { str("reopen"), str("lead"), lead });
        json = cli.showJson(str("lead"), lead);
        CHECK(json.value(str("status")) == QJsonValue(str("contacted")));
        CHECK(json.value(str("lost_reason")).isNull());
    }
}

TEST_CASE("convert lead makes a deal that carries the lead's work", "[cli][sales]")
{
    CliRunner cli;
    team(cli);
    const QString lead = cli.add(str("lead"),
        { str("title=Linen order"), str("first_name=Rūta"), str("last_name=Jankauskaitė"),
            str("email=ruta@linas.lt"), str("company_name=UAB Linas"), str("source=web_form") });
    const QString call = cli.add(str("activity"),
        { str("kind=call"), str("subject=First call"), str("done=true"), str("lead_id=") + lead });
    const QString offer = cli.add(str("attachment"),
        { str("name=offer.pdf"), str("kind=offer"), str("entity=lead"), str("record_id=") + lead });

    SECTION("errors change nothing")
    {
        expectRefused(cli, { str("convert"), str("lead"), kMissingId }, 1,
            { str("there is no lead with id ") + kMissingId });
        expectRefused(cli, { str("convert"), str("lead"), lead, str("--amount"), str("12.345") }, 1,
            { str("amount: '12.345' is not a number with at most 2 decimals") });
        expectRefused(cli, { str("convert"), str("lead"), lead, str("--company"), kMissingId }, 1,
            { str("There is no company with id ") + kMissingId });
        expectRefused(
            cli, { str("convert"), str("deal"), lead }, 2, { str("usage: convert lead") });
        expectRefused(cli, { str("convert"), str("lead"), lead, str("--owner"), lead }, 2,
            { str("unknown option --owner") });
    }
    SECTION("stdout holds the deal id and nothing else")
    {
        const CliResult r = cli.run({ str("convert"), str("lead"), lead });
        REQUIRE(r.exitCode == 0);
        CHECK(r.err.isEmpty());
        REQUIRE(r.lines().size() == 1);
        const QString deal = r.lines().first();
        CHECK(isUuidV7AtPinnedTime(deal));

        const QJsonObject d = cli.showJson(str("deal"), deal);
        CHECK(d.value(str("title")) == QJsonValue(str("UAB Linas — Linen order")));
        CHECK(d.value(str("stage_id")) == QJsonValue(stageNamed(cli, str("Introduction"))));
        CHECK(d.value(str("status")) == QJsonValue(str("open")));
        CHECK(d.value(str("lead_id")) == QJsonValue(lead));
        CHECK(d.value(str("source")) == QJsonValue(str("web_form")));
        const QString company = d.value(str("company_id")).toString();
        const QString contact = d.value(str("contact_id")).toString();
        CHECK(text(cli, str("company"), company, "name") == str("UAB Linas"));
        CHECK(text(cli, str("contact"), contact, "email") == str("ruta@linas.lt"));
        CHECK(text(cli, str("contact"), contact, "company_id") == company);

        const QJsonObject l = cli.showJson(str("lead"), lead);
        CHECK(l.value(str("status")) == QJsonValue(str("converted")));
        CHECK(l.value(str("deal_id")) == QJsonValue(deal));
        const QJsonObject a = cli.showJson(str("activity"), call);
        CHECK(a.value(str("deal_id")) == QJsonValue(deal));
        CHECK(a.value(str("company_id")) == QJsonValue(company));
        CHECK(a.value(str("lead_id")) == QJsonValue(lead));
        const QJsonObject doc = cli.showJson(str("attachment"), offer);
        CHECK(doc.value(str("entity")) == QJsonValue(str("deal")));
        CHECK(doc.value(str("record_id")) == QJsonValue(deal));
        // The deal starts its playbook.
        CHECK(runOk(cli, { str("checklist"), str("deal"), deal })
                  .text()
                  .contains(str("[ ] First call or meeting")));

        expectRefused(cli, { str("convert"), str("lead"), lead }, 1,
            { str("“Linen order” was already converted to the deal “UAB Linas — Linen order”.") });
    }
    SECTION("--json, an existing company, a title and an amount")
    {
        const QString linas = cli.add(str("company"), { str("name=UAB Linas") });
        const CliResult r = cli.run({ str("convert"), str("lead"), lead, str("--title"),
            str("Linen for hotels"), str("--amount"), str("1250.50"), str("--json") });
        REQUIRE(r.exitCode == 0);
        CHECK(r.err.isEmpty());
        const QJsonObject o = parseJson(r.out).object();
        CHECK(o.keys()
            == QStringList { str("activities_moved"), str("company_id"), str("company_reused"),
                str("contact_id"), str("contact_reused"), str("deal_id"), str("documents_moved") });
        CHECK(o.value(str("company_id")) == QJsonValue(linas));
        CHECK(o.value(str("company_reused")) == QJsonValue(true));
        CHECK(o.value(str("contact_reused")) == QJsonValue(false));
        CHECK(o.value(str("activities_moved")) == QJsonValue(2)); // the call and the first contact
        CHECK(o.value(str("documents_moved")) == QJsonValue(1));
        const QJsonObject d = cli.showJson(str("deal"), o.value(str("deal_id")).toString());
        CHECK(d.value(str("title")) == QJsonValue(str("Linen for hotels")));
        CHECK(d.value(str("amount")) == QJsonValue(str("1250.50")));
        CHECK(d.value(str("currency")) == QJsonValue(str("EUR")));
    }
}

TEST_CASE("add deal and move deal follow the pipeline and its playbook", "[cli][sales]")
{
    CliRunner cli;
    const Team t = team(cli);
    const QString introduction = stageNamed(cli, str("Introduction"));
    const QString proposal = stageNamed(cli, str("Proposal"));
    const QString deal = cli.add(str("deal"), { str("title=Depot"), str("amount=1000") });

    QJsonObject d = cli.showJson(str("deal"), deal);
    CHECK(d.value(str("stage_id")) == QJsonValue(introduction));
    CHECK(d.value(str("status")) == QJsonValue(str("open")));
    CHECK(d.value(str("owner_id")) == QJsonValue(t.ona));
    CHECK(d.value(str("stage_entered_at")).toString().startsWith(str("2026-06-15T09:00:00.")));

    const CliResult checklist = runOk(cli, { str("checklist"), str("deal"), deal });
    CHECK(checklist.lines()
        == QStringList { str("“Depot” in stage “Introduction”:"),
            str("[ ] First call or meeting (due 2026-06-18T09:00:00Z)") });

    SECTION("by name, ignoring case, or by id; backwards too")
    {
        const CliResult r = cli.run({ str("move"), str("deal"), deal, str("PROPOSAL") });
        CHECK(r.exitCode == 0);
        CHECK(r.out.isEmpty());
        CHECK(r.err.isEmpty());
        CHECK(text(cli, str("deal"), deal, "stage_id") == proposal);
        const QJsonObject list
            = parseJson(runOk(cli, { str("checklist"), str("deal"), deal, str("--json") }).out)
                  .object();
        CHECK(list.value(str("stage")) == QJsonValue(str("Proposal")));
        REQUIRE(list.value(str("items")).toArray().size() == 1);
        const QJsonObject item = list.value(str("items")).toArray().first().toObject();
        CHECK(item.value(str("title")) == QJsonValue(str("Send the offer")));
        CHECK(item.value(str("done")) == QJsonValue(false));
        CHECK(item.value(str("required")) == QJsonValue(false));
        CHECK(item.value(str("due")) == QJsonValue(str("2026-06-20T09:00:00Z")));
        CHECK(text(cli, str("task"), item.value(str("task_id")).toString(), "subject")
            == str("Send the offer"));

        runOk(
            cli, { str("move"), str("deal"), deal, str("Contract"), str("and"), str("invoicing") });
        CHECK(text(cli, str("deal"), deal, "stage_id")
            == stageNamed(cli, str("Contract and invoicing")));
        runOk(cli, { str("move"), str("deal"), deal, introduction });
        CHECK(text(cli, str("deal"), deal, "stage_id") == introduction);
    }
    SECTION("refusals change nothing")
    {
        expectRefused(cli, { str("move"), str("deal"), kMissingId, str("Proposal") }, 1,
            { str("there is no deal with id ") + kMissingId });
        expectRefused(cli, { str("move"), str("deal"), deal, str("Nowhere") }, 1,
            { str("the pipeline “New business” of “Depot” has no stage “Nowhere”; its stages "
                  "are: Introduction, Qualification, Proposal, Negotiation, Contract and "
                  "invoicing, Handover to delivery, Lost") });
        expectRefused(cli, { str("move"), str("deal"), deal, str("lost") }, 1,
            { str("Losing a deal needs a reason: mark “Depot” lost instead of moving it to "
                  "“Lost”") });
        expectRefused(
            cli, { str("move"), str("deal"), deal }, 2, { str("usage: move deal ID STAGE") });
        expectRefused(cli, { str("move"), str("lead"), deal, str("Proposal") }, 2,
            { str("usage: move deal ID STAGE") });
    }
    SECTION("a required checklist item holds the deal back until it is done")
    {
        const QStringList actions
            = where(cli, str("playbook_action"), str("stage_id"), introduction);
        REQUIRE(actions.size() == 1);
        cli.set(str("playbook_action"), actions.first(), { str("required=true") });
        CHECK(runOk(cli, { str("checklist"), str("deal"), deal }).lines().at(1)
            == str("[ ] First call or meeting (due 2026-06-18T09:00:00Z, required)"));
        expectRefused(cli, { str("move"), str("deal"), deal, str("Qualification") }, 1,
            { str("“Introduction” is not finished yet; still to do: First call or meeting") });
        expectRefused(cli, { str("win"), str("deal"), deal }, 1,
            { str("still to do: First call or meeting") });
        expectRefused(cli,
            { str("set"), str("deal"), deal, str("stage_id=") + proposal, str("amount=2000") }, 1,
            { str("deal: stage_id: “Introduction” is not finished yet") });

        const QString task
            = parseJson(runOk(cli, { str("checklist"), str("deal"), deal, str("--json") }).out)
                  .object()
                  .value(str("items"))
                  .toArray()
                  .first()
                  .toObject()
                  .value(str("task_id"))
                  .toString();
        cli.set(str("task"), task, { str("done=true") });
        CHECK(runOk(cli, { str("checklist"), str("deal"), deal }).lines().at(1)
            == str("[x] First call or meeting (due 2026-06-18T09:00:00Z, required)"));
        runOk(cli, { str("move"), str("deal"), deal, str("Qualification") });
        CHECK(text(cli, str("deal"), deal, "stage_id") == stageNamed(cli, str("Qualification")));
    }
    SECTION("checklist of a deal that does not exist")
    {
        expectRefused(cli, { str("checklist"), str("deal"), kMissingId }, 1,
            { str("there is no deal with id ") + kMissingId });
    }
}

TEST_CASE("win, lose and reopen a deal", "[cli][sales]")
{
    CliRunner cli;
    team(cli);
    const QString company
        = cli.add(str("company"), { str("name=UAB Medis"), str("status=prospect") });
    const QString deal = cli.add(
        str("deal"), { str("title=Depot"), str("amount=1000"), str("company_id=") + company });
    runOk(cli, { str("move"), str("deal"), deal, str("Negotiation") });

    SECTION("won: the handover stage, a customer; reopened in the stage before")
    {
        const CliResult r = cli.run({ str("win"), str("deal"), deal });
        CHECK(r.exitCode == 0);
        CHECK(r.out.isEmpty());
        QJsonObject d = cli.showJson(str("deal"), deal);
        CHECK(d.value(str("status")) == QJsonValue(str("won")));
        CHECK(d.value(str("stage_id")) == QJsonValue(stageNamed(cli, str("Handover to delivery"))));
        CHECK(d.value(str("won_at")).toString().startsWith(str("2026-06-15T09:00:00.")));
        CHECK(text(cli, str("company"), company, "status") == str("customer"));
        CHECK(runOk(cli, { str("checklist"), str("deal"), deal })
                  .text()
                  .contains(str("[ ] Hand over to delivery and support")));
        expectRefused(cli, { str("win"), str("deal"), deal }, 1,
            { str("“Depot” is won; reopen it first to change its course") });
        expectRefused(cli, { str("move"), str("deal"), deal, str("Proposal") }, 1,
            { str("“Depot” is won; reopen it first") });

        runOk(cli, { str("reopen"), str("deal"), deal });
        d = cli.showJson(str("deal"), deal);
        CHECK(d.value(str("status")) == QJsonValue(str("open")));
        CHECK(d.value(str("stage_id")) == QJsonValue(stageNamed(cli, str("Negotiation"))));
        CHECK(d.value(str("won_at")).isNull());
        expectRefused(
            cli, { str("reopen"), str("deal"), deal }, 1, { str("“Depot” is open already") });
    }
    SECTION("lost with a reason and a competitor named as people write it")
    {
        const QString rival = cli.add(str("competitor"), { str("name=Baldai LT") });
        expectRefused(cli, { str("lose"), str("deal"), deal }, 2,
            { str("usage: lose deal ID --reason TEXT") });
        expectRefused(cli, { str("lose"), str("deal"), deal, str("--reason"), str("") }, 1,
            { str("Say why the deal was lost") });
        expectRefused(cli,
            { str("lose"), str("deal"), deal, str("--reason"), str("Price"), str("--competitor"),
                str("Nobody Ltd") },
            1, { str("there is no competitor called or with id “Nobody Ltd”") });
        expectRefused(cli, { str("lose"), str("deal"), kMissingId, str("--reason"), str("Price") },
            1, { str("there is no deal with id ") + kMissingId });
        expectRefused(cli,
            { str("lose"), str("lead"), deal, str("--reason"), str("Price"), str("--competitor"),
                rival },
            2, { str("usage: lose deal ID") });

        const CliResult r = cli.run({ str("lose"), str("deal"), deal, str("--reason"),
            str("PRICE TOO HIGH"), str("--competitor"), str("baldai lt") });
        CHECK(r.exitCode == 0);
        CHECK(r.out.isEmpty());
        QJsonObject d = cli.showJson(str("deal"), deal);
        CHECK(d.value(str("status")) == QJsonValue(str("lost")));
        CHECK(d.value(str("lost_reason")) == QJsonValue(str("Price too high")));
        CHECK(d.value(str("competitor_id")) == QJsonValue(rival));
        CHECK(d.value(str("stage_id")) == QJsonValue(stageNamed(cli, str("Negotiation"))));
        expectRefused(cli, { str("win"), str("deal"), deal }, 1,
            { str("“Depot” is lost; reopen it first to change its course") });

        runOk(cli, { str("reopen"), str("deal"), deal });
        d = cli.showJson(str("deal"), deal);
        CHECK(d.value(str("status")) == QJsonValue(str("open")));
        CHECK(d.value(str("lost_reason")).isNull());
    }
}

TEST_CASE("set deal changes stage and status only through the sales rules", "[cli][sales]")
{
    CliRunner cli;
    team(cli);
    const QString proposal = stageNamed(cli, str("Proposal"));
    const QString deal = cli.add(str("deal"), { str("title=Depot"), str("amount=1000") });

    SECTION("a stage change enters the stage's playbook; other fields go with it")
    {
        runOk(cli,
            { str("set"), str("deal"), deal, str("stage_id=") + proposal, str("amount=2000") });
        const QJsonObject d = cli.showJson(str("deal"), deal);
        CHECK(d.value(str("stage_id")) == QJsonValue(proposal));
        CHECK(d.value(str("amount")) == QJsonValue(str("2000.00")));
        CHECK(runOk(cli, { str("checklist"), str("deal"), deal })
                  .text()
                  .contains(str("[ ] Send the offer")));
    }
    SECTION("status=lost needs a reason in the same command")
    {
        expectRefused(cli, { str("set"), str("deal"), deal, str("status=lost"), str("title=Gone") },
            1,
            { str("deal: lost_reason: Say why the deal was lost: a lost deal needs a reason.") });
        runOk(cli,
            { str("set"), str("deal"), deal, str("status=lost"), str("lost_reason=no budget"),
                str("next_step=Call in spring") });
        QJsonObject d = cli.showJson(str("deal"), deal);
        CHECK(d.value(str("status")) == QJsonValue(str("lost")));
        CHECK(d.value(str("lost_reason")) == QJsonValue(str("No budget")));
        CHECK(d.value(str("lost_at")).toString().startsWith(str("2026-06-15T09:00:00.")));
        CHECK(d.value(str("next_step")) == QJsonValue(str("Call in spring")));
        // The playbook task left with the deal.
        CHECK(where(cli, str("task"), str("deal_id"), deal).isEmpty());

        runOk(cli, { str("set"), str("deal"), deal, str("status=open") });
        d = cli.showJson(str("deal"), deal);
        CHECK(d.value(str("status")) == QJsonValue(str("open")));
        CHECK(d.value(str("lost_reason")).isNull());
        CHECK(where(cli, str("task"), str("deal_id"), deal).size() == 1);
    }
    SECTION("status=won wins the deal")
    {
        runOk(cli, { str("set"), str("deal"), deal, str("status=won") });
        const QJsonObject d = cli.showJson(str("deal"), deal);
        CHECK(d.value(str("status")) == QJsonValue(str("won")));
        CHECK(d.value(str("stage_id")) == QJsonValue(stageNamed(cli, str("Handover to delivery"))));
    }
    SECTION("wrong values change nothing")
    {
        expectRefused(cli, { str("set"), str("deal"), deal, str("stage_id=") + kMissingId }, 1,
            { str("There is no stage with id ") + kMissingId });
        expectRefused(cli, { str("set"), str("deal"), deal, str("stage_id=") }, 1,
            { str("deal: stage_id: A deal is always in a stage") });
        expectRefused(cli, { str("set"), str("deal"), deal, str("status=closed") }, 1,
            { str("deal: status: “closed” is not one of: open, won, lost.") });
        expectRefused(cli, { str("set"), str("deal"), kMissingId, str("status=won") }, 1,
            { str("there is no deal with id ") + kMissingId });
        // A bad plain field in the same command: the stage does not move either.
        expectRefused(cli,
            { str("set"), str("deal"), deal, str("stage_id=") + proposal, str("amount=1.234") }, 1,
            { str("amount: '1.234' is not a number with at most 2 decimals") });
    }
}

TEST_CASE("escalate tells the manager once, and notifications lists and marks it", "[cli][sales]")
{
    CliRunner cli;
    const Team t = team(cli);
    const QString introduction = stageNamed(cli, str("Introduction"));
    const QStringList actions = where(cli, str("playbook_action"), str("stage_id"), introduction);
    REQUIRE(actions.size() == 1);
    cli.set(str("playbook_action"), actions.first(), { str("hard_deadline=true") });
    const QString deal = cli.add(str("deal"), { str("title=Depot") });

    // Nothing is late yet: a cron job prints nothing.
    const CliResult today = runOk(cli, { str("escalate") });
    CHECK(today.out.isEmpty());
    CHECK(today.err.isEmpty());

    // Three days on, the first call's hard deadline has passed.
    const CliResult late = runOk(cli, { str("escalate") }, at("2026-06-18T10:00:00Z"));
    CHECK(late.lines()
        == QStringList { str("To Rasa Jonaitienė: “First call or meeting” on deal “Depot” (Ona "
                             "Petrauskienė) is past its deadline and not done.") });
    CHECK(runOk(cli, { str("escalate") }, at("2026-06-18T11:00:00Z")).out.isEmpty());

    // Past the stage's 14 days the deal has stalled too.
    const CliResult stalled
        = runOk(cli, { str("escalate"), str("--json") }, at("2026-06-30T10:00:00Z"));
    const QJsonArray list = parseJson(stalled.out).array();
    REQUIRE(list.size() == 1);
    const QJsonObject e = list.first().toObject();
    CHECK(e.value(str("deal_id")) == QJsonValue(deal));
    CHECK(e.value(str("task_id")).isNull());
    CHECK(e.value(str("manager_id")) == QJsonValue(t.rasa));
    CHECK(e.value(str("manager")) == QJsonValue(str("Rasa Jonaitienė")));
    // "14 days" once tandem_en.ts has the English plural of the new escalation message.
    CHECK(e.value(str("text"))
              .toString()
              .startsWith(str("Deal “Depot” (Ona Petrauskienė) has been in “Introduction” for more "
                              "than 14 day")));

    const CliResult unread = runOk(cli, { str("notifications"), str("--user"), t.rasa });
    REQUIRE(unread.lines().size() == 3);
    const QString first = listedIds(unread).last(); // newest first: the deadline is the oldest
    CHECK(unread.lines().at(2).contains(str("\tescalation\t\t“First call or meeting”")));

    const CliResult read = cli.run({ str("notifications"), str("--read"), first });
    CHECK(read.exitCode == 0);
    CHECK(read.out.isEmpty());
    CHECK(listedIds(runOk(cli, { str("notifications"), str("--user"), t.rasa })).size() == 1);
    const QJsonArray all = parseJson(
        runOk(cli, { str("notifications"), str("--user"), t.rasa, str("--all"), str("--json") })
            .out)
                               .array();
    REQUIRE(all.size() == 2);
    CHECK(all.at(1).toObject().value(str("id")) == QJsonValue(first));
    CHECK(all.at(1)
              .toObject()
              .value(str("read_at"))
              .toString()
              .startsWith(str("2026-06-15T09:00:00.")));
    // Ona has none: hers is the current user's list.
    CHECK(listedIds(runOk(cli, { str("notifications") })).isEmpty());

    expectRefused(cli, { str("notifications"), str("--read"), kMissingId }, 1,
        { str("there is no notification with id ") + kMissingId });
    expectRefused(cli, { str("notifications"), str("--user"), kMissingId }, 1,
        { str("there is no user with id ") + kMissingId });
    expectRefused(cli, { str("notifications"), str("--read"), first, str("--all") }, 2,
        { str("usage: notifications") });
    expectRefused(cli, { str("escalate"), str("now") }, 2, { str("usage: escalate [--json]") });
}

TEST_CASE("forecast weighs open deals by month, currency and owner", "[cli][sales]")
{
    CliRunner cli;
    const Team t = team(cli);
    // Introduction 10 %, Qualification 20 %, Proposal 40 %.
    cli.add(str("deal"), { str("title=A"), str("amount=1000"), str("expected_close=2026-07-10") });
    const QString b = cli.add(
        str("deal"), { str("title=B"), str("amount=2500.50"), str("expected_close=2026-07-20") });
    runOk(cli, { str("move"), str("deal"), b, str("Proposal") });
    const QString c = cli.add(
        str("deal"), { str("title=C"), str("amount=333.33"), str("expected_close=2026-08-01") });
    runOk(cli, { str("move"), str("deal"), c, str("Qualification") });
    const QString lost = cli.add(
        str("deal"), { str("title=D"), str("amount=999"), str("expected_close=2026-07-05") });
    runOk(cli, { str("lose"), str("deal"), lost, str("--reason"), str("No budget") });
    cli.add(str("deal"),
        { str("title=E"), str("currency=PLN"), str("amount=400"), str("expected_close=2026-07-15"),
            str("owner_id=") + t.rasa });
    cli.add(str("deal"), { str("title=F") });

    // 2026-07 EUR: 1000 × 10 % + 2500.50 × 40 % = 100.00 + 1000.20; 2026-08: 333.33 × 20 % = 66.67.
    CHECK(runOk(cli, { str("forecast") }).lines()
        == QStringList { str("month\tcurrency\tdeals\ttotal\tweighted"),
            str("2026-07\tEUR\t2\t3500.50\t1100.20"), str("2026-07\tPLN\t1\t400.00\t40.00"),
            str("2026-08\tEUR\t1\t333.33\t66.67"), str("no close date\tEUR\t1\t0.00\t0.00") });
    CHECK(runOk(cli, { str("forecast"), str("--by-owner") }).lines()
        == QStringList { str("month\towner\tcurrency\tdeals\ttotal\tweighted"),
            str("2026-07\tOna Petrauskienė\tEUR\t2\t3500.50\t1100.20"),
            str("2026-07\tRasa Jonaitienė\tPLN\t1\t400.00\t40.00"),
            str("2026-08\tOna Petrauskienė\tEUR\t1\t333.33\t66.67"),
            str("no close date\tOna Petrauskienė\tEUR\t1\t0.00\t0.00") });

    const QJsonArray json
        = parseJson(runOk(cli, { str("forecast"), str("--by-owner"), str("--json") }).out).array();
    REQUIRE(json.size() == 4);
    const QJsonObject july = json.first().toObject();
    CHECK(july.value(str("month")) == QJsonValue(str("2026-07")));
    CHECK(july.value(str("owner_id")) == QJsonValue(t.ona));
    CHECK(july.value(str("currency")) == QJsonValue(str("EUR")));
    CHECK(july.value(str("deals")) == QJsonValue(2));
    CHECK(july.value(str("total")) == QJsonValue(str("3500.50")));
    CHECK(july.value(str("weighted")) == QJsonValue(str("1100.20")));
    CHECK(json.last().toObject().value(str("month")).isNull());

    // Another pipeline, seen alone.
    const QString service = cli.add(str("pipeline"), { str("name=Service") });
    const QString open = cli.add(str("stage"),
        { str("pipeline_id=") + service, str("name=Open"), str("position=0"), str("probability=50"),
            str("kind=open") });
    cli.add(str("deal"),
        { str("title=Support"), str("stage_id=") + open, str("amount=100"),
            str("expected_close=2026-09-01") });
    CHECK(runOk(cli, { str("forecast"), str("--pipeline"), service }).lines()
        == QStringList { str("month\tcurrency\tdeals\ttotal\tweighted"),
            str("2026-09\tEUR\t1\t100.00\t50.00") });
    expectRefused(cli, { str("forecast"), str("--pipeline"), kMissingId }, 1,
        { str("there is no pipeline with id ") + kMissingId });
    expectRefused(cli, { str("forecast"), str("2026") }, 2, { str("usage: forecast") });
}

TEST_CASE("--help lists the sales commands", "[cli][sales]")
{
    CliRunner cli;
    const CliResult r = cli.runBare({ str("--help") });
    CHECK(r.exitCode == 0);
    for (const char* line :
        { "convert lead ID", "move deal ID STAGE", "win deal ID", "lose lead ID --reason TEXT",
            "reopen deal|lead ID", "qualify lead ID", "checklist deal ID", "escalate [--json]",
            "overdue leads", "forecast [--pipeline ID]", "notifications --read ID" }) {
        INFO(line);
        CHECK(r.text().contains(str(line)));
    }
}
