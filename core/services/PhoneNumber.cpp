#include "services/PhoneNumber.h"

#include "util/TextFold.h"

#include <QHash>
#include <QLocale>
#include <algorithm>

namespace tandem {

namespace {

struct CountryDialling {
    int callingCode = 0;
    QLatin1String trunk; // the national prefix dropped in international form; empty for none
    QLatin1String newTrunk = QLatin1String(); // a second prefix during a numbering change
};

// The markets Tandem's users work in and their neighbours; unknown countries fall back to the
// "last 9 digits" comparison, which is good enough for duplicates.
const QHash<QString, CountryDialling>& diallingTable()
{
    static const QHash<QString, CountryDialling> table {
        { QStringLiteral("LT"), { 370, QLatin1String("8"), QLatin1String("0") } }, // 0 from 2025
        { QStringLiteral("LV"), { 371, QLatin1String() } },
        { QStringLiteral("EE"), { 372, QLatin1String() } },
        { QStringLiteral("MD"), { 373, QLatin1String("0") } },
        { QStringLiteral("BY"), { 375, QLatin1String("8") } },
        { QStringLiteral("UA"), { 380, QLatin1String("0") } },
        { QStringLiteral("PL"), { 48, QLatin1String() } },
        { QStringLiteral("RO"), { 40, QLatin1String("0") } },
        { QStringLiteral("RU"), { 7, QLatin1String("8") } },
        { QStringLiteral("KZ"), { 7, QLatin1String("8") } },
        { QStringLiteral("DE"), { 49, QLatin1String("0") } },
        { QStringLiteral("AT"), { 43, QLatin1String("0") } },
        { QStringLiteral("CH"), { 41, QLatin1String("0") } },
        { QStringLiteral("FR"), { 33, QLatin1String("0") } },
        { QStringLiteral("NL"), { 31, QLatin1String("0") } },
        { QStringLiteral("BE"), { 32, QLatin1String("0") } },
        { QStringLiteral("GB"), { 44, QLatin1String("0") } },
        { QStringLiteral("IE"), { 353, QLatin1String("0") } },
        { QStringLiteral("SE"), { 46, QLatin1String("0") } },
        { QStringLiteral("FI"), { 358, QLatin1String("0") } },
        { QStringLiteral("CZ"), { 420, QLatin1String() } },
        { QStringLiteral("SK"), { 421, QLatin1String("0") } },
        { QStringLiteral("HU"), { 36, QLatin1String("06") } },
        { QStringLiteral("BG"), { 359, QLatin1String("0") } },
        { QStringLiteral("IT"), { 39, QLatin1String() } }, // the leading 0 is part of the number
        { QStringLiteral("ES"), { 34, QLatin1String() } },
        { QStringLiteral("US"), { 1, QLatin1String("1") } },
        { QStringLiteral("CA"), { 1, QLatin1String("1") } },
    };
    return table;
}

// "LT", "lt", "Lithuania" → "LT"; empty when not a country Qt knows.
QString countryCode(const QString& country)
{
    const QString text = country.trimmed();
    if (text.isEmpty())
        return {};
    if (text.size() == 2)
        return text.toUpper();
    static const QHash<QString, QString> byName = [] {
        QHash<QString, QString> h;
        for (int t = 1; t <= int(QLocale::LastTerritory); ++t) {
            const auto territory = QLocale::Territory(t);
            const QString code = QLocale::territoryToCode(territory);
            if (!code.isEmpty())
                h.insert(foldForSearch(QLocale::territoryToString(territory)), code);
        }
        return h;
    }();
    return byName.value(foldForSearch(text));
}

constexpr int kMinimumDigits = 7;
constexpr int kComparedTail = 9;

} // namespace

namespace PhoneNumber {

int callingCode(const QString& country)
{
    return diallingTable().value(countryCode(country)).callingCode;
}

Normalised normalise(const QString& text, const QString& country)
{
    Normalised out;
    const QString trimmed = text.trimmed();
    out.digits.reserve(trimmed.size());
    for (const QChar c : trimmed) {
        if (c.isDigit())
            out.digits += QChar(QLatin1Char('0' + c.digitValue()));
    }
    if (out.digits.isEmpty())
        return out;
    if (trimmed.startsWith(QLatin1Char('+'))) {
        out.international = true;
        return out;
    }
    if (out.digits.startsWith(QLatin1String("00"))) {
        out.digits.remove(0, 2);
        out.international = true;
        return out;
    }
    const auto it = diallingTable().constFind(countryCode(country));
    if (it == diallingTable().constEnd())
        return out; // a national number of an unknown country
    QString national = out.digits;
    if (!it->trunk.isEmpty() && national.startsWith(it->trunk))
        national.remove(0, it->trunk.size());
    else if (!it->newTrunk.isEmpty() && national.startsWith(it->newTrunk))
        national.remove(0, it->newTrunk.size());
    out.digits = QString::number(it->callingCode) + national;
    out.international = true;
    return out;
}

bool matches(const Normalised& a, const Normalised& b)
{
    if (a.digits.size() < kMinimumDigits || b.digits.size() < kMinimumDigits)
        return false;
    if (a.international && b.international)
        return a.digits == b.digits;
    const qsizetype n = std::min({ qsizetype(kComparedTail), a.digits.size(), b.digits.size() });
    return QStringView(a.digits).right(n) == QStringView(b.digits).right(n);
}

bool isKnown(const QList<Normalised>& numbers, const Normalised& number)
{
    if (number.isEmpty())
        return true;
    return std::any_of(numbers.cbegin(), numbers.cend(),
        [&](const Normalised& n) { return n.digits == number.digits || matches(n, number); });
}

QString bucketKey(const Normalised& number)
{
    if (number.digits.size() < kMinimumDigits)
        return {};
    return number.digits.right(kMinimumDigits);
}

} // namespace PhoneNumber

QString normaliseEmail(const QString& email)
{
    return email.trimmed().toLower();
}

} // namespace tandem
