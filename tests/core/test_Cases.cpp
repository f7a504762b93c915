// Customers' cases: deadlines counted in the team's working hours (weekends and the country's
// public holidays do not count), the dates a status change keeps true, escalation to the owner's
// manager, the handover case a won deal opens, satisfaction averages, and the sales letters that
// do not go to a customer with an open complaint.
#include "SalesTestSupport.h"
#include "TestDatabase.h"

#include "services/CaseRules.h"
#include "services/Cases.h"
#include "services/DealFlow.h"
#include "services/DormantRules.h"
#include "services/Escalations.h"
#include "services/Notifications.h"
#include "services/Playbooks.h"
#include "services/Timeline.h"
#include "store/Session.h"
#include "util/StoredTime.h"

#include <QTimeZone>
#include <catch2/catch.hpp>
#include <ctime>

using namespace tandem;
using namespace tandem::test;

namespace {

constexpr qint64 kHour = 3600LL * 1000;

// The team works 09:00–17:00 Monday to Friday in Vilnius (UTC+3 in summer), whatever zone the
// machine running the tests is in.
class VilniusTime {
public:
    VilniusTime()
        : m_old(qgetenv("TZ"))
        , m_had(qEnvironmentVariableIsSet("TZ"))
    {
        qputenv("TZ", "Europe/Vilnius");
        tzset();
    }
    ~VilniusTime()
    {
        if (m_had)
            qputenv("TZ", m_old);
        else
            qunsetenv("TZ");
        tzset();
    }

private:
    QByteArray m_old;
    bool m_had;
};

QDateTime utc(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone::utc());
}

QString stored(const QDateTime& t)
{
    return StoredTime::format(t);
}

QString openCase(Session& s, const QVariantMap& values)
{
    auto id = Cases::create(s, values);
    if (!id)
        FAIL(id.error().toString().toStdString());
    return *id;
}

Record caseRecord(RecordStore& rs, const QString& id)
{
    const auto r = rs.get(QStringLiteral("case"), id);
    REQUIRE(r);
    return *r;
}

struct Team {
    std::unique_ptr<TestDatabase> db;
    QString mara, sam, dana, customer, other;
};

// Mara manages Sam; Dana delivers. Sam owns the customer "Baltic Foods".
Team team()
{
    Team t;
    t.db = TestDatabase::initialised();
    RecordStore& rs = t.db->records();
    t.mara = create(
        rs, QStringLiteral("user"), { { QStringLiteral("name"), QStringLiteral("Mara") } });
    t.sam = create(rs, QStringLiteral("user"),
        { { QStringLiteral("name"), QStringLiteral("Sam") },
            { QStringLiteral("manager_id"), t.mara } });
    t.dana = create(
        rs, QStringLiteral("user"), { { QStringLiteral("name"), QStringLiteral("Dana") } });
    t.customer = create(rs, QStringLiteral("company"),
        { { QStringLiteral("name"), QStringLiteral("Baltic Foods") },
            { QStringLiteral("owner_id"), t.sam },
            { QStringLiteral("status"), QStringLiteral("customer") } });
    t.other = create(rs, QStringLiteral("company"),
        { { QStringLiteral("name"), QStringLiteral("Amber Mills") },
            { QStringLiteral("owner_id"), t.sam },
            { QStringLiteral("status"), QStringLiteral("customer") } });
    return t;
}

} // namespace

