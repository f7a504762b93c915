// Dormant customers: who has bought nothing or heard nothing from us for too long, and the
// follow-up tasks with their drafted letters that a rule proposes, all at once or not at all.
#include "TestDatabase.h"

#include "services/DormantRules.h"
#include "store/Session.h"

#include <QLocale>
#include <QTimeZone>
#include <catch2/catch.hpp>

using namespace tandem;
using namespace tandem::test;

namespace {

const QDate kToday(2026, 6, 15); // the test clock's day

QDateTime daysAgo(int days, QTime time = QTime(12, 0))
{
    return QDateTime(kToday.addDays(-days), time, Qt::UTC);
}

QString company(RecordStore& rs, const QString& name, const QString& status, const QString& owner)
{
    QVariantMap values { { QStringLiteral("name"), name }, { QStringLiteral("status"), status } };
    if (!owner.isEmpty())
        values.insert(QStringLiteral("owner_id"), owner);
    return create(rs, QStringLiteral("company"), values);
}

QString deal(RecordStore& rs, const QString& companyId, const QString& status, int daysAgoClosed)
{
    QVariantMap values { { QStringLiteral("title"), QStringLiteral("Order") },
        { QStringLiteral("company_id"), companyId }, { QStringLiteral("status"), status } };
    if (status == QLatin1String("won"))
        values.insert(QStringLiteral("won_at"), daysAgo(daysAgoClosed));
    else
        values.insert(QStringLiteral("lost_at"), daysAgo(daysAgoClosed));
    return create(rs, QStringLiteral("deal"), values);
}

void activity(RecordStore& rs, const char* kind, const QString& subject, const QDateTime& start,
    bool done, const QString& linkField, const QString& linkId)
{
    create(rs, QStringLiteral("activity"),
        { { QStringLiteral("kind"), QLatin1String(kind) }, { QStringLiteral("subject"), subject },
            { QStringLiteral("starts_at"), start }, { QStringLiteral("done"), done },
            { linkField, linkId } });
}

QString ruleNamed(Session& s, const QString& name)
{
    auto rules = DormantRules::rules(s);
    REQUIRE(rules);
    for (const DormantRule& r : *rules) {
        if (r.name == name)
            return r.id;
    }
    FAIL("no rule " << name.toStdString());
    return {};
}

QStringList names(const QList<DormantCandidate>& list)
{
    QStringList out;
    for (const DormantCandidate& c : list)
        out << c.companyName;
    return out;
}

QList<DormantCandidate> candidates(Session& s, const QString& ruleId)
{
    auto list = DormantRules::candidates(s, ruleId, kToday);
    REQUIRE(list);
    return *list;
}

QList<Record> tasksOf(RecordStore& rs, const QString& companyId)
{
    ListQuery q;
    q.where << qMakePair(QStringLiteral("company_id"), QVariant(companyId));
    auto rows = rs.list(QStringLiteral("task"), q);
    REQUIRE(rows);
    return *rows;
}

// Five companies worked out by hand, on 2026-06-15:
//  Alpha  customer, Jonas's: won 200 days ago; a call with Ona 120 days ago.
//  Beta   customer, Jonas's: won 100 days ago; a meeting on its deal 30 days ago (held, not
//  ticked). Gamma  customer, nobody's: won 300 and 250 days ago; an e-mail 95 days ago; a note
//  yesterday and
//         a meeting planned next week, neither of which is a contact.
//  Delta  customer since 2026-01-01 (165 days), never bought, never contacted.
//  Eps    prospect: lost a deal 400 days ago, a call 200 days ago.
struct Dataset {
    explicit Dataset(TestDatabase& db)
        : rs(db.records())
    {
        jonas = create(rs, QStringLiteral("user"),
            { { QStringLiteral("name"), QStringLiteral("Jonas Petraitis") } });
        db.clock().set(QDateTime(QDate(2026, 1, 1), QTime(8, 0), Qt::UTC));
        delta = company(rs, QStringLiteral("Delta"), QStringLiteral("customer"), jonas);
        db.clock().set(QDateTime(kToday, QTime(9, 0), Qt::UTC));
        alpha = company(rs, QStringLiteral("Alpha"), QStringLiteral("customer"), jonas);
        beta = company(rs, QStringLiteral("Beta"), QStringLiteral("customer"), jonas);
        gamma = company(rs, QStringLiteral("Gamma"), QStringLiteral("customer"), {});
        eps = company(rs, QStringLiteral("Eps"), QStringLiteral("prospect"), jonas);

        ona = create(rs, QStringLiteral("contact"),
            { { QStringLiteral("first_name"), QStringLiteral("Ona") },
                { QStringLiteral("last_name"), QStringLiteral("Kazlauskienė") },
                { QStringLiteral("company_id"), alpha },
                { QStringLiteral("decision_maker"), true } });
        create(rs, QStringLiteral("contact"),
            { { QStringLiteral("first_name"), QStringLiteral("Antanas") },
                { QStringLiteral("last_name"), QStringLiteral("Adamkus") },
                { QStringLiteral("company_id"), alpha } });

        deal(rs, alpha, QStringLiteral("won"), 200);
        const QString betaDeal = deal(rs, beta, QStringLiteral("won"), 100);
        deal(rs, gamma, QStringLiteral("won"), 300);
        deal(rs, gamma, QStringLiteral("won"), 250);
        deal(rs, eps, QStringLiteral("lost"), 400);

        activity(rs, "call", QStringLiteral("Call about the spring order"), daysAgo(120), true,
            QStringLiteral("contact_id"), ona);
        activity(rs, "meeting", QStringLiteral("Review"), daysAgo(30), false,
            QStringLiteral("deal_id"), betaDeal);
        activity(rs, "email", QStringLiteral("Price list sent"), daysAgo(95), true,
            QStringLiteral("company_id"), gamma);
        activity(rs, "note", QStringLiteral("Heard they are moving"), daysAgo(1), true,
            QStringLiteral("company_id"), gamma);
        activity(rs, "meeting", QStringLiteral("Visit"), daysAgo(-7), false,
            QStringLiteral("company_id"), gamma);
        activity(rs, "call", QStringLiteral("Cold call"), daysAgo(200), true,
            QStringLiteral("company_id"), eps);
    }

