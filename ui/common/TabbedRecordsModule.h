// A sidebar module of several record lists on tabs (the catalogue, the team, marketing): New / Save
// / Revert / Delete in the window's toolbar act on the list of the tab shown, and a record of any
// of its entities opens on its tab. Subclasses may add tabs of their own after the lists.
#pragma once

#include "common/Module.h"
#include "common/UiContext.h"

#include <QObject>
#include <QPointer>
#include <QTabWidget>
#include <memory>
#include <vector>

class QAction;

namespace tandem {

class RecordsModule;
class RecordListView;

class TabbedRecordsModule : public QObject, public Module {
    Q_OBJECT
public:
    ~TabbedRecordsModule() override;

    QWidget* createWidget(QWidget* parent) override;
    QList<QAction*> actions() const override;
    QStringList entities() const override;
    bool open(const QString& entity, const QString& id) override;
    bool startNew(const QString& entity, const QVariantMap& preset) override;
    bool confirmClose() override;

    // The list of one of the module's entities (null before createWidget or for another entity).
    RecordListView* view(const QString& entity) const;
    // The part showing `entity`, or null.
    RecordsModule* part(const QString& entity) const;
    QTabWidget* tabs() const { return m_tabs; }
    // Shows the entity's tab; false when the module has no such list.
    bool showTab(const QString& entity);

protected:
    // `parts`: the lists, one tab each, in this order; each tab is titled with the part's title.
    TabbedRecordsModule(const UiContext& context, std::vector<std::unique_ptr<RecordsModule>> parts,
        QObject* parent = nullptr);

    // Called once by createWidget after the lists' tabs: add any further tabs to `tabs`.
    virtual void addOwnTabs(QTabWidget* tabs) { Q_UNUSED(tabs); }
    // On a tab of the subclass's own: runs the command named `actionName` ("newAction",
    // "deleteAction" …); false when that tab has no such command.
    virtual bool triggerOnOwnTab(const QString& actionName)
    {
        Q_UNUSED(actionName);
        return false;
    }
    // On a tab of the subclass's own: whether the command is enabled, and its tooltip.
    virtual bool ownTabAction(const QString& actionName, QString* toolTip) const
    {
        Q_UNUSED(actionName);
        Q_UNUSED(toolTip);
        return false;
    }
    // Follow the commands' state again (a subclass's tab changed its selection).
    void updateActions();

    UiContext m_ctx;

private:
    RecordsModule* current() const;
    int indexOf(const QString& entity) const;

    std::vector<std::unique_ptr<RecordsModule>> m_parts;
    QPointer<QTabWidget> m_tabs;
    // New, Save, Revert, Delete: forwarded to the tab shown.
    QList<QAction*> m_actions;
};

} // namespace tandem
