#include "services/Territories.h"

#include "domain/TerritoryRule.h"
#include "services/Notifications.h"
#include "store/Session.h"
#include "store/TerritoryQueries.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>

namespace tandem {

namespace {

const QString kTerritory = QStringLiteral("territory");
const QString kOwner = QStringLiteral("owner_id");

// Text::tr() in the context the translation files hold this file's strings under.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Territories)
};

bool isActive(const Record& user)
{
    const QVariant v = user.value(QStringLiteral("active"));
    return isEmptyValue(v) || v.toBool();
}

struct Plan {
    Record territory;
    ReassignSummary summary;
    TerritoryBook book;
};

Result<Plan> plan(Session& session, const QString& territoryId, const QString& newOwnerId)
{
    RecordStore& rs = session.records();
    const auto territory = rs.get(kTerritory, territoryId.trimmed());
    if (!territoryId.trimmed().isEmpty() && !territory)
        return makeError(Text::tr("There is no territory with id %1.").arg(territoryId));
    if (!territory)
        return makeError(Text::tr("Choose a territory to reassign."));
    const auto user = newOwnerId.trimmed().isEmpty()
        ? std::nullopt
        : rs.get(QStringLiteral("user"), newOwnerId.trimmed());
    if (!user)
        return makeError(
            Text::tr("There is no user with id “%1” to take the territory.").arg(newOwnerId),
            kOwner);
    const QString name = territory->text(QStringLiteral("name"));
    const QString userName = user->text(QStringLiteral("name"));
    if (!isActive(*user))
        return makeError(
            Text::tr("%1 is no longer active and cannot take territory “%2”.").arg(userName, name),
            kOwner);
    const QString outgoing = territory->text(kOwner);
    if (outgoing == user->id)
        return makeError(Text::tr("%1 already owns territory “%2”.").arg(userName, name), kOwner);

    Plan p { *territory, { territory->id, name, outgoing, user->id }, {} };
    if (!outgoing.isEmpty()) {
        auto book = TerritoryQueries::openBook(session.database(), territory->id, outgoing);
        if (!book)
            return book.error();
        p.book = *book;
    }
    p.summary.companies = int(p.book.companies.size());
    p.summary.deals = int(p.book.deals.size());
    p.summary.leads = int(p.book.leads.size());
    p.summary.tasks = int(p.book.tasks.size());
    return p;
}

Result<void> moveAll(
    RecordStore& rs, const QString& entity, const QStringList& ids, const QString& ownerId)
{
    for (const QString& id : ids) {
        if (auto r = rs.update(entity, id, { { kOwner, ownerId } }); !r)
            return r;
    }
    return {};
}

} // namespace

bool Territories::matches(const Record& territory, const QVariantMap& company)
{
    return TerritoryRule::matches(territory, company);
}

QString Territories::ruleFor(Session& session, const QVariantMap& company)
{
    const auto territories = session.records().list(kTerritory);
    return territories ? TerritoryRule::best(*territories, company) : QString();
}