    RecordStore& rs;
    QString jonas, alpha, beta, gamma, delta, eps, ona;
};

} // namespace

TEST_CASE("A team starts with two dormant-customer rules it can change", "[dormant]")
{
    auto db = TestDatabase::initialised();
    auto rules = DormantRules::rules(db->session());
    REQUIRE(rules);
    REQUIRE(rules->size() == 2);
    CHECK(rules->at(0).name == QStringLiteral("No contact in 90 days"));
    CHECK(rules->at(0).kind == QStringLiteral("no_contact"));
    CHECK(rules->at(0).days == 90);
    CHECK(rules->at(1).name == QStringLiteral("No purchase in 6 months"));
    CHECK(rules->at(1).kind == QStringLiteral("no_purchase"));
    CHECK(rules->at(1).days == 183);
    CHECK(rules->at(1).dueDays == 7);
    CHECK(rules->at(1).active);
    CHECK(rules->at(1).letterTemplate.contains(QStringLiteral("{last_purchase}")));

    // Asking again adds nothing; a team that removed the rules does not get them back.
    REQUIRE(DormantRules::rules(db->session())->size() == 2);
    for (const DormantRule& r : *rules)
        REQUIRE(db->records().remove(QStringLiteral("dormant_rule"), r.id));
    CHECK(DormantRules::rules(db->session())->isEmpty());
}

