#include "store/AutoBackup.h"

#include "store/Backup.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>
#include <algorithm>
#include <numeric>

namespace tandem {

namespace {

const QString kFolderKey = QStringLiteral("backup_folder"); // this computer's (meta)
const QString kKeepKey = QStringLiteral("backup_keep");
const QString kDaysKey = QStringLiteral("backup_days");
const QString kLastKey = QStringLiteral("last_backup"); // "file name|state" of the newest
const QString kSuffix = QStringLiteral(".tandem-backup");
const QString kStamp = QStringLiteral("yyyyMMdd-HHmmss");

QString baseName(const QString& databasePath)
{
    return QFileInfo(databasePath).completeBaseName();
}

// What the database holds, as far as a backup is concerned: every write to records goes through
// the change log, and a schema update changes the version.
QString stateOf(const Database& db)
{
    // The log is append-only, so its newest entry stands for all of it (and, unlike a count,
    // is read from the end of the primary key at once on a large database).
    const QVariant seq = db.scalar(QStringLiteral("SELECT max(seq) FROM change_log"));
    return QStringLiteral("%1/v%2")
        .arg(seq.isNull() ? 0 : seq.toLongLong())
        .arg(db.schemaVersion());
}

int metaNumber(const Database& db, const QString& key, int fallback)
{
    bool ok = false;
    const int n = db.meta(key).toInt(&ok);
    return ok && n >= 0 ? n : fallback;
}

// Pieces of backups cut short more than a day ago (a copy still being written is younger).
void removeStaleParts(const QString& dir, const QDateTime& nowUtc)
{
    const QFileInfoList parts = QDir(dir).entryInfoList(
        { QStringLiteral("*.tandem-backup.part"), QStringLiteral("*.tandem-backup.part-journal") },
        QDir::Files);
    for (const QFileInfo& part : parts) {
        if (part.lastModified().secsTo(nowUtc) > 24 * 3600)
            QFile::remove(part.absoluteFilePath());
    }
}

} // namespace

QString AutoBackup::folder(const Database& db)
{
    const QString chosen = db.meta(kFolderKey);
    if (!chosen.isEmpty())
        return QDir::cleanPath(chosen);
    return QFileInfo(db.path()).absoluteDir().filePath(QStringLiteral("backups"));
}

QList<BackupEntry> AutoBackup::list(const QString& dir, const QString& databasePath)
{
    static const QRegularExpression name(QStringLiteral(
        "^(.+)-(\\d{8}-\\d{6})-([a-z]+(?:-[a-z]+)*)(?:\\.(\\d+))?\\.tandem-backup$"));
    const QString base = baseName(databasePath);
    QList<BackupEntry> entries;
    QList<int> serials;
    const QFileInfoList files
        = QDir(dir).entryInfoList({ QLatin1Char('*') + kSuffix }, QDir::Files, QDir::Name);
    for (const QFileInfo& file : files) {
        const auto m = name.match(file.fileName());
        if (!m.hasMatch() || m.captured(1) != base)
            continue;
        QDateTime taken = QDateTime::fromString(m.captured(2), kStamp);
        if (!taken.isValid())
            continue;
        taken.setTimeSpec(Qt::UTC);
        entries << BackupEntry { file.absoluteFilePath(), taken, m.captured(3), file.size() };
        serials << m.captured(4).toInt();
    }
    // Newest first; two in one second by their serial.
    QList<int> order(entries.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        if (entries[a].taken != entries[b].taken)
            return entries[a].taken > entries[b].taken;
        return serials[a] > serials[b];
    });
    QList<BackupEntry> sorted;
    for (int i : order)
        sorted << entries[i];
    return sorted;
}

QList<BackupEntry> AutoBackup::list(const Database& db)
{
    return list(folder(db), db.path());
}

BackupRetention AutoBackup::retention(const Database& db)
{
    const BackupRetention defaults;
    return { metaNumber(db, kKeepKey, defaults.keep), metaNumber(db, kDaysKey, defaults.days) };
}

Result<void> AutoBackup::setRetention(Database& db, const BackupRetention& retention)
{
    if (retention.keep < 1)
        return Error { QCoreApplication::translate(
                           "AutoBackup", "At least one backup must be kept (%1 given).")
                           .arg(retention.keep),
            {}, 0, kKeepKey };
    if (retention.days < 0)
        return Error { QCoreApplication::translate(
                           "AutoBackup", "The number of days cannot be negative (%1 given).")
                           .arg(retention.days),
            {}, 0, kDaysKey };
    if (auto r = db.setMeta(kKeepKey, QString::number(retention.keep)); !r)
        return r;
    return db.setMeta(kDaysKey, QString::number(retention.days));
}

QList<BackupEntry> AutoBackup::toRemove(
    const QList<BackupEntry>& entries, const BackupRetention& retention, const QDateTime& nowUtc)
{
    const QDate firstDay = nowUtc.toLocalTime().date().addDays(-(retention.days - 1));
    QSet<QDate> daysKept;
    QList<BackupEntry> removed;
    for (int i = 0; i < entries.size(); ++i) {
        const QDate day = entries[i].taken.toLocalTime().date();
        const bool newestOfItsDay
            = retention.days > 0 && day >= firstDay && !daysKept.contains(day);
        if (newestOfItsDay)
            daysKept.insert(day);
        if (i < retention.keep || newestOfItsDay)
            continue;
        removed << entries[i];
    }
    return removed;
}

