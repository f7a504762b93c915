#include "team/TerritoriesPart.h"

#include "common/Icons.h"
#include "records/RecordForm.h"
#include "records/RecordListView.h"
#include "team/TerritoryCardView.h"

namespace tandem {

TerritoriesPart::TerritoriesPart(const UiContext& context, QObject* parent)
    : RecordsModule(context, QStringLiteral("territory"), QStringLiteral("companies"), {},
        Qt::AscendingOrder, parent)
    , m_context(context)
{
}

QWidget* TerritoriesPart::createWidget(QWidget* parent)
{
    const bool first = !view();
    QWidget* widget = RecordsModule::createWidget(parent);
    if (!first)
        return widget;
    RecordForm* form = view()->form();
    m_card = new TerritoryCardView(m_context, form);
    form->setOverviewPage(m_card, Icons::get(QStringLiteral("companies")), tr("Territory"));
    view()->preferWideCard();
    return widget;
}

} // namespace tandem
