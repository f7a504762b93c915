// tandem: the desktop window. Opens the database (first start: the set-up dialog), then the window.
#include "Translations.h"
#include "common/Icons.h"
#include "common/Prompter.h"
#include "firstrun/FirstRunDialog.h"
#include "mainwindow/MainWindow.h"
#include "services/Workspace.h"
#include "settings/SettingsDialog.h"
#include "store/Session.h"
#include "util/Clock.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
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
    const bool existed = QFileInfo::exists(path);
    SystemClock clock;
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
    window.show();
    if (!parser.positionalArguments().isEmpty()) {
        const QString file = parser.positionalArguments().constFirst();
        QTimer::singleShot(0, &window, [&window, file] { window.openFile(file); });
    }
    return app.exec();
}
