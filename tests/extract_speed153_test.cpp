// Rules whose lexicon values are read in place and the officials' taken-token set (h153): the
// graph must stay what it was. Sentences written for these tests.
#include "tests/extract_fixture.h"

namespace dkg {
namespace {

class ReadInPlaceTest : public ExtractFixture {};

// Officials named past the 64th token of a sentence: FindOfficials keeps the tokens names took
// as bits, the first 64 inline and the rest in a list. Each name is taken once, and the later
// "Minister Holm" is the same person, not a new one.
TEST_F(ReadInPlaceTest, OfficialsPastTheSixtyFourthTokenAreEachTakenOnce) {
  Extract(
      "Ministers meet in Tromso\n"
      "Tromso, 4 May 2025\n"
      "After a long morning of walks along the harbour, visits to the fish market, a lunch with "
      "local students and teachers, a short tour of the old wooden church, a boat trip to the "
      "islands in the fjord and a stop at the library, where the visitors read old maps of the "
      "coast and the northern sea, Norway's Foreign Minister Kari Holm and Chile's Foreign "
      "Minister Pedro Soto held talks in Tromso, and Minister Holm thanked Minister Soto.\n");
  EXPECT_NE(Find("official", "Kari Holm"), nullptr) << NamesOf("official");
  EXPECT_NE(Find("official", "Pedro Soto"), nullptr) << NamesOf("official");
  long officials = 0;
  for (const auto& n : graph_.nodes) officials += n.kind == "official";
  EXPECT_EQ(officials, 2) << NamesOf("official");
  EXPECT_EQ(NodeNamedLike("official", "Holm and"), nullptr) << NamesOf("official");
}

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
