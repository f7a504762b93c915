// The automatic backup and the start check on the large database, next to raw SQLite doing the
// same work on its own connection in the same run: a whole-file copy through the backup API and
// PRAGMA quick_check.
#include "BenchSupport.h"

#include "store/AutoBackup.h"
#include "store/Database.h"
#include "store/Integrity.h"
#include "store/Session.h"
#include "util/Clock.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <sqlite3.h>

namespace tandem::bench {

namespace {

// What SQLite's own shell does for ".backup FILE".
void rawBackup(const QString& from, const QString& to)
{
    sqlite3* src = nullptr;
    sqlite3* dest = nullptr;
    sqlite3_open_v2(from.toUtf8().constData(), &src, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_open_v2(
        to.toUtf8().constData(), &dest, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    sqlite3_backup* b = sqlite3_backup_init(dest, "main", src, "main");
    while (sqlite3_backup_step(b, 1024) == SQLITE_OK) { }
    sqlite3_backup_finish(b);
    sqlite3_close(dest);
    sqlite3_close(src);
}

} // namespace

void runBackupBench(Session& session, int rounds)
{
    out() << QStringLiteral("\n-- backups (%1 rounds each)\n").arg(rounds);
    Database& db = session.database();
    QTemporaryDir dir(QFileInfo(db.path()).absolutePath() + QStringLiteral("/bench-XXXXXX"));
    (void)db.setMeta(QStringLiteral("backup_folder"), dir.path());
    Samples ours, raw, oursCheck, rawCheck;
    for (int i = 0; i < rounds; ++i) {
        // A change each round, so that every take() really copies.
        (void)db.setMeta(QStringLiteral("last_backup"), QString());
        QElapsedTimer t;
        t.start();
        auto taken = AutoBackup::take(db, BackupReason::Daily, session.clock().nowUtc());
        ours.add(msSince(t));
        if (!taken) {
            out() << taken.error().toString() << Qt::endl;
            break;
        }
        QFile::remove(*taken);

        const QString copy = dir.filePath(QStringLiteral("raw.db"));
        t.restart();
        rawBackup(db.path(), copy);
        raw.add(msSince(t));
        QFile::remove(copy);

        t.restart();
        (void)quickCheck(db);
        oursCheck.add(msSince(t));
        RawDb check(db.path(), SQLITE_OPEN_READONLY);
        t.restart();
        readRows(check.statement("PRAGMA quick_check"));
        rawCheck.add(msSince(t));
    }
    (void)db.setMeta(QStringLiteral("backup_folder"), QString());
    printRow(QStringLiteral("automatic backup (whole file, rotation)"), ours, raw);
    printRow(QStringLiteral("quick_check on start"), oursCheck, rawCheck);
}

} // namespace tandem::bench
