// What the store knows about competitors beyond their records: the deals lost to one of them, and
// how many deals were lost to each.
#pragma once

#include "util/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace tandem {

class Database;

// A live deal with status lost whose competitor_id names the competitor.
struct LostDeal {
    QString dealId;
    QString title;
    QString companyId;
    QString companyName;
    QString ownerId;
    QString ownerName;
    QString stageName; // the stage it was lost in
    std::optional<qint64> amount; // minor units of `currency`
    QString currency;
    QDateTime lostAt; // invalid when the deal has no lost_at (older data, plain imports)
    QString lostReason;
};

// One live competitor with the number of live deals lost to it.
struct CompetitorLosses {
    QString competitorId;
    QString name;
    QString website;
    int lostDeals = 0;
    QDateTime lastLostAt; // invalid when none
};

namespace CompetitorQueries {
// Newest loss first (deals without a lost date last), then by id; a deal without a currency is in
// `defaultCurrency`.
Result<QList<LostDeal>> lostDeals(
    const Database& db, const QString& competitorId, const QString& defaultCurrency);
// Every live competitor, the one most deals were lost to first, then by name.
Result<QList<CompetitorLosses>> losses(const Database& db);
} // namespace CompetitorQueries

} // namespace tandem