Result<QString> AutoBackup::take(Database& db, BackupReason reason, const QDateTime& nowUtc)
{
    const QString dir = folder(db);
    if (!QDir().mkpath(dir))
        return Error { QCoreApplication::translate("AutoBackup",
                           "The backup folder %1 cannot be made: the disk or folder is read-only.")
                           .arg(QDir::toNativeSeparators(dir)),
            dir, 0, {} };

    const QString state = stateOf(db);
    const QString last = db.meta(kLastKey);
    const QString lastName = last.section(QLatin1Char('|'), 0, 0);
    if (!lastName.isEmpty() && last.section(QLatin1Char('|'), 1) == state
        && QFileInfo::exists(QDir(dir).filePath(lastName)))
        return QDir(dir).filePath(lastName); // the newest backup holds this very state

    const QString stem
        = QStringLiteral("%1-%2-%3")
              .arg(baseName(db.path()), nowUtc.toUTC().toString(kStamp), reasonKey(reason));
    QString name = stem + kSuffix;
    for (int n = 2; QFileInfo::exists(QDir(dir).filePath(name)); ++n)
        name = QStringLiteral("%1.%2%3").arg(stem).arg(n).arg(kSuffix);
    const QString path = QDir(dir).filePath(name);
    // Written under a temporary name and renamed when whole: a backup cut short (the process
    // killed, the disk full) is never listed, restored or counted by the retention.
    const QString part = path + QStringLiteral(".part");
    QFile::remove(part);
    if (auto r = backupDatabase(db, part); !r) {
        QFile::remove(part);
        QFile::remove(part + QStringLiteral("-journal"));
        return r.error();
    }
    if (!QFile::rename(part, path)) {
        QFile::remove(part);
        return Error { QCoreApplication::translate(
                           "AutoBackup", "The backup %1 could not be put in place.")
                           .arg(QDir::toNativeSeparators(path)),
            path, 0, {} };
    }
    removeStaleParts(dir, nowUtc);
    (void)db.setMeta(kLastKey, name + QLatin1Char('|') + state);

    for (const BackupEntry& old : toRemove(list(dir, db.path()), retention(db), nowUtc)) {
        if (old.path != path)
            QFile::remove(old.path);
    }
    return path;
}

Result<void> AutoBackup::before(Database& db, BackupReason reason, const QDateTime& nowUtc)
{
    auto b = take(db, reason, nowUtc);
    if (b)
        return {};
    const QString what = reason == BackupReason::BeforeSync
        ? QCoreApplication::translate(
            "AutoBackup", "No backup could be written first, so nothing was synchronised: %1")
        : QCoreApplication::translate(
            "AutoBackup", "No backup could be written first, so nothing was imported: %1");
    return Error { what.arg(b.error().message), b.error().file, 0, {} };
}

std::optional<BackupEntry> AutoBackup::latestGood(const Database& db)
{
    for (const BackupEntry& entry : list(db)) {
        auto info = inspectBackup(entry.path);
        if (info && info->problems.isEmpty())
            return entry;
    }
    return std::nullopt;
}

bool AutoBackup::dailyDue(const Database& db, const QDateTime& nowUtc)
{
    const QList<BackupEntry> entries = list(db);
    return entries.isEmpty() || entries.constFirst().taken.secsTo(nowUtc) >= 24 * 3600;
}

QString AutoBackup::reasonKey(BackupReason reason)
{
    switch (reason) {
    case BackupReason::Start:
        return QStringLiteral("start");
    case BackupReason::Daily:
        return QStringLiteral("daily");
    case BackupReason::BeforeUpdate:
        return QStringLiteral("before-update");
    case BackupReason::BeforeImport:
        return QStringLiteral("before-import");
    case BackupReason::BeforeSync:
        return QStringLiteral("before-sync");
    case BackupReason::BeforeRestore:
        return QStringLiteral("before-restore");
    }
    return QStringLiteral("start");
}

QString AutoBackup::reasonLabel(const QString& key)
{
    if (key == QLatin1String("start"))
        return QCoreApplication::translate("AutoBackup", "When Tandem started");
    if (key == QLatin1String("daily"))
        return QCoreApplication::translate("AutoBackup", "Daily");
    if (key == QLatin1String("before-update"))
        return QCoreApplication::translate("AutoBackup", "Before a database update");
    if (key == QLatin1String("before-import"))
        return QCoreApplication::translate("AutoBackup", "Before an import");
    if (key == QLatin1String("before-sync"))
        return QCoreApplication::translate("AutoBackup", "Before a sync");
    if (key == QLatin1String("before-restore"))
        return QCoreApplication::translate("AutoBackup", "Before a restore");
    return key;
}

} // namespace tandem
