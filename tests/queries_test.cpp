#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "engine/sha256.h"
#include "queries/export.h"
#include "queries/graph_snapshot.h"
#include "queries/queries.h"
#include "queries/time_window.h"
#include "tests/test_util.h"

namespace dkg {
namespace {

NodeRecord N(int64_t id, const std::string& kind, const std::string& name, const std::string& date = "") {
  NodeRecord n;
  n.id = id;
  n.kind = kind;
  n.name = name;
  n.date = date;
  return n;
}

EdgeRecord E(int64_t id, int64_t s, const std::string& rel, int64_t t) { return {id, s, t, rel, {}}; }

// A small diplomatic graph: a 2+2 meeting announced a dialogue with two rounds.
GraphData Sample() {
  GraphData g;
  g.nodes = {N(1, "meeting", "2+2 meeting", "2024-08-20"), N(2, "dialogue", "Economic Security Dialogue"),
             N(3, "meeting", "first round", "2024-11-27"), N(4, "meeting", "second round", "2025-06-01"),
             N(5, "official", "Vikram Misri"), N(6, "official", "Masataka Okano"),
             N(7, "country", "India"), N(8, "place", "Tokyo"), N(9, "agreement", "talent exchange"),
             N(10, "person", "Unconnected")};
  g.nodes[4].attrs["title"] = "Foreign Secretary";
  g.edges = {E(1, 2, "announced_at", 1), E(2, 3, "round_of", 2), E(3, 4, "round_of", 2),
             E(4, 4, "follows", 3), E(5, 5, "cochaired", 3), E(6, 6, "cochaired", 3),
             E(7, 5, "represents", 7), E(8, 3, "held_in", 8), E(9, 9, "agreed_at", 4)};
  return g;
}

TEST(GraphSnapshotTest, ShortestPathWalksEdgesBothWays) {
  GraphSnapshot g(Sample());
  auto path = g.ShortestPath(5, 6);
  ASSERT_TRUE(path.has_value());
  EXPECT_EQ(path->nodes, (std::vector<int64_t>{5, 3, 6}));
  EXPECT_EQ(path->edges, (std::vector<int64_t>{5, 6}));
}

TEST(GraphSnapshotTest, PathRespectsDepthAndRelationFilters) {
  GraphSnapshot g(Sample());
  TraversalOptions shallow;
  shallow.max_depth = 1;
  EXPECT_FALSE(g.ShortestPath(5, 6, shallow).has_value());
  TraversalOptions only_rounds;
  only_rounds.relations = {"round_of", "follows"};
  EXPECT_FALSE(g.ShortestPath(5, 6, only_rounds).has_value());
  auto rounds = g.ShortestPath(3, 4, only_rounds);
  ASSERT_TRUE(rounds.has_value());
  EXPECT_EQ(rounds->edges.size(), 1u);
  EXPECT_FALSE(g.ShortestPath(5, 10).has_value());
  EXPECT_EQ(g.ShortestPath(5, 5)->edges.size(), 0u);
}

TEST(GraphSnapshotTest, NeighborhoodReportsDistances) {
  GraphSnapshot g(Sample());
  TraversalOptions two;
  two.max_depth = 2;
  auto found = g.Neighborhood(5, two);
  std::map<int64_t, int> d(found.begin(), found.end());
  EXPECT_EQ(d[3], 1);
  EXPECT_EQ(d[7], 1);
  EXPECT_EQ(d[6], 2);
  EXPECT_EQ(d[8], 2);
  EXPECT_EQ(d.count(1), 0u);  // three hops away
}

TEST(LineageTest, AnnouncingMeetingThenDialogueThenRoundsInDateOrder) {
  GraphSnapshot g(Sample());
  auto entries = Lineage(g, 4);
  std::vector<std::pair<int64_t, std::string>> got;
  for (const auto& e : entries) got.push_back({e.node, std::to_string(e.depth) + e.via});
  EXPECT_EQ(got, (std::vector<std::pair<int64_t, std::string>>{
                     {1, "0"}, {2, "1announced"}, {3, "2round"}, {4, "2round"}, {9, "3agreed"}}));
  EXPECT_EQ(entries[2].place, "Tokyo");
}

TEST(CochairsTest, ListsCochairsWithOfficeAndCountryAndFilters) {
  GraphSnapshot g(Sample());
  auto rows = Cochairs(g, {});
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].official, "Masataka Okano");
  EXPECT_EQ(rows[1].official, "Vikram Misri");
  EXPECT_EQ(rows[1].office, "Foreign Secretary");
  EXPECT_EQ(rows[1].country, "India");
  EXPECT_EQ(rows[1].place, "Tokyo");
  CochairFilter by_country;
  by_country.country = 7;
  EXPECT_EQ(Cochairs(g, by_country).size(), 1u);
}

class StoreBackedTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto store = Store::Open(dir_.File("q.db"));
    ASSERT_TRUE(store.ok());
    store_ = std::move(store).value();
    ExtractedGraph g;
    auto node = [&](const std::string& kind, const std::string& name, std::vector<std::string> aliases = {}) {
      ExtractedNode n;
      n.kind = kind;
      n.name = name;
      n.aliases = std::move(aliases);
      g.nodes.push_back(n);
    };
    // Hostile names: quotes, markup, a newline, a control character.
    node("official", "O'Brien \"the <b>Bold</b>\" & co\nline2\x01");
    node("meeting", "India-Japan 2+2 Ministerial meeting");
    node("place", "Georgia");
    node("country", "Georgia");
    ExtractedEdge e;
    e.source = 0;
    e.target = 1;
    e.relation = "attended";
    e.evidence.push_back({{0, 5}, "test"});
    g.edges.push_back(e);
    DocumentInput d;
    d.source = "d.txt";
    d.text = "Hello world";
    d.sha256 = Sha256Hex(d.text);
    ASSERT_TRUE(store_->ImportDocument(d, g).ok());
  }
  testing::TempDir dir_;
  std::unique_ptr<Store> store_;
};

TEST_F(StoreBackedTest, ResolvesByIdNameWordsAndReportsAmbiguity) {
  EXPECT_EQ(ResolveNode(*store_, "#2").value(), 2);
  EXPECT_EQ(ResolveNode(*store_, "2+2 Ministerial").value(), 2);
  std::vector<NodeRecord> candidates;
  auto georgia = ResolveNode(*store_, "georgia", &candidates);
  ASSERT_FALSE(georgia.ok());
  EXPECT_EQ(georgia.status().code(), Status::Code::kAmbiguous);
  EXPECT_EQ(candidates.size(), 2u);
  EXPECT_EQ(ResolveNode(*store_, "#99").status().code(), Status::Code::kNotFound);
  EXPECT_EQ(ResolveNode(*store_, "Atlantis").status().code(), Status::Code::kNotFound);
}

TEST_F(StoreBackedTest, JsonExportFollowsTheContractAndKeepsHostileNamesIntact) {
  auto graph = GraphSnapshot::Build(*store_);
  ASSERT_TRUE(graph.ok());
  auto text = ExportSubgraph(*store_, SelectSubgraph(*graph.value(), {}), ExportFormat::kJson);
  ASSERT_TRUE(text.ok());
  auto json = nlohmann::json::parse(text.value());
  ASSERT_EQ(json["nodes"].size(), 4u);
  EXPECT_EQ(json["nodes"][0]["name"], "O'Brien \"the <b>Bold</b>\" & co\nline2\x01");
  EXPECT_TRUE(json["nodes"][0]["date"].is_null());
  EXPECT_TRUE(json["nodes"][0]["aliases"].is_array());
  ASSERT_EQ(json["edges"].size(), 1u);
  EXPECT_EQ(json["edges"][0]["evidence"][0]["text"], "Hello");
  EXPECT_EQ(json["edges"][0]["evidence"][0]["start"], 0);
  EXPECT_EQ(json["documents"][0]["source"], "d.txt");
}

TEST_F(StoreBackedTest, GraphmlAndDotEscapeNames) {
  auto graph = GraphSnapshot::Build(*store_);
  auto sub = SelectSubgraph(*graph.value(), {});
  auto graphml = ExportSubgraph(*store_, sub, ExportFormat::kGraphml).value();
  EXPECT_NE(graphml.find("O&apos;Brien &quot;the &lt;b&gt;Bold&lt;/b&gt;&quot; &amp; co&#10;line2<"),
            std::string::npos);
  auto dot = ExportSubgraph(*store_, sub, ExportFormat::kDot).value();
  EXPECT_NE(dot.find("O'Brien \\\"the <b>Bold</b>\\\" & co\\nline2 "), std::string::npos);
}

TEST_F(StoreBackedTest, SubgraphAroundANodeKeepsItsNeighbourhoodOnly) {
  auto graph = GraphSnapshot::Build(*store_);
  SubgraphSelection selection;
  selection.around = 1;
  selection.depth = 1;
  auto sub = SelectSubgraph(*graph.value(), selection);
  EXPECT_EQ(sub.nodes.size(), 2u);
  EXPECT_EQ(sub.edges.size(), 1u);
  selection.kinds = {"official"};
  EXPECT_EQ(SelectSubgraph(*graph.value(), selection).edges.size(), 0u);
}


