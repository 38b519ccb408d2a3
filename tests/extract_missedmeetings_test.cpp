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

}  // namespace
}  // namespace dkg
