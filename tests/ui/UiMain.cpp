// Catch2 main for the UI suite: a QApplication, settings in a temporary folder, and no dialog
// ever shown (Prompter answers from its queue).
#define CATCH_CONFIG_RUNNER
#include "common/Prompter.h"

#include <QApplication>
#include <QLocale>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

int main(int argc, char* argv[])
{
    // Window geometry and list layouts written by the tests stay out of the user's ~/.config.
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toUtf8());
    // Offscreen unless asked otherwise (QT_QPA_PLATFORM=xcb for the screenshots): ctest's test
    // discovery runs this too, without a display.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("tandem-ui-tests"));
    // Money and dates as a British user reads them: €1,250.50 and 15/06/2026.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    tandem::Prompter::setTestMode(true);
    return Catch::Session().run(argc, argv);
}
