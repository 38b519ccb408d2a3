#include "schema/schema.h"

#include <algorithm>
#include <cstdlib>
#include <string>

#include "schema/embedded.h"

namespace dkg {
extern const EmbeddedFile kMigrationFiles[];
extern const int kMigrationFiles_count;
}  // namespace dkg

namespace dkg::schema {

namespace {

// File names are NNNN_description.sql; the number is the version the migration produces.
std::vector<Migration> LoadMigrations() {
  std::vector<Migration> out;
  for (int i = 0; i < kMigrationFiles_count; ++i) {
    const EmbeddedFile& file = kMigrationFiles[i];
    std::string number(file.name.substr(0, file.name.find('_')));
    out.push_back({std::atoi(number.c_str()), file.name, file.bytes});
  }
  std::sort(out.begin(), out.end(),
            [](const Migration& a, const Migration& b) { return a.version < b.version; });
  return out;
}

}  // namespace

const std::vector<Migration>& Migrations() {
  static const std::vector<Migration> migrations = LoadMigrations();
  return migrations;
}

int LatestVersion() { return Migrations().empty() ? 0 : Migrations().back().version; }

}  // namespace dkg::schema
