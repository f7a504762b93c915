#include "sync/SyncService.h"

#include "domain/EntitySchema.h"
#include "services/MergeFollow.h"
#include "store/Session.h"
#include "store/Transaction.h"
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

Bundle SyncService::makeBundle(const QString& peerSite) const
{
    VersionVector since;
    if (!peerSite.isEmpty()) {
        if (const auto p = m_state.peer(peerSite))
            since = p->receivedVector;
    }
    Bundle b;
    b.changes = m_session.changeLog().changesAfter(since);
    b.header.schemaVersion = m_session.database().schemaVersion();
    b.header.appVersion = QCoreApplication::applicationVersion();
    b.header.siteId = m_session.siteId();
    b.header.vector = m_session.changeLog().vector();
    b.header.createdAt = now(m_session);
    b.header.changeCount = int(b.changes.size());
    return b;
}

Result<int> SyncService::exportTo(const QString& path, const QString& peerSite)
{
    const Bundle bundle = makeBundle(peerSite);
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
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error {
            QCoreApplication::translate("Sync", "cannot read the bundle: %1").arg(f.errorString()),
            path, 0, {}
        };
    auto bundle = BundleFormat::decode(f.readAll(), passphrase(), path);
    if (!bundle)
        return bundle.error();
    return importBundle(*bundle, path);
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
        if (auto r = m_state.recordReceived(h.siteId, h.vector, at); !r)
            return r.error();
    }
    if (auto r = tx.commit(); !r)
        return Error { r.error().message, file, 0, {} };
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
    const QString own = m_session.siteId() + QStringLiteral(".tandem");
    // Only finished bundles: sync tools write under temporary names and rename when done.
    for (const QString& name :
        dir.entryList({ QStringLiteral("*.tandem") }, QDir::Files, QDir::Name)) {
        if (name == own)
            continue;
        auto r = importFile(dir.filePath(name));
        if (!r) {
            stats.skipped << r.error().toString();
            continue;
        }
        ++stats.imported;
        stats.newChanges += r->newChanges;
        stats.contactsArrived += r->contactsArrived;
    }
    stats.written = dir.filePath(own);
    auto w = exportTo(stats.written);
    if (!w)
        return w.error();
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
