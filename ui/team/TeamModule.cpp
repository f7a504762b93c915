#include "team/TeamModule.h"

#include "common/Icons.h"
#include "records/RecordsModule.h"
#include "team/PeoplePart.h"
#include "team/TerritoriesPart.h"

#include <QTabWidget>

namespace tandem {

namespace {

std::vector<std::unique_ptr<RecordsModule>> teamParts(const UiContext& context)
{
    std::vector<std::unique_ptr<RecordsModule>> parts;
    parts.push_back(std::make_unique<PeoplePart>(context));
    parts.push_back(
        std::make_unique<RecordsModule>(context, QStringLiteral("team"), QStringLiteral("team")));
    parts.push_back(std::make_unique<TerritoriesPart>(context));
    return parts;
}

} // namespace

TeamModule::TeamModule(const UiContext& context, QObject* parent)
    : TabbedRecordsModule(context, teamParts(context), parent)
{
}

QString TeamModule::key() const
{
    return QStringLiteral("team");
}

QString TeamModule::title() const
{
    return tr("Team");
}

QIcon TeamModule::icon() const
{
    return Icons::get(QStringLiteral("team"));
}

TerritoriesPart* TeamModule::territories() const
{
    return static_cast<TerritoriesPart*>(part(QStringLiteral("territory")));
}

void TeamModule::addOwnTabs(QTabWidget* tabs)
{
    // The users' list reads as the team's people here.
    tabs->setTabText(0, tr("People"));
}

} // namespace tandem
