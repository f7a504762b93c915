// Customers' cases after the sale: complaints, service requests, questions and deliveries, each
// with an owner, a status and deadlines to respond and to resolve counted in working hours. Every
// change goes through the write path, so each step is in the case's history and the company's
// timeline.
#pragma once

#include "services/CaseRules.h"
#include "util/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariantMap>

namespace tandem {

class Session;
struct Record;

enum class CaseUrgency {
    None, // resolved, closed, or no deadline within reach
    Near, // a deadline comes within the next two working hours
    Overdue, // a deadline has passed
};

struct CaseState {
    QString id;
    QString subject;
    QString kind;
    QString priority;
    QString status;
    QString companyId;
    QString companyName;
    QString ownerId;
    QString ownerName;
    CaseUrgency urgency = CaseUrgency::None;
    bool responseDue = false; // the deadline in question is the response (else the resolution)
    QDateTime deadline; // UTC: the deadline that is near or passed, else the next one
};

struct SatisfactionSummary {
    int count = 0;
    double average = 0.0; // 0 when count is 0
};

namespace Cases {
// Opens a case. Defaults: kind "request", priority "normal", status "new"; the company of the
// contact when only a contact is given; owner = the company's owner, else the current user;
// respond_by and resolve_by from the rule of its priority counted from now (unless given). The
// company's owner is told of a new complaint, and the owner of a case someone else assigned them.
// A satisfaction score is refused on an open case, a score outside 1–5 always.
Result<QString> create(Session& session, const QVariantMap& values);
// Changes a case, keeping its dates true: leaving "new" for the first time sets responded_at;
// "resolved" or "closed" needs a resolution and sets resolved_at; going back to an open status
// clears resolved_at and the score given for the resolution. A new priority moves the deadlines
// (counted from the case's creation) unless they are given. A new owner is told; the company's
// owner is told when the case is resolved.
Result<void> update(Session& session, const QString& id, const QVariantMap& changes);
// Where a case stands at `now`: overdue when a deadline passed (the response, while there is none
// yet; the resolution, while it is open), near when one comes within two working hours.
CaseUrgency urgency(const Record& caseRecord, const QDateTime& now, const WorkCalendar& calendar,
    QDateTime* deadline = nullptr, bool* responseDue = nullptr);
// The open cases of the given owners (everyone's when empty) with their urgency; overdue first,
// then near, then by the next deadline.
Result<QList<CaseState>> open(Session& session, const QStringList& ownerIds, const QDateTime& now);
// Only those overdue or near.
Result<QList<CaseState>> needingAttention(
    Session& session, const QStringList& ownerIds, const QDateTime& now);
// Average satisfaction of a company's cases, or of the cases a user owned.
SatisfactionSummary satisfactionOfCompany(Session& session, const QString& companyId);
SatisfactionSummary satisfactionOfOwner(Session& session, const QString& userId);
// Companies with an open complaint: no sales letter goes to them.
QSet<QString> companiesWithOpenComplaints(Session& session);
} // namespace Cases

} // namespace tandem
