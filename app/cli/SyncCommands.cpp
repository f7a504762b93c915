// sync export | import | folder | status | conflicts | resolve | passphrase | scope
#include "CliContext.h"

#include "domain/FieldFormat.h"
#include "sync/Hlc.h"
#include "sync/SyncService.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tandem::cli {

namespace {

QString conflictValue(const Conflict& c, const QVariant& v, bool isDelete)
{
    if (isDelete)
        return QCoreApplication::translate("Cli", "(deleted)");
    const EntityDef* def = EntitySchema::find(c.entity);
    const FieldDef* f = def ? def->field(c.field) : nullptr;
    return f ? formatFieldText(
               *f, f->type == FieldType::Bool ? QVariant(v.toLongLong() != 0) : v, QString())
             : v.toString();
}

QString userName(Session& session, const QString& id)
{
    const QString name = session.records().labelOf(QStringLiteral("user"), id);
    return name.isEmpty() ? QStringLiteral("?") : name;
}

QString tokenTime(const QString& token)
{
    const quint64 hlc = token.section(QLatin1Char('@'), 0, 0).toULongLong(nullptr, 16);
    return QDateTime::fromMSecsSinceEpoch(Hlc::physicalMs(hlc), Qt::UTC).toString(Qt::ISODate);
}

int runExport(CliContext& ctx, SyncService& sync, const QStringList& argv)
{
    auto args = Args::parse(argv, { QStringLiteral("to"), QStringLiteral("peer") }, {});
    if (!args)
        return ctx.usage(args.error().message);
    if (!args->has(QStringLiteral("to")) || !args->positional.isEmpty())
        return ctx.usage(
            QCoreApplication::translate("Cli", "usage: sync export --to FILE [--peer SITE]"));
    auto n = sync.exportTo(args->value(QStringLiteral("to")), args->value(QStringLiteral("peer")));
    if (!n)
        return ctx.fail(n.error());
    ctx.out() << QCoreApplication::translate("Cli", "Wrote %n change(s) to %1", nullptr, *n)
                     .arg(args->value(QStringLiteral("to")))
              << Qt::endl;
    return Ok;
}

// The same person entered on two laptops: after the sync, the merge is proposed.
void reportDuplicates(CliContext& ctx, SyncService& sync, const QStringList& contactsArrived)
{
    if (const int n = sync.possibleDuplicates(contactsArrived); n > 0)
        ctx.out() << QCoreApplication::translate("Cli",
            "%n pair(s) of contacts that arrived look like the same person: review them with "
            "tandem-cli duplicates.",
            nullptr, n)
                  << Qt::endl;
}

int runImport(CliContext& ctx, SyncService& sync, const QStringList& argv)
{
    if (argv.size() != 1)
        return ctx.usage(QCoreApplication::translate("Cli", "usage: sync import FILE"));
    auto r = sync.importFile(argv.first());
    if (!r)
        return ctx.fail(r.error());
    ctx.out() << QCoreApplication::translate(
        "Cli", "Imported %n new change(s) from %1.", nullptr, r->newChanges)
                     .arg(r->fromSite)
              << ' '
              << QCoreApplication::translate(
                     "Cli", "%n record(s) updated.", nullptr, r->recordsTouched)
              << ' '
              << QCoreApplication::translate(
                     "Cli", "%n conflict(s) to review.", nullptr, r->openConflicts)
              << Qt::endl;
    reportDuplicates(ctx, sync, r->contactsArrived);
    return Ok;
}

int runFolder(CliContext& ctx, SyncService& sync, const QStringList& argv)
{
    if (argv.size() != 1)
        return ctx.usage(QCoreApplication::translate("Cli", "usage: sync folder DIR"));
    auto r = sync.syncFolder(argv.first());
    if (!r)
        return ctx.fail(r.error());
    for (const QString& s : r->skipped)
        ctx.err() << QCoreApplication::translate("Cli", "tandem-cli: skipped for now: %1").arg(s)
                  << Qt::endl;
    ctx.out() << QCoreApplication::translate(
        "Cli", "Read %n bundle(s) of other copies.", nullptr, r->imported)
              << ' '
              << QCoreApplication::translate("Cli", "%n new change(s).", nullptr, r->newChanges)
              << ' ' << QCoreApplication::translate("Cli", "Wrote %1.").arg(r->written) << Qt::endl;
    for (const QString& file : r->writtenFor)
        ctx.out() << QCoreApplication::translate("Cli", "Wrote %1 for a scoped copy.").arg(file)
                  << Qt::endl;
    reportDuplicates(ctx, sync, r->contactsArrived);
    return Ok;
}

int runStatus(CliContext& ctx, Session& session, SyncService& sync)
{
    ctx.out() << QCoreApplication::translate("Cli", "This copy: %1").arg(session.siteId())
              << Qt::endl;
    ctx.out() << QCoreApplication::translate("Cli", "Changes not yet acknowledged by any peer: %1")
                     .arg(sync.pendingChanges())
              << Qt::endl;
    ctx.out() << QCoreApplication::translate("Cli", "Conflicts to review: %1")
                     .arg(sync.conflicts().size())
              << Qt::endl;
    ctx.out() << QCoreApplication::translate("Cli", "Sync scope: %1").arg(sync.scope().describe())
              << Qt::endl;
    ctx.out() << QCoreApplication::translate("Cli", "Team passphrase: %1")
                     .arg(sync.passphrase().isEmpty()
                             ? QCoreApplication::translate("Cli", "not set")
                             : QCoreApplication::translate("Cli", "set"))
              << Qt::endl;
    for (const PeerStatus& p : sync.peers()) {
        const QString name = p.siteId == QLatin1String("*")
            ? QCoreApplication::translate("Cli", "(any peer)")
            : p.siteId;
        ctx.out() << QCoreApplication::translate(
            "Cli", "peer %1\tlast sent %2\tlast received %3\tscope %4")
                         .arg(name, p.lastSentAt.isEmpty() ? QStringLiteral("-") : p.lastSentAt,
                             p.lastReceivedAt.isEmpty() ? QStringLiteral("-") : p.lastReceivedAt,
                             p.scope.describe())
                  << Qt::endl;
    }
    return Ok;
}

int runConflicts(CliContext& ctx, Session& session, SyncService& sync, const QStringList& argv)
{
    auto args = Args::parse(argv, {}, { QStringLiteral("json") });
    if (!args)
        return ctx.usage(args.error().message);
    const auto conflicts = sync.conflicts();
    if (args->has(QStringLiteral("json"))) {
        QJsonArray a;
        for (const Conflict& c : conflicts)
            a.append(QJsonObject { { QStringLiteral("id"), c.id },
                { QStringLiteral("entity"), c.entity }, { QStringLiteral("record_id"), c.recordId },
                { QStringLiteral("field"), c.field },
                { QStringLiteral("kept"), conflictValue(c, c.keptValue, c.keptIsDelete) },
                { QStringLiteral("kept_at"), tokenTime(c.keptToken) },
                { QStringLiteral("kept_by"), userName(session, c.keptUser) },
                { QStringLiteral("other"), conflictValue(c, c.otherValue, false) },
                { QStringLiteral("other_at"), tokenTime(c.otherToken) },
                { QStringLiteral("other_by"), userName(session, c.otherUser) } });
        ctx.out() << QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Indented));
        return Ok;
    }
    for (const Conflict& c : conflicts) {
        ctx.out() << c.id << '\t' << c.entity << '\t'
                  << session.records().labelOf(c.entity, c.recordId) << '\t'
                  << (c.field.isEmpty() ? QCoreApplication::translate("Cli", "(deleted)") : c.field)
                  << '\t'
                  << QCoreApplication::translate("Cli", "shown: %1 (%2, %3)")
                         .arg(conflictValue(c, c.keptValue, c.keptIsDelete),
                             userName(session, c.keptUser), tokenTime(c.keptToken))
                  << '\t'
                  << QCoreApplication::translate("Cli", "other: %1 (%2, %3)")
                         .arg(conflictValue(c, c.otherValue, false), userName(session, c.otherUser),
                             tokenTime(c.otherToken))
                  << Qt::endl;
    }
    return Ok;
}

