// Sales cycle: how long deals stay in each stage of a pipeline (from their stage history in the
// change log), which stages hold deals past their stall limit now, and how long a win takes.
#include "reports/ReportCatalog.h"

#include "reports/ReportSql.h"
#include "services/Workspace.h"
#include "store/Session.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QLocale>

namespace tandem {

namespace {

using ReportSql::integer;
using ReportSql::real;

// The open stages of the pipeline (bound first), in order.
const char* const kStages = R"SQL(
stages AS (
  SELECT rowid AS row, id, name, position, stall_days FROM stage
  WHERE pipeline_id = ? AND deleted = 0 AND coalesce(kind, 'open') = 'open')
)SQL";

// Every stage a deal entered (deal_stage_entry, kept from the change log): the stage it was
// created in and each later stage_id change, entered at the stage_entered_at written with it
// (DealFlow writes both), else at the time of the change. Times as Julian days; the stage as its
// row in `stages` (a small integer sorts faster than an id), NULL for another pipeline's stage,
// which still ends the visit before it. Only deals that can have left a stage in the period: in
// a stage entered, or closed, since its start. Not materialized: read deal by deal, the entries
// come ordered by deal, and the visits below sort only each deal's few entries.
const char* const kMoves = R"SQL(
moves AS (
  SELECT d.rowid AS k, e.hlc AS seq,
    CASE d.status WHEN 'won' THEN julianday(d.won_at) WHEN 'lost' THEN julianday(d.lost_at) END
      AS closed,
    (SELECT s.row FROM stages s WHERE s.id = e.stage_id) AS stage,
    coalesce(julianday(e.entered_at), (e.hlc >> 16) / 86400000.0 + 2440587.5) AS entered
  FROM deal d CROSS JOIN deal_stage_entry e ON e.deal_id = d.id
  WHERE d.deleted = 0 %1
    AND (d.stage_entered_at IS NULL OR d.stage_entered_at >= ?
         OR coalesce(d.won_at, d.lost_at) >= ?)
    AND e.stage_id IS NOT NULL)
)SQL";

// A visit lasts until the deal entered its next stage, or was won or lost; one still going has
// no end. Per deal and stage: the days of its visits that ended in the period.
const char* const kStageDays = R"SQL(
visits AS (
  SELECT k, stage, entered,
    coalesce(lead(entered) OVER (PARTITION BY k ORDER BY entered, seq), closed) AS left_at
  FROM moves),
per_deal AS (
  SELECT stage, k, sum(left_at - entered) AS days FROM visits
  WHERE left_at >= julianday(?) AND left_at < julianday(?)
    AND stage IS NOT NULL
  GROUP BY stage, k),
ranked AS (
  SELECT stage, k, days, row_number() OVER (PARTITION BY stage ORDER BY days) AS rn,
    count(*) OVER (PARTITION BY stage) AS n
  FROM per_deal),
cycle AS (
  SELECT r.stage, count(*) AS n, avg(r.days) AS avg_days,
    avg(CASE WHEN r.rn IN ((r.n + 1) / 2, (r.n + 2) / 2) THEN r.days END) AS median_days,
    group_concat(d.id) AS ids
  FROM ranked r JOIN deal d ON d.rowid = r.k GROUP BY r.stage)
)SQL";

// The open deals in each stage now, how long they have been there (up to the end of `today`,
// bound as the instant after it) and those past the stage's stall limit.
const char* const kOpenNow = R"SQL(
open AS (
  SELECT d.stage_id, count(*) AS n, group_concat(d.id) AS ids,
    avg(julianday(?) - julianday(d.stage_entered_at)) AS avg_days,
    count(*) FILTER (WHERE s.stall_days > 0
      AND julianday(d.stage_entered_at) + s.stall_days < julianday(?)) AS stalled,
    group_concat(d.id) FILTER (WHERE s.stall_days > 0
      AND julianday(d.stage_entered_at) + s.stall_days < julianday(?)) AS stalled_ids
  FROM deal d JOIN stages s ON s.id = d.stage_id
  WHERE d.deleted = 0 AND coalesce(d.status, 'open') = 'open' %1
  GROUP BY d.stage_id)
)SQL";

