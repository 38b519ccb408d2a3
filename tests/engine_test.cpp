#include <SQLiteCpp/SQLiteCpp.h>
#include <gtest/gtest.h>

#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <filesystem>
#include <thread>

#include "engine/atomic_file.h"
#include "engine/normalize.h"
#include "engine/sha256.h"
#include "engine/store.h"
#include "engine/unicode.h"
#include "schema/schema.h"
#include "tests/test_util.h"

namespace dkg {
namespace {

using testing::ReadFile;
using testing::TempDir;
using testing::WriteFile;

DocumentInput Doc(const std::string& text, const std::string& source = "doc.txt") {
  DocumentInput d;
  d.source = source;
  d.title = "A title";
  d.date = "2024-11-27";
  d.text = text;
  d.sha256 = Sha256Hex(text);
  return d;
}

ExtractedNode NodeOf(const std::string& kind, const std::string& name,
                     std::vector<std::string> aliases = {}, const std::string& date = "") {
  ExtractedNode n;
  n.kind = kind;
  n.name = name;
  n.aliases = std::move(aliases);
  n.date = date;
  return n;
}

ExtractedEdge EdgeOf(size_t s, const std::string& rel, size_t t, Span ev) {
  ExtractedEdge e;
  e.source = s;
  e.target = t;
  e.relation = rel;
  e.evidence.push_back({ev, "test-rule"});
  return e;
}

class StoreTest : public ::testing::Test {
 protected:
  std::unique_ptr<Store> OpenStore() {
    auto store = Store::Open(dir_.File("test.db"));
    EXPECT_TRUE(store.ok()) << store.status().message();
    return std::move(store).value();
  }
  TempDir dir_;
};

TEST(NormalizeTest, FoldsCasePunctuationPossessivesAndLeadingThe) {
  EXPECT_EQ(NormalizeName("The Ministry of External Affairs"), "ministry of external affairs");
  EXPECT_EQ(NormalizeName("Japan\u2019s  Ministry"), "japan ministry");
  EXPECT_EQ(NormalizeName("India-Japan 2+2"), "india japan 2+2");
  EXPECT_EQ(NormalizeName("  MEA. "), "mea");
  EXPECT_EQ(NormalizeName("JAPAN'S MINISTRY"), "japan ministry");
  EXPECT_EQ(NormalizeName("St. Kitts-Nevis, the \"Federation\""), "st kitts nevis the federation");
  EXPECT_EQ(NormalizeName("the Mayor’s Office of O'Hare"), "mayor office of o hare");
}

TEST(NormalizeTest, FoldsDiacriticsAndCaseOfEveryScript) {
  EXPECT_EQ(NormalizeName("Recep Tayyip Erdoğan"), "recep tayyip erdogan");
  EXPECT_EQ(NormalizeName("Recep Tayyip Erdogan"), "recep tayyip erdogan");
  EXPECT_EQ(NormalizeName("SIKORSKI"), NormalizeName("Sikorski"));
  EXPECT_EQ(NormalizeName("Radosław Sikorski"), "radoslaw sikorski");
  EXPECT_EQ(NormalizeName("Côte d'Ivoire"), NormalizeName("Cote d'Ivoire"));
  EXPECT_EQ(NormalizeName("Côte d'Ivoire"), "cote d ivoire");
  EXPECT_EQ(NormalizeName("Côte d’Ivoire"), "cote d ivoire");  // decomposed accent
  EXPECT_EQ(NormalizeName("SÃO PAULO"), "sao paulo");
  EXPECT_EQ(NormalizeName("Ñuñoa's mayor"), "nunoa mayor");
  EXPECT_EQ(NormalizeName("ΚΥΡΙΑΚΟΣ ΜΗΤΣΟΤΑΚΗΣ"), NormalizeName("Κυριάκος Μητσοτάκης"));
  EXPECT_EQ(NormalizeName("СЕРГЕЙ ЛАВРОВ"), "сергеи лавров");
  // Symbols that are not letters separate words, like ASCII punctuation.
  EXPECT_EQ(NormalizeName("Fund € Europe ©"), "fund europe");
}

TEST(NormalizeTest, KeepsNamesThatDifferOnlyBySymbolsApart) {
  EXPECT_EQ(NormalizeName("C++"), "c++");
  EXPECT_EQ(NormalizeName("C#"), "c#");
  EXPECT_NE(NormalizeName("C++"), NormalizeName("C#"));
  EXPECT_NE(NormalizeName("C++"), NormalizeName("C"));
  EXPECT_EQ(NormalizeName("C++ and C# Forum"), "c++ and c# forum");
  // A free-standing symbol joins its neighbours, so spacing does not split one name.
  EXPECT_EQ(NormalizeName("India-Japan 2 + 2 Dialogue"), NormalizeName("India-Japan 2+2 Dialogue"));
}

TEST(NormalizeTest, PersonNamesMatchAcrossDiacriticsAndInitials) {
  EXPECT_TRUE(PersonNamesCompatible("Erdogan", "Recep Tayyip Erdoğan"));
  EXPECT_TRUE(PersonNamesCompatible("R. Sikorski", "Radosław Sikorski"));
  EXPECT_TRUE(PersonNamesCompatible("Ł. Nowak", "Lukasz Nowak"));
  EXPECT_TRUE(PersonNamesCompatible("Κ. Παππάς", "Κυριάκος Παππας"));
  EXPECT_FALSE(PersonNamesCompatible("Μ. Παππάς", "Κυριάκος Παππάς"));
  EXPECT_EQ(PersonNameWords("Radosław SIKORSKI"),
            (std::vector<std::string>{"radoslaw", "sikorski"}));
}

TEST(UnicodeTest, ClassifiesAndFoldsLettersOfEveryScript) {
  int length = 0;
  EXPECT_EQ(unicode::Decode("Łukasz", 0, length), U'Ł');
  EXPECT_EQ(length, 2);
  EXPECT_EQ(unicode::Decode("\xC5", 0, length), U'\uFFFD') << "a truncated sequence";
  EXPECT_EQ(length, 1);
  EXPECT_TRUE(unicode::IsUpper(U'Ł'));
  EXPECT_TRUE(unicode::IsUpper(U'Σ'));
  EXPECT_FALSE(unicode::IsUpper(U'ñ'));
  EXPECT_TRUE(unicode::IsLetter(U'д'));
  EXPECT_FALSE(unicode::IsLetterOrDigit(U'€'));
  EXPECT_TRUE(unicode::IsWordPart(U'\u0302')) << "a combining circumflex continues a word";
  EXPECT_EQ(unicode::Lower("ERDOĞAN"), "erdoğan");
  EXPECT_EQ(unicode::Fold("ERDOĞAN"), "erdogan");
  EXPECT_EQ(unicode::Fold("Søren Đukić ŁÓDŹ Straße"), "soren dukic lodz strasse");
  EXPECT_EQ(unicode::Fold("ﬁnance"), "finance");
  EXPECT_EQ(unicode::Fold("नरेंद्र"), "नरेंद्र") << "Devanagari vowel signs are letters, not accents";
  EXPECT_EQ(unicode::Fold("“C++” – €5"), "“c++” – €5") << "only letters change";
  EXPECT_TRUE(unicode::IsOneCodePoint("Ł")) << "an initial of two bytes";
  EXPECT_TRUE(unicode::IsOneCodePoint("J"));
  EXPECT_FALSE(unicode::IsOneCodePoint("Jo"));
  EXPECT_FALSE(unicode::IsOneCodePoint(""));
}

TEST(Sha256Test, MatchesKnownDigest) {
  EXPECT_EQ(Sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST_F(StoreTest, NewStoreHasLatestSchemaAndNothingElse) {
  auto store = OpenStore();
  auto stats = store->Stats();
  ASSERT_TRUE(stats.ok());
  EXPECT_EQ(stats->schema_version, schema::LatestVersion());
  EXPECT_EQ(stats->nodes, 0);
  EXPECT_EQ(stats->generation, 0);
}

TEST_F(StoreTest, ImportStoresNodesEdgesAndEvidenceWithByteOffsets) {
  auto store = OpenStore();
  // A multi-byte character before the sentence checks that offsets count bytes.
  const std::string text = "Caf\u00e9 line\nVikram Misri co-chaired the round.";
  ExtractedGraph g;
  g.nodes.push_back(NodeOf("official", "Vikram Misri"));
  g.nodes.push_back(NodeOf("meeting", "the round", {}, "2024-11-27"));
  const int64_t start = static_cast<int64_t>(text.find("Vikram"));
  g.edges.push_back(EdgeOf(0, "cochaired", 1, {start, static_cast<int64_t>(text.size())}));
  auto report = store->ImportDocument(Doc(text), g);
  ASSERT_TRUE(report.ok()) << report.status().message();
  EXPECT_EQ(report->state, ImportState::kImported);
  EXPECT_EQ(report->nodes_created, 2);
  EXPECT_EQ(report->edges_created, 1);
  auto graph = store->LoadGraph();
  ASSERT_TRUE(graph.ok());
  ASSERT_EQ(graph->edges.size(), 1u);
  auto evidence = store->EvidenceFor({graph->edges[0].id});
  ASSERT_TRUE(evidence.ok());
  ASSERT_EQ(evidence->size(), 1u);
  EXPECT_EQ(evidence->front().text, "Vikram Misri co-chaired the round.");
  EXPECT_EQ(evidence->front().rule, "test-rule");
}

// What the server reads: the first edges of a hub with their count, names by the first letters
// of their words, and a document's text.
TEST_F(StoreTest, FirstEdgesNamePrefixesAndDocumentText) {
  auto store = OpenStore();
  const std::string text = "Vikram Misri met Masataka Okano, and Misri met Misri.";
  ExtractedGraph g;
  g.nodes.push_back(NodeOf("official", "Vikram Misri"));
  g.nodes.push_back(NodeOf("official", "Masataka Okano"));
  g.nodes.push_back(NodeOf("country", "India"));
  g.nodes.push_back(NodeOf("country", "Japan"));
  const Span all{0, static_cast<int64_t>(text.size())};
  g.edges.push_back(EdgeOf(0, "represents", 2, all));
  g.edges.push_back(EdgeOf(1, "represents", 3, all));
  g.edges.push_back(EdgeOf(0, "attended", 1, all));
  auto report = store->ImportDocument(Doc(text), g);
  ASSERT_TRUE(report.ok()) << report.status().message();
  auto misri = store->FindByName("Vikram Misri");
  ASSERT_TRUE(misri.ok());
  ASSERT_EQ(misri->size(), 1u);
  auto all_edges = store->EdgesOf(misri->front());
  ASSERT_TRUE(all_edges.ok());
  ASSERT_EQ(all_edges->size(), 2u);
  auto first = store->FirstEdgesOf(misri->front(), 1);
  ASSERT_TRUE(first.ok());
  EXPECT_EQ(first->second, 2u);
  ASSERT_EQ(first->first.size(), 1u);
  EXPECT_EQ(first->first[0].id, (*all_edges)[0].id);
  auto whole = store->FirstEdgesOf(misri->front(), 10);
  ASSERT_TRUE(whole.ok());
  EXPECT_EQ(whole->second, 2u);
  ASSERT_EQ(whole->first.size(), 2u);
  EXPECT_EQ(whole->first[1].id, (*all_edges)[1].id);

  auto found = store->SearchNamePrefix("vik mis");
  ASSERT_TRUE(found.ok());
  EXPECT_EQ(found.value(), std::vector<int64_t>{misri->front()});
  auto none = store->SearchNamePrefix("\" OR * NEAR(");  // full-text syntax is only words
  ASSERT_TRUE(none.ok());
  EXPECT_TRUE(none->empty());

  auto doc = store->DocumentText(report->document_id);
  ASSERT_TRUE(doc.ok());
  ASSERT_TRUE(doc->has_value());
  EXPECT_EQ(**doc, text);
  auto missing = store->DocumentText(report->document_id + 100);
  ASSERT_TRUE(missing.ok());
  EXPECT_FALSE(missing->has_value());
}

TEST_F(StoreTest, ReimportOfSameBytesIsSkippedAndChangesNothing) {
  auto store = OpenStore();
  ExtractedGraph g;
  g.nodes.push_back(NodeOf("country", "India"));
  ASSERT_TRUE(store->ImportDocument(Doc("India."), g).ok());
  auto before = store->Stats();
  auto again = store->ImportDocument(Doc("India."), g);
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again->state, ImportState::kSkipped);
  auto after = store->Stats();
  EXPECT_EQ(before->nodes, after->nodes);
  EXPECT_EQ(before->mentions, after->mentions);
  EXPECT_EQ(before->generation, after->generation);
}

TEST_F(StoreTest, MentionJoinsExistingNodeByAliasAndSaysWhy) {
  auto store = OpenStore();
  ExtractedGraph first;
  first.nodes.push_back(NodeOf("official", "Vikram Misri", {"Misri"}));
  first.nodes.back().mentions.push_back({0, 12});
  ASSERT_TRUE(store->ImportDocument(Doc("Vikram Misri spoke."), first).ok());
  ExtractedGraph second;
  second.nodes.push_back(NodeOf("official", "Misri"));
  second.nodes.back().mentions.push_back({0, 5});
  auto report = store->ImportDocument(Doc("Misri spoke again.", "b.txt"), second);
  ASSERT_TRUE(report.ok());
  EXPECT_EQ(report->nodes_merged, 1);
  auto ids = store->FindByName("MISRI");
  ASSERT_TRUE(ids.ok());
  ASSERT_EQ(ids->size(), 1u);
  auto mentions = store->MentionsOf(ids->front());
  ASSERT_TRUE(mentions.ok());
  ASSERT_EQ(mentions->size(), 2u);
  EXPECT_EQ(mentions->at(0).reason, "new node");
  EXPECT_NE(mentions->at(1).reason.find("misri"), std::string::npos) << mentions->at(1).reason;
}

TEST_F(StoreTest, SameKindOnlyAndMeetingsOnDifferentDaysStayApart) {
  auto store = OpenStore();
  ExtractedGraph a;
  a.nodes.push_back(NodeOf("meeting", "2+2 Ministerial meeting", {}, "2019-11-30"));
  a.nodes.push_back(NodeOf("place", "Georgia"));
  ASSERT_TRUE(store->ImportDocument(Doc("one"), a).ok());
  ExtractedGraph b;
  b.nodes.push_back(NodeOf("meeting", "2+2 Ministerial meeting", {}, "2022-09-08"));
  b.nodes.push_back(NodeOf("country", "Georgia"));
  auto report = store->ImportDocument(Doc("two"), b);
  ASSERT_TRUE(report.ok());
  EXPECT_EQ(report->nodes_created, 2);
  EXPECT_EQ(report->nodes_merged, 0);
}

TEST_F(StoreTest, FailedImportLeavesStoreAsItWas) {
  auto store = OpenStore();
  ExtractedGraph good;
  good.nodes.push_back(NodeOf("country", "India"));
  ASSERT_TRUE(store->ImportDocument(Doc("good"), good).ok());
  auto before = store->Stats();
  ExtractedGraph bad;
  bad.nodes.push_back(NodeOf("country", "Japan"));
  bad.edges.push_back(EdgeOf(0, "participant", 7, {0, 1}));  // node 7 does not exist
  auto report = store->ImportDocument(Doc("bad"), bad);
  EXPECT_FALSE(report.ok());
  auto after = store->Stats();
  EXPECT_EQ(before->documents, after->documents);
  EXPECT_EQ(before->nodes, after->nodes);
  EXPECT_EQ(before->generation, after->generation);
}

TEST_F(StoreTest, EveryWriteBumpsTheGeneration) {
  auto store = OpenStore();
  ExtractedGraph g;
  g.nodes.push_back(NodeOf("country", "India"));
  ASSERT_TRUE(store->ImportDocument(Doc("1"), g).ok());
  ASSERT_TRUE(store->ImportDocument(Doc("2"), g).ok());
  EXPECT_EQ(store->Generation().value(), 2);
}

TEST_F(StoreTest, FullTextSearchFindsNodesByWords) {
  auto store = OpenStore();
  ExtractedGraph g;
  g.nodes.push_back(NodeOf("meeting", "India-Japan 2+2 Ministerial meeting", {}, "2024-08-20"));
  g.nodes.push_back(NodeOf("dialogue", "Dialogue on Economic Security"));
  ASSERT_TRUE(store->ImportDocument(Doc("x"), g).ok());
  auto found = store->Search("2+2 Ministerial");
  ASSERT_TRUE(found.ok());
  ASSERT_EQ(found->size(), 1u);
  auto node = store->GetNode(found->front());
  EXPECT_EQ(node.value()->name, "India-Japan 2+2 Ministerial meeting");
  // FTS syntax in user text is quoted away, never interpreted.
  EXPECT_TRUE(store->Search("\"economic\" OR NEAR(").ok());
}

TEST_F(StoreTest, RefusesAFileThatIsNotAStoreAndLeavesItAlone) {
  const std::string path = dir_.File("notes.txt");
  WriteFile(path, "these are my notes\n");
  auto store = Store::Open(path);
  ASSERT_FALSE(store.ok());
  EXPECT_NE(store.status().message().find("not a dkg store"), std::string::npos);
  EXPECT_EQ(ReadFile(path), "these are my notes\n");
}

TEST_F(StoreTest, RefusesAnotherApplicationsDatabase) {
  const std::string path = dir_.File("other.db");
  {
    SQLite::Database db(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    db.exec("CREATE TABLE t(x)");
  }
  const std::string before = ReadFile(path);
  auto store = Store::Open(path);
  ASSERT_FALSE(store.ok());
  EXPECT_NE(store.status().message().find("not a dkg store"), std::string::npos);
  EXPECT_EQ(ReadFile(path), before);
}

TEST_F(StoreTest, RefusesAStoreFromANewerSchema) {
  const std::string path = dir_.File("new.db");
  OpenStore();  // creates test.db; use our own file below
  {
    auto created = Store::Open(path);
    ASSERT_TRUE(created.ok());
  }
  {
    SQLite::Database db(path, SQLite::OPEN_READWRITE);
    db.exec("PRAGMA user_version = 999");
  }
  auto store = Store::Open(path);
  ASSERT_FALSE(store.ok());
  EXPECT_NE(store.status().message().find("newer"), std::string::npos);
}

// Open waits for another connection's lock at most its busy timeout in all: each try is given
// only what is left of it (a try refused at once just before the deadline, followed by one that
// waited the whole timeout, made an open take twice the timeout).
TEST_F(StoreTest, OpenBlockedByAnExclusiveLockGivesUpWithinItsBusyTimeout) {
  const std::string path = dir_.File("held.db");
  {
    auto created = Store::Open(path);
    ASSERT_TRUE(created.ok());
  }
  SQLite::Database holder(path, SQLite::OPEN_READWRITE);
  holder.exec("PRAGMA journal_mode = DELETE");  // a rollback journal: an exclusive lock bars readers
  holder.exec("BEGIN EXCLUSIVE");
  StoreOptions options;
  options.busy_timeout_ms = 300;
  const auto t0 = std::chrono::steady_clock::now();
  auto store = Store::Open(path, options);
  const auto ms =
      std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - t0).count();
  ASSERT_FALSE(store.ok());
  EXPECT_NE(store.status().message().find("locked"), std::string::npos) << store.status().message();
  EXPECT_GE(ms, 250) << "it waited for the lock";
  EXPECT_LT(ms, 3 * 300) << "it waited at most about its busy timeout";
  holder.exec("ROLLBACK");
  // Once the lock is gone, the same open succeeds.
  EXPECT_TRUE(Store::Open(path, options).ok());
}

TEST_F(StoreTest, NameWithAndWithoutDiacriticsIsOneNode) {
  auto store = OpenStore();
  ExtractedGraph first;
  first.nodes.push_back(NodeOf("official", "Recep Tayyip Erdo\u011fan"));
  ASSERT_TRUE(store->ImportDocument(Doc("Recep Tayyip Erdo\u011fan spoke."), first).ok());
  ExtractedGraph second;
  second.nodes.push_back(NodeOf("official", "RECEP TAYYIP ERDOGAN"));
  auto report = store->ImportDocument(Doc("RECEP TAYYIP ERDOGAN spoke.", "b.txt"), second);
  ASSERT_TRUE(report.ok()) << report.status().message();
  EXPECT_EQ(report->nodes_created, 0);
  EXPECT_EQ(report->nodes_merged, 1);
  auto ids = store->FindByName("Recep Tayyip Erdogan");
  ASSERT_TRUE(ids.ok());
  EXPECT_EQ(ids->size(), 1u);
}

// People sharing a surname stay apart even when each was also called by the bare surname, and a
// compatible form of one of them ("K. Zed") still joins that one (issue 14: resolution by
// surname is indexed, and a bare-surname alias does not join every namesake to the first).
TEST_F(StoreTest, NamesakesStayApartAndCompatibleFormsJoin) {
  auto store = OpenStore();
  auto import_one = [&](const std::string& name, std::vector<std::string> aliases) {
    ExtractedGraph g;
    g.nodes.push_back(NodeOf("official", name, std::move(aliases)));
    const std::string text = name + " spoke. Zed said so.";
    auto report = store->ImportDocument(Doc(text, name + ".txt"), g);
    EXPECT_TRUE(report.ok());
    return report.ok() ? report.value() : ImportReport{};
  };
  EXPECT_EQ(import_one("Kakakaka Zed", {"Zed"}).nodes_created, 1);
  EXPECT_EQ(import_one("Lokakaka Zed", {"Zed"}).nodes_created, 1);
  EXPECT_EQ(import_one("Mikakaka Zed", {"Zed"}).nodes_created, 1);
  const ImportReport initial = import_one("K. Zed", {});
  EXPECT_EQ(initial.nodes_merged, 1);
  auto kakakaka = store->FindByName("Kakakaka Zed");
  ASSERT_TRUE(kakakaka.ok() && kakakaka->size() == 1u);
  auto initial_ids = store->FindByName("K. Zed");  // kept as an alias of the node it joined
  ASSERT_TRUE(initial_ids.ok());
  EXPECT_EQ(initial_ids.value(), kakakaka.value()) << "K. Zed joins Kakakaka Zed";
  // The bare surname alone names three people: it joins none of them.
  EXPECT_EQ(import_one("Zed", {}).nodes_merged, 0);
  NodeListFilter of_officials;
  of_officials.kind = "official";
  auto officials = store->ListNodes(of_officials);
  ASSERT_TRUE(officials.ok());
  EXPECT_EQ(officials->size(), 4u);  // three namesakes and the unresolved "Zed"
}

// Two-letter names: "President Xi" in one story is the one "Xi Jinping" of another (a surname
// that starts both names), but "Lu" naming two people joins neither, and a two-letter word that
// ends a name is a given name: "Minister Yo" of another story is not "Wang Yo" (two countries'
// ministers were one node).
TEST_F(StoreTest, ATwoLetterNameJoinsOnlyAsTheSurnameStartingOneFullName) {
  auto store = OpenStore();
  auto import_one = [&](const std::string& name) {
    ExtractedGraph g;
    g.nodes.push_back(NodeOf("official", name));
    auto report = store->ImportDocument(Doc(name + " spoke.", name + ".txt"), g);
    EXPECT_TRUE(report.ok());
    return report.ok() ? report.value() : ImportReport{};
  };
  EXPECT_EQ(import_one("Xo Jinpang").nodes_created, 1);
  EXPECT_EQ(import_one("Xo").nodes_merged, 1);
  EXPECT_EQ(import_one("Lu Qiangwa").nodes_created, 1);
  EXPECT_EQ(import_one("Lu Keqiangwa").nodes_created, 1);
  EXPECT_EQ(import_one("Lu").nodes_merged, 0);
  EXPECT_EQ(import_one("Wang Yo").nodes_created, 1);
  EXPECT_EQ(import_one("Yo").nodes_merged, 0);
  EXPECT_EQ(import_one("Kam Jong Un").nodes_created, 1);
  EXPECT_EQ(import_one("Un").nodes_merged, 0);
}

TEST_F(StoreTest, CPlusPlusAndCSharpStayTwoNodes) {
  auto store = OpenStore();
  ExtractedGraph g;
  g.nodes.push_back(NodeOf("organization", "C++"));
  g.nodes.push_back(NodeOf("organization", "C#"));
  auto report = store->ImportDocument(Doc("C++ and C#."), g);
  ASSERT_TRUE(report.ok()) << report.status().message();
  EXPECT_EQ(report->nodes_created, 2);
  auto plus = store->FindByName("c++");
  auto sharp = store->FindByName("C#");
  ASSERT_TRUE(plus.ok() && sharp.ok());
  ASSERT_EQ(plus->size(), 1u);
  ASSERT_EQ(sharp->size(), 1u);
  EXPECT_NE(plus->front(), sharp->front());
}

// A store written before version 7 holds keys that kept diacritics and dropped '+': opening it
// recomputes them, so the next import joins the stored nodes.
TEST_F(StoreTest, MigrationRecomputesKeysOfAnOlderStore) {
  const std::string path = dir_.File("old.db");
  {
    auto created = Store::Open(path);
    ASSERT_TRUE(created.ok());
    ExtractedGraph g;
    g.nodes.push_back(NodeOf("official", "Rados\u0142aw Sikorski", {"SIKORSKI"}));
    g.nodes.back().keys.push_back("visit:sikorski:\u0141\u00f3d\u017a");
    g.nodes.push_back(NodeOf("organization", "C++ Users Group"));
    ASSERT_TRUE(
        (*created)->ImportDocument(Doc("Rados\u0142aw Sikorski; C++ Users Group."), g).ok());
  }
  {
    // Rewrite what version 6 stored: ASCII-only lower-casing, '+' dropped.
    SQLite::Database db(path, SQLite::OPEN_READWRITE);
    db.exec("UPDATE nodes SET norm_key = 'rados\u0142aw sikorski' WHERE kind = 'official'");
    db.exec("UPDATE nodes SET norm_key = 'c users group' WHERE kind = 'organization'");
    db.exec("UPDATE node_keys SET key = 'visit:sikorski:\u0141\u00f3d\u017a'");
    db.exec("PRAGMA user_version = 6");
  }
  auto reopened = Store::Open(path);
  ASSERT_TRUE(reopened.ok()) << reopened.status().message();
  auto& store = *reopened;
  EXPECT_EQ(store->Stats()->schema_version, schema::LatestVersion());
  {
    SQLite::Database db(path, SQLite::OPEN_READONLY);
    EXPECT_EQ(db.execAndGet("SELECT norm_key FROM nodes WHERE kind = 'official'").getString(),
              "radoslaw sikorski");
    EXPECT_EQ(db.execAndGet("SELECT norm_key FROM nodes WHERE kind = 'organization'").getString(),
              "c++ users group");
    EXPECT_EQ(db.execAndGet("SELECT key FROM node_keys").getString(), "visit:sikorski:lodz");
  }
  ExtractedGraph again;
  again.nodes.push_back(NodeOf("official", "Radoslaw Sikorski"));
  again.nodes.push_back(NodeOf("organization", "C++ Users Group"));
  auto report = store->ImportDocument(Doc("Radoslaw Sikorski; C++ Users Group.", "b.txt"), again);
  ASSERT_TRUE(report.ok()) << report.status().message();
  EXPECT_EQ(report->nodes_created, 0);
  EXPECT_EQ(report->nodes_merged, 2);
}

TEST_F(StoreTest, QueryOpenDoesNotCreateMissingStore) {
  StoreOptions options;
  options.create_if_missing = false;
  auto store = Store::Open(dir_.File("missing.db"), options);
  EXPECT_FALSE(store.ok());
  EXPECT_FALSE(std::filesystem::exists(dir_.File("missing.db")));
}

TEST_F(StoreTest, ANewStoreAppearsWithItsSchemaAndLeavesNoTemporaryFile) {
  // What a creator killed before publishing leaves: its partial store under a pid that is not
  // running (a child that has ended); and someone's dated copy, whose number no pid can have.
  const std::string path = dir_.File("new.db");
  const pid_t child = ::fork();
  if (child == 0) ::_exit(0);
  ASSERT_GT(child, 0);
  ::waitpid(child, nullptr, 0);
  WriteFile(path + ".partial-" + std::to_string(child), "half a store");
  WriteFile(path + ".tmp-20261206", "a dated copy");
  {
    auto store = Store::Open(path);
    ASSERT_TRUE(store.ok()) << store.status().message();
  }
  std::vector<std::string> names;
  for (const auto& entry : std::filesystem::directory_iterator(dir_.path())) {
    names.push_back(entry.path().filename().string());
  }
  EXPECT_NE(std::find(names.begin(), names.end(), "new.db"), names.end());
  for (const std::string& name : names) {
    EXPECT_EQ(name.find("partial"), std::string::npos) << name << " was left beside the store";
  }
  EXPECT_NE(std::find(names.begin(), names.end(), "new.db.tmp-20261206"), names.end());
  SQLite::Database db(path, SQLite::OPEN_READONLY);
  EXPECT_EQ(db.execAndGet("PRAGMA user_version").getInt(), schema::LatestVersion());
  EXPECT_EQ(db.execAndGet("PRAGMA journal_mode").getString(), "wal");
}

// A --db that is a link to a file not made yet: the store is made whole where the link leads
// (built beside the target and published there), and the link stays a link.
TEST_F(StoreTest, ANewStoreThroughALinkIsMadeWhereTheLinkLeads) {
  std::filesystem::create_directory(dir_.File("sub"));
  const std::string link = dir_.File("link.db"), target = dir_.File("sub/target.db");
  std::filesystem::create_symlink("sub/target.db", link);
  {
    auto store = Store::Open(link);
    ASSERT_TRUE(store.ok()) << store.status().message();
  }
  EXPECT_TRUE(std::filesystem::is_symlink(link));
  SQLite::Database db(target, SQLite::OPEN_READONLY);
  EXPECT_EQ(db.execAndGet("PRAGMA user_version").getInt(), schema::LatestVersion());
  for (const auto& entry : std::filesystem::directory_iterator(dir_.File("sub"))) {
    EXPECT_EQ(entry.path().filename().string().find("partial"), std::string::npos);
  }
}

TEST(AtomicFileTest, ReplacesWholeOnCommitAndLeavesTheOldFileOtherwise) {
  TempDir dir;
  const std::string path = dir.File("out.json");
  WriteFile(path, "old");
  {
    auto file = AtomicFile::Create(path);
    ASSERT_TRUE(file.ok()) << file.status().message();
    ASSERT_TRUE(file.value()->Write("new content").ok());
    EXPECT_EQ(ReadFile(path), "old");  // nothing visible before Commit()
  }                                    // abandoned: the temporary file goes, the old file stays
  EXPECT_EQ(ReadFile(path), "old");
  EXPECT_EQ(std::distance(std::filesystem::directory_iterator(dir.path()), {}), 1);
  ASSERT_TRUE(WriteFileAtomically(path, "new content").ok());
  EXPECT_EQ(ReadFile(path), "new content");
  EXPECT_EQ(std::distance(std::filesystem::directory_iterator(dir.path()), {}), 1);
}

TEST(AtomicFileTest, WriteErrorsNameThePathAndTheCause) {
  EXPECT_EQ(WriteErrorMessage("out.json", ENOSPC), "out.json: cannot write: disk full");
  TempDir dir;
  Status s = WriteFileAtomically(dir.File("no-such-dir/out.json"), "x");
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("no-such-dir/out.json"), std::string::npos) << s.message();
}

TEST(AtomicFileTest, PipesAndDevicesAreWrittenIntoNeverReplaced) {
  TempDir dir;
  const std::string fifo = dir.File("out.fifo");
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  std::string got;
  std::thread reader([&] { got = ReadFile(fifo); });
  ASSERT_TRUE(WriteFileAtomically(fifo, "through the pipe").ok());
  reader.join();
  EXPECT_EQ(got, "through the pipe");
  EXPECT_TRUE(std::filesystem::is_fifo(fifo));
  ASSERT_TRUE(WriteFileAtomically("/dev/null", "discarded").ok());
  EXPECT_TRUE(std::filesystem::is_character_file("/dev/null"));
  // A link keeps being a link; the file it names gets the new content.
  const std::string real = dir.File("real.json"), link = dir.File("link.json");
  WriteFile(real, "old");
  std::filesystem::create_symlink(real, link);
  ASSERT_TRUE(WriteFileAtomically(link, "new").ok());
  EXPECT_TRUE(std::filesystem::is_symlink(link));
  EXPECT_EQ(ReadFile(real), "new");
  EXPECT_FALSE(WriteFileAtomically(dir.path(), "x").ok());
}

TEST(StorePathTest, RefusesNamesThatAreNotFiles) {
  for (const std::string& path :
       {std::string(), std::string(":memory:"), std::string("file:x.db")}) {
    auto store = Store::Open(path);
    EXPECT_FALSE(store.ok()) << "'" << path << "' was accepted";
  }
}

}  // namespace
}  // namespace dkg
