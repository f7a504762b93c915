// The component tree first (so a missing END is caught before anything is read), then each
// calendar's VTIMEZONEs, then its events and to-dos. Unknown properties and components are ignored.
#include "io/IcsReader.h"

#include "domain/Recurrence.h"
#include "io/IcsText.h"
#include "io/IcsTimeZone.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <optional>

namespace tandem {

namespace {

using IcsText::Component;
using IcsText::Property;

struct Moment {
    QDateTime utc;
    bool isDate = false;
    QString zoneId; // IANA id of the TZID or floating zone; empty for UTC and dates
};

Error itemError(const QString& message, int line, const QString& field)
{
    return Error { message, {}, line, field };
}

// "-PT15M", "P1D", "P1DT2H30M", "P2W" → seconds.
std::optional<qint64> parseDuration(const QString& text)
{
    static const QRegularExpression re(QStringLiteral(
        "^([+-])?P(?:(\\d+)W)?(?:(\\d+)D)?(?:T(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+)S)?)?$"));
    const QString v = text.trimmed().toUpper();
    const auto m = re.match(v);
    if (!m.hasMatch() || v.endsWith(QLatin1Char('P')) || v.endsWith(QLatin1Char('T')))
        return std::nullopt;
    const qint64 secs = m.captured(2).toLongLong() * 7 * 86400 + m.captured(3).toLongLong() * 86400
        + m.captured(4).toLongLong() * 3600 + m.captured(5).toLongLong() * 60
        + m.captured(6).toLongLong();
    return m.captured(1) == QLatin1String("-") ? -secs : secs;
}

class ItemReader {
public:
    ItemReader(const IcsTimeZones& zones, const QTimeZone& floating)
        : m_zones(zones)
        , m_floating(floating)
    {
    }

    IcsItem read(const Component& c) const;

private:
    Result<Moment> moment(const Property& p, const QString& value) const;
    Result<Moment> moment(const Property& p) const { return moment(p, p.value); }
    Result<void> readTimes(const Component& c, IcsItem& item) const;
    Result<void> readRecurrence(const Component& c, IcsItem& item) const;
    void readStatus(const Component& c, IcsItem& item) const;
    int reminder(const Component& alarm, const IcsItem& item) const;

