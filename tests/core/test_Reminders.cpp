// Reminders fire at the right instant (before meetings, at a task's due time, on a contact's
// next-contact date), stay due until snoozed or dismissed, and list what fired while closed.
#include "TestDatabase.h"

#include "services/Reminders.h"

#include <QTimeZone>
#include <catch2/catch.hpp>

using namespace tandem;
using namespace tandem::test;

namespace {

const QTimeZone kVilnius("Europe/Vilnius");

QDateTime utcAt(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone::utc());
}

QDateTime vilniusAt(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), kVilnius);
}

QString meeting(RecordStore& rs, const QString& owner, const QString& subject,
    const QDateTime& start, int minutes = 60, const QVariantMap& more = {})
{
    QVariantMap values { { QStringLiteral("kind"), QStringLiteral("meeting") },
        { QStringLiteral("subject"), subject }, { QStringLiteral("owner_id"), owner },
        { QStringLiteral("starts_at"), start },
        { QStringLiteral("ends_at"), start.addSecs(minutes * 60) } };
    values.insert(more);
    return create(rs, QStringLiteral("activity"), values);
}

QString task(RecordStore& rs, const QString& owner, const QString& subject, const QDateTime& due,
    const QVariantMap& more = {})
{
    QVariantMap values { { QStringLiteral("kind"), QStringLiteral("task") },
        { QStringLiteral("subject"), subject }, { QStringLiteral("owner_id"), owner },
        { QStringLiteral("due_at"), due } };
    values.insert(more);
    return create(rs, QStringLiteral("activity"), values);
}

QStringList titles(const QList<Reminder>& list)
{
    QStringList out;
    for (const Reminder& r : list)
        out << r.title;
    return out;
}

QList<Reminder> dueAt(TestDatabase& db, const QString& user, const QDateTime& now)
{
    return Reminders::due(db.session(), user, now, kVilnius);
}

} // namespace

TEST_CASE("A meeting with a 15-minute reminder fires at 09:45, not a minute earlier", "[reminders]")
{
    auto db = TestDatabase::initialised();
    const QString me = db->session().currentUserId();
    meeting(db->records(), me, QStringLiteral("Offer review"), vilniusAt(2026, 6, 16, 10, 0), 60,
        { { QStringLiteral("reminder_minutes"), 15 } });

    CHECK(dueAt(*db, me, vilniusAt(2026, 6, 16, 9, 44)).isEmpty());
    const QList<Reminder> due = dueAt(*db, me, vilniusAt(2026, 6, 16, 9, 45));
    REQUIRE(titles(due) == QStringList { QStringLiteral("Offer review") });
    CHECK(due.first().fireAt == vilniusAt(2026, 6, 16, 9, 45));
    CHECK(due.first().when == vilniusAt(2026, 6, 16, 10, 0));
    CHECK(due.first().kind == QLatin1String("meeting"));
    CHECK(due.first().entity == QLatin1String("activity"));

    SECTION("the next fire time is what a timer sleeps until")
    {
        const QList<Reminder> next = Reminders::upcoming(db->session(), me,
            vilniusAt(2026, 6, 16, 8, 0), vilniusAt(2026, 6, 17, 8, 0), kVilnius);
        REQUIRE(next.size() == 1);
        CHECK(next.first().fireAt == vilniusAt(2026, 6, 16, 9, 45));
    }
    SECTION("it stays due through the meeting, and no longer a day after it ended")
    {
        CHECK(dueAt(*db, me, vilniusAt(2026, 6, 17, 10, 59)).size() == 1);
        CHECK(dueAt(*db, me, vilniusAt(2026, 6, 17, 11, 1)).isEmpty());
    }
}

