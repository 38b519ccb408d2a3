// Review fixes (h128). Sentences written for these tests.
#include <algorithm>

#include "tests/extract_fixture.h"

namespace dkg {
namespace {

class Review128Test : public ExtractFixture {};

// A bare ministry merged into the one named in full (MergeBareBodies) is one body, but its bare
// name is no alias of it: in a store that alias would draw another country's bare "Ministry of
// Foreign Affairs" into this country's ministry.
TEST_F(Review128Test, BareMinistryMergedLeavesNoBareAlias) {
  Extract(
      "Uruguayan envoy in Prague\n"
      "Prague, 14 October 2025\n"
      "The Ambassador of Uruguay, Pablo Ferreira, handed copies of his letters to the Director of "
      "the State Protocol of the Ministry of Foreign Affairs of the Czech Republic, Ambassador Jana "
      "Novak. He then met the Deputy Minister at the Ministry of Foreign Affairs, Petr Dvorak.\n");
  EXPECT_EQ(Find("organization", "Ministry of Foreign Affairs"), nullptr) << NamesOf("organization");
  const ExtractedNode* full = NodeNamedLike("organization", "Ministry of Foreign Affairs of");
  ASSERT_NE(full, nullptr) << NamesOf("organization");
  EXPECT_EQ(std::count(full->aliases.begin(), full->aliases.end(), "Ministry of Foreign Affairs"), 0);
}

// In a story datelined in one country, a bare ministry is that country's own, not the one foreign
// ministry the story names in full.
TEST_F(Review128Test, BareMinistryInAStoryDatelinedElsewhereIsNotTheForeignOne) {
  Extract(
      "Hungarian delegation in Lima\n"
      "LIMA, March 3 - A delegation of the Ministry of Foreign Affairs of Hungary, led by State "
      "Secretary Anna Kovacs, arrived on Tuesday. The Vice-Minister at the Ministry of Foreign "
      "Affairs, Jorge Salas, received the delegation.\n");
  const ExtractedNode* hungary = NodeNamedLike("organization", "Ministry of Foreign Affairs of Hungary");
  ASSERT_NE(hungary, nullptr) << NamesOf("organization");
  ASSERT_NE(Find("official", "Jorge Salas"), nullptr) << NamesOf("official");
  EXPECT_FALSE(HasEdge("Jorge Salas", "member_of", hungary->name)) << Dump();
}

}  // namespace
}  // namespace dkg
