// Demo data has a history: records are dated by their story (created_at), deals walk the pipeline
// stage by stage in the change log, and salespeople have monthly targets.
#include "TestDatabase.h"

#include "domain/FieldFormat.h"
#include "services/DemoData.h"
#include "services/DemoGenerator.h"
#include "store/Session.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>

using namespace tandem;
using tandem::test::TestDatabase;

namespace {

// The TestDatabase clock starts here and only moves 1 ms per reading.
const QDateTime kNow(QDate(2026, 6, 15), QTime(9, 0), Qt::UTC);

std::unique_ptr<TestDatabase> demoDatabase(int contacts)
{
    auto db = TestDatabase::initialised();
    DemoOptions options;
    options.contacts = contacts;
    options.seed = 3;
    auto result = generateDemo(db->session(), options);
    if (!result)
        FAIL(result.error().toString().toStdString());
    return db;
}

QList<Record> all(RecordStore& rs, const QString& entity)
{
    auto rows = rs.list(entity);
    REQUIRE(rows.ok());
    return *rows;
}

QDateTime timeOf(const Record& r, const char* field)
{
    return QDateTime::fromString(r.text(QLatin1String(field)), Qt::ISODateWithMs);
}

QDateTime timeOf(const QVariant& v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

QHash<QString, Record> byId(const QList<Record>& records)
{
    QHash<QString, Record> out;
    for (const Record& r : records)
        out.insert(r.id, r);
    return out;
}

// One stage move as the change log holds it.
struct Move {
    quint64 hlc = 0;
    QString stageId;
    QDateTime entered;
};

} // namespace

TEST_CASE("Demo records are dated by their story, over two years", "[demo][history]")
{
    auto db = demoDatabase(600);
    RecordStore& rs = db->records();
    const QDateTime twoYearsAgo = kNow.addDays(-731);

    const QHash<QString, Record> companies = byId(all(rs, QStringLiteral("company")));
    const QHash<QString, Record> leads = byId(all(rs, QStringLiteral("lead")));
    const QList<Record> deals = all(rs, QStringLiteral("deal"));

    // Deals were made in most months of the last two years, each before it closed, after its
    // lead was converted, and after its company was on record.
    QSet<QString> dealMonths;
    for (const Record& d : deals) {
        const QDateTime made = timeOf(d, "created_at");
        INFO(d.text(QStringLiteral("title")).toStdString() + " made "
            + made.toString(Qt::ISODate).toStdString());
        dealMonths << made.toString(QStringLiteral("yyyy-MM"));
        CHECK(made >= twoYearsAgo.addDays(-1));
        CHECK(made <= kNow.addSecs(60));
        const QString status = d.text(QStringLiteral("status"));
        if (status == QLatin1String("won"))
            CHECK(made <= timeOf(d, "won_at"));
        if (status == QLatin1String("lost"))
            CHECK(made <= timeOf(d, "lost_at"));
        CHECK(made <= timeOf(d, "stage_entered_at"));
        const Record& company = companies[d.text(QStringLiteral("company_id"))];
        CHECK(timeOf(company, "created_at") < made);
        const QString leadId = d.text(QStringLiteral("lead_id"));
        if (!leadId.isEmpty())
            CHECK(made >= timeOf(leads[leadId], "converted_at"));
    }
    CHECK(dealMonths.size() >= 20);

    // Leads came in over the two years: converted ones before their conversion, new ones in the
    // last days, lost ones long ago as well as lately.
    QSet<QString> leadMonths;
    int oldLost = 0;
    for (const Record& l : leads) {
        const QDateTime made = timeOf(l, "created_at");
        leadMonths << made.toString(QStringLiteral("yyyy-MM"));
        CHECK(made <= kNow.addSecs(60));
        const QString status = l.text(QStringLiteral("status"));
        if (status == QLatin1String("converted"))
            CHECK(made < timeOf(l, "converted_at"));
        if (status == QLatin1String("new"))
            CHECK(made >= kNow.addDays(-4));
        if (status == QLatin1String("lost") && made < kNow.addDays(-365))
            ++oldLost;
    }
    CHECK(leadMonths.size() >= 15);
    CHECK(oldLost > 0);

    // People are on record with or after their company, and before today's calendar.
    for (const Record& c : all(rs, QStringLiteral("contact"))) {
        const QDateTime made = timeOf(c, "created_at");
        CHECK(made >= timeOf(companies[c.text(QStringLiteral("company_id"))], "created_at"));
        CHECK(made <= kNow.addDays(-14).addSecs(60));
    }

    // Campaigns were planned before they started (the coming one: by now); calls came after the
    // contact was known.
    for (const Record& c : all(rs, QStringLiteral("campaign"))) {
        CHECK(timeOf(c, "created_at").date() < c.value(QStringLiteral("starts_on")).toDate());
        CHECK(timeOf(c, "created_at") <= kNow.addSecs(60));
    }
    const QHash<QString, Record> contacts = byId(all(rs, QStringLiteral("contact")));
    int logged = 0;
    for (const Record& a : all(rs, QStringLiteral("activity"))) {
        if (a.text(QStringLiteral("kind")) != QLatin1String("call")
            || !a.value(QStringLiteral("done")).toBool()
            || a.text(QStringLiteral("contact_id")).isEmpty())
            continue;
        // Logged when it ended, or booked before it was made (the calendar's).
        CHECK(timeOf(a, "created_at") <= timeOf(a, "done_at"));
        logged += timeOf(a, "created_at") == timeOf(a, "done_at") ? 1 : 0;
        CHECK(timeOf(a, "starts_at")
            >= timeOf(contacts[a.text(QStringLiteral("contact_id"))], "created_at"));
    }
    CHECK(logged > 500);

    // The write path's own clock is back once the demo is written.
    const QString id = test::create(rs, QStringLiteral("company"),
        { { QStringLiteral("name"), QStringLiteral("Made after the demo") } });
    CHECK(timeOf(*rs.get(QStringLiteral("company"), id), "created_at") >= kNow);
}

TEST_CASE("Demo deals walk the pipeline stage by stage in the change log", "[demo][history]")
{
    auto db = demoDatabase(300);
    RecordStore& rs = db->records();
    QStringList openStages;
    QString wonStage;
    ListQuery byPosition;
    byPosition.orderBy = QStringLiteral("position");
    const auto stages = rs.list(QStringLiteral("stage"), byPosition);
    REQUIRE(stages.ok());
    for (const Record& s : *stages) {
        if (s.text(QStringLiteral("kind")) == QLatin1String("won"))
            wonStage = s.id;
        else if (s.text(QStringLiteral("kind")) != QLatin1String("lost"))
            openStages << s.id;
    }
    REQUIRE(openStages.size() == 5);

    int won = 0, lost = 0, movedOpen = 0;
    for (const Record& d : all(rs, QStringLiteral("deal"))) {
        INFO(d.text(QStringLiteral("title")).toStdString());
        const QList<Change> log = db->session().changeLog().forRecord(QStringLiteral("deal"), d.id);
        REQUIRE(log.first().op == ChangeOp::Create);
        // Made in the first stage, in it since it was made.
        const QJsonObject made
            = QJsonDocument::fromJson(log.first().value.toString().toUtf8()).object();
        CHECK(made.value(QStringLiteral("stage_id")).toString() == openStages.first());
        CHECK(made.value(QStringLiteral("status")).toString() == QStringLiteral("open"));
        CHECK(made.value(QStringLiteral("stage_entered_at")).toString()
            == made.value(QStringLiteral("created_at")).toString());

        // Each move sets the stage and when it was entered in one write, in the stages' order.
        QList<Move> moves;
        quint64 closedHlc = 0;
        for (const Change& c : log.mid(1)) {
            if (c.field == QLatin1String("stage_id")
                || c.field == QLatin1String("stage_entered_at")) {
                if (moves.isEmpty() || moves.last().hlc != c.hlc)
                    moves.append(Move { c.hlc, {}, {} });
                if (c.field == QLatin1String("stage_id"))
                    moves.last().stageId = c.value.toString();
                else
                    moves.last().entered = timeOf(c.value);
            } else if (c.field == QLatin1String("status")) {
                closedHlc = c.hlc;
            }
        }
        QDateTime previous = timeOf(made.value(QStringLiteral("created_at")).toVariant());
        for (int k = 0; k < moves.size(); ++k) {
            CHECK_FALSE(moves[k].stageId.isEmpty());
            REQUIRE(moves[k].entered.isValid());
            CHECK(moves[k].entered >= previous);
            previous = moves[k].entered;
            if (k + 1 < moves.size() || moves[k].stageId != wonStage)
                CHECK(moves[k].stageId == openStages.value(k + 1));
        }
        const QString status = d.text(QStringLiteral("status"));
        const QString stage = d.text(QStringLiteral("stage_id"));
        if (status == QLatin1String("won")) {
            ++won;
            // Through every open stage, then won at won_at, in the same write as the status.
            REQUIRE(moves.size() == openStages.size());
            CHECK(moves.last().stageId == wonStage);
            CHECK(moves.last().entered == timeOf(d, "won_at"));
            CHECK(moves.last().hlc == closedHlc);
        } else if (status == QLatin1String("lost")) {
            ++lost;
            // Moved up to the stage where it was lost, lost afterwards, having spent time there.
            CHECK(moves.size() == openStages.indexOf(stage));
            CHECK(closedHlc > (moves.isEmpty() ? log.first().hlc : moves.last().hlc));
            CHECK(timeOf(d, "stage_entered_at") < timeOf(d, "lost_at"));
        } else {
            CHECK(moves.size() == openStages.indexOf(stage));
            CHECK(closedHlc == 0);
            movedOpen += moves.isEmpty() ? 0 : 1;
        }
        // The deal ends as the board shows it: in its stage since the last move.
        if (!moves.isEmpty())
            CHECK(timeOf(d, "stage_entered_at") == moves.last().entered);
    }
    CHECK(won > 10);
    CHECK(lost > 5);
    CHECK(movedOpen > 10);
}

TEST_CASE("Demo salespeople have monthly targets sized from what they win", "[demo][history]")
{
    auto db = demoDatabase(600);
    RecordStore& rs = db->records();
    QHash<QString, QString> roles;
    for (const Record& u : all(rs, QStringLiteral("user")))
        roles.insert(u.id, u.text(QStringLiteral("role")));
    // What each salesperson won over the two years, in euro.
    QHash<QString, double> wonEuro;
    for (const Record& d : all(rs, QStringLiteral("deal"))) {
        if (d.text(QStringLiteral("status")) != QLatin1String("won"))
            continue;
        const QString currency = d.text(QStringLiteral("currency"));
        wonEuro[d.text(QStringLiteral("owner_id"))] += d.value(QStringLiteral("amount")).toDouble()
            / std::pow(10, currencyMinorDigits(currency)) / demo::perEuro(currency);
    }

    QHash<QString, QList<Record>> targetsOf;
    for (const Record& t : all(rs, QStringLiteral("target")))
        targetsOf[t.text(QStringLiteral("user_id"))] << t;
    int salespeople = 0;
    for (auto it = roles.cbegin(); it != roles.cend(); ++it) {
        INFO(it.value().toStdString());
        if (it.value() != QLatin1String("salesperson")) {
            CHECK(targetsOf.value(it.key()).isEmpty());
            continue;
        }
        ++salespeople;
        QList<Record> targets = targetsOf.value(it.key());
        std::sort(targets.begin(), targets.end(), [](const Record& a, const Record& b) {
            return a.text(QStringLiteral("period_start")) < b.text(QStringLiteral("period_start"));
        });
        // A year back, this month and three ahead: June 2025 to September 2026.
        REQUIRE(targets.size() == 16);
        CHECK(targets.first().text(QStringLiteral("period_start")) == QStringLiteral("2025-06-01"));
        CHECK(targets.last().text(QStringLiteral("period_start")) == QStringLiteral("2026-09-01"));
        const QString currency = targets.first().text(QStringLiteral("currency"));
        CHECK(QStringList { "EUR", "PLN", "UAH", "RON", "MDL", "GBP" }.contains(currency));
        for (const Record& t : targets) {
            CHECK(t.text(QStringLiteral("period")) == QStringLiteral("month"));
            CHECK(t.text(QStringLiteral("currency")) == currency);
            CHECK(t.value(QStringLiteral("deals")).toInt() >= 1);
            CHECK(t.value(QStringLiteral("activities")).toInt() >= 10);
            CHECK(timeOf(t, "created_at") <= kNow.addSecs(60));
        }
        // A tenth above the monthly average of what they won, rounded to two digits.
        if (wonEuro.value(it.key()) > 0) {
            const double monthly = wonEuro.value(it.key()) / (730 / 30.4) * 1.1;
            const double first = targets.first().value(QStringLiteral("revenue")).toDouble()
                / std::pow(10, currencyMinorDigits(currency)) / demo::perEuro(currency);
            CHECK(first == Approx(monthly).epsilon(0.06));
        }
        CHECK(targets.last().value(QStringLiteral("revenue")).toLongLong()
            > targets.first().value(QStringLiteral("revenue")).toLongLong());
    }
    CHECK(salespeople == 2);
}
