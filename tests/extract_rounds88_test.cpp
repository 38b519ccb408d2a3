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

}  // namespace
}  // namespace dkg
