#include "reports/ReportDrill.h"

#include "domain/FieldFormat.h"
#include "reports/ReportSql.h"
#include "store/Session.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <cmath>

namespace tandem::ReportDrill {

namespace {

struct Shape {
    const char* sql; // one bind: a JSON array of ids; the first column is the id
    QList<QPair<const char*, ReportValue>> columns; // headers (QT_TRANSLATE_NOOP) after the id
    int moneyColumn = -1; // amount then currency, shown as one text
};

// Every statement reads only the ids given (json_each), so a drill-down is quick at any size.
const QHash<QString, Shape>& shapes()
{
    static const QHash<QString, Shape> map {
        { QStringLiteral("deal"),
            { R"SQL(SELECT d.id, d.title, c.name, u.name, s.name, d.status,
                    coalesce(substr(d.won_at, 1, 10), substr(d.lost_at, 1, 10), d.expected_close),
                    d.amount, d.currency
                FROM deal d LEFT JOIN company c ON c.id = d.company_id
                LEFT JOIN "user" u ON u.id = d.owner_id LEFT JOIN stage s ON s.id = d.stage_id
                WHERE d.id IN (SELECT value FROM json_each(?)) ORDER BY d.title)SQL",
                { { QT_TRANSLATE_NOOP("Reports", "Deal"), ReportValue::Text },
                    { QT_TRANSLATE_NOOP("Reports", "Company"), ReportValue::Text },
                    { QT_TRANSLATE_NOOP("Reports", "Owner"), ReportValue::Text },
                    { QT_TRANSLATE_NOOP("Reports", "Stage"), ReportValue::Text },
                    { QT_TRANSLATE_NOOP("Reports", "Status"), ReportValue::Text },
                    { QT_TRANSLATE_NOOP("Reports", "Closed or expected"), ReportValue::Text },
                    { QT_TRANSLATE_NOOP("Reports", "Amount"), ReportValue::Text } },
                6 } },
        { QStringLiteral("lead"),
            { R"SQL(SELECT l.id, l.title,
                    trim(coalesce(l.first_name, '') || ' ' || coalesce(l.last_name, '')),
                    l.company_name, u.name, l.source, l.status, substr(l.created_at, 1, 10)
                FROM lead l LEFT JOIN "user" u ON u.id = l.owner_id
                WHERE l.id IN (SELECT value FROM json_each(?)) ORDER BY l.created_at DESC)SQL",
                { { QT_TRANSLATE_NOOP("Reports", "Lead"), ReportValue::Text },
                    { QT_TRANSLATE_NOOP("Reports", "Person"), ReportValue::Text },
                    { QT_TRANSLATE_NOOP("Reports", "Company"), ReportValue::Text },
                    { QT_TRANSLATE_NOOP("Reports", "Owner"), ReportValue::Text },
                    { QT_TRANSLATE_NOOP("Reports", "Source"), ReportValue::Text },
                    { QT_TRANSLATE_NOOP("Reports", "Status"), ReportValue::Text },
                    { QT_TRANSLATE_NOOP("Reports", "Registered"), ReportValue::Text } } } },
        { QStringLiteral("activity"),
            { R"SQL(SELECT a.id, a.kind, a.subject, u.name, c.name,
                    substr(coalesce(a.starts_at, a.due_at, a.created_at), 1, 16),
                    CASE WHEN a.done = 1 THEN '✓' ELSE '' END
                FROM activity a LEFT JOIN "user" u ON u.id = a.owner_id
                LEFT JOIN company c ON c.id = a.company_id
                WHERE a.id IN (SELECT value FROM json_each(?))
                ORDER BY coalesce(a.starts_at, a.due_at, a.created_at) DESC)SQL",
                { { QT_TRANSLATE_NOOP("Reports", "Kind"), ReportValue::Text },
                    { QT_TRANSLATE_NOOP("Reports", "Subject"), ReportValue::Text },
                    { QT_TRANSLATE_NOOP("Reports", "Owner"), ReportValue::Text },
                    { QT_TRANSLATE_NOOP("Reports", "Company"), ReportValue::Text },
                    { QT_TRANSLATE_NOOP("Reports", "When (UTC)"), ReportValue::Text },
                    { QT_TRANSLATE_NOOP("Reports", "Done"), ReportValue::Text } } } },
        { QStringLiteral("company"),
            { R"SQL(SELECT c.id, c.name, c.city, c.country, c.industry, u.name, c.status,
                    c.abc_class
                FROM company c LEFT JOIN "user" u ON u.id = c.owner_id
                WHERE c.id IN (SELECT value FROM json_each(?)) ORDER BY c.name)SQL",
                { { QT_TRANSLATE_NOOP("Reports", "Company"), ReportValue::Text },
                    { QT_TRANSLATE_NOOP("Reports", "City"), ReportValue::Text },
                    { QT_TRANSLATE_NOOP("Reports", "Country"), ReportValue::Text },
                    { QT_TRANSLATE_NOOP("Reports", "Industry"), ReportValue::Text },
                    { QT_TRANSLATE_NOOP("Reports", "Owner"), ReportValue::Text },
                    { QT_TRANSLATE_NOOP("Reports", "Status"), ReportValue::Text },
                    { QT_TRANSLATE_NOOP("Reports", "ABC"), ReportValue::Text } } } },
        { QStringLiteral("campaign"),
            { R"SQL(SELECT m.id, m.name, m.kind, m.starts_on, m.ends_on, m.cost, m.currency
                FROM campaign m WHERE m.id IN (SELECT value FROM json_each(?)) ORDER BY m.name)SQL",
                { { QT_TRANSLATE_NOOP("Reports", "Campaign"), ReportValue::Text },
                    { QT_TRANSLATE_NOOP("Reports", "Kind"), ReportValue::Text },
                    { QT_TRANSLATE_NOOP("Reports", "Starts"), ReportValue::Text },
                    { QT_TRANSLATE_NOOP("Reports", "Ends"), ReportValue::Text },
                    { QT_TRANSLATE_NOOP("Reports", "Cost"), ReportValue::Text } },
                4 } },
        { QStringLiteral("product"),
            { R"SQL(SELECT p.id, p.name, p.sku, p.unit
                FROM product p WHERE p.id IN (SELECT value FROM json_each(?)) ORDER BY p.name)SQL",
                { { QT_TRANSLATE_NOOP("Reports", "Product"), ReportValue::Text },
                    { QT_TRANSLATE_NOOP("Reports", "SKU"), ReportValue::Text },
                    { QT_TRANSLATE_NOOP("Reports", "Unit"), ReportValue::Text } } } },
        { QStringLiteral("user"),
            { R"SQL(SELECT u.id, u.name, u.role, t.name, u.email
                FROM "user" u LEFT JOIN team t ON t.id = u.team_id
                WHERE u.id IN (SELECT value FROM json_each(?)) ORDER BY u.name)SQL",
                { { QT_TRANSLATE_NOOP("Reports", "Name"), ReportValue::Text },
                    { QT_TRANSLATE_NOOP("Reports", "Role"), ReportValue::Text },
                    { QT_TRANSLATE_NOOP("Reports", "Team"), ReportValue::Text },
                    { QT_TRANSLATE_NOOP("Reports", "E-mail"), ReportValue::Text } } } },
    };
    return map;
}

} // namespace