int runResolve(CliContext& ctx, SyncService& sync, const QStringList& argv)
{
    auto args = Args::parse(argv, {}, { QStringLiteral("take-other"), QStringLiteral("keep") });
    if (!args)
        return ctx.usage(args.error().message);
    if (args->positional.size() != 1
        || args->has(QStringLiteral("take-other")) == args->has(QStringLiteral("keep")))
        return ctx.usage(QCoreApplication::translate(
            "Cli", "usage: sync resolve CONFLICT_ID --take-other|--keep"));
    if (auto r = sync.resolve(args->positional.first(),
            args->has(QStringLiteral("keep")) ? Resolution::KeepShown : Resolution::TakeOther);
        !r)
        return ctx.fail(r.error());
    return Ok;
}

int runPassphrase(CliContext& ctx, SyncService& sync, const QStringList& argv)
{
    auto args = Args::parse(argv, { QStringLiteral("set") }, { QStringLiteral("clear") });
    if (!args)
        return ctx.usage(args.error().message);
    if (args->has(QStringLiteral("set")) == args->has(QStringLiteral("clear"))
        || !args->positional.isEmpty())
        return ctx.usage(
            QCoreApplication::translate("Cli", "usage: sync passphrase --set TEXT | --clear"));
    const QString pass = args->value(QStringLiteral("set"));
    if (args->has(QStringLiteral("set")) && pass.size() < 8)
        return ctx.fail(
            QCoreApplication::translate("Cli", "a team passphrase needs at least 8 characters"));
    if (auto r = sync.setPassphrase(pass); !r)
        return ctx.fail(r.error());
    return Ok;
}

