#include "store/MaterialQueries.h"

#include "store/Database.h"

#include <QSqlQuery>

namespace tandem {

namespace {

const char* const kColumns = R"SQL(
SELECT id, name, tags, mime_type, size, created_at, created_by, record_id, quote_id, sha256,
    entity
FROM attachment
)SQL";

// From attachment_kind (schema v10), entity tested in the index: the copies on deals are passed
// over without reading their rows.
const char* const kLibrary = R"SQL(
WHERE deleted = 0 AND kind = 'material' AND (entity IS NULL OR entity = '')
ORDER BY name COLLATE NOCASE, id
)SQL";

const char* const kOfQuote = R"SQL(
WHERE deleted = 0 AND kind = 'material' AND quote_id = ?
ORDER BY name COLLATE NOCASE, id
)SQL";

// The unary + keeps SQLite on attachment_record (the deal's few files) rather than
// attachment_kind (every material copied onto any deal), which it would pick without statistics.
const char* const kCopyOn = R"SQL(
SELECT id FROM attachment
WHERE deleted = 0 AND +kind = 'material' AND entity = 'deal' AND record_id = ? AND sha256 = ?
    AND coalesce(quote_id, '') = ?
LIMIT 1
)SQL";

QStringList splitTags(const QString& text)
{
    QStringList tags;
    for (const QString& t : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!t.trimmed().isEmpty())
            tags << t.trimmed();
    }
    return tags;
}

Result<QList<Material>> read(QSqlQuery& q)
{
    if (!q.exec())
        return sqlError(q);
    QList<Material> list;
    while (q.next()) {
        Material m;
        m.id = q.value(0).toString();
        m.name = q.value(1).toString();
        m.tags = splitTags(q.value(2).toString());
        m.mimeType = q.value(3).toString();
        m.size = q.value(4).toLongLong();
        m.createdAt = q.value(5).toString();
        m.createdBy = q.value(6).toString();
        m.quoteId = q.value(8).toString();
        m.dealId
            = q.value(10).toString() == QLatin1String("deal") ? q.value(7).toString() : QString();
        m.sha256 = q.value(9).toString();
        list << m;
    }
    q.finish();
    return list;
}

} // namespace

Result<QList<Material>> MaterialQueries::library(Database& db)
{
    QSqlQuery& q = db.statement(QString::fromUtf8(kColumns) + QString::fromUtf8(kLibrary));
    return read(q);
}

Result<QList<Material>> MaterialQueries::ofQuote(Database& db, const QString& quoteId)
{
    QSqlQuery& q = db.statement(QString::fromUtf8(kColumns) + QString::fromUtf8(kOfQuote));
    q.bindValue(0, quoteId);
    return read(q);
}

Result<QString> MaterialQueries::copyOn(
    Database& db, const QString& sha256, const QString& dealId, const QString& quoteId)
{
    QSqlQuery& q = db.statement(QString::fromUtf8(kCopyOn));
    q.bindValue(0, dealId);
    q.bindValue(1, sha256);
    q.bindValue(2, quoteId);
    if (!q.exec())
        return sqlError(q);
    const QString id = q.next() ? q.value(0).toString() : QString();
    q.finish();
    return id;
}

QByteArray MaterialQueries::librarySql()
{
    return QByteArray(kColumns) + QByteArray(kLibrary);
}

} // namespace tandem
