#include "activities/ActivitiesModule.h"

#include "common/BatchCommand.h"
#include "common/OutcomeDialog.h"
#include "common/Prompter.h"
#include "common/RecordCommands.h"
#include "records/RecordForm.h"
#include "records/RecordListView.h"
#include "services/ActivityLog.h"
#include "services/ActivityOutcome.h"
#include "store/Session.h"

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
    // Ticking a call or meeting done asks how it went; it is done once the outcome is saved.
    view()->form()->setUpdater([this](const QString& id, const QVariantMap& changes) {
        const auto activity = m_context.session.records().get(QStringLiteral("activity"), id);
        const QString kind = changes.contains(QStringLiteral("kind"))
            ? changes.value(QStringLiteral("kind")).toString()
            : (activity ? activity->text(QStringLiteral("kind")) : QString());
        const bool asks = activity && changes.value(QStringLiteral("done")).toBool()
            && !activity->value(QStringLiteral("done")).toBool()
            && ActivityOutcome::asksForOutcome(kind);
        QVariantMap rest = changes;
        if (asks) {
            rest.remove(QStringLiteral("done"));
            rest.remove(QStringLiteral("done_at"));
        }
        if (!rest.isEmpty()) {
            if (auto r = RecordCommands::edit(m_context.undoStack, m_context.session.records(),
                    m_context.events, QStringLiteral("activity"), id, rest);
                !r)
                return r;
        }
        if (asks) {
            auto* dialog = new OutcomeDialog(m_context, id, view());
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->open();
        }
        return Result<void>();
    });
    return widget;
}

} // namespace tandem
