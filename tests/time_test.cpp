// Time as a query dimension: dates at their precision, windows (--from/--to/--as-of) on co-chairs,
// lineage, paths, neighbourhoods and exports, and timelines of nodes and pairs.
#include <gtest/gtest.h>

#include <cstdio>

#include "engine/sha256.h"
#include "engine/store.h"
#include "queries/export.h"
#include "queries/graph_index.h"
#include "importers/extractor.h"
#include "importers/importer.h"
#include "queries/dialogues.h"
#include "queries/graph_snapshot.h"
#include "queries/officials.h"
#include "queries/queries.h"
#include "queries/time_window.h"
#include "queries/timeline.h"
#include "tests/test_util.h"

namespace dkg {
namespace {

TimeWindow Window(const std::string& from, const std::string& to, const std::string& as_of = "") {
  auto w = ParseWindow(from, to, as_of);
  EXPECT_TRUE(w.ok()) << w.status().message();
  return w.ok() ? w.value() : TimeWindow{};
}

TEST(DateSpanTest, ReadsEachPrecisionAsTheDaysItCovers) {
  auto year = DateSpan::Parse("2024"), month = DateSpan::Parse("2024-02"), day = DateSpan::Parse("2024-11-27");
  ASSERT_TRUE(year && month && day);
  EXPECT_EQ(year->first, 20240101);
  EXPECT_EQ(year->last, 20241231);
  EXPECT_EQ(month->last, 20240229);  // a leap year
  EXPECT_EQ(DateSpan::Parse("2023-02")->last, 20230228);
  EXPECT_EQ(day->first, day->last);
  EXPECT_EQ(month->Iso(), "2024-02");
  EXPECT_EQ(day->Iso(), "2024-11-27");
  EXPECT_EQ(year->Iso(), "2024");
  EXPECT_TRUE(day->Within(*DateSpan::Parse("2024-11")));
  EXPECT_FALSE(DateSpan::Parse("2024-11")->Within(*day));
  EXPECT_TRUE(DateSpan::Parse("2024-11")->Overlaps(*day));
  EXPECT_EQ(DateSpan::Parse("2024-11-27T09:00:00Z")->Iso(), "2024-11-27");
  for (const char* bad : {"", "24", "2024-13", "2024-02-30", "2024-1-5", "Nov 2024", "2024/11/27", "0000"}) {
    EXPECT_FALSE(DateSpan::Parse(bad)) << bad;
  }
}

TEST(TimeWindowTest, AnEventLiesInAWindowWhenItsWholeIntervalDoes) {
  const TimeWindow november = Window("2024-11-01", "2024-11-30");
  EXPECT_TRUE(november.Holds("2024-11"));
  EXPECT_TRUE(november.Holds("2024-11-27"));
  EXPECT_FALSE(november.Holds("2024"));  // may have been in March
  EXPECT_FALSE(november.Holds(""));      // undated: in no window
  EXPECT_FALSE(Window("2024-11-15", "").Holds("2024-11"));  // may have been before the 15th
  EXPECT_TRUE(Window("2024", "").Holds("2024-11"));
  EXPECT_TRUE(Window("", "2024-11").Holds("2024-11-30"));  // --to a month: to its last day
  // --as-of: everything up to the end of the day (or month) named.
  EXPECT_TRUE(Window("", "", "2024-11-27").Holds("2024-11-27"));
  EXPECT_FALSE(Window("", "", "2024-11-27").Holds("2024-11"));
  EXPECT_TRUE(Window("", "", "2024-11").Holds("2024-11"));
  EXPECT_FALSE(Window("", "", "2024-11-27").Holds("2024-11-28"));
  // An inactive window holds everything, dated or not; it only ever excludes timed kinds.
  EXPECT_TRUE(TimeWindow{}.Holds(""));
  NodeRecord official;
  official.kind = "official";
  EXPECT_FALSE(november.Excludes(official));
  NodeRecord meeting;
  meeting.kind = "meeting";
  meeting.date = "2023-05-01";
  EXPECT_TRUE(november.Excludes(meeting));
}

TEST(TimeWindowTest, TextBoundsHoldEveryDateTheWindowHolds) {
  std::string at_least, below;
  Window("2024-11-15", "2025-02").TextBounds(at_least, below);
  EXPECT_EQ(at_least, "2024-11-15");
  EXPECT_EQ(below, "2025-02-28~");
  Window("2024-03-01", "2024-03-31").TextBounds(at_least, below);
  EXPECT_EQ(at_least, "2024-03");  // the month lies in the window
  Window("2024-01-01", "2024-12-31").TextBounds(at_least, below);
  EXPECT_EQ(at_least, "2024");
  Window("", "", "2024").TextBounds(at_least, below);
  EXPECT_EQ(at_least, "");
  EXPECT_EQ(below, "2024-12-31~");
  // Every date of 2023-2025 at every precision that a window holds lies within its bounds.
  std::vector<std::string> dates;
  for (int y = 2023; y <= 2025; ++y) {
    dates.push_back(std::to_string(y));
    for (int m = 1; m <= 12; ++m) {
      char month[32];  // room for any int, so the compiler sees no truncation
      std::snprintf(month, sizeof month, "%04d-%02d", y, m);
      dates.push_back(month);
      for (int d = 1; d <= 31; ++d) {
        char day[40];
        std::snprintf(day, sizeof day, "%04d-%02d-%02d", y, m, d);
        if (DateSpan::Parse(day)) dates.push_back(day);
      }
    }
  }
  for (auto [from, to] : {std::pair{"2024-11-15", "2025-02"}, std::pair{"2024-03-01", "2024-03-07"},
                          std::pair{"2024-01-01", "2024-12-31"}, std::pair{"2024-02-01", "2024-02-29"},
                          std::pair{"2023", "2024-06-30"}, std::pair{"2024-12-31", "2025-01-01"}}) {
    TimeWindow w = Window(from, to);
    w.TextBounds(at_least, below);
    int held = 0;
    for (const std::string& date : dates) {
      if (!w.Holds(date)) continue;
      ++held;
      EXPECT_GE(date, at_least) << from << ".." << to;
      EXPECT_LT(date, below) << from << ".." << to;
    }
    EXPECT_GT(held, 0) << from << ".." << to;
  }
}

TEST(TimeWindowTest, BadWindowsAreRefusedNamingTheValue) {
  auto bad_date = ParseWindow("2024-13", "", "");
  ASSERT_FALSE(bad_date.ok());
  EXPECT_NE(bad_date.status().message().find("--from '2024-13'"), std::string::npos);
  EXPECT_FALSE(ParseWindow("2025", "2024", "").ok());
  EXPECT_FALSE(ParseWindow("2024", "", "2025").ok());
  EXPECT_TRUE(ParseWindow("2024-11-27", "2024-11", "").ok());  // the 27th lies in November
}

NodeRecord N(int64_t id, const std::string& kind, const std::string& name, const std::string& date = "") {
  NodeRecord n;
  n.id = id;
  n.kind = kind;
  n.name = name;
  n.date = date;
  return n;
}

EdgeRecord E(int64_t id, int64_t s, const std::string& rel, int64_t t) { return {id, s, t, rel, {}}; }

// A 2+2 meeting announced a dialogue with two rounds; the first round reached an agreement.
GraphData Series() {
  GraphData g;
  g.nodes = {N(1, "meeting", "2+2 meeting", "2024-08-20"), N(2, "dialogue", "Dialogue"),
             N(3, "meeting", "first round", "2024-11"), N(4, "meeting", "second round", "2025-06-01"),
             N(5, "official", "Vikram Misri"), N(6, "official", "Masataka Okano"),
             N(7, "country", "India"), N(8, "place", "Tokyo"), N(9, "agreement", "talent exchange", "2024-11-27")};
  g.edges = {E(1, 2, "announced_at", 1), E(2, 3, "round_of", 2), E(3, 4, "round_of", 2),
             E(4, 4, "follows", 3), E(5, 5, "cochaired", 3), E(6, 6, "cochaired", 3),
             E(7, 5, "represents", 7), E(8, 3, "held_in", 8), E(9, 9, "agreed_at", 3),
             E(10, 5, "cochaired", 4), E(11, 5, "cochaired", 1)};
  return g;
}

TEST(TimeWindowTest, CochairsKeepOnlyMeetingsHeldInTheWindow) {
  GraphSnapshot g(Series());
  CochairFilter filter;
  filter.window = Window("2024-01-01", "2024-12-31");
  auto rows = Cochairs(g, filter);
  ASSERT_EQ(rows.size(), 3u);
  for (const CochairRow& r : rows) EXPECT_EQ(r.date.substr(0, 4), "2024") << r.meeting;
  filter.window = Window("2024-11-15", "");  // "2024-11" may lie before the 15th
  rows = Cochairs(g, filter);
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].meeting, "second round");
}

