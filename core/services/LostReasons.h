// The editable list of reasons a lead or a deal is lost, in the team's order.
#pragma once

#include <QStringList>

namespace tandem {

class Session;

namespace LostReasons {
// Names of the live reasons that apply to `entity` ("lead" or "deal"; "both" applies to either).
QStringList names(Session& session, const QString& entity);
} // namespace LostReasons

} // namespace tandem
