#include "sync/SyncView.h"

#include "common/DataEvents.h"
#include "common/Prompter.h"
#include "store/Session.h"
#include "sync/ConflictModel.h"

#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tandem {

namespace {

QString when(const QString& iso)
{
    if (iso.isEmpty())
        return SyncView::tr("never");
    return QLocale().toString(
        QDateTime::fromString(iso, Qt::ISODateWithMs).toLocalTime(), QLocale::ShortFormat);
}

void notifyAll(DataEvents& events)
{
    for (const EntityDef& e : EntitySchema::all())
        events.notifyChanged(e.name);
}

} // namespace

SyncView::SyncView(const UiContext& context, QWidget* parent)
    : QWidget(parent)
    , m_ctx(context)
    , m_sync(context.session)
    , m_summary(new QLabel(this))
    , m_status(new QLabel(this))
    , m_folder(new QLineEdit(this))
    , m_syncNow(new QPushButton(tr("Sync now"), this))
    , m_peers(new QTreeWidget(this))
    , m_scope(new QComboBox(this))
    , m_conflicts(new ConflictModel(context.session, this))
    , m_conflictTable(new QTableView(this))
    , m_takeOther(new QPushButton(tr("Use the other value"), this))
    , m_keep(new QPushButton(tr("Keep the shown value"), this))
{
    auto* title = new QLabel(tr("Sync"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    title->setFont(big);
    m_summary->setWordWrap(true);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // Shared folder: Syncthing, Nextcloud, Dropbox or a network drive keeps it in step.
    auto* folderBox = new QGroupBox(tr("Shared folder"), this);
    auto* choose = new QPushButton(tr("Choose…"), folderBox);
    m_folder->setReadOnly(true);
    m_folder->setPlaceholderText(tr("A folder your team's file-sync tool keeps in step"));
    m_folder->setAccessibleName(tr("Shared folder"));
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(choose);
    folderRow->addWidget(m_syncNow);
    auto* folderLayout = new QVBoxLayout(folderBox);
    folderLayout->addLayout(folderRow);

    auto* filesBox = new QGroupBox(tr("Bundle files"), this);
    auto* exportButton = new QPushButton(tr("Export bundle…"), filesBox);
    auto* importButton = new QPushButton(tr("Import bundle…"), filesBox);
    auto* passButton = new QPushButton(tr("Team passphrase…"), filesBox);
    auto* filesRow = new QHBoxLayout(filesBox);
    filesRow->addWidget(exportButton);
    filesRow->addWidget(importButton);
    filesRow->addStretch(1);
    filesRow->addWidget(passButton);

    // A field laptop can hold only its owner's or territory's records.
    auto* scopeRow = new QHBoxLayout;
    auto* scopeLabel = new QLabel(tr("This copy &holds:"), this);
    scopeLabel->setBuddy(m_scope);
    m_scope->setObjectName(QStringLiteral("scopeBox"));
    m_scope->setToolTip(tr("A field laptop can hold only one salesperson's or territory's "
                           "customers, with everything they refer to; the office sends it "
                           "nothing else."));
    scopeRow->addWidget(scopeLabel);
    scopeRow->addWidget(m_scope, 1);
    scopeRow->addStretch(1);
    folderLayout->addLayout(scopeRow);

    auto* peersBox = new QGroupBox(tr("Other copies"), this);
    m_peers->setHeaderLabels({ tr("Copy"), tr("Last sent"), tr("Last received"), tr("Holds") });
    m_peers->setRootIsDecorated(false);
    m_peers->setMaximumHeight(140);
    (new QVBoxLayout(peersBox))->addWidget(m_peers);

    auto* conflictsBox = new QGroupBox(tr("Conflicts to review"), this);
    m_conflictTable->setModel(m_conflicts);
    m_conflictTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_conflictTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_conflictTable->horizontalHeader()->setStretchLastSection(true);
    m_conflictTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_conflictTable->verticalHeader()->hide();
    m_conflictTable->setAlternatingRowColors(true);
    m_conflictTable->setAccessibleName(tr("Conflicts to review"));
    auto* conflictButtons = new QHBoxLayout;
    conflictButtons->addStretch(1);
    conflictButtons->addWidget(m_keep);
    conflictButtons->addWidget(m_takeOther);
    auto* conflictsLayout = new QVBoxLayout(conflictsBox);
    conflictsLayout->addWidget(
        new QLabel(tr("Two people changed the same field before their copies met. "
                      "Every copy shows the later change; pick the one that is right."),
            conflictsBox));
    conflictsLayout->addWidget(m_conflictTable, 1);
    conflictsLayout->addLayout(conflictButtons);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addWidget(title);
    layout->addWidget(m_summary);
    layout->addWidget(folderBox);
    layout->addWidget(filesBox);
    layout->addWidget(peersBox);
    layout->addWidget(conflictsBox, 1);
    layout->addWidget(m_status);

    connect(choose, &QPushButton::clicked, this, &SyncView::chooseFolder);
    connect(m_syncNow, &QPushButton::clicked, this, &SyncView::syncFolderNow);
    connect(exportButton, &QPushButton::clicked, this, &SyncView::exportBundle);
    connect(importButton, &QPushButton::clicked, this, [this] { importBundle(); });
    connect(passButton, &QPushButton::clicked, this, &SyncView::setPassphrase);
    connect(m_scope, &QComboBox::activated, this, [this] {
        const SyncScope scope = SyncScope::fromText(m_scope->currentData().toString());
        if (!scope.isAll()
            && Prompter::question(this, tr("Hold only part of the data"),
                   tr("From the next sync on, other copies send this one only what it holds "
                      "(%1) and what that refers to. Nothing already here is removed. Go on?")
                       .arg(scopeText(scope)))
                != QMessageBox::Yes) {
            refresh();
            return;
        }
        setScope(scope);
    });
    connect(m_takeOther, &QPushButton::clicked, this,
        [this] { resolveSelected(Resolution::TakeOther); });
    connect(
        m_keep, &QPushButton::clicked, this, [this] { resolveSelected(Resolution::KeepShown); });
    connect(
        m_conflictTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
            const bool any = m_conflictTable->selectionModel()->hasSelection();
            m_takeOther->setEnabled(any);
            m_keep->setEnabled(any);
        });
    connect(&m_ctx.events, &DataEvents::recordsChanged, this, [this] { refresh(); });
    refresh();
}

QString SyncView::statusText() const
{
    return m_status->text();
}

void SyncView::refresh()
{
    Session& s = m_ctx.session;
    m_summary->setText(
        tr("This copy is %1. %n change(s) made here have not reached another copy yet.", nullptr,
            int(m_sync.pendingChanges()))
            .arg(s.siteId())
        + QLatin1Char(' ')
        + (m_sync.passphrase().isEmpty() ? tr("Bundles are not encrypted.")
                                         : tr("Bundles are encrypted with the team passphrase.")));
    m_folder->setText(s.database().meta(QStringLiteral("sync_folder")));
    fillScopes();
    m_syncNow->setEnabled(!m_folder->text().isEmpty());
    m_peers->clear();
    for (const PeerStatus& p : m_sync.peers()) {
        if (p.siteId == QLatin1String("*"))
            continue;
        new QTreeWidgetItem(
            m_peers, { p.siteId, when(p.lastSentAt), when(p.lastReceivedAt), scopeText(p.scope) });
    }
    m_conflicts->setConflicts(m_sync.conflicts());
    m_conflictTable->resizeColumnsToContents();
    m_takeOther->setEnabled(false);
    m_keep->setEnabled(false);
}

void SyncView::showError(const Error& error)
{
    m_status->setText(error.toString());
    Prompter::warning(this, tr("Sync"), error.toString());
}

void SyncView::afterImport(const QString& message)
{
    m_status->setText(message);
    notifyAll(m_ctx.events);
    refresh();
}

void SyncView::chooseFolder()
{
    const QString dir
        = Prompter::existingDirectory(this, tr("Shared sync folder"), m_folder->text());
    if (dir.isEmpty())
        return;
    if (auto r
        = m_ctx.session.database().setMeta(QStringLiteral("sync_folder"), QDir::cleanPath(dir));
        !r)
        return showError(r.error());
    refresh();
}

void SyncView::syncFolderNow()
{
    auto r = m_sync.syncFolder(m_folder->text());
    if (!r)
        return showError(r.error());
    QString message = tr("Read %n bundle(s) of other copies.", nullptr, r->imported)
        + QLatin1Char(' ') + tr("%n new change(s).", nullptr, r->newChanges);
    if (!r->skipped.isEmpty())
        message += QLatin1Char(' ')
            + tr("Skipped for now (still copying?): %1").arg(r->skipped.join(QStringLiteral("; ")));
    afterImport(message + duplicatesNote(r->contactsArrived));
}

void SyncView::exportBundle()
{
    const QString suggested
        = QDir::home().filePath(m_ctx.session.siteId().left(8) + QStringLiteral(".tandem"));
    const QString path = Prompter::saveFileName(
        this, tr("Export bundle"), suggested, tr("Tandem bundles (*.tandem)"));
    if (path.isEmpty())
        return;
    auto n = m_sync.exportTo(path);
    if (!n)
        return showError(n.error());
    m_status->setText(tr("Wrote %n change(s) to %1", nullptr, *n).arg(path));
    refresh();
}

void SyncView::importBundle(const QString& given)
{
    const QString path = given.isEmpty() ? Prompter::openFileName(this, tr("Import bundle"),
                             QDir::homePath(), tr("Tandem bundles (*.tandem)"))
                                         : given;
    if (path.isEmpty())
        return;
    auto r = m_sync.importFile(path);
    if (!r)
        return showError(r.error());
    afterImport(tr("Imported %n new change(s) from %1.", nullptr, r->newChanges).arg(r->fromSite)
        + QLatin1Char(' ') + tr("%n conflict(s) to review.", nullptr, r->openConflicts)
        + duplicatesNote(r->contactsArrived));
}

QString SyncView::duplicatesNote(const QStringList& contactsArrived) const
{
    const int n = m_sync.possibleDuplicates(contactsArrived);
    return n == 0 ? QString()
                  : QLatin1Char(' ')
            + tr("%n pair(s) of contacts that arrived look like the same person: review them in "
                 "Contacts → Find duplicates.",
                nullptr, n);
}

void SyncView::setPassphrase()
{
    const auto text = Prompter::text(this, tr("Team passphrase"),
        tr("Everyone in the team uses the same passphrase; bundles of other teams will not "
           "open. Leave empty to stop encrypting."),
        QString());
    if (!text)
        return;
    if (!text->isEmpty() && text->size() < 8)
        return showError(makeError(tr("A team passphrase needs at least 8 characters.")));
    if (auto r = m_sync.setPassphrase(*text); !r)
        return showError(r.error());
    refresh();
}

void SyncView::resolveSelected(Resolution resolution)
{
    const QModelIndexList rows = m_conflictTable->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const Conflict* c = m_conflicts->conflictAt(rows.first().row());
    if (!c)
        return;
    const QString entity = c->entity, id = c->recordId;
    if (auto r = m_sync.resolve(c->id, resolution); !r)
        return showError(r.error());
    m_status->setText(tr("Settled. The choice reaches the other copies with the next sync."));
    m_ctx.events.notifyChanged(entity, id);
    refresh();
}

void SyncView::fillScopes()
{
    const QSignalBlocker block(m_scope);
    m_scope->clear();
    m_scope->addItem(tr("Everything (the office, or a laptop that sees all customers)"), QString());
    RecordStore& rs = m_ctx.session.records();
    ListQuery q;
    if (auto users = rs.list(QStringLiteral("user"), q)) {
        for (const Record& u : *users) {
            const SyncScope scope { SyncScope::Kind::Owner, u.id };
            m_scope->addItem(scopeText(scope), scope.toText());
        }
    }
    if (auto territories = rs.list(QStringLiteral("territory"), q)) {
        for (const Record& t : *territories) {
            const SyncScope scope { SyncScope::Kind::Territory, t.id };
            m_scope->addItem(scopeText(scope), scope.toText());
        }
    }
    m_scope->setCurrentIndex(qMax(0, m_scope->findData(m_sync.scope().toText())));
}

QString SyncView::scopeText(const SyncScope& scope) const
{
    const RecordStore& rs = m_ctx.session.records();
    switch (scope.kind) {
    case SyncScope::Kind::Owner:
        return tr("Only %1's customers").arg(rs.labelOf(QStringLiteral("user"), scope.id));
    case SyncScope::Kind::Territory:
        return tr("Only the territory %1").arg(rs.labelOf(QStringLiteral("territory"), scope.id));
    case SyncScope::Kind::All:
        break;
    }
    return tr("Everything");
}

bool SyncView::setScope(const SyncScope& scope)
{
    if (scope == m_sync.scope())
        return true;
    if (auto r = m_sync.setScope(scope); !r) {
        showError(r.error());
        refresh();
        return false;
    }
    refresh();
    return true;
}

} // namespace tandem
