// Kills tandem-cli (SIGKILL) at random moments of one command, round after round on fresh copies
// of the same database, and checks that every copy holds all of the command or none of it.
#pragma once

#include "store/Session.h"
#include "util/Clock.h"

#include <QList>
#include <QPair>
#include <QStringList>
#include <QVariant>
#include <functional>
#include <memory>

namespace tandem::test {

class CliRunner;

// A database the CLI wrote, opened in the test with the clock pinned where the CLI's is.
class OpenedDatabase {
public:
    explicit OpenedDatabase(const QString& path); // REQUIREs that it opens
    Session& session() { return *m_session; }
    RecordStore& records() { return m_session->records(); }
    // Live records of `entity` whose fields hold these values (a null value matches empty).
    qint64 count(const QString& entity, const QList<QPair<QString, QVariant>>& where = {});
    qint64 changes() { return m_session->changeLog().count(); }
    // Empty when SQLite's integrity, the foreign keys and the search index are sound.
    QStringList problems();

private:
    FixedClock m_clock;
    std::unique_ptr<Session> m_session;
};

// The figures that tell a command's "none" from its "all" (records, links, changes), as text a
// failed check prints.
using Fingerprint = std::function<QString(OpenedDatabase&)>;

struct CrashTally {
    int none = 0; // killed before the commit: the database as it was
    int all = 0; // killed after the commit (or once the command had ended): all of it there
    int noneAfterStart = 0; // "none" rounds killed later than a bare start-up takes
    qint64 startMs = 0; // `whoami`: start, open the database, end
    qint64 fullMs = 0; // the whole command
};

// Runs `command` to the end on a copy and on the CLI's database (timed; REQUIREs exit 0 and a
// changed fingerprint), then, `rounds` times, on a fresh copy of the database as it was before:
// starts the command, kills it after a random delay of up to `window` × the full run, and CHECKs
// that the copy is sound and holds the fingerprint of before or of after. REQUIREs that both
// happened, "before" also to a kill later than a bare start-up takes.
CrashTally killAtRandom(const CliRunner& cli, const QStringList& command,
    const Fingerprint& fingerprint, quint32 seed, int rounds = 50, double window = 1.5);

} // namespace tandem::test