TEST_CASE("Case deadlines count working hours only", "[cases]")
{
    VilniusTime vilnius;
    Team t = team();
    Session& s = t.db->session();
    RecordStore& rs = t.db->records();

    SECTION("the default rules")
    {
        auto rules = CaseRules::rules(s);
        REQUIRE(rules);
        REQUIRE(rules->size() == 4);
        CHECK(rules->at(0).priority == QStringLiteral("urgent"));
        CHECK(rules->at(0).respondHours == 4);
        CHECK(rules->at(0).resolveHours == 16);
        CHECK(rules->at(3).priority == QStringLiteral("low"));
        // Removing every rule is a choice that stays: the defaults do not come back.
        for (const CaseRule& r : *rules)
            REQUIRE(rs.remove(QStringLiteral("case_rule"), r.id));
        auto none = CaseRules::rules(s);
        REQUIRE(none);
        CHECK(none->isEmpty());
        const QString id
            = openCase(s, { { QStringLiteral("subject"), QStringLiteral("No rules") } });
        CHECK(caseRecord(rs, id).text(QStringLiteral("resolve_by")).isEmpty());
    }

    SECTION("an urgent case opened on Monday at noon")
    {
        // Monday 2026-06-15 12:00 in Vilnius. Respond in 4 h: 16:00 the same day. Resolve in 16 h:
        // 5 h on Monday, 8 on Tuesday, 3 on Wednesday: Wednesday 12:00.
        t.db->clock().set(utc(2026, 6, 15, 9));
        const QString id = openCase(s,
            { { QStringLiteral("subject"), QStringLiteral("Cooling unit broken") },
                { QStringLiteral("priority"), QStringLiteral("urgent") },
                { QStringLiteral("kind"), QStringLiteral("complaint") },
                { QStringLiteral("company_id"), t.customer } });
        const Record c = caseRecord(rs, id);
        CHECK(c.text(QStringLiteral("respond_by")) == stored(utc(2026, 6, 15, 13)));
        CHECK(c.text(QStringLiteral("resolve_by")) == stored(utc(2026, 6, 17, 9)));
        CHECK(c.text(QStringLiteral("status")) == QStringLiteral("new"));
        CHECK(c.text(QStringLiteral("owner_id")) == t.sam); // the customer's owner
    }

    SECTION("over a weekend")
    {
        // High: respond in 8 h. Friday 14:00 → 3 h on Friday, 5 on Monday: Monday 14:00.
        t.db->clock().set(utc(2026, 6, 19, 11));
        const QString id = openCase(s,
            { { QStringLiteral("subject"), QStringLiteral("Invoice question") },
                { QStringLiteral("priority"), QStringLiteral("high") } });
        CHECK(
            caseRecord(rs, id).text(QStringLiteral("respond_by")) == stored(utc(2026, 6, 22, 11)));
    }

    SECTION("over a public holiday of the team's country")
    {
        // Tuesday 2026-06-23 15:00; Wednesday 24 June is St John's Day in Lithuania. Urgent,
        // resolve in 16 h: 2 h on Tuesday, none on Wednesday, 8 on Thursday, 6 on Friday:
        // Friday 15:00. Without the holiday country it is Thursday 15:00.
        t.db->clock().set(utc(2026, 6, 23, 12));
        const QVariantMap values { { QStringLiteral("subject"), QStringLiteral("Late delivery") },
            { QStringLiteral("priority"), QStringLiteral("urgent") } };
        const QString plain = openCase(s, values);
        CHECK(caseRecord(rs, plain).text(QStringLiteral("resolve_by"))
            == stored(utc(2026, 6, 25, 12)));
        REQUIRE(s.setSetting(QStringLiteral("holiday_country"), QStringLiteral("LT")));
        t.db->clock().set(utc(2026, 6, 23, 12));
        const QString lithuanian = openCase(s, values);
        CHECK(caseRecord(rs, lithuanian).text(QStringLiteral("resolve_by"))
            == stored(utc(2026, 6, 26, 12)));
        // A day off of the team's own (Friday) pushes it to Monday 15:00.
        create(rs, QStringLiteral("holiday"),
            { { QStringLiteral("day"), QDate(2026, 6, 26) },
                { QStringLiteral("name"), QStringLiteral("Team day") } });
        t.db->clock().set(utc(2026, 6, 23, 12));
        const QString teamDay = openCase(s, values);
        CHECK(caseRecord(rs, teamDay).text(QStringLiteral("resolve_by"))
            == stored(utc(2026, 6, 29, 12)));
    }

    SECTION("a new priority moves the deadlines from the time the case was opened")
    {
        t.db->clock().set(utc(2026, 6, 15, 9));
        const QString id = openCase(s, { { QStringLiteral("subject"), QStringLiteral("Noise") } });
        // normal: respond in 16 h: Monday 5 h, Tuesday 8 h, Wednesday 3 h → Wednesday 12:00.
        CHECK(caseRecord(rs, id).text(QStringLiteral("respond_by")) == stored(utc(2026, 6, 17, 9)));
        t.db->clock().set(utc(2026, 6, 16, 9));
        REQUIRE(Cases::update(s, id, { { QStringLiteral("priority"), QStringLiteral("urgent") } }));
        CHECK(
            caseRecord(rs, id).text(QStringLiteral("respond_by")) == stored(utc(2026, 6, 15, 13)));
    }
}

