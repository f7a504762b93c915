// Revenue: the deals won in the period by month, quarter, customer, industry, region, segment, rep
// or product, with each group's share and average deal, and how much came from returning customers.
#include "reports/ReportCatalog.h"

#include "reports/ReportSql.h"
#include "store/Session.h"

#include <QCoreApplication>
#include <QLocale>

namespace tandem {

namespace {

using ReportSql::currencyList;

// Result columns of the main statement.
enum Col { IsTotal, Key, Label, Position, Deals, Revenue, Share, Average, Ids };

// `q` holds the currency and the period's days. `won`: the deals won in the period (binds: its
// instants, then the filters at %1) in any currency, each marked `repeat` when its company had won
// a deal before it (at any time, in any currency). No index has won_at: the deals are read through
// (`+` keeps SQLite from looking up every won deal by deal_status_close, which is slower), and the
// company's earlier wins through deal_company_id.
const char* const kWon = R"SQL(
q AS (SELECT ? AS cur, ? AS from_day, ? AS to_day),
months(m, pos) AS (
    SELECT substr(from_day, 1, 7), 1 FROM q
    UNION ALL
    SELECT strftime('%Y-%m', m || '-01', '+1 month'), pos + 1 FROM months, q
    WHERE m < substr(q.to_day, 1, 7)),
won AS MATERIALIZED (
    SELECT d.id, d.company_id, d.owner_id, d.won_at, coalesce(d.amount, 0) AS amount, d.currency,
        EXISTS (SELECT 1 FROM deal e WHERE e.company_id = d.company_id AND e.deleted = 0
            AND +e.status = 'won' AND e.won_at < d.won_at) AS repeat
    FROM deal d
    WHERE d.deleted = 0 AND +d.status = 'won' AND d.won_at >= ? AND d.won_at < ? %1),
)SQL";

// One fact per won deal in the report currency: its group (%1) and the group's stored label (%2).
const char* const kDealFacts = R"SQL(
facts AS (
    SELECT w.id AS deal_id, w.company_id, w.repeat, w.amount, %1 AS grp, %2 AS label
    FROM won w CROSS JOIN q LEFT JOIN company c ON c.id = w.company_id
    LEFT JOIN "user" u ON u.id = w.owner_id
    WHERE coalesce(w.currency, '') = q.cur),
)SQL";

// By product, one fact per quote line (ReportSql::kQuoteLines): the same figures as the ABC
// analysis of products.
const char* const kLineFacts = R"SQL(
won_deals AS (
    SELECT w.id AS deal_id, w.currency AS deal_currency, w.company_id, w.repeat FROM won w),
%1
lines AS (
    SELECT deal_id, company_id, repeat, product_id, currency, revenue AS amount FROM quote_lines),
facts AS (
    SELECT l.deal_id, l.company_id, l.repeat, l.amount, coalesce(l.product_id, '') AS grp,
        p.name AS label
    FROM lines l CROSS JOIN q LEFT JOIN product p ON p.id = l.product_id
    WHERE l.currency = q.cur),
)SQL";

// The groups (%1: grp, pos), the total, then repeat and new-customer revenue. Non-time groups are
// ordered by revenue, largest first.
const char* const kSelect = R"SQL(
g AS (SELECT grp, max(label) AS label, count(DISTINCT deal_id) AS n, sum(amount) AS revenue,
          group_concat(DISTINCT deal_id) AS ids FROM facts GROUP BY grp),
tot AS (SELECT count(DISTINCT deal_id) AS n, coalesce(sum(amount), 0) AS revenue,
            group_concat(DISTINCT deal_id) AS ids FROM facts),
r AS (%1)
SELECT 0, r.grp, g.label, r.pos, coalesce(g.n, 0), coalesce(g.revenue, 0),
    CASE WHEN tot.revenue <> 0 THEN 100.0 * coalesce(g.revenue, 0) / tot.revenue END,
    CASE WHEN g.n > 0 THEN CAST(round(1.0 * g.revenue / g.n) AS INTEGER) END, g.ids
FROM r CROSS JOIN tot LEFT JOIN g ON g.grp = r.grp
UNION ALL
SELECT 1, 'total', NULL, 1, n, revenue, CASE WHEN revenue <> 0 THEN 100.0 END,
    CASE WHEN n > 0 THEN CAST(round(1.0 * revenue / n) AS INTEGER) END, ids
