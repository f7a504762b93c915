#include "sync/SyncService.h"

#include "domain/EntitySchema.h"
#include "services/MergeFollow.h"
#include "store/AutoBackup.h"
#include "store/Session.h"
#include "store/Transaction.h"
#include "sync/SyncScope.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QSet>

namespace tandem {

namespace {

QString now(const Session& s)
{
    return s.clock().nowUtc().toString(Qt::ISODateWithMs);
}

// A change from a newer or foreign schema must not half-apply: check every one first.
Result<void> validateChanges(const Bundle& bundle, const QString& file)
{
    for (int i = 0; i < bundle.changes.size(); ++i) {
        const Change& c = bundle.changes.at(i);
        const EntityDef* def = EntitySchema::find(c.entity);
        if (!def || !def->fixedField.isEmpty())
            return Error { QCoreApplication::translate("Sync",
                               "change %1 is for an unknown record type '%2'; nothing "
                               "was imported")
                               .arg(i + 1)
                               .arg(c.entity),
                file, 0, {} };
        if (c.op == ChangeOp::Set && !def->field(c.field))
            return Error { QCoreApplication::translate("Sync",
                               "change %1 sets an unknown field of %2; nothing was "
                               "imported")
                               .arg(i + 1)
                               .arg(c.entity),
                file, 0, c.field };
    }
    return {};
}

const QString kScopeKey = QStringLiteral("sync_scope");
const QString kBundleSuffix = QStringLiteral(".tandem");
const QString kForInfix = QStringLiteral("-for-");

// "<site>.tandem" is a copy's full bundle; "<site>-for-<peer>.tandem" one written for a scoped
// peer.
struct FolderBundleName {
    QString from;
    QString forSite;
};

FolderBundleName parseFolderBundleName(const QString& name)
{
    const QString base = name.chopped(kBundleSuffix.size());
    const qsizetype at = base.lastIndexOf(kForInfix);
    if (at < 0)
        return { base, {} };
    return { base.left(at), base.mid(at + kForInfix.size()) };
}

} // namespace

SyncService::SyncService(Session& session)
    : m_session(session)
    , m_state(session.database())
{
}

QString SyncService::passphrase() const
{
    return m_session.database().meta(QStringLiteral("team_passphrase"));
}

Result<void> SyncService::setPassphrase(const QString& passphrase)
{
    return m_session.database().setMeta(QStringLiteral("team_passphrase"), passphrase);
}

SyncScope SyncService::scope() const
{
    return SyncScope::fromText(m_session.database().meta(kScopeKey));
}

Result<void> SyncService::setScope(const SyncScope& scope)
{
    return m_session.database().setMeta(kScopeKey, scope.toText());
}

Result<Bundle> SyncService::bundleFor(const QString& peerSite) const
{
    Bundle b;
    const auto peer = peerSite.isEmpty() ? std::nullopt : m_state.peer(peerSite);
    const VersionVector seen = peer ? peer->receivedVector : VersionVector();
    if (!scope().isAll()) {
        // A scoped copy holds other sites' changes only in part: relaying them would make the
        // receiver's vector claim changes it never got (and others would then never send them).
        // So it sends its own changes only; they refer to records the others got where it did.
        for (const Change& c : m_session.changeLog().changesAfter(seen)) {
            if (c.siteId == m_session.siteId())
                b.changes << c;
        }
    } else if (peer && !peer->scope.isAll()) {
        // A scoped copy gets its scope's whole history each time, so a record that enters the
        // scope later arrives complete; what it already holds is skipped on import.
        auto changes = SyncScopes::changesInScope(m_session.database(), peer->scope);
        if (!changes)
            return changes.error();
        b.changes = *changes;
    } else {
        b.changes = m_session.changeLog().changesAfter(seen);
    }
    b.header.schemaVersion = m_session.database().schemaVersion();
    b.header.appVersion = QCoreApplication::applicationVersion();
    b.header.siteId = m_session.siteId();
    b.header.vector = m_session.changeLog().vector();
    b.header.createdAt = now(m_session);
    b.header.changeCount = int(b.changes.size());
    b.header.scope = scope();
    return b;
}

Bundle SyncService::makeBundle(const QString& peerSite) const
{
    auto b = bundleFor(peerSite);
    if (!b)
        return Bundle {};
    return *b;
}

Result<int> SyncService::exportTo(const QString& path, const QString& peerSite)
{
    auto made = bundleFor(peerSite);
    if (!made)
        return Error { made.error().message, path, 0, {} };
    const Bundle& bundle = *made;
    auto bytes = BundleFormat::encode(bundle, passphrase());
    if (!bytes)
        return bytes.error();
    // Written beside the target and renamed into place: a sync tool never sees half a bundle.
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(*bytes) != bytes->size() || !f.commit())
        return Error {
            QCoreApplication::translate("Sync", "cannot write the bundle: %1").arg(f.errorString()),
            path, 0, {}
        };
    if (auto r = m_state.recordSent(peerSite.isEmpty() ? QStringLiteral("*") : peerSite,
            bundle.header.vector, now(m_session));
        !r)
        return r.error();
    return int(bundle.changes.size());
}

