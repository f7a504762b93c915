// tandem-cli targets: how far reps and teams have come against their revenue, new-deal and
// activity targets in a month or a quarter (TargetProgress).
#include "CliContext.h"
#include "CliOutput.h"

#include "domain/FieldFormat.h"
#include "services/TargetProgress.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace tandem::cli {

namespace {

QString usageText()
{
    return QCoreApplication::translate("Cli",
        "usage: targets [--month YYYY-MM | --quarter YYYY-Qn] [--team NAME|ID | --user NAME|ID] "
        "[--currency CODE] [--json]");
}

// The period asked for: a month, a quarter, else this month. False with `error` set when the text
// is not one.
bool parsePeriod(const Args& args, const QDate& today, QDate* from, QDate* to, QString* error)
{
    const bool month = args.has(QStringLiteral("month"));
    const bool quarter = args.has(QStringLiteral("quarter"));
    if (month && quarter) {
        *error = QCoreApplication::translate("Cli", "give --month or --quarter, not both");
        return false;
    }
    if (month) {
        const QString text = args.value(QStringLiteral("month"));
        static const QRegularExpression form(QStringLiteral("^(\\d{4})-(\\d{2})$"));
        const auto m = form.match(text);
        *from = m.hasMatch() ? QDate(m.captured(1).toInt(), m.captured(2).toInt(), 1) : QDate();
        if (!from->isValid()) {
            *error = QCoreApplication::translate(
                "Cli", "--month expects a month as YYYY-MM (2026-03), not '%1'")
                         .arg(text);
            return false;
        }
        *to = from->addMonths(1).addDays(-1);
        return true;
    }
    if (quarter) {
        const QString text = args.value(QStringLiteral("quarter"));
        static const QRegularExpression form(
            QStringLiteral("^(\\d{4})-Q([1-4])$"), QRegularExpression::CaseInsensitiveOption);
        const auto m = form.match(text);
        *from = m.hasMatch() ? QDate(m.captured(1).toInt(), (m.captured(2).toInt() - 1) * 3 + 1, 1)
                             : QDate();
        if (!from->isValid()) {
            *error = QCoreApplication::translate(
                "Cli", "--quarter expects a quarter as YYYY-Qn (2026-Q1), not '%1'")
                         .arg(text);
            return false;
        }
        *to = from->addMonths(3).addDays(-1);
        return true;
    }
    *from = TargetProgress::monthOf(today);
    *to = from->addMonths(1).addDays(-1);
    return true;
}

bool hasAnything(const TargetProgressRow& r)
{
    return r.revenueTarget || r.dealsTarget || r.activitiesTarget || r.revenueWon != 0
        || r.wonInOtherCurrencies > 0 || r.newDeals > 0 || r.activitiesDone > 0;
}

// Done ÷ target in %, one decimal; absent without a target above zero.
std::optional<double> percent(qint64 done, const std::optional<qint64>& target)
{
    if (!target || *target <= 0)
        return std::nullopt;
    return std::round(1000.0 * double(done) / double(*target)) / 10.0;
}

QString money(qint64 minor, const QString& currency)
{
    return formatScaled(minor, currencyMinorDigits(currency));
}

QString text(const std::optional<qint64>& v, const QString& currency = {})
{
    if (!v)
        return QStringLiteral("-");
    return currency.isEmpty() ? QString::number(*v) : money(*v, currency);
}

QString text(const std::optional<double>& v)
{
    return v ? QString::number(*v, 'f', 1) : QStringLiteral("-");
}

QJsonValue json(const std::optional<qint64>& v, const QString& currency = {})
{
    if (!v)
        return QJsonValue::Null;
    return currency.isEmpty() ? QJsonValue(*v) : QJsonValue(money(*v, currency));
}

QJsonValue json(const std::optional<double>& v)
{
    return v ? QJsonValue(*v) : QJsonValue::Null;
}

void print(CliContext& ctx, const QList<TargetProgressRow>& rows, const QDate& from,
    const QDate& to, bool asJson)
{
    if (asJson) {
        QJsonArray list;
        for (const TargetProgressRow& r : rows) {
            const bool team = !r.teamId.isEmpty();
            list.append(QJsonObject {
                { QStringLiteral("kind"), team ? QStringLiteral("team") : QStringLiteral("rep") },
                { QStringLiteral("id"), team ? r.teamId : r.userId },
                { QStringLiteral("name"), r.name }, { QStringLiteral("currency"), r.currency },
                { QStringLiteral("revenue_target"), json(r.revenueTarget, r.currency) },
                { QStringLiteral("revenue_won"), money(r.revenueWon, r.currency) },
                { QStringLiteral("revenue_pct"), json(percent(r.revenueWon, r.revenueTarget)) },
                { QStringLiteral("won_in_other_currencies"), r.wonInOtherCurrencies },
                { QStringLiteral("deals_target"), json(r.dealsTarget) },
                { QStringLiteral("new_deals"), r.newDeals },
                { QStringLiteral("deals_pct"), json(percent(r.newDeals, r.dealsTarget)) },
                { QStringLiteral("activities_target"), json(r.activitiesTarget) },
                { QStringLiteral("activities_done"), r.activitiesDone },
                { QStringLiteral("activities_pct"),
                    json(percent(r.activitiesDone, r.activitiesTarget)) } });
        }
        printJson(ctx.out(),
            QJsonDocument(QJsonObject { { QStringLiteral("from"), from.toString(Qt::ISODate) },
                { QStringLiteral("to"), to.toString(Qt::ISODate) },
                { QStringLiteral("rows"), list } }));
        return;
    }
    ctx.out() << QStringLiteral("kind\tname\tcurrency\trevenue_target\trevenue_won\trevenue_pct\t"
                                "deals_target\tnew_deals\tdeals_pct\tactivities_target\t"
                                "activities_done\tactivities_pct\twon_in_other_currencies")
              << Qt::endl;
    for (const TargetProgressRow& r : rows) {
        ctx.out() << (r.teamId.isEmpty() ? QStringLiteral("rep") : QStringLiteral("team")) << '\t'
                  << r.name << '\t' << r.currency << '\t' << text(r.revenueTarget, r.currency)
                  << '\t' << money(r.revenueWon, r.currency) << '\t'
                  << text(percent(r.revenueWon, r.revenueTarget)) << '\t' << text(r.dealsTarget)
                  << '\t' << r.newDeals << '\t' << text(percent(r.newDeals, r.dealsTarget)) << '\t'
                  << text(r.activitiesTarget) << '\t' << r.activitiesDone << '\t'
                  << text(percent(r.activitiesDone, r.activitiesTarget)) << '\t'
                  << r.wonInOtherCurrencies << Qt::endl;
    }
}

} // namespace

