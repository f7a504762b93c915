#include "store/CanonicalDump.h"

#include "domain/EntitySchema.h"
#include "store/RecordStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace tandem {

QByteArray canonicalDump(const RecordStore& records)
{
    QStringList entities;
    for (const EntityDef& def : EntitySchema::all()) {
        if (def.fixedField.isEmpty())
            entities << def.name;
    }
    std::sort(entities.begin(), entities.end());

    // Written by hand around QJsonDocument so a large database need not sit in one JSON tree.
    QByteArray out = "{\n";
    bool firstEntity = true;
    for (const QString& entity : entities) {
        ListQuery q;
        q.orderBy = QStringLiteral("id");
        const auto rows = records.list(entity, q);
        if (!rows || rows->isEmpty())
            continue;
        if (!firstEntity)
            out += ",\n";
        firstEntity = false;
        out += "  \"" + entity.toUtf8() + "\": [\n";
        for (qsizetype i = 0; i < rows->size(); ++i) {
            QJsonObject o = records.toJson(rows->at(i));
            // Absent fields are left out so that "never set" and "cleared" compare equal.
            for (auto it = o.begin(); it != o.end();) {
                if (it.value().isNull())
                    it = o.erase(it);
                else
                    ++it;
            }
            out += "    " + QJsonDocument(o).toJson(QJsonDocument::Compact);
            out += i + 1 < rows->size() ? ",\n" : "\n";
        }
        out += "  ]";
    }
    out += "\n}\n";
    return out;
}

} // namespace tandem
