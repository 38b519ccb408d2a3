// Finding things by what a user typed (queries/lookup.h): suggestions for a mistyped name on a
// small store (every name scanned) and a large one (full-text prefix candidates), the
// vocabulary filters are checked against, and the node listing's filters.
#include "queries/lookup.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "engine/store.h"
#include "queries/queries.h"

namespace dkg {
namespace {

namespace fs = std::filesystem;

class LookupTest : public ::testing::Test {
 protected:
  // A store of `n` places "Place i", one with an alias, and an edge with a relation of its own.
  std::unique_ptr<Store> MakeStore(int n) {
    GraphInput g;
    for (int i = 0; i < n; ++i) {
      GraphInput::Node node;
      node.kind = "place";
      node.name = "Place " + std::to_string(i);
      node.xid = "p" + std::to_string(i);
      g.nodes.push_back(node);
    }
    g.nodes[1].aliases = {"Old 50% Town"};
    g.nodes[2].kind = "country";
    g.relations = {"located_in", "twinned_with"};
    g.edges.push_back({0, 2, 0});
    g.edges.push_back({1, 2, 1});
    EXPECT_TRUE(Store::CreateFromGraph(path_, g).ok());
    auto store = Store::Open(path_);
    EXPECT_TRUE(store.ok());
    return std::move(store).value();
  }

  void TearDown() override {
    for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(path_ + suffix);
  }

  std::string path_ =
      (fs::temp_directory_path() / ("dkg-lookup-" + std::to_string(::getpid()) + ".db")).string();
};

TEST_F(LookupTest, SuggestsTheNearestNamesOnASmallStore) {
  auto store = MakeStore(50);
  auto near = SuggestNodes(*store, "Plase 17");
  ASSERT_FALSE(near.empty());
  EXPECT_EQ(near.front().name, "Place 17");
  EXPECT_TRUE(SuggestNodes(*store, "Zanzibar harbour").empty());
  auto resolved = ResolveNode(*store, "Plase 17");
  ASSERT_FALSE(resolved.ok());
  EXPECT_NE(resolved.status().message().find("did you mean: Place 17 (place, #18)"),
            std::string::npos)
      << resolved.status().message();
}

TEST_F(LookupTest, SuggestsTheNearestNamesOnALargeStoreThroughTheFullTextIndex) {
  auto store = MakeStore(25000);  // above the whole-scan threshold
  auto near = SuggestNodes(*store, "Plase 24680");
  ASSERT_FALSE(near.empty());
  EXPECT_EQ(near.front().name, "Place 24680");
}

TEST_F(LookupTest, VocabularyAcceptsTheOntologyAndTheStoresOwnNames) {
  auto store = MakeStore(5);
  EXPECT_TRUE(CheckVocabulary(*store, Vocabulary::kRelations, {"cochaired", "twinned_with"}).ok());
  Status bad = CheckVocabulary(*store, Vocabulary::kRelations, {"twinned"});
  EXPECT_FALSE(bad.ok());
  EXPECT_NE(bad.message().find("unknown relation: 'twinned'"), std::string::npos) << bad.message();
  EXPECT_NE(bad.message().find("twinned_with"), std::string::npos)
      << bad.message();  // listed as valid
  EXPECT_FALSE(CheckVocabulary(*store, Vocabulary::kKinds, {"places"}).ok());
  EXPECT_TRUE(CheckVocabulary(*store, Vocabulary::kKinds, {"place", "country"}).ok());
}

TEST_F(LookupTest, ListNodesFiltersByKindNeighbourAndNameWithWildcardsTakenLiterally) {
  auto store = MakeStore(5);
  NodeListFilter near;
  near.adjacent_to = 3;  // the country: places 0 and 1 have edges to it
  auto around = store->ListNodes(near);
  ASSERT_TRUE(around.ok());
  ASSERT_EQ(around->size(), 2u);
  EXPECT_EQ((*around)[0].name, "Place 0");
  NodeListFilter like;
  like.name_like = "50%";  // an alias; % is a character here, not a wildcard
  auto named = store->ListNodes(like);
  ASSERT_TRUE(named.ok());
  ASSERT_EQ(named->size(), 1u);
  EXPECT_EQ(named->front().name, "Place 1");
  like.name_like = "5_%";
  EXPECT_TRUE(store->ListNodes(like)->empty());
  NodeListFilter kind;
  kind.kind = "place";
  kind.limit = 2;
  EXPECT_EQ(store->ListNodes(kind)->size(), 2u);
}

TEST(EditDistanceTest, IsCaseInsensitiveLevenshtein) {
  EXPECT_EQ(EditDistance("Misri", "misry"), 1u);
  EXPECT_EQ(EditDistance("", "abc"), 3u);
  EXPECT_EQ(EditDistance("kitten", "sitting"), 3u);
  EXPECT_EQ(NearestWord("cochair", {"cochairs", "lineage"}), "cochairs");
  EXPECT_EQ(NearestWord("frobnicate", {"cochairs", "lineage"}), "");
}

}  // namespace
}  // namespace dkg
