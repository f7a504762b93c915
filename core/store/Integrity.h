// Checks a database: SQLite's integrity and foreign keys, and that the search index is complete.
#pragma once

#include <QStringList>

namespace tandem {

class Database;
class RecordStore;
class SearchIndex;

// Empty when all is well; otherwise one readable line per problem found.
QStringList checkIntegrity(Database& db, const RecordStore& records, const SearchIndex& search);

// SQLite's quick_check alone (the file's structure, without index contents): fast enough for every
// start. Empty when all is well.
QStringList quickCheck(Database& db);

} // namespace tandem
