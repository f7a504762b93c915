// Automatic, rotating backups: on start, daily, and before every schema update, import, sync
// import and restore. Each is one self-contained file in this computer's backup folder; the
// retention setting (per computer) says how many stay.
#pragma once

#include "util/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace tandem {

class Database;

enum class BackupReason { Start, Daily, BeforeUpdate, BeforeImport, BeforeSync, BeforeRestore };

struct BackupEntry {
    QString path;
    QDateTime taken; // UTC, from the file name
    QString reason; // "start", "daily", "before-update" … (the file name's last part)
    qint64 bytes = 0;
};

// Keep the newest `keep` backups and, besides them, the newest of each of the last `days` days.
struct BackupRetention {
    int keep = 10;
    int days = 7;
};

namespace AutoBackup {

// The folder chosen in Settings (this computer's `backup_folder`), else "backups" beside the
// database file.
QString folder(const Database& db);
// The automatic backups of this database in `dir`, newest first. Other files are ignored.
QList<BackupEntry> list(const QString& dir, const QString& databasePath);
QList<BackupEntry> list(const Database& db);

BackupRetention retention(const Database& db);
Result<void> setRetention(Database& db, const BackupRetention& retention);

// Writes a backup unless the newest one already holds exactly this state (nothing was written
// since it was taken, same schema), then removes those the retention no longer keeps. Returns
// the backup's path. Fails with a clear message when the folder cannot be made or written (the
// disk is full, the folder is read-only): callers then refuse the change they were about to make.
Result<QString> take(Database& db, BackupReason reason, const QDateTime& nowUtc);

// take() before a change the user asked for: on failure an Error saying the change was not made.
Result<void> before(Database& db, BackupReason reason, const QDateTime& nowUtc);

// The newest backup that opens as a Tandem database and passes SQLite's quick_check.
std::optional<BackupEntry> latestGood(const Database& db);

// True when the newest backup is a day old or older (or there is none).
bool dailyDue(const Database& db, const QDateTime& nowUtc);

// Pure: the entries (newest first) the retention removes at `nowUtc`.
QList<BackupEntry> toRemove(
    const QList<BackupEntry>& entries, const BackupRetention& retention, const QDateTime& nowUtc);

// "start", "before-import" … as used in file names, and the user's words for it.
QString reasonKey(BackupReason reason);
QString reasonLabel(const QString& key);

} // namespace AutoBackup

} // namespace tandem
