// Finding a time when several people are all free: within working hours, on workdays, around
// everyone's meetings, also on the day the clocks change.
#include "TestDatabase.h"

#include "services/FreeSlots.h"
#include "store/Session.h"

#include <QTimeZone>
#include <catch2/catch.hpp>

using namespace tandem;
using namespace tandem::test;

namespace {

const QDate kMonday(2026, 6, 15);

QDateTime at(const QDate& day, int h, int m = 0)
{
    return QDateTime(day, QTime(h, m), Qt::UTC);
}

TimeInterval busy(const QDate& day, int h1, int m1, int h2, int m2)
{
    return { at(day, h1, m1), at(day, h2, m2) };
}

WorkingHours utcHours()
{
    WorkingHours hours;
    hours.zone = QTimeZone::utc();
    return hours;
}

// "ddd HH:mm" starts of the slots in `zone`, for short, readable checks.
QStringList starts(const QList<TimeInterval>& found, const QTimeZone& zone = QTimeZone::utc())
{
    QStringList out;
    for (const TimeInterval& s : found)
        out << s.start.toTimeZone(zone).toString(QStringLiteral("ddd HH:mm"));
    return out;
}

QString stored(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

TEST_CASE("Free found avoid everyone's busy time at once", "[freeslots]")
{
    // Together the three are busy 09:00–11:30, 13:00–14:00 and 16:00–17:30.
    const QList<QList<TimeInterval>> busyTimes {
        { busy(kMonday, 9, 0, 10, 0), busy(kMonday, 13, 0, 14, 0) },
        { busy(kMonday, 9, 30, 11, 0) },
        { busy(kMonday, 10, 30, 11, 30), busy(kMonday, 16, 0, 17, 30) },
    };
    const auto found
        = findFreeSlots(busyTimes, at(kMonday, 0), at(kMonday.addDays(1), 0), 60, utcHours(), 30);
    CHECK(starts(found)
        == QStringList { QStringLiteral("Mon 11:30"), QStringLiteral("Mon 12:00"),
            QStringLiteral("Mon 14:00"), QStringLiteral("Mon 14:30"),
            QStringLiteral("Mon 15:00") });
    CHECK(found.first().end == at(kMonday, 12, 30));
    CHECK(found.last().end == at(kMonday, 16, 0));
}

TEST_CASE("Free found keep to working hours", "[freeslots]")
{
    SECTION("a slot may end exactly when the working day ends, not later")
    {
        const auto found = findFreeSlots({ { busy(kMonday, 7, 0, 9, 40) } }, at(kMonday, 0),
            at(kMonday.addDays(1), 0), 120, utcHours(), 60);
        // After a meeting that ends at 09:40 the next found are on the hour.
        CHECK(starts(found)
            == QStringList { QStringLiteral("Mon 09:40"), QStringLiteral("Mon 10:00"),
                QStringLiteral("Mon 11:00"), QStringLiteral("Mon 12:00"),
                QStringLiteral("Mon 13:00"), QStringLiteral("Mon 14:00"),
                QStringLiteral("Mon 15:00") });
        CHECK(found.last().end == at(kMonday, 17, 0));
    }
    SECTION("a range that starts mid-day starts on the next step")
    {
        const auto found
            = findFreeSlots({}, at(kMonday, 15, 10), at(kMonday.addDays(1), 0), 60, utcHours(), 30);
        CHECK(starts(found)
            == QStringList { QStringLiteral("Mon 15:30"), QStringLiteral("Mon 16:00") });
    }
}

TEST_CASE("Free found skip the weekend", "[freeslots]")
{
    const QDate friday(2026, 6, 19);
    const auto found
        = findFreeSlots({}, at(friday, 0), at(friday.addDays(4), 0), 8 * 60, utcHours(), 30);
    REQUIRE(
        starts(found) == QStringList { QStringLiteral("Fri 09:00"), QStringLiteral("Mon 09:00") });
    CHECK(found.at(1).start.date() == QDate(2026, 6, 22));
}

TEST_CASE("Free found count the real hours of the day the clocks go forward", "[freeslots]")
{
    // In Vilnius 2026-03-29 03:00 becomes 04:00: the hours 01:00–05:00 hold three hours, not four.
    WorkingHours hours;
    hours.zone = QTimeZone("Europe/Vilnius");
    REQUIRE(hours.zone.isValid());
    hours.start = QTime(1, 0);
    hours.end = QTime(5, 0);
    hours.workdays = { 1, 2, 3, 4, 5, 6, 7 };
    const QDate sunday(2026, 3, 29);
    const auto found = findFreeSlots({}, QDateTime(sunday, QTime(0, 0), hours.zone),
        QDateTime(sunday.addDays(1), QTime(0, 0), hours.zone), 60, hours, 60);
    CHECK(starts(found, hours.zone)
        == QStringList { QStringLiteral("Sun 01:00"), QStringLiteral("Sun 02:00"),
            QStringLiteral("Sun 04:00") });
    REQUIRE(found.size() == 3);
    CHECK(found.at(2).start == QDateTime(QDate(2026, 3, 29), QTime(1, 0), Qt::UTC));
    // The next day's 01:00 is an hour earlier in UTC than this day's.
    const auto monday = findFreeSlots({}, QDateTime(sunday.addDays(1), QTime(0, 0), hours.zone),
        QDateTime(sunday.addDays(2), QTime(0, 0), hours.zone), 60, hours, 60);
    REQUIRE_FALSE(monday.isEmpty());
    CHECK(monday.first().start == QDateTime(QDate(2026, 3, 29), QTime(22, 0), Qt::UTC));
}

TEST_CASE("No slot is offered when no gap is long enough", "[freeslots]")
{
    const QList<QList<TimeInterval>> busyTimes {
        { busy(kMonday, 9, 0, 11, 0), busy(kMonday, 13, 0, 15, 0) },
        { busy(kMonday, 16, 30, 18, 0) },
    };
    CHECK(findFreeSlots(busyTimes, at(kMonday, 0), at(kMonday.addDays(1), 0), 121, utcHours(), 15)
              .isEmpty());
    // The longest gap is 11:00–13:00: two hours fit once.
    CHECK(starts(findFreeSlots(
              busyTimes, at(kMonday, 0), at(kMonday.addDays(1), 0), 120, utcHours(), 15))
        == QStringList { QStringLiteral("Mon 11:00") });
}

TEST_CASE("The team's calendars decide who is busy", "[freeslots]")
{
    auto db = TestDatabase::initialised();
    Session& s = db->session();
    RecordStore& rs = db->records();
    REQUIRE(s.setSetting(QStringLiteral("work_day_start"), QStringLiteral("08:00")));
    REQUIRE(s.setSetting(QStringLiteral("work_day_end"), QStringLiteral("12:00")));
    REQUIRE(s.setSetting(QStringLiteral("work_days"), QStringLiteral("1,2,3,4,5")));
    const QTimeZone zone = QTimeZone::systemTimeZone();
    const QString ana
        = create(rs, QStringLiteral("user"), { { QStringLiteral("name"), QStringLiteral("Ana") } });
    const QString ben
        = create(rs, QStringLiteral("user"), { { QStringLiteral("name"), QStringLiteral("Ben") } });
    const QDate tuesday = kMonday.addDays(1);
    auto local = [&](const QDate& d, int h) { return QDateTime(d, QTime(h, 0), zone); };
    auto event = [&](const QString& owner, const char* kind, const QDateTime& start,
                     const QDateTime& end, bool done = false) {
        return create(rs, QStringLiteral("activity"),
            { { QStringLiteral("kind"), QLatin1String(kind) },
                { QStringLiteral("subject"), QStringLiteral("Busy") },
                { QStringLiteral("owner_id"), owner },
                { QStringLiteral("starts_at"), stored(start) },
                { QStringLiteral("ends_at"), stored(end) }, { QStringLiteral("done"), done } });
    };
    event(ana, "meeting", local(kMonday, 8), local(kMonday, 10));
    event(ben, "call", local(kMonday, 11), local(kMonday, 12), true); // done: no longer blocks
    create(rs, QStringLiteral("task"),
        { { QStringLiteral("subject"), QStringLiteral("Prepare offer") },
            { QStringLiteral("owner_id"), ben },
            { QStringLiteral("due_at"), stored(local(kMonday, 10)) } });
    create(rs, QStringLiteral("activity"),
        { { QStringLiteral("kind"), QStringLiteral("meeting") },
            { QStringLiteral("subject"), QStringLiteral("Trade fair") },
            { QStringLiteral("owner_id"), ben }, { QStringLiteral("all_day"), true },
            { QStringLiteral("starts_at"), stored(QDateTime(tuesday, QTime(0, 0), Qt::UTC)) } });

    const auto found
        = FreeSlots::find(s, { ana, ben }, local(kMonday, 0), local(tuesday.addDays(2), 0), 60, 60);
    QStringList got;
    for (const TimeInterval& t : found)
        got << t.start.toTimeZone(zone).toString(QStringLiteral("ddd HH:mm"));
    // Monday after Ana's meeting; Tuesday is Ben's trade fair; Wednesday is free.
    CHECK(got
        == QStringList { QStringLiteral("Mon 10:00"), QStringLiteral("Mon 11:00"),
            QStringLiteral("Wed 08:00"), QStringLiteral("Wed 09:00"), QStringLiteral("Wed 10:00"),
            QStringLiteral("Wed 11:00") });
}
