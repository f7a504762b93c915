#include "io/CsvContacts.h"

#include "domain/EntitySchema.h"
#include "domain/FieldFormat.h"
#include "io/CsvContactColumns.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QRegularExpression>
#include <algorithm>
#include <optional>

namespace tandem::CsvContacts {

namespace {

using TextMember = QString ContactCard::*;
using ItemsMember = QList<CardItem> ContactCard::*;
using AddressMember = QString CardAddress::*;

const QHash<QString, TextMember>& textTargets()
{
    static const QHash<QString, TextMember> t {
        { QStringLiteral("first_name"), &ContactCard::firstName },
        { QStringLiteral("middle_name"), &ContactCard::middleName },
        { QStringLiteral("last_name"), &ContactCard::lastName },
        { QStringLiteral("prefix"), &ContactCard::prefix },
        { QStringLiteral("suffix"), &ContactCard::suffix },
        { QStringLiteral("full_name"), &ContactCard::formattedName },
        { QStringLiteral("company"), &ContactCard::organisation },
        { QStringLiteral("department"), &ContactCard::department },
        { QStringLiteral("title"), &ContactCard::title },
        { QStringLiteral("notes"), &ContactCard::note },
        { QStringLiteral("language"), &ContactCard::language },
    };
    return t;
}

struct ItemTarget {
    ItemsMember list;
    QStringList types;
};

const QHash<QString, ItemTarget>& itemTargets()
{
    const QString work = QStringLiteral("work");
    const QString home = QStringLiteral("home");
    const QString voice = QStringLiteral("voice");
    const QString fax = QStringLiteral("fax");
    static const QHash<QString, ItemTarget> t {
        { QStringLiteral("email"), { &ContactCard::emails, {} } },
        { QStringLiteral("email_work"), { &ContactCard::emails, { work } } },
        { QStringLiteral("email_home"), { &ContactCard::emails, { home } } },
        { QStringLiteral("email_other"), { &ContactCard::emails, { QStringLiteral("other") } } },
        { QStringLiteral("phone"), { &ContactCard::phones, {} } },
        { QStringLiteral("phone_work"), { &ContactCard::phones, { work, voice } } },
        { QStringLiteral("mobile"), { &ContactCard::phones, { QStringLiteral("cell") } } },
        { QStringLiteral("phone_home"), { &ContactCard::phones, { home, voice } } },
        { QStringLiteral("phone_other"), { &ContactCard::phones, { QStringLiteral("other") } } },
        { QStringLiteral("fax"), { &ContactCard::phones, { work, fax } } },
        { QStringLiteral("home_fax"), { &ContactCard::phones, { home, fax } } },
        { QStringLiteral("website"), { &ContactCard::urls, {} } },
    };
    return t;
}

const QHash<QString, AddressMember>& addressParts()
{
    static const QHash<QString, AddressMember> t {
        { QStringLiteral("street"), &CardAddress::street },
        { QStringLiteral("city"), &CardAddress::city },
        { QStringLiteral("region"), &CardAddress::region },
        { QStringLiteral("postcode"), &CardAddress::postcode },
        { QStringLiteral("country"), &CardAddress::country },
        { QStringLiteral("po_box"), &CardAddress::poBox },
        { QStringLiteral("extended"), &CardAddress::extended },
    };
    return t;
}

const EntityDef& contactDef()
{
    return *EntitySchema::find(QStringLiteral("contact"));
}

// Google puts several values in one cell: "a@x.lt ::: b@y.lt".
QStringList splitValues(const QString& text)
{
    QStringList out;
    for (const QString& part : text.split(QLatin1String(":::"))) {
        if (!part.trimmed().isEmpty())
            out << part.trimmed();
    }
    return out;
}

// Google's type text ("* Work", "Mobile", "Work Fax", a custom label) as vCard type words; the
// '*' marks the primary one.
QStringList typeWords(QString text, bool& preferred)
{
    text = text.trimmed();
    preferred = text.startsWith(QLatin1Char('*'));
    if (preferred)
        text = text.mid(1).trimmed();
    QStringList words;
    for (const QString& w : text.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts))
        words << (w == QLatin1String("mobile") ? QStringLiteral("cell") : w);
    return words;
}

// Google's numbered columns of one row, by kind and number.
struct Numbered {
    QString type;
    QString value;
    CardAddress address;
};

class RowReader {
public:
    RowReader(const CsvTable& table, const CsvMapping& mapping, const LocaleValues& values)
        : m_table(table)
        , m_mapping(mapping)
        , m_values(values)
    {
    }

    std::optional<Error> read(const CsvRow& row, ContactCard& card);

private:
    std::optional<Error> take(
        const QString& target, const QString& header, const QString& value, ContactCard& card);
    void finish(ContactCard& card);
    Error error(const QString& message, const QString& field = {}) const
    {
        return Error { message, m_table.fileName, m_line, field };
    }