// A picture too large to draw is refused on a count taken before any record is read: the count
// must be exactly the number of nodes SelectSubgraph would select from ExportSnapshot, for every
// kind of selection (whole store, kinds, a window, around a node), else the refusal would name a
// wrong number or let a too large selection through.
TEST(ExportSnapshotAtMostTest, CountsWhatSelectSubgraphSelectsBeforeReadingIt) {
  testing::TempDir dir;
  auto store = Store::Open(dir.File("count.db"));
  ASSERT_TRUE(store.ok());
  ExtractedGraph g;
  auto node = [&](const std::string& kind, const std::string& name, const std::string& date = "") {
    ExtractedNode n;
    n.kind = kind;
    n.name = name;
    n.date = date;
    g.nodes.push_back(n);
    return static_cast<int>(g.nodes.size()) - 1;
  };
  auto edge = [&](int s, const std::string& relation, int t) {
    ExtractedEdge e;
    e.source = s;
    e.target = t;
    e.relation = relation;
    e.evidence.push_back({{0, 5}, "test"});
    g.edges.push_back(e);
  };
  const int india = node("country", "India");
  const int japan = node("country", "Japan");
  const int misri = node("official", "Vikram Misri");
  for (int i = 0; i < 6; ++i) {
    const int meeting = node("meeting", "round " + std::to_string(i), "202" + std::to_string(i) + "-05-01");
    const int pact = node("agreement", "pact " + std::to_string(i), "202" + std::to_string(i) + "-05-01");
    edge(meeting, "held_in", i % 2 ? india : japan);
    edge(pact, "agreed_at", meeting);
    edge(misri, "attended", meeting);
  }
  node("meeting", "undated round");
  DocumentInput d;
  d.source = "d.txt";
  d.text = "Hello world";
  d.sha256 = Sha256Hex(d.text);
  ASSERT_TRUE(store.value()->ImportDocument(d, g).ok());

  auto window = ParseWindow("2022-01-01", "2024-12-31", "");
  ASSERT_TRUE(window.ok());
  std::vector<SubgraphSelection> selections(7);
  selections[1].kinds = {"meeting"};
  selections[2].window = window.value();
  selections[3].kinds = {"meeting", "country"};
  selections[3].window = window.value();
  selections[4].kinds = {"meeting", "agreement"};
  selections[4].window = window.value();
  selections[5].around = 3;  // Vikram Misri, at depth 2: his meetings, their places and pacts
  selections[5].depth = 2;
  selections[6] = selections[5];
  selections[6].kinds = {"agreement"};
  selections[6].window = window.value();
  for (size_t i = 0; i < selections.size(); ++i) {
    const SubgraphSelection& selection = selections[i];
    auto whole = ExportSnapshot(*store.value(), selection);
    ASSERT_TRUE(whole.ok());
    const int64_t expected = static_cast<int64_t>(SelectSubgraph(*whole.value(), selection).nodes.size());
    ASSERT_GT(expected, 1) << "selection " << i;
    int64_t selected = 0;
    auto refused = ExportSnapshotAtMost(*store.value(), selection, expected - 1, &selected);
    ASSERT_TRUE(refused.ok());
    EXPECT_EQ(refused.value(), nullptr) << "selection " << i;
    EXPECT_EQ(selected, expected) << "selection " << i;
    auto drawn = ExportSnapshotAtMost(*store.value(), selection, expected, &selected);
    ASSERT_TRUE(drawn.ok());
    ASSERT_NE(drawn.value(), nullptr) << "selection " << i;
    EXPECT_EQ(SelectSubgraph(*drawn.value(), selection).nodes.size(), static_cast<size_t>(expected));
  }
  // The counts differ from selection to selection (the window and the kinds are counted).
  int64_t all = 0, meetings = 0, in_window = 0;
  ExportSnapshotAtMost(*store.value(), selections[0], 1, &all);
  ExportSnapshotAtMost(*store.value(), selections[1], 1, &meetings);
  ExportSnapshotAtMost(*store.value(), selections[2], 1, &in_window);
  EXPECT_EQ(all, 3 + 6 + 6 + 1);
  EXPECT_EQ(meetings, 7);
  EXPECT_EQ(in_window, 3 + 3 + 3);  // 2022, 2023 and 2024's meeting and pact; the undated one out
}

}  // namespace
}  // namespace dkg
