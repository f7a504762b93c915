#include "services/ContactDraft.h"

#include "domain/EntitySchema.h"
#include "domain/FieldFormat.h"
#include "store/RecordStore.h"
#include "util/TextFold.h"

#include <QCoreApplication>

namespace tandem {

namespace {

QString text(const QVariantMap& values, const char* name)
{
    return values.value(QLatin1String(name)).toString();
}

// vCard TYPE words worth keeping as a label ("internet" and "pref" say nothing to a person).
QString typeLabel(const QStringList& types)
{
    QStringList kept;
    for (const QString& t : types) {
        if (t != QLatin1String("internet") && t != QLatin1String("pref") && !kept.contains(t))
            kept << t;
    }
    return kept.join(QLatin1Char(','));
}

QVariantMap point(const QString& kind, const CardItem& item)
{
    QVariantMap p { { QStringLiteral("kind"), kind },
        { QStringLiteral("value"), item.value.trimmed() } };
    if (const QString label = typeLabel(item.types); !label.isEmpty())
        p.insert(QStringLiteral("label"), label);
    if (item.preferred)
        p.insert(QStringLiteral("is_primary"), true);
    return p;
}

QVariantMap addressValues(const CardAddress& a)
{
    QStringList street;
    for (const QString& part : { a.street, a.extended, a.poBox }) {
        if (!part.trimmed().isEmpty())
            street << part.trimmed();
    }
    return { { QStringLiteral("street"), street.join(QStringLiteral(", ")) },
        { QStringLiteral("city"), a.city.trimmed() },
        { QStringLiteral("postcode"), a.postcode.trimmed() },
        { QStringLiteral("region"), a.region.trimmed() },
        { QStringLiteral("country"), a.country.trimmed() } };
}

bool isMobile(const CardItem& item)
{
    return item.types.contains(QLatin1String("cell"))
        || item.types.contains(QLatin1String("mobile"));
}

// The first name and the rest, from a formatted name when the card has no name parts.
std::pair<QString, QString> splitFormattedName(const QString& formatted)
{
    const QString name = formatted.simplified();
    const qsizetype space = name.lastIndexOf(QLatin1Char(' '));
    if (space < 0)
        return { QString(), name };
    return { name.left(space), name.mid(space + 1) };
}

} // namespace

QString ContactDraft::label() const
{
    const QString name
        = (text(values, "first_name") + QLatin1Char(' ') + text(values, "last_name")).trimmed();
    return name.isEmpty() ? text(values, "email") : name;
}

QStringList ContactDraft::pointValues(const QString& kind) const
{
    QStringList out;
    for (const QVariantMap& p : points) {
        if (p.value(QStringLiteral("kind")).toString() == kind)
            out << p.value(QStringLiteral("value")).toString();
    }
    return out;
}

UserDirectory::UserDirectory(const RecordStore& records)
{
    const auto users = records.list(QStringLiteral("user"));
    if (!users)
        return;
    for (const Record& u : *users) {
        m_ids.insert(u.id);
        m_idByName.insert(foldForSearch(u.text(QStringLiteral("name"))).simplified(), u.id);
    }
}

QString UserDirectory::idFor(const QString& idOrName) const
{
    const QString id = idOrName.trimmed().toLower();
    if (m_ids.contains(id))
        return id;
    return m_idByName.value(foldForSearch(idOrName).simplified());
}

Result<ContactDraft> draftFromCard(const ContactCard& card, const UserDirectory& users,
    const QString& fileName, const QString& currency)
{
    const EntityDef& def = *EntitySchema::find(QStringLiteral("contact"));
    auto fail = [&](const QString& field, const QString& message) {
        return Error { message, fileName, card.line, field };
    };
    ContactDraft d;
    d.line = card.line;
    QVariantMap raw; // as the card gives it; checked below
    auto put = [&](const char* field, const QString& value) {
        if (!value.trimmed().isEmpty())
            raw.insert(QLatin1String(field), value.trimmed());
    };
    QString first = QStringList { card.firstName.trimmed(), card.middleName.trimmed() }
                        .join(QLatin1Char(' '))
                        .trimmed();
    QString last = card.lastName.trimmed();
    // Address books name a contact that has only an e-mail address by that address: no name.
    if (first.isEmpty() && last.isEmpty() && !card.formattedName.contains(QLatin1Char('@')))
        std::tie(first, last) = splitFormattedName(card.formattedName);
    put("first_name", first);
    put("last_name", last);
    put("title", card.title);
    put("department", card.department);
    put("notes", card.note);
    put("language", card.language);
    if (card.birthday.isValid())
        raw.insert(QStringLiteral("birthday"), card.birthday.toString(Qt::ISODate));

    for (qsizetype i = 0; i < card.emails.size(); ++i) {
        if (i == 0)
            put("email", card.emails[i].value);
        else if (!card.emails[i].value.trimmed().isEmpty())
            d.points << point(QStringLiteral("email"), card.emails[i]);
    }
    qsizetype mobile = -1;
    qsizetype phone = -1;
    for (qsizetype i = 0; i < card.phones.size(); ++i) {
        if (isMobile(card.phones[i]) && mobile < 0)
            mobile = i;
        else if (!isMobile(card.phones[i]) && phone < 0
            && !card.phones[i].types.contains(QLatin1String("fax")))
            phone = i; // a fax number is no number to call
    }
    for (qsizetype i = 0; i < card.phones.size(); ++i) {
        if (i == mobile)
            put("mobile", card.phones[i].value);
        else if (i == phone)
            put("phone", card.phones[i].value);
        else if (!card.phones[i].value.trimmed().isEmpty())
            d.points << point(QStringLiteral("phone"), card.phones[i]);
    }
    bool addressTaken = false;
    for (const CardAddress& a : card.addresses) {
        if (a.isEmpty())
            continue;
        const QVariantMap parts = addressValues(a);
        if (!addressTaken) {
            for (const char* part : ContactDraft::kAddressParts)
                put(part, text(parts, part));
            addressTaken = true;
            continue;
        }
        QVariantMap p = contactAddressPoint(parts, typeLabel(a.types));
        if (a.preferred)
            p.insert(QStringLiteral("is_primary"), true);
        d.points << p;
    }
    for (const CardItem& url : card.urls) {
        if (!url.value.trimmed().isEmpty())
            d.points << point(QStringLiteral("web"), url);
    }

    for (auto it = card.extra.begin(); it != card.extra.end(); ++it) {
        QString key = it.key().trimmed().toLower();
        if (key == QLatin1String("owner"))
            key = QStringLiteral("owner_id");
        const QString value = it.value().toString().trimmed();
        if (value.isEmpty())
            continue;
        if (key == QLatin1String("owner_id")) {
            const QString id = users.idFor(value);
            if (id.isEmpty())
                return fail(key,
                    QCoreApplication::translate("ContactImport", "there is no user '%1'")
                        .arg(value));
            d.values.insert(key, id);
            continue;
        }
        const FieldDef* f = def.field(key);
        if (!f || f->internal() || f->type == FieldType::Ref || f->type == FieldType::Blob)
            return fail(key,
                QCoreApplication::translate("ContactImport", "an import cannot set this field"));
        if (!raw.contains(key)) // the card's own property wins over a mapped column
            raw.insert(key, it.value());
    }
    for (auto it = raw.begin(); it != raw.end(); ++it) {
        auto parsed = normaliseFieldValue(*def.field(it.key()), it.value(), currency);
        if (!parsed)
            return fail(it.key(), parsed.error().message);
        d.values.insert(it.key(), *parsed);
    }
    for (const QVariantMap& p : std::as_const(d.points)) {
        if (p.value(QStringLiteral("kind")).toString() != QLatin1String("email"))
            continue;
        auto parsed = normaliseFieldValue(
            *def.field(QStringLiteral("email")), p.value(QStringLiteral("value")), currency);
        if (!parsed)
            return fail(QStringLiteral("email"), parsed.error().message);
    }
    if (first.isEmpty() && last.isEmpty() && isEmptyValue(d.values.value(QStringLiteral("email"))))
        return fail(QStringLiteral("first_name"),
            QCoreApplication::translate(
                "ContactImport", "a contact needs a name or an e-mail address"));

    d.companyName = card.organisation.simplified();
    QSet<QString> seen;
    for (const QString& tag : card.categories) {
        const QString name = tag.simplified();
        if (!name.isEmpty() && !seen.contains(foldForSearch(name))) {
            seen.insert(foldForSearch(name));
            d.tags << name;
        }
    }
    d.photo = card.photo;
    d.photoMimeType = card.photoMimeType;
    return d;
}

} // namespace tandem
