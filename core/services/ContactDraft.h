// A contact as an import would write it, read from a ContactCard: its fields, further contact
// points, company name, tags and photo; and what one draft adds to another without overwriting.
#pragma once

#include "domain/Record.h"
#include "io/ContactCard.h"
#include "util/Result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace tandem {

class RecordStore;

struct ContactDraft {
    int line = 0;
    // Contact fields in stored form. From a card: without company_id and photo_id (the company is
    // `companyName`, the photo `photo`); a draft standing for an existing contact has them.
    QVariantMap values;
    QList<QVariantMap> points; // contact_point fields without contact_id
    QString companyName;
    QStringList tags;
    QByteArray photo;
    QString photoMimeType;

    QString label() const;
    // The values of the contact points of one kind ("email", "phone", "web").
    QStringList pointValues(const QString& kind) const;

    // The contact fields that make up its postal address.
    static constexpr const char* kAddressParts[]
        = { "street", "city", "postcode", "region", "country" };
};

// The users an "owner" column may name, by id or by name (case and accents ignored).
class UserDirectory {
public:
    explicit UserDirectory(const RecordStore& records);
    QString idFor(const QString& idOrName) const; // empty when nobody matches
private:
    QSet<QString> m_ids;
    QHash<QString, QString> m_idByName;
};

// Reads a card: first e-mail, phone, mobile and address into the contact's own fields, the rest
// into contact points; the card's extra values (owner, status, consent …) checked with
// FieldFormat. A value that cannot be stored is an Error naming `fileName`, the card's line and
// the field.
Result<ContactDraft> draftFromCard(const ContactCard& card, const UserDirectory& users,
    const QString& fileName, const QString& currency);

// What `incoming` adds to a contact that is `current` now: the empty fields it fills, the e-mails,
// phones, addresses and web addresses it lacks (as contact points when its own field is taken),
// new tags, a photo or a company when it has none. Never a changed value.
ContactDraft additionsTo(const ContactDraft& current, const ContactDraft& incoming);
// Adds `additions` (from additionsTo) to `target`.
void absorb(ContactDraft& target, const ContactDraft& additions);

// The address parts (street, city, postcode, region, country) of a contact or contact point,
// folded for comparison; empty when there is no address.
QStringList contactAddressParts(const QVariantMap& values);
// Whether one of `known` has every part `address` has: keeping `address` too would add nothing.
bool addressCovered(const QStringList& address, const QList<QStringList>& known);
// A contact_point of kind address holding those parts, with a one-line `value` to show.
QVariantMap contactAddressPoint(const QVariantMap& values, const QString& label = {});

} // namespace tandem
