// Funnel: how far the leads registered and the deals created in the period got, step by step
// (lead qualified, converted, each open stage of a pipeline, won), and where and why they dropped.
#include "reports/ReportCatalog.h"

#include "reports/ReportSql.h"
#include "services/Workspace.h"
#include "store/Session.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QPair>

namespace tandem {

namespace {

using ReportSql::integer;
using ReportSql::real;

// Reasons named in a step's "Top lost reasons" before the rest are summed as "others".
const int kTopReasons = 3;

// The open stages of the pipeline (bound first), in funnel order.
const char* const kStages = R"SQL(
stages AS (
  SELECT id, name, position FROM stage
  WHERE pipeline_id = ? AND deleted = 0 AND coalesce(kind, 'open') = 'open')
)SQL";

// The furthest open stage (position) deal `d` has reached: the one it is in now (`cur`), any it
// was in before (its stage history, deal_stage_entry, from its creation on), and at least the
// first stage: every deal enters the pipeline there.
const char* const kReach = R"SQL(
max(coalesce(cur.position, -1),
  coalesce((SELECT max(s.position) FROM deal_stage_entry e JOIN stages s ON s.id = e.stage_id
    WHERE e.deal_id = d.id), -1),
  (SELECT min(position) FROM stages))
)SQL";

// A lead lost after it had been qualified (a status it was created with or set to later).
const char* const kLostAfterQualifying = R"SQL(
(coalesce(l.status, '') = 'lost' AND EXISTS (SELECT 1 FROM change_log c
  WHERE c.entity = 'lead' AND c.record_id = l.id
    AND ((c.op = 'set' AND c.field = 'status' AND c.value = 'qualified')
      OR (c.op = 'create' AND json_extract(c.value, '$.status') = 'qualified'))))
)SQL";

// The leads registered in the period (`l`), under the owner/team/territory filters.
QString leadCohort(const ReportParams& p, QVariantList& binds)
{
    binds << p.fromStored() << p.toStoredExclusive();
    return QStringLiteral("l.deleted = 0 AND l.created_at >= ? AND l.created_at < ?")
        + ReportSql::ownerFilter(p, QStringLiteral("l.owner_id"), binds)
        + ReportSql::territoryFilter(
            p, QStringLiteral("l.company_id"), QStringLiteral("l.territory_id"), binds);
}

// The deals created in the period (`d`, its current stage `cur`), under every filter.
QString dealCohort(const ReportParams& p, QVariantList& binds)
{
    binds << p.fromStored() << p.toStoredExclusive();
    return QStringLiteral("d.deleted = 0 AND d.created_at >= ? AND d.created_at < ?")
        + ReportSql::dealFilters(p, QStringLiteral("d"), binds);
}

// "Price too high 4, No budget 2, others 3" from (reason, count) rows, most frequent first.
QString reasonsText(const QList<QPair<QString, qint64>>& reasons)
{
    const QLocale locale;
    QStringList parts;
    qint64 others = 0;
    for (int i = 0; i < reasons.size(); ++i) {
        if (i < kTopReasons)
            parts << QStringLiteral("%1 %2").arg(
                reasons.at(i).first, locale.toString(reasons.at(i).second));
        else
            others += reasons.at(i).second;
    }
    if (others > 0)
        parts << QCoreApplication::translate("Reports", "others %1").arg(locale.toString(others));
    return parts.join(QLatin1String(", "));
}

// Each statement returns the steps (kind 0: ord, key, label, count, ids, conversion %, share %,
// dropped, dropped ids) and then their lost reasons (kind 1: ord, step key, reason, count), most
// frequent first. This turns them into rows of `t`.
void addSteps(ReportTable& t, const ReportSql::Rows& rows, const QString& entity)
{
    QHash<QString, QList<QPair<QString, qint64>>> reasons;
    for (const QVariantList& r : rows) {
        if (r.at(0).toInt() == 1)
            reasons[r.at(2).toString()].append({ r.at(3).toString(), r.at(4).toLongLong() });
    }
    for (const QVariantList& r : rows) {
        if (r.at(0).toInt() != 0)
            continue;
        const QString key = r.at(2).toString();
        const QString ids = r.at(5).toString();
        const QString droppedIds = r.at(9).toString();
        t.addRow(key,
            { valueCell(r.at(3).toString(), entity, ids), valueCell(integer(r.at(4)), entity, ids),
                valueCell(real(r.at(6))), valueCell(real(r.at(7))),
                valueCell(integer(r.at(8)), entity, droppedIds),
                valueCell(reasonsText(reasons.value(key)), entity, droppedIds) });
    }
}

