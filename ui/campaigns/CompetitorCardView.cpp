#include "campaigns/CompetitorCardView.h"

#include "common/BatchCommand.h"
#include "common/DataEvents.h"
#include "common/Headings.h"
#include "common/Prompter.h"
#include "records/FieldDisplay.h"
#include "services/Competitors.h"
#include "store/Session.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace tandem {

namespace {

const QString kDeal = QStringLiteral("deal");
const QString kCompetitor = QStringLiteral("competitor");

enum Column { LostOn, Deal, Amount, Company, Owner, Reason, ColumnCount };

QLabel* textBlock(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QGroupBox* box(const QString& title, QLabel* content, QWidget* parent)
{
    auto* group = new QGroupBox(title, parent);
    auto* layout = new QVBoxLayout(group);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->addWidget(content);
    layout->addStretch(1);
    return group;
}

QString localDate(const QDateTime& t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime().date(), FieldDisplay::dateFormat())
                       : QString();
}

// A website as typed ("acme.example") as a link a browser opens.
QString websiteLink(const QString& website)
{
    const QUrl url = QUrl::fromUserInput(website);
    if (!url.isValid())
        return website.toHtmlEscaped();
    return QStringLiteral("<a href=\"%1\">%2</a>")
        .arg(QString::fromUtf8(url.toEncoded()).toHtmlEscaped(), website.toHtmlEscaped());
}

} // namespace

