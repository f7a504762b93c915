// MainWindow's care of the database file: backing up, checking, restoring a backup, and what
// the automatic backups report.
#include "mainwindow/MainWindow.h"

#include "common/Prompter.h"
#include "mainwindow/RestoreDialog.h"
#include "store/AutoBackup.h"
#include "store/Backup.h"
#include "store/Integrity.h"
#include "store/Session.h"
#include "util/Clock.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QStandardPaths>
#include <QStatusBar>

namespace tandem {

void MainWindow::backUpDatabase()
{
    // The backup folder chosen in Settings, else Documents.
    QString dir = m_session.database().meta(QStringLiteral("backup_folder"));
    if (dir.isEmpty() || !QFileInfo(dir).isDir())
        dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    //: Suggested file name of a backup; %1 is today's date
    const QString name
        = tr("tandem-%1.tandem-backup")
              .arg(m_session.clock().nowUtc().toLocalTime().date().toString(Qt::ISODate));
    const QString path = Prompter::saveFileName(this, tr("Back up database"),
        QDir(dir).filePath(name), tr("Tandem backups (*.tandem-backup);;All files (*)"));
    if (path.isEmpty())
        return;
    if (auto r = backupDatabase(m_session.database(), path); !r) {
        Prompter::critical(
            this, tr("Back up database"), tr("The backup was not written."), r.error().message);
        return;
    }
    statusBar()->showMessage(tr("Backed up to %1").arg(QDir::toNativeSeparators(path)), 10000);
}

void MainWindow::checkDatabase()
{
    const QStringList problems
        = checkIntegrity(m_session.database(), m_session.records(), m_session.search());
    if (problems.isEmpty()) {
        Prompter::information(this, tr("Check database"),
            tr("The database is healthy: no problems found in %1.")
                .arg(QDir::toNativeSeparators(m_session.database().path())));
        return;
    }
    offerRestore(problems);
}

void MainWindow::restoreFromBackup()
{
    RestoreDialog dialog(m_session, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    restored(dialog.safetyBackup());
}

void MainWindow::restored(const QString& safety)
{
    Prompter::information(this, tr("Restore from backup"),
        tr("Restored. The data it replaced was saved to %1. Tandem now reopens the database.")
            .arg(QDir::toNativeSeparators(safety)));
    emit restartRequested();
}

void MainWindow::offerRestore(const QStringList& problems)
{
    const QString found = tr("%n problem(s) found in %1.", nullptr, int(problems.size()))
                              .arg(QDir::toNativeSeparators(m_session.database().path()));
    const auto good = AutoBackup::latestGood(m_session.database());
    if (!good) {
        Prompter::warning(this, tr("Check database"),
            found + QLatin1Char(' ')
                + tr("There is no sound automatic backup to go back to. Make a backup, then run "
                     "“tandem-cli check --repair”."),
            problems.join(QLatin1Char('\n')));
        return;
    }
    const QString when = QLocale().toString(good->taken.toLocalTime(), QLocale::ShortFormat);
    if (Prompter::question(this, tr("Check database"),
            found + QLatin1Char(' ')
                + tr("Restore the latest sound backup, taken %1 (%2)? What is here now is kept "
                     "as a backup.")
                      .arg(when, AutoBackup::reasonLabel(good->reason)),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes)
        != QMessageBox::Yes)
        return;
    auto safety = restoreDatabase(m_session.database(), good->path);
    if (!safety) {
        Prompter::critical(
            this, tr("Restore from backup"), tr("Nothing was restored."), safety.error().message);
        return;
    }
    restored(*safety);
}

void MainWindow::showAutomaticBackup(const QString& path)
{
    statusBar()->showMessage(
        tr("Backed up automatically to %1").arg(QDir::toNativeSeparators(path)), 5000);
}

void MainWindow::showBackupFailure(const QString& message)
{
    Prompter::warning(this, tr("Automatic backup"),
        tr("Tandem could not back up the database automatically. Your data is unchanged, but "
           "until this is solved there is no fresh backup to go back to."),
        message);
}

} // namespace tandem
