#include "services/Reminders.h"

#include "services/Calendar.h"
#include "store/ReminderQueries.h"
#include "store/Session.h"
#include "store/Transaction.h"
#include "util/Clock.h"
#include "util/StoredTime.h"

#include <QHash>
#include <QSet>
#include <algorithm>

namespace tandem {

namespace {

constexpr qint64 kDaySecs = 24 * 60 * 60;
constexpr int kMaxLeadMinutes = 7 * 24 * 60; // longer reminder leads count as one week
constexpr int kMissedLookbackDays = 30;

QString stateKey(const QString& entity, const QString& recordId, const QDateTime& occurrence)
{
    return entity + QLatin1Char('/') + recordId + QLatin1Char('/')
        + QString::number(occurrence.toMSecsSinceEpoch());
}

// What the user did about one occurrence, merged over its rows (two laptops may each have made
// one before they synced): dismissed if any row says so, the latest snooze.
struct State {
    QString rowId;
    QDateTime snoozedUntil;
    bool dismissed = false;
};

QHash<QString, State> loadStates(Session& session, const QString& userId)
{
    QHash<QString, State> out;
    auto rows = ReminderQueries::states(session.database(), userId);
    if (!rows)
        return out;
    for (const ReminderStateRow& r : *rows) {
        const QDateTime occurrence = StoredTime::parse(r.occurrenceAt);
        if (!occurrence.isValid())
            continue;
        State& s = out[stateKey(r.entity, r.recordId, occurrence)];
        if (s.rowId.isEmpty())
            s.rowId = r.id;
        s.dismissed = s.dismissed || !r.dismissedAt.isEmpty();
        const QDateTime until = StoredTime::parse(r.snoozedUntil);
        if (until.isValid() && (!s.snoozedUntil.isValid() || until > s.snoozedUntil))
            s.snoozedUntil = until;
    }
    return out;
}

// The local day of an all-day item: a plain date stored as 00:00 UTC is that date.
QDate localDay(const QDateTime& utc, const QTimeZone& zone)
{
    if (utc.time() == QTime(0, 0))
        return utc.date();
    return utc.toTimeZone(zone).date();
}

QDateTime workDayStart(const QDate& day, const ReminderSettings& settings)
{
    return QDateTime(day, settings.workDayStart, settings.zone).toUTC();
}

// Every event, task and contact reminder whose natural fire time is at or before `fireTo`, with
// what the user did applied: dismissed ones left out, snoozed ones firing at the snooze end.
// Events are looked for from `eventsFrom`.
class Collector {
public:
    Collector(Session& session, const QString& userId, const QTimeZone& zone)
        : m_session(session)
        , m_userId(userId.trimmed().toLower())
        , m_settings(Reminders::settings(session, zone))
    {
    }

    QList<Reminder> collect(const QDateTime& eventsFrom, const QDateTime& fireTo)
    {
        m_states = loadStates(m_session, m_userId);
        QList<Reminder> out;
        addEvents(eventsFrom, fireTo, out);
        addTasks(fireTo, out);
        addContacts(fireTo, out);
        std::sort(out.begin(), out.end(), [](const Reminder& a, const Reminder& b) {
            if (a.fireAt != b.fireAt)
                return a.fireAt < b.fireAt;
            if (a.when != b.when)
                return a.when < b.when;
            return a.title.localeAwareCompare(b.title) < 0;
        });
        return out;
    }

private:
    void addEvents(const QDateTime& from, const QDateTime& fireTo, QList<Reminder>& out)
    {
        CalendarQuery q;
        q.userIds = { m_userId };
        q.viewerId = m_userId;
        q.from = from;
        // An event fires at most a week (and a day, when all-day) before it starts.
        q.to = fireTo.addSecs(qint64(kMaxLeadMinutes) * 60 + kDaySecs + 1);
        q.tasks = false;
        q.done = false;
        const QList<CalendarEntry> entries = Calendar::entries(m_session, q);
        QStringList ids;
        for (const CalendarEntry& e : entries)
            ids << e.activityId;
        ids.removeDuplicates();
        const auto minutes = ReminderQueries::reminderMinutes(m_session.database(), ids);
        for (const CalendarEntry& e : entries) {
            if (e.kind == QLatin1String("task") || e.done || e.hidden)
                continue;
            int lead = -1;
            if (minutes && minutes->contains(e.activityId))
                lead = minutes->value(e.activityId);
            else if (e.kind == QLatin1String("meeting") || e.kind == QLatin1String("call"))
                lead = e.allDay ? 0 : m_settings.defaultMinutes;
            if (lead < 0)
                continue;
            lead = std::min(lead, kMaxLeadMinutes);
            Reminder r;
            r.entity = QStringLiteral("activity");
            r.recordId = e.activityId;
            r.occurrence = (e.recurring && e.occurrence.isValid() ? e.occurrence : e.start).toUTC();
            r.title = e.subject;
            r.kind = e.kind;
            r.when = e.start.toUTC();
            r.end = e.end.isValid() && e.end > e.start ? e.end.toUTC() : r.when;
            r.allDay = e.allDay;
            r.location = e.location;
            r.ownerId = e.ownerId;
            const QDateTime start
                = e.allDay ? workDayStart(localDay(r.when, m_settings.zone), m_settings) : r.when;
            r.fireAt = start.addSecs(-qint64(lead) * 60);
            add(std::move(r), out);
        }
    }

