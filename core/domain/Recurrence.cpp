// RRULE text to RecurrenceRule and back (RFC 5545 3.3.10), and the event's zone from its name.
// Expansion lives in RecurrenceExpansion.cpp, the sentence for people in RecurrenceText.cpp.
#include "domain/Recurrence.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace tandem {

namespace {

const char* const kDayCodes[] = { "MO", "TU", "WE", "TH", "FR", "SA", "SU" };

Error partError(const QString& part, const QString& message)
{
    return makeError(message, part);
}

Error badValue(const QString& part, const QString& value)
{
    return partError(
        part, QCoreApplication::translate("Recurrence", "%1 cannot be “%2”.").arg(part, value));
}

std::optional<Qt::DayOfWeek> dayFromCode(const QString& code)
{
    for (int i = 0; i < 7; ++i) {
        if (code == QLatin1String(kDayCodes[i]))
            return Qt::DayOfWeek(i + 1);
    }
    return std::nullopt;
}

// A whole number in [lo, hi], zero refused when `signedRange` (for the ±n lists).
std::optional<int> intIn(const QString& text, int lo, int hi, bool signedRange)
{
    static const QRegularExpression re(QStringLiteral("^[+-]?\\d{1,4}$"));
    if (!re.match(text).hasMatch())
        return std::nullopt;
    const int v = text.toInt();
    if (signedRange) {
        if (v == 0 || v < -hi || v > hi)
            return std::nullopt;
    } else if (v < lo || v > hi) {
        return std::nullopt;
    }
    return v;
}

Result<QList<int>> intList(const QString& part, const QString& value, int lo, int hi, bool sign)
{
    QList<int> out;
    for (const QString& item : value.split(QLatin1Char(','))) {
        const auto v = intIn(item, lo, hi, sign);
        if (!v)
            return badValue(part, item);
        if (!out.contains(*v))
            out << *v;
    }
    return out;
}

Result<QList<WeekdayNum>> dayList(const QString& value)
{
    static const QRegularExpression re(QStringLiteral("^([+-]?\\d{1,2})?([A-Z]{2})$"));
    QList<WeekdayNum> out;
    for (const QString& item : value.split(QLatin1Char(','))) {
        const auto m = re.match(item);
        const auto day = m.hasMatch() ? dayFromCode(m.captured(2)) : std::nullopt;
        if (!day)
            return badValue(QStringLiteral("BYDAY"), item);
        WeekdayNum wd { 0, *day };
        if (!m.captured(1).isEmpty()) {
            const auto n = intIn(m.captured(1), 1, 53, true);
            if (!n)
                return badValue(QStringLiteral("BYDAY"), item);
            wd.ordinal = *n;
        }
        if (!out.contains(wd))
            out << wd;
    }
    return out;
}

// UNTIL as a UTC date-time (…Z) or floating: a date alone is kept as that day's last millisecond,
// a date-time without Z as that wall time; both are read in the event's own zone.
QDateTime parseUntil(const QString& value)
{
    if (value.size() == 8) {
        const QDate d = QDate::fromString(value, QStringLiteral("yyyyMMdd"));
        return d.isValid() ? QDateTime(d, QTime(23, 59, 59, 999), Qt::LocalTime) : QDateTime();
    }
    if (value.size() == 16 && value.endsWith(QLatin1Char('Z'))) {
        QDateTime t = QDateTime::fromString(value.left(15), QStringLiteral("yyyyMMdd'T'HHmmss"));
        if (t.isValid())
            t = QDateTime(t.date(), t.time(), Qt::UTC);
        return t;
    }
    if (value.size() == 15) {
        const QDateTime t = QDateTime::fromString(value, QStringLiteral("yyyyMMdd'T'HHmmss"));
        return t.isValid() ? QDateTime(t.date(), t.time(), Qt::LocalTime) : QDateTime();
    }
    return {};
}

Result<RecurrenceRule::Frequency> parseFrequency(const QString& value)
{
    using F = RecurrenceRule::Frequency;
    if (value == QLatin1String("DAILY"))
        return F::Daily;
    if (value == QLatin1String("WEEKLY"))
        return F::Weekly;
    if (value == QLatin1String("MONTHLY"))
        return F::Monthly;
    if (value == QLatin1String("YEARLY"))
        return F::Yearly;
    if (value == QLatin1String("HOURLY") || value == QLatin1String("MINUTELY")
        || value == QLatin1String("SECONDLY"))
        return partError(QStringLiteral("FREQ"),
            QCoreApplication::translate(
                "Recurrence", "FREQ=%1 is not supported: events repeat daily at most often.")
                .arg(value));
    return badValue(QStringLiteral("FREQ"), value);
}

// The combinations RFC 5545 forbids or Tandem cannot expand.
Result<void> checkCombination(const RecurrenceRule& r, bool hasUntil)
{
    using F = RecurrenceRule::Frequency;
    if (hasUntil && r.count > 0)
        return partError(QStringLiteral("UNTIL"),
            QCoreApplication::translate("Recurrence", "UNTIL and COUNT cannot both be given."));
    const bool ordinals
        = std::any_of(r.byDay.begin(), r.byDay.end(), [](const auto& d) { return d.ordinal; });
    if (ordinals && (r.frequency == F::Daily || r.frequency == F::Weekly))
        return partError(QStringLiteral("BYDAY"),
            QCoreApplication::translate("Recurrence",
                "BYDAY can number its weekdays (2TU, -1FR) only when repeating monthly or "
                "yearly."));
    if (ordinals && r.frequency == F::Monthly) {
        for (const WeekdayNum& d : r.byDay) {
            if (d.ordinal > 5 || d.ordinal < -5)
                return partError(QStringLiteral("BYDAY"),
                    QCoreApplication::translate(
                        "Recurrence", "BYDAY cannot name more than the fifth weekday of a month."));
        }
    }
    if (!r.byMonthDay.isEmpty() && r.frequency == F::Weekly)
        return partError(QStringLiteral("BYMONTHDAY"),
            QCoreApplication::translate(
                "Recurrence", "BYMONTHDAY cannot be used when repeating weekly."));
    if (!r.bySetPos.isEmpty() && r.byDay.isEmpty() && r.byMonthDay.isEmpty() && r.byMonth.isEmpty())
        return partError(QStringLiteral("BYSETPOS"),
            QCoreApplication::translate("Recurrence",
                "BYSETPOS needs another BY part (BYDAY, BYMONTHDAY or BYMONTH) to choose from."));
    return {};
}

QString untilText(const QDateTime& until)
{
    if (until.timeSpec() == Qt::LocalTime) {
        if (until.time() == QTime(23, 59, 59, 999))
            return until.date().toString(QStringLiteral("yyyyMMdd"));
        return until.toString(QStringLiteral("yyyyMMdd'T'HHmmss"));
    }
    return until.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
}

QString joinInts(const QList<int>& values)
{
    QStringList out;
    for (int v : values)
        out << QString::number(v);
    return out.join(QLatin1Char(','));
}

} // namespace

