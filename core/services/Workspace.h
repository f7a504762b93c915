// Where the database lives, and setting up a new one: company, first user, currency, default
// pipeline.
#pragma once

#include "util/Result.h"

#include <QString>

namespace tandem {

class Session;

struct WorkspaceSetup {
    QString companyName;
    QString userName;
    QString currency = QStringLiteral("EUR");
};

namespace Workspace {
// The database the GUI uses and the CLI defaults to: $TANDEM_DB, else AppDataLocation/tandem.db.
QString defaultDatabasePath();
// Names the company, creates the first user (made current), the default pipeline with its
// six-stage playbook, and the usual lost reasons. Refuses a database that is already set up.
Result<QString> initialise(Session& session, const WorkspaceSetup& setup);
// The id of the pipeline marked default, or empty.
QString defaultPipelineId(Session& session);
} // namespace Workspace

} // namespace tandem
