// Which territory a company falls in by rule: places and postcode ranges, industries; named
// accounts only by hand. Pure values, so the write path and the services share one rule.
#pragma once

#include "domain/Record.h"

#include <QList>
#include <QString>

namespace tandem::TerritoryRule {

// A postcode as a digit string for range comparisons: a country prefix ("LT-", "PL ") and spaces
// and dashes dropped ("LT-01100" → "01100", "00-950" → "00950"); empty when what is left is not
// all digits (a British "SW1A 1AA" cannot be compared by range).
QString postcodeDigits(const QString& postcode);

// Whether `company` (country, region, city, postcode, industry) falls in `territory` (kind,
// country, region, city, postcode_from, postcode_to, industry). Text compares case- and
// diacritic-insensitively ("Šiauliai" = "siauliai"). Kind region (or unset): each of country,
// region and city that is set must equal the company's, and when postcode_from or postcode_to is
// set, the company's postcode must have the same number of digits and lie within the range (ends
// included); a territory with none of these set takes in nothing. Kind industry: the industry must
// equal the company's, and the place conditions that are set hold too. Kind accounts: never.
bool matches(const Record& territory, const QVariantMap& company);

// How narrow a territory's rule is: postcode range 8, city 4, region 2, country 1 for each
// condition set, plus 16 for an industry (a specialist's territory wins over a place alone).
int specificity(const Record& territory);

// Of `territories`, the id of the one that matches `company` most specifically; on a tie the
// first by name (case-insensitively), then by id. Empty when none matches.
QString best(const QList<Record>& territories, const QVariantMap& company);

} // namespace tandem::TerritoryRule
