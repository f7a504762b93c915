// The application's own SVG icons (resources/icons), by name and by record type.
#pragma once

#include <QIcon>
#include <QString>

namespace tandem::Icons {

// ":/icons/<name>.svg", e.g. get("search").
QIcon get(const QString& name);
// The sidebar icon of the module that shows `entity` (contact, company, lead, deal, activity).
QIcon forEntity(const QString& entity);
QIcon application();

} // namespace tandem::Icons
