// The quote questions that need SQL: the next free number of a year, the newest version of a
// quote, and a product's price in a currency from the price lists valid on a day.
#pragma once

#include "util/Result.h"

#include <QDate>
#include <QString>
#include <optional>

namespace tandem {

class Database;

namespace QuoteQueries {
// The highest sequence among numbers "PREFIX0001"…, tombstones included (numbers are not reused).
Result<int> highestNumber(Database& db, const QString& prefix);
// The highest version among quotes with this number, tombstones included.
Result<int> highestVersion(Database& db, const QString& number);
// The price of the product in a price list of that currency valid on `day` (the newest list by
// valid_from wins); nullopt when no list has one.
Result<std::optional<qint64>> listPrice(
    Database& db, const QString& productId, const QString& currency, const QDate& day);
// The largest discount (hundredths of a percent) on the deal's open quotes (draft or sent), the
// overall one or a line's; nullopt when the deal has no open quote with a discount.
Result<std::optional<qint64>> largestOpenDiscount(Database& db, const QString& dealId);
// The highest position among a quote's live lines (0 when none).
Result<int> lastPosition(Database& db, const QString& quoteId);
} // namespace QuoteQueries

} // namespace tandem
