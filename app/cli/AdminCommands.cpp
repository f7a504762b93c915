// init, demo, backup and restore: commands that create or replace a whole database.
#include "CliContext.h"

#include "services/DemoData.h"
#include "services/Workspace.h"
#include "store/AutoBackup.h"
#include "store/Backup.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace tandem::cli {

namespace {

QString defaultUserName()
{
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? QCoreApplication::translate("Cli", "Me") : user;
}

} // namespace

int runInit(CliContext& ctx, const QStringList& argv)
{
    auto args = Args::parse(argv,
        { QStringLiteral("company"), QStringLiteral("user"), QStringLiteral("currency") }, {});
    if (!args)
        return ctx.usage(args.error().message);
    if (!args->positional.isEmpty())
        return ctx.usage(QCoreApplication::translate(
            "Cli", "usage: init [--company NAME] [--user NAME] [--currency CODE]"));
    const bool existed = QFileInfo::exists(ctx.dbPath());
    auto s = ctx.session(true);
    if (!s)
        return ctx.fail(s.error());
    WorkspaceSetup setup;
    setup.companyName
        = args->value(QStringLiteral("company"), QCoreApplication::translate("Cli", "My company"));
    setup.userName = args->value(QStringLiteral("user"), defaultUserName());
    setup.currency = args->value(QStringLiteral("currency"), QStringLiteral("EUR"));
    auto user = Workspace::initialise(**s, setup);
    if (!user) {
        const int code = ctx.fail(user.error());
        if (!existed)
            ctx.discardDatabase();
        return code;
    }
    ctx.out() << QCoreApplication::translate("Cli", "Created %1 for %2; you are user %3.")
                     .arg(ctx.dbPath(), setup.companyName, *user)
              << Qt::endl;
    return Ok;
}

int runDemo(CliContext& ctx, const QStringList& argv)
{
    auto args = Args::parse(argv, { QStringLiteral("contacts"), QStringLiteral("seed") }, {});
    if (!args)
        return ctx.usage(args.error().message);
    if (!args->positional.isEmpty())
        return ctx.usage(
            QCoreApplication::translate("Cli", "usage: demo [--contacts N] [--seed S]"));
    DemoOptions options;
    bool ok = true;
    options.contacts = args->value(QStringLiteral("contacts"), QStringLiteral("2000")).toInt(&ok);
    if (!ok || options.contacts < 10 || options.contacts > 1000000)
        return ctx.usage(QCoreApplication::translate(
            "Cli", "--contacts needs a whole number from 10 to 1000000"));
    options.seed = args->value(QStringLiteral("seed"), QStringLiteral("1")).toULongLong(&ok);
    if (!ok)
        return ctx.usage(QCoreApplication::translate("Cli", "--seed needs a whole number"));

    const bool existed = QFileInfo::exists(ctx.dbPath());
    ctx.setIdSeed(options.seed);
    auto s = ctx.session(true);
    if (!s)
        return ctx.fail(s.error());
    Session& session = **s;
    if (!session.isInitialised()) {
        WorkspaceSetup setup;
        setup.companyName = QCoreApplication::translate("Cli", "Tandem Demo");
        setup.userName = QCoreApplication::translate("Cli", "Demo Manager");
        if (auto r = Workspace::initialise(session, setup); !r)
            return ctx.fail(r.error());
    }
    auto stats = generateDemo(session, options);
    if (!stats) {
        const int code = ctx.fail(stats.error());
        if (!existed)
            ctx.discardDatabase();
        return code;
    }
    ctx.out() << QCoreApplication::translate("Cli",
        "Demo data in %7 s: users %1, companies %2, contacts %3, leads %4, deals %5, activities "
        "%6.")
                     .arg(stats->users)
                     .arg(stats->companies)
                     .arg(stats->contacts)
                     .arg(stats->leads)
                     .arg(stats->deals)
                     .arg(stats->activities)
                     .arg(double(stats->elapsedMs) / 1000.0, 0, 'f', 1)
              << Qt::endl;
    return Ok;
}

int runBackup(CliContext& ctx, const QStringList& argv)
{
    auto args = Args::parse(argv, { QStringLiteral("to") }, {});
    if (!args)
        return ctx.usage(args.error().message);
    if (!args->positional.isEmpty() || !args->has(QStringLiteral("to")))
        return ctx.usage(QCoreApplication::translate("Cli", "usage: backup --to FILE"));
    const QString target = args->value(QStringLiteral("to"));
    if (QFileInfo::exists(target))
        return ctx.fail(Error {
            QCoreApplication::translate("Cli", "the file already exists; choose a new name"),
            target, 0, {} });
    auto s = ctx.session();
    if (!s)
        return ctx.fail(s.error());
    if (auto r = backupDatabase((*s)->database(), target); !r)
        return ctx.fail(r.error());
    ctx.out() << QCoreApplication::translate("Cli", "Backed up to %1").arg(target) << Qt::endl;
    return Ok;
}

