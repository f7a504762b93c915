// tandem: the desktop window. Opens the database (first start: the set-up dialog), then the window.
#include "Translations.h"
#include "common/ExitCodes.h"
#include "common/Icons.h"
#include "common/Prompter.h"
#include "firstrun/FirstRunDialog.h"
#include "mainwindow/BackupScheduler.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/SingleInstance.h"
#include "services/Workspace.h"
#include "settings/SettingsDialog.h"
#include "store/FileSystemKind.h"
#include "store/Session.h"
#include "util/Clock.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTimer>

using namespace tandem;

namespace {

struct Main {
    Q_DECLARE_TR_FUNCTIONS(Main)
};

// A database file this start created and the user then walked away from is not kept.
void removeDatabaseFiles(const QString& path)
{
    for (const QString& suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
        QFile::remove(path + suffix);
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    // No organisation: the database then lives where tandem-cli looks for it by default.
    QApplication::setApplicationName(QStringLiteral("tandem"));
    QApplication::setApplicationVersion(QStringLiteral(TANDEM_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("eu.tandemcrm.Tandem"));
    QApplication::setWindowIcon(Icons::application());
    installTranslations(app, SettingsDialog::savedLanguage());

    QCommandLineParser parser;
    parser.setApplicationDescription(Main::tr("Tandem, a desktop CRM for small sales teams."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
        Main::tr("Open FILE instead of the default database (%1).")
            .arg(Workspace::defaultDatabasePath()),
        Main::tr("FILE"));
    parser.addOption(dbOption);
    parser.addPositionalArgument(QStringLiteral("file"),
        Main::tr("A Tandem bundle (.tandem), address book (.vcf) or calendar (.ics) to bring in."),
        QStringLiteral("[file]"));
    parser.process(app);

    const QString path
        = parser.isSet(dbOption) ? parser.value(dbOption) : Workspace::defaultDatabasePath();
    QString fileToOpen
        = parser.positionalArguments().isEmpty() ? QString() : parser.positionalArguments().first();

    // One window per database: a second start hands its file to the first and leaves.
    SingleInstance instance(path);
    if (!instance.claim()) {
        if (instance.handOver(fileToOpen))
            return 0;
        Prompter::critical(nullptr, Main::tr("Tandem"),
            Main::tr("Tandem is already open on the database %1.").arg(path),
            Main::tr("It is held by %1, which does not answer. Close that Tandem window (or end "
                     "that process) and start Tandem again.")
                .arg(instance.holder()));
        return 1;
    }
    if (const QString fs = networkFileSystem(path); !fs.isEmpty()) {
        if (Prompter::question(nullptr, Main::tr("Tandem"),
                networkShareWarning(path, fs) + QStringLiteral("\n\n")
                    + Main::tr("Open it anyway?"),
                QMessageBox::Open | QMessageBox::Cancel, QMessageBox::Cancel)
            != QMessageBox::Open)
            return 1;
    }

    SystemClock clock;
    int code = 0;
    do {
        const bool existed = QFileInfo::exists(path);
        auto opened = Session::open(path, clock);
        if (!opened) {
            Prompter::critical(nullptr, Main::tr("Tandem"),
                Main::tr("Tandem cannot open the database %1.").arg(path), opened.error().message);
            return 1;
        }
        std::unique_ptr<Session> session = std::move(opened).value();

        if (!session->isInitialised()) {
            FirstRunDialog welcome(*session);
            if (welcome.exec() != QDialog::Accepted) {
                session.reset();
                if (!existed)
                    removeDatabaseFiles(path);
                return 0;
            }
        }

        MainWindow window(*session);
        QObject::connect(&window, &MainWindow::restartRequested, &app,
            [] { QApplication::exit(ExitCode::ReopenDatabase); });
        QObject::connect(&instance, &SingleInstance::activationRequested, &window,
            [&window](const QString& file) {
                window.showNormal();
                window.raise();
                window.activateWindow();
                if (!file.isEmpty())
                    window.openFile(file);
            });
        // Checked and backed up in the background: a large file is read once, not waited for.
        BackupScheduler backups(*session);
        QObject::connect(
            &backups, &BackupScheduler::backedUp, &window, &MainWindow::showAutomaticBackup);
        QObject::connect(
            &backups, &BackupScheduler::failed, &window, &MainWindow::showBackupFailure);
        QObject::connect(&backups, &BackupScheduler::damaged, &window, &MainWindow::offerRestore);
        window.show();
        backups.start();
        if (!fileToOpen.isEmpty()) {
            QTimer::singleShot(0, &window, [&window, fileToOpen] { window.openFile(fileToOpen); });
            fileToOpen.clear();
        }
        code = app.exec();
        backups.wait();
    } while (code == ExitCode::ReopenDatabase);
    if (code == ExitCode::RestartApplication) {
        instance.release(); // the new process must find the database free
        QProcess::startDetached(
            QCoreApplication::applicationFilePath(), QCoreApplication::arguments().mid(1));
        return 0;
    }
    return code;
}
