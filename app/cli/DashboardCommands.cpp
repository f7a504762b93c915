// tandem-cli dashboard: the home screen as text or JSON — what needs a rep's (or a team's)
// attention today, and how far they have come against their targets.
#include "CliContext.h"
#include "CliOutput.h"

#include "domain/FieldFormat.h"
#include "services/Dashboard.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>
#include <optional>

namespace tandem::cli {

namespace {

const QString kUser = QStringLiteral("user");
const QString kTeam = QStringLiteral("team");
const QString kJson = QStringLiteral("json");

// Text::tr() in the context the translation files hold this file's strings under.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

QString moneyText(qint64 minor, const QString& currency)
{
    return formatScaled(minor, currencyMinorDigits(currency));
}

QString amountText(const DashboardItem& i)
{
    return i.amount ? moneyText(*i.amount, i.currency) + QLatin1Char(' ') + i.currency : QString();
}

QString localDue(const DashboardItem& i)
{
    if (!i.due.isValid())
        return QString();
    const QDateTime local = i.due.toTimeZone(QTimeZone::systemTimeZone());
    return local.toString(
        i.allDay ? QStringLiteral("yyyy-MM-dd") : QStringLiteral("yyyy-MM-dd HH:mm"));
}

// One line of a section: id, when, the item, what it is about, and (team view) whose it is.
QString itemLine(const DashboardItem& i, bool team)
{
    QStringList cells { i.id };
    if (i.entity == QLatin1String("deal")) {
        cells << i.closeDate.toString(Qt::ISODate) << amountText(i) << i.label << i.about
              << i.stage;
    } else {
        cells << localDue(i) << i.label << i.about;
    }
    if (team)
        cells << i.ownerName;
    return QStringLiteral("  ") + cells.join(QLatin1Char('\t'));
}

QJsonObject itemJson(const DashboardItem& i)
{
    QJsonObject o { { QStringLiteral("entity"), i.entity }, { QStringLiteral("id"), i.id },
        { QStringLiteral("label"), i.label }, { QStringLiteral("about"), orNull(i.about) },
        { QStringLiteral("owner_id"), orNull(i.ownerId) },
        { QStringLiteral("owner"), orNull(i.ownerName) } };
    if (i.entity == QLatin1String("deal")) {
        o.insert(QStringLiteral("stage"), orNull(i.stage));
        o.insert(QStringLiteral("expected_close"), orNull(i.closeDate.toString(Qt::ISODate)));
        o.insert(QStringLiteral("in_stage_since"),
            i.inStageSince.isValid() ? QJsonValue(timeText(i.inStageSince)) : QJsonValue());
        o.insert(QStringLiteral("amount"),
            i.amount ? QJsonValue(moneyText(*i.amount, i.currency)) : QJsonValue());
        o.insert(QStringLiteral("currency"), orNull(i.currency));
    } else {
        o.insert(
            QStringLiteral("due"), i.due.isValid() ? QJsonValue(timeText(i.due)) : QJsonValue());
        if (i.entity == QLatin1String("task"))
            o.insert(QStringLiteral("all_day"), i.allDay);
    }
    return o;
}

QJsonArray itemsJson(const QList<DashboardItem>& items)
{
    QJsonArray out;
    for (const DashboardItem& i : items)
        out.append(itemJson(i));
    return out;
}

QJsonValue figureJson(const std::optional<qint64>& figure)
{
    return figure ? QJsonValue(*figure) : QJsonValue();
}

QJsonObject progressJson(const TargetProgressRow& p)
{
    return QJsonObject { { QStringLiteral("from"), p.from.toString(Qt::ISODate) },
        { QStringLiteral("to"), p.to.toString(Qt::ISODate) },
        { QStringLiteral("currency"), orNull(p.currency) },
        { QStringLiteral("revenue_won"), moneyText(p.revenueWon, p.currency) },
        { QStringLiteral("revenue_target"),
            p.revenueTarget ? QJsonValue(moneyText(*p.revenueTarget, p.currency)) : QJsonValue() },
        { QStringLiteral("won_in_other_currencies"), p.wonInOtherCurrencies },
        { QStringLiteral("new_deals"), p.newDeals },
        { QStringLiteral("deals_target"), figureJson(p.dealsTarget) },
        { QStringLiteral("activities_done"), p.activitiesDone },
        { QStringLiteral("activities_target"), figureJson(p.activitiesTarget) } };
}

// "900.00 / 4000.00 EUR (22%)" or "900.00 EUR, no target".
QString figureText(const QString& done, const std::optional<QString>& target, qint64 doneValue,
    const std::optional<qint64>& targetValue, const QString& unit = {})
{
    const QString suffix = unit.isEmpty() ? QString() : QLatin1Char(' ') + unit;
    if (!target)
        return Text::tr("%1%2, no target").arg(done, suffix);
    return Text::tr("%1 / %2%3 (%4%)")
        .arg(done, *target, suffix)
        .arg(Dashboard::percentOf(doneValue, *targetValue));
}

QString progressLine(const QString& title, const TargetProgressRow& p)
{
    const std::optional<QString> revenueTarget = p.revenueTarget
        ? std::optional<QString>(moneyText(*p.revenueTarget, p.currency))
        : std::nullopt;
    const auto count = [](const std::optional<qint64>& v) {
        return v ? std::optional<QString>(QString::number(*v)) : std::nullopt;
    };
    return Text::tr("  %1 (%2 – %3): revenue %4; new deals %5; activities %6")
        .arg(title, p.from.toString(Qt::ISODate), p.to.toString(Qt::ISODate),
            figureText(moneyText(p.revenueWon, p.currency), revenueTarget, p.revenueWon,
                p.revenueTarget, p.currency),
            figureText(
                QString::number(p.newDeals), count(p.dealsTarget), p.newDeals, p.dealsTarget),
            figureText(QString::number(p.activitiesDone), count(p.activitiesTarget),
                p.activitiesDone, p.activitiesTarget));
}

void printJsonDashboard(CliContext& ctx, const DashboardData& d)
{
    QJsonObject o { { QStringLiteral("user_id"), d.userId }, { QStringLiteral("user"), d.userName },
        { QStringLiteral("team"), d.team },
        { QStringLiteral("today"), d.today.toString(Qt::ISODate) },
        { QStringLiteral("overdue_tasks"), itemsJson(d.overdueTasks) },
        { QStringLiteral("today_tasks"), itemsJson(d.todayTasks) },
        { QStringLiteral("stalled_deals"), itemsJson(d.stalledDeals) },
        { QStringLiteral("closing_this_month"), itemsJson(d.closingThisMonth) },
        { QStringLiteral("past_expected_close"), itemsJson(d.pastClose) },
        { QStringLiteral("untouched_leads"), itemsJson(d.untouchedLeads) },
        { QStringLiteral("month"), progressJson(d.month) },
        { QStringLiteral("quarter"), progressJson(d.quarter) } };
    if (d.team) {
        QJsonArray members;
        for (const DashboardMember& m : d.members) {
            const auto percent = m.revenuePercent();
            members.append(QJsonObject { { QStringLiteral("user_id"), m.userId },
                { QStringLiteral("name"), m.name },
                { QStringLiteral("overdue_tasks"), m.overdueTasks },
                { QStringLiteral("today_tasks"), m.todayTasks },
                { QStringLiteral("stalled_deals"), m.stalledDeals },
                { QStringLiteral("closing_this_month"), m.closingThisMonth },
                { QStringLiteral("past_expected_close"), m.pastClose },
                { QStringLiteral("untouched_leads"), m.untouchedLeads },
                { QStringLiteral("revenue_percent"),
                    percent ? QJsonValue(*percent) : QJsonValue() },
                { QStringLiteral("month"), progressJson(m.month) } });
        }
        o.insert(QStringLiteral("members"), members);
    }
    printJson(ctx.out(), QJsonDocument(o));
}

void printSection(
    CliContext& ctx, const QString& title, const QList<DashboardItem>& items, bool team)
{
    ctx.out() << title << QStringLiteral(" (") << items.size() << ')' << Qt::endl;
    for (const DashboardItem& i : items)
        ctx.out() << itemLine(i, team) << Qt::endl;
}

void printText(CliContext& ctx, const DashboardData& d)
{
    const QString who = d.team ? Text::tr("Team of %1").arg(d.userName) : d.userName;
    ctx.out() << who << QStringLiteral(" — ") << d.today.toString(Qt::ISODate) << Qt::endl;
    printSection(ctx, Text::tr("Overdue tasks"), d.overdueTasks, d.team);
    printSection(ctx, Text::tr("Tasks today"), d.todayTasks, d.team);
    printSection(ctx, Text::tr("Stalled deals"), d.stalledDeals, d.team);
    printSection(ctx, Text::tr("Closing this month"), d.closingThisMonth, d.team);
    printSection(ctx, Text::tr("Past expected close"), d.pastClose, d.team);
    printSection(ctx, Text::tr("Untouched leads"), d.untouchedLeads, d.team);
    ctx.out() << Text::tr("Targets") << Qt::endl;
    ctx.out() << progressLine(Text::tr("This month"), d.month) << Qt::endl;
    ctx.out() << progressLine(Text::tr("This quarter"), d.quarter) << Qt::endl;
    if (!d.team)
        return;
    // A row per member: the figures a manager compares side by side.
    ctx.out() << Text::tr("Members") << Qt::endl;
    ctx.out() << QStringLiteral("  ")
              << QStringList { Text::tr("name"), Text::tr("overdue"), Text::tr("today"),
                     Text::tr("stalled"), Text::tr("closing"), Text::tr("past close"),
                     Text::tr("untouched"), Text::tr("revenue %") }
                     .join(QLatin1Char('\t'))
              << Qt::endl;
    for (const DashboardMember& m : d.members) {
        const auto percent = m.revenuePercent();
        ctx.out() << QStringLiteral("  ")
                  << QStringList { m.name, QString::number(m.overdueTasks),
                         QString::number(m.todayTasks), QString::number(m.stalledDeals),
                         QString::number(m.closingThisMonth), QString::number(m.pastClose),
                         QString::number(m.untouchedLeads),
                         percent ? QString::number(*percent) + QLatin1Char('%')
                                 : Text::tr("no target") }
                         .join(QLatin1Char('\t'))
                  << Qt::endl;
    }
}

} // namespace

int runDashboard(CliContext& ctx, const QStringList& arguments)
{
    auto args = Args::parse(arguments, { kUser }, { kTeam, kJson });
    if (!args)
        return ctx.usage(args.error().message);
    if (!args->positional.isEmpty())
        return ctx.usage(Text::tr("usage: dashboard [--user NAME|ID] [--team] [--json]"));
    auto s = ctx.session();
    if (!s)
        return ctx.fail(s.error());
    Session& session = **s;
    QString userId;
    if (const int code = chooseUser(ctx, session, *args, userId); code != Ok)
        return code;
    const QDateTime now = session.clock().nowUtc();
    const QTimeZone zone = QTimeZone::systemTimeZone();
    if (args->has(kTeam) && !Dashboard::leadsAnyone(session, userId))
        return ctx.fail(Text::tr("%1 leads no one: there is no team to show")
                            .arg(session.records()
                                     .get(kUser, userId)
                                     .value_or(Record {})
                                     .text(QStringLiteral("name"))));
    auto d = args->has(kTeam) ? Dashboard::forTeam(session, userId, now, zone)
                              : Dashboard::forUser(session, userId, now, zone);
    if (!d)
        return ctx.fail(d.error());
    if (args->has(kJson))
        printJsonDashboard(ctx, *d);
    else
        printText(ctx, *d);
    return Ok;
}

} // namespace tandem::cli
