#include "campaigns/CampaignsPart.h"

#include "campaigns/CampaignCardView.h"
#include "common/Icons.h"
#include "records/RecordForm.h"
#include "records/RecordListView.h"

namespace tandem {

CampaignsPart::CampaignsPart(const UiContext& context, QObject* parent)
    : RecordsModule(context, QStringLiteral("campaign"), QStringLiteral("campaigns"),
        QStringLiteral("starts_on"), Qt::DescendingOrder, parent)
    , m_context(context)
{
}

QWidget* CampaignsPart::createWidget(QWidget* parent)
{
    const bool first = !view();
    QWidget* widget = RecordsModule::createWidget(parent);
    if (!first)
        return widget;
    RecordForm* form = view()->form();
    m_card = new CampaignCardView(m_context, form);
    form->setOverviewPage(m_card, Icons::get(QStringLiteral("campaigns")), tr("Campaign"));
    view()->preferWideCard();
    return widget;
}

} // namespace tandem
