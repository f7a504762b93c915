// Paints one search hit on two lines: the record's name in bold, its details below, its type right.
#pragma once

#include <QStyledItemDelegate>

namespace tandem {

enum SearchHitRole {
    SearchDetailRole = Qt::UserRole + 1,
    SearchEntityNameRole, // translated, e.g. "Contact"
    SearchEntityRole, // "contact"
    SearchIdRole,
};

class SearchHitDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
        const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace tandem
