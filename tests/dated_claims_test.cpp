// Conflicting dates and agreement lifecycles (issue 12): each document's date of a meeting kept
// as a claim with its source, the date shown chosen from them; an agreement's stages across
// documents; and stores of every earlier schema version migrated to the tables.
#include <gtest/gtest.h>

#include <SQLiteCpp/SQLiteCpp.h>

#include <algorithm>

#include "engine/date_claims.h"
#include "engine/sha256.h"
#include "engine/store.h"
#include "importers/extract/agreement_stage.h"
#include "importers/extractor.h"
#include "importers/internal/sentences.h"
#include "importers/importer.h"
#include "queries/graph_index.h"
#include "queries/lookup.h"
#include "queries/queries.h"
#include "queries/timeline.h"
#include "schema/schema.h"
#include "tests/test_util.h"

namespace dkg {
namespace {

std::string Choose(std::vector<std::string> dates) {
  std::vector<DateClaim> claims;
  for (size_t i = 0; i < dates.size(); ++i) claims.push_back({dates[i], static_cast<int64_t>(i + 1)});
  return ChooseDate(claims);
}

TEST(ChooseDateTest, TheMostPreciseDateTheMostDocumentsSupport) {
  EXPECT_EQ(Choose({}), "");
  EXPECT_EQ(Choose({"2024-11"}), "2024-11");
  // Precision is not a conflict: the month supports the day, the day wins.
  EXPECT_EQ(Choose({"2024-11", "2024-11-27"}), "2024-11-27");
  EXPECT_EQ(Choose({"2024", "2024-11", "2024-11-27"}), "2024-11-27");
  // Two days conflict: the one more documents give wins; a tie keeps the first reported.
  EXPECT_EQ(Choose({"2024-11-26", "2024-11-27"}), "2024-11-26");
  EXPECT_EQ(Choose({"2024-11-27", "2024-11-26"}), "2024-11-27");
  EXPECT_EQ(Choose({"2024-11-26", "2024-11-27", "2024-11-27"}), "2024-11-27");
  // A month supports both days: it decides nothing between them.
  EXPECT_EQ(Choose({"2024-11-26", "2024-11-27", "2024-11"}), "2024-11-26");
  // Two months against one precise day of another: the support counts.
  EXPECT_EQ(Choose({"2024-10", "2024-10", "2024-11-02"}), "2024-10");
}

TEST(ChooseDateTest, DaysApartAcrossPrecisions) {
  EXPECT_EQ(DaysApart("2024-11-26", "2024-11-27"), 1);
  EXPECT_EQ(DaysApart("2024-11", "2024-11-27"), 0);
  EXPECT_EQ(DaysApart("2024-02-28", "2024-03-01"), 2);  // a leap year
  EXPECT_EQ(DaysApart("2024-10", "2024-12-01"), 31);
  EXPECT_FALSE(DaysApart("2024-13", "2024-11").has_value());
  EXPECT_TRUE(DaysWithin("2024-02-13", "2024-02-14", 3));
  EXPECT_FALSE(DaysWithin("2024-02", "2024-02-14", 3));  // only days
  EXPECT_FALSE(DaysWithin("2023-02-14", "2024-02-14", 3));
}

// The documents of tests/data/<dir> whose names are in `files`, imported in that order.
std::unique_ptr<Store> ImportMadeUp(const testing::TempDir& dir, const std::string& data,
                                    const std::vector<std::string>& files) {
  auto store = Store::Open(dir.File("s.db"));
  EXPECT_TRUE(store.ok());
  auto extractor = Extractor::Create();
  EXPECT_TRUE(extractor.ok());
  for (const std::string& f : files) {
    auto summary = ImportFiles(store.value().get(), *extractor.value(),
                               {std::string(DKG_SOURCE_DIR) + "/tests/data/" + data + "/" + f},
                               [](const FileResult&) {});
    EXPECT_EQ(summary.imported, 1) << f;
  }
  return std::move(store).value();
}

std::vector<NodeRecord> Meetings(const Store& store, const std::string& name_like) {
  NodeListFilter filter;
  filter.kind = "meeting";
  std::vector<NodeRecord> out;
  auto nodes = store.ListNodes(filter);  // kept: a range-for over .value() of a temporary dangles
  EXPECT_TRUE(nodes.ok());
  for (const NodeRecord& n : nodes.value()) {
    if (n.name.find(name_like) != std::string::npos) out.push_back(n);
  }
  return out;
}

const std::vector<std::string> kSpaceReports = {"01-space-round2-first-report.txt", "02-space-round2-release.txt",
                                                "03-space-round2-brief.txt", "04-space-round2-monthly.txt"};

TEST(ConflictingDatesTest, FourReportsOfOneRoundMakeOneMeetingDatedAsMostSay) {
  testing::TempDir dir;
  auto store = ImportMadeUp(dir, "dates", kSpaceReports);
  auto rounds = Meetings(*store, "second round");
  ASSERT_EQ(rounds.size(), 1u);
  // November 26 (one report) against November 27 (two, and the month of the fourth supports
  // both): the 27th.
  EXPECT_EQ(rounds[0].date, "2024-11-27");
  auto claims = store->DateClaims(rounds[0].id);
  ASSERT_TRUE(claims.ok());
  ASSERT_EQ(claims->size(), 4u);
  EXPECT_EQ(claims->at(0).date, "2024-11-26");
  EXPECT_EQ(claims->at(0).document_id, 1);
  EXPECT_EQ(claims->at(0).document_date, "2024-11-26");
  EXPECT_EQ(claims->at(3).date, "2024-11");
  // dkg show lists them.
  auto card = ShowNode(*store, rounds[0].id);
  ASSERT_TRUE(card.ok());
  EXPECT_EQ(card->dates.size(), 4u);
  // The mention that joined on a conflicting date says so.
  bool said = false;
  for (const MentionRecord& m : card->mentions) said = said || m.reason.find("conflicting date") != std::string::npos;
  EXPECT_TRUE(said);
  // Retracting the two reports of the 27th leaves the 26th (the month of the fourth supports it).
  ASSERT_TRUE(store->RetractDocument(2, CorrectionAuthor{"tester", "", ""}).ok());
  ASSERT_TRUE(store->RetractDocument(3, CorrectionAuthor{"tester", "", ""}).ok());
  rounds = Meetings(*store, "second round");
  ASSERT_EQ(rounds.size(), 1u);
  EXPECT_EQ(rounds[0].date, "2024-11-26");
}

TEST(ConflictingDatesTest, TwoDaysAreAConflictAMonthAndADayAreNot) {
  {
    testing::TempDir dir;  // November 26 first, then 27: one each, the first stays
    auto store = ImportMadeUp(dir, "dates", {kSpaceReports[0], kSpaceReports[1]});
    auto rounds = Meetings(*store, "second round");
    ASSERT_EQ(rounds.size(), 1u);
    EXPECT_EQ(rounds[0].date, "2024-11-26");
    EXPECT_EQ(store->DateClaims(rounds[0].id)->size(), 2u);
  }
  {
    testing::TempDir dir;  // "November 2024", then "November 27, 2024": the precise one
    auto store = ImportMadeUp(dir, "dates", {kSpaceReports[3], kSpaceReports[1]});
    auto rounds = Meetings(*store, "second round");
    ASSERT_EQ(rounds.size(), 1u);
    EXPECT_EQ(rounds[0].date, "2024-11-27");
  }
  {
    testing::TempDir dir;  // the precise one first: the month does not make it vaguer
    auto store = ImportMadeUp(dir, "dates", {kSpaceReports[1], kSpaceReports[3]});
    auto rounds = Meetings(*store, "second round");
    ASSERT_EQ(rounds.size(), 1u);
    EXPECT_EQ(rounds[0].date, "2024-11-27");
  }
}

// The same round a year apart is two meetings, not a conflict: the rule is conservative.
TEST(ConflictingDatesTest, FarApartDatesStayTwoMeetings) {
  testing::TempDir dir;
  auto store = Store::Open(dir.File("s.db"));
  ASSERT_TRUE(store.ok());
  auto import = [&](const std::string& text, const std::string& date) {
    DocumentInput d;
    d.source = date + ".txt";
    d.date = date;
    d.text = text;
    d.sha256 = Sha256Hex(text);
    ExtractedGraph g;
    g.nodes.resize(1);
    g.nodes[0].kind = "meeting";
    g.nodes[0].name = "Joint Commission meeting";
    g.nodes[0].date = date;
    g.nodes[0].mentions.push_back({0, 10});
    g.nodes[0].keys.push_back("round:series:XX-YY:joint#3");
    ASSERT_TRUE((*store)->ImportDocument(d, g).ok());
  };
  import("The Joint Commission met.", "2024-02-13");
  import("The Joint Commission met again.", "2024-02-14");  // same name, a day apart: one
  import("The Joint Commission met once more.", "2025-02-14");  // a year later: another
  NodeListFilter filter;
  filter.kind = "meeting";
  auto meetings = (*store)->ListNodes(filter);
  ASSERT_EQ(meetings->size(), 2u);
  EXPECT_EQ(meetings->at(0).date, "2024-02-13");
  EXPECT_EQ(meetings->at(1).date, "2025-02-14");
  // An analyst's set-date overrides the documents, and a later report does not undo it.
  ASSERT_TRUE((*store)->SetNodeDate(meetings->at(0).id, "2024-02-14", {}).ok());
  import("The Joint Commission met on the 13th.", "2024-02-13");
  EXPECT_EQ((*store)->GetNode(meetings->at(0).id).value()->date, "2024-02-14");
  auto claims = (*store)->DateClaims(meetings->at(0).id);
  ASSERT_EQ(claims->size(), 4u);
  EXPECT_EQ(claims->at(2).rule, "correction:set-date");
  EXPECT_EQ(claims->at(2).document_id, 0);
}

// An agreement announced, negotiated, signed and in force across three made-up reports.
TEST(AgreementLifecycleTest, ThreeReportsGiveItsStagesInOrder) {
  testing::TempDir dir;
  auto store = ImportMadeUp(dir, "lifecycle", {"01-announced.txt", "02-signed.txt", "03-in-force.txt"});
  NodeListFilter filter;
  filter.kind = "agreement";
  std::vector<NodeRecord> shipping;
  auto nodes = store->ListNodes(filter);
  ASSERT_TRUE(nodes.ok());
  for (const NodeRecord& n : nodes.value()) {
    if (n.name.find("Green Shipping") != std::string::npos) shipping.push_back(n);
  }
  ASSERT_EQ(shipping.size(), 1u);
  EXPECT_EQ(shipping[0].date, "2024-09-12");  // the day it was signed
  auto index = GraphIndex::Open(*store);
  ASSERT_TRUE(index.ok());
  auto timeline = NodeTimeline(*store, *index.value(), shipping[0].id, TimeWindow{});
  ASSERT_TRUE(timeline.ok()) << timeline.status().message();
  std::vector<std::string> stages;
  for (const TimelineEvent& e : timeline->events) {
    if (e.event.id == shipping[0].id && !e.stage_date.empty()) stages.push_back(e.role + "@" + e.Date());
  }
  EXPECT_EQ(stages, (std::vector<std::string>{"announced@2024-03-04", "negotiated@2024-07", "signed@2024-09-12",
                                              "in_force@2025-03-01"}));
  // Each with the document that states it.
  for (const TimelineEvent& e : timeline->events) {
    if (e.role == "announced") {
      EXPECT_EQ(e.documents, std::vector<int64_t>{1});
    }
    if (e.role == "in_force") {
      EXPECT_EQ(e.documents, std::vector<int64_t>{3});
    }
  }
  auto raw = store->AgreementStages(shipping[0].id);
  ASSERT_TRUE(raw.ok());
  ASSERT_FALSE(raw->empty());
  EXPECT_NE(raw->back().text.find("entered into force"), std::string::npos);
  EXPECT_EQ(raw->back().rule, "stage:in_force:entered into force");
  // A window keeps the stages within it.
  TimeWindow y2025;
  y2025.from = DateSpan::Parse("2025");
  auto later = NodeTimeline(*store, *index.value(), shipping[0].id, y2025);
  ASSERT_TRUE(later.ok());
  ASSERT_EQ(later->events.size(), 1u);
  EXPECT_EQ(later->events[0].role, "in_force");
}

// A report of one agreement with one stage, dated `date` (the node's date too, when `dated`).
void StageReport(Store& store, const std::string& text, const std::string& date, const std::string& stage, bool dated) {
  DocumentInput d;
  d.source = date + ".txt";
  d.date = date;
  d.text = text;
  d.sha256 = Sha256Hex(text);
  ExtractedGraph g;
  g.nodes.resize(1);
  g.nodes[0].kind = "agreement";
  g.nodes[0].name = "Health MoU";
  if (dated) g.nodes[0].date = date;
  g.nodes[0].mentions.push_back({4, 14});
  ExtractedStage s;
  s.agreement = 0;
  s.stage = stage;
  s.date = date;
  s.evidence = {{0, static_cast<int64_t>(text.size())}, "stage:" + stage + ":test"};
  g.stages.push_back(s);
  ASSERT_TRUE(store.ImportDocument(d, g).ok());
}

std::vector<NodeRecord> Agreements(const Store& store) {
  NodeListFilter filter;
  filter.kind = "agreement";
  auto nodes = store.ListNodes(filter);
  EXPECT_TRUE(nodes.ok());
  return nodes.ok() ? nodes.value() : std::vector<NodeRecord>{};
}

// An agreement whose life a report tells joins the stored one of its name whatever their dates,
// unless it was signed on another day: then it is another agreement of that name.
TEST(AgreementLifecycleTest, StagesJoinOneAgreementUnlessSignedTwice) {
  {
    testing::TempDir dir;
    auto store = Store::Open(dir.File("s.db"));
    ASSERT_TRUE(store.ok());
    StageReport(**store, "The Health MoU was signed.", "2015-03-01", "signed", true);
    StageReport(**store, "The Health MoU came into force.", "2015-06-10", "in_force", true);
    auto agreements = Agreements(**store);
    ASSERT_EQ(agreements.size(), 1u);
    EXPECT_EQ(agreements[0].date, "2015-03-01");  // its signing, not its entry into force
    EXPECT_EQ((*store)->AgreementStages(agreements[0].id)->size(), 2u);
  }
  {
    testing::TempDir dir;
    auto store = Store::Open(dir.File("s.db"));
    ASSERT_TRUE(store.ok());
    StageReport(**store, "The Health MoU was signed.", "2015-03-01", "signed", true);
    StageReport(**store, "The Health MoU was signed anew.", "2024-05-02", "signed", true);
    EXPECT_EQ(Agreements(**store).size(), 2u);
  }
}

// The stages one sentence states, read by the lexicon on a hand-made graph.
std::vector<std::string> StagesOf(const std::string& text, const std::string& agreement) {
  auto lexicon = extract::AgreementStageLexicon::LoadEmbedded();
  EXPECT_TRUE(lexicon.ok()) << lexicon.status().message();
  ExtractedGraph g;
  g.nodes.resize(1);
  g.nodes[0].kind = "agreement";
  g.nodes[0].name = agreement;
  for (size_t at = text.find(agreement); at != std::string::npos; at = text.find(agreement, at + 1)) {
    g.nodes[0].mentions.push_back({static_cast<int64_t>(at), static_cast<int64_t>(at + agreement.size())});
  }
  const auto sentences = internal::SplitSentences(text, 0, static_cast<int64_t>(text.size()));
  internal::Date published{2030, 6, 15};
  lexicon.value()->AddStages(sentences, published, g);
  std::vector<std::string> out;
  for (const ExtractedStage& s : g.stages) out.push_back(s.stage + "@" + s.date);
  return out;
}

TEST(AgreementStageLexiconTest, EachStageWithTheDateItsSentenceGives) {
  EXPECT_EQ(StagesOf("Norway withdrew from the Water Accord on June 1, 2030.", "Water Accord"),
            std::vector<std::string>{"ended@2030-06-01"});
  EXPECT_EQ(StagesOf("The Water Accord expired in May 2030.", "Water Accord"), std::vector<std::string>{"ended@2030-05"});
  EXPECT_EQ(StagesOf("The Water Accord came into force on 2 January 2029.", "Water Accord"),
            std::vector<std::string>{"in_force@2029-01-02"});
  EXPECT_EQ(StagesOf("On March 3, 2028 the Water Accord was signed in Lima.", "Water Accord"),
            std::vector<std::string>{"signed@2028-03-03"});  // the date before the phrase
  EXPECT_EQ(StagesOf("Negotiations on the Water Accord concluded.", "Water Accord"),
            std::vector<std::string>{"negotiated@"});  // no date: the document's
  // What did not happen, or may yet, is no stage.
  EXPECT_TRUE(StagesOf("Peru did not sign the Water Accord on May 9, 2028.", "Water Accord").empty());
  EXPECT_TRUE(StagesOf("The Water Accord has not entered into force.", "Water Accord").empty());
  EXPECT_TRUE(StagesOf("Chile may sign the Water Accord next year.", "Water Accord").empty());
  EXPECT_TRUE(StagesOf("They asked whether the Water Accord should be terminated.", "Water Accord").empty());
  // A sentence that does not name the agreement says nothing of it.
  EXPECT_TRUE(StagesOf("The treaty entered into force. The Water Accord is long.", "Water Accord").empty());
}

TEST(AgreementStageLexiconTest, ABadLineNamesTheFileAndTheLine) {
  auto bad = extract::AgreementStageLexicon::Parse("# comment\nsigned\tsigned\nratified\tratified\n", "x.tsv");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("x.tsv:3"), std::string::npos) << bad.status().message();
  EXPECT_FALSE(extract::AgreementStageLexicon::Parse("signed\n", "x.tsv").ok());
  EXPECT_FALSE(extract::AgreementStageLexicon::Parse("negotiations ... \tnegotiated\n", "x.tsv").ok());
}

// ---- migration ---------------------------------------------------------------------------

int ClaimsVersion() {
  for (const schema::Migration& m : schema::Migrations()) {
    if (m.name.find("_date_claims") != std::string_view::npos) return m.version;
  }
  return 0;
}

// A store of schema `version` with one dated meeting mentioned by two documents.
void MakeOldStore(const std::string& path, int version) {
  if (version > 6) {
    // 7 and later need functions only dkg registers: a current store without the new tables.
    {
      auto store = Store::Open(path);
      ASSERT_TRUE(store.ok());
      for (const char* text : {"The Joint Commission met in Oslo.", "The Joint Commission met again."}) {
        DocumentInput d;
        d.source = "r.txt";
        d.date = "2023-03-10";
        d.text = text;
        d.sha256 = Sha256Hex(text);
        ExtractedGraph g;
        g.nodes.resize(1);
        g.nodes[0].kind = "meeting";
        g.nodes[0].name = "Joint Commission";
        g.nodes[0].date = "2023-03-10";
        g.nodes[0].mentions.push_back({4, 20});
        ASSERT_TRUE((*store)->ImportDocument(d, g).ok());
      }
    }
    SQLite::Database db(path, SQLite::OPEN_READWRITE);
    db.exec("DROP TABLE date_claims");
    db.exec("DROP TABLE agreement_stages");
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
          "(1, 'abc', 'r.txt', 'A', '2023-03-10', 'The Joint Commission met in Oslo.'), "
          "(2, 'def', 's.txt', 'B', '2023-03-11', 'The Joint Commission met again.')");
  db.exec("INSERT INTO nodes(id, kind, name, norm_key, date, attrs) VALUES "
          "(1, 'meeting', 'Joint Commission', 'joint commission', '2023-03-10', '{}'), "
          "(2, 'place', 'Oslo', 'oslo', NULL, '{}')");
  const bool spans = db.execAndGet("SELECT count(*) FROM pragma_table_info('mentions') WHERE name = 'spans'").getInt() > 0;
  if (spans) {
    db.exec("INSERT INTO mentions(node_id, document_id, spans, surfaces, reason) VALUES "
            "(1, 1, '4-20', '[\"Joint Commission\"]', 'new node'), (2, 1, '28-32', '[\"Oslo\"]', 'new node'), "
            "(1, 2, '4-20', '[\"Joint Commission\"]', 'same name')");
  } else {
    db.exec("INSERT INTO mentions(node_id, document_id, start, end, surface, reason) VALUES "
            "(1, 1, 4, 20, 'Joint Commission', 'new node'), (2, 1, 28, 32, 'Oslo', 'new node'), "
            "(1, 2, 4, 20, 'Joint Commission', 'same name')");
  }
}

TEST(DateClaimsMigrationTest, StoresOfEveryEarlierVersionKeepTheirDatesAsClaims) {
  const int target = ClaimsVersion();
  ASSERT_GT(target, 1) << "no *_date_claims migration";
  for (int version = 1; version < target; ++version) {
    if (version > 6 && version < target - 1) continue;  // made only as a current store minus the tables
    SCOPED_TRACE("schema version " + std::to_string(version));
    testing::TempDir dir;
    const std::string path = dir.File("old.db");
    MakeOldStore(path, version);
    auto store = Store::Open(path);
    ASSERT_TRUE(store.ok()) << store.status().message();
    EXPECT_EQ((*store)->Stats()->schema_version, schema::LatestVersion());
    auto found = (*store)->FindByName("Joint Commission");
    ASSERT_TRUE(found.ok() && found->size() == 1u);
    auto claims = (*store)->DateClaims(found->front());
    ASSERT_TRUE(claims.ok()) << claims.status().message();
    ASSERT_EQ(claims->size(), 2u);  // one per document mentioning it
    EXPECT_EQ(claims->front().date, "2023-03-10");
    EXPECT_EQ(claims->front().rule, "migration:date");
    EXPECT_EQ((*store)->GetNode(found->front()).value()->date, "2023-03-10");
    EXPECT_TRUE((*store)->AgreementStages(found->front())->empty());
  }
}

// Re-applied (its version set back by hand), the migration adds no claim twice.
TEST(DateClaimsMigrationTest, ReappliedMigrationAddsNothingTwice) {
  testing::TempDir dir;
  const std::string path = dir.File("old.db");
  MakeOldStore(path, ClaimsVersion() - 1);
  { ASSERT_TRUE(Store::Open(path).ok()); }
  {
    SQLite::Database db(path, SQLite::OPEN_READWRITE);
    db.exec("PRAGMA user_version = " + std::to_string(ClaimsVersion() - 1));
  }
  auto store = Store::Open(path);
  ASSERT_TRUE(store.ok()) << store.status().message();
  auto found = (*store)->FindByName("Joint Commission");
  ASSERT_TRUE(found.ok() && found->size() == 1u);
  EXPECT_EQ((*store)->DateClaims(found->front())->size(), 2u);
}

// The version of the migration that adds edges_target_relation (found by name: versions are
// renumbered when branches meet).
int EdgesByTargetVersion() {
  for (const schema::Migration& m : schema::Migrations()) {
    if (m.name.find("_edges_by_target") != std::string_view::npos) return m.version;
  }
  return 0;
}

// Stores of every earlier version gain the index, and a search for one relation into a node reads
// the same edges through it as the rows say, with and without their attributes.
TEST(EdgesByTargetMigrationTest, StoresOfEveryEarlierVersionGetTheIndex) {
  const int target = EdgesByTargetVersion();
  ASSERT_GT(target, ClaimsVersion()) << "no *_edges_by_target migration after the claims";
  for (int version = 1; version < target; ++version) {
    if (version > 6 && version < ClaimsVersion() - 1) continue;  // made as a current store minus tables
    SCOPED_TRACE("schema version " + std::to_string(version));
    testing::TempDir dir;
    const std::string path = dir.File("old.db");
    if (version < ClaimsVersion()) {
      MakeOldStore(path, version);
    } else {
      // A current store, then without the index and set back to `version`.
      ASSERT_TRUE(Store::Open(path).ok());
      SQLite::Database db(path, SQLite::OPEN_READWRITE);
      db.exec("INSERT INTO nodes(id, kind, name, norm_key, date, attrs) VALUES "
              "(1, 'meeting', 'Joint Commission', 'joint commission', '2023-03-10', '{}'), "
              "(2, 'place', 'Oslo', 'oslo', NULL, '{}')");
    }
    {
      SQLite::Database db(path, SQLite::OPEN_READWRITE);
      db.exec("DROP INDEX IF EXISTS edges_target_relation");
      if (version >= ClaimsVersion()) db.exec("PRAGMA user_version = " + std::to_string(version));
      db.exec("INSERT INTO nodes(id, kind, name, norm_key, attrs) VALUES "
              "(3, 'official', 'Anna Berg', 'anna berg', '{}')");
      db.exec("INSERT INTO edges(id, source, relation, target, attrs) VALUES "
              "(1, 3, 'attended', 1, '{}'), (2, 3, 'cochaired', 1, '{\"role\":\"chair\"}'), "
              "(3, 1, 'held_in', 2, '{}')");
    }
    auto store = Store::Open(path);
    ASSERT_TRUE(store.ok()) << store.status().message();
    EXPECT_EQ((*store)->Stats()->schema_version, schema::LatestVersion());
    {
      SQLite::Database db(path, SQLite::OPEN_READONLY);
      EXPECT_EQ(db.execAndGet("SELECT count(*) FROM sqlite_master WHERE name = 'edges_target_relation'").getInt(), 1);
    }
    for (bool attrs : {true, false}) {
      auto chairs = (*store)->EdgesWith({1}, false, {"cochaired"}, attrs);
      ASSERT_TRUE(chairs.ok()) << chairs.status().message();
      ASSERT_EQ(chairs->size(), 1u);
      EXPECT_EQ(chairs->front().id, 2);
      EXPECT_EQ(chairs->front().source, 3);
      EXPECT_EQ(chairs->front().relation, "cochaired");
      EXPECT_EQ(chairs->front().attrs.size(), attrs ? 1u : 0u);
    }
  }
}

}  // namespace
}  // namespace dkg
