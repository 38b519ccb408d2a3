// A series' acronym defined in brackets names the same series later (h73).
#include <gtest/gtest.h>

#include <string>

#include "tests/extract_fixture.h"

namespace dkg {
namespace {

class ExtractSeriesAcronymTest : public ExtractFixture {
 protected:
  int Count(const std::string& kind) const {
    int n = 0;
    for (const auto& node : graph_.nodes) n += node.kind == kind;
    return n;
  }
};

// "the Chile-Kenya Mining and Energy Forum (MEF)" and "the 3rd MEF ministerial meeting" are one
// series, so the numbered round is one meeting.
TEST_F(ExtractSeriesAcronymTest, AcronymInBracketsNamesTheSameSeries) {
  Extract(
      "Chile and Kenya hold mining talks\nMarch 4, 2025\n"
      "Chile and Kenya held the third ministerial meeting of the Chile-Kenya Mining and Energy Forum (MEF) "
      "in Nairobi on Tuesday.\n"
      "Results of the 3rd MEF ministerial meeting\n"
      "The ministers agreed to meet again next year.\n");
  EXPECT_EQ(Count("meeting"), 1) << Dump();
  EXPECT_EQ(Count("dialogue"), 1) << Dump();
}

// Letters that are not the name's initials define nothing: "(WTO)" after a forum's name is
// another body, and the "WTO ministerial meeting" is no round of the forum.
TEST_F(ExtractSeriesAcronymTest, BracketedWordThatIsNotTheInitialsIsNoAcronym) {
  Extract(
      "Chile and Kenya hold mining talks\nMarch 4, 2025\n"
      "Chile and Kenya held the third ministerial meeting of the Chile-Kenya Mining and Energy Forum (WTO) "
      "in Nairobi on Tuesday.\n"
      "Results of the 3rd WTO ministerial meeting\n");
  EXPECT_EQ(Count("dialogue"), 2) << Dump();
}

}  // namespace
}  // namespace dkg