TEST_CASE("A no-purchase rule lists customers whose last order is old enough", "[dormant]")
{
    auto db = TestDatabase::initialised();
    Dataset data(*db);
    const QString rule = ruleNamed(db->session(), QStringLiteral("No purchase in 6 months"));

    const auto list = candidates(db->session(), rule);
    // Gamma's latest order (250 days) counts, not its first; Beta (100 days), Delta (no order)
    // and the prospect with a lost deal are not dormant customers.
    REQUIRE(names(list) == QStringList { QStringLiteral("Gamma"), QStringLiteral("Alpha") });
    const DormantCandidate& alpha = list.at(1);
    CHECK(alpha.companyId == data.alpha);
    CHECK(alpha.ownerId == data.jonas);
    CHECK(alpha.ownerName == QStringLiteral("Jonas Petraitis"));
    CHECK(alpha.lastPurchase == kToday.addDays(-200));
    CHECK(alpha.daysSince == 200);
    CHECK(alpha.lastContact == daysAgo(120));
    CHECK(alpha.lastActivitySubject == QStringLiteral("Call about the spring order"));
    CHECK(alpha.contactId == data.ona); // the decision maker
    CHECK(alpha.contactName == QStringLiteral("Ona Kazlauskienė"));
    CHECK(list.at(0).daysSince == 250);
    CHECK(list.at(0).ownerId.isEmpty());

    SECTION("an order becomes dormant on its 183rd day")
    {
        auto later = DormantRules::candidates(db->session(), rule, kToday.addDays(82));
        REQUIRE(later);
        CHECK(names(*later).contains(QStringLiteral("Beta")) == false);
        auto muchLater = DormantRules::candidates(db->session(), rule, kToday.addDays(83));
        REQUIRE(muchLater);
        CHECK(names(*muchLater).contains(QStringLiteral("Beta")));
    }
}

TEST_CASE("A no-contact rule lists customers nobody called, met or e-mailed", "[dormant]")
{
    auto db = TestDatabase::initialised();
    Dataset data(*db);
    const QString rule = ruleNamed(db->session(), QStringLiteral("No contact in 90 days"));

    const auto list = candidates(db->session(), rule);
    // Beta's meeting a month ago was held; the prospect is not a customer. Delta counts from the
    // day it was entered; Gamma's note and planned visit are no contact.
    REQUIRE(names(list)
        == QStringList {
            QStringLiteral("Delta"), QStringLiteral("Alpha"), QStringLiteral("Gamma") });
    CHECK(list.at(0).daysSince == 165);
    CHECK(list.at(0).lastContact.isNull());
    CHECK(list.at(1).daysSince == 120);
    CHECK(list.at(2).daysSince == 95);
    CHECK(list.at(2).lastActivitySubject == QStringLiteral("Price list sent"));
    CHECK(list.at(2).lastPurchase == kToday.addDays(-250));
}