Result<int> Territories::assignByRules(Session& session, const QStringList& companyIds)
{
    RecordStore& rs = session.records();
    auto territories = rs.list(kTerritory);
    if (!territories)
        return territories.error();
    auto unassigned = TerritoryQueries::unassignedCompanies(session.database());
    if (!unassigned)
        return unassigned.error();
    const QSet<QString> only(companyIds.begin(), companyIds.end());
    Transaction tx(session.database());
    int assigned = 0;
    for (const QString& id : *unassigned) {
        if (!only.isEmpty() && !only.contains(id))
            continue;
        const auto company = rs.get(QStringLiteral("company"), id);
        if (!company)
            continue;
        const QString territoryId = TerritoryRule::best(*territories, company->fields);
        if (territoryId.isEmpty())
            continue;
        if (auto r = rs.update(
                QStringLiteral("company"), id, { { QStringLiteral("territory_id"), territoryId } });
            !r)
            return r.error();
        ++assigned;
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    return assigned;
}

Result<ReassignSummary> Territories::previewReassign(
    Session& session, const QString& territoryId, const QString& newOwnerId)
{
    auto p = plan(session, territoryId, newOwnerId);
    if (!p)
        return p.error();
    return p->summary;
}

Result<ReassignSummary> Territories::reassign(
    Session& session, const QString& territoryId, const QString& newOwnerId)
{
    Transaction tx(session.database());
    auto p = plan(session, territoryId, newOwnerId);
    if (!p)
        return p.error();
    RecordStore& rs = session.records();
    const ReassignSummary& s = p->summary;
    if (auto r = rs.update(kTerritory, s.territoryId, { { kOwner, s.toUserId } }); !r)
        return r.error();
    for (const auto& [entity, ids] : { std::pair { QStringLiteral("company"), p->book.companies },
             std::pair { QStringLiteral("deal"), p->book.deals },
             std::pair { QStringLiteral("lead"), p->book.leads },
             std::pair { QStringLiteral("task"), p->book.tasks } }) {
        if (auto r = moveAll(rs, entity, ids, s.toUserId); !r)
            return r.error();
    }
    const QString from = rs.labelOf(QStringLiteral("user"), s.fromUserId);
    const QString text = from.isEmpty()
        ? Text::tr("Territory “%1” is yours now: %2.").arg(s.territoryName, countsText(s))
        : Text::tr("Territory “%1” is yours now, handed over from %2: %3.")
              .arg(s.territoryName, from, countsText(s));
    auto told = Notifications::notify(
        session, { s.toUserId, QStringLiteral("assigned"), text, kTerritory, s.territoryId, {} });
    if (!told)
        return told.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return s;
}

QString Territories::countsText(const ReassignSummary& s)
{
    const QStringList parts { Text::tr("%n account(s)", nullptr, s.companies),
        Text::tr("%n open deal(s)", nullptr, s.deals),
        Text::tr("%n open lead(s)", nullptr, s.leads),
        Text::tr("%n open task(s)", nullptr, s.tasks) };
    return QLocale().createSeparatedList(parts);
}

QString Territories::describe(const Record& t)
{
    const QString kind = t.text(QStringLiteral("kind"));
    if (kind == QLatin1String("accounts"))
        return Text::tr("Named accounts, assigned by hand");
    QStringList parts;
    if (kind == QLatin1String("industry") && !t.text(QStringLiteral("industry")).isEmpty())
        parts << Text::tr("industry: %1").arg(t.text(QStringLiteral("industry")));
    if (const QString v = t.text(QStringLiteral("country")); !v.isEmpty()) {
        // The country by its own name ("Lietuva (LT)"), which reads the same to the whole team.
        const QLocale::Territory territory = QLocale::codeToTerritory(v);
        const QString name = territory == QLocale::AnyTerritory
            ? QString()
            : QLocale(QLocale::AnyLanguage, territory).nativeTerritoryName();
        parts << Text::tr("country: %1")
                     .arg(name.isEmpty() ? v : QStringLiteral("%1 (%2)").arg(name, v));
    }
    if (const QString v = t.text(QStringLiteral("region")); !v.isEmpty())
        parts << Text::tr("region: %1").arg(v);
    if (const QString v = t.text(QStringLiteral("city")); !v.isEmpty())
        parts << Text::tr("city: %1").arg(v);
    const QString from = t.text(QStringLiteral("postcode_from"));
    const QString to = t.text(QStringLiteral("postcode_to"));
    if (!from.isEmpty() && !to.isEmpty())
        parts << Text::tr("postcodes %1–%2").arg(from, to);
    else if (!from.isEmpty())
        parts << Text::tr("postcodes from %1").arg(from);
    else if (!to.isEmpty())
        parts << Text::tr("postcodes up to %1").arg(to);
    if (parts.isEmpty())
        return Text::tr("No rule yet: companies are assigned by hand");
    return parts.join(QStringLiteral(" · "));
}

} // namespace tandem
