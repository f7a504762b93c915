#include "services/Calendar.h"

#include "domain/EntitySchema.h"
#include "domain/Recurrence.h"
#include "store/CalendarQueries.h"
#include "store/Session.h"
#include "store/Transaction.h"
#include "util/StoredTime.h"

#include <QCoreApplication>
#include <QSet>
#include <algorithm>

namespace tandem {

namespace {

const QString kActivity = QStringLiteral("activity");

bool isTask(const CalendarRow& row)
{
    return row.kind == QLatin1String("task") || row.startsAt.isEmpty();
}

CalendarEntry entryOf(const CalendarRow& row)
{
    CalendarEntry e;
    e.activityId = row.id;
    e.kind = row.kind;
    e.subject = row.subject;
    e.ownerId = row.ownerId;
    e.location = row.location;
    if (isTask(row)) {
        e.start = StoredTime::parse(row.dueAt);
        e.end = e.start;
    } else {
        e.start = StoredTime::parse(row.startsAt);
        const QDateTime end = StoredTime::parse(row.endsAt);
        e.end = end.isValid() && end > e.start ? end : e.start;
    }
    e.allDay = row.allDay;
    e.done = row.done;
    e.recurring = !row.rrule.isEmpty();
    e.reminderMinutes = row.reminderMinutes;
    e.priority = row.priority;
    e.contactId = row.contactId;
    e.companyId = row.companyId;
    e.dealId = row.dealId;
    e.leadId = row.leadId;
    e.timeZone = row.timeZone;
    e.participantUserId = row.participantUserId;
    return e;
}

bool overlaps(const CalendarEntry& e, const QDateTime& from, const QDateTime& to)
{
    if (e.start >= to)
        return false;
    return e.end > from || e.start >= from;
}

void hideFrom(CalendarEntry& e, const CalendarRow& row, const QString& viewerId)
{
    if (viewerId.isEmpty() || viewerId == row.ownerId || viewerId == row.participantUserId)
        return;
    if (row.visibility != QLatin1String("private")
        && row.ownerVisibility != QLatin1String("private"))
        return;
    e.hidden = true;
    e.subject.clear();
    e.location.clear();
    e.contactId.clear();
    e.companyId.clear();
    e.dealId.clear();
    e.leadId.clear();
}

// A series' occurrences in the range: each one an entry of its own, keyed by its occurrence.
void expand(
    const CalendarRow& row, const QDateTime& from, const QDateTime& to, QList<CalendarEntry>& out)
{
    auto rule = Recurrence::parse(row.rrule);
    const CalendarEntry first = entryOf(row);
    if (!rule || !first.start.isValid()) {
        // A series whose rule cannot be read still shows its first occurrence.
        if (first.start.isValid() && overlaps(first, from, to))
            out << first;
        return;
    }
    const qint64 duration = first.durationSecs();
    const QDateTime start = first.start.toTimeZone(Recurrence::zoneNamed(row.timeZone));
    const auto times = Recurrence::occurrences(
        rule.value(), start, from.addSecs(-duration), to, StoredTime::parseList(row.exdates));
    for (const QDateTime& t : times) {
        CalendarEntry e = first;
        e.start = t.toUTC();
        e.end = e.start.addSecs(duration);
        e.occurrence = e.start;
        if (overlaps(e, from, to))
            out << e;
    }
}

bool wanted(const CalendarEntry& e, const CalendarQuery& query)
{
    if (!query.tasks && e.kind == QLatin1String("task"))
        return false;
    return query.done || !e.done;
}

Error notFound()
{
    return Error { QCoreApplication::translate("Calendar", "The event no longer exists."), {}, 0,
        {} };
}

// Moves weekday and month-day parts of a rule by whole days, so that a series moved from
// Tuesday to Wednesday keeps producing the moved day.
RecurrenceRule shiftedRule(RecurrenceRule rule, int days)
{
    if (days == 0)
        return rule;
    for (WeekdayNum& d : rule.byDay) {
        const int zeroBased = (int(d.day) - 1 + days % 7 + 7) % 7;
        d.day = Qt::DayOfWeek(zeroBased + 1);
    }
    for (int& day : rule.byMonthDay) {
        if (day > 0)
            day = std::clamp(day + days, 1, 31);
    }
    return rule;
}

} // namespace

QString CalendarEntry::key() const
{
    return occurrence.isValid() ? activityId + QLatin1Char('@') + StoredTime::format(occurrence)
                                : activityId;
}

QList<CalendarEntry> Calendar::entries(Session& session, const CalendarQuery& query)
{
    const CalendarRange range { StoredTime::format(query.from), StoredTime::format(query.to) };
    QStringList owners = query.userIds;
    if (owners.isEmpty())
        owners << QString(); // everyone's
    QList<CalendarEntry> out;
    for (const QString& owner : owners) {
        QList<CalendarRow> rows;
        if (auto single = CalendarQueries::single(session.database(), owner, range))
            rows += single.value();
        if (auto series = CalendarQueries::series(session.database(), owner, range.to))
            rows += series.value();
        if (!owner.isEmpty()) {
            if (auto other = CalendarQueries::asParticipant(session.database(), owner, range))
                rows += other.value();
        }
        for (const CalendarRow& row : rows) {
            QList<CalendarEntry> found;
            if (row.rrule.isEmpty()) {
                const CalendarEntry e = entryOf(row);
                if (e.start.isValid() && overlaps(e, query.from, query.to))
                    found << e;
            } else {
                expand(row, query.from, query.to, found);
            }
            for (CalendarEntry& e : found) {
                if (!wanted(e, query))
                    continue;
                hideFrom(e, row, query.viewerId);
                out << e;
            }
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const CalendarEntry& a, const CalendarEntry& b) {
        if (a.start != b.start)
            return a.start < b.start;
        if (a.ownerId != b.ownerId)
            return a.ownerId < b.ownerId;
        return a.subject.localeAwareCompare(b.subject) < 0;
    });
    return out;
}

Result<QString> Calendar::reschedule(Session& session, const CalendarEntry& entry,
    const QDateTime& start, const QDateTime& end, SeriesScope scope)
{
    RecordStore& rs = session.records();
    const auto record = rs.get(kActivity, entry.activityId);
    if (!record)
        return notFound();
    const bool task = entry.kind == QLatin1String("task")
        || record->text(QStringLiteral("starts_at")).isEmpty();
    const QDateTime newEnd = end.isValid() && end > start ? end : start;

    Transaction tx(session.database());
    QString movedId = entry.activityId;
    if (!entry.recurring || !entry.occurrence.isValid()) {
        QVariantMap changes;
        if (task) {
            changes.insert(QStringLiteral("due_at"), StoredTime::format(start));
        } else {
            changes.insert(QStringLiteral("starts_at"), StoredTime::format(start));
            changes.insert(QStringLiteral("ends_at"), StoredTime::format(newEnd));
        }
        if (auto r = rs.update(kActivity, entry.activityId, changes); !r)
            return r.error();
    } else if (scope == SeriesScope::Occurrence) {
        QList<QDateTime> skipped = StoredTime::parseList(record->text(QStringLiteral("exdates")));
        skipped << entry.occurrence;
        if (auto r = rs.update(kActivity, entry.activityId,
                { { QStringLiteral("exdates"), StoredTime::formatList(skipped) } });
            !r)
            return r.error();
        QVariantMap copy = EntitySchema::copyableValues(record->fields);
        for (const QString& f : { QStringLiteral("id"), QStringLiteral("rrule"),
                 QStringLiteral("exdates"), QStringLiteral("uid") })
            copy.remove(f);
        if (task) {
            copy.insert(QStringLiteral("due_at"), StoredTime::format(start));
        } else {
            copy.insert(QStringLiteral("starts_at"), StoredTime::format(start));
            copy.insert(QStringLiteral("ends_at"), StoredTime::format(newEnd));
        }
        auto created = rs.create(kActivity, copy);
        if (!created)
            return created.error();
        movedId = created.value();
    } else {
        const qint64 delta = entry.start.secsTo(start);
        const qint64 duration = start.secsTo(newEnd);
        const QDateTime seriesStart = entry.recurring && task
            ? StoredTime::parse(record->text(QStringLiteral("due_at")))
            : StoredTime::parse(record->text(QStringLiteral("starts_at")));
        const QDateTime movedStart = seriesStart.addSecs(delta);
        QVariantMap changes;
        if (task) {
            changes.insert(QStringLiteral("due_at"), StoredTime::format(movedStart));
        } else {
            changes.insert(QStringLiteral("starts_at"), StoredTime::format(movedStart));
            changes.insert(
                QStringLiteral("ends_at"), StoredTime::format(movedStart.addSecs(duration)));
        }
        QList<QDateTime> skipped = StoredTime::parseList(record->text(QStringLiteral("exdates")));
        for (QDateTime& t : skipped)
            t = t.addSecs(delta);
        if (!skipped.isEmpty())
            changes.insert(QStringLiteral("exdates"), StoredTime::formatList(skipped));
        const QTimeZone zone = Recurrence::zoneNamed(record->text(QStringLiteral("time_zone")));
        const int days
            = int(entry.start.toTimeZone(zone).date().daysTo(start.toTimeZone(zone).date()));
        if (auto rule = Recurrence::parse(record->text(QStringLiteral("rrule"))); rule && days != 0)
            changes.insert(
                QStringLiteral("rrule"), Recurrence::format(shiftedRule(rule.value(), days)));
        if (auto r = rs.update(kActivity, entry.activityId, changes); !r)
            return r.error();
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    return movedId;
}

Result<void> Calendar::skipOccurrence(Session& session, const CalendarEntry& entry)
{
    if (!entry.recurring || !entry.occurrence.isValid())
        return session.records().remove(kActivity, entry.activityId);
    const auto record = session.records().get(kActivity, entry.activityId);
    if (!record)
        return notFound();
    QList<QDateTime> skipped = StoredTime::parseList(record->text(QStringLiteral("exdates")));
    skipped << entry.occurrence;
    return session.records().update(kActivity, entry.activityId,
        { { QStringLiteral("exdates"), StoredTime::formatList(skipped) } });
}

} // namespace tandem
