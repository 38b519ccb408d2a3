// Structured import (CSV tables, dkg JSON) and the graph index: readers, the two store paths,
// the saved index, and the bidirectional search against a plain breadth-first search.
#include <gtest/gtest.h>

#include <deque>
#include <filesystem>
#include <fstream>
#include <random>
#include <set>

#include "engine/sha256.h"
#include "engine/store.h"
#include "importers/extractor.h"
#include "importers/structured.h"
#include "queries/queries.h"
#include "queries/export.h"
#include "queries/graph_index.h"
#include "queries/graph_snapshot.h"

namespace dkg {
namespace {

namespace fs = std::filesystem;

class TempDir {
 public:
  TempDir() {
    path_ = fs::temp_directory_path() / ("dkg-graph-import-" + std::to_string(::getpid()) + "-" +
                                         std::to_string(counter_++));
    fs::remove_all(path_);
    fs::create_directories(path_);
  }
  ~TempDir() { fs::remove_all(path_); }
  std::string operator/(const std::string& name) const { return (path_ / name).string(); }

 private:
  static inline int counter_ = 0;
  fs::path path_;
};

std::string MessageOf(const Status& s) { return s.message(); }

// ---- CSV readers -------------------------------------------------------------------------

TEST(NodeCsvTest, ReadsQuotedFieldsDatesAliasesAndAttributes) {
  NodeIdTable ids;
  auto g = ParseNodeCsv(
      "\xEF\xBB\xBFid,kind,name,date,aliases,title\r\n"
      "in,country,India,,,\r\n"
      "7,official,\"Misri, Vikram\",2024-11-27,V. Misri|Misri,\"Foreign \"\"Secretary\"\"\"\r\n"
      "\n"
      "m1,meeting,\"Round\non two lines\",2024,,\n",
      "n.csv", ids);
  ASSERT_TRUE(g.ok()) << MessageOf(g.status());
  ASSERT_EQ(g->nodes.size(), 3u);
  EXPECT_EQ(g->nodes[0].xid, "in");
  EXPECT_EQ(g->nodes[1].name, "Misri, Vikram");
  EXPECT_EQ(g->nodes[1].date, "2024-11-27");
  EXPECT_EQ(g->nodes[1].aliases, (std::vector<std::string>{"V. Misri", "Misri"}));
  EXPECT_EQ(g->nodes[1].attrs.at("title"), "Foreign \"Secretary\"");
  EXPECT_EQ(g->nodes[2].name, "Round\non two lines");
  EXPECT_EQ(ids.Find("7"), 1u);
  EXPECT_EQ(ids.Find("m1"), 2u);
  EXPECT_EQ(ids.Find("8"), NodeIdTable::kMissing);
}

TEST(NodeCsvTest, BadRowsNameTheLineAndAddNoIds) {
  const std::pair<std::string, std::string> cases[] = {
      {"id,kind,name\n1,country,India\n2,country\n", "n.csv:3: expected 3 fields"},
      {"id,kind,name\n1,country,India\n,country,Japan\n", "n.csv:3: empty id"},
      {"id,kind,name\n1,country,India\n1,country,Japan\n", "n.csv:3: id '1' is given to two nodes"},
      {"id,kind,name\n1,Country!,India\n", "n.csv:2: kind 'Country!'"},
      {"id,kind,name,date\n1,meeting,Talks,27/11/2024\n", "n.csv:2: date '27/11/2024'"},
      {"id,kind,name\n1,country,India\n2,country,\"Japan\n", "n.csv:3: unterminated quoted field"},
      {"id,kind,name\n1,country,India\n2,country,Jap\xff" "an\n", "n.csv:3: invalid UTF-8"},
      {"id,name\n1,India\n", "n.csv:1: a node table needs the columns id, kind and name"},
      {"", "n.csv: empty file"},
  };
  for (const auto& [text, expected] : cases) {
    NodeIdTable ids;
    auto g = ParseNodeCsv(text, "n.csv", ids);
    ASSERT_FALSE(g.ok()) << text;
    EXPECT_NE(g.status().message().find(expected), std::string::npos) << g.status().message();
    EXPECT_EQ(ids.size(), 0u) << text;
  }
}

TEST(NodeCsvTest, NumericIdsFoundWhereverTheyWereKept) {
  // A large number first goes to the hash table; the array grows over it later.
  std::string csv = "id,kind,name\n9000,country,Nine thousand\n";
  for (int i = 0; i < 9000; ++i) csv += std::to_string(i) + ",place,P" + std::to_string(i) + "\n";
  NodeIdTable ids;
  ASSERT_TRUE(ParseNodeCsv(csv, "n.csv", ids).ok());
  EXPECT_EQ(ids.Find("9000"), 0u);
  EXPECT_EQ(ids.Find("8999"), 9000u);
  auto again = ParseNodeCsv("id,kind,name\n9000,country,Twice\n", "m.csv", ids);
  ASSERT_FALSE(again.ok());
  EXPECT_NE(again.status().message().find("m.csv:2: id '9000' is given to two nodes"), std::string::npos);
}

TEST(EdgeCsvTest, EndpointsNameCommandNodesOrStoredOnes) {
  NodeIdTable ids;
  ASSERT_TRUE(ids.Add("1"));
  ASSERT_TRUE(ids.Add("x"));
  auto t = ParseEdgeCsv("source,target,relation,since\n1,x,represents,2019\nx,99,member_of,\n", "e.csv", ids);
  ASSERT_TRUE(t.ok()) << MessageOf(t.status());
  const GraphInput& g = t->graph;
  ASSERT_EQ(g.edges.size(), 2u);
  ASSERT_EQ(g.external.size(), 3u);
  EXPECT_EQ(t->command_node[g.edges[0].source], 0u);
  EXPECT_EQ(t->command_node[g.edges[0].target], 1u);
  EXPECT_EQ(t->command_node[g.edges[1].target], NodeIdTable::kMissing);  // must be in the store
  EXPECT_EQ(g.external[g.edges[1].target].line, 3);
  EXPECT_EQ(g.extras.at(g.edges[0].extra).attrs.at("since"), "2019");

  auto bad = ParseEdgeCsv("src,dst,relation\n1,x,represents\n1,x,Held In\n", "e.csv", ids);
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("e.csv:3: relation 'Held In'"), std::string::npos);

