#include "materials/MaterialLibraryView.h"

#include "common/BatchCommand.h"
#include "common/DataEvents.h"
#include "common/Prompter.h"
#include "documents/Materials.h"
#include "materials/MaterialSearchBar.h"
#include "quotes/AttachmentFiles.h"
#include "records/FieldDisplay.h"
#include "store/Session.h"
#include "util/FileWrite.h"

#include <QAction>
#include <QDateTime>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMimeData>
#include <QMimeDatabase>
#include <QStandardPaths>
#include <QToolButton>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace tandem {

namespace {

constexpr int kIdRole = Qt::UserRole;
constexpr int kSortRole = Qt::UserRole + 1;

// Sorts sizes and dates by their value, names and tags as the user's language orders them.
class MaterialItem : public QTreeWidgetItem {
public:
    using QTreeWidgetItem::QTreeWidgetItem;
    bool operator<(const QTreeWidgetItem& other) const override
    {
        const int column = treeWidget() ? treeWidget()->sortColumn() : 0;
        const QVariant mine = data(column, kSortRole);
        if (mine.isValid())
            return mine.toString() < other.data(column, kSortRole).toString();
        return compareNames(text(column), other.text(column)) < 0;
    }
};

QString documentsFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

QStringList localFiles(const QMimeData* mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    for (const QUrl& url : mime->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    return paths;
}

} // namespace

MaterialLibraryView::MaterialLibraryView(const UiContext& context, QWidget* parent)
    : QWidget(parent)
    , m_ctx(context)
    , m_searchBar(new MaterialSearchBar(context.session, this))
    , m_list(new QTreeWidget(this))
    , m_hint(new QLabel(this))
{
    setObjectName(QStringLiteral("materialLibrary"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_searchBar);

    m_list->setObjectName(QStringLiteral("materialList"));
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setUniformRowHeights(true);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setHeaderLabels({ tr("Name"), tr("Tags"), tr("Size"), tr("Added by"), tr("Added") });
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(Name, QHeaderView::Stretch);
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(Name, Qt::AscendingOrder);
    m_list->setToolTip(tr("Drop files here to add them to the library"));
    m_list->viewport()->setAcceptDrops(true);
    m_list->viewport()->installEventFilter(this);
    layout->addWidget(m_list, 1);

    m_hint->setObjectName(QStringLiteral("materialHint"));
    m_hint->setWordWrap(true);
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setStyleSheet(QStringLiteral("QLabel { color: #666; padding: 6px; }"));
    layout->addWidget(m_hint);

    m_add = makeAction(tr("Add files…"), QStringLiteral("addMaterials"), [this] { addFiles(); });
    m_tags = makeAction(tr("Edit tags…"), QStringLiteral("tagMaterials"), [this] { editTags(); });
    m_rename
        = makeAction(tr("Rename…"), QStringLiteral("renameMaterial"), [this] { renameCurrent(); });
    m_replace = makeAction(tr("Replace with a new version…"), QStringLiteral("replaceMaterial"),
        [this] { replaceCurrent(); });
    m_open = makeAction(tr("Open"), QStringLiteral("openMaterial"), [this] { openCurrent(); });
    m_save = makeAction(tr("Save a copy…"), QStringLiteral("saveMaterial"), [this] { saveCopy(); });
    m_remove = makeAction(
        tr("Remove…"), QStringLiteral("removeMaterials"), [this] { removeSelected(); });
    m_remove->setShortcut(QKeySequence::Delete);
    m_remove->setShortcutContext(Qt::WidgetShortcut);
    m_add->setToolTip(tr("Add brochures, presentations or price sheets to the library"));
    m_replace->setToolTip(tr("Put a new version in place of this file; copies already attached "
                             "to deals keep what the customer was given"));

    auto* buttons = new QHBoxLayout;
    for (QAction* a : { m_add, m_tags, m_rename, m_replace, m_open, m_save, m_remove }) {
        auto* button = new QToolButton(this);
        button->setDefaultAction(a);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        buttons->addWidget(button);
        if (a == m_add || a == m_replace)
            buttons->addSpacing(12);
        m_list->addAction(a);
    }
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);

    connect(m_searchBar, &MaterialSearchBar::changed, this, &MaterialLibraryView::refresh);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, [this] {
        updateActions();
        emit selectionChanged();
    });
    connect(m_list, &QTreeWidget::itemActivated, this, &MaterialLibraryView::openCurrent);
    connect(&m_ctx.events, &DataEvents::recordsChanged, this, [this](const QString& entity) {
        if (entity == QLatin1String("attachment") || entity.isEmpty()) {
            m_searchBar->reloadTags();
            refresh();
        }
    });
    refresh();
}

