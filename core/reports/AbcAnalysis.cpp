#include "reports/AbcAnalysis.h"

#include "reports/ReportSql.h"

#include <QCoreApplication>

namespace tandem {

namespace {

// Wrapped around the caller's facts. Rows: level (0 item, 1 class, 2 total), class, id(s), name,
// items, deals, deal ids, revenue, quantity, share %, cumulative %. Binds after the caller's: a, b.
const char* const kRanking = R"SQL(
fact(item_id, item_name, deal_id, revenue, quantity) AS MATERIALIZED (%1),
item AS (
    SELECT item_id AS id, max(item_name) AS name, count(DISTINCT deal_id) AS deals,
        group_concat(DISTINCT deal_id) AS deal_ids, sum(revenue) AS revenue,
        sum(quantity) AS quantity
    FROM fact GROUP BY item_id
),
ranked AS MATERIALIZED (
    SELECT i.*, row_number() OVER w AS position, sum(i.revenue) OVER w AS cum,
        sum(i.revenue) OVER () AS total
    FROM item i
    WINDOW w AS (ORDER BY i.revenue DESC, i.name COLLATE NOCASE, i.id ROWS UNBOUNDED PRECEDING)
),
classed AS MATERIALIZED (
    SELECT r.*, CASE WHEN (r.cum - r.revenue) * 100 < ? * r.total THEN 'A'
                     WHEN (r.cum - r.revenue) * 100 < ? * r.total THEN 'B'
                     ELSE 'C' END AS class
    FROM ranked r
),
everything AS (SELECT coalesce(sum(revenue), 0) AS total FROM fact)
SELECT 0, k.class, k.id, k.name, 1, k.deals, k.deal_ids, k.revenue, k.quantity / 1000.0,
    k.revenue * 100.0 / nullif(k.total, 0), k.cum * 100.0 / nullif(k.total, 0), k.position
FROM classed k
UNION ALL
SELECT 1, k.class, group_concat(DISTINCT f.item_id), NULL, count(DISTINCT f.item_id),
    count(DISTINCT f.deal_id), group_concat(DISTINCT f.deal_id), sum(f.revenue),
    sum(f.quantity) / 1000.0, sum(f.revenue) * 100.0 / nullif(max(k.total), 0),
    max(k.cum) * 100.0 / nullif(max(k.total), 0), 0
FROM fact f JOIN classed k ON k.id = f.item_id
GROUP BY k.class
UNION ALL
SELECT 2, NULL, group_concat(DISTINCT f.item_id), NULL, count(DISTINCT f.item_id),
    count(DISTINCT f.deal_id), group_concat(DISTINCT f.deal_id), coalesce(sum(f.revenue), 0),
    sum(f.quantity) / 1000.0, CASE WHEN max(e.total) <> 0 THEN 100.0 END,
    CASE WHEN max(e.total) <> 0 THEN 100.0 END, 0
FROM fact f, everything e
ORDER BY 1, 12, 2
)SQL";

AbcItem itemOf(const QVariantList& row, bool withQuantity)
{
    AbcItem item;
    item.abcClass = row.at(1).toString();
    item.id = row.at(2).toString();
    item.name = row.at(3).toString();
    item.items = row.at(4).toInt();
    item.deals = row.at(5).toInt();
    item.dealIds = row.at(6).toString();
    item.revenue = row.at(7).toLongLong();
    if (withQuantity && !row.at(8).isNull())
        item.quantity = row.at(8).toDouble();
    if (!row.at(9).isNull())
        item.share = row.at(9).toDouble();
    if (!row.at(10).isNull())
        item.cumulative = row.at(10).toDouble();
    return item;
}

} // namespace

