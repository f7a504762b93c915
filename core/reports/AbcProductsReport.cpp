// "ABC analysis of products": the products ranked by what they brought in on the quotes of the
// deals won in the period, classed A/B/C by their cumulative share of that revenue.
#include "reports/AbcAnalysis.h"
#include "reports/ReportSql.h"
#include "store/Session.h"

#include <QCoreApplication>

namespace tandem {

namespace {

// The won deals of the period (within the filters), their quote and its lines
// (ReportSql::kQuoteLines), and whether each line's product is a live one. Binds: from, to, the
// filters.
QString lineCtes(const ReportParams& p, QVariantList& binds)
{
    binds << p.fromStored() << p.toStoredExclusive();
    QString sql = QStringLiteral(R"SQL(
won_deals AS (
    SELECT d.id AS deal_id, d.currency AS deal_currency
    FROM deal d
    WHERE d.deleted = 0 AND d.status = 'won' AND d.won_at >= ? AND d.won_at < ?)SQL");
    sql += ReportSql::ownerFilter(p, QStringLiteral("d.owner_id"), binds);
    sql += ReportSql::territoryFilter(p, QStringLiteral("d.company_id"), {}, binds);
    sql += QStringLiteral("\n),") + QLatin1String(ReportSql::kQuoteLines);
    sql += QStringLiteral(R"SQL(
line AS MATERIALIZED (
    SELECT l.deal_id, l.line_id, l.product_id, l.currency, l.quantity, l.revenue,
        EXISTS (SELECT 1 FROM product p WHERE p.id = l.product_id AND p.deleted = 0) AS known
    FROM quote_lines l
),
)SQL");
    return sql;
}

// What the ranking leaves out: lines in other currencies, lines without a product, and won deals
// whose quote has no lines (or that have no quote).
Result<QStringList> leftOut(Database& db, const ReportParams& p)
{
    QVariantList binds;
    QString sql = QStringLiteral("WITH ") + lineCtes(p, binds);
    sql.chop(QStringLiteral(",\n").size());
    sql += QStringLiteral(R"SQL(
SELECT (SELECT count(*) FROM chosen c WHERE NOT EXISTS (SELECT 1 FROM line l WHERE l.deal_id = c.deal_id)),
    (SELECT count(*) FROM line WHERE currency IS NOT ?),
    (SELECT group_concat(DISTINCT coalesce(currency, '?')) FROM line WHERE currency IS NOT ?),
    (SELECT count(*) FROM line WHERE currency = ? AND NOT known)
)SQL");
    binds << p.currency << p.currency << p.currency;
    auto rows = ReportSql::rows(db, sql, binds);
    if (!rows)
        return rows.error();
    const QVariantList& row = rows->first();
    QStringList notes;
    if (const int bare = row.at(0).toInt(); bare > 0)
        notes << QCoreApplication::translate("Reports",
            "Not included: %n won deal(s) without quote lines (what they sold is not known).",
            nullptr, bare);
    if (const int other = row.at(1).toInt(); other > 0) {
        QStringList currencies = row.at(2).toString().split(QLatin1Char(','));
        currencies.sort();
        notes << QCoreApplication::translate(
            "Reports", "Not included: %n quote line(s) in other currencies (%1).", nullptr, other)
                     .arg(currencies.join(QLatin1String(", ")));
    }
    if (const int free = row.at(3).toInt(); free > 0)
        notes << QCoreApplication::translate("Reports",
            "Not included: %n quote line(s) without a product (free text).", nullptr, free);
    return notes;
}

Result<ReportTable> run(Session& session, const ReportParams& p)
{
    auto thresholds = AbcAnalysis::thresholds(p);
    if (!thresholds)
        return thresholds.error();
    QVariantList binds;
    const QString ctes = lineCtes(p, binds);
    binds << p.currency;
    auto ranking = AbcAnalysis::rank(session.database(), ctes,
        QStringLiteral("SELECT l.product_id, p.name, l.deal_id, l.revenue, l.quantity "
                       "FROM line l JOIN product p ON p.id = l.product_id "
                       "WHERE l.known AND l.currency = ?"),
        binds, *thresholds, true);
    if (!ranking)
        return ranking.error();
    auto notes = leftOut(session.database(), p);
    if (!notes)
        return notes.error();
    ReportTable t = AbcAnalysis::table(*ranking, QStringLiteral("product"),
        QCoreApplication::translate("Reports", "Product"), p.currency);
    t.chart.title = QCoreApplication::translate("Reports", "Revenue of the best-selling products");
    t.notes << QCoreApplication::translate("Reports",
        "Revenue of a product: its lines on the accepted (else the latest) quote of each won "
        "deal, quantity × unit price less the line's discount and then the quote's, without VAT.");
    t.notes << *notes;
    return t;
}

} // namespace

ReportDefinition abcProductsReport()
{
    ReportDefinition r;
    r.name = QStringLiteral("abc-products");
    r.title = QT_TRANSLATE_NOOP("Reports", "ABC analysis of products");
    r.description = QT_TRANSLATE_NOOP("Reports",
        "Products ranked by their revenue on the quotes of deals won in the period and classed "
        "A, B or C by their cumulative share of it.");
    r.filters = FilterOwner | FilterTeam | FilterTerritory | FilterCurrency;
    r.options = AbcAnalysis::thresholdOptions();
    r.run = run;
    return r;
}

} // namespace tandem
