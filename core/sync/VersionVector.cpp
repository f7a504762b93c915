#include "sync/VersionVector.h"

namespace tandem {

// Clocks go out as hex strings: JSON numbers lose precision above 2^53.
QJsonObject vectorToJson(const VersionVector& vector)
{
    QJsonObject o;
    for (auto it = vector.begin(); it != vector.end(); ++it)
        o.insert(it.key(), QString::number(it.value(), 16));
    return o;
}

VersionVector vectorFromJson(const QJsonObject& json)
{
    VersionVector v;
    for (auto it = json.begin(); it != json.end(); ++it) {
        bool ok = false;
        const quint64 hlc = it.value().toString().toULongLong(&ok, 16);
        if (ok)
            v.insert(it.key(), hlc);
    }
    return v;
}

bool vectorCovers(const VersionVector& a, const VersionVector& b)
{
    for (auto it = b.begin(); it != b.end(); ++it) {
        if (a.value(it.key(), 0) < it.value())
            return false;
    }
    return true;
}

} // namespace tandem
