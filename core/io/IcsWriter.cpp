// Kept to what every calendar app reads: one EXDATE per skipped date, VALARM with ACTION:DISPLAY,
// and time zones as full VTIMEZONEs (Outlook refuses a TZID it has no definition for).
#include "io/IcsWriter.h"

#include "io/IcsText.h"

#include <QMap>
#include <QSet>
#include <algorithm>

namespace tandem::IcsWriter {

namespace {

const QStringList kDays { QStringLiteral("MO"), QStringLiteral("TU"), QStringLiteral("WE"),
    QStringLiteral("TH"), QStringLiteral("FR"), QStringLiteral("SA"), QStringLiteral("SU") };

QString utcText(const QDateTime& t)
{
    return t.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
}

QString localText(const QDateTime& t)
{
    return t.toString(QStringLiteral("yyyyMMdd'T'HHmmss"));
}

QString offsetText(int secs)
{
    const int a = std::abs(secs);
    return QStringLiteral("%1%2%3")
        .arg(secs < 0 ? QLatin1Char('-') : QLatin1Char('+'))
        .arg(a / 3600, 2, 10, QLatin1Char('0'))
        .arg((a % 3600) / 60, 2, 10, QLatin1Char('0'));
}

// One transition of a zone as a VTIMEZONE observance sees it.
struct Onset {
    bool daylight = false;
    QDateTime local; // wall time before the change, in the offset before
    int offsetFrom = 0;
    int offsetTo = 0;
    QString name;

