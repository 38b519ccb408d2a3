// Sentences the rules of one series must not read as facts (a review's hostile cases), each on a
// document written for the test.
#include <gtest/gtest.h>

#include <string>

#include "importers/internal/tokenizer.h"
#include "tests/extract_fixture.h"

namespace dkg {
namespace {

class ExtractReviewTest : public ExtractFixture {};

// Sending someone a letter, holding views on a summit: no official attends the meeting for it,
// and no meeting is made of the views. (The letter's receipt is the pattern file's `never` line:
// `role:received` and `official:title-country`, C++ rules, still read it, see the review notes.)
TEST_F(ExtractReviewTest, LettersAndViewsAreNoAttendance) {
  Extract(
      "Ministers meet in Lima\nMay 3, 2026\n"
      "Foreign Minister Ana Souza of Peru and Foreign Minister Karl Brandt of Chile held the fifth "
      "Peru-Chile Joint Commission in Lima on Monday.\n"
      "Chile sent Foreign Minister Olu Adeyemi a formal protest over the fishing dispute.\n"
      "Peru and Chile held different views on the summit in Santiago.\n");
  EXPECT_FALSE(HasRole("Olu Adeyemi", "attended")) << Dump();
  for (const auto& n : graph_.nodes) EXPECT_EQ(n.name.find("views"), std::string::npos) << Dump();
}

// An official refused a welcome, or the owner of a plan, takes no part in the meeting.
TEST_F(ExtractReviewTest, AWelcomeRefusedIsNoAttendance) {
  Extract(
      "Ministers meet in Lima\nMay 3, 2026\n"
      "Foreign Minister Ana Souza of Peru and Foreign Minister Karl Brandt of Chile held the fifth "
      "Peru-Chile Joint Commission in Lima on Monday.\n"
      "President Lena Berg did not welcome Minister Olu Adeyemi's proposal, nor did she welcome "
      "Minister Maria Lopez.\n");
  EXPECT_FALSE(HasRole("Olu Adeyemi", "attended")) << Dump();
  EXPECT_FALSE(HasRole("Maria Lopez", "attended")) << Dump();
  EXPECT_FALSE(HasRole("Lena Berg", "attended")) << Dump();
}

// A held_verb with an object ("opened a new chapter") is not the meeting taking place: a place
// far later in the clause is not where the meeting was held.
TEST_F(ExtractReviewTest, AHeldVerbWithAnObjectPlacesNoMeeting) {
  Extract(
      "Ministers meet in Lima\nMay 3, 2026\n"
      "Foreign Minister Ana Souza of Peru and Foreign Minister Karl Brandt of Chile held the fifth "
      "Peru-Chile Joint Commission in Lima on Monday.\n"
      "The summit opened a new chapter for the two old neighbours after years of quarrels over "
      "fishing rights in Cusco.\n");
  EXPECT_TRUE(HasEdge("fifth Peru-Chile Joint Commission", "held_in", "Lima")) << Dump();
  EXPECT_FALSE(HasEdge("fifth Peru-Chile Joint Commission", "held_in", "Cusco")) << Dump();
}

// "between the governments of A and B" names the countries as the instrument's sides, unlike
// "between the ministries of A and B": the countries are parties.
TEST_F(ExtractReviewTest, AnInstrumentBetweenGovernmentsHasCountryParties) {
  Extract(
      "Ministers meet in Lima\nMay 3, 2026\n"
      "Foreign Minister Ana Souza of Peru and Foreign Minister Karl Brandt of Chile held the fifth "
      "Peru-Chile Joint Commission in Lima on Monday.\n"
      "The ministers signed an agreement on fisheries between the governments of Peru and Chile.\n");
  bool peru = false;
  for (const auto& e : graph_.edges) {
    peru |= e.relation == "party_to" && graph_.nodes[e.source].name == "Peru" &&
            graph_.nodes[e.target].kind == "agreement";
  }
  EXPECT_TRUE(peru) << Dump();
}

// A long line of blanks is one token: the tokenizer's guess of a token per five bytes must not
// reserve memory in proportion to the line (100 MB of blanks reserved 2.5 GB and failed under a
// memory limit).
TEST(TokenizerReserveTest, ALongBlankLineReservesLittle) {
  const std::string line = std::string(20'000'000, ' ') + "word";
  const auto tokens = internal::Tokenize(line);
  ASSERT_EQ(tokens.size(), 1u);
  EXPECT_LT(tokens.capacity(), size_t{1} << 16);
}

}  // namespace
}  // namespace dkg
