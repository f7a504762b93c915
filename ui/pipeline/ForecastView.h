// The weighted forecast under the board: the deals the board shows, by expected close month
// (optionally by owner), with their total and probability-weighted total.
#pragma once

#include "store/BoardQuery.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QStandardItemModel;
class QTableView;

namespace tandem {

class ForecastView : public QWidget {
    Q_OBJECT
public:
    explicit ForecastView(QWidget* parent = nullptr);

    void setDeals(const QList<BoardDeal>& deals);
    QStandardItemModel* model() const { return m_model; }
    QCheckBox* byOwnerCheck() const { return m_byOwner; }

private:
    void rebuild();

    QList<BoardDeal> m_deals;
    QCheckBox* m_byOwner;
    QLabel* m_total;
    QStandardItemModel* m_model;
    QTableView* m_table;
};

} // namespace tandem
