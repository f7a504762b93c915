// Dormant customers: rules such as "no purchase in 6 months" list the customers gone quiet, and
// propose a follow-up task per customer for its owner, with a letter drafted from the rule.
#pragma once

#include "util/Result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace tandem {

class Session;

struct DormantRule {
    QString id;
    QString name;
    QString kind; // no_purchase | no_contact
    int days = 0;
    QString taskSubject; // may hold the placeholders of the letter
    int dueDays = 0;
    QString
        letterTemplate; // placeholders: {company} {contact} {owner} {last_purchase} {last_contact}
    bool active = true;
};

struct DormantCandidate {
    QString companyId;
    QString companyName;
    QString ownerId;
    QString ownerName;
    QDate lastPurchase; // null: no won deal
    QDateTime lastContact; // UTC; null: no call, meeting or e-mail on record
    QString lastActivitySubject; // of that last contact
    QString contactId; // the main contact, if the company has people
    QString contactName;
    int daysSince = 0; // since the last purchase (no_purchase) or the last contact (no_contact)
    int openCases = 0; // the customer's cases not yet resolved
    int openComplaints = 0; // of those, complaints: no sales letter goes out while one is open
};

namespace DormantRules {
// The team's rules by name. A team that never had one gets two to start from (in the current
// language): "No purchase in 6 months" (183 days) and "No contact in 90 days".
Result<QList<DormantRule>> rules(Session& session);
std::optional<DormantRule> rule(Session& session, const QString& ruleId);

// The companies the rule finds dormant on `today`, longest dormant first:
//  - no_purchase: companies with a won deal (the purchase date is its win date, else its expected
//    close) whose latest purchase is at least `days` days before `today`;
//  - no_contact: customers — status "customer" or at least one won deal; prospects are the lead
//    follow-up's business — whose latest contact is at least `days` days ago. A contact is a done
//    call, meeting or e-mail, or a meeting already started, with the company, its people or its
//    deals; a customer never contacted counts from the day it was entered.
// Companies that still have an open follow-up task from this rule are left out. Each candidate
// carries its open cases and complaints (the "sleeping customers" list shows them).
Result<QList<DormantCandidate>> candidates(
    Session& session, const QString& ruleId, const QDate& today);

// Creates one follow-up task per company for the company's owner (else the current user): subject
// from the rule, due `dueDays` after `today` at the start of the working day, normal priority,
// linked to the company and its main contact, the rule's letter merged into its notes. Every
// company must still be a candidate, and none may have an open complaint (a customer with an
// unresolved complaint is not sent a sales letter). All or nothing, in one transaction; returns
// the task ids.
Result<QStringList> propose(
    Session& session, const QString& ruleId, const QStringList& companyIds, const QDate& today);

// The letter or subject with each {placeholder} replaced by its value; unknown ones stay.
QString merge(const QString& text, const QMap<QString, QString>& values);
// The starting letter for a kind of rule, in the current language.
QString defaultLetter(const QString& kind);
} // namespace DormantRules

} // namespace tandem
