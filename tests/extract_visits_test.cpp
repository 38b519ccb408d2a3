// Visits, tours, meals, receptions and ceremonies as meetings of their own (helper h78).
// Each document is written for the test.
#include <gtest/gtest.h>

#include <string>

#include "tests/extract_fixture.h"

namespace dkg {
namespace {

class VisitsTest : public ExtractFixture {};

// A meal the host gives the guest on the evening before their council is a meeting of its own,
// dated the day before, held where the clause says, chaired by the host.
TEST_F(VisitsTest, DinnerTheEveningBeforeIsItsOwnMeeting) {
  Extract(
      "Portugal and Spain hold their council in Porto\nJun 4, 2026\n"
      "President Ana Souza of Portugal and Prime Minister Karl Brandt of Spain opened the 12th "
      "Portugal-Spain Council in Porto on Thursday.\n"
      "The evening before, Souza had invited Brandt to a private dinner at the Belem Palace.\n");
  const ExtractedNode* dinner = NodeNamedLike("meeting", "dinner");
  ASSERT_NE(dinner, nullptr) << Dump();
  EXPECT_EQ(dinner->date, "2026-06-03") << Dump();
  EXPECT_TRUE(HasEdge("Ana Souza", "chaired", dinner->name)) << Dump();
  EXPECT_TRUE(HasEdge("Karl Brandt", "attended", dinner->name)) << Dump();
  EXPECT_TRUE(HasEdge(dinner->name, "held_in", "Belem Palace")) << Dump();
}

// "is visiting A and B": one visit held in both countries.
TEST_F(VisitsTest, VisitToTwoCountriesIsOneVisit) {
  Extract(
      "Holm on first trip abroad\nJun 4, 2026\n"
      "Foreign Minister Lars Holm of Norway is visiting Chile and Peru this week.\n");
  const ExtractedNode* visit = NodeNamedLike("meeting", "visit");
  ASSERT_NE(visit, nullptr) << Dump();
  EXPECT_TRUE(HasEdge(visit->name, "held_in", "Chile")) << Dump();
  EXPECT_TRUE(HasEdge(visit->name, "held_in", "Peru")) << Dump();
}

// "A, who arrived in X on Monday for a trip that took him on to Y and Z": one tour of the three
// (the arrival makes the visit, the tour's words add its other stops).
TEST_F(VisitsTest, TourThatTakesHimOnward) {
  Extract(
      "Adeyemi in the Andes\nJun 10, 2026\n"
      "Minister Olu Adeyemi of Nigeria, who arrived in Peru on Monday for a trip that took him "
      "on to Chile and Bolivia, met students in Lima.\n");
  const ExtractedNode* tour = NodeNamedLike("meeting", "Peru");
  ASSERT_NE(tour, nullptr) << Dump();
  EXPECT_EQ(tour->date, "2026-06-08") << Dump();
  EXPECT_TRUE(HasEdge("Olu Adeyemi", "attended", tour->name)) << Dump();
  EXPECT_TRUE(HasEdge(tour->name, "held_in", "Chile")) << Dump();
  EXPECT_TRUE(HasEdge(tour->name, "held_in", "Bolivia")) << Dump();
}

// "the banquet which President A hosted", after "drove to <palace> for".
TEST_F(VisitsTest, ReceptionThatTheHostGave) {
  Extract(
      "Minister attends reception\nJun 4, 2026\n"
      "The minister later drove to the Ajuda Palace for the state banquet which President Ana "
      "Souza of Portugal hosted for the visiting delegations.\n");
  const ExtractedNode* reception = NodeNamedLike("meeting", "banquet");
  ASSERT_NE(reception, nullptr) << Dump();
  EXPECT_TRUE(HasEdge("Ana Souza", "chaired", reception->name)) << Dump();
  EXPECT_TRUE(HasEdge(reception->name, "held_in", "Ajuda Palace")) << Dump();
}

// "when A is inaugurated at a ceremony": the ceremony, dated by its sentence, attended by A.
TEST_F(VisitsTest, CeremonyAtWhichOfficeIsTaken) {
  Extract(
      "Chile prepares for a new president\nJun 4, 2026\n"
      "The new cycle begins on 4 July, when President-elect Mateo Ruiz of Chile is inaugurated at "
      "a ceremony in Santiago.\n");
  const ExtractedNode* ceremony = NodeNamedLike("meeting", "ceremony");
  ASSERT_NE(ceremony, nullptr) << Dump();
  EXPECT_EQ(ceremony->date, "2026-07-04") << Dump();
  EXPECT_TRUE(HasEdge("Mateo Ruiz", "attended", ceremony->name)) << Dump();
}

// Somebody who took office earlier and speaks at a ceremony makes no inauguration.
TEST_F(VisitsTest, NoCeremonyForAnEarlierTakingOfOffice) {
  Extract(
      "President speaks\nJun 4, 2026\n"
      "President Ana Souza of Portugal, who took office in May, spoke at the ceremony.\n");
  EXPECT_EQ(NodeNamedLike("meeting", "took office"), nullptr) << Dump();
}

// A heading "Closing Ceremony" and "the Plenary Session" are parts of the summit in focus, not
// meetings of their own.
TEST_F(VisitsTest, OpeningOrClosingPartsAreNoMeetings) {
  Extract(
      "Andean leaders meet in Quito\nJun 4, 2026\n"
      "The 9th Andean Leaders' Summit was held in Quito on Thursday.\n"
      "Closing Ceremony\n"
      "Remarks at the Plenary Session were given by President Ana Souza of Peru.\n");
  EXPECT_EQ(NodeNamedLike("meeting", "Ceremony"), nullptr) << Dump();
  EXPECT_EQ(NodeNamedLike("meeting", "Plenary"), nullptr) << Dump();
  EXPECT_NE(NodeNamedLike("meeting", "Summit"), nullptr) << Dump();
}

}  // namespace
}  // namespace dkg
