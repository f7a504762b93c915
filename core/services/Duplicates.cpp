#include "services/Duplicates.h"

#include "store/DuplicateKeys.h"
#include "store/Session.h"
#include "util/TextFold.h"

#include <QCoreApplication>
#include <QHash>
#include <QUrl>
#include <algorithm>

namespace tandem {

namespace {

constexpr int kSharedLimit = 10;

Result<void> checkEntity(const QString& entity)
{
    if (entity == QLatin1String("contact") || entity == QLatin1String("company"))
        return {};
    return makeError(QCoreApplication::translate(
        "Duplicates", "duplicates are looked for among contacts and companies, not '%1'")
                         .arg(entity));
}

// "LT 1234-567" and "lt1234567" are the same code.
QString codeKey(const QString& code)
{
    QString out;
    for (const QChar c : code) {
        if (c.isLetterOrNumber())
            out += c.toUpper();
    }
    return out;
}

QString companyNameKey(const QString& name)
{
    QString out;
    for (const QChar c : foldForSearch(name))
        out += c.isLetterOrNumber() ? c : QChar(QLatin1Char(' '));
    return out.simplified();
}

QString websiteKey(const QString& website)
{
    if (website.trimmed().isEmpty())
        return {};
    QString host = QUrl::fromUserInput(website.trimmed()).host().toLower();
    if (host.startsWith(QLatin1String("www.")))
        host.remove(0, 4);
    return host;
}

// A cheap first look: the same company, an e-mail or the last digits of a phone in common.
bool mayMatch(const ContactKeys& k, const ContactProfile& probe)
{
    if (!probe.companyId.isEmpty() && k.companyId == probe.companyId)
        return true;
    for (const QString& e : QStringList { k.email } + k.pointEmails) {
        if (!e.isEmpty() && probe.emails.contains(normaliseEmail(e)))
            return true;
    }
    for (const QString& p : QStringList { k.phone, k.mobile } + k.pointPhones) {
        const QString key = PhoneNumber::bucketKey(PhoneNumber::normalise(p, k.country));
        if (key.isEmpty())
            continue;
        for (const PhoneNumber::Normalised& mine : probe.phones) {
            if (PhoneNumber::bucketKey(mine) == key)
                return true;
        }
    }
    return false;
}

void sortPairs(QList<DuplicatePair>& pairs)
{
    std::sort(pairs.begin(), pairs.end(), [](const DuplicatePair& a, const DuplicatePair& b) {
        if (a.score != b.score)
            return a.score > b.score;
        if (a.firstLabel != b.firstLabel)
            return a.firstLabel < b.firstLabel;
        return a.firstId < b.firstId;
    });
}

DuplicatePair makePair(const QString& entity, QString aId, QString aLabel, QString bId,
    QString bLabel, unsigned reasons)
{
    if (bId < aId) {
        std::swap(aId, bId);
        std::swap(aLabel, bLabel);
    }
    return { entity, aId, bId, aLabel, bLabel, duplicateReasonTexts(reasons),
        duplicateScore(reasons) };
}

Result<QList<DuplicatePair>> contactPairs(Session& session, const QSet<QString>& dismissed)
{
    auto index = Duplicates::contactIndex(session);
    if (!index)
        return index.error();
    QList<DuplicatePair> out;
    for (const auto& p : index->allPairs(kSharedLimit)) {
        const ContactProfile& a = index->at(p.first);
        const ContactProfile& b = index->at(p.second);
        if (!dismissed.contains(DuplicateKeys::pairKey(a.id, b.id)))
            out << makePair(QStringLiteral("contact"), a.id, a.label, b.id, b.label, p.reasons);
    }
    return out;
}

Result<QList<DuplicatePair>> companyPairs(Session& session, const QSet<QString>& dismissed)
{
    auto companies = DuplicateKeys::companies(session.database());
    if (!companies)
        return companies.error();
    const QList<CompanyKeys>& list = *companies;
    QHash<QString, QList<int>> buckets[4];
    const DuplicateReason reasonOf[4] = { SameRegCode, SameVatCode, SameName, SameWebsite };
    for (int i = 0; i < list.size(); ++i) {
        const QString keys[4] = { codeKey(list[i].regCode), codeKey(list[i].vatCode),
            companyNameKey(list[i].name), websiteKey(list[i].website) };
        for (int k = 0; k < 4; ++k) {
            if (!keys[k].isEmpty())
                buckets[k][keys[k]] << i;
        }
    }
    QHash<quint64, unsigned> found;
    for (int k = 0; k < 4; ++k) {
        for (const QList<int>& bucket : buckets[k]) {
            if (bucket.size() < 2 || bucket.size() > kSharedLimit)
                continue;
            for (qsizetype i = 0; i < bucket.size(); ++i) {
                for (qsizetype j = i + 1; j < bucket.size(); ++j)
                    found[(quint64(bucket[i]) << 32) | quint32(bucket[j])] |= reasonOf[k];
            }
        }
    }
    QList<DuplicatePair> out;
    for (auto it = found.begin(); it != found.end(); ++it) {
        const CompanyKeys& a = list.at(int(it.key() >> 32));
        const CompanyKeys& b = list.at(int(it.key() & 0xffffffffu));
        if (!dismissed.contains(DuplicateKeys::pairKey(a.id, b.id)))
            out << makePair(QStringLiteral("company"), a.id, a.name, b.id, b.name, it.value());
    }
    return out;
}

} // namespace

namespace Duplicates {

Result<ContactDuplicateIndex> contactIndex(Session& session)
{
    auto keys = DuplicateKeys::contacts(session.database());
    if (!keys)
        return keys.error();
    ContactDuplicateIndex index;
    for (const ContactKeys& k : *keys)
        index.add(ContactProfile::fromKeys(k));
    return index;
}

Result<QList<DuplicateCandidate>> candidatesFor(Session& session, const QVariantMap& values,
    const QStringList& moreEmails, const QStringList& morePhones)
{
    QString companyCountry;
    const QString companyId = values.value(QStringLiteral("company_id")).toString();
    if (!companyId.isEmpty()) {
        if (const auto company = session.records().get(QStringLiteral("company"), companyId))
            companyCountry = company->text(QStringLiteral("country"));
    }
    const ContactProfile probe
        = ContactProfile::fromValues(values, moreEmails, morePhones, companyCountry);
    auto keys = DuplicateKeys::contacts(session.database());
    if (!keys)
        return keys.error();
    // One record to check: index only the contacts that can match it, not all of them.
    ContactDuplicateIndex index;
    for (const ContactKeys& k : *keys) {
        if (mayMatch(k, probe))
            index.add(ContactProfile::fromKeys(k));
    }
    return index.candidatesFor(probe);
}

Result<QList<DuplicatePair>> findAll(Session& session, const QString& entity)
{
    if (auto r = checkEntity(entity); !r)
        return r.error();
    auto dismissed = DuplicateKeys::dismissedPairs(session.database(), entity);
    if (!dismissed)
        return dismissed.error();
    auto pairs = entity == QLatin1String("contact") ? contactPairs(session, *dismissed)
                                                    : companyPairs(session, *dismissed);
    if (!pairs)
        return pairs;
    QList<DuplicatePair> out = std::move(pairs).value();
    sortPairs(out);
    return out;
}

Result<void> dismiss(Session& session, const QString& entity, const QString& a, const QString& b)
{
    if (auto r = checkEntity(entity); !r)
        return r;
    const QString first = std::min(a.trimmed().toLower(), b.trimmed().toLower());
    const QString second = std::max(a.trimmed().toLower(), b.trimmed().toLower());
    if (first == second)
        return makeError(
            QCoreApplication::translate("Duplicates", "a record cannot be a duplicate of itself"));
    for (const QString& id : { first, second }) {
        if (!session.records().get(entity, id))
            return makeError(QCoreApplication::translate("Duplicates", "there is no %1 with id %2")
                                 .arg(entity, id));
    }
    auto dismissed = DuplicateKeys::dismissedPairs(session.database(), entity);
    if (!dismissed)
        return dismissed.error();
    if (dismissed->contains(DuplicateKeys::pairKey(first, second)))
        return {};
    auto id = session.records().create(QStringLiteral("duplicate_dismissal"),
        { { QStringLiteral("entity"), entity }, { QStringLiteral("first_id"), first },
            { QStringLiteral("second_id"), second } });
    if (!id)
        return id.error();
    return {};
}

} // namespace Duplicates

} // namespace tandem
