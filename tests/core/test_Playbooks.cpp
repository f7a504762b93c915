// A stage's playbook for a deal: entering a stage hands out its tasks with deadlines, owners and
// priorities, conditions branch the playbook, and the checklist shows what is done and overdue.
#include "SalesTestSupport.h"
#include "TestDatabase.h"

#include "services/DealFlow.h"
#include "services/PlaybookCondition.h"
#include "services/Playbooks.h"

#include <catch2/catch.hpp>

using namespace tandem;
using namespace tandem::test;

namespace {

// The stage's first playbook action.
QString firstActionOf(RecordStore& rs, const QString& stageId)
{
    ListQuery q;
    q.where << qMakePair(QStringLiteral("stage_id"), QVariant(stageId));
    q.orderBy = QStringLiteral("position");
    auto rows = rs.list(QStringLiteral("playbook_action"), q);
    REQUIRE(rows);
    REQUIRE_FALSE(rows->isEmpty());
    return rows->first().id;
}

// The deal's live tasks, by subject.
QMap<QString, Record> tasksOf(RecordStore& rs, const QString& dealId)
{
    QMap<QString, Record> out;
    for (const Record& r : liveTasks(rs, dealId)) {
        CHECK_FALSE(out.contains(r.text(QStringLiteral("subject")))); // never twice
        out.insert(r.text(QStringLiteral("subject")), r);
    }
    return out;
}

QDateTime timeOf(const Record& r, const char* field)
{
    return QDateTime::fromString(r.text(QLatin1String(field)), Qt::ISODateWithMs);
}

QString newDeal(Session& s, const char* title, qint64 amountMinor = -1)
{
    QVariantMap v { { QStringLiteral("title"), QString::fromUtf8(title) } };
    if (amountMinor >= 0)
        v.insert(QStringLiteral("amount"), amountMinor);
    return tandem::test::newDeal(s, v);
}

} // namespace

