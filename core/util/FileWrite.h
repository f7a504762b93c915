// Writing a whole file at once, so a reader never sees half of it (QSaveFile), with a message
// that names the file and why it could not be written.
#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QString>

namespace tandem {

Result<void> writeWholeFile(const QString& path, const QByteArray& bytes);

} // namespace tandem