    void addTasks(const QDateTime& fireTo, QList<Reminder>& out)
    {
        // An all-day task fires within a day of its stored due time, whatever the zone.
        const auto rows = ReminderQueries::openTasks(
            m_session.database(), m_userId, StoredTime::format(fireTo.addSecs(2 * kDaySecs)));
        if (!rows)
            return;
        for (const ReminderTaskRow& t : *rows) {
            const QDateTime due = StoredTime::parse(t.dueAt);
            if (!due.isValid())
                continue;
            Reminder r;
            r.entity = QStringLiteral("task");
            r.recordId = t.id;
            r.occurrence = due;
            r.title = t.subject;
            r.kind = QStringLiteral("task");
            r.allDay = t.allDay;
            r.when = t.allDay ? workDayStart(localDay(due, m_settings.zone), m_settings) : due;
            r.end = r.when;
            r.ownerId = m_userId;
            r.fireAt = r.when;
            add(std::move(r), out);
        }
    }

    void addContacts(const QDateTime& fireTo, QList<Reminder>& out)
    {
        const QDate last = fireTo.toTimeZone(m_settings.zone).date().addDays(1);
        const QString lastDate = last.toString(Qt::ISODate);
        if (const auto rows
            = ReminderQueries::nextContacts(m_session.database(), m_userId, lastDate))
            addDated(*rows, QStringLiteral("contact"), QStringLiteral("contact"), 0, out);
        if (const auto rows = ReminderQueries::renewals(
                m_session.database(), m_userId, lastDate, m_settings.renewalLeadDays))
            addDated(*rows, QStringLiteral("company"), QStringLiteral("renewal"),
                m_settings.renewalLeadDays, out);
    }

    // A dated record (a next-contact date, a renewal date): one all-day reminder at the work-day
    // start `leadDays` before its day, for the user who owns it.
    void addDated(const QList<NextContactRow>& rows, const QString& entity, const QString& kind,
        int leadDays, QList<Reminder>& out)
    {
        for (const NextContactRow& c : rows) {
            const QDate day = QDate::fromString(c.date.left(10), Qt::ISODate);
            if (!day.isValid())
                continue;
            Reminder r;
            r.entity = entity;
            r.recordId = c.id;
            r.occurrence = QDateTime(day, QTime(0, 0), QTimeZone::utc());
            r.title = c.name;
            r.kind = kind;
            r.allDay = true;
            r.when = workDayStart(day, m_settings);
            r.end = r.when;
            r.ownerId = m_userId;
            r.fireAt = workDayStart(day.addDays(-leadDays), m_settings);
            add(std::move(r), out);
        }
    }

    void add(Reminder r, QList<Reminder>& out) const
    {
        const auto it = m_states.constFind(r.key());
        if (it != m_states.constEnd()) {
            if (it->dismissed)
                return;
            if (it->snoozedUntil.isValid()) {
                r.fireAt = it->snoozedUntil;
                r.snoozed = true;
            }
        }
        out << r;
    }

