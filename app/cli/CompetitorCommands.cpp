// tandem-cli competitor: what the team knows about a competitor and the deals lost to it, or
// without a name every competitor with the number of deals lost to it.
#include "CliContext.h"
#include "CliOutput.h"

#include "domain/FieldFormat.h"
#include "services/Competitors.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tandem::cli {

namespace {

const QString kCompetitor = QStringLiteral("competitor");

QString money(qint64 minor, const QString& currency)
{
    return formatScaled(minor, currencyMinorDigits(currency));
}

QString timeOrEmpty(const QDateTime& t)
{
    return t.isValid() ? timeText(t) : QString();
}

int printLosses(CliContext& ctx, Session& session, bool json)
{
    auto losses = Competitors::losses(session);
    if (!losses)
        return ctx.fail(losses.error());
    if (json) {
        QJsonArray list;
        for (const CompetitorLosses& c : *losses)
            list.append(QJsonObject { { QStringLiteral("id"), c.competitorId },
                { QStringLiteral("name"), c.name },
                { QStringLiteral("website"), orNull(c.website) },
                { QStringLiteral("lost_deals"), c.lostDeals },
                { QStringLiteral("last_lost_at"), orNull(timeOrEmpty(c.lastLostAt)) } });
        printJson(ctx.out(), QJsonDocument(list));
        return Ok;
    }
    ctx.out() << QStringLiteral("id\tname\tlost_deals\tlast_lost_at") << Qt::endl;
    for (const CompetitorLosses& c : *losses)
        ctx.out() << c.competitorId << '\t' << c.name << '\t' << c.lostDeals << '\t'
                  << timeOrEmpty(c.lastLostAt) << Qt::endl;
    return Ok;
}

QJsonObject summaryJson(const CompetitorSummary& s)
{
    QJsonArray value;
    for (const MoneyTotal& t : s.lostValue)
        value.append(QJsonObject { { QStringLiteral("currency"), t.currency },
            { QStringLiteral("amount"), money(t.minorUnits, t.currency) } });
    return QJsonObject { { QStringLiteral("lost_deals"), s.lostDeals },
        { QStringLiteral("lost_value"), value },
        { QStringLiteral("last_lost_at"), orNull(timeOrEmpty(s.lastLostAt)) },
        { QStringLiteral("usual_reason"), orNull(s.usualReason) },
        { QStringLiteral("usual_reason_count"), s.usualReasonCount } };
}

QJsonObject dealJson(const LostDeal& d)
{
    return QJsonObject { { QStringLiteral("deal_id"), d.dealId },
        { QStringLiteral("title"), d.title }, { QStringLiteral("company_id"), orNull(d.companyId) },
        { QStringLiteral("company"), orNull(d.companyName) },
        { QStringLiteral("owner_id"), orNull(d.ownerId) },
        { QStringLiteral("owner"), orNull(d.ownerName) },
        { QStringLiteral("stage"), orNull(d.stageName) },
        { QStringLiteral("amount"),
            d.amount ? QJsonValue(money(*d.amount, d.currency)) : QJsonValue() },
        { QStringLiteral("currency"), d.currency },
        { QStringLiteral("lost_at"), orNull(timeOrEmpty(d.lostAt)) },
        { QStringLiteral("lost_reason"), orNull(d.lostReason) } };
}

void printCard(CliContext& ctx, const RecordStore& rs, const CompetitorCard& card)
{
    QTextStream& out = ctx.out();
    const Record& c = card.competitor;
    out << QCoreApplication::translate("Entity", "Competitor") << QStringLiteral(": ")
        << rs.label(c) << Qt::endl;
    out << QStringLiteral("id: ") << c.id << Qt::endl;
    for (const char* field : { "website", "strengths", "weaknesses", "price_notes", "notes" }) {
        const QString text = c.text(QLatin1String(field)).trimmed();
        if (!text.isEmpty()) // later lines of a long text indented under its name
            out << field << QStringLiteral(": ")
                << QString(text).replace(QLatin1Char('\n'), QStringLiteral("\n  ")) << Qt::endl;
    }
    const CompetitorSummary& s = card.summary;
    QStringList value;
    for (const MoneyTotal& t : s.lostValue)
        value << money(t.minorUnits, t.currency) + QLatin1Char(' ') + t.currency;
    out << QStringLiteral("lost_deals: ") << s.lostDeals << Qt::endl;
    if (!value.isEmpty())
        out << QStringLiteral("lost_value: ") << value.join(QStringLiteral(", ")) << Qt::endl;
    if (s.lastLostAt.isValid())
        out << QStringLiteral("last_lost_at: ") << timeText(s.lastLostAt) << Qt::endl;
    if (!s.usualReason.isEmpty())
        out << QStringLiteral("usual_reason: ") << s.usualReason << QStringLiteral(" (")
            << s.usualReasonCount << QStringLiteral(")") << Qt::endl;
    if (card.deals.isEmpty())
        return;
    out << Qt::endl
        << QStringLiteral("lost_at\tdeal_id\ttitle\tcompany\towner\tamount\tcurrency\tlost_reason")
        << Qt::endl;
    for (const LostDeal& d : card.deals)
        out << timeOrEmpty(d.lostAt) << '\t' << d.dealId << '\t' << d.title << '\t' << d.companyName
            << '\t' << d.ownerName << '\t' << (d.amount ? money(*d.amount, d.currency) : QString())
            << '\t' << d.currency << '\t' << d.lostReason << Qt::endl;
}

} // namespace

int runCompetitor(CliContext& ctx, const QStringList& arguments)
{
    auto args = Args::parse(arguments, {}, { QStringLiteral("json") });
    if (!args)
        return ctx.usage(args.error().message);
    if (args->positional.size() > 1)
        return ctx.usage(
            QCoreApplication::translate("Cli", "usage: competitor [NAME|ID] [--json]"));
    auto s = ctx.session();
    if (!s)
        return ctx.fail(s.error());
    Session& session = **s;
    const bool json = args->has(QStringLiteral("json"));
    if (args->positional.isEmpty())
        return printLosses(ctx, session, json);
    auto id = resolveRecord(session, kCompetitor, args->positional.first());
    if (!id)
        return ctx.fail(id.error());
    auto card = Competitors::card(session, *id);
    if (!card)
        return ctx.fail(card.error());
    if (json) {
        QJsonArray deals;
        for (const LostDeal& d : card->deals)
            deals.append(dealJson(d));
        printJson(ctx.out(),
            QJsonDocument(QJsonObject { { kCompetitor, session.records().toJson(card->competitor) },
                { QStringLiteral("summary"), summaryJson(card->summary) },
                { QStringLiteral("lost_deals"), deals } }));
        return Ok;
    }
    printCard(ctx, session.records(), *card);
    return Ok;
}

} // namespace tandem::cli
