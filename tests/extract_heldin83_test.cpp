// held_in and meeting dates, round h83: itineraries, ", where" clauses, a date inside a visit's
// sentence, part-of-year dates. Every sentence here is written for the test.
#include "tests/extract_fixture.h"

namespace dkg {
namespace {

class HeldIn83 : public ExtractFixture {};

// "PLACE, where she will meet A": the meeting of the clause after "where" is held at that place,
// not at the story's latest place.
TEST_F(HeldIn83, WhereClauseAfterPlaceHoldsTheMeeting) {
  Extract(
      "Minister's tour\n"
      "Apr 14, 2025\n"
      "Foreign Minister Ana Ruiz of Peru flew to Quito on Monday.\n"
      "On Tuesday she moves on to Bogota, where she will meet Colombian Foreign Minister Luis Gil.\n");
  const auto* m = NodeNamedLike("meeting", "Gil");
  ASSERT_NE(m, nullptr) << Dump();
  EXPECT_TRUE(HasEdge(m->name, "held_in", "Bogota")) << Dump();  // as the story spells it
  EXPECT_FALSE(HasEdge(m->name, "held_in", "Quito")) << Dump();
}

// The same with the place named as "the X capital" and a time between it and the comma.
TEST_F(HeldIn83, WhereClauseAfterACapitalAndATime) {
  Extract(
      "Minister's tour\n"
      "Apr 14, 2025\n"
      "Foreign Minister Ana Ruiz of Peru flew to Quito on Monday.\n"
      "For that reason she is joining President Luis Arce on a trip to the Colombian capital this "
      "evening, where she will meet her counterpart Jorge Gil and President Gustavo Petro.\n");
  const auto* m = NodeNamedLike("meeting", "Gil");
  ASSERT_NE(m, nullptr) << Dump();
  EXPECT_TRUE(HasEdge(m->name, "held_in", "Bogotá")) << Dump();
  EXPECT_FALSE(HasEdge(m->name, "held_in", "Quito")) << Dump();
}

// A capitalised word between the place and the comma is not this shape.
TEST_F(HeldIn83, WhereAfterANameIsNotThePlace) {
  Extract(
      "Minister's tour\n"
      "Apr 14, 2025\n"
      "Ana Ruiz, the Foreign Minister of Peru, praised trade with Bogota Holdings, where she will "
      "meet Colombian Foreign Minister Luis Gil next month.\n");
  // Whatever meeting the sentence makes, none is held at the company's name.
  for (const auto& e : graph_.edges) {
    EXPECT_FALSE(e.relation == "held_in" && graph_.nodes[e.target].name == "Bogotá") << Dump();
  }
}

// A meeting a visit's clause names is dated by its own date, not the visit's.
TEST_F(HeldIn83, DateAfterTheDialogueDatesTheDialogueNotTheVisit) {
  Extract(
      "Ministers meet\n"
      "May 6, 2023\n"
      "LIMA: Ana Ruiz, the Foreign Minister of Chile, arrived on Thursday for a three-day working visit, "
      "during which she is taking part in the 3rd Peru-Chile-Bolivia Trilateral Foreign Ministers' "
      "Dialogue, which takes place on Saturday (today).\n");
  const auto* d = NodeNamedLike("meeting", "Trilateral");
  ASSERT_NE(d, nullptr) << Dump();
  EXPECT_EQ(d->date, "2023-05-06") << Dump();
}

// "in late 2012", "in early March": the year or month.
TEST_F(HeldIn83, PartOfAYearDatesTheMeeting) {
  Extract(
      "Trade pact signed\n"
      "Nov 15, 2020\n"
      "Talks on the pact began in early 2011 at the 9th Andean Community Summit in Lima.\n");
  const auto* m = NodeNamedLike("meeting", "Summit");
  ASSERT_NE(m, nullptr) << Dump();
  EXPECT_EQ(m->date, "2011") << Dump();
}

// A visit placed in its first city is held in the other cities of its country the story lists,
// "takes in A, in the state of B, as well as C and D".
TEST_F(HeldIn83, ItineraryListAfterTheFirstCity) {
  Extract(
      "President begins tour\n"
      "Mar 4, 2024\n"
      "Gabriel Boric, the President of Chile, arrives this Monday in Monterrey on his first state visit to Mexico.\n"
      "Besides Monterrey, his itinerary takes in Puebla, in the state of Jalisco, as well as Tijuana "
      "and Acapulco.\n");
  const auto* v = NodeNamedLike("meeting", "visit");
  ASSERT_NE(v, nullptr) << Dump();
  EXPECT_TRUE(HasEdge(v->name, "held_in", "Monterrey")) << Dump();
  EXPECT_TRUE(HasEdge(v->name, "held_in", "Puebla")) << Dump();
  EXPECT_TRUE(HasEdge(v->name, "held_in", "Tijuana")) << Dump();
  EXPECT_TRUE(HasEdge(v->name, "held_in", "Acapulco")) << Dump();
}

// Two visits in one sentence by officials of two countries are two visits, each dated by its own
// words and held where its visitor went.
TEST_F(HeldIn83, TwoVisitorsInOneSentenceAreTwoVisits) {
  Extract(
      "Ministers review ties\n"
      "Mar 3, 2024\n"
      "The ministers reviewed the results of the state visit of President Gustavo Petro of Colombia "
      "to Lima in 2021 and discussed preparations for the upcoming visit of President Dina Boluarte "
      "of Peru to Colombia in May.\n");
  const auto* petro = NodeNamedLike("meeting", "Petro");
  const auto* boluarte = NodeNamedLike("meeting", "Boluarte");
  ASSERT_NE(petro, nullptr) << Dump();
  ASSERT_NE(boluarte, nullptr) << Dump();
  ASSERT_NE(petro, boluarte) << Dump();
  EXPECT_FALSE(HasEdge(petro->name, "held_in", "Colombia")) << Dump();
  EXPECT_TRUE(HasEdge(boluarte->name, "held_in", "Colombia")) << Dump();
  EXPECT_EQ(boluarte->date, "2024-05") << Dump();
}

// "the Embassy of Peru in Quito" names the body's seat, not a city its ambassador visits.
TEST_F(HeldIn83, EmbassySeatIsNoVisitedCity) {
  Extract(
      "Ambassador's tour\n"
      "Sep 20, 2024\n"
      "Ambassador Ana Ruiz of Peru travelled to Guayaquil, where she was received by Mayor Luis Vera "
      "on 19 September.\n"
      "The Embassy of Peru in Quito also covers Colombia; Ambassador Ruiz is to present her "
      "credentials in Bogota next month.\n");
  const auto* v = NodeNamedLike("meeting", "visit");
  ASSERT_NE(v, nullptr) << Dump();
  EXPECT_FALSE(HasEdge(v->name, "held_in", "Quito")) << Dump();
}

}  // namespace
}  // namespace dkg
