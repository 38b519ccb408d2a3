#pragma once

#include <string_view>
#include <vector>

namespace dkg::schema {

// One step of the store's schema history. Migration N moves a store from user_version N-1 to N;
// the SQL is the text of schema/migrations/NNNN_name.sql, embedded at build time.
struct Migration {
  int version;
  std::string_view name;
  std::string_view sql;
};

// All migrations in version order. Versions are 1..LatestVersion() without gaps (checked by tests).
const std::vector<Migration>& Migrations();

// The schema version a freshly created or fully migrated store has (PRAGMA user_version).
int LatestVersion();

}  // namespace dkg::schema