    const IcsTimeZones& m_zones;
    QTimeZone m_floating;
};

Result<Moment> ItemReader::moment(const Property& p, const QString& text) const
{
    const QString v = text.trimmed().toUpper();
    Moment out;
    if (p.parameter(QStringLiteral("VALUE")).toUpper() == QLatin1String("DATE")
        || (v.size() == 8 && !v.contains(QLatin1Char('T')))) {
        const QDate d = QDate::fromString(v, QStringLiteral("yyyyMMdd"));
        if (!d.isValid())
            return itemError(
                QCoreApplication::translate("Ics", "“%1” is not a date (YYYYMMDD)").arg(text),
                p.line, p.name);
        out.utc = QDateTime(d, QTime(0, 0), QTimeZone::utc());
        out.isDate = true;
        return out;
    }
    static const QRegularExpression re(QStringLiteral("^(\\d{8})T(\\d{6})(Z?)$"));
    const auto m = re.match(v);
    const QDate d
        = m.hasMatch() ? QDate::fromString(m.captured(1), QStringLiteral("yyyyMMdd")) : QDate();
    const QTime t
        = m.hasMatch() ? QTime::fromString(m.captured(2), QStringLiteral("HHmmss")) : QTime();
    if (!d.isValid() || !t.isValid())
        return itemError(QCoreApplication::translate(
                             "Ics", "“%1” is not a date and time (YYYYMMDDTHHMMSS, Z for UTC)")
                             .arg(text.left(40)),
            p.line, p.name);
    const QString tzid = p.parameter(QStringLiteral("TZID"));
    if (!m.captured(3).isEmpty()) {
        out.utc = QDateTime(d, t, QTimeZone::utc());
    } else if (!tzid.isEmpty()) {
        const auto zone = m_zones.resolve(tzid);
        if (!zone)
            return itemError(zone.error().message, p.line, p.name);
        out.utc = zone->toUtc(d, t);
        out.zoneId = zone->ianaId;
    } else {
        out.utc = QDateTime(d, t, m_floating).toUTC();
        if (m_floating != QTimeZone::utc())
            out.zoneId = QString::fromUtf8(m_floating.id());
    }
    return out;
}

Result<void> ItemReader::readTimes(const Component& c, IcsItem& item) const
{
    const bool todo = item.kind == IcsItem::Kind::Todo;
    if (const Property* p = c.property(QStringLiteral("DTSTART"))) {
        auto start = moment(*p);
        if (!start)
            return start.error();
        item.start = start->utc;
        item.allDay = start->isDate;
        item.timeZone = start->zoneId;
    } else if (!todo) {
        return itemError(QCoreApplication::translate("Ics", "the event has no DTSTART"), c.line,
            QStringLiteral("DTSTART"));
    }
    const Property* endProperty
        = c.property(todo ? QStringLiteral("DUE") : QStringLiteral("DTEND"));
    QDateTime end;
    if (endProperty) {
        auto m = moment(*endProperty);
        if (!m)
            return m.error();
        end = m->utc;
        if (!item.start.isValid()) {
            item.allDay = m->isDate;
            item.timeZone = m->zoneId;
        }
    } else if (const Property* d = c.property(QStringLiteral("DURATION"));
               d && item.start.isValid()) {
        const auto secs = parseDuration(d->value);
        if (!secs)
            return itemError(QCoreApplication::translate("Ics", "“%1” is not a duration (PT1H30M)")
                                 .arg(d->value.left(40)),
                d->line, d->name);
        end = item.start.addSecs(*secs);
        endProperty = d;
    } else if (!todo && item.allDay) {
        end = item.start.addDays(1); // RFC 5545 §3.6.1: a date lasts one day
    }
    if (end.isValid() && item.start.isValid() && end < item.start)
        return itemError(
            QCoreApplication::translate("Ics", "the end is before the start (DTSTART %1)")
                .arg(item.start.toString(Qt::ISODate)),
            endProperty ? endProperty->line : c.line, endProperty ? endProperty->name : QString());
    (todo ? item.due : item.end) = end;
    return {};
}

Result<void> ItemReader::readRecurrence(const Component& c, IcsItem& item) const
{
    if (const Property* p = c.property(QStringLiteral("RRULE"))) {
        const auto rule = Recurrence::parse(p->value.trimmed());
        if (!rule)
            return itemError(rule.error().message, p->line, p->name);
        if (!item.start.isValid())
            return itemError(QCoreApplication::translate("Ics", "a repeating item needs a DTSTART"),
                p->line, p->name);
        item.rrule = p->value.trimmed();
    }
    for (const Property* p : c.all(QStringLiteral("EXDATE"))) {
        for (const QString& value : p->value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            auto m = moment(*p, value);
            if (!m)
                return m.error();
            item.exdates << m->utc;
        }
    }
    if (const Property* p = c.property(QStringLiteral("RECURRENCE-ID"))) {
        auto m = moment(*p);
        if (!m)
            return m.error();
        item.recurrenceId = m->utc;
    }
    return {};
}

void ItemReader::readStatus(const Component& c, IcsItem& item) const
{
    const Property* status = c.property(QStringLiteral("STATUS"));
    if (status && status->value.trimmed().toUpper() == QLatin1String("COMPLETED"))
        item.done = true;
    if (const Property* completed = c.property(QStringLiteral("COMPLETED"))) {
        if (auto m = moment(*completed)) {
            item.done = true;
            item.doneAt = m->utc;
        }
    }
    // Tandem's own: a logged call or a held meeting is done, which VEVENT has no property for.
    if (const Property* done = c.property(QStringLiteral("X-TANDEM-DONE"))) {
        item.done = true;
        if (auto m = moment(*done))
            item.doneAt = m->utc;
    }
    if (const Property* priority = c.property(QStringLiteral("PRIORITY"))) {
        bool ok = false;
        const int p = priority->value.trimmed().toInt(&ok);
        if (ok && p >= 1 && p <= 4)
            item.priority = QStringLiteral("high");
        else if (ok && p == 5)
            item.priority = QStringLiteral("normal");
        else if (ok && p >= 6 && p <= 9)
            item.priority = QStringLiteral("low");
    }
    if (const Property* cls = c.property(QStringLiteral("CLASS"))) {
        const QString v = cls->value.trimmed().toUpper();
        if (v == QLatin1String("PRIVATE") || v == QLatin1String("CONFIDENTIAL"))
            item.visibility = QStringLiteral("private");
        else if (v == QLatin1String("PUBLIC"))
            item.visibility = QStringLiteral("team");
    }
    if (const Property* kind = c.property(QStringLiteral("X-TANDEM-KIND"))) {
        const QString v = kind->value.trimmed().toLower();
        if (v == QLatin1String("call") || v == QLatin1String("email") || v == QLatin1String("note")
            || v == QLatin1String("meeting"))
            item.tandemKind = v;
    }
}

// Minutes before the start the alarm rings, or -1 when it rings after it or cannot be read.
int ItemReader::reminder(const Component& alarm, const IcsItem& item) const
{
    const Property* trigger = alarm.property(QStringLiteral("TRIGGER"));
    if (!trigger)
        return -1;
    const QDateTime anchor = item.start.isValid() ? item.start : item.due;
    qint64 before = -1;
    if (trigger->parameter(QStringLiteral("VALUE")).toUpper() == QLatin1String("DATE-TIME")) {
        const auto at = moment(*trigger);
        if (!at || !anchor.isValid())
            return -1;
        before = at->utc.secsTo(anchor);
    } else {
        const auto secs = parseDuration(trigger->value);
        if (!secs)
            return -1;
        qint64 fromStart = *secs;
        if (trigger->parameter(QStringLiteral("RELATED")).toUpper() == QLatin1String("END")
            && item.start.isValid() && item.end.isValid())
            fromStart += item.start.secsTo(item.end);
        before = -fromStart;
    }
    return before >= 0 ? int(before / 60) : -1;
}

IcsItem ItemReader::read(const Component& c) const
{
    IcsItem item;
    item.kind = c.name == QLatin1String("VTODO") ? IcsItem::Kind::Todo : IcsItem::Kind::Event;
    item.line = c.line;
    auto text = [&c](const char* name) {
        const Property* p = c.property(QString::fromLatin1(name));
        return p ? IcsText::unescapeText(p->value) : QString();
    };
    item.uid = text("UID").trimmed();
    item.summary = text("SUMMARY");
    item.description = text("DESCRIPTION");
    item.location = text("LOCATION");
    if (!c.ok()) {
        item.error = c.error;
        return item;
    }
    if (auto r = readTimes(c, item); !r) {
        item.error = r.error();
        return item;
    }
    if (auto r = readRecurrence(c, item); !r) {
        item.error = r.error();
        return item;
    }
    readStatus(c, item);
    for (const Component& alarm : c.children) {
        if (alarm.name != QLatin1String("VALARM"))
            continue;
        item.reminderMinutes = reminder(alarm, item);
        if (item.reminderMinutes >= 0)
            break;
    }
    return item;
}

Error fileError(
    const QString& message, const QString& fileName, int line, const QString& field = {})
{
    return Error { message, fileName, line, field };
}

} // namespace

namespace IcsReader {

IcsReadResult read(const QByteArray& data, const QString& fileName, const QTimeZone& floatingZone)
{
    IcsReadResult out;
    const QList<IcsText::Line> lines = IcsText::unfold(data);
    if (lines.isEmpty()) {
        out.errors << fileError(
            QCoreApplication::translate("Ics", "the file is empty: there is no calendar in it"),
            fileName, 1);
        return out;
    }
    if (lines.first().text.trimmed().toUpper() != QLatin1String("BEGIN:VCALENDAR")) {
        out.errors << fileError(QCoreApplication::translate("Ics",
                                    "this is not an iCalendar file: it starts with “%1”, not "
                                    "BEGIN:VCALENDAR")
                                    .arg(lines.first().text.trimmed().left(40)),
            fileName, lines.first().line);
        return out;
    }
    auto tree = IcsText::components(lines);
    if (!tree) {
        Error e = tree.error();
        e.file = fileName;
        out.errors << e;
        return out;
    }
    for (const Component& calendar : *tree) {
        if (calendar.name != QLatin1String("VCALENDAR")) {
            out.errors << fileError(
                QCoreApplication::translate("Ics", "BEGIN:%1 outside the calendar")
                    .arg(calendar.name),
                fileName, calendar.line, QStringLiteral("BEGIN"));
            return out;
        }
        if (!calendar.ok()) {
            Error e = calendar.error;
            e.file = fileName;
            out.errors << e;
            return out;
        }
        IcsTimeZones zones;
        for (const Component& child : calendar.children) {
            if (child.name != QLatin1String("VTIMEZONE"))
                continue;
            if (auto added = zones.add(child); !added) {
                Error e = added.error();
                e.file = fileName;
                out.errors << e;
                return out;
            }
        }
        const ItemReader reader(zones, floatingZone);
        for (const Component& child : calendar.children) {
            if (child.name != QLatin1String("VEVENT") && child.name != QLatin1String("VTODO"))
                continue;
            IcsItem item = reader.read(child);
            if (!item.ok())
                item.error.file = fileName;
            out.items << item;
        }
    }
    return out;
}

IcsReadResult readFile(const QString& path, const QTimeZone& floatingZone)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        IcsReadResult out;
        out.errors << fileError(
            QCoreApplication::translate("Ics", "cannot open the file: %1").arg(file.errorString()),
            path, 0);
        return out;
    }
    return read(file.readAll(), path, floatingZone);
}

} // namespace IcsReader

} // namespace tandem