  auto joined = JoinTables({}, {std::move(t).value()});
  ASSERT_FALSE(joined.ok());
  EXPECT_NE(joined.status().message().find("e.csv:2: unknown id '1'"), std::string::npos)
      << joined.status().message();
}

// ---- the two store paths ----------------------------------------------------------------

GraphInput Tables(const std::string& nodes, const std::string& edges) {
  NodeIdTable ids;
  auto n = ParseNodeCsv(nodes, "nodes.csv", ids);
  EXPECT_TRUE(n.ok()) << MessageOf(n.status());
  auto e = ParseEdgeCsv(edges, "edges.csv", ids);
  EXPECT_TRUE(e.ok()) << MessageOf(e.status());
  std::vector<GraphInput> node_tables;
  node_tables.push_back(std::move(n).value());
  std::vector<EdgeTable> edge_tables;
  edge_tables.push_back(std::move(e).value());
  auto joined = JoinTables(std::move(node_tables), std::move(edge_tables));
  EXPECT_TRUE(joined.ok()) << MessageOf(joined.status());
  return std::move(joined).value();
}

const char* kNodes =
    "id,kind,name,date\n"
    "in,country,India,\n"
    "jp,country,Japan,\n"
    "vm,official,Vikram Misri,\n"
    "mo,official,Masataka Okano,\n"
    "r1,meeting,Dialogue round,2024-11-27\n"
    "tk,place,Tokyo,\n";
const char* kEdges =
    "src,dst,relation\n"
    "vm,in,represents\n"
    "mo,jp,represents\n"
    "vm,r1,cochaired\n"
    "mo,r1,cochaired\n"
    "vm,r1,cochaired\n"  // a repeat: one edge
    "r1,tk,held_in\n"
    "tk,jp,located_in\n";

TEST(BulkStoreTest, NewStoreHoldsTheTablesAndRefusesAnExistingPath) {
  TempDir dir;
  GraphInput g = Tables(kNodes, kEdges);
  auto report = Store::CreateFromGraph(dir / "s.db", g);
  ASSERT_TRUE(report.ok()) << MessageOf(report.status());
  EXPECT_EQ(report->nodes_created, 6);
  EXPECT_EQ(report->edges_created, 6);
  EXPECT_EQ(report->edges_existing, 1);
  EXPECT_EQ(g.edges.size(), 6u);  // left as stored
  {
    // Names wait for the full-text index until first needed; a read-only store scans for them.
    StoreOptions read_only;
    read_only.read_only = true;
    auto reader = Store::Open(dir / "s.db", read_only);
    ASSERT_TRUE(reader.ok());
    auto found = (*reader)->Search("okano masataka");
    ASSERT_TRUE(found.ok());
    EXPECT_EQ(found->size(), 1u);
    // Whole words, as the full-text index matches them: a part of a word finds nothing (the scan
    // found "Misr" and "kano" in names, so a node reference resolved by a piece of a name).
    for (const char* part : {"Misr", "kano", "ikram isri", "Masataka Okan"}) {
      auto none = (*reader)->Search(part);
      ASSERT_TRUE(none.ok());
      EXPECT_TRUE(none->empty()) << part;
    }
    EXPECT_EQ((*reader)->Search("MISRI")->size(), 1u);
    // And as on an indexed store, a reference is resolved by whole words only.
    EXPECT_EQ(ResolveNode(**reader, "Misr").status().code(), Status::Code::kNotFound);
    EXPECT_TRUE(ResolveNode(**reader, "misri").ok());
  }
  auto store = Store::Open(dir / "s.db");
  ASSERT_TRUE(store.ok());
  auto stats = (*store)->Stats();
  EXPECT_EQ(stats->nodes, 6);
  EXPECT_EQ(stats->edges, 6);
  EXPECT_EQ(stats->generation, 1);
  auto misri = (*store)->FindByXid("vm");
  ASSERT_TRUE(misri.ok() && misri->has_value());
  EXPECT_EQ((*store)->Search("Misri")->size(), 1u);  // full-text names built
  EXPECT_FALSE(fs::exists(dir / "s.db.partial-" + std::to_string(::getpid())));

  GraphInput again = Tables(kNodes, kEdges);
  auto refused = Store::CreateFromGraph(dir / "s.db", again);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ((*store)->Stats()->nodes, 6);
}

TEST(BulkStoreTest, HostileNamesFromATableAreStoredIntact) {
  const std::vector<std::string> names = {
      "O'Brien \"the Quoted\", Esq.", "Line one\nline two", "<script>alert(1)</script>",
      "'); DROP TABLE nodes; --", std::string("bell\x01and\ttab"), std::string(10240, 'x') + " long"};
  std::string csv = "id,kind,name\n";
  for (size_t i = 0; i < names.size(); ++i) {
    std::string quoted = "\"";
    for (char c : names[i]) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
    csv += std::to_string(i) + ",person," + quoted + "\"\n";
  }
  NodeIdTable ids;
  auto table = ParseNodeCsv(csv, "hostile.csv", ids);
  ASSERT_TRUE(table.ok()) << MessageOf(table.status());
  TempDir dir;
  ASSERT_TRUE(Store::CreateFromGraph(dir / "h.db", *table).ok());
  auto store = Store::Open(dir / "h.db");
  ASSERT_TRUE(store.ok());
  for (size_t i = 0; i < names.size(); ++i) {
    auto id = (*store)->FindByXid(std::to_string(i));
    ASSERT_TRUE(id.ok() && id->has_value());
    auto node = (*store)->GetNode(**id);
    ASSERT_TRUE(node.ok() && node->has_value());
    EXPECT_EQ((*node)->name, names[i]);
  }
  EXPECT_EQ((*store)->Stats()->nodes, static_cast<int64_t>(names.size()));  // no table was dropped
}

TEST(StoreImportGraphTest, UnknownIdStoresNothingAndRepeatsAreIdempotent) {
  TempDir dir;
  auto store = Store::Open(dir / "s.db");
  ASSERT_TRUE(store.ok());
  NodeIdTable ids;
  auto nodes = ParseNodeCsv(kNodes, "nodes.csv", ids);
  ASSERT_TRUE(nodes.ok());
  auto first = (*store)->ImportGraph(*nodes);
  ASSERT_TRUE(first.ok()) << MessageOf(first.status());
  EXPECT_EQ(first->nodes_created, 6);
  // Edge tables of a later command name stored nodes by their external ids.
  NodeIdTable none;
  auto edges = ParseEdgeCsv(std::string(kEdges) + "vm,zz,attended\n", "edges.csv", none);
  ASSERT_TRUE(edges.ok());
  const auto before = (*store)->Stats().value();
  auto failed = (*store)->ImportGraph(edges->graph);
  ASSERT_FALSE(failed.ok());
  EXPECT_NE(failed.status().message().find("edges.csv:9: unknown id 'zz'"), std::string::npos)
      << failed.status().message();
  EXPECT_EQ((*store)->Stats()->edges, before.edges);
  EXPECT_EQ((*store)->Stats()->generation, before.generation);

  auto good = ParseEdgeCsv(kEdges, "edges.csv", none);
  ASSERT_TRUE(good.ok());
  auto stored = (*store)->ImportGraph(good->graph);
  ASSERT_TRUE(stored.ok()) << MessageOf(stored.status());
  EXPECT_EQ(stored->edges_created, 6);
  EXPECT_EQ(stored->edges_existing, 1);
  NodeIdTable more_ids;
  auto with_alias = ParseNodeCsv("id,kind,name,aliases\nfs,official,Foreign Secretary of India,FS|India's FS\n",
                                 "more.csv", more_ids);
  ASSERT_TRUE(with_alias.ok());
  ASSERT_TRUE((*store)->ImportGraph(*with_alias).ok());
  auto by_alias = (*store)->FindByName("india's fs");
  ASSERT_TRUE(by_alias.ok());
  EXPECT_EQ(by_alias->size(), 1u);  // aliases of table rows are kept on this path too
  auto again = (*store)->ImportGraph(*nodes);
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again->nodes_created, 0);
  EXPECT_EQ(again->nodes_merged, 6);
  EXPECT_EQ((*store)->Stats()->nodes, 7);
}

