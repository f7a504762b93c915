// tandem-cli: scripting, batch work and checks over the same core the GUI uses.
#include "CliContext.h"

#include "Translations.h"
#include "services/Workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QHash>
#include <cstdio>
#include <functional>
#include <memory>
#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace tandem;
using namespace tandem::cli;

// CalendarCommands.cpp
namespace tandem::cli {
int runAgenda(CliContext& ctx, const QStringList& args);
int runMyDay(CliContext& ctx, const QStringList& args);
int runDone(CliContext& ctx, const QStringList& args);
int runDormant(CliContext& ctx, const QStringList& args);
int runFreeSlots(CliContext& ctx, const QStringList& args);
int runReminders(CliContext& ctx, const QStringList& args);
// ReportCommands.cpp
int runReport(CliContext& ctx, const QStringList& args);
int runTargets(CliContext& ctx, const QStringList& args); // TargetCommands.cpp
int runCompetitor(CliContext& ctx, const QStringList& args); // CompetitorCommands.cpp
int runCampaign(CliContext& ctx, const QStringList& args); // CampaignCommands.cpp
int runTerritories(CliContext& ctx, const QStringList& args); // TeamCommands.cpp
int runTerritory(CliContext& ctx, const QStringList& args);
int runExperts(CliContext& ctx, const QStringList& args);
int runDashboard(CliContext& ctx, const QStringList& args); // DashboardCommands.cpp
} // namespace tandem::cli

