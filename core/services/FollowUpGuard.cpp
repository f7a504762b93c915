#include "services/FollowUpGuard.h"

#include "services/LeadIntake.h"
#include "store/LeadQueries.h"
#include "store/Session.h"
#include "util/Clock.h"

namespace tandem {

QList<OverdueLead> FollowUpGuard::overdue(Session& session, const QString& ownerId)
{
    const QDateTime now = session.clock().nowUtc();
    auto rows = LeadQueries::untouchedOverdue(
        session.database(), now.toString(Qt::ISODateWithMs), ownerId);
    QList<OverdueLead> out;
    if (!rows)
        return out;
    for (const OverdueLeadRow& r : *rows) {
        OverdueLead lead;
        lead.leadId = r.leadId;
        lead.title = LeadIntake::label(
            { { QStringLiteral("title"), r.title }, { QStringLiteral("first_name"), r.firstName },
                { QStringLiteral("last_name"), r.lastName },
                { QStringLiteral("company_name"), r.companyName },
                { QStringLiteral("email"), r.email } });
        lead.ownerId = r.ownerId;
        lead.ownerName = r.ownerName;
        lead.due = QDateTime::fromString(r.due, Qt::ISODateWithMs).toUTC();
        lead.daysOverdue = int(lead.due.secsTo(now) / 86400);
        lead.source = r.source;
        out << lead;
    }
    return out;
}

} // namespace tandem