TEST_CASE(
    "Meetings without their own reminder use the team default; 'off' turns it off", "[reminders]")
{
    auto db = TestDatabase::initialised();
    const QString me = db->session().currentUserId();
    meeting(db->records(), me, QStringLiteral("Standup"), vilniusAt(2026, 6, 16, 10, 0));
    meeting(db->records(), me, QStringLiteral("Quiet one"), vilniusAt(2026, 6, 16, 10, 0), 30,
        { { QStringLiteral("reminder_minutes"), -1 } });
    create(db->records(), QStringLiteral("activity"),
        { { QStringLiteral("kind"), QStringLiteral("note") },
            { QStringLiteral("subject"), QStringLiteral("A note") },
            { QStringLiteral("owner_id"), me },
            { QStringLiteral("starts_at"), vilniusAt(2026, 6, 16, 9, 0) } });

    CHECK(dueAt(*db, me, vilniusAt(2026, 6, 16, 9, 44)).isEmpty());
    CHECK(titles(dueAt(*db, me, vilniusAt(2026, 6, 16, 9, 45)))
        == QStringList { QStringLiteral("Standup") });

    REQUIRE(
        db->session().setSetting(QStringLiteral("reminder_default_minutes"), QStringLiteral("30")));
    CHECK(titles(dueAt(*db, me, vilniusAt(2026, 6, 16, 9, 30)))
        == QStringList { QStringLiteral("Standup") });
    REQUIRE(db->session().setSetting(
        QStringLiteral("reminder_default_minutes"), QStringLiteral("off")));
    CHECK(dueAt(*db, me, vilniusAt(2026, 6, 16, 10, 5)).isEmpty());
}

TEST_CASE("A weekly meeting fires for its next occurrence after the DST change at the right "
          "instant",
    "[reminders]")
{
    auto db = TestDatabase::initialised();
    const QString me = db->session().currentUserId();
    // Fridays 10:00 in Vilnius: 08:00 UTC in winter, 07:00 UTC after the switch on 29 March.
    const QString id = meeting(db->records(), me, QStringLiteral("Weekly sales"),
        vilniusAt(2026, 3, 20, 10, 0), 60,
        { { QStringLiteral("reminder_minutes"), 15 },
            { QStringLiteral("rrule"), QStringLiteral("FREQ=WEEKLY") },
            { QStringLiteral("time_zone"), QStringLiteral("Europe/Vilnius") } });

    const QList<Reminder> next = Reminders::upcoming(
        db->session(), me, utcAt(2026, 3, 30, 12, 0), utcAt(2026, 4, 6, 12, 0), kVilnius);
    REQUIRE(next.size() == 1);
    CHECK(next.first().recordId == id);
    CHECK(next.first().fireAt == utcAt(2026, 4, 3, 6, 45));
    CHECK(next.first().occurrence == utcAt(2026, 4, 3, 7, 0));

    CHECK(dueAt(*db, me, utcAt(2026, 4, 3, 6, 44)).isEmpty());
    const QList<Reminder> due = dueAt(*db, me, utcAt(2026, 4, 3, 6, 45));
    REQUIRE(due.size() == 1);
    CHECK(due.first().when == vilniusAt(2026, 4, 3, 10, 0));

    SECTION("dismissing one occurrence leaves the next one firing")
    {
        REQUIRE(Reminders::dismiss(db->session(), me, due.first()));
        CHECK(dueAt(*db, me, utcAt(2026, 4, 3, 9, 0)).isEmpty());
        const QList<Reminder> week = dueAt(*db, me, utcAt(2026, 4, 10, 6, 45));
        REQUIRE(week.size() == 1);
        CHECK(week.first().occurrence == utcAt(2026, 4, 10, 7, 0));
    }
}

TEST_CASE("A snoozed reminder comes back when the snooze ends", "[reminders]")
{
    auto db = TestDatabase::initialised();
    const QString me = db->session().currentUserId();
    meeting(db->records(), me, QStringLiteral("Call prep"), vilniusAt(2026, 6, 16, 10, 0), 60,
        { { QStringLiteral("reminder_minutes"), 15 } });
    const QList<Reminder> due = dueAt(*db, me, vilniusAt(2026, 6, 16, 9, 46));
    REQUIRE(due.size() == 1);

    REQUIRE(Reminders::snooze(db->session(), me, due.first(), vilniusAt(2026, 6, 16, 9, 56)));
    CHECK(dueAt(*db, me, vilniusAt(2026, 6, 16, 9, 55)).isEmpty());
    const QList<Reminder> next = Reminders::upcoming(
        db->session(), me, vilniusAt(2026, 6, 16, 9, 46), vilniusAt(2026, 6, 16, 12, 0), kVilnius);
    REQUIRE(next.size() == 1);
    CHECK(next.first().fireAt == vilniusAt(2026, 6, 16, 9, 56));
    const QList<Reminder> again = dueAt(*db, me, vilniusAt(2026, 6, 16, 9, 56));
    REQUIRE(again.size() == 1);
    CHECK(again.first().snoozed);
    CHECK(again.first().fireAt == vilniusAt(2026, 6, 16, 9, 56));

    // Snoozing again updates the one row kept for this occurrence.
    REQUIRE(Reminders::snooze(db->session(), me, again.first(), vilniusAt(2026, 6, 16, 10, 30)));
    CHECK(dueAt(*db, me, vilniusAt(2026, 6, 16, 10, 0)).isEmpty());
    CHECK(dueAt(*db, me, vilniusAt(2026, 6, 16, 10, 30)).size() == 1);
    CHECK(*db->records().count(QStringLiteral("reminder_state")) == 1);
}