QAction* MaterialLibraryView::makeAction(
    const QString& text, const QString& name, std::function<void()> run)
{
    auto* action = new QAction(text, this);
    action->setObjectName(name);
    connect(action, &QAction::triggered, this, std::move(run));
    return action;
}

QStringList MaterialLibraryView::selectedIds() const
{
    QStringList ids;
    for (const QTreeWidgetItem* item : m_list->selectedItems())
        ids << item->data(Name, kIdRole).toString();
    return ids;
}

QString MaterialLibraryView::currentId() const
{
    const QStringList ids = selectedIds();
    return ids.size() == 1 ? ids.first() : QString();
}

bool MaterialLibraryView::select(const QStringList& ids)
{
    m_list->clearSelection();
    QTreeWidgetItem* first = nullptr;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_list->topLevelItem(i);
        if (!ids.contains(item->data(Name, kIdRole).toString()))
            continue;
        item->setSelected(true);
        if (!first)
            first = item;
    }
    if (first) {
        m_list->setCurrentItem(first, Name, QItemSelectionModel::NoUpdate);
        m_list->scrollToItem(first);
    }
    return first != nullptr;
}

void MaterialLibraryView::refresh()
{
    const QStringList keep = selectedIds();
    {
        const QSignalBlocker quiet(m_list);
        m_list->setSortingEnabled(false);
        m_list->clear();
        RecordStore& rs = m_ctx.session.records();
        QHash<QString, QString> people;
        const QMimeDatabase mimes;
        for (const Material& m : m_searchBar->materials()) {
            auto* item = new MaterialItem(m_list);
            item->setData(Name, kIdRole, m.id);
            item->setText(Name, m.name);
            item->setToolTip(Name, m.name);
            const QMimeType type = mimes.mimeTypeForName(m.mimeType);
            item->setIcon(
                Name, QIcon::fromTheme(type.iconName(), QIcon::fromTheme(type.genericIconName())));
            item->setText(Tags, Materials::joinTags(m.tags));
            item->setText(Size, QLocale().formattedDataSize(m.size));
            item->setData(
                Size, kSortRole, QStringLiteral("%1").arg(m.size, 20, 10, QLatin1Char('0')));
            item->setTextAlignment(Size, Qt::AlignRight | Qt::AlignVCenter);
            if (!people.contains(m.createdBy))
                people.insert(m.createdBy, rs.labelOf(QStringLiteral("user"), m.createdBy));
            item->setText(AddedBy, people.value(m.createdBy));
            item->setText(Added, FieldDisplay::storedTime(m.createdAt));
            item->setData(Added, kSortRole, m.createdAt);
        }
        m_list->setSortingEnabled(true);
        select(keep);
    }
    const bool filtered
        = !m_searchBar->tag().isEmpty() || !m_searchBar->searchField()->text().trimmed().isEmpty();
    if (m_list->topLevelItemCount() > 0)
        m_hint->hide();
    else {
        m_hint->setText(filtered
                ? tr("No file in the library matches the search.")
                : tr("The library is empty. Add brochures, presentations and price sheets with "
                     "Add files…, or drop them here from the file manager."));
        m_hint->show();
    }
    updateActions();
    emit selectionChanged();
}

