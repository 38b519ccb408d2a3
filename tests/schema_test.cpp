#include "schema/schema.h"

#include <gtest/gtest.h>

namespace dkg::schema {
namespace {

TEST(SchemaTest, MigrationsAreNumberedWithoutGaps) {
  const auto& migrations = Migrations();
  ASSERT_FALSE(migrations.empty());
  for (size_t i = 0; i < migrations.size(); ++i) {
    EXPECT_EQ(migrations[i].version, static_cast<int>(i + 1)) << migrations[i].name;
    EXPECT_FALSE(migrations[i].sql.empty()) << migrations[i].name;
  }
  EXPECT_EQ(LatestVersion(), migrations.back().version);
}

TEST(SchemaTest, InitialMigrationCreatesTheCoreTables) {
  const std::string sql(Migrations().front().sql);
  for (const char* table : {"CREATE TABLE documents", "CREATE TABLE nodes", "CREATE TABLE aliases",
                            "CREATE TABLE edges", "CREATE TABLE evidence", "CREATE TABLE mentions",
                            "USING fts5"}) {
    EXPECT_NE(sql.find(table), std::string::npos) << table;
  }
}

}  // namespace
}  // namespace dkg::schema