    // What a yearly rule must keep: month, weekday and which one, time and offsets.
    QString signature() const
    {
        const QDate d = local.date();
        const int ordinal = d.day() + 7 > d.daysInMonth() ? -1 : (d.day() - 1) / 7 + 1;
        return QStringLiteral("%1|%2|%3|%4|%5|%6")
            .arg(d.month())
            .arg(d.dayOfWeek())
            .arg(ordinal)
            .arg(local.time().toString(Qt::ISODate))
            .arg(offsetFrom)
            .arg(offsetTo);
    }
    QString rule() const
    {
        const QDate d = local.date();
        const int ordinal = d.day() + 7 > d.daysInMonth() ? -1 : (d.day() - 1) / 7 + 1;
        return QStringLiteral("FREQ=YEARLY;BYMONTH=%1;BYDAY=%2%3")
            .arg(d.month())
            .arg(ordinal)
            .arg(kDays.at(d.dayOfWeek() - 1));
    }
};

void observance(QStringList& out, const Onset& o, const QString& rrule)
{
    const QString kind = o.daylight ? QStringLiteral("DAYLIGHT") : QStringLiteral("STANDARD");
    out << QStringLiteral("BEGIN:") + kind;
    out << QStringLiteral("TZOFFSETFROM:") + offsetText(o.offsetFrom);
    out << QStringLiteral("TZOFFSETTO:") + offsetText(o.offsetTo);
    if (!o.name.isEmpty())
        out << QStringLiteral("TZNAME:") + IcsText::escapeText(o.name);
    out << QStringLiteral("DTSTART:") + localText(o.local);
    if (!rrule.isEmpty())
        out << QStringLiteral("RRULE:") + rrule;
    out << QStringLiteral("END:") + kind;
}

class Writer {
public:
    explicit Writer(const QDateTime& stamp)
        : m_stamp(utcText(stamp))
    {
    }
    void item(const IcsItem& item);
    QStringList lines;

private:
    // "DTSTART;TZID=Europe/Vilnius:20270328T090000", ";VALUE=DATE:20270328" or UTC.
    QString time(const QString& name, const QDateTime& t, const IcsItem& item) const;
    QString m_stamp;
};

QString Writer::time(const QString& name, const QDateTime& t, const IcsItem& item) const
{
    if (item.allDay)
        return name + QStringLiteral(";VALUE=DATE:") + t.toUTC().date().toString(u"yyyyMMdd");
    const QTimeZone zone
        = item.timeZone.isEmpty() ? QTimeZone() : QTimeZone(item.timeZone.toUtf8());
    if (!zone.isValid())
        return name + QLatin1Char(':') + utcText(t);
    return name + QStringLiteral(";TZID=") + IcsText::parameterValue(item.timeZone)
        + QLatin1Char(':') + localText(t.toTimeZone(zone));
}

void Writer::item(const IcsItem& item)
{
    const bool todo = item.kind == IcsItem::Kind::Todo;
    const QString component = todo ? QStringLiteral("VTODO") : QStringLiteral("VEVENT");
    auto text = [this](const char* name, const QString& value) {
        if (!value.isEmpty())
            lines << QString::fromLatin1(name) + QLatin1Char(':') + IcsText::escapeText(value);
    };
    lines << QStringLiteral("BEGIN:") + component;
    lines << QStringLiteral("UID:") + item.uid;
    lines << QStringLiteral("DTSTAMP:") + m_stamp;
    if (item.start.isValid())
        lines << time(QStringLiteral("DTSTART"), item.start, item);
    if (todo && item.due.isValid())
        lines << time(QStringLiteral("DUE"), item.due, item);
    if (!todo && item.end.isValid())
        lines << time(QStringLiteral("DTEND"), item.end, item);
    else if (!todo && item.allDay && item.start.isValid())
        lines << time(QStringLiteral("DTEND"), item.start.addDays(1), item);
    text("SUMMARY", item.summary);
    text("DESCRIPTION", item.description);
    text("LOCATION", item.location);
    if (!item.rrule.isEmpty())
        lines << QStringLiteral("RRULE:") + item.rrule;
    for (const QDateTime& ex : item.exdates)
        lines << time(QStringLiteral("EXDATE"), ex, item);
    if (item.visibility == QLatin1String("private"))
        lines << QStringLiteral("CLASS:PRIVATE");
    else if (item.visibility == QLatin1String("team"))
        lines << QStringLiteral("CLASS:PUBLIC");
    static const QMap<QString, QString> priorities { { QStringLiteral("high"),
                                                         QStringLiteral("1") },
        { QStringLiteral("normal"), QStringLiteral("5") },
        { QStringLiteral("low"), QStringLiteral("9") } };
    if (priorities.contains(item.priority))
        lines << QStringLiteral("PRIORITY:") + priorities.value(item.priority);
    if (todo) {
        lines << QStringLiteral("STATUS:")
                + (item.done ? QStringLiteral("COMPLETED") : QStringLiteral("NEEDS-ACTION"));
        if (item.done && item.doneAt.isValid())
            lines << QStringLiteral("COMPLETED:") + utcText(item.doneAt);
    } else {
        if (!item.tandemKind.isEmpty() && item.tandemKind != QLatin1String("meeting"))
            lines << QStringLiteral("X-TANDEM-KIND:") + item.tandemKind.toUpper();
        if (item.done)
            lines << QStringLiteral("X-TANDEM-DONE:")
                    + (item.doneAt.isValid() ? utcText(item.doneAt) : QStringLiteral("TRUE"));
    }
    if (item.reminderMinutes >= 0) {
        lines << QStringLiteral("BEGIN:VALARM") << QStringLiteral("ACTION:DISPLAY")
              << QStringLiteral("TRIGGER:-PT%1M").arg(item.reminderMinutes);
        lines << QStringLiteral("DESCRIPTION:")
                + IcsText::escapeText(
                    item.summary.isEmpty() ? QStringLiteral("Reminder") : item.summary);
        lines << QStringLiteral("END:VALARM");
    }
    lines << QStringLiteral("END:") + component;
}

} // namespace

QStringList vtimezone(const QTimeZone& zone, int fromYear, int toYear)
{
    QStringList out { QStringLiteral("BEGIN:VTIMEZONE"),
        QStringLiteral("TZID:") + QString::fromUtf8(zone.id()) };
    const QDateTime from(QDate(fromYear, 1, 1), QTime(0, 0), QTimeZone::utc());
    const QDateTime to(QDate(toYear, 12, 31), QTime(23, 59, 59), QTimeZone::utc());
    QList<Onset> onsets;
    for (const QTimeZone::OffsetData& t : zone.transitions(from, to)) {
        Onset o;
        o.daylight = t.daylightTimeOffset != 0;
        o.offsetTo = t.offsetFromUtc;
        o.offsetFrom = zone.offsetFromUtc(t.atUtc.addSecs(-1));
        // Wall times are kept in UTC so that no system zone's own gap moves them.
        o.local = t.atUtc.toUTC().addSecs(o.offsetFrom);
        o.name = t.abbreviation;
        onsets << o;
    }
    if (onsets.isEmpty()) {
        Onset o;
        o.local = QDateTime(QDate(1970, 1, 1), QTime(0, 0), QTimeZone::utc());
        o.offsetFrom = o.offsetTo = zone.offsetFromUtc(from);
        o.name = zone.abbreviation(from);
        observance(out, o, {});
        out << QStringLiteral("END:VTIMEZONE");
        return out;
    }
    // A yearly rule when every change of one kind falls on the same weekday of the same month.
    QMap<bool, QSet<QString>> signatures;
    for (const Onset& o : onsets)
        signatures[o.daylight].insert(o.signature());
    const bool yearly = std::all_of(
        signatures.begin(), signatures.end(), [](const QSet<QString>& s) { return s.size() == 1; });
    if (yearly) {
        QSet<bool> written;
        for (const Onset& o : onsets) {
            if (written.contains(o.daylight))
                continue;
            written.insert(o.daylight);
            observance(out, o, o.rule());
        }
    } else {
        for (const Onset& o : onsets)
            observance(out, o, {});
    }
    out << QStringLiteral("END:VTIMEZONE");
    return out;
}

QByteArray write(const QList<IcsItem>& items, const QDateTime& stamp)
{
    QStringList lines { QStringLiteral("BEGIN:VCALENDAR"), QStringLiteral("VERSION:2.0"),
        QStringLiteral("PRODID:-//Tandem//Tandem CRM//EN"), QStringLiteral("CALSCALE:GREGORIAN"),
        QStringLiteral("METHOD:PUBLISH") };
    // The years each zone is used in; a series may run on, so its zone covers a few more.
    QMap<QString, QPair<int, int>> years;
    for (const IcsItem& item : items) {
        if (item.allDay || item.timeZone.isEmpty() || !QTimeZone(item.timeZone.toUtf8()).isValid())
            continue;
        QList<QDateTime> times = item.exdates;
        times << item.start << item.end << item.due;
        for (const QDateTime& t : times) {
            if (!t.isValid())
                continue;
            const int y = t.toUTC().date().year();
            auto it = years.find(item.timeZone);
            if (it == years.end())
                it = years.insert(item.timeZone, { y, y });
            it->first = std::min(it->first, y);
            it->second = std::max(it->second, item.rrule.isEmpty() ? y : y + 5);
        }
    }
    for (auto it = years.begin(); it != years.end(); ++it)
        lines << vtimezone(QTimeZone(it.key().toUtf8()), it->first - 1, it->second + 1);
    Writer writer(stamp);
    for (const IcsItem& item : items)
        writer.item(item);
    lines << writer.lines << QStringLiteral("END:VCALENDAR");
    QByteArray out;
    for (const QString& line : lines)
        out += IcsText::folded(line);
    return out;
}

} // namespace tandem::IcsWriter
