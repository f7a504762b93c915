#include "campaigns/MarketingModule.h"

#include "campaigns/CampaignCardView.h"
#include "campaigns/CompetitorsPart.h"
#include "common/Icons.h"
#include "records/RecordForm.h"

#include <QTabWidget>

namespace tandem {

namespace {

std::vector<std::unique_ptr<RecordsModule>> marketingParts(const UiContext& context)
{
    std::vector<std::unique_ptr<RecordsModule>> parts;
    auto campaigns = std::make_unique<RecordsModule>(context, QStringLiteral("campaign"),
        QStringLiteral("campaigns"), QStringLiteral("starts_on"), Qt::DescendingOrder);
    campaigns->setCard([context](RecordForm* form) { return new CampaignCardView(context, form); },
        QStringLiteral("campaigns"), MarketingModule::tr("Campaign"));
    parts.push_back(std::move(campaigns));
    parts.push_back(std::make_unique<CompetitorsPart>(context));
    return parts;
}

} // namespace

MarketingModule::MarketingModule(const UiContext& context, QObject* parent)
    : TabbedRecordsModule(context, marketingParts(context), parent)
{
}

QString MarketingModule::key() const
{
    return QStringLiteral("marketing");
}

QString MarketingModule::title() const
{
    return tr("Marketing");
}

QIcon MarketingModule::icon() const
{
    return Icons::get(QStringLiteral("campaigns"));
}

CampaignCardView* MarketingModule::campaignCard() const
{
    return static_cast<CampaignCardView*>(part(QStringLiteral("campaign"))->card());
}

} // namespace tandem
