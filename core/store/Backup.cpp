#include "store/Backup.h"

#include "domain/EntitySchema.h"
#include "store/AutoBackup.h"
#include "store/Database.h"
#include "store/Integrity.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <sqlite3.h>

namespace tandem {

namespace {

Result<void> copyDatabase(sqlite3* from, sqlite3* to, const QString& what)
{
    sqlite3_backup* b = sqlite3_backup_init(to, "main", from, "main");
    if (!b)
        return makeError(QCoreApplication::translate("Backup", "Copying %1 failed: %2")
                             .arg(what, QString::fromUtf8(sqlite3_errmsg(to))));
    int rc;
    int waits = 0; // another writer holds the file: wait up to 10 s, then say so
    do {
        rc = sqlite3_backup_step(b, 1024);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
            sqlite3_sleep(20);
    } while (rc == SQLITE_OK || ((rc == SQLITE_BUSY || rc == SQLITE_LOCKED) && ++waits < 500));
    sqlite3_backup_finish(b);
    if (rc != SQLITE_DONE) {
        if (rc == SQLITE_FULL)
            return makeError(
                QCoreApplication::translate("Backup", "Copying %1 failed: the disk is full.")
                    .arg(what));
        return makeError(QCoreApplication::translate("Backup", "Copying %1 failed: %2")
                             .arg(what, QString::fromUtf8(sqlite3_errstr(rc))));
    }
    return {};
}

} // namespace

Result<void> backupDatabase(Database& db, const QString& target)
{
    sqlite3* dest = nullptr;
    if (sqlite3_open_v2(
            target.toUtf8().constData(), &dest, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr)
        != SQLITE_OK) {
        sqlite3_close(dest);
        return Error {
            QCoreApplication::translate("Backup", "Cannot write the backup file %1.").arg(target),
            target, 0, {}
        };
    }
    // Copied through a second connection with SQLite's small default cache: the session's large
    // cache would grow by every page of the file (measured in tandem_bench --only-backups), and
    // inside a write transaction (an import that is one step of Edit › Undo) SQLite will not copy
    // from the writing connection at all. The second one reads the last committed state.
    sqlite3* source = db.handle();
    sqlite3* reader = nullptr;
    if (QFileInfo::exists(db.path())) {
        if (sqlite3_open_v2(db.path().toUtf8().constData(), &reader, SQLITE_OPEN_READONLY, nullptr)
            != SQLITE_OK) {
            sqlite3_close(reader);
            sqlite3_close(dest);
            QFile::remove(target);
            return Error { QCoreApplication::translate("Backup", "Cannot read %1.").arg(db.path()),
                db.path(), 0, {} };
        }
        source = reader;
    }
    auto r = copyDatabase(source, dest, target);
    if (reader)
        sqlite3_close(reader);
    // A backup is one self-contained file: no -wal beside it to lose when it is copied.
    if (r)
        sqlite3_exec(dest, "PRAGMA journal_mode=DELETE", nullptr, nullptr, nullptr);
    sqlite3_close(dest);
    if (!r) {
        QFile::remove(target);
        return r;
    }
    return {};
}

Result<BackupInfo> inspectBackup(const QString& path)
{
    OpenOptions options;
    options.createIfMissing = false;
    options.readOnly = true; // a newer or foreign file is still refused by open()
    auto opened = Database::open(path, options);
    if (!opened)
        return opened.error();
    Database& db = *opened.value();
    if (db.schemaVersion() == 0)
        return Error { QCoreApplication::translate(
                           "Backup", "%1 is an empty file, not a Tandem backup.")
                           .arg(path),
            path, 0, {} };
    BackupInfo info;
    info.schemaVersion = db.schemaVersion();
    info.problems = quickCheck(db);
    for (const EntityDef& e : EntitySchema::all()) {
        if (!e.fixedField.isEmpty())
            continue;
        QSqlQuery q(db.connection());
        if (q.exec(QStringLiteral("SELECT count(*) FROM \"%1\" WHERE deleted = 0").arg(e.table))
            && q.next())
            info.counts.insert(e.name, q.value(0).toLongLong());
    }
    QSqlQuery q(db.connection());
    q.prepare(
        QStringLiteral("SELECT value FROM setting WHERE key = 'company_name' AND deleted = 0"));
    if (q.exec() && q.next())
        info.companyName = q.value(0).toString();
    return info;
}

Result<QString> restoreDatabase(Database& db, const QString& source)
{
    auto info = inspectBackup(source);
    if (!info)
        return info.error();
    if (!info->problems.isEmpty())
        return Error { QCoreApplication::translate(
                           "Backup", "The backup %1 is damaged, so nothing was restored: %2")
                           .arg(source, info->problems.first()),
            source, 0, {} };
    auto b = AutoBackup::take(db, BackupReason::BeforeRestore, QDateTime::currentDateTimeUtc());
    if (!b)
        return Error { QCoreApplication::translate("Backup",
                           "The current data could not be saved first, so nothing was restored: %1")
                           .arg(b.error().message),
            db.path(), 0, {} };

    sqlite3* src = nullptr;
    if (sqlite3_open_v2(source.toUtf8().constData(), &src, SQLITE_OPEN_READONLY, nullptr)
        != SQLITE_OK) {
        sqlite3_close(src);
        return Error { QCoreApplication::translate("Backup", "Cannot read %1.").arg(source), source,
            0, {} };
    }
    auto r = copyDatabase(src, db.handle(), source);
    sqlite3_close(src);
    if (!r)
        return r.error();
    return *b;
}

} // namespace tandem
