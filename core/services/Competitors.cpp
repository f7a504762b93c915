#include "services/Competitors.h"

#include "store/Session.h"
#include "util/TextFold.h"

#include <QCoreApplication>
#include <QHash>
#include <algorithm>

namespace tandem {

namespace {

const QString kCompetitor = QStringLiteral("competitor");
const QString kDeal = QStringLiteral("deal");

} // namespace

Result<QList<LostDeal>> Competitors::lostDeals(Session& session, const QString& competitorId)
{
    return CompetitorQueries::lostDeals(
        session.database(), competitorId.trimmed().toLower(), session.defaultCurrency());
}

CompetitorSummary Competitors::summarize(
    const QList<LostDeal>& deals, const QString& defaultCurrency)
{
    CompetitorSummary s;
    s.lostDeals = int(deals.size());
    QHash<QString, qint64> totals;
    // Reasons by their folded text: how often, and the spelling and time of the latest.
    struct Reason {
        int count = 0;
        QString text;
        QDateTime last;
        int order
            = 0; // position in `deals` of the latest (newest first): a tie-break without dates
    };
    QHash<QString, Reason> reasons;
    for (int i = 0; i < deals.size(); ++i) {
        const LostDeal& d = deals.at(i);
        if (d.amount)
            totals[d.currency] += *d.amount;
        if (d.lostAt.isValid() && (!s.lastLostAt.isValid() || d.lostAt > s.lastLostAt))
            s.lastLostAt = d.lostAt;
        if (d.lostReason.isEmpty())
            continue;
        Reason& r = reasons[foldForSearch(d.lostReason.simplified())];
        if (r.count == 0 || (d.lostAt.isValid() && (!r.last.isValid() || d.lostAt > r.last))) {
            r.text = d.lostReason;
            r.last = d.lostAt;
            r.order = i;
        }
        ++r.count;
    }
    QStringList currencies = totals.keys();
    std::sort(currencies.begin(), currencies.end(), [&](const QString& a, const QString& b) {
        if ((a == defaultCurrency) != (b == defaultCurrency))
            return a == defaultCurrency;
        return a < b;
    });
    for (const QString& c : currencies)
        s.lostValue << MoneyTotal { c, totals.value(c) };
    const Reason* best = nullptr;
    for (const Reason& r : std::as_const(reasons)) {
        if (!best || r.count > best->count || (r.count == best->count && r.order < best->order))
            best = &r;
    }
    if (best) {
        s.usualReason = best->text;
        s.usualReasonCount = best->count;
    }
    return s;
}

Result<CompetitorCard> Competitors::card(Session& session, const QString& competitorId)
{
    const auto competitor = session.records().get(kCompetitor, competitorId.trimmed().toLower());
    if (!competitor)
        return makeError(
            QCoreApplication::translate("Competitors", "There is no competitor with id %1")
                .arg(competitorId));
    auto deals = lostDeals(session, competitor->id);
    if (!deals)
        return deals.error();
    CompetitorCard card;
    card.competitor = *competitor;
    card.deals = *deals;
    card.summary = summarize(card.deals, session.defaultCurrency());
    return card;
}

Result<QList<CompetitorLosses>> Competitors::losses(Session& session)
{
    return CompetitorQueries::losses(session.database());
}

Result<void> Competitors::linkDeal(
    Session& session, const QString& dealId, const QString& competitorId)
{
    RecordStore& rs = session.records();
    const auto deal = rs.get(kDeal, dealId.trimmed().toLower());
    if (!deal)
        return makeError(
            QCoreApplication::translate("Competitors", "There is no deal with id %1").arg(dealId),
            QStringLiteral("id"));
    if (deal->text(QStringLiteral("status")) != QLatin1String("lost"))
        return makeError(QCoreApplication::translate("Competitors",
                             "“%1” is not lost: a competitor is named on a deal lost to it")
                             .arg(rs.label(*deal)),
            QStringLiteral("competitor_id"));
    const QString competitor = competitorId.trimmed().toLower();
    if (!competitor.isEmpty() && !rs.get(kCompetitor, competitor))
        return makeError(
            QCoreApplication::translate("Competitors", "There is no competitor with id %1")
                .arg(competitorId),
            QStringLiteral("competitor_id"));
    if (deal->text(QStringLiteral("competitor_id")) == competitor)
        return {};
    return rs.update(kDeal, deal->id,
        { { QStringLiteral("competitor_id"),
            competitor.isEmpty() ? QVariant() : QVariant(competitor) } });
}

} // namespace tandem