TEST(TimeWindowTest, LineageLeavesOutEventsOutsideTheWindowAndKeepsTheirChildren) {
  GraphSnapshot g(Series());
  // From September 2024: the 2+2 meeting that announced the dialogue is left out, so the
  // dialogue becomes a root; the rounds and the agreement stay beneath it.
  auto entries = Lineage(g, 2, Window("2024-09", ""));
  std::vector<std::pair<int64_t, int>> seen;
  for (const LineageEntry& e : entries) seen.emplace_back(e.node, e.depth);
  EXPECT_EQ(seen, (std::vector<std::pair<int64_t, int>>{{2, 0}, {3, 1}, {9, 2}, {4, 1}}));
  EXPECT_EQ(entries[0].via, "");
  // As of the end of 2024 the second round had not happened.
  entries = Lineage(g, 2, Window("", "", "2024-12-31"));
  for (const LineageEntry& e : entries) EXPECT_NE(e.node, 4);
  EXPECT_EQ(entries.size(), 4u);
}

TEST(TimeWindowTest, TraversalsDoNotEnterExcludedNodes) {
  GraphSnapshot g(Series());
  ASSERT_TRUE(g.ShortestPath(6, 7).has_value());  // Okano - first round - Misri - India
  TraversalOptions options;
  options.excluded = std::make_shared<std::vector<int64_t>>(std::vector<int64_t>{3});
  EXPECT_FALSE(g.ShortestPath(6, 7, options).has_value());
  EXPECT_FALSE(g.ShortestPath(3, 5, options).has_value());  // an excluded end
  auto near = g.Neighborhood(5, options);
  for (const auto& [id, depth] : near) EXPECT_NE(id, 3);
  EXPECT_EQ(near.size(), 4u);  // India, the second round, the 2+2 meeting, the dialogue
  options.max_depth = 1;
  EXPECT_EQ(g.Neighborhood(5, options).size(), 3u);
}