namespace AbcAnalysis {

QList<ReportOption> thresholdOptions()
{
    return {
        { QStringLiteral("a"), QT_TRANSLATE_NOOP("Reports", "Class A up to (% of revenue)"),
            QStringLiteral("80"), {}, 1, 99 },
        { QStringLiteral("b"), QT_TRANSLATE_NOOP("Reports", "Class B up to (% of revenue)"),
            QStringLiteral("95"), {}, 2, 100 },
    };
}

Result<AbcRanking> thresholds(const ReportParams& params)
{
    AbcRanking r;
    r.a = params.option(QStringLiteral("a"), 80);
    r.b = params.option(QStringLiteral("b"), 95);
    if (r.a >= r.b)
        return makeError(
            QCoreApplication::translate("Reports",
                "b (%1 %) must be greater than a (%2 %): class B takes up where class A ends")
                .arg(r.b)
                .arg(r.a),
            QStringLiteral("b"));
    return r;
}

Result<AbcRanking> rank(Database& db, const QString& ctes, const QString& facts,
    const QVariantList& binds, AbcRanking thresholds, bool withQuantity)
{
    const QString sql
        = QStringLiteral("WITH ") + ctes + QString::fromLatin1(kRanking).arg(facts.trimmed());
    auto rows = ReportSql::rows(db, sql, binds + QVariantList { thresholds.a, thresholds.b });
    if (!rows)
        return rows.error();
    AbcRanking out = thresholds;
    for (const QString& letter :
        { QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C") }) {
        AbcItem empty;
        empty.abcClass = letter;
        out.classes << empty;
    }
    for (const QVariantList& row : *rows) {
        const AbcItem item = itemOf(row, withQuantity);
        switch (row.at(0).toInt()) {
        case 0:
            out.items << item;
            break;
        case 1:
            for (AbcItem& c : out.classes) {
                if (c.abcClass == item.abcClass)
                    c = item;
            }
            break;
        default:
            out.total = item;
        }
    }
    return out;
}

ReportTable table(const AbcRanking& ranking, const QString& entity, const QString& itemHeader,
    const QString& currency)
{
    const bool withQuantity = entity == QLatin1String("product");
    ReportTable t;
    t.currency = currency;
    auto column = [&t](const char* key, const QString& header, ReportValue type) {
        t.columns << ReportColumn { QString::fromLatin1(key), header, type,
            type == ReportValue::Money };
    };
    auto translated = [](const char* text) { return QCoreApplication::translate("Reports", text); };
    column("class", translated(QT_TRANSLATE_NOOP("Reports", "Class")), ReportValue::Text);
    column("name", itemHeader, ReportValue::Text);
    column("deals", translated(QT_TRANSLATE_NOOP("Reports", "Won deals")), ReportValue::Count);
    if (withQuantity)
        column(
            "quantity", translated(QT_TRANSLATE_NOOP("Reports", "Quantity")), ReportValue::Number);
    // Revenue is the one figure compared with an earlier period (Money: comparable above).
    column("revenue", translated(QT_TRANSLATE_NOOP("Reports", "Revenue")), ReportValue::Money);
    column("share", translated(QT_TRANSLATE_NOOP("Reports", "Share %")), ReportValue::Percent);
    column("cumulative", translated(QT_TRANSLATE_NOOP("Reports", "Cumulative %")),
        ReportValue::Percent);

    auto cells = [&](const AbcItem& item, const ReportCell& label, const QString& classText) {
        QList<ReportCell> out { textCell(classText), label,
            valueCell(item.deals, QStringLiteral("deal"), item.dealIds) };
        if (withQuantity)
            out << valueCell(item.quantity);
        out << valueCell(item.revenue, QStringLiteral("deal"), item.dealIds)
            << valueCell(item.share) << valueCell(item.cumulative);
        return out;
    };
    for (const AbcItem& item : ranking.items)
        t.addRow(item.id, cells(item, valueCell(item.name, entity, item.id), item.abcClass));
    for (const AbcItem& c : ranking.classes) {
        const QString count = entity == QLatin1String("product")
            ? QCoreApplication::translate("Reports", "%n product(s)", nullptr, c.items)
            : QCoreApplication::translate("Reports", "%n customer(s)", nullptr, c.items);
        t.addRow(QStringLiteral("class-") + c.abcClass,
            cells(c, valueCell(count, entity, c.id), c.abcClass), true);
    }
    const AbcItem& all = ranking.total;
    const QString count = entity == QLatin1String("product")
        ? QCoreApplication::translate("Reports", "%n product(s)", nullptr, all.items)
        : QCoreApplication::translate("Reports", "%n customer(s)", nullptr, all.items);
    t.addRow(QStringLiteral("total"),
        cells(
            all, valueCell(count, entity, all.id), QCoreApplication::translate("Reports", "Total")),
        true);

    t.chart.kind = ChartKind::HorizontalBar;
    t.chart.categoryColumn = t.column(QStringLiteral("name"));
    t.chart.valueColumns = { t.column(QStringLiteral("revenue")) };
    t.notes << ruleNote(ranking);
    return t;
}

QString ruleNote(const AbcRanking& ranking)
{
    return QCoreApplication::translate("Reports",
        "Ranked by revenue, largest first. Class A: those ranked before hold less than %1 % of "
        "the revenue (so the one that crosses %1 % is still A); class B: likewise up to %2 %; "
        "class C: the rest.")
        .arg(ranking.a)
        .arg(ranking.b);
}

} // namespace AbcAnalysis

} // namespace tandem