// Deals won in the period: days from the deal's start (created, or the stage it was created in
// entered earlier: imported deals keep their real start there) and from its lead's registration.
const char* const kToWin = R"SQL(
WITH won AS MATERIALIZED (
  SELECT d.id, d.lead_id, julianday(d.won_at) AS won_at,
    min(julianday(d.created_at), coalesce(julianday((SELECT json_extract(c.value,
      '$.stage_entered_at') FROM change_log c WHERE c.entity = 'deal' AND c.record_id = d.id
      AND c.op = 'create')), julianday(d.created_at))) AS started
  FROM deal d
  WHERE d.deleted = 0 AND d.status = 'won' AND d.won_at >= ? AND d.won_at < ? %1),
spans AS (
  SELECT 0 AS ord, id, won_at - started AS days FROM won
  UNION ALL
  SELECT 1, w.id, w.won_at - julianday(l.created_at) FROM won w
  JOIN lead l ON l.id = w.lead_id AND l.deleted = 0
  WHERE julianday(l.created_at) <= w.won_at),
ranked AS (
  SELECT ord, id, days, row_number() OVER (PARTITION BY ord ORDER BY days) AS rn,
    count(*) OVER (PARTITION BY ord) AS n
  FROM spans)
SELECT o.ord, count(r.id), avg(r.days),
  avg(CASE WHEN r.rn IN ((r.n + 1) / 2, (r.n + 2) / 2) THEN r.days END), group_concat(r.id)
FROM (SELECT 0 AS ord UNION ALL SELECT 1) o LEFT JOIN ranked r ON r.ord = o.ord
GROUP BY o.ord ORDER BY o.ord
)SQL";

Result<void> addStages(Session& session, const ReportParams& p, ReportTable& t)
{
    ReportParams today = p;
    today.to = p.today;
    const QString endOfToday = today.toStoredExclusive();
    QVariantList binds { p.pipelineId };
    const QString movesFilters = ReportSql::dealFilters(p, QStringLiteral("d"), binds);
    binds << p.fromStored() << p.fromStored(); // deals that can have left a stage since
    binds << p.fromStored() << p.toStoredExclusive(); // visits that ended in the period
    binds << endOfToday << endOfToday << endOfToday;
    const QString openFilters = ReportSql::dealFilters(p, QStringLiteral("d"), binds);
    const QString sql
        = QStringLiteral("WITH %1, %2, %3, %4\n"
                         "SELECT s.id, s.name, coalesce(cy.n, 0), cy.avg_days, "
                         "cy.median_days, cy.ids, coalesce(o.n, 0), o.ids, "
                         "o.avg_days, coalesce(o.stalled, 0), o.stalled_ids, "
                         "nullif(s.stall_days, 0)\n"
                         "FROM stages s LEFT JOIN cycle cy ON cy.stage = s.row "
                         "LEFT JOIN open o ON o.stage_id = s.id ORDER BY s.position")
              .arg(QLatin1String(kStages), QString::fromLatin1(kMoves).arg(movesFilters),
                  QLatin1String(kStageDays), QString::fromLatin1(kOpenNow).arg(openFilters));
    auto rows = ReportSql::rows(session.database(), sql, binds);
    if (!rows)
        return rows.error();
    const QString deal = QStringLiteral("deal");
    for (const QVariantList& r : *rows) {
        const QString ids = r.at(5).toString();
        const QString openIds = r.at(7).toString();
        t.addRow(r.at(0).toString(),
            { textCell(r.at(1).toString()), valueCell(integer(r.at(2)), deal, ids),
                valueCell(real(r.at(3)), deal, ids), valueCell(real(r.at(4)), deal, ids),
                valueCell(integer(r.at(6)), deal, openIds), valueCell(real(r.at(8)), deal, openIds),
                valueCell(integer(r.at(9)), deal, r.at(10).toString()),
                valueCell(integer(r.at(11))) });
    }
    return {};
}