void MaterialLibraryView::updateActions()
{
    const int selected = int(m_list->selectedItems().size());
    for (QAction* a : { m_tags, m_save, m_remove })
        a->setEnabled(selected > 0);
    for (QAction* a : { m_rename, m_replace, m_open })
        a->setEnabled(selected == 1);
}

bool MaterialLibraryView::write(const QString& title, const QString& undoText,
    const std::function<Result<void>()>& operation, const QString& details)
{
    const auto r
        = BatchCommands::run(m_ctx.undoStack, m_ctx.session, m_ctx.events, undoText, operation);
    if (!r) {
        Prompter::warning(this, title, r.error().message, details);
        return false;
    }
    return true;
}

bool MaterialLibraryView::addFiles()
{
    const QStringList paths = m_chooser
        ? m_chooser(this)
        : Prompter::openFileNames(this, tr("Add files to the sales materials"), documentsFolder());
    return !paths.isEmpty() && addPaths(paths);
}

bool MaterialLibraryView::addPaths(const QStringList& paths)
{
    if (paths.isEmpty())
        return false;
    const int n = int(paths.size());
    const auto typed = Prompter::text(this, tr("Add to the sales materials"),
        tr("Tags for the %n file(s), separated by commas, e.g. “brochure, en” (may stay empty):",
            nullptr, n));
    if (!typed)
        return false;
    const QStringList tags = Materials::parseTags(*typed);
    QStringList added;
    const bool ok = write(
        tr("Add files"), tr("Add %n file(s) to the sales materials", nullptr, n),
        [&]() -> Result<void> {
            for (const QString& path : paths) {
                const auto id = Materials::addFile(m_ctx.session, path, tags);
                if (!id)
                    return id.error();
                added << *id;
            }
            return {};
        },
        // All or nothing: the files before the refused one were not kept either.
        n > 1 ? tr("None of the %n files was added.", nullptr, n) : QString());
    if (!ok)
        return false;
    select(added);
    return true;
}

bool MaterialLibraryView::editTags()
{
    QList<Material> chosen;
    for (const QString& id : selectedIds()) {
        if (auto m = Materials::get(m_ctx.session, id))
            chosen << *m;
    }
    if (chosen.isEmpty())
        return false;
    // Several files show the tags they share; a tag only some of them have stays on those.
    QStringList common = chosen.first().tags;
    for (const Material& m : std::as_const(chosen))
        common.removeIf([&m](const QString& t) { return !m.tags.contains(t); });
    const int n = int(chosen.size());
    const QString name = chosen.first().name;
    const auto typed = Prompter::text(this, tr("Edit tags"),
        n == 1 ? tr("Tags of “%1”, separated by commas:").arg(name)
               : tr("Tags of the %n selected files, separated by commas (tags only some of them "
                    "have are kept):",
                   nullptr, n),
        Materials::joinTags(common));
    if (!typed)
        return false;
    const QStringList wanted = Materials::parseTags(*typed);
    return write(tr("Edit tags"),
        n == 1 ? tr("Tag “%1”").arg(name) : tr("Tag %n files", nullptr, n), [&]() -> Result<void> {
            for (const Material& m : std::as_const(chosen)) {
                QStringList tags = m.tags;
                tags.removeIf([&](const QString& t) { return common.contains(t); });
                tags << wanted;
                if (Materials::parseTags(tags.join(QLatin1Char(','))) == m.tags)
                    continue;
                if (auto r = Materials::setTags(m_ctx.session, m.id, tags); !r)
                    return r;
            }
            return {};
        });
}

bool MaterialLibraryView::renameCurrent()
{
    const auto m = Materials::get(m_ctx.session, currentId());
    if (!m)
        return false;
    const auto typed
        = Prompter::text(this, tr("Rename"), tr("New name of “%1”:").arg(m->name), m->name);
    if (!typed || typed->trimmed().isEmpty() || typed->trimmed() == m->name)
        return false;
    const QString name = typed->trimmed();
    return write(tr("Rename"), tr("Rename “%1” to “%2”").arg(m->name, name),
        [&] { return Materials::rename(m_ctx.session, m->id, name); });
}

