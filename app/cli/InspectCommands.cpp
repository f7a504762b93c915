// search, history, dump and check: commands that read the database and report.
#include "CliContext.h"

#include "store/AutoBackup.h"
#include "store/CanonicalDump.h"
#include "store/Integrity.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tandem::cli {

int runSearch(CliContext& ctx, const QStringList& argv)
{
    auto args = Args::parse(argv, { QStringLiteral("limit") }, { QStringLiteral("json") });
    if (!args)
        return ctx.usage(args.error().message);
    if (args->positional.isEmpty())
        return ctx.usage(
            QCoreApplication::translate("Cli", "usage: search TEXT [--limit N] [--json]"));
    auto s = ctx.session();
    if (!s)
        return ctx.fail(s.error());
    const int limit = args->value(QStringLiteral("limit"), QStringLiteral("20")).toInt();
    const auto hits
        = (*s)->search().search(args->positional.join(QLatin1Char(' ')), limit > 0 ? limit : 20);
    if (args->has(QStringLiteral("json"))) {
        QJsonArray a;
        for (const SearchHit& h : hits)
            a.append(QJsonObject { { QStringLiteral("entity"), h.entity },
                { QStringLiteral("id"), h.id }, { QStringLiteral("label"), h.label },
                { QStringLiteral("detail"), h.detail } });
        ctx.out() << QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Indented));
        return Ok;
    }
    for (const SearchHit& h : hits)
        ctx.out() << h.entity << '\t' << h.id << '\t' << h.label << '\t' << h.detail << Qt::endl;
    return Ok;
}

int runHistory(CliContext& ctx, const QStringList& argv)
{
    auto args = Args::parse(argv, {}, { QStringLiteral("json") });
    if (!args)
        return ctx.usage(args.error().message);
    if (args->positional.size() != 2)
        return ctx.usage(QCoreApplication::translate("Cli", "usage: history ENTITY ID [--json]"));
    auto s = ctx.session();
    if (!s)
        return ctx.fail(s.error());
    const QString entity = args->positional.at(0);
    const QString id = args->positional.at(1);
    if (!EntitySchema::find(entity))
        return ctx.fail(QCoreApplication::translate("Cli", "unknown record type '%1'").arg(entity));
    if (!(*s)->records().get(entity, id, true))
        return ctx.fail(
            QCoreApplication::translate("Cli", "there is no %1 with id %2").arg(entity, id));
    const auto entries = (*s)->records().history(entity, id);
    if (args->has(QStringLiteral("json"))) {
        QJsonArray a;
        for (const HistoryEntry& h : entries)
            a.append(QJsonObject { { QStringLiteral("when"), h.when.toString(Qt::ISODateWithMs) },
                { QStringLiteral("user_id"), h.userId }, { QStringLiteral("user"), h.userName },
                { QStringLiteral("op"), changeOpName(h.op) }, { QStringLiteral("field"), h.field },
                { QStringLiteral("value"), h.value } });
        ctx.out() << QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Indented));
        return Ok;
    }
    for (const HistoryEntry& h : entries) {
        ctx.out() << h.when.toString(Qt::ISODate) << '\t'
                  << (h.userName.isEmpty() ? QStringLiteral("-") : h.userName) << '\t'
                  << changeOpName(h.op) << '\t' << h.field << '\t' << h.value << Qt::endl;
    }
    return Ok;
}

int runDump(CliContext& ctx, const QStringList& argv)
{
    auto args = Args::parse(argv, {}, { QStringLiteral("canonical") });
    if (!args)
        return ctx.usage(args.error().message);
    if (!args->positional.isEmpty() || !args->has(QStringLiteral("canonical")))
        return ctx.usage(QCoreApplication::translate("Cli", "usage: dump --canonical"));
    auto s = ctx.session();
    if (!s)
        return ctx.fail(s.error());
    ctx.out().flush();
    ctx.out() << QString::fromUtf8(canonicalDump((*s)->records()));
    return Ok;
}

int runCheck(CliContext& ctx, const QStringList& argv)
{
    auto args = Args::parse(argv, {}, { QStringLiteral("repair") });
    if (!args)
        return ctx.usage(args.error().message);
    if (!args->positional.isEmpty())
        return ctx.usage(QCoreApplication::translate("Cli", "usage: check [--repair]"));
    auto s = ctx.session();
    if (!s)
        return ctx.fail(s.error());
    Session& session = **s;
    if (args->has(QStringLiteral("repair"))) {
        if (auto r = session.records().reindexAll(); !r)
            return ctx.fail(r.error());
    }
    const QStringList problems
        = checkIntegrity(session.database(), session.records(), session.search());
    if (problems.isEmpty()) {
        ctx.out() << QCoreApplication::translate("Cli", "ok: %1 is healthy").arg(ctx.dbPath())
                  << Qt::endl;
        return Ok;
    }
    for (const QString& p : problems)
        ctx.err() << QStringLiteral("tandem-cli: ") << p << Qt::endl;
    if (const auto good = AutoBackup::latestGood(session.database()))
        ctx.err() << QStringLiteral("tandem-cli: ")
                  << QCoreApplication::translate("Cli",
                         "the latest sound backup was taken %1 (%2); go back to it with: "
                         "tandem-cli restore --latest")
                         .arg(good->taken.toString(Qt::ISODate),
                             AutoBackup::reasonLabel(good->reason))
                  << Qt::endl;
    return Failed;
}

} // namespace tandem::cli
