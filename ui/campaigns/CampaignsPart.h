// The Campaigns list of the Marketing module, each campaign's overview (figures, responses) in
// front of its editable details.
#pragma once

#include "records/RecordsModule.h"

namespace tandem {

class CampaignCardView;

class CampaignsPart : public RecordsModule {
    Q_OBJECT
public:
    explicit CampaignsPart(const UiContext& context, QObject* parent = nullptr);

    QWidget* createWidget(QWidget* parent) override;
    CampaignCardView* card() const { return m_card; }

private:
    UiContext m_context;
    CampaignCardView* m_card = nullptr;
};

} // namespace tandem
