// Repeat rules: RRULE text read and written back, expansion by RFC 5545 (month ends, nth weekdays,
// COUNT/UNTIL, exceptions), and meetings that keep their wall time across DST switch days.
#include "TestData.h"
#include "domain/Recurrence.h"

#include <QElapsedTimer>
#include <catch2/catch.hpp>

using namespace tandem;

namespace {

RecurrenceRule rule(const char* text)
{
    auto r = Recurrence::parse(QString::fromLatin1(text));
    INFO(text);
    REQUIRE(r.ok());
    return r.value();
}

QDateTime utc(int y, int m, int d, int h = 0, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), Qt::UTC);
}

QDateTime local(const char* zone, int y, int m, int d, int h, int min = 0)
{
    return QDateTime(
        QDate(y, m, d), QTime(h, min), Recurrence::zoneNamed(QString::fromLatin1(zone)));
}

// The occurrences as ISO UTC text, so a failure prints which instants came out.
QStringList expand(const char* rrule, const QDateTime& start, int limit = 100,
    const QList<QDateTime>& exdates = {})
{
    QStringList out;
    const auto all
        = Recurrence::occurrences(rule(rrule), start, QDateTime(), QDateTime(), exdates, limit);
    for (const QDateTime& t : all)
        out << t.toUTC().toString(Qt::ISODate);
    return out;
}

QStringList dates(const char* rrule, const QDate& start, int limit = 100)
{
    QStringList out;
    for (const QString& t : expand(rrule, QDateTime(start, QTime(10, 0), Qt::UTC), limit))
        out << t.left(10);
    return out;
}

QString iso(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODate);
}

QStringList iso(const QList<QDateTime>& list)
{
    QStringList out;
    for (const QDateTime& t : list)
        out << iso(t);
    return out;
}

} // namespace

TEST_CASE("RRULE text reads and writes back unchanged", "[recurrence]")
{
    const char* canonical[] = {
        "FREQ=WEEKLY;COUNT=10;INTERVAL=2;BYDAY=MO,WE",
        "FREQ=MONTHLY;BYDAY=-1FR",
        "FREQ=MONTHLY;BYDAY=2TU",
        "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1",
        "FREQ=MONTHLY;BYMONTHDAY=1,15,-1",
        "FREQ=YEARLY;UNTIL=20301231T235959Z;BYMONTHDAY=29;BYMONTH=2",
        "FREQ=DAILY;UNTIL=20261231",
        "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,SU;WKST=SU",
    };
    for (const char* text : canonical) {
        INFO(text);
        CHECK(Recurrence::format(rule(text)) == QString::fromLatin1(text));
        CHECK(Recurrence::parse(Recurrence::format(rule(text))).value() == rule(text));
    }
    const RecurrenceRule r = rule("rrule:freq=monthly;byday=-1fr;interval=3;wkst=mo");
    CHECK(r.frequency == RecurrenceRule::Frequency::Monthly);
    CHECK(r.interval == 3);
    CHECK(r.byDay == QList<WeekdayNum> { { -1, Qt::Friday } });
    CHECK(Recurrence::format(r) == QStringLiteral("FREQ=MONTHLY;INTERVAL=3;BYDAY=-1FR"));
    CHECK(rule("FREQ=DAILY;UNTIL=20261231T120000Z").until == utc(2026, 12, 31, 12));
}

TEST_CASE("A wrong RRULE is refused with the part that is wrong", "[recurrence]")
{
    const std::pair<const char*, const char*> cases[] = {
        { "FREQ=HOURLY", "FREQ" },
        { "FREQ=SOMETIMES", "FREQ" },
        { "INTERVAL=2;BYDAY=MO", "FREQ" },
        { "FREQ=WEEKLY;INTERVAL=0", "INTERVAL" },
        { "FREQ=WEEKLY;COUNT=many", "COUNT" },
        { "FREQ=WEEKLY;BYDAY=MO,XX", "BYDAY" },
        { "FREQ=WEEKLY;BYDAY=2MO", "BYDAY" },
        { "FREQ=MONTHLY;BYDAY=6MO", "BYDAY" },
        { "FREQ=MONTHLY;BYMONTHDAY=32", "BYMONTHDAY" },
        { "FREQ=MONTHLY;BYMONTHDAY=0", "BYMONTHDAY" },
        { "FREQ=YEARLY;BYMONTH=13", "BYMONTH" },
        { "FREQ=DAILY;BYSETPOS=1", "BYSETPOS" },
        { "FREQ=DAILY;COUNT=3;UNTIL=20261231", "UNTIL" },
        { "FREQ=DAILY;UNTIL=2026-12-31", "UNTIL" },
        { "FREQ=DAILY;BYHOUR=9", "BYHOUR" },
        { "FREQ=YEARLY;BYWEEKNO=20", "BYWEEKNO" },
        { "FREQ=WEEKLY;WKST=XY", "WKST" },
        { "FREQ=WEEKLY;FREQ=DAILY", "FREQ" },
        { "FREQ=WEEKLY;COLOR=RED", "COLOR" },
    };
    for (const auto& [text, part] : cases) {
        INFO(text);
        const auto r = Recurrence::parse(QString::fromLatin1(text));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().field == QString::fromLatin1(part));
        CHECK(r.error().message.contains(QString::fromLatin1(part)));
    }
}

