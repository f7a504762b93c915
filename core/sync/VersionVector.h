// What a copy has seen: for each site, the highest clock of that site's changes it holds.
#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>

namespace tandem {

using VersionVector = QMap<QString, quint64>;

QJsonObject vectorToJson(const VersionVector& vector);
VersionVector vectorFromJson(const QJsonObject& json);
// True when `a` has seen everything `b` has.
bool vectorCovers(const VersionVector& a, const VersionVector& b);

} // namespace tandem
