// A file's own VTIMEZONE is only needed for zones no IANA id names (custom Outlook display names);
// its yearly rules are evaluated around the year asked for.
#include "io/IcsTimeZone.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <algorithm>

namespace tandem {

namespace {

using IcsText::Component;
using IcsText::Property;

const QStringList kDays { QStringLiteral("MO"), QStringLiteral("TU"), QStringLiteral("WE"),
    QStringLiteral("TH"), QStringLiteral("FR"), QStringLiteral("SA"), QStringLiteral("SU") };

Error propertyError(const QString& message, const Property* p, const Component& c, const char* name)
{
    return Error { message, {}, p ? p->line : c.line, QString::fromLatin1(name) };
}

// "+0200", "-0530", "+020000" → seconds east of UTC.
std::optional<int> parseOffset(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("^([+-])(\\d\\d)(\\d\\d)(\\d\\d)?$"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const int secs
        = m.captured(2).toInt() * 3600 + m.captured(3).toInt() * 60 + m.captured(4).toInt();
    return m.captured(1) == QLatin1String("-") ? -secs : secs;
}

// "19700329T030000" as a naive wall time (Qt::UTC stands in for "no zone").
QDateTime parseLocal(const QString& text)
{
    QDateTime dt
        = QDateTime::fromString(text.trimmed().left(15), QStringLiteral("yyyyMMddTHHmmss"));
    dt.setTimeZone(QTimeZone::utc());
    return dt;
}

// The day of `month` in `year` that `o` names, or an invalid date.
QDate ruleDate(const IcsZoneRules::Observance& o, int year)
{
    const QDate first(year, o.month, 1);
    if (o.monthDay != 0) {
        const int day = o.monthDay > 0 ? o.monthDay : first.daysInMonth() + o.monthDay + 1;
        return QDate(year, o.month, day);
    }
    if (o.weekday == 0)
        return {};
    if (o.ordinal >= 0) {
        const int shift = (o.weekday - first.dayOfWeek() + 7) % 7;
        const QDate d = first.addDays(shift + 7 * (std::max(o.ordinal, 1) - 1));
        return d.month() == o.month ? d : QDate();
    }
    const QDate last(year, o.month, first.daysInMonth());
    const int shift = (last.dayOfWeek() - o.weekday + 7) % 7;
    const QDate d = last.addDays(-shift - 7 * (-o.ordinal - 1));
    return d.month() == o.month ? d : QDate();
}

void readRule(const QString& rrule, IcsZoneRules::Observance& o)
{
    for (const QString& part : rrule.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString key = part.section(QLatin1Char('='), 0, 0).trimmed().toUpper();
        const QString value = part.section(QLatin1Char('='), 1).trimmed().toUpper();
        if (key == QLatin1String("FREQ"))
            o.yearly = value == QLatin1String("YEARLY");
        else if (key == QLatin1String("BYMONTH"))
            o.month = value.section(QLatin1Char(','), 0, 0).toInt();
        else if (key == QLatin1String("BYMONTHDAY"))
            o.monthDay = value.section(QLatin1Char(','), 0, 0).toInt();
        else if (key == QLatin1String("UNTIL")) {
            o.until = parseLocal(value);
            if (!o.until.isValid()) {
                o.until = QDateTime(QDate::fromString(value.left(8), QStringLiteral("yyyyMMdd")),
                    QTime(23, 59, 59), QTimeZone::utc());
            }
        } else if (key == QLatin1String("BYDAY")) {
            const QString day = value.section(QLatin1Char(','), 0, 0);
            o.weekday = int(kDays.indexOf(day.right(2))) + 1;
            o.ordinal = day.size() > 2 ? day.chopped(2).toInt() : 0;
        }
    }
    if (o.month < 1 || o.month > 12)
        o.yearly = false;
}

} // namespace

QDateTime IcsZoneRules::toUtc(const QDate& date, const QTime& time) const
{
    struct Onset {
        QDateTime utc;
        int offsetTo;
    };
    QList<Onset> onsets;
    auto addOnset = [&onsets](const Observance& o, const QDateTime& local) {
        onsets.append({ local.addSecs(-o.offsetFrom), o.offsetTo });
    };
    for (const Observance& o : observances) {
        addOnset(o, o.start);
        for (const QDateTime& r : o.rdates)
            addOnset(o, r);
        if (!o.yearly)
            continue;
        for (int year = std::max(date.year() - 1, o.start.date().year()); year <= date.year() + 1;
             ++year) {
            const QDate d = ruleDate(o, year);
            if (!d.isValid())
                continue;
            const QDateTime local(d, o.start.time(), QTimeZone::utc());
            if (local < o.start || (o.until.isValid() && local.addSecs(-o.offsetFrom) > o.until))
                continue;
            addOnset(o, local);
        }
    }
    std::sort(
        onsets.begin(), onsets.end(), [](const Onset& a, const Onset& b) { return a.utc < b.utc; });
    const QDateTime wall(date, time, QTimeZone::utc());
    // The latest observance whose offset puts this wall time after its own onset. In a gap no
    // later one fits, so the offset before the gap applies.
    for (qsizetype i = onsets.size() - 1; i >= 0; --i) {
        const QDateTime utc = wall.addSecs(-onsets.at(i).offsetTo);
        if (utc >= onsets.at(i).utc)
            return utc;
    }
    const int before = observances.isEmpty() ? 0 : observances.first().offsetFrom;
    return wall.addSecs(-before);
}

QDateTime IcsZone::toUtc(const QDate& date, const QTime& time) const
{
    if (zone.isValid())
        return QDateTime(date, time, zone).toUTC();
    if (rules)
        return rules->toUtc(date, time);
    return {};
}

Result<void> IcsTimeZones::add(const Component& vtimezone)
{
    const Property* tzid = vtimezone.property(QStringLiteral("TZID"));
    if (!tzid || tzid->value.trimmed().isEmpty())
        return propertyError(QCoreApplication::translate("Ics", "the VTIMEZONE has no TZID"), tzid,
            vtimezone, "TZID");
    IcsZoneRules rules;
    rules.tzid = tzid->value.trimmed();
    if (const Property* loc = vtimezone.property(QStringLiteral("X-LIC-LOCATION")))
        rules.location = loc->value.trimmed();
    for (const Component& child : vtimezone.children) {
        if (child.name != QLatin1String("STANDARD") && child.name != QLatin1String("DAYLIGHT"))
            continue;
        IcsZoneRules::Observance o;
        const Property* start = child.property(QStringLiteral("DTSTART"));
        o.start = start ? parseLocal(start->value) : QDateTime();
        if (!o.start.isValid())
            return propertyError(QCoreApplication::translate(
                                     "Ics", "the time zone “%1” has a %2 without a valid DTSTART")
                                     .arg(rules.tzid, child.name),
                start, child, "DTSTART");
        const Property* from = child.property(QStringLiteral("TZOFFSETFROM"));
        const Property* to = child.property(QStringLiteral("TZOFFSETTO"));
        const auto offsetTo = to ? parseOffset(to->value) : std::nullopt;
        if (!offsetTo)
            return propertyError(QCoreApplication::translate("Ics",
                                     "the time zone “%1” has a %2 without a valid TZOFFSETTO")
                                     .arg(rules.tzid, child.name),
                to, child, "TZOFFSETTO");
        o.offsetTo = *offsetTo;
        o.offsetFrom = from ? parseOffset(from->value).value_or(o.offsetTo) : o.offsetTo;
        if (const Property* rrule = child.property(QStringLiteral("RRULE")))
            readRule(rrule->value, o);
        for (const Property* rdate : child.all(QStringLiteral("RDATE"))) {
            for (const QString& v : rdate->value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                const QDateTime r = parseLocal(v);
                if (r.isValid())
                    o.rdates << r;
            }
        }
        rules.observances << o;
    }
    if (rules.observances.isEmpty())
        return propertyError(QCoreApplication::translate(
                                 "Ics", "the time zone “%1” has neither STANDARD nor DAYLIGHT")
                                 .arg(rules.tzid),
            tzid, vtimezone, "VTIMEZONE");
    m_rules.insert(rules.tzid, rules);
    return {};
}

QTimeZone IcsTimeZones::ianaZone(const QString& tzid)
{
    const QString id = tzid.trimmed();
    if (id.isEmpty())
        return {};
    if (id.compare(QLatin1String("UTC"), Qt::CaseInsensitive) == 0
        || id.compare(QLatin1String("GMT"), Qt::CaseInsensitive) == 0
        || id == QLatin1String("Etc/UTC"))
        return QTimeZone::utc();
    // Only names shaped like IANA ids ("Europe/Vilnius", "UTC+02:00" is not one of them).
    static const QRegularExpression iana(QStringLiteral("^[A-Za-z]+(/[A-Za-z0-9_+-]+)+$"));
    if (iana.match(id).hasMatch()) {
        const QTimeZone zone(id.toUtf8());
        if (zone.isValid())
            return zone;
    }
    const QByteArray windows = QTimeZone::windowsIdToDefaultIanaId(id.toUtf8());
    if (!windows.isEmpty()) {
        const QTimeZone zone(windows);
        if (zone.isValid())
            return zone;
    }
    // Path-like ids end in an IANA id: "/mozilla.org/20050126_1/Europe/Vilnius".
    const QStringList parts = id.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (qsizetype n = 2; n <= 3 && n < parts.size(); ++n) {
        const QString tail = parts.mid(parts.size() - n).join(QLatin1Char('/'));
        if (iana.match(tail).hasMatch()) {
            const QTimeZone zone(tail.toUtf8());
            if (zone.isValid())
                return zone;
        }
    }
    return {};
}

Result<IcsZone> IcsTimeZones::resolve(const QString& tzid) const
{
    IcsZone out;
    const auto rules = m_rules.constFind(tzid.trimmed());
    out.zone = ianaZone(tzid);
    if (!out.zone.isValid() && rules != m_rules.constEnd())
        out.zone = ianaZone(rules->location);
    if (out.zone.isValid()) {
        if (out.zone != QTimeZone::utc())
            out.ianaId = QString::fromUtf8(out.zone.id());
        return out;
    }
    if (rules == m_rules.constEnd())
        return makeError(QCoreApplication::translate(
            "Ics", "unknown time zone “%1”, and the file has no VTIMEZONE that defines it")
                             .arg(tzid));
    out.rules = &rules.value();
    return out;
}

} // namespace tandem
