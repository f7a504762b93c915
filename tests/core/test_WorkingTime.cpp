// Service-case deadlines in working time: Easter and each country's days off, and a clock that
// runs only in working hours, across weekends, holidays, the team's days off and the clock change.
#include "domain/PublicHolidays.h"
#include "services/WorkingTime.h"

#include <QTimeZone>
#include <catch2/catch.hpp>

using namespace tandem;

namespace {

QDateTime utc(int year, int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), Qt::UTC);
}

// A team in Vilnius working 09:00–17:00, Monday to Friday. Vilnius is +02:00 in winter and +03:00
// from 2026-03-29 03:00 to 2026-10-25 04:00 (local time).
WorkCalendar vilnius(const QString& country = {})
{
    WorkCalendar calendar;
    calendar.hours.zone = QTimeZone("Europe/Vilnius");
    calendar.hours.start = QTime(9, 0);
    calendar.hours.end = QTime(17, 0);
    calendar.hours.workdays = { 1, 2, 3, 4, 5 };
    calendar.country = country;
    return calendar;
}

QList<QDate> days(const QString& country, int year)
{
    return PublicHolidays::inYear(country, year).keys();
}

} // namespace

TEST_CASE("Easter falls on the hand-checked Sundays", "[PublicHolidays]")
{
    CHECK(PublicHolidays::westernEaster(2024) == QDate(2024, 3, 31));
    CHECK(PublicHolidays::westernEaster(2025) == QDate(2025, 4, 20));
    CHECK(PublicHolidays::westernEaster(2026) == QDate(2026, 4, 5));
    CHECK(PublicHolidays::westernEaster(2027) == QDate(2027, 3, 28));

    CHECK(PublicHolidays::orthodoxEaster(2024) == QDate(2024, 5, 5));
    CHECK(PublicHolidays::orthodoxEaster(2025) == QDate(2025, 4, 20));
    CHECK(PublicHolidays::orthodoxEaster(2026) == QDate(2026, 4, 12));
    CHECK(PublicHolidays::orthodoxEaster(2027) == QDate(2027, 5, 2));
    // From 2100 the Julian calendar is 14 days behind, not 13.
    CHECK(PublicHolidays::orthodoxEaster(2100) == QDate(2100, 5, 2));

    SECTION("every year of the century Easter is a Sunday in its season")
    {
        for (int year = 1900; year <= 2099; ++year) {
            const QDate western = PublicHolidays::westernEaster(year);
            const QDate orthodox = PublicHolidays::orthodoxEaster(year);
            INFO(year);
            CHECK(western.dayOfWeek() == Qt::Sunday);
            CHECK(western >= QDate(year, 3, 22));
            CHECK(western <= QDate(year, 4, 25));
            CHECK(orthodox.dayOfWeek() == Qt::Sunday);
            CHECK(orthodox >= QDate(year, 4, 4));
            CHECK(orthodox <= QDate(year, 5, 8));
            CHECK(orthodox >= western);
        }
    }
    CHECK_FALSE(PublicHolidays::westernEaster(1500).isValid());
}

