#include "store/Database.h"

#include "store/AutoBackup.h"
#include "store/Migrations.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QUuid>
#include <sqlite3.h>

namespace tandem {

namespace {

// The first 16 bytes of every SQLite 3 file.
bool looksLikeSqlite(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    if (f.size() == 0)
        return true;
    return f.read(16) == QByteArray("SQLite format 3\0", 16);
}

} // namespace

QString describeSqlFailure(const QSqlError& error)
{
    bool known = false;
    const int code = error.nativeErrorCode().toInt(&known) & 0xff; // primary of an extended code
    if (!known)
        return error.text();
    switch (code) {
    case SQLITE_FULL:
        return QCoreApplication::translate("Database",
            "The disk is full, so the change could not be saved and nothing was changed. Free "
            "some space and try again.");
    case SQLITE_READONLY:
        return QCoreApplication::translate("Database",
            "The database file or its folder is read-only, so nothing was changed. Check the "
            "file's permissions, or whether the disk is mounted read-only.");
    case SQLITE_IOERR:
        return QCoreApplication::translate("Database",
            "The disk could not be written or read (%1), so nothing was changed. If the "
            "database is on a USB stick or a network drive, check that it is still there.")
            .arg(error.databaseText());
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return QCoreApplication::translate("Database",
            "The database file is damaged (%1). Restore a backup: File › Restore from backup…")
            .arg(error.databaseText());
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return QCoreApplication::translate("Database",
            "The database is busy: another program is writing to it. Try again in a moment.");
    default:
        return error.text();
    }
}

Result<QStringList> firstColumn(QSqlQuery& query)
{
    if (!query.exec())
        return sqlError(query);
    QStringList out;
    while (query.next())
        out << query.value(0).toString();
    query.finish();
    return out;
}

Error sqlError(const QSqlQuery& query)
{
    return makeError(describeSqlFailure(query.lastError()));
}

int Database::latestVersion()
{
    return Migrations::latestVersion();
}

quint32 Database::applicationId()
{
    return 0x54444d31; // "TDM1"
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, const OpenOptions& options)
{
    const QFileInfo info(path);
    const bool existed = info.exists();
    if (!existed && !options.createIfMissing)
        return Error {
            QCoreApplication::translate("Database", "There is no Tandem database at %1.").arg(path),
            path, 0, {}
        };
    if (existed && info.isDir())
        return Error { QCoreApplication::translate(
                           "Database", "%1 is a folder, not a Tandem database.")
                           .arg(path),
            path, 0, {} };
    if (existed && !looksLikeSqlite(path))
        return Error {
            QCoreApplication::translate("Database",
                "%1 is not a Tandem database (it is not an SQLite file, or it is damaged).")
                .arg(path),
            path, 0, {}
        };
    if (!existed && !info.absoluteDir().exists())
        return Error { QCoreApplication::translate("Database", "The folder %1 does not exist.")
                           .arg(info.absolutePath()),
            path, 0, {} };

    std::unique_ptr<Database> db(new Database());
    auto r = db->initialise(path, options, existed);
    if (!r)
        return r.error();
    return db;
}

Result<void> Database::initialise(const QString& path, const OpenOptions& options, bool existed)
{
    m_path = path;
    m_connectionName
        = QStringLiteral("tandem-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(options.readOnly
            ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000")
            : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!m_db.open())
        return Error { QCoreApplication::translate("Database", "Cannot open %1: %2")
                           .arg(path, m_db.lastError().text()),
            path, 0, {} };

    // Read-only checks first: a file we refuse must stay byte-for-byte as it was.
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return Error { QCoreApplication::translate(
                           "Database", "%1 is damaged and cannot be read: %2")
                           .arg(path, q.lastError().text()),
            path, 0, {} };
    m_version = q.value(0).toInt();
    q.finish();
    if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next())
        return Error {
            QCoreApplication::translate("Database", "%1 is damaged and cannot be read.").arg(path),
            path, 0, {}
        };
    const quint32 appId = q.value(0).toUInt();
    q.finish();
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")) || !q.next())
        return Error { QCoreApplication::translate(
                           "Database", "%1 is damaged and cannot be read: %2")
                           .arg(path, q.lastError().text()),
            path, 0, {} };
    const int objects = q.value(0).toInt();
    q.finish();

    if (existed && objects > 0 && appId != applicationId())
        return Error { QCoreApplication::translate("Database",
                           "%1 is an SQLite database of another program, not a Tandem database.")
                           .arg(path),
            path, 0, {} };
    const int target = options.targetVersion < 0 ? latestVersion() : options.targetVersion;
    if (m_version > latestVersion())
        return Error {
            QCoreApplication::translate("Database",
                "%1 was written by a newer version of Tandem (database version %2; this "
                "version reads up to %3). Update Tandem to open it; the file was left untouched.")
                .arg(path)
                .arg(m_version)
                .arg(latestVersion()),
            path, 0, {}
        };

    if (options.readOnly)
        return {};
    if (!exec(QStringLiteral("PRAGMA journal_mode=WAL")))
        return Error { QCoreApplication::translate(
                           "Database", "Cannot write to %1: the file or its folder is read-only.")
                           .arg(path),
            path, 0, {} };
    (void)exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    (void)exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    // Bulk writes (demo data, imports, sync) touch many index pages in one transaction; with the
    // default 2 MiB cache they spill to the WAL and are read back. Pages are allocated on use.
    (void)exec(QStringLiteral("PRAGMA cache_size=-262144"));
    // Sorts that no index serves (a list sorted by another column) stay in memory, not temp files.
    (void)exec(QStringLiteral("PRAGMA temp_store=MEMORY"));

    if (m_version < target) {
        if (m_version > 0 && options.backupBeforeMigrate) {
            auto b = AutoBackup::take(
                *this, BackupReason::BeforeUpdate, QDateTime::currentDateTimeUtc());
            if (!b)
                return Error {
                    QCoreApplication::translate("Database",
                        "No backup could be written before updating %1, so it was not updated: %2")
                        .arg(path, b.error().message),
                    path, 0, {}
                };
            m_migrationBackup = *b;
        }
        auto m = Migrations::migrate(*this, m_version, target);
        if (!m)
            return m.error();
        m_version = target;
    }
    return {};
}

Database::~Database()
{
    m_statements.clear();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

sqlite3* Database::handle() const
{
    const QVariant v = m_db.driver()->handle();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3* const*>(v.constData());
    return nullptr;
}

QSqlQuery& Database::statement(const QString& sql) const
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.prepare(sql);
        it = m_statements.insert(sql, q);
    }
    return it.value();
}

Result<void> Database::exec(const QString& sql)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql))
        return sqlError(q);
    return {};
}

void Database::readOnceThenExit()
{
    // 8 MiB. Each page of a grown cache is fresh memory the system must hand over on first use,
    // which on a 1.4 GB database cost a report more than reading the page itself.
    (void)exec(QStringLiteral("PRAGMA cache_size=-8192"));
}

QVariant Database::scalar(const QString& sql, const QVariantList& binds) const
{
    QSqlQuery& q = statement(sql);
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds.at(i));
    QVariant v;
    if (q.exec() && q.next())
        v = q.value(0);
    q.finish();
    return v;
}

QString Database::meta(const QString& key) const
{
    return scalar(QStringLiteral("SELECT value FROM meta WHERE key = ?"), { key }).toString();
}

Result<void> Database::setMeta(const QString& key, const QString& value)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO meta(key, value) VALUES(?, ?) "
                             "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    if (!q.exec())
        return sqlError(q);
    return {};
}

} // namespace tandem