FROM tot
UNION ALL
SELECT 1, kind, NULL, pos, count(DISTINCT f.deal_id), coalesce(sum(f.amount), 0),
    CASE WHEN tot.revenue <> 0 THEN 100.0 * coalesce(sum(f.amount), 0) / tot.revenue END,
    CASE WHEN count(f.deal_id) > 0
        THEN CAST(round(1.0 * sum(f.amount) / count(DISTINCT f.deal_id)) AS INTEGER) END,
    group_concat(DISTINCT f.deal_id)
FROM (SELECT 'repeat' AS kind, 2 AS pos UNION ALL SELECT 'new', 3) k CROSS JOIN tot
LEFT JOIN facts f ON f.company_id IS NOT NULL
    AND f.repeat = CASE k.kind WHEN 'repeat' THEN 1 ELSE 0 END
GROUP BY k.kind
ORDER BY 1, 4, 6 DESC, 3, 2
)SQL";

// What was left out: won deals (or, by product, quote lines) in other currencies, won deals
// without a company (in neither repeat nor new-customer revenue), won deals without quote lines.
const char* const kLeftOutDeals = R"SQL(
SELECT (SELECT count(*) FROM won, q WHERE coalesce(won.currency, '') <> q.cur),
    (SELECT group_concat(DISTINCT coalesce(nullif(won.currency, ''), '-')) FROM won, q
        WHERE coalesce(won.currency, '') <> q.cur),
    (SELECT count(DISTINCT deal_id) FROM facts WHERE company_id IS NULL), 0
)SQL";
const char* const kLeftOutLines = R"SQL(
SELECT (SELECT count(*) FROM lines, q WHERE lines.currency IS NOT q.cur),
    (SELECT group_concat(DISTINCT coalesce(lines.currency, '-')) FROM lines, q
        WHERE lines.currency IS NOT q.cur),
    (SELECT count(DISTINCT deal_id) FROM facts WHERE company_id IS NULL),
    (SELECT count(*) FROM chosen c WHERE NOT EXISTS (SELECT 1 FROM lines l
        WHERE l.deal_id = c.deal_id))
)SQL";

const char* const kQuarterOf = "substr(%1, 1, 4) || '-Q' || ((CAST(substr(%1, 6, 2) AS INTEGER) "
                               "+ 2) / 3)";

struct Grouping {
    QString grp; // over the won deal `w`, its company `c` and owner `u`
    QString label; // the stored label, or NULL
    const char* header; // QT_TRANSLATE_NOOP("Reports", …)
};

Grouping grouping(const QString& by)
{
    if (by == QLatin1String("quarter"))
        return { QString::fromLatin1(kQuarterOf).arg(QStringLiteral("w.won_at")),
            QStringLiteral("NULL"), QT_TRANSLATE_NOOP("Reports", "Quarter") };
    if (by == QLatin1String("customer"))
        return { QStringLiteral("coalesce(w.company_id, '')"), QStringLiteral("c.name"),
            QT_TRANSLATE_NOOP("Reports", "Customer") };
    if (by == QLatin1String("industry"))
        return { QStringLiteral("trim(coalesce(c.industry, ''))"),
            QStringLiteral("trim(coalesce(c.industry, ''))"),
            QT_TRANSLATE_NOOP("Reports", "Industry") };
    if (by == QLatin1String("region"))
        return { QStringLiteral("trim(coalesce(c.country, ''))"),
            QStringLiteral("trim(coalesce(c.country, ''))"),
            QT_TRANSLATE_NOOP("Reports", "Country") };
    if (by == QLatin1String("segment"))
        return { QStringLiteral("trim(coalesce(c.segment, ''))"),
            QStringLiteral("trim(coalesce(c.segment, ''))"),
            QT_TRANSLATE_NOOP("Reports", "Segment") };
    if (by == QLatin1String("owner"))
        return { QStringLiteral("coalesce(w.owner_id, '')"), QStringLiteral("u.name"),
            QT_TRANSLATE_NOOP("Reports", "Rep") };
    if (by == QLatin1String("product"))
        return { {}, {}, QT_TRANSLATE_NOOP("Reports", "Product") };
    return { QStringLiteral("substr(w.won_at, 1, 7)"), QStringLiteral("NULL"),
        QT_TRANSLATE_NOOP("Reports", "Month") };
}

// The rows shown: every month or quarter of the period (so that a quiet one shows as 0), or the
// groups that won something.
QString rowSet(const QString& by)
{
    if (by == QLatin1String("month"))
        return QStringLiteral("SELECT m AS grp, pos FROM months");
    if (by == QLatin1String("quarter"))
        return QStringLiteral("SELECT %1 AS grp, min(pos) AS pos FROM months GROUP BY 1")
            .arg(QString::fromLatin1(kQuarterOf).arg(QStringLiteral("m")));
    return QStringLiteral("SELECT grp, 0 AS pos FROM g");
}