// A field laptop holds one owner's or territory's records: others send it only those.
int runScope(CliContext& ctx, SyncService& sync, const QStringList& argv)
{
    auto args = Args::parse(
        argv, { QStringLiteral("owner"), QStringLiteral("territory") }, { QStringLiteral("all") });
    if (!args)
        return ctx.usage(args.error().message);
    const int options = int(args->has(QStringLiteral("owner")))
        + int(args->has(QStringLiteral("territory"))) + int(args->has(QStringLiteral("all")));
    if (options > 1 || !args->positional.isEmpty()
        || (args->has(QStringLiteral("owner")) && args->value(QStringLiteral("owner")).isEmpty())
        || (args->has(QStringLiteral("territory"))
            && args->value(QStringLiteral("territory")).isEmpty()))
        return ctx.usage(QCoreApplication::translate(
            "Cli", "usage: sync scope [--owner USER_ID | --territory TERRITORY_ID | --all]"));
    if (options == 1) {
        SyncScope scope;
        if (args->has(QStringLiteral("owner")))
            scope = { SyncScope::Kind::Owner, args->value(QStringLiteral("owner")) };
        else if (args->has(QStringLiteral("territory")))
            scope = { SyncScope::Kind::Territory, args->value(QStringLiteral("territory")) };
        if (auto r = sync.setScope(scope); !r)
            return ctx.fail(r.error());
    }
    ctx.out() << QCoreApplication::translate("Cli", "Sync scope: %1").arg(sync.scope().describe())
              << Qt::endl;
    return Ok;
}

} // namespace

int runSync(CliContext& ctx, const QStringList& argv)
{
    static const QStringList subcommands { QStringLiteral("export"), QStringLiteral("import"),
        QStringLiteral("folder"), QStringLiteral("status"), QStringLiteral("conflicts"),
        QStringLiteral("resolve"), QStringLiteral("passphrase"), QStringLiteral("scope") };
    if (argv.isEmpty() || !subcommands.contains(argv.first()))
        return ctx.usage(QCoreApplication::translate(
            "Cli", "usage: sync export|import|folder|status|conflicts|resolve|passphrase|scope …"));
    const QString sub = argv.first();
    // A new laptop joins the team by importing a bundle into a database that does not exist yet
    // (after setting its scope, so that the office sends it only that).
    auto s = ctx.session(sub == QLatin1String("import") || sub == QLatin1String("folder")
        || sub == QLatin1String("scope"));
    if (!s)
        return ctx.fail(s.error());
    SyncService sync(**s);
    const QStringList rest = argv.mid(1);
    if (sub == QLatin1String("export"))
        return runExport(ctx, sync, rest);
    if (sub == QLatin1String("import"))
        return runImport(ctx, sync, rest);
    if (sub == QLatin1String("folder"))
        return runFolder(ctx, sync, rest);
    if (sub == QLatin1String("status"))
        return runStatus(ctx, **s, sync);
    if (sub == QLatin1String("conflicts"))
        return runConflicts(ctx, **s, sync, rest);
    if (sub == QLatin1String("resolve"))
        return runResolve(ctx, sync, rest);
    if (sub == QLatin1String("scope"))
        return runScope(ctx, sync, rest);
    return runPassphrase(ctx, sync, rest);
}

} // namespace tandem::cli
