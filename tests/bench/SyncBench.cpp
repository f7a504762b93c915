// Sync: export and import of N changes, against raw SQLite inserting the same rows in the same run.
#include "BenchSupport.h"

#include "services/Workspace.h"
#include "store/Session.h"
#include "store/Transaction.h"
#include "sync/SyncService.h"
#include "util/Clock.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <sqlite3.h>

namespace tandem::bench {

namespace {

double rawInsertMs(const QString& path, const QList<Change>& changes)
{
    sqlite3* db = nullptr;
    sqlite3_open(path.toUtf8().constData(), &db);
    sqlite3_exec(db,
        "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"
        "CREATE TABLE log(hlc INTEGER, site TEXT, user TEXT, entity TEXT, record TEXT, op TEXT, "
        "field TEXT, value, prev TEXT);"
        "CREATE TABLE contact(id TEXT PRIMARY KEY, data TEXT);",
        nullptr, nullptr, nullptr);
    QList<QByteArray> keep;
    QElapsedTimer t;
    t.start();
    sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
    sqlite3_stmt* log = nullptr;
    sqlite3_stmt* row = nullptr;
    sqlite3_prepare_v2(db, "INSERT INTO log VALUES(?,?,?,?,?,?,?,?,?)", -1, &log, nullptr);
    sqlite3_prepare_v2(db, "INSERT OR REPLACE INTO contact VALUES(?,?)", -1, &row, nullptr);
    for (const Change& c : changes) {
        const QByteArray site = c.siteId.toUtf8(), user = c.userId.toUtf8(),
                         entity = c.entity.toUtf8(), record = c.recordId.toUtf8(),
                         field = c.field.toUtf8(), value = c.value.toString().toUtf8();
        sqlite3_bind_int64(log, 1, qint64(c.hlc));
        sqlite3_bind_text(log, 2, site.constData(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(log, 3, user.constData(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(log, 4, entity.constData(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(log, 5, record.constData(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(log, 6, "create", -1, SQLITE_STATIC);
        sqlite3_bind_text(log, 7, field.constData(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(log, 8, value.constData(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_null(log, 9);
        sqlite3_step(log);
        sqlite3_reset(log);
        sqlite3_bind_text(row, 1, record.constData(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(row, 2, value.constData(), -1, SQLITE_TRANSIENT);
        sqlite3_step(row);
        sqlite3_reset(row);
    }
    sqlite3_finalize(log);
    sqlite3_finalize(row);
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    const double ms = double(t.nsecsElapsed()) / 1e6;
    sqlite3_close(db);
    return ms;
}

} // namespace

void runSyncBench(int changes)
{
    QTemporaryDir dir;
    SystemClock clock;
    SessionOptions options;
    options.idSeed = 3;
    auto a = Session::open(dir.filePath(QStringLiteral("a.db")), clock, options);
    if (!a)
        return;
    (void)Workspace::initialise(
        **a, { QStringLiteral("Sync Co"), QStringLiteral("Bench"), QStringLiteral("EUR") });
    {
        Transaction tx((*a)->database());
        for (int i = 0; i < changes; ++i)
            (void)(*a)->records().create(QStringLiteral("contact"),
                { { QStringLiteral("first_name"), QStringLiteral("Ona") },
                    { QStringLiteral("last_name"), QStringLiteral("Petraitienė %1").arg(i) },
                    { QStringLiteral("email"), QStringLiteral("ona%1@example.lt").arg(i) } });
        (void)tx.commit();
    }
    SyncService syncA(**a);
    const QString file = dir.filePath(QStringLiteral("a.tandem"));
    QElapsedTimer t;
    t.start();
    auto written = syncA.exportTo(file);
    const double exportMs = double(t.nsecsElapsed()) / 1e6;
    if (!written)
        return;

    auto b = Session::open(dir.filePath(QStringLiteral("b.db")), clock, options);
    SyncService syncB(**b);
    t.restart();
    auto imported = syncB.importFile(file);
    const double importMs = double(t.nsecsElapsed()) / 1e6;
    if (!imported)
        return;
    const double rawMs
        = rawInsertMs(dir.filePath(QStringLiteral("raw.db")), syncA.makeBundle().changes);
    const double bytes = double(QFileInfo(file).size());
    out() << QStringLiteral(
        "sync of %1 changes (%2 new on import)\n"
        "    export %3 ms | import %4 ms | raw SQLite inserting the same rows %5 ms | "
        "import ratio %6x\n    bundle %7 KiB, %8 bytes per change\n")
                 .arg(*written)
                 .arg(imported->newChanges)
                 .arg(exportMs, 0, 'f', 0)
                 .arg(importMs, 0, 'f', 0)
                 .arg(rawMs, 0, 'f', 0)
                 .arg(rawMs > 0 ? importMs / rawMs : 0, 0, 'f', 1)
                 .arg(bytes / 1024.0, 0, 'f', 0)
                 .arg(bytes / double(*written), 0, 'f', 1)
          << Qt::flush;
}

} // namespace tandem::bench
