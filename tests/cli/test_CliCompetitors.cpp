// tandem-cli competitor: a competitor's card (what the team knows, the deals lost to it and their
// summary) as text and JSON, every competitor with its losses, and refusals.
#include "CliRunner.h"

using namespace tandem::test;

namespace {

struct Market {
    QString acme;
    QString bright;
    QString roof;
    QString school;
    QString talking;
};

// Two competitors; a deal lost to Acme in May and one in June, one lost to Bright, one open.
Market market(const CliRunner& cli)
{
    cli.init({ str("--company"), str("Audiniai"), str("--user"), str("Ona Petrauskienė") });
    Market m;
    m.acme = cli.add(str("competitor"),
        { str("name=Acme Solar"), str("website=https://acme.example"),
            str("strengths=Fast delivery\nLarge stock"), str("price_notes=10% under list") });
    m.bright = cli.add(str("competitor"), { str("name=Bright Energy") });
    const QString company = cli.add(str("company"), { str("name=Kauno baldai") });
    m.roof = cli.add(str("deal"),
        { str("title=Roof panels"), str("amount=12500.50"), str("company_id=") + company });
    m.school = cli.add(str("deal"), { str("title=School roof"), str("amount=8000") });
    const QString hall = cli.add(str("deal"), { str("title=Sports hall"), str("amount=999") });
    m.talking = cli.add(str("deal"), { str("title=Still talking"), str("amount=700") });
    runOk(cli,
        { str("lose"), str("deal"), m.roof, str("--reason"), str("Price"), str("--competitor"),
            str("acme solar") },
        at("2026-05-04T10:00:00Z"));
    runOk(cli,
        { str("lose"), str("deal"), m.school, str("--reason"), str("Price"), str("--competitor"),
            m.acme },
        at("2026-06-02T08:00:00Z"));
    runOk(cli,
        { str("lose"), str("deal"), hall, str("--reason"), str("Delivery time"),
            str("--competitor"), m.bright });
    return m;
}

} // namespace

TEST_CASE("competitor prints the card with the deals lost to it", "[cli][competitors]")
{
    CliRunner cli;
    const Market m = market(cli);

    const CliResult r = runOk(cli, { str("competitor"), str("acme") });
    const QStringList lines = r.lines();
    CHECK(lines.value(0) == str("Competitor: Acme Solar"));
    CHECK(lines.value(1) == str("id: ") + m.acme);
    CHECK(lines.contains(str("website: https://acme.example")));
    CHECK(r.text().contains(str("strengths: Fast delivery\n  Large stock\n")));
    CHECK(lines.contains(str("price_notes: 10% under list")));
    CHECK(lines.contains(str("lost_deals: 2")));
    CHECK(lines.contains(str("lost_value: 20500.50 EUR")));
    CHECK(lines.contains(str("last_lost_at: 2026-06-02T08:00:00Z")));
    CHECK(lines.contains(str("usual_reason: Price (2)")));
    const qsizetype header = lines.indexOf(
        str("lost_at\tdeal_id\ttitle\tcompany\towner\tamount\tcurrency\tlost_reason"));
    REQUIRE(header > 0);
    // Newest first; Bright's deal and the open one are not Acme's losses.
    REQUIRE(lines.size() == header + 3);
    CHECK(lines.at(header + 1)
        == str("2026-06-02T08:00:00Z\t") + m.school
            + str("\tSchool roof\t\tOna Petrauskienė\t8000.00\tEUR\tPrice"));
    CHECK(lines.at(header + 2)
        == str("2026-05-04T10:00:00Z\t") + m.roof
            + str("\tRoof panels\tKauno baldai\tOna Petrauskienė\t12500.50\tEUR\tPrice"));
    CHECK_FALSE(r.text().contains(str("Sports hall")));
    CHECK_FALSE(r.text().contains(str("Still talking")));
}

TEST_CASE("competitor --json gives the card to scripts", "[cli][competitors]")
{
    CliRunner cli;
    const Market m = market(cli);

    const QJsonObject card
        = parseJson(runOk(cli, { str("competitor"), m.acme, str("--json") }).out).object();
    CHECK(card.value(str("competitor")).toObject().value(str("name")) == str("Acme Solar"));
    const QJsonObject summary = card.value(str("summary")).toObject();
    CHECK(summary.value(str("lost_deals")) == 2);
    CHECK(summary.value(str("lost_value")).toArray()
        == QJsonArray {
            QJsonObject { { str("currency"), str("EUR") }, { str("amount"), str("20500.50") } } });
    CHECK(summary.value(str("last_lost_at")) == str("2026-06-02T08:00:00Z"));
    CHECK(summary.value(str("usual_reason")) == str("Price"));
    const QJsonArray deals = card.value(str("lost_deals")).toArray();
    REQUIRE(deals.size() == 2);
    CHECK(deals.at(0).toObject().value(str("deal_id")) == m.school);
    CHECK(deals.at(1).toObject().value(str("deal_id")) == m.roof);
    CHECK(deals.at(1).toObject().value(str("company")) == str("Kauno baldai"));
    CHECK(deals.at(1).toObject().value(str("amount")) == str("12500.50"));
    CHECK(deals.at(1).toObject().value(str("lost_at")) == str("2026-05-04T10:00:00Z"));
}

TEST_CASE("competitor without a name lists every competitor with its losses", "[cli][competitors]")
{
    CliRunner cli;
    const Market m = market(cli);
    cli.add(str("competitor"), { str("name=Calm Co") });

    const CliResult r = runOk(cli, { str("competitor") });
    REQUIRE(r.lines().size() == 4);
    CHECK(r.lines().at(0) == str("id\tname\tlost_deals\tlast_lost_at"));
    CHECK(r.lines().at(1) == m.acme + str("\tAcme Solar\t2\t2026-06-02T08:00:00Z"));
    CHECK(r.lines().at(2) == m.bright + str("\tBright Energy\t1\t2026-06-15T09:00:00Z"));
    CHECK(r.lines().at(3).endsWith(str("\tCalm Co\t0\t")));

    const QJsonArray list = parseJson(runOk(cli, { str("competitor"), str("--json") }).out).array();
    REQUIRE(list.size() == 3);
    CHECK(list.at(0).toObject().value(str("lost_deals")) == 2);
    CHECK(list.at(2).toObject().value(str("last_lost_at")).isNull());

    // The generic list shows the records themselves.
    const QStringList ids = listedIds(runOk(cli, { str("list"), str("competitor") }));
    CHECK(ids.size() == 3);
    CHECK(ids.contains(m.acme));
}

TEST_CASE("competitor refuses what it cannot find", "[cli][competitors]")
{
    CliRunner cli;
    market(cli);
    cli.add(str("competitor"), { str("name=Acme Wind") });

    expectRefused(cli, { str("competitor"), str("Nobody") }, 1,
        { str("there is no competitor called or with id “Nobody”") });
    expectRefused(cli, { str("competitor"), str("acme") }, 1,
        { str("could be any of"), str("Acme Solar"), str("Acme Wind") });
    expectRefused(cli, { str("competitor"), str("a"), str("b") }, 2, { str("usage: competitor") });
}
