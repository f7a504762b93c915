#include "services/DuplicateIndex.h"

#include "store/DuplicateKeys.h"
#include "util/TextFold.h"

#include <QCoreApplication>
#include <QSet>
#include <algorithm>

namespace tandem {

namespace {

// A company with more contacts than this gets a hash of name variants instead of a scan.
constexpr int kGroupScanLimit = 48;
constexpr int kMinimumEditLength = 5;

struct ReasonInfo {
    DuplicateReason reason;
    const char* text;
    int weight; // how sure this reason alone makes us, in percent
};

// Strongest first: the order reasons are shown in.
const ReasonInfo kReasons[] = {
    { SameRegCode, QT_TRANSLATE_NOOP("Duplicates", "same registration code"), 95 },
    { SameVatCode, QT_TRANSLATE_NOOP("Duplicates", "same VAT code"), 95 },
    { SameEmail, QT_TRANSLATE_NOOP("Duplicates", "same e-mail"), 90 },
    { SamePhone, QT_TRANSLATE_NOOP("Duplicates", "same phone"), 75 },
    { SameName, QT_TRANSLATE_NOOP("Duplicates", "same name"), 70 },
    { SimilarName, QT_TRANSLATE_NOOP("Duplicates", "similar name at the same company"), 60 },
    { SameWebsite, QT_TRANSLATE_NOOP("Duplicates", "same website"), 60 },
};

// The name itself and, when long enough to allow an edit, every form with one letter left out:
// two names one edit apart always share one of these.
QStringList nameVariants(const QString& name)
{
    QStringList out { name };
    if (name.size() < kMinimumEditLength)
        return out;
    for (qsizetype i = 0; i < name.size(); ++i) {
        QString v = name;
        v.remove(i, 1);
        if (out.constLast() != v) // a doubled letter gives the same variant twice in a row
            out << v;
    }
    return out;
}

// Optimal string alignment distance ≤ 1, in one pass.
bool withinOneEdit(QStringView a, QStringView b)
{
    if (a.size() > b.size())
        std::swap(a, b);
    if (b.size() - a.size() > 1)
        return false;
    qsizetype i = 0;
    while (i < a.size() && a[i] == b[i])
        ++i;
    if (i == a.size())
        return true; // equal, or b has one more letter at the end
    if (a.size() < b.size())
        return a.mid(i) == b.mid(i + 1);
    if (a.mid(i + 1) == b.mid(i + 1))
        return true; // one letter replaced
    return i + 1 < a.size() && a[i] == b[i + 1] && a[i + 1] == b[i] && a.mid(i + 2) == b.mid(i + 2);
}

void appendUnique(QList<int>& list, int position)
{
    if (list.isEmpty() || list.constLast() != position)
        list << position;
}

ContactProfile makeProfile(const QString& id, const QString& first, const QString& last,
    const QString& companyId, const QStringList& emails, const QStringList& phones,
    const QString& country)
{
    ContactProfile p;
    p.id = id;
    p.companyId = companyId;
    p.foldedName = foldName(first, last);
    p.label = (first + QLatin1Char(' ') + last).trimmed();
    for (const QString& e : emails) {
        const QString n = normaliseEmail(e);
        if (!n.isEmpty() && !p.emails.contains(n))
            p.emails << n;
    }
    if (p.label.isEmpty() && !emails.isEmpty())
        p.label = emails.first().trimmed();
    for (const QString& text : phones) {
        const PhoneNumber::Normalised n = PhoneNumber::normalise(text, country);
        const bool known = std::any_of(p.phones.cbegin(), p.phones.cend(),
            [&](const PhoneNumber::Normalised& o) { return o.digits == n.digits; });
        if (!n.isEmpty() && !known)
            p.phones << n;
    }
    return p;
}

} // namespace

QStringList duplicateReasonTexts(unsigned reasons)
{
    QStringList out;
    for (const ReasonInfo& r : kReasons) {
        if (reasons & r.reason)
            out << QCoreApplication::translate("Duplicates", r.text);
    }
    return out;
}

int duplicateScore(unsigned reasons)
{
    // Independent signals: the chance that all of them are wrong is the product of each one's.
    double doubt = 1.0;
    for (const ReasonInfo& r : kReasons) {
        if (reasons & r.reason)
            doubt *= 1.0 - r.weight / 100.0;
    }
    return int(100.0 * (1.0 - doubt) + 0.5);
}

QString foldName(const QString& firstName, const QString& lastName)
{
    return foldForSearch(firstName + QLatin1Char(' ') + lastName).simplified();
}

bool similarNames(const QString& foldedA, const QString& foldedB)
{
    if (foldedA.isEmpty() || foldedB.isEmpty())
        return false;
    if (foldedA == foldedB)
        return true;
    if (foldedA.size() < kMinimumEditLength || foldedB.size() < kMinimumEditLength)
        return false;
    return withinOneEdit(foldedA, foldedB);
}

ContactProfile ContactProfile::fromKeys(const ContactKeys& k)
{
    return makeProfile(k.id, k.firstName, k.lastName, k.companyId,
        QStringList { k.email } + k.pointEmails, QStringList { k.phone, k.mobile } + k.pointPhones,
        k.country);
}

ContactProfile ContactProfile::fromValues(const QVariantMap& values, const QStringList& moreEmails,
    const QStringList& morePhones, const QString& fallbackCountry)
{
    auto text = [&](const char* name) { return values.value(QLatin1String(name)).toString(); };
    const QString country = text("country").isEmpty() ? fallbackCountry : text("country");
    return makeProfile(text("id"), text("first_name"), text("last_name"), text("company_id"),
        QStringList { text("email") } + moreEmails,
        QStringList { text("phone"), text("mobile") } + morePhones, country);
}

int ContactDuplicateIndex::add(ContactProfile profile)
{
    const int position = int(m_entries.size());
    for (const QString& e : profile.emails)
        appendUnique(m_byEmail[e], position);
    for (const PhoneNumber::Normalised& p : profile.phones) {
        const QString key = PhoneNumber::bucketKey(p);
        if (!key.isEmpty())
            appendUnique(m_byPhone[key], position);
    }
    const QString companyId = profile.companyId;
    const bool named = !profile.foldedName.isEmpty();
    m_entries.push_back(std::move(profile));
    if (companyId.isEmpty() || !named)
        return position;
    NameGroup& group = m_byCompany[companyId];
    group.members << position;
    if (!group.byVariant.isEmpty()) {
        addToVariants(group, position);
    } else if (group.members.size() > kGroupScanLimit) {
        for (int member : std::as_const(group.members))
            addToVariants(group, member);
    }
    return position;
}

void ContactDuplicateIndex::addToVariants(NameGroup& group, int position) const
{
    for (const QString& v : nameVariants(m_entries.at(position).foldedName))
        group.byVariant[v] << position;
}

// A phone alone says little when the names differ: colleagues share the office number. It counts
// when a name is missing or the family names agree ("Gosia Łukasiewicz", "Małgorzata Łukasiewicz").
bool ContactDuplicateIndex::tooWeak(
    unsigned reasons, const ContactProfile& a, const ContactProfile& b)
{
    if (reasons != SamePhone || a.foldedName.isEmpty() || b.foldedName.isEmpty())
        return false;
    return a.foldedName.section(QLatin1Char(' '), -1) != b.foldedName.section(QLatin1Char(' '), -1);
}

QHash<int, unsigned> ContactDuplicateIndex::matches(const ContactProfile& probe) const
{
    QHash<int, unsigned> out;
    for (const QString& e : probe.emails) {
        for (int i : m_byEmail.value(e))
            out[i] |= SameEmail;
    }
    for (const PhoneNumber::Normalised& p : probe.phones) {
        for (int i : m_byPhone.value(PhoneNumber::bucketKey(p))) {
            const auto& phones = m_entries.at(i).phones;
            if (std::any_of(phones.cbegin(), phones.cend(),
                    [&](const PhoneNumber::Normalised& q) { return PhoneNumber::matches(p, q); }))
                out[i] |= SamePhone;
        }
    }
    const auto group = m_byCompany.constFind(probe.companyId);
    if (!probe.companyId.isEmpty() && group != m_byCompany.constEnd()) {
        auto check = [&](int i) {
            if (similarNames(probe.foldedName, m_entries.at(i).foldedName))
                out[i] |= SimilarName;
        };
        if (group->byVariant.isEmpty()) {
            for (int i : group->members)
                check(i);
        } else {
            for (const QString& v : nameVariants(probe.foldedName)) {
                for (int i : group->byVariant.value(v))
                    check(i);
            }
        }
    }
    for (auto it = out.begin(); it != out.end();) {
        const ContactProfile& e = m_entries.at(it.key());
        const bool self = !probe.id.isEmpty() && e.id == probe.id;
        it = self || tooWeak(it.value(), probe, e) ? out.erase(it) : std::next(it);
    }
    return out;
}

QList<DuplicateCandidate> ContactDuplicateIndex::candidatesFor(const ContactProfile& probe) const
{
    QList<DuplicateCandidate> out;
    const QHash<int, unsigned> found = matches(probe);
    for (auto it = found.begin(); it != found.end(); ++it) {
        const ContactProfile& e = m_entries.at(it.key());
        out.push_back(
            { e.id, e.label, duplicateReasonTexts(it.value()), duplicateScore(it.value()) });
    }
    std::sort(out.begin(), out.end(), [](const DuplicateCandidate& a, const DuplicateCandidate& b) {
        return a.score != b.score ? a.score > b.score : a.label < b.label;
    });
    return out;
}

QList<ContactDuplicateIndex::Pair> ContactDuplicateIndex::allPairs(int sharedLimit) const
{
    QHash<quint64, unsigned> found;
    auto note = [&](int a, int b, unsigned reason) {
        if (a == b)
            return;
        if (a > b)
            std::swap(a, b);
        found[(quint64(quint32(a)) << 32) | quint32(b)] |= reason;
    };
    for (const QList<int>& bucket : m_byEmail) {
        if (bucket.size() < 2 || bucket.size() > sharedLimit)
            continue;
        for (qsizetype i = 0; i < bucket.size(); ++i) {
            for (qsizetype j = i + 1; j < bucket.size(); ++j)
                note(bucket[i], bucket[j], SameEmail);
        }
    }
    for (const QList<int>& bucket : m_byPhone) {
        if (bucket.size() < 2 || bucket.size() > sharedLimit)
            continue;
        for (qsizetype i = 0; i < bucket.size(); ++i) {
            for (qsizetype j = i + 1; j < bucket.size(); ++j) {
                const auto& a = m_entries.at(bucket[i]).phones;
                const auto& b = m_entries.at(bucket[j]).phones;
                const bool same = std::any_of(a.cbegin(), a.cend(), [&](const auto& p) {
                    return std::any_of(b.cbegin(), b.cend(),
                        [&](const auto& q) { return PhoneNumber::matches(p, q); });
                });
                if (same)
                    note(bucket[i], bucket[j], SamePhone);
            }
        }
    }
    auto compareAll = [&](const QList<int>& members) {
        for (qsizetype i = 0; i < members.size(); ++i) {
            for (qsizetype j = i + 1; j < members.size(); ++j) {
                if (similarNames(
                        m_entries.at(members[i]).foldedName, m_entries.at(members[j]).foldedName))
                    note(members[i], members[j], SimilarName);
            }
        }
    };
    for (const NameGroup& group : m_byCompany) {
        if (group.byVariant.isEmpty()) {
            compareAll(group.members);
        } else {
            for (const QList<int>& bucket : group.byVariant)
                compareAll(bucket);
        }
    }
    QList<Pair> out;
    out.reserve(found.size());
    for (auto it = found.begin(); it != found.end(); ++it) {
        const int a = int(it.key() >> 32);
        const int b = int(it.key() & 0xffffffffu);
        if (!tooWeak(it.value(), m_entries.at(a), m_entries.at(b)))
            out.push_back({ a, b, it.value() });
    }
    return out;
}

} // namespace tandem
