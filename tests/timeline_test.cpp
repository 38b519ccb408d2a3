// Timelines read from indexes (NodeTimeline, PairTimeline) against the way they were assembled
// before, from a snapshot of every candidate event's edges (NodeTimelineFromSnapshot): the same
// events, roles, places, documents and order for every node of a store of made-up reports, in
// and out of windows, whole and page by page.
#include <gtest/gtest.h>

#include <cstdint>
#include <random>
#include <sstream>

#include "engine/sha256.h"
#include "engine/store.h"
#include "queries/graph_index.h"
#include "queries/time_window.h"
#include "queries/timeline.h"
#include "tests/test_util.h"

namespace dkg {
namespace {

// One line per event and one per document: what a timeline says, for comparing two of them.
std::string Describe(const Timeline& t) {
  std::ostringstream out;
  for (const NodeRecord& n : t.subjects) out << "subject " << n.id << "\n";
  for (const TimelineEvent& e : t.events) {
    out << e.Date() << " #" << e.event.id << " " << e.event.name << " [" << e.role << "] at #" << e.place.id
        << " " << e.place.name << " docs";
    for (int64_t d : e.documents) out << " " << d;
    out << "\n";
  }
  for (const DocumentRecord& d : t.documents) out << "document " << d.id << " " << d.source << "\n";
  return out.str();
}

// A store of made-up reports in which timelines meet every rule: officials of several countries
// at meetings they co-chair and attend (an official at the same meeting twice over), countries
// taking part themselves and through officials, agreements reached at meetings, series of rounds
// announced at a meeting, meetings that follow one another, dates at each precision, many events
// on one day (ordered by name), undated events, and reports that support one edge twice.
class IndexedTimelineTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto opened = Store::Open(dir_.File("t.db"));
    ASSERT_TRUE(opened.ok()) << opened.status().message();
    store_ = std::move(opened).value();
    std::mt19937 random(12);
    auto pick = [&](size_t n) { return static_cast<size_t>(random() % n); };
    const std::vector<std::string> dates = {"2022", "2022-06", "2022-06-05", "2022-06-05", "2023-03-10",
                                            "2023-03", "2023-03-10", "2024-02", "2024-02-14", "2024-02-14",
                                            "2024-02-14", "2024", ""};
    std::vector<std::string> meeting_date(40);
    for (std::string& d : meeting_date) d = dates[pick(dates.size())];
    for (int doc = 0; doc < 30; ++doc) {
      std::vector<ExtractedNode> nodes;
      std::vector<std::tuple<size_t, std::string, size_t>> edges;
      auto add = [&](const std::string& kind, const std::string& name, const std::string& date = "") {
        ExtractedNode n;
        n.kind = kind;
        n.name = name;
        n.date = date;
        nodes.push_back(n);
        return nodes.size() - 1;
      };
      for (int m = 0; m < 3; ++m) {
        const size_t which = pick(meeting_date.size());
        const size_t meeting = add("meeting", "Meeting " + std::to_string(which), meeting_date[which]);
        edges.emplace_back(meeting, "held_in", add("place", "Place " + std::to_string(which % 7)));
        for (int o = 0; o < 3; ++o) {
          const size_t n = pick(12);
          const size_t official = add("official", "Official " + std::to_string(n));
          edges.emplace_back(official, pick(2) ? "cochaired" : "attended", meeting);
          if (pick(4) == 0) edges.emplace_back(official, "attended", meeting);
          edges.emplace_back(official, "represents", add("country", "Country " + std::to_string(n % 4)));
        }
        edges.emplace_back(add("country", "Country " + std::to_string(pick(4))), "participant", meeting);
        if (pick(3) == 0) {
          const size_t agreement = add("agreement", "Agreement " + std::to_string(which % 9), meeting_date[which]);
          edges.emplace_back(agreement, "agreed_at", meeting);
          edges.emplace_back(add("country", "Country " + std::to_string(pick(4))), "party_to", agreement);
        }
        if (pick(3) == 0) edges.emplace_back(meeting, "round_of", add("dialogue", "Dialogue " + std::to_string(which % 3)));
        if (pick(5) == 0) edges.emplace_back(add("dialogue", "Dialogue " + std::to_string(which % 3)), "announced_at", meeting);
        // A later meeting of the report follows its first one (an edge between two events).
        if (m > 0 && nodes[meeting].name != nodes[0].name) edges.emplace_back(meeting, "follows", 0);
      }
      const std::string text = "Report " + std::to_string(doc) + " of made-up meetings.";
      DocumentInput d;
      d.source = "report-" + std::to_string(doc) + ".txt";
      d.title = d.source;
      d.date = "2024-03-" + std::to_string(10 + doc % 10);
      d.text = text;
      d.sha256 = Sha256Hex(text);
      ExtractedGraph g;
      g.nodes = std::move(nodes);
      for (const auto& [s, rel, t] : edges) {
        ExtractedEdge e;
        e.source = s;
        e.target = t;
        e.relation = rel;
        e.evidence.push_back({{0, static_cast<int64_t>(text.size())}, "test"});
        g.edges.push_back(std::move(e));
      }
      auto report = store_->ImportDocument(d, g);
      ASSERT_TRUE(report.ok()) << report.status().message();
    }
    auto index = GraphIndex::Build(*store_);
    ASSERT_TRUE(index.ok());
    index_ = std::move(index).value();
    auto graph = store_->LoadGraph();
    ASSERT_TRUE(graph.ok());
    nodes_ = graph->nodes;
  }
  std::vector<TimeWindow> Windows() {
    std::vector<TimeWindow> out = {TimeWindow{}};
    for (const auto& [from, to, as_of] : std::vector<std::tuple<std::string, std::string, std::string>>{
             {"2023", "", ""}, {"", "2023-06", ""}, {"", "", "2024-02-14"}, {"2022-06-05", "2024-02", ""}}) {
      auto w = ParseWindow(from, to, as_of);
      EXPECT_TRUE(w.ok());
      out.push_back(w.value());
    }
    return out;
  }
  testing::TempDir dir_;
  std::unique_ptr<Store> store_;
  std::unique_ptr<GraphIndex> index_;
  std::vector<NodeRecord> nodes_;
};

