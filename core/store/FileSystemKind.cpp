#include "store/FileSystemKind.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#ifdef Q_OS_LINUX
#include <sys/vfs.h>
#endif

namespace tandem {

QString networkFileSystemOfType(quint64 statfsType)
{
    // Magic numbers from linux/magic.h and the file systems' own headers.
    switch (statfsType) {
    case 0x6969:
        return QStringLiteral("NFS");
    case 0x517B:
    case 0xFF534D42:
    case 0xFE534D42:
        return QStringLiteral("SMB");
    case 0x564C:
        return QStringLiteral("NCP");
    case 0x5346414F:
        return QStringLiteral("AFS");
    case 0x01021997:
        return QStringLiteral("9P");
    case 0x00C36400:
        return QStringLiteral("Ceph");
    default:
        return {};
    }
}

QString networkFileSystem(const QString& path)
{
#ifdef Q_OS_LINUX
    QFileInfo info(path);
    const QString existing = info.exists() ? info.absoluteFilePath() : info.absolutePath();
    struct statfs fs { };
    if (statfs(QFile::encodeName(existing).constData(), &fs) != 0)
        return {};
    return networkFileSystemOfType(quint64(fs.f_type));
#else
    Q_UNUSED(path);
    return {};
#endif
}

QString networkShareWarning(const QString& path, const QString& fileSystem)
{
    return QCoreApplication::translate("FileSystemKind",
        "%1 is on a network share (%2). Tandem keeps its database on this computer: over a "
        "network the file's locks are not reliable, and two computers writing it at once can "
        "damage it. Copy the database to this computer and share your work through a shared "
        "sync folder instead (Settings › Shared sync folder).")
        .arg(QDir::toNativeSeparators(path), fileSystem);
}

} // namespace tandem
