// Entity definitions: leads, pipelines, deals and the sales process around them.
#include "domain/EntityBuilders.h"

namespace tandem::detail {

void addSalesEntities(QList<EntityDef>& list)
{
    {
        EntityDef e;
        e.name = QStringLiteral("lead");
        e.table = QStringLiteral("lead");
        e.singular = QT_TRANSLATE_NOOP("Entity", "Lead");
        e.plural = QT_TRANSLATE_NOOP("Entity", "Leads");
        e.labelFields = { QStringLiteral("title") };
        e.detailFields = { QStringLiteral("company_name"), QStringLiteral("source"),
            QStringLiteral("status") };
        e.requiredAnyOf = { QStringLiteral("title"), QStringLiteral("last_name"),
            QStringLiteral("company_name"), QStringLiteral("email") };
        e.listColumns = { QStringLiteral("title"), QStringLiteral("company_name"),
            QStringLiteral("source"), QStringLiteral("status"), QStringLiteral("owner_id") };
        e.searchable = true;
        e.fields = {
            field("title", QT_TRANSLATE_NOOP("Field", "Title"), FieldType::Text, Searchable),
            field("first_name", QT_TRANSLATE_NOOP("Field", "First name"), FieldType::Text,
                Searchable),
            field(
                "last_name", QT_TRANSLATE_NOOP("Field", "Last name"), FieldType::Text, Searchable),
            field("company_name", QT_TRANSLATE_NOOP("Field", "Company name"), FieldType::Text,
                Searchable),
            field("email", QT_TRANSLATE_NOOP("Field", "E-mail"), FieldType::Email, Searchable),
            field("phone", QT_TRANSLATE_NOOP("Field", "Phone"), FieldType::Phone, Searchable),
            choice("source", QT_TRANSLATE_NOOP("Field", "Source"),
                "web_form|call|event|referral|campaign|cold_call|partner|other", 0),
            ref("campaign_id", QT_TRANSLATE_NOOP("Field", "Campaign"), "campaign", 0),
            choice("status", QT_TRANSLATE_NOOP("Field", "Status"),
                "new|contacted|qualified|lost|converted", 0),
            field("lost_reason", QT_TRANSLATE_NOOP("Field", "Lost reason"), FieldType::Text, 0),
            field("industry", QT_TRANSLATE_NOOP("Field", "Industry"), FieldType::Text, 0),
            field("needs", QT_TRANSLATE_NOOP("Field", "Needs"), FieldType::LongText, 0),
            field("qualification", QT_TRANSLATE_NOOP("Field", "Qualification answers"),
                FieldType::LongText, 0),
            ref("owner_id", QT_TRANSLATE_NOOP("Field", "Owner"), "user", 0),
            ref("territory_id", QT_TRANSLATE_NOOP("Field", "Territory"), "territory", 0),
            ref("company_id", QT_TRANSLATE_NOOP("Field", "Company"), "company", 0),
            ref("contact_id", QT_TRANSLATE_NOOP("Field", "Contact"), "contact", 0),
            ref("deal_id", QT_TRANSLATE_NOOP("Field", "Deal"), "deal", 0),
            field(
                "converted_at", QT_TRANSLATE_NOOP("Field", "Converted at"), FieldType::DateTime, 0),
            field("first_contact_due", QT_TRANSLATE_NOOP("Field", "First contact due"),
                FieldType::DateTime, 0),
        };
        list.push_back(std::move(e));
    }
    {
        EntityDef e;
        e.name = QStringLiteral("pipeline");
        e.table = QStringLiteral("pipeline");
        e.singular = QT_TRANSLATE_NOOP("Entity", "Pipeline");
        e.plural = QT_TRANSLATE_NOOP("Entity", "Pipelines");
        e.labelFields = { QStringLiteral("name") };
        e.listColumns
            = { QStringLiteral("name"), QStringLiteral("position"), QStringLiteral("is_default") };
        e.fields = {
            field("name", QT_TRANSLATE_NOOP("Field", "Name"), FieldType::Text, Required),
            field("position", QT_TRANSLATE_NOOP("Field", "Position"), FieldType::Integer, 0),
            field("is_default", QT_TRANSLATE_NOOP("Field", "Default"), FieldType::Bool, 0),
        };
        list.push_back(std::move(e));
    }
    {
        EntityDef e;
        e.name = QStringLiteral("stage");
        e.table = QStringLiteral("stage");
        e.singular = QT_TRANSLATE_NOOP("Entity", "Stage");
        e.plural = QT_TRANSLATE_NOOP("Entity", "Stages");
        e.labelFields = { QStringLiteral("name") };
        e.listColumns = { QStringLiteral("pipeline_id"), QStringLiteral("position"),
            QStringLiteral("name"), QStringLiteral("probability"), QStringLiteral("kind") };
        e.fields = {
            ref("pipeline_id", QT_TRANSLATE_NOOP("Field", "Pipeline"), "pipeline", Required),
            field("name", QT_TRANSLATE_NOOP("Field", "Name"), FieldType::Text, Required),
            field("position", QT_TRANSLATE_NOOP("Field", "Position"), FieldType::Integer, 0),
            field(
                "probability", QT_TRANSLATE_NOOP("Field", "Probability %"), FieldType::Integer, 0),
            choice("kind", QT_TRANSLATE_NOOP("Field", "Kind"), "open|won|lost", 0),
            field("stall_days", QT_TRANSLATE_NOOP("Field", "Stalled after days"),
                FieldType::Integer, 0),
            field("requires_checklist", QT_TRANSLATE_NOOP("Field", "Requires checklist"),
                FieldType::Bool, 0),
        };
        list.push_back(std::move(e));
    }
    {
        EntityDef e;
        e.name = QStringLiteral("deal");
        e.table = QStringLiteral("deal");
        e.singular = QT_TRANSLATE_NOOP("Entity", "Deal");
        e.plural = QT_TRANSLATE_NOOP("Entity", "Deals");
        e.labelFields = { QStringLiteral("title") };
        e.detailFields = { QStringLiteral("company_id"), QStringLiteral("status"),
            QStringLiteral("expected_close") };
        e.listColumns = { QStringLiteral("title"), QStringLiteral("company_id"),
            QStringLiteral("stage_id"), QStringLiteral("amount"), QStringLiteral("status"),
            QStringLiteral("expected_close"), QStringLiteral("owner_id") };
        e.searchable = true;
        e.fields = {
            field("title", QT_TRANSLATE_NOOP("Field", "Title"), FieldType::Text,
                Required | Searchable),
            ref("company_id", QT_TRANSLATE_NOOP("Field", "Company"), "company", 0),
            ref("contact_id", QT_TRANSLATE_NOOP("Field", "Contact"), "contact", 0),
            ref("pipeline_id", QT_TRANSLATE_NOOP("Field", "Pipeline"), "pipeline", 0),
            ref("stage_id", QT_TRANSLATE_NOOP("Field", "Stage"), "stage", 0),
            field("amount", QT_TRANSLATE_NOOP("Field", "Amount"), FieldType::Money, 0),
            field("currency", QT_TRANSLATE_NOOP("Field", "Currency"), FieldType::Text, 0),
            ref("owner_id", QT_TRANSLATE_NOOP("Field", "Owner"), "user", 0),
            field(
                "expected_close", QT_TRANSLATE_NOOP("Field", "Expected close"), FieldType::Date, 0),
            choice("status", QT_TRANSLATE_NOOP("Field", "Status"), "open|won|lost", 0),
            field("lost_reason", QT_TRANSLATE_NOOP("Field", "Lost reason"), FieldType::Text, 0),
            ref("competitor_id", QT_TRANSLATE_NOOP("Field", "Competitor"), "competitor", 0),
            field("won_at", QT_TRANSLATE_NOOP("Field", "Won at"), FieldType::DateTime, 0),
            field("lost_at", QT_TRANSLATE_NOOP("Field", "Lost at"), FieldType::DateTime, 0),
            field("stage_entered_at", QT_TRANSLATE_NOOP("Field", "In stage since"),
                FieldType::DateTime, 0),
            ref("lead_id", QT_TRANSLATE_NOOP("Field", "Lead"), "lead", 0),
            field("source", QT_TRANSLATE_NOOP("Field", "Source"), FieldType::Text, 0),
            ref("campaign_id", QT_TRANSLATE_NOOP("Field", "Campaign"), "campaign", 0),
            field("next_step", QT_TRANSLATE_NOOP("Field", "Next step"), FieldType::Text, 0),
        };
        list.push_back(std::move(e));
    }
    {
        EntityDef e;
        e.name = QStringLiteral("playbook_action");
        e.table = QStringLiteral("playbook_action");
        e.singular = QT_TRANSLATE_NOOP("Entity", "Playbook action");
        e.plural = QT_TRANSLATE_NOOP("Entity", "Playbook actions");
        e.labelFields = { QStringLiteral("title") };
        e.listColumns = { QStringLiteral("stage_id"), QStringLiteral("position"),
            QStringLiteral("title"), QStringLiteral("deadline_days") };
        e.fields = {
            ref("stage_id", QT_TRANSLATE_NOOP("Field", "Stage"), "stage", Required),
            field("title", QT_TRANSLATE_NOOP("Field", "Title"), FieldType::Text, Required),
            field(
                "instructions", QT_TRANSLATE_NOOP("Field", "Instructions"), FieldType::LongText, 0),
            field("deadline_days", QT_TRANSLATE_NOOP("Field", "Deadline (days)"),
                FieldType::Integer, 0),
            field("hard_deadline", QT_TRANSLATE_NOOP("Field", "Hard deadline"), FieldType::Bool, 0),
            field("assignee_role", QT_TRANSLATE_NOOP("Field", "Done by"), FieldType::Text, 0),
            ref("assignee_id", QT_TRANSLATE_NOOP("Field", "Done by (person)"), "user", 0),
            choice("creates_case", QT_TRANSLATE_NOOP("Field", "Opens a case"),
                "delivery|request|question|complaint", 0),
            field("template", QT_TRANSLATE_NOOP("Field", "Document template"), FieldType::Text, 0),
            field("escalate_after_days", QT_TRANSLATE_NOOP("Field", "Escalate after days"),
                FieldType::Integer, 0),
            field("required", QT_TRANSLATE_NOOP("Field", "Required"), FieldType::Bool, 0),
            field("condition", QT_TRANSLATE_NOOP("Field", "Condition"), FieldType::Text, 0),
            field("position", QT_TRANSLATE_NOOP("Field", "Position"), FieldType::Integer, 0),
        };
        list.push_back(std::move(e));
    }
    {
        EntityDef e;
        e.name = QStringLiteral("lost_reason");
        e.table = QStringLiteral("lost_reason");
        e.singular = QT_TRANSLATE_NOOP("Entity", "Lost reason");
        e.plural = QT_TRANSLATE_NOOP("Entity", "Lost reasons");
        e.labelFields = { QStringLiteral("name") };
        e.listColumns = { QStringLiteral("name"), QStringLiteral("applies_to") };
        e.fields = {
            field("name", QT_TRANSLATE_NOOP("Field", "Name"), FieldType::Text, Required),
            choice("applies_to", QT_TRANSLATE_NOOP("Field", "Applies to"), "lead|deal|both", 0),
            field("position", QT_TRANSLATE_NOOP("Field", "Position"), FieldType::Integer, 0),
        };
        list.push_back(std::move(e));
    }
    {
        EntityDef e;
        e.name = QStringLiteral("competitor");
        e.table = QStringLiteral("competitor");
        e.singular = QT_TRANSLATE_NOOP("Entity", "Competitor");
        e.plural = QT_TRANSLATE_NOOP("Entity", "Competitors");
        e.labelFields = { QStringLiteral("name") };
        e.listColumns = { QStringLiteral("name"), QStringLiteral("website") };
        e.fields = {
            field("name", QT_TRANSLATE_NOOP("Field", "Name"), FieldType::Text, Required),
            field("website", QT_TRANSLATE_NOOP("Field", "Website"), FieldType::Url, 0),
            field("strengths", QT_TRANSLATE_NOOP("Field", "Strengths"), FieldType::LongText, 0),
            field("weaknesses", QT_TRANSLATE_NOOP("Field", "Weaknesses"), FieldType::LongText, 0),
            field(
                "price_notes", QT_TRANSLATE_NOOP("Field", "Price points"), FieldType::LongText, 0),
            field("notes", QT_TRANSLATE_NOOP("Field", "Notes"), FieldType::LongText, 0),
        };
        list.push_back(std::move(e));
    }
    {
        EntityDef e;
        e.name = QStringLiteral("target");
        e.table = QStringLiteral("target");
        e.singular = QT_TRANSLATE_NOOP("Entity", "Target");
        e.plural = QT_TRANSLATE_NOOP("Entity", "Targets");
        e.labelFields = { QStringLiteral("period_start") };
        e.listColumns = { QStringLiteral("user_id"), QStringLiteral("team_id"),
            QStringLiteral("period_start"), QStringLiteral("period"), QStringLiteral("revenue") };
        e.fields = {
            ref("user_id", QT_TRANSLATE_NOOP("Field", "User"), "user", 0),
            ref("team_id", QT_TRANSLATE_NOOP("Field", "Team"), "team", 0),
            field("period_start", QT_TRANSLATE_NOOP("Field", "Period start"), FieldType::Date,
                Required),
            choice("period", QT_TRANSLATE_NOOP("Field", "Period"), "month|quarter|year", 0),
            field("revenue", QT_TRANSLATE_NOOP("Field", "Revenue"), FieldType::Money, 0),
            field("currency", QT_TRANSLATE_NOOP("Field", "Currency"), FieldType::Text, 0),
            field("deals", QT_TRANSLATE_NOOP("Field", "New deals"), FieldType::Integer, 0),
            field("activities", QT_TRANSLATE_NOOP("Field", "Activities"), FieldType::Integer, 0),
        };
        list.push_back(std::move(e));
    }
    {
        EntityDef e;
        e.name = QStringLiteral("routing_rule");
        e.table = QStringLiteral("routing_rule");
        e.singular = QT_TRANSLATE_NOOP("Entity", "Routing rule");
        e.plural = QT_TRANSLATE_NOOP("Entity", "Routing rules");
        e.labelFields = { QStringLiteral("name") };
        e.listColumns
            = { QStringLiteral("position"), QStringLiteral("name"), QStringLiteral("method"),
                  QStringLiteral("user_id"), QStringLiteral("team_id"), QStringLiteral("active") };
        e.fields = {
            field("name", QT_TRANSLATE_NOOP("Field", "Name"), FieldType::Text, Required),
            field("position", QT_TRANSLATE_NOOP("Field", "Position"), FieldType::Integer, 0),
            field("active", QT_TRANSLATE_NOOP("Field", "Active"), FieldType::Bool, 0),
            choice("match_source", QT_TRANSLATE_NOOP("Field", "When the source is"),
                "web_form|call|event|referral|campaign|cold_call|partner|other", 0),
            field("match_industry", QT_TRANSLATE_NOOP("Field", "When the industry is"),
                FieldType::Text, 0),
            ref("match_territory_id", QT_TRANSLATE_NOOP("Field", "When the territory is"),
                "territory", 0),
            choice("method", QT_TRANSLATE_NOOP("Field", "Assign to"),
                "user|territory_owner|round_robin|least_loaded", Required),
            ref("user_id", QT_TRANSLATE_NOOP("Field", "User"), "user", 0),
            ref("team_id", QT_TRANSLATE_NOOP("Field", "Team"), "team", 0),
        };
        list.push_back(std::move(e));
    }
    {
        EntityDef e;
        e.name = QStringLiteral("campaign");
        e.table = QStringLiteral("campaign");
        e.singular = QT_TRANSLATE_NOOP("Entity", "Campaign");
        e.plural = QT_TRANSLATE_NOOP("Entity", "Campaigns");
        e.labelFields = { QStringLiteral("name") };
        e.listColumns = { QStringLiteral("name"), QStringLiteral("kind"),
            QStringLiteral("starts_on"), QStringLiteral("ends_on"), QStringLiteral("status") };
        e.fields = {
            field("name", QT_TRANSLATE_NOOP("Field", "Name"), FieldType::Text, Required),
            choice("kind", QT_TRANSLATE_NOOP("Field", "Kind"),
                "event|seminar|mailing|web|ads|other", 0),
            field("starts_on", QT_TRANSLATE_NOOP("Field", "Starts on"), FieldType::Date, 0),
            field("ends_on", QT_TRANSLATE_NOOP("Field", "Ends on"), FieldType::Date, 0),
            field("budget", QT_TRANSLATE_NOOP("Field", "Budget"), FieldType::Money, 0),
            field("cost", QT_TRANSLATE_NOOP("Field", "Cost"), FieldType::Money, 0),
            field("currency", QT_TRANSLATE_NOOP("Field", "Currency"), FieldType::Text, 0),
            ref("segment_id", QT_TRANSLATE_NOOP("Field", "Segment"), "segment", 0),
            field("goal_leads", QT_TRANSLATE_NOOP("Field", "Goal: leads"), FieldType::Integer, 0),
            field("goal_revenue", QT_TRANSLATE_NOOP("Field", "Goal: revenue"), FieldType::Money, 0),
            ref("owner_id", QT_TRANSLATE_NOOP("Field", "Owner"), "user", 0),
            choice("status", QT_TRANSLATE_NOOP("Field", "Status"), "planned|active|finished", 0),
        };
        list.push_back(std::move(e));
    }
}

} // namespace tandem::detail