TEST(GraphJsonTest, ExportReadsBackIntoAnEqualStore) {
  TempDir dir;
  auto a = Store::Open(dir / "a.db");
  ASSERT_TRUE(a.ok());
  DocumentInput doc{"src.txt", "Talks", "2024-11-27", "Vikram Misri met Masataka Okano in Tokyo.", "feed"};
  ExtractedGraph eg;
  eg.nodes.push_back({"official", "Vikram Misri", {"Misri"}, "", {{"title", "Foreign Secretary"}}, {{0, 12}}, "", {}});
  eg.nodes.push_back({"place", "Tokyo", {}, "", {}, {{34, 39}}, "", {}});
  eg.edges.push_back({0, 1, "attended", {}, {{{0, 40}, "test_rule"}}});
  ASSERT_TRUE((*a)->ImportDocument(doc, eg).ok());
  auto snapshot = GraphSnapshot::Build(**a);
  auto json = ExportSubgraph(**a, SelectSubgraph(**snapshot, {}), ExportFormat::kJson);
  ASSERT_TRUE(json.ok());

  auto parsed = ParseGraphJson(*json, "a.json");
  ASSERT_TRUE(parsed.ok()) << MessageOf(parsed.status());
  auto b = Store::Open(dir / "b.db");
  ASSERT_TRUE(b.ok());
  auto report = (*b)->ImportGraph(*parsed);
  ASSERT_TRUE(report.ok()) << MessageOf(report.status());
  auto snapshot_b = GraphSnapshot::Build(**b);
  auto json_b = ExportSubgraph(**b, SelectSubgraph(**snapshot_b, {}), ExportFormat::kJson);
  ASSERT_TRUE(json_b.ok());
  EXPECT_EQ(*json, *json_b);  // same nodes, aliases, attrs, edges, evidence text, documents

  // Merging the same export again changes nothing: nodes resolve by name, edges exist.
  auto twice = (*b)->ImportGraph(*parsed);
  ASSERT_TRUE(twice.ok());
  EXPECT_EQ(twice->nodes_created, 0);
  EXPECT_EQ(twice->edges_created, 0);

  auto broken = ParseGraphJson(R"({"nodes":[{"id":1,"kind":"country","name":"X"}],
                                   "edges":[{"source":1,"target":2,"relation":"member_of"}]})", "g.json");
  ASSERT_FALSE(broken.ok());
  EXPECT_NE(broken.status().message().find("g.json: edges[0].target: unknown node id 2"), std::string::npos)
      << broken.status().message();
  auto huge = ParseGraphJson(R"({"nodes":[{"id":1,"kind":"country","name":"X"}],
      "documents":[{"id":1,"sha256":"ab","title":"","source":"","date":null}],
      "edges":[{"source":1,"target":1,"relation":"member_of","evidence":[
        {"document":1,"start":999999999999,"end":1000000000001,"text":"ab","rule":"r"}]}]})", "g.json");
  ASSERT_FALSE(huge.ok());  // refused, not a terabyte allocated
  EXPECT_NE(huge.status().message().find("edges[0].evidence[0]"), std::string::npos) << huge.status().message();
  auto syntax = ParseGraphJson("{\n\"nodes\": [\n,]}", "g.json");
  ASSERT_FALSE(syntax.ok());
  EXPECT_NE(syntax.status().message().find("g.json:3: not valid JSON"), std::string::npos)
      << syntax.status().message();
}

// ---- the graph index --------------------------------------------------------------------

// A random multigraph with skewed degrees and a plain BFS to check the index against.
struct RandomGraph {
  int n;
  std::vector<std::tuple<int, int, int>> edges;  // source, target, relation
  std::vector<std::vector<std::pair<int, int>>> out, in;  // (neighbour, relation)

  RandomGraph(int nodes, int m, uint32_t seed) : n(nodes), out(nodes), in(nodes) {
    std::mt19937 rng(seed);
    for (int i = 0; i < m; ++i) {
      int s = static_cast<int>(rng() % n), t = static_cast<int>(rng() % n);
      if (rng() % 3 == 0) t = static_cast<int>(rng() % 5);  // a few hubs
      int r = static_cast<int>(rng() % 3);
      edges.emplace_back(s, t, r);
      out[s].push_back({t, r});
      in[t].push_back({s, r});
    }
  }
  // Shortest distance over allowed relations and direction, -1 beyond max_depth.
  int Distance(int a, int b, int max_depth, int only_relation, Direction dir) const {
    std::vector<int> dist(n, -1);
    std::deque<int> q{a};
    dist[a] = 0;
    while (!q.empty()) {
      int u = q.front();
      q.pop_front();
      if (u == b) return dist[u];
      if (dist[u] == max_depth) continue;
      auto visit = [&](const std::vector<std::pair<int, int>>& list) {
        for (auto [v, r] : list) {
          if (only_relation >= 0 && r != only_relation) continue;
          if (dist[v] < 0) {
            dist[v] = dist[u] + 1;
            q.push_back(v);
          }
        }
      };
      if (dir != Direction::kIn) visit(out[u]);
      if (dir != Direction::kOut) visit(in[u]);
    }
    return -1;
  }
};

const char* kRelations[] = {"held_in", "cochaired", "round_of"};

std::unique_ptr<GraphIndex> IndexOf(const RandomGraph& g, int64_t id_offset) {
  GraphIndexBuilder b;
  for (int v = 0; v < g.n; ++v) b.AddNode(v * 3 + id_offset);  // sparse ids: binary search
  for (auto [s, t, r] : g.edges) EXPECT_TRUE(b.AddEdge(s * 3 + id_offset, t * 3 + id_offset, kRelations[r]).ok());
  return b.Finish(7, "test");
}

TEST(GraphIndexTest, BidirectionalSearchAgreesWithPlainBfsUnderFilters) {
  for (uint32_t seed : {1u, 2u, 3u}) {
    RandomGraph g(300, 450, seed);
    auto index = IndexOf(g, 10);
    std::mt19937 rng(seed * 7);
    for (int q = 0; q < 300; ++q) {
      const int a = static_cast<int>(rng() % g.n), b = static_cast<int>(rng() % g.n);
      const int relation = static_cast<int>(rng() % 4) - 1;
      const Direction dir = static_cast<Direction>(rng() % 3);
      const int max_depth = 1 + static_cast<int>(rng() % 8);
      TraversalOptions o;
      o.max_depth = max_depth;
      o.direction = dir;
      if (relation >= 0) o.relations = {kRelations[relation]};
      const int expected = g.Distance(a, b, max_depth, relation, dir);
      ASSERT_EQ(index->PathLength(a * 3 + 10, b * 3 + 10, o), expected)
          << "seed " << seed << " query " << q << " " << a << "->" << b;
      auto path = index->ShortestPath(a * 3 + 10, b * 3 + 10, o);
      ASSERT_EQ(path.has_value(), expected >= 0);
      if (!path) continue;
      // The path is walkable: consecutive nodes joined by the step's stored edge, the right way.
      ASSERT_EQ(static_cast<int>(path->steps.size()), expected);
      ASSERT_EQ(path->nodes.front(), a * 3 + 10);
      ASSERT_EQ(path->nodes.back(), b * 3 + 10);
      for (size_t i = 0; i < path->steps.size(); ++i) {
        const PathStep& st = path->steps[i];
        const int64_t from = path->nodes[i], to = path->nodes[i + 1];
        EXPECT_EQ(st.forward ? st.source : st.target, from);
        EXPECT_EQ(st.forward ? st.target : st.source, to);
        if (dir == Direction::kOut) {
          EXPECT_TRUE(st.forward);
        }
        if (dir == Direction::kIn) {
          EXPECT_FALSE(st.forward);
        }
        if (relation >= 0) {
          EXPECT_EQ(st.relation, kRelations[relation]);
        }
      }
    }
  }
}

TEST(GraphIndexTest, CountsMatchTheNeighbourhoodAndMemoryStaysCompact) {
  RandomGraph g(500, 2000, 9);
  auto index = IndexOf(g, 1);
  TraversalOptions two;
  two.max_depth = 2;
  for (int v = 0; v < 50; ++v) {
    const auto near = index->Neighborhood(v * 3 + 1, two);
    EXPECT_EQ(index->CountWithin(v * 3 + 1, two), near.size());
    for (const auto& [id, depth] : near) {
      EXPECT_EQ(g.Distance(v, static_cast<int>((id - 1) / 3), 2, -1, Direction::kBoth), depth);
    }
  }
  EXPECT_EQ(index->edge_count(), 2000u);
  EXPECT_LE(index->MemoryBytes(), 16u * index->edge_count());
}

// Every single-bit flip in the saved edge arrays (targets and relation bytes) is either refused
// by Load or leaves an index that answers exactly as the true one: a flip that stayed in range
// ---- imports refuse what they would silently alter ----------------------------------------

TEST(ImportRefusalTest, DatesMustBeCalendarDays) {
  for (const char* date : {"2024-02-30", "2023-02-29", "2024-04-31", "2024-13-01", "2024-00-10"}) {
    NodeIdTable ids;
    auto g = ParseNodeCsv(std::string("id,kind,name,date\n1,meeting,Talks,") + date + "\n", "n.csv",
                          ids);
    ASSERT_FALSE(g.ok()) << date << " accepted";
    EXPECT_NE(g.status().message().find("n.csv:2: date"), std::string::npos)
        << g.status().message();
  }
  for (const char* date : {"2024-02-29", "2000-02-29", "2023-12-31", "2024-02", "2024"}) {
    NodeIdTable ids;
    EXPECT_TRUE(
        ParseNodeCsv(std::string("id,kind,name,date\n1,meeting,Talks,") + date + "\n", "n.csv", ids)
            .ok())
        << date;
  }
  auto json = ParseGraphJson(
      R"({"nodes":[{"id":1,"kind":"meeting","name":"T","date":"2024-02-30"}]})", "g.json");
  ASSERT_FALSE(json.ok());
  EXPECT_NE(json.status().message().find("nodes[0]"), std::string::npos) << json.status().message();
}

