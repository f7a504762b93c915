// Entity definitions: people, organisations and the settings, tags and segments around them.
#include "domain/EntityBuilders.h"

namespace tandem::detail {

void addPartiesEntities(QList<EntityDef>& list)
{
    {
        EntityDef e;
        e.name = QStringLiteral("setting");
        e.table = QStringLiteral("setting");
        e.singular = QT_TRANSLATE_NOOP("Entity", "Setting");
        e.plural = QT_TRANSLATE_NOOP("Entity", "Settings");
        e.labelFields = { QStringLiteral("key") };
        e.fields = {
            field("key", QT_TRANSLATE_NOOP("Field", "Key"), FieldType::Text, Required),
            field("value", QT_TRANSLATE_NOOP("Field", "Value"), FieldType::Text, 0),
        };
        list.push_back(std::move(e));
    }
    {
        EntityDef e;
        e.name = QStringLiteral("user");
        e.table = QStringLiteral("user");
        e.singular = QT_TRANSLATE_NOOP("Entity", "User");
        e.plural = QT_TRANSLATE_NOOP("Entity", "Users");
        e.labelFields = { QStringLiteral("name") };
        e.detailFields = { QStringLiteral("role"), QStringLiteral("email") };
        e.listColumns = { QStringLiteral("name"), QStringLiteral("role"), QStringLiteral("email"),
            QStringLiteral("phone") };
        e.searchable = true;
        e.fields = {
            field("name", QT_TRANSLATE_NOOP("Field", "Full name"), FieldType::Text,
                Required | Searchable),
            field("email", QT_TRANSLATE_NOOP("Field", "E-mail"), FieldType::Email, Searchable),
            field("phone", QT_TRANSLATE_NOOP("Field", "Phone"), FieldType::Phone, 0),
            choice("role", QT_TRANSLATE_NOOP("Field", "Role"),
                "salesperson|manager|office_manager|admin", 0),
            ref("manager_id", QT_TRANSLATE_NOOP("Field", "Manager"), "user", 0),
            ref("team_id", QT_TRANSLATE_NOOP("Field", "Team"), "team", 0),
            field("skills", QT_TRANSLATE_NOOP("Field", "Skills"), FieldType::LongText, Searchable),
            field("locale", QT_TRANSLATE_NOOP("Field", "Language"), FieldType::Text, 0),
            field("active", QT_TRANSLATE_NOOP("Field", "Active"), FieldType::Bool, 0),
            choice("calendar_visibility", QT_TRANSLATE_NOOP("Field", "Calendar visibility"),
                "team|private", 0),
        };
        list.push_back(std::move(e));
    }
    {
        EntityDef e;
        e.name = QStringLiteral("team");
        e.table = QStringLiteral("team");
        e.singular = QT_TRANSLATE_NOOP("Entity", "Team");
        e.plural = QT_TRANSLATE_NOOP("Entity", "Teams");
        e.labelFields = { QStringLiteral("name") };
        e.listColumns = { QStringLiteral("name"), QStringLiteral("manager_id") };
        e.fields = {
            field("name", QT_TRANSLATE_NOOP("Field", "Name"), FieldType::Text, Required),
            ref("manager_id", QT_TRANSLATE_NOOP("Field", "Manager"), "user", 0),
            ref("parent_id", QT_TRANSLATE_NOOP("Field", "Parent team"), "team", 0),
        };
        list.push_back(std::move(e));
    }
    {
        EntityDef e;
        e.name = QStringLiteral("territory");
        e.table = QStringLiteral("territory");
        e.singular = QT_TRANSLATE_NOOP("Entity", "Territory");
        e.plural = QT_TRANSLATE_NOOP("Entity", "Territories");
        e.labelFields = { QStringLiteral("name") };
        e.listColumns
            = { QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("owner_id") };
        e.fields = {
            field("name", QT_TRANSLATE_NOOP("Field", "Name"), FieldType::Text, Required),
            choice("kind", QT_TRANSLATE_NOOP("Field", "Kind"), "region|industry|accounts", 0),
            field("country", QT_TRANSLATE_NOOP("Field", "Country"), FieldType::Text, 0),
            field("region", QT_TRANSLATE_NOOP("Field", "Region"), FieldType::Text, 0),
            field("city", QT_TRANSLATE_NOOP("Field", "City"), FieldType::Text, 0),
            field("postcode_from", QT_TRANSLATE_NOOP("Field", "Postcode from"), FieldType::Text, 0),
            field("postcode_to", QT_TRANSLATE_NOOP("Field", "Postcode to"), FieldType::Text, 0),
            field("industry", QT_TRANSLATE_NOOP("Field", "Industry"), FieldType::Text, 0),
            ref("owner_id", QT_TRANSLATE_NOOP("Field", "Owner"), "user", 0),
            ref("team_id", QT_TRANSLATE_NOOP("Field", "Team"), "team", 0),
        };
        list.push_back(std::move(e));
    }
    {
        EntityDef e;
        e.name = QStringLiteral("company");
        e.table = QStringLiteral("company");
        e.singular = QT_TRANSLATE_NOOP("Entity", "Company");
        e.plural = QT_TRANSLATE_NOOP("Entity", "Companies");
        e.labelFields = { QStringLiteral("name") };
        e.detailFields = { QStringLiteral("city"), QStringLiteral("industry") };
        e.listColumns = { QStringLiteral("name"), QStringLiteral("city"),
            QStringLiteral("industry"), QStringLiteral("status"), QStringLiteral("owner_id") };
        e.searchable = true;
        e.fields = {
            field(
                "name", QT_TRANSLATE_NOOP("Field", "Name"), FieldType::Text, Required | Searchable),
            field("legal_name", QT_TRANSLATE_NOOP("Field", "Legal name"), FieldType::Text,
                Searchable),
            field("reg_code", QT_TRANSLATE_NOOP("Field", "Registration code"), FieldType::Text,
                Searchable),
            field("vat_code", QT_TRANSLATE_NOOP("Field", "VAT code"), FieldType::Text, Searchable),
            field("industry", QT_TRANSLATE_NOOP("Field", "Industry"), FieldType::Text, 0),
            field("country", QT_TRANSLATE_NOOP("Field", "Country"), FieldType::Text, 0),
            field("region", QT_TRANSLATE_NOOP("Field", "Region"), FieldType::Text, 0),
            field("city", QT_TRANSLATE_NOOP("Field", "City"), FieldType::Text, Searchable),
            field("postcode", QT_TRANSLATE_NOOP("Field", "Postcode"), FieldType::Text, 0),
            field("street", QT_TRANSLATE_NOOP("Field", "Street"), FieldType::Text, 0),
            field("website", QT_TRANSLATE_NOOP("Field", "Website"), FieldType::Url, Searchable),
            field("phone", QT_TRANSLATE_NOOP("Field", "Phone"), FieldType::Phone, Searchable),
            field("email", QT_TRANSLATE_NOOP("Field", "E-mail"), FieldType::Email, Searchable),
            choice("status", QT_TRANSLATE_NOOP("Field", "Status"),
                "prospect|customer|partner|former", 0),
            field("segment", QT_TRANSLATE_NOOP("Field", "Segment"), FieldType::Text, 0),
            choice("loyalty_tier", QT_TRANSLATE_NOOP("Field", "Loyalty tier"),
                "none|bronze|silver|gold", 0),
            choice("abc_class", QT_TRANSLATE_NOOP("Field", "ABC class"), "A|B|C", 0),
            ref("parent_id", QT_TRANSLATE_NOOP("Field", "Parent company"), "company", 0),
            ref("territory_id", QT_TRANSLATE_NOOP("Field", "Territory"), "territory", 0),
            ref("owner_id", QT_TRANSLATE_NOOP("Field", "Owner"), "user", 0),
            field("renewal_date", QT_TRANSLATE_NOOP("Field", "Renewal date"), FieldType::Date, 0),
            field("notes", QT_TRANSLATE_NOOP("Field", "Notes"), FieldType::LongText, 0),
            ref("merged_into_id", QT_TRANSLATE_NOOP("Field", "Merged into"), "company", Internal),
        };
        list.push_back(std::move(e));
    }
    {
        EntityDef e;
        e.name = QStringLiteral("contact");
        e.table = QStringLiteral("contact");
        e.singular = QT_TRANSLATE_NOOP("Entity", "Contact");
        e.plural = QT_TRANSLATE_NOOP("Entity", "Contacts");
        e.labelFields = { QStringLiteral("first_name"), QStringLiteral("last_name") };
        e.detailFields = { QStringLiteral("title"), QStringLiteral("company_id"),
            QStringLiteral("email"), QStringLiteral("phone") };
        e.requiredAnyOf = { QStringLiteral("first_name"), QStringLiteral("last_name"),
            QStringLiteral("email") };
        e.listColumns = { QStringLiteral("first_name"), QStringLiteral("last_name"),
            QStringLiteral("company_id"), QStringLiteral("title"), QStringLiteral("email"),
            QStringLiteral("phone"), QStringLiteral("owner_id") };
        e.searchable = true;
        e.fields = {
            field("first_name", QT_TRANSLATE_NOOP("Field", "First name"), FieldType::Text,
                Searchable),
            field(
                "last_name", QT_TRANSLATE_NOOP("Field", "Last name"), FieldType::Text, Searchable),
            ref("company_id", QT_TRANSLATE_NOOP("Field", "Company"), "company", 0),
            field("title", QT_TRANSLATE_NOOP("Field", "Job title"), FieldType::Text, Searchable),
            field("department", QT_TRANSLATE_NOOP("Field", "Department"), FieldType::Text, 0),
            field(
                "decision_maker", QT_TRANSLATE_NOOP("Field", "Decision maker"), FieldType::Bool, 0),
            ref("reports_to_id", QT_TRANSLATE_NOOP("Field", "Reports to"), "contact", 0),
            field("email", QT_TRANSLATE_NOOP("Field", "E-mail"), FieldType::Email, Searchable),
            field("phone", QT_TRANSLATE_NOOP("Field", "Phone"), FieldType::Phone, Searchable),
            field("mobile", QT_TRANSLATE_NOOP("Field", "Mobile"), FieldType::Phone, Searchable),
            field("street", QT_TRANSLATE_NOOP("Field", "Street"), FieldType::Text, 0),
            field("city", QT_TRANSLATE_NOOP("Field", "City"), FieldType::Text, Searchable),
            field("postcode", QT_TRANSLATE_NOOP("Field", "Postcode"), FieldType::Text, 0),
            field("region", QT_TRANSLATE_NOOP("Field", "Region"), FieldType::Text, 0),
            field("country", QT_TRANSLATE_NOOP("Field", "Country"), FieldType::Text, 0),
            field("language", QT_TRANSLATE_NOOP("Field", "Language"), FieldType::Text, 0),
            field("birthday", QT_TRANSLATE_NOOP("Field", "Birthday"), FieldType::Date, 0),
            field(
                "consent_email", QT_TRANSLATE_NOOP("Field", "E-mail consent"), FieldType::Bool, 0),
            field("consent_phone", QT_TRANSLATE_NOOP("Field", "Phone consent"), FieldType::Bool, 0),
            field("consent_post", QT_TRANSLATE_NOOP("Field", "Postal consent"), FieldType::Bool, 0),
            field("next_contact_date", QT_TRANSLATE_NOOP("Field", "Next contact"), FieldType::Date,
                0),
            ref("owner_id", QT_TRANSLATE_NOOP("Field", "Owner"), "user", 0),
            choice("status", QT_TRANSLATE_NOOP("Field", "Status"), "active|inactive", 0),
            ref("photo_id", QT_TRANSLATE_NOOP("Field", "Photo"), "attachment", 0),
            field("notes", QT_TRANSLATE_NOOP("Field", "Notes"), FieldType::LongText, 0),
            ref("merged_into_id", QT_TRANSLATE_NOOP("Field", "Merged into"), "contact", Internal),
        };
        list.push_back(std::move(e));
    }
    {
        EntityDef e;
        e.name = QStringLiteral("contact_point");
        e.table = QStringLiteral("contact_point");
        e.singular = QT_TRANSLATE_NOOP("Entity", "Contact detail");
        e.plural = QT_TRANSLATE_NOOP("Entity", "Contact details");
        e.labelFields = { QStringLiteral("value") };
        e.listColumns = { QStringLiteral("contact_id"), QStringLiteral("kind"),
            QStringLiteral("label"), QStringLiteral("value") };
        e.fields = {
            ref("contact_id", QT_TRANSLATE_NOOP("Field", "Contact"), "contact", Required),
            choice("kind", QT_TRANSLATE_NOOP("Field", "Kind"), "phone|email|address|web", Required),
            field("label", QT_TRANSLATE_NOOP("Field", "Label"), FieldType::Text, 0),
            field("value", QT_TRANSLATE_NOOP("Field", "Value"), FieldType::Text, 0),
            field("street", QT_TRANSLATE_NOOP("Field", "Street"), FieldType::Text, 0),
            field("city", QT_TRANSLATE_NOOP("Field", "City"), FieldType::Text, 0),
            field("postcode", QT_TRANSLATE_NOOP("Field", "Postcode"), FieldType::Text, 0),
            field("region", QT_TRANSLATE_NOOP("Field", "Region"), FieldType::Text, 0),
            field("country", QT_TRANSLATE_NOOP("Field", "Country"), FieldType::Text, 0),
            field("is_primary", QT_TRANSLATE_NOOP("Field", "Primary"), FieldType::Bool, 0),
        };
        list.push_back(std::move(e));
    }
    {
        EntityDef e;
        e.name = QStringLiteral("tag");
        e.table = QStringLiteral("tag");
        e.singular = QT_TRANSLATE_NOOP("Entity", "Tag");
        e.plural = QT_TRANSLATE_NOOP("Entity", "Tags");
        e.labelFields = { QStringLiteral("name") };
        e.listColumns = { QStringLiteral("name"), QStringLiteral("color") };
        e.fields = {
            field("name", QT_TRANSLATE_NOOP("Field", "Name"), FieldType::Text, Required),
            field("color", QT_TRANSLATE_NOOP("Field", "Colour"), FieldType::Text, 0),
        };
        list.push_back(std::move(e));
    }
    {
        EntityDef e;
        e.name = QStringLiteral("tagging");
        e.table = QStringLiteral("tagging");
        e.singular = QT_TRANSLATE_NOOP("Entity", "Tagging");
        e.plural = QT_TRANSLATE_NOOP("Entity", "Taggings");
        e.labelFields = { QStringLiteral("tag_id") };
        e.listColumns
            = { QStringLiteral("tag_id"), QStringLiteral("entity"), QStringLiteral("record_id") };
        e.fields = {
            ref("tag_id", QT_TRANSLATE_NOOP("Field", "Tag"), "tag", Required),
            field("entity", QT_TRANSLATE_NOOP("Field", "Record type"), FieldType::Text, Required),
            field("record_id", QT_TRANSLATE_NOOP("Field", "Record"), FieldType::Text, Required),
        };
        list.push_back(std::move(e));
    }
    {
        EntityDef e;
        e.name = QStringLiteral("segment");
        e.table = QStringLiteral("segment");
        e.singular = QT_TRANSLATE_NOOP("Entity", "Segment");
        e.plural = QT_TRANSLATE_NOOP("Entity", "Segments");
        e.labelFields = { QStringLiteral("name") };
        e.listColumns = { QStringLiteral("name"), QStringLiteral("entity") };
        e.fields = {
            field("name", QT_TRANSLATE_NOOP("Field", "Name"), FieldType::Text, Required),
            field("entity", QT_TRANSLATE_NOOP("Field", "Record type"), FieldType::Text, Required),
            field("filter", QT_TRANSLATE_NOOP("Field", "Filter"), FieldType::LongText, 0),
        };
        list.push_back(std::move(e));
    }
    {
        EntityDef e;
        e.name = QStringLiteral("duplicate_dismissal");
        e.table = QStringLiteral("duplicate_dismissal");
        e.singular = QT_TRANSLATE_NOOP("Entity", "Not a duplicate");
        e.plural = QT_TRANSLATE_NOOP("Entity", "Not duplicates");
        e.labelFields = { QStringLiteral("first_id"), QStringLiteral("second_id") };
        e.listColumns
            = { QStringLiteral("entity"), QStringLiteral("first_id"), QStringLiteral("second_id") };
        e.fields = {
            field("entity", QT_TRANSLATE_NOOP("Field", "Record type"), FieldType::Text, Required),
            field(
                "first_id", QT_TRANSLATE_NOOP("Field", "First record"), FieldType::Text, Required),
            field("second_id", QT_TRANSLATE_NOOP("Field", "Second record"), FieldType::Text,
                Required),
        };
        list.push_back(std::move(e));
    }
}

} // namespace tandem::detail