namespace {

QString helpText()
{
    return QCoreApplication::translate("Cli",
        "Usage: tandem-cli [--db FILE] COMMAND …\n"
        "\n"
        "Commands:\n"
        "  init [--company NAME] [--user NAME] [--currency CODE]\n"
        "  demo [--contacts N] [--seed S]\n"
        "  add ENTITY field=value …              prints the new id\n"
        "  set ENTITY ID field=value …\n"
        "  rm ENTITY ID\n"
        "  show ENTITY ID [--json]\n"
        "  list ENTITY [--where field=value]… [--sort FIELD [--desc]] [--limit N] [--json]\n"
        "  search TEXT [--limit N] [--json]\n"
        "  history ENTITY ID [--json]\n"
        "  dump --canonical\n"
        "  check [--repair]\n"
        "  backup --to FILE\n"
        "  restore FILE [--preview] | restore --latest [--preview]\n"
        "  backups [--json] | backups --keep N [--days D]   the automatic backups\n"
        "  whoami [--set USER_ID]                 the user this copy writes as\n"
        "  import csv|vcard FILE [--entity ENTITY] [--mapping FILE] [--dry-run] [--skip-invalid]\n"
        "         [--update | --create-duplicates]\n"
        "  export csv|vcard FILE [--entity ENTITY] [--segment NAME] [--where field=value]… "
        "[--vcard3]\n"
        "  import ics FILE [--dry-run] [--skip-invalid]\n"
        "  export ics FILE [--where field=value]… [--from DATE] [--to DATE]\n"
        "  duplicates [--entity contact|company] [--json] | duplicates --dismiss ID ID\n"
        "  merge contact|company KEEP_ID OTHER_ID [--take FIELD]…\n"
        "  sync export --to FILE [--peer SITE] | sync import FILE | sync folder DIR\n"
        "  sync status | sync conflicts [--json] | sync resolve ID --take-other|--keep\n"
        "  sync passphrase --set TEXT | --clear\n"
        "  qualify lead ID [--answer \"Question=answer\"]…\n"
        "  convert lead ID [--company ID] [--contact ID] [--title TEXT] [--amount DECIMAL] "
        "[--json]\n"
        "  move deal ID STAGE                     STAGE: an id, or a stage name of the deal's "
        "pipeline\n"
        "  win deal ID | lose deal ID --reason TEXT [--competitor ID|NAME]\n"
        "  lose lead ID --reason TEXT | reopen deal|lead ID\n"
        "  checklist deal ID [--json]\n"
        "  escalate [--json]                      tells managers of overdue playbook tasks\n"
        "  overdue leads [--owner ID] [--json]\n"
        "  forecast [--pipeline ID] [--by-owner] [--json]\n"
        "  targets [--month YYYY-MM | --quarter YYYY-Qn] [--team NAME|ID | --user NAME|ID]\n"
        "          [--currency CODE] [--json]     progress against the targets\n"
        "  competitor [NAME|ID] [--json]          a competitor and the deals lost to it\n"
        "  campaign NAME|ID [--json]              a campaign's figures and responses\n"
        "  campaign respond NAME|ID [--first-name TEXT] [--last-name TEXT] [--email TEXT]\n"
        "         [--phone TEXT] [--company TEXT] [--job-title TEXT] [--notes TEXT]\n"
        "  campaign import NAME|ID FILE.csv       attendees as responses, all or nothing\n"
        "  territories [--json]                   rules, owners and figures of each territory\n"
        "  territory assign | territory reassign NAME|ID --to USER\n"
        "  experts WORDS… [--json]                colleagues whose skills hold the words\n"
        "  notifications [--user NAME|ID] [--all] [--json] | notifications --read ID…\n"
        "  agenda [--user NAME|ID] [--from DATE] [--days N] [--json]\n"
        "  dashboard [--user NAME|ID] [--team] [--json]  what needs attention today, targets\n"
        "  my-day [--user NAME|ID] [--json]\n"
        "  done ID [--outcome TEXT] [--next-step TEXT] [--follow-up-due DATE]\n"
        "  dormant [--rule NAME] [--json] | dormant --rule NAME --propose\n"
        "  free-slots --users ID[,ID…] --from DATE --to DATE [--minutes N]\n"
        "  reminders [--user NAME|ID] [--json]\n"
        "  report --list [--json]\n"
        "  report NAME [--from DATE] [--to DATE] [--period PRESET] [--compare previous|year]\n"
        "         [--owner ID] [--team ID] [--territory ID] [--pipeline ID] [--currency CODE]\n"
        "         [--option KEY=VALUE]… [--page a4|letter] [--out FILE.pdf|.csv|.html] [--json]\n"
        "  render quote ID [--template NAME] --out FILE.pdf [--sent-to EMAIL]\n"
        "  render letter CONTACT_ID [--template NAME] [--body TEXT|--body-file FILE] --out "
        "FILE.pdf\n"
        "  approve quote ID | revise quote ID     a manager's approval; a new version as a draft\n"
        "  mailing SEGMENT [--csv FILE] [--labels FILE.pdf [--sheet KEY] [--skip N]]\n"
        "                  [--letters FILE.pdf [--template NAME] [--body-file FILE]] | mailing "
        "--sheets\n"
        "  templates [--export]                   the document templates and their folder\n"
        "  materials [WORDS…] [--tag TAG] [--json] the sales materials library\n"
        "  material add FILE… [--tags TEXT] | material tag ID --tags TEXT | material rm ID\n"
        "  material replace ID FILE | material get ID --out FILE\n"
        "  material attach ID --deal ID [--quote ID]   a copy on the deal (and its offer)\n"
        "  quote-series [SERIES | --clear]        this computer's quote numbers: "
        "Q-2026-SERIES-0001\n"
        "\n"
        "ENTITY: %1\n"
        "The default database is %2 (or $TANDEM_DB).\n");
}

} // namespace

