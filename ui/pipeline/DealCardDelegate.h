// Paints a deal on the board as a card: title and amount, company, owner, the next activity (red
// when overdue), days in the stage, and a warning stripe when the deal has stalled.
#pragma once

#include <QStyledItemDelegate>

namespace tandem {

class DealCardDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
        const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace tandem
