#include "campaigns/MarketingModule.h"

#include "campaigns/CampaignsPart.h"
#include "campaigns/CompetitorsPart.h"
#include "common/Icons.h"

#include <QTabWidget>

namespace tandem {

namespace {

std::vector<std::unique_ptr<RecordsModule>> marketingParts(const UiContext& context)
{
    std::vector<std::unique_ptr<RecordsModule>> parts;
    parts.push_back(std::make_unique<CampaignsPart>(context));
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

CampaignsPart* MarketingModule::campaigns() const
{
    return static_cast<CampaignsPart*>(part(QStringLiteral("campaign")));
}

} // namespace tandem
