// Corrections as specifications: retract, merge, split, unlink, link, rename, set-date and undo
// on stores of our own making, each followed by SQLite's integrity and foreign-key checks, and
// each merge, split and unlink checked again after every document is retracted and imported anew.
#include <SQLiteCpp/SQLiteCpp.h>
#include <sqlite3.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <set>

#include <algorithm>
#include <map>

#include "engine/near_copy.h"
#include "engine/normalize.h"
#include "engine/sha256.h"
#include "engine/store.h"
#include "importers/structured.h"
#include "queries/export.h"
#include "schema/schema.h"
#include "tests/test_util.h"

namespace dkg {
namespace {

using testing::TempDir;

// A document and the graph "extracted" from it: the same every time it is imported, as the
// extractor's output is for the same text.
struct Fixture {
  DocumentInput doc;
  ExtractedGraph graph;
};

ExtractedNode Node(const std::string& kind, const std::string& name, Span mention,
                   std::vector<std::string> aliases = {}) {
  ExtractedNode n;
  n.kind = kind;
  n.name = name;
  n.aliases = std::move(aliases);
  n.mentions.push_back(mention);
  return n;
}

ExtractedEdge Edge(size_t s, const std::string& relation, size_t t, Span sentence) {
  ExtractedEdge e;
  e.source = s;
  e.target = t;
  e.relation = relation;
  e.evidence.push_back({sentence, "test-rule"});
  return e;
}

Fixture Doc(const std::string& text, const std::string& source) {
  Fixture f;
  f.doc.source = source;
  f.doc.title = source;
  f.doc.date = "2024-11-27";
  f.doc.text = text;
  f.doc.sha256 = Sha256Hex(text);
  return f;
}

int64_t Find(const Store& store, const std::string& name) {
  auto ids = store.FindByName(name);
  EXPECT_TRUE(ids.ok());
  return ids.ok() && ids->size() == 1 ? ids->front() : 0;
}

class CorrectionsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto store = Store::Open(dir_.File("c.db"));
    ASSERT_TRUE(store.ok()) << store.status().message();
    store_ = std::move(store).value();
  }

  int64_t Import(const Fixture& f) {
    auto r = store_->ImportDocument(f.doc, f.graph);
    ExpectIntegrity();  // after every operation
    EXPECT_TRUE(r.ok()) << r.status().message();
    EXPECT_TRUE(store_->IndexDocuments().ok());  // as `dkg import` does at its end
    return r.ok() ? r->document_id : 0;
  }

  std::string ExportJson() {
    auto snapshot = ExportSnapshot(*store_, {});
    EXPECT_TRUE(snapshot.ok());
    Subgraph sub = SelectSubgraph(*snapshot.value(), {});
    auto text = ExportSubgraph(*store_, sub, ExportFormat::kJson);
    EXPECT_TRUE(text.ok());
    return text.ok() ? text.value() : "";
  }

  // SQLite's integrity and foreign-key checks, through a second connection: after every
  // operation (the document full-text index may lag behind an ImportDocument until
  // IndexDocuments, as `dkg import` runs it at its end, so it is checked by ExpectConsistent).
  void ExpectIntegrity() {
    SQLite::Database db(dir_.File("c.db"), SQLite::OPEN_READONLY);
    EXPECT_EQ(db.execAndGet("PRAGMA integrity_check").getString(), "ok");
    SQLite::Statement fk(db, "PRAGMA foreign_key_check");
    EXPECT_FALSE(fk.executeStep()) << "foreign key violation in " << fk.getColumn(0).getString();
  }

  // SQLite's own checks on the file, through a second connection.
  void ExpectConsistent() {
    SQLite::Database db(dir_.File("c.db"), SQLite::OPEN_READWRITE);
    EXPECT_EQ(db.execAndGet("PRAGMA integrity_check").getString(), "ok");
    SQLite::Statement fk(db, "PRAGMA foreign_key_check");
    EXPECT_FALSE(fk.executeStep()) << "foreign key violation in " << fk.getColumn(0).getString();
    // The full-text index agrees with its content table.
    EXPECT_NO_THROW(db.exec("INSERT INTO documents_fts(documents_fts, rank) VALUES ('integrity-check', 1)"));
  }

  // Retracts every document and imports the fixtures again: what extraction alone would build.
  void Reimport(const std::vector<Fixture>& fixtures) {
    auto docs = store_->Documents();
    ASSERT_TRUE(docs.ok());
    for (const DocumentRecord& d : docs.value()) {
      ASSERT_TRUE(store_->RetractDocument(d.id, who_).ok());
      ExpectIntegrity();  // after every operation
    }
    ExpectConsistent();
    for (const Fixture& f : fixtures) Import(f);
    ExpectConsistent();
  }

  bool HasEdge(const std::string& a, const std::string& rel, const std::string& b) {
    const int64_t x = Find(*store_, a), y = Find(*store_, b);
    if (x == 0 || y == 0) return false;
    auto e = store_->FindEdge(x, rel, y);
    return e.ok() && e->has_value();
  }

  TempDir dir_;
  std::unique_ptr<Store> store_;
  CorrectionAuthor who_{"tester", "a test", ""};
};

// Two documents that both say Anna Berg represents Sweden; only the first says she chaired.
std::vector<Fixture> TwoReports() {
  Fixture a = Doc("Anna Berg of Sweden chaired the Talks.", "a.txt");
  a.graph.nodes = {Node("official", "Anna Berg", {0, 9}), Node("country", "Sweden", {13, 19}),
                   Node("meeting", "the Talks", {28, 37})};
  a.graph.edges = {Edge(0, "represents", 1, {0, 38}), Edge(0, "chaired", 2, {0, 38})};
  Fixture b = Doc("Anna Berg spoke for Sweden.", "b.txt");
  b.graph.nodes = {Node("official", "Anna Berg", {0, 9}), Node("country", "Sweden", {20, 26})};
  b.graph.edges = {Edge(0, "represents", 1, {0, 27})};
  return {a, b};
}

