// Killed mid-import: a sync import stopped by SIGKILL at random moments leaves the database as
// it was before, or with the whole bundle — never half of it — and always healthy.
#include "CliRunner.h"

#include "TestDatabase.h"
#include "store/Integrity.h"
#include "store/Transaction.h"
#include "sync/SyncService.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QThread>
#include <csignal>

using namespace tandem;
using namespace tandem::test;

namespace {

// A bundle with `contacts` new contacts from another copy.
QString makeBundle(const QString& dir, int contacts)
{
    TestDatabase source(QStringLiteral("field-laptop"), 5);
    Transaction tx(source.session().database());
    for (int i = 0; i < contacts; ++i)
        create(source.records(), QStringLiteral("contact"),
            { { QStringLiteral("first_name"), QStringLiteral("Jonas") },
                { QStringLiteral("last_name"), QStringLiteral("Jonaitis %1").arg(i) },
                { QStringLiteral("email"), QStringLiteral("jonas%1@example.lt").arg(i) } });
    REQUIRE(tx.commit());
    const QString path = dir + QStringLiteral("/laptop.tandem");
    SyncService sync(source.session());
    REQUIRE(sync.exportTo(path).ok());
    return path;
}

struct Counts {
    qint64 contacts = 0;
    qint64 changes = 0;
    bool healthy = false;
};

Counts inspect(const QString& db)
{
    FixedClock clock(QDateTime(QDate(2026, 6, 15), QTime(9, 0), Qt::UTC));
    auto s = Session::open(db, clock);
    REQUIRE(s.ok());
    Counts c;
    c.contacts = *(*s)->records().count(QStringLiteral("contact"));
    c.changes = (*s)->changeLog().count();
    c.healthy = checkIntegrity((*s)->database(), (*s)->records(), (*s)->search()).isEmpty();
    return c;
}

} // namespace

TEST_CASE("A sync import killed at any moment is all or nothing", "[cli][crash]")
{
    CliRunner cli;
    cli.init();
    const int contacts = 4000;
    const QString bundle = makeBundle(cli.path(QString()), contacts);
    const QString base = cli.path(QStringLiteral("base.db"));
    QFile::copy(cli.dbPath(), base);
    const Counts before = inspect(base);

    // How long a whole import takes here, so the kills land all through it.
    QElapsedTimer timer;
    timer.start();
    REQUIRE(cli.run({ QStringLiteral("sync"), QStringLiteral("import"), bundle }).exitCode == 0);
    const qint64 fullMs = std::max<qint64>(timer.elapsed(), 50);
    const Counts after = inspect(cli.dbPath());
    REQUIRE(after.contacts == before.contacts + contacts);

    QRandomGenerator rng(20260615);
    int none = 0, all = 0;
    for (int round = 0; round < 50; ++round) {
        const QString db = cli.path(QStringLiteral("round.db"));
        QFile::remove(db);
        QFile::remove(db + QStringLiteral("-wal"));
        QFile::remove(db + QStringLiteral("-shm"));
        REQUIRE(QFile::copy(base, db));
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TANDEM_NOW"), QString::fromLatin1(kCliNow));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(TANDEM_CLI),
            { QStringLiteral("--db"), db, QStringLiteral("sync"), QStringLiteral("import"),
                bundle });
        REQUIRE(p.waitForStarted());
        QThread::msleep(quint32(rng.bounded(int(fullMs * 11 / 10) + 1)));
        ::kill(pid_t(p.processId()), SIGKILL);
        p.waitForFinished();

        INFO("round " << round);
        const Counts c = inspect(db);
        CHECK(c.healthy);
        const bool wasNone = c.contacts == before.contacts && c.changes == before.changes;
        const bool wasAll = c.contacts == after.contacts && c.changes == after.changes;
        CHECK((wasNone || wasAll));
        none += wasNone;
        all += wasAll;
    }
    WARN("killed imports: " << none << " left nothing, " << all << " had finished");
    CHECK(none > 0); // the kills did land mid-import
}