TEST_CASE("Each country has its days off of 2026", "[PublicHolidays]")
{
    SECTION("Lithuania")
    {
        const QList<QDate> expected { QDate(2026, 1, 1), QDate(2026, 2, 16), QDate(2026, 3, 11),
            QDate(2026, 4, 5), QDate(2026, 4, 6), QDate(2026, 5, 1), QDate(2026, 5, 3),
            QDate(2026, 6, 7), QDate(2026, 6, 24), QDate(2026, 7, 6), QDate(2026, 8, 15),
            QDate(2026, 11, 1), QDate(2026, 11, 2), QDate(2026, 12, 24), QDate(2026, 12, 25),
            QDate(2026, 12, 26) };
        CHECK(days(QStringLiteral("LT"), 2026).size() == 16);
        CHECK(days(QStringLiteral("LT"), 2026) == expected);
        const auto named = PublicHolidays::inYear(QStringLiteral("LT"), 2026);
        CHECK(named.value(QDate(2026, 5, 3)) == QStringLiteral("Mother's Day"));
        CHECK(named.value(QDate(2026, 6, 7)) == QStringLiteral("Father's Day"));
        CHECK(named.value(QDate(2026, 4, 6)) == QStringLiteral("Easter Monday"));
    }
    SECTION("Poland")
    {
        const QList<QDate> expected { QDate(2026, 1, 1), QDate(2026, 1, 6), QDate(2026, 4, 5),
            QDate(2026, 4, 6), QDate(2026, 5, 1), QDate(2026, 5, 3), QDate(2026, 5, 24),
            QDate(2026, 6, 4), QDate(2026, 8, 15), QDate(2026, 11, 1), QDate(2026, 11, 11),
            QDate(2026, 12, 24), QDate(2026, 12, 25), QDate(2026, 12, 26) };
        CHECK(days(QStringLiteral("PL"), 2026).size() == 14);
        CHECK(days(QStringLiteral("PL"), 2026) == expected);
        const auto named = PublicHolidays::inYear(QStringLiteral("PL"), 2026);
        CHECK(named.value(QDate(2026, 6, 4)) == QStringLiteral("Corpus Christi"));
        CHECK(named.value(QDate(2026, 5, 24)) == QStringLiteral("Pentecost Sunday"));
    }
    SECTION("Romania")
    {
        // Orthodox Pentecost Monday falls on Children's Day: one day off with both names.
        const QList<QDate> expected { QDate(2026, 1, 1), QDate(2026, 1, 2), QDate(2026, 1, 6),
            QDate(2026, 1, 7), QDate(2026, 1, 24), QDate(2026, 4, 10), QDate(2026, 4, 12),
            QDate(2026, 4, 13), QDate(2026, 5, 1), QDate(2026, 5, 31), QDate(2026, 6, 1),
            QDate(2026, 8, 15), QDate(2026, 11, 30), QDate(2026, 12, 1), QDate(2026, 12, 25),
            QDate(2026, 12, 26) };
        CHECK(days(QStringLiteral("RO"), 2026).size() == 16);
        CHECK(days(QStringLiteral("RO"), 2026) == expected);
        const auto named = PublicHolidays::inYear(QStringLiteral("RO"), 2026);
        CHECK(named.value(QDate(2026, 4, 10)) == QStringLiteral("Orthodox Good Friday"));
        CHECK(named.value(QDate(2026, 6, 1))
            == QStringLiteral("Children's Day; Orthodox Pentecost Monday"));
    }
    SECTION("Ukraine")
    {
        const QList<QDate> expected { QDate(2026, 1, 1), QDate(2026, 3, 8), QDate(2026, 4, 12),
            QDate(2026, 5, 1), QDate(2026, 5, 8), QDate(2026, 5, 31), QDate(2026, 6, 28),
            QDate(2026, 7, 15), QDate(2026, 8, 24), QDate(2026, 10, 1), QDate(2026, 12, 25) };
        CHECK(days(QStringLiteral("UA"), 2026).size() == 11);
        CHECK(days(QStringLiteral("UA"), 2026) == expected);
        CHECK(PublicHolidays::inYear(QStringLiteral("UA"), 2026).value(QDate(2026, 5, 31))
            == QStringLiteral("Trinity Sunday"));
    }
}

TEST_CASE("Days off added by law count from their first year", "[PublicHolidays]")
{
    CHECK(PublicHolidays::isHoliday(QStringLiteral("PL"), QDate(2025, 12, 24)));
    CHECK_FALSE(PublicHolidays::isHoliday(QStringLiteral("PL"), QDate(2024, 12, 24)));
    CHECK(days(QStringLiteral("PL"), 2024).size() == 13);

    CHECK(PublicHolidays::isHoliday(QStringLiteral("RO"), QDate(2024, 1, 6)));
    CHECK(PublicHolidays::isHoliday(QStringLiteral("RO"), QDate(2024, 1, 7)));
    CHECK_FALSE(PublicHolidays::isHoliday(QStringLiteral("RO"), QDate(2023, 1, 6)));
    CHECK_FALSE(PublicHolidays::isHoliday(QStringLiteral("RO"), QDate(2023, 1, 7)));
}

