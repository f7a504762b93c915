#include "store/DocumentQueries.h"

#include "store/Database.h"

#include <QSqlQuery>

namespace tandem {

namespace {

// Each attachment is matched on (entity, record_id) against the company's live deals, its live
// contacts and the company itself; SQLite answers each branch of the OR from the index
// attachment_record (schema v10) instead of walking every row's blob to reach the columns stored
// after it. Binds: the company id, three times.
const char* const kOfCompany = R"SQL(
SELECT a.id, a.name, a.kind, a.entity, a.record_id,
    CASE a.entity
        WHEN 'deal' THEN d.title
        WHEN 'contact' THEN trim(coalesce(c.first_name, '') || ' ' || coalesce(c.last_name, ''))
        ELSE co.name
    END,
    a.created_by, u.name, a.created_at, a.sent_to, a.sent_at
FROM attachment a
LEFT JOIN deal d ON a.entity = 'deal' AND d.id = a.record_id
LEFT JOIN contact c ON a.entity = 'contact' AND c.id = a.record_id
LEFT JOIN company co ON a.entity = 'company' AND co.id = a.record_id
LEFT JOIN "user" u ON u.id = a.created_by
WHERE a.deleted = 0 AND coalesce(a.kind, '') <> 'photo'
    AND ((a.entity = 'deal'
            AND a.record_id IN (SELECT id FROM deal WHERE company_id = ? AND deleted = 0))
        OR (a.entity = 'contact'
            AND a.record_id IN (SELECT id FROM contact WHERE company_id = ? AND deleted = 0))
        OR (a.entity = 'company' AND a.record_id = ?))
ORDER BY a.created_at DESC, a.id DESC
)SQL";

// One deal's attachments, from attachment_record. Binds: the deal id.
const char* const kOfDeal = R"SQL(
SELECT a.id, a.name, a.kind, a.entity, a.record_id, d.title, a.created_by, u.name, a.created_at,
    a.sent_to, a.sent_at
FROM attachment a
LEFT JOIN deal d ON d.id = a.record_id
LEFT JOIN "user" u ON u.id = a.created_by
WHERE a.entity = 'deal' AND a.record_id = ? AND a.deleted = 0
ORDER BY a.created_at DESC, a.id DESC
)SQL";

Result<QList<CompanyDocument>> read(QSqlQuery& q)
{
    if (!q.exec())
        return sqlError(q);
    QList<CompanyDocument> out;
    while (q.next()) {
        CompanyDocument doc;
        doc.id = q.value(0).toString();
        doc.name = q.value(1).toString();
        doc.kind = q.value(2).toString();
        doc.entity = q.value(3).toString();
        doc.recordId = q.value(4).toString();
        doc.forLabel = q.value(5).toString();
        doc.createdBy = q.value(6).toString();
        doc.createdByName = q.value(7).toString();
        doc.createdAt = q.value(8).toString();
        doc.sentTo = q.value(9).toString();
        doc.sentAt = q.value(10).toString();
        out << doc;
    }
    q.finish();
    return out;
}

} // namespace

Result<QList<CompanyDocument>> DocumentQueries::ofCompany(Database& db, const QString& companyId)
{
    QSqlQuery& q = db.statement(QString::fromUtf8(kOfCompany));
    for (int i = 0; i < 3; ++i)
        q.bindValue(i, companyId);
    return read(q);
}

Result<QList<CompanyDocument>> DocumentQueries::ofDeal(Database& db, const QString& dealId)
{
    QSqlQuery& q = db.statement(QString::fromUtf8(kOfDeal));
    q.bindValue(0, dealId);
    return read(q);
}

QByteArray DocumentQueries::ofCompanySql()
{
    return QByteArray(kOfCompany);
}

QByteArray DocumentQueries::ofDealSql()
{
    return QByteArray(kOfDeal);
}

} // namespace tandem
