// A sync bundle file: header, the changes, an integrity check; sealed with the team passphrase.
#pragma once

#include "store/ChangeLog.h"
#include "sync/SyncScope.h"
#include "sync/VersionVector.h"
#include "util/Result.h"

#include <QByteArray>
#include <QList>

namespace tandem {

struct BundleHeader {
    int formatVersion = 1;
    int schemaVersion = 0;
    QString appVersion;
    QString siteId; // the sender
    VersionVector vector; // everything the sender had seen when writing
    QString createdAt;
    int changeCount = 0;
    bool encrypted = false;
    SyncScope scope; // what the sender holds (a field laptop's scope); optional in the file
};

struct Bundle {
    BundleHeader header;
    QList<Change> changes;
};

namespace BundleFormat {
int currentVersion();
// Writes the bundle; with a passphrase the changes are encrypted and the whole file
// authenticated (XChaCha20-Poly1305, key from the passphrase by Argon2id).
Result<QByteArray> encode(const Bundle& bundle, const QString& passphrase = {});
// Reads a bundle; `file` names it in errors. Refuses truncated, altered, foreign-team and
// newer-format files. Does not judge the schema version: the importer does.
Result<Bundle> decode(const QByteArray& bytes, const QString& passphrase, const QString& file);
} // namespace BundleFormat

} // namespace tandem
