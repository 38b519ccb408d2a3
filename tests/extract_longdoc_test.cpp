// Long documents: what a rule finds near the end of a long story is what it finds in a short one;
// and odd input found by attacking the extractor (impossible calendar days, surnames that fold
// to an acronym title).
// (Timing is measured outside the tests: a rule that scanned every sentence for every mention of
// every meeting made a 4 MB story of many meetings take 41 s to extract instead of 9 s.)
#include <string>

#include "tests/extract_fixture.h"

namespace dkg {
namespace {

class ExtractLongDocTest : public ExtractFixture {
 protected:
  // `n` sentences, each a meeting of two officials in a city on a day.
  static std::string Filler(int n) {
    std::string text;
    for (int i = 0; i < n; ++i) {
      text += "Foreign Minister Lena Farr" + std::to_string(i % 40) + " met Trade Minister Omar Quist" +
              std::to_string(i % 30) + " in Nairobi on " + std::to_string(i % 28 + 1) + " May 2021. ";
    }
    return text;
  }
};

// The earlier occasion named after a long run of other sentences is still found.
TEST_F(ExtractLongDocTest, ThePrecedingRoundAfterManySentences) {
  Extract(
      "Ghana and Peru hold trade talks\n"
      "Mar 4, 2026\n"
      "The 6th Ghana-Peru Trade Dialogue was held in Accra on Tuesday. " +
      Filler(300) + "The preceding round was held in Lima in May 2024.\n");
  bool follows = false;
  for (const auto& e : graph_.edges) {
    if (e.relation == "follows" && graph_.nodes[e.source].name == "6th Ghana-Peru Trade Dialogue") {
      EXPECT_TRUE(HasEdge(graph_.nodes[e.target].name, "round_of", "Ghana-Peru Trade Dialogue")) << Dump();
      follows = true;
    }
  }
  EXPECT_TRUE(follows) << Dump();
}

// A day the calendar does not have is no day: "30 February 2023" dates the round to its month,
// not to an ISO day nothing can read; 29 February of a leap year is a day.
TEST_F(ExtractLongDocTest, ADayTheCalendarLacksIsNoDay) {
  Extract(
      "Ghana and Peru hold trade talks\n"
      "Mar 4, 2026\n"
      "The 2nd Ghana-Peru Trade Dialogue was held in Accra on 30 February 2023.\n");
  const ExtractedNode* round = Find("meeting", "2nd Ghana-Peru Trade Dialogue");
  ASSERT_NE(round, nullptr) << Dump();
  EXPECT_EQ(round->date, "2023-02") << Dump();
  Extract(
      "Ghana and Peru hold trade talks\n"
      "Mar 4, 2026\n"
      "The 2nd Ghana-Peru Trade Dialogue was held in Accra on 29 February 2024.\n");
  round = Find("meeting", "2nd Ghana-Peru Trade Dialogue");
  ASSERT_NE(round, nullptr) << Dump();
  EXPECT_EQ(round->date, "2024-02-29") << Dump();
}

// An acronym title is matched only as written: the surname "Moss" is not the plural of "MoS"
// (Minister of State), nor "Mos" that title folded; "MoS" as written is still the title.
TEST_F(ExtractLongDocTest, ASurnameIsNoFoldedAcronymTitle) {
  Extract(
      "Ghana receives an envoy\n"
      "Mar 4, 2026\n"
      "Ambassador Tia Moss met President Kofi Ansah in Accra. "
      "Ambassador Lars Mos met him the next day.\n");
  EXPECT_NE(Find("official", "Tia Moss"), nullptr) << Dump();
  EXPECT_NE(Find("official", "Lars Mos"), nullptr) << Dump();
  Extract(
      "India and Ghana hold talks\n"
      "Mar 4, 2026\n"
      "MoS Ravi Menon met President Kofi Ansah in Accra.\n");
  const ExtractedNode* menon = Find("official", "Ravi Menon");
  ASSERT_NE(menon, nullptr) << Dump();
  auto title = menon->attrs.find("title");
  ASSERT_NE(title, menon->attrs.end()) << Dump();
  EXPECT_EQ(title->second, "MoS") << Dump();  // the title as written
}

}  // namespace
}  // namespace dkg
