// Logging an activity or task the way the sales rules expect: a call, meeting or e-mail on a new
// lead marks it contacted, and working a colleague's deal, lead or company tells its owner.
#pragma once

#include "util/Result.h"

#include <QStringList>
#include <QVariantMap>

namespace tandem {

class Session;

struct LoggedActivity {
    QString id;
    // One per owner told: "Jonas Petraitis owns UAB Medis. …" (translated), for the user to read.
    QStringList warnings;
};

namespace ActivityLog {
// Creates the record (`entity`: activity or task) and applies the rules, in one transaction.
Result<LoggedActivity> create(Session& session, const QString& entity, const QVariantMap& values);
} // namespace ActivityLog

} // namespace tandem