TEST_F(CorrectionsTest, RetractKeepsWhatAnotherDocumentSupports) {
  auto docs = TwoReports();
  const int64_t first = Import(docs[0]);
  Import(docs[1]);
  auto record = store_->RetractDocument(first, who_);
  ExpectIntegrity();  // after every operation
  ASSERT_TRUE(record.ok()) << record.status().message();
  EXPECT_EQ(record->action, "retract");
  EXPECT_EQ(record->by, "tester");
  ExpectConsistent();
  // The shared edge stays, with the second document's evidence only.
  const int64_t berg = Find(*store_, "Anna Berg"), sweden = Find(*store_, "Sweden");
  auto edge = store_->FindEdge(berg, "represents", sweden);
  ASSERT_TRUE(edge.ok() && edge->has_value());
  auto evidence = store_->EvidenceFor({(*edge)->id});
  ASSERT_TRUE(evidence.ok());
  ASSERT_EQ(evidence->size(), 1u);
  EXPECT_EQ(evidence->front().text, "Anna Berg spoke for Sweden.");
  // What only the first supported is gone: the chaired edge and the meeting.
  EXPECT_EQ(Find(*store_, "the Talks"), 0);
  EXPECT_EQ(store_->Documents()->size(), 1u);
  auto stats = store_->Stats();
  EXPECT_EQ(stats->edges, 1);
  EXPECT_EQ(stats->nodes, 2);
  // Retracting the only remaining support removes the rest.
  ASSERT_TRUE(store_->RetractDocument(store_->Documents()->front().id, who_).ok());
  ExpectConsistent();
  stats = store_->Stats();
  EXPECT_EQ(stats->nodes, 0);
  EXPECT_EQ(stats->edges, 0);
  EXPECT_EQ(stats->documents, 0);
}

TEST_F(CorrectionsTest, RetractOfAnUnknownDocumentChangesNothing) {
  auto docs = TwoReports();
  Import(docs[0]);
  const std::string before = ExportJson();
  auto r = store_->RetractDocument(99, who_);
  ExpectIntegrity();  // after every operation
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("no document #99"), std::string::npos);
  EXPECT_EQ(ExportJson(), before);
  EXPECT_TRUE(store_->Corrections()->empty());
}

TEST_F(CorrectionsTest, UndoRestoresTheExactExport) {
  auto docs = TwoReports();
  Import(docs[0]);
  Import(docs[1]);
  const std::string before = ExportJson();
  auto retract = store_->RetractDocument(1, who_);
  ExpectIntegrity();  // after every operation
  ASSERT_TRUE(retract.ok());
  EXPECT_NE(ExportJson(), before);
  auto undo = store_->Undo(retract->id, who_);
  ExpectIntegrity();  // after every operation
  ASSERT_TRUE(undo.ok()) << undo.status().message();
  EXPECT_EQ(ExportJson(), before);
  ExpectConsistent();
  // The document is searchable again, and the log says who undid what.
  auto found = store_->SearchDocuments("chaired");
  ASSERT_TRUE(found.ok());
  EXPECT_EQ(found->size(), 1u);
  auto log = store_->Corrections();
  ASSERT_EQ(log->size(), 2u);
  EXPECT_EQ(log->front().undone_by, undo->id);
  EXPECT_FALSE(store_->Undo(retract->id, who_).ok()) << "undone twice";
  ExpectIntegrity();  // after every operation
}

// Two reports naming one dialogue round two ways: the analyst merges them.
std::vector<Fixture> TwoNamesOfOneRound() {
  Fixture a = Doc("Misri co-chaired the Third 2+2 in Tokyo.", "a.txt");
  a.graph.nodes = {Node("official", "Vikram Misri", {0, 5}, {"Misri"}),
                   Node("meeting", "Third 2+2", {20, 29}), Node("place", "Tokyo", {33, 38})};
  a.graph.edges = {Edge(0, "cochaired", 1, {0, 39}), Edge(1, "held_in", 2, {0, 39})};
  Fixture b = Doc("The 3rd 2+2 Dialogue was held in Tokyo.", "b.txt");
  b.graph.nodes = {Node("meeting", "3rd 2+2 Dialogue", {4, 20}), Node("place", "Tokyo", {33, 38})};
  b.graph.edges = {Edge(0, "held_in", 1, {0, 39})};
  Fixture c = Doc("Rajnath Singh welcomed Misri to the 3rd 2+2 Dialogue.", "c.txt");
  c.graph.nodes = {Node("official", "Rajnath Singh", {0, 13}),
                   Node("official", "Vikram Misri", {23, 28}, {"Misri"}),
                   Node("meeting", "3rd 2+2 Dialogue", {36, 52}), Node("country", "Japan", {0, 0})};
  c.graph.edges = {Edge(0, "attended", 2, {0, 53}), Edge(0, "represents", 3, {0, 53})};
  return {a, b, c};
}

