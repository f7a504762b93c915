// Exchanging changes with other copies: bundle files, a shared folder, conflicts to review.
#pragma once

#include "store/SyncState.h"
#include "sync/Bundle.h"
#include "util/Result.h"

namespace tandem {

class Session;

struct ImportStats {
    QString fromSite;
    int changesInBundle = 0;
    int newChanges = 0; // the rest were here already
    int recordsTouched = 0;
    int openConflicts = 0; // after the import, in the whole database
    QStringList contactsArrived; // contacts created or changed by the bundle
};

struct FolderStats {
    int imported = 0; // bundles of other copies read
    int newChanges = 0;
    QStringList skipped; // "file: reason" for bundles that could not be read this time
    QString written; // this copy's bundle
    QStringList writtenFor; // bundles written for scoped peers (<site>-for-<peer>.tandem)
    QStringList contactsArrived;
};

enum class Resolution { KeepShown, TakeOther };

class SyncService {
public:
    explicit SyncService(Session& session);

    // The team passphrase lives in this copy only (never in a bundle); empty: no encryption.
    QString passphrase() const;
    Result<void> setPassphrase(const QString& passphrase);

    // What this copy holds and is sent (a field laptop's territory or owner); kept in this copy
    // only and announced in every bundle it writes. Changing it deletes nothing held here.
    SyncScope scope() const;
    Result<void> setScope(const SyncScope& scope);

    // Everything this copy holds, or with `peerSite` only what that peer has not seen; for a peer
    // that announced a scope, the full history of the records in that scope (see SyncScope).
    Result<Bundle> bundleFor(const QString& peerSite = {}) const;
    // The same for callers that cannot fail: empty changes if the scope could not be computed.
    Bundle makeBundle(const QString& peerSite = {}) const;
    Result<int> exportTo(const QString& path, const QString& peerSite = {});
    // Reads a bundle file and, after an automatic backup, imports it (see importBundle).
    Result<ImportStats> importFile(const QString& path);
    // Applies a bundle in one transaction: all of it or, on any error, none.
    Result<ImportStats> importBundle(const Bundle& bundle, const QString& file = {});
    // Imports every other copy's bundle in `dir`, then writes this copy's own there.
    Result<FolderStats> syncFolder(const QString& dir);

    QList<Conflict> conflicts() const;
    // Settles a conflict with a new change (which syncs like any other).
    Result<void> resolve(const QString& conflictId, Resolution resolution);
    QList<PeerStatus> peers() const;
    // Pairs of likely duplicate contacts with one of `contactIds` in them (the same person entered
    // on two laptops), for the user to review after a sync.
    int possibleDuplicates(const QStringList& contactIds) const;
    // Changes made here that no peer has acknowledged seeing.
    qint64 pendingChanges() const;

private:
    Result<ImportStats> importFile(const QString& path, bool backUpFirst);
    // What to remember of the vector a peer announced (see the .cpp for a once-scoped peer).
    VersionVector receivedVector(const BundleHeader& header) const;

    Session& m_session;
    SyncState m_state;
};

} // namespace tandem
