#include "pipeline/ForecastView.h"

#include "records/FieldDisplay.h"
#include "services/Forecast.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSet>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace tandem {

namespace {

QStandardItem* number(const QString& text, const QVariant& sortValue)
{
    auto* item = new QStandardItem(text);
    item->setData(sortValue, Qt::UserRole);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

ForecastView::ForecastView(QWidget* parent)
    : QWidget(parent)
    , m_byOwner(new QCheckBox(tr("Split by owner"), this))
    , m_total(new QLabel(this))
    , m_model(new QStandardItemModel(this))
    , m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("forecastView"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    auto* top = new QHBoxLayout;
    auto* title = new QLabel(tr("Weighted forecast by expected close month"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    top->addWidget(title);
    top->addStretch(1);
    top->addWidget(m_total);
    top->addWidget(m_byOwner);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setStretchLastSection(false);
    connect(m_byOwner, &QCheckBox::toggled, this, &ForecastView::rebuild);
}

void ForecastView::setDeals(const QList<BoardDeal>& deals)
{
    m_deals = deals;
    rebuild();
}

void ForecastView::rebuild()
{
    const bool perOwner = m_byOwner->isChecked();
    m_model->clear();
    const QList<ForecastRow> rows = Forecast::fromDeals(m_deals, perOwner);
    QSet<QString> currencies;
    for (const ForecastRow& row : rows)
        currencies.insert(row.currency);
    // Each currency is its own row: say which, when there are several.
    const bool showCurrency = currencies.size() > 1;
    QStringList headers { tr("Month") };
    if (perOwner)
        headers << tr("Owner");
    if (showCurrency)
        headers << tr("Currency");
    headers << tr("Deals") << tr("Total") << tr("Weighted");
    m_model->setHorizontalHeaderLabels(headers);
    QMap<QString, qint64> weightedSum;
    for (const ForecastRow& row : rows) {
        QList<QStandardItem*> items;
        const QDate month = QDate::fromString(row.month + QStringLiteral("-01"), Qt::ISODate);
        items << new QStandardItem(month.isValid() ? QLocale().standaloneMonthName(month.month())
                    + QLatin1Char(' ') + QString::number(month.year())
                                                   : tr("No close date"));
        if (perOwner)
            items << new QStandardItem(row.ownerName.isEmpty() ? tr("Nobody") : row.ownerName);
        if (showCurrency)
            items << new QStandardItem(row.currency);
        items << number(QLocale().toString(row.deals), row.deals)
              << number(FieldDisplay::money(row.total, row.currency), row.total)
              << number(FieldDisplay::money(row.weighted, row.currency), row.weighted);
        m_model->appendRow(items);
        weightedSum[row.currency] += row.weighted;
    }
    QStringList totals;
    for (auto it = weightedSum.begin(); it != weightedSum.end(); ++it)
        totals << FieldDisplay::money(it.value(), it.key());
    m_total->setText(totals.isEmpty()
            ? QString()
            : tr("Weighted in all: %1").arg(totals.join(QStringLiteral(" + "))));
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
}

} // namespace tandem
