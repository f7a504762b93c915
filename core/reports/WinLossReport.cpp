// Win/loss analysis: the deals won and lost in the period side by side, per lost reason,
// competitor, rep, source, industry, region or deal size.
#include "reports/ReportCatalog.h"

#include "domain/FieldFormat.h"
#include "io/LocaleValues.h"
#include "reports/ReportSql.h"
#include "store/Session.h"

#include <QCoreApplication>
#include <QLocale>

namespace tandem {

namespace {

using ReportSql::integer;
using ReportSql::real;

// Deal-size bands, in major units of the report's currency: under 1,000, 1,000 to 10,000 …
const qint64 kSizeBounds[] = { 1000, 10000, 50000 };

// How a closed deal finds its row: SQL expressions over the deal `d` and its company `c`,
// competitor `k` and owner `u`. Each may hold `?` for the size bounds (see sizeBinds).
struct Grouping {
    const char* key; // the row key; '' when the deal has nothing to group by
    const char* label; // the row label as stored (names); C++ labels keys with no stored name
    const char* rank; // rows sort by it first, then by their number of deals
    const char* header; // QT_TRANSLATE_NOOP("Reports", …)
};

Grouping grouping(const QString& by)
{
    if (by == QLatin1String("competitor"))
        return { "coalesce(d.competitor_id, '')", "k.name", "0",
            QT_TRANSLATE_NOOP("Reports", "Competitor") };
    if (by == QLatin1String("owner"))
        return { "coalesce(d.owner_id, '')", "u.name", "0", QT_TRANSLATE_NOOP("Reports", "Rep") };
    if (by == QLatin1String("source"))
        return { "trim(coalesce(d.source, ''))", "NULL", "0",
            QT_TRANSLATE_NOOP("Reports", "Source") };
    if (by == QLatin1String("industry"))
        return { "trim(coalesce(c.industry, ''))", "trim(coalesce(c.industry, ''))", "0",
            QT_TRANSLATE_NOOP("Reports", "Industry") };
    if (by == QLatin1String("region"))
        return { R"SQL(CASE WHEN coalesce(c.country, '') = '' AND coalesce(c.region, '') = ''
                THEN '' ELSE coalesce(c.country, '') || '/' || coalesce(c.region, '') END)SQL",
            R"SQL(coalesce(c.country, '') || CASE WHEN coalesce(c.country, '') <> ''
                AND coalesce(c.region, '') <> '' THEN ', ' ELSE '' END
                || coalesce(c.region, ''))SQL",
            "0", QT_TRANSLATE_NOOP("Reports", "Region") };
    if (by == QLatin1String("size"))
        return { R"SQL(CASE WHEN d.amount IS NULL THEN 'none' WHEN d.amount < ? THEN 'under-1000'
                WHEN d.amount < ? THEN '1000-10000' WHEN d.amount < ? THEN '10000-50000'
                ELSE '50000-plus' END)SQL",
            "NULL",
            R"SQL(CASE WHEN d.amount IS NULL THEN 4 WHEN d.amount < ? THEN 0
                WHEN d.amount < ? THEN 1 WHEN d.amount < ? THEN 2 ELSE 3 END)SQL",
            QT_TRANSLATE_NOOP("Reports", "Deal size") };
    // Each lost deal under the reason it was lost for; the won deals have a row of their own.
    return { R"SQL(CASE WHEN d.status = 'won' THEN 'won'
                ELSE 'lost:' || trim(coalesce(d.lost_reason, '')) END)SQL",
        "trim(coalesce(d.lost_reason, ''))", "CASE WHEN d.status = 'won' THEN 0 ELSE 1 END",
        QT_TRANSLATE_NOOP("Reports", "Reason") };
}

qint64 minorUnits(qint64 major, const QString& currency)
{
    qint64 out = major;
    for (int i = 0; i < currencyMinorDigits(currency); ++i)
        out *= 10;
    return out;
}

QString money(qint64 major, const QString& currency)
{
    return QStringLiteral("%1 %2").arg(QLocale().toString(major), currency);
}

QString sizeLabel(const QString& key, const QString& currency)
{
    if (key == QLatin1String("under-1000"))
        return QCoreApplication::translate("Reports", "Under %1")
            .arg(money(kSizeBounds[0], currency));
    if (key == QLatin1String("1000-10000"))
        return QCoreApplication::translate("Reports", "%1 to %2")
            .arg(QLocale().toString(kSizeBounds[0]), money(kSizeBounds[1], currency));
    if (key == QLatin1String("10000-50000"))
        return QCoreApplication::translate("Reports", "%1 to %2")
            .arg(QLocale().toString(kSizeBounds[1]), money(kSizeBounds[2], currency));
    if (key == QLatin1String("50000-plus"))
        return QCoreApplication::translate("Reports", "%1 and more")
            .arg(money(kSizeBounds[2], currency));
    return QCoreApplication::translate("Reports", "(no amount)");
}