bool MaterialLibraryView::replaceCurrent()
{
    const auto m = Materials::get(m_ctx.session, currentId());
    if (!m)
        return false;
    const QString title = tr("Replace with a new version");
    const QString path = Prompter::openFileName(this,
        tr("Choose the new version of “%1”").arg(m->name), documentsFolder(), tr("All files (*)"));
    if (path.isEmpty())
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Prompter::warning(this, title,
            tr("“%1” cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    const QByteArray content = file.readAll();
    // The team knows the file by its name in the library; only another kind of file renames it.
    const bool sameKind
        = QFileInfo(path).suffix().compare(QFileInfo(m->name).suffix(), Qt::CaseInsensitive) == 0;
    const QString name = sameKind ? QString() : QFileInfo(path).fileName();
    return write(title, tr("Replace “%1” with a new version").arg(m->name),
        [&] { return Materials::replace(m_ctx.session, m->id, name, content); });
}

QString MaterialLibraryView::openCurrent()
{
    const QString id = currentId();
    if (id.isEmpty())
        return {};
    return AttachmentFiles::openAttachment(m_ctx.session, id, m_opener, this);
}

bool MaterialLibraryView::saveCopy()
{
    const QStringList ids = selectedIds();
    if (ids.size() == 1)
        return AttachmentFiles::saveAttachmentAs(m_ctx.session, ids.first(), this);
    if (ids.isEmpty())
        return false;
    const QString folder = Prompter::existingDirectory(
        this, tr("Save copies of %n files", nullptr, int(ids.size())), documentsFolder());
    if (folder.isEmpty())
        return false;
    for (const QString& id : ids) {
        const auto m = Materials::get(m_ctx.session, id);
        const auto content = Materials::content(m_ctx.session, id);
        if (!m || !content)
            continue;
        const QString path = QDir(folder).filePath(AttachmentFiles::fileName(m->name, m->mimeType));
        if (auto written = writeWholeFile(path, *content); !written) {
            Prompter::warning(this, tr("Save a copy"), written.error().message);
            return false;
        }
    }
    return true;
}

bool MaterialLibraryView::removeSelected()
{
    const QStringList ids = selectedIds();
    if (ids.isEmpty())
        return false;
    const int n = int(ids.size());
    const QString name = m_list->selectedItems().first()->text(Name);
    const QString question = n == 1
        ? tr("Remove “%1” from the sales materials? Copies already attached to deals and offers "
             "stay with them.")
              .arg(name)
        : tr("Remove the %n selected files from the sales materials? Copies already attached to "
             "deals and offers stay with them.",
            nullptr, n);
    if (Prompter::question(this, tr("Remove"), question) != QMessageBox::Yes)
        return false;
    return write(tr("Remove"),
        n == 1 ? tr("Remove “%1” from the sales materials").arg(name)
               : tr("Remove %n files from the sales materials", nullptr, n),
        [&]() -> Result<void> {
            for (const QString& id : ids) {
                if (auto r = Materials::remove(m_ctx.session, id); !r)
                    return r;
            }
            return {};
        });
}

bool MaterialLibraryView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_list->viewport())
        return QWidget::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto* drag = static_cast<QDragMoveEvent*>(event);
        if (localFiles(drag->mimeData()).isEmpty())
            return false;
        drag->setDropAction(Qt::CopyAction);
        drag->accept();
        return true;
    }
    case QEvent::Drop: {
        auto* drop = static_cast<QDropEvent*>(event);
        const QStringList paths = localFiles(drop->mimeData());
        if (paths.isEmpty())
            return false;
        drop->setDropAction(Qt::CopyAction);
        drop->accept();
        // Asked after the drop has finished: the file manager is not kept waiting on the question.
        QMetaObject::invokeMethod(
            this, [this, paths] { addPaths(paths); }, Qt::QueuedConnection);
        return true;
    }
    default:
        return QWidget::eventFilter(watched, event);
    }
}

} // namespace tandem
