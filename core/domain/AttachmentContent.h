// The stored form of a file's bytes on an attachment record: content, size, SHA-256 and type.
#pragma once

#include <QByteArray>
#include <QString>
#include <QVariantMap>

namespace tandem::AttachmentContent {

// {"content", "size", "sha256", "mime_type"} for `content` of type `mimeType`.
QVariantMap values(const QByteArray& content, const QString& mimeType);

} // namespace tandem::AttachmentContent
