#include "activities/ActivitiesModule.h"

#include "common/BatchCommand.h"
#include "common/Prompter.h"
#include "records/RecordForm.h"
#include "records/RecordListView.h"
#include "services/ActivityLog.h"

namespace tandem {

ActivitiesModule::ActivitiesModule(const UiContext& context, QObject* parent)
    : RecordsModule(context, QStringLiteral("activity"), QStringLiteral("activities"),
        QStringLiteral("starts_at"), Qt::DescendingOrder, parent)
    , m_context(context)
{
}

QWidget* ActivitiesModule::createWidget(QWidget* parent)
{
    const bool first = !view();
    QWidget* widget = RecordsModule::createWidget(parent);
    if (!first)
        return widget;
    view()->form()->setCreator([this](const QVariantMap& values) -> Result<QString> {
        LoggedActivity logged;
        auto r = BatchCommands::run(m_context.undoStack, m_context.session, m_context.events,
            tr("New activity"), [&]() -> Result<void> {
                auto created
                    = ActivityLog::create(m_context.session, QStringLiteral("activity"), values);
                if (!created)
                    return created.error();
                logged = *created;
                return {};
            });
        if (!r)
            return r.error();
        if (!logged.warnings.isEmpty())
            Prompter::information(view(), tr("Someone else's customer"),
                tr("%1\n\nThe activity is logged and the owner has been told.")
                    .arg(logged.warnings.join(QLatin1Char('\n'))));
        return logged.id;
    });
    return widget;
}

} // namespace tandem
