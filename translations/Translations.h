// Loads Tandem's embedded translations and Qt's own for the chosen (or system) language.
#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace tandem {

// `language` such as "lt"; empty follows the system locale. Returns the language applied.
QString installTranslations(QCoreApplication& app, const QString& language = {});
// The languages Tandem ships translations for, English first.
QStringList availableLanguages();

} // namespace tandem
