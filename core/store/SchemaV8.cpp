// Schema version 8: what the slowest reports read, kept ready.
// - deal_stage_entry: every stage a deal entered, one row per change that set its stage or the
//   time it entered it (a deal's creation, a stage_id change, a stage_entered_at change; DealFlow
//   writes the last two in one update, so they share the change's site and clock). A trigger on
//   the append-only change log keeps it, whether the change was made here or came by sync; the
//   migration fills it from the history already there.
// - activity_done_owner: the calls, meetings and e-mails marked done per rep and company, so team
//   activity counts them in index order without a sort.
// - activity_task_due and activity_task_done: what team activity reads of the tasks due, and
//   done, in a period, read from the index alone.
// The trigger's inner statement ends on the same line as END: the migration splits scripts at
// ';' + line end.
#include "store/Migrations.h"

namespace tandem::detail {

extern const char* const kSchemaV8; // external linkage: Migrations.cpp declares it too

const char* const kSchemaV8 = R"SQL(
CREATE TABLE deal_stage_entry (
    deal_id TEXT NOT NULL,
    hlc INTEGER NOT NULL,
    site_id TEXT NOT NULL,
    stage_id TEXT,
    entered_at TEXT,
    PRIMARY KEY (deal_id, hlc, site_id)
) WITHOUT ROWID;
INSERT INTO deal_stage_entry (deal_id, hlc, site_id, stage_id, entered_at)
SELECT record_id, hlc, site_id,
    max(CASE WHEN op = 'create' THEN json_extract(value, '$.stage_id')
             WHEN field = 'stage_id' THEN value END),
    max(CASE WHEN op = 'create' THEN coalesce(json_extract(value, '$.stage_entered_at'),
                                              json_extract(value, '$.created_at'))
             WHEN field = 'stage_entered_at' THEN value END)
FROM change_log
WHERE entity = 'deal'
    AND (op = 'create' OR (op = 'set' AND field IN ('stage_id', 'stage_entered_at')))
GROUP BY record_id, hlc, site_id;
CREATE TRIGGER deal_stage_entry_log AFTER INSERT ON change_log
WHEN NEW.entity = 'deal'
    AND (NEW.op = 'create' OR (NEW.op = 'set' AND NEW.field IN ('stage_id', 'stage_entered_at')))
BEGIN
    INSERT INTO deal_stage_entry (deal_id, hlc, site_id, stage_id, entered_at)
    VALUES (NEW.record_id, NEW.hlc, NEW.site_id,
        CASE WHEN NEW.op = 'create' THEN json_extract(NEW.value, '$.stage_id')
             WHEN NEW.field = 'stage_id' THEN NEW.value END,
        CASE WHEN NEW.op = 'create' THEN coalesce(json_extract(NEW.value, '$.stage_entered_at'),
                                                  json_extract(NEW.value, '$.created_at'))
             WHEN NEW.field = 'stage_entered_at' THEN NEW.value END)
    ON CONFLICT (deal_id, hlc, site_id) DO UPDATE SET
        stage_id = coalesce(excluded.stage_id, stage_id),
        entered_at = coalesce(excluded.entered_at, entered_at); END;
CREATE INDEX activity_done_owner ON activity(owner_id, company_id, kind, starts_at, id)
    WHERE deleted = 0 AND coalesce(done, 0) <> 0;
CREATE INDEX activity_task_due ON activity(owner_id, due_at, all_day, done, done_at, id)
    WHERE deleted = 0 AND kind = 'task';
CREATE INDEX activity_task_done ON activity(done_at, owner_id, created_at, id)
    WHERE deleted = 0 AND kind = 'task' AND coalesce(done, 0) <> 0
)SQL";

} // namespace tandem::detail
