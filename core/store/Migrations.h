// Ordered schema steps: version N+1 is reached only from N, each step in one transaction.
#pragma once

#include "util/Result.h"

namespace tandem {

class Database;

namespace Migrations {
int latestVersion();
Result<void> migrate(Database& db, int from, int to);
} // namespace Migrations

namespace detail {
extern const char* const kSchemaV1;
extern const char* const kSchemaV2;
extern const char* const kSchemaV3;
extern const char* const kSchemaV4;
extern const char* const kSchemaV5;
extern const char* const kSchemaV6;
} // namespace detail

} // namespace tandem
