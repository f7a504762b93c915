// How soon a customer's case must be answered and resolved: a rule per priority in working hours,
// counted on the team's working calendar (working hours, public holidays of its country, its own
// days off).
#pragma once

#include "services/WorkingTime.h"
#include "util/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace tandem {

class Session;

struct CaseRule {
    QString id;
    QString priority; // low | normal | high | urgent
    int respondHours = 0; // 0: no response deadline
    int resolveHours = 0; // 0: no resolution deadline
};

struct CaseDeadlines {
    QDateTime respondBy; // UTC; invalid when the rule sets none
    QDateTime resolveBy;
};

namespace CaseRules {
// The priorities from the most to the least pressing.
QStringList priorities();
// The team's rules, most pressing first. A team that never had any gets these to start from:
// urgent 4 h / 16 h, high 8 h / 40 h, normal 16 h / 80 h, low 40 h / 160 h (working hours).
Result<QList<CaseRule>> rules(Session& session);
// The team's working calendar: FreeSlots::workingHours, the public holidays of the setting
// "holiday_country" (an ISO code; "none" or unset: none) and the days off entered as holidays.
WorkCalendar calendar(Session& session);
// The deadlines of a case of `priority` opened at `opened` (UTC); an unknown priority is normal.
CaseDeadlines deadlines(Session& session, const QString& priority, const QDateTime& opened);
// The same with the calendar and rules given: what the attention lists use for many cases.
CaseDeadlines deadlines(const QList<CaseRule>& rules, const WorkCalendar& calendar,
    const QString& priority, const QDateTime& opened);
} // namespace CaseRules

} // namespace tandem
