// What a field laptop holds: everything, or one owner's or territory's records plus what they
// refer to; and the changes a sender puts in a bundle for such a copy.
#pragma once

#include "store/ChangeLog.h"
#include "util/Result.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace tandem {

class Database;

struct SyncScope {
    enum class Kind { All, Owner, Territory };
    Kind kind = Kind::All;
    QString id; // the user (Owner) or territory (Territory)

    bool isAll() const { return kind == Kind::All; }
    bool operator==(const SyncScope&) const = default;

    // "owner=ID", "territory=ID", or empty for everything: how sync_peer and the local meta keep
    // it.
    QString toText() const;
    static SyncScope fromText(const QString& text);
    // In a bundle header: {"owner": id} or {"territory": id}; empty for everything.
    QJsonObject toJson() const;
    static SyncScope fromJson(const QJsonObject& json);
    // For people: "everything", "owner ID", "territory ID" (translated).
    QString describe() const;
};

namespace SyncScopes {
// Entities every copy holds in full, whatever its scope (settings, people, catalogues).
const QStringList& globalEntities();
// Entities that a scoped copy holds only where they belong to its scope.
const QStringList& scopedEntities();
// The record ids of `entity` that a copy with `scope` is sent (scope computation, for tests).
Result<QStringList> recordsInScope(Database& db, const SyncScope& scope, const QString& entity);
// Every change (full history) of the records in `scope`, plus all changes of global entities.
Result<QList<Change>> changesInScope(Database& db, const SyncScope& scope);
} // namespace SyncScopes

} // namespace tandem
