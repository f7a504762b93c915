// What sync remembers locally: each peer's last exchange, and the open conflicts to review.
#pragma once

#include "sync/Conflicts.h"
#include "sync/SyncScope.h"
#include "sync/VersionVector.h"
#include "util/Result.h"

#include <optional>

namespace tandem {

class Database;

struct PeerStatus {
    QString siteId;
    QString lastSentAt;
    QString lastReceivedAt;
    VersionVector sentVector; // what we had when we last wrote a bundle for the folder/peer
    VersionVector receivedVector; // what the peer had seen when it wrote its last bundle to us
    SyncScope scope; // what the peer announced it holds in its last bundle
};

class SyncState {
public:
    explicit SyncState(Database& db);

    // Replaces the record's open conflicts with `conflicts` (already computed from its log).
    Result<void> replaceConflicts(const QString& entity, const QString& recordId,
                                  const QList<Conflict>& conflicts, const QString& detectedAt);
    QList<Conflict> conflicts() const;
    std::optional<Conflict> conflict(const QString& id) const;

    Result<void> recordSent(const QString& siteId, const VersionVector& vector, const QString& at);
    Result<void> recordReceived(const QString& siteId, const VersionVector& vector,
        const QString& at, const SyncScope& scope = {});
    QList<PeerStatus> peers() const;
    std::optional<PeerStatus> peer(const QString& siteId) const;

private:
    Database& m_db;
};

} // namespace tandem
