#include "services/Playbooks.h"

#include "services/Cases.h"
#include "services/Escalations.h"
#include "services/PlaybookCondition.h"
#include "services/Quotes.h"
#include "store/QuoteQueries.h"
#include "store/Session.h"
#include "store/Transaction.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QHash>
#include <algorithm>

namespace tandem {

namespace {

const QString kDeal = QStringLiteral("deal");
const QString kStage = QStringLiteral("stage");
const QString kAction = QStringLiteral("playbook_action");
const QString kTask = QStringLiteral("task");

QDateTime parseTime(const QString& iso)
{
    if (iso.isEmpty())
        return {};
    QDateTime t = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(iso, Qt::ISODate);
    return t.toUTC();
}

QList<Record> actionsOf(const RecordStore& rs, const QString& stageId)
{
    ListQuery q;
    q.where << qMakePair(QStringLiteral("stage_id"), QVariant(stageId));
    q.orderBy = QStringLiteral("position");
    auto rows = rs.list(kAction, q);
    return rows ? *rows : QList<Record>();
}

// The deal's live playbook tasks by action. Two copies of a deal moved offline can each have made
// one; a done one wins, so the item reads as done.
QHash<QString, Record> playbookTasksOf(const RecordStore& rs, const QString& dealId)
{
    ListQuery q;
    q.where << qMakePair(QStringLiteral("deal_id"), QVariant(dealId));
    q.orderBy = QStringLiteral("created_at");
    QHash<QString, Record> out;
    auto rows = rs.list(kTask, q);
    if (!rows)
        return out;
    for (const Record& t : *rows) {
        const QString actionId = t.text(QStringLiteral("playbook_action_id"));
        if (actionId.isEmpty())
            continue;
        auto it = out.find(actionId);
        if (it == out.end()
            || (!it->value(QStringLiteral("done")).toBool()
                && t.value(QStringLiteral("done")).toBool()))
            out.insert(actionId, t);
    }
    return out;
}

// The deal with what its stage's conditions ask beyond its own fields: quote_discount, read only
// when an action compares it (deals are made in bulk by imports, and most stages have none).
Record forConditions(Session& session, Record deal, const QList<Record>& actions)
{
    const bool asksDiscount = std::any_of(actions.begin(), actions.end(), [](const Record& a) {
        return PlaybookCondition::isDiscountApproval(a.text(QStringLiteral("condition")));
    });
    if (!asksDiscount)
        return deal;
    const auto discount = QuoteQueries::largestOpenDiscount(session.database(), deal.id);
    if (discount && *discount)
        deal.fields.insert(PlaybookCondition::kQuoteDiscount, **discount);
    return deal;
}

struct Item {
    ChecklistItem item;
    bool applies = false; // the deal has a task for it, or its condition holds now
};

QList<Item> itemsOf(Session& session, const Record& plainDeal)
{
    const RecordStore& rs = session.records();
    const QString stageId = plainDeal.text(QStringLiteral("stage_id"));
    if (stageId.isEmpty())
        return {};
    const QList<Record> actions = actionsOf(rs, stageId);
    const Record deal = forConditions(session, plainDeal, actions);
    const auto stage = rs.get(kStage, stageId);
    const bool allRequired = stage && stage->value(QStringLiteral("requires_checklist")).toBool();
    const QHash<QString, Record> tasks = playbookTasksOf(rs, deal.id);
    const QDateTime now = session.clock().nowUtc();

    QList<Item> out;
    for (const Record& action : actions) {
        Item it;
        ChecklistItem& c = it.item;
        c.actionId = action.id;
        c.title = action.text(QStringLiteral("title"));
        c.instructions = action.text(QStringLiteral("instructions"));
        c.templateName = action.text(QStringLiteral("template"));
        c.required = allRequired || action.value(QStringLiteral("required")).toBool();
        c.hardDeadline = action.value(QStringLiteral("hard_deadline")).toBool();
        c.discountApproval
            = PlaybookCondition::isDiscountApproval(action.text(QStringLiteral("condition")));
        if (const auto t = tasks.constFind(action.id); t != tasks.constEnd()) {
            c.taskId = t->id;
            c.done = t->value(QStringLiteral("done")).toBool();
            c.due = parseTime(t->text(QStringLiteral("due_at")));
            c.overdue = !c.done && c.due.isValid() && c.due < now;
            it.applies = true;
        } else {
            const auto holds
                = PlaybookCondition::holds(action.text(QStringLiteral("condition")), deal);
            it.applies = holds && *holds;
        }
        out << it;
    }
    return out;
}

} // namespace

Result<QStringList> Playbooks::enterStage(Session& session, const QString& dealId)
{
    RecordStore& rs = session.records();
    const auto plainDeal = rs.get(kDeal, dealId);
    if (!plainDeal)
        return makeError(
            QCoreApplication::translate("Playbooks", "There is no deal with id %1").arg(dealId));
    const QString stageId = plainDeal->text(QStringLiteral("stage_id"));
    if (stageId.isEmpty())
        return QStringList();
    const QList<Record> actions = actionsOf(rs, stageId);
    const std::optional<Record> deal = forConditions(session, *plainDeal, actions);

    const QHash<QString, Record> existing = playbookTasksOf(rs, deal->id);
    QDateTime entered = parseTime(deal->text(QStringLiteral("stage_entered_at")));
    if (!entered.isValid())
        entered = session.clock().nowUtc();
    const QString ownerId = deal->text(QStringLiteral("owner_id"));
    QString managerId; // looked up once, when an action asks for it

    Transaction tx(session.database());
    QStringList created;
    for (const Record& action : actions) {
        if (existing.contains(action.id))
            continue;
        const auto holds
            = PlaybookCondition::holds(action.text(QStringLiteral("condition")), *deal);
        if (!holds)
            return Error { QCoreApplication::translate("Playbooks",
                               "The playbook action “%1” has a condition that cannot be used: %2")
                               .arg(action.text(QStringLiteral("title")), holds.error().message),
                {}, 0, QStringLiteral("condition") };
        if (!*holds)
            continue;

        QString assignee = ownerId;
        if (action.text(QStringLiteral("assignee_role"))
                .trimmed()
                .compare(QLatin1String("manager"), Qt::CaseInsensitive)
            == 0) {
            if (managerId.isEmpty())
                managerId = Escalations::managerOf(session, ownerId);
            if (!managerId.isEmpty()) // with nobody above the owner, the owner does it
                assignee = managerId;
        }
        // A named colleague (the one who delivers) comes before any role.
        const QString named = action.text(QStringLiteral("assignee_id"));
        if (!named.isEmpty() && rs.get(QStringLiteral("user"), named))
            assignee = named;
        const bool hard = action.value(QStringLiteral("hard_deadline")).toBool();
        QVariantMap values { { QStringLiteral("subject"), action.text(QStringLiteral("title")) },
            { QStringLiteral("priority"),
                hard ? QStringLiteral("high") : QStringLiteral("normal") },
            { QStringLiteral("deal_id"), deal->id },
            { QStringLiteral("playbook_action_id"), action.id } };
        const QString instructions = action.text(QStringLiteral("instructions"));
        if (!instructions.isEmpty())
            values.insert(QStringLiteral("notes"), instructions);
        const QVariant days = action.value(QStringLiteral("deadline_days"));
        if (!isEmptyValue(days))
            values.insert(QStringLiteral("due_at"), entered.addDays(days.toLongLong()));
        // A reference to a record removed since (a deleted company) is left out, not refused.
        auto link = [&](const QString& field, const QString& entity, const QString& id) {
            if (!id.isEmpty() && rs.get(entity, id))
                values.insert(field, id);
        };
        link(QStringLiteral("owner_id"), QStringLiteral("user"), assignee);
        link(QStringLiteral("company_id"), QStringLiteral("company"),
            deal->text(QStringLiteral("company_id")));
        link(QStringLiteral("contact_id"), QStringLiteral("contact"),
            deal->text(QStringLiteral("contact_id")));
        // The handover: the action opens the delivery or support case its task belongs to.
        const QString caseKind = action.text(QStringLiteral("creates_case"));
        if (!caseKind.isEmpty()) {
            QVariantMap caseValues { { QStringLiteral("subject"),
                                         values.value(QStringLiteral("subject")) },
                { QStringLiteral("kind"), caseKind }, { QStringLiteral("deal_id"), deal->id },
                { QStringLiteral("priority"),
                    hard ? QStringLiteral("high") : QStringLiteral("normal") } };
            for (const char* field : { "owner_id", "company_id", "contact_id" }) {
                const QString name = QString::fromLatin1(field);
                if (values.contains(name))
                    caseValues.insert(name, values.value(name));
            }
            if (!instructions.isEmpty())
                caseValues.insert(QStringLiteral("description"), instructions);
            auto caseId = Cases::create(session, caseValues);
            if (!caseId)
                return caseId.error();
            values.insert(QStringLiteral("case_id"), *caseId);
        }
        auto id = rs.create(kTask, values);
        if (!id)
            return id.error();
        created << *id;
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    return created;
}

QList<ChecklistItem> Playbooks::checklist(Session& session, const QString& dealId)
{
    const auto deal = session.records().get(kDeal, dealId);
    if (!deal)
        return {};
    QList<ChecklistItem> out;
    for (const Item& it : itemsOf(session, *deal)) {
        ChecklistItem item = it.item;
        item.applies = it.applies;
        out << item;
    }
    return out;
}

QStringList Playbooks::missingRequirements(Session& session, const QString& dealId)
{
    const auto deal = session.records().get(kDeal, dealId);
    if (!deal)
        return {};
    QStringList out;
    for (const Item& it : itemsOf(session, *deal)) {
        if (it.applies && it.item.required && !it.item.done)
            out << it.item.title;
    }
    return out;
}

Result<void> Playbooks::setDone(
    Session& session, const QString& dealId, const QString& actionId, bool done)
{
    bool approval = false;
    auto taskOf = [&]() -> QString {
        for (const ChecklistItem& c : checklist(session, dealId)) {
            if (c.actionId == actionId) {
                approval = c.discountApproval;
                return c.taskId;
            }
        }
        return {};
    };
    Transaction tx(session.database());
    QString taskId = taskOf();
    if (taskId.isEmpty()) {
        if (auto entered = enterStage(session, dealId); !entered)
            return entered.error();
        taskId = taskOf();
    }
    if (approval && done && !taskId.isEmpty()) {
        if (auto r = Quotes::approveWaiting(session, dealId); !r)
            return r;
    }
    if (taskId.isEmpty())
        return Error { QCoreApplication::translate(
                           "Playbooks", "This playbook action is not part of the deal's stage."),
            {}, 0, {} };
    QVariantMap changes { { QStringLiteral("done"), done } };
    changes.insert(
        QStringLiteral("done_at"), done ? QVariant(session.clock().nowUtc()) : QVariant());
    if (auto w = session.records().update(kTask, taskId, changes); !w)
        return w;
    return tx.commit();
}

} // namespace tandem
