// Demo data for the calendar: each team's weekly meeting and each salesperson's fortnightly
// one-to-one with their manager (repeating, in the team's time zone, with participants), the head
// of sales' management meeting and monthly pipeline review, and three weeks of customer meetings
// and calls around today for everyone who sells — so that the week and month views look lived in.
#include "services/DemoGenerator.h"

#include "services/DemoVocabulary.h"
#include "store/Session.h"

#include <QTimeZone>
#include <algorithm>

namespace tandem::demo {

namespace {

QVariant when(const QDate& day, int hour, int minute, const QTimeZone& zone)
{
    return QDateTime(day, QTime(hour, minute), zone).toUTC();
}

// The Monday of the week `weeksBack` weeks before the one holding `day`.
QDate mondayBefore(const QDate& day, int weeksBack)
{
    return day.addDays(1 - day.dayOfWeek() - 7 * weeksBack);
}

} // namespace

QString DemoGenerator::zoneOf(int user) const
{
    const QString language = m_userLanguages.value(user);
    if (language == QLatin1String("pl"))
        return QStringLiteral("Europe/Warsaw");
    if (language == QLatin1String("ro"))
        return QStringLiteral("Europe/Bucharest");
    if (language == QLatin1String("uk") || language == QLatin1String("ru")) {
        // Older time zone tables know Kyiv by its former spelling.
        return QTimeZone(QByteArrayLiteral("Europe/Kyiv")).isValid()
            ? QStringLiteral("Europe/Kyiv")
            : QStringLiteral("Europe/Kiev");
    }
    return QStringLiteral("Europe/Vilnius");
}

Result<QString> DemoGenerator::createEvent(
    const QVariantMap& values, const QStringList& participants, qint64 createdMs)
{
    auto id = create(QStringLiteral("activity"), values, createdMs);
    if (!id)
        return id;
    for (const QString& user : participants) {
        if (user == values.value(QStringLiteral("owner_id")).toString())
            continue;
        auto p = create(QStringLiteral("participant"),
            { { QStringLiteral("activity_id"), *id }, { QStringLiteral("user_id"), user },
                { QStringLiteral("response"), QStringLiteral("accepted") } },
            createdMs);
        if (!p)
            return p.error();
    }
    ++m_stats.activities;
    return id;
}

Result<void> DemoGenerator::createCalendar()
{
    const QString head = m_session.currentUserId();
    const QDate seriesStart = mondayBefore(m_today, 8);
    // The series were set up the week before they began.
    const qint64 seriesSetUpMs
        = QDateTime(seriesStart.addDays(-4), QTime(8, 0), Qt::UTC).toMSecsSinceEpoch();
    QStringList managers;
    // Each team meets on Monday morning; each salesperson sees the manager every other Thursday.
    for (int u = 0; u < m_userIds.size(); ++u) {
        if (m_userRoles.at(u) != QLatin1String("manager"))
            continue;
        managers << m_userIds.at(u);
        const QTimeZone zone(zoneOf(u).toLatin1());
        QStringList team;
        for (int m = 0; m < m_userIds.size(); ++m) {
            if (m_userTeams[size_t(m)] == m_userTeams[size_t(u)])
                team << m_userIds.at(m);
        }
        auto weekly = createEvent(
            { { QStringLiteral("kind"), QStringLiteral("meeting") },
                { QStringLiteral("subject"),
                    translated(QT_TRANSLATE_NOOP("DemoData", "Weekly sales meeting")) },
                { QStringLiteral("owner_id"), m_userIds.at(u) },
                { QStringLiteral("starts_at"), when(seriesStart, 9, 0, zone) },
                { QStringLiteral("ends_at"), when(seriesStart, 10, 0, zone) },
                { QStringLiteral("rrule"), QStringLiteral("FREQ=WEEKLY;BYDAY=MO") },
                { QStringLiteral("time_zone"), zoneOf(u) },
                { QStringLiteral("reminder_minutes"), 15 },
                { QStringLiteral("location"),
                    translated(QT_TRANSLATE_NOOP("DemoData", "Meeting room")) } },
            team, seriesSetUpMs);
        if (!weekly)
            return weekly.error();
        for (int m = 0; m < m_userIds.size(); ++m) {
            if (m_userTeams[size_t(m)] != m_userTeams[size_t(u)]
                || m_userRoles.at(m) != QLatin1String("salesperson"))
                continue;
            const QDate thursday = seriesStart.addDays(3 + 7 * (m % 2));
            const int hour = 13 + m % 3;
            auto oneToOne = createEvent(
                { { QStringLiteral("kind"), QStringLiteral("meeting") },
                    { QStringLiteral("subject"),
                        translated(
                            QT_TRANSLATE_NOOP("DemoData", "One-to-one: pipeline and coaching")) },
                    { QStringLiteral("owner_id"), m_userIds.at(u) },
                    { QStringLiteral("starts_at"), when(thursday, hour, 0, zone) },
                    { QStringLiteral("ends_at"), when(thursday, hour, 30, zone) },
                    { QStringLiteral("rrule"), QStringLiteral("FREQ=WEEKLY;INTERVAL=2;BYDAY=TH") },
                    { QStringLiteral("time_zone"), zoneOf(u) },
                    { QStringLiteral("reminder_minutes"), 10 } },
                { m_userIds.at(m) }, seriesSetUpMs);
            if (!oneToOne)
                return oneToOne.error();
        }
    }
    // The head of sales: the managers on Tuesday, the pipeline on the month's last Friday.
    const QTimeZone vilnius(QByteArrayLiteral("Europe/Vilnius"));
    const QDate tuesday = seriesStart.addDays(1);
    const QDate lastFriday = seriesStart.addDays(4);
    const std::tuple<const char*, QDate, int, int, QString> heads[] = {
        { QT_TRANSLATE_NOOP("DemoData", "Sales management meeting"), tuesday, 10, 60,
            QStringLiteral("FREQ=WEEKLY;BYDAY=TU") },
        { QT_TRANSLATE_NOOP("DemoData", "Pipeline review"), lastFriday, 14, 90,
            QStringLiteral("FREQ=MONTHLY;BYDAY=-1FR") },
    };
    for (const auto& [subject, day, hour, minutes, rrule] : heads) {
        auto r = createEvent(
            { { QStringLiteral("kind"), QStringLiteral("meeting") },
                { QStringLiteral("subject"), translated(subject) },
                { QStringLiteral("owner_id"), head },
                { QStringLiteral("starts_at"), when(day, hour, 0, vilnius) },
                { QStringLiteral("ends_at"),
                    QDateTime(day, QTime(hour, 0), vilnius).addSecs(minutes * 60).toUTC() },
                { QStringLiteral("rrule"), rrule },
                { QStringLiteral("time_zone"), QStringLiteral("Europe/Vilnius") },
                { QStringLiteral("reminder_minutes"), 15 } },
            managers, seriesSetUpMs);
        if (!r)
            return r.error();
    }

    // Customer meetings and calls from last week to two weeks ahead, on working days.
    std::vector<std::vector<int>> contactsOf(size_t(m_userIds.size()));
    for (int i = 0; i < int(m_contacts.size()); ++i)
        contactsOf[size_t(m_companies[size_t(m_contacts[size_t(i)].company)].owner)].push_back(i);
    const QDate first = mondayBefore(m_today, 1);
    for (int u = 0; u < m_userIds.size(); ++u) {
        const std::vector<int>& mine = contactsOf[size_t(u)];
        if (mine.empty() || m_userRoles.at(u) == QLatin1String("office_manager"))
            continue;
        const QTimeZone zone(zoneOf(u).toLatin1());
        for (QDate day = first; day < first.addDays(21); day = day.addDays(1)) {
            if (day.dayOfWeek() > 5)
                continue;
            const int count = 1 + pick(3);
            for (int k = 0; k < count; ++k) {
                const ContactPlan& contact
                    = m_contacts[size_t(mine[size_t(pick(qsizetype(mine.size())))])];
                const CompanyPlan& c = m_companies[size_t(contact.company)];
                const Phrases& words = *m_markets[size_t(c.market)].phrases;
                const bool meeting = chance(55);
                const int startMin = (meeting ? 10 : 9) * 60 + pick(meeting ? 22 : 30) * 15 + k * 5;
                const int length = meeting ? 30 * (1 + pick(4)) : 15 + 15 * pick(2);
                const QDateTime start
                    = QDateTime(day, QTime(startMin / 60, startMin % 60), zone).toUTC();
                const bool past = start.toMSecsSinceEpoch() + length * 60000 < m_nowMs;
                QVariantMap v { { QStringLiteral("kind"),
                                    meeting ? QStringLiteral("meeting") : QStringLiteral("call") },
                    { QStringLiteral("subject"), pick(meeting ? words.meetings : words.calls) },
                    { QStringLiteral("owner_id"), m_userIds.at(u) },
                    { QStringLiteral("contact_id"), contact.id },
                    { QStringLiteral("company_id"), c.id }, { QStringLiteral("starts_at"), start },
                    { QStringLiteral("ends_at"), start.addSecs(length * 60) },
                    { QStringLiteral("done"), past } };
                if (meeting)
                    v.insert(QStringLiteral("location"),
                        m_markets[size_t(c.market)].market->cities.at(c.city).name);
                if (past) {
                    v.insert(QStringLiteral("done_at"), start.addSecs(length * 60));
                    v.insert(QStringLiteral("outcome"), pick(words.outcomes));
                } else {
                    v.insert(QStringLiteral("reminder_minutes"), meeting ? 30 : 5);
                }
                if (c.deals > 0 && chance(50))
                    v.insert(QStringLiteral("deal_id"),
                        m_deals[size_t(m_dealsByCompany[size_t(c.firstDeal + pick(c.deals))])].id);
                // Booked some days ahead, and never later than now.
                const qint64 bookedMs = std::max(contact.createdMs,
                    std::min(m_nowMs, start.toMSecsSinceEpoch() - (2 + (startMin + k) % 9) * kDay));
                if (auto r = createEvent(v, {}, bookedMs); !r)
                    return r.error();
            }
        }
        // Everyone has a life: one private appointment, shown to colleagues as busy time.
        const QDate day = m_today.addDays(1 + pick(10));
        if (day.dayOfWeek() <= 5) {
            auto r = createEvent(
                { { QStringLiteral("kind"), QStringLiteral("meeting") },
                    { QStringLiteral("subject"),
                        translated(QT_TRANSLATE_NOOP("DemoData", "Doctor's appointment")) },
                    { QStringLiteral("owner_id"), m_userIds.at(u) },
                    { QStringLiteral("starts_at"), when(day, 8, 0, zone) },
                    { QStringLiteral("ends_at"), when(day, 9, 0, zone) },
                    { QStringLiteral("visibility"), QStringLiteral("private") } },
                {},
                std::min(m_nowMs,
                    QDateTime(day.addDays(-14), QTime(18, 0), Qt::UTC).toMSecsSinceEpoch()));
            if (!r)
                return r.error();
        }
    }
    return {};
}

} // namespace tandem::demo