int runBackups(CliContext& ctx, const QStringList& argv)
{
    auto args = Args::parse(
        argv, { QStringLiteral("keep"), QStringLiteral("days") }, { QStringLiteral("json") });
    if (!args)
        return ctx.usage(args.error().message);
    if (!args->positional.isEmpty())
        return ctx.usage(QCoreApplication::translate(
            "Cli", "usage: backups [--json] | backups --keep N [--days D]"));
    auto s = ctx.session();
    if (!s)
        return ctx.fail(s.error());
    Database& db = (*s)->database();
    if (args->has(QStringLiteral("keep")) || args->has(QStringLiteral("days"))) {
        BackupRetention retention = AutoBackup::retention(db);
        for (const auto& [name, target] : { std::pair { QStringLiteral("keep"), &retention.keep },
                 std::pair { QStringLiteral("days"), &retention.days } }) {
            if (!args->has(name))
                continue;
            bool ok = false;
            *target = args->value(name).toInt(&ok);
            if (!ok)
                return ctx.fail(Error { QCoreApplication::translate("Cli", "not a whole number: %1")
                                            .arg(args->value(name)),
                    {}, 0, QStringLiteral("--") + name });
        }
        if (auto r = AutoBackup::setRetention(db, retention); !r)
            return ctx.fail(r.error());
    }
    const QList<BackupEntry> entries = AutoBackup::list(db);
    if (args->has(QStringLiteral("json"))) {
        QJsonArray list;
        for (const BackupEntry& e : entries)
            list.append(QJsonObject { { QStringLiteral("path"), e.path },
                { QStringLiteral("taken"), e.taken.toString(Qt::ISODate) },
                { QStringLiteral("reason"), e.reason }, { QStringLiteral("bytes"), e.bytes } });
        ctx.out() << QJsonDocument(list).toJson(QJsonDocument::Indented);
        return Ok;
    }
    const BackupRetention retention = AutoBackup::retention(db);
    ctx.out() << QCoreApplication::translate("Cli",
        "Automatic backups in %1 (kept: the newest %2, and the newest of each of the "
        "last %3 days):")
                     .arg(AutoBackup::folder(db))
                     .arg(retention.keep)
                     .arg(retention.days)
              << Qt::endl;
    for (const BackupEntry& e : entries)
        ctx.out() << QStringLiteral("  %1  %2  %3  %4")
                         .arg(e.taken.toString(Qt::ISODate), e.reason.leftJustified(14),
                             QLocale::c().formattedDataSize(e.bytes).rightJustified(9), e.path)
                  << Qt::endl;
    return Ok;
}

int runRestore(CliContext& ctx, const QStringList& argv)
{
    auto args = Args::parse(argv, {}, { QStringLiteral("preview"), QStringLiteral("latest") });
    if (!args)
        return ctx.usage(args.error().message);
    const bool latest = args->has(QStringLiteral("latest"));
    if (args->positional.size() != (latest ? 0 : 1))
        return ctx.usage(QCoreApplication::translate(
            "Cli", "usage: restore FILE [--preview] | restore --latest [--preview]"));
    QString source = latest ? QString() : args->positional.first();
    if (latest) {
        auto s = ctx.session();
        if (!s)
            return ctx.fail(s.error());
        const auto good = AutoBackup::latestGood((*s)->database());
        if (!good)
            return ctx.fail(Error {
                QCoreApplication::translate("Cli", "there is no sound automatic backup in %1")
                    .arg(AutoBackup::folder((*s)->database())),
                AutoBackup::folder((*s)->database()), 0, {} });
        source = good->path;
    }
    auto info = inspectBackup(source);
    if (!info)
        return ctx.fail(info.error());
    ctx.out() << QCoreApplication::translate("Cli", "Backup %1 (database version %2) of %3 holds:")
                     .arg(source)
                     .arg(info->schemaVersion)
                     .arg(info->companyName.isEmpty()
                             ? QCoreApplication::translate("Cli", "an unnamed company")
                             : info->companyName)
              << Qt::endl;
    for (auto it = info->counts.begin(); it != info->counts.end(); ++it) {
        if (it.value() > 0)
            ctx.out() << QStringLiteral("  %1: %2").arg(it.key()).arg(it.value()) << Qt::endl;
    }
    for (const QString& problem : info->problems)
        ctx.out() << QStringLiteral("  ")
                  << QCoreApplication::translate("Cli", "damaged: %1").arg(problem) << Qt::endl;
    if (args->has(QStringLiteral("preview")))
        return Ok;
    auto s = ctx.session(true);
    if (!s)
        return ctx.fail(s.error());
    auto safety = restoreDatabase((*s)->database(), source);
    if (!safety)
        return ctx.fail(safety.error());
    ctx.out() << QCoreApplication::translate(
        "Cli", "Restored. The data it replaced was saved to %1")
                     .arg(*safety)
              << Qt::endl;
    return Ok;
}

int runWhoami(CliContext& ctx, const QStringList& argv)
{
    auto args = Args::parse(argv, { QStringLiteral("set") }, {});
    if (!args)
        return ctx.usage(args.error().message);
    if (!args->positional.isEmpty())
        return ctx.usage(QCoreApplication::translate("Cli", "usage: whoami [--set USER_ID]"));
    auto s = ctx.session();
    if (!s)
        return ctx.fail(s.error());
    if (args->has(QStringLiteral("set"))) {
        if (auto r = (*s)->setCurrentUser(args->value(QStringLiteral("set"))); !r)
            return ctx.fail(r.error());
    }
    const QString id = (*s)->currentUserId();
    if (id.isEmpty()) {
        ctx.out() << QCoreApplication::translate("Cli",
            "No user chosen on this copy; pick one with 'whoami --set USER_ID' "
            "(see 'list user').")
                  << Qt::endl;
        return Ok;
    }
    ctx.out() << id << '\t' << (*s)->records().labelOf(QStringLiteral("user"), id) << Qt::endl;
    return Ok;
}

} // namespace tandem::cli
