// The one write path: validates, writes a record and logs each changed field in one transaction.
#pragma once

#include "domain/EntitySchema.h"
#include "domain/Record.h"
#include "store/ChangeLog.h"
#include "util/Result.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <optional>

namespace tandem {

class Clock;
class Database;
class Hlc;
class IdGenerator;
class SearchIndex;

// Who writes, and with which clocks: shared by everything that writes.
struct WriteContext {
    const Clock* clock = nullptr;
    Hlc* hlc = nullptr;
    IdGenerator* ids = nullptr;
    QString siteId;
    QString userId;
    QString defaultCurrency = QStringLiteral("EUR");
    // Bulk writers that made every reference themselves (demo data, imports after their own
    // checks) skip the per-reference lookups; SQLite's deferred foreign keys still hold.
    bool trustReferences = false;
};

struct ListQuery {
    // field = value, ANDed; a null value matches empty; a QStringList value matches any of its
    // items ("status" in new, in_progress …). "company_id.industry" looks through a reference:
    // records whose company has that industry.
    QList<QPair<QString, QVariant>> where;
    QString text; // case-insensitive substring of the record's label fields
    QString tagId; // only records tagged with this tag
    // Only records with no call, meeting, e-mail or note (done or planned) in the last N days.
    int idleDays = 0;
    QString orderBy; // a field name; default: the label fields
    bool descending = false;
    int limit = -1;
    int offset = 0;
    bool includeDeleted = false; // tombstones too (has the team ever had one?)
};

class RecordStore {
public:
    RecordStore(Database& db, ChangeLog& log, SearchIndex& search, WriteContext& context);

    Result<QString> create(const QString& entity, const QVariantMap& values);
    Result<void> update(const QString& entity, const QString& id, const QVariantMap& changes);
    Result<void> remove(const QString& entity, const QString& id); // a tombstone
    Result<void> restore(const QString& entity, const QString& id);

    std::optional<Record> get(
        const QString& entity, const QString& id, bool includeDeleted = false) const;
    Result<QList<Record>> list(const QString& entity, const ListQuery& query = {}) const;
    Result<qint64> count(const QString& entity, const ListQuery& query = {}) const;
    // The different non-empty values a text field holds among live records, sorted (for filters).
    QStringList distinctValues(const QString& entity, const QString& field, int limit = 500) const;
    // Records of `entity` (live or removed) merged into another: id → the record it went into.
    QHash<QString, QString> mergedRecords(const QString& entity) const;

    QString label(const Record& record) const;
    QString labelOf(const QString& entity, const QString& id) const;
    QString currencyOf(const Record& record) const;
    QJsonObject toJson(const Record& record) const;
    QList<HistoryEntry> history(const QString& entity, const QString& id) const;

    // Rebuilds the search documents of every searchable record.
    Result<void> reindexAll();

    // Sync: sets the record's row to what its change log says (per field, the version with the
    // highest (hlc, site) wins; the latest delete/restore decides the tombstone).
    Result<void> rebuildFromLog(const QString& entity, const QString& id);
    // Writes `value` (in stored form) to the field as a change that supersedes every version of
    // it seen so far: a conflict settled. Works on deleted records too, so a restore shows it.
    // Field "" settles a delete/edit conflict by logging the record's current deleted state.
    Result<void> settle(
        const QString& entity, const QString& id, const QString& field, const QVariant& value = {});

    const WriteContext& context() const { return m_ctx; }
    Database& database() { return m_db; }

private:
    Result<const EntityDef*> definition(const QString& entity) const;
    Result<QVariantMap> validate(
        const EntityDef& def, const QVariantMap& values, const QString& currency) const;
    Result<void> rescaleMoney(const EntityDef& def, const Record& existing, const QString& currency,
        QVariantMap& values) const;
    Result<void> checkRefs(const EntityDef& def, const QVariantMap& values) const;
    Result<void> index(const EntityDef& def, const Record& record, bool isNew = false);
    QString quickLabel(const QString& entity, const QString& id) const;
    Result<void> reindexReferrers(const EntityDef& def, const QString& id);
    // A local write may settle a conflict sync listed for the record: list it afresh.
    Result<void> refreshConflicts(const EntityDef& def, const QString& id);
    Result<void> log(const EntityDef& def, const QString& id, ChangeOp op, quint64 hlc,
        const QString& field = {}, const QVariant& value = {}, const QStringList& prev = {});
    Record fromRow(const EntityDef& def, const class QSqlRecord& row) const;
    QString whereClause(
        const EntityDef& def, const ListQuery& query, QVariantList& binds, Error& error) const;
    QString ownerEntity(const EntityDef& def) const;

    Database& m_db;
    ChangeLog& m_log;
    SearchIndex& m_search;
    WriteContext& m_ctx;
};

} // namespace tandem
