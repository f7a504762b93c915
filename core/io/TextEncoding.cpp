// Decoding goes through QStringDecoder. This Qt build uses ICU, so QStringDecoder also knows the
// windows-1250/1251/1257 code pages by name (checked: tests/core/test_Csv.cpp decodes each).
#include "io/TextEncoding.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace tandem::TextEncoding {

namespace {

const char* const kUtf8 = "UTF-8";

struct CodePage {
    const char* name;
    bool cyrillic; // the letters of its languages are Cyrillic, else Latin
    QString letters; // the non-ASCII Latin letters of its languages
};

const QList<CodePage>& codePages()
{
    // Only the target languages' letters: Slovak ŕ or Latvian ō would make Russian text decoded in
    // the wrong page look plausible ("а" is ŕ in 1250, "о" is ō in 1257).
    static const QList<CodePage> pages {
        { "windows-1250", false,
            QStringLiteral("ąćęłńóśźżĄĆĘŁŃÓŚŹŻáčďéěíňřšťúůýžÁČĎÉĚÍŇŘŠŤÚŮÝŽăâîşţĂÂÎŞŢ") },
        { "windows-1257", false, QStringLiteral("ąčęėįšųūžĄČĘĖĮŠŲŪŽāēģīķļņŗĀĒĢĪĶĻŅŖõäöüÕÄÖÜ") },
        { "windows-1251", true, QString() },
    };
    return pages;
}

// Punctuation the code pages carry that real text uses; any other non-ASCII non-letter (C1
// controls, ¹, ³, undefined bytes) counts against the code page.
bool isCommonPunctuation(QChar c)
{
    static const QString common = QStringLiteral("–—„“”‘’«»°€…§©№\u00A0·×");
    return common.contains(c);
}

bool fitsPage(const CodePage& page, QChar c)
{
    if (c.unicode() < 0x80)
        return !page.cyrillic;
    if (page.cyrillic)
        return c.script() == QChar::Script_Cyrillic;
    return page.letters.contains(c);
}

// How much `text` reads like the page's languages: each non-ASCII letter of a word that is
// wholly in the page's alphabet counts +1, of a word that mixes scripts or holds a foreign letter
// -1 (Polish "Łódź" read as windows-1251 becomes "Јуdџ": Latin and Cyrillic in one word).
int score(const CodePage& page, const QString& text)
{
    int total = 0;
    int wordNonAscii = 0;
    bool wordFits = true;
    auto endWord = [&] {
        total += wordFits ? wordNonAscii : -wordNonAscii;
        wordNonAscii = 0;
        wordFits = true;
    };
    for (const QChar c : text) {
        if (c.isLetter()) {
            if (c.unicode() >= 0x80)
                ++wordNonAscii;
            wordFits = wordFits && fitsPage(page, c);
            continue;
        }
        endWord();
        if (c.unicode() >= 0x80 && !isCommonPunctuation(c))
            --total;
    }
    endWord();
    return total;
}

bool isValidUtf8(const QByteArray& data)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    // decode() is lazy: converting its result to a QString is what runs the decoder.
    const QString text = decoder.decode(data);
    return !decoder.hasError();
}

int lineAt(const QByteArray& data, qsizetype offset)
{
    return int(data.left(offset).count('\n')) + 1;
}

// The first line that is not valid UTF-8, or 0.
int firstBadUtf8Line(const QByteArray& data)
{
    const QList<QByteArray> lines = data.split('\n');
    for (int i = 0; i < lines.size(); ++i) {
        if (!isValidUtf8(lines.at(i)))
            return i + 1;
    }
    return 0;
}

Error error(const QString& message, const QString& fileName, int line = 0)
{
    return Error { message, fileName, line, {} };
}

} // namespace

QStringList supported()
{
    return { QStringLiteral("UTF-8"), QStringLiteral("UTF-16LE"), QStringLiteral("UTF-16BE"),
        QStringLiteral("windows-1250"), QStringLiteral("windows-1257"),
        QStringLiteral("windows-1251"), QStringLiteral("ISO-8859-13"), QStringLiteral("ISO-8859-2"),
        QStringLiteral("KOI8-R") };
}

QString detect(const QByteArray& data)
{
    if (data.startsWith("\xEF\xBB\xBF"))
        return QString::fromLatin1(kUtf8);
    if (data.startsWith("\xFF\xFE"))
        return QStringLiteral("UTF-16LE");
    if (data.startsWith("\xFE\xFF"))
        return QStringLiteral("UTF-16BE");
    if (isValidUtf8(data))
        return QString::fromLatin1(kUtf8);
    const CodePage* best = nullptr;
    int bestScore = 0;
    for (const CodePage& page : codePages()) {
        QStringDecoder decoder(page.name);
        const int s = score(page, decoder.decode(data));
        if (!best || s > bestScore) {
            best = &page;
            bestScore = s;
        }
    }
    return QString::fromLatin1(best->name);
}

Result<DecodedText> decode(const QByteArray& data, const QString& fileName, const QString& forced)
{
    const QString name = forced.trimmed().isEmpty() ? detect(data) : forced.trimmed();
    QStringDecoder decoder(name.toLatin1().constData());
    if (!decoder.isValid())
        return error(QCoreApplication::translate("TextEncoding", "unknown encoding “%1”").arg(name),
            fileName);

    DecodedText out;
    out.encoding = QString::fromLatin1(decoder.name());
    const bool utf8 = out.encoding.compare(QLatin1String(kUtf8), Qt::CaseInsensitive) == 0;
    const bool utf16 = out.encoding.startsWith(QLatin1String("UTF-16"), Qt::CaseInsensitive);
    // QStringDecoder drops a BOM that matches its encoding; note it for the caller.
    out.hadBom = (utf8 && data.startsWith("\xEF\xBB\xBF"))
        || (utf16 && (data.startsWith("\xFF\xFE") || data.startsWith("\xFE\xFF")));
    out.text = decoder.decode(data);
    if (decoder.hasError()) {
        const int line = utf8 ? firstBadUtf8Line(data) : 0;
        return error(QCoreApplication::translate(
                         "TextEncoding", "the file is not valid %1 text; choose its encoding")
                         .arg(out.encoding),
            fileName, line);
    }
    if (!utf16 && data.contains('\0'))
        return error(QCoreApplication::translate("TextEncoding", "this is not a text file"),
            fileName, lineAt(data, data.indexOf('\0')));
    if (const qsizetype nul = out.text.indexOf(QChar(0)); nul >= 0)
        return error(QCoreApplication::translate("TextEncoding", "this is not a text file"),
            fileName, int(out.text.left(nul).count(QLatin1Char('\n'))) + 1);
    if (out.text.startsWith(QChar(0xFEFF)))
        out.text.remove(0, 1); // a forced decoder that keeps the BOM
    return out;
}

} // namespace tandem::TextEncoding
