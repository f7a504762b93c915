#include "common/DealCommands.h"

#include "common/BatchCommand.h"
#include "common/LoseDialog.h"
#include "common/Prompter.h"
#include "services/DealFlow.h"
#include "store/Session.h"

#include <QCoreApplication>
#include <functional>

namespace tandem {

namespace {

QString dealsLabel(const UiContext& ctx, const QStringList& ids)
{
    if (ids.size() != 1)
        return QCoreApplication::translate("DealCommands", "%n deal(s)", nullptr, int(ids.size()));
    return QCoreApplication::translate("DealCommands", "“%1”")
        .arg(ctx.session.records().labelOf(QStringLiteral("deal"), ids.first()));
}

// Runs `step` for each deal as one undo step named `text`; the first refusal undoes them all.
bool forEach(const UiContext& ctx, const QStringList& ids, const QString& text,
    const QString& failureTitle, QWidget* parent,
    const std::function<Result<void>(const QString&)>& step)
{
    if (ids.isEmpty())
        return false;
    const auto r
        = BatchCommands::run(ctx.undoStack, ctx.session, ctx.events, text, [&]() -> Result<void> {
              for (const QString& id : ids) {
                  if (auto done = step(id); !done)
                      return done;
              }
              return {};
          });
    if (!r)
        Prompter::warning(parent, failureTitle, r.error().message);
    return r.ok();
}

} // namespace

bool DealCommands::move(
    const UiContext& ctx, const QStringList& dealIds, const QString& stageId, QWidget* parent)
{
    if (stageId.isEmpty())
        return false;
    const QString stage = ctx.session.records().labelOf(QStringLiteral("stage"), stageId);
    return forEach(ctx, dealIds,
        QCoreApplication::translate("DealCommands", "Move %1 to %2")
            .arg(dealsLabel(ctx, dealIds), stage),
        QCoreApplication::translate("DealCommands", "Not moved"), parent,
        [&](const QString& id) { return DealFlow::move(ctx.session, id, stageId); });
}

bool DealCommands::win(const UiContext& ctx, const QStringList& dealIds, QWidget* parent)
{
    return forEach(ctx, dealIds,
        QCoreApplication::translate("DealCommands", "Mark %1 won").arg(dealsLabel(ctx, dealIds)),
        QCoreApplication::translate("DealCommands", "Not marked won"), parent,
        [&](const QString& id) { return DealFlow::win(ctx.session, id); });
}

bool DealCommands::lose(const UiContext& ctx, const QStringList& dealIds, const QString& reason,
    const QString& competitorId, QWidget* parent)
{
    return forEach(ctx, dealIds,
        QCoreApplication::translate("DealCommands", "Mark %1 lost").arg(dealsLabel(ctx, dealIds)),
        QCoreApplication::translate("DealCommands", "Not marked lost"), parent,
        [&](const QString& id) { return DealFlow::lose(ctx.session, id, reason, competitorId); });
}

bool DealCommands::reopen(const UiContext& ctx, const QString& dealId, QWidget* parent)
{
    return forEach(ctx, { dealId },
        QCoreApplication::translate("DealCommands", "Reopen %1").arg(dealsLabel(ctx, { dealId })),
        QCoreApplication::translate("DealCommands", "Not reopened"), parent,
        [&](const QString& id) { return DealFlow::reopen(ctx.session, id); });
}

LoseDialog* DealCommands::askLose(const UiContext& ctx, const QStringList& dealIds, QWidget* parent)
{
    if (dealIds.isEmpty())
        return nullptr;
    const QString what = dealIds.size() == 1
        ? ctx.session.records().labelOf(QStringLiteral("deal"), dealIds.first())
        : QCoreApplication::translate("DealCommands", "%n deal(s)", nullptr, int(dealIds.size()));
    auto* dialog = new LoseDialog(ctx.session, QStringLiteral("deal"), what, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const UiContext context = ctx;
    QObject::connect(dialog, &QDialog::accepted, dialog, [context, dialog, dealIds, parent] {
        lose(context, dealIds, dialog->reason(), dialog->competitorId(), parent);
    });
    dialog->open();
    return dialog;
}

} // namespace tandem