Result<ImportStats> SyncService::importFile(const QString& path)
{
    return importFile(path, true);
}

Result<ImportStats> SyncService::importFile(const QString& path, bool backUpFirst)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error {
            QCoreApplication::translate("Sync", "cannot read the bundle: %1").arg(f.errorString()),
            path, 0, {}
        };
    auto bundle = BundleFormat::decode(f.readAll(), passphrase(), path);
    if (!bundle)
        return bundle.error();
    if (backUpFirst) {
        if (auto b = AutoBackup::before(
                m_session.database(), BackupReason::BeforeSync, m_session.clock().nowUtc());
            !b)
            return b.error();
    }
    return importBundle(*bundle, path);
}

VersionVector SyncService::receivedVector(const BundleHeader& h) const
{
    // A copy that held only a scope has seen other sites' changes only in part, so its vector
    // says nothing about them: once it asks for everything, only its own entry is trusted and it
    // is sent all it may lack (importing what it holds already is harmless).
    const auto before = m_state.peer(h.siteId);
    if (!h.scope.isAll() || !before || before->scope.isAll())
        return h.vector;
    VersionVector own;
    if (h.vector.contains(h.siteId))
        own.insert(h.siteId, h.vector.value(h.siteId));
    return own;
}

Result<ImportStats> SyncService::importBundle(const Bundle& bundle, const QString& file)
{
    const BundleHeader& h = bundle.header;
    if (h.schemaVersion > m_session.database().schemaVersion())
        return Error { QCoreApplication::translate("Sync",
                           "this bundle was written by Tandem %1 (database version %2; "
                           "this copy has %3). Update Tandem to version %1 to import "
                           "it; nothing was imported.")
                           .arg(h.appVersion)
                           .arg(h.schemaVersion)
                           .arg(m_session.database().schemaVersion()),
            file, 0, {} };
    if (auto r = validateChanges(bundle, file); !r)
        return r.error();

    QList<Change> changes = bundle.changes;
    std::sort(changes.begin(), changes.end(), [](const Change& a, const Change& b) {
        return a.hlc != b.hlc ? a.hlc < b.hlc : a.siteId < b.siteId;
    });
    ImportStats stats;
    stats.fromSite = h.siteId;
    stats.changesInBundle = int(changes.size());
    QList<QPair<QString, QString>> touched;
    QSet<QString> seen;

    Transaction tx(m_session.database());
    for (const Change& c : changes) {
        auto added = m_session.changeLog().appendIfNew(c);
        if (!added)
            return Error { added.error().message, file, 0, {} };
        m_session.context().hlc->observe(c.hlc);
        if (!*added)
            continue;
        ++stats.newChanges;
        const QString key = c.entity + QLatin1Char('/') + c.recordId;
        if (!seen.contains(key)) {
            seen.insert(key);
            touched << qMakePair(c.entity, c.recordId);
        }
    }
    const QString at = now(m_session);
    for (const auto& [entity, id] : touched) {
        if (auto r = m_session.records().rebuildFromLog(entity, id); !r)
            return Error { r.error().message, file, 0, {} };
        const auto conflicts = detectConflicts(m_session.changeLog().forRecord(entity, id));
        if (auto r = m_state.replaceConflicts(entity, id, conflicts, at); !r)
            return r.error();
    }
    // Merged duplicates stay merged: links made here to a record merged elsewhere (or arriving
    // with links to one merged here) follow it to the record it went into.
    if (auto followed = MergeFollow::apply(m_session, touched); !followed)
        return Error { followed.error().message, file, 0, {} };
    if (!h.siteId.isEmpty() && h.siteId != m_session.siteId()) {
        if (auto r = m_state.recordReceived(h.siteId, receivedVector(h), at, h.scope); !r)
            return r.error();
    }
    if (auto r = tx.commit(); !r) {
        // A field laptop sends only its own changes: they may name records this copy has not
        // received from anyone yet.
        if (!h.scope.isAll())
            return Error { QCoreApplication::translate("Sync",
                               "this bundle is from a copy that holds only part of the data, and "
                               "it refers to records this copy does not hold yet; import a "
                               "bundle from the office (a copy that holds everything) first. "
                               "Nothing was imported."),
                file, 0, {} };
        return Error { r.error().message, file, 0, {} };
    }
    stats.recordsTouched = int(touched.size());
    for (const auto& [entity, id] : touched) {
        if (entity == QLatin1String("contact"))
            stats.contactsArrived << id;
    }
    stats.openConflicts = int(m_state.conflicts().size());
    return stats;
}

