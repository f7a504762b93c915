// The grammar the demo needs: feminine surnames, Lithuanian genitive, transliteration to ASCII.
#include "services/DemoVocabulary.h"

#include "util/TextFold.h"

#include <algorithm>
#include <iterator>

namespace tandem::demo {

QStringList detail::words(std::initializer_list<const char*> utf8)
{
    QStringList out;
    out.reserve(qsizetype(utf8.size()));
    for (const char* w : utf8)
        out << QString::fromUtf8(w);
    return out;
}

Gendered detail::gendered(const char* male, const char* female)
{
    return { QString::fromUtf8(male), QString::fromUtf8(female) };
}

namespace {

bool endsWith(const QString& text, const char* utf8)
{
    return text.endsWith(QString::fromUtf8(utf8));
}

// Lithuanian: Kazlauskas → Kazlauskienė / Kazlauskaitė, Petraitis → Petraitienė / Petraitytė,
// Butkus → Butkienė / Butkutė, Stankevičius → Stankevičienė / Stankevičiūtė.
QString lithuanianFeminine(const QString& s, bool married)
{
    QString stem = s;
    const char* single = nullptr;
    if (endsWith(s, "ius")) {
        stem.chop(3);
        single = "iūtė";
    } else if (endsWith(s, "us")) {
        stem.chop(2);
        single = "utė";
    } else if (endsWith(s, "as")) {
        stem.chop(2);
        single = "aitė";
    } else if (endsWith(s, "is") || endsWith(s, "ys")) {
        stem.chop(2);
        single = "ytė";
    } else {
        return s;
    }
    return stem + QString::fromUtf8(married ? "ienė" : single);
}

// Lithuanian genitive, as in "Kazlausko baldai": -as → -o, -us → -aus, -is/-ys → -io (t → č).
QString lithuanianGenitive(const QString& s)
{
    QString stem = s;
    if (endsWith(s, "us")) {
        stem.chop(2);
        return stem + QStringLiteral("aus");
    }
    if (endsWith(s, "as")) {
        stem.chop(2);
        return stem + QStringLiteral("o");
    }
    if (endsWith(s, "is") || endsWith(s, "ys")) {
        stem.chop(2);
        if (stem.endsWith(QLatin1Char('t'))) {
            stem.chop(1);
            stem += QString::fromUtf8("č");
        } else if (stem.endsWith(QLatin1Char('d'))) {
            stem.chop(1);
            stem += QString::fromUtf8("dž");
        }
        return stem + QStringLiteral("io");
    }
    return s;
}

// Ukrainian and Russian: adjectival surnames change their ending, -ов/-ин ones add -а.
QString slavicFeminine(const QString& s, bool russian)
{
    QString stem = s;
    if (endsWith(s, "ий") || (russian && endsWith(s, "ой"))) {
        stem.chop(2);
        return stem + QString::fromUtf8(russian ? "ая" : "а");
    }
    for (const char* ending : { "ов", "ев", "ёв", "єв", "ин", "ін", "їн", "ын" }) {
        if (endsWith(s, ending))
            return s + QString::fromUtf8("а");
    }
    return s;
}

// Cyrillic to Latin: Ukrainian by the national system of 2010 (Юлія → yuliia, Сергій → serhii),
// Russian by the usual spelling of e-mail addresses (Дмитрий → dmitriy). Input is lowercase.
QString latinFromCyrillic(const QString& text, bool ukrainian)
{
    struct Letter {
        char16_t cyrillic;
        const char* russian;
        const char* ukrainian; // in a word
        const char* ukrainianInitial;
    };
    static const Letter letters[] = { { u'а', "a", "a", "a" }, { u'б', "b", "b", "b" },
        { u'в', "v", "v", "v" }, { u'г', "g", "h", "h" }, { u'ґ', "g", "g", "g" },
        { u'д', "d", "d", "d" }, { u'е', "e", "e", "e" }, { u'ё', "e", "e", "e" },
        { u'є', "ye", "ie", "ye" }, { u'ж', "zh", "zh", "zh" }, { u'з', "z", "z", "z" },
        { u'и', "i", "y", "y" }, { u'і', "i", "i", "i" }, { u'ї', "yi", "i", "yi" },
        { u'й', "y", "i", "y" }, { u'к', "k", "k", "k" }, { u'л', "l", "l", "l" },
        { u'м', "m", "m", "m" }, { u'н', "n", "n", "n" }, { u'о', "o", "o", "o" },
        { u'п', "p", "p", "p" }, { u'р', "r", "r", "r" }, { u'с', "s", "s", "s" },
        { u'т', "t", "t", "t" }, { u'у', "u", "u", "u" }, { u'ф', "f", "f", "f" },
        { u'х', "kh", "kh", "kh" }, { u'ц', "ts", "ts", "ts" }, { u'ч', "ch", "ch", "ch" },
        { u'ш', "sh", "sh", "sh" }, { u'щ', "shch", "shch", "shch" }, { u'ъ', "", "", "" },
        { u'ы', "y", "y", "y" }, { u'ь', "", "", "" }, { u'э', "e", "e", "e" },
        { u'ю', "yu", "iu", "yu" }, { u'я', "ya", "ia", "ya" } };
    QString out;
    out.reserve(text.size() * 2);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const auto letter = std::find_if(std::begin(letters), std::end(letters),
            [c](const Letter& l) { return l.cyrillic == c.unicode(); });
        if (letter == std::end(letters)) {
            out += c;
            continue;
        }
        const bool initial = i == 0 || !text.at(i - 1).isLetter();
        out += QLatin1String(!ukrainian ? letter->russian
                : initial               ? letter->ukrainianInitial
                                        : letter->ukrainian);
        // Ukrainian зг is zgh, so that it is not read as the letter ж.
        if (ukrainian && c == u'з' && i + 1 < text.size() && text.at(i + 1) == u'г')
            out += QLatin1Char('g');
    }
    return out;
}

} // namespace

QString feminineSurname(const QString& languageCode, const QString& surname, bool married)
{
    if (languageCode == QLatin1String("lt"))
        return lithuanianFeminine(surname, married);
    if (languageCode == QLatin1String("pl") && surname.endsWith(QLatin1String("ki")))
        return surname.chopped(1) + QLatin1Char('a'); // Kowalski → Kowalska, Nowicki → Nowicka
    if (languageCode == QLatin1String("uk") || languageCode == QLatin1String("ru"))
        return slavicFeminine(surname, languageCode == QLatin1String("ru"));
    return surname;
}

QString surnameInCompanyName(const QString& languageCode, const QString& surname)
{
    return languageCode == QLatin1String("lt") ? lithuanianGenitive(surname) : surname;
}

QString toAscii(const QString& languageCode, const QString& text)
{
    QString lower = text.toLower();
    if (languageCode == QLatin1String("uk") || languageCode == QLatin1String("ru"))
        lower = latinFromCyrillic(lower, languageCode == QLatin1String("uk"));
    // Diacritics and ł go the way search folds them; what is still not ASCII is dropped.
    const QString folded = foldForSearch(lower);
    QString out;
    out.reserve(folded.size());
    for (const QChar c : folded) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u' ' || c == u'-')
            out += c;
    }
    return out;
}

} // namespace tandem::demo