TEST_F(IndexedTimelineTest, EveryNodesTimelineIsTheOneTheSnapshotGave) {
  size_t events = 0, with_officials = 0, shared_days = 0;
  for (const TimeWindow& window : Windows()) {
    for (const NodeRecord& node : nodes_) {
      auto reference = NodeTimelineFromSnapshot(*store_, *index_, node.id, window);
      ASSERT_TRUE(reference.ok()) << reference.status().message();
      // A lookup per candidate, or one scan of the dates; candidates found through a flat array
      // or a hash map.
      for (const auto& [scan, flat] : {std::pair{size_t{50000}, true}, std::pair{size_t{0}, true},
                                       std::pair{size_t{50000}, false}, std::pair{size_t{0}, false}}) {
        TimelinePage whole;
        whole.scan_dates_above = scan;
        whole.flat_ids = flat;
        auto indexed = NodeTimeline(*store_, *index_, node.id, window, whole);
        ASSERT_TRUE(indexed.ok()) << indexed.status().message();
        EXPECT_EQ(Describe(indexed.value()), Describe(reference.value())) << node.kind << " " << node.name;
        EXPECT_EQ(indexed->total, reference->events.size());
      }
      events += reference->events.size();
      for (size_t i = 0; i < reference->events.size(); ++i) {
        if (reference->events[i].role.find(" (") != std::string::npos) ++with_officials;
        if (i > 0 && reference->events[i].Date() == reference->events[i - 1].Date()) ++shared_days;
      }
    }
  }
  // The store exercises what it is meant to.
  EXPECT_GT(events, 500u);
  EXPECT_GT(with_officials, 50u);
  EXPECT_GT(shared_days, 50u);
}

TEST_F(IndexedTimelineTest, PagesMakeTheWholeTimeline) {
  for (const NodeRecord& node : nodes_) {
    auto whole = NodeTimeline(*store_, *index_, node.id, TimeWindow{});
    ASSERT_TRUE(whole.ok());
    std::vector<TimelineEvent> paged;
    TimelinePage page;
    page.limit = 4;
    for (page.offset = 0; page.offset < whole->total; page.offset += page.limit) {
      auto part = NodeTimeline(*store_, *index_, node.id, TimeWindow{}, page);
      ASSERT_TRUE(part.ok());
      EXPECT_EQ(part->total, whole->total);
      EXPECT_EQ(part->offset, page.offset);
      ASSERT_EQ(part->events.size(), std::min<size_t>(4, whole->total - page.offset));
      for (const TimelineEvent& e : part->events) {
        for (int64_t d : e.documents) {
          EXPECT_TRUE(std::any_of(part->documents.begin(), part->documents.end(),
                                  [&](const DocumentRecord& r) { return r.id == d; }));
        }
      }
      paged.insert(paged.end(), part->events.begin(), part->events.end());
    }
    Timeline joined = whole.value();
    joined.events = paged;
    EXPECT_EQ(Describe(joined), Describe(whole.value())) << node.name;
    page.offset = whole->total + 3;  // past the end: nothing, and how many there are
    auto beyond = NodeTimeline(*store_, *index_, node.id, TimeWindow{}, page);
    ASSERT_TRUE(beyond.ok());
    EXPECT_TRUE(beyond->events.empty());
    EXPECT_EQ(beyond->total, whole->total);
  }
}

// A limit of "as many as there are" (SIZE_MAX) from a later offset is the rest of the timeline:
// offset + limit wrapped round and the page came back empty.
TEST_F(IndexedTimelineTest, AHugeLimitIsTheRestOfTheTimeline) {
  size_t checked = 0;
  for (const NodeRecord& node : nodes_) {
    auto whole = NodeTimeline(*store_, *index_, node.id, TimeWindow{});
    ASSERT_TRUE(whole.ok());
    if (whole->total < 2) continue;
    TimelinePage page;
    page.offset = 1;
    page.limit = SIZE_MAX;
    auto rest = NodeTimeline(*store_, *index_, node.id, TimeWindow{}, page);
    ASSERT_TRUE(rest.ok());
    EXPECT_EQ(rest->offset, 1u);
    EXPECT_EQ(rest->events.size(), whole->total - 1) << node.kind << " " << node.name;
    ++checked;
  }
  EXPECT_GT(checked, 10u);
}

TEST_F(IndexedTimelineTest, PairTimelinesAreTheOnesTheSnapshotGave) {
  std::vector<int64_t> sides;
  for (const NodeRecord& n : nodes_) {
    if (n.kind == "country" || (n.kind == "official" && sides.size() < 10)) sides.push_back(n.id);
  }
  size_t events = 0;
  for (const TimeWindow& window : Windows()) {
    for (int64_t a : sides) {
      for (int64_t b : sides) {
        if (a == b) continue;
        auto reference = PairTimelineFromSnapshot(*store_, a, b, window);
        ASSERT_TRUE(reference.ok());
        auto indexed = PairTimeline(*store_, a, b, window);
        ASSERT_TRUE(indexed.ok());
        EXPECT_EQ(Describe(indexed.value()), Describe(reference.value()));
        events += reference->events.size();
      }
    }
  }
  EXPECT_GT(events, 100u);
}

}  // namespace
}  // namespace dkg
