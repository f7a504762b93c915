#include "services/Escalations.h"

#include "services/Cases.h"
#include "services/Notifications.h"
#include "store/DealQueries.h"
#include "store/Session.h"
#include "store/Transaction.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <limits>

namespace tandem {

namespace {

const QString kDeal = QStringLiteral("deal");
const QString kKind = QStringLiteral("escalation");

} // namespace

QString Escalations::managerOf(Session& session, const QString& userId)
{
    if (userId.isEmpty())
        return {};
    const RecordStore& rs = session.records();
    const auto user = rs.get(QStringLiteral("user"), userId);
    if (!user)
        return {};
    const QString direct = user->text(QStringLiteral("manager_id"));
    if (!direct.isEmpty() && direct != user->id && rs.get(QStringLiteral("user"), direct))
        return direct;
    // A team manager is nobody's escalation target for their own deals: look further up.
    QSet<QString> seen;
    QString teamId = user->text(QStringLiteral("team_id"));
    while (!teamId.isEmpty() && !seen.contains(teamId)) {
        seen.insert(teamId);
        const auto team = rs.get(QStringLiteral("team"), teamId);
        if (!team)
            break;
        const QString manager = team->text(QStringLiteral("manager_id"));
        if (!manager.isEmpty() && manager != user->id && rs.get(QStringLiteral("user"), manager))
            return manager;
        teamId = team->text(QStringLiteral("parent_id"));
    }
    return {};
}

Result<QList<Escalation>> Escalations::run(Session& session)
{
    const QDateTime now = session.clock().nowUtc();
    auto tasks = DealQueries::overduePlaybookTasks(session.database(), now);
    if (!tasks)
        return tasks.error();
    auto stalled = DealQueries::stalledDeals(session.database(), now);
    if (!stalled)
        return stalled.error();

    QHash<QString, QString> managers; // owner → manager, looked up once per run
    auto managerFor = [&](const QString& ownerId) {
        auto it = managers.constFind(ownerId);
        if (it == managers.constEnd())
            it = managers.insert(ownerId, managerOf(session, ownerId));
        return *it;
    };
    auto ownerName = [](const QString& name) {
        return name.isEmpty() ? QCoreApplication::translate("Escalations", "no owner") : name;
    };

    // What was said before, read once: a run over thousands of overdue items then asks the
    // database only about the new ones.
    const QStringList told = session.records().distinctValues(
        QStringLiteral("notification"), QStringLiteral("topic"), std::numeric_limits<int>::max());
    const QSet<QString> known(told.begin(), told.end());

    QList<Escalation> out;
    Transaction tx(session.database());
    auto tellAbout = [&](const Escalation& e, const QString& entity, const QString& recordId,
                         const QString& topic) -> Result<void> {
        if (known.contains(topic))
            return {};
        NotificationDraft draft;
        draft.userId = e.managerId;
        draft.kind = kKind;
        draft.text = e.text;
        draft.entity = entity;
        draft.recordId = recordId;
        draft.topic = topic;
        auto id = Notifications::notify(session, draft);
        if (!id)
            return id.error();
        if (!id->isEmpty())
            out << e;
        return {};
    };
    auto tell = [&](const QString& dealId, const QString& taskId, const QString& managerId,
                    const QString& text, const QString& topic) {
        return tellAbout(Escalation { dealId, taskId, {}, managerId, text },
            taskId.isEmpty() ? kDeal : QStringLiteral("task"), taskId.isEmpty() ? dealId : taskId,
            topic);
    };

    for (const OverduePlaybookTask& t : *tasks) {
        const QString managerId = managerFor(t.ownerId);
        if (managerId.isEmpty())
            continue;
        const QString text = t.pastDeadline
            ? QCoreApplication::translate(
                "Escalations", "“%1” on deal “%2” (%3) is past its deadline and not done.")
                  .arg(t.subject, t.dealTitle, ownerName(t.ownerName))
            : QCoreApplication::translate("Escalations",
                "“%1” on deal “%2” (%3) is not done %n day(s) after the deal entered “%4”.",
                nullptr, t.escalateAfterDays)
                  .arg(t.subject, t.dealTitle, ownerName(t.ownerName), t.stageName);
        if (auto r = tell(
                t.dealId, t.taskId, managerId, text, QStringLiteral("escalation:task:") + t.taskId);
            !r)
            return r.error();
    }
    for (const StalledDeal& d : *stalled) {
        const QString managerId = managerFor(d.ownerId);
        if (managerId.isEmpty())
            continue;
        const QString text = QCoreApplication::translate("Escalations",
            "Deal “%1” (%2) has been in “%3” for more than %n day(s).", nullptr, d.stallDays)
                                 .arg(d.dealTitle, ownerName(d.ownerName), d.stageName);
        if (auto r = tell(d.dealId, {}, managerId, text,
                QStringLiteral("escalation:stall:%1:%2").arg(d.dealId, d.stageId));
            !r)
            return r.error();
    }
    auto cases = Cases::open(session, {}, now);
    if (!cases)
        return cases.error();
    for (const CaseState& c : *cases) {
        if (c.urgency != CaseUrgency::Overdue)
            continue;
        const QString managerId = managerFor(c.ownerId);
        if (managerId.isEmpty())
            continue;
        const QString customer = c.companyName.isEmpty()
            ? QCoreApplication::translate("Escalations", "no customer")
            : c.companyName;
        const QString text = c.responseDue
            ? QCoreApplication::translate(
                "Escalations", "Nobody has answered the case “%1” of %2 (%3) by its deadline.")
                  .arg(c.subject, customer, ownerName(c.ownerName))
            : QCoreApplication::translate(
                "Escalations", "The case “%1” of %2 (%3) is past its resolution deadline.")
                  .arg(c.subject, customer, ownerName(c.ownerName));
        const QString topic
            = QStringLiteral("escalation:case:%1:%2")
                  .arg(c.responseDue ? QStringLiteral("respond") : QStringLiteral("resolve"), c.id);
        if (auto r = tellAbout(
                Escalation { {}, {}, c.id, managerId, text }, QStringLiteral("case"), c.id, topic);
            !r)
            return r.error();
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    return out;
}

} // namespace tandem