TEST_CASE("A case's status keeps its dates true", "[cases]")
{
    VilniusTime vilnius;
    Team t = team();
    Session& s = t.db->session();
    RecordStore& rs = t.db->records();
    t.db->clock().set(utc(2026, 6, 15, 9));
    const QString id = openCase(s,
        { { QStringLiteral("subject"), QStringLiteral("Wrong pallets") },
            { QStringLiteral("company_id"), t.customer } });

    t.db->clock().set(utc(2026, 6, 15, 10));
    REQUIRE(Cases::update(s, id, { { QStringLiteral("status"), QStringLiteral("in_progress") } }));
    CHECK(caseRecord(rs, id).text(QStringLiteral("responded_at")) == stored(utc(2026, 6, 15, 10)));

    // Resolving needs a resolution: refused, nothing changed.
    auto refused
        = Cases::update(s, id, { { QStringLiteral("status"), QStringLiteral("resolved") } });
    REQUIRE_FALSE(refused);
    CHECK(refused.error().field == QStringLiteral("resolution"));
    CHECK(caseRecord(rs, id).text(QStringLiteral("status")) == QStringLiteral("in_progress"));

    // A score on an open case, or outside 1–5, is refused.
    auto early = Cases::update(s, id, { { QStringLiteral("satisfaction"), 5 } });
    REQUIRE_FALSE(early);
    CHECK(early.error().message
        == QStringLiteral("Satisfaction is recorded once the case is resolved."));

    t.db->clock().set(utc(2026, 6, 16, 8));
    REQUIRE(Cases::update(s, id,
        { { QStringLiteral("status"), QStringLiteral("resolved") },
            { QStringLiteral("resolution"), QStringLiteral("Pallets exchanged") } }));
    Record c = caseRecord(rs, id);
    CHECK(c.text(QStringLiteral("resolved_at")) == stored(utc(2026, 6, 16, 8)));
    CHECK(c.text(QStringLiteral("responded_at")) == stored(utc(2026, 6, 15, 10)));

    auto six = Cases::update(s, id, { { QStringLiteral("satisfaction"), 6 } });
    REQUIRE_FALSE(six);
    CHECK(six.error().message == QStringLiteral("Satisfaction is a score from 1 to 5, not “6”."));
    REQUIRE(Cases::update(s, id, { { QStringLiteral("satisfaction"), 4 } }));

    // Every step is on the company's timeline, at its time.
    QStringList steps;
    for (const TimelineItem& item : Timeline::of(s, QStringLiteral("company"), t.customer)) {
        if (item.kind == TimelineItem::Kind::Case)
            steps << QStringLiteral("%1 %2 %3")
                         .arg(item.when.toString(Qt::ISODate), item.subKind, item.detail);
    }
    steps.sort();
    CHECK(steps
        == QStringList { QStringLiteral("2026-06-15T09:00:00Z new "),
            QStringLiteral("2026-06-15T10:00:00Z in_progress "),
            QStringLiteral("2026-06-16T08:00:00Z resolved Pallets exchanged") });

    // Reopened: no longer resolved, and the score went with the resolution; the first response
    // stays.
    REQUIRE(Cases::update(s, id, { { QStringLiteral("status"), QStringLiteral("in_progress") } }));
    c = caseRecord(rs, id);
    CHECK(c.text(QStringLiteral("resolved_at")).isEmpty());
    CHECK(c.text(QStringLiteral("satisfaction")).isEmpty());
    CHECK(c.text(QStringLiteral("responded_at")) == stored(utc(2026, 6, 15, 10)));
}

