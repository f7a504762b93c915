// Catch2 main for suites that need a QCoreApplication (Qt SQL drivers, translations).
#define CATCH_CONFIG_RUNNER
#include <QCoreApplication>
#include <catch2/catch.hpp>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tandem-tests"));
    return Catch::Session().run(argc, argv);
}
