// An in-memory index of contacts by e-mail, phone and name within a company: built from one scan,
// it answers "who looks like this one?" in constant time, for the form, imports and the review
// list.
#pragma once

#include "services/PhoneNumber.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace tandem {

struct ContactKeys;

// Why two records look like the same one; several can hold at once.
enum DuplicateReason : unsigned {
    SameEmail = 1u << 0,
    SamePhone = 1u << 1,
    SimilarName = 1u << 2, // contacts: at the same company
    SameRegCode = 1u << 3,
    SameVatCode = 1u << 4,
    SameName = 1u << 5, // companies
    SameWebsite = 1u << 6,
};

// Translated texts (context "Duplicates"), strongest first, and a 0–100 likelihood.
QStringList duplicateReasonTexts(unsigned reasons);
int duplicateScore(unsigned reasons);

struct DuplicateCandidate {
    QString id;
    QString label;
    QStringList reasons;
    int score = 0;
};

// What duplicate detection compares of one contact.
struct ContactProfile {
    QString id;
    QString label;
    QString companyId;
    QString foldedName; // first and last name, folded, single spaces
    QStringList emails; // normalised, distinct
    QList<PhoneNumber::Normalised> phones;

    static ContactProfile fromKeys(const ContactKeys& keys);
    // A contact about to be written: its fields (first_name, last_name, company_id, email,
    // phone, mobile, country) plus further e-mails and phones (contact points). `fallbackCountry`
    // (the company's) reads national phone numbers when the contact has no country.
    static ContactProfile fromValues(const QVariantMap& values, const QStringList& moreEmails = {},
        const QStringList& morePhones = {}, const QString& fallbackCountry = {});
};

// "Jonas Kazlauskas" at the same company as "Jonas Kazlauskis": folded names equal, or one edit
// (insertion, deletion, substitution or swap of neighbours) apart when both have 5+ characters.
bool similarNames(const QString& foldedA, const QString& foldedB);
QString foldName(const QString& firstName, const QString& lastName);

class ContactDuplicateIndex {
public:
    // Returns the profile's position.
    int add(ContactProfile profile);
    int size() const { return int(m_entries.size()); }
    const ContactProfile& at(int i) const { return m_entries.at(i); }
    // Positions of the entries that look like `probe` (not itself), with their reasons.
    QHash<int, unsigned> matches(const ContactProfile& probe) const;
    QList<DuplicateCandidate> candidatesFor(const ContactProfile& probe) const;

    struct Pair {
        int first = 0;
        int second = 0;
        unsigned reasons = 0;
    };
    // Every pair that looks alike. An e-mail or phone shared by more than `sharedLimit` contacts
    // (a switchboard, an info@ box) says nothing about who is who and is left out.
    QList<Pair> allPairs(int sharedLimit = 10) const;

private:
    static bool tooWeak(unsigned reasons, const ContactProfile& a, const ContactProfile& b);

    struct NameGroup {
        QList<int> members;
        QHash<QString, QList<int>> byVariant; // built once the group is large
    };
    void addToVariants(NameGroup& group, int position) const;

    QList<ContactProfile> m_entries;
    QHash<QString, QList<int>> m_byEmail;
    QHash<QString, QList<int>> m_byPhone; // by PhoneNumber::bucketKey
    QHash<QString, NameGroup> m_byCompany;
};

} // namespace tandem
