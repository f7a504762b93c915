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
    QString lang = language.isEmpty() ? QLocale().name().section(QLatin1Char('_'), 0, 0) : language;
    if (!availableLanguages().contains(lang))
        lang = QStringLiteral("en");
    if (lang == QLatin1String("en")) {
        // English keeps its source text; only its plural forms come from a translation file.
        own = new QTranslator(&app);
        if (own->load(QStringLiteral(":/i18n/tandem_en.qm")))
            QCoreApplication::installTranslator(own);
        if (!language.isEmpty())
            QLocale::setDefault(QLocale(QLocale::English));
        return lang;
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
