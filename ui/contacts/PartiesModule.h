// The Contacts and Companies screens: the lazy list with its filter bar and segments, the card
// (contact card or company card with org chart) in front of the editable details, and the
// address-book commands: import, export of the list as shown, and the duplicates review.
#pragma once

#include "records/RecordsModule.h"

class QAction;

namespace tandem {

class ContactCardView;
class CompanyCardView;
class ImportDialog;
class DuplicatesDialog;
class ListFilterBar;

class PartiesModule : public RecordsModule {
    Q_OBJECT
public:
    // `entity`: "contact" or "company".
    PartiesModule(const UiContext& context, const QString& entity, QObject* parent = nullptr);

    QWidget* createWidget(QWidget* parent) override;
    QList<QAction*> actions() const override;

    // Import…: asks for a file (or takes `path`), then makes the import dialog for it, not yet
    // shown (non-modal in tests: returned).
    ImportDialog* importFile(const QString& path = {});
    // Export…: writes the records the list shows (its filters and segment) to a file the user
    // picks; returns how many, or -1 when cancelled or failed (the reason shown).
    int exportList();
    DuplicatesDialog* reviewDuplicates();

    ListFilterBar* filterBar() const { return m_filterBar; }
    ContactCardView* contactCard() const { return m_contactCard; }
    CompanyCardView* companyCard() const { return m_companyCard; }
    QAction* importAction() const { return m_import; }
    QAction* exportAction() const { return m_export; }
    QAction* duplicatesAction() const { return m_duplicates; }

private:
    // Before a new contact or company is created: one that looks like it may already be here.
    bool confirmNew(const QVariantMap& values);

    UiContext m_context;
    QString m_entity;
    ListFilterBar* m_filterBar = nullptr;
    ContactCardView* m_contactCard = nullptr;
    CompanyCardView* m_companyCard = nullptr;
    QAction* m_import;
    QAction* m_export;
    QAction* m_duplicates;
    QAction* m_separator;
};

} // namespace tandem
