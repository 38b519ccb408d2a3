// The office_terms table (schema/migrations/NNNN_time.sql): office reports stored with their
// documents, and stores of every earlier schema version migrated to it with their officials'
// titles kept as reports.
#include <gtest/gtest.h>

#include <SQLiteCpp/SQLiteCpp.h>

#include "engine/sha256.h"
#include "engine/store.h"
#include "schema/schema.h"
#include "tests/test_util.h"

namespace dkg {
namespace {

// The version the office_terms migration produces (whatever number it was given at merge).
int TimeVersion() {
  for (const schema::Migration& m : schema::Migrations()) {
    if (m.name.find("_time") != std::string_view::npos) return m.version;
  }
  return 0;
}

DocumentInput Doc(const std::string& text, const std::string& date) {
  DocumentInput d;
  d.source = "r.txt";
  d.title = "A report";
  d.date = date;
  d.text = text;
  d.sha256 = Sha256Hex(text);
  return d;
}

TEST(OfficeTermsTest, ImportStoresEachReportWithItsDocumentAndItsNodes) {
  testing::TempDir dir;
  auto store = Store::Open(dir.File("s.db"));
  ASSERT_TRUE(store.ok()) << store.status().message();
  const std::string text = "Meera Rao took office as India's Foreign Secretary in January 2024.";
  ExtractedGraph g;
  g.nodes.resize(2);
  g.nodes[0].kind = "official";
  g.nodes[0].name = "Meera Rao";
  g.nodes[1].kind = "country";
  g.nodes[1].name = "India";
  ExtractedOffice o;
  o.official = 0;
  o.title = "Foreign Secretary";
  o.country = 1;
  o.status = "start";
  o.date = "2024-01";
  o.evidence = {{0, static_cast<int64_t>(text.size())}, "office:start:took office"};
  g.offices.push_back(o);
  auto report = (*store)->ImportDocument(Doc(text, "2024-02-14"), g);
  ASSERT_TRUE(report.ok()) << report.status().message();
  auto rows = (*store)->OfficeRecords();
  ASSERT_TRUE(rows.ok());
  ASSERT_EQ(rows->size(), 1u);
  const OfficeRecord& r = rows->front();
  EXPECT_EQ(r.title, "Foreign Secretary");
  EXPECT_EQ(r.status, "start");
  EXPECT_EQ(r.date, "2024-01");
  EXPECT_EQ(r.document_date, "2024-02-14");
  EXPECT_EQ(r.body_id, 0);
  EXPECT_EQ(r.rule, "office:start:took office");
  auto india = (*store)->FindByName("India");
  ASSERT_TRUE(india.ok() && india->size() == 1u);
  EXPECT_EQ(r.country_id, india->front());
  EXPECT_EQ((*store)->OfficeRecords(r.official_id + 1000)->size(), 0u);  // another country's
  // An office naming a node the graph does not hold is refused whole.
  g.offices[0].country = 7;
  EXPECT_FALSE((*store)->ImportDocument(Doc(text + " Again.", "2024-02-15"), g).ok());
  EXPECT_EQ((*store)->Documents()->size(), 1u);
}

// Builds a store of schema version `version` holding one document that mentions an official
// with a title and the country they represent.
void MakeOldStore(const std::string& path, int version) {
  if (version >= TimeVersion() - 1 && version > 6) {
    // The versions just before this one: a current store without the table (7 and later need
    // functions that only dkg registers).
    {
      auto store = Store::Open(path);
      ASSERT_TRUE(store.ok());
      ExtractedGraph g;
      g.nodes.resize(2);
      g.nodes[0].kind = "official";
      g.nodes[0].name = "Arun Kapoor";
      g.nodes[0].attrs["title"] = "Foreign Secretary";
      g.nodes[0].mentions.push_back({0, 11});
      g.nodes[1].kind = "country";
      g.nodes[1].name = "India";
      ExtractedEdge e;
      e.source = 0;
      e.target = 1;
      e.relation = "represents";
      e.evidence.push_back({{0, 20}, "test"});
      g.edges.push_back(e);
      ASSERT_TRUE((*store)->ImportDocument(Doc("Arun Kapoor of India spoke.", "2023-03-10"), g).ok());
      ASSERT_TRUE((*store)->ImportDocument(Doc("Arun Kapoor of India spoke again.", "2023-04-01"), g).ok());
    }
    SQLite::Database db(path, SQLite::OPEN_READWRITE);
    db.exec("DROP TABLE office_terms");
    db.exec("PRAGMA user_version = " + std::to_string(version));
    return;
  }
  SQLite::Database db(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
  for (const schema::Migration& m : schema::Migrations()) {
    if (m.version > version) break;
    db.exec(std::string(m.sql));
  }
  db.exec("PRAGMA user_version = " + std::to_string(version));
  db.exec("INSERT INTO documents(id, sha256, source, title, pub_date, text) VALUES "
          "(1, 'abc', 'r.txt', 'A report', '2023-03-10', 'Arun Kapoor of India spoke.')");
  db.exec("INSERT INTO nodes(id, kind, name, norm_key, attrs) VALUES "
          "(1, 'official', 'Arun Kapoor', 'arun kapoor', '{\"title\":\"Foreign Secretary\"}'), "
          "(2, 'country', 'India', 'india', '{}'), (3, 'official', 'No Title', 'no title', '{}')");
  db.exec("INSERT INTO documents(id, sha256, source, title, pub_date, text) VALUES "
          "(2, 'def', 's.txt', 'Another', '2023-04-01', 'Arun Kapoor of India spoke again.')");
  db.exec("INSERT INTO edges(id, source, relation, target) VALUES (1, 1, 'represents', 2)");
  db.exec("INSERT INTO evidence(edge_id, document_id, start, end, rule) VALUES (1, 1, 0, 20, 'test')");
  const bool spans = db.execAndGet("SELECT count(*) FROM pragma_table_info('mentions') WHERE name = 'spans'").getInt() > 0;
  if (spans) {
    db.exec("INSERT INTO mentions(node_id, document_id, spans, surfaces, reason) VALUES "
            "(1, 1, '0-11', '[\"Arun Kapoor\"]', 'new node'), (3, 1, '0-3', '[\"No\"]', 'new node'), "
            "(1, 2, '0-11', '[\"Arun Kapoor\"]', 'new node')");
  } else {
    db.exec("INSERT INTO mentions(node_id, document_id, start, end, surface, reason) VALUES "
            "(1, 1, 0, 11, 'Arun Kapoor', 'new node'), (3, 1, 0, 3, 'No', 'new node'), "
            "(1, 2, 0, 11, 'Arun Kapoor', 'new node')");
  }
}

TEST(OfficeTermsTest, StoresOfEveryEarlierVersionKeepTheirOfficialsTitlesAsReports) {
  const int target = TimeVersion();
  ASSERT_GT(target, 1) << "no *_time migration";
  for (int version = 1; version < target; ++version) {
    if (version > 6 && version < target - 1) continue;  // made only as a current store minus the table
    SCOPED_TRACE("schema version " + std::to_string(version));
    testing::TempDir dir;
    const std::string path = dir.File("old.db");
    MakeOldStore(path, version);
    auto store = Store::Open(path);
    ASSERT_TRUE(store.ok()) << store.status().message();
    EXPECT_EQ((*store)->Stats()->schema_version, schema::LatestVersion());
    auto rows = (*store)->OfficeRecords();
    ASSERT_TRUE(rows.ok()) << rows.status().message();
    ASSERT_EQ(rows->size(), 2u);  // one per document; the official without a title has none
    EXPECT_EQ(rows->front().title, "Foreign Secretary");
    EXPECT_EQ(rows->front().status, "held");
    EXPECT_EQ(rows->front().document_date, "2023-03-10");
    EXPECT_EQ(rows->front().rule, "migration:title");
    auto india = (*store)->FindByName("India");
    ASSERT_TRUE(india.ok() && india->size() == 1u);
    EXPECT_EQ(rows->front().country_id, india->front());
    EXPECT_EQ(rows->back().document_date, "2023-04-01");
  }
}

// A store whose version was set back by hand over the table: the migration applies again and
// adds no report twice.
TEST(OfficeTermsTest, ReappliedMigrationAddsNothingTwice) {
  testing::TempDir dir;
  const std::string path = dir.File("s.db");
  {
    auto store = Store::Open(path);
    ASSERT_TRUE(store.ok());
    ExtractedGraph g;
    g.nodes.resize(1);
    g.nodes[0].kind = "official";
    g.nodes[0].name = "Arun Kapoor";
    g.nodes[0].attrs["title"] = "Foreign Secretary";
    g.nodes[0].mentions.push_back({0, 11});
    ASSERT_TRUE((*store)->ImportDocument(Doc("Arun Kapoor spoke.", "2023-03-10"), g).ok());
  }
  {
    SQLite::Database db(path, SQLite::OPEN_READWRITE);
    db.exec("INSERT INTO office_terms(official_id, title, document_id, status, start, end, rule) "
            "VALUES (1, 'Foreign Secretary', 1, 'held', 0, 11, 'test')");
    db.exec("PRAGMA user_version = " + std::to_string(TimeVersion() - 1));
  }
  auto store = Store::Open(path);
  ASSERT_TRUE(store.ok()) << store.status().message();
  EXPECT_EQ((*store)->OfficeRecords()->size(), 1u);
}

}  // namespace
}  // namespace dkg
