#include "contacts/CompanyDocumentsView.h"

#include "common/DataEvents.h"
#include "common/Icons.h"
#include "records/FieldDisplay.h"
#include "store/DocumentQueries.h"
#include "store/Session.h"
#include "util/StoredTime.h"
#include "util/TextFold.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tandem {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kSearchRole = Qt::UserRole + 2; // name, for and sent to, folded for the filter

} // namespace

CompanyDocumentsView::CompanyDocumentsView(const UiContext& context, QWidget* parent)
    : QWidget(parent)
    , m_ctx(context)
    , m_filter(new QLineEdit(this))
    , m_list(new QTreeWidget(this))
    , m_empty(new QLabel(this))
    , m_open(new QPushButton(tr("Open"), this))
    , m_saveAs(new QPushButton(tr("Save a copy…"), this))
{
    setObjectName(QStringLiteral("companyDocuments"));
    m_filter->setObjectName(QStringLiteral("documentFilter"));
    m_filter->setPlaceholderText(tr("Filter by name, deal, person or recipient…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->addAction(Icons::get(QStringLiteral("search")), QLineEdit::LeadingPosition);
    m_list->setObjectName(QStringLiteral("companyDocumentList"));
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setUniformRowHeights(true);
    m_list->setHeaderLabels(
        { tr("Name"), tr("For"), tr("Made by"), tr("Made"), tr("Sent to"), tr("Sent") });
    m_list->header()->setStretchLastSection(true);
    m_empty->setObjectName(QStringLiteral("noDocuments"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_open->setObjectName(QStringLiteral("openDocument"));
    m_saveAs->setObjectName(QStringLiteral("saveDocumentCopy"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addWidget(m_saveAs);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    connect(m_filter, &QLineEdit::textChanged, this, &CompanyDocumentsView::applyFilter);
    connect(m_open, &QPushButton::clicked, this, &CompanyDocumentsView::openCurrent);
    connect(m_list, &QTreeWidget::itemActivated, this, &CompanyDocumentsView::openCurrent);
    connect(m_saveAs, &QPushButton::clicked, this, &CompanyDocumentsView::saveCurrentAs);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &CompanyDocumentsView::updateButtons);
    // A document made on a deal, a deal or person moving to another company, a sync: read again.
    connect(&m_ctx.events, &DataEvents::recordsChanged, this, [this](const QString& entity) {
        if (entity.isEmpty() || entity == QLatin1String("attachment")
            || entity == QLatin1String("deal") || entity == QLatin1String("contact"))
            refresh();
    });
    refresh();
}

void CompanyDocumentsView::setCompany(const QString& companyId)
{
    if (companyId == m_companyId)
        return;
    m_companyId = companyId;
    m_filter->clear();
    refresh();
}

void CompanyDocumentsView::refresh()
{
    const QString current = currentId();
    m_list->clear();
    QList<CompanyDocument> docs;
    if (!m_companyId.isEmpty()) {
        auto read = DocumentQueries::ofCompany(m_ctx.session.database(), m_companyId);
        if (read)
            docs = std::move(read).value();
    }
    for (const CompanyDocument& doc : std::as_const(docs)) {
        auto* item = new QTreeWidgetItem(m_list);
        item->setData(Name, kIdRole, doc.id);
        item->setText(Name, doc.name);
        item->setText(For, doc.forLabel);
        item->setIcon(For, Icons::forEntity(doc.entity));
        item->setText(MadeBy, doc.createdByName);
        item->setText(Made, FieldDisplay::storedTime(doc.createdAt));
        item->setText(SentTo, doc.sentTo);
        item->setText(Sent, FieldDisplay::storedTime(doc.sentAt));
        item->setData(Name, kSearchRole,
            foldForSearch(
                doc.name + QLatin1Char('\n') + doc.forLabel + QLatin1Char('\n') + doc.sentTo));
        if (doc.id == current)
            m_list->setCurrentItem(item);
    }
    for (int c = Name; c < Sent; ++c)
        m_list->resizeColumnToContents(c);
    m_empty->setText(m_companyId.isEmpty()
            ? QString()
            : tr("No documents yet. The offers, orders and contracts made on this company's deals "
                 "and the letters to its people are kept here."));
    m_list->setVisible(!docs.isEmpty());
    m_empty->setVisible(docs.isEmpty());
    m_filter->setEnabled(!docs.isEmpty());
    applyFilter();
    m_count = int(docs.size());
    emit countChanged(m_count);
}

void CompanyDocumentsView::applyFilter()
{
    const QStringList words
        = foldForSearch(m_filter->text()).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_list->topLevelItem(i);
        const QString text = item->data(Name, kSearchRole).toString();
        bool shown = true;
        for (const QString& word : words)
            shown = shown && text.contains(word);
        item->setHidden(!shown);
    }
    if (m_list->currentItem() && m_list->currentItem()->isHidden())
        m_list->setCurrentItem(nullptr);
    updateButtons();
}

void CompanyDocumentsView::updateButtons()
{
    const bool chosen = !currentId().isEmpty();
    m_open->setEnabled(chosen);
    m_saveAs->setEnabled(chosen);
}

QString CompanyDocumentsView::currentId() const
{
    const QTreeWidgetItem* item = m_list->currentItem();
    return item && !item->isHidden() ? item->data(Name, kIdRole).toString() : QString();
}

QString CompanyDocumentsView::openCurrent()
{
    const QString id = currentId();
    return id.isEmpty() ? QString()
                        : AttachmentFiles::openAttachment(m_ctx.session, id, m_opener, this);
}

bool CompanyDocumentsView::saveCurrentAs()
{
    const QString id = currentId();
    return !id.isEmpty() && AttachmentFiles::saveAttachmentAs(m_ctx.session, id, this);
}

} // namespace tandem
