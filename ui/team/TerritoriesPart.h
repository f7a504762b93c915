// The Territories tab of the team screen: the list of territories and, in front of each one's
// details, its card (rule, owner, figures, companies, assign by rules, reassign).
#pragma once

#include "records/RecordsModule.h"

namespace tandem {

class TerritoryCardView;

class TerritoriesPart : public RecordsModule {
    Q_OBJECT
public:
    explicit TerritoriesPart(const UiContext& context, QObject* parent = nullptr);

    QWidget* createWidget(QWidget* parent) override;
    TerritoryCardView* card() const { return m_card; }

private:
    UiContext m_context;
    TerritoryCardView* m_card = nullptr;
};

} // namespace tandem