Result<FolderStats> SyncService::syncFolder(const QString& dirPath)
{
    QDir dir(dirPath);
    if (!dir.exists())
        return Error { QCoreApplication::translate("Sync", "the shared folder does not exist"),
            dirPath, 0, {} };
    FolderStats stats;
    const QString mySite = m_session.siteId();
    const bool scoped = !scope().isAll();
    QStringList peersInFolder;
    QStringList toRead;
    // Only finished bundles: sync tools write under temporary names and rename when done.
    for (const QString& name :
        dir.entryList({ QStringLiteral("*.tandem") }, QDir::Files, QDir::Name)) {
        const FolderBundleName file = parseFolderBundleName(name);
        if (file.from.isEmpty() || file.from == mySite)
            continue;
        if (file.forSite.isEmpty())
            peersInFolder << file.from;
        // A scoped copy reads only what was written for it: a full bundle would bring everything.
        if (file.forSite.isEmpty() ? scoped : file.forSite != mySite)
            continue;
        toRead << name;
    }
    // A bundle refused now may open once the others are in (a field laptop's refers to records
    // that come in the office's), so refused ones are tried once more if anything was read.
    if (!toRead.isEmpty()) {
        if (auto b = AutoBackup::before(
                m_session.database(), BackupReason::BeforeSync, m_session.clock().nowUtc());
            !b)
            return b.error();
    }
    for (int pass = 0; pass < 2 && !toRead.isEmpty(); ++pass) {
        QStringList refused;
        QStringList errors;
        for (const QString& name : std::as_const(toRead)) {
            auto r = importFile(dir.filePath(name), false);
            if (!r) {
                refused << name;
                errors << r.error().toString();
                continue;
            }
            ++stats.imported;
            stats.newChanges += r->newChanges;
            stats.contactsArrived += r->contactsArrived;
        }
        if (pass == 1 || refused.size() == toRead.size()) {
            stats.skipped = errors;
            break;
        }
        toRead = refused;
    }
    stats.written = dir.filePath(mySite + kBundleSuffix);
    if (auto w = exportTo(stats.written); !w)
        return w.error();
    // A peer that announced a scope gets a bundle of its own beside the full one.
    if (!scoped) {
        for (const QString& peerSite : peersInFolder) {
            const auto peer = m_state.peer(peerSite);
            const QString path = dir.filePath(mySite + kForInfix + peerSite + kBundleSuffix);
            if (!peer || peer->scope.isAll()) {
                QFile::remove(path); // the peer holds everything again: no stale subset for it
                continue;
            }
            if (auto w = exportTo(path, peerSite); !w)
                return w.error();
            stats.writtenFor << path;
        }
    }
    return stats;
}

QList<Conflict> SyncService::conflicts() const
{
    return m_state.conflicts();
}

Result<void> SyncService::resolve(const QString& conflictId, Resolution resolution)
{
    const auto c = m_state.conflict(conflictId);
    if (!c)
        return makeError(QCoreApplication::translate("Sync", "there is no open conflict with id %1")
                             .arg(conflictId));
    RecordStore& rs = m_session.records();
    Transaction tx(m_session.database());
    if (c->keptIsDelete && resolution == Resolution::TakeOther) {
        // Bring the record back with the edit the delete had not seen.
        if (auto r = rs.restore(c->entity, c->recordId); !r)
            return r;
    } else if (c->keptIsDelete) {
        if (auto r = rs.settle(c->entity, c->recordId, QString()); !r)
            return r;
    } else {
        const auto rec = rs.get(c->entity, c->recordId, true);
        const QVariant value = resolution == Resolution::TakeOther
            ? c->otherValue
            : (rec ? rec->value(c->field) : c->keptValue);
        if (auto r = rs.settle(c->entity, c->recordId, c->field, value); !r)
            return r;
    }
    const auto remaining = detectConflicts(m_session.changeLog().forRecord(c->entity, c->recordId));
    if (auto r = m_state.replaceConflicts(c->entity, c->recordId, remaining, now(m_session)); !r)
        return r;
    return tx.commit();
}

QList<PeerStatus> SyncService::peers() const
{
    return m_state.peers();
}

qint64 SyncService::pendingChanges() const
{
    VersionVector acknowledged;
    for (const PeerStatus& p : m_state.peers()) {
        const quint64 v = p.receivedVector.value(m_session.siteId(), 0);
        acknowledged.insert(
            m_session.siteId(), std::max(acknowledged.value(m_session.siteId(), 0), v));
    }
    const auto mine = m_session.changeLog().changesAfter(acknowledged);
    qint64 n = 0;
    for (const Change& c : mine)
        n += c.siteId == m_session.siteId() ? 1 : 0;
    return n;
}

int SyncService::possibleDuplicates(const QStringList& contactIds) const
{
    return MergeFollow::possibleDuplicates(m_session, contactIds);
}

} // namespace tandem
