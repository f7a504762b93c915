#include "CrashRounds.h"

#include "CliRunner.h"
#include "store/Integrity.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QThread>
#include <algorithm>
#include <csignal>

namespace tandem::test {

namespace {

// The database file and its write-ahead log, copied into a folder emptied first (so no -shm,
// backup or journal of an earlier round is left in it).
QString freshCopy(const QString& from, const QString& dir)
{
    QDir(dir).removeRecursively();
    REQUIRE(QDir().mkpath(dir));
    const QString to = QDir(dir).filePath(QStringLiteral("tandem.db"));
    REQUIRE(QFile::copy(from, to));
    if (QFile::exists(from + QStringLiteral("-wal")))
        REQUIRE(QFile::copy(from + QStringLiteral("-wal"), to + QStringLiteral("-wal")));
    return to;
}

QString fingerprintOf(const QString& db, const Fingerprint& fingerprint, QStringList* problems)
{
    OpenedDatabase opened(db);
    if (problems)
        *problems = opened.problems();
    return fingerprint(opened);
}

// Milliseconds that tandem-cli --db DB args… takes from start to end; REQUIREs exit 0.
qint64 timeRun(const CliRunner& cli, const QString& db, const QStringList& args)
{
    QProcess p;
    p.setProcessEnvironment(cli.environment());
    QElapsedTimer timer;
    timer.start();
    p.start(QStringLiteral(TANDEM_CLI), QStringList { QStringLiteral("--db"), db } + args);
    REQUIRE(p.waitForStarted());
    REQUIRE(p.waitForFinished(120000));
    const qint64 ms = timer.elapsed();
    INFO("tandem-cli " << args.join(QLatin1Char(' ')).toStdString() << "\n"
                       << p.readAllStandardError().toStdString());
    REQUIRE(p.exitStatus() == QProcess::NormalExit);
    REQUIRE(p.exitCode() == 0);
    return ms;
}

} // namespace

OpenedDatabase::OpenedDatabase(const QString& path)
    : m_clock(QDateTime::fromString(QString::fromLatin1(kCliNow), Qt::ISODate), 1)
{
    auto s = Session::open(path, m_clock);
    if (!s)
        FAIL(s.error().toString().toStdString());
    m_session = std::move(s).value();
}

qint64 OpenedDatabase::count(const QString& entity, const QList<QPair<QString, QVariant>>& where)
{
    ListQuery query;
    query.where = where;
    const auto n = m_session->records().count(entity, query);
    if (!n)
        FAIL(n.error().toString().toStdString());
    return *n;
}

QStringList OpenedDatabase::problems()
{
    return checkIntegrity(m_session->database(), m_session->records(), m_session->search());
}

CrashTally killAtRandom(const CliRunner& cli, const QStringList& command,
    const Fingerprint& fingerprint, quint32 seed, int rounds, double window)
{
    const QString base = freshCopy(cli.dbPath(), cli.path(QStringLiteral("crash-base")));
    const QString before = fingerprintOf(base, fingerprint, nullptr);

    CrashTally tally;
    tally.startMs = timeRun(cli, base, { QStringLiteral("whoami") });
    // How long the whole command takes here, so that the kills land all through it: the slower of
    // two runs, as other work on the machine can stretch one.
    const QString trial = freshCopy(base, cli.path(QStringLiteral("crash-round")));
    tally.fullMs = std::max(
        { timeRun(cli, trial, command), timeRun(cli, cli.dbPath(), command), qint64(50) });
    QStringList problems;
    const QString after = fingerprintOf(cli.dbPath(), fingerprint, &problems);
    REQUIRE(problems.isEmpty());
    REQUIRE(after != before);
    // The fingerprint holds no ids or times of one run, or a finished round would look half-done.
    REQUIRE(fingerprintOf(trial, fingerprint, nullptr) == after);

    QRandomGenerator rng(seed);
    const int longest = int(double(tally.fullMs) * window);
    for (int round = 0; round < rounds; ++round) {
        const QString db = freshCopy(base, cli.path(QStringLiteral("crash-round")));
        QProcess p;
        p.setProcessEnvironment(cli.environment());
        p.start(QStringLiteral(TANDEM_CLI), QStringList { QStringLiteral("--db"), db } + command);
        REQUIRE(p.waitForStarted());
        const int delayMs = rng.bounded(longest + 1);
        QThread::msleep(quint32(delayMs));
        ::kill(pid_t(p.processId()), SIGKILL);
        p.waitForFinished();

        INFO("round " << round << ", killed after " << delayMs << " ms of " << tally.fullMs);
        const QString found = fingerprintOf(db, fingerprint, &problems);
        CHECK(problems.join(QLatin1Char('\n')) == QString());
        const bool wasNone = found == before;
        const bool wasAll = found == after;
        INFO("found:  " << found.toStdString() << "\nbefore: " << before.toStdString()
                        << "\nafter:  " << after.toStdString());
        CHECK((wasNone || wasAll));
        tally.none += wasNone;
        tally.all += wasAll;
        tally.noneAfterStart += wasNone && delayMs > tally.startMs;
    }
    WARN("tandem-cli " << command.value(0).toStdString() << ' ' << command.value(1).toStdString()
                       << ", " << rounds << " kills: " << tally.none << " left nothing ("
                       << tally.noneAfterStart << " of them after start-up, " << tally.startMs
                       << " ms), " << tally.all << " found it done (full run " << tally.fullMs
                       << " ms)");
    // Both sides of the commit were hit: kills landed mid-command (past start-up), and late too.
    REQUIRE(tally.noneAfterStart > 0);
    REQUIRE(tally.all > 0);
    return tally;
}

} // namespace tandem::test
