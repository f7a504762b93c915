// The dormant-customer questions: which companies have bought nothing or heard nothing from us for
// a while, with what a follow-up needs (owner, main contact, last purchase and contact).
#pragma once

#include "util/Result.h"

#include <QDate>
#include <QList>
#include <QString>

namespace tandem {

class Database;

struct DormantCompanyRow {
    QString companyId;
    QString companyName;
    QString ownerId;
    QString ownerName;
    QString createdAt; // the company's created_at (stored form)
    QString lastPurchase; // YYYY-MM-DD: the latest won deal's win date (or expected close); empty
    QString lastContact; // stored UTC date-time of the latest call, meeting or e-mail; empty: none
    QString lastContactSubject;
    QString contactId; // the main contact: a decision maker first, active ones first, by name
    QString contactName;
};

// Narrows the companies looked at (reports); empty parts filter nothing.
struct DormantFilter {
    QString ownerId; // the company's owner
    QString teamId; // the company's owner is a member of the team
    QString territoryId; // the company's territory
};

namespace DormantQueries {
enum class Kind { NoPurchase, NoContact };

// One grouped statement per kind, index-driven:
//  - NoPurchase: companies with a won deal whose latest purchase is on or before `cutoff`;
//  - NoContact: customers (status "customer", or with a won deal) whose latest contact, or when
//    there was none their created date, is on or before `cutoff`.
// A contact is a call, meeting or e-mail of the company, one of its contacts or one of its deals
// that is done, or a meeting whose start is before `nowUtc` (stored form). Companies with an open
// task marked for `ruleId` (see taskMarker) are left out; an empty `ruleId` leaves none out.
// Only companies that pass `filter`. Longest dormant first, then by name.
Result<QList<DormantCompanyRow>> dormant(Database& db, Kind kind, const QString& ruleId,
    const QDate& cutoff, const QString& nowUtc, const DormantFilter& filter = {});

// Follow-up tasks keep their rule in the activity's internal `uid` (unique per task, and an
// acceptable calendar UID should the task be exported), so the rule's open tasks can be found.
QString taskMarker(const QString& ruleId, const QString& companyId, qint64 nowMs);

} // namespace DormantQueries

} // namespace tandem
