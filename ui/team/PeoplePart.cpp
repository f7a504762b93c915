#include "team/PeoplePart.h"

#include "common/Icons.h"
#include "records/RecordForm.h"
#include "records/RecordListView.h"
#include "team/UserCardView.h"

namespace tandem {

PeoplePart::PeoplePart(const UiContext& context, QObject* parent)
    : RecordsModule(
        context, QStringLiteral("user"), QStringLiteral("user"), {}, Qt::AscendingOrder, parent)
    , m_context(context)
{
}

QWidget* PeoplePart::createWidget(QWidget* parent)
{
    const bool first = !view();
    QWidget* widget = RecordsModule::createWidget(parent);
    if (!first)
        return widget;
    RecordForm* form = view()->form();
    m_card = new UserCardView(m_context, form);
    form->setOverviewPage(m_card, Icons::get(QStringLiteral("user")), tr("Person"));
    view()->preferWideCard();
    return widget;
}

} // namespace tandem