TEST_CASE("Weekly rules fall on the chosen weekdays, every n weeks", "[recurrence]")
{
    CHECK(dates("FREQ=WEEKLY;BYDAY=MO,WE,FR;COUNT=5", QDate(2026, 6, 1))
        == QStringList { "2026-06-01", "2026-06-03", "2026-06-05", "2026-06-08", "2026-06-10" });
    CHECK(dates("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH;COUNT=6", QDate(2026, 6, 2))
        == QStringList {
            "2026-06-02", "2026-06-04", "2026-06-16", "2026-06-18", "2026-06-30", "2026-07-02" });
    // A plain weekly rule repeats the start's weekday.
    CHECK(dates("FREQ=WEEKLY;COUNT=3", QDate(2026, 6, 3))
        == QStringList { "2026-06-03", "2026-06-10", "2026-06-17" });
    // RFC 5545's own example: the week start decides which days pair up in a 2-week interval.
    CHECK(dates("FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=TU,SU;WKST=MO", QDate(1997, 8, 5))
        == QStringList { "1997-08-05", "1997-08-10", "1997-08-19", "1997-08-24" });
    CHECK(dates("FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=TU,SU;WKST=SU", QDate(1997, 8, 5))
        == QStringList { "1997-08-05", "1997-08-17", "1997-08-19", "1997-08-31" });
    CHECK(dates("FREQ=DAILY;INTERVAL=3;COUNT=3", QDate(2026, 2, 27))
        == QStringList { "2026-02-27", "2026-03-02", "2026-03-05" });
}

TEST_CASE("Monthly rules find the nth and the last weekday", "[recurrence]")
{
    CHECK(dates("FREQ=MONTHLY;BYDAY=2TU;COUNT=3", QDate(2026, 1, 13))
        == QStringList { "2026-01-13", "2026-02-10", "2026-03-10" });
    CHECK(dates("FREQ=MONTHLY;BYDAY=-1FR;COUNT=3", QDate(2026, 1, 30))
        == QStringList { "2026-01-30", "2026-02-27", "2026-03-27" });
    // A fifth Monday exists only in some months; the others are skipped.
    CHECK(dates("FREQ=MONTHLY;BYDAY=5MO;COUNT=3", QDate(2026, 3, 30))
        == QStringList { "2026-03-30", "2026-06-29", "2026-08-31" });
    // Last workday of the month: the last of its Monday–Friday dates.
    CHECK(dates("FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1;COUNT=4", QDate(2026, 1, 30))
        == QStringList { "2026-01-30", "2026-02-27", "2026-03-31", "2026-04-30" });
    // Thanksgiving style: the fourth Thursday of November, every year.
    CHECK(dates("FREQ=YEARLY;BYMONTH=11;BYDAY=4TH;COUNT=2", QDate(2026, 11, 26))
        == QStringList { "2026-11-26", "2027-11-25" });
}

TEST_CASE("Month ends and leap days are skipped where they do not exist", "[recurrence]")
{
    const QStringList the31st { "2026-01-31", "2026-03-31", "2026-05-31", "2026-07-31" };
    CHECK(dates("FREQ=MONTHLY;BYMONTHDAY=31;COUNT=4", QDate(2026, 1, 31)) == the31st);
    CHECK(dates("FREQ=MONTHLY;COUNT=4", QDate(2026, 1, 31)) == the31st);
    CHECK(dates("FREQ=MONTHLY;BYMONTHDAY=-1;COUNT=5", QDate(2027, 12, 31))
        == QStringList { "2027-12-31", "2028-01-31", "2028-02-29", "2028-03-31", "2028-04-30" });
    CHECK(dates("FREQ=MONTHLY;BYMONTHDAY=30;BYMONTH=1,2,3;COUNT=3", QDate(2026, 1, 30))
        == QStringList { "2026-01-30", "2026-03-30", "2027-01-30" });
    CHECK(dates("FREQ=YEARLY;COUNT=3", QDate(2024, 2, 29))
        == QStringList { "2024-02-29", "2028-02-29", "2032-02-29" });
}