TEST_CASE("Overdue and near cases are listed and escalated to the owner's manager once",
    "[cases][escalations]")
{
    VilniusTime vilnius;
    Team t = team();
    Session& s = t.db->session();
    t.db->clock().set(utc(2026, 6, 15, 9)); // Monday 12:00 in Vilnius
    const QString urgent = openCase(s,
        { { QStringLiteral("subject"), QStringLiteral("Cooling unit broken") },
            { QStringLiteral("priority"), QStringLiteral("urgent") },
            { QStringLiteral("company_id"), t.customer } }); // respond by 16:00
    const QString low = openCase(s,
        { { QStringLiteral("subject"), QStringLiteral("Catalogue request") },
            { QStringLiteral("priority"), QStringLiteral("low") },
            { QStringLiteral("company_id"), t.other } });

    auto states = [&](const QDateTime& now) {
        auto list = Cases::open(s, {}, now);
        REQUIRE(list);
        QMap<QString, CaseUrgency> out;
        for (const CaseState& c : *list)
            out.insert(c.id, c.urgency);
        return out;
    };
    CHECK(states(utc(2026, 6, 15, 9)).value(urgent) == CaseUrgency::None);
    CHECK(states(utc(2026, 6, 15, 11)).value(urgent) == CaseUrgency::Near); // 14:00: 2 h left
    CHECK(states(utc(2026, 6, 15, 13, 1)).value(urgent) == CaseUrgency::Overdue);
    CHECK(states(utc(2026, 6, 15, 13, 1)).value(low) == CaseUrgency::None);
    auto attention = Cases::needingAttention(s, { t.sam }, utc(2026, 6, 15, 13, 1));
    REQUIRE(attention);
    REQUIRE(attention->size() == 1);
    CHECK(attention->first().id == urgent);
    CHECK(attention->first().responseDue);

    t.db->clock().set(utc(2026, 6, 15, 13, 1));
    auto first = Escalations::run(s);
    REQUIRE(first);
    REQUIRE(first->size() == 1);
    CHECK(first->first().caseId == urgent);
    CHECK(first->first().managerId == t.mara);
    CHECK(first->first().text
        == QStringLiteral(
            "Nobody has answered the case “Cooling unit broken” of Baltic Foods (Sam) "
            "by its deadline."));
    auto again = Escalations::run(s);
    REQUIRE(again);
    CHECK(again->isEmpty());

    // Answered, but not resolved by Wednesday 12:00: told again, about the resolution.
    REQUIRE(
        Cases::update(s, urgent, { { QStringLiteral("status"), QStringLiteral("in_progress") } }));
    t.db->clock().set(utc(2026, 6, 17, 9, 30));
    auto late = Escalations::run(s);
    REQUIRE(late);
    REQUIRE(late->size() == 1);
    CHECK(late->first().text
        == QStringLiteral("The case “Cooling unit broken” of Baltic Foods (Sam) is past its "
                          "resolution deadline."));
    CHECK(Notifications::unreadCount(s, t.mara) == 2);
}

