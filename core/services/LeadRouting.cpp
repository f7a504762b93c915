#include "services/LeadRouting.h"

#include "store/LeadQueries.h"
#include "store/Session.h"

#include <algorithm>

namespace tandem {

namespace {

// What the rules compare: the lead's own values, else its company's.
struct LeadTraits {
    QString source;
    QString industry;
    QString territoryId;
};

LeadTraits traitsOf(Session& session, const QVariantMap& lead)
{
    LeadTraits t { lead.value(QStringLiteral("source")).toString().trimmed(),
        lead.value(QStringLiteral("industry")).toString().trimmed(),
        lead.value(QStringLiteral("territory_id")).toString().trimmed().toLower() };
    const QString companyId = lead.value(QStringLiteral("company_id")).toString().trimmed();
    if (!companyId.isEmpty() && (t.industry.isEmpty() || t.territoryId.isEmpty())) {
        if (const auto company = session.records().get(QStringLiteral("company"), companyId)) {
            if (t.industry.isEmpty())
                t.industry = company->text(QStringLiteral("industry")).trimmed();
            if (t.territoryId.isEmpty())
                t.territoryId = company->text(QStringLiteral("territory_id"));
        }
    }
    return t;
}

bool isActive(const Record& r)
{
    const QVariant v = r.value(QStringLiteral("active"));
    return isEmptyValue(v) || v.toBool();
}

bool matches(const Record& rule, const LeadTraits& lead)
{
    const QString source = rule.text(QStringLiteral("match_source"));
    if (!source.isEmpty() && source.compare(lead.source, Qt::CaseInsensitive) != 0)
        return false;
    const QString industry = rule.text(QStringLiteral("match_industry")).trimmed();
    if (!industry.isEmpty() && industry.compare(lead.industry, Qt::CaseInsensitive) != 0)
        return false;
    const QString territory = rule.text(QStringLiteral("match_territory_id"));
    return territory.isEmpty() || territory == lead.territoryId;
}

QString activeUser(Session& session, const QString& userId)
{
    if (userId.isEmpty())
        return {};
    const auto user = session.records().get(QStringLiteral("user"), userId);
    return user && isActive(*user) ? user->id : QString();
}

Result<QString> leastLoaded(Session& session, const QString& teamId)
{
    if (teamId.isEmpty())
        return QString();
    auto members = LeadQueries::teamMembers(session.database(), teamId);
    if (!members)
        return members.error();
    // Members come by name, so the first of the least loaded is the tie's winner.
    const auto best = std::min_element(
        members->begin(), members->end(), [](const TeamMemberLoad& a, const TeamMemberLoad& b) {
            return a.openLeads + a.openDeals < b.openLeads + b.openDeals;
        });
    return best == members->end() ? QString() : best->userId;
}

Result<QString> roundRobin(Session& session, const QString& teamId)
{
    if (teamId.isEmpty())
        return QString();
    auto members = LeadQueries::teamMembers(session.database(), teamId);
    if (!members)
        return members.error();
    // Whose latest lead is oldest (no lead at all: oldest of all); by name on a tie.
    const auto next = std::min_element(
        members->begin(), members->end(), [](const TeamMemberLoad& a, const TeamMemberLoad& b) {
            return a.lastLeadAt < b.lastLeadAt;
        });
    return next == members->end() ? QString() : next->userId;
}

Result<QString> territoryOwner(Session& session, const QString& territoryId)
{
    if (territoryId.isEmpty())
        return QString();
    const auto territory = session.records().get(QStringLiteral("territory"), territoryId);
    if (!territory)
        return QString();
    const QString owner = activeUser(session, territory->text(QStringLiteral("owner_id")));
    if (!owner.isEmpty())
        return owner;
    return leastLoaded(session, territory->text(QStringLiteral("team_id")));
}

Result<QString> ownerBy(Session& session, const Record& rule, const LeadTraits& lead)
{
    const QString method = rule.text(QStringLiteral("method"));
    const QString teamId = rule.text(QStringLiteral("team_id"));
    if (method == QLatin1String("user"))
        return activeUser(session, rule.text(QStringLiteral("user_id")));
    if (method == QLatin1String("territory_owner"))
        return territoryOwner(session, lead.territoryId);
    if (method == QLatin1String("round_robin"))
        return roundRobin(session, teamId);
    if (method == QLatin1String("least_loaded"))
        return leastLoaded(session, teamId);
    return QString();
}

} // namespace

Result<RoutingDecision> LeadRouting::route(Session& session, const QVariantMap& lead)
{
    auto rules = session.records().list(QStringLiteral("routing_rule"));
    if (!rules)
        return rules.error();
    QList<Record> ordered;
    for (const Record& r : *rules) {
        if (isActive(r))
            ordered << r;
    }
    // By position; rules without one after those with one, then by name (the list's order).
    std::stable_sort(ordered.begin(), ordered.end(), [](const Record& a, const Record& b) {
        const QVariant pa = a.value(QStringLiteral("position"));
        const QVariant pb = b.value(QStringLiteral("position"));
        if (isEmptyValue(pa) || isEmptyValue(pb))
            return !isEmptyValue(pa) && isEmptyValue(pb);
        return pa.toLongLong() < pb.toLongLong();
    });
    const LeadTraits traits = traitsOf(session, lead);
    for (const Record& rule : ordered) {
        if (!matches(rule, traits))
            continue;
        auto owner = ownerBy(session, rule, traits);
        if (!owner)
            return owner.error();
        if (!owner->isEmpty())
            return RoutingDecision { *owner, rule.id, rule.text(QStringLiteral("name")) };
    }
    return RoutingDecision {};
}

} // namespace tandem
