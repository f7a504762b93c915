#include "services/LeadConversion.h"

#include "io/ImportLookups.h"
#include "services/DealFlow.h"
#include "services/DuplicateIndex.h"
#include "services/Duplicates.h"
#include "services/LeadIntake.h"
#include "store/DuplicateKeys.h"
#include "store/Session.h"
#include "store/Transaction.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <algorithm>

namespace tandem {

namespace {

const QString kLead = QStringLiteral("lead");
const QString kCompany = QStringLiteral("company");
const QString kContact = QStringLiteral("contact");

QString text(const Record& r, const char* field)
{
    return r.text(QLatin1String(field)).trimmed();
}

// The lead, if it can still be converted.
Result<Record> convertible(Session& session, const QString& leadId)
{
    const RecordStore& rs = session.records();
    const auto lead = rs.get(kLead, leadId);
    if (!lead)
        return Error { QCoreApplication::translate("LeadConversion", "There is no lead with id %1.")
                           .arg(leadId),
            {}, 0, kLead };
    const QString status = text(*lead, "status");
    const QString name = LeadIntake::label(lead->fields);
    if (status == QLatin1String("converted"))
        return makeError(
            QCoreApplication::translate(
                "LeadConversion", "“%1” was already converted to the deal “%2”.")
                .arg(name, rs.labelOf(QStringLiteral("deal"), text(*lead, "deal_id"))));
    if (status == QLatin1String("lost")) {
        const QString reason = text(*lead, "lost_reason");
        if (reason.isEmpty())
            return makeError(QCoreApplication::translate(
                "LeadConversion", "“%1” was lost. Reopen it before converting it.")
                                 .arg(name));
        return makeError(QCoreApplication::translate(
            "LeadConversion", "“%1” was lost (%2). Reopen it before converting it.")
                             .arg(name, reason));
    }
    return *lead;
}

bool hasMatch(const QList<ConversionMatch>& list, const QString& id)
{
    return std::any_of(
        list.begin(), list.end(), [&](const ConversionMatch& m) { return m.id == id; });
}

QString defaultTitle(const Record& lead, const QString& companyName)
{
    const QString title = text(lead, "title");
    if (title.isEmpty())
        return companyName.isEmpty() ? LeadIntake::label(lead.fields) : companyName;
    if (companyName.isEmpty())
        return title;
    return companyName + QStringLiteral(" — ") + title;
}

Result<void> findCompanies(Session& session, const Record& lead, QList<ConversionMatch>& out)
{
    const RecordStore& rs = session.records();
    if (const auto linked = rs.get(kCompany, text(lead, "company_id")))
        out << ConversionMatch { linked->id, rs.label(*linked),
            QCoreApplication::translate("LeadConversion", "named on the lead") };
    const QString key = ReferenceIndex::labelKey(text(lead, "company_name"));
    if (key.isEmpty())
        return {};
    auto companies = DuplicateKeys::companies(session.database());
    if (!companies)
        return companies.error();
    const QString reason = duplicateReasonTexts(SameName).join(QStringLiteral(", "));
    for (const CompanyKeys& c : *companies) {
        if (ReferenceIndex::labelKey(c.name) == key && !hasMatch(out, c.id))
            out << ConversionMatch { c.id, c.name, reason };
    }
    return {};
}

Result<void> findContacts(
    Session& session, const Record& lead, const QString& companyId, QList<ConversionMatch>& out)
{
    const RecordStore& rs = session.records();
    if (const auto linked = rs.get(kContact, text(lead, "contact_id")))
        out << ConversionMatch { linked->id, rs.label(*linked),
            QCoreApplication::translate("LeadConversion", "named on the lead") };
    QVariantMap probe;
    for (const char* field : { "first_name", "last_name", "email", "phone" }) {
        if (!text(lead, field).isEmpty())
            probe.insert(QLatin1String(field), text(lead, field));
    }
    if (probe.isEmpty())
        return {};
    if (!companyId.isEmpty())
        probe.insert(QStringLiteral("company_id"), companyId);
    auto candidates = Duplicates::candidatesFor(session, probe);
    if (!candidates)
        return candidates.error();
    for (const DuplicateCandidate& c : *candidates) {
        if (!hasMatch(out, c.id))
            out << ConversionMatch { c.id, c.label, c.reasons.join(QStringLiteral(", ")) };
    }
    return {};
}

} // namespace

Result<ConversionProposal> LeadConversion::propose(Session& session, const QString& leadId)
{
    auto lead = convertible(session, leadId);
    if (!lead)
        return lead.error();
    const RecordStore& rs = session.records();
    ConversionProposal p;
    if (auto r = findCompanies(session, *lead, p.companies); !r)
        return r.error();
    if (auto r = findContacts(session, *lead, p.companies.value(0).id, p.contacts); !r)
        return r.error();
    // The person is known at a company under another name: that company is a good guess too.
    if (!p.contacts.isEmpty()) {
        const auto contact = rs.get(kContact, p.contacts.first().id);
        const QString companyId = contact ? text(*contact, "company_id") : QString();
        if (!companyId.isEmpty() && !hasMatch(p.companies, companyId)) {
            if (const auto company = rs.get(kCompany, companyId))
                p.companies << ConversionMatch { company->id, rs.label(*company),
                    QCoreApplication::translate("LeadConversion", "where %1 works")
                        .arg(p.contacts.first().label) };
        }
    }
    p.plan.companyId = p.companies.value(0).id;
    p.plan.contactId = p.contacts.value(0).id;
    p.plan.dealTitle = defaultTitle(
        *lead, p.companies.isEmpty() ? text(*lead, "company_name") : p.companies.first().label);
    return p;
}

Result<ConversionResult> LeadConversion::convert(Session& session, const QString& leadId)
{
    auto proposal = propose(session, leadId);
    if (!proposal)
        return proposal.error();
    return convert(session, leadId, proposal->plan);
}

Result<ConversionResult> LeadConversion::convert(
    Session& session, const QString& leadId, const ConversionPlan& plan)
{
    auto leadR = convertible(session, leadId);
    if (!leadR)
        return leadR.error();
    const Record lead = *leadR;
    RecordStore& rs = session.records();
    std::optional<Record> company, contact;
    if (!plan.companyId.isEmpty() && !(company = rs.get(kCompany, plan.companyId)))
        return Error { QCoreApplication::translate(
                           "LeadConversion", "There is no company with id %1.")
                           .arg(plan.companyId),
            {}, 0, QStringLiteral("company_id") };
    if (!plan.contactId.isEmpty() && !(contact = rs.get(kContact, plan.contactId)))
        return Error { QCoreApplication::translate(
                           "LeadConversion", "There is no contact with id %1.")
                           .arg(plan.contactId),
            {}, 0, QStringLiteral("contact_id") };

    const QString ownerId
        = text(lead, "owner_id").isEmpty() ? session.currentUserId() : text(lead, "owner_id");
    auto withOwner = [&](QVariantMap values) {
        if (!ownerId.isEmpty())
            values.insert(QStringLiteral("owner_id"), ownerId);
        return values;
    };
    ConversionResult out;
    Transaction tx(session.database());

    if (company) {
        out.companyId = company->id;
        out.companyReused = true;
    } else if (!text(lead, "company_name").isEmpty()) {
        QVariantMap values = withOwner({ { QStringLiteral("name"), text(lead, "company_name") },
            { QStringLiteral("status"), QStringLiteral("prospect") } });
        for (const char* field : { "industry", "territory_id" }) {
            if (!text(lead, field).isEmpty())
                values.insert(QLatin1String(field), text(lead, field));
        }
        auto id = rs.create(kCompany, values);
        if (!id)
            return id.error();
        out.companyId = *id;
    }

    if (contact) {
        out.contactId = contact->id;
        out.contactReused = true;
        if (text(*contact, "company_id").isEmpty() && !out.companyId.isEmpty()) {
            if (auto r = rs.update(
                    kContact, contact->id, { { QStringLiteral("company_id"), out.companyId } });
                !r)
                return r.error();
        }
    } else if (!text(lead, "first_name").isEmpty() || !text(lead, "last_name").isEmpty()
        || !text(lead, "email").isEmpty()) {
        QVariantMap values = withOwner({});
        for (const char* field : { "first_name", "last_name", "email", "phone" }) {
            if (!text(lead, field).isEmpty())
                values.insert(QLatin1String(field), text(lead, field));
        }
        if (!out.companyId.isEmpty())
            values.insert(QStringLiteral("company_id"), out.companyId);
        auto id = rs.create(kContact, values);
        if (!id)
            return id.error();
        out.contactId = *id;
    }

    QString title = plan.dealTitle.trimmed();
    if (title.isEmpty())
        title = defaultTitle(
            lead, out.companyId.isEmpty() ? QString() : rs.labelOf(kCompany, out.companyId));
    QVariantMap deal
        = withOwner({ { QStringLiteral("title"), title }, { QStringLiteral("lead_id"), lead.id } });
    const std::pair<const char*, QString> dealFields[] = { { "company_id", out.companyId },
        { "contact_id", out.contactId }, { "source", text(lead, "source") },
        { "campaign_id", text(lead, "campaign_id") }, { "pipeline_id", plan.pipelineId.trimmed() },
        { "expected_close", plan.expectedClose.trimmed() } };
    for (const auto& [field, value] : dealFields) {
        if (!value.isEmpty())
            deal.insert(QLatin1String(field), value);
    }
    if (plan.amount)
        deal.insert(QStringLiteral("amount"), *plan.amount);
    auto dealId = DealFlow::create(session, deal);
    if (!dealId)
        return dealId.error();
    out.dealId = *dealId;

    // The lead's history goes with it: activities point at the deal and its people as well.
    const auto firstContact = LeadIntake::firstContactTask(session, lead);
    ListQuery ofLead;
    ofLead.where << qMakePair(QStringLiteral("lead_id"), QVariant(lead.id));
    auto activities = rs.list(QStringLiteral("activity"), ofLead);
    if (!activities)
        return activities.error();
    const QDateTime now = session.clock().nowUtc();
    for (const Record& a : *activities) {
        QVariantMap changes;
        const std::pair<const char*, QString> links[] = { { "deal_id", out.dealId },
            { "company_id", out.companyId }, { "contact_id", out.contactId } };
        for (const auto& [field, value] : links) {
            if (!value.isEmpty() && text(a, field).isEmpty())
                changes.insert(QLatin1String(field), value);
        }
        if (firstContact && a.id == firstContact->id && !a.value(QStringLiteral("done")).toBool()) {
            changes.insert(QStringLiteral("done"), true);
            changes.insert(QStringLiteral("done_at"), now);
        }
        if (changes.isEmpty())
            continue;
        if (auto r = rs.update(QStringLiteral("activity"), a.id, changes); !r)
            return r.error();
        ++out.activitiesMoved;
    }

    ListQuery linked;
    linked.where << qMakePair(QStringLiteral("entity"), QVariant(kLead))
                 << qMakePair(QStringLiteral("record_id"), QVariant(lead.id));
    auto documents = rs.list(QStringLiteral("attachment"), linked);
    if (!documents)
        return documents.error();
    for (const Record& d : *documents) {
        if (auto r = rs.update(QStringLiteral("attachment"), d.id,
                { { QStringLiteral("entity"), QStringLiteral("deal") },
                    { QStringLiteral("record_id"), out.dealId } });
            !r)
            return r.error();
        ++out.documentsMoved;
    }

    QVariantMap leadChanges { { QStringLiteral("status"), QStringLiteral("converted") },
        { QStringLiteral("converted_at"), now }, { QStringLiteral("deal_id"), out.dealId } };
    if (!out.companyId.isEmpty())
        leadChanges.insert(QStringLiteral("company_id"), out.companyId);
    if (!out.contactId.isEmpty())
        leadChanges.insert(QStringLiteral("contact_id"), out.contactId);
    if (auto r = rs.update(kLead, lead.id, leadChanges); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return out;
}

} // namespace tandem
