// What the contact import, export, duplicates and merge suites share: running an import and
// reading back a contact's e-mail match, tags and contact points in a comparable form.
#pragma once

#include "TestDatabase.h"
#include "io/ContactCard.h"
#include "io/ImportReport.h"

#include <QStringList>

namespace tandem::test {

// Test text is written as users type it: UTF-8 literals.
inline QString str(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

inline QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

ImportOptions importOptions(DuplicatePolicy policy, bool dryRun, bool skipInvalid);
// ContactImport::run, failing the test when the database itself fails.
ImportReport runImport(TestDatabase& db, const CardReadResult& input, const ImportOptions& o);
// The one live contact with this e-mail (REQUIREd).
Record contactByEmail(RecordStore& rs, const char* email);
// The names of the contact's tags, sorted.
QStringList tagsOf(RecordStore& rs, const QString& contactId);
// Kind, label, primary flag, address parts and value of each contact point, sorted.
QStringList pointsOf(RecordStore& rs, const QString& contactId);

} // namespace tandem::test