TEST_CASE("Countries are known by their ISO code in any case", "[PublicHolidays]")
{
    CHECK(PublicHolidays::countries()
        == QStringList { QStringLiteral("LT"), QStringLiteral("PL"), QStringLiteral("RO"),
            QStringLiteral("UA") });
    CHECK(PublicHolidays::countryName(QStringLiteral("LT")) == QStringLiteral("Lithuania"));
    CHECK(PublicHolidays::countryName(QStringLiteral("ua")) == QStringLiteral("Ukraine"));
    CHECK(PublicHolidays::countryName(QStringLiteral("DE")).isEmpty());

    CHECK(PublicHolidays::inYear(QStringLiteral("pl"), 2026)
        == PublicHolidays::inYear(QStringLiteral("PL"), 2026));
    CHECK(PublicHolidays::isHoliday(QStringLiteral("lt"), QDate(2026, 4, 6)));
    CHECK_FALSE(PublicHolidays::isHoliday(QStringLiteral("LT"), QDate(2026, 4, 7)));
    CHECK(PublicHolidays::inYear(QStringLiteral("DE"), 2026).isEmpty());
    CHECK(PublicHolidays::inYear(QString(), 2026).isEmpty());
    CHECK_FALSE(PublicHolidays::isHoliday(QString(), QDate(2026, 1, 1)));
}

TEST_CASE("A deadline in working time skips evenings and weekends", "[WorkingTime]")
{
    const WorkCalendar calendar = vilnius();

    SECTION("4 hours from Friday 15:00 end on Monday 11:00")
    {
        CHECK(WorkingTime::add(utc(2026, 1, 16, 13), 240, calendar) == utc(2026, 1, 19, 9));
    }
    SECTION("4 hours from Saturday end on Monday 13:00")
    {
        CHECK(WorkingTime::add(utc(2026, 1, 17, 8), 240, calendar) == utc(2026, 1, 19, 11));
    }
    SECTION("4 hours from 18:30 end the next day at 13:00")
    {
        CHECK(WorkingTime::add(utc(2026, 1, 20, 16, 30), 240, calendar) == utc(2026, 1, 21, 11));
    }
    SECTION("a whole working day from 09:00 ends at 17:00 the same day")
    {
        CHECK(WorkingTime::add(utc(2026, 1, 21, 7), 480, calendar) == utc(2026, 1, 21, 15));
        // On a Friday too: it does not roll over to Monday morning.
        CHECK(WorkingTime::add(utc(2026, 1, 16, 7), 480, calendar) == utc(2026, 1, 16, 15));
        // One minute more does.
        CHECK(WorkingTime::add(utc(2026, 1, 16, 7), 481, calendar) == utc(2026, 1, 19, 7, 1));
    }
    SECTION("no time at all moves the start to the next working instant")
    {
        CHECK(WorkingTime::add(utc(2026, 1, 21, 10, 15), 0, calendar) == utc(2026, 1, 21, 10, 15));
        CHECK(WorkingTime::add(utc(2026, 1, 21, 7), 0, calendar) == utc(2026, 1, 21, 7));
        // 17:00 is no longer working time.
        CHECK(WorkingTime::add(utc(2026, 1, 21, 15), 0, calendar) == utc(2026, 1, 22, 7));
        CHECK(WorkingTime::add(utc(2026, 1, 17, 8), -30, calendar) == utc(2026, 1, 19, 7));
    }
    SECTION("the result is UTC whatever zone the start is given in")
    {
        const QDateTime fridayLocal(QDate(2026, 1, 16), QTime(15, 0), QTimeZone("Europe/Vilnius"));
        const QDateTime due = WorkingTime::add(fridayLocal, 240, calendar);
        CHECK(due == utc(2026, 1, 19, 9));
        CHECK(due.timeSpec() == Qt::UTC);
    }
}