std::string JsonWithEvidence(const std::string& evidence) {
  return R"({"nodes":[{"id":1,"kind":"country","name":"X"},{"id":2,"kind":"country","name":"Y"}],
    "documents":[{"id":1,"sha256":"ab","title":"","source":"","date":null}],
    "edges":[{"source":1,"target":2,"relation":"member_of","evidence":[)" +
         evidence + "]}]}";
}

TEST(ImportRefusalTest, EvidenceMustReadBackAsGiven) {
  // Text longer or shorter than its span.
  auto mismatch = ParseGraphJson(
      JsonWithEvidence(R"({"document":1,"start":0,"end":5,"text":"Hello world","rule":"r"})"),
      "g.json");
  ASSERT_FALSE(mismatch.ok());
  EXPECT_NE(mismatch.status().message().find("g.json: edges[0].evidence[0]"), std::string::npos)
      << mismatch.status().message();
  // Two spans sharing bytes with different text.
  auto conflict =
      ParseGraphJson(JsonWithEvidence(R"({"document":1,"start":0,"end":5,"text":"Hello","rule":"r"},
      {"document":1,"start":3,"end":8,"text":"XYabc","rule":"r"})"),
                     "g.json");
  ASSERT_FALSE(conflict.ok());
  EXPECT_NE(conflict.status().message().find("edges[0].evidence[1]: text disagrees at byte 3"),
            std::string::npos)
      << conflict.status().message();
  // Overlapping spans that agree are fine and read back as given.
  auto agree =
      ParseGraphJson(JsonWithEvidence(R"({"document":1,"start":0,"end":5,"text":"Hello","rule":"r"},
      {"document":1,"start":3,"end":8,"text":"lo wo","rule":"r"})"),
                     "g.json");
  ASSERT_TRUE(agree.ok()) << MessageOf(agree.status());
  EXPECT_EQ(agree->documents[0].text, "Hello wo");
}

TEST(ImportRefusalTest, KnownIdWithAnotherKindNameOrDateIsRefused) {
  TempDir dir;
  auto store = Store::Open(dir / "s.db");
  ASSERT_TRUE(store.ok());
  NodeIdTable first;
  auto nodes = ParseNodeCsv("id,kind,name,date\nin,country,India,\nm,meeting,Talks,2024-11-27\n",
                            "a.csv", first);
  ASSERT_TRUE(nodes.ok());
  ASSERT_TRUE((*store)->ImportGraph(*nodes).ok());
  const int64_t generation = (*store)->Generation().value();
  const std::pair<const char*, const char*> changed[] = {
      {"id,kind,name\nin,place,India\n",
       "stored as country 'India' but this file gives place 'India'"},
      {"id,kind,name\nin,country,Bharat\n", "but this file gives country 'Bharat'"},
      {"id,kind,name,date\nm,meeting,Talks,2024-11-28\n",
       "dated 2024-11-27 but this file gives meeting 'Talks' dated 2024-11-28"},
  };
  for (const auto& [csv, expected] : changed) {
    NodeIdTable ids;
    auto again = ParseNodeCsv(csv, "b.csv", ids);
    ASSERT_TRUE(again.ok());
    auto report = (*store)->ImportGraph(*again);
    ASSERT_FALSE(report.ok()) << csv;
    EXPECT_NE(report.status().message().find(expected), std::string::npos)
        << report.status().message();
    EXPECT_NE(report.status().message().find("b.csv: id '"), std::string::npos)
        << report.status().message();
  }
  EXPECT_EQ((*store)->Generation().value(), generation);  // nothing stored
  // The same rows again (a date left out says nothing) are the stored nodes.
  NodeIdTable ids;
  auto same = ParseNodeCsv("id,kind,name\nin,country,India\nm,meeting,Talks\n", "c.csv", ids);
  ASSERT_TRUE(same.ok());
  auto report = (*store)->ImportGraph(*same);
  ASSERT_TRUE(report.ok()) << MessageOf(report.status());
  EXPECT_EQ(report->nodes_merged, 2);
}

// import --update: the changes a refusal names are applied instead, each listed old -> new,
// and a file that fails for another reason changes nothing (one transaction a file).
TEST(ImportUpdateTest, KnownIdChangesAreAppliedAndListed) {
  TempDir dir;
  auto store = Store::Open(dir / "s.db");
  ASSERT_TRUE(store.ok());
  NodeIdTable first;
  auto nodes = ParseNodeCsv("id,kind,name,date\nin,country,India,\nm,meeting,Talks,2024-11-27\n"
                            "p,official,Anna Berg,\n",
                            "a.csv", first);
  ASSERT_TRUE(nodes.ok());
  ASSERT_TRUE((*store)->ImportGraph(*nodes).ok());
  const int64_t india = (*store)->FindByXid("in").value().value();
  const int64_t talks = (*store)->FindByXid("m").value().value();
  const int64_t generation = (*store)->Generation().value();

  NodeIdTable ids;
  auto changed = ParseNodeCsv("id,kind,name,date\nin,place,Bharat,\nm,meeting,Talks,2024-11-28\n"
                              "p,official,Anna Berg,\n",
                              "b.csv", ids);
  ASSERT_TRUE(changed.ok());
  changed->update = true;
  auto report = (*store)->ImportGraph(*changed);
  ASSERT_TRUE(report.ok()) << MessageOf(report.status());
  EXPECT_EQ(report->nodes_merged, 3);
  EXPECT_EQ(report->nodes_created, 0);
  ASSERT_EQ(report->changes.size(), 3u);
  auto line = [](const NodeChange& c) {
    return std::to_string(c.node_id) + " " + c.xid + " " + c.field + ": " + c.before + " -> " + c.after;
  };
  EXPECT_EQ(line(report->changes[0]), std::to_string(india) + " in kind: country -> place");
  EXPECT_EQ(line(report->changes[1]), std::to_string(india) + " in name: India -> Bharat");
  EXPECT_EQ(line(report->changes[2]), std::to_string(talks) + " m date: 2024-11-27 -> 2024-11-28");
  EXPECT_GT((*store)->Generation().value(), generation);
  auto stored = (*store)->GetNode(india);
  ASSERT_TRUE(stored.ok() && stored->has_value());
  EXPECT_EQ((*stored)->kind, "place");
  EXPECT_EQ((*stored)->name, "Bharat");
  // The old name stays an alias, as after a rename: documents naming India still find it.
  EXPECT_EQ((*stored)->aliases, (std::vector<std::string>{"India"}));
  EXPECT_EQ((*store)->FindByName("India").value(), (std::vector<int64_t>{india}));
  EXPECT_EQ((*store)->Search("Bharat").value(), (std::vector<int64_t>{india}));
  EXPECT_EQ((*store)->GetNode(talks).value()->date, "2024-11-28");

  // The same file again changes nothing more.
  NodeIdTable again_ids;
  auto again = ParseNodeCsv("id,kind,name\nin,place,Bharat\n", "c.csv", again_ids);
  ASSERT_TRUE(again.ok());
  again->update = true;
  auto same = (*store)->ImportGraph(*again);
  ASSERT_TRUE(same.ok());
  EXPECT_TRUE(same->changes.empty());

  // A JSON graph giving a known id another kind: refused without --update; with it, applied,
  // unless the file fails for another reason, and then nothing of it is (the kind stays).
  const std::string json_path = dir / "g.json";
  auto write_json = [&](const std::string& kind, bool self_loop) {
    std::ofstream(json_path) << R"({"documents": [], "nodes": [)"
                             << R"({"id": 1, "kind": ")" << kind << R"(", "name": "Anna Berg", "xid": "p"},)"
                             << R"({"id": 2, "kind": ")" << kind << R"(", "name": "A. Berg", "aliases": ["Anna Berg"]}],)"
                             << R"("edges": [)" << (self_loop ? R"({"id": 1, "source": 1, "target": 2, "relation": "met"})" : "")
                             << "]}";
  };
  const int64_t anna = (*store)->FindByXid("p").value().value();
  write_json("person", false);
  auto refused = ReadGraphJson(json_path);
  ASSERT_TRUE(refused.ok());
  auto no = (*store)->ImportGraph(*refused);
  ASSERT_FALSE(no.ok());
  EXPECT_NE(no.status().message().find("g.json: id 'p' is stored as official 'Anna Berg' but this file gives kind person"),
            std::string::npos) << no.status().message();
  write_json("person", true);
  auto failing = ReadGraphJson(json_path);
  ASSERT_TRUE(failing.ok());
  failing->update = true;
  EXPECT_FALSE((*store)->ImportGraph(*failing).ok());  // the edge would be a self-loop
  EXPECT_EQ((*store)->GetNode(anna).value()->kind, "official");
  write_json("person", false);
  auto applied = ReadGraphJson(json_path);
  ASSERT_TRUE(applied.ok());
  applied->update = true;
  auto yes = (*store)->ImportGraph(*applied);
  ASSERT_TRUE(yes.ok()) << MessageOf(yes.status());
  ASSERT_EQ(yes->changes.size(), 1u);
  EXPECT_EQ(line(yes->changes[0]), std::to_string(anna) + " p kind: official -> person");
  EXPECT_EQ((*store)->GetNode(anna).value()->kind, "person");
}

TEST(ImportRefusalTest, JsonEdgeBetweenNamesOfOneNodeIsRefused) {
  TempDir dir;
  auto store = Store::Open(dir / "s.db");
  ASSERT_TRUE(store.ok());
  auto json = ParseGraphJson(R"({"nodes":[{"id":1,"kind":"country","name":"India"},
      {"id":2,"kind":"country","name":"INDIA"}],
      "edges":[{"source":1,"target":2,"relation":"member_of"}]})",
                             "g.json");
  ASSERT_TRUE(json.ok()) << MessageOf(json.status());
  auto report = (*store)->ImportGraph(*json);
  ASSERT_FALSE(report.ok());
  EXPECT_NE(report.status().message().find(
                "g.json: edges[0]: 'India' and 'INDIA' resolve to one stored node"),
            std::string::npos)
      << report.status().message();
  EXPECT_EQ((*store)->Stats().value().nodes, 0);  // nothing of the file stored
}

