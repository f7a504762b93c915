// Cases: how the team looks after its customers once they have bought — per owner, priority, kind
// or customer: cases opened and resolved in the period, how many were answered and resolved within
// their deadlines, the average time to a first answer, the customers' satisfaction, and what is
// open and overdue now.
#include "reports/ReportCatalog.h"

#include "io/LocaleValues.h"
#include "reports/ReportSql.h"
#include "store/Session.h"
#include "util/Clock.h"
#include "util/StoredTime.h"

#include <QCoreApplication>

namespace tandem {

namespace {

using ReportSql::integer;
using ReportSql::real;

struct Grouping {
    const char* key;
    const char* label;
};

// The row key and label per "by" option.
Grouping grouping(const QString& by)
{
    if (by == QLatin1String("priority"))
        return { "coalesce(s.priority, 'normal')", "coalesce(s.priority, 'normal')" };
    if (by == QLatin1String("kind"))
        return { "coalesce(s.kind, 'request')", "coalesce(s.kind, 'request')" };
    if (by == QLatin1String("customer"))
        return { "coalesce(s.company_id, '')", "coalesce(c.name, '')" };
    return { "coalesce(s.owner_id, '')", "coalesce(u.name, '')" };
}

// Per case: the flags and figures the rows add up. A response is judged for the cases opened in
// the period that have a response deadline: answered by it, or not (answered late, or not at all
// and past it); a case not answered yet and not yet due is not judged. A resolution is judged for
// the cases resolved in the period that have a resolution deadline.
const char* const kCases = R"SQL(
WITH p(from_t, to_t, now_t) AS (SELECT ?, ?, ?),
base AS (
    SELECT s.id, %1 AS k, %2 AS label, s.created_at, s.respond_by, s.responded_at,
        s.resolve_by, s.resolved_at, s.satisfaction,
        coalesce(s.status, 'new') NOT IN ('resolved', 'closed') AS open_now,
        s.created_at >= p.from_t AND s.created_at < p.to_t AS opened,
        coalesce(s.resolved_at, '') >= p.from_t AND coalesce(s.resolved_at, '') < p.to_t
            AND coalesce(s.resolved_at, '') <> '' AS resolved,
        p.now_t AS now_t
    FROM service_case s JOIN p
    LEFT JOIN company c ON c.id = s.company_id
    LEFT JOIN "user" u ON u.id = s.owner_id
    WHERE s.deleted = 0 %3),
f AS (
    SELECT id, k, label, opened, resolved, open_now,
        CASE WHEN NOT opened OR coalesce(respond_by, '') = '' THEN NULL
             WHEN coalesce(responded_at, '') <> '' THEN responded_at <= respond_by
             WHEN respond_by < now_t THEN 0 END AS answered_in_time,
        CASE WHEN NOT resolved OR coalesce(resolve_by, '') = '' THEN NULL
             ELSE resolved_at <= resolve_by END AS resolved_in_time,
        CASE WHEN opened AND coalesce(responded_at, '') <> ''
             THEN (julianday(responded_at) - julianday(created_at)) * 24 END AS response_hours,
        CASE WHEN resolved AND satisfaction BETWEEN 1 AND 5 THEN satisfaction END AS score,
        open_now AND ((coalesce(responded_at, '') = '' AND coalesce(respond_by, '') <> ''
                          AND respond_by < now_t)
                      OR (coalesce(resolve_by, '') <> '' AND resolve_by < now_t)) AS overdue_now
    FROM base)
SELECT 0 AS is_total, k, max(label), sum(opened), sum(resolved),
    100.0 * sum(answered_in_time) / count(answered_in_time),
    100.0 * sum(resolved_in_time) / count(resolved_in_time),
    avg(response_hours), avg(score), count(score), sum(open_now), sum(overdue_now),
    group_concat(CASE WHEN opened THEN id END), group_concat(CASE WHEN resolved THEN id END),
    group_concat(CASE WHEN score IS NOT NULL THEN id END),
    group_concat(CASE WHEN open_now THEN id END), group_concat(CASE WHEN overdue_now THEN id END)
FROM f GROUP BY k
HAVING sum(opened) + sum(resolved) + sum(open_now) > 0
UNION ALL
SELECT 1, 'total', NULL, coalesce(sum(opened), 0), coalesce(sum(resolved), 0),
    100.0 * sum(answered_in_time) / count(answered_in_time),
    100.0 * sum(resolved_in_time) / count(resolved_in_time),
    avg(response_hours), avg(score), count(score), coalesce(sum(open_now), 0),
    coalesce(sum(overdue_now), 0), NULL, NULL, NULL, NULL, NULL
FROM f WHERE opened OR resolved OR open_now
ORDER BY is_total, 4 DESC, 3
)SQL";

QString labelOf(const QString& by, const QString& key, const QString& label)
{
    if (by == QLatin1String("kind") && key == QLatin1String("request"))
        return QCoreApplication::translate("Choice", "Service request"); // as the case form says
    if (by == QLatin1String("priority") || by == QLatin1String("kind"))
        return LocaleValues().choiceLabel(key);
    if (label.isEmpty())
        return by == QLatin1String("customer")
            ? QCoreApplication::translate("Reports", "(no customer)")
            : QCoreApplication::translate("Reports", "(no owner)");
    return label;
}

Result<ReportTable> run(Session& session, const ReportParams& p)
{
    const QString by = p.options.value(QStringLiteral("by"), QStringLiteral("owner"));
    const Grouping g = grouping(by);
    QVariantList binds { p.fromStored(), p.toStoredExclusive(),
        StoredTime::format(session.clock().nowUtc()) };
    const QString filters = ReportSql::ownerFilter(p, QStringLiteral("s.owner_id"), binds);
    const QString sql = QString::fromUtf8(kCases).arg(
        QString::fromLatin1(g.key), QString::fromLatin1(g.label), filters);
    auto rows = ReportSql::rows(session.database(), sql, binds);
    if (!rows)
        return rows.error();

    ReportTable t;
    const QString firstColumn = by == QLatin1String("priority")
        ? QCoreApplication::translate("Reports", "Priority")
        : by == QLatin1String("kind")     ? QCoreApplication::translate("Reports", "Kind")
        : by == QLatin1String("customer") ? QCoreApplication::translate("Reports", "Customer")
                                          : QCoreApplication::translate("Reports", "Owner");
    t.columns = {
        { QStringLiteral("group"), firstColumn, ReportValue::Text },
        { QStringLiteral("opened"), QCoreApplication::translate("Reports", "Opened"),
            ReportValue::Count, true },
        { QStringLiteral("resolved"), QCoreApplication::translate("Reports", "Resolved"),
            ReportValue::Count, true },
        { QStringLiteral("answered_in_time"),
            QCoreApplication::translate("Reports", "Answered in time %"), ReportValue::Percent,
            true },
        { QStringLiteral("resolved_in_time"),
            QCoreApplication::translate("Reports", "Resolved in time %"), ReportValue::Percent,
            true },
        { QStringLiteral("response_hours"),
            QCoreApplication::translate("Reports", "Avg. first answer (hours)"),
            ReportValue::Number, true },
        { QStringLiteral("satisfaction"),
            QCoreApplication::translate("Reports", "Avg. satisfaction (1–5)"), ReportValue::Number,
            true },
        { QStringLiteral("scored"), QCoreApplication::translate("Reports", "Scored"),
            ReportValue::Count },
        { QStringLiteral("open"), QCoreApplication::translate("Reports", "Open now"),
            ReportValue::Count },
        { QStringLiteral("overdue"), QCoreApplication::translate("Reports", "Overdue now"),
            ReportValue::Count },
    };
    const QString entity = QStringLiteral("case");
    for (const QVariantList& r : *rows) {
        const bool total = r.at(0).toInt() == 1;
        const QString key = r.at(1).toString();
        const QString label = total ? QCoreApplication::translate("Reports", "Total")
                                    : labelOf(by, key, r.at(2).toString());
        t.addRow(total ? QStringLiteral("total") : key,
            { valueCell(label, entity, r.at(12).toString()),
                valueCell(integer(r.at(3)), entity, r.at(12).toString()),
                valueCell(integer(r.at(4)), entity, r.at(13).toString()),
                valueCell(real(r.at(5)), entity, r.at(12).toString()),
                valueCell(real(r.at(6)), entity, r.at(13).toString()),
                valueCell(real(r.at(7)), entity, r.at(12).toString()),
                valueCell(real(r.at(8)), entity, r.at(14).toString()),
                valueCell(integer(r.at(9)), entity, r.at(14).toString()),
                valueCell(integer(r.at(10)), entity, r.at(15).toString()),
                valueCell(integer(r.at(11)), entity, r.at(16).toString()) },
            total);
    }
    t.notes << QCoreApplication::translate("Reports",
        "Opened and resolved: cases opened, and resolved, in the period. Answered in time: of the "
        "cases opened in the period with a response deadline, those answered by it (a case not "
        "answered and past it counts as late; one not yet due is left out). Resolved in time: of "
        "the cases resolved in the period with a resolution deadline, those resolved by it. The "
        "first answer is counted in calendar hours; satisfaction is the average score of the "
        "cases resolved in the period. Open and overdue: now.");
    t.chart = { ChartKind::Bar, 0, { 1, 2 },
        QCoreApplication::translate("Reports", "Cases opened and resolved") };
    return t;
}

} // namespace

ReportDefinition casesReport()
{
    ReportDefinition r;
    r.name = QStringLiteral("cases");
    r.title = QT_TRANSLATE_NOOP("Reports", "Cases");
    r.description = QT_TRANSLATE_NOOP("Reports",
        "Customers' cases after the sale: opened and resolved, answered and resolved in time, "
        "time to a first answer, satisfaction, and what is open and overdue now.");
    r.filters = FilterOwner | FilterTeam;
    r.options = { ReportOption { QStringLiteral("by"), QT_TRANSLATE_NOOP("Reports", "One row per"),
        QStringLiteral("owner"),
        { { QStringLiteral("owner"), QT_TRANSLATE_NOOP("Reports", "Owner") },
            { QStringLiteral("priority"), QT_TRANSLATE_NOOP("Reports", "Priority") },
            { QStringLiteral("kind"), QT_TRANSLATE_NOOP("Reports", "Kind") },
            { QStringLiteral("customer"), QT_TRANSLATE_NOOP("Reports", "Customer") } } } };
    r.run = run;
    return r;
}

} // namespace tandem
