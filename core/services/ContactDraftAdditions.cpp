// The merging half of ContactDraft: what one draft adds to another without overwriting, and
// addresses compared as a whole.
#include "services/ContactDraft.h"

#include "services/PhoneNumber.h"
#include "util/TextFold.h"

#include <QSet>
#include <algorithm>

namespace tandem {

namespace {

QString text(const QVariantMap& values, const char* name)
{
    return values.value(QLatin1String(name)).toString();
}

} // namespace

ContactDraft additionsTo(const ContactDraft& current, const ContactDraft& incoming)
{
    ContactDraft add;
    add.line = incoming.line;
    static const QStringList kOwnRules { QStringLiteral("email"), QStringLiteral("phone"),
        QStringLiteral("mobile"), QStringLiteral("street"), QStringLiteral("city"),
        QStringLiteral("postcode"), QStringLiteral("region"), QStringLiteral("country") };
    for (auto it = incoming.values.begin(); it != incoming.values.end(); ++it) {
        if (!kOwnRules.contains(it.key()) && isEmptyValue(current.values.value(it.key()))
            && !isEmptyValue(it.value()))
            add.values.insert(it.key(), it.value());
    }
    auto isFree = [&](const char* field) {
        return isEmptyValue(current.values.value(QLatin1String(field)))
            && !add.values.contains(QLatin1String(field));
    };

    // E-mails: the contact's own field if it is free, else a contact point; never twice.
    QSet<QString> emails { normaliseEmail(text(current.values, "email")) };
    for (const QString& e : current.pointValues(QStringLiteral("email")))
        emails.insert(normaliseEmail(e));
    auto offerEmail = [&](const QVariantMap& p) {
        const QString value = p.value(QStringLiteral("value")).toString();
        if (value.isEmpty() || emails.contains(normaliseEmail(value)))
            return;
        emails.insert(normaliseEmail(value));
        if (isFree("email"))
            add.values.insert(QStringLiteral("email"), value);
        else
            add.points << p;
    };
    offerEmail({ { QStringLiteral("kind"), QStringLiteral("email") },
        { QStringLiteral("value"), text(incoming.values, "email") } });

    // Phones, compared however they are written.
    const QString country = text(current.values, "country").isEmpty()
        ? text(incoming.values, "country")
        : text(current.values, "country");
    QList<PhoneNumber::Normalised> phones;
    for (const QString& p :
        QStringList { text(current.values, "phone"), text(current.values, "mobile") }
            + current.pointValues(QStringLiteral("phone")))
        phones << PhoneNumber::normalise(p, country);
    auto offerPhone = [&](const QVariantMap& p, const char* field) {
        const QString value = p.value(QStringLiteral("value")).toString();
        const auto n = PhoneNumber::normalise(value, country);
        if (PhoneNumber::isKnown(phones, n))
            return;
        phones << n;
        if (field && isFree(field))
            add.values.insert(QLatin1String(field), value);
        else
            add.points << p;
    };
    offerPhone({ { QStringLiteral("kind"), QStringLiteral("phone") },
                   { QStringLiteral("value"), text(incoming.values, "phone") } },
        "phone");
    offerPhone({ { QStringLiteral("kind"), QStringLiteral("phone") },
                   { QStringLiteral("label"), QStringLiteral("cell") },
                   { QStringLiteral("value"), text(incoming.values, "mobile") } },
        "mobile");

    // The address moves as a whole: parts of two addresses never mix.
    QList<QStringList> addresses { contactAddressParts(current.values) };
    for (const QVariantMap& p : current.points) {
        if (p.value(QStringLiteral("kind")).toString() == QLatin1String("address"))
            addresses << contactAddressParts(p);
    }
    if (const QStringList address = contactAddressParts(incoming.values);
        !addressCovered(address, addresses)) {
        if (addresses.constFirst().isEmpty()) {
            for (const char* part : ContactDraft::kAddressParts) {
                if (!isEmptyValue(incoming.values.value(QLatin1String(part))))
                    add.values.insert(
                        QLatin1String(part), incoming.values.value(QLatin1String(part)));
            }
        } else {
            add.points << contactAddressPoint(incoming.values);
        }
        addresses << address;
    }

    QSet<QString> webs;
    for (const QString& w : current.pointValues(QStringLiteral("web")))
        webs.insert(w.trimmed().toLower());
    for (const QVariantMap& p : incoming.points) {
        const QString kind = p.value(QStringLiteral("kind")).toString();
        if (kind == QLatin1String("email")) {
            offerEmail(p);
        } else if (kind == QLatin1String("phone")) {
            offerPhone(p, nullptr);
        } else if (kind == QLatin1String("address")) {
            const QStringList address = contactAddressParts(p);
            if (!addressCovered(address, addresses)) {
                addresses << address;
                add.points << p;
            }
        } else if (kind == QLatin1String("web")) {
            const QString key = p.value(QStringLiteral("value")).toString().trimmed().toLower();
            if (!key.isEmpty() && !webs.contains(key)) {
                webs.insert(key);
                add.points << p;
            }
        }
    }

    QSet<QString> tags;
    for (const QString& t : current.tags)
        tags.insert(foldForSearch(t));
    for (const QString& t : incoming.tags) {
        if (!tags.contains(foldForSearch(t))) {
            tags.insert(foldForSearch(t));
            add.tags << t;
        }
    }
    if (current.photo.isEmpty() && isEmptyValue(current.values.value(QStringLiteral("photo_id")))) {
        add.photo = incoming.photo;
        add.photoMimeType = incoming.photoMimeType;
    }
    if (current.companyName.isEmpty()
        && isEmptyValue(current.values.value(QStringLiteral("company_id"))))
        add.companyName = incoming.companyName;
    return add;
}

void absorb(ContactDraft& target, const ContactDraft& additions)
{
    for (auto it = additions.values.begin(); it != additions.values.end(); ++it)
        target.values.insert(it.key(), it.value());
    target.points += additions.points;
    target.tags += additions.tags;
    if (!additions.photo.isEmpty()) {
        target.photo = additions.photo;
        target.photoMimeType = additions.photoMimeType;
    }
    if (!additions.companyName.isEmpty())
        target.companyName = additions.companyName;
}

QStringList contactAddressParts(const QVariantMap& values)
{
    QStringList parts;
    bool any = false;
    for (const char* name : ContactDraft::kAddressParts) {
        parts << foldForSearch(text(values, name)).simplified();
        any = any || !parts.constLast().isEmpty();
    }
    return any ? parts : QStringList();
}

bool addressCovered(const QStringList& address, const QList<QStringList>& known)
{
    if (address.isEmpty())
        return true;
    return std::any_of(known.cbegin(), known.cend(), [&](const QStringList& k) {
        if (k.size() != address.size())
            return false;
        for (qsizetype i = 0; i < address.size(); ++i) {
            if (!address[i].isEmpty() && address[i] != k[i])
                return false;
        }
        return true;
    });
}

QVariantMap contactAddressPoint(const QVariantMap& values, const QString& label)
{
    QVariantMap p { { QStringLiteral("kind"), QStringLiteral("address") } };
    if (!label.isEmpty())
        p.insert(QStringLiteral("label"), label);
    QStringList shown;
    for (const char* name : { "street", "postcode", "city", "region", "country" }) {
        const QString v = text(values, name).trimmed();
        if (!v.isEmpty()) {
            p.insert(QLatin1String(name), v);
            shown << v;
        }
    }
    p.insert(QStringLiteral("value"), shown.join(QStringLiteral(", ")));
    return p;
}

} // namespace tandem