TEST(ImportRefusalTest, GraphmlUserAttributesNeverShadowCoreFields) {
  TempDir dir;
  GraphInput input =
      Tables("id,kind,name,xid,name2\nin,country,India,fake,x\n", "src,dst,relation\n");
  ASSERT_TRUE(Store::CreateFromGraph(dir / "s.db", input).ok());
  auto store = Store::Open(dir / "s.db");
  ASSERT_TRUE(store.ok());
  auto snapshot = GraphSnapshot::Build(**store);
  ASSERT_TRUE(snapshot.ok());
  auto graphml = ExportSubgraph(**store, SelectSubgraph(**snapshot, {}), ExportFormat::kGraphml);
  ASSERT_TRUE(graphml.ok());
  auto count = [&](const std::string& needle) {
    size_t n = 0;
    for (size_t at = 0; (at = graphml->find(needle, at)) != std::string::npos; ++at) ++n;
    return n;
  };
  EXPECT_EQ(count("attr.name=\"xid\""), 1u) << *graphml;  // the core key only
  EXPECT_EQ(count("attr.name=\"attr.xid\""), 1u) << *graphml;
  EXPECT_EQ(count("attr.name=\"name2\""), 1u) << *graphml;  // other names unchanged
}

// used to invent an edge that every later path query trusted.
TEST(GraphIndexTest, BitFlipsInTheSavedEdgeArraysAreDetectedOrHarmless) {
  TempDir dir;
  RandomGraph g(200, 600, 11);
  auto truth = IndexOf(g, 10);
  const std::string file = dir / "flips.graph";
  ASSERT_TRUE(truth->Save(file).ok());
  std::string bytes;
  {
    std::ifstream in(file, std::ios::binary);
    bytes.assign(std::istreambuf_iterator<char>(in), {});
  }
  const size_t edge_bytes = truth->edge_count() * 2 * (4 + 1);  // targets and relation bytes
  ASSERT_GT(bytes.size(), edge_bytes);
  const size_t first = bytes.size() - edge_bytes;
  auto answers = [&](const GraphIndex& index) {
    std::vector<std::vector<std::pair<int64_t, int>>> out;
    TraversalOptions options;
    options.max_depth = 2;
    for (int v = 0; v < g.n; ++v) out.push_back(index.Neighborhood(v * 3 + 10, options));
    return out;
  };
  const auto expected = answers(*truth);
  ASSERT_NE(GraphIndex::Load(file, "test", 7, truth->fingerprint()), nullptr);
  std::mt19937 rng(5);
  int detected = 0, harmless = 0;
  for (int i = 0; i < 1000; ++i) {
    std::string flipped = bytes;
    const size_t at = first + rng() % edge_bytes;
    flipped[at] = static_cast<char>(flipped[at] ^ (1 << (rng() % 8)));
    {
      std::ofstream out(file, std::ios::binary | std::ios::trunc);
      out << flipped;
    }
    auto loaded = GraphIndex::Load(file, "test", 7, truth->fingerprint());
    if (!loaded) {
      ++detected;
    } else {
      EXPECT_EQ(answers(*loaded), expected) << "flip at byte " << at << " changed the answers";
      ++harmless;
    }
  }
  EXPECT_EQ(detected + harmless, 1000);
  std::printf("1000 single-bit flips in the edge arrays: %d detected, %d harmless\n", detected,
              harmless);
}

// A store restored from an older copy and then written to reaches the generation of the index
// saved from the newer state; the fingerprint tells them apart and the index is rebuilt.
TEST(GraphIndexTest, StoreRestoredFromAnOlderCopyNeverUsesTheNewerIndex) {
  TempDir dir;
  const std::string db = dir / "s.db";
  {
    GraphInput input = Tables(kNodes, kEdges);
    ASSERT_TRUE(Store::CreateFromGraph(db, input).ok());
  }
  fs::copy_file(db, dir / "backup.db");
  auto add_edge = [&](const std::string& csv) {
    auto store = Store::Open(db);
    ASSERT_TRUE(store.ok());
    NodeIdTable none;
    auto more = ParseEdgeCsv(csv, "more.csv", none);
    ASSERT_TRUE(more.ok()) << MessageOf(more.status());
    ASSERT_TRUE((*store)->ImportGraph(more->graph).ok());
    auto index = GraphIndex::Open(**store);  // saved beside the store
    ASSERT_TRUE(index.ok());
  };
  add_edge("src,dst,relation\nin,tk,held_in\n");  // the newer state, generation 2, indexed
  ASSERT_TRUE(fs::exists(GraphIndex::PathFor(db)));
  // Restore the copy (generation 1) and write something else: generation 2 again.
  fs::copy_file(dir / "backup.db", db, fs::copy_options::overwrite_existing);
  {
    auto store = Store::Open(db);
    ASSERT_TRUE(store.ok());
    NodeIdTable none;
    auto other = ParseEdgeCsv("src,dst,relation\njp,tk,held_in\n", "other.csv", none);
    ASSERT_TRUE(other.ok()) << MessageOf(other.status());
    ASSERT_TRUE((*store)->ImportGraph(other->graph).ok());
    ASSERT_EQ((*store)->Generation().value(), 2);
    auto index = GraphIndex::Open(**store);
    ASSERT_TRUE(index.ok());
    const int64_t india = *(*store)->FindByXid("in").value();
    const int64_t japan = *(*store)->FindByXid("jp").value();
    const int64_t tokyo = *(*store)->FindByXid("tk").value();
    EXPECT_EQ((*index)->fingerprint(), (*store)->Fingerprint().value());
    EXPECT_EQ((*index)->PathLength(japan, tokyo, {1, {}, Direction::kOut, nullptr}), 1);   // this state
    EXPECT_EQ((*index)->PathLength(india, tokyo, {1, {}, Direction::kOut, nullptr}), -1);  // not the other
  }
}