    Session& m_session;
    QString m_userId;
    ReminderSettings m_settings;
    QHash<QString, State> m_states;
};

// An event reminder counts until one day after the event ended.
bool aliveAt(const Reminder& r, const QDateTime& t)
{
    if (r.entity != QLatin1String("activity"))
        return true;
    return r.end.secsTo(t) < kDaySecs;
}

// Updates the occurrence's row, or makes the first one.
Result<void> writeState(Session& session, const QString& userId,
    const QHash<QString, State>& states, const Reminder& reminder, const QVariantMap& changes)
{
    const QString user = userId.trimmed().toLower();
    const auto it = states.constFind(reminder.key());
    if (it != states.constEnd())
        return session.records().update(QStringLiteral("reminder_state"), it->rowId, changes);
    QVariantMap values = changes;
    values.insert(QStringLiteral("user_id"), user);
    values.insert(QStringLiteral("entity"), reminder.entity);
    values.insert(QStringLiteral("record_id"), reminder.recordId);
    values.insert(QStringLiteral("occurrence_at"), StoredTime::format(reminder.occurrence));
    auto id = session.records().create(QStringLiteral("reminder_state"), values);
    if (!id)
        return id.error();
    return {};
}

// The same change for each reminder (one row per occurrence), all or nothing.
Result<void> writeAll(Session& session, const QString& userId, const QList<Reminder>& reminders,
    const QVariantMap& changes)
{
    const QHash<QString, State> states = loadStates(session, userId.trimmed().toLower());
    Transaction tx(session.database());
    QSet<QString> written; // a reminder listed twice gets one row
    for (const Reminder& r : reminders) {
        if (written.contains(r.key()))
            continue;
        written.insert(r.key());
        if (auto done = writeState(session, userId, states, r, changes); !done)
            return done;
    }
    return tx.commit();
}

} // namespace

QString Reminder::key() const
{
    return stateKey(entity, recordId, occurrence);
}

ReminderSettings Reminders::settings(Session& session, const QTimeZone& zone)
{
    ReminderSettings s;
    s.zone = zone.isValid() ? zone : QTimeZone::systemTimeZone();
    const QString minutes = session.setting(QStringLiteral("reminder_default_minutes")).trimmed();
    if (minutes.compare(QLatin1String("off"), Qt::CaseInsensitive) == 0) {
        s.defaultMinutes = -1;
    } else if (!minutes.isEmpty()) {
        bool ok = false;
        const int m = minutes.toInt(&ok);
        if (ok && m >= 0)
            s.defaultMinutes = m;
    }
    bool leadOk = false;
    const int lead
        = session.setting(QStringLiteral("renewal_reminder_days")).trimmed().toInt(&leadOk);
    if (leadOk && lead >= 0)
        s.renewalLeadDays = lead;
    const QString start = session.setting(QStringLiteral("work_day_start")).trimmed();
    QTime t = QTime::fromString(start, QStringLiteral("H:mm"));
    if (!t.isValid())
        t = QTime::fromString(start, QStringLiteral("H:mm:ss"));
    if (t.isValid())
        s.workDayStart = t;
    return s;
}

QList<Reminder> Reminders::due(
    Session& session, const QString& userId, const QDateTime& now, const QTimeZone& zone)
{
    const QDateTime t = now.toUTC();
    QList<Reminder> out;
    for (Reminder& r : Collector(session, userId, zone).collect(t.addSecs(-kDaySecs), t)) {
        if (r.fireAt <= t && aliveAt(r, t))
            out << std::move(r);
    }
    return out;
}

QList<Reminder> Reminders::upcoming(Session& session, const QString& userId, const QDateTime& now,
    const QDateTime& horizon, const QTimeZone& zone)
{
    const QDateTime t = now.toUTC();
    const QDateTime h = horizon.toUTC();
    QList<Reminder> out;
    for (Reminder& r : Collector(session, userId, zone).collect(t.addSecs(-kDaySecs), h)) {
        if (r.fireAt > t && r.fireAt <= h && aliveAt(r, r.fireAt))
            out << std::move(r);
    }
    return out;
}

QList<Reminder> Reminders::missed(Session& session, const QString& userId, const QDateTime& since,
    const QDateTime& now, const QTimeZone& zone)
{
    const QDateTime t = now.toUTC();
    const QDateTime from = std::max(since.toUTC(), t.addDays(-kMissedLookbackDays));
    QList<Reminder> out;
    if (from >= t)
        return out;
    for (Reminder& r : Collector(session, userId, zone).collect(from.addSecs(-kDaySecs), t)) {
        if (r.fireAt >= from && r.fireAt < t && aliveAt(r, r.fireAt))
            out << std::move(r);
    }
    return out;
}

Result<void> Reminders::snooze(
    Session& session, const QString& userId, const Reminder& reminder, const QDateTime& until)
{
    return snooze(session, userId, QList<Reminder> { reminder }, until);
}

Result<void> Reminders::snooze(Session& session, const QString& userId,
    const QList<Reminder>& reminders, const QDateTime& until)
{
    return writeAll(session, userId, reminders,
        { { QStringLiteral("snoozed_until"), StoredTime::format(until) },
            { QStringLiteral("dismissed_at"), QVariant() } });
}

Result<void> Reminders::dismiss(Session& session, const QString& userId, const Reminder& reminder)
{
    return dismiss(session, userId, QList<Reminder> { reminder });
}

Result<void> Reminders::dismiss(
    Session& session, const QString& userId, const QList<Reminder>& reminders)
{
    return writeAll(session, userId, reminders,
        { { QStringLiteral("dismissed_at"), StoredTime::format(session.clock().nowUtc()) } });
}

QDateTime Reminders::nextMorning(Session& session, const QDateTime& now, const QTimeZone& zone)
{
    const ReminderSettings s = settings(session, zone);
    return workDayStart(now.toTimeZone(s.zone).date().addDays(1), s);
}

} // namespace tandem
