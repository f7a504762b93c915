// One pass over the logical lines: BEGIN/END keep the card boundaries, CardBuilder maps each
// property of a card onto ContactCard. The first error in a card rejects that card only.
#include "io/VCardReader.h"

#include "io/VCardText.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <optional>

namespace tandem::VCardReader {

namespace {

using VCardText::ContentLine;
using VCardText::unescape;

// Apple Contacts names items through a group label: "item1.EMAIL…" +
// "item1.X-ABLabel:_$!<Work>!$_". Its built-in labels become the type words other writers use; a
// one-word custom label ("Private") becomes a type word too; longer custom labels are not types and
// are left out.
QStringList labelTypes(const QString& label)
{
    QString text = label.trimmed();
    if (text.startsWith(QLatin1String("_$!<")) && text.endsWith(QLatin1String(">!$_")))
        text = text.mid(4, text.size() - 8);
    text = text.toLower();
    static const QHash<QString, QStringList> builtIn {
        { QStringLiteral("mobile"), { QStringLiteral("cell") } },
        { QStringLiteral("iphone"), { QStringLiteral("cell") } },
        { QStringLiteral("homefax"), { QStringLiteral("home"), QStringLiteral("fax") } },
        { QStringLiteral("workfax"), { QStringLiteral("work"), QStringLiteral("fax") } },
        { QStringLiteral("otherfax"), { QStringLiteral("fax") } },
        { QStringLiteral("homepage"), {} },
    };
    if (const auto it = builtIn.constFind(text); it != builtIn.cend())
        return *it;
    static const QRegularExpression oneWord(QStringLiteral("^[\\w-]+$"));
    return oneWord.match(text).hasMatch() ? QStringList { text } : QStringList {};
}

// The parts of an N or ADR component; a comma-separated list (several given names) joined.
QString component(const QStringList& parts, int index, const QString& listJoin)
{
    QStringList values;
    for (const QString& v : VCardText::splitUnescaped(parts.value(index), QLatin1Char(','))) {
        if (const QString text = unescape(v).trimmed(); !text.isEmpty())
            values.append(text);
    }
    return values.join(listJoin);
}

enum class ItemKind { Phone, Email, Url, Address };

class CardBuilder {
public:
    explicit CardBuilder(int line) { m_card.line = line; }

    int line() const { return m_card.line; }
    Result<void> apply(const ContentLine& line);
    ContactCard finish();

private:
    void applyText(const ContentLine& line, const QString& value);
    void addItem(QList<CardItem>& items, ItemKind kind, const ContentLine& line, QString value);
    void addAddress(const ContentLine& line, const QString& value);
    void setName(const QString& value);
    void setOrganisation(const QString& value);
    Result<void> setBirthday(const ContentLine& line, const QString& value);
    Result<void> setPhoto(const ContentLine& line);