TEST_CASE("A dismissed reminder stays dismissed after Tandem is reopened", "[reminders]")
{
    auto db = TestDatabase::initialised();
    const QString me = db->session().currentUserId();
    const QString id
        = task(db->records(), me, QStringLiteral("Send the offer"), vilniusAt(2026, 6, 16, 14, 0));
    const QList<Reminder> due = dueAt(*db, me, vilniusAt(2026, 6, 16, 14, 0));
    REQUIRE(titles(due) == QStringList { QStringLiteral("Send the offer") });

    REQUIRE(Reminders::dismiss(db->session(), me, due.first()));
    CHECK(dueAt(*db, me, vilniusAt(2026, 6, 16, 14, 1)).isEmpty());
    db->reopen();
    CHECK(dueAt(*db, me, vilniusAt(2026, 6, 17, 9, 0)).isEmpty());

    SECTION("a task moved to another time is a new reminder")
    {
        REQUIRE(db->records().update(QStringLiteral("activity"), id,
            { { QStringLiteral("due_at"), vilniusAt(2026, 6, 18, 11, 0) } }));
        CHECK(dueAt(*db, me, vilniusAt(2026, 6, 18, 10, 59)).isEmpty());
        CHECK(titles(dueAt(*db, me, vilniusAt(2026, 6, 18, 11, 0)))
            == QStringList { QStringLiteral("Send the offer") });
    }
}

TEST_CASE("Reminders that fired while Tandem was closed are listed on start", "[reminders]")
{
    auto db = TestDatabase::initialised();
    const QString me = db->session().currentUserId();
    RecordStore& rs = db->records();
    // Closed on Friday 18:00, opened on Monday 08:30.
    task(rs, me, QStringLiteral("Old overdue task"), vilniusAt(2026, 6, 10, 12, 0));
    task(rs, me, QStringLiteral("Weekend task"), vilniusAt(2026, 6, 13, 12, 0));
    meeting(rs, me, QStringLiteral("Saturday fair"), vilniusAt(2026, 6, 13, 10, 0), 120);
    meeting(rs, me, QStringLiteral("Monday kickoff"), vilniusAt(2026, 6, 15, 9, 0), 30);
    const QString dismissed
        = task(rs, me, QStringLiteral("Handled elsewhere"), vilniusAt(2026, 6, 14, 12, 0));

    const QDateTime closed = vilniusAt(2026, 6, 12, 18, 0);
    const QDateTime opened = vilniusAt(2026, 6, 15, 8, 30);
    for (const Reminder& r : dueAt(*db, me, opened)) {
        if (r.recordId == dismissed)
            REQUIRE(Reminders::dismiss(db->session(), me, r));
    }
    const QList<Reminder> missed = Reminders::missed(db->session(), me, closed, opened, kVilnius);
    CHECK(titles(missed)
        == QStringList { QStringLiteral("Saturday fair"), QStringLiteral("Weekend task") });
    CHECK(missed.first().fireAt == vilniusAt(2026, 6, 13, 9, 45));
    // The meeting ended more than a day ago: missed, but no longer due; the old task still is.
    CHECK(titles(dueAt(*db, me, opened))
        == QStringList { QStringLiteral("Old overdue task"), QStringLiteral("Weekend task") });
}