int runTargets(CliContext& ctx, const QStringList& arguments)
{
    auto args = Args::parse(arguments,
        { QStringLiteral("month"), QStringLiteral("quarter"), QStringLiteral("team"),
            QStringLiteral("user"), QStringLiteral("currency") },
        { QStringLiteral("json") });
    if (!args)
        return ctx.usage(args.error().message);
    if (!args->positional.isEmpty()
        || (args->has(QStringLiteral("team")) && args->has(QStringLiteral("user"))))
        return ctx.usage(usageText());
    QDate from;
    QDate to;
    QString error;
    if (!parsePeriod(*args, ctx.clock().nowUtc().toLocalTime().date(), &from, &to, &error))
        return ctx.usage(error);
    const QString currency = args->value(QStringLiteral("currency")).trimmed().toUpper();
    auto s = ctx.session();
    if (!s)
        return ctx.fail(s.error());
    Session& session = **s;

    QList<TargetProgressRow> rows;
    if (args->has(QStringLiteral("user"))) {
        auto user
            = resolveRecord(session, QStringLiteral("user"), args->value(QStringLiteral("user")));
        if (!user)
            return ctx.fail(user.error());
        auto row = TargetProgress::ofUser(session, *user, from, to, currency);
        if (!row)
            return ctx.fail(row.error());
        rows << *row;
    } else if (args->has(QStringLiteral("team"))) {
        auto team
            = resolveRecord(session, QStringLiteral("team"), args->value(QStringLiteral("team")));
        if (!team)
            return ctx.fail(team.error());
        auto members = TargetProgress::ofMembers(session, *team, from, to, currency);
        if (!members)
            return ctx.fail(members.error());
        // Every active member, even one with nothing yet; one who left only with figures.
        for (const TargetProgressRow& r : *members) {
            const auto user = session.records().get(QStringLiteral("user"), r.userId);
            const QVariant active = user ? user->value(QStringLiteral("active")) : QVariant();
            if (hasAnything(r) || active.isNull() || active.toBool())
                rows << r;
        }
        auto row = TargetProgress::ofTeam(session, *team, from, to, currency);
        if (!row)
            return ctx.fail(row.error());
        rows << *row;
    } else {
        auto reps = TargetProgress::repsInPeriod(session, from, to);
        if (!reps)
            return ctx.fail(reps.error());
        auto repRows = TargetProgress::ofUsers(session, *reps, from, to, currency);
        if (!repRows)
            return ctx.fail(repRows.error());
        rows << *repRows;
        auto listed = session.records().list(QStringLiteral("team"));
        if (!listed)
            return ctx.fail(listed.error());
        QList<Record> teams = *listed;
        std::sort(teams.begin(), teams.end(), [&](const Record& a, const Record& b) {
            return QString::compare(
                       session.records().label(a), session.records().label(b), Qt::CaseInsensitive)
                < 0;
        });
        for (const Record& team : teams) {
            auto row = TargetProgress::ofTeam(session, team.id, from, to, currency);
            if (!row)
                return ctx.fail(row.error());
            if (hasAnything(*row))
                rows << *row;
        }
    }
    print(ctx, rows, from, to, args->has(QStringLiteral("json")));
    return Ok;
}

} // namespace tandem::cli
