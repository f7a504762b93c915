#include "common/TabbedRecordsModule.h"

#include "records/RecordsModule.h"

#include <QAction>
#include <QTabWidget>

namespace tandem {

TabbedRecordsModule::TabbedRecordsModule(
    const UiContext& context, std::vector<std::unique_ptr<RecordsModule>> parts, QObject* parent)
    : QObject(parent)
    , m_ctx(context)
    , m_parts(std::move(parts))
{
    // The window's toolbar holds one set of commands per module: these pass each click on to the
    // same command of the list on the tab shown, and follow its enabled state.
    const QList<QAction*> first = m_parts.front()->actions();
    for (int i = 0; i < first.size(); ++i) {
        QAction* own = new QAction(first.at(i)->icon(), first.at(i)->text(), this);
        own->setObjectName(first.at(i)->objectName());
        own->setShortcut(first.at(i)->shortcut());
        connect(own, &QAction::triggered, this, [this, i, own] {
            if (RecordsModule* part = current())
                part->actions().at(i)->trigger();
            else
                triggerOnOwnTab(own->objectName());
        });
        m_actions << own;
        for (const auto& part : m_parts)
            connect(part->actions().at(i), &QAction::changed, this,
                &TabbedRecordsModule::updateActions);
    }
    updateActions();
}

TabbedRecordsModule::~TabbedRecordsModule() = default;

QWidget* TabbedRecordsModule::createWidget(QWidget* parent)
{
    if (!m_tabs) {
        m_tabs = new QTabWidget(parent);
        m_tabs->setObjectName(key() + QStringLiteral("Tabs"));
        m_tabs->setDocumentMode(true);
        for (const auto& part : m_parts)
            m_tabs->addTab(part->createWidget(m_tabs), part->icon(), part->title());
        addOwnTabs(m_tabs);
        connect(m_tabs, &QTabWidget::currentChanged, this, &TabbedRecordsModule::updateActions);
        updateActions();
    }
    return m_tabs;
}

QList<QAction*> TabbedRecordsModule::actions() const
{
    return m_actions;
}

QStringList TabbedRecordsModule::entities() const
{
    QStringList list;
    for (const auto& part : m_parts)
        list << part->entities();
    return list;
}

bool TabbedRecordsModule::open(const QString& entity, const QString& id)
{
    RecordsModule* shown = part(entity);
    return shown && showTab(entity) && shown->open(entity, id);
}

bool TabbedRecordsModule::startNew(const QString& entity, const QVariantMap& preset)
{
    RecordsModule* shown = part(entity);
    return shown && showTab(entity) && shown->startNew(entity, preset);
}

bool TabbedRecordsModule::confirmClose()
{
    for (const auto& part : m_parts) {
        if (!part->confirmClose())
            return false;
    }
    return true;
}

RecordListView* TabbedRecordsModule::view(const QString& entity) const
{
    const RecordsModule* shown = part(entity);
    return shown ? shown->view() : nullptr;
}

RecordsModule* TabbedRecordsModule::part(const QString& entity) const
{
    const int i = indexOf(entity);
    return i >= 0 ? m_parts.at(size_t(i)).get() : nullptr;
}

bool TabbedRecordsModule::showTab(const QString& entity)
{
    const int i = indexOf(entity);
    if (i < 0 || !m_tabs)
        return false;
    m_tabs->setCurrentIndex(i);
    return true;
}

RecordsModule* TabbedRecordsModule::current() const
{
    const int i = m_tabs ? m_tabs->currentIndex() : 0;
    return i >= 0 && i < int(m_parts.size()) ? m_parts.at(size_t(i)).get() : nullptr;
}

int TabbedRecordsModule::indexOf(const QString& entity) const
{
    for (size_t i = 0; i < m_parts.size(); ++i) {
        if (m_parts.at(i)->entities().contains(entity))
            return int(i);
    }
    return -1;
}

void TabbedRecordsModule::updateActions()
{
    const RecordsModule* part = current();
    for (int i = 0; i < m_actions.size(); ++i) {
        QAction* own = m_actions.at(i);
        if (!part) {
            QString tip;
            own->setEnabled(ownTabAction(own->objectName(), &tip));
            own->setToolTip(tip.isEmpty() ? own->text() : tip);
            continue;
        }
        QAction* source = part->actions().at(i);
        own->setEnabled(source->isEnabled());
        own->setToolTip(source->toolTip());
    }
}

} // namespace tandem