Result<void> addTimesToWin(Session& session, const ReportParams& p, ReportTable& t)
{
    QVariantList binds { p.fromStored(), p.toStoredExclusive() };
    const QString filters = ReportSql::dealFilters(p, QStringLiteral("d"), binds);
    auto rows
        = ReportSql::rows(session.database(), QString::fromLatin1(kToWin).arg(filters), binds);
    if (!rows)
        return rows.error();
    const QString deal = QStringLiteral("deal");
    for (const QVariantList& r : *rows) {
        const bool fromLead = r.at(0).toInt() == 1;
        const QString ids = r.at(4).toString();
        t.addRow(fromLead ? QStringLiteral("lead-to-win") : QStringLiteral("deal-to-win"),
            { textCell(fromLead ? QCoreApplication::translate("Reports", "Lead to win")
                                : QCoreApplication::translate("Reports", "Deal created to win")),
                valueCell(integer(r.at(1)), deal, ids), valueCell(real(r.at(2)), deal, ids),
                valueCell(real(r.at(3)), deal, ids) },
            true);
    }
    return {};
}

Result<ReportTable> run(Session& session, const ReportParams& params)
{
    ReportParams p = params;
    const bool defaultPipeline = p.pipelineId.isEmpty();
    if (defaultPipeline)
        p.pipelineId = Workspace::defaultPipelineId(session);
    if (p.today.isNull())
        p.today = session.clock().nowUtc().date();

    ReportTable t;
    t.columns = {
        { QStringLiteral("stage"), QCoreApplication::translate("Reports", "Stage"),
            ReportValue::Text },
        { QStringLiteral("deals"), QCoreApplication::translate("Reports", "Deals"),
            ReportValue::Count },
        { QStringLiteral("avg_days"), QCoreApplication::translate("Reports", "Avg days"),
            ReportValue::Days, true },
        { QStringLiteral("median_days"), QCoreApplication::translate("Reports", "Median days"),
            ReportValue::Days },
        { QStringLiteral("open"), QCoreApplication::translate("Reports", "Open now"),
            ReportValue::Count },
        { QStringLiteral("open_days"), QCoreApplication::translate("Reports", "Avg days open"),
            ReportValue::Days },
        { QStringLiteral("stalled"), QCoreApplication::translate("Reports", "Stalled now"),
            ReportValue::Count },
        { QStringLiteral("stall_days"), QCoreApplication::translate("Reports", "Stall limit days"),
            ReportValue::Count },
    };
    if (auto r = addStages(session, p, t); !r)
        return r.error();
    if (auto r = addTimesToWin(session, p, t); !r)
        return r.error();

    if (defaultPipeline && !p.pipelineId.isEmpty())
        t.context << QCoreApplication::translate("Reports", "Pipeline: %1 (the default)")
                         .arg(session.records().labelOf(QStringLiteral("pipeline"), p.pipelineId));
    t.notes << QCoreApplication::translate("Reports",
        "Deals and Avg days: the deals that left the stage in the period (moved on, won or lost) "
        "and the days they had spent in it, from their stage history; a deal that was in the "
        "stage twice counts once, with both stays added up.");
    t.notes << QCoreApplication::translate("Reports",
        "Open now, Avg days open and Stalled now: the open deals in the stage at the end of %1, "
        "how long they have been there, and those there longer than the stage's stall limit.")
                   .arg(QLocale().toString(p.today, QLocale::ShortFormat));
    t.notes << QCoreApplication::translate("Reports",
        "Deal created to win: the deals won in the period, from their creation to the win. Lead "
        "to win: those of them that came from a lead, from the lead's registration to the win.");
    t.chart = { ChartKind::Bar, 0, { 2, 5 },
        QCoreApplication::translate("Reports", "Days in each stage") };
    return t;
}

} // namespace

ReportDefinition salesCycleReport()
{
    ReportDefinition r;
    r.name = QStringLiteral("sales-cycle");
    r.title = QT_TRANSLATE_NOOP("Reports", "Sales cycle");
    r.description = QT_TRANSLATE_NOOP("Reports",
        "Average and median days deals spend in each stage and from lead to win, and the stages "
        "where open deals stall now.");
    r.filters = FilterOwner | FilterTeam | FilterTerritory | FilterPipeline;
    r.run = run;
    return r;
}

} // namespace tandem
