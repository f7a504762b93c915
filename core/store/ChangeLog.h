// The append-only log of every field written: feeds history, undo, audit and sync.
#pragma once

#include "sync/VersionVector.h"
#include "util/Result.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QVariant>
#include <functional>

class QSqlQuery;

namespace tandem {

class Database;

enum class ChangeOp { Create, Set, Delete, Restore };

struct Change {
    QString entity; // the table's own entity (a task's changes are logged as activity)
    QString recordId;
    ChangeOp op = ChangeOp::Set;
    QString field; // empty for create/delete/restore
    QVariant value; // create: JSON object of the initial fields
    quint64 hlc = 0;
    QString siteId;
    QString userId;
    // The versions this change supersedes, as clock tokens: for a set, the field's versions the
    // writer saw; for delete/restore, every version of the record it saw. Sync reads
    // concurrent edits (conflicts) from this.
    QStringList prev;

    QString token() const;
};

// "hlc@site": one version of a field, comparable across copies.
QString clockToken(quint64 hlc, const QString& siteId);

// The versions of a record's fields that nothing has superseded yet (more than one: a conflict).
struct RecordHeads {
    QString createToken;
    QHash<QString, QStringList> byField; // fields that were ever set; "" is deleted/restored
    QStringList forField(const QString& field) const;
    QStringList all() const;
};

// One line of a record's history as a person reads it.
struct HistoryEntry {
    QDateTime when;
    QString userId;
    QString userName;
    ChangeOp op = ChangeOp::Set;
    QString field;
    QString value; // canonical text
};

QString changeOpName(ChangeOp op);

class ChangeLog {
public:
    explicit ChangeLog(Database& db);

    Result<void> append(const Change& change);
    QList<Change> forRecord(const QString& entity, const QString& recordId) const;
    // Values are turned into text by `format` (which knows the record's fields and currency).
    using ValueFormatter = std::function<QString(const QString& field, const QVariant& value)>;
    QList<HistoryEntry> history(
        const QString& entity, const QString& recordId, const ValueFormatter& format) const;
    RecordHeads heads(const QString& entity, const QString& recordId) const;

    // For sync: a change from another copy, unless it is already here (then false).
    Result<bool> appendIfNew(const Change& change);
    VersionVector vector() const;
    // Every change not covered by `seen`, in (hlc, site) order.
    QList<Change> changesAfter(const VersionVector& seen) const;
    quint64 latestHlc() const;
    qint64 count() const;

    // For other queries over the log (sync scopes): the columns to select, in the order
    // fromRow reads them.
    static QLatin1String columns();
    static Change fromRow(const QSqlQuery& query);

private:
    Result<bool> insert(const Change& change, bool ignoreKnown);

    Database& m_db;
};

} // namespace tandem
