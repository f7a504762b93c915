#include "util/TextFold.h"

namespace tandem {

QString foldForSearch(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing || c.category() == QChar::Mark_SpacingCombining
            || c.category() == QChar::Mark_Enclosing)
            continue;
        // Letters with strokes have no Unicode decomposition; fold them by hand.
        switch (c.unicode()) {
        case 0x0141:
        case 0x0142:
            out += QLatin1Char('l');
            continue; // Łł
        case 0x0110:
        case 0x0111:
            out += QLatin1Char('d');
            continue; // Đđ
        case 0x00D8:
        case 0x00F8:
            out += QLatin1Char('o');
            continue; // Øø
        case 0x0131:
            out += QLatin1Char('i');
            continue; // dotless ı
        case 0x00DF:
            out += QLatin1String("ss");
            continue; // ß
        case 0x00C6:
        case 0x00E6:
            out += QLatin1String("ae");
            continue; // Ææ
        default:
            break;
        }
        out += c.toLower();
    }
    return out;
}

} // namespace tandem
