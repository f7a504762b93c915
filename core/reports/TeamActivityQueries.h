// The SQL behind the team-activity report. Each statement returns one row per rep (or ISO week)
// and then a totals row whose first column is NULL; every figure comes with the ids behind it.
#pragma once

#include "reports/ReportSql.h"

namespace tandem {

class Session;

namespace TeamActivityQueries {

// Calls, meetings and e-mails marked done whose start (without a start: when they were marked
// done) falls in the period. Columns: owner, calls, ids, meetings, ids, e-mails, ids, their sum
// per week, live companies reached, their ids.
Result<ReportSql::Rows> activities(Session& session, const ReportParams& p);
// Tasks due in the period. Columns: owner, on time, ids, late, ids, overdue, ids, on-time %,
// ids of the tasks judged.
Result<ReportSql::Rows> dueTasks(Session& session, const ReportParams& p);
// Tasks marked done in the period. Columns: owner, average days from creation to done, ids.
Result<ReportSql::Rows> finishedTasks(Session& session, const ReportParams& p);
// Leads registered in the period. Columns: owner, leads, ids, then % first contacted within
// 1, 7 and 30 days, each with the ids of those leads.
Result<ReportSql::Rows> leads(Session& session, const ReportParams& p);
// Customers' cases the rep owned that were resolved in the period. Columns: owner, cases, ids,
// average satisfaction (1–5) of those scored, their ids.
Result<ReportSql::Rows> cases(Session& session, const ReportParams& p);
// The users the filters keep, by name: id, name, listed (live and active: shown even when idle).
// No totals row.
Result<ReportSql::Rows> reps(Session& session, const ReportParams& p);
// Per ISO week ("2026-W10"): calls, ids, meetings, ids, e-mails, ids, tasks marked done, ids.
Result<ReportSql::Rows> weeks(Session& session, const ReportParams& p);

} // namespace TeamActivityQueries

} // namespace tandem
