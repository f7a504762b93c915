#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace tandem {

QStringList availableLanguages()
{
    return { QStringLiteral("en"), QStringLiteral("lt"), QStringLiteral("pl"), QStringLiteral("uk"),
        QStringLiteral("ro"), QStringLiteral("ru") };
}

QString installTranslations(QCoreApplication& app, const QString& language)
{
    static QTranslator* own = nullptr;
    static QTranslator* qt = nullptr;
    for (QTranslator** t : { &own, &qt }) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
    const QString lang
        = language.isEmpty() ? QLocale().name().section(QLatin1Char('_'), 0, 0) : language;
    if (lang == QLatin1String("en") || !availableLanguages().contains(lang)) {
        QLocale::setDefault(language.isEmpty() ? QLocale() : QLocale(QLocale::English));
        return QStringLiteral("en");
    }
    own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/i18n/tandem_%1.qm").arg(lang)))
        QCoreApplication::installTranslator(own);
    qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_%1").arg(lang),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    if (!language.isEmpty())
        QLocale::setDefault(QLocale(language));
    return lang;
}

} // namespace tandem
