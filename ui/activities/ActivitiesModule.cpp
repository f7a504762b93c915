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
        QStringList warnings;
        auto id = BatchCommands::create(m_context.undoStack, m_context.session, m_context.events,
            tr("New activity"), [&]() -> Result<QString> {
                auto logged
                    = ActivityLog::create(m_context.session, QStringLiteral("activity"), values);
                if (!logged)
                    return logged.error();
                warnings = logged->warnings;
                return logged->id;
            });
        if (id && !warnings.isEmpty())
            Prompter::information(view(), tr("Someone else's customer"),
                tr("%1\n\nThe activity is logged and the owner has been told.")
                    .arg(warnings.join(QLatin1Char('\n'))));
        return id;
    });
    return widget;
}

} // namespace tandem
