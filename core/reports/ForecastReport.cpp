// Forecast: the open deals expected to close in the period, weighted by their stage's probability,
// per close month or per rep, beside what was won already and the revenue targets.
#include "reports/ReportCatalog.h"

#include "reports/ReportSql.h"
#include "store/Session.h"

#include <QCoreApplication>
#include <QLocale>

namespace tandem {

namespace {

using ReportSql::currencyList;
using ReportSql::integer;
using ReportSql::real;

// Result columns of the main statement.
enum Col {
    IsTotal,
    Key,
    Label,
    Position,
    Deals,
    Pipeline,
    Weighted,
    OpenIds,
    Won,
    WonIds,
    Target,
    OfTarget,
};

// `q` holds the parameters the targets need: the currency, the period as days (the day after `to`
// for the exclusive end), and the owner and team of the filters ('' when unset).
const char* const kParams = R"SQL(
q AS (SELECT ? AS cur, ? AS from_day, ? AS to_day_excl, ? AS owner, ? AS team),
months(m, pos) AS (
    SELECT substr(from_day, 1, 7), 1 FROM q
    UNION ALL
    SELECT strftime('%Y-%m', m || '-01', '+1 month'), pos + 1 FROM months, q
    WHERE m < substr(date(q.to_day_excl, '-1 day'), 1, 7)),
offsets(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM offsets WHERE i < 11),
)SQL";

// Each target's revenue per month it covers: a quarter (year) target spread evenly over its 3 (12)
// months from period_start, the remainder minor units going to the first month. Only targets in
// the report currency, in the months of the period. %1: the currency test ('=' or '<>').
const char* const kSpread = R"SQL(
spread AS MATERIALIZED (
    SELECT t.id, t.user_id, t.team_id,
        strftime('%Y-%m', t.period_start, 'start of month', '+' || k.i || ' months') AS m,
        t.revenue / t.n + CASE WHEN k.i = 0 THEN t.revenue % t.n ELSE 0 END AS share
    FROM (SELECT id, user_id, team_id, period_start, revenue,
              CASE period WHEN 'quarter' THEN 3 WHEN 'year' THEN 12 ELSE 1 END AS n
          FROM target, q
          WHERE deleted = 0 AND revenue IS NOT NULL AND coalesce(currency, '') %1 q.cur) t
    JOIN offsets k ON k.i < t.n
    WHERE strftime('%Y-%m', t.period_start, 'start of month', '+' || k.i || ' months')
        IN (SELECT m FROM months)),
)SQL";

// The targets a month's figure is measured against: the rep's with an owner filter; with a team
// filter the team's own target for a month where it has one, else its members'; otherwise every
// rep's (team targets are left out so that nothing counts twice).
const char* const kChosen = R"SQL(
chosen AS (
    SELECT s.* FROM spread s, q
    WHERE CASE
        WHEN q.owner <> '' THEN s.user_id = q.owner
        WHEN q.team <> '' THEN s.team_id = q.team
            OR (s.user_id IN (SELECT id FROM "user" WHERE team_id = q.team)
                AND NOT EXISTS (SELECT 1 FROM spread x WHERE x.team_id = q.team AND x.m = s.m))
        ELSE s.user_id IS NOT NULL END),
reps AS (
    SELECT s.* FROM spread s, q
    WHERE s.user_id IS NOT NULL AND CASE
        WHEN q.owner <> '' THEN s.user_id = q.owner
        WHEN q.team <> '' THEN s.user_id IN (SELECT id FROM "user" WHERE team_id = q.team)
        ELSE 1 END),
)SQL";

// Open deals expected to close in the period, each weighted by its stage's probability, rounded
// half away from zero to the minor unit (as Forecast::weighted); won deals won in the period.
// %1: the group of an open deal, %2: of a won deal, %3 and %4: the filters of each. Binds: the
// period as days, the currency, %3's; the period as instants, the currency, %4's (bound rather
// than read from `q`, so that SQLite reads deal_status_close over the period's close dates).
// Won deals: no index has won_at; `+` keeps SQLite from looking up every won deal through
// deal_status_close, which is slower than reading the table through.
const char* const kDeals = R"SQL(
open_deals AS MATERIALIZED (
    SELECT id, grp, amount,
        CASE WHEN x >= 0 THEN (x + 50) / 100 ELSE -((50 - x) / 100) END AS weighted
    FROM (SELECT d.id, %1 AS grp, coalesce(d.amount, 0) AS amount,
              coalesce(d.amount, 0) * coalesce(s.probability, 0) AS x
          FROM deal d LEFT JOIN stage s ON s.id = d.stage_id
          WHERE d.deleted = 0 AND (d.status = 'open' OR d.status IS NULL)
              AND d.expected_close >= ? AND d.expected_close < ? AND d.currency = ? %3)),
