// ABC analysis shared by the customer and product reports: items ranked by revenue, classed A/B/C
// by cumulative share of revenue in one SQL statement, and shaped into a report table.
#pragma once

#include "reports/ReportCatalog.h"
#include "reports/ReportParams.h"
#include "reports/ReportTable.h"
#include "util/Result.h"

#include <QList>
#include <QString>
#include <QVariant>
#include <QVariantList>

namespace tandem {

class Database;

// One customer or product, or (in AbcRanking::classes / total) a class or all of them together.
struct AbcItem {
    QString abcClass; // "A", "B" or "C"; empty on the total
    QString id; // the item; for a class or the total: the ids of its items, joined by ','
    QString name; // empty on a class or the total
    int items = 0; // 1 for an item; the items of a class or of the total
    int deals = 0; // distinct won deals
    QString dealIds; // joined by ','
    qint64 revenue = 0; // minor units
    QVariant quantity; // products only: a double in the product's units; null for customers
    QVariant share; // percent of all revenue (double); null when there is no revenue
    QVariant cumulative; // percent of all revenue up to and including this item or class
};

struct AbcRanking {
    QList<AbcItem> items; // by revenue, largest first; ties by name, then id
    QList<AbcItem> classes; // A, B, C: always all three (an empty class has zero items)
    AbcItem total;
    int a = 80; // the thresholds used, percent
    int b = 95;
};

namespace AbcAnalysis {

// The options both reports take: `a` (default 80) and `b` (default 95), percent of revenue.
QList<ReportOption> thresholdOptions();
// The options' values; an error naming option "b" unless a < b.
Result<AbcRanking> thresholds(const ReportParams& params);

// Runs the ranking. `ctes` is "" or extra common table expressions, each followed by ",";
// `facts` a SELECT whose rows are (item id, item name, deal id, revenue in minor units,
// quantity in thousandths or NULL): one row per deal (customers) or per quote line (products).
// `binds` are those of `ctes` and `facts`, in order.
//
// The rule: items are ranked by revenue, largest first. An item is in class A when the items
// ranked before it hold less than a% of all revenue, so the item whose revenue crosses a% (or
// reaches it exactly) is still A; then B likewise up to b%; the rest are C.
Result<AbcRanking> rank(Database& db, const QString& ctes, const QString& facts,
    const QVariantList& binds, AbcRanking thresholds, bool withQuantity);

// The table: one row per item (key: its id), then one total row per class ("class-A" …) and the
// total ("total"). `entity` is what the item cell drills into ("company", "product"). The chart:
// revenue of the largest items (the chart leaves out total rows, so not the class rows); the
// caller gives its title.
ReportTable table(const AbcRanking& ranking, const QString& entity, const QString& itemHeader,
    const QString& currency);

// The note that explains the classes, with the thresholds used.
QString ruleNote(const AbcRanking& ranking);

} // namespace AbcAnalysis

} // namespace tandem