TEST_F(CorrectionsTest, MergeHoldsAcrossReimport) {
  auto docs = TwoNamesOfOneRound();
  for (const auto& d : docs) Import(d);
  const int64_t third = Find(*store_, "Third 2+2"), other = Find(*store_, "3rd 2+2 Dialogue");
  ASSERT_NE(third, 0);
  ASSERT_NE(other, 0);
  const std::string before = ExportJson();
  auto merge = store_->MergeNodes(third, other, who_);
  ExpectIntegrity();  // after every operation
  ASSERT_TRUE(merge.ok()) << merge.status().message();
  ExpectConsistent();
  EXPECT_EQ(Find(*store_, "3rd 2+2 Dialogue"), third) << "the absorbed name is an alias";
  // Both held_in edges are one edge with the evidence of both documents.
  auto held = store_->FindEdge(third, "held_in", Find(*store_, "Tokyo"));
  ASSERT_TRUE(held.ok() && held->has_value());
  EXPECT_EQ(store_->EvidenceFor({(*held)->id})->size(), 2u);
  EXPECT_TRUE(HasEdge("Rajnath Singh", "attended", "Third 2+2"));
  // Every document again: later mentions of either name join the merged node.
  Reimport(docs);
  auto meetings = store_->ListNodes({"meeting", 0, "", 0});
  ASSERT_EQ(meetings->size(), 1u);
  EXPECT_EQ(meetings->front().name, "Third 2+2");
  EXPECT_TRUE(HasEdge("Rajnath Singh", "attended", "Third 2+2"));
  EXPECT_TRUE(HasEdge("Vikram Misri", "cochaired", "Third 2+2"));
}

TEST_F(CorrectionsTest, MergeThenUndoRestoresTheExport) {
  auto docs = TwoNamesOfOneRound();
  for (const auto& d : docs) Import(d);
  const std::string before = ExportJson();
  auto merge = store_->MergeNodes(Find(*store_, "Third 2+2"), Find(*store_, "3rd 2+2 Dialogue"), who_);
  ExpectIntegrity();  // after every operation
  ASSERT_TRUE(merge.ok());
  ASSERT_TRUE(store_->Undo(merge->id, who_).ok());
  ExpectIntegrity();  // after every operation
  EXPECT_EQ(ExportJson(), before);
  ExpectConsistent();
  // The rule went with it: a new import keeps the names apart again.
  auto search = store_->Search("3rd");
  ASSERT_TRUE(search.ok());
  EXPECT_EQ(search->size(), 1u);
}

TEST_F(CorrectionsTest, UnlinkHoldsAcrossReimport) {
  auto docs = TwoNamesOfOneRound();
  for (const auto& d : docs) Import(d);
  ASSERT_TRUE(HasEdge("Rajnath Singh", "represents", "Japan"));
  auto unlink = store_->Unlink(Find(*store_, "Rajnath Singh"), "represents", Find(*store_, "Japan"), who_);
  ExpectIntegrity();  // after every operation
  ASSERT_TRUE(unlink.ok()) << unlink.status().message();
  ExpectConsistent();
  EXPECT_FALSE(HasEdge("Rajnath Singh", "represents", "Japan"));
  Reimport(docs);
  EXPECT_FALSE(HasEdge("Rajnath Singh", "represents", "Japan"));
  EXPECT_TRUE(HasEdge("Rajnath Singh", "attended", "3rd 2+2 Dialogue"));
  // An edge that does not exist cannot be unlinked.
  auto again = store_->Unlink(Find(*store_, "Rajnath Singh"), "represents", Find(*store_, "Vikram Misri"), who_);
  ExpectIntegrity();  // after every operation
  EXPECT_FALSE(again.ok());
}

TEST_F(CorrectionsTest, SplitHoldsAcrossReimport) {
  // Two documents name "the Summit"; the second is really another summit.
  Fixture a = Doc("Anna Berg chaired the Summit in Oslo.", "a.txt");
  a.graph.nodes = {Node("official", "Anna Berg", {0, 9}), Node("meeting", "the Summit", {18, 28}),
                   Node("place", "Oslo", {32, 36})};
  a.graph.edges = {Edge(0, "chaired", 1, {0, 37}), Edge(1, "held_in", 2, {0, 37})};
  Fixture b = Doc("Ola Nord chaired the Summit in Rome.", "b.txt");
  b.graph.nodes = {Node("official", "Ola Nord", {0, 8}), Node("meeting", "the Summit", {17, 27}),
                   Node("place", "Rome", {31, 35})};
  b.graph.edges = {Edge(0, "chaired", 1, {0, 36}), Edge(1, "held_in", 2, {0, 36})};
  std::vector<Fixture> docs = {a, b};
  Import(a);
  const int64_t second = Import(b);
  const int64_t summit = Find(*store_, "the Summit");
  ASSERT_TRUE(HasEdge("the Summit", "held_in", "Rome"));
  auto split = store_->SplitNode(summit, {second}, "Rome Summit", who_);
  ExpectIntegrity();  // after every operation
  ASSERT_TRUE(split.ok()) << split.status().message();
  ExpectConsistent();
  EXPECT_TRUE(HasEdge("Rome Summit", "held_in", "Rome"));
  EXPECT_TRUE(HasEdge("Ola Nord", "chaired", "Rome Summit"));
  EXPECT_FALSE(HasEdge("the Summit", "held_in", "Rome"));
  EXPECT_TRUE(HasEdge("the Summit", "held_in", "Oslo"));
  Reimport(docs);
  EXPECT_TRUE(HasEdge("Rome Summit", "held_in", "Rome"));
  EXPECT_FALSE(HasEdge("the Summit", "held_in", "Rome"));
  EXPECT_TRUE(HasEdge("Anna Berg", "chaired", "the Summit"));
  // The same name for the new node is refused: name matching would join them again.
  auto same = store_->SplitNode(Find(*store_, "the Summit"), {1}, "The Summit", who_);
  ExpectIntegrity();  // after every operation
  EXPECT_FALSE(same.ok());
}

