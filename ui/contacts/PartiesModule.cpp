#include "contacts/PartiesModule.h"

#include "common/Icons.h"
#include "contacts/CompanyCard.h"
#include "contacts/ContactCard.h"
#include "contacts/ListFilterBar.h"
#include "records/RecordForm.h"
#include "records/RecordListView.h"

namespace tandem {

PartiesModule::PartiesModule(const UiContext& context, const QString& entity, QObject* parent)
    : RecordsModule(context, entity,
          entity == QLatin1String("contact") ? QStringLiteral("contacts") : QStringLiteral("companies"),
          {}, Qt::AscendingOrder, parent)
    , m_context(context)
    , m_entity(entity)
{
}

QWidget* PartiesModule::createWidget(QWidget* parent)
{
    const bool first = !view();
    QWidget* widget = RecordsModule::createWidget(parent);
    if (!first)
        return widget;
    RecordListView* list = view();
    m_filterBar = new ListFilterBar(m_context, *list, list);
    list->addToolRow(m_filterBar);
    RecordForm* form = list->form();
    if (m_entity == QLatin1String("contact")) {
        m_contactCard = new ContactCard(m_context, form);
        form->setOverviewPage(m_contactCard, Icons::get(QStringLiteral("contacts")), tr("Card"));
        connect(m_contactCard, &ContactCard::editRequested, form, &RecordForm::showDetails);
    } else {
        m_companyCard = new CompanyCard(m_context, form);
        form->setOverviewPage(m_companyCard, Icons::get(QStringLiteral("companies")), tr("Card"));
        connect(m_companyCard, &CompanyCard::editRequested, form, &RecordForm::showDetails);
    }
    return widget;
}

} // namespace tandem
