#include "quotes/QuoteMaterials.h"

#include "common/BatchCommand.h"
#include "common/DataEvents.h"
#include "common/Prompter.h"
#include "documents/Materials.h"
#include "materials/MaterialPicker.h"
#include "materials/MaterialSearchBar.h"
#include "quotes/AttachmentFiles.h"
#include "store/Session.h"
#include "util/FileWrite.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace tandem {

namespace {

// "Price list.pdf", then "Price list (2).pdf" when the e-mail already carries a file of that name.
QString freeName(const QString& name, const QStringList& taken)
{
    QString candidate = name;
    const QFileInfo info(name);
    const QString suffix = info.suffix().isEmpty() ? QString() : QLatin1Char('.') + info.suffix();
    for (int n = 2; taken.contains(candidate, Qt::CaseInsensitive); ++n)
        candidate = info.completeBaseName() + QStringLiteral(" (%1)").arg(n) + suffix;
    return candidate;
}

} // namespace

QuoteMaterials::QuoteMaterials(const UiContext& context, QWidget* parent)
    : QWidget(parent)
    , m_ctx(context)
    , m_list(new QListWidget(this))
    , m_none(new QLabel(this))
    , m_add(new QPushButton(tr("Add…"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
{
    setObjectName(QStringLiteral("quoteMaterials"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* caption = new QLabel(tr("Materials sent with this offer:"), this);
    layout->addWidget(caption, 0, Qt::AlignTop);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    // Three files in view; an offer seldom carries more, and then the list scrolls.
    m_list->setFixedHeight((m_list->fontMetrics().height() + 4) * 3 + 2 * m_list->frameWidth());
    m_list->setAccessibleName(caption->text());
    layout->addWidget(m_list, 1);
    m_none->setText(tr("none yet — Add… attaches brochures or price sheets from the library"));
    m_none->setStyleSheet(QStringLiteral("QLabel { color: #666; }"));
    layout->addWidget(m_none, 1, Qt::AlignTop);
    m_add->setToolTip(tr("Attach files from the sales materials library to this offer's e-mail"));
    layout->addWidget(m_add, 0, Qt::AlignTop);
    layout->addWidget(m_remove, 0, Qt::AlignTop);

    connect(m_add, &QPushButton::clicked, this, &QuoteMaterials::addFromLibrary);
    connect(m_remove, &QPushButton::clicked, this, &QuoteMaterials::removeSelected);
    connect(m_list, &QListWidget::itemSelectionChanged, this,
        [this] { m_remove->setEnabled(m_editable && !m_list->selectedItems().isEmpty()); });
    connect(&m_ctx.events, &DataEvents::recordsChanged, this, [this](const QString& entity) {
        if (entity == QLatin1String("attachment") || entity.isEmpty())
            refresh();
    });
    refresh();
}

void QuoteMaterials::setQuote(const QString& quoteId)
{
    m_quoteId = quoteId;
    refresh();
}

void QuoteMaterials::setEditable(bool editable)
{
    m_editable = editable;
    m_add->setEnabled(editable && !m_quoteId.isEmpty());
    m_remove->setEnabled(editable && !m_list->selectedItems().isEmpty());
}

void QuoteMaterials::refresh()
{
    m_list->clear();
    QList<Material> attached = m_quoteId.isEmpty()
        ? QList<Material>()
        : Materials::attachedToQuote(m_ctx.session, m_quoteId);
    sortByName(attached);
    for (const Material& m : attached) {
        auto* item = new QListWidgetItem(m.name, m_list);
        item->setData(Qt::UserRole, m.id);
        item->setToolTip(QLocale().formattedDataSize(m.size));
    }
    m_list->setVisible(!attached.isEmpty());
    m_none->setVisible(attached.isEmpty());
    setEditable(m_editable);
}

bool QuoteMaterials::addFromLibrary()
{
    if (!m_editable || m_quoteId.isEmpty())
        return false;
    const QStringList ids
        = MaterialPicker::choose(m_ctx.session, tr("Materials to send with this offer"), this);
    return !ids.isEmpty() && attach(ids);
}

bool QuoteMaterials::attach(const QStringList& materialIds)
{
    const auto quote = m_ctx.session.records().get(QStringLiteral("quote"), m_quoteId);
    if (!m_editable || !quote || materialIds.isEmpty())
        return false;
    const QString dealId = quote->text(QStringLiteral("deal_id"));
    const auto r = BatchCommands::run(m_ctx.undoStack, m_ctx.session, m_ctx.events,
        tr("Send %n file(s) from the sales materials with the offer", nullptr,
            int(materialIds.size())),
        [&]() -> Result<void> {
            for (const QString& id : materialIds) {
                if (auto copy = Materials::attach(m_ctx.session, id, dealId, m_quoteId); !copy)
                    return copy.error();
            }
            return {};
        });
    if (!r) {
        Prompter::warning(this, tr("Materials sent with this offer"), r.error().message);
        return false;
    }
    return true;
}

bool QuoteMaterials::removeSelected()
{
    QStringList ids;
    for (const QListWidgetItem* item : m_list->selectedItems())
        ids << item->data(Qt::UserRole).toString();
    if (!m_editable || ids.isEmpty())
        return false;
    // The copy was made for this offer: it goes; the library's file stays.
    const auto r = BatchCommands::run(m_ctx.undoStack, m_ctx.session, m_ctx.events,
        tr("Do not send %n file(s) with the offer", nullptr, int(ids.size())),
        [&]() -> Result<void> {
            for (const QString& id : ids) {
                if (auto removed = m_ctx.session.records().remove(QStringLiteral("attachment"), id);
                    !removed)
                    return removed;
            }
            return {};
        });
    if (!r) {
        Prompter::warning(this, tr("Materials sent with this offer"), r.error().message);
        return false;
    }
    return true;
}

Result<QStringList> QuoteMaterials::writeFiles(
    Session& session, const QString& quoteId, const QString& folder, QStringList taken)
{
    QStringList paths;
    QList<Material> attached = Materials::attachedToQuote(session, quoteId);
    sortByName(attached); // as the editor lists them
    for (const Material& m : std::as_const(attached)) {
        const auto content = Materials::content(session, m.id);
        if (!content)
            return content.error();
        const QString name = freeName(AttachmentFiles::fileName(m.name, m.mimeType), taken);
        taken << name;
        const QString path = QDir(folder).filePath(name);
        if (auto written = writeWholeFile(path, *content); !written)
            return written.error();
        paths << path;
    }
    return paths;
}

} // namespace tandem
