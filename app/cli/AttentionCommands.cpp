// tandem-cli escalate, overdue leads, forecast and notifications: what needs someone's attention,
// for cron jobs and the office manager.
#include "CliContext.h"
#include "CliOutput.h"

#include "domain/FieldFormat.h"
#include "services/Escalations.h"
#include "services/FollowUpGuard.h"
#include "services/Forecast.h"
#include "services/Notifications.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace tandem::cli {

int runEscalate(CliContext& ctx, const QStringList& arguments)
{
    auto args = Args::parse(arguments, {}, { QStringLiteral("json") });
    if (!args)
        return ctx.usage(args.error().message);
    if (!args->positional.isEmpty())
        return ctx.usage(QCoreApplication::translate("Cli", "usage: escalate [--json]"));
    auto s = ctx.session();
    if (!s)
        return ctx.fail(s.error());
    auto escalated = Escalations::run(**s);
    if (!escalated)
        return ctx.fail(escalated.error());
    const RecordStore& rs = (*s)->records();
    if (args->has(QStringLiteral("json"))) {
        QJsonArray list;
        for (const Escalation& e : *escalated)
            list.append(QJsonObject { { QStringLiteral("deal_id"), orNull(e.dealId) },
                { QStringLiteral("task_id"), orNull(e.taskId) },
                { QStringLiteral("case_id"), orNull(e.caseId) },
                { QStringLiteral("manager_id"), e.managerId },
                { QStringLiteral("manager"), rs.labelOf(QStringLiteral("user"), e.managerId) },
                { QStringLiteral("text"), e.text } });
        printJson(ctx.out(), QJsonDocument(list));
        return Ok;
    }
    // Silent when there is nothing new: cron mails only what needs reading.
    for (const Escalation& e : *escalated)
        ctx.out() << QCoreApplication::translate("Cli", "To %1: %2")
                         .arg(rs.labelOf(QStringLiteral("user"), e.managerId), e.text)
                  << Qt::endl;
    return Ok;
}

int runOverdue(CliContext& ctx, const QStringList& arguments)
{
    auto args = Args::parse(arguments, { QStringLiteral("owner") }, { QStringLiteral("json") });
    if (!args)
        return ctx.usage(args.error().message);
    if (args->positional != QStringList { QStringLiteral("leads") })
        return ctx.usage(
            QCoreApplication::translate("Cli", "usage: overdue leads [--owner ID] [--json]"));
    auto s = ctx.session();
    if (!s)
        return ctx.fail(s.error());
    QString ownerId;
    if (args->has(QStringLiteral("owner"))) {
        const auto owner
            = (*s)->records().get(QStringLiteral("user"), args->value(QStringLiteral("owner")));
        if (!owner)
            return noSuchRecord(ctx, QStringLiteral("user"), args->value(QStringLiteral("owner")));
        ownerId = owner->id;
    }
    const QList<OverdueLead> leads = FollowUpGuard::overdue(**s, ownerId);
    if (args->has(QStringLiteral("json"))) {
        QJsonArray list;
        for (const OverdueLead& l : leads)
            list.append(QJsonObject { { QStringLiteral("lead_id"), l.leadId },
                { QStringLiteral("title"), l.title },
                { QStringLiteral("owner_id"), orNull(l.ownerId) },
                { QStringLiteral("owner"), orNull(l.ownerName) },
                { QStringLiteral("due"), timeText(l.due) },
                { QStringLiteral("days_overdue"), l.daysOverdue },
                { QStringLiteral("source"), orNull(l.source) } });
        printJson(ctx.out(), QJsonDocument(list));
        return Ok;
    }
    ctx.out() << QStringLiteral("id\ttitle\towner\tdue\tdays_overdue\tsource") << Qt::endl;
    for (const OverdueLead& l : leads)
        ctx.out() << l.leadId << '\t' << l.title << '\t' << l.ownerName << '\t' << timeText(l.due)
                  << '\t' << l.daysOverdue << '\t' << l.source << Qt::endl;
    return Ok;
}

