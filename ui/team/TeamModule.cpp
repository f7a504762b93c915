#include "team/TeamModule.h"

#include "common/Icons.h"
#include "records/RecordForm.h"
#include "records/RecordsModule.h"
#include "team/TerritoryCardView.h"
#include "team/UserCardView.h"

#include <QTabWidget>

namespace tandem {

namespace {

std::vector<std::unique_ptr<RecordsModule>> teamParts(const UiContext& context)
{
    std::vector<std::unique_ptr<RecordsModule>> parts;
    auto people
        = std::make_unique<RecordsModule>(context, QStringLiteral("user"), QStringLiteral("user"));
    people->setCard([context](RecordForm* form) { return new UserCardView(context, form); },
        QStringLiteral("user"), TeamModule::tr("Person"));
    auto territories = std::make_unique<RecordsModule>(
        context, QStringLiteral("territory"), QStringLiteral("companies"));
    territories->setCard(
        [context](RecordForm* form) { return new TerritoryCardView(context, form); },
        QStringLiteral("companies"), TeamModule::tr("Territory"));
    parts.push_back(std::move(people));
    parts.push_back(
        std::make_unique<RecordsModule>(context, QStringLiteral("team"), QStringLiteral("team")));
    parts.push_back(std::move(territories));
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

UserCardView* TeamModule::personCard() const
{
    return static_cast<UserCardView*>(part(QStringLiteral("user"))->card());
}

TerritoryCardView* TeamModule::territoryCard() const
{
    return static_cast<TerritoryCardView*>(part(QStringLiteral("territory"))->card());
}

void TeamModule::addOwnTabs(QTabWidget* tabs)
{
    // The users' list reads as the team's people here.
    tabs->setTabText(0, tr("People"));
}

} // namespace tandem
