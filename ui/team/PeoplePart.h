// The People tab of the team screen: the users and, in front of each one's details, their card
// (role, manager, team, skills, how to reach them, the territories they own).
#pragma once

#include "records/RecordsModule.h"

namespace tandem {

class UserCardView;

class PeoplePart : public RecordsModule {
    Q_OBJECT
public:
    explicit PeoplePart(const UiContext& context, QObject* parent = nullptr);

    QWidget* createWidget(QWidget* parent) override;
    UserCardView* card() const { return m_card; }

private:
    UiContext m_context;
    UserCardView* m_card = nullptr;
};

} // namespace tandem
