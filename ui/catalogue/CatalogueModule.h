// The sidebar's product catalogue: products, price lists and the prices on them, each a searchable
// list with its form, and the sales materials library, on tabs of one screen; New / Save / Revert /
// Delete act on the tab shown.
#pragma once

#include "common/TabbedRecordsModule.h"

namespace tandem {

class MaterialLibraryView;

class CatalogueModule : public TabbedRecordsModule {
    Q_OBJECT
public:
    explicit CatalogueModule(const UiContext& context, QObject* parent = nullptr);

    QString key() const override;
    QString title() const override;
    QIcon icon() const override;

    // The sales materials library, the last tab (null before createWidget).
    MaterialLibraryView* materialLibrary() const;

protected:
    void addOwnTabs(QTabWidget* tabs) override;
    bool triggerOnOwnTab(const QString& actionName) override;
    bool ownTabAction(const QString& actionName, QString* toolTip) const override;

private:
    QPointer<MaterialLibraryView> m_library;
};

} // namespace tandem