Result<ReportTable> records(Session& session, const QString& entity, const QStringList& ids)
{
    const auto it = shapes().constFind(entity);
    if (it == shapes().constEnd())
        return makeError(
            QCoreApplication::translate("Reports", "no list of %1 records to show").arg(entity));
    const Shape& shape = *it;
    const QString json = QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(ids)).toJson(QJsonDocument::Compact));
    auto rows = ReportSql::rows(session.database(), QString::fromUtf8(shape.sql), { json });
    if (!rows)
        return rows.error();
    ReportTable table;
    table.name = entity;
    for (int c = 0; c < shape.columns.size(); ++c)
        table.columns << ReportColumn { QString::number(c),
            QCoreApplication::translate("Reports", shape.columns.at(c).first),
            shape.columns.at(c).second, false };
    const QLocale locale;
    for (const QVariantList& row : *rows) {
        QList<ReportCell> cells;
        for (int c = 0; c < shape.columns.size(); ++c) {
            QVariant v = row.value(c + 1);
            if (c == shape.moneyColumn && !v.isNull()) {
                const QString currency = row.value(c + 2).toString();
                const int digits = currencyMinorDigits(currency);
                v = QStringLiteral("%1 %2").arg(
                    locale.toString(v.toLongLong() / std::pow(10.0, digits), 'f', digits),
                    currency);
            }
            cells << ReportCell { v, entity, row.value(0).toString() };
        }
        table.addRow(row.value(0).toString(), cells);
    }
    return table;
}

} // namespace tandem::ReportDrill
