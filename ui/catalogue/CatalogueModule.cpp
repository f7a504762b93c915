#include "catalogue/CatalogueModule.h"

#include "common/Icons.h"
#include "materials/MaterialLibraryView.h"
#include "records/RecordsModule.h"

#include <QTabWidget>

namespace tandem {

namespace {

std::vector<std::unique_ptr<RecordsModule>> catalogueParts(const UiContext& context)
{
    std::vector<std::unique_ptr<RecordsModule>> parts;
    parts.push_back(std::make_unique<RecordsModule>(
        context, QStringLiteral("product"), QStringLiteral("products")));
    parts.push_back(std::make_unique<RecordsModule>(
        context, QStringLiteral("price_list"), QStringLiteral("record")));
    parts.push_back(std::make_unique<RecordsModule>(
        context, QStringLiteral("price_list_item"), QStringLiteral("record")));
    return parts;
}

} // namespace

CatalogueModule::CatalogueModule(const UiContext& context, QObject* parent)
    : TabbedRecordsModule(context, catalogueParts(context), parent)
{
}

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

void CatalogueModule::addOwnTabs(QTabWidget* tabs)
{
    m_library = new MaterialLibraryView(m_ctx, tabs);
    tabs->addTab(m_library, Icons::get(QStringLiteral("record")), tr("Sales materials"));
    connect(
        m_library, &MaterialLibraryView::selectionChanged, this, &CatalogueModule::updateActions);
}

MaterialLibraryView* CatalogueModule::materialLibrary() const
{
    return m_library;
}

bool CatalogueModule::triggerOnOwnTab(const QString& actionName)
{
    if (!m_library)
        return false;
    if (actionName == QLatin1String("newAction"))
        m_library->addFiles();
    else if (actionName == QLatin1String("deleteAction"))
        m_library->removeSelected();
    else
        return false;
    return true;
}

bool CatalogueModule::ownTabAction(const QString& actionName, QString* toolTip) const
{
    if (!m_library)
        return false;
    if (actionName == QLatin1String("newAction")) {
        *toolTip = tr("Add files to the sales materials library");
        return true;
    }
    if (actionName == QLatin1String("deleteAction")) {
        *toolTip = tr("Remove the selected files from the sales materials library");
        return !m_library->selectedIds().isEmpty();
    }
    return false;
}

} // namespace tandem