TEST_CASE("COUNT counts from the start, UNTIL is the last start allowed", "[recurrence]")
{
    // The start is the first occurrence even on a day the rule would not pick.
    CHECK(dates("FREQ=WEEKLY;BYDAY=MO;COUNT=3", QDate(2026, 6, 3))
        == QStringList { "2026-06-03", "2026-06-08", "2026-06-15" });
    const QDateTime start = local("Europe/Vilnius", 2026, 6, 1, 12); // 09:00 UTC
    CHECK(expand("FREQ=DAILY;UNTIL=20260605T090000Z", start).size() == 5);
    CHECK(expand("FREQ=DAILY;UNTIL=20260605T085959Z", start).size() == 4);
    CHECK(expand("FREQ=DAILY;UNTIL=20260605", start).size() == 5); // the whole day, Vilnius time
    CHECK(
        Recurrence::lastOccurrence(rule("FREQ=DAILY;UNTIL=20260605"), start) == utc(2026, 6, 5, 9));
    CHECK(Recurrence::lastOccurrence(
              rule("FREQ=MONTHLY;BYDAY=-1FR;COUNT=3"), local("Europe/Vilnius", 2026, 1, 30, 15))
        == utc(2026, 3, 27, 13));
    CHECK_FALSE(Recurrence::lastOccurrence(rule("FREQ=DAILY"), start).isValid());
    CHECK(expand("FREQ=DAILY", start, 7).size() == 7); // no end: the limit stops it
}

TEST_CASE("Excluded dates are left out but still counted", "[recurrence]")
{
    const QDateTime start = utc(2026, 6, 1, 9);
    CHECK(expand("FREQ=DAILY;COUNT=5", start, 100, { utc(2026, 6, 3, 9), utc(2026, 6, 9, 9) })
        == QStringList { "2026-06-01T09:00:00Z", "2026-06-02T09:00:00Z", "2026-06-04T09:00:00Z",
            "2026-06-05T09:00:00Z" });
    // The start itself can be excluded; an exclusion at another time of day excludes nothing.
    CHECK(expand("FREQ=DAILY;COUNT=3", start, 100, { start, utc(2026, 6, 2, 10) })
        == QStringList { "2026-06-02T09:00:00Z", "2026-06-03T09:00:00Z" });
}

TEST_CASE("A window years after the start is found without walking every day", "[recurrence]")
{
    const RecurrenceRule daily = rule("FREQ=DAILY");
    const QDateTime start = local("Europe/Vilnius", 2016, 1, 4, 9);
    const auto week = Recurrence::occurrences(daily, start, utc(2026, 6, 1), utc(2026, 6, 8));
    REQUIRE(week.size() == 7);
    CHECK(iso(week.first()) == QStringLiteral("2026-06-01T06:00:00Z"));
    CHECK(iso(week.last()) == QStringLiteral("2026-06-07T06:00:00Z"));
    // Every third day from a start long ago: the window still lands on the series' own days.
    const auto third = Recurrence::occurrences(
        rule("FREQ=DAILY;INTERVAL=3"), utc(2000, 1, 1, 8), utc(2026, 6, 1), utc(2026, 6, 10));
    REQUIRE(third.size() == 3);
    CHECK(QDate(2000, 1, 1).daysTo(third.first().date()) % 3 == 0);
    // Walking day by day from a start this far back would take many seconds; the jump to the
    // window makes it instant.
    QElapsedTimer timer;
    timer.start();
    const auto far = Recurrence::occurrences(daily,
        QDateTime(QDate(-20000, 1, 1), QTime(9, 0), Qt::UTC), utc(2026, 6, 1), utc(2026, 6, 8));
    CHECK(far.size() == 7);
    CHECK(timer.elapsed() < 1000);
    // Windows and the start: only occurrences starting inside [from, to).
    CHECK(Recurrence::occurrences(daily, start, utc(2016, 1, 1), utc(2016, 1, 5, 7)).size() == 1);
    CHECK(
        Recurrence::occurrences(daily, start, utc(2026, 6, 1, 6), utc(2026, 6, 1, 7)).size() == 1);
}

