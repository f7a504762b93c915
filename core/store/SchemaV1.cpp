// Schema version 1: every domain table, the change log and the search index. Frozen once released.
#include "store/Migrations.h"

namespace tandem::detail {

const char* const kSchemaV1 = R"SQL(
CREATE TABLE meta (
    key TEXT PRIMARY KEY NOT NULL,
    value TEXT
);
CREATE TABLE change_log (
    seq INTEGER PRIMARY KEY,
    hlc INTEGER NOT NULL,
    site_id TEXT NOT NULL,
    user_id TEXT,
    entity TEXT NOT NULL,
    record_id TEXT NOT NULL,
    op TEXT NOT NULL CHECK (op IN ('create', 'set', 'delete', 'restore')),
    field TEXT,
    value,
    prev TEXT
);
CREATE INDEX change_log_record ON change_log(entity, record_id, seq);
CREATE UNIQUE INDEX change_log_origin ON change_log(site_id, hlc, record_id, ifnull(field, ''));
CREATE INDEX change_log_hlc ON change_log(hlc);
CREATE TABLE search_doc (
    rowid INTEGER PRIMARY KEY,
    entity TEXT NOT NULL,
    record_id TEXT NOT NULL,
    label TEXT,
    detail TEXT,
    UNIQUE (entity, record_id)
);
CREATE VIRTUAL TABLE search_text USING fts5(text, tokenize = 'unicode61', prefix = '1 2 3');
CREATE TABLE "setting" (
    id TEXT PRIMARY KEY NOT NULL,
    created_at TEXT,
    created_by TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    key TEXT,
    value TEXT
);
CREATE TABLE "user" (
    id TEXT PRIMARY KEY NOT NULL,
    created_at TEXT,
    created_by TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    name TEXT,
    email TEXT,
    phone TEXT,
    role TEXT,
    manager_id TEXT REFERENCES "user"(id) DEFERRABLE INITIALLY DEFERRED,
    team_id TEXT REFERENCES "team"(id) DEFERRABLE INITIALLY DEFERRED,
    skills TEXT,
    locale TEXT,
    active INTEGER,
    calendar_visibility TEXT
);
CREATE TABLE "team" (
    id TEXT PRIMARY KEY NOT NULL,
    created_at TEXT,
    created_by TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    name TEXT,
    manager_id TEXT REFERENCES "user"(id) DEFERRABLE INITIALLY DEFERRED,
    parent_id TEXT REFERENCES "team"(id) DEFERRABLE INITIALLY DEFERRED
);
CREATE TABLE "territory" (
    id TEXT PRIMARY KEY NOT NULL,
    created_at TEXT,
    created_by TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    name TEXT,
    kind TEXT,
    country TEXT,
    region TEXT,
    city TEXT,
    postcode_from TEXT,
    postcode_to TEXT,
    industry TEXT,
    owner_id TEXT REFERENCES "user"(id) DEFERRABLE INITIALLY DEFERRED,
    team_id TEXT REFERENCES "team"(id) DEFERRABLE INITIALLY DEFERRED
);
CREATE TABLE "company" (
    id TEXT PRIMARY KEY NOT NULL,
    created_at TEXT,
    created_by TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    name TEXT,
    legal_name TEXT,
    reg_code TEXT,
    vat_code TEXT,
    industry TEXT,
    country TEXT,
    region TEXT,
    city TEXT,
    postcode TEXT,
    street TEXT,
    website TEXT,
    phone TEXT,
    email TEXT,
    status TEXT,
    segment TEXT,
    loyalty_tier TEXT,
    abc_class TEXT,
    parent_id TEXT REFERENCES "company"(id) DEFERRABLE INITIALLY DEFERRED,
    territory_id TEXT REFERENCES "territory"(id) DEFERRABLE INITIALLY DEFERRED,
    owner_id TEXT REFERENCES "user"(id) DEFERRABLE INITIALLY DEFERRED,
    renewal_date TEXT,
    notes TEXT
);
CREATE TABLE "contact" (
    id TEXT PRIMARY KEY NOT NULL,
    created_at TEXT,
    created_by TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    first_name TEXT,
    last_name TEXT,
    company_id TEXT REFERENCES "company"(id) DEFERRABLE INITIALLY DEFERRED,
    title TEXT,
    department TEXT,
    decision_maker INTEGER,
    reports_to_id TEXT REFERENCES "contact"(id) DEFERRABLE INITIALLY DEFERRED,
    email TEXT,
    phone TEXT,
    mobile TEXT,
    street TEXT,
    city TEXT,
    postcode TEXT,
    region TEXT,
    country TEXT,
    language TEXT,
    birthday TEXT,
    consent_email INTEGER,
    consent_phone INTEGER,
    consent_post INTEGER,
    next_contact_date TEXT,
    owner_id TEXT REFERENCES "user"(id) DEFERRABLE INITIALLY DEFERRED,
    status TEXT,
    photo_id TEXT REFERENCES "attachment"(id) DEFERRABLE INITIALLY DEFERRED,
    notes TEXT
);
CREATE TABLE "contact_point" (
    id TEXT PRIMARY KEY NOT NULL,
    created_at TEXT,
    created_by TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    contact_id TEXT REFERENCES "contact"(id) DEFERRABLE INITIALLY DEFERRED,
    kind TEXT,
    label TEXT,
    value TEXT,
    street TEXT,
    city TEXT,
    postcode TEXT,
    region TEXT,
    country TEXT,
    is_primary INTEGER
);
CREATE TABLE "lead" (
    id TEXT PRIMARY KEY NOT NULL,
    created_at TEXT,
    created_by TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    title TEXT,
    first_name TEXT,
    last_name TEXT,
    company_name TEXT,
    email TEXT,
    phone TEXT,
    source TEXT,
    campaign_id TEXT REFERENCES "campaign"(id) DEFERRABLE INITIALLY DEFERRED,
    status TEXT,
    lost_reason TEXT,
    needs TEXT,
    qualification TEXT,
    owner_id TEXT REFERENCES "user"(id) DEFERRABLE INITIALLY DEFERRED,
    territory_id TEXT REFERENCES "territory"(id) DEFERRABLE INITIALLY DEFERRED,
    company_id TEXT REFERENCES "company"(id) DEFERRABLE INITIALLY DEFERRED,
    contact_id TEXT REFERENCES "contact"(id) DEFERRABLE INITIALLY DEFERRED,
    deal_id TEXT REFERENCES "deal"(id) DEFERRABLE INITIALLY DEFERRED,
    converted_at TEXT,
    first_contact_due TEXT
);
CREATE TABLE "pipeline" (
    id TEXT PRIMARY KEY NOT NULL,
    created_at TEXT,
    created_by TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    name TEXT,
    position INTEGER,
    is_default INTEGER
);
CREATE TABLE "stage" (
    id TEXT PRIMARY KEY NOT NULL,
    created_at TEXT,
    created_by TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    pipeline_id TEXT REFERENCES "pipeline"(id) DEFERRABLE INITIALLY DEFERRED,
    name TEXT,
    position INTEGER,
    probability INTEGER,
    kind TEXT,
    stall_days INTEGER,
    requires_checklist INTEGER
);
CREATE TABLE "deal" (
    id TEXT PRIMARY KEY NOT NULL,
    created_at TEXT,
    created_by TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    title TEXT,
    company_id TEXT REFERENCES "company"(id) DEFERRABLE INITIALLY DEFERRED,
    contact_id TEXT REFERENCES "contact"(id) DEFERRABLE INITIALLY DEFERRED,
    pipeline_id TEXT REFERENCES "pipeline"(id) DEFERRABLE INITIALLY DEFERRED,
    stage_id TEXT REFERENCES "stage"(id) DEFERRABLE INITIALLY DEFERRED,
    amount INTEGER,
    currency TEXT,
    owner_id TEXT REFERENCES "user"(id) DEFERRABLE INITIALLY DEFERRED,
    expected_close TEXT,
    status TEXT,
    lost_reason TEXT,
    competitor_id TEXT REFERENCES "competitor"(id) DEFERRABLE INITIALLY DEFERRED,
    won_at TEXT,
    lost_at TEXT,
    stage_entered_at TEXT,
    lead_id TEXT REFERENCES "lead"(id) DEFERRABLE INITIALLY DEFERRED,
    source TEXT,
    campaign_id TEXT REFERENCES "campaign"(id) DEFERRABLE INITIALLY DEFERRED,
    next_step TEXT
);
CREATE TABLE "activity" (
    id TEXT PRIMARY KEY NOT NULL,
    created_at TEXT,
    created_by TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    kind TEXT,
    subject TEXT,
    notes TEXT,
    starts_at TEXT,
    ends_at TEXT,
    due_at TEXT,
    all_day INTEGER,
    done INTEGER,
    done_at TEXT,
    outcome TEXT,
    next_step TEXT,
    priority TEXT,
    owner_id TEXT REFERENCES "user"(id) DEFERRABLE INITIALLY DEFERRED,
    contact_id TEXT REFERENCES "contact"(id) DEFERRABLE INITIALLY DEFERRED,
    company_id TEXT REFERENCES "company"(id) DEFERRABLE INITIALLY DEFERRED,
    deal_id TEXT REFERENCES "deal"(id) DEFERRABLE INITIALLY DEFERRED,
    lead_id TEXT REFERENCES "lead"(id) DEFERRABLE INITIALLY DEFERRED,
    case_id TEXT REFERENCES "service_case"(id) DEFERRABLE INITIALLY DEFERRED,
    location TEXT,
    rrule TEXT,
    reminder_minutes INTEGER,
    visibility TEXT,
    playbook_action_id TEXT REFERENCES "playbook_action"(id) DEFERRABLE INITIALLY DEFERRED
);
CREATE TABLE "participant" (
    id TEXT PRIMARY KEY NOT NULL,
    created_at TEXT,
    created_by TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    activity_id TEXT REFERENCES "activity"(id) DEFERRABLE INITIALLY DEFERRED,
    user_id TEXT REFERENCES "user"(id) DEFERRABLE INITIALLY DEFERRED,
    contact_id TEXT REFERENCES "contact"(id) DEFERRABLE INITIALLY DEFERRED,
    response TEXT
);
CREATE TABLE "product" (
    id TEXT PRIMARY KEY NOT NULL,
    created_at TEXT,
    created_by TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    name TEXT,
    sku TEXT,
    description TEXT,
    unit TEXT,
    price INTEGER,
    currency TEXT,
    vat_rate INTEGER,
    category TEXT,
    active INTEGER
);
CREATE TABLE "price_list" (
    id TEXT PRIMARY KEY NOT NULL,
    created_at TEXT,
    created_by TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    name TEXT,
    currency TEXT,
    valid_from TEXT,
    valid_to TEXT
);
CREATE TABLE "price_list_item" (
    id TEXT PRIMARY KEY NOT NULL,
    created_at TEXT,
    created_by TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    price_list_id TEXT REFERENCES "price_list"(id) DEFERRABLE INITIALLY DEFERRED,
    product_id TEXT REFERENCES "product"(id) DEFERRABLE INITIALLY DEFERRED,
    price INTEGER,
    currency TEXT
);
CREATE TABLE "quote" (
    id TEXT PRIMARY KEY NOT NULL,
    created_at TEXT,
    created_by TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    deal_id TEXT REFERENCES "deal"(id) DEFERRABLE INITIALLY DEFERRED,
    number TEXT,
    version INTEGER,
    status TEXT,
    currency TEXT,
    valid_until TEXT,
    discount INTEGER,
    language TEXT,
    notes TEXT,
    sent_at TEXT,
    approved_by TEXT REFERENCES "user"(id) DEFERRABLE INITIALLY DEFERRED,
    template TEXT
);
CREATE TABLE "quote_line" (
    id TEXT PRIMARY KEY NOT NULL,
    created_at TEXT,
    created_by TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    quote_id TEXT REFERENCES "quote"(id) DEFERRABLE INITIALLY DEFERRED,
    product_id TEXT REFERENCES "product"(id) DEFERRABLE INITIALLY DEFERRED,
    description TEXT,
    quantity INTEGER,
    unit_price INTEGER,
    currency TEXT,
    discount INTEGER,
    vat_rate INTEGER,
    position INTEGER
);
CREATE TABLE "campaign" (
    id TEXT PRIMARY KEY NOT NULL,
    created_at TEXT,
    created_by TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    name TEXT,
    kind TEXT,
    starts_on TEXT,
    ends_on TEXT,
    budget INTEGER,
    cost INTEGER,
    currency TEXT,
    segment_id TEXT REFERENCES "segment"(id) DEFERRABLE INITIALLY DEFERRED,
    goal_leads INTEGER,
    goal_revenue INTEGER,
    owner_id TEXT REFERENCES "user"(id) DEFERRABLE INITIALLY DEFERRED,
    status TEXT
);
CREATE TABLE "service_case" (
    id TEXT PRIMARY KEY NOT NULL,
    created_at TEXT,
    created_by TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    subject TEXT,
    company_id TEXT REFERENCES "company"(id) DEFERRABLE INITIALLY DEFERRED,
    contact_id TEXT REFERENCES "contact"(id) DEFERRABLE INITIALLY DEFERRED,
    deal_id TEXT REFERENCES "deal"(id) DEFERRABLE INITIALLY DEFERRED,
    product_id TEXT REFERENCES "product"(id) DEFERRABLE INITIALLY DEFERRED,
    channel TEXT,
    description TEXT,
    priority TEXT,
    owner_id TEXT REFERENCES "user"(id) DEFERRABLE INITIALLY DEFERRED,
    status TEXT,
    resolution TEXT,
    respond_by TEXT,
    resolve_by TEXT,
    responded_at TEXT,
    resolved_at TEXT,
    satisfaction INTEGER,
    satisfaction_comment TEXT
);
CREATE TABLE "attachment" (
    id TEXT PRIMARY KEY NOT NULL,
    created_at TEXT,
    created_by TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    name TEXT,
    kind TEXT,
    mime_type TEXT,
    size INTEGER,
    sha256 TEXT,
    content BLOB,
    entity TEXT,
    record_id TEXT,
    tags TEXT,
    sent_at TEXT,
    sent_by TEXT REFERENCES "user"(id) DEFERRABLE INITIALLY DEFERRED,
    sent_to TEXT,
    quote_id TEXT REFERENCES "quote"(id) DEFERRABLE INITIALLY DEFERRED
);
CREATE TABLE "playbook_action" (
    id TEXT PRIMARY KEY NOT NULL,
    created_at TEXT,
    created_by TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    stage_id TEXT REFERENCES "stage"(id) DEFERRABLE INITIALLY DEFERRED,
    title TEXT,
    instructions TEXT,
    deadline_days INTEGER,
    hard_deadline INTEGER,
    assignee_role TEXT,
    template TEXT,
    escalate_after_days INTEGER,
    required INTEGER,
    condition TEXT,
    position INTEGER
);
CREATE TABLE "tag" (
    id TEXT PRIMARY KEY NOT NULL,
    created_at TEXT,
    created_by TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    name TEXT,
    color TEXT
);
CREATE TABLE "tagging" (
    id TEXT PRIMARY KEY NOT NULL,
    created_at TEXT,
    created_by TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    tag_id TEXT REFERENCES "tag"(id) DEFERRABLE INITIALLY DEFERRED,
    entity TEXT,
    record_id TEXT
);
CREATE TABLE "lost_reason" (
    id TEXT PRIMARY KEY NOT NULL,
    created_at TEXT,
    created_by TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    name TEXT,
    applies_to TEXT,
    position INTEGER
);
CREATE TABLE "competitor" (
    id TEXT PRIMARY KEY NOT NULL,
    created_at TEXT,
    created_by TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    name TEXT,
    website TEXT,
    strengths TEXT,
    weaknesses TEXT,
    price_notes TEXT,
    notes TEXT
);
CREATE TABLE "target" (
    id TEXT PRIMARY KEY NOT NULL,
    created_at TEXT,
    created_by TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    user_id TEXT REFERENCES "user"(id) DEFERRABLE INITIALLY DEFERRED,
    team_id TEXT REFERENCES "team"(id) DEFERRABLE INITIALLY DEFERRED,
    period_start TEXT,
    period TEXT,
    revenue INTEGER,
    currency TEXT,
    deals INTEGER,
    activities INTEGER
);
CREATE TABLE "segment" (
    id TEXT PRIMARY KEY NOT NULL,
    created_at TEXT,
    created_by TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    name TEXT,
    entity TEXT,
    filter TEXT
);
CREATE INDEX "user_manager_id" ON "user"(manager_id);
CREATE INDEX "user_team_id" ON "user"(team_id);
CREATE INDEX "team_manager_id" ON "team"(manager_id);
CREATE INDEX "team_parent_id" ON "team"(parent_id);
CREATE INDEX "territory_owner_id" ON "territory"(owner_id);
CREATE INDEX "territory_team_id" ON "territory"(team_id);
CREATE INDEX "company_parent_id" ON "company"(parent_id);
CREATE INDEX "company_territory_id" ON "company"(territory_id);
CREATE INDEX "company_owner_id" ON "company"(owner_id);
CREATE INDEX "contact_company_id" ON "contact"(company_id);
CREATE INDEX "contact_reports_to_id" ON "contact"(reports_to_id);
CREATE INDEX "contact_owner_id" ON "contact"(owner_id);
CREATE INDEX "contact_photo_id" ON "contact"(photo_id);
CREATE INDEX "contact_point_contact_id" ON "contact_point"(contact_id);
CREATE INDEX "lead_campaign_id" ON "lead"(campaign_id);
CREATE INDEX "lead_owner_id" ON "lead"(owner_id);
CREATE INDEX "lead_territory_id" ON "lead"(territory_id);
CREATE INDEX "lead_company_id" ON "lead"(company_id);
CREATE INDEX "lead_contact_id" ON "lead"(contact_id);
CREATE INDEX "lead_deal_id" ON "lead"(deal_id);
CREATE INDEX "stage_pipeline_id" ON "stage"(pipeline_id);
CREATE INDEX "deal_company_id" ON "deal"(company_id);
CREATE INDEX "deal_contact_id" ON "deal"(contact_id);
CREATE INDEX "deal_pipeline_id" ON "deal"(pipeline_id);
CREATE INDEX "deal_stage_id" ON "deal"(stage_id);
CREATE INDEX "deal_owner_id" ON "deal"(owner_id);
CREATE INDEX "deal_competitor_id" ON "deal"(competitor_id);
CREATE INDEX "deal_lead_id" ON "deal"(lead_id);
CREATE INDEX "deal_campaign_id" ON "deal"(campaign_id);
CREATE INDEX "activity_owner_id" ON "activity"(owner_id);
CREATE INDEX "activity_contact_id" ON "activity"(contact_id);
CREATE INDEX "activity_company_id" ON "activity"(company_id);
CREATE INDEX "activity_deal_id" ON "activity"(deal_id);
CREATE INDEX "activity_lead_id" ON "activity"(lead_id);
CREATE INDEX "activity_case_id" ON "activity"(case_id);
CREATE INDEX "activity_playbook_action_id" ON "activity"(playbook_action_id);
CREATE INDEX "participant_activity_id" ON "participant"(activity_id);
CREATE INDEX "participant_user_id" ON "participant"(user_id);
CREATE INDEX "participant_contact_id" ON "participant"(contact_id);
CREATE INDEX "price_list_item_price_list_id" ON "price_list_item"(price_list_id);
CREATE INDEX "price_list_item_product_id" ON "price_list_item"(product_id);
CREATE INDEX "quote_deal_id" ON "quote"(deal_id);
CREATE INDEX "quote_approved_by" ON "quote"(approved_by);
CREATE INDEX "quote_line_quote_id" ON "quote_line"(quote_id);
CREATE INDEX "quote_line_product_id" ON "quote_line"(product_id);
CREATE INDEX "campaign_segment_id" ON "campaign"(segment_id);
CREATE INDEX "campaign_owner_id" ON "campaign"(owner_id);
CREATE INDEX "service_case_company_id" ON "service_case"(company_id);
CREATE INDEX "service_case_contact_id" ON "service_case"(contact_id);
CREATE INDEX "service_case_deal_id" ON "service_case"(deal_id);
CREATE INDEX "service_case_product_id" ON "service_case"(product_id);
CREATE INDEX "service_case_owner_id" ON "service_case"(owner_id);
CREATE INDEX "attachment_sent_by" ON "attachment"(sent_by);
CREATE INDEX "attachment_quote_id" ON "attachment"(quote_id);
CREATE INDEX "playbook_action_stage_id" ON "playbook_action"(stage_id);
CREATE INDEX "tagging_tag_id" ON "tagging"(tag_id);
CREATE INDEX "target_user_id" ON "target"(user_id);
CREATE INDEX "target_team_id" ON "target"(team_id);
CREATE INDEX contact_name ON contact(last_name, first_name);
CREATE INDEX contact_email ON contact(email);
CREATE INDEX company_name ON company(name);
CREATE INDEX deal_status_close ON deal(status, expected_close);
CREATE INDEX activity_owner_start ON activity(owner_id, starts_at);
CREATE INDEX activity_owner_due ON activity(owner_id, due_at);
CREATE INDEX setting_key ON setting(key);
CREATE INDEX tagging_record ON tagging(entity, record_id)
)SQL";

} // namespace tandem::detail