TEST_CASE("The salesperson hears of a complaint and its resolution", "[cases]")
{
    VilniusTime vilnius;
    Team t = team();
    Session& s = t.db->session();
    const QString id = openCase(s,
        { { QStringLiteral("subject"), QStringLiteral("Damaged boxes") },
            { QStringLiteral("kind"), QStringLiteral("complaint") },
            { QStringLiteral("company_id"), t.customer }, { QStringLiteral("owner_id"), t.dana } });
    QList<Record> told = Notifications::forUser(s, t.sam);
    REQUIRE(told.size() == 1);
    CHECK(told.first().text(QStringLiteral("text"))
        == QStringLiteral("Your customer Baltic Foods has made a complaint: “Damaged boxes”."));
    REQUIRE(Notifications::forUser(s, t.dana).size() == 1); // assigned to her
    REQUIRE(Cases::update(s, id,
        { { QStringLiteral("status"), QStringLiteral("resolved") },
            { QStringLiteral("resolution"), QStringLiteral("Credit note") } }));
    told = Notifications::forUser(s, t.sam);
    REQUIRE(told.size() == 2);
    CHECK(told.first().text(QStringLiteral("text"))
        == QStringLiteral("The case “Damaged boxes” of your customer Baltic Foods is resolved."));
}

TEST_CASE("Winning a deal hands it over: the won stage opens the delivery case and its tasks",
    "[cases][playbooks]")
{
    VilniusTime vilnius;
    Team t = team();
    Session& s = t.db->session();
    RecordStore& rs = t.db->records();
    const QString won = stageNamed(rs, "Handover to delivery");
    const QString action = create(rs, QStringLiteral("playbook_action"),
        { { QStringLiteral("stage_id"), won },
            { QStringLiteral("title"), QStringLiteral("Deliver and install") },
            { QStringLiteral("instructions"), QStringLiteral("Book the fitters") },
            { QStringLiteral("deadline_days"), 10 },
            { QStringLiteral("creates_case"), QStringLiteral("delivery") },
            { QStringLiteral("assignee_id"), t.dana } });
    const QString deal = newDeal(s,
        { { QStringLiteral("title"), QStringLiteral("Cold store") },
            { QStringLiteral("company_id"), t.customer }, { QStringLiteral("owner_id"), t.sam } });
    REQUIRE(DealFlow::win(s, deal));

    ListQuery q;
    q.where << qMakePair(QStringLiteral("deal_id"), QVariant(deal));
    auto cases = rs.list(QStringLiteral("case"), q);
    REQUIRE(cases);
    REQUIRE(cases->size() == 1);
    const Record& delivery = cases->first();
    CHECK(delivery.text(QStringLiteral("kind")) == QStringLiteral("delivery"));
    CHECK(delivery.text(QStringLiteral("subject")) == QStringLiteral("Deliver and install"));
    CHECK(delivery.text(QStringLiteral("owner_id")) == t.dana);
    CHECK(delivery.text(QStringLiteral("company_id")) == t.customer);
    CHECK(delivery.text(QStringLiteral("description")) == QStringLiteral("Book the fitters"));
    const Record task = dealTask(rs, deal, QStringLiteral("playbook_action_id"), action);
    CHECK(task.text(QStringLiteral("owner_id")) == t.dana);
    CHECK(task.text(QStringLiteral("case_id")) == delivery.id);
    // Entering the stage again does not open a second case.
    auto again = Playbooks::enterStage(s, deal);
    REQUIRE(again);
    CHECK(again->isEmpty());
    CHECK(*rs.count(QStringLiteral("case"), q) == 1);
}

