#include "services/ActivityOutcome.h"

#include "services/Tasks.h"
#include "store/Session.h"
#include "store/Transaction.h"
#include "util/Clock.h"

#include <QCoreApplication>

namespace tandem {

namespace {

const QString kActivity = QStringLiteral("activity");

QVariant textOrNull(const QString& text)
{
    const QString t = text.trimmed();
    return t.isEmpty() ? QVariant() : QVariant(t);
}

} // namespace

bool ActivityOutcome::asksForOutcome(const QString& kind)
{
    return kind == QLatin1String("call") || kind == QLatin1String("meeting");
}

Result<QString> ActivityOutcome::complete(Session& session, const QString& activityId,
    const QString& outcome, const QString& nextStep, const std::optional<FollowUp>& followUp)
{
    RecordStore& rs = session.records();
    const auto activity = rs.get(kActivity, activityId.trimmed().toLower());
    if (!activity)
        return makeError(
            QCoreApplication::translate("ActivityOutcome", "There is no such activity."));
    const QString kind = activity->text(QStringLiteral("kind"));
    if (asksForOutcome(kind) && outcome.trimmed().isEmpty())
        return makeError(kind == QLatin1String("call")
                ? QCoreApplication::translate("ActivityOutcome",
                    "Say how the call went (reached, no answer …) before marking it done.")
                : QCoreApplication::translate(
                    "ActivityOutcome", "Say how the meeting went before marking it done."),
            QStringLiteral("outcome"));

    Transaction tx(session.database());
    QString doneId = activity->id;
    QVariantMap changes { { QStringLiteral("outcome"), textOrNull(outcome) },
        { QStringLiteral("next_step"), textOrNull(nextStep) } };
    if (kind == QLatin1String("task")) {
        auto id = Tasks::setDone(session, activity->id, true);
        if (!id)
            return id.error();
        doneId = *id;
    } else if (!activity->value(QStringLiteral("done")).toBool()) {
        changes.insert(QStringLiteral("done"), true);
        changes.insert(QStringLiteral("done_at"), session.clock().nowUtc());
    }
    if (auto w = rs.update(kActivity, doneId, changes); !w)
        return w.error();

    QString followUpId;
    if (followUp) {
        TaskDraft draft;
        draft.subject
            = followUp->subject.trimmed().isEmpty() ? nextStep.trimmed() : followUp->subject;
        draft.due = followUp->due;
        draft.ownerId = !followUp->ownerId.trimmed().isEmpty()
            ? followUp->ownerId
            : activity->text(QStringLiteral("owner_id"));
        draft.contactId = activity->text(QStringLiteral("contact_id"));
        draft.companyId = activity->text(QStringLiteral("company_id"));
        draft.dealId = activity->text(QStringLiteral("deal_id"));
        draft.leadId = activity->text(QStringLiteral("lead_id"));
        auto created = Tasks::create(session, draft);
        if (!created) {
            Error e = created.error();
            if (e.field == QLatin1String("subject"))
                e.message = QCoreApplication::translate(
                    "ActivityOutcome", "Name the follow-up task, or write the next step.");
            return e;
        }
        followUpId = created->id;
    }
    if (auto c = tx.commit(); !c)
        return c.error();
    return followUpId;
}

} // namespace tandem
