// Not a test: writes the README's screenshots (hidden; run `tandem_ui_tests "[.screenshots]"` under
// a real X server with TANDEM_SCREENSHOT_DB=demo.db and TANDEM_SCREENSHOT_DIR=docs/screenshots).
#include "UiTestSupport.h"

#include "common/GlobalSearch.h"
#include "firstrun/FirstRunDialog.h"
#include "mainwindow/MainWindow.h"
#include "store/Session.h"
#include "util/Clock.h"

#include <QDir>
#include <QFile>
#include <QPainter>
#include <QTest>
#include <catch2/catch.hpp>

using namespace tandem;
using namespace tandem::test;

TEST_CASE("Screenshots for the README", "[.screenshots]")
{
    const QString source = qEnvironmentVariable("TANDEM_SCREENSHOT_DB");
    const QDir out(qEnvironmentVariable("TANDEM_SCREENSHOT_DIR"));
    REQUIRE_FALSE(source.isEmpty());
    REQUIRE(out.exists());
    const QString search = qEnvironmentVariable("TANDEM_SCREENSHOT_SEARCH", QStringLiteral("sarunas"));

    // A copy, so the screenshots never change the demo database.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.db"));
    REQUIRE(QFile::copy(source, path));
    SystemClock clock;
    auto session = Session::open(path, clock);
    REQUIRE(session.ok());
    {
        MainWindow window(**session);
        window.resize(1440, 880);
        REQUIRE(showActive(window));
        window.showModule(QStringLiteral("contact"));
        QTest::keyClicks(window.globalSearch(), search);
        REQUIRE(waitFor([&] { return !window.globalSearch()->hits().isEmpty(); }));
        QTest::keyClick(window.globalSearch(), Qt::Key_Return);
        window.globalSearch()->clear();
        QTest::qWait(300);
        REQUIRE(window.grab().save(out.filePath(QStringLiteral("main-window.png"))));
    }

    TestDatabase fresh;
    FirstRunDialog dialog(fresh.session());
    REQUIRE(showActive(dialog));
    dialog.adjustSize();
    QTest::qWait(300);
    REQUIRE(dialog.grab().save(out.filePath(QStringLiteral("first-run.png"))));
}
