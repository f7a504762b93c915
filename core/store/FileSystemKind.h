// Whether a database lies on a network share: SQLite's locking is not reliable over NFS or
// SMB, so two computers writing one file there can damage it.
#pragma once

#include <QString>

namespace tandem {

// "NFS", "SMB", "SSHFS" … for a network file system holding `path` (a file or a folder; a file
// that does not exist yet is judged by its folder); empty when it is local or unknown.
QString networkFileSystem(const QString& path);
// The same from a Linux statfs() f_type (pure, for tests).
QString networkFileSystemOfType(quint64 statfsType);
// The warning shown before such a database is opened.
QString networkShareWarning(const QString& path, const QString& fileSystem);

} // namespace tandem
