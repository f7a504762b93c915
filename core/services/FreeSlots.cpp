#include "services/FreeSlots.h"

#include "services/Calendar.h"
#include "store/Session.h"

#include <QSet>
#include <algorithm>

namespace tandem {

namespace {

const qint64 kNoEndSecs = 30 * 60; // an event without an end keeps its owner busy this long

// Everyone's busy time as one sorted list of disjoint intervals.
QList<TimeInterval> mergeBusy(const QList<QList<TimeInterval>>& busyPerUser)
{
    QList<TimeInterval> all;
    for (const auto& list : busyPerUser) {
        for (const TimeInterval& i : list) {
            if (i.start.isValid() && i.end.isValid() && i.end > i.start)
                all << TimeInterval { i.start.toUTC(), i.end.toUTC() };
        }
    }
    std::sort(all.begin(), all.end(),
        [](const TimeInterval& a, const TimeInterval& b) { return a.start < b.start; });
    QList<TimeInterval> merged;
    for (const TimeInterval& i : all) {
        if (!merged.isEmpty() && i.start <= merged.back().end)
            merged.back().end = std::max(merged.back().end, i.end);
        else
            merged << i;
    }
    return merged;
}

QTime timeSetting(Session& session, const char* key, QTime fallback)
{
    const QString text = session.setting(QString::fromLatin1(key)).trimmed();
    QTime t = QTime::fromString(text, QStringLiteral("H:mm"));
    if (!t.isValid())
        t = QTime::fromString(text, QStringLiteral("H:mm:ss"));
    return t.isValid() ? t : fallback;
}

// An all-day item's day: a stored time of midnight UTC is the date itself (as Reminders reads it),
// any other time is read in the zone.
QDate localDay(const QDateTime& utc, const QTimeZone& zone)
{
    if (utc.time() == QTime(0, 0))
        return utc.date();
    return utc.toTimeZone(zone).date();
}

} // namespace

QList<TimeInterval> findFreeSlots(const QList<QList<TimeInterval>>& busyPerUser,
    const QDateTime& from, const QDateTime& to, int durationMins, const WorkingHours& hours,
    int stepMins)
{
    QList<TimeInterval> out;
    if (durationMins <= 0 || stepMins <= 0 || !from.isValid() || !to.isValid() || to <= from
        || hours.end <= hours.start)
        return out;
    const QTimeZone zone = hours.zone.isValid() ? hours.zone : QTimeZone::systemTimeZone();
    const qint64 durationMs = qint64(durationMins) * 60000;
    const qint64 stepMs = qint64(stepMins) * 60000;
    const QList<TimeInterval> busy = mergeBusy(busyPerUser);
    const QDateTime rangeFrom = from.toUTC();
    const QDateTime rangeTo = to.toUTC();

    auto freeGap
        = [&](const QDateTime& dayStart, const QDateTime& gapStart, const QDateTime& gapEnd) {
              QDateTime slot = gapStart;
              while (slot.addMSecs(durationMs) <= gapEnd) {
                  out << TimeInterval { slot, slot.addMSecs(durationMs) };
                  // The next start on the day's grid after this one.
                  const qint64 k = dayStart.msecsTo(slot) / stepMs + 1;
                  slot = dayStart.addMSecs(k * stepMs);
              }
          };

    auto next = busy.cbegin();
    const QDate lastDay = rangeTo.addMSecs(-1).toTimeZone(zone).date();
    for (QDate day = rangeFrom.toTimeZone(zone).date(); day <= lastDay; day = day.addDays(1)) {
        if (!hours.workdays.contains(day.dayOfWeek()))
            continue;
        const QDateTime dayStart = QDateTime(day, hours.start, zone).toUTC();
        const QDateTime dayEnd = QDateTime(day, hours.end, zone).toUTC();
        QDateTime windowStart = dayStart;
        if (windowStart < rangeFrom) // a range starting mid-day starts on the day's grid
            windowStart
                = dayStart.addMSecs((dayStart.msecsTo(rangeFrom) + stepMs - 1) / stepMs * stepMs);
        const QDateTime windowEnd = std::min(dayEnd, rangeTo);
        if (windowStart >= windowEnd)
            continue;
        while (next != busy.cend() && next->end <= windowStart)
            ++next;
        QDateTime cursor = windowStart;
        for (auto b = next; b != busy.cend() && b->start < windowEnd; ++b) {
            if (b->start > cursor)
                freeGap(dayStart, cursor, b->start);
            cursor = std::max(cursor, b->end);
        }
        if (cursor < windowEnd)
            freeGap(dayStart, cursor, windowEnd);
    }
    return out;
}

WorkingHours FreeSlots::workingHours(Session& session)
{
    WorkingHours hours;
    hours.start = timeSetting(session, "work_day_start", QTime(9, 0));
    hours.end = timeSetting(session, "work_day_end", QTime(17, 0));
    const QString days = session.setting(QStringLiteral("work_days"));
    QList<int> workdays;
    for (const QString& part : days.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const int d = part.trimmed().toInt(&ok);
        if (ok && d >= 1 && d <= 7 && !workdays.contains(d))
            workdays << d;
    }
    if (!workdays.isEmpty())
        hours.workdays = workdays;
    hours.zone = QTimeZone::systemTimeZone();
    return hours;
}

QMap<QString, QList<TimeInterval>> FreeSlots::busyTimes(
    Session& session, const QStringList& userIds, const QDateTime& from, const QDateTime& to)
{
    QMap<QString, QList<TimeInterval>> out;
    for (const QString& id : userIds)
        out.insert(id, {});
    if (userIds.isEmpty())
        return out;
    const QTimeZone zone = workingHours(session).zone;
    CalendarQuery query;
    query.userIds = userIds;
    // An all-day event is found by its day, whatever time its day starts at in the zone.
    query.from = from.addDays(-1);
    query.to = to.addDays(1);
    query.tasks = false;
    query.done = false;
    query.viewerId = session.currentUserId();
    const QSet<QString> wanted(userIds.begin(), userIds.end());
    for (const CalendarEntry& e : Calendar::entries(session, query)) {
        if (e.kind == QLatin1String("task") || e.done)
            continue;
        const QString user = e.participantUserId.isEmpty() ? e.ownerId : e.participantUserId;
        if (!wanted.contains(user))
            continue;
        TimeInterval busy { e.start, e.end > e.start ? e.end : e.start.addSecs(kNoEndSecs) };
        if (e.allDay) {
            const QDate first = localDay(e.start, zone);
            QDate last = first;
            if (e.end
                > e.start) // the end is exclusive: an event ending at midnight ends the day before
                last = e.end.time() == QTime(0, 0) && e.start.time() == QTime(0, 0)
                    ? e.end.date().addDays(-1)
                    : localDay(e.end.addMSecs(-1), zone);
            busy.start = QDateTime(first, QTime(0, 0), zone).toUTC();
            busy.end = QDateTime(std::max(first, last).addDays(1), QTime(0, 0), zone).toUTC();
        }
        if (busy.end > busy.start && busy.end > from && busy.start < to)
            out[user] << busy;
    }
    return out;
}

QList<TimeInterval> FreeSlots::find(Session& session, const QStringList& userIds,
    const QDateTime& from, const QDateTime& to, int durationMins, int stepMins)
{
    const QMap<QString, QList<TimeInterval>> busy = busyTimes(session, userIds, from, to);
    return findFreeSlots(busy.values(), from, to, durationMins, workingHours(session), stepMins);
}

} // namespace tandem