// Offices over time (issue 12) follow a merge and a split like mentions do.
TEST_F(CorrectionsTest, OfficeTermsFollowMergeAndSplit) {
  auto report = [](const std::string& name, const std::string& source) {
    Fixture f = Doc(name + " of Sweden, the Foreign Minister, spoke.", source);
    f.graph.nodes = {Node("official", name, {0, name.size()}), Node("country", "Sweden", {name.size() + 4, name.size() + 10})};
    f.graph.edges = {Edge(0, "represents", 1, {0, f.doc.text.size()})};
    ExtractedOffice office;
    office.official = 0;
    office.title = "Foreign Minister";
    office.country = 1;
    office.evidence = {{0, f.doc.text.size()}, "test-rule"};
    f.graph.offices = {office};
    return f;
  };
  Import(report("Anna Berg", "a.txt"));
  const int64_t second = Import(report("A. Bergh", "b.txt"));
  const int64_t anna = Find(*store_, "Anna Berg"), other = Find(*store_, "A. Bergh");
  ASSERT_NE(anna, 0);
  ASSERT_NE(other, 0);
  auto holders = [&]() {
    std::multiset<int64_t> out;
    auto records = store_->OfficeRecords();  // kept: value() refers into it
    EXPECT_TRUE(records.ok());
    for (const OfficeRecord& r : records.value()) out.insert(r.official_id);
    return out;
  };
  ASSERT_EQ(holders(), (std::multiset<int64_t>{anna, other}));
  ASSERT_TRUE(store_->MergeNodes(anna, other, who_).ok());
  ExpectIntegrity();  // after every operation
  EXPECT_EQ(holders(), (std::multiset<int64_t>{anna, anna})) << "the absorbed official's term is kept";
  ExpectConsistent();
  auto split = store_->SplitNode(anna, {second}, "Anders Bergh", who_);
  ExpectIntegrity();  // after every operation
  ASSERT_TRUE(split.ok()) << split.status().message();
  const int64_t anders = Find(*store_, "Anders Bergh");
  EXPECT_EQ(holders(), (std::multiset<int64_t>{anna, anders})) << "the moved document's term moves";
  ExpectConsistent();
}

TEST_F(CorrectionsTest, LinkRenameAndSetDateAreRecordedAndUndone) {
  auto docs = TwoReports();
  Import(docs[0]);
  Import(docs[1]);
  const std::string before = ExportJson();
  const int64_t berg = Find(*store_, "Anna Berg"), talks = Find(*store_, "the Talks");
  auto link = store_->Link(berg, "attended", talks, who_);
  ExpectIntegrity();  // after every operation
  ASSERT_TRUE(link.ok()) << link.status().message();
  EXPECT_TRUE(HasEdge("Anna Berg", "attended", "the Talks"));
  EXPECT_FALSE(store_->Link(berg, "attended", talks, who_).ok()) << "linked twice";
  ExpectIntegrity();  // after every operation
  auto rename = store_->RenameNode(berg, "Anna Maria Berg", who_);
  ExpectIntegrity();  // after every operation
  ASSERT_TRUE(rename.ok());
  EXPECT_EQ(Find(*store_, "Anna Berg"), berg) << "the old name is an alias";
  EXPECT_EQ(store_->Search("Maria")->size(), 1u);
  auto date = store_->SetNodeDate(talks, "2024-11", who_);
  ExpectIntegrity();  // after every operation
  ASSERT_TRUE(date.ok());
  EXPECT_EQ(store_->GetNode(talks).value()->date, "2024-11");
  EXPECT_FALSE(store_->SetNodeDate(talks, "November", who_).ok());
  ExpectConsistent();
  auto history = store_->Corrections(berg);
  ASSERT_EQ(history->size(), 2u);
  EXPECT_EQ(history->at(0).action, "link");
  EXPECT_EQ(history->at(1).action, "rename");
  EXPECT_EQ(history->at(1).reason, "a test");
  // Undone newest first, the store is as it was.
  ASSERT_TRUE(store_->Undo(date->id, who_).ok());
  ExpectIntegrity();  // after every operation
  ASSERT_TRUE(store_->Undo(rename->id, who_).ok());
  ExpectIntegrity();  // after every operation
  ASSERT_TRUE(store_->Undo(link->id, who_).ok());
  ExpectIntegrity();  // after every operation
  EXPECT_EQ(ExportJson(), before);
  ExpectConsistent();
}

TEST_F(CorrectionsTest, UndoRefusesWhenLaterCorrectionsChangedTheSameRows) {
  auto docs = TwoReports();
  Import(docs[0]);
  const int64_t talks = Find(*store_, "the Talks");
  auto first = store_->SetNodeDate(talks, "2024", who_);
  ExpectIntegrity();  // after every operation
  ASSERT_TRUE(first.ok());
  auto second = store_->SetNodeDate(talks, "2024-11", who_);
  ExpectIntegrity();  // after every operation
  ASSERT_TRUE(second.ok());
  const std::string before = ExportJson();
  auto undo = store_->Undo(first->id, who_);
  ExpectIntegrity();  // after every operation
  ASSERT_FALSE(undo.ok());
  EXPECT_NE(undo.status().message().find("undo those first"), std::string::npos);
  EXPECT_EQ(ExportJson(), before);
  ASSERT_TRUE(store_->Undo(second->id, who_).ok());
  ExpectIntegrity();  // after every operation
  ASSERT_TRUE(store_->Undo(first->id, who_).ok());
  ExpectIntegrity();  // after every operation
  EXPECT_EQ(store_->GetNode(talks).value()->date, "");
}