TEST(TimeWindowTest, ExportSelectsOnlyEventsInTheWindow) {
  GraphSnapshot g(Series());
  SubgraphSelection selection;
  selection.window = Window("2025", "");
  Subgraph sub = SelectSubgraph(g, selection);
  for (const NodeRecord* n : sub.nodes) {
    if (IsTimedKind(n->kind)) {
      EXPECT_EQ(n->name, "second round");
    }
  }
  EXPECT_EQ(sub.nodes.size(), 6u);  // the 5 timeless nodes and the second round
  for (const EdgeRecord* e : sub.edges) EXPECT_NE(e->target, 3);
  EXPECT_FALSE(sub.whole);
}

// ---- on a store ------------------------------------------------------------------------------

ExtractedNode Node(const std::string& kind, const std::string& name, const std::string& date = "") {
  ExtractedNode n;
  n.kind = kind;
  n.name = name;
  n.date = date;
  return n;
}

// Stores one made-up report: `edges` as (source, relation, target) over `nodes`, each with the
// whole text as evidence.
void Report(Store& store, const std::string& source, const std::string& date, const std::string& text,
            std::vector<ExtractedNode> nodes, const std::vector<std::tuple<size_t, std::string, size_t>>& edges) {
  DocumentInput d;
  d.source = source;
  d.title = source;
  d.date = date;
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
  auto report = store.ImportDocument(d, g);
  ASSERT_TRUE(report.ok()) << report.status().message();
}

class TimelineTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto opened = Store::Open(dir_.File("t.db"));
    ASSERT_TRUE(opened.ok()) << opened.status().message();
    store_ = std::move(opened).value();
    Report(*store_, "a.txt", "2022-06-05", "The Joint Commission met in New Delhi and announced a dialogue.",
           {Node("meeting", "Joint Commission", "2022-06-05"), Node("dialogue", "Maritime Dialogue"),
            Node("place", "New Delhi"), Node("official", "Arun Kapoor"), Node("country", "India"),
            Node("country", "Norway")},
           {{1, "announced_at", 0}, {0, "held_in", 2}, {3, "cochaired", 0}, {3, "represents", 4},
            {5, "participant", 0}});
    Report(*store_, "b.txt", "2023-03-10", "The first round met in Oslo.",
           {Node("meeting", "Maritime Dialogue round 1", "2023-03-10"), Node("dialogue", "Maritime Dialogue"),
            Node("place", "Oslo"), Node("official", "Arun Kapoor"), Node("official", "Eirik Dahl"),
            Node("country", "Norway")},
           {{0, "round_of", 1}, {0, "held_in", 2}, {3, "cochaired", 0}, {4, "cochaired", 0},
            {4, "represents", 5}});
    // Month precision: the report does not give the day.
    Report(*store_, "c.txt", "2024-02-20", "The second round met in New Delhi in February and agreed an MoU.",
           {Node("meeting", "Maritime Dialogue round 2", "2024-02"), Node("dialogue", "Maritime Dialogue"),
            Node("place", "New Delhi"), Node("official", "Meera Rao"), Node("country", "India"),
            Node("agreement", "Blue Economy MoU", "2024-02"), Node("country", "Norway")},
           {{0, "round_of", 1}, {0, "held_in", 2}, {3, "cochaired", 0}, {3, "represents", 4},
            {5, "agreed_at", 0}, {6, "participant", 0}});
    auto index = GraphIndex::Build(*store_);
    ASSERT_TRUE(index.ok());
    index_ = std::move(index).value();
  }
  int64_t Id(const std::string& name) {
    auto id = ResolveNode(*store_, name);
    EXPECT_TRUE(id.ok()) << name;
    return id.ok() ? id.value() : 0;
  }
  std::vector<std::string> Names(const Timeline& t) {
    std::vector<std::string> out;
    for (const TimelineEvent& e : t.events) out.push_back(e.event.name + "/" + e.role);
    return out;
  }
  testing::TempDir dir_;
  std::unique_ptr<Store> store_;
  std::unique_ptr<GraphIndex> index_;
};

TEST_F(TimelineTest, DialogueHistoryFromTheAnnouncingMeetingInDateOrder) {
  auto t = NodeTimeline(*store_, *index_, Id("Maritime Dialogue"), {});
  ASSERT_TRUE(t.ok()) << t.status().message();
  EXPECT_EQ(Names(t.value()),
            (std::vector<std::string>{"Joint Commission/announcement", "Maritime Dialogue round 1/round",
                                      "Blue Economy MoU/agreement", "Maritime Dialogue round 2/round"}));
  const TimelineEvent& first = t->events[0];
  EXPECT_EQ(first.event.date, "2022-06-05");
  EXPECT_EQ(first.place.name, "New Delhi");
  ASSERT_EQ(first.documents.size(), 1u);
  EXPECT_EQ(t->documents.size(), 3u);
  EXPECT_EQ(t->events[1].place.name, "Oslo");
  // The window applies: only 2023 and later.
  auto later = NodeTimeline(*store_, *index_, Id("Maritime Dialogue"), Window("2023", ""));
  ASSERT_TRUE(later.ok());
  EXPECT_EQ(later->events.size(), 3u);
  EXPECT_EQ(later->events[0].event.name, "Maritime Dialogue round 1");
}

