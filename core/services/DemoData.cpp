// Demo data: two years of a multilingual sales team's customers, leads, deals and activities,
// written through the one write path so that it syncs and is searchable like typed data.
#include "services/DemoData.h"

#include "services/DemoGenerator.h"
#include "store/Session.h"

#include <QCoreApplication>

namespace tandem {

Result<DemoStats> generateDemo(
    Session& session, const DemoOptions& options, const std::function<void(int percent)>& progress)
{
    if (options.contacts < 1)
        return makeError(
            QCoreApplication::translate("DemoData", "Demo data needs at least one contact."));
    if (!session.isInitialised())
        return makeError(QCoreApplication::translate(
            "DemoData", "Set up the database (company and first user) before adding demo data."));
    auto existing = session.records().count(QStringLiteral("contact"));
    if (!existing)
        return existing.error();
    if (*existing > 0)
        return makeError(QCoreApplication::translate("DemoData",
            "This database already holds %n contact(s); demo data only goes into a new, empty "
            "database.",
            nullptr, int(*existing)));
    demo::DemoGenerator generator(session, options, progress);
    return generator.run();
}

} // namespace tandem
