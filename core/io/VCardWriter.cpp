// Conservative output: only properties all three target address books know, TYPE words without
// quotes unless 4.0 needs them for a list, photos inline (no external URLs).
#include "io/VCardWriter.h"

#include "io/VCardText.h"

#include <QMimeDatabase>

namespace tandem::VCardWriter {

namespace {

using VCardText::escape;

// A TYPE word goes into a parameter unquoted in 3.0, so it must not hold separators, quotes or
// spaces; such words (and "pref", written from `preferred`) are left out.
bool isTypeWord(const QString& word)
{
    if (word.isEmpty() || word == QLatin1String("pref"))
        return false;
    for (const QChar c : word) {
        if (c.isSpace() || c.unicode() < 0x20 || QStringLiteral("\";:,=\\").contains(c))
            return false;
    }
    return true;
}

// A URI is written as it is (URIs are not escaped), only without line breaks that would end the
// content line.
QString uriValue(const QString& value)
{
    QString out;
    for (const QChar c : value) {
        if (c.unicode() >= 0x20)
            out += c;
    }
    return out.trimmed();
}

QString photoMimeType(const ContactCard& card)
{
    if (!card.photoMimeType.isEmpty())
        return card.photoMimeType.toLower();
    const QString sniffed = QMimeDatabase().mimeTypeForData(card.photo).name();
    return sniffed.startsWith(QLatin1String("image/")) ? sniffed : QStringLiteral("image/jpeg");
}

QString formattedName(const ContactCard& card)
{
    if (!card.formattedName.trimmed().isEmpty())
        return card.formattedName.trimmed();
    QStringList parts;
    for (const QString& part :
        { card.prefix, card.firstName, card.middleName, card.lastName, card.suffix }) {
        if (!part.trimmed().isEmpty())
            parts.append(part.trimmed());
    }
    if (!parts.isEmpty())
        return parts.join(QLatin1Char(' '));
    if (!card.organisation.trimmed().isEmpty())
        return card.organisation.trimmed();
    return card.emails.isEmpty() ? QString() : card.emails.first().value;
}

class CardWriter {
public:
    explicit CardWriter(VCardVersion version)
        : m_v4(version == VCardVersion::V4)
    {
    }

    QByteArray write(const ContactCard& card);

private:
    void add(const QString& nameAndParameters, const QString& value)
    {
        m_out += VCardText::folded(nameAndParameters + QLatin1Char(':') + value);
    }
    QString typeParameters(const QStringList& types, bool preferred) const;
    void addItems(const char* name, const QList<CardItem>& items, bool uri);
    void addPhoto(const ContactCard& card);

    bool m_v4;
    QByteArray m_out;
};

QString CardWriter::typeParameters(const QStringList& types, bool preferred) const
{
    QStringList words;
    for (const QString& type : types) {
        const QString word = type.trimmed().toLower();
        if (isTypeWord(word) && !words.contains(word))
            words.append(word);
    }
    QString parameters;
    if (m_v4) {
        if (words.size() == 1)
            parameters += QLatin1String(";TYPE=") + words.first();
        else if (words.size() > 1) // RFC 6350 quotes a list: TYPE="work,voice"
            parameters += QLatin1String(";TYPE=\"") + words.join(QLatin1Char(',')) + u'"';
        if (preferred)
            parameters += QLatin1String(";PREF=1");
    } else {
        // Quoted TYPE lists confuse Apple Contacts in 3.0 (it shows `"CELL`): never quote here.
        if (!words.isEmpty())
            parameters += QLatin1String(";TYPE=") + words.join(QLatin1Char(','));
        if (preferred)
            parameters += QLatin1String(";TYPE=pref");
    }
    return parameters;
}

void CardWriter::addItems(const char* name, const QList<CardItem>& items, bool uri)
{
    for (const CardItem& item : items) {
        const QString value = uri ? uriValue(item.value) : escape(item.value.trimmed());
        if (!value.isEmpty())
            add(QLatin1String(name) + typeParameters(item.types, item.preferred), value);
    }
}

void CardWriter::addPhoto(const ContactCard& card)
{
    if (card.photo.isEmpty())
        return;
    const QString mime = photoMimeType(card);
    const QString data = QString::fromLatin1(card.photo.toBase64());
    if (m_v4) {
        add(QStringLiteral("PHOTO"),
            QLatin1String("data:") + mime + QLatin1String(";base64,") + data);
    } else {
        const QString subtype = mime.section(QLatin1Char('/'), -1).toUpper();
        add(QLatin1String("PHOTO;ENCODING=b;TYPE=") + subtype, data);
    }
}

QByteArray CardWriter::write(const ContactCard& card)
{
    m_out.clear();
    add(QStringLiteral("BEGIN"), QStringLiteral("VCARD"));
    add(QStringLiteral("VERSION"), m_v4 ? QStringLiteral("4.0") : QStringLiteral("3.0"));
    add(QStringLiteral("PRODID"), QStringLiteral("-//Tandem//Tandem CRM//EN"));
    if (!card.uid.isEmpty())
        add(QStringLiteral("UID"), escape(card.uid));
    add(QStringLiteral("FN"), escape(formattedName(card)));
    QStringList name;
    for (const QString& part :
        { card.lastName, card.firstName, card.middleName, card.prefix, card.suffix })
        name.append(escape(part.trimmed()));
    add(QStringLiteral("N"), name.join(QLatin1Char(';')));
    if (!card.organisation.isEmpty() || !card.department.isEmpty()) {
        QString org = escape(card.organisation.trimmed());
        if (!card.department.isEmpty())
            org += QLatin1Char(';') + escape(card.department.trimmed());
        add(QStringLiteral("ORG"), org);
    }
    if (!card.title.isEmpty())
        add(QStringLiteral("TITLE"), escape(card.title.trimmed()));
    addItems("TEL", card.phones, false);
    addItems("EMAIL", card.emails, false);
    addItems("URL", card.urls, true);
    for (const CardAddress& a : card.addresses) {
        if (a.isEmpty())
            continue;
        QStringList parts;
        for (const QString& part :
            { a.poBox, a.extended, a.street, a.city, a.region, a.postcode, a.country })
            parts.append(escape(part.trimmed()));
        add(QLatin1String("ADR") + typeParameters(a.types, a.preferred),
            parts.join(QLatin1Char(';')));
    }
    QStringList categories;
    for (const QString& category : card.categories) {
        if (!category.trimmed().isEmpty())
            categories.append(escape(category.trimmed()));
    }
    if (!categories.isEmpty())
        add(QStringLiteral("CATEGORIES"), categories.join(QLatin1Char(',')));
    if (!card.note.isEmpty())
        add(QStringLiteral("NOTE"), escape(card.note));
    if (card.birthday.isValid()) // 4.0 dates are ISO 8601 basic format (RFC 6350 §4.3.1)
        add(QStringLiteral("BDAY"),
            card.birthday.toString(
                m_v4 ? QStringLiteral("yyyyMMdd") : QStringLiteral("yyyy-MM-dd")));
    if (m_v4 && !card.language.isEmpty()) // LANG is new in 4.0
        add(QStringLiteral("LANG"), escape(card.language.trimmed()));
    addPhoto(card);
    add(QStringLiteral("END"), QStringLiteral("VCARD"));
    return m_out;
}

} // namespace

QByteArray write(const QList<ContactCard>& cards, VCardVersion version)
{
    CardWriter writer(version);
    QByteArray out;
    for (const ContactCard& card : cards)
        out += writer.write(card);
    return out;
}

} // namespace tandem::VCardWriter
