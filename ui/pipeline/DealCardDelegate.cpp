#include "pipeline/DealCardDelegate.h"

#include "pipeline/BoardModel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace tandem {

namespace {

constexpr int kMargin = 4;
constexpr int kPadding = 9;
constexpr int kStripe = 4;

const QColor kStalled(0xd9, 0x82, 0x1e);
const QColor kOverdue(0xc0, 0x39, 0x2b);

} // namespace

QSize DealCardDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const
{
    const int line = option.fontMetrics.height();
    return { 200, 2 * kMargin + 2 * kPadding + 4 * line + 6 };
}

void DealCardDelegate::paint(
    QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QPalette& pal = option.palette;
    const QRectF card = QRectF(option.rect).adjusted(kMargin, kMargin, -kMargin, -kMargin);
    const bool selected = option.state & QStyle::State_Selected;
    const bool stalled = index.data(BoardModel::StalledRole).toBool();

    QPainterPath shape;
    shape.addRoundedRect(card, 6, 6);
    painter->fillPath(shape, pal.color(QPalette::Base));
    painter->setPen(QPen(selected ? pal.color(QPalette::Highlight) : pal.color(QPalette::Mid),
        selected ? 2.0 : 1.0));
    painter->drawPath(shape);
    if (stalled) {
        QPainterPath stripe;
        stripe.addRoundedRect(QRectF(card.left(), card.top(), kStripe + 4, card.height()), 6, 6);
        painter->setClipRect(QRectF(card.left(), card.top(), kStripe, card.height()));
        painter->fillPath(stripe, kStalled);
        painter->setClipping(false);
    }

    const QRect text = card.toRect().adjusted(kPadding + kStripe, kPadding, -kPadding, -kPadding);
    const QFontMetrics fm(option.font);
    const int line = fm.height();
    QFont bold = option.font;
    bold.setBold(true);
    const QFontMetrics boldFm(bold);

    // Line 1: the deal and its amount.
    const QString amount = index.data(BoardModel::AmountTextRole).toString();
    const int amountWidth = amount.isEmpty() ? 0 : boldFm.horizontalAdvance(amount) + 8;
    painter->setFont(bold);
    painter->setPen(pal.color(QPalette::Text));
    painter->drawText(QRect(text.left(), text.top(), text.width() - amountWidth, line),
        Qt::AlignLeft | Qt::AlignVCenter,
        boldFm.elidedText(index.data().toString(), Qt::ElideRight, text.width() - amountWidth));
    if (!amount.isEmpty())
        painter->drawText(QRect(text.left(), text.top(), text.width(), line),
            Qt::AlignRight | Qt::AlignVCenter, amount);

    // Line 2: the company; line 3: owner and close date; line 4: next step and age in the stage.
    painter->setFont(option.font);
    const QColor muted = pal.color(QPalette::PlaceholderText);
    auto drawLine = [&](int n, const QString& left, const QString& right, const QColor& leftColor,
                        const QColor& rightColor) {
        const QRect r(text.left(), text.top() + n * (line + 2), text.width(), line);
        const int rightWidth = right.isEmpty() ? 0 : fm.horizontalAdvance(right) + 8;
        painter->setPen(leftColor);
        painter->drawText(r.adjusted(0, 0, -rightWidth, 0), Qt::AlignLeft | Qt::AlignVCenter,
            fm.elidedText(left, Qt::ElideRight, r.width() - rightWidth));
        if (!right.isEmpty()) {
            painter->setPen(rightColor);
            painter->drawText(r, Qt::AlignRight | Qt::AlignVCenter, right);
        }
    };
    drawLine(
        1, index.data(BoardModel::CompanyRole).toString(), {}, pal.color(QPalette::Text), muted);
    const QString close = index.data(BoardModel::ExpectedCloseRole).toString();
    const bool late = index.data(BoardModel::CloseOverdueRole).toBool();
    drawLine(2, index.data(BoardModel::OwnerRole).toString(),
        close.isEmpty() ? QString() : tr("closes %1").arg(close), muted, late ? kOverdue : muted);
    const QString next = index.data(BoardModel::NextActivityRole).toString();
    const int days = index.data(BoardModel::DaysInStageRole).toInt();
    const QString age = days < 0 ? QString() : tr("%n day(s) here", nullptr, days);
    const bool overdue = index.data(BoardModel::NextActivityOverdueRole).toBool();
    drawLine(3, next.isEmpty() ? tr("No next step planned") : next, age,
        overdue || next.isEmpty() ? kOverdue : muted, stalled ? kStalled : muted);
    painter->restore();
}

} // namespace tandem
