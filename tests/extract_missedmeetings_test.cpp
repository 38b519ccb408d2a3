// Meetings the story names only in passing, in forms earlier rules did not reach (helper h72).
// Each document is written for the test.
#include <gtest/gtest.h>

#include <string>

#include "tests/extract_fixture.h"

namespace dkg {
namespace {

class MissedMeetingsTest : public ExtractFixture {};

// "She held meetings with A, <a clause about A>; with B; and with C": the first counterpart is
// no official the extractor knows, but the later ones, after the semicolons, each get a meeting.
TEST_F(MissedMeetingsTest, SemicolonListAfterAnUnknownFirstCounterpart) {
  Extract(
      "Souza begins work as foreign minister\nApr 2, 2024\n"
      "Foreign Minister Ana Souza of Peru arrived in Lima on Monday.\n"
      "She also held meetings with the head of a press-freedom charity, with whom she spoke about "
      "reporters in the region; with Lars Holm, Minister of Foreign Affairs of Norway; and with "
      "Olu Adeyemi, Chancellor of Nigeria.\n");
  EXPECT_TRUE(HasRole("Lars Holm", "attended")) << Dump();
  EXPECT_TRUE(HasRole("Olu Adeyemi", "attended")) << Dump();
}

// Without the semicolons the sentence names no counterpart the rule may take.
TEST_F(MissedMeetingsTest, NoMeetingWhenNoCounterpartIsAnOfficial) {
  Extract(
      "Souza begins work as foreign minister\nApr 2, 2024\n"
      "Foreign Minister Ana Souza of Peru spoke to reporters on Monday.\n"
      "She also held meetings with the heads of two charities, with whom she spoke about reporters "
      "in the region.\n");
  EXPECT_EQ(Meeting(), "") << Dump();
}

// "A accompanied B in talks with C and in meetings with presidents, among them the President of
// Chile, D": a meeting with D that both A and B attend.
TEST_F(MissedMeetingsTest, AccompaniedInMeetingsAmongThem) {
  Extract(
      "Souza joins the president abroad\nApr 2, 2024\n"
      "Minister Ana Souza accompanied President Karl Brandt to a lunch with business owners and in "
      "meetings with several heads of state, among them the President of Chile, Lars Holm.\n");
  EXPECT_TRUE(HasRole("Lars Holm", "attended")) << Dump();
  EXPECT_TRUE(HasRole("Ana Souza", "attended")) << Dump();
}

}  // namespace
}  // namespace dkg
