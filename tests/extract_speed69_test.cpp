// The memos that keep extraction linear in the size of a story must not change what it finds:
// the organization nodes a bare shared name is looked up in (OrgNode) are those made so far,
// including ones made after an earlier look-up, and a country named anywhere in the story
// counts wherever it is asked about (DocumentNamesCountry). Sentences are written for these tests.
#include <gtest/gtest.h>

#include <string>

#include "tests/extract_fixture.h"

namespace dkg {
namespace {

class ExtractSpeed69Test : public ExtractFixture {};

// A bare "Ministry of Foreign Affairs" is the one ministry of that name the story has tied to a
// country so far; once a second country's ministry is made, a later bare mention names neither.
TEST_F(ExtractSpeed69Test, BareSharedNameSeesTheBodiesMadeSinceTheLastLookUp) {
  Extract(
      "Fisheries talks\nMay 6, 2025\n"
      "Ingrid Dahl, an adviser at the Norwegian Ministry of Foreign Affairs, spoke in Bergen on Monday.\n"
      "The quotas were discussed, the Ministry of Foreign Affairs said in a note.\n"
      "Later, Pablo Reyes, a director at the Chilean Ministry of Foreign Affairs, replied by letter.\n"
      "A joint text is expected in June, according to the Ministry of Foreign Affairs.\n");
  const ExtractedNode* norway = Find("organization", "Ministry of Foreign Affairs of Norway");
  const ExtractedNode* chile = Find("organization", "Ministry of Foreign Affairs of Chile");
  ASSERT_NE(norway, nullptr) << Dump();
  ASSERT_NE(chile, nullptr) << Dump();
  // The first bare mention joined Norway's ministry: no bare node was made for it ...
  // ... and the second, with two such ministries in the story, joined neither (a look-up that
  // missed Chile's, made after the first, would give it to Norway's).
  EXPECT_EQ(norway->mentions.size(), 2u) << Dump();
  EXPECT_EQ(chile->mentions.size(), 1u) << Dump();
}

// The same story without the second country's ministry: both bare mentions join Norway's.
TEST_F(ExtractSpeed69Test, BareSharedNameJoinsTheOnlyBodyOfThatName) {
  Extract(
      "Fisheries talks\nMay 6, 2025\n"
      "Ingrid Dahl, an adviser at the Norwegian Ministry of Foreign Affairs, spoke in Bergen on Monday.\n"
      "The quotas were discussed, the Ministry of Foreign Affairs said in a note.\n"
      "A joint text is expected in June, according to the Ministry of Foreign Affairs.\n");
  const ExtractedNode* norway = Find("organization", "Ministry of Foreign Affairs of Norway");
  ASSERT_NE(norway, nullptr) << Dump();
  EXPECT_EQ(norway->mentions.size(), 3u) << Dump();
}

}  // namespace
}  // namespace dkg