    const CsvTable& m_table;
    const CsvMapping& m_mapping;
    const LocaleValues& m_values;
    int m_line = 0;
    CardAddress m_work;
    CardAddress m_home;
    QMap<QPair<QString, int>, Numbered> m_numbered;
};

std::optional<Error> RowReader::read(const CsvRow& row, ContactCard& card)
{
    m_line = row.line;
    m_work = CardAddress();
    m_home = CardAddress();
    m_home.types = QStringList { QStringLiteral("home") };
    m_numbered.clear();
    card.line = row.line;
    for (int i = 0; i < row.fields.size(); ++i) {
        const QString target = m_mapping.targets.value(i);
        const QString value
            = target == QLatin1String("notes") ? row.fields.at(i) : row.fields.at(i).trimmed();
        if (target.isEmpty() || value.trimmed().isEmpty())
            continue;
        if (auto e = take(target, m_mapping.header.value(i), value, card))
            return e;
    }
    finish(card);
    if (card.formattedName.isEmpty() && card.emails.isEmpty())
        return error(QCoreApplication::translate(
            "CsvContacts", "the row has neither a name nor an e-mail address"));
    return std::nullopt;
}

std::optional<Error> RowReader::take(
    const QString& target, const QString& header, const QString& value, ContactCard& card)
{
    if (const auto it = textTargets().find(target); it != textTargets().end()) {
        QString& member = card.*(it.value());
        if (member.isEmpty()) // a target fed by two columns keeps the first value
            member = value;
        return std::nullopt;
    }
    if (const auto it = itemTargets().find(target); it != itemTargets().end()) {
        for (const QString& v : splitValues(value))
            (card.*(it->list)) << CardItem { v, it->types, false };
        return std::nullopt;
    }
    if (target == QLatin1String("tags")) {
        for (const QString& tag : categories(value)) {
            if (!card.categories.contains(tag, Qt::CaseInsensitive))
                card.categories << tag;
        }
        return std::nullopt;
    }
    const bool home = target.startsWith(QLatin1String("home_"));
    if (const auto it = addressParts().find(home ? target.mid(5) : target);
        it != addressParts().end()) {
        QString& part = (home ? m_home : m_work).*(it.value());
        // Outlook splits a street into "Street", "Street 2", "Street 3".
        part = part.isEmpty() ? value : part + QStringLiteral(", ") + value;
        return std::nullopt;
    }
    if (CsvContactColumns::isNumberedTarget(target)) {
        const QStringList parts = target.split(QLatin1Char(':'));
        Numbered& n = m_numbered[qMakePair(parts.at(0), parts.at(1).toInt())];
        if (parts.at(2) == QLatin1String("type"))
            n.type = value;
        else if (parts.at(2) == QLatin1String("value"))
            n.value = value;
        else
            n.address.*(addressParts().value(parts.at(2))) = value;
        return std::nullopt;
    }
    if (target == QLatin1String("birthday")) {
        // Outlook writes "0.0.00" (or 0/0/00) for "no birthday".
        if (QString(value).remove(QRegularExpression(QStringLiteral("[0./-]"))).isEmpty())
            return std::nullopt;
        auto parsed = m_values.parse(*contactDef().field(target), value, QString());
        if (!parsed)
            return error(parsed.error().message, header);
        card.birthday = QDate::fromString(parsed->toString(), Qt::ISODate);
        return std::nullopt;
    }
    if (target == QLatin1String("owner_id")) {
        card.extra.insert(target, value); // a user's name or id: ContactImport looks it up
        return std::nullopt;
    }
    if (const FieldDef* field = contactDef().field(target)) {
        auto parsed = m_values.parse(*field, value, QString());
        if (!parsed)
            return error(parsed.error().message, header);
        card.extra.insert(target, formatFieldText(*field, *parsed, QString()));
    }
    return std::nullopt;
}

void RowReader::finish(ContactCard& card)
{
    for (auto it = m_numbered.cbegin(); it != m_numbered.cend(); ++it) {
        const QString& kind = it.key().first;
        bool preferred = false;
        const QStringList types = typeWords(it->type, preferred);
        if (kind == QLatin1String("address")) {
            CardAddress a = it->address;
            a.types = types;
            a.preferred = preferred;
            if (!a.isEmpty())
                card.addresses << a;
            continue;
        }
        QList<CardItem>& list = kind == QLatin1String("email") ? card.emails
            : kind == QLatin1String("phone")                   ? card.phones
                                                               : card.urls;
        const QStringList values = splitValues(it->value);
        for (int i = 0; i < values.size(); ++i)
            list << CardItem { values.at(i), types, preferred && i == 0 };
    }
    if (!m_work.isEmpty())
        card.addresses.prepend(m_work);
    if (!m_home.isEmpty())
        card.addresses << m_home;

    // Like the vCard reader: a card always has a formatted name, and name parts when it can.
    const QStringList parts
        = QStringList { card.prefix, card.firstName, card.middleName, card.lastName, card.suffix };
    if (card.formattedName.isEmpty())
        card.formattedName = QStringList(parts)
                                 .filter(QRegularExpression(QStringLiteral("\\S")))
                                 .join(QLatin1Char(' '));
    if (card.firstName.isEmpty() && card.lastName.isEmpty() && !card.formattedName.isEmpty()) {
        const qsizetype space = card.formattedName.lastIndexOf(QLatin1Char(' '));
        card.lastName = card.formattedName.mid(space + 1);
        card.firstName = space > 0 ? card.formattedName.left(space) : QString();
    }
}

} // namespace

QStringList categories(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral(":::|;|,"));
    QStringList out;
    for (const QString& part : text.split(separators)) {
        const QString tag = part.trimmed();
        if (tag.isEmpty() || tag.startsWith(QLatin1Char('*'))
            || tag.startsWith(QLatin1String("System Group:"), Qt::CaseInsensitive))
            continue;
        if (!out.contains(tag, Qt::CaseInsensitive))
            out << tag;
    }
    return out;
}

CardReadResult toCards(const CsvTable& table, const CsvMapping& mapping, const LocaleValues& values)
{
    CardReadResult result;
    result.errors = table.errors;
    RowReader reader(table, mapping, values);
    for (const CsvRow& row : table.rows) {
        ContactCard card;
        if (auto e = reader.read(row, card))
            result.errors << *e;
        else
            result.cards << card;
    }
    std::stable_sort(result.errors.begin(), result.errors.end(),
        [](const Error& a, const Error& b) { return a.line < b.line; });
    return result;
}

} // namespace tandem::CsvContacts