TEST_F(TimelineTest, OfficialAndCountryTimelinesNameTheirPart) {
  auto kapoor = NodeTimeline(*store_, *index_, Id("Arun Kapoor"), {});
  ASSERT_TRUE(kapoor.ok());
  EXPECT_EQ(Names(kapoor.value()),
            (std::vector<std::string>{"Joint Commission/cochaired", "Maritime Dialogue round 1/cochaired"}));
  auto india = NodeTimeline(*store_, *index_, Id("India"), {});
  ASSERT_TRUE(india.ok());
  EXPECT_EQ(Names(india.value()),
            (std::vector<std::string>{"Joint Commission/cochaired (Arun Kapoor)",
                                      "Maritime Dialogue round 1/cochaired (Arun Kapoor)",
                                      "Maritime Dialogue round 2/cochaired (Meera Rao)"}));
}

TEST_F(TimelineTest, PairTimelineListsTheMeetingsBothTookPartIn) {
  auto pair = PairTimeline(*store_, Id("India"), Id("Norway"), {});
  ASSERT_TRUE(pair.ok());
  EXPECT_EQ(Names(pair.value()),
            (std::vector<std::string>{"Joint Commission/announcement", "Maritime Dialogue round 1/round",
                                      "Maritime Dialogue round 2/round"}));
  EXPECT_EQ(pair->subjects.size(), 2u);
  auto dahl = PairTimeline(*store_, Id("Arun Kapoor"), Id("Eirik Dahl"), Window("", "", "2023-12"));
  ASSERT_TRUE(dahl.ok());
  EXPECT_EQ(Names(dahl.value()), (std::vector<std::string>{"Maritime Dialogue round 1/round"}));
}

TEST_F(TimelineTest, WindowedCochairsOnAStoreReadOnlyTheMeetingsInIt) {
  CochairFilter filter;
  filter.window = Window("2024-01-01", "2024-12-31");
  auto snapshot = CochairsSnapshot(*store_, filter);
  ASSERT_TRUE(snapshot.ok());
  EXPECT_FALSE(snapshot.value()->complete());
  auto rows = Cochairs(*snapshot.value(), filter);
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].official, "Meera Rao");
  EXPECT_EQ(rows[0].country, "India");
  auto excluded = ExcludedByWindow(*store_, filter.window);
  ASSERT_TRUE(excluded.ok());
  EXPECT_EQ(excluded.value()->size(), 2u);  // the 2022 and 2023 meetings
}

TEST_F(TimelineTest, DialoguesGiveRoundsAndTheGapSinceTheLast) {
  EXPECT_EQ(DaysBetween(20240229, 20250228), 365);
  EXPECT_EQ(DaysBetween(19700101, 19700102), 1);
  auto series = Dialogues(*store_, {});
  ASSERT_TRUE(series.ok()) << series.status().message();
  ASSERT_EQ(series->size(), 1u);
  const DialogueSeries& s = series->front();
  EXPECT_EQ(s.dialogue.name, "Maritime Dialogue");
  EXPECT_EQ(s.rounds, 2);
  EXPECT_EQ(s.dated_rounds, 2);
  EXPECT_EQ(s.first_round.name, "Maritime Dialogue round 1");
  EXPECT_EQ(s.last_round.name, "Maritime Dialogue round 2");
  // The newest document is of 2024-02-20, and the round of "2024-02" may have been later.
  EXPECT_EQ(s.gap_days, 0);
  DialoguesFilter later;
  later.reference = DateSpan::Parse("2025-02-28");
  EXPECT_EQ(Dialogues(*store_, later)->front().gap_days, 365);
}