CompetitorCardView::CompetitorCardView(const UiContext& context, QWidget* parent)
    : RecordPage(parent)
    , m_ctx(context)
    , m_title(new QLabel(this))
    , m_website(new QLabel(this))
    , m_edit(new QPushButton(tr("Edit details"), this))
    , m_summary(new QLabel(this))
    , m_strengths(textBlock(this))
    , m_weaknesses(textBlock(this))
    , m_prices(textBlock(this))
    , m_notesTitle(new QLabel(tr("Notes"), this))
    , m_notes(textBlock(this))
    , m_dealsTitle(new QLabel(tr("Deals lost to them"), this))
    , m_deals(new QTableWidget(0, ColumnCount, this))
{
    setObjectName(QStringLiteral("competitorCard"));
    QVBoxLayout* layout = cardLayout(this, m_title, m_edit, Qt::AlignTop);
    m_website->setObjectName(QStringLiteral("competitorWebsite"));
    m_website->setTextFormat(Qt::RichText);
    m_website->setOpenExternalLinks(true);
    m_website->setTextInteractionFlags(Qt::TextBrowserInteraction);
    layout->addWidget(m_website);
    m_summary->setObjectName(QStringLiteral("competitorSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    layout->addWidget(m_summary);

    auto* knowledge = new QHBoxLayout;
    knowledge->setSpacing(8);
    knowledge->addWidget(box(tr("Strengths"), m_strengths, this), 1);
    knowledge->addWidget(box(tr("Weaknesses"), m_weaknesses, this), 1);
    knowledge->addWidget(box(tr("Price points"), m_prices, this), 1);
    layout->addLayout(knowledge);
    QFont bold = m_notesTitle->font();
    bold.setBold(true);
    m_notesTitle->setFont(bold);
    layout->addWidget(m_notesTitle);
    layout->addWidget(m_notes);

    m_dealsTitle->setFont(bold);
    layout->addWidget(m_dealsTitle);
    m_deals->setObjectName(QStringLiteral("competitorDeals"));
    m_deals->setHorizontalHeaderLabels(
        { tr("Lost on"), tr("Deal"), tr("Amount"), tr("Company"), tr("Owner"), tr("Reason") });
    m_deals->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_deals->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_deals->setSelectionMode(QAbstractItemView::SingleSelection);
    m_deals->setAlternatingRowColors(true);
    m_deals->setShowGrid(false);
    m_deals->setWordWrap(false);
    m_deals->verticalHeader()->hide();
    m_deals->horizontalHeader()->setHighlightSections(false);
    m_deals->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_deals->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_deals->horizontalHeader()->setStretchLastSection(true);
    m_deals->setContextMenuPolicy(Qt::CustomContextMenu);
    layout->addWidget(m_deals, 1);

    connect(m_edit, &QPushButton::clicked, this, &CompetitorCardView::editRequested);
    connect(m_deals, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        const QString id = dealIdAt(row);
        if (!id.isEmpty())
            m_ctx.events.requestOpen(kDeal, id);
    });
    connect(m_deals, &QWidget::customContextMenuRequested, this, &CompetitorCardView::showMenu);
    connect(&m_ctx.events, &DataEvents::recordsChanged, this, [this](const QString& entity) {
        if (!m_id.isEmpty() && isVisible()
            && (entity == kDeal || entity == kCompetitor || entity == QLatin1String("company")
                || entity == QLatin1String("user")))
            refresh();
    });
}

void CompetitorCardView::showRecord(const QString& id)
{
    m_id = id;
    refresh();
}

QString CompetitorCardView::dealIdAt(int row) const
{
    const QTableWidgetItem* item = m_deals->item(row, LostOn);
    return item ? item->data(Qt::UserRole).toString() : QString();
}

bool CompetitorCardView::unlinkDeal(int row)
{
    const QString dealId = dealIdAt(row);
    if (dealId.isEmpty())
        return false;
    RecordStore& rs = m_ctx.session.records();
    auto r = BatchCommands::run(m_ctx.undoStack, m_ctx.session, m_ctx.events,
        tr("Take “%1” off “%2”").arg(rs.labelOf(kDeal, dealId), m_title->text()),
        [&] { return Competitors::linkDeal(m_ctx.session, dealId, {}); });
    if (!r) {
        Prompter::warning(this, tr("Competitor"), r.error().message);
        return false;
    }
    return true;
}

void CompetitorCardView::showEvent(QShowEvent* event)
{
    RecordPage::showEvent(event);
    // Deals lost while the card was hidden (the board, sync) show now.
    refresh();
}

void CompetitorCardView::showMenu(const QPoint& pos)
{
    const int row = m_deals->rowAt(pos.y());
    if (row < 0)
        return;
    QMenu menu(this);
    QAction* open = menu.addAction(tr("Open deal"));
    QAction* unlink = menu.addAction(tr("Not lost to this competitor"));
    QAction* chosen = menu.exec(m_deals->viewport()->mapToGlobal(pos));
    if (chosen == open)
        m_ctx.events.requestOpen(kDeal, dealIdAt(row));
    else if (chosen == unlink)
        unlinkDeal(row);
}

void CompetitorCardView::fillNotes(QLabel* label, const QString& text)
{
    const QString trimmed = text.trimmed();
    label->setText(trimmed.isEmpty() ? tr("Nothing noted yet") : trimmed);
    label->setForegroundRole(trimmed.isEmpty() ? QPalette::PlaceholderText : QPalette::WindowText);
}

void CompetitorCardView::refresh()
{
    auto card = m_id.isEmpty() ? Result<CompetitorCard>(Error {})
                               : Competitors::card(m_ctx.session, m_id);
    setEnabled(card.ok());
    if (!card) {
        m_title->clear();
        m_website->clear();
        m_summary->clear();
        m_deals->setRowCount(0);
        return;
    }
    const Record& c = card->competitor;
    const QString name = c.text(QStringLiteral("name"));
    m_title->setText(name);
    const QString website = c.text(QStringLiteral("website")).trimmed();
    m_website->setText(website.isEmpty() ? QString() : websiteLink(website));
    m_website->setVisible(!website.isEmpty());
    fillNotes(m_strengths, c.text(QStringLiteral("strengths")));
    fillNotes(m_weaknesses, c.text(QStringLiteral("weaknesses")));
    fillNotes(m_prices, c.text(QStringLiteral("price_notes")));
    const QString notes = c.text(QStringLiteral("notes")).trimmed();
    m_notes->setText(notes);
    m_notesTitle->setVisible(!notes.isEmpty());
    m_notes->setVisible(!notes.isEmpty());

    const CompetitorSummary& s = card->summary;
    if (s.lostDeals == 0) {
        m_summary->setText(tr("No deal has been lost to %1 yet.").arg(name));
    } else {
        QStringList value;
        for (const MoneyTotal& t : s.lostValue)
            value << FieldDisplay::money(t.minorUnits, t.currency);
        QStringList parts;
        parts << (value.isEmpty()
                ? tr("Deals lost: %1").arg(QLocale().toString(s.lostDeals))
                : tr("Deals lost: %1, worth %2")
                      .arg(QLocale().toString(s.lostDeals), QLocale().createSeparatedList(value)));
        if (s.lastLostAt.isValid())
            parts << tr("last on %1").arg(localDate(s.lastLostAt));
        if (!s.usualReason.isEmpty())
            parts << tr("usual reason “%1” (%2 of %3)")
                         .arg(s.usualReason, QLocale().toString(s.usualReasonCount),
                             QLocale().toString(s.lostDeals));
        m_summary->setText(parts.join(QStringLiteral(" · ")));
    }

    m_deals->setSortingEnabled(false);
    m_deals->setRowCount(int(card->deals.size()));
    for (int row = 0; row < card->deals.size(); ++row) {
        const LostDeal& d = card->deals.at(row);
        auto* lostOn = new QTableWidgetItem(localDate(d.lostAt));
        lostOn->setData(Qt::UserRole, d.dealId);
        m_deals->setItem(row, LostOn, lostOn);
        m_deals->setItem(row, Deal, new QTableWidgetItem(d.title));
        m_deals->setItem(row, Company, new QTableWidgetItem(d.companyName));
        m_deals->setItem(row, Owner, new QTableWidgetItem(d.ownerName));
        auto* amount = new QTableWidgetItem(
            d.amount ? FieldDisplay::money(*d.amount, d.currency) : QString());
        amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_deals->setItem(row, Amount, amount);
        m_deals->setItem(row, Reason, new QTableWidgetItem(d.lostReason));
    }
    // Long titles and names are cut rather than pushing the amount out of sight.
    m_deals->resizeColumnsToContents();
    static const int kMaxWidth[] = { 110, 200, 140, 170, 150 };
    for (int col = 0; col < Reason; ++col)
        m_deals->setColumnWidth(col, std::min(m_deals->columnWidth(col) + 12, kMaxWidth[col]));
    m_dealsTitle->setText(s.lostDeals == 0
            ? tr("Deals lost to them")
            : tr("Deals lost to them (%1)").arg(QLocale().toString(s.lostDeals)));
}

} // namespace tandem
