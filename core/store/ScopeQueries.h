// The SQL behind sync scopes: a temporary set of (entity, id) grown step by step, then the changes
// of the records in it. Which entities and fields take part is decided by sync/SyncScope.
#pragma once

#include "store/ChangeLog.h"
#include "util/Result.h"

namespace tandem {

class Database;

class ScopeQueries {
public:
    explicit ScopeQueries(Database& db);

    // Starts an empty set (a temporary table of this connection).
    Result<void> clear();
    // Adds records of `entity` whose `field` holds or ever held `value` (read from the change
    // log: the value it was created with and every value set since). Returns how many were new.
    Result<int> addEverHeld(const QString& entity, const QString& field, const QVariant& value);
    // Adds records of `entity` whose `field` holds or ever held the id of a `parentEntity` record
    // already in the set.
    Result<int> addEverLinked(
        const QString& entity, const QString& field, const QString& parentEntity);
    // Adds rows of `table` (logged as `entity`) whose entity/record_id columns name a record in
    // the set (taggings, attachments).
    Result<int> addAttachedTo(const QString& entity, const QString& table);
    // Adds the records that `field` of the set's `entity` rows (in `table`) refer to, as
    // `refEntity`.
    Result<int> addReferenced(const QString& entity, const QString& table, const QString& field,
        const QString& refEntity);
    // The ids of `entity` in the set, sorted.
    QStringList ids(const QString& entity) const;
    // Every change of a record in the set or of one of `everyRecordOf`, in (hlc, site) order.
    Result<QList<Change>> changes(const QStringList& everyRecordOf) const;

private:
    Result<int> insert(const QString& sql, const QVariantList& binds);

    Database& m_db;
};

} // namespace tandem
