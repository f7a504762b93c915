// Territories: which companies fall in one by rule, filling in those without one, and handing a
// territory with its open business to another salesperson.
#pragma once

#include "domain/Record.h"
#include "util/Result.h"

#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace tandem {

class Session;

// What changes hands with a territory (see reassign).
struct ReassignSummary {
    QString territoryId;
    QString territoryName;
    QString fromUserId; // the outgoing owner; empty when the territory had none
    QString toUserId;
    int companies = 0;
    int deals = 0;
    int leads = 0;
    int tasks = 0;
};

namespace Territories {
// Whether `company` falls in `territory` by rule. Region territories (kind region or unset) match
// by each of country, region and city that is set (case- and diacritic-insensitive) and by the
// postcode range when one is set: country prefixes ("LT-"), spaces and dashes are dropped and
// digit strings of the same length compare as numbers ("00-950" lies in 00-001…00-999); a
// postcode that cannot be compared (letters, another length) does not match. Industry territories
// match by industry, and by the place conditions set on them too. Named-account territories
// (kind accounts) never match: their companies are assigned by hand.
bool matches(const Record& territory, const QVariantMap& company);
// The territory `company` falls in by rule, empty when none. When several match, the most
// specific wins — a postcode range before a city before a region before a country, and an
// industry counting above any place (TerritoryRule::specificity) — and on a tie the first by
// name. A new company gets this territory when it is created without one (RecordStore::create).
QString ruleFor(Session& session, const QVariantMap& company);
// Gives every live company without a territory (only those in `companyIds`, when given) the
// territory its rules choose; a territory set by hand is never changed. One transaction; returns
// how many companies got one.
Result<int> assignByRules(Session& session, const QStringList& companyIds = {});

// What reassign would move, without writing. Refuses an unknown territory or user, an inactive
// user, or the territory's current owner.
Result<ReassignSummary> previewReassign(
    Session& session, const QString& territoryId, const QString& newOwnerId);
// Makes `newOwnerId` the territory's owner and moves to them, from the outgoing owner, the open
// business there: the territory's companies the outgoing owner owns, those companies' open deals
// (status open or unset) and the open leads in the territory (status not lost or converted; by
// the lead's territory, else its company's) that they own, and their tasks not done on any of
// these. Other owners' records, won and lost deals, converted leads and done tasks stay. The new
// owner is told in a notification naming the territory and the counts. One transaction; refusals
// as previewReassign, changing nothing.
Result<ReassignSummary> reassign(
    Session& session, const QString& territoryId, const QString& newOwnerId);
// "3 accounts, 2 open deals, 1 open lead and 4 open tasks" (translated).
QString countsText(const ReassignSummary& summary);

// The rule in words: "Country LT · City Vilnius · Postcodes 01000–09999", "Industry Retail",
// "Named accounts, assigned by hand" (translated).
QString describe(const Record& territory);
} // namespace Territories

} // namespace tandem
