// The editable list of reasons a lead or a deal is lost, in the team's order.
#pragma once

#include <QStringList>

namespace tandem {

class Session;

namespace LostReasons {
// Names of the live reasons that apply to `entity` ("lead" or "deal"; "both" applies to either).
QStringList names(Session& session, const QString& entity);
// A reason typed like one of the list ("price too high") as the list spells it, so reports count
// them as one; any other text trimmed.
QString canonical(Session& session, const QString& entity, const QString& reason);
} // namespace LostReasons

} // namespace tandem