TEST_CASE("Public holidays and the team's own days off stop the clock", "[WorkingTime]")
{
    SECTION("Lithuania's Easter Monday")
    {
        // Friday 2026-04-03 13:00 (+03:00): 4 hours that Friday, none on Easter Monday, 4 on
        // Tuesday.
        CHECK(WorkingTime::add(utc(2026, 4, 3, 10), 480, vilnius(QStringLiteral("LT")))
            == utc(2026, 4, 7, 10));
        // Without a holiday country Monday is a working day.
        CHECK(WorkingTime::add(utc(2026, 4, 3, 10), 480, vilnius()) == utc(2026, 4, 6, 10));
    }
    SECTION("the Day of Restoration of the State, Monday 2026-02-16")
    {
        CHECK(WorkingTime::add(utc(2026, 2, 13, 13), 240, vilnius(QStringLiteral("LT")))
            == utc(2026, 2, 17, 9));
        CHECK(WorkingTime::add(utc(2026, 2, 13, 13), 240, vilnius()) == utc(2026, 2, 16, 9));
    }
    SECTION("a company holiday")
    {
        WorkCalendar calendar = vilnius(QStringLiteral("LT"));
        calendar.extraDaysOff = { QDate(2026, 1, 21) };
        CHECK_FALSE(calendar.isWorkday(QDate(2026, 1, 21)));
        // Tuesday 16:00 + 2 hours: one on Tuesday, Wednesday off, one on Thursday.
        CHECK(WorkingTime::add(utc(2026, 1, 20, 14), 120, calendar) == utc(2026, 1, 22, 8));
    }
    SECTION("a start on a holiday counts from the next working morning")
    {
        CHECK(WorkingTime::add(utc(2026, 4, 6, 8), 60, vilnius(QStringLiteral("LT")))
            == utc(2026, 4, 7, 7));
    }
}

TEST_CASE("Working time keeps to the clock change", "[WorkingTime]")
{
    SECTION("the offset changes from +02:00 to +03:00 over the weekend")
    {
        // Friday 2026-03-27 15:00 is 13:00 UTC; Monday 11:00 is 08:00 UTC, not 09:00.
        CHECK(WorkingTime::add(utc(2026, 3, 27, 13), 240, vilnius()) == utc(2026, 3, 30, 8));
        CHECK(WorkingTime::between(utc(2026, 3, 27, 13), utc(2026, 3, 30, 8), vilnius()) == 240);
    }
    SECTION("a Sunday shift over the switch is an hour shorter")
    {
        // 01:00–05:00 every day: on 2026-03-29 03:00 becomes 04:00, so that day has 3 hours.
        WorkCalendar calendar = vilnius();
        calendar.hours.start = QTime(1, 0);
        calendar.hours.end = QTime(5, 0);
        calendar.hours.workdays = { 1, 2, 3, 4, 5, 6, 7 };
        const QDateTime sunday = utc(2026, 3, 28, 23); // 01:00 +02:00
        CHECK(WorkingTime::add(sunday, 180, calendar) == utc(2026, 3, 29, 2)); // 05:00 +03:00
        CHECK(WorkingTime::add(sunday, 181, calendar) == utc(2026, 3, 29, 22, 1)); // Mon 01:01
        CHECK(WorkingTime::between(utc(2026, 3, 28, 22), utc(2026, 3, 29, 21), calendar) == 180);
        // On 2026-10-25 04:00 becomes 03:00 again: that day has 5 hours.
        CHECK(WorkingTime::between(utc(2026, 10, 24, 21), utc(2026, 10, 25, 22), calendar) == 300);
        CHECK(WorkingTime::add(utc(2026, 10, 24, 22), 300, calendar) == utc(2026, 10, 25, 3));
    }
}