TEST_CASE("Entering a stage hands out its tasks with deadline, owner and priority", "[playbooks]")
{
    auto db = TestDatabase::initialised();
    Session& s = db->session();
    RecordStore& rs = db->records();
    const QString tester = s.currentUserId();
    const QString boss = create(
        rs, QStringLiteral("user"), { { QStringLiteral("name"), QStringLiteral("Mara Boss") } });
    REQUIRE(rs.update(QStringLiteral("user"), tester, { { QStringLiteral("manager_id"), boss } }));
    const QString company = create(
        rs, QStringLiteral("company"), { { QStringLiteral("name"), QStringLiteral("UAB Medis") } });
    const QString qualification = stageNamed(rs, "Qualification");
    create(rs, QStringLiteral("playbook_action"),
        { { QStringLiteral("stage_id"), qualification },
            { QStringLiteral("title"), QStringLiteral("Approve the discount") },
            { QStringLiteral("deadline_days"), 2 }, { QStringLiteral("hard_deadline"), true },
            { QStringLiteral("assignee_role"), QStringLiteral("manager") },
            { QStringLiteral("position"), 1 } });

    auto id = DealFlow::create(s,
        { { QStringLiteral("title"), QStringLiteral("Windows for the school") },
            { QStringLiteral("company_id"), company } });
    REQUIRE(id);

    // On creation: the Introduction task, due three days after the deal entered the stage.
    auto tasks = tasksOf(rs, *id);
    REQUIRE(tasks.keys() == QStringList { QStringLiteral("First call or meeting") });
    const Record intro = tasks.first();
    const QDateTime entered = timeOf(dealRecord(rs, *id), "stage_entered_at");
    CHECK(entered.date() == QDate(2026, 6, 15));
    CHECK(timeOf(intro, "due_at") == entered.addDays(3));
    CHECK(intro.text(QStringLiteral("owner_id")) == tester);
    CHECK(intro.text(QStringLiteral("priority")) == QStringLiteral("normal"));
    CHECK(intro.text(QStringLiteral("notes"))
        == QStringLiteral("Introduce the company and learn who decides."));
    CHECK(intro.text(QStringLiteral("company_id")) == company);
    CHECK(intro.text(QStringLiteral("playbook_action_id"))
        == firstActionOf(rs, stageNamed(rs, "Introduction")));
    CHECK_FALSE(intro.value(QStringLiteral("done")).toBool());

    // Two days later the deal is qualified: its two actions become tasks, dated from the move.
    db->clock().advanceMs(2LL * 24 * 3600 * 1000);
    REQUIRE(DealFlow::move(s, *id, qualification));
    tasks = tasksOf(rs, *id);
    REQUIRE(tasks.size() == 3);
    const QDateTime moved = timeOf(dealRecord(rs, *id), "stage_entered_at");
    CHECK(moved.date() == QDate(2026, 6, 17));
    const Record qualify = tasks.value(QStringLiteral("Qualify needs and budget"));
    CHECK(timeOf(qualify, "due_at") == moved.addDays(7));
    CHECK(qualify.text(QStringLiteral("owner_id")) == tester);
    CHECK(qualify.text(QStringLiteral("priority")) == QStringLiteral("normal"));
    const Record approve = tasks.value(QStringLiteral("Approve the discount"));
    CHECK(timeOf(approve, "due_at") == moved.addDays(2));
    CHECK(approve.text(QStringLiteral("owner_id")) == boss); // the manager's job
    CHECK(approve.text(QStringLiteral("priority")) == QStringLiteral("high"));

    SECTION("Without a manager, the owner does the manager's step")
    {
        REQUIRE(rs.update(
            QStringLiteral("user"), tester, { { QStringLiteral("manager_id"), QVariant() } }));
        auto other = newDeal(s, "Doors");
        REQUIRE(DealFlow::move(s, other, qualification));
        CHECK(tasksOf(rs, other)
                  .value(QStringLiteral("Approve the discount"))
                  .text(QStringLiteral("owner_id"))
            == tester);
    }
}

TEST_CASE("Re-entering a stage does not hand out its tasks twice", "[playbooks]")
{
    auto db = TestDatabase::initialised();
    Session& s = db->session();
    RecordStore& rs = db->records();
    const QString deal = newDeal(s, "Roof repair");
    const QString intro = stageNamed(rs, "Introduction");
    const QString qualification = stageNamed(rs, "Qualification");

    REQUIRE(DealFlow::move(s, deal, qualification));
    REQUIRE(DealFlow::move(s, deal, intro));
    REQUIRE(DealFlow::move(s, deal, qualification));
    CHECK(tasksOf(rs, deal).size() == 2); // tasksOf fails on a duplicate subject

    auto again = Playbooks::enterStage(s, deal);
    REQUIRE(again);
    CHECK(again->isEmpty());

    SECTION("An action added to the stage later is handed out on the next entry")
    {
        create(rs, QStringLiteral("playbook_action"),
            { { QStringLiteral("stage_id"), qualification },
                { QStringLiteral("title"), QStringLiteral("Visit the site") },
                { QStringLiteral("position"), 5 } });
        auto added = Playbooks::enterStage(s, deal);
        REQUIRE(added);
        CHECK(added->size() == 1);
        CHECK(tasksOf(rs, deal).contains(QStringLiteral("Visit the site")));
    }
}

