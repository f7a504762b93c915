// tandem-cli territories / territory / experts: the team's territories with their rules and
// figures, filling and handing them over, and the colleague who knows about something.
#include "CliContext.h"
#include "CliOutput.h"

#include "services/Experts.h"
#include "services/Territories.h"
#include "store/TerritoryQueries.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tandem::cli {

namespace {

// Text::tr() in the context the translation files hold this file's strings under.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

int reassign(CliContext& ctx, Session& session, const Args& args)
{
    const QString usage = Text::tr("usage: territory reassign NAME|ID --to USER");
    if (args.positional.size() != 2 || args.value(QStringLiteral("to")).isEmpty())
        return ctx.usage(usage);
    auto territory = resolveRecord(session, QStringLiteral("territory"), args.positional.at(1));
    if (!territory)
        return ctx.fail(territory.error());
    auto user = resolveRecord(session, QStringLiteral("user"), args.value(QStringLiteral("to")));
    if (!user)
        return ctx.fail(user.error());
    auto done = Territories::reassign(session, *territory, *user);
    if (!done)
        return ctx.fail(done.error());
    ctx.out() << Text::tr("Territory “%1” now belongs to %2; moved to them: %3.")
                     .arg(done->territoryName,
                         session.records().labelOf(QStringLiteral("user"), done->toUserId),
                         Territories::countsText(*done))
              << Qt::endl;
    return Ok;
}

} // namespace

int runTerritories(CliContext& ctx, const QStringList& arguments)
{
    auto args = Args::parse(arguments, {}, { QStringLiteral("json") });
    if (!args)
        return ctx.usage(args.error().message);
    if (!args->positional.isEmpty())
        return ctx.usage(Text::tr("usage: territories [--json]"));
    auto s = ctx.session();
    if (!s)
        return ctx.fail(s.error());
    Session& session = **s;
    auto territories = session.records().list(QStringLiteral("territory"));
    if (!territories)
        return ctx.fail(territories.error());
    auto figures = TerritoryQueries::figures(session.database());
    if (!figures)
        return ctx.fail(figures.error());
    const bool json = args->has(QStringLiteral("json"));
    QJsonArray list;
    if (!json)
        ctx.out() << QStringLiteral(
            "id\tname\tkind\trule\towner\tteam\tcompanies\topen_deals\topen_leads")
                  << Qt::endl;
    for (const Record& t : *territories) {
        const TerritoryFigures f = figures->value(t.id);
        const QString owner
            = session.records().labelOf(QStringLiteral("user"), t.text(QStringLiteral("owner_id")));
        const QString team
            = session.records().labelOf(QStringLiteral("team"), t.text(QStringLiteral("team_id")));
        const QString rule = Territories::describe(t);
        if (json) {
            list.append(QJsonObject { { QStringLiteral("id"), t.id },
                { QStringLiteral("name"), t.text(QStringLiteral("name")) },
                { QStringLiteral("kind"), orNull(t.text(QStringLiteral("kind"))) },
                { QStringLiteral("rule"), rule },
                { QStringLiteral("owner_id"), orNull(t.text(QStringLiteral("owner_id"))) },
                { QStringLiteral("owner"), orNull(owner) },
                { QStringLiteral("team_id"), orNull(t.text(QStringLiteral("team_id"))) },
                { QStringLiteral("team"), orNull(team) },
                { QStringLiteral("companies"), f.companies },
                { QStringLiteral("open_deals"), f.openDeals },
                { QStringLiteral("open_leads"), f.openLeads } });
            continue;
        }
        ctx.out() << t.id << '\t' << t.text(QStringLiteral("name")) << '\t'
                  << t.text(QStringLiteral("kind")) << '\t' << rule << '\t' << owner << '\t' << team
                  << '\t' << f.companies << '\t' << f.openDeals << '\t' << f.openLeads << Qt::endl;
    }
    if (json)
        printJson(ctx.out(), QJsonDocument(list));
    return Ok;
}

int runTerritory(CliContext& ctx, const QStringList& arguments)
{
    auto args = Args::parse(arguments, { QStringLiteral("to") }, {});
    const QString usage
        = Text::tr("usage: territory assign | territory reassign NAME|ID --to USER");
    if (!args)
        return ctx.usage(args.error().message);
    const QString action = args->positional.value(0);
    if (action != QLatin1String("assign") && action != QLatin1String("reassign"))
        return ctx.usage(usage);
    auto s = ctx.session();
    if (!s)
        return ctx.fail(s.error());
    if (action == QLatin1String("reassign"))
        return reassign(ctx, **s, *args);
    if (args->positional.size() != 1 || args->has(QStringLiteral("to")))
        return ctx.usage(usage);
    auto assigned = Territories::assignByRules(**s);
    if (!assigned)
        return ctx.fail(assigned.error());
    ctx.out() << Text::tr("Companies given a territory by its rules: %1").arg(*assigned)
              << Qt::endl;
    return Ok;
}

int runExperts(CliContext& ctx, const QStringList& arguments)
{
    auto args = Args::parse(arguments, {}, { QStringLiteral("json") });
    if (!args)
        return ctx.usage(args.error().message);
    if (args->positional.isEmpty())
        return ctx.usage(Text::tr("usage: experts WORDS… [--json]"));
    auto s = ctx.session();
    if (!s)
        return ctx.fail(s.error());
    Session& session = **s;
    const QList<Expert> experts = Experts::find(session, args->positional.join(QLatin1Char(' ')));
    const bool json = args->has(QStringLiteral("json"));
    QJsonArray list;
    if (!json)
        ctx.out() << QStringLiteral("id\tname\trole\tteam\tphone\temail\tskills") << Qt::endl;
    for (const Expert& e : experts) {
        const Record& u = e.user;
        const QString team
            = session.records().labelOf(QStringLiteral("team"), u.text(QStringLiteral("team_id")));
        if (json) {
            list.append(QJsonObject { { QStringLiteral("id"), u.id },
                { QStringLiteral("name"), u.text(QStringLiteral("name")) },
                { QStringLiteral("role"), orNull(u.text(QStringLiteral("role"))) },
                { QStringLiteral("team"), orNull(team) },
                { QStringLiteral("phone"), orNull(u.text(QStringLiteral("phone"))) },
                { QStringLiteral("email"), orNull(u.text(QStringLiteral("email"))) },
                { QStringLiteral("matching_skills"), QJsonArray::fromStringList(e.skills) },
                { QStringLiteral("skills"), orNull(u.text(QStringLiteral("skills"))) } });
            continue;
        }
        ctx.out() << u.id << '\t' << u.text(QStringLiteral("name")) << '\t'
                  << u.text(QStringLiteral("role")) << '\t' << team << '\t'
                  << u.text(QStringLiteral("phone")) << '\t' << u.text(QStringLiteral("email"))
                  << '\t' << e.skills.join(QStringLiteral(", ")) << Qt::endl;
    }
    if (json) {
        printJson(ctx.out(), QJsonDocument(list));
    } else if (experts.isEmpty()) {
        ctx.err() << QStringLiteral("tandem-cli: ")
                  << Text::tr("nobody lists that among their skills; skills are on each user "
                              "(tandem-cli set user ID skills=…)")
                  << Qt::endl;
    }
    return Ok;
}

} // namespace tandem::cli