// A path query that meets an edge the store does not hold (an index that passed its checks but
// is wrong) rebuilds the index and answers from the store, instead of failing on every run.
TEST(GraphIndexTest, PathMeetingAnEdgeTheStoreLacksRebuildsTheIndex) {
  TempDir dir;
  const std::string db = dir / "s.db";
  GraphInput input = Tables(kNodes, kEdges);
  ASSERT_TRUE(Store::CreateFromGraph(db, input).ok());
  auto store = Store::Open(db);
  ASSERT_TRUE(store.ok());
  const int64_t india = *(*store)->FindByXid("in").value();
  const int64_t tokyo = *(*store)->FindByXid("tk").value();
  // An index with one invented edge india -held_in-> tokyo.
  GraphIndexBuilder b;
  for (int64_t id = 1; id <= 6; ++id) b.AddNode(id);
  ASSERT_TRUE(b.AddEdge(india, tokyo, "held_in").ok());
  auto wrong = b.Finish(1, (*store)->StoreId().value(), (*store)->Fingerprint().value());
  ASSERT_EQ(wrong->PathLength(india, tokyo), 1);
  auto path = FindPath(**store, *wrong, india, tokyo, {});
  ASSERT_TRUE(path.ok()) << MessageOf(path.status());
  ASSERT_TRUE(path.value().has_value());
  EXPECT_EQ(path.value()->hops.size(), 3u);  // india <- vm -> r1 -> tk, the store's own path
  auto saved = GraphIndex::Open(**store);
  ASSERT_TRUE(saved.ok());
  EXPECT_EQ((*saved)->PathLength(india, tokyo), 3);
}

// The bulk import saves an index built from its rows without reading the store back: the
// fingerprint Finish() derives for such a store must be the one the store reports.
TEST(GraphIndexTest, IndexOfABulkStoreBuiltFromItsRowsMatchesTheStore) {
  TempDir dir;
  const std::string db = dir / "s.db";
  GraphInput input = Tables(kNodes, kEdges);
  ASSERT_TRUE(Store::CreateFromGraph(db, input).ok());  // input.edges: as stored
  auto store = Store::Open(db);
  ASSERT_TRUE(store.ok());
  GraphIndexBuilder b;
  for (size_t i = 0; i < input.nodes.size(); ++i) b.AddNode(static_cast<int64_t>(i) + 1);
  for (const GraphInput::Edge& e : input.edges) {
    ASSERT_TRUE(b.AddEdge(e.source + 1, e.target + 1, input.relations[e.relation]).ok());
  }
  const std::string id = (*store)->StoreId().value();
  ASSERT_TRUE(b.Finish(1, id)->Save(GraphIndex::PathFor(db)).ok());
  EXPECT_NE(GraphIndex::Load(GraphIndex::PathFor(db), id, 1, (*store)->Fingerprint().value()),
            nullptr);
}

TEST(GraphIndexTest, SavedIndexIsReusedOnlyForTheSameStoreState) {
  TempDir dir;
  GraphInput input = Tables(kNodes, kEdges);
  ASSERT_TRUE(Store::CreateFromGraph(dir / "s.db", input).ok());
  auto store = Store::Open(dir / "s.db");
  ASSERT_TRUE(store.ok());
  auto index = GraphIndex::Open(**store);  // builds and saves
  ASSERT_TRUE(index.ok());
  const std::string file = GraphIndex::PathFor(dir / "s.db");
  ASSERT_TRUE(fs::exists(file));
  const std::string id = (*store)->StoreId().value();
  const std::string fp = (*store)->Fingerprint().value();
  EXPECT_NE(GraphIndex::Load(file, id, 1, fp), nullptr);
  EXPECT_EQ(GraphIndex::Load(file, id, 2, fp), nullptr);       // another generation
  EXPECT_EQ(GraphIndex::Load(file, "other", 1, fp), nullptr);  // another store at this path
  EXPECT_EQ(GraphIndex::Load(file, id, 1, "x/9/9"), nullptr);  // another state of this store
  {
    std::fstream f(file, std::ios::in | std::ios::out | std::ios::binary);
    f.seekp(-3, std::ios::end);
    f.put('\x7f');  // a relation byte out of range
  }
  EXPECT_EQ(GraphIndex::Load(file, id, 1, fp), nullptr);
  fs::resize_file(file, fs::file_size(file) - 1);
  EXPECT_EQ(GraphIndex::Load(file, id, 1, fp), nullptr);

  // A write bumps the generation: the next Open rebuilds and sees the new edge.
  NodeIdTable none;
  auto more = ParseEdgeCsv("src,dst,relation\nin,tk,held_in\n", "more.csv", none);
  ASSERT_TRUE(more.ok());
  ASSERT_TRUE((*store)->ImportGraph(more->graph).ok());
  auto fresh = GraphIndex::Open(**store);
  ASSERT_TRUE(fresh.ok());
  EXPECT_EQ((*fresh)->generation(), 2);
  EXPECT_EQ((*fresh)->edge_count(), 7u);
  const int64_t india = *(*store)->FindByXid("in").value(), tokyo = *(*store)->FindByXid("tk").value();
  EXPECT_EQ((*fresh)->PathLength(india, tokyo), 1);
}

// Co-chairs and lineage read only the records around their nodes; the answers must be those the
// whole graph gives.
TEST(PartialSnapshotTest, CochairsAndLineageAnswerAsOnTheWholeGraph) {
  TempDir dir;
  auto store = Store::Open(dir / "seed.db");
  ASSERT_TRUE(store.ok());
  auto extractor = Extractor::Create();
  ASSERT_TRUE(extractor.ok());
  auto doc = ReadDocumentFile(std::string(DKG_SOURCE_DIR) + "/data/example/000_dd9a1b8ace2b4269.txt");
  ASSERT_TRUE(doc.ok());
  ASSERT_TRUE((*store)->ImportDocument(doc->document, (*extractor)->Extract(*doc)).ok());
  auto whole = GraphSnapshot::Build(**store);
  auto index = GraphIndex::Open(**store);
  ASSERT_TRUE(whole.ok() && index.ok());
  auto rows = [](const std::vector<CochairRow>& r) {
    std::vector<std::string> out;
    for (const CochairRow& x : r) out.push_back(x.meeting + "|" + x.date + "|" + x.place + "|" + x.official + "|" + x.office + "|" + x.country);
    return out;
  };
  auto lines = [](const std::vector<LineageEntry>& l) {
    std::vector<std::string> out;
    for (const LineageEntry& e : l) out.push_back(std::to_string(e.node) + "|" + std::to_string(e.depth) + "|" + e.via + "|" + e.date + "|" + e.place);
    return out;
  };
  int cochair_rows = 0, lineage_lines = 0;
  for (const NodeRecord& n : (*whole)->nodes()) {
    CochairFilter filter;
    if (n.kind == "official") filter.official = n.id;
    if (n.kind == "meeting") filter.meeting = n.id;
    if (n.kind == "country") filter.country = n.id;
    if (filter.official || filter.meeting || filter.country) {
      auto partial = CochairsSnapshot(**store, filter);
      ASSERT_TRUE(partial.ok());
      const auto expected = rows(Cochairs(**whole, filter));
      EXPECT_EQ(rows(Cochairs(**partial, filter)), expected) << n.name;
      cochair_rows += static_cast<int>(expected.size());
    }
    auto partial = LineageSnapshot(**store, **index, n.id);
    ASSERT_TRUE(partial.ok());
    const auto expected = lines(Lineage(**whole, n.id));
    EXPECT_EQ(lines(Lineage(**partial, n.id)), expected) << n.name;
    lineage_lines += static_cast<int>(expected.size());
  }
  EXPECT_GT(cochair_rows, 4);  // the seed's co-chairs, found through officials, meetings, countries
  EXPECT_GT(lineage_lines, 20);

  // Exports around a node: the same JSON from the records around it as from every record.
  int exported = 0;
  for (const NodeRecord& n : (*whole)->nodes()) {
    for (int depth : {1, 2}) {
      SubgraphSelection selection;
      selection.around = n.id;
      selection.depth = depth;
      auto partial = ExportSnapshot(**store, selection);
      ASSERT_TRUE(partial.ok());
      auto expected = ExportSubgraph(**store, SelectSubgraph(**whole, selection), ExportFormat::kJson);
      auto got = ExportSubgraph(**store, SelectSubgraph(**partial, selection), ExportFormat::kJson);
      ASSERT_TRUE(expected.ok() && got.ok());
      EXPECT_EQ(*got, *expected) << n.name << " depth " << depth;
      ++exported;
    }
  }
  EXPECT_EQ(exported, 2 * static_cast<int>((*whole)->nodes().size()));
}

