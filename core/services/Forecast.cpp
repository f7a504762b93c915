#include "services/Forecast.h"

#include "store/Session.h"

#include <QMap>
#include <tuple>

namespace tandem {

qint64 Forecast::weighted(qint64 amount, int probability)
{
    const qint64 product = amount * probability;
    // Half away from zero, in integers: no floating point between the cents.
    return product >= 0 ? (product + 50) / 100 : -((-product + 50) / 100);
}

QList<ForecastRow> Forecast::fromDeals(const QList<BoardDeal>& deals, bool perOwner)
{
    // Undated deals sort after every month: "~" follows the digits.
    using Key = std::tuple<QString, QString, QString, QString>;
    QMap<Key, ForecastRow> rows;
    for (const BoardDeal& d : deals) {
        const QString month = d.expectedClose.left(7);
        const QString owner = perOwner ? d.ownerId : QString();
        const QString ownerName = perOwner ? d.ownerName : QString();
        const Key key { month.isEmpty() ? QStringLiteral("~") : month, ownerName.toCaseFolded(),
            owner, d.currency };
        ForecastRow& row = rows[key];
        row.month = month;
        row.ownerId = owner;
        row.ownerName = ownerName;
        row.currency = d.currency;
        ++row.deals;
        if (d.amount) {
            row.total += *d.amount;
            row.weighted += weighted(*d.amount, d.probability);
        }
    }
    return rows.values();
}

Result<QList<ForecastRow>> Forecast::byMonth(
    Session& session, const DealFilter& filter, bool perOwner)
{
    auto deals = BoardQuery::openDeals(session.database(), filter);
    if (!deals)
        return deals.error();
    return fromDeals(*deals, perOwner);
}

} // namespace tandem
