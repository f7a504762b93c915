// Online backups (SQLite backup API), what a backup holds, and restoring one in place.
#pragma once

#include "util/Result.h"

#include <QMap>
#include <QString>
#include <QStringList>

namespace tandem {

class Database;

struct BackupInfo {
    int schemaVersion = 0;
    QMap<QString, qint64> counts; // live records per entity: contact → 1200 …
    QString companyName;
    QStringList problems; // SQLite's quick_check of the file: empty when it is sound
};

Result<void> backupDatabase(Database& db, const QString& target);
// Reads a backup without changing it; refuses files that are not Tandem databases.
Result<BackupInfo> inspectBackup(const QString& path);
// Replaces the live data with the backup's; the current state is saved to a backup first.
// Returns the path of that safety backup.
Result<QString> restoreDatabase(Database& db, const QString& source);

} // namespace tandem
