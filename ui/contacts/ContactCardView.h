// A contact's card: photo or initials, name, job and company, click-to-call and click-to-mail
// details, tags, consent, and the timeline of everything that happened, with quick logging.
#pragma once

#include "contacts/PartyCard.h"

class QLabel;

namespace tandem {

class ContactCardView : public PartyCard {
    Q_OBJECT
public:
    explicit ContactCardView(const UiContext& context, QWidget* parent = nullptr);

    void refresh() override;

    QLabel* roleLabel() const { return m_role; }

private:
    QString detailsHtml(const Record& contact) const;
    QString chipsHtml(const Record& contact) const;

    QLabel* m_role;
    QLabel* m_timelineHeading;
};

} // namespace tandem
