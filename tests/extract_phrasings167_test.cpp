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

// "President A hosted a reception at the Government Palace in honour of the visiting minister.
// Vice-President B and Minister C attended the reception.": the reception is a meeting of its own,
// which A chairs (as one who hosts for the host side) and which is held at the palace; "the
// reception" refers back to it, so B and C attend it, and A holds no role at the visit.
TEST_F(ExtractPhrasings167Test, ReceptionHostedThenAttendedByOthers) {
  Extract(
      "Latvian minister in Peru\n"
      "Mar 3, 2027\n"
      "LIMA, March 3 - Latvian Foreign Minister Ilze Kalnina began an official visit to Peru on "
      "Monday.\n"
      "In the evening, President Rosa Vela hosted a reception at the Government Palace in honour "
      "of the visiting minister. Vice-President Tomas Mora and Minister Kalnina attended the "
      "reception.\n");
  const ExtractedNode* reception = NodeNamedLike("meeting", "reception");
  ASSERT_NE(reception, nullptr) << Dump();
  EXPECT_TRUE(HasEdge("Rosa Vela", "chaired", reception->name)) << Dump();
  EXPECT_TRUE(HasEdge(reception->name, "held_in", "Government Palace")) << Dump();
  EXPECT_TRUE(HasEdge("Tomas Mora", "attended", reception->name)) << Dump();
  EXPECT_TRUE(HasEdge("Ilze Kalnina", "attended", reception->name)) << Dump();
  const ExtractedNode* visit = NodeNamedLike("meeting", "visit");
  ASSERT_NE(visit, nullptr) << Dump();
  EXPECT_FALSE(HasEdge("Rosa Vela", "chaired", visit->name)) << Dump();
  EXPECT_FALSE(HasEdge("Tomas Mora", "attended", visit->name)) << Dump();
}

// The passive: "The banquet was attended by B" after "King A gave a state banquet".
TEST_F(ExtractPhrasings167Test, BanquetGivenThenAttendedInThePassive) {
  Extract(
      "State visit\n"
      "Mar 3, 2027\n"
      "King Harald Lund gave a state banquet at the Royal Palace on Tuesday. The banquet was "
      "attended by Prime Minister Ola Berg.\n");
  const ExtractedNode* banquet = NodeNamedLike("meeting", "banquet");
  ASSERT_NE(banquet, nullptr) << Dump();
  EXPECT_TRUE(HasEdge("Harald Lund", "chaired", banquet->name)) << Dump();
  EXPECT_TRUE(HasEdge("Ola Berg", "attended", banquet->name)) << Dump();
}

// A guest named after the occasion is `held-occasion-for`'s one meeting, not a second one; and
// "attended the reception" with no reception told before makes none.
TEST_F(ExtractPhrasings167Test, OccasionForANamedGuestIsOneMeetingAndNoReceptionFromNothing) {
  Extract(
      "Farewell\n"
      "Mar 3, 2027\n"
      "President Ana Souza hosted a farewell lunch at the Belem Palace for Ambassador Karl Brandt.\n");
  int lunches = 0;
  for (const auto& n : graph_.nodes) lunches += n.kind == "meeting" && n.name.find("lunch") != std::string::npos;
  EXPECT_EQ(lunches, 1) << Dump();
  Extract(
      "Minister visits Peru\n"
      "Mar 3, 2027\n"
      "Foreign Minister Ilze Kalnina held talks with Foreign Minister Jorge Salas in Lima on "
      "Monday. Vice-President Tomas Mora attended the reception.\n");
  EXPECT_EQ(NodeNamedLike("meeting", "reception"), nullptr) << Dump();
}

// "The two presidents agreed to set up an intergovernmental commission on trade, whose first
// session will take place in Accra next year": a series of the two sides of the call in focus,
// announced at it, whose first session (round 1, still to come) is held in Accra. "which would
// meet for the first time in Valparaiso" says the same.
TEST_F(ExtractPhrasings167Test, BodySetUpWithItsFirstSessionPlaced) {
  Extract(
      "Chile and Ghana leaders hold video call\n"
      "Mar 3, 2027\n"
      "SANTIAGO, March 3 - President Ana Souza of Chile and President Kwame Mensah of Ghana held "
      "a video call on Tuesday.\n"
      "The two presidents agreed to set up an intergovernmental commission on trade and "
      "investment, whose first session will take place in Accra next year.\n"
      "They also agreed to establish a joint ministerial committee on fisheries, which would meet "
      "for the first time in Valparaiso before the end of the year.\n");
  const ExtractedNode* call = NodeNamedLike("meeting", "call");
  ASSERT_NE(call, nullptr) << Dump();
  const ExtractedNode* commission = NodeNamedLike("dialogue", "intergovernmental commission");
  ASSERT_NE(commission, nullptr) << Dump();
  EXPECT_TRUE(HasEdge(commission->name, "announced_at", call->name)) << Dump();
  const ExtractedNode* session = NodeNamedLike("meeting", "first session of the intergovernmental");
  ASSERT_NE(session, nullptr) << Dump();
  EXPECT_TRUE(HasEdge(session->name, "round_of", commission->name)) << Dump();
  EXPECT_TRUE(HasEdge(session->name, "held_in", "Accra")) << Dump();
  EXPECT_EQ(session->date, "2028") << Dump();
  const ExtractedNode* committee = NodeNamedLike("dialogue", "joint ministerial committee");
  ASSERT_NE(committee, nullptr) << Dump();
  const ExtractedNode* first = NodeNamedLike("meeting", "first session of the joint");
  ASSERT_NE(first, nullptr) << Dump();
  EXPECT_TRUE(HasEdge(first->name, "round_of", committee->name)) << Dump();
  EXPECT_TRUE(HasEdge(first->name, "held_in", "Valparaiso")) << Dump();  // as the story spells it (h168)
}