// The common table expressions down to `facts`, with their binds.
QString ctes(const ReportParams& p, const QString& by, QVariantList& binds)
{
    binds << p.currency << p.from.toString(Qt::ISODate) << p.to.toString(Qt::ISODate)
          << p.fromStored() << p.toStoredExclusive();
    QString sql = QStringLiteral("WITH RECURSIVE ")
        + QString::fromLatin1(kWon).arg(ReportSql::dealFilters(p, QStringLiteral("d"), binds));
    if (by == QLatin1String("product")) {
        sql += QString::fromLatin1(kLineFacts).arg(QLatin1String(ReportSql::kQuoteLines));
    } else {
        const Grouping g = grouping(by);
        sql += QString::fromLatin1(kDealFacts).arg(g.grp, g.label);
    }
    return sql;
}

QString rowLabel(const QString& by, const QString& key, const QString& stored)
{
    if (by == QLatin1String("month")) {
        const QDate day = QDate::fromString(key + QStringLiteral("-01"), Qt::ISODate);
        if (!day.isValid())
            return key;
        QString name = QLocale().standaloneMonthName(day.month(), QLocale::LongFormat);
        if (!name.isEmpty())
            name[0] = name.at(0).toUpper();
        return QStringLiteral("%1 %2").arg(name).arg(day.year());
    }
    if (by == QLatin1String("quarter")) {
        const QStringList parts = key.split(QStringLiteral("-Q"));
        if (parts.size() != 2)
            return key;
        return QCoreApplication::translate("Reports", "Q%1 %2").arg(parts.at(1), parts.at(0));
    }
    if (key.isEmpty()) {
        if (by == QLatin1String("customer"))
            return QCoreApplication::translate("Reports", "(no company)");
        if (by == QLatin1String("owner"))
            return QCoreApplication::translate("Reports", "(no owner)");
        if (by == QLatin1String("product"))
            return QCoreApplication::translate("Reports", "(no product)");
        return QCoreApplication::translate("Reports", "(not set)");
    }
    return stored.isEmpty() ? key : stored;
}

QString summaryLabel(const QString& key)
{
    if (key == QLatin1String("repeat"))
        return QCoreApplication::translate("Reports", "Repeat revenue");
    if (key == QLatin1String("new"))
        return QCoreApplication::translate("Reports", "New-customer revenue");
    return QCoreApplication::translate("Reports", "Total");
}

Result<QStringList> leftOut(Database& db, const ReportParams& p, const QString& by)
{
    QVariantList binds;
    QString sql = ctes(p, by, binds);
    sql.chop(QStringLiteral(",\n").size());
    const bool product = by == QLatin1String("product");
    sql += QLatin1String(product ? kLeftOutLines : kLeftOutDeals);
    auto rows = ReportSql::rows(db, sql, binds);
    if (!rows)
        return rows.error();
    const QVariantList& row = rows->first();
    QStringList notes;
    if (const int other = row.at(0).toInt(); other > 0) {
        const QString codes = currencyList(row.at(1).toString());
        notes << (product
                ? QCoreApplication::translate("Reports",
                    "%n quote line(s) in other currencies (%1) are not included.", nullptr, other)
                      .arg(codes)
                : QCoreApplication::translate("Reports",
                    "%n won deal(s) in other currencies (%1) are not included.", nullptr, other)
                      .arg(codes));
    }
    if (const int bare = row.at(3).toInt(); bare > 0)
        notes << QCoreApplication::translate("Reports",
            "%n won deal(s) without quote lines are not included: what they sold is not known.",
            nullptr, bare);
    if (const int loose = row.at(2).toInt(); loose > 0)
        notes << QCoreApplication::translate("Reports",
            "%n won deal(s) without a company count in neither repeat nor new-customer revenue.",
            nullptr, loose);
    return notes;
}

