#include "services/ActivityLog.h"

#include "domain/EntitySchema.h"
#include "domain/FieldFormat.h"
#include "services/LeadQualification.h"
#include "services/OwnershipGuard.h"
#include "store/Session.h"
#include "store/Transaction.h"
#include "util/Clock.h"

#include <QSet>

namespace tandem {

namespace {

// The records an activity names whose owner may be someone else, most specific first.
const char* const kOwnedRefs[][2]
    = { { "deal_id", "deal" }, { "lead_id", "lead" }, { "company_id", "company" } };

} // namespace

Result<LoggedActivity> ActivityLog::create(
    Session& session, const QString& entity, const QVariantMap& values)
{
    RecordStore& rs = session.records();
    const QString userId = session.currentUserId();
    LoggedActivity logged;
    QList<QPair<QString, QString>> toTell;
    QSet<QString> owners;
    for (const auto& ref : kOwnedRefs) {
        const QString id = values.value(QLatin1String(ref[0])).toString().trimmed().toLower();
        const QString refEntity = QLatin1String(ref[1]);
        if (id.isEmpty())
            continue;
        const QString warning = OwnershipGuard::warning(session, refEntity, id, userId);
        const auto record = rs.get(refEntity, id);
        if (warning.isEmpty() || !record)
            continue;
        // One word per owner, however many of their records the activity names.
        const QString owner = record->text(QStringLiteral("owner_id"));
        if (owners.contains(owner))
            continue;
        owners.insert(owner);
        logged.warnings << warning;
        toTell << qMakePair(refEntity, id);
    }

    // Logged as done without saying when (a script's `done=true`): done now, so that figures by
    // the day work is done (targets, activity reports) count it.
    QVariantMap stored = values;
    const QString doneAt = QStringLiteral("done_at");
    const EntityDef* def = EntitySchema::find(entity);
    const FieldDef* done = def ? def->field(QStringLiteral("done")) : nullptr;
    if (done && def->field(doneAt) && stored.value(doneAt).toString().trimmed().isEmpty()) {
        auto flag = normaliseFieldValue(*done, stored.value(done->name), {});
        if (flag && flag->toBool())
            stored.insert(doneAt, session.clock().nowUtc());
    }

    Transaction tx(session.database());
    auto id = rs.create(entity, stored);
    if (!id)
        return id.error();
    logged.id = *id;
    static const QStringList kContactKinds { QStringLiteral("call"), QStringLiteral("meeting"),
        QStringLiteral("email") };
    const QString leadId = values.value(QStringLiteral("lead_id")).toString().trimmed();
    if (!leadId.isEmpty()
        && kContactKinds.contains(values.value(QStringLiteral("kind")).toString().trimmed())) {
        if (auto r = LeadQualification::markContacted(session, leadId); !r)
            return r.error();
    }
    for (const auto& [refEntity, refId] : toTell) {
        if (auto r = OwnershipGuard::notifyOwner(session, refEntity, refId, userId); !r)
            return r.error();
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    return logged;
}

} // namespace tandem
