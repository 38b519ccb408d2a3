// h167: phrasings left open last session, each read the way reporting phrases it in general
// (a numbered earlier edition named by its series, a dialogue launched during a visit, an occasion
// hosted with no guest named and "the reception" referring back to it), on sentences of our own.
#include "tests/extract_fixture.h"

namespace dkg {
namespace {

class ExtractPhrasings167Test : public ExtractFixture {};

// "Its first round took place in Riga in November 2024", in a story about the second round: round
// 1 of the series in focus, named as its rounds are (not "first round in Riga"), held there, and
// the round in focus follows it.
TEST_F(ExtractPhrasings167Test, NumberedEarlierEditionIsNamedAsTheSeriesRounds) {
  Extract(
      "Peru and Latvia hold dialogue\n"
      "Mar 3, 2027\n"
      "LIMA, March 3 - Peru and Latvia held the second round of their Political Dialogue in Lima "
      "on Tuesday.\n"
      "Its first round took place in Riga in November 2024.\n");
  const ExtractedNode* first = NodeNamedLike("meeting", "first round");
  ASSERT_NE(first, nullptr) << Dump();
  EXPECT_NE(first->name.find("Political Dialogue"), std::string::npos) << Dump();
  EXPECT_EQ(first->date, "2024-11") << Dump();
  EXPECT_TRUE(HasEdge(first->name, "held_in", "Riga")) << Dump();
  EXPECT_TRUE(HasEdge(first->name, "round_of", "Latvia-Peru Political Dialogue")) << Dump();
  const ExtractedNode* second = NodeNamedLike("meeting", "second round");
  ASSERT_NE(second, nullptr) << Dump();
  EXPECT_TRUE(HasEdge(second->name, "follows", first->name)) << Dump();
}

// The same words with no series in focus still make the edition, named by its place.
TEST_F(ExtractPhrasings167Test, NumberedEditionWithNoSeriesInFocusKeepsItsPlaceName) {
  Extract(
      "Forum notes\n"
      "Mar 3, 2027\n"
      "Its first session was held in Quito in May 2021.\n");
  const ExtractedNode* first = NodeNamedLike("meeting", "first session");
  ASSERT_NE(first, nullptr) << Dump();
  EXPECT_TRUE(HasEdge(first->name, "held_in", "Quito")) << Dump();
}

// "The dialogue was launched during a visit to Riga by Peru's Foreign Minister A in June 2023":
// the visit is a meeting of its own, held in Riga and dated June 2023, which A attends, and the
// dialogue was announced there.
TEST_F(ExtractPhrasings167Test, DialogueLaunchedDuringAVisitByAnOfficial) {
  Extract(
      "Peru and Latvia hold dialogue\n"
      "Mar 3, 2027\n"
      "LIMA, March 3 - Peru and Latvia held the second round of their Political Dialogue in Lima "
      "on Tuesday.\n"
      "The dialogue was launched during a visit to Riga by Peru's Foreign Minister Rosa Vela in "
      "June 2023.\n");
  const ExtractedNode* visit = NodeNamedLike("meeting", "visit");
  ASSERT_NE(visit, nullptr) << Dump();
  EXPECT_EQ(visit->date, "2023-06") << Dump();
  EXPECT_TRUE(HasEdge("Rosa Vela", "attended", visit->name)) << Dump();
  EXPECT_TRUE(HasEdge(visit->name, "held_in", "Riga")) << Dump();
  EXPECT_TRUE(HasEdge("Latvia-Peru Political Dialogue", "announced_at", visit->name)) << Dump();
  // The one who travelled then holds no role at the round the story reports.
  EXPECT_FALSE(HasEdge("Rosa Vela", "attended", NodeNamedLike("meeting", "second round")->name)) << Dump();
}

// The same with the visitor's possessive: "during President A's state visit to Lima".
TEST_F(ExtractPhrasings167Test, DialogueSetUpDuringAVisitorsStateVisit) {
  Extract(
      "Energy dialogue meets\n"
      "Mar 3, 2027\n"
      "The Chile-Ghana Energy Dialogue was set up in 2019 during President Kofi Boateng's state "
      "visit to Santiago.\n");
  const ExtractedNode* visit = NodeNamedLike("meeting", "visit");
  ASSERT_NE(visit, nullptr) << Dump();
  EXPECT_TRUE(HasEdge("Kofi Boateng", "attended", visit->name)) << Dump();
  EXPECT_TRUE(HasEdge(visit->name, "held_in", "Santiago")) << Dump();
  const ExtractedNode* dialogue = NodeNamedLike("dialogue", "Energy Dialogue");
  ASSERT_NE(dialogue, nullptr) << Dump();
  EXPECT_TRUE(HasEdge(dialogue->name, "announced_at", visit->name)) << Dump();
}

// A launch with nobody named as travelling makes no visit, and another verb than a launch
// announces nothing.
TEST_F(ExtractPhrasings167Test, NoVisitWithoutAVisitorOrALaunch) {
  Extract(
      "Energy dialogue meets\n"
      "Mar 3, 2027\n"
      "The Chile-Ghana Energy Dialogue was launched during a visit to Santiago, the ministry said.\n"
      "The Chile-Ghana Energy Dialogue was discussed during a visit to Accra by Foreign Minister "
      "Ama Owusu.\n");
  EXPECT_EQ(NodeNamedLike("meeting", "visit to Santiago"), nullptr) << Dump();
  for (const auto& e : graph_.edges) EXPECT_NE(e.relation, "announced_at") << Dump();
}

}  // namespace
}  // namespace dkg