    struct Grouped {
        QByteArray group;
        ItemKind kind;
        qsizetype index;
    };
    ContactCard m_card;
    QList<Grouped> m_grouped;
    QHash<QByteArray, QStringList> m_labels; // group → type words from its X-ABLabel
    bool m_hasName = false;
    bool m_hasOrganisation = false;
};

Result<void> CardBuilder::apply(const ContentLine& line)
{
    static const QList<QByteArray> known { "VERSION", "FN", "N", "ORG", "TITLE", "TEL", "EMAIL",
        "URL", "ADR", "CATEGORIES", "NOTE", "BDAY", "UID", "LANG", "X-ABLABEL" };
    if (line.name == "PHOTO")
        return setPhoto(line);
    if (!known.contains(line.name))
        return {}; // unknown and X- properties are not decoded, so they cannot fail either
    const Result<QString> text = VCardText::decodedText(line);
    if (!text)
        return text.error();
    if (line.name == "VERSION") {
        // A card without VERSION reads like 3.0: nothing here depends on the version, since 2.1
        // bare parameters and CHARSET are accepted wherever they appear.
        static const QStringList versions { QStringLiteral("2.1"), QStringLiteral("3.0"),
            QStringLiteral("4.0") };
        if (!versions.contains(text->trimmed()))
            return makeError(QCoreApplication::translate("VCard",
                                 "vCard version “%1” is not supported (2.1, 3.0 and 4.0 are)")
                                 .arg(text->trimmed().left(20)),
                QStringLiteral("VERSION"));
        return {};
    }
    if (line.name == "BDAY")
        return setBirthday(line, *text);
    applyText(line, *text);
    return {};
}

void CardBuilder::applyText(const ContentLine& line, const QString& value)
{
    const QByteArray& name = line.name;
    auto setOnce = [&](QString& field) {
        if (field.isEmpty())
            field = unescape(value).trimmed();
    };
    if (name == "FN") {
        setOnce(m_card.formattedName);
    } else if (name == "N") {
        setName(value);
    } else if (name == "ORG") {
        setOrganisation(value);
    } else if (name == "TITLE") {
        setOnce(m_card.title);
    } else if (name == "UID") {
        setOnce(m_card.uid);
    } else if (name == "LANG") {
        if (m_card.language.isEmpty() || line.firstParameter("PREF").trimmed() == "1")
            m_card.language = unescape(value).trimmed();
    } else if (name == "NOTE") {
        // Quoted-printable notes (2.1) carry CRLF as =0D=0A; the text keeps plain line feeds.
        QString note = unescape(value);
        note.replace(QLatin1String("\r\n"), QLatin1String("\n")).replace(u'\r', u'\n');
        m_card.note = m_card.note.isEmpty() ? note : m_card.note + QLatin1Char('\n') + note;
    } else if (name == "TEL") {
        QString number = unescape(value).trimmed();
        if (number.startsWith(QLatin1String("tel:"), Qt::CaseInsensitive)) // 4.0 VALUE=uri
            number = QString::fromUtf8(QByteArray::fromPercentEncoding(number.mid(4).toUtf8()));
        addItem(m_card.phones, ItemKind::Phone, line, number);
    } else if (name == "EMAIL") {
        QString address = unescape(value).trimmed();
        if (address.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive))
            address = address.mid(7);
        addItem(m_card.emails, ItemKind::Email, line, address);
    } else if (name == "URL") {
        addItem(m_card.urls, ItemKind::Url, line, unescape(value));
    } else if (name == "ADR") {
        addAddress(line, value);
    } else if (name == "CATEGORIES") {
        for (const QString& part : VCardText::splitUnescaped(value, QLatin1Char(','))) {
            const QString category = unescape(part).trimmed();
            // Google Contacts lists every contact in its system group "myContacts"; as a tag it
            // would only mark every imported contact.
            if (!category.isEmpty() && category != QLatin1String("myContacts")
                && !m_card.categories.contains(category))
                m_card.categories.append(category);
        }
    } else if (name == "X-ABLABEL" && !line.group.isEmpty()) {
        m_labels.insert(line.group.toLower(), labelTypes(unescape(value)));
    }
}

void CardBuilder::addItem(
    QList<CardItem>& items, ItemKind kind, const ContentLine& line, QString value)
{
    value = value.trimmed();
    if (value.isEmpty())
        return;
    const VCardText::TypeWords types = VCardText::typeWords(line);
    items.append({ value, types.words, types.preferred });
    if (!line.group.isEmpty())
        m_grouped.append({ line.group.toLower(), kind, items.size() - 1 });
}

void CardBuilder::addAddress(const ContentLine& line, const QString& value)
{
    const QStringList parts = VCardText::splitUnescaped(value, QLatin1Char(';'));
    const QString join = QStringLiteral(", ");
    CardAddress address;
    address.poBox = component(parts, 0, join);
    address.extended = component(parts, 1, join);
    address.street = component(parts, 2, join);
    address.city = component(parts, 3, join);
    address.region = component(parts, 4, join);
    address.postcode = component(parts, 5, join);
    address.country = component(parts, 6, join);
    if (address.isEmpty())
        return;
    const VCardText::TypeWords types = VCardText::typeWords(line);
    address.types = types.words;
    address.preferred = types.preferred;
    m_card.addresses.append(address);
    if (!line.group.isEmpty())
        m_grouped.append({ line.group.toLower(), ItemKind::Address, m_card.addresses.size() - 1 });
}

void CardBuilder::setName(const QString& value)
{
    if (m_hasName)
        return;
    const QStringList parts = VCardText::splitUnescaped(value, QLatin1Char(';'));
    const QString space = QStringLiteral(" ");
    m_card.lastName = component(parts, 0, space);
    m_card.firstName = component(parts, 1, space);
    m_card.middleName = component(parts, 2, space);
    m_card.prefix = component(parts, 3, space);
    m_card.suffix = component(parts, 4, space);
    m_hasName
        = !(m_card.lastName + m_card.firstName + m_card.middleName + m_card.prefix + m_card.suffix)
               .isEmpty();
}

void CardBuilder::setOrganisation(const QString& value)
{
    if (m_hasOrganisation)
        return;
    m_hasOrganisation = true;
    const QStringList units = VCardText::splitUnescaped(value, QLatin1Char(';'));
    m_card.organisation = unescape(units.first()).trimmed();
    QStringList departments;
    for (qsizetype i = 1; i < units.size(); ++i) {
        if (const QString unit = unescape(units.at(i)).trimmed(); !unit.isEmpty())
            departments.append(unit);
    }
    m_card.department = departments.join(QStringLiteral(", "));
}

Result<void> CardBuilder::setBirthday(const ContentLine& line, const QString& value)
{
    if (!m_card.birthday.isNull() || line.firstParameter("VALUE").toLower() == "text")
        return {};
    const QString text = unescape(value).trimmed();
    if (text.startsWith(QLatin1String("--")))
        return {}; // "--MMDD": a birthday without a year is not kept
    const QString datePart = text.section(QLatin1Char('T'), 0, 0);
    QDate date = QDate::fromString(datePart, Qt::ISODate);
    if (!date.isValid())
        date = QDate::fromString(datePart, QStringLiteral("yyyyMMdd"));
    if (date.isValid()) {
        // Apple Contacts writes a birthday without a year as that placeholder year.
        if (line.firstParameter("X-APPLE-OMIT-YEAR").toInt() != date.year())
            m_card.birthday = date;
        return {};
    }
    static const QRegularExpression reduced(QStringLiteral("^\\d{4}(-?\\d{2})?$"));
    if (reduced.match(datePart).hasMatch())
        return {}; // 4.0 year or year-month only: no whole date to keep
    return makeError(
        QCoreApplication::translate("VCard", "“%1” is not a date (YYYY-MM-DD expected)")
            .arg(text.left(40)),
        QStringLiteral("BDAY"));
}

Result<void> CardBuilder::setPhoto(const ContentLine& line)
{
    if (!m_card.photo.isEmpty())
        return {};
    const Result<VCardText::Photo> photo = VCardText::decodedPhoto(line);
    if (!photo)
        return photo.error();
    if (!photo->bytes.isEmpty()) {
        m_card.photo = photo->bytes;
        m_card.photoMimeType = photo->mimeType;
    }
    return {};
}

ContactCard CardBuilder::finish()
{
    for (const Grouped& item : std::as_const(m_grouped)) {
        const QStringList labels = m_labels.value(item.group);
        QStringList* types = nullptr;
        switch (item.kind) {
        case ItemKind::Phone:
            types = &m_card.phones[item.index].types;
            break;
        case ItemKind::Email:
            types = &m_card.emails[item.index].types;
            break;
        case ItemKind::Url:
            types = &m_card.urls[item.index].types;
            break;
        case ItemKind::Address:
            types = &m_card.addresses[item.index].types;
            break;
        }
        for (const QString& word : labels) {
            if (!types->contains(word))
                types->append(word);
        }
    }
    if (m_card.formattedName.isEmpty()) {
        const QStringList parts { m_card.prefix, m_card.firstName, m_card.middleName,
            m_card.lastName, m_card.suffix };
        m_card.formattedName = parts.filter(QRegularExpression(QStringLiteral("\\S"))).join(u' ');
        if (m_card.formattedName.isEmpty())
            m_card.formattedName = m_card.organisation;
    }
    // Phones and some web address books write FN only (4.0 makes N optional), but a contact is
    // found and sorted by first and last name; FN is "Given Family" in the languages Tandem
    // serves, so its last word is the family name. A company's card (FN = ORG) keeps no name.
    if (!m_hasName && !m_card.formattedName.isEmpty()
        && m_card.formattedName != m_card.organisation) {
        QStringList words = m_card.formattedName.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (!words.isEmpty()) {
            m_card.lastName = words.takeLast();
            m_card.firstName = words.join(QLatin1Char(' '));
        }
    }
    return m_card;
}

} // namespace