TEST_CASE("Proposing follow-ups makes one task per company with its letter", "[dormant]")
{
    auto db = TestDatabase::initialised();
    Dataset data(*db);
    Session& s = db->session();
    RecordStore& rs = db->records();
    const QString rule = ruleNamed(s, QStringLiteral("No purchase in 6 months"));
    REQUIRE(rs.update(QStringLiteral("dormant_rule"), rule,
        { { QStringLiteral("task_subject"), QStringLiteral("Win back {company}") },
            { QStringLiteral("due_days"), 5 },
            { QStringLiteral("letter_template"),
                QStringLiteral("Dear {contact}, {company} last ordered on {last_purchase} and we "
                               "spoke on {last_contact}. {owner} {unknown}") } }));

    auto made = DormantRules::propose(s, rule, { data.alpha, data.gamma }, kToday);
    REQUIRE(made);
    REQUIRE(made->size() == 2);

    const QList<Record> alphaTasks = tasksOf(rs, data.alpha);
    REQUIRE(alphaTasks.size() == 1);
    const Record& task = alphaTasks.first();
    CHECK(task.id == made->at(0));
    CHECK(task.text(QStringLiteral("subject")) == QStringLiteral("Win back Alpha"));
    CHECK(task.text(QStringLiteral("owner_id")) == data.jonas);
    CHECK(task.text(QStringLiteral("contact_id")) == data.ona);
    CHECK(task.text(QStringLiteral("priority")) == QStringLiteral("normal"));
    CHECK(task.text(QStringLiteral("due_at"))
        == QDateTime(QDate(2026, 6, 20), QTime(9, 0), QTimeZone::systemTimeZone())
               .toUTC()
               .toString(Qt::ISODateWithMs));
    const QLocale locale;
    CHECK(task.text(QStringLiteral("notes"))
        == QStringLiteral("Dear Ona Kazlauskienė, Alpha last ordered on %1 and we spoke on %2. "
                          "Jonas Petraitis {unknown}")
               .arg(locale.toString(QDate(2025, 11, 27), QLocale::ShortFormat),
                   locale.toString(QDate(2026, 2, 15), QLocale::ShortFormat)));

    // Gamma has nobody to write to and no owner: the letter greets the company, signed by me.
    const QList<Record> gammaTasks = tasksOf(rs, data.gamma);
    REQUIRE(gammaTasks.size() == 1);
    CHECK(gammaTasks.first().text(QStringLiteral("owner_id")) == s.currentUserId());
    CHECK(gammaTasks.first().text(QStringLiteral("contact_id")).isEmpty());
    CHECK(gammaTasks.first()
              .text(QStringLiteral("notes"))
              .startsWith(QStringLiteral("Dear Gamma, Gamma")));
    CHECK(gammaTasks.first()
              .text(QStringLiteral("notes"))
              .endsWith(QStringLiteral("Tester {unknown}")));

    // Proposed companies leave this rule's list while their task is open; other rules still see
    // them, and a done task brings the company back.
    CHECK(candidates(s, rule).isEmpty());
    const QString noContact = ruleNamed(s, QStringLiteral("No contact in 90 days"));
    CHECK(names(candidates(s, noContact)).contains(QStringLiteral("Alpha")));
    REQUIRE(rs.update(QStringLiteral("task"), task.id, { { QStringLiteral("done"), true } }));
    CHECK(names(candidates(s, rule)) == QStringList { QStringLiteral("Alpha") });

    // A second proposal for a company whose task is open is refused.
    auto again = DormantRules::propose(s, rule, { data.gamma }, kToday);
    REQUIRE_FALSE(again);
    CHECK(again.error().message.contains(QStringLiteral("Gamma")));
    CHECK(tasksOf(rs, data.gamma).size() == 1);
}

TEST_CASE("A proposal that fails part-way creates no task at all", "[dormant]")
{
    auto db = TestDatabase::initialised();
    Dataset data(*db);
    Session& s = db->session();
    RecordStore& rs = db->records();
    const QString rule = ruleNamed(s, QStringLiteral("No purchase in 6 months"));
    // Gamma's owner left and was removed after the list was drawn up: its task cannot be made.
    const QString gone = create(
        rs, QStringLiteral("user"), { { QStringLiteral("name"), QStringLiteral("Gone") } });
    REQUIRE(
        rs.update(QStringLiteral("company"), data.gamma, { { QStringLiteral("owner_id"), gone } }));
    REQUIRE(rs.remove(QStringLiteral("user"), gone));
    const qint64 tasksBefore = *rs.count(QStringLiteral("task"));

    auto made = DormantRules::propose(s, rule, { data.alpha, data.gamma }, kToday);
    REQUIRE_FALSE(made);
    CHECK(made.error().message.contains(QStringLiteral("Gamma")));
    CHECK(*rs.count(QStringLiteral("task")) == tasksBefore);
    CHECK(tasksOf(rs, data.alpha).isEmpty()); // made first, then rolled back
    CHECK(names(candidates(s, rule))
        == QStringList { QStringLiteral("Gamma"), QStringLiteral("Alpha") });

    SECTION("a company that is not dormant is refused before anything is written")
    {
        auto beta = DormantRules::propose(s, rule, { data.alpha, data.beta }, kToday);
        REQUIRE_FALSE(beta);
        CHECK(beta.error().message.contains(QStringLiteral("Beta")));
        CHECK(*rs.count(QStringLiteral("task")) == tasksBefore);
    }
}

TEST_CASE("Merging a letter replaces the placeholders it knows", "[dormant]")
{
    CHECK(DormantRules::merge(QStringLiteral("{a}-{b}-{a}{c}"),
              { { QStringLiteral("a"), QStringLiteral("1") },
                  { QStringLiteral("b"), QStringLiteral("{a}") } })
        == QStringLiteral("1-{a}-1{c}"));
}
