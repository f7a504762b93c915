#include "quotes/DealDocumentsView.h"

#include "common/DataEvents.h"
#include "common/Prompter.h"
#include "records/FieldDisplay.h"
#include "store/Session.h"
#include "util/FileWrite.h"

#include <QDesktopServices>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace tandem {

namespace {

const QString kAttachment = QStringLiteral("attachment");

QString when(const QString& stored)
{
    QDateTime t = QDateTime::fromString(stored, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(stored, Qt::ISODate);
    return t.isValid() ? QLocale().toString(t.toLocalTime(), FieldDisplay::dateTimeFormat())
                       : QString();
}

} // namespace

DealDocumentsView::DealDocumentsView(const UiContext& context, QWidget* parent)
    : QWidget(parent)
    , m_ctx(context)
    , m_list(new QTreeWidget(this))
    , m_open(new QPushButton(tr("Open"), this))
    , m_saveAs(new QPushButton(tr("Save as…"), this))
{
    setObjectName(QStringLiteral("dealDocuments"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setHeaderLabels({ tr("Name"), tr("Made by"), tr("Made"), tr("Sent to"), tr("Sent") });
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_list, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addWidget(m_saveAs);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    connect(m_open, &QPushButton::clicked, this, &DealDocumentsView::openCurrent);
    connect(m_list, &QTreeWidget::itemActivated, this, &DealDocumentsView::openCurrent);
    connect(m_saveAs, &QPushButton::clicked, this, &DealDocumentsView::saveCurrentAs);
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
    if (m_dealId.isEmpty())
        return;
    RecordStore& rs = m_ctx.session.records();
    ListQuery q;
    q.where << qMakePair(QStringLiteral("entity"), QVariant(QStringLiteral("deal")))
            << qMakePair(QStringLiteral("record_id"), QVariant(m_dealId));
    q.orderBy = QStringLiteral("created_at");
    q.descending = true;
    const auto docs = rs.list(kAttachment, q);
    if (!docs)
        return;
    for (const Record& doc : *docs) {
        auto* item = new QTreeWidgetItem(m_list);
        item->setData(0, Qt::UserRole, doc.id);
        item->setText(0, doc.text(QStringLiteral("name")));
        item->setText(
            1, rs.labelOf(QStringLiteral("user"), doc.text(QStringLiteral("created_by"))));
        item->setText(2, when(doc.text(QStringLiteral("created_at"))));
        item->setText(3, doc.text(QStringLiteral("sent_to")));
        item->setText(4, when(doc.text(QStringLiteral("sent_at"))));
    }
}

QByteArray DealDocumentsView::currentContent(QString& name) const
{
    const QTreeWidgetItem* item = m_list->currentItem();
    if (!item)
        return {};
    const auto doc
        = m_ctx.session.records().get(kAttachment, item->data(0, Qt::UserRole).toString());
    if (!doc)
        return {};
    name = doc->text(QStringLiteral("name"));
    return doc->value(QStringLiteral("content")).toByteArray();
}

QString DealDocumentsView::openCurrent()
{
    QString name;
    const QByteArray content = currentContent(name);
    if (name.isEmpty())
        return {};
    const QString folder = QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
                               .filePath(QStringLiteral("tandem-documents"));
    QDir().mkpath(folder);
    const QString path = QDir(folder).filePath(name);
    if (auto written = writeWholeFile(path, content); !written) {
        Prompter::warning(this, tr("Open document"), written.error().message);
        return {};
    }
    if (m_opener)
        m_opener(path);
    else
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
    return path;
}

bool DealDocumentsView::saveCurrentAs()
{
    QString name;
    const QByteArray content = currentContent(name);
    if (name.isEmpty())
        return false;
    const QString path = Prompter::saveFileName(this, tr("Save document"),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(name),
        tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return false;
    if (auto written = writeWholeFile(path, content); !written) {
        Prompter::warning(this, tr("Save document"), written.error().message);
        return false;
    }
    return true;
}

} // namespace tandem
