// A marketing campaign's responses and results: recording a response (a lead through the usual
// intake, matched to a known contact, with a follow-up task), importing attendees, and its figures.
#pragma once

#include "store/CampaignQueries.h"
#include "util/Result.h"

#include <QList>
#include <QString>
#include <optional>

namespace tandem {

class Session;

// Who responded (the response dialog's fields, the CLI's options, one CSV row).
struct ResponseDraft {
    QString firstName;
    QString lastName;
    QString email;
    QString phone;
    QString companyName;
    QString jobTitle;
    QString notes; // what they asked or said; kept in the lead's "needs"
};

// How a response was matched to what the database already holds.
enum class ResponseMatch {
    None, // a new person
    Email, // an existing contact with the same e-mail
    Phone, // … else the same phone
    NameCompany, // … else the same name at the same company
};

struct ResponseOutcome {
    QString leadId;
    bool alreadyResponded = false; // the person had responded to this campaign: no new lead
    ResponseMatch match = ResponseMatch::None;
    QString contactId; // the existing contact the lead is linked to
    QString companyId;
    QString taskId; // the follow-up task of the lead's owner (empty when alreadyResponded)
    QString message; // translated: what happened, for the CLI and the GUI
};

struct SkippedAttendee {
    int line = 0;
    QString label; // the person as written
    QString leadId; // the response that was there already (or earlier in the file)
    QString reason; // translated
};

struct AttendeeImport {
    QString fileName;
    int rows = 0;
    int created = 0; // new leads
    int matched = 0; // of those, linked to an existing contact
    int skipped = 0; // duplicates within the file or already responded
    QList<SkippedAttendee> skippedRows;
    QStringList leadIds; // the new leads, in file order
};

struct CampaignStats {
    QString campaignId;
    QString currency; // of revenue, cost and budget
    int responses = 0; // the campaign's leads, all time
    int untouched = 0; // of those, untouched (LeadQueries::untouchedCondition())
    int qualified = 0; // qualified or converted
    int deals = 0;
    int won = 0;
    qint64 revenue = 0; // won deals in `currency`, minor units
    std::optional<qint64> cost;
    std::optional<qint64> budget;
    std::optional<qint64> costPerLead; // cost ÷ responses, rounded; none without cost or leads
    std::optional<double> returnPercent; // 100 × (revenue − cost) ÷ cost; none without cost
    std::optional<qint64> goalLeads;
    std::optional<qint64> goalRevenue;
    // 0–100+ of the goals; none without a goal.
    std::optional<double> leadsProgress() const;
    std::optional<double> revenueProgress() const;
};

namespace Campaigns {
// Records that someone responded to the campaign, in one transaction: a lead (source "campaign",
// campaign_id) made by LeadIntake::create (routing, first-contact due, the owner told), linked to
// the existing contact with the same e-mail, else phone, else name at the same company, and a
// follow-up task for its owner due at the lead's first-contact due (else in two working days).
// Someone who already responded to this campaign (same e-mail, phone, or name and company) is not
// a second lead: the outcome names the existing one, alreadyResponded set.
Result<ResponseOutcome> recordResponse(
    Session& session, const QString& campaignId, const ResponseDraft& draft);
// Records every row of a CSV of attendees (header row; first name, last name, e-mail, phone,
// company, job title recognised as for contacts) as responses, in ONE transaction: a bad row
// refuses the whole file with an Error naming the file, the line and the field, and nothing is
// written. Duplicates within the file and people who already responded are skipped and listed.
Result<AttendeeImport> importAttendees(
    Session& session, const QString& campaignId, const QString& csvPath);
// The campaign's figures, all time, with the definitions of the Campaigns report.
Result<CampaignStats> stats(Session& session, const QString& campaignId);
// The campaign's responses, newest first.
Result<QList<CampaignResponseRow>> responses(Session& session, const QString& campaignId);
} // namespace Campaigns

} // namespace tandem
