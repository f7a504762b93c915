#include "sync/SyncScope.h"

#include "domain/EntitySchema.h"
#include "store/ScopeQueries.h"

#include <QCoreApplication>

namespace tandem {

namespace {

const QString kOwner = QStringLiteral("owner");
const QString kTerritory = QStringLiteral("territory");

// How each record type takes part in a scope. Global: every copy holds all of it. The other
// steps, in order: Owner/Territory roots are records whose field ever held the scope's value;
// ForUser is kept for the scope's user; Child (field ever linked to a parent in the set) and
// AttachedTo (entity/record_id naming a record in the set) grow the set until nothing is added.
// The reference closure (every Ref field of every record in the set) is computed after.
enum class Step { Global, Owner, Territory, ForUser, Child, AttachedTo };

struct Rule {
    Step step;
    const char* entity;
    const char* field = "";
    const char* parent = "";
};

const Rule kRules[] = {
    { Step::Global, "setting" },
    { Step::Global, "user" },
    { Step::Global, "team" },
    { Step::Global, "territory" },
    { Step::Global, "pipeline" },
    { Step::Global, "stage" },
    { Step::Global, "playbook_action" },
    { Step::Global, "lost_reason" },
    { Step::Global, "competitor" },
    { Step::Global, "product" },
    { Step::Global, "price_list" },
    { Step::Global, "price_list_item" },
    { Step::Global, "tag" },
    { Step::Global, "segment" },
    { Step::Global, "routing_rule" },
    { Step::Global, "campaign" },
    { Step::Global, "target" },
    { Step::Global, "duplicate_dismissal" },
    { Step::Global, "dormant_rule" },
    { Step::Global, "case_rule" },
    { Step::Global, "holiday" },

    { Step::Owner, "company", "owner_id" },
    { Step::Owner, "contact", "owner_id" },
    { Step::Owner, "lead", "owner_id" },
    { Step::Owner, "deal", "owner_id" },
    { Step::Owner, "activity", "owner_id" },
    { Step::Owner, "case", "owner_id" },
    { Step::Territory, "company", "territory_id" },
    { Step::Territory, "lead", "territory_id" },
    { Step::ForUser, "notification", "user_id" },
    { Step::ForUser, "reminder_state", "user_id" },

    { Step::Child, "contact", "company_id", "company" },
    { Step::Child, "deal", "company_id", "company" },
    { Step::Child, "case", "company_id", "company" },
    { Step::Child, "case", "contact_id", "contact" },
    { Step::Child, "activity", "contact_id", "contact" },
    { Step::Child, "activity", "company_id", "company" },
    { Step::Child, "activity", "deal_id", "deal" },
    { Step::Child, "activity", "lead_id", "lead" },
    { Step::Child, "activity", "case_id", "case" },
    { Step::Child, "contact_point", "contact_id", "contact" },
    { Step::Child, "participant", "activity_id", "activity" },
    { Step::Child, "quote", "deal_id", "deal" },
    { Step::Child, "quote_line", "quote_id", "quote" },
    { Step::Child, "attachment", "quote_id", "quote" },
    { Step::AttachedTo, "tagging" },
    { Step::AttachedTo, "attachment" },
};

QStringList entitiesWhere(bool global)
{
    QStringList out;
    for (const Rule& r : kRules) {
        const QString e = QString::fromLatin1(r.entity);
        if ((r.step == Step::Global) == global && !out.contains(e))
            out << e;
    }
    return out;
}

QString tableOf(const QString& entity)
{
    const EntityDef* def = EntitySchema::find(entity);
    return def ? def->table : entity;
}

Result<void> fillSet(ScopeQueries& q, const SyncScope& scope)
{
    if (auto r = q.clear(); !r)
        return r;
    for (const Rule& r : kRules) {
        const bool root = (r.step == Step::Owner && scope.kind == SyncScope::Kind::Owner)
            || (r.step == Step::Territory && scope.kind == SyncScope::Kind::Territory)
            || (r.step == Step::ForUser && scope.kind == SyncScope::Kind::Owner);
        if (!root)
            continue;
        if (auto n
            = q.addEverHeld(QString::fromLatin1(r.entity), QString::fromLatin1(r.field), scope.id);
            !n)
            return n.error();
    }
    for (bool grew = true; grew;) {
        grew = false;
        for (const Rule& r : kRules) {
            const QString entity = QString::fromLatin1(r.entity);
            Result<int> n = 0;
            if (r.step == Step::Child)
                n = q.addEverLinked(
                    entity, QString::fromLatin1(r.field), QString::fromLatin1(r.parent));
            else if (r.step == Step::AttachedTo)
                n = q.addAttachedTo(entity, tableOf(entity));
            else
                continue;
            if (!n)
                return n.error();
            grew = grew || *n > 0;
        }
    }
    // Every foreign key must hold on the copy: bring what the set refers to, transitively.
    // Global entities are sent whole (and refer only to each other), so they are skipped.
    const QStringList globals = SyncScopes::globalEntities();
    for (bool grew = true; grew;) {
        grew = false;
        for (const QString& entity : SyncScopes::scopedEntities()) {
            const EntityDef* def = EntitySchema::find(entity);
            if (!def)
                continue;
            for (const FieldDef& f : def->fields) {
                if (f.type != FieldType::Ref || globals.contains(f.refEntity))
                    continue;
                auto n = q.addReferenced(entity, def->table, f.name, f.refEntity);
                if (!n)
                    return n.error();
                grew = grew || *n > 0;
            }
        }
    }
    return {};
}

} // namespace

QString SyncScope::toText() const
{
    switch (kind) {
    case Kind::Owner:
        return kOwner + QLatin1Char('=') + id;
    case Kind::Territory:
        return kTerritory + QLatin1Char('=') + id;
    case Kind::All:
        break;
    }
    return {};
}

SyncScope SyncScope::fromText(const QString& text)
{
    const QString key = text.section(QLatin1Char('='), 0, 0);
    const QString value = text.section(QLatin1Char('='), 1);
    if (value.isEmpty())
        return {};
    if (key == kOwner)
        return { Kind::Owner, value };
    if (key == kTerritory)
        return { Kind::Territory, value };
    return {};
}

QJsonObject SyncScope::toJson() const
{
    if (isAll())
        return {};
    return { { kind == Kind::Owner ? kOwner : kTerritory, id } };
}

SyncScope SyncScope::fromJson(const QJsonObject& json)
{
    if (const QString owner = json.value(kOwner).toString(); !owner.isEmpty())
        return { Kind::Owner, owner };
    if (const QString territory = json.value(kTerritory).toString(); !territory.isEmpty())
        return { Kind::Territory, territory };
    return {};
}

QString SyncScope::describe() const
{
    switch (kind) {
    case Kind::Owner:
        return QCoreApplication::translate("Sync", "owner %1").arg(id);
    case Kind::Territory:
        return QCoreApplication::translate("Sync", "territory %1").arg(id);
    case Kind::All:
        break;
    }
    return QCoreApplication::translate("Sync", "everything");
}

namespace SyncScopes {

const QStringList& globalEntities()
{
    static const QStringList list = entitiesWhere(true);
    return list;
}

const QStringList& scopedEntities()
{
    static const QStringList list = entitiesWhere(false);
    return list;
}

Result<QStringList> recordsInScope(Database& db, const SyncScope& scope, const QString& entity)
{
    ScopeQueries q(db);
    if (auto r = fillSet(q, scope); !r)
        return r.error();
    return q.ids(entity);
}

Result<QList<Change>> changesInScope(Database& db, const SyncScope& scope)
{
    ScopeQueries q(db);
    if (auto r = fillSet(q, scope); !r)
        return r.error();
    return q.changes(globalEntities());
}

} // namespace SyncScopes

} // namespace tandem