TEST_CASE("A condition adds an approval step only for big deals", "[playbooks]")
{
    auto db = TestDatabase::initialised();
    Session& s = db->session();
    RecordStore& rs = db->records();
    const QString proposal = stageNamed(rs, "Proposal");
    create(rs, QStringLiteral("playbook_action"),
        { { QStringLiteral("stage_id"), proposal },
            { QStringLiteral("title"), QStringLiteral("Manager approval of the offer") },
            { QStringLiteral("condition"), QStringLiteral("amount > 10000") },
            { QStringLiteral("required"), true }, { QStringLiteral("position"), 1 } });

    const QString small = newDeal(s, "Small order", 500000); // 5,000.00 EUR
    const QString exact = newDeal(s, "Even order", 1000000); // 10,000.00 is not more than 10,000
    const QString big = newDeal(s, "Big order", 2500000); // 25,000.00
    for (const QString& d : { small, exact, big })
        REQUIRE(DealFlow::move(s, d, proposal));

    CHECK_FALSE(tasksOf(rs, small).contains(QStringLiteral("Manager approval of the offer")));
    CHECK_FALSE(tasksOf(rs, exact).contains(QStringLiteral("Manager approval of the offer")));
    CHECK(tasksOf(rs, big).contains(QStringLiteral("Manager approval of the offer")));

    // The checklist lists the branch for both, with a task only where it applies; only the big
    // deal has it to do.
    const auto smallList = Playbooks::checklist(s, small);
    REQUIRE(smallList.size() == 2);
    CHECK(smallList.at(1).title == QStringLiteral("Manager approval of the offer"));
    CHECK(smallList.at(1).taskId.isEmpty());
    const auto bigList = Playbooks::checklist(s, big);
    REQUIRE(bigList.size() == 2);
    CHECK_FALSE(bigList.at(1).taskId.isEmpty());
    CHECK(Playbooks::missingRequirements(s, small).isEmpty());
    CHECK(Playbooks::missingRequirements(s, big)
        == QStringList { QStringLiteral("Manager approval of the offer") });
}

TEST_CASE("The checklist shows each step's task, deadline and state", "[playbooks]")
{
    auto db = TestDatabase::initialised();
    Session& s = db->session();
    RecordStore& rs = db->records();
    const QString intro = stageNamed(rs, "Introduction");
    REQUIRE(rs.update(QStringLiteral("playbook_action"), firstActionOf(rs, intro),
        { { QStringLiteral("hard_deadline"), true },
            { QStringLiteral("template"), QStringLiteral("intro-letter") } }));
    create(rs, QStringLiteral("playbook_action"),
        { { QStringLiteral("stage_id"), intro },
            { QStringLiteral("title"), QStringLiteral("Note the decision maker") },
            { QStringLiteral("instructions"), QStringLiteral("Who signs?") },
            { QStringLiteral("position"), 1 } });
    const QString deal = newDeal(s, "Boilers");

    auto list = Playbooks::checklist(s, deal);
    REQUIRE(list.size() == 2);
    const ChecklistItem first = list.at(0);
    CHECK(first.title == QStringLiteral("First call or meeting"));
    CHECK(first.templateName == QStringLiteral("intro-letter"));
    CHECK(first.hardDeadline);
    CHECK_FALSE(first.required);
    CHECK(first.due.date() == QDate(2026, 6, 18));
    CHECK_FALSE(first.overdue);
    CHECK_FALSE(first.done);
    const ChecklistItem second = list.at(1);
    CHECK(second.title == QStringLiteral("Note the decision maker"));
    CHECK(second.instructions == QStringLiteral("Who signs?"));
    CHECK_FALSE(second.due.isValid()); // no deadline
    CHECK(Playbooks::missingRequirements(s, deal).isEmpty()); // nothing is required yet

    // Four days on, the first step is overdue; the undated one never is.
    db->clock().advanceMs(4LL * 24 * 3600 * 1000);
    list = Playbooks::checklist(s, deal);
    CHECK(list.at(0).overdue);
    CHECK_FALSE(list.at(1).overdue);

    // A stage that requires its checklist makes every step required.
    REQUIRE(rs.update(
        QStringLiteral("stage"), intro, { { QStringLiteral("requires_checklist"), true } }));
    CHECK(Playbooks::missingRequirements(s, deal)
        == QStringList {
            QStringLiteral("First call or meeting"), QStringLiteral("Note the decision maker") });

    // Marking the task done is all it takes.
    REQUIRE(
        rs.update(QStringLiteral("task"), list.at(0).taskId, { { QStringLiteral("done"), true } }));
    list = Playbooks::checklist(s, deal);
    CHECK(list.at(0).done);
    CHECK_FALSE(list.at(0).overdue);
    CHECK(Playbooks::missingRequirements(s, deal)
        == QStringList { QStringLiteral("Note the decision maker") });
}

