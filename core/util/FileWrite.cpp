#include "util/FileWrite.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace tandem {

Result<void> writeWholeFile(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return {};
    return Error { QCoreApplication::translate("Files", "Could not write %1: %2")
                       .arg(QDir::toNativeSeparators(path), file.errorString()),
        path, 0, {} };
}

} // namespace tandem