int main(int argc, char* argv[])
{
    // Reports are laid out with fonts, which need a QGuiApplication; with no display (cron, CI)
    // it runs on the offscreen platform. Every other command stays a plain core application.
    bool renders = false;
    for (int i = 1; i < argc; ++i)
        renders = renders || qstrcmp(argv[i], "report") == 0 || qstrcmp(argv[i], "render") == 0
            || qstrcmp(argv[i], "mailing") == 0;
    if (renders && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#ifdef Q_OS_UNIX // XDG_RUNTIME_DIR means nothing on Windows
    if (renders && qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        // As Qt would default it, made quietly (cron gives no runtime folder; Qt warns then).
        const QByteArray runtime
            = QDir::tempPath().toUtf8() + "/runtime-" + QByteArray::number(getuid());
        QDir().mkpath(QString::fromUtf8(runtime));
        QFile::setPermissions(QString::fromUtf8(runtime),
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", runtime);
    }
#endif
    std::unique_ptr<QCoreApplication> application = renders
        ? std::make_unique<QGuiApplication>(argc, argv)
        : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication& app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("tandem"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TANDEM_VERSION));
    installTranslations(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList args = app.arguments().mid(1);
    QString db;
    while (!args.isEmpty() && args.first().startsWith(QLatin1String("--"))) {
        const QString opt = args.takeFirst();
        if (opt == QLatin1String("--db")) {
            if (args.isEmpty()) {
                err << QStringLiteral("tandem-cli: ")
                    << QCoreApplication::translate("Cli", "option --%1 needs a value")
                           .arg(QStringLiteral("db"))
                    << Qt::endl;
                return Usage;
            }
            db = args.takeFirst();
        } else if (opt.startsWith(QLatin1String("--db="))) {
            db = opt.mid(5);
        } else if (opt == QLatin1String("--version")) {
            out << QStringLiteral("tandem-cli ") << QCoreApplication::applicationVersion()
                << Qt::endl;
            return Ok;
        } else if (opt == QLatin1String("--help")) {
            QStringList entities;
            for (const EntityDef& e : EntitySchema::all())
                entities << e.name;
            out << helpText().arg(
                entities.join(QLatin1String(", ")), Workspace::defaultDatabasePath());
            return Ok;
        } else {
            err << QStringLiteral("tandem-cli: ")
                << QCoreApplication::translate("Cli", "unknown option %1").arg(opt) << Qt::endl;
            return Usage;
        }
    }
    if (db.isEmpty())
        db = Workspace::defaultDatabasePath();
    CliContext ctx(db, out, err);
    if (args.isEmpty())
        return ctx.usage(QCoreApplication::translate("Cli", "no command given"));

    static const QHash<QString, std::function<int(CliContext&, const QStringList&)>> commands {
        { QStringLiteral("init"), runInit },
        { QStringLiteral("demo"), runDemo },
        { QStringLiteral("add"), runAdd },
        { QStringLiteral("set"), runSet },
        { QStringLiteral("rm"), runRm },
        { QStringLiteral("show"), runShow },
        { QStringLiteral("list"), runList },
        { QStringLiteral("search"), runSearch },
        { QStringLiteral("history"), runHistory },
        { QStringLiteral("dump"), runDump },
        { QStringLiteral("check"), runCheck },
        { QStringLiteral("backup"), runBackup },
        { QStringLiteral("restore"), runRestore },
        { QStringLiteral("backups"), runBackups },
        { QStringLiteral("sync"), runSync },
        { QStringLiteral("import"), runImport },
        { QStringLiteral("export"), runExport },
        { QStringLiteral("duplicates"), runDuplicates },
        { QStringLiteral("merge"), runMerge },
        { QStringLiteral("whoami"), runWhoami },
        { QStringLiteral("convert"), runConvert },
        { QStringLiteral("move"), runMove },
        { QStringLiteral("win"), runWin },
        { QStringLiteral("lose"), runLose },
        { QStringLiteral("reopen"), runReopen },
        { QStringLiteral("qualify"), runQualify },
        { QStringLiteral("checklist"), runChecklist },
        { QStringLiteral("escalate"), runEscalate },
        { QStringLiteral("overdue"), runOverdue },
        { QStringLiteral("forecast"), runForecast },
        { QStringLiteral("targets"), runTargets },
        { QStringLiteral("competitor"), runCompetitor },
        { QStringLiteral("campaign"), runCampaign },
        { QStringLiteral("territories"), runTerritories },
        { QStringLiteral("territory"), runTerritory },
        { QStringLiteral("experts"), runExperts },
        { QStringLiteral("notifications"), runNotifications },
        { QStringLiteral("agenda"), runAgenda },
        { QStringLiteral("dashboard"), runDashboard },
        { QStringLiteral("my-day"), runMyDay },
        { QStringLiteral("done"), runDone },
        { QStringLiteral("dormant"), runDormant },
        { QStringLiteral("free-slots"), runFreeSlots },
        { QStringLiteral("reminders"), runReminders },
        { QStringLiteral("report"), runReport },
        { QStringLiteral("render"), runRender },
        { QStringLiteral("approve"), runApprove },
        { QStringLiteral("revise"), runRevise },
        { QStringLiteral("mailing"), runMailing },
        { QStringLiteral("templates"), runTemplates },
        { QStringLiteral("materials"), runMaterials },
        { QStringLiteral("material"), runMaterial },
        { QStringLiteral("quote-series"), runQuoteSeries },
    };
    const QString command = args.takeFirst();
    const auto it = commands.find(command);
    if (it == commands.end())
        return ctx.usage(QCoreApplication::translate("Cli", "unknown command '%1'").arg(command));
    return it.value()(ctx, args);
}