won_deals AS MATERIALIZED (
    SELECT d.id, %2 AS grp, coalesce(d.amount, 0) AS amount
    FROM deal d
    WHERE d.deleted = 0 AND +d.status = 'won' AND d.won_at >= ? AND d.won_at < ?
        AND d.currency = ? %4),
o AS (SELECT grp, count(*) AS n, sum(amount) AS amount, sum(weighted) AS weighted,
          group_concat(id) AS ids FROM open_deals GROUP BY grp),
w AS (SELECT grp, sum(amount) AS amount, group_concat(id) AS ids FROM won_deals GROUP BY grp),
)SQL";

// The rows, then the totals. %1: the groups (grp, label, pos), %2: the targets per group.
const char* const kSelect = R"SQL(
grp_target AS (%2),
r AS (%1)
SELECT 0, r.grp, r.label, r.pos, coalesce(o.n, 0), coalesce(o.amount, 0),
    coalesce(o.weighted, 0), o.ids, coalesce(w.amount, 0), w.ids, t.target,
    CASE WHEN t.target > 0
        THEN 100.0 * (coalesce(w.amount, 0) + coalesce(o.weighted, 0)) / t.target END
FROM r LEFT JOIN o ON o.grp = r.grp LEFT JOIN w ON w.grp = r.grp
LEFT JOIN grp_target t ON t.grp = r.grp
UNION ALL
SELECT 1, 'total', NULL, 0, (SELECT count(*) FROM open_deals),
    (SELECT coalesce(sum(amount), 0) FROM open_deals),
    (SELECT coalesce(sum(weighted), 0) FROM open_deals), (SELECT group_concat(id) FROM open_deals),
    (SELECT coalesce(sum(amount), 0) FROM won_deals), (SELECT group_concat(id) FROM won_deals),
    tt.target,
    CASE WHEN tt.target > 0 THEN 100.0 * ((SELECT coalesce(sum(amount), 0) FROM won_deals)
        + (SELECT coalesce(sum(weighted), 0) FROM open_deals)) / tt.target END
FROM (SELECT sum(share) AS target FROM chosen) tt
ORDER BY 1, 4, 3 COLLATE NOCASE, 2
)SQL";

const char* const kMonthRows = "SELECT m AS grp, m AS label, pos FROM months";
const char* const kMonthTargets = "SELECT m AS grp, sum(share) AS target FROM chosen GROUP BY m";
// Reps with open deals, wins or a target; by name.
const char* const kOwnerRows = R"SQL(
SELECT g.grp, u.name AS label, 0 AS pos
FROM (SELECT grp FROM o UNION SELECT grp FROM w UNION SELECT user_id FROM reps) g
LEFT JOIN "user" u ON u.id = g.grp)SQL";
const char* const kOwnerTargets
    = "SELECT user_id AS grp, sum(share) AS target FROM reps GROUP BY user_id";

// The binds of `q`, in its order.
QVariantList paramBinds(const ReportParams& p)
{
    return { p.currency, p.from.toString(Qt::ISODate), p.to.addDays(1).toString(Qt::ISODate),
        p.ownerId, p.teamId };
}

QString monthLabel(const QString& month)
{
    const QDate day = QDate::fromString(month + QStringLiteral("-01"), Qt::ISODate);
    if (!day.isValid())
        return month;
    QString name = QLocale().standaloneMonthName(day.month(), QLocale::LongFormat);
    if (!name.isEmpty())
        name[0] = name.at(0).toUpper();
    return QStringLiteral("%1 %2").arg(name).arg(day.year());
}

