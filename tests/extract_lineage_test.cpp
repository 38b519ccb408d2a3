// A story's meeting in its series and its headline (h65): the meeting just before it
// (`follows`), and the people and place a headline gives the meeting the body names again.

#include <gtest/gtest.h>

#include "tests/extract_fixture.h"

namespace dkg {
namespace {

class ExtractLineageTest : public ExtractFixture {
 protected:
  // The meetings `meeting` follows.
  std::vector<const ExtractedNode*> Followed(const std::string& meeting) const {
    std::vector<const ExtractedNode*> out;
    for (const auto& e : graph_.edges) {
      if (e.relation == "follows" && graph_.nodes[e.source].name == meeting) out.push_back(&graph_.nodes[e.target]);
    }
    return out;
  }
  std::vector<std::string> Follows(const std::string& meeting) const {
    std::vector<std::string> out;
    for (const ExtractedNode* n : Followed(meeting)) out.push_back(n->name);
    return out;
  }
};

// "A and B open the 12th X Council in C": the headline's officials attend that round, held in C,
// and it is the round the body names, not a meeting of its own.
TEST_F(ExtractLineageTest, HeadlineOfficialsOpenTheBodysNumberedSession) {
  Extract(
      "Ruiz and Okafor open 12th Peru-Nigeria Joint Council in Arequipa\n"
      "Jun 12, 2026\n"
      "Peruvian President Ana Ruiz and Nigerian President Bola Okafor began a day of talks on Friday. "
      "The 12th Peru-Nigeria Joint Council, the first since 2021, is expected to adopt five action plans.\n");
  const std::string council = "12th Peru-Nigeria Joint Council";
  ASSERT_NE(Find("meeting", council), nullptr) << Dump();
  EXPECT_TRUE(HasEdge("Bola Okafor", "attended", council) || HasEdge("Bola Okafor", "chaired", council)) << Dump();
  EXPECT_TRUE(HasEdge("Ana Ruiz", "attended", council) || HasEdge("Ana Ruiz", "chaired", council)) << Dump();
  EXPECT_TRUE(HasEdge(council, "held_in", "Arequipa")) << Dump();
}

TEST_F(ExtractLineageTest, HeadlinePraiseIsNoAttendance) {
  Extract(
      "Ruiz and Okafor praise 12th Peru-Nigeria Joint Council in Arequipa\n"
      "Jun 12, 2026\n"
      "The 12th Peru-Nigeria Joint Council is expected to adopt five action plans, officials said.\n");
  EXPECT_FALSE(HasRole("Ruiz", "attended")) << Dump();
  EXPECT_FALSE(HasRole("Okafor", "attended")) << Dump();
}

// "The previous annual summit was held in Santiago": the story's summit follows it, also when
// the story's mention of "a three-day annual summit" was merged into the numbered round.
TEST_F(ExtractLineageTest, TheStorysSummitFollowsThePreviousOne) {
  Extract(
      "Peru and Chile leaders meet for annual summit\n"
      "Mar 4, 2026\n"
      "Chilean President Marta Rojas arrived in Lima on Wednesday for a three-day annual summit. "
      "The 9th Peru-Chile Annual Summit was held at the Torre Tagle Palace on Wednesday. "
      "The previous annual summit was held in Santiago in June 2024.\n");
  const std::string summit = "9th Peru-Chile Annual Summit";
  ASSERT_NE(Find("meeting", summit), nullptr) << Dump();
  auto before = Followed(summit);
  ASSERT_EQ(before.size(), 1u) << Dump();
  EXPECT_EQ(before.front()->date, "2024-06") << Dump();
}

// "The preceding round was held in X": an earlier occasion named with no series is a round of
// the series of the meeting in focus, and that meeting follows it.
TEST_F(ExtractLineageTest, ThePrecedingRoundIsOfTheFocusSeries) {
  Extract(
      "Brazil and Kenya hold trade talks\n"
      "Mar 4, 2026\n"
      "The 4th Brazil-Kenya Trade Dialogue was held in Nairobi on Tuesday. "
      "The preceding round was held in Brasilia in May 2024.\n");
  auto before = Follows("4th Brazil-Kenya Trade Dialogue");
  ASSERT_EQ(before.size(), 1u) << Dump();
  EXPECT_TRUE(HasEdge(before.front(), "round_of", "Brazil-Kenya Trade Dialogue")) << Dump();
}

// A later occasion is no earlier one: "the next round will be held in X in 2027".
TEST_F(ExtractLineageTest, TheNextRoundIsNotFollowed) {
  Extract(
      "Brazil and Kenya hold trade talks\n"
      "Mar 4, 2026\n"
      "The 4th Brazil-Kenya Trade Dialogue was held in Nairobi on Tuesday. "
      "The next round will be held in Brasilia in May 2027.\n");
  EXPECT_TRUE(Follows("4th Brazil-Kenya Trade Dialogue").empty()) << Dump();
}

// A series a story reports a round of was announced at the other meeting of the sentence that
// says it was set up, not at the story's round.
TEST_F(ExtractLineageTest, ASeriesIsAnnouncedAtTheMeetingThatSetItUp) {
  Extract(
      "Peru and Ghana hold third Peru-Ghana Energy Dialogue\n"
      "Mar 4, 2026\n"
      "The third round of the Peru-Ghana Energy Dialogue opened in Accra on Tuesday. "
      "President Ana Ruiz and President Kofi Mensah agreed to set up the Peru-Ghana Energy Dialogue "
      "when they met in Lima in 2023.\n");
  bool announced = false;
  for (const auto& e : graph_.edges) {
    if (e.relation != "announced_at" || graph_.nodes[e.source].name != "Peru-Ghana Energy Dialogue") continue;
    EXPECT_EQ(graph_.nodes[e.target].date, "2023") << Dump();
    announced = true;
  }
  EXPECT_TRUE(announced) << Dump();
}

}  // namespace
}  // namespace dkg
