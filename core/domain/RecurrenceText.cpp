// Recurrence::describe: a repeat rule as a sentence for people ("Every 2 weeks on Monday and
// Wednesday, 10 times"), translated in context "Recurrence", names from the given locale.
#include "domain/Recurrence.h"

#include <QCoreApplication>

namespace tandem {

namespace {

using Frequency = RecurrenceRule::Frequency;

// English reads "Daily" and "Every 3 days" without a translation loaded: %n only where n > 1.
QString frequencyText(const RecurrenceRule& r)
{
    const int n = r.interval;
    switch (r.frequency) {
    case Frequency::Daily:
        return n > 1 ? QCoreApplication::translate("Recurrence", "Every %n days", nullptr, n)
                     : QCoreApplication::translate("Recurrence", "Daily");
    case Frequency::Weekly:
        return n > 1 ? QCoreApplication::translate("Recurrence", "Every %n weeks", nullptr, n)
                     : QCoreApplication::translate("Recurrence", "Weekly");
    case Frequency::Monthly:
        return n > 1 ? QCoreApplication::translate("Recurrence", "Every %n months", nullptr, n)
                     : QCoreApplication::translate("Recurrence", "Monthly");
    case Frequency::Yearly:
        return n > 1 ? QCoreApplication::translate("Recurrence", "Every %n years", nullptr, n)
                     : QCoreApplication::translate("Recurrence", "Yearly");
    }
    return {};
}

QString ordinalText(int n)
{
    switch (n) {
    case 1:
        return QCoreApplication::translate("Recurrence", "first");
    case 2:
        return QCoreApplication::translate("Recurrence", "second");
    case 3:
        return QCoreApplication::translate("Recurrence", "third");
    case 4:
        return QCoreApplication::translate("Recurrence", "fourth");
    case 5:
        return QCoreApplication::translate("Recurrence", "fifth");
    case -1:
        return QCoreApplication::translate("Recurrence", "last");
    case -2:
        return QCoreApplication::translate("Recurrence", "second to last");
    case -3:
        return QCoreApplication::translate("Recurrence", "third to last");
    default:
        return n > 0 ? QCoreApplication::translate("Recurrence", "no. %1").arg(n)
                     : QCoreApplication::translate("Recurrence", "no. %1 from the end").arg(-n);
    }
}

bool isWorkweek(const QList<WeekdayNum>& days)
{
    if (days.size() != 5)
        return false;
    for (const WeekdayNum& d : days) {
        if (d.ordinal != 0 || d.day > Qt::Friday)
            return false;
    }
    return true;
}

QString weekdayText(const WeekdayNum& d, const QLocale& locale)
{
    const QString name = locale.dayName(int(d.day), QLocale::LongFormat);
    if (d.ordinal == 0)
        return name;
    return QCoreApplication::translate("Recurrence", "the %1 %2", "the third Tuesday")
        .arg(ordinalText(d.ordinal), name);
}

QString monthDayText(int day)
{
    if (day > 0)
        return QString::number(day);
    return day == -1
        ? QCoreApplication::translate("Recurrence", "the last day")
        : QCoreApplication::translate("Recurrence", "the %1 day", "the second to last day")
              .arg(ordinalText(day));
}

// "on Monday and Wednesday", "on the last Friday", "on day 15", "on the last workday".
QStringList detailTexts(const RecurrenceRule& r, const QLocale& locale)
{
    QStringList out;
    const bool yearlyDate = r.frequency == Frequency::Yearly && r.byMonth.size() == 1
        && r.byMonthDay.size() == 1 && r.byMonthDay.first() > 0 && r.byDay.isEmpty();
    if (yearlyDate) {
        out << QCoreApplication::translate("Recurrence", "on %1 %2", "on 29 February")
                   .arg(r.byMonthDay.first())
                   .arg(locale.monthName(r.byMonth.first(), QLocale::LongFormat));
        return out;
    }
    if (!r.byMonth.isEmpty()) {
        QStringList months;
        for (int m : r.byMonth)
            months << locale.standaloneMonthName(m, QLocale::LongFormat);
        out << QCoreApplication::translate("Recurrence", "in %1")
                   .arg(locale.createSeparatedList(months));
    }
    const bool oneSetPos = r.bySetPos.size() == 1 && r.byMonthDay.isEmpty();
    if (oneSetPos && isWorkweek(r.byDay)) {
        const int pos = r.bySetPos.first();
        out << (pos == -1 ? QCoreApplication::translate("Recurrence", "on the last workday")
                          : QCoreApplication::translate("Recurrence", "on the %1 workday")
                                .arg(ordinalText(pos)));
        return out;
    }
    if (isWorkweek(r.byDay)) {
        out << QCoreApplication::translate("Recurrence", "on weekdays");
    } else if (!r.byDay.isEmpty()) {
        QStringList days;
        for (const WeekdayNum& d : r.byDay)
            days << weekdayText(d, locale);
        out << QCoreApplication::translate("Recurrence", "on %1", "on Monday and Wednesday")
                   .arg(locale.createSeparatedList(days));
    }
    if (!r.byMonthDay.isEmpty()) {
        if (r.byMonthDay.size() == 1 && r.byMonthDay.first() < 0) {
            out << QCoreApplication::translate("Recurrence", "on %1", "on the last day")
                       .arg(monthDayText(r.byMonthDay.first()));
        } else {
            QStringList days;
            for (int d : r.byMonthDay)
                days << monthDayText(d);
            const QString list = locale.createSeparatedList(days);
            out << (r.byMonthDay.size() == 1
                    ? QCoreApplication::translate("Recurrence", "on day %1").arg(list)
                    : QCoreApplication::translate("Recurrence", "on days %1").arg(list));
        }
    }
    if (!r.bySetPos.isEmpty() && !oneSetPos) {
        QStringList pos;
        for (int p : r.bySetPos)
            pos << ordinalText(p);
        out << QCoreApplication::translate(
            "Recurrence", "(only the %1 of these)", "(only the first and last of these)")
                   .arg(locale.createSeparatedList(pos));
    } else if (oneSetPos && !r.byDay.isEmpty()) {
        out << QCoreApplication::translate("Recurrence", "(only the %1 of these)")
                   .arg(ordinalText(r.bySetPos.first()));
    }
    return out;
}

QString endText(const RecurrenceRule& r, const QLocale& locale)
{
    if (r.count == 1)
        return QCoreApplication::translate("Recurrence", "once");
    if (r.count > 1)
        return QCoreApplication::translate("Recurrence", "%n times", nullptr, r.count);
    if (r.until.isValid()) {
        // A UTC end is shown on the user's calendar; a floating one is a date in the event's zone.
        const QDate day
            = r.until.timeSpec() == Qt::LocalTime ? r.until.date() : r.until.toLocalTime().date();
        return QCoreApplication::translate("Recurrence", "until %1")
            .arg(locale.toString(day, QLocale::LongFormat));
    }
    return {};
}

} // namespace

namespace Recurrence {

QString describeWeekday(const WeekdayNum& day, const QLocale& locale)
{
    return weekdayText(day, locale);
}

QString describe(const RecurrenceRule& rule, const QLocale& locale)
{
    QString text = frequencyText(rule);
    for (const QString& detail : detailTexts(rule, locale))
        text = QCoreApplication::translate("Recurrence", "%1 %2", "Weekly + on Monday")
                   .arg(text, detail);
    const QString end = endText(rule, locale);
    if (!end.isEmpty())
        text = QCoreApplication::translate("Recurrence", "%1, %2", "Weekly on Monday + 10 times")
                   .arg(text, end);
    return text;
}

} // namespace Recurrence

} // namespace tandem
