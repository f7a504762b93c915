// The weighted forecast: open deals by expected close month (and by owner), each deal's amount
// weighted by its stage's probability.
#pragma once

#include "store/BoardQuery.h"
#include "util/Result.h"

#include <QList>
#include <QString>

namespace tandem {

class Session;

struct ForecastRow {
    QString month; // yyyy-MM; empty for deals without an expected close date
    QString ownerId; // set when split by owner
    QString ownerName;
    QString currency;
    int deals = 0;
    qint64 total = 0; // minor units
    qint64 weighted = 0; // sum of amount × probability / 100, each rounded half away from zero
};

namespace Forecast {
// Months in order, undated last; within a month by owner name, then currency.
Result<QList<ForecastRow>> byMonth(
    Session& session, const DealFilter& filter, bool perOwner = false);
// The same rows from deals already read (the board has them).
QList<ForecastRow> fromDeals(const QList<BoardDeal>& deals, bool perOwner = false);
// One deal's weighted amount.
qint64 weighted(qint64 amount, int probability);
} // namespace Forecast

} // namespace tandem
