#include "documents/PostalAddress.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>

namespace tandem {

namespace {

struct CountryName {
    const char* code;
    const char* name;
};

// The destinations our teams write to most, listed so that translators see them; other countries
// fall back to Qt's English names.
constexpr CountryName kCountries[] = {
    { "LT", QT_TRANSLATE_NOOP("Country", "Lithuania") },
    { "LV", QT_TRANSLATE_NOOP("Country", "Latvia") },
    { "EE", QT_TRANSLATE_NOOP("Country", "Estonia") },
    { "PL", QT_TRANSLATE_NOOP("Country", "Poland") },
    { "UA", QT_TRANSLATE_NOOP("Country", "Ukraine") },
    { "RO", QT_TRANSLATE_NOOP("Country", "Romania") },
    { "MD", QT_TRANSLATE_NOOP("Country", "Moldova") },
    { "DE", QT_TRANSLATE_NOOP("Country", "Germany") },
    { "GB", QT_TRANSLATE_NOOP("Country", "United Kingdom") },
    { "IE", QT_TRANSLATE_NOOP("Country", "Ireland") },
    { "FR", QT_TRANSLATE_NOOP("Country", "France") },
    { "NL", QT_TRANSLATE_NOOP("Country", "Netherlands") },
    { "SE", QT_TRANSLATE_NOOP("Country", "Sweden") },
    { "FI", QT_TRANSLATE_NOOP("Country", "Finland") },
    { "CZ", QT_TRANSLATE_NOOP("Country", "Czechia") },
    { "SK", QT_TRANSLATE_NOOP("Country", "Slovakia") },
    { "HU", QT_TRANSLATE_NOOP("Country", "Hungary") },
    { "BG", QT_TRANSLATE_NOOP("Country", "Bulgaria") },
    { "US", QT_TRANSLATE_NOOP("Country", "United States") },
};

QString fieldText(const Record& r, const char* field)
{
    return r.text(QString::fromLatin1(field)).trimmed();
}

QString digitsOf(const QString& text)
{
    QString digits;
    for (const QChar c : text) {
        if (c.isDigit())
            digits += c;
    }
    return digits;
}

// The postcode as the destination's post prints it; unknown shapes stay as entered.
QString formatPostcode(const QString& country, const QString& entered)
{
    const QString digits = digitsOf(entered);
    if (country == QLatin1String("LT") && digits.size() == 5)
        return QStringLiteral("LT-") + digits;
    if (country == QLatin1String("PL") && digits.size() == 5)
        return digits.left(2) + QLatin1Char('-') + digits.mid(2);
    if ((country == QLatin1String("RO") && digits.size() == 6)
        || (country == QLatin1String("UA") && digits.size() == 5))
        return digits;
    if (country == QLatin1String("GB") || country == QLatin1String("IE")) {
        QString compact = entered.toUpper();
        compact.remove(QLatin1Char(' '));
        // The inward code is always the last three characters.
        if (compact.size() > 4)
            return compact.left(compact.size() - 3) + QLatin1Char(' ') + compact.right(3);
        return compact;
    }
    return entered;
}

QStringList localityLines(const PostalAddress& a)
{
    const auto join = [](const QString& first, const QString& second) {
        return QStringList { first, second }.join(QLatin1Char(' ')).trimmed();
    };
    QStringList lines;
    if (a.country == QLatin1String("UA")) {
        // Ukrposhta: locality, then region, then the postcode on a line of its own.
        lines << a.city << a.region << a.postcode;
    } else if (a.country == QLatin1String("GB") || a.country == QLatin1String("IE")) {
        lines << a.city.toUpper() << a.postcode;
    } else if (a.country == QLatin1String("US")) {
        QString line = a.city;
        if (!a.region.isEmpty() || !a.postcode.isEmpty())
            line += QLatin1String(", ") + join(a.region, a.postcode);
        lines << line;
    } else if (a.country == QLatin1String("RO")) {
        // The county (județ) follows the locality line.
        lines << join(a.postcode, a.city) << a.region;
    } else {
        lines << join(a.postcode, a.city);
    }
    lines.removeAll(QString());
    return lines;
}

} // namespace

QString PostalAddresses::countryCode(const QString& codeOrName)
{
    const QString text = codeOrName.trimmed();
    if (text.isEmpty())
        return {};
    if (text.size() == 2) {
        const QString code = text.toUpper();
        return QLocale::codeToTerritory(code) != QLocale::AnyTerritory ? code : QString();
    }
    for (const CountryName& c : kCountries) {
        if (text.compare(QString::fromLatin1(c.name), Qt::CaseInsensitive) == 0
            || text.compare(countryName(QString::fromLatin1(c.code)), Qt::CaseInsensitive) == 0)
            return QString::fromLatin1(c.code);
    }
    // Also the names people type in their own language ("Lietuva", "Polska", "Україна").
    static const QHash<QString, QString> byName = [] {
        QHash<QString, QString> names;
        for (const QLocale& l : QLocale::matchingLocales(
                 QLocale::AnyLanguage, QLocale::AnyScript, QLocale::AnyTerritory)) {
            const QString code = QLocale::territoryToCode(l.territory());
            names.insert(QLocale::territoryToString(l.territory()).toCaseFolded(), code);
            if (!l.nativeTerritoryName().isEmpty())
                names.insert(l.nativeTerritoryName().toCaseFolded(), code);
        }
        return names;
    }();
    return byName.value(text.toCaseFolded());
}

QString PostalAddresses::countryName(const QString& code)
{
    for (const CountryName& c : kCountries) {
        if (code == QLatin1String(c.code))
            return QCoreApplication::translate("Country", c.name);
    }
    const QLocale::Territory territory = QLocale::codeToTerritory(code);
    return territory == QLocale::AnyTerritory ? QString() : QLocale::territoryToString(territory);
}

PostalAddress postalAddress(
    const Record& contact, const std::optional<Record>& company, const QString& senderCountry)
{
    // A contact with an address of its own gets mail there; the rest at their company. The two
    // are never mixed: a street from one and a city from the other is no address.
    const bool own = !fieldText(contact, "street").isEmpty()
        || !fieldText(contact, "city").isEmpty() || !fieldText(contact, "postcode").isEmpty();
    const Record source = own || !company ? contact : *company;

    const QString sender = PostalAddresses::countryCode(senderCountry);
    PostalAddress a;
    const QString entered = fieldText(source, "country");
    a.country = PostalAddresses::countryCode(entered);
    if (entered.isEmpty())
        a.country = sender;
    a.countryName = a.country.isEmpty() ? entered : PostalAddresses::countryName(a.country);
    for (const QString& line :
        fieldText(source, "street").split(QRegularExpression(QStringLiteral("[\r\n]+")))) {
        if (!line.trimmed().isEmpty())
            a.street << line.trimmed();
    }
    a.city = fieldText(source, "city");
    a.region = fieldText(source, "region");
    a.postcode = formatPostcode(a.country, fieldText(source, "postcode"));
    a.complete = !a.street.isEmpty() && !a.city.isEmpty() && !a.postcode.isEmpty();

    a.lines = a.street + localityLines(a);
    const bool abroad = a.country.isEmpty() ? !entered.isEmpty() : a.country != sender;
    if (abroad && !a.countryName.isEmpty())
        a.lines << a.countryName.toUpper();
    return a;
}

} // namespace tandem
