// The shape every import (contacts, companies, any entity from CSV) reports in: what would be or
// was created, updated, skipped as a duplicate and rejected, line by line.
#pragma once

#include "util/Result.h"

#include <QList>
#include <QString>

namespace tandem {

enum class DuplicatePolicy { Skip, Update, CreateAnyway };

struct ImportOptions {
    DuplicatePolicy duplicates = DuplicatePolicy::Skip;
    bool dryRun = false;
    bool skipInvalid = false; // --skip-invalid: the user accepted a partial import explicitly
    QString fileName; // for messages
};

struct ImportRow {
    enum class Outcome { Created, Updated, SkippedDuplicate, Rejected };
    int line = 0;
    Outcome outcome = Outcome::Created;
    QString recordId;
    QString duplicateOfId;
    QString label;
    Error error;
};

struct ImportReport {
    int created = 0, updated = 0, skipped = 0, rejected = 0;
    QList<ImportRow> rows;
    QList<Error> errors;
    bool applied = false;
};

} // namespace tandem