TEST_CASE("A condition that cannot be read says what is wrong", "[playbooks]")
{
    CHECK(PlaybookCondition::validate(QString()).ok());
    CHECK(PlaybookCondition::validate(QStringLiteral("  amount > 10000 ")).ok());
    CHECK(PlaybookCondition::validate(QStringLiteral("amount>=10000.50")).ok());
    CHECK(PlaybookCondition::validate(QStringLiteral("source = 'web_form'")).ok());
    CHECK(PlaybookCondition::validate(QStringLiteral("owner_id != abc")).ok());

    auto problem = [](const char* condition) {
        auto r = PlaybookCondition::validate(QString::fromUtf8(condition));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().field == QStringLiteral("condition"));
        return r.error().message;
    };
    CHECK(problem("amout > 5").contains(QStringLiteral("'amout'")));
    CHECK(problem("amount => 5").contains(QStringLiteral("'=>'")));
    CHECK(problem("amount ~ 5").contains(QStringLiteral(">=")));
    CHECK(problem("amount >").contains(QStringLiteral("no value")));
    CHECK(problem("amount > lots").contains(QStringLiteral("'lots' is not a number")));
    CHECK(problem("> 5").contains(QStringLiteral("starts with a deal field")));
    CHECK(problem("amount 5").contains(QStringLiteral("comparison")));
}

TEST_CASE("A condition compares a deal's amount in major units, text ignoring case", "[playbooks]")
{
    auto deal = [](QVariantMap fields) {
        Record r;
        r.entity = QStringLiteral("deal");
        r.fields = fields;
        return r;
    };
    const Record eur = deal({ { QStringLiteral("amount"), qint64(1000001) },
        { QStringLiteral("currency"), QStringLiteral("EUR") },
        { QStringLiteral("source"), QStringLiteral("web_form") } });
    auto holds = [](const char* condition, const Record& r) {
        auto h = PlaybookCondition::holds(QString::fromUtf8(condition), r);
        if (!h)
            FAIL(h.error().message.toStdString());
        return *h;
    };
    CHECK(holds("amount > 10000", eur));
    CHECK_FALSE(holds("amount > 10000.01", eur));
    CHECK(holds("amount >= 10000.01", eur));
    CHECK(holds("amount <= 10000.01", eur));
    CHECK_FALSE(holds("amount < 10000", eur));
    CHECK(holds("amount != 10000", eur));
    CHECK(holds("amount = 10000.01", eur));
    CHECK(holds("source = Web_Form", eur));
    CHECK(holds("source != referral", eur));
    CHECK_FALSE(holds("source = \"referral\"", eur));
    CHECK(holds("", eur));

    // Yen have no minor units: 20000 JPY is more than 10000.
    const Record yen = deal({ { QStringLiteral("amount"), qint64(20000) },
        { QStringLiteral("currency"), QStringLiteral("JPY") } });
    CHECK(holds("amount > 10000", yen));
    CHECK_FALSE(PlaybookCondition::holds(QStringLiteral("amount > 10000.5"), yen).ok());

    // A deal without an amount is not known to be big, nor small.
    const Record undecided = deal({ { QStringLiteral("currency"), QStringLiteral("EUR") } });
    CHECK_FALSE(holds("amount > 10000", undecided));
    CHECK_FALSE(holds("amount < 10000", undecided));
    CHECK_FALSE(holds("source = web_form", undecided));
    CHECK(holds("source != web_form", undecided));
}