// A body with no session told is no series, and one set up in a story with no meeting of two
// sides in focus has no sides to be named by: no series either.
TEST_F(ExtractPhrasings167Test, NoSeriesWithoutASessionOrTwoSides) {
  Extract(
      "Chile and Ghana leaders hold video call\n"
      "Mar 3, 2027\n"
      "SANTIAGO, March 3 - President Ana Souza of Chile and President Kwame Mensah of Ghana held "
      "a video call on Tuesday.\n"
      "The two presidents agreed to set up a joint fund on trade and investment, whose first "
      "grants will be paid in Accra next year.\n");
  EXPECT_EQ(NodeNamedLike("dialogue", "fund"), nullptr) << Dump();
  Extract(
      "Commission planned\n"
      "Mar 3, 2027\n"
      "The ministry said it would set up a joint commission on ports, whose first session will "
      "take place in Accra next year.\n");
  EXPECT_EQ(NodeNamedLike("dialogue", "commission"), nullptr) << Dump();
}

// "In September next year, the next session will take place in Santiago": the year is written
// (counted from the story's), so the next session is of September of next year, not of this one.
TEST_F(ExtractPhrasings167Test, NextSessionInAMonthOfNextYear) {
  Extract(
      "Chile and Peru hold joint commission\n"
      "Mar 3, 2027\n"
      "LIMA, March 3 - The fifth session of the Chile-Peru Joint Commission was held in Lima on "
      "Tuesday.\n"
      "In September next year, the next session will take place in Santiago.\n");
  const ExtractedNode* next = NodeNamedLike("meeting", "next session");
  ASSERT_NE(next, nullptr) << Dump();
  EXPECT_EQ(next->date, "2028-09") << Dump();
  // Without "next year" the month is the first September on or after the story's day.
  Extract(
      "Chile and Peru hold joint commission\n"
      "Mar 3, 2027\n"
      "LIMA, March 3 - The fifth session of the Chile-Peru Joint Commission was held in Lima on "
      "Tuesday.\n"
      "In September, the next session will take place in Santiago.\n");
  next = NodeNamedLike("meeting", "next session");
  ASSERT_NE(next, nullptr) << Dump();
  EXPECT_EQ(next->date, "2027-09") << Dump();
}

// A session to come that a pattern reads in passing is another occasion than the encounter an
// "X met Y" rule reads on the same day: the ministers' talks in Lima do not become the
// commission's first session in Oslo (MergeImplicitIntoNamed leaves editions aside).
TEST_F(ExtractPhrasings167Test, TalksAreNotMergedIntoAFirstSessionToCome) {
  Extract(
      "Peru and Norway ministers meet in Lima\n"
      "Mar 3, 2027\n"
      "LIMA, March 3 - Foreign Minister Ana Souza of Peru met Foreign Minister Lars Berg of Norway "
      "in Lima on Tuesday.\n"
      "The two ministers agreed to set up a joint commission on fisheries, whose first session will "
      "take place in Oslo.\n");
  const ExtractedNode* session = NodeNamedLike("meeting", "first session of the joint commission");
  ASSERT_NE(session, nullptr) << Dump();
  EXPECT_TRUE(HasEdge(session->name, "held_in", "Oslo")) << Dump();
  EXPECT_FALSE(HasEdge(session->name, "held_in", "Lima")) << Dump();
  EXPECT_FALSE(HasEdge("Ana Souza", "attended", session->name)) << Dump();
  const ExtractedNode* talks = NodeNamedLike("meeting", "Souza's meeting with Lars Berg");
  ASSERT_NE(talks, nullptr) << Dump();
  EXPECT_TRUE(HasEdge("Ana Souza", "attended", talks->name)) << Dump();
  EXPECT_TRUE(HasEdge(talks->name, "held_in", "Lima")) << Dump();
}

}  // namespace
}  // namespace dkg
