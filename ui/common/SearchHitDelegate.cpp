#include "common/SearchHitDelegate.h"

#include <QApplication>
#include <QPainter>

namespace tandem {

namespace {

constexpr int kMargin = 8;
constexpr int kIconSize = 22;

} // namespace

void SearchHitDelegate::paint(
    QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    // A hint row ("No matches …") has no entity: plain text is enough.
    if (index.data(SearchEntityRole).toString().isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    // The background and selection highlight only; the text is laid out below.
    opt.text.clear();
    opt.icon = QIcon();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group
        = option.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor text
        = option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor dim = text;
    dim.setAlphaF(0.62f);

    const QRect r = option.rect.adjusted(kMargin, 0, -kMargin, 0);
    const QIcon icon = index.data(Qt::DecorationRole).value<QIcon>();
    const QRect iconRect(r.left(), r.top() + (r.height() - kIconSize) / 2, kIconSize, kIconSize);
    icon.paint(painter, iconRect);

    QFont small = option.font;
    small.setPointSizeF(option.font.pointSizeF() * 0.88);
    const QFontMetrics smallMetrics(small);
    const QString typeName = index.data(SearchEntityNameRole).toString();
    const int typeWidth = smallMetrics.horizontalAdvance(typeName);
    const int textLeft = iconRect.right() + kMargin + 2;
    const int textWidth = r.right() - textLeft - typeWidth - kMargin;

    QFont bold = option.font;
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    const int lineGap = 2;
    const int blockHeight = boldMetrics.height() + lineGap + smallMetrics.height();
    const int top = r.top() + (r.height() - blockHeight) / 2;

    painter->save();
    painter->setFont(bold);
    painter->setPen(text);
    const QString label = index.data(Qt::DisplayRole).toString();
    painter->drawText(QRect(textLeft, top, textWidth, boldMetrics.height()),
        Qt::AlignLeft | Qt::AlignVCenter, boldMetrics.elidedText(label, Qt::ElideRight, textWidth));
    painter->setFont(small);
    painter->setPen(dim);
    const QString detail = index.data(SearchDetailRole).toString();
    painter->drawText(
        QRect(textLeft, top + boldMetrics.height() + lineGap, textWidth, smallMetrics.height()),
        Qt::AlignLeft | Qt::AlignVCenter,
        smallMetrics.elidedText(detail, Qt::ElideRight, textWidth));
    painter->drawText(QRect(r.right() - typeWidth, top, typeWidth, boldMetrics.height()),
        Qt::AlignRight | Qt::AlignVCenter, typeName);
    painter->restore();
}

QSize SearchHitDelegate::sizeHint(
    const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    QFont bold = option.font;
    bold.setBold(true);
    const int height = QFontMetrics(bold).height() + QFontMetrics(option.font).height() + 14;
    return { size.width(), std::max(size.height(), height) };
}

} // namespace tandem
