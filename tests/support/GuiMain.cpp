// Catch2 main for suites that lay out text and paint pages (QTextDocument, QPdfWriter): fonts
// need a QGuiApplication; ctest runs it on the offscreen platform.
#define CATCH_CONFIG_RUNNER
#include <QGuiApplication>
#include <catch2/catch.hpp>

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("tandem-tests"));
    return Catch::Session().run(argc, argv);
}