// An export with names for ids: nodes by kind and name, edges by their ends' names, evidence by
// document sha256, corrections without their store's ids (and without the mark an import adds),
// so that the exports of two stores holding the same graph compare equal.
nlohmann::json Canonical(const std::string& text) {
  auto doc = nlohmann::json::parse(text);
  std::map<int64_t, std::string> node_name, doc_sha, correction_summary;
  for (const auto& n : doc["nodes"]) node_name[n["id"].get<int64_t>()] = n["kind"].get<std::string>() + ":" + n["name"].get<std::string>();
  for (const auto& d : doc["documents"]) doc_sha[d["id"].get<int64_t>()] = d["sha256"].get<std::string>();
  nlohmann::json out = {{"nodes", nlohmann::json::array()}, {"edges", nlohmann::json::array()},
                        {"documents", nlohmann::json::array()}, {"corrections", nlohmann::json::array()}};
  for (auto n : doc["nodes"]) {
    n.erase("id");
    out["nodes"].push_back(n);
  }
  for (auto e : doc["edges"]) {
    e["source"] = node_name[e["source"].get<int64_t>()];
    e["target"] = node_name[e["target"].get<int64_t>()];
    e.erase("id");
    for (auto& ev : e["evidence"]) ev["document"] = doc_sha[ev["document"].get<int64_t>()];
    out["edges"].push_back(e);
  }
  for (auto d : doc["documents"]) {
    d.erase("id");
    out["documents"].push_back(d);
  }
  if (doc.contains("corrections")) {
    for (const auto& c : doc["corrections"]) correction_summary[c["id"].get<int64_t>()] = c["summary"].get<std::string>();
    for (auto c : doc["corrections"]) {
      c.erase("id");
      c.erase("nodes");
      c["detail"].erase("imported");
      c["detail"].erase("undoes");
      if (!c["undone_by"].is_null()) c["undone_by"] = correction_summary[c["undone_by"].get<int64_t>()];
      out["corrections"].push_back(c);
    }
  }
  for (const char* key : {"nodes", "edges", "documents"}) {
    std::sort(out[key].begin(), out[key].end(), [](const auto& a, const auto& b) { return a.dump() < b.dump(); });
  }
  return out;
}

