#include "domain/TerritoryRule.h"

#include "util/TextFold.h"

#include <utility>

namespace tandem::TerritoryRule {

namespace {

QString folded(const QVariant& v)
{
    return foldForSearch(v.toString().simplified());
}

bool samePlace(const Record& territory, const QVariantMap& company, const char* field)
{
    const QString want = folded(territory.value(QLatin1String(field)));
    return want.isEmpty() || want == folded(company.value(QLatin1String(field)));
}

bool inPostcodeRange(const Record& territory, const QVariantMap& company)
{
    const QString fromText = territory.text(QStringLiteral("postcode_from")).trimmed();
    const QString toText = territory.text(QStringLiteral("postcode_to")).trimmed();
    if (fromText.isEmpty() && toText.isEmpty())
        return true;
    const QString code = postcodeDigits(company.value(QStringLiteral("postcode")).toString());
    if (code.isEmpty())
        return false;
    // Digit strings of one length compare as numbers do; other lengths are other systems.
    for (const auto& [bound, below] :
        { std::pair { fromText, true }, std::pair { toText, false } }) {
        if (bound.isEmpty())
            continue;
        const QString digits = postcodeDigits(bound);
        if (digits.size() != code.size())
            return false;
        if (below ? code < digits : code > digits)
            return false;
    }
    return true;
}

bool hasPlace(const Record& t)
{
    for (const char* f : { "country", "region", "city", "postcode_from", "postcode_to" }) {
        if (!t.text(QLatin1String(f)).trimmed().isEmpty())
            return true;
    }
    return false;
}

} // namespace

QString postcodeDigits(const QString& postcode)
{
    QString text = postcode.trimmed();
    // A country prefix: a few letters before the digits, maybe with a dash ("LT-01100").
    int letters = 0;
    while (letters < text.size() && text.at(letters).isLetter())
        ++letters;
    if (letters > 0 && letters <= 3 && letters < text.size()) {
        const QChar next = text.at(letters);
        if (next == QLatin1Char('-') || next.isSpace())
            text = text.mid(letters + 1);
        else if (next.isDigit())
            text = text.mid(letters);
    }
    QString digits;
    for (const QChar c : text) {
        if (c.isDigit() && c.unicode() < 128)
            digits += c;
        else if (c != QLatin1Char('-') && !c.isSpace())
            return {};
    }
    return digits;
}

bool matches(const Record& territory, const QVariantMap& company)
{
    const QString kind = territory.text(QStringLiteral("kind"));
    if (kind == QLatin1String("accounts"))
        return false;
    if (kind == QLatin1String("industry")) {
        const QString industry = folded(territory.value(QStringLiteral("industry")));
        if (industry.isEmpty() || industry != folded(company.value(QStringLiteral("industry"))))
            return false;
    } else if (!hasPlace(territory)) {
        return false;
    }
    return samePlace(territory, company, "country") && samePlace(territory, company, "region")
        && samePlace(territory, company, "city") && inPostcodeRange(territory, company);
}

int specificity(const Record& t)
{
    auto set = [&](const char* f) { return !t.text(QLatin1String(f)).trimmed().isEmpty(); };
    int score = 0;
    if (set("postcode_from") || set("postcode_to"))
        score += 8;
    if (set("city"))
        score += 4;
    if (set("region"))
        score += 2;
    if (set("country"))
        score += 1;
    if (t.text(QStringLiteral("kind")) == QLatin1String("industry") && set("industry"))
        score += 16;
    return score;
}

QString best(const QList<Record>& territories, const QVariantMap& company)
{
    const Record* winner = nullptr;
    int winnerScore = -1;
    for (const Record& t : territories) {
        if (t.deleted || !matches(t, company))
            continue;
        const int score = specificity(t);
        bool better = score > winnerScore;
        if (!better && score == winnerScore) {
            const int byName = QString::compare(t.text(QStringLiteral("name")),
                winner->text(QStringLiteral("name")), Qt::CaseInsensitive);
            better = byName < 0 || (byName == 0 && t.id < winner->id);
        }
        if (better) {
            winner = &t;
            winnerScore = score;
        }
    }
    return winner ? winner->id : QString();
}

} // namespace tandem::TerritoryRule
