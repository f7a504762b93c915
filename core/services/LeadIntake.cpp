#include "services/LeadIntake.h"

#include "services/LeadRouting.h"
#include "services/Notifications.h"
#include "store/Session.h"
#include "store/Transaction.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QDateTime>

namespace tandem {

namespace {

const QString kLead = QStringLiteral("lead");
constexpr int kDefaultFirstContactDays = 2;
constexpr qint64 kSameIntakeSecs = 60;

QString text(const QVariantMap& values, const char* field)
{
    return values.value(QLatin1String(field)).toString().trimmed();
}

QString assignedText(Session& session, const RoutingDecision& routed, const QString& leadLabel)
{
    if (!routed.ruleId.isEmpty())
        return QCoreApplication::translate(
            "LeadIntake", "New lead assigned to you by rule “%1”: %2")
            .arg(routed.ruleName, leadLabel);
    const QString by = session.records().labelOf(QStringLiteral("user"), session.currentUserId());
    if (by.isEmpty())
        return QCoreApplication::translate("LeadIntake", "New lead assigned to you: %1")
            .arg(leadLabel);
    return QCoreApplication::translate("LeadIntake", "%1 assigned a new lead to you: %2")
        .arg(by, leadLabel);
}

} // namespace

int LeadIntake::firstContactDays(Session& session)
{
    bool ok = false;
    const int days
        = session.setting(QStringLiteral("lead_first_contact_days")).trimmed().toInt(&ok);
    return ok && days >= 0 ? days : kDefaultFirstContactDays;
}

Result<void> LeadIntake::setFirstContactDays(Session& session, int days)
{
    if (days < 0 || days > 90)
        return Error { QCoreApplication::translate(
                           "LeadIntake", "The first contact must be due within 0 to 90 days."),
            {}, 0, QStringLiteral("lead_first_contact_days") };
    return session.setSetting(QStringLiteral("lead_first_contact_days"), QString::number(days));
}

QString LeadIntake::label(const QVariantMap& lead)
{
    const QString title = text(lead, "title");
    if (!title.isEmpty())
        return title;
    const QString person
        = (text(lead, "first_name") + QLatin1Char(' ') + text(lead, "last_name")).trimmed();
    const QString company = text(lead, "company_name");
    if (!person.isEmpty() && !company.isEmpty())
        return person + QStringLiteral(", ") + company;
    if (!person.isEmpty() || !company.isEmpty())
        return person + company;
    return text(lead, "email");
}

std::optional<Record> LeadIntake::firstContactTask(Session& session, const Record& lead)
{
    ListQuery q;
    q.where << qMakePair(QStringLiteral("lead_id"), QVariant(lead.id));
    q.orderBy = QStringLiteral("created_at");
    auto tasks = session.records().list(QStringLiteral("task"), q);
    if (!tasks || tasks->isEmpty())
        return std::nullopt;
    const QDateTime leadMade
        = QDateTime::fromString(lead.text(QStringLiteral("created_at")), Qt::ISODateWithMs);
    for (const Record& t : *tasks) {
        const QDateTime made
            = QDateTime::fromString(t.text(QStringLiteral("created_at")), Qt::ISODateWithMs);
        if (leadMade.secsTo(made) > kSameIntakeSecs)
            break; // in creation order: every later task is later still
        if (t.text(QStringLiteral("playbook_action_id")).isEmpty())
            return t;
    }
    return std::nullopt;
}

Result<QString> LeadIntake::create(Session& session, QVariantMap values)
{
    RecordStore& rs = session.records();
    if (isEmptyValue(values.value(QStringLiteral("status"))))
        values.insert(QStringLiteral("status"), QStringLiteral("new"));
    const bool isNew = values.value(QStringLiteral("status")).toString() == QLatin1String("new");

    Transaction tx(session.database());
    RoutingDecision routed;
    if (isEmptyValue(values.value(QStringLiteral("owner_id")))) {
        auto decision = LeadRouting::route(session, values);
        if (!decision)
            return decision.error();
        routed = *decision;
        const QString owner = routed.ownerId.isEmpty() ? session.currentUserId() : routed.ownerId;
        if (owner.isEmpty())
            values.remove(QStringLiteral("owner_id"));
        else
            values.insert(QStringLiteral("owner_id"), owner);
    }
    if (isNew && isEmptyValue(values.value(QStringLiteral("first_contact_due"))))
        values.insert(QStringLiteral("first_contact_due"),
            session.clock().nowUtc().addDays(firstContactDays(session)));

    auto id = rs.create(kLead, values);
    if (!id)
        return id.error();
    const auto lead = rs.get(kLead, *id);
    if (!lead)
        return makeError(
            QCoreApplication::translate("LeadIntake", "The new lead could not be read back."));
    const QString owner = lead->text(QStringLiteral("owner_id"));
    const QString name = label(lead->fields);

    if (isNew) {
        QVariantMap task {
            { QStringLiteral("subject"),
                QCoreApplication::translate("LeadIntake", "First contact: %1").arg(name) },
            { QStringLiteral("due_at"), lead->value(QStringLiteral("first_contact_due")) },
            { QStringLiteral("priority"), QStringLiteral("high") },
            { QStringLiteral("lead_id"), *id }
        };
        if (!owner.isEmpty())
            task.insert(QStringLiteral("owner_id"), owner);
        if (auto t = rs.create(QStringLiteral("task"), task); !t)
            return t.error();
    }

    if (!owner.isEmpty() && owner != session.currentUserId()) {
        NotificationDraft note;
        note.userId = owner;
        note.kind = QStringLiteral("assigned");
        note.text = assignedText(session, routed, name);
        note.entity = kLead;
        note.recordId = *id;
        note.topic = QStringLiteral("assigned:lead:") + *id;
        if (auto n = Notifications::notify(session, note); !n)
            return n.error();
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    return *id;
}

} // namespace tandem