// Whole-store exports and co-chairs stream from the store in store order (issue 14): their
// bytes and rows must be those of the in-memory answers over a whole snapshot, which are the
// reference (nlohmann's JSON, the snapshot's Cochairs()).
TEST(StreamedAnswersTest, WholeStoreExportsAndCochairsEqualTheSnapshotAnswers) {
  TempDir dir;
  auto store = Store::Open(dir / "seed.db");
  ASSERT_TRUE(store.ok());
  auto extractor = Extractor::Create();
  ASSERT_TRUE(extractor.ok());
  auto doc = ReadDocumentFile(std::string(DKG_SOURCE_DIR) + "/data/example/000_dd9a1b8ace2b4269.txt");
  ASSERT_TRUE(doc.ok());
  ASSERT_TRUE((*store)->ImportDocument(doc->document, (*extractor)->Extract(*doc)).ok());
  // A second document with hostile text, attributes on a node and an edge, and no date.
  ExtractedGraph g;
  ExtractedNode a, b;
  a.kind = "official";
  a.name = "Zoë \"Q\" O'Neil\\\t\x01 ünïcode";
  a.aliases = {"Z. O'Neil", "ZON"};
  a.attrs = {{"title", "Envoy \"special\""}, {"note", "line\nbreak"}};
  b.kind = "meeting";
  b.name = "Talks <b>&</b>";
  b.date = "2025-02-03";
  g.nodes = {a, b};
  ExtractedEdge e;
  e.source = 0;
  e.target = 1;
  e.relation = "cochaired";
  e.attrs = {{"role", "host"}};
  e.evidence.push_back({{0, 4}, "rule \"x\""});
  e.evidence.push_back({{5, 9}, "other"});
  g.edges.push_back(e);
  DocumentInput d;
  d.source = "hostile \"doc\".txt";
  d.title = "T\u00e9st";
  d.text = "Zoë talks here";
  d.sha256 = Sha256Hex(d.text);
  ASSERT_TRUE((*store)->ImportDocument(d, g).ok());

  auto whole = GraphSnapshot::Build(**store);
  ASSERT_TRUE(whole.ok());
  std::vector<SubgraphSelection> selections(4);
  selections[1].kinds = {"official", "meeting"};
  selections[2].relations = {"cochaired", "held_in"};
  selections[3].kinds = {"meeting", "place"};
  selections[3].relations = {"held_in"};
  int compared = 0;
  for (ExportFormat format : {ExportFormat::kJson, ExportFormat::kGraphml, ExportFormat::kDot}) {
    for (const SubgraphSelection& selection : selections) {
      const Subgraph sub = SelectSubgraph(**whole, selection);
      auto expected = ExportSubgraph(**store, sub, format);
      ASSERT_TRUE(expected.ok());
      std::string got;
      ExportCounts counts;
      Status s = ExportStore(**store, selection, format, [&](std::string_view bytes) {
        got.append(bytes);
        return Status::Ok();
      }, &counts);
      ASSERT_TRUE(s.ok()) << s.message();
      EXPECT_EQ(got, *expected) << "format " << static_cast<int>(format) << " selection " << compared % 4;
      EXPECT_EQ(counts.nodes, static_cast<int64_t>(sub.nodes.size()));
      EXPECT_EQ(counts.edges, static_cast<int64_t>(sub.edges.size()));
      ++compared;
    }
  }
  EXPECT_EQ(compared, 12);

  // A sink that fails: the export stops and says why.
  Status failing = ExportStore(**store, {}, ExportFormat::kJson, [](std::string_view) {
    return Status::IoError("out: cannot write: disk full");
  });
  EXPECT_FALSE(failing.ok());
  EXPECT_NE(failing.message().find("disk full"), std::string::npos);
  // Around a node: as the partial snapshot's export (every node, depths 0 to 2, with filters).
  int around_compared = 0;
  for (const NodeRecord& n : (*whole)->nodes()) {
    for (int depth : {0, 1, 2}) {
      for (int filter = 0; filter < 2; ++filter) {
        SubgraphSelection around;
        around.around = n.id;
        around.depth = depth;
        if (filter) {
          around.kinds = {"official", "meeting", "country"};
          around.relations = {"cochaired", "represents", "attended"};
        }
        for (ExportFormat format : {ExportFormat::kJson, ExportFormat::kGraphml, ExportFormat::kDot}) {
          auto partial = ExportSnapshot(**store, around);
          ASSERT_TRUE(partial.ok());
          auto expected = ExportSubgraph(**store, SelectSubgraph(**partial, around), format);
          ASSERT_TRUE(expected.ok());
          std::string got;
          ASSERT_TRUE(ExportStore(**store, around, format, [&](std::string_view bytes) {
            got.append(bytes);
            return Status::Ok();
          }).ok());
          EXPECT_EQ(got, *expected) << n.name << " depth " << depth << " filter " << filter;
          ++around_compared;
        }
      }
    }
  }
  EXPECT_GT(around_compared, 100);

  // Co-chairs: the same rows in the same order of (date, meeting, official).
  auto table = CochairTable::Build(**store);
  ASSERT_TRUE(table.ok());
  const std::vector<CochairRow> expected = Cochairs(**whole, {});
  ASSERT_EQ(table.value()->size(), expected.size());
  ASSERT_GE(expected.size(), 3u);
  auto line = [](const CochairRow& x) {
    return std::to_string(x.meeting_id) + "|" + x.meeting + "|" + x.date + "|" + std::to_string(x.place_id) + "|" +
           x.place + "|" + std::to_string(x.official_id) + "|" + x.official + "|" + x.office + "|" +
           std::to_string(x.country_id) + "|" + x.country;
  };
  std::multiset<std::string> want, have;
  for (size_t i = 0; i < expected.size(); ++i) {
    const CochairRow got = table.value()->Row(i);
    EXPECT_EQ(std::tie(got.date, got.meeting, got.official),
              std::tie(expected[i].date, expected[i].meeting, expected[i].official)) << i;
    want.insert(line(expected[i]));
    have.insert(line(got));
  }
  EXPECT_EQ(have, want);
  const auto hostile = table.value()->Node(whole.value()->nodes().back().id);
  ASSERT_TRUE(hostile.has_value());
  EXPECT_EQ(hostile->name, "Talks <b>&</b>");
  EXPECT_EQ(hostile->date, "2025-02-03");
}