int runForecast(CliContext& ctx, const QStringList& arguments)
{
    auto args = Args::parse(arguments, { QStringLiteral("pipeline") },
        { QStringLiteral("by-owner"), QStringLiteral("json") });
    if (!args)
        return ctx.usage(args.error().message);
    if (!args->positional.isEmpty())
        return ctx.usage(QCoreApplication::translate(
            "Cli", "usage: forecast [--pipeline ID] [--by-owner] [--json]"));
    auto s = ctx.session();
    if (!s)
        return ctx.fail(s.error());
    DealFilter filter;
    if (args->has(QStringLiteral("pipeline"))) {
        const QString id = args->value(QStringLiteral("pipeline"));
        const auto pipeline = (*s)->records().get(QStringLiteral("pipeline"), id);
        if (!pipeline)
            return noSuchRecord(ctx, QStringLiteral("pipeline"), id);
        filter.pipelineId = pipeline->id;
    }
    const bool byOwner = args->has(QStringLiteral("by-owner"));
    auto rows = Forecast::byMonth(**s, filter, byOwner);
    if (!rows)
        return ctx.fail(rows.error());
    auto money = [&](qint64 minor, const QString& currency) {
        return formatScaled(
            minor, currencyMinorDigits(currency.isEmpty() ? (*s)->defaultCurrency() : currency));
    };
    if (args->has(QStringLiteral("json"))) {
        QJsonArray list;
        for (const ForecastRow& r : *rows) {
            QJsonObject o { { QStringLiteral("month"), orNull(r.month) },
                { QStringLiteral("currency"), r.currency }, { QStringLiteral("deals"), r.deals },
                { QStringLiteral("total"), money(r.total, r.currency) },
                { QStringLiteral("weighted"), money(r.weighted, r.currency) } };
            if (byOwner) {
                o.insert(QStringLiteral("owner_id"), orNull(r.ownerId));
                o.insert(QStringLiteral("owner"), orNull(r.ownerName));
            }
            list.append(o);
        }
        printJson(ctx.out(), QJsonDocument(list));
        return Ok;
    }
    ctx.out() << (byOwner ? QStringLiteral("month\towner\tcurrency\tdeals\ttotal\tweighted")
                          : QStringLiteral("month\tcurrency\tdeals\ttotal\tweighted"))
              << Qt::endl;
    for (const ForecastRow& r : *rows) {
        ctx.out() << (r.month.isEmpty() ? QCoreApplication::translate("Cli", "no close date")
                                        : r.month)
                  << '\t';
        if (byOwner)
            ctx.out() << r.ownerName << '\t';
        ctx.out() << r.currency << '\t' << r.deals << '\t' << money(r.total, r.currency) << '\t'
                  << money(r.weighted, r.currency) << Qt::endl;
    }
    return Ok;
}

int runNotifications(CliContext& ctx, const QStringList& arguments)
{
    auto args = Args::parse(arguments, { QStringLiteral("user"), QStringLiteral("read") },
        { QStringLiteral("all"), QStringLiteral("json") });
    const QString usage = QCoreApplication::translate(
        "Cli", "usage: notifications [--user NAME|ID] [--all] [--json] | notifications --read ID…");
    if (!args)
        return ctx.usage(args.error().message);
    const bool marking = args->has(QStringLiteral("read"));
    if (!args->positional.isEmpty()
        || (marking
            && (args->has(QStringLiteral("user")) || args->has(QStringLiteral("all"))
                || args->has(QStringLiteral("json")))))
        return ctx.usage(usage);
    auto s = ctx.session();
    if (!s)
        return ctx.fail(s.error());
    Session& session = **s;
    const RecordStore& rs = session.records();
    if (marking) {
        const QStringList ids = args->values(QStringLiteral("read"));
        for (const QString& id : ids) {
            if (!rs.get(QStringLiteral("notification"), id))
                return noSuchRecord(ctx, QStringLiteral("notification"), id);
        }
        Transaction tx(session.database());
        for (const QString& id : ids) {
            if (auto r = Notifications::markRead(session, id); !r)
                return ctx.fail(r.error());
        }
        if (auto r = tx.commit(); !r)
            return ctx.fail(r.error());
        return Ok;
    }
    QString userId;
    if (const int code = chooseUser(ctx, session, *args, userId); code != Ok)
        return code;
    const QList<Record> notes
        = Notifications::forUser(session, userId, args->has(QStringLiteral("all")));
    if (args->has(QStringLiteral("json"))) {
        QJsonArray list;
        for (const Record& n : notes)
            list.append(rs.toJson(n));
        printJson(ctx.out(), QJsonDocument(list));
        return Ok;
    }
    ctx.out() << QStringLiteral("id\tcreated_at\tkind\tread_at\ttext") << Qt::endl;
    for (const Record& n : notes)
        ctx.out() << n.id << '\t' << timeText(n.text(QStringLiteral("created_at"))) << '\t'
                  << n.text(QStringLiteral("kind")) << '\t'
                  << timeText(n.text(QStringLiteral("read_at"))) << '\t'
                  << n.text(QStringLiteral("text")) << Qt::endl;
    return Ok;
}

} // namespace tandem::cli