QString rowLabel(
    const QString& by, const QString& key, const QString& stored, const QString& currency)
{
    if (by == QLatin1String("size"))
        return sizeLabel(key, currency);
    if (by == QLatin1String("reason")) {
        if (key == QLatin1String("won"))
            return QCoreApplication::translate("Reports", "Won deals");
        return stored.isEmpty() ? QCoreApplication::translate("Reports", "(no reason given)")
                                : stored;
    }
    if (key.isEmpty()) {
        if (by == QLatin1String("competitor"))
            return QCoreApplication::translate("Reports", "(no competitor)");
        if (by == QLatin1String("owner"))
            return QCoreApplication::translate("Reports", "(no owner)");
        return QCoreApplication::translate("Reports", "(not set)");
    }
    if (by == QLatin1String("source"))
        return LocaleValues().choiceLabel(key);
    return stored.isEmpty() ? key : stored;
}

QString joinIds(const QString& a, const QString& b)
{
    if (a.isEmpty() || b.isEmpty())
        return a + b;
    return a + QLatin1Char(',') + b;
}

// The deals closed in the period: won (won_at) or lost (lost_at) within it, under the filters.
QString closedInPeriod(const ReportParams& p, QVariantList& binds)
{
    binds << p.fromStored() << p.toStoredExclusive() << p.fromStored() << p.toStoredExclusive();
    return QStringLiteral("((d.status = 'won' AND d.won_at >= ? AND d.won_at < ?)"
                          " OR (d.status = 'lost' AND d.lost_at >= ? AND d.lost_at < ?))")
        + ReportSql::dealFilters(p, QStringLiteral("d"), binds);
}

// "3 closed deals in other currencies (PLN, UAH) are not included."
Result<QString> otherCurrenciesNote(Database& db, const ReportParams& p, const QString& currency)
{
    QVariantList binds { currency };
    const QString sql
        = QStringLiteral("SELECT count(*), group_concat(DISTINCT coalesce(nullif(d.currency, ''), "
                         "'-')) FROM deal d"
                         " WHERE d.deleted = 0 AND coalesce(d.currency, '') <> ? AND ")
        + closedInPeriod(p, binds);
    auto rows = ReportSql::rows(db, sql, binds);
    if (!rows)
        return rows.error();
    const int count = rows->isEmpty() ? 0 : rows->first().value(0).toInt();
    if (count == 0)
        return QString();
    QStringList codes = rows->first().value(1).toString().split(QLatin1Char(','));
    codes.sort();
    return QCoreApplication::translate(
        "Reports", "%n closed deal(s) in other currencies (%1) are not included.", nullptr, count)
        .arg(codes.join(QLatin1String(", ")));
}

