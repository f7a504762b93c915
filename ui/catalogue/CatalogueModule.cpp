#include "catalogue/CatalogueModule.h"

#include "common/Icons.h"
#include "materials/MaterialLibraryView.h"
#include "records/RecordsModule.h"

#include <QAction>
#include <QTabWidget>

namespace tandem {

CatalogueModule::CatalogueModule(const UiContext& context, QObject* parent)
    : QObject(parent)
    , m_ctx(context)
{
    m_parts.push_back(std::make_unique<RecordsModule>(
        context, QStringLiteral("product"), QStringLiteral("products")));
    m_parts.push_back(std::make_unique<RecordsModule>(
        context, QStringLiteral("price_list"), QStringLiteral("record")));
    m_parts.push_back(std::make_unique<RecordsModule>(
        context, QStringLiteral("price_list_item"), QStringLiteral("record")));

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
            else if (libraryShown() && own->objectName() == QLatin1String("newAction"))
                m_library->addFiles();
            else if (libraryShown() && own->objectName() == QLatin1String("deleteAction"))
                m_library->removeSelected();
        });
        m_actions << own;
        for (const auto& part : m_parts)
            connect(
                part->actions().at(i), &QAction::changed, this, &CatalogueModule::updateActions);
    }
    updateActions();
}

CatalogueModule::~CatalogueModule() = default;

QString CatalogueModule::key() const
{
    return QStringLiteral("catalogue");
}

QString CatalogueModule::title() const
{
    return tr("Catalogue");
}

QIcon CatalogueModule::icon() const
{
    return Icons::get(QStringLiteral("products"));
}

QWidget* CatalogueModule::createWidget(QWidget* parent)
{
    if (!m_tabs) {
        m_tabs = new QTabWidget(parent);
        m_tabs->setObjectName(QStringLiteral("catalogueTabs"));
        m_tabs->setDocumentMode(true);
        for (const auto& part : m_parts)
            m_tabs->addTab(part->createWidget(m_tabs), part->icon(), part->title());
        m_library = new MaterialLibraryView(m_ctx, m_tabs);
        m_tabs->addTab(m_library, Icons::get(QStringLiteral("record")), tr("Sales materials"));
        connect(m_library, &MaterialLibraryView::selectionChanged, this,
            &CatalogueModule::updateActions);
        connect(m_tabs, &QTabWidget::currentChanged, this, &CatalogueModule::updateActions);
        updateActions();
    }
    return m_tabs;
}

QList<QAction*> CatalogueModule::actions() const
{
    return m_actions;
}

QStringList CatalogueModule::entities() const
{
    QStringList list;
    for (const auto& part : m_parts)
        list << part->entities();
    return list;
}

bool CatalogueModule::open(const QString& entity, const QString& id)
{
    const int i = indexOf(entity);
    return i >= 0 && showTab(entity) && m_parts.at(size_t(i))->open(entity, id);
}

bool CatalogueModule::startNew(const QString& entity, const QVariantMap& preset)
{
    const int i = indexOf(entity);
    return i >= 0 && showTab(entity) && m_parts.at(size_t(i))->startNew(entity, preset);
}

bool CatalogueModule::confirmClose()
{
    for (const auto& part : m_parts) {
        if (!part->confirmClose())
            return false;
    }
    return true;
}

RecordListView* CatalogueModule::view(const QString& entity) const
{
    const int i = indexOf(entity);
    return i >= 0 ? m_parts.at(size_t(i))->view() : nullptr;
}

bool CatalogueModule::showTab(const QString& entity)
{
    const int i = indexOf(entity);
    if (i < 0 || !m_tabs)
        return false;
    m_tabs->setCurrentIndex(i);
    return true;
}

RecordsModule* CatalogueModule::current() const
{
    const int i = m_tabs ? m_tabs->currentIndex() : 0;
    return i >= 0 && i < int(m_parts.size()) ? m_parts.at(size_t(i)).get() : nullptr;
}

int CatalogueModule::indexOf(const QString& entity) const
{
    for (size_t i = 0; i < m_parts.size(); ++i) {
        if (m_parts.at(i)->entities().contains(entity))
            return int(i);
    }
    return -1;
}

MaterialLibraryView* CatalogueModule::materialLibrary() const
{
    return m_library;
}

bool CatalogueModule::libraryShown() const
{
    return m_library && m_tabs && m_tabs->currentWidget() == m_library;
}

void CatalogueModule::updateActions()
{
    if (libraryShown()) {
        const bool selected = !m_library->selectedIds().isEmpty();
        for (QAction* own : std::as_const(m_actions)) {
            const bool isNew = own->objectName() == QLatin1String("newAction");
            const bool isDelete = own->objectName() == QLatin1String("deleteAction");
            own->setEnabled(isNew || (isDelete && selected));
            if (isNew)
                own->setToolTip(tr("Add files to the sales materials library"));
            else if (isDelete)
                own->setToolTip(tr("Remove the selected files from the sales materials library"));
        }
        return;
    }
    const RecordsModule* part = current();
    for (int i = 0; i < m_actions.size(); ++i) {
        QAction* source = part ? part->actions().at(i) : nullptr;
        m_actions.at(i)->setEnabled(source && source->isEnabled());
        if (source)
            m_actions.at(i)->setToolTip(source->toolTip());
    }
}

} // namespace tandem
