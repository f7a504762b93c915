#include "quotes/DealQuotesView.h"

#include "common/BatchCommand.h"
#include "common/ChoiceLabels.h"
#include "common/DataEvents.h"
#include "records/FieldDisplay.h"
#include "services/Quotes.h"
#include "store/Session.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tandem {

DealQuotesView::DealQuotesView(const UiContext& context, QWidget* parent)
    : QWidget(parent)
    , m_ctx(context)
    , m_list(new QTreeWidget(this))
    , m_new(new QPushButton(tr("New quote"), this))
    , m_open(new QPushButton(tr("Open"), this))
{
    setObjectName(QStringLiteral("dealQuotes"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setHeaderLabels({ tr("Number"), tr("Version"), tr("Status"), tr("Total"), tr("Sent") });
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_list, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_open);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    connect(m_new, &QPushButton::clicked, this, &DealQuotesView::newQuote);
    auto open = [this] {
        if (const QTreeWidgetItem* item = m_list->currentItem())
            emit openRequested(item->data(0, Qt::UserRole).toString());
    };
    connect(m_open, &QPushButton::clicked, this, open);
    connect(m_list, &QTreeWidget::itemActivated, this, open);
    connect(m_list, &QTreeWidget::currentItemChanged, this,
        [this](QTreeWidgetItem* item) { m_open->setEnabled(item != nullptr); });
    connect(&m_ctx.events, &DataEvents::recordsChanged, this, [this](const QString& entity) {
        if (entity == QLatin1String("quote") || entity == QLatin1String("quote_line")
            || entity.isEmpty())
            refresh();
    });
}

void DealQuotesView::setDeal(const QString& dealId)
{
    m_dealId = dealId;
    refresh();
}

void DealQuotesView::refresh()
{
    m_list->clear();
    m_open->setEnabled(false);
    if (m_dealId.isEmpty())
        return;
    ListQuery q;
    q.where << qMakePair(QStringLiteral("deal_id"), QVariant(m_dealId));
    q.orderBy = QStringLiteral("number");
    const auto quotes = m_ctx.session.records().list(QStringLiteral("quote"), q);
    if (!quotes)
        return;
    for (const Record& quote : *quotes) {
        auto* item = new QTreeWidgetItem(m_list);
        item->setData(0, Qt::UserRole, quote.id);
        item->setText(0, quote.text(QStringLiteral("number")));
        item->setText(1, QStringLiteral("v%1").arg(quote.value(QStringLiteral("version")).toInt()));
        item->setText(2, ChoiceLabels::text(quote.text(QStringLiteral("status"))));
        if (const auto t = Quotes::totals(m_ctx.session, quote.id))
            item->setText(3, FieldDisplay::money(t->total, quote.text(QStringLiteral("currency"))));
        item->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
        const QDateTime sent
            = QDateTime::fromString(quote.text(QStringLiteral("sent_at")), Qt::ISODateWithMs);
        if (sent.isValid())
            item->setText(
                4, QLocale().toString(sent.toLocalTime(), FieldDisplay::dateTimeFormat()));
    }
    m_list->sortItems(0, Qt::AscendingOrder);
}

QString DealQuotesView::newQuote()
{
    const auto id
        = BatchCommands::create(m_ctx.undoStack, m_ctx.session, m_ctx.events, tr("New quote"), [&] {
              return Quotes::create(m_ctx.session, { { QStringLiteral("deal_id"), m_dealId } });
          });
    if (!id) {
        emit failed(id.error().message);
        return {};
    }
    emit openRequested(*id);
    return *id;
}

} // namespace tandem