TEST_F(TimelineTest, DialoguesAsOfCountOnlyTheRoundsHeldByThen) {
  DialoguesFilter as_of;
  as_of.reference = DateSpan::Parse("2024-02-15");  // the "2024-02" round may be later
  auto series = Dialogues(*store_, as_of);
  ASSERT_EQ(series->size(), 1u);
  EXPECT_EQ(series->front().rounds, 1);
  EXPECT_EQ(series->front().last_round.name, "Maritime Dialogue round 1");
  EXPECT_EQ(series->front().gap_days, DaysBetween(20230310, 20240215));
  as_of.reference = DateSpan::Parse("1900");  // no round yet: the series had not met
  EXPECT_EQ(Dialogues(*store_, as_of)->size(), 0u);
}

TEST_F(TimelineTest, QuietSeriesAndPairs) {
  DialoguesFilter quiet;
  quiet.quiet_since = DateSpan::Parse("2024-03");
  EXPECT_EQ(Dialogues(*store_, quiet)->size(), 1u);
  quiet.quiet_since = DateSpan::Parse("2024-02-15");  // the February round may be after the 15th
  EXPECT_EQ(Dialogues(*store_, quiet)->size(), 0u);
  DialoguesFilter pair;
  pair.a = Id("Arun Kapoor");
  pair.b = Id("Eirik Dahl");
  EXPECT_EQ(Dialogues(*store_, pair)->size(), 1u);
  pair.b = Id("Meera Rao");  // never at one round with Kapoor
  EXPECT_EQ(Dialogues(*store_, pair)->size(), 0u);
  pair.a = Id("India");
  pair.b = Id("Norway");
  EXPECT_EQ(Dialogues(*store_, pair)->size(), 1u);
}

// ---- offices over time ---------------------------------------------------------------------

// One report of an official's office: official (and country) as nodes 0 and 1 of its document.
void OfficeReport(Store& store, const std::string& source, const std::string& date, const std::string& official,
                  const std::string& title, const std::string& status, const std::string& explicit_date = "") {
  const std::string text = source + ": " + official + ", " + title + ".";
  DocumentInput d;
  d.source = source;
  d.title = source;
  d.date = date;
  d.text = text;
  d.sha256 = Sha256Hex(text);
  ExtractedGraph g;
  g.nodes = {Node("official", official), Node("country", "India")};
  g.nodes[0].attrs["title"] = title;
  ExtractedOffice o;
  o.official = 0;
  o.title = title;
  o.country = 1;
  o.status = status;
  o.date = explicit_date;
  o.evidence = {{0, static_cast<int64_t>(text.size())}, "test"};
  g.offices.push_back(o);
  auto report = store.ImportDocument(d, g);
  ASSERT_TRUE(report.ok()) << report.status().message();
}

class OfficialsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto opened = Store::Open(dir_.File("o.db"));
    ASSERT_TRUE(opened.ok()) << opened.status().message();
    store_ = std::move(opened).value();
    // Kapoor is reported in office in 2022 and 2023; Rao took office in January 2024 (reported
    // in February), when a report calls Kapoor former; Rao is still reported in office in November.
    OfficeReport(*store_, "a.txt", "2022-06-05", "Arun Kapoor", "Foreign Secretary", "held");
    OfficeReport(*store_, "b.txt", "2023-03-10", "Arun Kapoor", "Foreign Secretary", "held");
    OfficeReport(*store_, "c.txt", "2024-02-14", "Meera Rao", "Foreign Secretary", "start", "2024-01");
    OfficeReport(*store_, "d.txt", "2024-02-15", "Arun Kapoor", "foreign secretary", "former");
    OfficeReport(*store_, "e.txt", "2024-11-20", "Meera Rao", "Foreign Secretary", "held");
    OfficeReport(*store_, "f.txt", "2023-05-01", "Sunil Das", "Ambassador", "held");
  }
  void NoCountryReport(const std::string& source, const std::string& date, const std::string& official,
                       const std::string& status) {
    const std::string text = source + ": " + official + ".";
    DocumentInput d;
    d.source = d.title = source;
    d.date = date;
    d.text = text;
    d.sha256 = Sha256Hex(text);
    ExtractedGraph g;
    g.nodes = {Node("official", official)};
    ExtractedOffice o;
    o.title = "Foreign Secretary";
    o.status = status;
    o.evidence = {{0, 1}, "test"};
    g.offices.push_back(o);
    ASSERT_TRUE(store_->ImportDocument(d, g).ok());
  }
  std::vector<std::string> HoldersOn(const std::string& date, const std::string& office = "Foreign Secretary") {
    OfficialsFilter filter;
    filter.office = office;
    filter.as_of = DateSpan::Parse(date);
    auto terms = Officials(*store_, filter);
    EXPECT_TRUE(terms.ok()) << terms.status().message();
    std::vector<std::string> out;
    for (const OfficeTerm& t : terms.value()) out.push_back(t.official.name);
    return out;
  }
  testing::TempDir dir_;
  std::unique_ptr<Store> store_;
};

TEST_F(OfficialsTest, TermsCarryTheirFirstAndLastReportsStartsAndEnds) {
  auto terms = Officials(*store_, {});
  ASSERT_TRUE(terms.ok()) << terms.status().message();
  ASSERT_EQ(terms->size(), 3u);
  // By country, title, then when the term began.
  const OfficeTerm& das = terms->at(0);
  EXPECT_EQ(das.title, "Ambassador");
  const OfficeTerm& kapoor = terms->at(1);
  EXPECT_EQ(kapoor.official.name, "Arun Kapoor");
  EXPECT_EQ(kapoor.country.name, "India");
  EXPECT_EQ(kapoor.first_seen, "2022-06-05");
  EXPECT_EQ(kapoor.last_seen, "2023-03-10");
  EXPECT_EQ(kapoor.start, "");
  EXPECT_EQ(kapoor.end, "2024-02-15");  // called former then (the title's case aside)
  EXPECT_EQ(kapoor.documents.size(), 3u);
  const OfficeTerm& rao = terms->at(2);
  EXPECT_EQ(rao.official.name, "Meera Rao");
  EXPECT_EQ(rao.start, "2024-01");
  EXPECT_EQ(rao.first_seen, "2024-02-14");
  EXPECT_EQ(rao.last_seen, "2024-11-20");
  EXPECT_EQ(rao.end, "");
}

TEST_F(OfficialsTest, AsOfADateGivesWhoHeldTheOfficeThen) {
  EXPECT_EQ(HoldersOn("2021"), std::vector<std::string>{});  // nobody reported yet
  EXPECT_EQ(HoldersOn("2022-06-05"), std::vector<std::string>{"Arun Kapoor"});
  EXPECT_EQ(HoldersOn("2023-12-31"), std::vector<std::string>{"Arun Kapoor"});  // not yet succeeded
  // Rao's start, "2024-01", began by any day of January at the latest: from then she holds it.
  EXPECT_EQ(HoldersOn("2024-01-20"), std::vector<std::string>{"Meera Rao"});
  EXPECT_EQ(HoldersOn("2024-11-27"), std::vector<std::string>{"Meera Rao"});
  EXPECT_EQ(HoldersOn("2026"), std::vector<std::string>{"Meera Rao"});  // no report of an end
  EXPECT_EQ(HoldersOn("2024-11-27", "foreign SECRETARY"), std::vector<std::string>{"Meera Rao"});
  EXPECT_EQ(HoldersOn("2024-11-27", "Secretary"), std::vector<std::string>{});  // titles match whole
  OfficialsFilter by_country;
  by_country.country = ResolveNode(*store_, "India").value();
  EXPECT_EQ(Officials(*store_, by_country)->size(), 3u);
}

