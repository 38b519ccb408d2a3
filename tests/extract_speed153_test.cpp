// Rules whose lexicon values are read in place (h153): the graph must stay what it was.
// Sentences written for these tests.
#include "tests/extract_fixture.h"

namespace dkg {
namespace {

class ReadInPlaceTest : public ExtractFixture {};

// A plural place opener's value ("provinces of": places) makes each name of the list a place;
// a spelled ordinal with its tens ("Twenty-Third") numbers the round.
TEST_F(ReadInPlaceTest, PlaceListsAndSpelledOrdinalsReadTheirLexiconValues) {
  Extract(
      "Ministers tour the south\n"
      "Lima, 6 May 2025\n"
      "The foreign ministers of Peru and Bolivia visited the southern provinces of Varela and "
      "Montoya on Tuesday, before the Twenty-Third round of the Andean Water Dialogue.\n");
  EXPECT_NE(Find("place", "Varela"), nullptr) << NamesOf("place");
  EXPECT_NE(Find("place", "Montoya"), nullptr) << NamesOf("place");
  EXPECT_EQ(NodeNamedLike("place", "Varela and"), nullptr) << NamesOf("place");
  const ExtractedNode* round = NodeNamedLike("meeting", "Twenty-Third round");
  ASSERT_NE(round, nullptr) << NamesOf("meeting");
  ASSERT_TRUE(round->attrs.count("round")) << Dump();
  EXPECT_EQ(round->attrs.at("round"), "23");
}

}  // namespace
}  // namespace dkg
