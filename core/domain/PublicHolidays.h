// The statutory days off of the countries Tandem's teams work in, built in (no data files), so
// that deadlines counted in working time skip them.
#pragma once

#include <QDate>
#include <QMap>
#include <QString>
#include <QStringList>

namespace tandem::PublicHolidays {

// ISO 3166-1 alpha-2 codes of the countries with a built-in calendar, sorted: LT, PL, RO, UA.
QStringList countries();
// The translated name of a country ("Lithuania"); empty for a code without a calendar.
QString countryName(const QString& code);

// Easter Sunday by the Gregorian computus (the "anonymous Gregorian algorithm"), for years from
// 1583 on; invalid before.
QDate westernEaster(int year);
// Orthodox Easter Sunday: the Julian computus, converted to the Gregorian calendar. The two
// calendars are 13 days apart in 1900–2099, which is all a CRM needs; the difference is computed
// from the century, so later years come out right too. Invalid before 1583.
QDate orthodoxEaster(int year);

// The statutory days off of `country` (case-insensitive code) in `year`, each with its translated
// name; a day that is two holidays at once has both names joined by "; ". The lists follow the
// current laws (PL Christmas Eve from 2025, RO 6 and 7 January from 2024) and are not back-dated
// further. Empty for an unknown country or a year before 1583.
// UA is the Labour Code, art. 73, as amended in 2023. Under martial law these are working days in
// Ukraine: a team there then chooses no holiday country, which the caller handles.
QMap<QDate, QString> inYear(const QString& country, int year);
bool isHoliday(const QString& country, const QDate& date);

} // namespace tandem::PublicHolidays