CardReadResult read(const QByteArray& data, const QString& fileName)
{
    CardReadResult result;
    std::optional<CardBuilder> card;
    bool cardFailed = false; // the card's error is reported; skip to its END
    bool sawBegin = false;
    bool outsideText = false; // inside a run of lines between cards, already reported
    auto report = [&](const QString& message, const QString& field, int line) {
        result.errors.append({ message, fileName, line, field });
    };
    auto fail = [&](const Error& error, int line) {
        report(error.message, error.field, line);
        cardFailed = true;
    };
    const QString begin = QStringLiteral("BEGIN");
    const QString end = QStringLiteral("END");
    for (const VCardText::RawLine& raw : VCardText::logicalLines(data)) {
        const Result<ContentLine> parsed = VCardText::parseContentLine(raw);
        const QByteArray name = parsed ? parsed->name : QByteArray();
        const QByteArray value = parsed ? parsed->value.trimmed().toUpper() : QByteArray();
        if (name == "BEGIN" && value == "VCARD") {
            if (card && !cardFailed)
                report(QCoreApplication::translate("VCard",
                           "BEGIN:VCARD inside a card: the card that starts on line %1 has no "
                           "END:VCARD")
                           .arg(card->line()),
                    begin, raw.line);
            card.emplace(raw.line);
            cardFailed = false;
            sawBegin = true;
            outsideText = false;
        } else if (!card) {
            if (name == "END")
                report(QCoreApplication::translate("VCard", "END:VCARD without BEGIN:VCARD"), end,
                    raw.line);
            else if (!outsideText)
                report(QCoreApplication::translate(
                           "VCard", "text outside a card (BEGIN:VCARD … END:VCARD)"),
                    QString::fromLatin1(name), raw.line);
            outsideText = name != "END";
        } else if (name == "END") {
            if (!cardFailed && value != "VCARD")
                fail(makeError(QCoreApplication::translate("VCard", "END:%1 inside a card")
                                   .arg(QString::fromUtf8(value.left(20))),
                         end),
                    raw.line);
            if (!cardFailed)
                result.cards.append(card->finish());
            card.reset();
        } else if (cardFailed) {
            continue;
        } else if (!parsed) {
            fail(parsed.error(), raw.line);
        } else if (name == "BEGIN") {
            fail(makeError(QCoreApplication::translate("VCard", "BEGIN:%1 inside a card")
                               .arg(QString::fromUtf8(value.left(20))),
                     begin),
                raw.line);
        } else if (const Result<void> applied = card->apply(*parsed); !applied) {
            fail(applied.error(), raw.line);
        }
    }
    if (card && !cardFailed)
        report(QCoreApplication::translate("VCard",
                   "the file ends inside the card that starts on this line (no END:VCARD)"),
            end, card->line());
    if (!sawBegin) {
        result.errors.clear(); // whatever the lines were, the user needs to hear only this
        report(
            QCoreApplication::translate("VCard", "the file holds no vCard (no BEGIN:VCARD line)"),
            {}, 0);
    }
    return result;
}

CardReadResult readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return { {},
            { Error { QCoreApplication::translate("VCard", "cannot open the file: %1")
                          .arg(file.errorString()),
                path, 0, {} } } };
    return read(file.readAll(), path);
}

} // namespace tandem::VCardReader
