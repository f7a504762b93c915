// The competitors: their list with the ones most deals were lost to named above it, and each
// competitor's card (what the team knows, the deals lost to it) in front of its details. A tab of
// the Marketing screen.
#pragma once

#include "records/RecordsModule.h"

class QLabel;

namespace tandem {

class CompetitorCardView;

class CompetitorsPart : public RecordsModule {
    Q_OBJECT
public:
    explicit CompetitorsPart(const UiContext& context, QObject* parent = nullptr);

    QWidget* createWidget(QWidget* parent) override;
    CompetitorCardView* card() const;
    // "Most deals lost to: Acme Solar (12) · …" above the list (hidden while nobody lost any).
    QLabel* rankingLabel() const { return m_ranking; }

private:
    void refreshRanking();

    UiContext m_context;
    QLabel* m_ranking = nullptr;
};

} // namespace tandem