TEST_CASE("Tasks fire at their due time; all-day ones at the start of the working day; done "
          "tasks never",
    "[reminders]")
{
    auto db = TestDatabase::initialised();
    const QString me = db->session().currentUserId();
    RecordStore& rs = db->records();
    task(rs, me, QStringLiteral("Call back"), vilniusAt(2026, 6, 16, 15, 30));
    task(rs, me, QStringLiteral("Whole day"),
        QDateTime(QDate(2026, 6, 17), QTime(0, 0), QTimeZone::utc()),
        { { QStringLiteral("all_day"), true } });
    const QString done = task(rs, me, QStringLiteral("Already done"), vilniusAt(2026, 6, 16, 9, 0),
        { { QStringLiteral("done"), true } });
    const QString reopened
        = task(rs, me, QStringLiteral("Done later"), vilniusAt(2026, 6, 16, 9, 0));

    CHECK(titles(dueAt(*db, me, vilniusAt(2026, 6, 16, 15, 29)))
        == QStringList { QStringLiteral("Done later") });
    CHECK(titles(dueAt(*db, me, vilniusAt(2026, 6, 16, 15, 30)))
        == QStringList { QStringLiteral("Done later"), QStringLiteral("Call back") });
    REQUIRE(rs.update(QStringLiteral("activity"), reopened, { { QStringLiteral("done"), true } }));
    CHECK(titles(dueAt(*db, me, vilniusAt(2026, 6, 16, 15, 30)))
        == QStringList { QStringLiteral("Call back") });

    CHECK(!titles(dueAt(*db, me, vilniusAt(2026, 6, 17, 8, 59)))
               .contains(QStringLiteral("Whole day")));
    CHECK(
        titles(dueAt(*db, me, vilniusAt(2026, 6, 17, 9, 0))).contains(QStringLiteral("Whole day")));
    REQUIRE(db->session().setSetting(QStringLiteral("work_day_start"), QStringLiteral("08:00")));
    CHECK(
        titles(dueAt(*db, me, vilniusAt(2026, 6, 17, 8, 0))).contains(QStringLiteral("Whole day")));
    for (const Reminder& r : dueAt(*db, me, vilniusAt(2026, 6, 20, 8, 0)))
        CHECK(r.recordId != done);
}

TEST_CASE("A contact's next-contact date reminds its owner at the start of the working day",
    "[reminders]")
{
    auto db = TestDatabase::initialised();
    const QString me = db->session().currentUserId();
    RecordStore& rs = db->records();
    const QString jonas = create(
        rs, QStringLiteral("user"), { { QStringLiteral("name"), QStringLiteral("Jonas") } });
    const QString ona = create(rs, QStringLiteral("contact"),
        { { QStringLiteral("first_name"), QStringLiteral("Ona") },
            { QStringLiteral("last_name"), QStringLiteral("Kazlauskienė") },
            { QStringLiteral("owner_id"), me },
            { QStringLiteral("next_contact_date"), QStringLiteral("2026-06-18") } });
    create(rs, QStringLiteral("contact"),
        { { QStringLiteral("first_name"), QStringLiteral("Petras") },
            { QStringLiteral("owner_id"), jonas },
            { QStringLiteral("next_contact_date"), QStringLiteral("2026-06-18") } });

    CHECK(dueAt(*db, me, vilniusAt(2026, 6, 18, 8, 59)).isEmpty());
    const QList<Reminder> due = dueAt(*db, me, vilniusAt(2026, 6, 18, 9, 0));
    REQUIRE(titles(due) == QStringList { QStringLiteral("Ona Kazlauskienė") });
    CHECK(due.first().entity == QLatin1String("contact"));
    CHECK(due.first().recordId == ona);
    CHECK(due.first().fireAt == utcAt(2026, 6, 18, 6, 0));
    CHECK(titles(dueAt(*db, jonas, vilniusAt(2026, 6, 18, 9, 0)))
        == QStringList { QStringLiteral("Petras") });

    SECTION("a new next-contact date is a new reminder")
    {
        REQUIRE(Reminders::dismiss(db->session(), me, due.first()));
        CHECK(dueAt(*db, me, vilniusAt(2026, 6, 25, 9, 0)).isEmpty());
        REQUIRE(rs.update(QStringLiteral("contact"), ona,
            { { QStringLiteral("next_contact_date"), QStringLiteral("2026-06-25") } }));
        CHECK(dueAt(*db, me, vilniusAt(2026, 6, 25, 8, 59)).isEmpty());
        CHECK(dueAt(*db, me, vilniusAt(2026, 6, 25, 9, 0)).size() == 1);
    }
}

