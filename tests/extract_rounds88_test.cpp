// Rounds of a series the text presents only through an earlier edition (h88).
#include <gtest/gtest.h>

#include <string>

#include "tests/extract_fixture.h"

namespace dkg {
namespace {

class ExtractRounds88Test : public ExtractFixture {
 protected:
  int Count(const std::string& kind) const {
    int n = 0;
    for (const auto& node : graph_.nodes) n += node.kind == kind;
    return n;
  }
  int CountRelation(const std::string& relation) const {
    int n = 0;
    for (const auto& e : graph_.edges) n += e.relation == relation;
    return n;
  }
};

// "The previous meeting in this format" presents the story's talks as recurring: the talks and
// their earlier edition are two rounds of one series, the later following the earlier.
TEST_F(ExtractRounds88Test, EarlierEditionMakesTheFocusMeetingsSeries) {
  Extract(
      "Lima and Santiago to hold security talks\nMarch 3, 2026\n"
      "Peru and Chile are to hold \"two plus two\" talks between their foreign and defence ministers in "
      "Chile next week, officials in Lima said on Tuesday.\n"
      "The previous meeting in this format was held in Lima in June 2023.\n");
  ASSERT_EQ(Count("dialogue"), 1) << Dump();
  EXPECT_EQ(CountRelation("round_of"), 2) << Dump();
  EXPECT_EQ(CountRelation("follows"), 1) << Dump();
}

// Without an earlier edition the talks stay one meeting of no series.
TEST_F(ExtractRounds88Test, TalksWithoutEarlierEditionMakeNoSeries) {
  Extract(
      "Lima and Santiago to hold security talks\nMarch 3, 2026\n"
      "Peru and Chile are to hold talks between their foreign and defence ministers in "
      "Chile next week, officials in Lima said on Tuesday.\n"
      "The ministers last met in June 2023, on the sidelines of a regional forum.\n");
  EXPECT_EQ(Count("dialogue"), 0) << Dump();
  EXPECT_EQ(CountRelation("round_of"), 0) << Dump();
}

// "At their summit in March ... had agreed", in a story about their summit in May: the agreement
// was reached at the earlier summit, not at the one the story reports.
TEST_F(ExtractRounds88Test, ReferenceDatedEarlierIsAnEarlierMeeting) {
  Extract(
      "Presidents meet in Lima\nMay 7, 2025\n"
      "Peruvian President Ana Souza and Chilean President Karl Brandt held a summit on Sunday in Lima.\n"
      "At their summit in March, Brandt recalled, the two sides had agreed to widen patrols along the border.\n");
  const ExtractedNode* march = Find("meeting", "summit in March");
  ASSERT_NE(march, nullptr) << Dump();
  EXPECT_EQ(march->date, "2025-03") << Dump();
  EXPECT_TRUE(HasEdge("widen patrols along the border", "agreed_at", "summit in March")) << Dump();
  EXPECT_FALSE(HasEdge("widen patrols along the border", "agreed_at", "summit between Ana Souza and Karl Brandt"))
      << Dump();
}

// A reference with the meeting's own month is that meeting.
TEST_F(ExtractRounds88Test, ReferenceDatedAsTheFocusIsTheFocus) {
  Extract(
      "Presidents meet in Lima\nMay 7, 2025\n"
      "Peruvian President Ana Souza and Chilean President Karl Brandt held a summit on Sunday in Lima.\n"
      "At their summit in May, the two sides agreed to widen patrols along the border.\n");
  EXPECT_EQ(Count("meeting"), 1) << Dump();
}

}  // namespace
}  // namespace dkg
