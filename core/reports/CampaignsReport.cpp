// Campaigns: per campaign running in the period (or bringing leads or deals in it), its leads,
// deals, won revenue and cost, and what each lead cost and the campaign returned.
#include "reports/ReportCatalog.h"

#include "io/LocaleValues.h"
#include "reports/ReportSql.h"
#include "store/Session.h"

#include <QCoreApplication>

namespace tandem {

namespace {

using ReportSql::currencyList;
using ReportSql::integer;
using ReportSql::real;

// Result columns of the statement below.
enum Col {
    IsTotal,
    Id,
    Name,
    Kind,
    Leads,
    Qualified,
    Deals,
    Won,
    Revenue,
    Cost,
    CostPerLead,
    Return,
    CampaignIds,
    CostIds,
    LeadIds,
    QualifiedIds,
    DealIds,
    WonIds,
    RevenueIds,
    OtherWon,
    OtherWonCurrencies,
    OtherCost,
    OtherCostCurrencies,
};

// `q` holds the parameters once: the report currency, the period as stored instants and as days.
// A campaign's cost counts only in the report currency; its revenue is its deals won in the period.
const char* const kSql = R"SQL(
    WITH q AS (SELECT ? AS cur, ? AS from_at, ? AS to_at, ? AS from_day, ? AS to_day),
    camp AS (
        SELECT c.id, c.name, c.kind, c.starts_on, c.ends_on, c.cost,
            coalesce(c.currency, '') = q.cur AS own_currency,
            coalesce(nullif(c.currency, ''), '-') AS currency
        FROM campaign c, q WHERE c.deleted = 0 %1),
    leads AS (
        SELECT l.campaign_id AS cid, count(*) AS n,
            sum(l.status IN ('qualified', 'converted')) AS qualified, group_concat(l.id) AS ids,
            group_concat(CASE WHEN l.status IN ('qualified', 'converted') THEN l.id END)
                AS qualified_ids
        FROM lead l, q
        WHERE l.deleted = 0 AND l.campaign_id IS NOT NULL AND l.created_at >= q.from_at
            AND l.created_at < q.to_at
        GROUP BY l.campaign_id),
    deals AS (
        SELECT d.campaign_id AS cid, count(*) AS n, group_concat(d.id) AS ids
        FROM deal d, q
        WHERE d.deleted = 0 AND d.campaign_id IS NOT NULL AND d.created_at >= q.from_at
            AND d.created_at < q.to_at
        GROUP BY d.campaign_id),
    wins AS (
        SELECT d.campaign_id AS cid, count(*) AS n,
            sum(CASE WHEN d.currency = q.cur THEN coalesce(d.amount, 0) ELSE 0 END) AS revenue,
            group_concat(d.id) AS ids,
            group_concat(CASE WHEN d.currency = q.cur THEN d.id END) AS revenue_ids,
            sum(coalesce(d.currency, '') <> q.cur) AS other,
            group_concat(DISTINCT CASE WHEN coalesce(d.currency, '') <> q.cur
                THEN coalesce(nullif(d.currency, ''), '-') END) AS other_currencies
        FROM deal d, q
        WHERE d.deleted = 0 AND d.campaign_id IS NOT NULL AND d.status = 'won'
            AND d.won_at >= q.from_at AND d.won_at < q.to_at
        GROUP BY d.campaign_id),
    rows AS (
        SELECT c.id, c.name, c.kind, c.starts_on, c.own_currency, c.currency,
            CASE WHEN c.own_currency THEN c.cost END AS cost,
            NOT c.own_currency AND c.cost IS NOT NULL AS cost_elsewhere,
            coalesce(l.n, 0) AS leads, coalesce(l.qualified, 0) AS qualified,
            coalesce(d.n, 0) AS deals, coalesce(w.n, 0) AS won, coalesce(w.revenue, 0) AS revenue,
            l.ids AS lead_ids, l.qualified_ids, d.ids AS deal_ids, w.ids AS won_ids,
            w.revenue_ids, coalesce(w.other, 0) AS other, w.other_currencies
        FROM camp c CROSS JOIN q
        LEFT JOIN leads l ON l.cid = c.id
        LEFT JOIN deals d ON d.cid = c.id
        LEFT JOIN wins w ON w.cid = c.id
        WHERE (coalesce(c.starts_on, '') <= q.to_day
                AND (coalesce(c.ends_on, '') = '' OR c.ends_on >= q.from_day))
            OR l.n > 0 OR d.n > 0 OR w.n > 0)
    SELECT 0 AS is_total, id, name, kind, leads, qualified, deals, won, revenue, cost,
        CASE WHEN leads > 0 THEN CAST(round(1.0 * cost / leads) AS INTEGER) END,
        CASE WHEN cost > 0 THEN 100.0 * (revenue - cost) / cost END,
        id, CASE WHEN cost IS NOT NULL THEN id END, lead_ids, qualified_ids, deal_ids, won_ids,
        revenue_ids, other, other_currencies, cost_elsewhere,
        CASE WHEN cost_elsewhere THEN currency END,
        coalesce(starts_on, '') AS starts_on
    FROM rows
    UNION ALL
    -- Cost per lead and return of the total count only the campaigns whose cost is shown.
    SELECT 1, 'total', NULL, NULL, coalesce(sum(leads), 0), coalesce(sum(qualified), 0),
        coalesce(sum(deals), 0), coalesce(sum(won), 0), coalesce(sum(revenue), 0), sum(cost),
        CASE WHEN sum(CASE WHEN cost IS NOT NULL THEN leads END) > 0
            THEN CAST(round(1.0 * sum(cost) / sum(CASE WHEN cost IS NOT NULL THEN leads END))
                AS INTEGER) END,
        CASE WHEN sum(cost) > 0 THEN
            100.0 * (sum(CASE WHEN cost IS NOT NULL THEN revenue END) - sum(cost)) / sum(cost) END,
        group_concat(id), group_concat(CASE WHEN cost IS NOT NULL THEN id END),
        group_concat(lead_ids), group_concat(qualified_ids), group_concat(deal_ids),
        group_concat(won_ids), group_concat(revenue_ids), coalesce(sum(other), 0),
        group_concat(other_currencies), coalesce(sum(cost_elsewhere), 0),
        group_concat(CASE WHEN cost_elsewhere THEN currency END), ''
    FROM rows
    ORDER BY is_total, starts_on, name, id)SQL";

Result<ReportTable> run(Session& session, const ReportParams& p)
{
    const QString currency = p.currency.isEmpty() ? session.defaultCurrency() : p.currency;
    QVariantList binds { currency, p.fromStored(), p.toStoredExclusive(),
        p.from.toString(Qt::ISODate), p.to.toString(Qt::ISODate) };
    const QString owner = ReportSql::ownerFilter(p, QStringLiteral("c.owner_id"), binds);
    auto rows = ReportSql::rows(session.database(), QString::fromLatin1(kSql).arg(owner), binds);
    if (!rows)
        return rows.error();

    ReportTable t;
    t.currency = currency;
    t.columns = {
        { QStringLiteral("campaign"), QCoreApplication::translate("Reports", "Campaign"),
            ReportValue::Text },
        { QStringLiteral("kind"), QCoreApplication::translate("Reports", "Kind"),
            ReportValue::Text },
        { QStringLiteral("leads"), QCoreApplication::translate("Reports", "Leads"),
            ReportValue::Count, true },
        { QStringLiteral("qualified"), QCoreApplication::translate("Reports", "Qualified"),
            ReportValue::Count },
        { QStringLiteral("deals"), QCoreApplication::translate("Reports", "Deals"),
            ReportValue::Count },
        { QStringLiteral("won"), QCoreApplication::translate("Reports", "Won"),
            ReportValue::Count },
        { QStringLiteral("revenue"), QCoreApplication::translate("Reports", "Revenue"),
            ReportValue::Money, true },
        { QStringLiteral("cost"), QCoreApplication::translate("Reports", "Cost"),
            ReportValue::Money },
        { QStringLiteral("cost_per_lead"), QCoreApplication::translate("Reports", "Cost per lead"),
            ReportValue::Money },
        { QStringLiteral("return"), QCoreApplication::translate("Reports", "Return %"),
            ReportValue::Percent },
    };
    const QString campaign = QStringLiteral("campaign");
    const QString lead = QStringLiteral("lead");
    const QString deal = QStringLiteral("deal");
    for (const QVariantList& r : *rows) {
        const bool total = r.at(IsTotal).toInt() == 1;
        const QString kind = r.at(Kind).toString();
        auto ids = [&](Col c) { return r.at(c).toString(); };
        t.addRow(total ? QStringLiteral("total") : r.at(Id).toString(),
            { valueCell(
                  total ? QCoreApplication::translate("Reports", "Total") : r.at(Name).toString(),
                  campaign, ids(CampaignIds)),
                textCell(kind.isEmpty() ? QString() : LocaleValues().choiceLabel(kind)),
                valueCell(integer(r.at(Leads)), lead, ids(LeadIds)),
                valueCell(integer(r.at(Qualified)), lead, ids(QualifiedIds)),
                valueCell(integer(r.at(Deals)), deal, ids(DealIds)),
                valueCell(integer(r.at(Won)), deal, ids(WonIds)),
                valueCell(integer(r.at(Revenue)), deal, ids(RevenueIds)),
                valueCell(integer(r.at(Cost)), campaign, ids(CostIds)),
                valueCell(integer(r.at(CostPerLead)), campaign, ids(CostIds)),
                valueCell(real(r.at(Return)), campaign, ids(CostIds)) },
            total);
        if (!total)
            continue;
        if (const int n = r.at(OtherWon).toInt(); n > 0)
            t.notes << QCoreApplication::translate("Reports",
                "%n won deal(s) in other currencies (%1) count under Won but not in Revenue.",
                nullptr, n)
                           .arg(currencyList(r.at(OtherWonCurrencies).toString()));
        if (const int n = r.at(OtherCost).toInt(); n > 0)
            t.notes << QCoreApplication::translate("Reports",
                "The cost of %n campaign(s) in other currencies (%1) is not shown, nor their "
                "cost per lead and return.",
                nullptr, n)
                           .arg(currencyList(r.at(OtherCostCurrencies).toString()));
    }
    if (!p.ownerId.isEmpty() || !p.teamId.isEmpty())
        t.notes << QCoreApplication::translate("Reports",
            "Owner and team choose campaigns by the campaign's owner; their leads and deals "
            "count whoever owns them.");
    t.notes << QCoreApplication::translate("Reports",
        "Campaigns running in the period, or with leads, deals or wins in it. Leads and deals: "
        "registered in the period; won and revenue: won in the period; cost: the campaign's "
        "whole cost. Return % = (revenue − cost) ÷ cost.");
    t.chart = { ChartKind::Bar, 0, { 6, 7 },
        QCoreApplication::translate("Reports", "Revenue and cost by campaign") };
    return t;
}

} // namespace

ReportDefinition campaignsReport()
{
    ReportDefinition r;
    r.name = QStringLiteral("campaigns");
    r.title = QT_TRANSLATE_NOOP("Reports", "Campaigns");
    r.description = QT_TRANSLATE_NOOP("Reports",
        "Campaigns in the period: their leads, deals, won revenue and cost, cost per lead and "
        "return.");
    r.filters = FilterOwner | FilterTeam | FilterCurrency;
    r.run = run;
    return r;
}

} // namespace tandem
