// Questions about many deals at once that a record list cannot ask: which open deals have playbook
// tasks past their deadline or escalation time, and which have stalled in their stage.
#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace tandem {

class Database;

// An undone playbook task of an open deal that is past its hard deadline or its escalation time.
struct OverduePlaybookTask {
    QString taskId;
    QString subject;
    QString dealId;
    QString dealTitle;
    QString ownerId; // the deal's owner
    QString ownerName;
    QString stageName; // the stage of the task's action
    bool pastDeadline = false; // a hard deadline, and due_at < now
    bool pastEscalation = false; // the action's escalate_after_days passed since stage entry
    int escalateAfterDays = 0;
};

// An open deal that has been in its stage longer than the stage's stall_days.
struct StalledDeal {
    QString dealId;
    QString dealTitle;
    QString ownerId;
    QString ownerName;
    QString stageId;
    QString stageName;
    int stallDays = 0;
};

namespace DealQueries {
// Open deals (status open or unset), live tasks, live actions; by deal, then task id.
Result<QList<OverduePlaybookTask>> overduePlaybookTasks(const Database& db, const QDateTime& now);
Result<QList<StalledDeal>> stalledDeals(const Database& db, const QDateTime& now);
// The statement stalledDeals runs (bind: now as UTC ISO text with milliseconds): the benchmark's
// raw-SQLite baseline runs the same text.
QByteArray stalledDealsSql();
} // namespace DealQueries

} // namespace tandem
