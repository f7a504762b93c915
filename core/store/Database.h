// Opens a Tandem database file: checks it, migrates it (backup first), sets WAL and foreign keys.
#pragma once

#include "util/Result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <memory>

struct sqlite3;

namespace tandem {

struct OpenOptions {
    bool createIfMissing = true;
    int targetVersion = -1; // -1: the latest this build knows; tests open older versions
    bool backupBeforeMigrate = true;
    bool readOnly = false; // look without changing a byte: no WAL switch, no migration
};

class Database {
public:
    static Result<std::unique_ptr<Database>> open(
        const QString& path, const OpenOptions& options = {});
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QString path() const { return m_path; }
    int schemaVersion() const { return m_version; }
    // The backup file written before this open migrated the schema, if it did.
    QString migrationBackupPath() const { return m_migrationBackup; }

    QSqlDatabase& connection() { return m_db; }
    sqlite3* handle() const;

    // A prepared statement, kept for reuse; bind, exec, and finish() it when done reading.
    QSqlQuery& statement(const QString& sql) const;
    Result<void> exec(const QString& sql);
    // The first column of the first row (a count, a max); null when there is no row.
    QVariant scalar(const QString& sql, const QVariantList& binds = {}) const;

    // For a process that reads a large part of the file once and exits (a report run from the
    // command line): every page is read into a small cache that is reused, instead of growing
    // the large cache that long sessions and bulk writes want. Measured in tandem_bench.
    void readOnceThenExit();

    QString meta(const QString& key) const;
    Result<void> setMeta(const QString& key, const QString& value);

    static int latestVersion();
    static quint32 applicationId();

private:
    friend class Transaction;
    Database() = default;
    Result<void> initialise(const QString& path, const OpenOptions& options, bool existed);

    QString m_path;
    QString m_connectionName;
    QString m_migrationBackup;
    QSqlDatabase m_db;
    mutable QHash<QString, QSqlQuery> m_statements; // a cache of prepared statements
    int m_version = 0;
    int m_txDepth = 0;
    bool m_txFailed = false; // an inner Transaction rolled back: the outermost must not commit
};

// Converts a failed query into an Error: a disk that is full or read-only, a damaged file or a
// busy database in the user's words; anything else with the driver's text.
Error sqlError(const QSqlQuery& query);
// Runs a prepared, bound statement and returns its first column as text, row by row.
Result<QStringList> firstColumn(QSqlQuery& query);
QString describeSqlFailure(const QSqlError& error);

} // namespace tandem
