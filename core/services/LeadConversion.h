// A qualified lead becomes an opportunity: a deal on a pipeline with its company and contact
// (found among existing ones or created), carrying every activity and document of the lead.
#pragma once

#include "util/Result.h"

#include <QList>
#include <QString>
#include <optional>

namespace tandem {

class Session;

struct ConversionMatch {
    QString id;
    QString label;
    QString reason; // translated ("same e-mail")
};

struct ConversionPlan {
    // Existing company to use; empty: create one from the lead's company_name (none if the lead
    // has no company name).
    QString companyId;
    // Existing contact to use; empty: create one from the lead's person fields (none if it has no
    // name or e-mail: a phone number alone stays on the lead).
    QString contactId;
    QString dealTitle; // empty: "<company> — <lead title>", or the lead's title without a company
    std::optional<qint64> amount; // minor units in the default currency
    QString pipelineId; // empty: default pipeline
    QString expectedClose; // yyyy-MM-dd or empty
};

struct ConversionProposal {
    ConversionPlan plan; // pre-filled with the best matches
    QList<ConversionMatch> companies; // existing companies that look like the lead's company
    QList<ConversionMatch> contacts; // existing contacts that look like the lead's person
};

struct ConversionResult {
    QString companyId, contactId, dealId;
    bool companyReused = false, contactReused = false;
    int activitiesMoved = 0, documentsMoved = 0;
};

namespace LeadConversion {
// Best first: the company/contact the lead already names, then duplicate detection's finds (same
// name; same e-mail, phone or similar name at the company), then the company of a found contact.
// Refused like convert() for lost and converted leads.
Result<ConversionProposal> propose(Session& session, const QString& leadId);
// One transaction: company and contact reused or created (contact linked to the company), a deal
// created through DealFlow::create with lead_id, company_id, contact_id, owner_id, source,
// campaign_id; every activity of the lead (activity.lead_id) gets deal_id/company_id/contact_id
// (lead_id kept; values it already has are kept); every attachment linked to the lead (entity
// "lead", record_id) moves to the deal; the lead's open first-contact task is marked done; the
// lead gets status converted, converted_at, company_id, contact_id, deal_id. Refused for lost
// leads (reopen first) and already-converted leads (message names the deal). A reused contact
// that belongs to no company gets the company.
Result<ConversionResult> convert(
    Session& session, const QString& leadId, const ConversionPlan& plan);
Result<ConversionResult> convert(Session& session, const QString& leadId); // with propose()'s plan
} // namespace LeadConversion

} // namespace tandem
