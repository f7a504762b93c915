// A string as a JSON string literal (quotes included), for JSON written directly as text: the
// change log's values on the write path, where building a QJsonDocument per record costs more.
#pragma once

#include <QString>

namespace tandem {

QString jsonString(const QString& value);

} // namespace tandem
