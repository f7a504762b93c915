// The deal moves every screen offers (board, deal card, deal form): each is one undo step through
// DealFlow, and a refusal (a required checklist item, a missing reason) is shown, changing nothing.
#pragma once

#include "common/UiContext.h"

#include <QStringList>

class QWidget;

namespace tandem {

class LoseDialog;

namespace DealCommands {
bool move(
    const UiContext& ctx, const QStringList& dealIds, const QString& stageId, QWidget* parent);
bool win(const UiContext& ctx, const QStringList& dealIds, QWidget* parent);
bool lose(const UiContext& ctx, const QStringList& dealIds, const QString& reason,
    const QString& competitorId, QWidget* parent);
bool reopen(const UiContext& ctx, const QString& dealId, QWidget* parent);
// Asks why (the dialog is returned, already open; accepting it loses the deals).
LoseDialog* askLose(const UiContext& ctx, const QStringList& dealIds, QWidget* parent);
} // namespace DealCommands

} // namespace tandem
