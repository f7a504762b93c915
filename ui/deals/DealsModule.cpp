#include "deals/DealsModule.h"

#include "common/BatchCommand.h"
#include "common/Icons.h"
#include "deals/DealCardView.h"
#include "records/RecordForm.h"
#include "records/RecordListView.h"
#include "services/DealFlow.h"
#include "store/Session.h"

namespace tandem {

DealsModule::DealsModule(const UiContext& context, QObject* parent)
    : RecordsModule(context, QStringLiteral("deal"), QStringLiteral("deals"),
        QStringLiteral("expected_close"), Qt::AscendingOrder, parent)
    , m_context(context)
{
}

QWidget* DealsModule::createWidget(QWidget* parent)
{
    const bool first = !view();
    QWidget* widget = RecordsModule::createWidget(parent);
    if (!first)
        return widget;
    RecordForm* form = view()->form();
    m_card = new DealCardView(m_context, form);
    form->setOverviewPage(m_card, Icons::get(QStringLiteral("deals")), tr("Deal"));
    form->setCreator([this](const QVariantMap& values) { return create(values); });
    form->setUpdater(
        [this](const QString& id, const QVariantMap& changes) { return update(id, changes); });
    return widget;
}

Result<QString> DealsModule::create(const QVariantMap& values)
{
    return BatchCommands::create(m_context.undoStack, m_context.session, m_context.events,
        tr("New deal"), [&] { return DealFlow::create(m_context.session, values); });
}

Result<void> DealsModule::update(const QString& id, const QVariantMap& changes)
{
    const QString label = m_context.session.records().labelOf(QStringLiteral("deal"), id);
    return BatchCommands::run(m_context.undoStack, m_context.session, m_context.events,
        tr("Edit “%1”").arg(label),
        [&] { return DealFlow::update(m_context.session, id, changes); });
}

} // namespace tandem
