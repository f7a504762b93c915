#include "FuzzSupport.h"

#include "services/Workspace.h"
#include "store/Session.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <cstdio>
#include <cstdlib>

namespace tandem::fuzz {

namespace {

[[noreturn]] void die(const QString& what)
{
    std::fprintf(stderr, "fuzz set-up failed: %s\n", qPrintable(what));
    std::abort();
}

} // namespace

void initialise(int* argc, char*** argv)
{
    static QCoreApplication* app = nullptr;
    if (!app)
        app = new QCoreApplication(*argc, *argv); // lives as long as the fuzzer
}

Session& session()
{
    // Never destroyed: at exit Qt SQL's own statics may be gone before ours would close it.
    static Session* session = nullptr;
    if (session)
        return *session;
    static QTemporaryDir dir;
    static FixedClock clock(QDateTime(QDate(2026, 6, 15), QTime(9, 0), Qt::UTC), 1);
    if (!dir.isValid())
        die(QStringLiteral("no temporary folder"));
    SessionOptions options;
    options.idSeed = 42;
    options.siteId = QStringLiteral("fuzz-site");
    auto opened = Session::open(dir.filePath(QStringLiteral("fuzz.sqlite")), clock, options);
    if (!opened)
        die(opened.error().toString());
    session = std::move(opened).value().release();
    WorkspaceSetup setup;
    setup.companyName = QStringLiteral("Fuzz Co");
    setup.userName = QStringLiteral("Fuzzer");
    if (auto r = Workspace::initialise(*session, setup); !r)
        die(r.error().toString());
    const QList<QVariantMap> companies {
        { { QStringLiteral("name"), QStringLiteral("UAB Pavyzdys") },
            { QStringLiteral("reg_code"), QStringLiteral("300000001") } },
        { { QStringLiteral("name"), QStringLiteral("Kowalski Sp. z o.o.") },
            { QStringLiteral("vat_code"), QStringLiteral("PL1234567890") } },
    };
    for (const QVariantMap& values : companies) {
        if (auto id = session->records().create(QStringLiteral("company"), values); !id)
            die(id.error().toString());
    }
    return *session;
}

} // namespace tandem::fuzz