TEST_CASE("Meetings keep their wall time across DST switch days", "[recurrence]")
{
    // Eastern European zones switch at 03:00/04:00 local, Warsaw at 02:00/03:00: all at 01:00 UTC.
    const char* zones[] = { "Europe/Vilnius", "Europe/Warsaw", "Europe/Kyiv", "Europe/Bucharest" };
    for (const char* zoneId : zones) {
        INFO(zoneId);
        const QTimeZone zone = Recurrence::zoneNamed(QString::fromLatin1(zoneId));
        const QByteArray id = zone.id();
        REQUIRE((id == zoneId || (id == "Europe/Kiev" && qstrcmp(zoneId, "Europe/Kyiv") == 0)));
        const int winterOffset = qstrcmp(zoneId, "Europe/Warsaw") == 0 ? 1 : 2; // hours east of UTC

        // Weekly on Sunday 09:00 through both switches of 2026 and 2027.
        const QDateTime start = local(zoneId, 2026, 3, 22, 9);
        const auto sundays = Recurrence::occurrences(
            rule("FREQ=WEEKLY;BYDAY=SU"), start, QDateTime(), utc(2028, 1, 1));
        REQUIRE(sundays.size() == 93);
        for (const QDateTime& t : sundays) {
            INFO(iso(t).toStdString());
            CHECK(t.toTimeZone(zone).time() == QTime(9, 0));
            CHECK(t.toTimeZone(zone).date().dayOfWeek() == Qt::Sunday);
        }
        const auto at = [&](const QDate& day) {
            return Recurrence::occurrences(rule("FREQ=WEEKLY;BYDAY=SU"), start,
                QDateTime(day, QTime(0, 0), Qt::UTC), QDateTime(day.addDays(1), QTime(), Qt::UTC));
        };
        const int w = winterOffset;
        CHECK(at(QDate(2026, 3, 22)) == QList { utc(2026, 3, 22, 9 - w) });
        CHECK(at(QDate(2026, 3, 29)) == QList { utc(2026, 3, 29, 8 - w) });
        CHECK(at(QDate(2026, 10, 18)) == QList { utc(2026, 10, 18, 8 - w) });
        CHECK(at(QDate(2026, 10, 25)) == QList { utc(2026, 10, 25, 9 - w) });
        CHECK(at(QDate(2027, 3, 28)) == QList { utc(2027, 3, 28, 8 - w) });
        CHECK(at(QDate(2027, 10, 31)) == QList { utc(2027, 10, 31, 9 - w) });

        // A daily time inside the spring gap moves forward by the gap; in the autumn repeat it
        // takes the first (summer time) instant.
        const int gapHour = w + 1; // 03:30 in the east, 02:30 in Warsaw
        const auto gap = Recurrence::occurrences(rule("FREQ=DAILY;COUNT=3"),
            local(zoneId, 2026, 3, 28, gapHour, 30), QDateTime(), QDateTime());
        CHECK(iso(gap)
            == iso(QList {
                utc(2026, 3, 28, 1, 30), utc(2026, 3, 29, 1, 30), utc(2026, 3, 30, 0, 30) }));
        CHECK(gap.at(1).toTimeZone(zone).time() == QTime(gapHour + 1, 30));
        const auto overlap = Recurrence::occurrences(rule("FREQ=DAILY;COUNT=3"),
            local(zoneId, 2027, 10, 30, gapHour, 30), QDateTime(), QDateTime());
        CHECK(iso(overlap)
            == iso(QList {
                utc(2027, 10, 30, 0, 30), utc(2027, 10, 31, 0, 30), utc(2027, 11, 1, 1, 30) }));
    }
}

TEST_CASE("A rule reads as an English sentence", "[recurrence]")
{
    const QLocale en(QLocale::English, QLocale::UnitedKingdom);
    const auto text = [&](const char* rrule) { return Recurrence::describe(rule(rrule), en); };
    CHECK(text("FREQ=DAILY") == QStringLiteral("Daily"));
    CHECK(text("FREQ=DAILY;INTERVAL=3;COUNT=1") == QStringLiteral("Every 3 days, once"));
    CHECK(text("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE;COUNT=10")
        == QStringLiteral("Every 2 weeks on Monday and Wednesday, 10 times"));
    CHECK(text("FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR") == QStringLiteral("Weekly on weekdays"));
    CHECK(text("FREQ=MONTHLY;BYDAY=-1FR") == QStringLiteral("Monthly on the last Friday"));
    CHECK(text("FREQ=MONTHLY;BYDAY=3TU") == QStringLiteral("Monthly on the third Tuesday"));
    CHECK(text("FREQ=MONTHLY;BYMONTHDAY=15;UNTIL=20261231")
        == QStringLiteral("Monthly on day 15, until Thursday, 31 December 2026"));
    CHECK(text("FREQ=MONTHLY;BYMONTHDAY=-1") == QStringLiteral("Monthly on the last day"));
    CHECK(text("FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1")
        == QStringLiteral("Monthly on the last workday"));
    CHECK(text("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29") == QStringLiteral("Yearly on 29 February"));
    CHECK(Recurrence::describe(rule("FREQ=WEEKLY;BYDAY=MO"), QLocale(QLocale::Polish))
              .contains(QStringLiteral("poniedziałek")));
}
