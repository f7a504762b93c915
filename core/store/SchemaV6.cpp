// Schema version 6: the calendar. An event keeps the time zone its recurrence is counted in and
// the occurrences taken out of it; an event imported from iCalendar keeps its UID so that a second
// import updates it. Each user's reminders remember what was snoozed or dismissed; dormant-customer
// rules propose follow-up tasks. Indexes for the week and month views and the reminder scan.
#include "store/Migrations.h"

namespace tandem::detail {

const char* const kSchemaV6 = R"SQL(
ALTER TABLE activity ADD COLUMN time_zone TEXT;
ALTER TABLE activity ADD COLUMN exdates TEXT;
ALTER TABLE activity ADD COLUMN uid TEXT;
CREATE TABLE "reminder_state" (
    id TEXT PRIMARY KEY NOT NULL,
    created_at TEXT,
    created_by TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    user_id TEXT REFERENCES "user"(id) DEFERRABLE INITIALLY DEFERRED,
    entity TEXT,
    record_id TEXT,
    occurrence_at TEXT,
    snoozed_until TEXT,
    dismissed_at TEXT
);
CREATE TABLE "dormant_rule" (
    id TEXT PRIMARY KEY NOT NULL,
    created_at TEXT,
    created_by TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    name TEXT,
    kind TEXT,
    days INTEGER,
    task_subject TEXT,
    due_days INTEGER,
    letter_template TEXT,
    active INTEGER
);
CREATE INDEX reminder_state_user ON reminder_state(user_id, entity, record_id) WHERE deleted = 0;
CREATE INDEX activity_uid ON activity(uid) WHERE uid IS NOT NULL;
CREATE INDEX activity_recurring ON activity(owner_id) WHERE deleted = 0 AND coalesce(rrule, '') <> '';
CREATE INDEX participant_user ON participant(user_id) WHERE deleted = 0;
CREATE INDEX contact_next_contact ON contact(next_contact_date) WHERE deleted = 0 AND next_contact_date IS NOT NULL
)SQL";

} // namespace tandem::detail
