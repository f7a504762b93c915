// Folds text for search: lower case, diacritics removed, so "sarun" finds "Šarūnas".
#pragma once

#include <QString>

namespace tandem {

QString foldForSearch(const QString& text);

} // namespace tandem