TEST_F(OfficialsTest, AReportNamingNoCountryGoesWithTheOfficialsCountry) {
  NoCountryReport("g.txt", "2024-12-01", "Meera Rao", "outgoing");
  NoCountryReport("h.txt", "2024-12-02", "Nobody Known", "held");
  OfficialsFilter india;
  india.country = ResolveNode(*store_, "India").value();
  india.office = "Foreign Secretary";
  auto terms = Officials(*store_, india);
  ASSERT_TRUE(terms.ok());
  ASSERT_EQ(terms->size(), 2u);
  EXPECT_EQ(terms->at(1).official.name, "Meera Rao");
  EXPECT_EQ(terms->at(1).last_seen, "2024-12-01");
  EXPECT_EQ(terms->at(1).documents.size(), 3u);
  OfficialsFilter all;
  all.office = "Foreign Secretary";
  auto everyone = Officials(*store_, all);
  ASSERT_EQ(everyone->size(), 3u);  // and Nobody Known, of no country
  EXPECT_EQ(everyone->at(0).official.name, "Nobody Known");
  EXPECT_EQ(everyone->at(0).country.id, 0);
}

// The made-up reports of tests/data/time through the extractor: Foreign Secretary Kapoor
// co-chairs in 2022 and 2023; Rao "took office in January 2024" and a report of February 2024
// calls Kapoor "former"; two reports give the second round different days.
TEST(MadeUpReportsTest, OfficesChangeHandsAndWindowsSelectTheRounds) {
  testing::TempDir dir;
  auto store = Store::Open(dir.File("t.db"));
  ASSERT_TRUE(store.ok());
  auto extractor = Extractor::Create();
  ASSERT_TRUE(extractor.ok());
  auto summary = ImportFiles(store.value().get(), *extractor.value(),
                             {std::string(DKG_SOURCE_DIR) + "/tests/data/time"}, [](const FileResult&) {});
  ASSERT_EQ(summary.imported, 4);
  auto india = ResolveNode(**store, "India");
  ASSERT_TRUE(india.ok());
  auto holder = [&](const std::string& date) {
    OfficialsFilter filter;
    filter.country = india.value();
    filter.office = "Foreign Secretary";
    filter.as_of = DateSpan::Parse(date);
    auto terms = Officials(**store, filter);
    EXPECT_TRUE(terms.ok());
    std::vector<std::string> names;
    for (const OfficeTerm& t : terms.value()) names.push_back(t.official.name);
    return names;
  };
  EXPECT_EQ(holder("2022-06-05"), std::vector<std::string>{"Arun Kapoor"});
  EXPECT_EQ(holder("2023-12"), std::vector<std::string>{"Arun Kapoor"});
  EXPECT_EQ(holder("2024-02-14"), std::vector<std::string>{"Meera Rao"});
  OfficialsFilter all;
  all.country = india.value();
  all.office = "Foreign Secretary";
  auto terms = Officials(**store, all);
  ASSERT_TRUE(terms.ok());
  ASSERT_EQ(terms->size(), 2u);
  EXPECT_EQ(terms->at(0).official.name, "Arun Kapoor");
  EXPECT_EQ(terms->at(0).end, "2024-02-14");  // called former in that report
  EXPECT_EQ(terms->at(1).official.name, "Meera Rao");
  EXPECT_EQ(terms->at(1).start, "2024-01");
  // Co-chairs of 2024 only: the second round's.
  CochairFilter in_2024;
  in_2024.window = Window("2024-01-01", "2024-12-31");
  auto snapshot = CochairsSnapshot(**store, in_2024);
  ASSERT_TRUE(snapshot.ok());
  auto rows = Cochairs(*snapshot.value(), in_2024);
  ASSERT_FALSE(rows.empty());
  for (const CochairRow& r : rows) EXPECT_EQ(r.date.substr(0, 4), "2024") << r.meeting;
}

}  // namespace
}  // namespace dkg
