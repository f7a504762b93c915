#include "store/BoardQuery.h"

#include "store/Database.h"
#include "util/TextFold.h"

#include <QSqlQuery>
#include <QVariant>

namespace tandem {

namespace {

// One row per open deal; the next activity is the earliest open one that has a date (served by
// the activity_next_step index). The filters that are set are ANDed on (openDealsSql).
const char* const kOpenDeals = R"SQL(
SELECT d.id, d.title, d.stage_id, d.pipeline_id, d.company_id, c.name, d.owner_id, u.name,
       d.amount, d.currency, d.expected_close, d.stage_entered_at, coalesce(s.probability, 0),
       (SELECT a.subject || char(31) || coalesce(a.due_at, a.starts_at) FROM activity a
         WHERE a.deal_id = d.id AND a.deleted = 0 AND coalesce(a.done, 0) = 0
           AND coalesce(a.due_at, a.starts_at) IS NOT NULL
         ORDER BY coalesce(a.due_at, a.starts_at) LIMIT 1)
FROM deal d
LEFT JOIN company c ON c.id = d.company_id
LEFT JOIN "user" u ON u.id = d.owner_id
LEFT JOIN stage s ON s.id = d.stage_id
WHERE d.deleted = 0 AND coalesce(d.status, 'open') = 'open')SQL";

const char* const kOrder = " ORDER BY d.stage_id, d.expected_close IS NULL, d.expected_close, "
                           "d.title COLLATE NOCASE, d.id";

// The statement for the filter's set conditions, and the values to bind in order.
QString openDealsSql(const DealFilter& filter, QVariantList& binds)
{
    QString sql = QString::fromLatin1(kOpenDeals);
    auto add = [&](bool set, const char* condition, const QVariant& value) {
        if (!set)
            return;
        sql += QLatin1String(" AND ") + QLatin1String(condition);
        binds << value;
    };
    add(!filter.pipelineId.isEmpty(), "d.pipeline_id = ?", filter.pipelineId);
    add(!filter.ownerId.isEmpty(), "d.owner_id = ?", filter.ownerId);
    add(!filter.teamId.isEmpty(), "u.team_id = ?", filter.teamId);
    add(!filter.territoryId.isEmpty(), "c.territory_id = ?", filter.territoryId);
    add(filter.minAmount.has_value(), "d.amount >= ?", QVariant(filter.minAmount.value_or(0)));
    add(filter.maxAmount.has_value(), "d.amount <= ?", QVariant(filter.maxAmount.value_or(0)));
    add(filter.closeFrom.isValid(), "d.expected_close >= ?",
        filter.closeFrom.toString(Qt::ISODate));
    add(filter.closeTo.isValid(), "d.expected_close <= ?", filter.closeTo.toString(Qt::ISODate));
    return sql + QLatin1String(kOrder);
}

} // namespace

bool DealFilter::isEmpty() const
{
    return ownerId.isEmpty() && teamId.isEmpty() && territoryId.isEmpty() && !minAmount
        && !maxAmount && !closeFrom.isValid() && !closeTo.isValid() && text.trimmed().isEmpty();
}

Result<QList<BoardStage>> BoardQuery::stages(const Database& db, const QString& pipelineId)
{
    QSqlQuery& q = db.statement(QStringLiteral(
        "SELECT id, name, coalesce(position, 0), coalesce(probability, 0), coalesce(kind, 'open'), "
        "coalesce(stall_days, 0), coalesce(requires_checklist, 0) FROM stage "
        "WHERE deleted = 0 AND pipeline_id = ? ORDER BY position, name"));
    q.bindValue(0, pipelineId);
    if (!q.exec())
        return sqlError(q);
    QList<BoardStage> out;
    while (q.next()) {
        BoardStage s;
        s.id = q.value(0).toString();
        s.name = q.value(1).toString();
        s.position = q.value(2).toInt();
        s.probability = q.value(3).toInt();
        s.kind = q.value(4).toString();
        s.stallDays = q.value(5).toInt();
        s.requiresChecklist = q.value(6).toLongLong() != 0;
        out << s;
    }
    q.finish();
    return out;
}

Result<QList<BoardDeal>> BoardQuery::openDeals(const Database& db, const DealFilter& filter)
{
    QVariantList binds;
    QSqlQuery& q = db.statement(openDealsSql(filter, binds));
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds.at(i));
    if (!q.exec())
        return sqlError(q);
    const QString needle = foldForSearch(filter.text.trimmed());
    QList<BoardDeal> out;
    while (q.next()) {
        BoardDeal d;
        d.id = q.value(0).toString();
        d.title = q.value(1).toString();
        d.companyName = q.value(5).toString();
        if (!needle.isEmpty() && !foldForSearch(d.title).contains(needle)
            && !foldForSearch(d.companyName).contains(needle))
            continue;
        d.stageId = q.value(2).toString();
        d.pipelineId = q.value(3).toString();
        d.companyId = q.value(4).toString();
        d.ownerId = q.value(6).toString();
        d.ownerName = q.value(7).toString();
        if (!q.value(8).isNull())
            d.amount = q.value(8).toLongLong();
        d.currency = q.value(9).toString();
        d.expectedClose = q.value(10).toString();
        d.stageEnteredAt = q.value(11).toString();
        d.probability = q.value(12).toInt();
        const QString next = q.value(13).toString();
        const qsizetype cut = next.lastIndexOf(QChar(31));
        if (cut >= 0) {
            d.nextActivity = next.left(cut);
            d.nextActivityAt = next.mid(cut + 1);
        }
        out << d;
    }
    q.finish();
    return out;
}

QStringList BoardQuery::queryPlan(const Database& db, const DealFilter& filter)
{
    QVariantList binds;
    QSqlQuery& q
        = db.statement(QStringLiteral("EXPLAIN QUERY PLAN ") + openDealsSql(filter, binds));
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds.at(i));
    QStringList plan;
    if (q.exec()) {
        while (q.next())
            plan << q.value(3).toString();
    }
    q.finish();
    return plan;
}

} // namespace tandem
