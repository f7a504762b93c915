#include "store/ScopeQueries.h"

#include "store/Database.h"

#include <QSqlQuery>
#include <QStringList>

namespace tandem {

namespace {

// Table and column names come from the compiled EntitySchema catalogue, never from input;
// values are always bound.
QString quoted(const QString& identifier)
{
    return QLatin1Char('"') + identifier + QLatin1Char('"');
}

} // namespace

ScopeQueries::ScopeQueries(Database& db)
    : m_db(db)
{
}

Result<void> ScopeQueries::clear()
{
    if (auto r = m_db.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS scope_record ("
                                          "entity TEXT NOT NULL, id TEXT NOT NULL, "
                                          "PRIMARY KEY (entity, id)) WITHOUT ROWID"));
        !r)
        return r;
    return m_db.exec(QStringLiteral("DELETE FROM temp.scope_record"));
}

Result<int> ScopeQueries::insert(const QString& sql, const QVariantList& binds)
{
    QSqlQuery& q = m_db.statement(sql);
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds.at(i));
    if (!q.exec())
        return sqlError(q);
    const int n = q.numRowsAffected();
    q.finish();
    return n;
}

Result<int> ScopeQueries::addEverHeld(
    const QString& entity, const QString& field, const QVariant& value)
{
    // A create logs its fields as one JSON object; a set logs one field.
    return insert(QStringLiteral("INSERT OR IGNORE INTO temp.scope_record(entity, id) "
                                 "SELECT DISTINCT ?, record_id FROM change_log "
                                 "WHERE entity = ? AND ((op = 'set' AND field = ? AND value = ?) "
                                 "OR (op = 'create' AND json_extract(value, '$.' || ?) = ?))"),
        { entity, entity, field, value, field, value });
}

Result<int> ScopeQueries::addEverLinked(
    const QString& entity, const QString& field, const QString& parentEntity)
{
    return insert(
        QStringLiteral(
            "INSERT OR IGNORE INTO temp.scope_record(entity, id) "
            "SELECT DISTINCT ?, c.record_id FROM change_log c "
            "WHERE c.entity = ? AND (c.op = 'create' OR (c.op = 'set' AND c.field = ?)) "
            "AND EXISTS (SELECT 1 FROM temp.scope_record s WHERE s.entity = ? AND s.id = "
            "CASE c.op WHEN 'set' THEN c.value ELSE json_extract(c.value, '$.' || ?) END)"),
        { entity, entity, field, parentEntity, field });
}

Result<int> ScopeQueries::addAttachedTo(const QString& entity, const QString& table)
{
    return insert(QStringLiteral("INSERT OR IGNORE INTO temp.scope_record(entity, id) "
                                 "SELECT ?, t.id FROM %1 t JOIN temp.scope_record s "
                                 "ON s.entity = t.entity AND s.id = t.record_id")
                      .arg(quoted(table)),
        { entity });
}

Result<int> ScopeQueries::addReferenced(
    const QString& entity, const QString& table, const QString& field, const QString& refEntity)
{
    return insert(QStringLiteral("INSERT OR IGNORE INTO temp.scope_record(entity, id) "
                                 "SELECT ?, t.%2 FROM %1 t JOIN temp.scope_record s "
                                 "ON s.entity = ? AND s.id = t.id WHERE t.%2 IS NOT NULL")
                      .arg(quoted(table), quoted(field)),
        { refEntity, entity });
}

QStringList ScopeQueries::ids(const QString& entity) const
{
    QSqlQuery& q = m_db.statement(
        QStringLiteral("SELECT id FROM temp.scope_record WHERE entity = ? ORDER BY id"));
    q.bindValue(0, entity);
    QStringList out;
    if (q.exec()) {
        while (q.next())
            out << q.value(0).toString();
    }
    q.finish();
    return out;
}

Result<QList<Change>> ScopeQueries::changes(const QStringList& everyRecordOf) const
{
    // The entity list is bound as a JSON array so the statement stays the same.
    QStringList quotedNames;
    for (const QString& e : everyRecordOf)
        quotedNames << QLatin1Char('"') + e + QLatin1Char('"');
    QSqlQuery& q = m_db.statement(
        QStringLiteral("SELECT %1 FROM change_log c WHERE c.entity IN (SELECT value FROM "
                       "json_each(?)) OR EXISTS (SELECT 1 FROM temp.scope_record s "
                       "WHERE s.entity = c.entity AND s.id = c.record_id) ORDER BY hlc, site_id")
            .arg(ChangeLog::columns()));
    q.bindValue(0, QLatin1Char('[') + quotedNames.join(QLatin1Char(',')) + QLatin1Char(']'));
    if (!q.exec())
        return sqlError(q);
    QList<Change> out;
    while (q.next())
        out << ChangeLog::fromRow(q);
    q.finish();
    return out;
}

} // namespace tandem
