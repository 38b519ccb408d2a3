// Bilateral reporting the s129 work set showed unread (helper h129): one person's two offices
// joined by "and", and the numbered rounds of a series told of around the round in focus (one
// still to come, one held "in Tacna, Peru,"). Each on a document written for the test.
#include <gtest/gtest.h>

#include <string>

#include "tests/extract_fixture.h"

namespace dkg {
namespace {

class ExtractBilateral129Test : public ExtractFixture {};

// "Peru's Deputy Prime Minister and Foreign Minister Karl Brandt" is one official holding two
// offices: Peru's, and the other side of the call.
TEST_F(ExtractBilateral129Test, TwoOfficesJoinedByAndAreOnePersonsWithTheCountryBeforeThem) {
  Extract(
      "Chile and Peru talk by phone\nMar 3, 2027\n"
      "Chilean Foreign Minister Ana Souza spoke by telephone on Wednesday with Peru's Deputy Prime "
      "Minister and Foreign Minister Karl Brandt, the ministry said.\n");
  EXPECT_TRUE(HasEdge("Karl Brandt", "represents", "Peru")) << Dump();
  const ExtractedNode* call = NodeNamedLike("meeting", "Karl Brandt");
  ASSERT_NE(call, nullptr) << Dump();
  EXPECT_TRUE(HasEdge("Ana Souza", "attended", call->name)) << Dump();
  EXPECT_TRUE(HasEdge("Karl Brandt", "attended", call->name)) << Dump();
  EXPECT_EQ(call->date, "2027-03-03") << Dump();
}

// A name before "and" is another person: the second official does not take the first one's
// country from "of Chile".
TEST_F(ExtractBilateral129Test, ANameBeforeAndIsAnotherPersonsNotASecondOffice) {
  Extract(
      "Peru and Chile talk trade\nMar 3, 2027\n"
      "President Olga Ruiz of Chile and Foreign Minister Karl Brandt of Peru held talks in "
      "Arica.\n");
  EXPECT_TRUE(HasEdge("Karl Brandt", "represents", "Peru")) << Dump();
  EXPECT_FALSE(HasEdge("Karl Brandt", "represents", "Chile")) << Dump();
}

// In a story about a numbered round, "the fifth round will take place in Chile in 2029" is the
// series' next round, held and dated there and then, which follows the round in focus; "The
// previous round ... was held in Tacna, Peru, in May 2024" is the one before it.
TEST_F(ExtractBilateral129Test, RoundsBeforeAndAfterTheRoundInFocusJoinItsSeries) {
  Extract(
      "Peru and Chile hold fourth Joint Council in Arica\nMar 3, 2027\n"
      "The fourth round of the Peru-Chile Joint Council was held in Arica on Monday.\n"
      "The previous round of the council was held in Tacna, Peru, in May 2024, and the fifth round "
      "will take place in Chile in 2029.\n");
  const std::string focus = "fourth round of the Peru-Chile Joint Council";
  ASSERT_NE(Find("meeting", focus), nullptr) << Dump();
  const ExtractedNode* next = NodeNamedLike("meeting", "fifth round");
  ASSERT_NE(next, nullptr) << Dump();
  EXPECT_EQ(next->date, "2029") << Dump();
  EXPECT_TRUE(HasEdge(next->name, "round_of", "Peru-Chile Joint Council")) << Dump();
  EXPECT_TRUE(HasEdge(next->name, "held_in", "Chile")) << Dump();
  EXPECT_TRUE(HasEdge(next->name, "follows", focus)) << Dump();
  const ExtractedNode* before = NodeNamedLike("meeting", "previous round");
  ASSERT_NE(before, nullptr) << Dump();
  EXPECT_EQ(before->date, "2024-05") << Dump();
  EXPECT_TRUE(HasEdge(before->name, "held_in", "Tacna")) << Dump();
  EXPECT_TRUE(HasEdge(focus, "follows", before->name)) << Dump();
}

// A later number told in the past tense counts another way: no round still to come is made of
// it, and an earlier number told in the future is none either.
TEST_F(ExtractBilateral129Test, ALaterRoundNeedsTheFutureTense) {
  Extract(
      "Peru and Chile hold fourth Joint Council in Arica\nMar 3, 2027\n"
      "The fourth round of the Peru-Chile Joint Council was held in Arica on Monday.\n"
      "Officials recalled that the sixth round took place in Lima in 2018.\n"
      "They said the third round will take place in Quito in 2029.\n");
  EXPECT_EQ(NodeNamedLike("meeting", "sixth round"), nullptr) << Dump();
  EXPECT_FALSE(
      HasEdge("third round of Peru-Chile Joint Council", "round_of", "Peru-Chile Joint Council"))
      << Dump();
}

// "held talks there with her Peruvian counterpart, Karl Brandt": the counterpart's name begins
// five words after "with"; the talks are a meeting of their own beside the visit.
TEST_F(ExtractBilateral129Test, TalksWithACounterpartNamedInAppositionAreAMeetingOfTheirOwn) {
  Extract(
      "Chile's Ruiz opens state visit to Peru\nMar 3, 2027\n"
      "Chilean President Olga Ruiz was welcomed at Government Palace on Wednesday at the start of "
      "a "
      "state visit to Peru.\n"
      "Ruiz then held talks there with her Peruvian counterpart, Karl Brandt, on trade and "
      "energy.\n");
  const ExtractedNode* talks = NodeNamedLike("meeting", "Karl Brandt");
  ASSERT_NE(talks, nullptr) << Dump();
  EXPECT_TRUE(HasEdge("Olga Ruiz", "attended", talks->name)) << Dump();
  EXPECT_TRUE(HasEdge("Karl Brandt", "attended", talks->name)) << Dump();
  const ExtractedNode* visit = NodeNamedLike("meeting", "visit");
  ASSERT_NE(visit, nullptr) << Dump();
  EXPECT_FALSE(HasEdge("Karl Brandt", "attended", visit->name)) << Dump();
}

// A dateline's town in capitals that no gazetteer knows is a place, named as prose names it, and
// "here" holds the meeting there; a body in capitals opening a sentence is no dateline.
TEST_F(ExtractBilateral129Test, AnUnknownTownInADatelineIsWhereHereIs) {
  Extract(
      "Peru and Chile close Joint Council\nMar 3, 2027\n"
      "PUERTO MONTT, March 3 - The 7th Session of the Chile-Peru Joint Council on Trade ended here "
      "on "
      "Monday.\n");
  ASSERT_NE(Find("place", "Puerto Montt"), nullptr) << Dump();
  EXPECT_TRUE(
      HasEdge("7th Session of the Chile-Peru Joint Council on Trade", "held_in", "Puerto Montt"))
      << Dump();
  Extract(
      "Peru and Chile close Joint Council\nMar 3, 2027\n"
      "UNCTAD said on Monday that the 7th Session of the Chile-Peru Joint Council on Trade "
      "ended.\n");
  EXPECT_EQ(NodeNamedLike("place", "UNCTAD"), nullptr) << Dump();
}

// "A met B on the sidelines of the dialogue on Saturday, and the two agreed ...": the agreement is
// their meeting's, and the dialogue named on Saturday is the numbered one that opened on Friday.
TEST_F(ExtractBilateral129Test,
       OnTheSidelinesTheAgreementIsTheBilateralMeetingsAndTheDialogueIsOne) {
  Extract(
      "Peru and Chile defence ministers meet in Cusco\nMar 6, 2027\n"
      "Peruvian Defence Minister Ana Souza met her Chilean counterpart Karl Brandt on the "
      "sidelines "
      "of the Andean Security Dialogue on Saturday, and the two agreed to hold joint naval "
      "exercises.\n"
      "The 9th Andean Security Dialogue opened on Friday in Cusco and runs until Sunday.\n");
  const ExtractedNode* talks = NodeNamedLike("meeting", "Karl Brandt");
  ASSERT_NE(talks, nullptr) << Dump();
  const ExtractedNode* deal = NodeNamedLike("agreement", "naval exercises");
  ASSERT_NE(deal, nullptr) << Dump();
  EXPECT_TRUE(HasEdge(deal->name, "agreed_at", talks->name)) << Dump();
  EXPECT_FALSE(HasEdge(deal->name, "agreed_at", "9th Andean Security Dialogue")) << Dump();
  int forums = 0;
  for (const auto& n : graph_.nodes)
    forums += n.kind == "meeting" && n.name.find("Security Dialogue") != std::string::npos;
  EXPECT_EQ(forums, 1) << Dump();
}

// "The Peruvian delegation was led by A, and the Chilean side by B": each serves the country
// whose delegation they lead, and attends the round in focus.
TEST_F(ExtractBilateral129Test, TheHeadOfACountrysDelegationServesThatCountry) {
  Extract(
      "Peru and Chile consult\nMar 3, 2027\n"
      "The third round of political consultations between Peru and Chile took place in Lima on "
      "Monday.\n"
      "The Peruvian delegation was led by Vice Minister Ana Souza, and the Chilean side by "
      "Under-Secretary Karl Brandt.\n");
  EXPECT_TRUE(HasEdge("Ana Souza", "represents", "Peru")) << Dump();
  EXPECT_TRUE(HasEdge("Karl Brandt", "represents", "Chile")) << Dump();
  EXPECT_FALSE(HasEdge("Ana Souza", "represents", "Chile")) << Dump();
  const std::string round = "third round of political consultations between Peru and Chile";
  EXPECT_TRUE(HasEdge("Ana Souza", "attended", round)) << Dump();
  EXPECT_TRUE(HasEdge("Karl Brandt", "attended", round)) << Dump();
}

// A gulf named after a country is a region, not that country; the country named alone still is.
TEST_F(ExtractBilateral129Test, AGulfNamedAfterACountryIsARegion) {
  Extract(
      "Peru and Ghana talk\nMar 3, 2027\n"
      "President Ana Souza of Peru met Ghanaian Foreign Minister Kofi Mensah in Accra on Monday to "
      "discuss piracy in the Gulf of Guinea.\n");
  EXPECT_NE(Find("region", "Gulf of Guinea"), nullptr) << Dump();
  EXPECT_EQ(Find("country", "Guinea"), nullptr) << Dump();
  Extract(
      "Peru and Guinea talk\nMar 3, 2027\n"
      "President Ana Souza of Peru spoke about trade with Guinea and the Gulf of Mexico.\n");
  EXPECT_NE(Find("country", "Guinea"), nullptr) << Dump();
  EXPECT_EQ(Find("country", "Mexico"), nullptr) << Dump();
}

}  // namespace
}  // namespace dkg
