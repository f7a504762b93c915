#include "services/MergeLinks.h"

#include "domain/EntitySchema.h"
#include "store/RecordStore.h"

#include <QSet>

namespace tandem {

// Every live record of any entity whose reference points at `from` now points at `to`.
Result<int> MergeLinks::repointReferences(
    RecordStore& rs, const QString& entity, const Record& keep, const Record& other)
{
    int moved = 0;
    for (const EntityDef& def : EntitySchema::all()) {
        if (!def.fixedField.isEmpty())
            continue; // a view of another entity's table (task of activity): done there
        for (const FieldDef& f : def.fields) {
            if (f.type != FieldType::Ref || f.refEntity != entity)
                continue;
            ListQuery query;
            query.where << qMakePair(f.name, QVariant(other.id));
            auto rows = rs.list(def.name, query);
            if (!rows)
                return rows.error();
            for (const Record& r : *rows) {
                if (def.name == entity && (r.id == keep.id || r.id == other.id))
                    continue; // the pair itself: keptChanges settled it
                if (auto u = rs.update(def.name, r.id, { { f.name, keep.id } }); !u)
                    return u.error();
                ++moved;
            }
        }
    }
    return moved;
}

// Taggings and attachments name their record by entity and id rather than by a reference.
Result<int> MergeLinks::repointLinks(
    RecordStore& rs, const QString& entity, const Record& keep, const Record& other)
{
    auto linked = [&](const QString& table, const QString& id) {
        ListQuery query;
        query.where << qMakePair(QStringLiteral("entity"), QVariant(entity))
                    << qMakePair(QStringLiteral("record_id"), QVariant(id));
        return rs.list(table, query);
    };
    auto keptTags = linked(QStringLiteral("tagging"), keep.id);
    auto otherTags = linked(QStringLiteral("tagging"), other.id);
    auto attachments = linked(QStringLiteral("attachment"), other.id);
    for (const auto* r : { &keptTags, &otherTags, &attachments }) {
        if (!*r)
            return r->error();
    }
    QSet<QString> tagIds;
    for (const Record& t : *keptTags)
        tagIds.insert(t.text(QStringLiteral("tag_id")));
    int moved = 0;
    for (const Record& t : *otherTags) {
        const QString tagId = t.text(QStringLiteral("tag_id"));
        if (tagIds.contains(tagId)) { // the same tag on both: one tagging is enough
            if (auto r = rs.remove(QStringLiteral("tagging"), t.id); !r)
                return r.error();
            continue;
        }
        if (auto r = rs.update(
                QStringLiteral("tagging"), t.id, { { QStringLiteral("record_id"), keep.id } });
            !r)
            return r.error();
        tagIds.insert(tagId);
        ++moved;
    }
    for (const Record& a : *attachments) {
        if (auto r = rs.update(
                QStringLiteral("attachment"), a.id, { { QStringLiteral("record_id"), keep.id } });
            !r)
            return r.error();
        ++moved;
    }
    return moved;
}

Result<int> MergeLinks::moveAll(
    RecordStore& rs, const QString& entity, const Record& keep, const Record& other)
{
    auto references = repointReferences(rs, entity, keep, other);
    if (!references)
        return references.error();
    auto links = repointLinks(rs, entity, keep, other);
    if (!links)
        return links.error();
    return *references + *links;
}

} // namespace tandem