// Corrections travel with the JSON export (issue 13): a store made from the export has the
// corrected graph, the records and the rules, so the corrections hold there across re-imports;
// and its export is the same graph again.
TEST_F(CorrectionsTest, CorrectionsTravelWithTheJsonExport) {
  std::vector<Fixture> docs = TwoNamesOfOneRound();
  Fixture summit_a = Doc("Anna Berg chaired the Summit in Oslo.", "d.txt");
  summit_a.graph.nodes = {Node("official", "Anna Berg", {0, 9}), Node("meeting", "the Summit", {18, 28}),
                          Node("place", "Oslo", {32, 36})};
  summit_a.graph.edges = {Edge(0, "chaired", 1, {0, 37}), Edge(1, "held_in", 2, {0, 37})};
  Fixture summit_b = Doc("Ola Nord chaired the Summit in Rome.", "e.txt");
  summit_b.graph.nodes = {Node("official", "Ola Nord", {0, 8}), Node("meeting", "the Summit", {17, 27}),
                          Node("place", "Rome", {31, 35})};
  summit_b.graph.edges = {Edge(0, "chaired", 1, {0, 36}), Edge(1, "held_in", 2, {0, 36})};
  Fixture mistake = Doc("Zed Quill attended the Gala.", "f.txt");
  mistake.graph.nodes = {Node("official", "Zed Quill", {0, 9}), Node("meeting", "the Gala", {19, 27})};
  mistake.graph.edges = {Edge(0, "attended", 1, {0, 28})};
  docs.push_back(summit_a);
  docs.push_back(summit_b);
  for (const Fixture& f : docs) Import(f);
  const int64_t wrong = Import(mistake);
  const int64_t second_summit = 5;  // e.txt, the fifth document
  ASSERT_EQ(store_->Documents({second_summit})->front().source, "e.txt");

  // One of each correction, then one undone.
  ASSERT_TRUE(store_->MergeNodes(Find(*store_, "Third 2+2"), Find(*store_, "3rd 2+2 Dialogue"), who_).ok());
  ExpectIntegrity();  // after every operation
  ASSERT_TRUE(store_->Unlink(Find(*store_, "Rajnath Singh"), "represents", Find(*store_, "Japan"), who_).ok());
  ExpectIntegrity();  // after every operation
  ASSERT_TRUE(store_->SplitNode(Find(*store_, "the Summit"), {second_summit}, "Rome Summit", who_).ok());
  ExpectIntegrity();  // after every operation
  ASSERT_TRUE(store_->RetractDocument(wrong, who_).ok());
  ExpectIntegrity();  // after every operation
  ASSERT_TRUE(store_->RenameNode(Find(*store_, "Oslo"), "Oslo, Norway", who_).ok());
  ExpectIntegrity();  // after every operation
  ASSERT_TRUE(store_->SetNodeDate(Find(*store_, "the Summit"), "2024-05", who_).ok());
  ExpectIntegrity();  // after every operation
  auto linked = store_->Link(Find(*store_, "Ola Nord"), "attended", Find(*store_, "Third 2+2"), who_);
  ExpectIntegrity();  // after every operation
  ASSERT_TRUE(linked.ok());
  ASSERT_TRUE(store_->Undo(linked->id, who_).ok());
  ExpectIntegrity();  // after every operation
  const std::string exported = ExportJson();
  auto parsed = nlohmann::json::parse(exported);
  ASSERT_TRUE(parsed.contains("corrections"));
  // The six in effect: the link and the undo that undid it cancel out.
  ASSERT_EQ(parsed["corrections"].size(), 6u);
  // The streamed export (what `dkg export` writes) is the same bytes.
  std::string streamed;
  ASSERT_TRUE(ExportStore(*store_, {}, ExportFormat::kJson, [&](std::string_view b) {
                streamed += b;
                return Status::Ok();
              }).ok());
  EXPECT_EQ(streamed, exported);

  // A fresh store from the export alone.
  auto fresh_from = [&](const std::string& json, const std::string& file) {
    store_.reset();
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(dir_.File(file) + suffix);
    std::filesystem::remove(dir_.File(file) + ".graph");  // the graph index beside it
    auto opened = Store::Open(dir_.File("c.db"));
    EXPECT_TRUE(opened.ok());
    store_ = std::move(opened).value();
    auto graph = ParseGraphJson(json, "exported.json");
    EXPECT_TRUE(graph.ok()) << graph.status().message();
    auto stored = store_->ImportGraph(graph.value());
    ExpectIntegrity();  // after every operation
    EXPECT_TRUE(stored.ok()) << stored.status().message();
    EXPECT_TRUE(store_->IndexDocuments().ok());
    if (stored.ok()) EXPECT_EQ(stored->corrections_added, 6);
  };
  fresh_from(exported, "c.db");
  ExpectConsistent();
  const std::string again = ExportJson();
  EXPECT_EQ(Canonical(again), Canonical(exported)) << "the same graph, corrections and rules";
  // And once more: the export of a store made from an export is a fixed point, byte for byte.
  fresh_from(again, "c.db");
  EXPECT_EQ(ExportJson(), again);
  // Importing the same file again adds no correction twice.
  {
    auto graph = ParseGraphJson(again, "again.json");
    ASSERT_TRUE(graph.ok());
    auto stored = store_->ImportGraph(graph.value());
    ExpectIntegrity();  // after every operation
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(stored->corrections_added, 0);
    EXPECT_EQ(stored->corrections_existing, 6);
    EXPECT_EQ(ExportJson(), again);
  }

  // The corrections hold in the new store...
  EXPECT_EQ(store_->ListNodes({"meeting", 0, "", 0})->size(), 3u);  // Third 2+2, the Summit, Rome Summit
  EXPECT_EQ(Find(*store_, "3rd 2+2 Dialogue"), Find(*store_, "Third 2+2"));
  EXPECT_FALSE(HasEdge("Rajnath Singh", "represents", "Japan"));
  EXPECT_TRUE(HasEdge("Rome Summit", "held_in", "Rome"));
  EXPECT_FALSE(HasEdge("the Summit", "held_in", "Rome"));
  EXPECT_EQ(Find(*store_, "Zed Quill"), 0) << "the retracted document's graph stays out";
  EXPECT_EQ(store_->Documents()->size(), 5u);
  EXPECT_EQ(store_->GetNode(Find(*store_, "Oslo, Norway")).value()->name, "Oslo, Norway");
  EXPECT_EQ(store_->GetNode(Find(*store_, "the Summit")).value()->date, "2024-05");
  EXPECT_FALSE(HasEdge("Ola Nord", "attended", "Third 2+2")) << "the link was undone";
  // ...with their records, which cannot be undone here: their rows changed in the other store.
  auto history = store_->Corrections();
  ASSERT_EQ(history->size(), 6u);
  EXPECT_EQ(history->at(0).action, "merge");
  EXPECT_EQ(history->at(0).by, "tester");
  EXPECT_EQ(history->at(0).reason, "a test");
  EXPECT_EQ(history->at(5).action, "set-date");
  EXPECT_FALSE(history->at(0).nodes.empty()) << "the merged node's history is found on it";
  auto undo = store_->Undo(history->at(0).id, who_);
  ExpectIntegrity();  // after every operation
  ASSERT_FALSE(undo.ok());
  EXPECT_NE(undo.status().message().find("imported"), std::string::npos) << undo.status().message();

  // ...and across re-importing every document (the retracted one excepted: it was taken out).
  const std::string before_reimport = ExportJson();
  for (const Fixture& f : docs) {
    auto r = store_->ImportDocument(f.doc, f.graph);
    ExpectIntegrity();  // after every operation
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->state, ImportState::kSkipped) << "the export's documents are these documents";
  }
  EXPECT_EQ(ExportJson(), before_reimport);
  Reimport(docs);
  EXPECT_EQ(store_->ListNodes({"meeting", 0, "", 0})->size(), 3u);
  EXPECT_EQ(Find(*store_, "3rd 2+2 Dialogue"), Find(*store_, "Third 2+2")) << "merge";
  EXPECT_TRUE(HasEdge("Rajnath Singh", "attended", "Third 2+2"));
  EXPECT_FALSE(HasEdge("Rajnath Singh", "represents", "Japan")) << "unlink";
  EXPECT_TRUE(HasEdge("Rome Summit", "held_in", "Rome")) << "split";
  EXPECT_FALSE(HasEdge("the Summit", "held_in", "Rome")) << "split";
  EXPECT_TRUE(HasEdge("the Summit", "held_in", "Oslo, Norway")) << "rename";
  EXPECT_EQ(Find(*store_, "Zed Quill"), 0);
  ExpectConsistent();
}

