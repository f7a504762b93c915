// tandem-cli campaign: a campaign's details, figures and responses; recording a response; importing
// a list of attendees (all or nothing).
#include "CliContext.h"
#include "CliOutput.h"

#include "domain/FieldFormat.h"
#include "services/Campaigns.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>

namespace tandem::cli {

namespace {

const QString kCampaign = QStringLiteral("campaign");

QString money(qint64 minor, const QString& currency)
{
    return formatScaled(minor, currencyMinorDigits(currency));
}

QJsonValue moneyOrNull(const std::optional<qint64>& minor, const QString& currency)
{
    return minor ? QJsonValue(money(*minor, currency)) : QJsonValue();
}

QJsonValue numberOrNull(const std::optional<double>& v)
{
    return v ? QJsonValue(std::round(*v * 10.0) / 10.0) : QJsonValue();
}

QString percent(const std::optional<double>& v)
{
    return v ? QString::number(*v, 'f', 1) + QLatin1Char('%') : QString();
}

QString personName(const CampaignResponseRow& r)
{
    const QString name = (r.firstName + QLatin1Char(' ') + r.lastName).trimmed();
    if (!name.isEmpty())
        return name;
    return r.title.isEmpty() ? r.email : r.title;
}

QJsonObject statsJson(const CampaignStats& s)
{
    return QJsonObject { { QStringLiteral("responses"), s.responses },
        { QStringLiteral("untouched"), s.untouched }, { QStringLiteral("qualified"), s.qualified },
        { QStringLiteral("deals"), s.deals }, { QStringLiteral("won"), s.won },
        { QStringLiteral("revenue"), money(s.revenue, s.currency) },
        { QStringLiteral("cost"), moneyOrNull(s.cost, s.currency) },
        { QStringLiteral("budget"), moneyOrNull(s.budget, s.currency) },
        { QStringLiteral("cost_per_lead"), moneyOrNull(s.costPerLead, s.currency) },
        { QStringLiteral("return_percent"), numberOrNull(s.returnPercent) },
        { QStringLiteral("goal_leads"),
            s.goalLeads ? QJsonValue(qint64(*s.goalLeads)) : QJsonValue() },
        { QStringLiteral("goal_revenue"), moneyOrNull(s.goalRevenue, s.currency) },
        { QStringLiteral("leads_progress_percent"), numberOrNull(s.leadsProgress()) },
        { QStringLiteral("revenue_progress_percent"), numberOrNull(s.revenueProgress()) },
        { QStringLiteral("currency"), s.currency } };
}

QJsonObject responseJson(const CampaignResponseRow& r)
{
    return QJsonObject { { QStringLiteral("lead_id"), r.leadId },
        { QStringLiteral("name"), personName(r) },
        { QStringLiteral("company"), orNull(r.companyName) },
        { QStringLiteral("contact_id"), orNull(r.contactId) },
        { QStringLiteral("email"), orNull(r.email) },
        { QStringLiteral("owner_id"), orNull(r.ownerId) },
        { QStringLiteral("owner"), orNull(r.ownerName) },
        { QStringLiteral("received_at"), orNull(timeText(r.createdAt)) },
        { QStringLiteral("status"), orNull(r.status) },
        { QStringLiteral("untouched"), r.untouched } };
}

void printView(CliContext& ctx, Session& session, const Record& c, const CampaignStats& s,
    const QList<CampaignResponseRow>& responses)
{
    QTextStream& out = ctx.out();
    const RecordStore& rs = session.records();
    out << QCoreApplication::translate("Entity", "Campaign") << QStringLiteral(": ") << rs.label(c)
        << Qt::endl;
    out << QStringLiteral("id: ") << c.id << Qt::endl;
    for (const char* field : { "kind", "status", "starts_on", "ends_on" }) {
        const QString text = c.text(QLatin1String(field));
        if (!text.isEmpty())
            out << field << QStringLiteral(": ") << text << Qt::endl;
    }
    if (const QString owner = c.text(QStringLiteral("owner_id")); !owner.isEmpty())
        out << QStringLiteral("owner: ") << rs.labelOf(QStringLiteral("user"), owner) << Qt::endl;
    auto line = [&](const char* name, const QString& value) {
        if (!value.isEmpty())
            out << name << QStringLiteral(": ") << value << Qt::endl;
    };
    auto amount = [&](const std::optional<qint64>& v) {
        return v ? money(*v, s.currency) + QLatin1Char(' ') + s.currency : QString();
    };
    line("responses",
        QString::number(s.responses)
            + (s.goalLeads ? QStringLiteral(" / ") + QString::number(*s.goalLeads)
                        + QStringLiteral(" (") + percent(s.leadsProgress()) + QLatin1Char(')')
                           : QString()));
    line("untouched", QString::number(s.untouched));
    line("qualified", QString::number(s.qualified));
    line("deals", QString::number(s.deals));
    line("won", QString::number(s.won));
    line("revenue",
        amount(s.revenue)
            + (s.goalRevenue ? QStringLiteral(" / ") + amount(s.goalRevenue) + QStringLiteral(" (")
                        + percent(s.revenueProgress()) + QLatin1Char(')')
                             : QString()));
    line("budget", amount(s.budget));
    line("cost", amount(s.cost));
    line("cost_per_lead", amount(s.costPerLead));
    line("return", percent(s.returnPercent));
    if (responses.isEmpty())
        return;
    out << Qt::endl
        << QStringLiteral("received_at\tlead_id\tname\tcompany\towner\tstatus\tuntouched")
        << Qt::endl;
    for (const CampaignResponseRow& r : responses)
        out << timeText(r.createdAt) << '\t' << r.leadId << '\t' << personName(r) << '\t'
            << r.companyName << '\t' << r.ownerName << '\t' << r.status << '\t'
            << (r.untouched ? QStringLiteral("yes") : QStringLiteral("no")) << Qt::endl;
}

int runView(CliContext& ctx, Session& session, const QString& id, bool json)
{
    const auto campaign = session.records().get(kCampaign, id);
    auto stats = Campaigns::stats(session, id);
    if (!stats)
        return ctx.fail(stats.error());
    auto responses = Campaigns::responses(session, id);
    if (!responses)
        return ctx.fail(responses.error());
    if (json) {
        QJsonArray list;
        for (const CampaignResponseRow& r : *responses)
            list.append(responseJson(r));
        printJson(ctx.out(),
            QJsonDocument(QJsonObject { { kCampaign, session.records().toJson(*campaign) },
                { QStringLiteral("stats"), statsJson(*stats) },
                { QStringLiteral("responses"), list } }));
        return Ok;
    }
    printView(ctx, session, *campaign, *stats, *responses);
    return Ok;
}

int runRespond(CliContext& ctx, Session& session, const QString& id, const Args& args)
{
    ResponseDraft d;
    d.firstName = args.value(QStringLiteral("first-name"));
    d.lastName = args.value(QStringLiteral("last-name"));
    d.email = args.value(QStringLiteral("email"));
    d.phone = args.value(QStringLiteral("phone"));
    d.companyName = args.value(QStringLiteral("company"));
    d.jobTitle = args.value(QStringLiteral("job-title"));
    d.notes = args.value(QStringLiteral("notes"));
    auto r = Campaigns::recordResponse(session, id, d);
    if (!r)
        return ctx.fail(r.error(), QStringLiteral("lead"));
    ctx.out() << r->leadId << Qt::endl << r->message << Qt::endl;
    return Ok;
}

int runImportAttendees(CliContext& ctx, Session& session, const QString& id, const QString& file)
{
    auto r = Campaigns::importAttendees(session, id, file);
    if (!r)
        return ctx.fail(r.error());
    QTextStream& out = ctx.out();
    out << QCoreApplication::translate("Cli", "%1: %n row(s)", nullptr, r->rows).arg(r->fileName)
        << Qt::endl;
    out << QCoreApplication::translate("Cli", "new leads: %1").arg(r->created) << Qt::endl;
    out << QCoreApplication::translate("Cli", "matched to existing contacts: %1").arg(r->matched)
        << Qt::endl;
    out << QCoreApplication::translate("Cli", "skipped: %1").arg(r->skipped) << Qt::endl;
    for (const SkippedAttendee& s : r->skippedRows)
        out << QCoreApplication::translate("Cli", "  line %1: %2 — %3")
                   .arg(QString::number(s.line), s.label, s.reason)
            << Qt::endl;
    return Ok;
}

} // namespace

int runCampaign(CliContext& ctx, const QStringList& arguments)
{
    auto args = Args::parse(arguments,
        { QStringLiteral("first-name"), QStringLiteral("last-name"), QStringLiteral("email"),
            QStringLiteral("phone"), QStringLiteral("company"), QStringLiteral("job-title"),
            QStringLiteral("notes") },
        { QStringLiteral("json") });
    if (!args)
        return ctx.usage(args.error().message);
    const QStringList& pos = args->positional;
    const QString verb = pos.value(0);
    const bool respond = verb == QLatin1String("respond") && pos.size() == 2;
    const bool import = verb == QLatin1String("import") && pos.size() == 3;
    if (!respond && !import && pos.size() != 1)
        return ctx.usage(QCoreApplication::translate("Cli",
            "usage: campaign NAME|ID [--json] | campaign respond NAME|ID --first-name TEXT "
            "--last-name TEXT --email TEXT --phone TEXT --company TEXT | campaign import NAME|ID "
            "FILE.csv"));
    auto s = ctx.session();
    if (!s)
        return ctx.fail(s.error());
    Session& session = **s;
    auto id = resolveRecord(session, kCampaign, pos.value(respond || import ? 1 : 0));
    if (!id)
        return ctx.fail(id.error());
    if (respond)
        return runRespond(ctx, session, *id, *args);
    if (import)
        return runImportAttendees(ctx, session, *id, pos.at(2));
    return runView(ctx, session, *id, args->has(QStringLiteral("json")));
}

} // namespace tandem::cli
