// The Contacts and Companies screens: the lazy list with its filter bar and segments, and the
// card (contact card or company card with org chart) in front of the editable details.
#pragma once

#include "records/RecordsModule.h"

namespace tandem {

class ContactCard;
class CompanyCard;
class ListFilterBar;

class PartiesModule : public RecordsModule {
    Q_OBJECT
public:
    // `entity`: "contact" or "company".
    PartiesModule(const UiContext& context, const QString& entity, QObject* parent = nullptr);

    QWidget* createWidget(QWidget* parent) override;

    ListFilterBar* filterBar() const { return m_filterBar; }
    ContactCard* contactCard() const { return m_contactCard; }
    CompanyCard* companyCard() const { return m_companyCard; }

private:
    UiContext m_context;
    QString m_entity;
    ListFilterBar* m_filterBar = nullptr;
    ContactCard* m_contactCard = nullptr;
    CompanyCard* m_companyCard = nullptr;
};

} // namespace tandem
