#include "services/Cases.h"

#include "domain/Record.h"
#include "services/Notifications.h"
#include "store/CaseQueries.h"
#include "store/Session.h"
#include "store/Transaction.h"
#include "util/Clock.h"
#include "util/StoredTime.h"

#include <QCoreApplication>
#include <QSet>
#include <algorithm>

namespace tandem {

namespace {

const QString kCase = QStringLiteral("case");
const QString kStatus = QStringLiteral("status");
const QString kPriority = QStringLiteral("priority");
const QString kOwner = QStringLiteral("owner_id");
const QString kCompany = QStringLiteral("company_id");
const QString kResolution = QStringLiteral("resolution");
const QString kSatisfaction = QStringLiteral("satisfaction");
const QString kSatisfactionComment = QStringLiteral("satisfaction_comment");
const QString kRespondBy = QStringLiteral("respond_by");
const QString kResolveBy = QStringLiteral("resolve_by");
const QString kRespondedAt = QStringLiteral("responded_at");
const QString kResolvedAt = QStringLiteral("resolved_at");

constexpr qint64 kNearMinutes = 120;

bool isDone(const QString& status)
{
    return status == QLatin1String("resolved") || status == QLatin1String("closed");
}

QString statusOf(const QVariant& v)
{
    const QString s = v.toString().trimmed();
    return s.isEmpty() ? QStringLiteral("new") : s;
}

Error refusal(const QString& message, const QString& field)
{
    return Error { message, {}, 0, field };
}

// A score must be a whole number 1–5, and only on a resolved or closed case.
Result<void> checkSatisfaction(const QVariant& value, const QString& status)
{
    if (isEmptyValue(value))
        return {};
    bool ok = false;
    const int score = value.toString().trimmed().toInt(&ok);
    if (!ok || score < 1 || score > 5)
        return refusal(
            QCoreApplication::translate("Cases", "Satisfaction is a score from 1 to 5, not “%1”.")
                .arg(value.toString()),
            kSatisfaction);
    if (!isDone(status))
        return refusal(QCoreApplication::translate(
                           "Cases", "Satisfaction is recorded once the case is resolved."),
            kSatisfaction);
    return {};
}

Result<void> checkResolution(const QVariantMap& merged)
{
    if (isDone(statusOf(merged.value(kStatus)))
        && merged.value(kResolution).toString().trimmed().isEmpty())
        return refusal(QCoreApplication::translate("Cases",
                           "Write down how the case was resolved before resolving or closing it."),
            kResolution);
    return {};
}

QString kindText(const QString& kind)
{
    if (kind == QLatin1String("complaint"))
        return QCoreApplication::translate("Cases", "complaint");
    if (kind == QLatin1String("question"))
        return QCoreApplication::translate("Cases", "question");
    if (kind == QLatin1String("delivery"))
        return QCoreApplication::translate("Cases", "delivery");
    return QCoreApplication::translate("Cases", "service request");
}

// Tells `userId` about the case unless they did it themselves.
Result<void> tell(Session& session, const QString& userId, const QString& kind, const QString& text,
    const QString& caseId, const QString& topic)
{
    if (userId.isEmpty() || userId == session.currentUserId())
        return {};
    NotificationDraft draft;
    draft.userId = userId;
    draft.kind = kind;
    draft.text = text;
    draft.entity = kCase;
    draft.recordId = caseId;
    draft.topic = topic;
    auto id = Notifications::notify(session, draft);
    if (!id)
        return id.error();
    return {};
}

QString companyOwner(Session& session, const QString& companyId)
{
    if (companyId.isEmpty())
        return {};
    const auto company = session.records().get(QStringLiteral("company"), companyId);
    return company ? company->text(kOwner) : QString();
}

// Tells the new owner of a case that it is theirs (unless they took it themselves).
Result<void> tellAssigned(Session& session, const QString& caseId, const QString& ownerId,
    const QString& kind, const QString& subject, const QString& company)
{
    return tell(session, ownerId, QStringLiteral("assigned"),
        QCoreApplication::translate("Cases", "A %1 is yours: “%2”%3.")
            .arg(kindText(kind), subject,
                company.isEmpty() ? QString()
                                  : QCoreApplication::translate("Cases", " from %1").arg(company)),
        caseId, QStringLiteral("case:assigned:%1:%2").arg(caseId, ownerId));
}

SatisfactionSummary summaryOf(Session& session, const QString& per, const QString& key)
{
    SatisfactionSummary out;
    // The card asks for one company: only its row is read, not every company's.
    auto rows = CaseQueries::satisfaction(session.database(), per, {}, {}, key);
    if (!rows)
        return out;
    for (const SatisfactionRow& r : *rows) {
        if (r.key == key) {
            out.count = r.count;
            out.average = r.average();
        }
    }
    return out;
}

} // namespace

Result<QString> Cases::create(Session& session, const QVariantMap& values)
{
    RecordStore& rs = session.records();
    QVariantMap v = values;
    auto setDefault = [&](const QString& field, const QVariant& value) {
        if (isEmptyValue(v.value(field)) && !isEmptyValue(value))
            v.insert(field, value);
    };
    setDefault(QStringLiteral("kind"), QStringLiteral("request"));
    setDefault(kPriority, QStringLiteral("normal"));
    setDefault(kStatus, QStringLiteral("new"));
    const QString contactId = v.value(QStringLiteral("contact_id")).toString().trimmed();
    if (!contactId.isEmpty()) {
        if (const auto contact = rs.get(QStringLiteral("contact"), contactId))
            setDefault(kCompany, contact->text(kCompany));
    }
    const QString companyId = v.value(kCompany).toString().trimmed().toLower();
    setDefault(kOwner, companyOwner(session, companyId));
    setDefault(kOwner, session.currentUserId());

    const QString status = statusOf(v.value(kStatus));
    if (auto r = checkSatisfaction(v.value(kSatisfaction), status); !r)
        return r.error();
    if (auto r = checkResolution(v); !r)
        return r.error();
    const QDateTime now = session.clock().nowUtc();
    const CaseDeadlines due
        = CaseRules::deadlines(session, v.value(kPriority).toString().trimmed(), now);
    setDefault(kRespondBy, due.respondBy.isValid() ? QVariant(due.respondBy) : QVariant());
    setDefault(kResolveBy, due.resolveBy.isValid() ? QVariant(due.resolveBy) : QVariant());
    if (status != QLatin1String("new"))
        setDefault(kRespondedAt, now);
    if (isDone(status))
        setDefault(kResolvedAt, now);

    Transaction tx(session.database());
    auto id = rs.create(kCase, v);
    if (!id)
        return id.error();
    const auto made = rs.get(kCase, *id);
    const QString subject = made ? made->text(QStringLiteral("subject")) : QString();
    const QString company = rs.labelOf(QStringLiteral("company"), companyId);
    const QString ownerId = made ? made->text(kOwner) : QString();
    if (auto r = tellAssigned(
            session, *id, ownerId, v.value(QStringLiteral("kind")).toString(), subject, company);
        !r)
        return r.error();
    const QString salesperson = companyOwner(session, companyId);
    if (v.value(QStringLiteral("kind")).toString() == QLatin1String("complaint")
        && salesperson != ownerId) {
        if (auto r = tell(session, salesperson, QStringLiteral("info"),
                QCoreApplication::translate("Cases", "Your customer %1 has made a complaint: “%2”.")
                    .arg(company, subject),
                *id, QStringLiteral("case:complaint:") + *id);
            !r)
            return r.error();
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    return id;
}

Result<void> Cases::update(Session& session, const QString& id, const QVariantMap& changes)
{
    RecordStore& rs = session.records();
    const auto current = rs.get(kCase, id);
    if (!current)
        return makeError(
            QCoreApplication::translate("Cases", "There is no case with id %1").arg(id));
    QVariantMap c = changes;
    QVariantMap merged = current->fields;
    for (auto it = changes.constBegin(); it != changes.constEnd(); ++it)
        merged.insert(it.key(), it.value());

    const QString before = statusOf(current->value(kStatus));
    const QString after = statusOf(merged.value(kStatus));
    const QDateTime now = session.clock().nowUtc();
    if (after != before) {
        if (after != QLatin1String("new") && isEmptyValue(current->value(kRespondedAt))
            && !c.contains(kRespondedAt))
            c.insert(kRespondedAt, now);
        if (isDone(after) && !isDone(before) && !c.contains(kResolvedAt))
            c.insert(kResolvedAt, now);
        if (!isDone(after) && isDone(before)) {
            // Reopened: the resolution did not hold, and neither does the score given for it.
            for (const QString& field : { kResolvedAt, kSatisfaction, kSatisfactionComment }) {
                if (!c.contains(field)) {
                    c.insert(field, QVariant());
                    merged.insert(field, QVariant());
                }
            }
        }
    }
    if (auto r = checkSatisfaction(merged.value(kSatisfaction), after); !r)
        return r.error();
    if (auto r = checkResolution(merged); !r)
        return r.error();
    if (changes.contains(kPriority) && !changes.contains(kRespondBy)
        && !changes.contains(kResolveBy)) {
        QDateTime opened = StoredTime::parse(current->text(QStringLiteral("created_at")));
        if (!opened.isValid())
            opened = now;
        const CaseDeadlines due
            = CaseRules::deadlines(session, changes.value(kPriority).toString().trimmed(), opened);
        c.insert(kRespondBy, due.respondBy.isValid() ? QVariant(due.respondBy) : QVariant());
        c.insert(kResolveBy, due.resolveBy.isValid() ? QVariant(due.resolveBy) : QVariant());
    }

    Transaction tx(session.database());
    if (auto r = rs.update(kCase, id, c); !r)
        return r.error();
    const QString subject = merged.value(QStringLiteral("subject")).toString();
    const QString companyId = merged.value(kCompany).toString();
    const QString company = rs.labelOf(QStringLiteral("company"), companyId);
    const QString ownerId = merged.value(kOwner).toString();
    if (changes.contains(kOwner) && ownerId != current->text(kOwner)) {
        if (auto r = tellAssigned(session, id, ownerId,
                merged.value(QStringLiteral("kind")).toString(), subject, company);
            !r)
            return r.error();
    }
    if (isDone(after) && !isDone(before)) {
        const QString salesperson = companyOwner(session, companyId);
        if (salesperson != ownerId) {
            if (auto r = tell(session, salesperson, QStringLiteral("info"),
                    QCoreApplication::translate(
                        "Cases", "The case “%1” of your customer %2 is resolved.")
                        .arg(subject, company),
                    id, QStringLiteral("case:resolved:%1:%2").arg(id, now.toString(Qt::ISODate)));
                !r)
                return r.error();
        }
    }
    return tx.commit();
}

CaseUrgency Cases::urgency(const Record& caseRecord, const QDateTime& now,
    const WorkCalendar& calendar, QDateTime* deadline, bool* responseDue)
{
    const QString status = statusOf(caseRecord.value(kStatus));
    if (isDone(status))
        return CaseUrgency::None;
    const QDateTime respondBy = StoredTime::parse(caseRecord.text(kRespondBy));
    const QDateTime resolveBy = StoredTime::parse(caseRecord.text(kResolveBy));
    const bool waitingForResponse
        = isEmptyValue(caseRecord.value(kRespondedAt)) && respondBy.isValid();
    // The deadline that matters first: the response while there is none, then the resolution.
    QDateTime next = waitingForResponse ? respondBy : resolveBy;
    bool response = waitingForResponse;
    if (waitingForResponse && resolveBy.isValid() && resolveBy < respondBy) {
        next = resolveBy;
        response = false;
    }
    if (deadline)
        *deadline = next;
    if (responseDue)
        *responseDue = response;
    if (!next.isValid())
        return CaseUrgency::None;
    if (next <= now)
        return CaseUrgency::Overdue;
    // Two working hours are never more than a long holiday weekend away: no need to count the
    // working time to a deadline weeks ahead (the list asks this for every row it paints).
    if (now.daysTo(next) <= 7 && WorkingTime::between(now, next, calendar) <= kNearMinutes)
        return CaseUrgency::Near;
    return CaseUrgency::None;
}

Result<QList<CaseState>> Cases::open(
    Session& session, const QStringList& ownerIds, const QDateTime& now)
{
    auto rows = CaseQueries::open(session.database(), ownerIds);
    if (!rows)
        return rows.error();
    const WorkCalendar calendar = CaseRules::calendar(session);
    QList<CaseState> out;
    for (const OpenCaseRow& row : *rows) {
        Record r;
        r.id = row.id;
        r.fields.insert(kStatus, row.status);
        r.fields.insert(kRespondBy, row.respondBy);
        r.fields.insert(kRespondedAt, row.respondedAt);
        r.fields.insert(kResolveBy, row.resolveBy);
        CaseState s;
        s.id = row.id;
        s.subject = row.subject;
        s.kind = row.kind;
        s.priority = row.priority;
        s.status = row.status;
        s.companyId = row.companyId;
        s.companyName = row.companyName;
        s.ownerId = row.ownerId;
        s.ownerName = row.ownerName;
        s.urgency = urgency(r, now, calendar, &s.deadline, &s.responseDue);
        out << s;
    }
    auto weight = [](CaseUrgency u) {
        return u == CaseUrgency::Overdue ? 0 : u == CaseUrgency::Near ? 1 : 2;
    };
    std::stable_sort(out.begin(), out.end(), [&](const CaseState& a, const CaseState& b) {
        if (weight(a.urgency) != weight(b.urgency))
            return weight(a.urgency) < weight(b.urgency);
        if (a.deadline.isValid() != b.deadline.isValid())
            return a.deadline.isValid();
        return a.deadline < b.deadline;
    });
    return out;
}

Result<QList<CaseState>> Cases::needingAttention(
    Session& session, const QStringList& ownerIds, const QDateTime& now)
{
    auto all = open(session, ownerIds, now);
    if (!all)
        return all.error();
    QList<CaseState> out;
    for (const CaseState& s : *all) {
        if (s.urgency != CaseUrgency::None)
            out << s;
    }
    return out;
}

SatisfactionSummary Cases::satisfactionOfCompany(Session& session, const QString& companyId)
{
    return summaryOf(session, QStringLiteral("company"), companyId);
}

SatisfactionSummary Cases::satisfactionOfOwner(Session& session, const QString& userId)
{
    return summaryOf(session, QStringLiteral("owner"), userId);
}

QSet<QString> Cases::companiesWithOpenComplaints(Session& session)
{
    QSet<QString> out;
    auto counts = CaseQueries::openPerCompany(session.database());
    if (!counts)
        return out;
    for (auto it = counts->constBegin(); it != counts->constEnd(); ++it) {
        if (it->complaints > 0)
            out.insert(it.key());
    }
    return out;
}

} // namespace tandem