// The step rows with their conversion from the previous step and share of the first, then the
// reason rows; `steps` and `lost` (ord, id, reason) are CTEs of the statement.
const char* const kStepsAndReasons = R"SQL(
SELECT 0 AS kind, ord, key, label, n, ids, 100.0 * n / nullif(lag(n) OVER w, 0),
  100.0 * n / nullif(first_value(n) OVER w, 0), dropped, dropped_ids
FROM steps WINDOW w AS (ORDER BY ord)
UNION ALL
SELECT 1, ord, key, reason, count(*), NULL, NULL, NULL, NULL, NULL
FROM lost GROUP BY ord, key, reason
ORDER BY 1, 2, 5 DESC, 4
)SQL";

Result<void> addLeadSteps(Database& db, const ReportParams& p, ReportTable& t)
{
    // Lost leads drop at the first step, or at the second when they had been qualified.
    const QString sql = QStringLiteral(R"SQL(
WITH cohort AS MATERIALIZED (
  SELECT l.id, coalesce(l.status, 'new') AS status, %1 AS lost_qualified,
    coalesce(nullif(trim(coalesce(l.lost_reason, '')), ''), ?) AS reason
  FROM lead l WHERE %2),
steps AS (
  SELECT 0 AS ord, 'leads' AS key, ? AS label, count(*) AS n, group_concat(id) AS ids,
    count(*) FILTER (WHERE status = 'lost' AND NOT lost_qualified) AS dropped,
    group_concat(id) FILTER (WHERE status = 'lost' AND NOT lost_qualified) AS dropped_ids
  FROM cohort
  UNION ALL
  SELECT 1, 'qualified', ?,
    count(*) FILTER (WHERE status IN ('qualified', 'converted') OR lost_qualified),
    group_concat(id) FILTER (WHERE status IN ('qualified', 'converted') OR lost_qualified),
    count(*) FILTER (WHERE lost_qualified), group_concat(id) FILTER (WHERE lost_qualified)
  FROM cohort
  UNION ALL
  SELECT 2, 'converted', ?, count(*) FILTER (WHERE status = 'converted'),
    group_concat(id) FILTER (WHERE status = 'converted'), NULL, NULL
  FROM cohort),
lost AS (
  SELECT CASE WHEN lost_qualified THEN 1 ELSE 0 END AS ord,
    CASE WHEN lost_qualified THEN 'qualified' ELSE 'leads' END AS key, id, reason
  FROM cohort WHERE status = 'lost')
%3)SQL");
    QVariantList binds { QCoreApplication::translate("Reports", "(no reason given)") };
    const QString cohort = leadCohort(p, binds);
    binds << QCoreApplication::translate("Reports", "Leads registered")
          << QCoreApplication::translate("Reports", "Qualified")
          << QCoreApplication::translate("Reports", "Converted to deals");
    auto rows = ReportSql::rows(db,
        sql.arg(QLatin1String(kLostAfterQualifying), cohort, QLatin1String(kStepsAndReasons)),
        binds);
    if (!rows)
        return rows.error();
    addSteps(t, *rows, QStringLiteral("lead"));
    return {};
}