namespace Recurrence {

Result<RecurrenceRule> parse(const QString& rrule)
{
    QString text = rrule.trimmed().toUpper();
    if (text.startsWith(QLatin1String("RRULE:")))
        text = text.mid(6);
    RecurrenceRule r;
    bool hasFreq = false;
    bool hasUntil = false;
    QSet<QString> seen;
    for (const QString& item : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const qsizetype eq = item.indexOf(QLatin1Char('='));
        const QString name = item.left(eq).trimmed();
        const QString value = eq < 0 ? QString() : item.mid(eq + 1).trimmed();
        if (eq < 0 || value.isEmpty())
            return partError(
                name, QCoreApplication::translate("Recurrence", "%1 has no value.").arg(name));
        if (seen.contains(name))
            return partError(
                name, QCoreApplication::translate("Recurrence", "%1 is given twice.").arg(name));
        seen.insert(name);
        if (name == QLatin1String("FREQ")) {
            auto f = parseFrequency(value);
            if (!f)
                return f.error();
            r.frequency = *f;
            hasFreq = true;
        } else if (name == QLatin1String("INTERVAL") || name == QLatin1String("COUNT")) {
            const auto v = intIn(value, 1, 9999, false);
            if (!v)
                return partError(name,
                    QCoreApplication::translate(
                        "Recurrence", "%1 must be a whole number above zero, not “%2”.")
                        .arg(name, value));
            (name == QLatin1String("COUNT") ? r.count : r.interval) = *v;
        } else if (name == QLatin1String("UNTIL")) {
            r.until = parseUntil(value);
            if (!r.until.isValid())
                return partError(name,
                    QCoreApplication::translate("Recurrence",
                        "UNTIL must be a date (20261231) or a UTC date and time "
                        "(20261231T235959Z), not “%1”.")
                        .arg(value));
            hasUntil = true;
        } else if (name == QLatin1String("BYDAY")) {
            auto days = dayList(value);
            if (!days)
                return days.error();
            r.byDay = *days;
        } else if (name == QLatin1String("BYMONTHDAY")) {
            auto v = intList(name, value, 1, 31, true);
            if (!v)
                return v.error();
            r.byMonthDay = *v;
        } else if (name == QLatin1String("BYMONTH")) {
            auto v = intList(name, value, 1, 12, false);
            if (!v)
                return v.error();
            r.byMonth = *v;
        } else if (name == QLatin1String("BYSETPOS")) {
            auto v = intList(name, value, 1, 366, true);
            if (!v)
                return v.error();
            r.bySetPos = *v;
        } else if (name == QLatin1String("WKST")) {
            const auto d = dayFromCode(value);
            if (!d)
                return badValue(name, value);
            r.weekStart = *d;
        } else if (name == QLatin1String("BYHOUR") || name == QLatin1String("BYMINUTE")
            || name == QLatin1String("BYSECOND") || name == QLatin1String("BYWEEKNO")
            || name == QLatin1String("BYYEARDAY")) {
            return partError(
                name, QCoreApplication::translate("Recurrence", "%1 is not supported.").arg(name));
        } else {
            return partError(name,
                QCoreApplication::translate("Recurrence", "“%1” is not a part of a repeat rule.")
                    .arg(name));
        }
    }
    if (!hasFreq)
        return partError(
            QStringLiteral("FREQ"), QCoreApplication::translate("Recurrence", "FREQ is missing."));
    if (auto ok = checkCombination(r, hasUntil); !ok)
        return ok.error();
    return r;
}

QString format(const RecurrenceRule& rule)
{
    static const char* const freqs[] = { "DAILY", "WEEKLY", "MONTHLY", "YEARLY" };
    QStringList parts { QStringLiteral("FREQ=") + QLatin1String(freqs[int(rule.frequency)]) };
    if (rule.until.isValid())
        parts << QStringLiteral("UNTIL=") + untilText(rule.until);
    if (rule.count > 0)
        parts << QStringLiteral("COUNT=%1").arg(rule.count);
    if (rule.interval > 1)
        parts << QStringLiteral("INTERVAL=%1").arg(rule.interval);
    if (!rule.byDay.isEmpty()) {
        QStringList days;
        for (const WeekdayNum& d : rule.byDay) {
            days << (d.ordinal ? QString::number(d.ordinal) : QString())
                    + QLatin1String(kDayCodes[int(d.day) - 1]);
        }
        parts << QStringLiteral("BYDAY=") + days.join(QLatin1Char(','));
    }
    if (!rule.byMonthDay.isEmpty())
        parts << QStringLiteral("BYMONTHDAY=") + joinInts(rule.byMonthDay);
    if (!rule.byMonth.isEmpty())
        parts << QStringLiteral("BYMONTH=") + joinInts(rule.byMonth);
    if (!rule.bySetPos.isEmpty())
        parts << QStringLiteral("BYSETPOS=") + joinInts(rule.bySetPos);
    if (rule.weekStart != Qt::Monday)
        parts << QStringLiteral("WKST=") + QLatin1String(kDayCodes[int(rule.weekStart) - 1]);
    return parts.join(QLatin1Char(';'));
}

QTimeZone zoneNamed(const QString& ianaId)
{
    if (!ianaId.isEmpty()) {
        QTimeZone zone(ianaId.toUtf8());
        if (zone.isValid())
            return zone;
        // Kyiv was renamed from Kiev in tzdata 2022b; a system may know only one of the two.
        static const QHash<QString, QString> renamed {
            { QStringLiteral("Europe/Kyiv"), QStringLiteral("Europe/Kiev") },
            { QStringLiteral("Europe/Kiev"), QStringLiteral("Europe/Kyiv") },
        };
        if (renamed.contains(ianaId)) {
            zone = QTimeZone(renamed.value(ianaId).toUtf8());
            if (zone.isValid())
                return zone;
        }
    }
    return QTimeZone::systemTimeZone();
}

} // namespace Recurrence

} // namespace tandem
