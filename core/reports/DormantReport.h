// "Dormant customers", and the bridge from the report to follow-up tasks: which dormant-customer
// rule (services/DormantRules) proposes the tasks for the customers the report lists.
#pragma once

#include "reports/ReportParams.h"
#include "util/Result.h"

#include <QString>
#include <QStringList>

namespace tandem {

class Session;

struct DormantFollowUp {
    QString ruleId; // the rule whose follow-up tasks are made
    QStringList companyIds; // of those asked for, the ones the rule can propose now
    QStringList waiting; // the others: an open follow-up task of that rule already waits
    QStringList complaining; // left out too: an open complaint, so no sales letter goes to them
};

namespace DormantReport {
// For "Create follow-up tasks" on the report: picks the active rule of the report's kind whose
// days are the report's, else the largest below them (so every listed customer is dormant by the
// rule too), and splits `companyIds` (row keys of the report) by whether that rule can propose
// them now. Then: DormantRules::propose(session, f.ruleId, f.companyIds, params.today).
// A team that never had rules gets the default ones first (DormantRules::rules). An error when
// no such rule exists.
Result<DormantFollowUp> followUp(
    Session& session, const ReportParams& params, const QStringList& companyIds);
} // namespace DormantReport

} // namespace tandem
