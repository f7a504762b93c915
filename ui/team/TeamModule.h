// The sidebar's team screen: the people (users with their roles, managers and skills), the teams,
// and the territories with their rules and owners, on tabs of one screen; New / Save / Revert /
// Delete act on the tab shown.
#pragma once

#include "common/TabbedRecordsModule.h"

namespace tandem {

class TerritoryCardView;
class UserCardView;

class TeamModule : public TabbedRecordsModule {
    Q_OBJECT
public:
    explicit TeamModule(const UiContext& context, QObject* parent = nullptr);

    QString key() const override;
    QString title() const override;
    QIcon icon() const override;

    // The cards in front of a colleague's and a territory's details (null before createWidget).
    UserCardView* personCard() const;
    TerritoryCardView* territoryCard() const;

protected:
    void addOwnTabs(QTabWidget* tabs) override;
};

} // namespace tandem
