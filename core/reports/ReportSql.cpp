#include "reports/ReportSql.h"

#include "store/Database.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <utility>

namespace tandem {

namespace {

bool g_recording = false;
QList<QPair<QString, QVariantList>> g_recorded;

} // namespace

namespace ReportSql {

Result<Rows> rows(Database& db, const QString& sql, const QVariantList& binds)
{
    if (g_recording)
        g_recorded.append({ sql, binds });
    QSqlQuery& q = db.statement(sql);
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds.at(i));
    if (!q.exec())
        return sqlError(q);
    Rows out;
    const int columns = q.record().count();
    while (q.next()) {
        QVariantList row;
        row.reserve(columns);
        for (int c = 0; c < columns; ++c)
            row.append(q.value(c));
        out.append(row);
    }
    q.finish();
    return out;
}

QString ownerFilter(const ReportParams& p, const QString& ownerColumn, QVariantList& binds)
{
    QString sql;
    if (!p.ownerId.isEmpty()) {
        sql += QStringLiteral(" AND %1 = ?").arg(ownerColumn);
        binds << p.ownerId;
    }
    if (!p.teamId.isEmpty()) {
        sql += QStringLiteral(" AND %1 IN (SELECT id FROM \"user\" WHERE team_id = ?)")
                   .arg(ownerColumn);
        binds << p.teamId;
    }
    return sql;
}

QString territoryFilter(const ReportParams& p, const QString& companyColumn,
    const QString& territoryColumn, QVariantList& binds)
{
    if (p.territoryId.isEmpty())
        return {};
    QString sql = QStringLiteral(" AND (%1 IN (SELECT id FROM company WHERE territory_id = ?)")
                      .arg(companyColumn);
    binds << p.territoryId;
    if (!territoryColumn.isEmpty()) {
        sql += QStringLiteral(" OR %1 = ?").arg(territoryColumn);
        binds << p.territoryId;
    }
    return sql + QLatin1Char(')');
}

QString pipelineFilter(const ReportParams& p, const QString& pipelineColumn, QVariantList& binds)
{
    if (p.pipelineId.isEmpty())
        return {};
    binds << p.pipelineId;
    return QStringLiteral(" AND %1 = ?").arg(pipelineColumn);
}

QString dealFilters(const ReportParams& p, const QString& alias, QVariantList& binds)
{
    QString sql = ownerFilter(p, alias + QStringLiteral(".owner_id"), binds);
    sql += territoryFilter(p, alias + QStringLiteral(".company_id"), {}, binds);
    sql += pipelineFilter(p, alias + QStringLiteral(".pipeline_id"), binds);
    return sql;
}

QVariant integer(const QVariant& v)
{
    return v.isNull() ? QVariant() : QVariant(v.toLongLong());
}

QVariant real(const QVariant& v)
{
    return v.isNull() ? QVariant() : QVariant(v.toDouble());
}

QString currencyList(const QString& joined)
{
    QStringList codes = joined.split(QLatin1Char(','), Qt::SkipEmptyParts);
    codes.removeDuplicates();
    codes.sort();
    return codes.join(QLatin1String(", "));
}

const char* const kQuoteLines = R"SQL(
chosen AS MATERIALIZED (
    SELECT w.*, (
        SELECT x.id FROM quote x WHERE x.deal_id = w.deal_id AND x.deleted = 0
        ORDER BY coalesce(x.status, '') = 'accepted' DESC, coalesce(x.version, 0) DESC,
            x.created_at DESC, x.id DESC
        LIMIT 1) AS quote_id
    FROM won_deals w),
quote_gross AS (
    SELECT c.*, l.id AS line_id, l.product_id,
        coalesce(nullif(x.currency, ''), nullif(l.currency, ''), c.deal_currency) AS currency,
        coalesce(l.quantity, 1000) AS quantity, coalesce(x.discount, 0) AS quote_discount,
        coalesce(l.quantity, 1000) * coalesce(l.unit_price, 0)
            * (10000 - coalesce(l.discount, 0)) AS gross
    FROM chosen c JOIN quote x ON x.id = c.quote_id
    JOIN quote_line l ON l.quote_id = x.id AND l.deleted = 0),
quote_net AS (
    SELECT g.*, (g.gross + CASE WHEN g.gross < 0 THEN -5000000 ELSE 5000000 END) / 10000000 AS net
    FROM quote_gross g),
quote_lines AS MATERIALIZED (
    SELECT n.*, (n.net * (10000 - n.quote_discount)
            + CASE WHEN n.net < 0 THEN -5000 ELSE 5000 END) / 10000 AS revenue
    FROM quote_net n),
)SQL";

void startRecording()
{
    g_recorded.clear();
    g_recording = true;
}

QList<QPair<QString, QVariantList>> stopRecording()
{
    g_recording = false;
    return std::exchange(g_recorded, {});
}

} // namespace ReportSql

} // namespace tandem