Result<ReportTable> run(Session& session, const ReportParams& p)
{
    const QString by = p.options.value(QStringLiteral("by"), QStringLiteral("month"));
    const bool product = by == QLatin1String("product");
    const Grouping g = grouping(by);
    QVariantList binds;
    const QString sql = ctes(p, by, binds) + QString::fromLatin1(kSelect).arg(rowSet(by));
    auto rows = ReportSql::rows(session.database(), sql, binds);
    if (!rows)
        return rows.error();

    ReportTable t;
    t.currency = p.currency;
    t.columns = {
        { by, QCoreApplication::translate("Reports", g.header), ReportValue::Text },
        { QStringLiteral("deals"), QCoreApplication::translate("Reports", "Won deals"),
            ReportValue::Count },
        { QStringLiteral("revenue"), QCoreApplication::translate("Reports", "Revenue"),
            ReportValue::Money, true },
        { QStringLiteral("share"), QCoreApplication::translate("Reports", "Share %"),
            ReportValue::Percent },
        { QStringLiteral("average"), QCoreApplication::translate("Reports", "Avg deal size"),
            ReportValue::Money },
    };
    const QString deal = QStringLiteral("deal");
    const bool timeRows = by == QLatin1String("month") || by == QLatin1String("quarter");
    for (const QVariantList& r : *rows) {
        const bool total = r.at(IsTotal).toInt() == 1;
        const QString grp = r.at(Key).toString();
        const QString ids = r.at(Ids).toString();
        QString key = grp;
        ReportCell label;
        if (total) {
            label = textCell(summaryLabel(grp));
        } else {
            label = textCell(rowLabel(by, grp, r.at(Label).toString()));
            // Months and quarters match the comparison period's by their place in the period.
            if (timeRows)
                key = QStringLiteral("%1-%2").arg(by).arg(r.at(Position).toInt());
            else if (grp.isEmpty())
                key = QStringLiteral("none");
            if (by == QLatin1String("customer") && !grp.isEmpty())
                label = valueCell(label.value, QStringLiteral("company"), grp);
            else if (product && !grp.isEmpty())
                label = valueCell(label.value, QStringLiteral("product"), grp);
        }
        const QVariant average = r.at(Average).isNull() ? QVariant() : r.at(Average);
        t.addRow(key,
            { label, valueCell(r.at(Deals).toLongLong(), deal, ids),
                valueCell(r.at(Revenue).toLongLong(), deal, ids),
                valueCell(r.at(Share).isNull() ? QVariant() : QVariant(r.at(Share).toDouble()),
                    deal, ids),
                valueCell(
                    average.isNull() ? QVariant() : QVariant(average.toLongLong()), deal, ids) },
            total);
    }

    auto notes = leftOut(session.database(), p, by);
    if (!notes)
        return notes.error();
    t.notes << *notes;
    t.notes << QCoreApplication::translate("Reports",
        "Revenue: the amounts of the deals won in the period (by their won date, UTC). Avg deal "
        "size: revenue ÷ won deals. Repeat revenue: deals of customers who had won a deal with us "
        "before; new-customer revenue: each customer's first won deal.");
    if (product)
        t.notes << QCoreApplication::translate("Reports",
            "Revenue by product comes from quotes: the lines of the accepted (else the latest) "
            "quote of each won deal, quantity × unit price less the line's discount and then the "
            "quote's, without VAT. Won deals without a quote do not show here.");
    t.chart = { timeRows ? ChartKind::Line : ChartKind::Bar, 0, { 2 },
        QCoreApplication::translate("Reports", "Won revenue") };
    return t;
}

} // namespace

ReportDefinition revenueReport()
{
    ReportDefinition r;
    r.name = QStringLiteral("revenue");
    r.title = QT_TRANSLATE_NOOP("Reports", "Revenue");
    r.description = QT_TRANSLATE_NOOP("Reports",
        "Revenue won in the period by month, quarter, customer, industry, country, segment, rep "
        "or product, with shares, average deal size and repeat versus new-customer revenue.");
    r.filters = FilterOwner | FilterTeam | FilterTerritory | FilterPipeline | FilterCurrency;
    r.options = { { QStringLiteral("by"), QT_TRANSLATE_NOOP("Reports", "Group by"),
        QStringLiteral("month"),
        { { QStringLiteral("month"), QT_TRANSLATE_NOOP("Reports", "Month") },
            { QStringLiteral("quarter"), QT_TRANSLATE_NOOP("Reports", "Quarter") },
            { QStringLiteral("customer"), QT_TRANSLATE_NOOP("Reports", "Customer") },
            { QStringLiteral("industry"), QT_TRANSLATE_NOOP("Reports", "Industry") },
            { QStringLiteral("region"), QT_TRANSLATE_NOOP("Reports", "Country") },
            { QStringLiteral("segment"), QT_TRANSLATE_NOOP("Reports", "Segment") },
            { QStringLiteral("owner"), QT_TRANSLATE_NOOP("Reports", "Rep") },
            { QStringLiteral("product"), QT_TRANSLATE_NOOP("Reports", "Product") } } } };
    r.run = run;
    return r;
}

} // namespace tandem