TEST_CASE("Satisfaction averages per customer and per salesperson", "[cases]")
{
    VilniusTime vilnius;
    Team t = team();
    Session& s = t.db->session();
    // Baltic Foods: 5 (Sam) and 4 (Dana) → 4.5. Amber Mills: 2 (Sam) → 2.0.
    // Sam: 5 and 2 → 3.5. Dana: 4 → 4.0. An open case and an unscored one do not count.
    auto resolved = [&](const QString& company, const QString& owner, QVariant score) {
        QVariantMap v { { QStringLiteral("subject"), QStringLiteral("Case") },
            { QStringLiteral("company_id"), company }, { QStringLiteral("owner_id"), owner },
            { QStringLiteral("status"), QStringLiteral("resolved") },
            { QStringLiteral("resolution"), QStringLiteral("Done") } };
        if (score.isValid())
            v.insert(QStringLiteral("satisfaction"), score);
        openCase(s, v);
    };
    resolved(t.customer, t.sam, 5);
    resolved(t.customer, t.dana, 4);
    resolved(t.other, t.sam, 2);
    resolved(t.other, t.dana, {});
    openCase(s,
        { { QStringLiteral("subject"), QStringLiteral("Open") },
            { QStringLiteral("company_id"), t.other } });

    CHECK(Cases::satisfactionOfCompany(s, t.customer).count == 2);
    CHECK(Cases::satisfactionOfCompany(s, t.customer).average == Approx(4.5));
    CHECK(Cases::satisfactionOfCompany(s, t.other).average == Approx(2.0));
    CHECK(Cases::satisfactionOfOwner(s, t.sam).average == Approx(3.5));
    CHECK(Cases::satisfactionOfOwner(s, t.dana).count == 1);
    CHECK(Cases::satisfactionOfOwner(s, t.dana).average == Approx(4.0));
    CHECK(Cases::satisfactionOfOwner(s, t.mara).count == 0);
}

TEST_CASE("No sales letter goes to a customer with an open complaint", "[cases][dormant]")
{
    VilniusTime vilnius;
    Team t = team();
    Session& s = t.db->session();
    RecordStore& rs = t.db->records();
    // Both customers last bought 200 days ago: both are dormant by "No purchase in 6 months".
    for (const QString& company : { t.customer, t.other })
        create(rs, QStringLiteral("deal"),
            { { QStringLiteral("title"), QStringLiteral("Order") },
                { QStringLiteral("company_id"), company },
                { QStringLiteral("status"), QStringLiteral("won") },
                { QStringLiteral("won_at"), utc(2025, 11, 27, 12) } });
    const QString complaint = openCase(s,
        { { QStringLiteral("subject"), QStringLiteral("Damaged boxes") },
            { QStringLiteral("kind"), QStringLiteral("complaint") },
            { QStringLiteral("company_id"), t.customer } });
    openCase(s,
        { { QStringLiteral("subject"), QStringLiteral("Price list") },
            { QStringLiteral("kind"), QStringLiteral("question") },
            { QStringLiteral("company_id"), t.other } });

    auto rules = DormantRules::rules(s);
    REQUIRE(rules);
    QString rule;
    for (const DormantRule& r : *rules) {
        if (r.kind == QLatin1String("no_purchase"))
            rule = r.id;
    }
    const QDate today(2026, 6, 15);
    auto list = DormantRules::candidates(s, rule, today);
    REQUIRE(list);
    REQUIRE(list->size() == 2);
    QMap<QString, DormantCandidate> byId;
    for (const DormantCandidate& c : *list)
        byId.insert(c.companyId, c);
    CHECK(byId.value(t.customer).openCases == 1);
    CHECK(byId.value(t.customer).openComplaints == 1);
    CHECK(byId.value(t.other).openCases == 1); // a question is no reason to keep quiet
    CHECK(byId.value(t.other).openComplaints == 0);

    auto refused = DormantRules::propose(s, rule, { t.other, t.customer }, today);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message
        == QStringLiteral("“Baltic Foods” has an open complaint: resolve it before sending a sales "
                          "letter."));
    ListQuery tasks;
    tasks.where << qMakePair(QStringLiteral("company_id"), QVariant(t.other));
    CHECK(*rs.count(QStringLiteral("task"), tasks) == 0); // all or nothing

    REQUIRE(DormantRules::propose(s, rule, { t.other }, today));
    REQUIRE(Cases::update(s, complaint,
        { { QStringLiteral("status"), QStringLiteral("resolved") },
            { QStringLiteral("resolution"), QStringLiteral("Replaced") } }));
    auto now = DormantRules::propose(s, rule, { t.customer }, today);
    REQUIRE(now);
    CHECK(now->size() == 1);
}