// What was left out, as notes: deals and targets in other currencies, open deals with no date.
Result<QStringList> leftOut(Database& db, const ReportParams& p)
{
    QVariantList binds = paramBinds(p);
    QString sql = QStringLiteral("WITH RECURSIVE ") + QLatin1String(kParams)
        + QString::fromLatin1(kSpread).arg(QStringLiteral("<>"));
    sql += QStringLiteral(R"SQL(
other_deals AS (
    SELECT d.id, d.currency FROM deal d
    WHERE d.deleted = 0 AND coalesce(d.currency, '') <> ?
        AND (d.status = 'open' OR d.status IS NULL) AND d.expected_close >= ?
        AND d.expected_close < ? %1
    UNION ALL
    SELECT d.id, d.currency FROM deal d
    WHERE d.deleted = 0 AND coalesce(d.currency, '') <> ?
        AND +d.status = 'won' AND d.won_at >= ? AND d.won_at < ? %2),
undated AS (
    SELECT d.id FROM deal d
    WHERE d.deleted = 0 AND (d.status = 'open' OR d.status IS NULL)
        AND (d.expected_close IS NULL OR d.expected_close = '') AND d.currency = ? %3),
other_targets AS (
    SELECT DISTINCT s.id FROM spread s, q
    WHERE CASE WHEN q.owner <> '' THEN s.user_id = q.owner
        WHEN q.team <> '' THEN s.team_id = q.team
            OR s.user_id IN (SELECT id FROM "user" WHERE team_id = q.team)
        ELSE s.user_id IS NOT NULL END)
SELECT (SELECT count(*) FROM other_deals),
    (SELECT group_concat(DISTINCT coalesce(nullif(currency, ''), '-')) FROM other_deals),
    (SELECT count(*) FROM undated), (SELECT count(*) FROM other_targets),
    (SELECT group_concat(DISTINCT coalesce(nullif(t.currency, ''), '-'))
        FROM target t JOIN other_targets o ON o.id = t.id)
)SQL");
    binds << p.currency << p.from.toString(Qt::ISODate) << p.to.addDays(1).toString(Qt::ISODate);
    const QString openFilters = ReportSql::dealFilters(p, QStringLiteral("d"), binds);
    binds << p.currency << p.fromStored() << p.toStoredExclusive();
    const QString wonFilters = ReportSql::dealFilters(p, QStringLiteral("d"), binds);
    binds << p.currency;
    const QString undatedFilters = ReportSql::dealFilters(p, QStringLiteral("d"), binds);
    auto rows = ReportSql::rows(db, sql.arg(openFilters, wonFilters, undatedFilters), binds);
    if (!rows)
        return rows.error();
    const QVariantList& row = rows->first();
    QStringList notes;
    if (const int other = row.at(0).toInt(); other > 0)
        notes << QCoreApplication::translate(
            "Reports", "%n deal(s) in other currencies (%1) are not included.", nullptr, other)
                     .arg(currencyList(row.at(1).toString()));
    if (const int undated = row.at(2).toInt(); undated > 0)
        notes << QCoreApplication::translate("Reports",
            "%n open deal(s) without an expected close date are not included.", nullptr, undated);
    if (const int targets = row.at(3).toInt(); targets > 0)
        notes << QCoreApplication::translate(
            "Reports", "%n target(s) in other currencies (%1) are ignored.", nullptr, targets)
                     .arg(currencyList(row.at(4).toString()));
    return notes;
}

QStringList definitions(const ReportParams& p, bool byOwner)
{
    QStringList notes;
    notes << QCoreApplication::translate("Reports",
        "Pipeline: the open deals expected to close in the period. Weighted: each deal's amount × "
        "its stage's probability ÷ 100, rounded to the minor unit. Won: deals won in the period "
        "(by their won date, UTC). Of target %: (won + weighted) ÷ target.");
    notes << QCoreApplication::translate("Reports",
        "Targets: a month target counts in its month, also when the period covers only part of "
        "it; a quarter (year) target is spread evenly over its 3 (12) months, any remainder "
        "going to the first month.");
    if (!p.ownerId.isEmpty())
        notes << QCoreApplication::translate("Reports", "Target: the rep's own targets.");
    else if (!p.teamId.isEmpty())
        notes << QCoreApplication::translate("Reports",
            "Target: the team's own target for a month where it has one, otherwise the sum of "
            "its members' targets.");
    else
        notes << QCoreApplication::translate("Reports",
            "Target: the sum of every rep's targets (team targets are not added, so that nothing "
            "counts twice).");
    if (byOwner && p.ownerId.isEmpty())
        notes << QCoreApplication::translate("Reports",
            "Each rep's row shows the rep's own targets; the total follows the rule above.");
    if (!p.territoryId.isEmpty() || !p.pipelineId.isEmpty())
        notes << QCoreApplication::translate(
            "Reports", "Targets are not split by territory or pipeline: they are shown whole.");
    return notes;
}

