// The sidebar's product catalogue: products, price lists and the prices on them, each a searchable
// list with its form, and the sales materials library, on tabs of one screen; New / Save / Revert /
// Delete act on the tab shown.
#pragma once

#include "common/Module.h"
#include "common/UiContext.h"

#include <QObject>
#include <QPointer>
#include <memory>
#include <vector>

class QAction;
class QTabWidget;

namespace tandem {

class MaterialLibraryView;
class RecordsModule;
class RecordListView;

class CatalogueModule : public QObject, public Module {
    Q_OBJECT
public:
    explicit CatalogueModule(const UiContext& context, QObject* parent = nullptr);
    ~CatalogueModule() override;

    QString key() const override;
    QString title() const override;
    QIcon icon() const override;
    QWidget* createWidget(QWidget* parent) override;
    QList<QAction*> actions() const override;
    QStringList entities() const override;
    bool open(const QString& entity, const QString& id) override;
    bool startNew(const QString& entity, const QVariantMap& preset) override;
    bool confirmClose() override;

    // The list of "product", "price_list" or "price_list_item" (null before createWidget).
    RecordListView* view(const QString& entity) const;
    QTabWidget* tabs() const { return m_tabs; }
    // The sales materials library, the last tab (null before createWidget).
    MaterialLibraryView* materialLibrary() const;
    // Shows the entity's tab; false when the catalogue has no such list.
    bool showTab(const QString& entity);

private:
    RecordsModule* current() const;
    int indexOf(const QString& entity) const;
    void updateActions();

    bool libraryShown() const;

    UiContext m_ctx;
    std::vector<std::unique_ptr<RecordsModule>> m_parts;
    QPointer<QTabWidget> m_tabs;
    QPointer<MaterialLibraryView> m_library;
    // New, Save, Revert, Delete: forwarded to the tab shown (on the library: Add files…, Remove…).
    QList<QAction*> m_actions;
};

} // namespace tandem
