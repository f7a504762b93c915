// Competitors as a card: the deals lost to one of them with a summary (how many, worth how much,
// when last, usually why), how many deals were lost to each, and correcting a lost deal's winner.
#pragma once

#include "services/CompanyOverview.h"
#include "store/CompetitorQueries.h"
#include "util/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace tandem {

class Session;

struct CompetitorSummary {
    int lostDeals = 0;
    QList<MoneyTotal> lostValue; // one total per currency: the team's currency first, then by code
    QDateTime lastLostAt; // invalid when no lost deal has a date
    QString usualReason; // the reason given most often (a tie: the one given last); may be empty
    int usualReasonCount = 0;
};

struct CompetitorCard {
    Record competitor;
    QList<LostDeal> deals; // newest loss first
    CompetitorSummary summary;
};

namespace Competitors {
// The live deals with status lost whose competitor is `competitorId`, newest loss first.
Result<QList<LostDeal>> lostDeals(Session& session, const QString& competitorId);
// Counts, totals per currency, last date and the usual reason of `deals`; reasons are compared
// ignoring case and accents, and spelled as given last.
CompetitorSummary summarize(const QList<LostDeal>& deals, const QString& defaultCurrency);
// The competitor record, its lost deals and their summary; an error when there is no such
// (live) competitor.
Result<CompetitorCard> card(Session& session, const QString& competitorId);
// Every live competitor with the number of deals lost to it, the most first, then by name.
Result<QList<CompetitorLosses>> losses(Session& session);
// Names (or with an empty `competitorId` clears) the competitor a lost deal went to: a correction
// after the deal was lost. Refused, changing nothing, for a deal that is not lost or a competitor
// that does not exist.
Result<void> linkDeal(Session& session, const QString& dealId, const QString& competitorId);
} // namespace Competitors

} // namespace tandem
