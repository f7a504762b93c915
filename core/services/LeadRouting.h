// Who gets a new lead: the team's routing rules, tried in order, each naming a user, the lead's
// territory owner, or a team to share leads in turn or by load.
#pragma once

#include "util/Result.h"

#include <QString>
#include <QVariantMap>

namespace tandem {

class Session;

struct RoutingDecision {
    QString ownerId;
    QString ruleId;
    QString ruleName;
};

namespace LeadRouting {
// The first active routing_rule (by position) that matches the lead decides its owner.
// Matching: each of match_source / match_industry (case-insensitive) / match_territory_id that is
// set must equal the lead's source / industry (or its company's industry) / territory_id (or its
// company's territory_id). Method: user → user_id; territory_owner → the lead's territory's owner
// (or, when the territory has a team but no active owner, least-loaded in that team);
// round_robin → among the active users of team_id, the one whose most recently owned lead is
// oldest (never assigned first; ties by name) — stateless, so it survives sync; least_loaded →
// the active member of team_id with the fewest open leads (status new|contacted|qualified) plus
// open deals, ties by name. A rule whose method finds nobody falls through to the next. No match:
// empty ownerId. A rule or user whose `active` is unset counts as active.
Result<RoutingDecision> route(Session& session, const QVariantMap& lead);
} // namespace LeadRouting

} // namespace tandem
