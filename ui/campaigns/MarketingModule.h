// The Marketing sidebar module: campaigns (their responses and results) and competitors (what the
// team knows of them), one tab each.
#pragma once

#include "common/TabbedRecordsModule.h"

namespace tandem {

class CampaignCardView;

class MarketingModule : public TabbedRecordsModule {
    Q_OBJECT
public:
    explicit MarketingModule(const UiContext& context, QObject* parent = nullptr);

    QString key() const override;
    QString title() const override;
    QIcon icon() const override;
    // The card in front of a campaign's details (null before createWidget).
    CampaignCardView* campaignCard() const;
};

} // namespace tandem