TEST_CASE("A customer's renewal date fires for its owner a month before", "[reminders][cases]")
{
    auto db = TestDatabase::initialised();
    const QString me = db->session().currentUserId();
    RecordStore& rs = db->records();
    const QString jonas = create(
        rs, QStringLiteral("user"), { { QStringLiteral("name"), QStringLiteral("Jonas") } });
    const QString baltic = create(rs, QStringLiteral("company"),
        { { QStringLiteral("name"), QStringLiteral("Baltic Foods") },
            { QStringLiteral("owner_id"), me },
            { QStringLiteral("renewal_date"), QStringLiteral("2026-07-20") } });
    create(rs, QStringLiteral("company"),
        { { QStringLiteral("name"), QStringLiteral("Amber Mills") },
            { QStringLiteral("owner_id"), jonas },
            { QStringLiteral("renewal_date"), QStringLiteral("2026-07-20") } });

    // 30 days before 20 July: Saturday 20 June at the work-day start.
    CHECK(dueAt(*db, me, vilniusAt(2026, 6, 20, 8, 59)).isEmpty());
    const QList<Reminder> due = dueAt(*db, me, vilniusAt(2026, 6, 20, 9, 0));
    REQUIRE(titles(due) == QStringList { QStringLiteral("Baltic Foods") });
    CHECK(due.first().entity == QLatin1String("company"));
    CHECK(due.first().recordId == baltic);
    CHECK(due.first().kind == QLatin1String("renewal"));
    CHECK(due.first().when == utcAt(2026, 7, 20, 6, 0)); // the renewal day itself
    CHECK(titles(dueAt(*db, jonas, vilniusAt(2026, 6, 20, 9, 0)))
        == QStringList { QStringLiteral("Amber Mills") });

    // A team that wants a week's notice says so.
    REQUIRE(db->session().setSetting(QStringLiteral("renewal_reminder_days"), QStringLiteral("7")));
    CHECK(dueAt(*db, me, vilniusAt(2026, 7, 13, 8, 59)).isEmpty());
    CHECK(titles(dueAt(*db, me, vilniusAt(2026, 7, 13, 9, 0)))
        == QStringList { QStringLiteral("Baltic Foods") });
}

TEST_CASE("A colleague's meeting fires for a user who takes part in it", "[reminders]")
{
    auto db = TestDatabase::initialised();
    const QString me = db->session().currentUserId();
    RecordStore& rs = db->records();
    const QString jonas = create(
        rs, QStringLiteral("user"), { { QStringLiteral("name"), QStringLiteral("Jonas") } });
    const QString rita = create(
        rs, QStringLiteral("user"), { { QStringLiteral("name"), QStringLiteral("Rita") } });
    const QString id = meeting(rs, jonas, QStringLiteral("Customer visit"),
        vilniusAt(2026, 6, 16, 13, 0), 60, { { QStringLiteral("reminder_minutes"), 30 } });
    create(rs, QStringLiteral("participant"),
        { { QStringLiteral("activity_id"), id }, { QStringLiteral("user_id"), me } });

    const QList<Reminder> mine = dueAt(*db, me, vilniusAt(2026, 6, 16, 12, 30));
    REQUIRE(titles(mine) == QStringList { QStringLiteral("Customer visit") });
    CHECK(mine.first().ownerId == jonas);
    CHECK(dueAt(*db, jonas, vilniusAt(2026, 6, 16, 12, 30)).size() == 1);
    CHECK(dueAt(*db, rita, vilniusAt(2026, 6, 16, 12, 30)).isEmpty());

    // Dismissing it is the participant's own business.
    REQUIRE(Reminders::dismiss(db->session(), me, mine.first()));
    CHECK(dueAt(*db, me, vilniusAt(2026, 6, 16, 12, 31)).isEmpty());
    CHECK(dueAt(*db, jonas, vilniusAt(2026, 6, 16, 12, 31)).size() == 1);
}