// A JSON graph whose corrections are malformed is refused whole, naming the problem.
TEST(CorrectionsImportTest, MalformedCorrectionsAreRefused) {
  const std::string base = R"({"nodes": [{"id": 1, "kind": "place", "name": "Oslo"}], "edges": [], "documents": [], )";
  for (const auto& [corrections, problem] : std::vector<std::pair<std::string, std::string>>{
           {R"("corrections": {})", "not an array"},
           {R"("corrections": [{"id": 1, "action": "merge", "at": "x", "by": "a", "summary": "s", "rules": [{"type": "teleport"}]}])", "teleport"},
           {R"("corrections": [{"id": 1, "action": "merge", "at": "x", "by": "a", "summary": "s", "rules": [{"type": "redirect", "kind": "place"}]}])", "non-empty"},
           {R"("corrections": [{"id": 1, "action": "Merge!", "at": "x", "by": "a", "summary": "s"}])", "lower-case"},
           {R"("corrections": [{"id": 1, "action": "merge", "at": "x", "by": "a", "summary": "s", "undone_by": 7}])", "unknown correction id 7"},
           {R"("corrections": [{"id": 1, "action": "merge", "by": "a", "summary": "s"}])", "at, by"}}) {
    auto graph = ParseGraphJson(base + corrections + "}", "bad.json");
    ASSERT_FALSE(graph.ok()) << corrections;
    EXPECT_NE(graph.status().message().find(problem), std::string::npos) << graph.status().message();
    EXPECT_NE(graph.status().message().find("bad.json"), std::string::npos);
  }
}

// A made-up report and a wire copy of it: another date, a paragraph moved, a line added.
const char* kReport =
    "Norway and Chile hold talks on ocean cooperation\nMay 4, 2024\n"
    "Oslo, May 4: Norway and Chile held the third round of their Ocean Partnership Dialogue in "
    "Oslo on Saturday, the Norwegian foreign ministry said.\n"
    "The meeting was co-chaired by State Secretary Ingrid Halvorsen and Undersecretary Tomas "
    "Valdivia, with officials from fisheries, energy and shipping agencies of both countries.\n"
    "The two sides reviewed cooperation on sustainable fisheries, offshore wind and the "
    "protection of marine ecosystems, and agreed to set up a working group on green shipping.\n"
    "The next round of the dialogue will be held in Santiago next year, the statement added.\n";
const char* kCopy =
    "Norway and Chile hold talks on ocean cooperation\nJune 9, 2025\n"
    "Oslo, June 9: Norway and Chile held the third round of their Ocean Partnership Dialogue in "
    "Oslo on Monday, the Norwegian foreign ministry said.\n"
    "The two sides reviewed cooperation on sustainable fisheries, offshore wind and the "
    "protection of marine ecosystems, and agreed to set up a working group on green shipping.\n"
    "The meeting was co-chaired by State Secretary Ingrid Halvorsen and Undersecretary Tomas "
    "Valdivia, with officials from fisheries, energy and shipping agencies of both countries.\n"
    "Officials described the talks as constructive.\n"
    "The next round of the dialogue will be held in Santiago next year, the statement added.\n";
const char* kOther =
    "Kenya and Ghana sign a trade agreement\nMay 5, 2024\n"
    "Nairobi, May 5: Kenya and Ghana signed an agreement on agricultural trade after two days of "
    "negotiations between their trade ministers, who also discussed visa rules for students.\n";

TEST(NearCopyTest, SignaturesSeparateCopiesFromOtherReports) {
  const auto report = MinHashSignature(kReport), copy = MinHashSignature(kCopy),
             other = MinHashSignature(kOther);
  EXPECT_GE(MinHashSimilarity(report, copy), kNearCopyThreshold);
  EXPECT_LT(MinHashSimilarity(report, other), 0.2);
  EXPECT_TRUE(MinHashSignature(" ,. ").empty());
  EXPECT_TRUE(MinHashSignature("Radoslaw Sikorski; C++ Users Group.").empty()) << "too short to tell";
}

TEST_F(CorrectionsTest, NearCopiesJoinTheFirstDocumentsGroup) {
  Fixture first = Doc(kReport, "report.txt");
  first.graph.nodes = {Node("official", "Ingrid Halvorsen", {195, 211}),
                       Node("meeting", "Ocean Partnership Dialogue", {107, 133})};
  first.graph.edges = {Edge(0, "cochaired", 1, {157, 300})};
  Fixture copy = Doc(kCopy, "copy.txt");
  copy.graph = first.graph;  // what extraction finds in it (offsets aside)
  Fixture other = Doc(kOther, "other.txt");
  const int64_t a = Import(first);
  auto r = store_->ImportDocument(copy.doc, copy.graph);
  ExpectIntegrity();  // after every operation
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->copy_of, a);
  EXPECT_EQ(r->nodes_created + r->nodes_merged, 0) << "a copy adds no graph of its own";
  auto o = store_->ImportDocument(other.doc, other.graph);
  ExpectIntegrity();  // after every operation
  ASSERT_TRUE(o.ok());
  EXPECT_EQ(o->copy_of, 0);
  ASSERT_TRUE(store_->IndexDocuments().ok());
  auto docs = store_->Documents();
  ASSERT_EQ(docs->size(), 3u);
  EXPECT_EQ(docs->at(0).copies, 1);
  EXPECT_EQ(docs->at(1).copy_of, a);
  EXPECT_EQ(docs->at(2).copy_of, 0);
  EXPECT_EQ(store_->Stats()->evidence, 1);
  // The first goes last: its graph stands for its copies.
  EXPECT_FALSE(store_->RetractDocument(a, who_).ok());
  ExpectIntegrity();  // after every operation
  ASSERT_TRUE(store_->RetractDocument(r->document_id, who_).ok());
  ExpectIntegrity();  // after every operation
  ASSERT_TRUE(store_->RetractDocument(a, who_).ok());
  ExpectConsistent();
  EXPECT_EQ(store_->Stats()->edges, 0);
}

