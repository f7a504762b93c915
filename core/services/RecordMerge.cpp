#include "services/RecordMerge.h"

#include "domain/EntitySchema.h"
#include "services/ContactDraft.h"
#include "services/MergeLinks.h"
#include "services/PhoneNumber.h"
#include "store/Session.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QSet>

namespace tandem {

namespace {

const QString kContact = QStringLiteral("contact");
const QString kCompany = QStringLiteral("company");
const QString kMergedInto = QStringLiteral("merged_into_id");

bool sameValue(const QVariant& a, const QVariant& b)
{
    if (isEmptyValue(a) || isEmptyValue(b))
        return isEmptyValue(a) == isEmptyValue(b);
    return a == b;
}

Result<Record> loadForMerge(const RecordStore& rs, const QString& entity, const QString& id)
{
    if (const auto r = rs.get(entity, id, true)) {
        if (!r->text(kMergedInto).isEmpty())
            return makeError(QCoreApplication::translate(
                "RecordMerge", "%1 was already merged into another record")
                                 .arg(rs.label(*r)));
        if (r->deleted)
            return makeError(QCoreApplication::translate(
                "RecordMerge", "%1 is deleted; restore it before merging")
                                 .arg(rs.label(*r)));
        return *r;
    }
    const QString otherEntity = entity == kContact ? kCompany : kContact;
    if (rs.get(otherEntity, id, true))
        return makeError(
            QCoreApplication::translate("RecordMerge", "a contact and a company cannot be merged"));
    return makeError(
        QCoreApplication::translate("RecordMerge", "there is no %1 with id %2").arg(entity, id));
}

Result<void> checkChoices(const EntityDef& def, const QMap<QString, QString>& choices)
{
    for (auto it = choices.begin(); it != choices.end(); ++it) {
        const FieldDef* f = def.field(it.key());
        if (!f || f->internal())
            return Error { QCoreApplication::translate(
                               "RecordMerge", "%1 has no such field to merge")
                               .arg(def.name),
                {}, 0, it.key() };
        if (it.value() != QLatin1String("keep") && it.value() != QLatin1String("other"))
            return Error { QCoreApplication::translate(
                               "RecordMerge", "choose 'keep' or 'other', not '%1'")
                               .arg(it.value()),
                {}, 0, it.key() };
    }
    return {};
}

// The kept record's new values: the other's where the kept one is empty or the user chose it.
QVariantMap keptChanges(const EntityDef& def, const Record& keep, const Record& other,
    const QMap<QString, QString>& choices)
{
    QVariantMap changes;
    auto pointsAtPair
        = [&](const QVariant& v) { return v.toString() == keep.id || v.toString() == other.id; };
    for (const FieldDef& f : def.fields) {
        if (f.internal())
            continue;
        const QVariant mine = keep.value(f.name);
        const QVariant theirs = other.value(f.name);
        const QString choice = choices.value(f.name);
        bool take = choice == QLatin1String("other")
            || (choice.isEmpty() && isEmptyValue(mine) && !isEmptyValue(theirs));
        QVariant chosen = theirs;
        // After the merge both ids are the kept record: a reference between them would loop.
        if (f.type == FieldType::Ref && f.refEntity == def.name) {
            if (take && pointsAtPair(chosen))
                take = false;
            if (!take && pointsAtPair(mine)) {
                chosen = pointsAtPair(theirs) ? QVariant() : theirs;
                take = true;
            }
        }
        if (take && !sameValue(mine, chosen))
            changes.insert(f.name, chosen);
    }
    return changes;
}

// A contact's e-mails, phones and address that the merge would drop become contact points of the
// kept contact, unless it already has them.
Result<int> keepContactDetails(
    RecordStore& rs, const Record& keep, const Record& other, const QVariantMap& finalValues)
{
    ListQuery query;
    query.where << qMakePair(QStringLiteral("contact_id"), QVariant(keep.id));
    auto points = rs.list(QStringLiteral("contact_point"), query);
    if (!points)
        return points.error();
    const QString country = finalValues.value(QStringLiteral("country")).toString();
    QSet<QString> emails { normaliseEmail(finalValues.value(QStringLiteral("email")).toString()) };
    QList<PhoneNumber::Normalised> phones;
    for (const char* name : { "phone", "mobile" })
        phones << PhoneNumber::normalise(
            finalValues.value(QLatin1String(name)).toString(), country);
    QList<QStringList> addresses { contactAddressParts(finalValues) };
    for (const Record& p : *points) {
        const QString kind = p.text(QStringLiteral("kind"));
        if (kind == QLatin1String("email"))
            emails.insert(normaliseEmail(p.text(QStringLiteral("value"))));
        else if (kind == QLatin1String("phone"))
            phones << PhoneNumber::normalise(p.text(QStringLiteral("value")), country);
        else if (kind == QLatin1String("address"))
            addresses << contactAddressParts(p.fields);
    }
    auto create = [&](QVariantMap values) {
        values.insert(QStringLiteral("contact_id"), keep.id);
        return rs.create(QStringLiteral("contact_point"), values);
    };
    int added = 0;
    for (const Record* r : { &keep, &other }) {
        const QString email = r->text(QStringLiteral("email"));
        if (!email.isEmpty() && !emails.contains(normaliseEmail(email))) {
            auto c = create({ { QStringLiteral("kind"), QStringLiteral("email") },
                { QStringLiteral("value"), email } });
            if (!c)
                return c.error();
            emails.insert(normaliseEmail(email));
            ++added;
        }
        for (const char* name : { "phone", "mobile" }) {
            const QString phone = r->text(QLatin1String(name));
            const auto n = PhoneNumber::normalise(phone, country);
            if (PhoneNumber::isKnown(phones, n))
                continue;
            QVariantMap values { { QStringLiteral("kind"), QStringLiteral("phone") },
                { QStringLiteral("value"), phone } };
            if (QLatin1String(name) == QLatin1String("mobile"))
                values.insert(QStringLiteral("label"), QStringLiteral("cell"));
            if (auto c = create(values); !c)
                return c.error();
            phones << n;
            ++added;
        }
        const QStringList address = contactAddressParts(r->fields);
        if (!addressCovered(address, addresses)) {
            const QVariantMap values = contactAddressPoint(r->fields);
            if (auto c = create(values); !c)
                return c.error();
            addresses << address;
            ++added;
        }
    }
    return added;
}

} // namespace

namespace RecordMerge {

Result<MergeOutcome> merge(Session& session, const QString& entity, const QString& keepIdIn,
    const QString& otherIdIn, const QMap<QString, QString>& fieldChoices)
{
    if (entity != kContact && entity != kCompany)
        return makeError(QCoreApplication::translate(
            "RecordMerge", "only contacts and companies can be merged, not '%1'")
                             .arg(entity));
    const EntityDef& def = *EntitySchema::find(entity);
    const QString keepId = keepIdIn.trimmed().toLower();
    const QString otherId = otherIdIn.trimmed().toLower();
    if (keepId == otherId)
        return makeError(
            QCoreApplication::translate("RecordMerge", "a record cannot be merged with itself"));
    RecordStore& rs = session.records();
    auto keep = loadForMerge(rs, entity, keepId);
    if (!keep)
        return keep.error();
    auto other = loadForMerge(rs, entity, otherId);
    if (!other)
        return other.error();
    if (auto r = checkChoices(def, fieldChoices); !r)
        return r.error();

    MergeOutcome out;
    out.keptId = keepId;
    Transaction tx(session.database());
    if (!tx.isOpen()) // never half a merge: without the transaction each write would stand alone
        return tx.commit().error();
    const QVariantMap changes = keptChanges(def, *keep, *other, fieldChoices);
    auto moved = MergeLinks::moveAll(rs, entity, *keep, *other);
    if (!moved)
        return moved.error();
    out.movedLinks = *moved;
    if (auto r = rs.update(entity, keepId, changes); !r)
        return r.error();
    out.changedFields = changes.keys();
    if (entity == kContact) {
        QVariantMap finalValues = keep->fields;
        for (auto it = changes.begin(); it != changes.end(); ++it)
            finalValues.insert(it.key(), it.value());
        auto added = keepContactDetails(rs, *keep, *other, finalValues);
        if (!added)
            return added.error();
        out.addedContactPoints = *added;
    }
    // Last: the record of the merge itself, in the other's own history.
    if (auto r = rs.update(entity, otherId, { { kMergedInto, keepId } }); !r)
        return r.error();
    if (auto r = rs.remove(entity, otherId); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return out;
}

} // namespace RecordMerge

} // namespace tandem