TEST_CASE("Working time between two instants undoes adding it", "[WorkingTime]")
{
    const WorkCalendar lt = vilnius(QStringLiteral("LT"));
    CHECK(WorkingTime::between(utc(2026, 1, 16, 13), utc(2026, 1, 19, 9), lt) == 240);
    CHECK(WorkingTime::between(utc(2026, 1, 17, 8), utc(2026, 1, 19, 11), lt) == 240);
    CHECK(WorkingTime::between(utc(2026, 1, 21, 7), utc(2026, 1, 21, 15), lt) == 480);
    CHECK(WorkingTime::between(utc(2026, 4, 3, 10), utc(2026, 4, 7, 10), lt) == 480);
    CHECK(WorkingTime::between(utc(2026, 1, 19, 9), utc(2026, 1, 16, 13), lt) == 0);
    CHECK(WorkingTime::between(utc(2026, 1, 19, 9), utc(2026, 1, 19, 9), lt) == 0);

    const QList<QDateTime> starts { utc(2026, 1, 16, 13), utc(2026, 1, 17, 8),
        utc(2026, 1, 20, 16, 30), utc(2026, 2, 13, 13), utc(2026, 3, 27, 13),
        utc(2026, 4, 3, 10, 17), utc(2026, 12, 23, 14) };
    for (const QDateTime& start : starts) {
        for (const qint64 minutes : { 1, 59, 240, 480, 481, 2400, 10000 }) {
            INFO(start.toString(Qt::ISODate).toStdString() << " + " << minutes);
            const QDateTime due = WorkingTime::add(start, minutes, lt);
            REQUIRE(due.isValid());
            CHECK(WorkingTime::between(start, due, lt) == minutes);
        }
    }

    SECTION("a whole working year of Lithuania, one day at a time")
    {
        // 2026 has 261 weekdays; 10 of them are Lithuanian holidays.
        const QDateTime newYear = utc(2025, 12, 31, 22); // 2026-01-01 00:00 +02:00
        const QDateTime nextNewYear = utc(2026, 12, 31, 22);
        CHECK(WorkingTime::between(newYear, nextNewYear, lt) == 251 * 480);
        // The last minute of the year's work ends on Thursday 2026-12-31 at 17:00.
        CHECK(WorkingTime::add(newYear, 251 * 480, lt) == utc(2026, 12, 31, 15));
    }
}

TEST_CASE("A calendar without working time has no deadlines", "[WorkingTime]")
{
    WorkCalendar calendar = vilnius();
    SECTION("no workdays")
    {
        calendar.hours.workdays.clear();
        CHECK_FALSE(WorkingTime::add(utc(2026, 1, 16, 13), 60, calendar).isValid());
        CHECK_FALSE(WorkingTime::add(utc(2026, 1, 16, 13), 0, calendar).isValid());
        CHECK(WorkingTime::between(utc(2026, 1, 16, 13), utc(2026, 2, 16, 13), calendar) == 0);
    }
    SECTION("only weekday numbers that do not exist")
    {
        calendar.hours.workdays = { 0, 8 };
        CHECK_FALSE(WorkingTime::add(utc(2026, 1, 16, 13), 60, calendar).isValid());
    }
    SECTION("the working day ends before it starts")
    {
        calendar.hours.start = QTime(17, 0);
        calendar.hours.end = QTime(9, 0);
        CHECK_FALSE(WorkingTime::add(utc(2026, 1, 16, 13), 60, calendar).isValid());
        calendar.hours.end = QTime(17, 0);
        CHECK_FALSE(WorkingTime::add(utc(2026, 1, 16, 13), 60, calendar).isValid());
    }
    SECTION("an invalid start")
    {
        CHECK_FALSE(WorkingTime::add(QDateTime(), 60, vilnius()).isValid());
    }
}
