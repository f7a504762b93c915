#include "domain/AttachmentContent.h"

#include <QCryptographicHash>

namespace tandem {

QVariantMap AttachmentContent::values(const QByteArray& content, const QString& mimeType)
{
    return { { QStringLiteral("content"), content },
        { QStringLiteral("size"), qint64(content.size()) },
        { QStringLiteral("sha256"),
            QString::fromLatin1(
                QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex()) },
        { QStringLiteral("mime_type"), mimeType } };
}

} // namespace tandem
