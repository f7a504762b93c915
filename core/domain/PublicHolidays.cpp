#include "domain/PublicHolidays.h"

#include <QCoreApplication>
#include <QList>

namespace tandem::PublicHolidays {

namespace {

const int kFirstGregorianYear = 1583;

struct Country {
    const char* code;
    const char* name;
};

// Sorted by code.
const Country kCountries[] = {
    { "LT", QT_TRANSLATE_NOOP("PublicHolidays", "Lithuania") },
    { "PL", QT_TRANSLATE_NOOP("PublicHolidays", "Poland") },
    { "RO", QT_TRANSLATE_NOOP("PublicHolidays", "Romania") },
    { "UA", QT_TRANSLATE_NOOP("PublicHolidays", "Ukraine") },
};

// A day off with its untranslated name: isHoliday() needs no translation.
struct DayOff {
    QDate date;
    const char* name;
};

QDate firstSunday(int year, int month)
{
    const QDate first(year, month, 1);
    return first.addDays((7 - first.dayOfWeek()) % 7);
}

QList<DayOff> lithuania(int year)
{
    const QDate easter = westernEaster(year);
    return {
        { QDate(year, 1, 1), QT_TRANSLATE_NOOP("PublicHolidays", "New Year's Day") },
        { QDate(year, 2, 16),
            QT_TRANSLATE_NOOP("PublicHolidays", "Day of Restoration of the State of Lithuania") },
        { QDate(year, 3, 11),
            QT_TRANSLATE_NOOP(
                "PublicHolidays", "Day of Restoration of Independence of Lithuania") },
        { easter, QT_TRANSLATE_NOOP("PublicHolidays", "Easter Sunday") },
        { easter.addDays(1), QT_TRANSLATE_NOOP("PublicHolidays", "Easter Monday") },
        { QDate(year, 5, 1), QT_TRANSLATE_NOOP("PublicHolidays", "Labour Day") },
        { firstSunday(year, 5), QT_TRANSLATE_NOOP("PublicHolidays", "Mother's Day") },
        { firstSunday(year, 6), QT_TRANSLATE_NOOP("PublicHolidays", "Father's Day") },
        { QDate(year, 6, 24), QT_TRANSLATE_NOOP("PublicHolidays", "St. John's Day") },
        { QDate(year, 7, 6), QT_TRANSLATE_NOOP("PublicHolidays", "Statehood Day") },
        { QDate(year, 8, 15), QT_TRANSLATE_NOOP("PublicHolidays", "Assumption Day") },
        { QDate(year, 11, 1), QT_TRANSLATE_NOOP("PublicHolidays", "All Saints' Day") },
        { QDate(year, 11, 2), QT_TRANSLATE_NOOP("PublicHolidays", "All Souls' Day") },
        { QDate(year, 12, 24), QT_TRANSLATE_NOOP("PublicHolidays", "Christmas Eve") },
        { QDate(year, 12, 25), QT_TRANSLATE_NOOP("PublicHolidays", "Christmas Day") },
        { QDate(year, 12, 26), QT_TRANSLATE_NOOP("PublicHolidays", "Second Day of Christmas") },
    };
}

QList<DayOff> poland(int year)
{
    const QDate easter = westernEaster(year);
    QList<DayOff> days {
        { QDate(year, 1, 1), QT_TRANSLATE_NOOP("PublicHolidays", "New Year's Day") },
        { QDate(year, 1, 6), QT_TRANSLATE_NOOP("PublicHolidays", "Epiphany") },
        { easter, QT_TRANSLATE_NOOP("PublicHolidays", "Easter Sunday") },
        { easter.addDays(1), QT_TRANSLATE_NOOP("PublicHolidays", "Easter Monday") },
        { QDate(year, 5, 1), QT_TRANSLATE_NOOP("PublicHolidays", "Labour Day") },
        { QDate(year, 5, 3), QT_TRANSLATE_NOOP("PublicHolidays", "Constitution Day") },
        { easter.addDays(49), QT_TRANSLATE_NOOP("PublicHolidays", "Pentecost Sunday") },
        { easter.addDays(60), QT_TRANSLATE_NOOP("PublicHolidays", "Corpus Christi") },
        { QDate(year, 8, 15), QT_TRANSLATE_NOOP("PublicHolidays", "Assumption Day") },
        { QDate(year, 11, 1), QT_TRANSLATE_NOOP("PublicHolidays", "All Saints' Day") },
        { QDate(year, 11, 11), QT_TRANSLATE_NOOP("PublicHolidays", "Independence Day") },
        { QDate(year, 12, 25), QT_TRANSLATE_NOOP("PublicHolidays", "Christmas Day") },
        { QDate(year, 12, 26), QT_TRANSLATE_NOOP("PublicHolidays", "Second Day of Christmas") },
    };
    if (year >= 2025) // a day off since the 2024 amendment
        days << DayOff { QDate(year, 12, 24),
            QT_TRANSLATE_NOOP("PublicHolidays", "Christmas Eve") };
    return days;
}

QList<DayOff> romania(int year)
{
    const QDate easter = orthodoxEaster(year);
    QList<DayOff> days {
        { QDate(year, 1, 1), QT_TRANSLATE_NOOP("PublicHolidays", "New Year's Day") },
        { QDate(year, 1, 2), QT_TRANSLATE_NOOP("PublicHolidays", "Day after New Year's Day") },
        { QDate(year, 1, 24), QT_TRANSLATE_NOOP("PublicHolidays", "Union Day") },
        { easter.addDays(-2), QT_TRANSLATE_NOOP("PublicHolidays", "Orthodox Good Friday") },
        { easter, QT_TRANSLATE_NOOP("PublicHolidays", "Orthodox Easter Sunday") },
        { easter.addDays(1), QT_TRANSLATE_NOOP("PublicHolidays", "Orthodox Easter Monday") },
        { QDate(year, 5, 1), QT_TRANSLATE_NOOP("PublicHolidays", "Labour Day") },
        { QDate(year, 6, 1), QT_TRANSLATE_NOOP("PublicHolidays", "Children's Day") },
        { easter.addDays(49), QT_TRANSLATE_NOOP("PublicHolidays", "Orthodox Pentecost Sunday") },
        { easter.addDays(50), QT_TRANSLATE_NOOP("PublicHolidays", "Orthodox Pentecost Monday") },
        { QDate(year, 8, 15), QT_TRANSLATE_NOOP("PublicHolidays", "Assumption Day") },
        { QDate(year, 11, 30), QT_TRANSLATE_NOOP("PublicHolidays", "St. Andrew's Day") },
        { QDate(year, 12, 1), QT_TRANSLATE_NOOP("PublicHolidays", "National Day") },
        { QDate(year, 12, 25), QT_TRANSLATE_NOOP("PublicHolidays", "Christmas Day") },
        { QDate(year, 12, 26), QT_TRANSLATE_NOOP("PublicHolidays", "Second Day of Christmas") },
    };
    if (year >= 2024) { // days off since 2024
        days << DayOff { QDate(year, 1, 6), QT_TRANSLATE_NOOP("PublicHolidays", "Epiphany") };
        days << DayOff { QDate(year, 1, 7),
            QT_TRANSLATE_NOOP("PublicHolidays", "Synaxis of St. John the Baptist") };
    }
    return days;
}

QList<DayOff> ukraine(int year)
{
    const QDate easter = orthodoxEaster(year);
    return {
        { QDate(year, 1, 1), QT_TRANSLATE_NOOP("PublicHolidays", "New Year's Day") },
        { QDate(year, 3, 8), QT_TRANSLATE_NOOP("PublicHolidays", "International Women's Day") },
        { easter, QT_TRANSLATE_NOOP("PublicHolidays", "Orthodox Easter Sunday") },
        { easter.addDays(49), QT_TRANSLATE_NOOP("PublicHolidays", "Trinity Sunday") },
        { QDate(year, 5, 1), QT_TRANSLATE_NOOP("PublicHolidays", "Labour Day") },
        { QDate(year, 5, 8),
            QT_TRANSLATE_NOOP("PublicHolidays", "Day of Remembrance and Victory") },
        { QDate(year, 6, 28), QT_TRANSLATE_NOOP("PublicHolidays", "Constitution Day") },
        { QDate(year, 7, 15), QT_TRANSLATE_NOOP("PublicHolidays", "Statehood Day") },
        { QDate(year, 8, 24), QT_TRANSLATE_NOOP("PublicHolidays", "Independence Day") },
        { QDate(year, 10, 1), QT_TRANSLATE_NOOP("PublicHolidays", "Defenders Day") },
        { QDate(year, 12, 25), QT_TRANSLATE_NOOP("PublicHolidays", "Christmas Day") },
    };
}

QList<DayOff> daysOff(const QString& country, int year)
{
    if (year < kFirstGregorianYear)
        return {};
    const QString code = country.trimmed().toUpper();
    if (code == QLatin1String("LT"))
        return lithuania(year);
    if (code == QLatin1String("PL"))
        return poland(year);
    if (code == QLatin1String("RO"))
        return romania(year);
    if (code == QLatin1String("UA"))
        return ukraine(year);
    return {};
}

} // namespace

QStringList countries()
{
    QStringList out;
    for (const Country& c : kCountries)
        out << QString::fromLatin1(c.code);
    return out;
}

QString countryName(const QString& code)
{
    const QString wanted = code.trimmed().toUpper();
    for (const Country& c : kCountries) {
        if (wanted == QLatin1String(c.code))
            return QCoreApplication::translate("PublicHolidays", c.name);
    }
    return {};
}

QDate westernEaster(int year)
{
    if (year < kFirstGregorianYear)
        return {};
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int n = h + l - 7 * m + 114;
    return QDate(year, n / 31, n % 31 + 1);
}

QDate orthodoxEaster(int year)
{
    if (year < kFirstGregorianYear)
        return {};
    // Meeus' Julian algorithm gives the date in the Julian calendar.
    const int a = year % 4;
    const int b = year % 7;
    const int c = year % 19;
    const int d = (19 * c + 15) % 30;
    const int e = (2 * a + 4 * b - d + 34) % 7;
    const int n = d + e + 114;
    const QDate julianAsGregorian(year, n / 31, n % 31 + 1);
    // Easter is after the Julian leap day, so the century's difference already holds (13 days in
    // 1900–2099, 14 in 2100–2199).
    const int calendarGap = year / 100 - year / 400 - 2;
    return julianAsGregorian.addDays(calendarGap);
}

QMap<QDate, QString> inYear(const QString& country, int year)
{
    QMap<QDate, QString> out;
    for (const DayOff& day : daysOff(country, year)) {
        const QString name = QCoreApplication::translate("PublicHolidays", day.name);
        QString& names = out[day.date];
        names = names.isEmpty() ? name : names + QStringLiteral("; ") + name;
    }
    return out;
}

bool isHoliday(const QString& country, const QDate& date)
{
    if (!date.isValid())
        return false;
    for (const DayOff& day : daysOff(country, date.year())) {
        if (day.date == date)
            return true;
    }
    return false;
}

} // namespace tandem::PublicHolidays