// The importer's second thread asks a read-only connection what a document will be and does not
// extract repeats; the store decides in its transaction and asks for the graph if it needs it.
TEST_F(CorrectionsTest, PrecheckSparesExtractingRepeatsAndCopies) {
  Fixture first = Doc(kReport, "report.txt");
  first.graph.nodes = {Node("official", "Ingrid Halvorsen", {195, 211}),
                       Node("meeting", "Ocean Partnership Dialogue", {107, 133})};
  first.graph.edges = {Edge(0, "cochaired", 1, {157, 300})};
  Fixture copy = Doc(kCopy, "copy.txt");
  Fixture other = Doc(kOther, "other.txt");
  const int64_t a = Import(first);
  auto reader = store_->OpenReader();
  ASSERT_TRUE(reader.ok());
  EXPECT_EQ((*reader)->ImportPrecheck(first.doc).value(), -1) << "stored: skipped";
  EXPECT_EQ((*reader)->ImportPrecheck(copy.doc).value(), a) << "a near-copy of the first";
  EXPECT_EQ((*reader)->ImportPrecheck(other.doc).value(), 0) << "needs its graph";
  int extracted = 0;
  auto extract = [&](const Fixture& f) {
    return [&extracted, &f] {
      ++extracted;
      return f.graph;
    };
  };
  auto r = store_->ImportDocument(copy.doc, extract(copy));
  ExpectIntegrity();  // after every operation
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->copy_of, a);
  EXPECT_EQ(extracted, 0);
  EXPECT_EQ(store_->ImportDocument(first.doc, extract(first))->state, ImportState::kSkipped);
  ExpectIntegrity();  // after every operation
  EXPECT_EQ(extracted, 0);
  // The reader's answer may be out of date: the store's own is final, and extracts when needed.
  EXPECT_EQ((*reader)->ImportPrecheck(copy.doc).value(), -1);
  ASSERT_TRUE(store_->RetractDocument(r->document_id, who_).ok());
  ExpectIntegrity();  // after every operation
  ASSERT_TRUE(store_->RetractDocument(a, who_).ok());
  ExpectIntegrity();  // after every operation
  EXPECT_EQ((*reader)->ImportPrecheck(copy.doc).value(), 0);
  Fixture copy_with_graph = copy;
  copy_with_graph.graph = first.graph;
  auto again = store_->ImportDocument(copy.doc, extract(copy_with_graph));
  ExpectIntegrity();  // after every operation
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again->copy_of, 0);
  EXPECT_EQ(extracted, 1);
  EXPECT_EQ(store_->Stats()->edges, 1);
  ASSERT_TRUE(store_->IndexDocuments().ok());
  ExpectConsistent();
}

// SQL functions migration 7 calls (Store::Open registers the engine's own before migrating).
void Normalize(sqlite3_context* context, int, sqlite3_value** argv) {
  const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(argv[0]));
  const std::string key = NormalizeName(text ? text : "");
  sqlite3_result_text(context, key.c_str(), static_cast<int>(key.size()), SQLITE_TRANSIENT);
}
void Same(sqlite3_context* context, int, sqlite3_value** argv) { sqlite3_result_value(context, argv[0]); }

// A store made by the migrations of every earlier schema version, holding a document and a node,
// migrates to the corrections schema with its data, and takes corrections.
TEST(CorrectionsMigrationTest, EveryEarlierVersionMigrates) {
  int corrections_version = 0;
  for (const schema::Migration& m : schema::Migrations()) {
    if (std::string(m.sql).find("CREATE TABLE IF NOT EXISTS corrections (") != std::string::npos) corrections_version = m.version;
  }
  ASSERT_GT(corrections_version, 1);
  for (int version = 1; version < corrections_version; ++version) {
    TempDir dir;
    const std::string path = dir.File("old.db");
    {
      SQLite::Database db(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
      db.createFunction("dkg_normalize_name", 1, true, nullptr, Normalize);
      db.createFunction("dkg_fold_key", 1, true, nullptr, Same);
      for (const schema::Migration& m : schema::Migrations()) {
        if (m.version > version) break;
        db.exec(std::string(m.sql));
      }
      db.exec("PRAGMA user_version = " + std::to_string(version));
      db.exec("INSERT INTO documents(sha256, source, title, text) VALUES ('x', 'old.txt', 'Old', 'Anna Berg spoke.')");
      db.exec("INSERT INTO nodes(kind, name, norm_key) VALUES ('official', 'Anna Berg', 'anna berg')");
    }
    auto store = Store::Open(path);
    ASSERT_TRUE(store.ok()) << "version " << version << ": " << store.status().message();
    EXPECT_EQ(store.value()->Documents()->size(), 1u) << "version " << version;
    auto rename = store.value()->RenameNode(1, "Anna Maria Berg", {"tester", "", ""});
    ASSERT_TRUE(rename.ok()) << "version " << version << ": " << rename.status().message();
    ASSERT_TRUE(store.value()->RetractDocument(1, {"tester", "", ""}).ok()) << "version " << version;
    EXPECT_EQ(store.value()->Corrections()->size(), 2u);
    EXPECT_TRUE(store.value()->Undo(rename->id, {"tester", "", ""}).ok()) << "version " << version;
    EXPECT_EQ(store.value()->GetNode(1).value()->name, "Anna Berg");
  }
}

}  // namespace
}  // namespace dkg
