// Lead sources: the leads registered in the period per source, and what has come of them so far
// (qualified, converted, deals won and their revenue).
#include "reports/ReportCatalog.h"

#include "io/LocaleValues.h"
#include "reports/ReportSql.h"
#include "store/Session.h"

#include <QCoreApplication>

namespace tandem {

namespace {

using ReportSql::integer;
using ReportSql::real;

QString sourceLabel(const QString& key)
{
    if (key.isEmpty())
        return QCoreApplication::translate("Reports", "(not set)");
    // The same words as the lead form's source list (context "Choice").
    return LocaleValues().choiceLabel(key);
}

Result<ReportTable> run(Session& session, const ReportParams& p)
{
    const QString currency = p.currency.isEmpty() ? session.defaultCurrency() : p.currency;
    QVariantList binds { p.fromStored(), p.toStoredExclusive() };
    QString filters = ReportSql::ownerFilter(p, QStringLiteral("l.owner_id"), binds);
    filters += ReportSql::territoryFilter(
        p, QStringLiteral("l.company_id"), QStringLiteral("l.territory_id"), binds);
    binds << currency;
    // A cohort: the leads registered in the period, followed to their deals won at any date.
    // One row per source, then the totals over the same leads (SQLite has no ROLLUP).
    const QString sql = QStringLiteral(R"SQL(
        WITH l AS (
            SELECT l.id, trim(coalesce(l.source, '')) AS src,
                l.status IN ('qualified', 'converted') AS qualified,
                l.status = 'converted' AS converted
            FROM lead l
            WHERE l.deleted = 0 AND l.created_at >= ? AND l.created_at < ? %1),
        won AS (
            SELECT l.src, d.id, coalesce(d.amount, 0) AS amount,
                coalesce(d.currency, '') = ? AS inc,
                coalesce(nullif(d.currency, ''), '-') AS currency
            FROM l JOIN deal d ON d.lead_id = l.id
            WHERE d.deleted = 0 AND d.status = 'won'),
        per_source AS (
            SELECT src, count(*) AS leads, sum(qualified) AS qualified,
                sum(converted) AS converted, group_concat(id) AS lead_ids,
                group_concat(CASE WHEN qualified THEN id END) AS qualified_ids,
                group_concat(CASE WHEN converted THEN id END) AS converted_ids
            FROM l GROUP BY src),
        won_per_source AS (
            SELECT src, count(*) AS won, sum(CASE WHEN inc THEN amount ELSE 0 END) AS revenue,
                group_concat(id) AS won_ids, group_concat(CASE WHEN inc THEN id END) AS revenue_ids
            FROM won GROUP BY src),
        won_all AS (
            SELECT count(*) AS won, coalesce(sum(CASE WHEN inc THEN amount END), 0) AS revenue,
                group_concat(id) AS won_ids, group_concat(CASE WHEN inc THEN id END) AS revenue_ids,
                coalesce(sum(NOT inc), 0) AS other,
                group_concat(DISTINCT CASE WHEN NOT inc THEN currency END) AS other_currencies
            FROM won)
        SELECT 0 AS is_total, s.src AS src, s.leads AS leads, s.qualified, s.converted,
            100.0 * s.converted / s.leads, coalesce(w.won, 0), coalesce(w.revenue, 0),
            s.lead_ids, s.qualified_ids, s.converted_ids, w.won_ids, w.revenue_ids, 0, NULL
        FROM per_source s LEFT JOIN won_per_source w ON w.src = s.src
        UNION ALL
        SELECT 1, 'total', count(l.id), coalesce(sum(l.qualified), 0),
            coalesce(sum(l.converted), 0),
            CASE WHEN count(l.id) > 0 THEN 100.0 * sum(l.converted) / count(l.id) END,
            max(a.won), max(a.revenue), group_concat(l.id),
            group_concat(CASE WHEN l.qualified THEN l.id END),
            group_concat(CASE WHEN l.converted THEN l.id END), max(a.won_ids),
            max(a.revenue_ids), max(a.other), max(a.other_currencies)
        FROM won_all a LEFT JOIN l ON 1
        ORDER BY is_total, leads DESC, src)SQL")
                            .arg(filters);
    auto rows = ReportSql::rows(session.database(), sql, binds);
    if (!rows)
        return rows.error();

    ReportTable t;
    t.currency = currency;
    t.columns = {
        { QStringLiteral("source"), QCoreApplication::translate("Reports", "Source"),
            ReportValue::Text },
        { QStringLiteral("leads"), QCoreApplication::translate("Reports", "Leads"),
            ReportValue::Count, true },
        { QStringLiteral("qualified"), QCoreApplication::translate("Reports", "Qualified"),
            ReportValue::Count },
        { QStringLiteral("converted"), QCoreApplication::translate("Reports", "Converted"),
            ReportValue::Count },
        { QStringLiteral("conversion"), QCoreApplication::translate("Reports", "Conversion %"),
            ReportValue::Percent },
        { QStringLiteral("won"), QCoreApplication::translate("Reports", "Won deals"),
            ReportValue::Count },
        { QStringLiteral("revenue"), QCoreApplication::translate("Reports", "Won revenue"),
            ReportValue::Money, true },
    };
    const QString lead = QStringLiteral("lead");
    const QString deal = QStringLiteral("deal");
    for (const QVariantList& r : *rows) {
        const bool total = r.at(0).toInt() == 1;
        const QString key = total ? QStringLiteral("total") : r.at(1).toString();
        const QString label
            = total ? QCoreApplication::translate("Reports", "Total") : sourceLabel(key);
        t.addRow(key,
            { valueCell(label, lead, r.at(8).toString()),
                valueCell(integer(r.at(2)), lead, r.at(8).toString()),
                valueCell(integer(r.at(3)), lead, r.at(9).toString()),
                valueCell(integer(r.at(4)), lead, r.at(10).toString()),
                valueCell(real(r.at(5)), lead, r.at(10).toString()),
                valueCell(integer(r.at(6)), deal, r.at(11).toString()),
                valueCell(integer(r.at(7)), deal, r.at(12).toString()) },
            total);
        const int other = r.at(13).toInt();
        if (total && other > 0) {
            QStringList codes = r.at(14).toString().split(QLatin1Char(','));
            codes.sort();
            t.notes << QCoreApplication::translate("Reports",
                "%n won deal(s) in other currencies (%1) count under Won deals but not in Won "
                "revenue.",
                nullptr, other)
                           .arg(codes.join(QLatin1String(", ")));
        }
    }
    t.notes << QCoreApplication::translate("Reports",
        "Leads registered in the period and what has come of them so far: qualified (now "
        "qualified or converted), converted to a deal, and the deals from them won at any date. "
        "Conversion % = converted ÷ leads.");
    t.chart = { ChartKind::Bar, 0, { 1, 3 },
        QCoreApplication::translate("Reports", "Leads and conversions by source") };
    return t;
}

} // namespace

ReportDefinition leadSourcesReport()
{
    ReportDefinition r;
    r.name = QStringLiteral("lead-sources");
    r.title = QT_TRANSLATE_NOOP("Reports", "Lead sources");
    r.description = QT_TRANSLATE_NOOP("Reports",
        "Leads registered in the period per source: how many were qualified and converted, and "
        "the deals and revenue they brought.");
    r.filters = FilterOwner | FilterTeam | FilterTerritory | FilterCurrency;
    r.run = run;
    return r;
}

} // namespace tandem
