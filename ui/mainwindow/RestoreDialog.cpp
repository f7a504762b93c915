#include "mainwindow/RestoreDialog.h"

#include "common/Prompter.h"
#include "domain/EntitySchema.h"
#include "store/AutoBackup.h"
#include "store/Backup.h"
#include "store/Session.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tandem {

namespace {

constexpr int kPathRole = Qt::UserRole + 1;

// The entities worth a line in the preview, in the order a salesperson thinks of them.
const QStringList kShown = { QStringLiteral("company"), QStringLiteral("contact"),
    QStringLiteral("lead"), QStringLiteral("deal"), QStringLiteral("activity"),
    QStringLiteral("case"), QStringLiteral("product"), QStringLiteral("quote") };

// A message in the preview that says why a file cannot be restored, in red.
QString refusal(const QString& message)
{
    const QString html = QStringLiteral("<p style='color:#b3261e'>%1</p>");
    return html.arg(message.toHtmlEscaped());
}

} // namespace

RestoreDialog::RestoreDialog(Session& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("restoreDialog"));
    setWindowTitle(tr("Restore from backup"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Tandem backs up this database when it starts, once a day, and "
                                "before every update, import, sync and restore. Pick the state to "
                                "go back to: what is here now is backed up first, so a restore "
                                "can be undone by restoring that backup."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("backupList"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({ tr("Taken"), tr("Why"), tr("Size") });
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_list->headerItem()->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
    m_list->setMinimumHeight(180);
    layout->addWidget(m_list, 1);

    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("backupPreview"));
    m_preview->setWordWrap(true);
    m_preview->setTextFormat(Qt::RichText);
    m_preview->setMinimumHeight(120);
    m_preview->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    layout->addWidget(m_preview);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto* other = buttons->addButton(tr("Other backup &file…"), QDialogButtonBox::ActionRole);
    m_restore = buttons->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole);
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    m_restore->setEnabled(false);
    connect(other, &QPushButton::clicked, this, &RestoreDialog::chooseFile);
    connect(m_restore, &QPushButton::clicked, this, &RestoreDialog::restoreSelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_list, &QTreeWidget::currentItemChanged, this, &RestoreDialog::showSelected);
    fill();
    resize(640, 520);
}

void RestoreDialog::fill()
{
    const QLocale locale;
    for (const BackupEntry& entry : AutoBackup::list(m_session.database())) {
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(0, locale.toString(entry.taken.toLocalTime(), QLocale::ShortFormat));
        item->setText(1, AutoBackup::reasonLabel(entry.reason));
        item->setText(2, locale.formattedDataSize(entry.bytes));
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        item->setData(0, kPathRole, entry.path);
        item->setToolTip(0, QDir::toNativeSeparators(entry.path));
    }
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    else
        m_preview->setText(
            tr("There are no automatic backups of this database yet in %1. "
               "Choose a backup file with “Other backup file…”.")
                .arg(QDir::toNativeSeparators(AutoBackup::folder(m_session.database()))
                         .toHtmlEscaped()));
}

void RestoreDialog::addFile(const QString& path)
{
    const QFileInfo info(path);
    auto* item = new QTreeWidgetItem;
    item->setText(0, QLocale().toString(info.lastModified(), QLocale::ShortFormat));
    item->setText(1, info.fileName());
    item->setText(2, QLocale().formattedDataSize(info.size()));
    item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
    item->setData(0, kPathRole, info.absoluteFilePath());
    item->setToolTip(0, QDir::toNativeSeparators(info.absoluteFilePath()));
    m_list->insertTopLevelItem(0, item);
    m_list->setCurrentItem(item);
}

QString RestoreDialog::selectedPath() const
{
    const QTreeWidgetItem* item = m_list->currentItem();
    return item ? item->data(0, kPathRole).toString() : QString();
}

void RestoreDialog::showSelected()
{
    m_restore->setEnabled(false);
    const QString path = selectedPath();
    if (path.isEmpty())
        return;
    auto info = inspectBackup(path);
    if (!info) {
        m_preview->setText(refusal(info.error().message));
        return;
    }
    if (!info->problems.isEmpty()) {
        m_preview->setText(refusal(
            tr("This backup is damaged and cannot be restored: %1").arg(info->problems.first())));
        return;
    }
    const QLocale locale;
    QString rows;
    for (const QString& name : kShown) {
        const EntityDef* def = EntitySchema::find(name);
        if (!def || !info->counts.contains(name))
            continue;
        const qint64 then = info->counts.value(name);
        const auto counted = m_session.records().count(name);
        const qint64 now = counted ? *counted : 0;
        if (then == 0 && now == 0)
            continue; // nothing of that kind, then or now
        const QString diff
            = then == now ? tr("the same as now") : tr("now %1").arg(locale.toString(now));
        rows += QStringLiteral("<tr><td>%1</td><td align='right'><b>%2</b></td>"
                               "<td style='color:palette(mid)'>&nbsp;&nbsp;%3</td></tr>")
                    .arg(def->translatedPlural().toHtmlEscaped(), locale.toString(then),
                        diff.toHtmlEscaped());
    }
    m_preview->setText(
        QStringLiteral("<p>%1</p><table>%2</table>")
            .arg(tr("A backup of %1 (database version %2). It holds:")
                     .arg(info->companyName.isEmpty()
                             ? QCoreApplication::translate("Cli", "an unnamed company")
                             : info->companyName.toHtmlEscaped())
                     .arg(info->schemaVersion),
                rows));
    m_restore->setEnabled(true);
}

void RestoreDialog::chooseFile()
{
    const QString path = Prompter::openFileName(this, tr("Restore from backup"),
        AutoBackup::folder(m_session.database()),
        tr("Tandem backups (*.tandem-backup *.bak *.db);;All files (*)"));
    if (!path.isEmpty())
        addFile(path);
}

void RestoreDialog::restoreSelected()
{
    const QString path = selectedPath();
    if (path.isEmpty())
        return;
    const QTreeWidgetItem* item = m_list->currentItem();
    if (Prompter::question(this, tr("Restore from backup"),
            tr("Replace all data in this database with the backup taken %1? What is here now is "
               "backed up first.")
                .arg(item->text(0)),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    auto safety = restoreDatabase(m_session.database(), path);
    if (!safety) {
        Prompter::critical(
            this, tr("Restore from backup"), tr("Nothing was restored."), safety.error().message);
        return;
    }
    m_restoredFrom = path;
    m_safety = *safety;
    accept();
}

} // namespace tandem
