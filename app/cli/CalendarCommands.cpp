// tandem-cli agenda, my-day, done, dormant, free-slots and reminders: the calendar and the task
// lists the GUI shows, for scripts and cron jobs. Times are shown in the local time zone.
#include "CliContext.h"
#include "CliOutput.h"

#include "services/ActivityOutcome.h"
#include "services/Calendar.h"
#include "services/DormantRules.h"
#include "services/FreeSlots.h"
#include "services/Reminders.h"
#include "services/Tasks.h"
#include "store/Transaction.h"
#include "util/TextFold.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>
#include <optional>

namespace tandem::cli {

namespace {

const QString kUser = QStringLiteral("user");
const QString kJson = QStringLiteral("json");

QTimeZone localZone()
{
    return QTimeZone::systemTimeZone();
}

// A service's refusal as the service says it (the field it names is for forms).
int refuse(CliContext& ctx, const Error& error)
{
    return ctx.fail(makeError(error.message));
}

// A local date (YYYY-MM-DD: its start, or with `endOfDay` the start of the next day) or a date and
// time (local unless it says its offset), as UTC.
std::optional<QDateTime> parseWhen(const QString& text, bool endOfDay = false)
{
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (date.isValid())
        return QDateTime(endOfDay ? date.addDays(1) : date, QTime(0, 0), localZone()).toUTC();
    QDateTime t = QDateTime::fromString(text, Qt::ISODate);
    if (!t.isValid())
        return std::nullopt;
    if (t.timeSpec() == Qt::LocalTime)
        t = QDateTime(t.date(), t.time(), localZone());
    return t.toUTC();
}

int notADate(CliContext& ctx, const QString& option, const QString& text)
{
    return ctx.usage(
        QCoreApplication::translate("Cli", "--%1 '%2' is not a date (YYYY-MM-DD) or date and time")
            .arg(option, text));
}

// --NAME N as a whole number from 1 to `most`; `fallback` when not given.
std::optional<int> positiveNumber(const Args& args, const QString& name, int fallback, int most)
{
    if (!args.has(name))
        return fallback;
    bool ok = false;
    const int n = args.value(name).toInt(&ok);
    if (!ok || n < 1 || n > most)
        return std::nullopt;
    return n;
}

int notANumber(CliContext& ctx, const QString& option)
{
    return ctx.usage(
        QCoreApplication::translate("Cli", "--%1 needs a positive whole number").arg(option));
}

QString localText(const QDateTime& t, const QString& format)
{
    return t.toTimeZone(localZone()).toString(format);
}

// "2026-06-15 10:00–11:00"; the end's date only when it is another day; an all-day item's date.
QString spanText(const QDateTime& start, const QDateTime& end, bool allDay)
{
    static const QString dateTime = QStringLiteral("yyyy-MM-dd HH:mm");
    if (allDay) {
        // An all-day item stored at 00:00 UTC is a plain date.
        const QDateTime utc = start.toUTC();
        return utc.time() == QTime(0, 0) ? utc.date().toString(Qt::ISODate)
                                         : localText(start, QStringLiteral("yyyy-MM-dd"));
    }
    QString text = localText(start, dateTime);
    if (end > start) {
        const bool sameDay
            = start.toTimeZone(localZone()).date() == end.toTimeZone(localZone()).date();
        text += QStringLiteral("–") + localText(end, sameDay ? QStringLiteral("HH:mm") : dateTime);
    }
    return text;
}

// One calendar line: "2026-06-15 10:00–11:00 meeting Subject (Location)".
QString itemLine(
    const QString& span, const QString& kind, const QString& subject, const QString& location)
{
    QStringList parts { span, kind };
    if (!subject.isEmpty())
        parts << subject;
    if (!location.isEmpty())
        parts << QStringLiteral("(%1)").arg(location);
    return parts.join(QLatin1Char(' '));
}

QDate today(Session& session)
{
    return session.clock().nowUtc().toTimeZone(localZone()).date();
}

QString sectionKey(TaskSection section)
{
    switch (section) {
    case TaskSection::Overdue:
        return QStringLiteral("overdue");
    case TaskSection::Today:
        return QStringLiteral("today");
    case TaskSection::Upcoming:
        return QStringLiteral("upcoming");
    case TaskSection::NoDate:
        break;
    }
    return QStringLiteral("no_date");
}

QString sectionTitle(TaskSection section)
{
    switch (section) {
    case TaskSection::Overdue:
        return QCoreApplication::translate("Cli", "Overdue");
    case TaskSection::Today:
        return QCoreApplication::translate("Cli", "Today");
    case TaskSection::Upcoming:
        return QCoreApplication::translate("Cli", "Upcoming");
    case TaskSection::NoDate:
        break;
    }
    return QCoreApplication::translate("Cli", "No date");
}

QJsonObject taskJson(const TaskRow& t)
{
    return QJsonObject { { QStringLiteral("id"), t.id }, { QStringLiteral("subject"), t.subject },
        { QStringLiteral("due"), orNull(timeText(t.dueAt)) },
        { QStringLiteral("all_day"), t.allDay },
        { QStringLiteral("priority"),
            t.priority.isEmpty() ? QStringLiteral("normal") : t.priority },
        { QStringLiteral("owner_id"), orNull(t.ownerId) },
        { QStringLiteral("contact_id"), orNull(t.contactId) },
        { QStringLiteral("contact"), orNull(t.contactName) },
        { QStringLiteral("company_id"), orNull(t.companyId) },
        { QStringLiteral("company"), orNull(t.companyName) },
        { QStringLiteral("deal_id"), orNull(t.dealId) },
        { QStringLiteral("deal"), orNull(t.dealTitle) },
        { QStringLiteral("lead_id"), orNull(t.leadId) },
        { QStringLiteral("lead"), orNull(t.leadTitle) },
        { QStringLiteral("recurring"), !t.rrule.isEmpty() } };
}

// A rule by id, or by name ignoring case and accents.
std::optional<DormantRule> ruleNamed(const QList<DormantRule>& rules, const QString& text)
{
    const QString id = text.trimmed().toLower();
    const QString name = foldForSearch(text.simplified());
    for (const DormantRule& r : rules) {
        if (r.id == id || foldForSearch(r.name.simplified()) == name)
            return r;
    }
    return std::nullopt;
}

} // namespace

int runAgenda(CliContext& ctx, const QStringList& arguments)
{
    auto args = Args::parse(
        arguments, { kUser, QStringLiteral("from"), QStringLiteral("days") }, { kJson });
    if (!args)
        return ctx.usage(args.error().message);
    if (!args->positional.isEmpty())
        return ctx.usage(QCoreApplication::translate(
            "Cli", "usage: agenda [--user NAME|ID] [--from DATE] [--days N] [--json]"));
    const auto days = positiveNumber(*args, QStringLiteral("days"), 7, 3660);
    if (!days)
        return notANumber(ctx, QStringLiteral("days"));
    QDate first;
    if (args->has(QStringLiteral("from"))) {
        first = QDate::fromString(args->value(QStringLiteral("from")), Qt::ISODate);
        if (!first.isValid())
            return notADate(ctx, QStringLiteral("from"), args->value(QStringLiteral("from")));
    }
    auto s = ctx.session();
    if (!s)
        return ctx.fail(s.error());
    Session& session = **s;
    QString userId;
    if (const int code = chooseUser(ctx, session, *args, userId); code != Ok)
        return code;
    if (!first.isValid())
        first = today(session);

    CalendarQuery query;
    query.userIds = { userId };
    query.from = QDateTime(first, QTime(0, 0), localZone()).toUTC();
    query.to = QDateTime(first.addDays(*days), QTime(0, 0), localZone()).toUTC();
    query.viewerId = session.currentUserId();
    const QList<CalendarEntry> entries = Calendar::entries(session, query);
    if (args->has(kJson)) {
        QJsonArray list;
        for (const CalendarEntry& e : entries)
            list.append(QJsonObject { { QStringLiteral("activity_id"), e.activityId },
                { QStringLiteral("kind"), e.kind },
                { QStringLiteral("subject"), orNull(e.subject) },
                { QStringLiteral("start"), orNull(timeText(e.start)) },
                { QStringLiteral("end"), orNull(timeText(e.end)) },
                { QStringLiteral("all_day"), e.allDay }, { QStringLiteral("done"), e.done },
                { QStringLiteral("recurring"), e.recurring },
                { QStringLiteral("owner_id"), orNull(e.ownerId) },
                { QStringLiteral("location"), orNull(e.location) } });
        printJson(ctx.out(), QJsonDocument(list));
        return Ok;
    }
    for (const CalendarEntry& e : entries)
        ctx.out() << itemLine(spanText(e.start, e.end, e.allDay), e.kind, e.subject, e.location)
                  << Qt::endl;
    return Ok;
}

int runMyDay(CliContext& ctx, const QStringList& arguments)
{
    auto args = Args::parse(arguments, { kUser }, { kJson });
    if (!args)
        return ctx.usage(args.error().message);
    if (!args->positional.isEmpty())
        return ctx.usage(
            QCoreApplication::translate("Cli", "usage: my-day [--user NAME|ID] [--json]"));
    auto s = ctx.session();
    if (!s)
        return ctx.fail(s.error());
    Session& session = **s;
    QString userId;
    if (const int code = chooseUser(ctx, session, *args, userId); code != Ok)
        return code;
    auto groups = Tasks::myDay(session, userId, session.clock().nowUtc(), localZone());
    if (!groups)
        return ctx.fail(groups.error());
    if (args->has(kJson)) {
        QJsonArray list;
        for (const TaskGroup& g : *groups) {
            QJsonArray tasks;
            for (const TaskRow& t : g.tasks)
                tasks.append(taskJson(t));
            list.append(QJsonObject { { QStringLiteral("section"), sectionKey(g.section) },
                { QStringLiteral("tasks"), tasks } });
        }
        printJson(ctx.out(), QJsonDocument(list));
        return Ok;
    }
    // A heading per group, then its tasks: id, due (local), priority, subject, what it is about.
    for (const TaskGroup& g : *groups) {
        ctx.out() << sectionTitle(g.section) << Qt::endl;
        for (const TaskRow& t : g.tasks) {
            const QDateTime due = Tasks::dueOf(t);
            const QString about = !t.companyName.isEmpty() ? t.companyName
                : !t.contactName.isEmpty()                 ? t.contactName
                : !t.dealTitle.isEmpty()                   ? t.dealTitle
                                                           : t.leadTitle;
            ctx.out() << QStringLiteral("  ") << t.id << '\t'
                      << (due.isValid() ? spanText(due, due, t.allDay) : QString()) << '\t'
                      << (t.priority.isEmpty() ? QStringLiteral("normal") : t.priority) << '\t'
                      << t.subject << '\t' << about << Qt::endl;
        }
    }
    return Ok;
}

int runDone(CliContext& ctx, const QStringList& arguments)
{
    auto args = Args::parse(arguments,
        { QStringLiteral("outcome"), QStringLiteral("next-step"), QStringLiteral("follow-up-due") },
        {});
    if (!args)
        return ctx.usage(args.error().message);
    if (args->positional.size() != 1)
        return ctx.usage(QCoreApplication::translate(
            "Cli", "usage: done ID [--outcome TEXT] [--next-step TEXT] [--follow-up-due DATE]"));
    const QString id = args->positional.first();
    std::optional<FollowUp> followUp;
    const QString dueText = args->value(QStringLiteral("follow-up-due"));
    if (args->has(QStringLiteral("follow-up-due")) && !parseWhen(dueText))
        return notADate(ctx, QStringLiteral("follow-up-due"), dueText);
    auto s = ctx.session();
    if (!s)
        return ctx.fail(s.error());
    Session& session = **s;
    const auto activity = session.records().get(QStringLiteral("activity"), id);
    if (!activity)
        return noSuchRecord(ctx, QStringLiteral("activity"), id);
    if (args->has(QStringLiteral("follow-up-due"))) {
        // A plain date means the start of that working day, as the dormant-customer tasks do.
        const QDate date = QDate::fromString(dueText, Qt::ISODate);
        const WorkingHours hours = FreeSlots::workingHours(session);
        followUp = FollowUp { {},
            date.isValid() ? QDateTime(date, hours.start, hours.zone).toUTC() : *parseWhen(dueText),
            {} };
    }
    const QString outcome = args->value(QStringLiteral("outcome"));
    const QString nextStep = args->value(QStringLiteral("next-step"));
    if (activity->text(QStringLiteral("kind")) == QLatin1String("task") && outcome.isEmpty()
        && nextStep.isEmpty() && !followUp) {
        if (auto r = Tasks::setDone(session, activity->id, true); !r)
            return refuse(ctx, r.error());
        return Ok;
    }
    auto followUpId = ActivityOutcome::complete(session, activity->id, outcome, nextStep, followUp);
    if (!followUpId)
        return refuse(ctx, followUpId.error());
    // Like `add`: the new follow-up task's id, for the next command of a script.
    if (!followUpId->isEmpty())
        ctx.out() << *followUpId << Qt::endl;
    return Ok;
}

int runDormant(CliContext& ctx, const QStringList& arguments)
{
    auto args
        = Args::parse(arguments, { QStringLiteral("rule") }, { QStringLiteral("propose"), kJson });
    if (!args)
        return ctx.usage(args.error().message);
    const bool proposing = args->has(QStringLiteral("propose"));
    if (!args->positional.isEmpty() || (proposing && !args->has(QStringLiteral("rule"))))
        return ctx.usage(QCoreApplication::translate(
            "Cli", "usage: dormant [--rule NAME] [--json] | dormant --rule NAME --propose"));
    auto s = ctx.session();
    if (!s)
        return ctx.fail(s.error());
    Session& session = **s;
    // One transaction: the starting rules made on first use and the proposed tasks are kept only
    // when the whole command succeeds.
    Transaction tx(session.database());
    auto all = DormantRules::rules(session);
    if (!all)
        return ctx.fail(all.error());
    QList<DormantRule> rules;
    if (args->has(QStringLiteral("rule"))) {
        const auto rule = ruleNamed(*all, args->value(QStringLiteral("rule")));
        if (!rule)
            return ctx.fail(
                QCoreApplication::translate("Cli", "there is no dormant-customer rule “%1”")
                    .arg(args->value(QStringLiteral("rule"))));
        rules << *rule;
    } else {
        for (const DormantRule& r : *all) {
            if (r.active)
                rules << r;
        }
    }
    const QDate day = today(session);

    if (proposing) {
        const DormantRule& rule = rules.first();
        auto candidates = DormantRules::candidates(session, rule.id, day);
        if (!candidates)
            return refuse(ctx, candidates.error());
        QStringList companyIds;
        int complaints = 0; // customers with an open complaint get no sales letter
        for (const DormantCandidate& c : *candidates) {
            if (c.openComplaints > 0)
                ++complaints;
            else
                companyIds << c.companyId;
        }
        if (complaints > 0)
            ctx.err() << QStringLiteral("tandem-cli: ")
                      << QCoreApplication::translate("Cli",
                             "%n customer(s) with an open complaint left out.", nullptr, complaints)
                      << Qt::endl;
        auto created = DormantRules::propose(session, rule.id, companyIds, day);
        if (!created)
            return refuse(ctx, created.error());
        if (auto c = tx.commit(); !c)
            return ctx.fail(c.error());
        if (args->has(kJson)) {
            printJson(ctx.out(), QJsonDocument(QJsonArray::fromStringList(*created)));
            return Ok;
        }
        ctx.out() << QCoreApplication::translate(
            "Cli", "Created %n follow-up task(s).", nullptr, int(created->size()))
                  << Qt::endl;
        return Ok;
    }

    // Printed once the transaction is committed: a failed command prints nothing on stdout.
    QJsonArray list;
    QStringList lines { QStringLiteral(
        "rule\tcompany_id\tcompany\towner\tlast_purchase\tlast_contact\tdays\topen_cases") };
    for (const DormantRule& rule : rules) {
        auto candidates = DormantRules::candidates(session, rule.id, day);
        if (!candidates)
            return refuse(ctx, candidates.error());
        for (const DormantCandidate& c : *candidates) {
            const QString purchase = c.lastPurchase.toString(Qt::ISODate);
            list.append(QJsonObject { { QStringLiteral("rule_id"), rule.id },
                { QStringLiteral("rule"), rule.name },
                { QStringLiteral("company_id"), c.companyId },
                { QStringLiteral("company"), c.companyName },
                { QStringLiteral("owner_id"), orNull(c.ownerId) },
                { QStringLiteral("owner"), orNull(c.ownerName) },
                { QStringLiteral("contact_id"), orNull(c.contactId) },
                { QStringLiteral("contact"), orNull(c.contactName) },
                { QStringLiteral("last_purchase"), orNull(purchase) },
                { QStringLiteral("last_contact"), orNull(timeText(c.lastContact)) },
                { QStringLiteral("days"), c.daysSince },
                { QStringLiteral("open_cases"), c.openCases },
                { QStringLiteral("open_complaints"), c.openComplaints } });
            const QString contacted = c.lastContact.isValid()
                ? localText(c.lastContact, QStringLiteral("yyyy-MM-dd"))
                : QString();
            lines << QStringList { rule.name, c.companyId, c.companyName, c.ownerName, purchase,
                contacted, QString::number(c.daysSince), QString::number(c.openCases) }
                         .join(QLatin1Char('\t'));
        }
    }
    if (auto c = tx.commit(); !c)
        return ctx.fail(c.error());
    if (args->has(kJson)) {
        printJson(ctx.out(), QJsonDocument(list));
        return Ok;
    }
    for (const QString& line : lines)
        ctx.out() << line << Qt::endl;
    return Ok;
}

int runFreeSlots(CliContext& ctx, const QStringList& arguments)
{
    auto args = Args::parse(arguments,
        { QStringLiteral("users"), QStringLiteral("from"), QStringLiteral("to"),
            QStringLiteral("minutes") },
        {});
    if (!args)
        return ctx.usage(args.error().message);
    QStringList given;
    for (const QString& list : args->values(QStringLiteral("users")))
        given << list.split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (!args->positional.isEmpty() || given.isEmpty() || !args->has(QStringLiteral("from"))
        || !args->has(QStringLiteral("to")))
        return ctx.usage(QCoreApplication::translate(
            "Cli", "usage: free-slots --users ID[,ID…] --from DATE --to DATE [--minutes N]"));
    const auto minutes = positiveNumber(*args, QStringLiteral("minutes"), 60, 24 * 60);
    if (!minutes)
        return notANumber(ctx, QStringLiteral("minutes"));
    const QString fromText = args->value(QStringLiteral("from"));
    const QString toText = args->value(QStringLiteral("to"));
    const auto from = parseWhen(fromText);
    if (!from)
        return notADate(ctx, QStringLiteral("from"), fromText);
    // --to DATE takes in that whole day, as the free-slot dialog does.
    const auto to = parseWhen(toText, true);
    if (!to)
        return notADate(ctx, QStringLiteral("to"), toText);
    if (*to <= *from)
        return ctx.usage(QCoreApplication::translate("Cli", "--to must be later than --from"));
    auto s = ctx.session();
    if (!s)
        return ctx.fail(s.error());
    Session& session = **s;
    QStringList userIds;
    for (const QString& id : given) {
        const auto user = session.records().get(kUser, id.trimmed());
        if (!user)
            return noSuchRecord(ctx, kUser, id.trimmed());
        userIds << user->id;
    }
    for (const TimeInterval& slot : FreeSlots::find(session, userIds, *from, *to, *minutes))
        ctx.out() << spanText(slot.start, slot.end, false) << Qt::endl;
    return Ok;
}

int runReminders(CliContext& ctx, const QStringList& arguments)
{
    auto args = Args::parse(arguments, { kUser }, { kJson });
    if (!args)
        return ctx.usage(args.error().message);
    if (!args->positional.isEmpty())
        return ctx.usage(
            QCoreApplication::translate("Cli", "usage: reminders [--user NAME|ID] [--json]"));
    auto s = ctx.session();
    if (!s)
        return ctx.fail(s.error());
    Session& session = **s;
    QString userId;
    if (const int code = chooseUser(ctx, session, *args, userId); code != Ok)
        return code;
    const QList<Reminder> due
        = Reminders::due(session, userId, session.clock().nowUtc(), localZone());
    if (args->has(kJson)) {
        QJsonArray list;
        for (const Reminder& r : due)
            list.append(QJsonObject { { QStringLiteral("entity"), r.entity },
                { QStringLiteral("record_id"), r.recordId }, { QStringLiteral("kind"), r.kind },
                { QStringLiteral("title"), r.title },
                { QStringLiteral("when"), orNull(timeText(r.when)) },
                { QStringLiteral("end"), orNull(timeText(r.end)) },
                { QStringLiteral("fire_at"), orNull(timeText(r.fireAt)) },
                { QStringLiteral("occurrence"), orNull(timeText(r.occurrence)) },
                { QStringLiteral("all_day"), r.allDay }, { QStringLiteral("snoozed"), r.snoozed },
                { QStringLiteral("location"), orNull(r.location) },
                { QStringLiteral("owner_id"), orNull(r.ownerId) } });
        printJson(ctx.out(), QJsonDocument(list));
        return Ok;
    }
    for (const Reminder& r : due)
        ctx.out() << itemLine(spanText(r.when, r.end, r.allDay), r.kind, r.title, r.location)
                  << Qt::endl;
    return Ok;
}

} // namespace tandem::cli
