// Entity definitions: activities, tasks, products, quotes, cases and documents.
#include "domain/EntityBuilders.h"

namespace tandem::detail {

void addWorkEntities(QList<EntityDef>& list)
{
    {
        EntityDef e;
        e.name = QStringLiteral("activity");
        e.table = QStringLiteral("activity");
        e.singular = QT_TRANSLATE_NOOP("Entity", "Activity");
        e.plural = QT_TRANSLATE_NOOP("Entity", "Activities");
        e.labelFields = { QStringLiteral("subject") };
        e.listColumns = { QStringLiteral("kind"), QStringLiteral("subject"),
            QStringLiteral("starts_at"), QStringLiteral("due_at"), QStringLiteral("done"),
            QStringLiteral("owner_id"), QStringLiteral("contact_id") };
        e.fields = {
            choice("kind", QT_TRANSLATE_NOOP("Field", "Kind"), "call|meeting|email|note|task",
                Required),
            field("subject", QT_TRANSLATE_NOOP("Field", "Subject"), FieldType::Text, 0),
            field("notes", QT_TRANSLATE_NOOP("Field", "Notes"), FieldType::LongText, 0),
            field("starts_at", QT_TRANSLATE_NOOP("Field", "Starts"), FieldType::DateTime, 0),
            field("ends_at", QT_TRANSLATE_NOOP("Field", "Ends"), FieldType::DateTime, 0),
            field("due_at", QT_TRANSLATE_NOOP("Field", "Due"), FieldType::DateTime, 0),
            field("all_day", QT_TRANSLATE_NOOP("Field", "All day"), FieldType::Bool, 0),
            field("done", QT_TRANSLATE_NOOP("Field", "Done"), FieldType::Bool, 0),
            field("done_at", QT_TRANSLATE_NOOP("Field", "Done at"), FieldType::DateTime, 0),
            field("outcome", QT_TRANSLATE_NOOP("Field", "Outcome"), FieldType::Text, 0),
            field("next_step", QT_TRANSLATE_NOOP("Field", "Next step"), FieldType::Text, 0),
            choice("priority", QT_TRANSLATE_NOOP("Field", "Priority"), "low|normal|high", 0),
            ref("owner_id", QT_TRANSLATE_NOOP("Field", "Owner"), "user", 0),
            ref("contact_id", QT_TRANSLATE_NOOP("Field", "Contact"), "contact", 0),
            ref("company_id", QT_TRANSLATE_NOOP("Field", "Company"), "company", 0),
            ref("deal_id", QT_TRANSLATE_NOOP("Field", "Deal"), "deal", 0),
            ref("lead_id", QT_TRANSLATE_NOOP("Field", "Lead"), "lead", 0),
            ref("case_id", QT_TRANSLATE_NOOP("Field", "Case"), "case", 0),
            field("location", QT_TRANSLATE_NOOP("Field", "Location"), FieldType::Text, 0),
            field("rrule", QT_TRANSLATE_NOOP("Field", "Recurrence"), FieldType::Text, 0),
            field("reminder_minutes", QT_TRANSLATE_NOOP("Field", "Reminder (minutes before)"),
                FieldType::Integer, 0),
            choice("visibility", QT_TRANSLATE_NOOP("Field", "Visibility"), "team|private", 0),
            ref("playbook_action_id", QT_TRANSLATE_NOOP("Field", "Playbook action"),
                "playbook_action", 0),
            field("time_zone", QT_TRANSLATE_NOOP("Field", "Time zone"), FieldType::Text, 0),
            field("exdates", QT_TRANSLATE_NOOP("Field", "Skipped occurrences"), FieldType::Text,
                Internal),
            field("uid", QT_TRANSLATE_NOOP("Field", "Calendar UID"), FieldType::Text, Internal),
        };
        list.push_back(std::move(e));
    }
    {
        EntityDef e;
        e.name = QStringLiteral("task");
        e.table = QStringLiteral("activity");
        e.singular = QT_TRANSLATE_NOOP("Entity", "Task");
        e.plural = QT_TRANSLATE_NOOP("Entity", "Tasks");
        e.labelFields = { QStringLiteral("subject") };
        e.listColumns = { QStringLiteral("subject"), QStringLiteral("due_at"),
            QStringLiteral("priority"), QStringLiteral("done"), QStringLiteral("owner_id") };
        e.fixedField = QStringLiteral("kind");
        e.fixedValue = QStringLiteral("task");
        e.fields = list.back().fields; // the activity table, seen through kind = task
        list.push_back(std::move(e));
    }
    {
        EntityDef e;
        e.name = QStringLiteral("participant");
        e.table = QStringLiteral("participant");
        e.singular = QT_TRANSLATE_NOOP("Entity", "Participant");
        e.plural = QT_TRANSLATE_NOOP("Entity", "Participants");
        e.labelFields = { QStringLiteral("user_id"), QStringLiteral("contact_id") };
        e.listColumns = { QStringLiteral("activity_id"), QStringLiteral("user_id"),
            QStringLiteral("contact_id"), QStringLiteral("response") };
        e.fields = {
            ref("activity_id", QT_TRANSLATE_NOOP("Field", "Activity"), "activity", Required),
            ref("user_id", QT_TRANSLATE_NOOP("Field", "User"), "user", 0),
            ref("contact_id", QT_TRANSLATE_NOOP("Field", "Contact"), "contact", 0),
            choice("response", QT_TRANSLATE_NOOP("Field", "Response"),
                "needs_action|accepted|declined|tentative", 0),
        };
        list.push_back(std::move(e));
    }
    {
        EntityDef e;
        e.name = QStringLiteral("product");
        e.table = QStringLiteral("product");
        e.singular = QT_TRANSLATE_NOOP("Entity", "Product");
        e.plural = QT_TRANSLATE_NOOP("Entity", "Products");
        e.labelFields = { QStringLiteral("name") };
        e.detailFields = { QStringLiteral("sku"), QStringLiteral("category") };
        e.listColumns = { QStringLiteral("sku"), QStringLiteral("name"), QStringLiteral("unit"),
            QStringLiteral("price"), QStringLiteral("vat_rate") };
        e.fields = {
            field("name", QT_TRANSLATE_NOOP("Field", "Name"), FieldType::Text, Required),
            field("sku", QT_TRANSLATE_NOOP("Field", "SKU"), FieldType::Text, 0),
            field("description", QT_TRANSLATE_NOOP("Field", "Description"), FieldType::LongText, 0),
            field("unit", QT_TRANSLATE_NOOP("Field", "Unit"), FieldType::Text, 0),
            field("price", QT_TRANSLATE_NOOP("Field", "Price"), FieldType::Money, 0),
            field("currency", QT_TRANSLATE_NOOP("Field", "Currency"), FieldType::Text, 0),
            field("vat_rate", QT_TRANSLATE_NOOP("Field", "VAT %"), FieldType::Decimal2, 0),
            field("category", QT_TRANSLATE_NOOP("Field", "Category"), FieldType::Text, 0),
            field("active", QT_TRANSLATE_NOOP("Field", "Active"), FieldType::Bool, 0),
        };
        list.push_back(std::move(e));
    }
    {
        EntityDef e;
        e.name = QStringLiteral("price_list");
        e.table = QStringLiteral("price_list");
        e.singular = QT_TRANSLATE_NOOP("Entity", "Price list");
        e.plural = QT_TRANSLATE_NOOP("Entity", "Price lists");
        e.labelFields = { QStringLiteral("name") };
        e.listColumns = { QStringLiteral("name"), QStringLiteral("currency"),
            QStringLiteral("valid_from"), QStringLiteral("valid_to") };
        e.fields = {
            field("name", QT_TRANSLATE_NOOP("Field", "Name"), FieldType::Text, Required),
            field("currency", QT_TRANSLATE_NOOP("Field", "Currency"), FieldType::Text, 0),
            field("valid_from", QT_TRANSLATE_NOOP("Field", "Valid from"), FieldType::Date, 0),
            field("valid_to", QT_TRANSLATE_NOOP("Field", "Valid to"), FieldType::Date, 0),
        };
        list.push_back(std::move(e));
    }
    {
        EntityDef e;
        e.name = QStringLiteral("price_list_item");
        e.table = QStringLiteral("price_list_item");
        e.singular = QT_TRANSLATE_NOOP("Entity", "Price list item");
        e.plural = QT_TRANSLATE_NOOP("Entity", "Price list items");
        e.labelFields = { QStringLiteral("product_id") };
        e.listColumns = { QStringLiteral("price_list_id"), QStringLiteral("product_id"),
            QStringLiteral("price") };
        e.fields = {
            ref("price_list_id", QT_TRANSLATE_NOOP("Field", "Price list"), "price_list", Required),
            ref("product_id", QT_TRANSLATE_NOOP("Field", "Product"), "product", Required),
            field("price", QT_TRANSLATE_NOOP("Field", "Price"), FieldType::Money, 0),
            field("currency", QT_TRANSLATE_NOOP("Field", "Currency"), FieldType::Text, 0),
        };
        list.push_back(std::move(e));
    }
    {
        EntityDef e;
        e.name = QStringLiteral("quote");
        e.table = QStringLiteral("quote");
        e.singular = QT_TRANSLATE_NOOP("Entity", "Quote");
        e.plural = QT_TRANSLATE_NOOP("Entity", "Quotes");
        e.labelFields = { QStringLiteral("number") };
        e.listColumns = { QStringLiteral("number"), QStringLiteral("deal_id"),
            QStringLiteral("version"), QStringLiteral("status"), QStringLiteral("valid_until") };
        e.fields = {
            ref("deal_id", QT_TRANSLATE_NOOP("Field", "Deal"), "deal", 0),
            field("number", QT_TRANSLATE_NOOP("Field", "Number"), FieldType::Text, 0),
            field("version", QT_TRANSLATE_NOOP("Field", "Version"), FieldType::Integer, 0),
            choice(
                "status", QT_TRANSLATE_NOOP("Field", "Status"), "draft|sent|accepted|rejected", 0),
            field("currency", QT_TRANSLATE_NOOP("Field", "Currency"), FieldType::Text, 0),
            field("valid_until", QT_TRANSLATE_NOOP("Field", "Valid until"), FieldType::Date, 0),
            field("discount", QT_TRANSLATE_NOOP("Field", "Discount %"), FieldType::Decimal2, 0),
            field("language", QT_TRANSLATE_NOOP("Field", "Language"), FieldType::Text, 0),
            field("notes", QT_TRANSLATE_NOOP("Field", "Notes"), FieldType::LongText, 0),
            field("sent_at", QT_TRANSLATE_NOOP("Field", "Sent at"), FieldType::DateTime, 0),
            ref("approved_by", QT_TRANSLATE_NOOP("Field", "Approved by"), "user", 0),
            field("template", QT_TRANSLATE_NOOP("Field", "Template"), FieldType::Text, 0),
        };
        list.push_back(std::move(e));
    }
    {
        EntityDef e;
        e.name = QStringLiteral("quote_line");
        e.table = QStringLiteral("quote_line");
        e.singular = QT_TRANSLATE_NOOP("Entity", "Quote line");
        e.plural = QT_TRANSLATE_NOOP("Entity", "Quote lines");
        e.labelFields = { QStringLiteral("description") };
        e.listColumns = { QStringLiteral("quote_id"), QStringLiteral("position"),
            QStringLiteral("description"), QStringLiteral("quantity"),
            QStringLiteral("unit_price") };
        e.fields = {
            ref("quote_id", QT_TRANSLATE_NOOP("Field", "Quote"), "quote", Required),
            ref("product_id", QT_TRANSLATE_NOOP("Field", "Product"), "product", 0),
            field("description", QT_TRANSLATE_NOOP("Field", "Description"), FieldType::Text, 0),
            field("quantity", QT_TRANSLATE_NOOP("Field", "Quantity"), FieldType::Decimal3, 0),
            field("unit_price", QT_TRANSLATE_NOOP("Field", "Unit price"), FieldType::Money, 0),
            field("currency", QT_TRANSLATE_NOOP("Field", "Currency"), FieldType::Text, 0),
            field("discount", QT_TRANSLATE_NOOP("Field", "Discount %"), FieldType::Decimal2, 0),
            field("vat_rate", QT_TRANSLATE_NOOP("Field", "VAT %"), FieldType::Decimal2, 0),
            field("position", QT_TRANSLATE_NOOP("Field", "Position"), FieldType::Integer, 0),
        };
        list.push_back(std::move(e));
    }
    {
        EntityDef e;
        e.name = QStringLiteral("case");
        e.table = QStringLiteral("service_case");
        e.singular = QT_TRANSLATE_NOOP("Entity", "Case");
        e.plural = QT_TRANSLATE_NOOP("Entity", "Cases");
        e.labelFields = { QStringLiteral("subject") };
        e.listColumns
            = { QStringLiteral("subject"), QStringLiteral("kind"), QStringLiteral("company_id"),
                  QStringLiteral("priority"), QStringLiteral("status"), QStringLiteral("owner_id"),
                  QStringLiteral("respond_by"), QStringLiteral("resolve_by") };
        e.detailFields = { QStringLiteral("company_id"), QStringLiteral("status") };
        e.searchable = true;
        e.fields = {
            field("subject", QT_TRANSLATE_NOOP("Field", "Subject"), FieldType::Text, Required),
            choice("kind", QT_TRANSLATE_NOOP("Field", "Kind"),
                "complaint|request|question|delivery", 0),
            ref("company_id", QT_TRANSLATE_NOOP("Field", "Company"), "company", 0),
            ref("contact_id", QT_TRANSLATE_NOOP("Field", "Contact"), "contact", 0),
            ref("deal_id", QT_TRANSLATE_NOOP("Field", "Deal"), "deal", 0),
            ref("product_id", QT_TRANSLATE_NOOP("Field", "Product"), "product", 0),
            choice("channel", QT_TRANSLATE_NOOP("Field", "Channel"), "call|email|visit|web", 0),
            field("description", QT_TRANSLATE_NOOP("Field", "Description"), FieldType::LongText, 0),
            choice("priority", QT_TRANSLATE_NOOP("Field", "Priority"), "low|normal|high|urgent", 0),
            ref("owner_id", QT_TRANSLATE_NOOP("Field", "Owner"), "user", 0),
            choice("status", QT_TRANSLATE_NOOP("Field", "Status"),
                "new|in_progress|waiting|resolved|closed", 0),
            field("resolution", QT_TRANSLATE_NOOP("Field", "Resolution"), FieldType::LongText, 0),
            field("respond_by", QT_TRANSLATE_NOOP("Field", "Respond by"), FieldType::DateTime, 0),
            field("resolve_by", QT_TRANSLATE_NOOP("Field", "Resolve by"), FieldType::DateTime, 0),
            field(
                "responded_at", QT_TRANSLATE_NOOP("Field", "Responded at"), FieldType::DateTime, 0),
            field("resolved_at", QT_TRANSLATE_NOOP("Field", "Resolved at"), FieldType::DateTime, 0),
            field("satisfaction", QT_TRANSLATE_NOOP("Field", "Satisfaction (1-5)"),
                FieldType::Integer, 0),
            field("satisfaction_comment", QT_TRANSLATE_NOOP("Field", "Satisfaction comment"),
                FieldType::Text, 0),
        };
        list.push_back(std::move(e));
    }
    {
        EntityDef e;
        e.name = QStringLiteral("case_rule");
        e.table = QStringLiteral("case_rule");
        e.singular = QT_TRANSLATE_NOOP("Entity", "Case deadline rule");
        e.plural = QT_TRANSLATE_NOOP("Entity", "Case deadline rules");
        e.labelFields = { QStringLiteral("priority") };
        e.listColumns = { QStringLiteral("priority"), QStringLiteral("respond_hours"),
            QStringLiteral("resolve_hours") };
        e.fields = {
            choice("priority", QT_TRANSLATE_NOOP("Field", "Priority"), "low|normal|high|urgent",
                Required),
            field("respond_hours", QT_TRANSLATE_NOOP("Field", "Respond within (working hours)"),
                FieldType::Integer, 0),
            field("resolve_hours", QT_TRANSLATE_NOOP("Field", "Resolve within (working hours)"),
                FieldType::Integer, 0),
        };
        list.push_back(std::move(e));
    }
    {
        EntityDef e;
        e.name = QStringLiteral("holiday");
        e.table = QStringLiteral("holiday");
        e.singular = QT_TRANSLATE_NOOP("Entity", "Day off");
        e.plural = QT_TRANSLATE_NOOP("Entity", "Days off");
        e.labelFields = { QStringLiteral("name") };
        e.listColumns = { QStringLiteral("day"), QStringLiteral("name") };
        e.fields = {
            field("day", QT_TRANSLATE_NOOP("Field", "Day"), FieldType::Date, Required),
            field("name", QT_TRANSLATE_NOOP("Field", "Name"), FieldType::Text, 0),
        };
        list.push_back(std::move(e));
    }
    {
        EntityDef e;
        e.name = QStringLiteral("notification");
        e.table = QStringLiteral("notification");
        e.singular = QT_TRANSLATE_NOOP("Entity", "Notification");
        e.plural = QT_TRANSLATE_NOOP("Entity", "Notifications");
        e.labelFields = { QStringLiteral("text") };
        e.listColumns = { QStringLiteral("user_id"), QStringLiteral("kind"), QStringLiteral("text"),
            QStringLiteral("read_at") };
        e.fields = {
            ref("user_id", QT_TRANSLATE_NOOP("Field", "For"), "user", Required),
            choice("kind", QT_TRANSLATE_NOOP("Field", "Kind"), "assigned|escalation|ownership|info",
                0),
            field("text", QT_TRANSLATE_NOOP("Field", "Text"), FieldType::Text, Required),
            field("entity", QT_TRANSLATE_NOOP("Field", "Linked record type"), FieldType::Text, 0),
            field("record_id", QT_TRANSLATE_NOOP("Field", "Linked record"), FieldType::Text, 0),
            field("topic", QT_TRANSLATE_NOOP("Field", "Topic"), FieldType::Text, Internal),
            field("read_at", QT_TRANSLATE_NOOP("Field", "Read at"), FieldType::DateTime, 0),
        };
        list.push_back(std::move(e));
    }
    {
        EntityDef e;
        e.name = QStringLiteral("reminder_state");
        e.table = QStringLiteral("reminder_state");
        e.singular = QT_TRANSLATE_NOOP("Entity", "Reminder");
        e.plural = QT_TRANSLATE_NOOP("Entity", "Reminders");
        e.labelFields = { QStringLiteral("entity"), QStringLiteral("occurrence_at") };
        e.listColumns = { QStringLiteral("user_id"), QStringLiteral("entity"),
            QStringLiteral("occurrence_at"), QStringLiteral("snoozed_until"),
            QStringLiteral("dismissed_at") };
        e.fields = {
            ref("user_id", QT_TRANSLATE_NOOP("Field", "For"), "user", Required),
            field("entity", QT_TRANSLATE_NOOP("Field", "Linked record type"), FieldType::Text,
                Required),
            field("record_id", QT_TRANSLATE_NOOP("Field", "Linked record"), FieldType::Text,
                Required),
            field(
                "occurrence_at", QT_TRANSLATE_NOOP("Field", "Occurrence"), FieldType::DateTime, 0),
            field("snoozed_until", QT_TRANSLATE_NOOP("Field", "Snoozed until"), FieldType::DateTime,
                0),
            field(
                "dismissed_at", QT_TRANSLATE_NOOP("Field", "Dismissed at"), FieldType::DateTime, 0),
        };
        list.push_back(std::move(e));
    }
    {
        EntityDef e;
        e.name = QStringLiteral("dormant_rule");
        e.table = QStringLiteral("dormant_rule");
        e.singular = QT_TRANSLATE_NOOP("Entity", "Dormant-customer rule");
        e.plural = QT_TRANSLATE_NOOP("Entity", "Dormant-customer rules");
        e.labelFields = { QStringLiteral("name") };
        e.listColumns = { QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("days"),
            QStringLiteral("active") };
        e.fields = {
            field("name", QT_TRANSLATE_NOOP("Field", "Name"), FieldType::Text, Required),
            choice("kind", QT_TRANSLATE_NOOP("Field", "Kind"), "no_purchase|no_contact", Required),
            field("days", QT_TRANSLATE_NOOP("Field", "Days"), FieldType::Integer, Required),
            field("task_subject", QT_TRANSLATE_NOOP("Field", "Task subject"), FieldType::Text, 0),
            field(
                "due_days", QT_TRANSLATE_NOOP("Field", "Task due in days"), FieldType::Integer, 0),
            field("letter_template", QT_TRANSLATE_NOOP("Field", "Letter template"), FieldType::Text,
                0),
            field("active", QT_TRANSLATE_NOOP("Field", "Active"), FieldType::Bool, 0),
        };
        list.push_back(std::move(e));
    }
    {
        EntityDef e;
        e.name = QStringLiteral("attachment");
        e.table = QStringLiteral("attachment");
        e.singular = QT_TRANSLATE_NOOP("Entity", "Document");
        e.plural = QT_TRANSLATE_NOOP("Entity", "Documents");
        e.labelFields = { QStringLiteral("name") };
        e.listColumns = { QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("size"),
            QStringLiteral("sent_at") };
        e.fields = {
            field("name", QT_TRANSLATE_NOOP("Field", "Name"), FieldType::Text, Required),
            choice("kind", QT_TRANSLATE_NOOP("Field", "Kind"), "document|offer|material|photo", 0),
            field("mime_type", QT_TRANSLATE_NOOP("Field", "File type"), FieldType::Text, 0),
            field("size", QT_TRANSLATE_NOOP("Field", "Size"), FieldType::Integer, 0),
            field("sha256", QT_TRANSLATE_NOOP("Field", "Checksum"), FieldType::Text, 0),
            field("content", QT_TRANSLATE_NOOP("Field", "Content"), FieldType::Blob, 0),
            field("entity", QT_TRANSLATE_NOOP("Field", "Linked record type"), FieldType::Text, 0),
            field("record_id", QT_TRANSLATE_NOOP("Field", "Linked record"), FieldType::Text, 0),
            field("tags", QT_TRANSLATE_NOOP("Field", "Tags"), FieldType::Text, 0),
            field("sent_at", QT_TRANSLATE_NOOP("Field", "Sent at"), FieldType::DateTime, 0),
            ref("sent_by", QT_TRANSLATE_NOOP("Field", "Sent by"), "user", 0),
            field("sent_to", QT_TRANSLATE_NOOP("Field", "Sent to"), FieldType::Text, 0),
            ref("quote_id", QT_TRANSLATE_NOOP("Field", "Quote"), "quote", 0),
        };
        list.push_back(std::move(e));
    }
}

} // namespace tandem::detail