// A node's edges a page at a time, with the count of all of them.
TEST(StreamedAnswersTest, ShowPagesAHubsEdges) {
  TempDir dir;
  auto store = Store::Open(dir / "hub.db");
  ASSERT_TRUE(store.ok());
  GraphInput graph;
  graph.source = "hub.csv";
  graph.relations = {"participant", "held_in"};
  for (int i = 0; i < 30; ++i) {
    GraphInput::Node n;
    n.xid = "n" + std::to_string(i);
    n.kind = i == 0 ? "country" : "meeting";
    n.name = "Node " + std::to_string(i);
    graph.nodes.push_back(n);
  }
  for (uint32_t i = 1; i < 30; ++i) graph.edges.push_back({0, i, i % 2, GraphInput::kNone});
  graph.edges.push_back({5, 0, 1, GraphInput::kNone});
  ASSERT_TRUE((*store)->ImportGraph(graph).ok());
  const int64_t hub = *(*store)->FindByXid("n0").value();
  auto all = ShowNode(**store, hub);
  ASSERT_TRUE(all.ok());
  EXPECT_EQ(all->edges.size(), 30u);
  EXPECT_EQ(all->edges_total, 30);
  std::vector<int64_t> paged;
  for (int64_t offset = 0; offset < 30; offset += 7) {
    auto page = ShowNode(**store, hub, offset, 7);
    ASSERT_TRUE(page.ok());
    EXPECT_EQ(page->edges_total, 30);
    EXPECT_EQ(page->edges_offset, offset);
    EXPECT_EQ(page->edges.size(), static_cast<size_t>(std::min<int64_t>(7, 30 - offset)));
    for (const EdgeRecord& e : page->edges) paged.push_back(e.id);
  }
  std::vector<int64_t> whole;
  for (const EdgeRecord& e : all->edges) whole.push_back(e.id);
  EXPECT_EQ(paged, whole);  // the pages, in order, are the whole card's edges
  auto past = ShowNode(**store, hub, 100, 7);
  ASSERT_TRUE(past.ok());
  EXPECT_TRUE(past->edges.empty());
  EXPECT_EQ(past->edges_total, 30);
}

// A lineage longer than LineageSnapshot reads says so (issue 14: it stopped at 255 hops with no
// marker); a short one says nothing.
TEST(StreamedAnswersTest, LineageCutAtItsBoundSaysSo) {
  TempDir dir;
  auto store = Store::Open(dir / "chain.db");
  ASSERT_TRUE(store.ok());
  GraphInput graph;
  graph.source = "chain.csv";
  graph.relations = {"follows"};
  const uint32_t n = 300;  // a chain of 299 follows edges
  for (uint32_t i = 0; i < n; ++i) {
    GraphInput::Node node;
    node.xid = "m" + std::to_string(i);
    node.kind = "meeting";
    node.name = "Round " + std::to_string(i);
    graph.nodes.push_back(node);
  }
  for (uint32_t i = 1; i < n; ++i) graph.edges.push_back({i, i - 1, 0, GraphInput::kNone});
  ASSERT_TRUE((*store)->ImportGraph(graph).ok());
  auto index = GraphIndex::Open(**store);
  ASSERT_TRUE(index.ok());
  const int64_t first = *(*store)->FindByXid("m0").value();
  const int64_t middle = *(*store)->FindByXid("m150").value();
  std::string cut = "stale";
  ASSERT_TRUE(LineageSnapshot(**store, **index, first, &cut).ok());
  EXPECT_NE(cut.find("further than 255 hops"), std::string::npos) << cut;
  ASSERT_TRUE(LineageSnapshot(**store, **index, middle, &cut).ok());
  EXPECT_EQ(cut, "");  // 150 hops each way: all of it is read
}

// The lineage snapshot reads only lineage edges, places and the nodes at their ends; on random
// series (rounds, announcements, agreements, follows chains, places and participants, with dates
// and windows) its lineage must be the one the whole graph gives, cut at the bound too.
TEST(PartialSnapshotTest, LineageFromItsOwnRecordsAnswersAsOnTheWholeGraph) {
  for (const uint32_t n : {400u, 4000u}) {  // the second has a component past the 2000-node bound
    TempDir dir;
    GraphInput graph;
    graph.source = "series.csv";
    graph.relations = {"round_of", "announced_at", "agreed_at", "follows", "held_in", "cochaired", "attended"};
    std::mt19937 rng(n);
    const char* kinds[] = {"meeting", "dialogue", "agreement", "place", "official"};
    for (uint32_t i = 0; i < n; ++i) {
      GraphInput::Node node;
      node.xid = "n" + std::to_string(i);
      node.kind = kinds[i % 5];
      node.name = std::string(node.kind) + " " + std::to_string(i);
      if (node.kind != "dialogue" && node.kind != "place" && node.kind != "official" && rng() % 4) {
        char date[16];
        std::snprintf(date, sizeof date, "2024-%02u-%02u", 1 + static_cast<unsigned>(rng() % 3),
                      10 + static_cast<unsigned>(rng() % 3));  // few dates: ties, ordered by name
        node.date = date;
      }
      graph.nodes.push_back(node);
    }
    auto of_kind = [&](const char* kind) {
      uint32_t k = static_cast<uint32_t>(std::find(std::begin(kinds), std::end(kinds), std::string(kind)) - kinds);
      return (static_cast<uint32_t>(rng()) % (n / 5)) * 5 + k;
    };
    std::set<std::tuple<uint32_t, uint32_t, uint16_t>> edges;
    const uint32_t many = n == 400 ? n / 2 : n * 2;
    for (uint32_t i = 0; i < many; ++i) {
      edges.insert({of_kind("meeting"), of_kind("dialogue"), 0});        // round_of
      edges.insert({of_kind("dialogue"), of_kind("meeting"), 1});        // announced_at
      edges.insert({of_kind("agreement"), of_kind("meeting"), 2});       // agreed_at
      if (i % 3 == 0) edges.insert({of_kind("meeting"), of_kind("meeting"), 3});  // follows
      edges.insert({of_kind("meeting"), of_kind("place"), 4});           // held_in
      edges.insert({of_kind("official"), of_kind("meeting"), 5});        // cochaired
      edges.insert({of_kind("official"), of_kind("meeting"), 6});        // attended
    }
    for (const auto& [a, b, r] : edges) {
      if (a != b) graph.edges.push_back({a, b, r, GraphInput::kNone});
    }
    ASSERT_TRUE(Store::CreateFromGraph(dir / "series.db", graph).ok());
    auto store = Store::Open(dir / "series.db");
    ASSERT_TRUE(store.ok());
    auto whole = GraphSnapshot::Build(**store);
    auto index = GraphIndex::Open(**store);
    ASSERT_TRUE(whole.ok() && index.ok());
    // The server's statistics count the relations on the index: as the store counts them.
    EXPECT_EQ((*index)->EdgesByRelation(), (*store)->Stats()->edges_by_relation);
    EXPECT_TRUE((*store)->Stats(/*by_relation=*/false)->edges_by_relation.empty());
    auto lines = [](const std::vector<LineageEntry>& l) {
      std::vector<std::string> out;
      for (const LineageEntry& e : l) {
        out.push_back(std::to_string(e.node) + "|" + std::to_string(e.depth) + "|" + e.via + "|" + e.date + "|" +
                      e.place + "|" + std::to_string(e.place_id));
      }
      return out;
    };
    size_t compared = 0, longest = 0;
    bool cut_seen = false;
    TimeWindow window;
    window.from = DateSpan::ParseGiven("2024-02");
    for (const NodeRecord& node : (*whole)->nodes()) {
      const int64_t every = n > 2000 ? 997 : 7;  // a node of the big one costs a second
      if (node.kind == "place" || node.kind == "official" || node.id % every != 0) continue;
      std::string cut;
      auto lean = LineageSnapshot(**store, **index, node.id, &cut);
      std::vector<int64_t> core;
      auto around = LineageSnapshot(**store, **index, node.id, nullptr, &core);
      ASSERT_TRUE(lean.ok() && around.ok());
      cut_seen = cut_seen || !cut.empty();
      const auto expected = lines(Lineage(**around, node.id));
      EXPECT_EQ(lines(Lineage(**lean, node.id)), expected) << node.name << " #" << node.id;
      EXPECT_EQ(lines(Lineage(**lean, node.id, window)), lines(Lineage(**around, node.id, window))) << node.id;
      if (core.size() < 2000) {
        EXPECT_EQ(lines(Lineage(**lean, node.id)), lines(Lineage(**whole, node.id))) << node.id;
      }
      longest = std::max(longest, expected.size());
      ++compared;
    }
    EXPECT_GT(compared, 2u);
    EXPECT_GT(longest, 20u);
    EXPECT_EQ(cut_seen, n > 2000) << n;
  }
}

}  // namespace
}  // namespace dkg
