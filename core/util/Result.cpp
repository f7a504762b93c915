#include "util/Result.h"

namespace tandem {

QString Error::toString() const
{
    QString prefix;
    if (!file.isEmpty()) {
        prefix = file;
        if (line > 0)
            prefix += QLatin1Char(':') + QString::number(line);
        prefix += QLatin1String(": ");
    } else if (line > 0) {
        prefix = QStringLiteral("line %1: ").arg(line);
    }
    if (!field.isEmpty())
        prefix += field + QLatin1String(": ");
    return prefix + message;
}

} // namespace tandem
