// The lead questions a ListQuery cannot ask: a team's members with their load and their latest
// lead (routing), and the leads whose first contact is overdue and untouched (follow-up guard).
#pragma once

#include "util/Result.h"

#include <QList>
#include <QString>

namespace tandem {

class Database;

struct TeamMemberLoad {
    QString userId;
    QString name;
    QString lastLeadAt; // created_at of the newest live lead they own; empty: never had one
    int openLeads = 0; // status new, contacted or qualified (unset counts as new)
    int openDeals = 0; // status open (unset counts as open)
};

struct OverdueLeadRow {
    QString leadId;
    QString title;
    QString firstName;
    QString lastName;
    QString companyName;
    QString email;
    QString ownerId;
    QString ownerName;
    QString due; // first_contact_due as stored (UTC, ISO 8601)
    QString source;
};

namespace LeadQueries {
// The live, active members of a team (active unset counts as active), by name.
Result<QList<TeamMemberLoad>> teamMembers(Database& db, const QString& teamId);
// The SQL condition that lead `l` is untouched: not lost or converted, and no done call, meeting
// or e-mail logged on it. One definition for the follow-up guard, campaigns and the dashboard.
QString untouchedCondition();
// Live leads, not lost or converted, due before `nowUtc` (stored form) with no done call, meeting
// or e-mail logged on them; most overdue first. `ownerId` filters when set.
Result<QList<OverdueLeadRow>> untouchedOverdue(
    Database& db, const QString& nowUtc, const QString& ownerId = {});
} // namespace LeadQueries

} // namespace tandem
