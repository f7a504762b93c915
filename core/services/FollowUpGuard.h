// Leads nobody followed up: their first contact is overdue and no call, meeting or e-mail was
// logged on them. What the office manager checks every morning.
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace tandem {

class Session;

struct OverdueLead {
    QString leadId;
    QString title; // the lead's title, else its person and company (LeadIntake::label)
    QString ownerId;
    QString ownerName;
    QDateTime due; // UTC
    int daysOverdue = 0; // whole days past due: 0 on the first day
    QString source;
};

namespace FollowUpGuard {
// Leads not lost/converted whose first_contact_due has passed and that have no done call, meeting
// or e-mail (activity.lead_id, done = 1) — untouched — most overdue first. `ownerId` filters when
// set.
QList<OverdueLead> overdue(Session& session, const QString& ownerId = {});
} // namespace FollowUpGuard

} // namespace tandem
