#include "quotes/DealDocumentsView.h"

#include "common/BatchCommand.h"
#include "common/DataEvents.h"
#include "common/Prompter.h"
#include "documents/Materials.h"
#include "materials/MaterialPicker.h"
#include "quotes/AttachmentFiles.h"
#include "records/FieldDisplay.h"
#include "store/DocumentQueries.h"
#include "store/Session.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tandem {

namespace {

const QString kAttachment = QStringLiteral("attachment");

QString kindLabel(const QString& kind)
{
    if (kind == QLatin1String("offer"))
        return DealDocumentsView::tr("Offer");
    if (kind == QLatin1String("material"))
        return DealDocumentsView::tr("Sales material");
    if (kind == QLatin1String("photo"))
        return DealDocumentsView::tr("Photo");
    return DealDocumentsView::tr("Document");
}

} // namespace

DealDocumentsView::DealDocumentsView(const UiContext& context, QWidget* parent)
    : QWidget(parent)
    , m_ctx(context)
    , m_list(new QTreeWidget(this))
    , m_open(new QPushButton(tr("Open"), this))
    , m_saveAs(new QPushButton(tr("Save as…"), this))
    , m_attach(new QPushButton(tr("Attach from library…"), this))
{
    setObjectName(QStringLiteral("dealDocuments"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setHeaderLabels(
        { tr("Name"), tr("Made by"), tr("Made"), tr("Sent to"), tr("Sent"), tr("Kind") });
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_list, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addWidget(m_saveAs);
    buttons->addStretch(1);
    m_attach->setToolTip(tr("Attach brochures, presentations or price sheets from the sales "
                            "materials library"));
    buttons->addWidget(m_attach);
    layout->addLayout(buttons);

    connect(m_open, &QPushButton::clicked, this, &DealDocumentsView::openCurrent);
    connect(m_list, &QTreeWidget::itemActivated, this, &DealDocumentsView::openCurrent);
    connect(m_saveAs, &QPushButton::clicked, this, &DealDocumentsView::saveCurrentAs);
    connect(m_attach, &QPushButton::clicked, this, &DealDocumentsView::attachFromLibrary);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        m_open->setEnabled(item != nullptr);
        m_saveAs->setEnabled(item != nullptr);
    });
    connect(&m_ctx.events, &DataEvents::recordsChanged, this, [this](const QString& entity) {
        if (entity == kAttachment || entity.isEmpty())
            refresh();
    });
}

void DealDocumentsView::setDeal(const QString& dealId)
{
    m_dealId = dealId;
    refresh();
}

void DealDocumentsView::refresh()
{
    m_list->clear();
    m_open->setEnabled(false);
    m_saveAs->setEnabled(false);
    m_attach->setEnabled(!m_dealId.isEmpty());
    if (m_dealId.isEmpty())
        return;
    // Without the content: a deal's offers and brochures can be megabytes each.
    const auto docs = DocumentQueries::ofDeal(m_ctx.session.database(), m_dealId);
    if (!docs)
        return;
    for (const CompanyDocument& doc : *docs) {
        auto* item = new QTreeWidgetItem(m_list);
        item->setData(0, Qt::UserRole, doc.id);
        item->setText(0, doc.name);
        item->setText(1, doc.createdByName);
        item->setText(2, FieldDisplay::storedTime(doc.createdAt));
        item->setText(3, doc.sentTo);
        item->setText(4, FieldDisplay::storedTime(doc.sentAt));
        item->setText(5, kindLabel(doc.kind));
    }
}

QString DealDocumentsView::currentId() const
{
    const QTreeWidgetItem* item = m_list->currentItem();
    return item ? item->data(0, Qt::UserRole).toString() : QString();
}

QString DealDocumentsView::openCurrent()
{
    const QString id = currentId();
    return id.isEmpty() ? QString()
                        : AttachmentFiles::openAttachment(m_ctx.session, id, m_opener, this);
}

bool DealDocumentsView::saveCurrentAs()
{
    const QString id = currentId();
    return !id.isEmpty() && AttachmentFiles::saveAttachmentAs(m_ctx.session, id, this);
}

bool DealDocumentsView::attachFromLibrary()
{
    if (m_dealId.isEmpty())
        return false;
    const QStringList ids
        = MaterialPicker::choose(m_ctx.session, tr("Attach from the sales materials"), this);
    return !ids.isEmpty() && attachMaterials(ids);
}

bool DealDocumentsView::attachMaterials(const QStringList& materialIds)
{
    if (m_dealId.isEmpty() || materialIds.isEmpty())
        return false;
    const auto r = BatchCommands::run(m_ctx.undoStack, m_ctx.session, m_ctx.events,
        tr("Attach %n file(s) from the sales materials", nullptr, int(materialIds.size())),
        [&]() -> Result<void> {
            for (const QString& id : materialIds) {
                if (auto copy = Materials::attach(m_ctx.session, id, m_dealId); !copy)
                    return copy.error();
            }
            return {};
        });
    if (!r) {
        Prompter::warning(this, tr("Attach from library"), r.error().message);
        return false;
    }
    return true;
}

} // namespace tandem
