#include "services/MergeFollow.h"

#include "domain/EntitySchema.h"
#include "services/Duplicates.h"
#include "services/MergeLinks.h"
#include "store/Session.h"

#include <QHash>
#include <QSet>
#include <algorithm>

namespace tandem {

namespace {

const QString kMergedInto = QStringLiteral("merged_into_id");
const QStringList kMergeable { QStringLiteral("contact"), QStringLiteral("company") };

// id → the record it was merged into, for one entity, with chains followed to the end.
class MergeMap {
public:
    MergeMap(QHash<QString, QString> merged)
        : m_merged(std::move(merged))
    {
    }
    bool isEmpty() const { return m_merged.isEmpty(); }
    bool isMerged(const QString& id) const { return m_merged.contains(id); }
    // The record at the end of the chain; empty when the chain runs in a circle.
    QString survivor(QString id) const
    {
        QSet<QString> seen;
        while (m_merged.contains(id)) {
            if (seen.contains(id))
                return {};
            seen.insert(id);
            id = m_merged.value(id);
        }
        return id;
    }
    // The records of a circle that `id` leads into.
    QStringList circleFrom(QString id) const
    {
        QStringList path;
        while (!path.contains(id)) {
            path << id;
            id = m_merged.value(id);
        }
        return path.mid(path.indexOf(id));
    }
    void unmerge(const QString& id)
    {
        m_merged.remove(id);
        m_bySurvivor.clear();
    }
    // The records whose chain ends at `survivorId`.
    QStringList mergedInto(const QString& survivorId) const
    {
        if (m_bySurvivor.isEmpty()) {
            for (auto it = m_merged.cbegin(); it != m_merged.cend(); ++it)
                m_bySurvivor[survivor(it.key())] << it.key();
        }
        return m_bySurvivor.value(survivorId);
    }
    QStringList mergedIds() const { return m_merged.keys(); }

private:
    QHash<QString, QString> m_merged;
    mutable QHash<QString, QStringList> m_bySurvivor;
};

// Copies that merged a pair each the other way round leave both records merged away: bring back
// the one with the smallest id, as every copy does.
Result<void> breakCircles(RecordStore& rs, const QString& entity, MergeMap& map)
{
    QStringList ids = map.mergedIds();
    ids.sort();
    for (const QString& id : ids) {
        if (!map.isMerged(id) || !map.survivor(id).isEmpty())
            continue;
        QStringList circle = map.circleFrom(id);
        circle.sort();
        const QString back = circle.first();
        if (const auto r = rs.get(entity, back, true); r && r->deleted) {
            if (auto restored = rs.restore(entity, back); !restored)
                return restored.error();
        }
        if (auto cleared = rs.update(entity, back, { { kMergedInto, QVariant() } }); !cleared)
            return cleared.error();
        map.unmerge(back);
    }
    return {};
}

} // namespace

Result<int> MergeFollow::apply(Session& session, const QList<QPair<QString, QString>>& touched)
{
    RecordStore& rs = session.records();
    QHash<QString, MergeMap> maps;
    for (const QString& entity : kMergeable) {
        MergeMap map(rs.mergedRecords(entity));
        if (map.isEmpty())
            continue;
        if (auto r = breakCircles(rs, entity, map); !r)
            return r.error();
        maps.insert(entity, map);
    }
    if (maps.isEmpty())
        return 0;

    int moved = 0;
    auto moveLinks = [&](const QString& entity, const QString& keepId,
                         const QString& otherId) -> Result<void> {
        const auto other = rs.get(entity, otherId, true);
        const auto keep = rs.get(entity, keepId);
        if (!other || !keep)
            return {};
        auto links = MergeLinks::moveAll(rs, entity, *keep, *other);
        if (!links)
            return links.error();
        moved += *links;
        return {};
    };
    for (const auto& [entity, id] : touched) {
        const auto map = maps.constFind(entity);
        if (map == maps.cend())
            continue;
        if (map->isMerged(id)) {
            // A merge that arrived: what this copy linked to the merged-away record moves over.
            if (auto r = moveLinks(entity, map->survivor(id), id); !r)
                return r.error();
        } else {
            // A record that records were merged into, back (restored) or arrived late: what still
            // points at those records moves to it.
            for (const QString& merged : map->mergedInto(id)) {
                if (auto r = moveLinks(entity, id, merged); !r)
                    return r.error();
            }
        }
    }
    // Records that arrived pointing at a record merged here (or elsewhere) point at its survivor.
    for (const auto& [entity, id] : touched) {
        const EntityDef* def = EntitySchema::find(entity);
        if (!def || !def->fixedField.isEmpty())
            continue;
        const bool refersToMerged
            = std::any_of(def->fields.cbegin(), def->fields.cend(), [&](const FieldDef& f) {
                  return f.type == FieldType::Ref && maps.contains(f.refEntity);
              });
        if (!refersToMerged)
            continue; // a stage or a tag cannot point at a merged record: no need to read it
        const auto record = rs.get(entity, id);
        if (!record)
            continue;
        QVariantMap changes;
        for (const FieldDef& f : def->fields) {
            const auto map = maps.constFind(f.refEntity);
            if (f.type != FieldType::Ref || f.internal() || map == maps.cend())
                continue;
            const QString target = record->text(f.name);
            if (target.isEmpty() || !map->isMerged(target)
                || (f.refEntity == entity && target == id))
                continue;
            // A survivor deleted since stays as it is: the reference keeps pointing at the
            // tombstone.
            const QString survivor = map->survivor(target);
            if (!survivor.isEmpty() && survivor != id && rs.get(f.refEntity, survivor))
                changes.insert(f.name, survivor);
        }
        if (changes.isEmpty())
            continue;
        if (auto r = rs.update(entity, id, changes); !r)
            return r.error();
        moved += int(changes.size());
    }
    return moved;
}

int MergeFollow::possibleDuplicates(Session& session, const QStringList& contactIds)
{
    const QSet<QString> arrived(contactIds.begin(), contactIds.end());
    if (arrived.isEmpty())
        return 0;
    const auto pairs = Duplicates::findAll(session, QStringLiteral("contact"));
    if (!pairs)
        return 0;
    int count = 0;
    for (const DuplicatePair& p : *pairs) {
        if (arrived.contains(p.firstId) || arrived.contains(p.secondId))
            ++count;
    }
    return count;
}

} // namespace tandem