Result<void> addDealSteps(
    Database& db, const ReportParams& p, const QString& pipelineId, ReportTable& t)
{
    // Each open stage counts the deals that reached it (won deals reached them all and a deal
    // in the last stage cannot have been further: their history is not read); a lost deal
    // dropped in the stage it was lost in, or (lost outside the open stages) in the furthest it
    // reached.
    const QString sql = QStringLiteral(R"SQL(
WITH %1,
reached AS MATERIALIZED (
  SELECT d.id, coalesce(d.status, 'open') AS status, cur.position AS at_pos,
    CASE WHEN coalesce(d.status, 'open') = 'won' THEN NULL
         WHEN cur.position >= (SELECT max(position) FROM stages) THEN cur.position
         ELSE %2 END AS reach,
    coalesce(nullif(trim(coalesce(d.lost_reason, '')), ''), ?) AS reason
  FROM deal d LEFT JOIN stages cur ON cur.id = d.stage_id
  WHERE %3),
cohort AS (
  SELECT id, status, reach, reason,
    CASE WHEN status = 'lost' THEN coalesce(at_pos, reach) END AS lost_at
  FROM reached),
steps AS (
  SELECT s.position AS ord, s.id AS key, s.name AS label, count(c.id) AS n,
    group_concat(c.id) AS ids,
    count(c.id) FILTER (WHERE c.status = 'lost' AND c.lost_at = s.position) AS dropped,
    group_concat(c.id) FILTER (WHERE c.status = 'lost' AND c.lost_at = s.position)
      AS dropped_ids
  FROM stages s LEFT JOIN cohort c ON c.status = 'won' OR c.reach >= s.position
  GROUP BY s.id, s.name, s.position
  UNION ALL
  SELECT (SELECT coalesce(max(position), 0) + 1 FROM stages), 'won', ?, count(*),
    group_concat(id), NULL, NULL
  FROM cohort WHERE status = 'won'),
lost AS (
  SELECT s.position AS ord, s.id AS key, c.id, c.reason
  FROM cohort c JOIN stages s ON s.position = c.lost_at WHERE c.status = 'lost')
%4)SQL");
    QVariantList binds { pipelineId, QCoreApplication::translate("Reports", "(no reason given)") };
    const QString cohort = dealCohort(p, binds);
    binds << QCoreApplication::translate("Reports", "Won");
    auto rows = ReportSql::rows(db,
        sql.arg(
            QLatin1String(kStages), QLatin1String(kReach), cohort, QLatin1String(kStepsAndReasons)),
        binds);
    if (!rows)
        return rows.error();
    addSteps(t, *rows, QStringLiteral("deal"));
    return {};
}

Result<ReportTable> run(Session& session, const ReportParams& params)
{
    ReportParams p = params;
    const bool defaultPipeline = p.pipelineId.isEmpty();
    if (defaultPipeline)
        p.pipelineId = Workspace::defaultPipelineId(session);

    ReportTable t;
    t.columns = {
        { QStringLiteral("step"), QCoreApplication::translate("Reports", "Step"),
            ReportValue::Text },
        { QStringLiteral("count"), QCoreApplication::translate("Reports", "Count"),
            ReportValue::Count, true },
        { QStringLiteral("conversion"), QCoreApplication::translate("Reports", "Conversion %"),
            ReportValue::Percent },
        { QStringLiteral("share"), QCoreApplication::translate("Reports", "Of first step %"),
            ReportValue::Percent },
        { QStringLiteral("dropped"), QCoreApplication::translate("Reports", "Dropped"),
            ReportValue::Count },
        { QStringLiteral("lost_reasons"),
            QCoreApplication::translate("Reports", "Top lost reasons"), ReportValue::Text },
    };
    if (auto r = addLeadSteps(session.database(), p, t); !r)
        return r.error();
    if (auto r = addDealSteps(session.database(), p, p.pipelineId, t); !r)
        return r.error();

    if (defaultPipeline && !p.pipelineId.isEmpty())
        t.context << QCoreApplication::translate("Reports", "Pipeline: %1 (the default)")
                         .arg(session.records().labelOf(QStringLiteral("pipeline"), p.pipelineId));
    t.notes << QCoreApplication::translate("Reports",
        "Lead steps follow the leads registered in the period: qualified counts those "
        "qualified or converted, and those lost after being qualified; dropped counts "
        "the leads lost at that step.");
    t.notes << QCoreApplication::translate("Reports",
        "Stage steps follow the deals created in the period on the pipeline. A deal has "
        "reached a stage when it is there or further now, was there or further before "
        "(its stage history), or was won. Dropped counts the deals lost in that stage.");
    t.notes << QCoreApplication::translate("Reports",
        "Conversion % is the step's count against the step before it within the leads "
        "and within the deals; the first stage counts every deal, including those that "
        "did not come from a lead.");
    if (!params.pipelineId.isEmpty())
        t.notes << QCoreApplication::translate(
            "Reports", "Leads belong to no pipeline: the lead steps are not filtered by it.");
    t.chart
        = { ChartKind::HorizontalBar, 0, { 1 }, QCoreApplication::translate("Reports", "Funnel") };
    return t;
}

} // namespace

ReportDefinition funnelReport()
{
    ReportDefinition r;
    r.name = QStringLiteral("funnel");
    r.title = QT_TRANSLATE_NOOP("Reports", "Funnel");
    r.description = QT_TRANSLATE_NOOP("Reports",
        "Leads and deals of the period step by step, from registered and qualified through each "
        "stage to won, with conversion, drop-off and lost reasons at each step.");
    r.filters = FilterOwner | FilterTeam | FilterTerritory | FilterPipeline;
    r.run = run;
    return r;
}

} // namespace tandem
