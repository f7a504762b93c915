// "ABC analysis of customers": the companies ranked by the revenue of the deals they won with us
// in the period, classed A/B/C by their cumulative share of it.
#include "reports/AbcCustomersReport.h"

#include "reports/ReportSql.h"
#include "store/Session.h"

#include <QCoreApplication>

namespace tandem {

namespace {

// The conditions on deal `d`: won in the period, within the filters; binds: from, to, filters.
QString wonDeals(const ReportParams& p, QVariantList& binds)
{
    binds << p.fromStored() << p.toStoredExclusive();
    QString sql
        = QStringLiteral(" d.deleted = 0 AND d.status = 'won' AND d.won_at >= ? AND d.won_at < ?");
    sql += ReportSql::ownerFilter(p, QStringLiteral("d.owner_id"), binds);
    sql += ReportSql::territoryFilter(p, QStringLiteral("d.company_id"), {}, binds);
    return sql;
}

// What the ranking leaves out: won deals in other currencies, and those without a (live) company.
Result<QStringList> leftOut(Database& db, const ReportParams& p)
{
    QVariantList binds { p.currency, p.currency, p.currency };
    const QString sql
        = QStringLiteral("SELECT coalesce(sum(coalesce(d.currency, '') <> ?), 0), "
                         "group_concat(DISTINCT CASE WHEN coalesce(d.currency, '') <> ? "
                         "THEN coalesce(d.currency, '?') END), "
                         "coalesce(sum(d.currency = ? AND NOT EXISTS (SELECT 1 FROM company c "
                         "WHERE c.id = d.company_id AND c.deleted = 0)), 0) FROM deal d WHERE")
        + wonDeals(p, binds);
    auto rows = ReportSql::rows(db, sql, binds);
    if (!rows)
        return rows.error();
    QStringList notes;
    const QVariantList& row = rows->first();
    if (const int other = row.at(0).toInt(); other > 0) {
        QStringList currencies = row.at(1).toString().split(QLatin1Char(','));
        currencies.sort();
        notes << QCoreApplication::translate(
            "Reports", "Not included: %n won deal(s) in other currencies (%1).", nullptr, other)
                     .arg(currencies.join(QLatin1String(", ")));
    }
    if (const int orphans = row.at(2).toInt(); orphans > 0)
        notes << QCoreApplication::translate(
            "Reports", "Not included: %n won deal(s) without a company.", nullptr, orphans);
    return notes;
}

Result<ReportTable> run(Session& session, const ReportParams& p)
{
    auto ranking = AbcCustomers::ranking(session, p);
    if (!ranking)
        return ranking.error();
    auto notes = leftOut(session.database(), p);
    if (!notes)
        return notes.error();
    ReportTable t = AbcAnalysis::table(*ranking, QStringLiteral("company"),
        QCoreApplication::translate("Reports", "Customer"), p.currency);
    t.chart.title = QCoreApplication::translate("Reports", "Revenue of the largest customers");
    t.notes << *notes;
    return t;
}

} // namespace

Result<AbcRanking> AbcCustomers::ranking(Session& session, const ReportParams& p)
{
    auto thresholds = AbcAnalysis::thresholds(p);
    if (!thresholds)
        return thresholds.error();
    QVariantList binds;
    const QString facts
        = QStringLiteral("SELECT d.company_id, c.name, d.id, coalesce(d.amount, 0), "
                         "NULL FROM deal d JOIN company c ON c.id = d.company_id "
                         "AND c.deleted = 0 WHERE")
        + wonDeals(p, binds) + QStringLiteral(" AND d.currency = ?");
    binds << p.currency;
    return AbcAnalysis::rank(session.database(), {}, facts, binds, *thresholds, false);
}

ReportDefinition abcCustomersReport()
{
    ReportDefinition r;
    r.name = QStringLiteral("abc-customers");
    r.title = QT_TRANSLATE_NOOP("Reports", "ABC analysis of customers");
    r.description = QT_TRANSLATE_NOOP("Reports",
        "Customers ranked by won revenue in the period and classed A, B or C by their "
        "cumulative share of it.");
    r.filters = FilterOwner | FilterTeam | FilterTerritory | FilterCurrency;
    r.options = AbcAnalysis::thresholdOptions();
    r.run = run;
    return r;
}

} // namespace tandem