Result<ReportTable> run(Session& session, const ReportParams& p)
{
    const bool byOwner = p.options.value(QStringLiteral("by")) == QLatin1String("owner");
    QVariantList binds = paramBinds(p);
    QString sql = QStringLiteral("WITH RECURSIVE ") + QLatin1String(kParams)
        + QString::fromLatin1(kSpread).arg(QStringLiteral("=")) + QLatin1String(kChosen);
    binds << p.from.toString(Qt::ISODate) << p.to.addDays(1).toString(Qt::ISODate) << p.currency;
    const QString openFilters = ReportSql::dealFilters(p, QStringLiteral("d"), binds);
    binds << p.fromStored() << p.toStoredExclusive() << p.currency;
    const QString wonFilters = ReportSql::dealFilters(p, QStringLiteral("d"), binds);
    sql += QString::fromLatin1(kDeals).arg(byOwner
            ? QStringLiteral("coalesce(d.owner_id, '')")
            : QStringLiteral("substr(d.expected_close, 1, 7)"),
        byOwner ? QStringLiteral("coalesce(d.owner_id, '')")
                : QStringLiteral("substr(d.won_at, 1, 7)"),
        openFilters, wonFilters);
    sql += QString::fromLatin1(kSelect).arg(QLatin1String(byOwner ? kOwnerRows : kMonthRows),
        QLatin1String(byOwner ? kOwnerTargets : kMonthTargets));
    auto rows = ReportSql::rows(session.database(), sql, binds);
    if (!rows)
        return rows.error();

    ReportTable t;
    t.currency = p.currency;
    t.columns = {
        { byOwner ? QStringLiteral("owner") : QStringLiteral("month"),
            byOwner ? QCoreApplication::translate("Reports", "Rep")
                    : QCoreApplication::translate("Reports", "Month"),
            ReportValue::Text },
        { QStringLiteral("deals"), QCoreApplication::translate("Reports", "Deals"),
            ReportValue::Count },
        { QStringLiteral("pipeline"), QCoreApplication::translate("Reports", "Pipeline"),
            ReportValue::Money, true },
        { QStringLiteral("weighted"), QCoreApplication::translate("Reports", "Weighted"),
            ReportValue::Money },
        { QStringLiteral("won"), QCoreApplication::translate("Reports", "Won so far"),
            ReportValue::Money },
        { QStringLiteral("target"), QCoreApplication::translate("Reports", "Target"),
            ReportValue::Money },
        { QStringLiteral("of_target"), QCoreApplication::translate("Reports", "Of target %"),
            ReportValue::Percent },
    };
    const QString deal = QStringLiteral("deal");
    for (const QVariantList& r : *rows) {
        const bool total = r.at(IsTotal).toInt() == 1;
        const QString grp = r.at(Key).toString();
        QString key = grp;
        QString label = r.at(Label).toString();
        if (total) {
            label = QCoreApplication::translate("Reports", "Total");
        } else if (!byOwner) {
            // Months match the comparison period's by their place in the period (March with
            // February, or with March a year earlier), not by their name.
            key = QStringLiteral("month-%1").arg(r.at(Position).toInt());
            label = monthLabel(grp);
        } else if (grp.isEmpty()) {
            key = QStringLiteral("none");
            label = QCoreApplication::translate("Reports", "(no owner)");
        } else if (label.isEmpty()) {
            label = grp;
        }
        const QString openIds = r.at(OpenIds).toString();
        const QString wonIds = r.at(WonIds).toString();
        t.addRow(key,
            { textCell(label), valueCell(integer(r.at(Deals)), deal, openIds),
                valueCell(integer(r.at(Pipeline)), deal, openIds),
                valueCell(integer(r.at(Weighted)), deal, openIds),
                valueCell(integer(r.at(Won)), deal, wonIds), valueCell(integer(r.at(Target))),
                valueCell(real(r.at(OfTarget))) },
            total);
    }

    auto notes = leftOut(session.database(), p);
    if (!notes)
        return notes.error();
    t.notes << *notes << definitions(p, byOwner);
    t.chart = { ChartKind::Bar, 0, { 3, 4, 5 },
        QCoreApplication::translate("Reports", "Weighted pipeline, won and target") };
    return t;
}

} // namespace

ReportDefinition forecastReport()
{
    ReportDefinition r;
    r.name = QStringLiteral("forecast");
    r.title = QT_TRANSLATE_NOOP("Reports", "Forecast");
    r.description = QT_TRANSLATE_NOOP("Reports",
        "Open deals expected to close in the period, weighted by their stage's probability, per "
        "month or rep, beside what was won and the revenue targets.");
    r.filters = FilterOwner | FilterTeam | FilterTerritory | FilterPipeline | FilterCurrency;
    r.options = { { QStringLiteral("by"), QT_TRANSLATE_NOOP("Reports", "Group by"),
        QStringLiteral("month"),
        { { QStringLiteral("month"), QT_TRANSLATE_NOOP("Reports", "Close month") },
            { QStringLiteral("owner"), QT_TRANSLATE_NOOP("Reports", "Rep") } } } };
    r.run = run;
    return r;
}

} // namespace tandem