Result<ReportTable> run(Session& session, const ReportParams& p)
{
    const QString by = p.options.value(QStringLiteral("by"), QStringLiteral("reason"));
    const QString currency = p.currency.isEmpty() ? session.defaultCurrency() : p.currency;
    const Grouping g = grouping(by);

    QVariantList binds;
    const bool sized = by == QLatin1String("size");
    for (int pass = 0; sized && pass < 2; ++pass) { // the key, then the rank
        for (qint64 bound : kSizeBounds)
            binds << minorUnits(bound, currency);
    }
    binds << currency;
    const QString where = closedInPeriod(p, binds);
    // One row per group, then the totals over the same deals (SQLite has no ROLLUP).
    const QString sql
        = QStringLiteral(R"SQL(
        WITH closed AS (
            SELECT d.id, d.status = 'won' AS won, coalesce(d.amount, 0) AS amount,
                %1 AS grp, %2 AS label, %3 AS rank
            FROM deal d
            LEFT JOIN company c ON c.id = d.company_id
            LEFT JOIN competitor k ON k.id = d.competitor_id
            LEFT JOIN "user" u ON u.id = d.owner_id
            WHERE d.deleted = 0 AND d.currency = ? AND %4)
        SELECT 0 AS is_total, grp, max(label), count(*) AS n, sum(won), sum(1 - won),
            100.0 * sum(won) / count(*),
            coalesce(sum(CASE WHEN won THEN amount END), 0),
            coalesce(sum(CASE WHEN NOT won THEN amount END), 0),
            CAST(round(1.0 * sum(CASE WHEN won THEN amount END) / sum(won)) AS INTEGER),
            group_concat(CASE WHEN won THEN id END), group_concat(CASE WHEN NOT won THEN id END),
            min(rank) AS rank
        FROM closed GROUP BY grp
        UNION ALL
        SELECT 1, 'total', NULL, count(*), coalesce(sum(won), 0), coalesce(sum(1 - won), 0),
            CASE WHEN count(*) > 0 THEN 100.0 * sum(won) / count(*) END,
            coalesce(sum(CASE WHEN won THEN amount END), 0),
            coalesce(sum(CASE WHEN NOT won THEN amount END), 0),
            CAST(round(1.0 * sum(CASE WHEN won THEN amount END) / sum(won)) AS INTEGER),
            group_concat(CASE WHEN won THEN id END), group_concat(CASE WHEN NOT won THEN id END),
            0
        FROM closed
        ORDER BY is_total, rank, n DESC, grp)SQL")
              .arg(QLatin1String(g.key), QLatin1String(g.label), QLatin1String(g.rank), where);
    auto rows = ReportSql::rows(session.database(), sql, binds);
    if (!rows)
        return rows.error();

    ReportTable t;
    t.currency = currency;
    t.columns = {
        { by, QCoreApplication::translate("Reports", g.header), ReportValue::Text },
        { QStringLiteral("won"), QCoreApplication::translate("Reports", "Won"), ReportValue::Count,
            true },
        { QStringLiteral("lost"), QCoreApplication::translate("Reports", "Lost"),
            ReportValue::Count, true },
        { QStringLiteral("win_rate"), QCoreApplication::translate("Reports", "Win rate %"),
            ReportValue::Percent },
        { QStringLiteral("won_amount"), QCoreApplication::translate("Reports", "Won amount"),
            ReportValue::Money, true },
        { QStringLiteral("lost_amount"), QCoreApplication::translate("Reports", "Lost amount"),
            ReportValue::Money },
        { QStringLiteral("avg_won"), QCoreApplication::translate("Reports", "Avg won deal"),
            ReportValue::Money },
    };
    const QString deal = QStringLiteral("deal");
    for (const QVariantList& r : *rows) {
        const bool total = r.at(0).toInt() == 1;
        const QString key = r.at(1).toString();
        const QString label = total ? QCoreApplication::translate("Reports", "Total")
                                    : rowLabel(by, key, r.at(2).toString(), currency);
        const QString wonIds = r.at(10).toString();
        const QString lostIds = r.at(11).toString();
        const QString allIds = joinIds(wonIds, lostIds);
        // By reason a row holds only won or only lost deals: its win rate would say nothing.
        const QVariant rate = by == QLatin1String("reason") && !total ? QVariant() : real(r.at(6));
        t.addRow(key,
            { valueCell(label, deal, allIds), valueCell(integer(r.at(4)), deal, wonIds),
                valueCell(integer(r.at(5)), deal, lostIds), valueCell(rate, deal, allIds),
                valueCell(integer(r.at(7)), deal, wonIds),
                valueCell(integer(r.at(8)), deal, lostIds),
                valueCell(integer(r.at(9)), deal, wonIds) },
            total);
    }

    auto other = otherCurrenciesNote(session.database(), p, currency);
    if (!other)
        return other.error();
    if (!other->isEmpty())
        t.notes << *other;
    if (by == QLatin1String("reason"))
        t.notes << QCoreApplication::translate("Reports",
            "Each lost deal counts under the reason it was lost for; won deals have a row of their "
            "own, so the win rate is given for the total only.");
    t.notes << QCoreApplication::translate("Reports",
        "A deal counts in the period in which it was won or lost. Win rate = won ÷ (won + lost); "
        "average won deal = won amount ÷ won deals.");
    t.chart = { ChartKind::StackedBar, 0, { 1, 2 },
        QCoreApplication::translate("Reports", "Deals won and lost") };
    return t;
}

} // namespace

ReportDefinition winLossReport()
{
    ReportDefinition r;
    r.name = QStringLiteral("win-loss");
    r.title = QT_TRANSLATE_NOOP("Reports", "Win/loss analysis");
    r.description = QT_TRANSLATE_NOOP("Reports",
        "Deals won and lost in the period by lost reason, competitor, rep, source, industry, "
        "region or deal size, with win rates and amounts.");
    r.filters = FilterOwner | FilterTeam | FilterTerritory | FilterPipeline | FilterCurrency;
    r.options = { { QStringLiteral("by"), QT_TRANSLATE_NOOP("Reports", "Group by"),
        QStringLiteral("reason"),
        { { QStringLiteral("reason"), QT_TRANSLATE_NOOP("Reports", "Lost reason") },
            { QStringLiteral("competitor"), QT_TRANSLATE_NOOP("Reports", "Competitor") },
            { QStringLiteral("owner"), QT_TRANSLATE_NOOP("Reports", "Rep") },
            { QStringLiteral("source"), QT_TRANSLATE_NOOP("Reports", "Source") },
            { QStringLiteral("industry"), QT_TRANSLATE_NOOP("Reports", "Industry") },
            { QStringLiteral("region"), QT_TRANSLATE_NOOP("Reports", "Region") },
            { QStringLiteral("size"), QT_TRANSLATE_NOOP("Reports", "Deal size") } } } };
    r.run = run;
    return r;
}

} // namespace tandem
