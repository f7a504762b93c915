#include "services/CaseRules.h"

#include "services/FreeSlots.h"
#include "store/Session.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <limits>

namespace tandem {

namespace {

const QString kRule = QStringLiteral("case_rule");

Result<void> seedDefaults(Session& session)
{
    struct Default {
        const char* priority;
        int respond;
        int resolve;
    };
    const Default defaults[] = {
        { "urgent", 4, 16 },
        { "high", 8, 40 },
        { "normal", 16, 80 },
        { "low", 40, 160 },
    };
    Transaction tx(session.database());
    for (const Default& d : defaults) {
        auto id = session.records().create(kRule,
            { { QStringLiteral("priority"), QString::fromLatin1(d.priority) },
                { QStringLiteral("respond_hours"), d.respond },
                { QStringLiteral("resolve_hours"), d.resolve } });
        if (!id)
            return id.error();
    }
    return tx.commit();
}

int rank(const QString& priority)
{
    const qsizetype i = CaseRules::priorities().indexOf(priority);
    return i < 0 ? int(CaseRules::priorities().size()) : int(i);
}

} // namespace

QStringList CaseRules::priorities()
{
    static const QStringList list { QStringLiteral("urgent"), QStringLiteral("high"),
        QStringLiteral("normal"), QStringLiteral("low") };
    return list;
}

Result<QList<CaseRule>> CaseRules::rules(Session& session)
{
    ListQuery everyRule;
    everyRule.includeDeleted = true; // a team that removed its rules keeps none
    auto ever = session.records().count(kRule, everyRule);
    if (!ever)
        return ever.error();
    if (*ever == 0) {
        if (auto r = seedDefaults(session); !r)
            return r.error();
    }
    auto rows = session.records().list(kRule);
    if (!rows)
        return rows.error();
    QList<CaseRule> out;
    for (const Record& r : *rows)
        out << CaseRule { r.id, r.text(QStringLiteral("priority")),
            int(r.value(QStringLiteral("respond_hours")).toLongLong()),
            int(r.value(QStringLiteral("resolve_hours")).toLongLong()) };
    std::stable_sort(out.begin(), out.end(),
        [](const CaseRule& a, const CaseRule& b) { return rank(a.priority) < rank(b.priority); });
    return out;
}

WorkCalendar CaseRules::calendar(Session& session)
{
    WorkCalendar calendar;
    calendar.hours = FreeSlots::workingHours(session);
    const QString country = session.setting(QStringLiteral("holiday_country")).trimmed();
    if (country.compare(QLatin1String("none"), Qt::CaseInsensitive) != 0)
        calendar.country = country.toUpper();
    ListQuery q;
    auto days = session.records().list(QStringLiteral("holiday"), q);
    if (days) {
        for (const Record& d : *days) {
            const QDate day = QDate::fromString(d.text(QStringLiteral("day")), Qt::ISODate);
            if (day.isValid())
                calendar.extraDaysOff.insert(day);
        }
    }
    return calendar;
}

CaseDeadlines CaseRules::deadlines(const QList<CaseRule>& rules, const WorkCalendar& calendar,
    const QString& priority, const QDateTime& opened)
{
    const CaseRule* rule = nullptr;
    for (const CaseRule& r : rules) {
        if (r.priority == priority)
            rule = &r;
    }
    if (!rule) {
        for (const CaseRule& r : rules) {
            if (r.priority == QLatin1String("normal"))
                rule = &r;
        }
    }
    CaseDeadlines out;
    if (!rule)
        return out;
    // Counted from the whole minute: deadlines are shown, and kept, to the minute.
    QDateTime from = opened.toUTC();
    from.setTime(QTime(from.time().hour(), from.time().minute()));
    if (rule->respondHours > 0)
        out.respondBy = WorkingTime::add(from, qint64(rule->respondHours) * 60, calendar);
    if (rule->resolveHours > 0)
        out.resolveBy = WorkingTime::add(from, qint64(rule->resolveHours) * 60, calendar);
    return out;
}

CaseDeadlines CaseRules::deadlines(
    Session& session, const QString& priority, const QDateTime& opened)
{
    auto list = rules(session);
    if (!list)
        return {};
    return deadlines(*list, calendar(session), priority, opened);
}

} // namespace tandem
