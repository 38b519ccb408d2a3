// Where meetings and visits are held (held_in), as specifications, each on a document written
// for the test.
#include <gtest/gtest.h>

#include <string>

#include "tests/extract_fixture.h"

namespace dkg {
namespace {

class ExtractHeldInTest : public ExtractFixture {};

// A visitor known by one name ("King Harald") is found again by that name alone, so a later
// sentence about the visit names its cities: the visit is held in them, not in the country.
TEST_F(ExtractHeldInTest, AVisitByARegnalNameIsHeldInTheCitiesItGoesTo) {
  Extract(
      "King to visit Peru\nJun 9, 2025\n"
      "On Monday King Harald leaves on a state visit to Peru, his first as monarch.\n"
      "Harald, who followed his father King Olav as monarch in May, was meant to go to Chile first.\n"
      "Harald means to talk about fisheries and trade during his visit to Lima, the Peruvian "
      "capital, and to the southern city of Arequipa, a stay of three days.\n");
  EXPECT_TRUE(HasEdge("Harald's visit to Peru", "held_in", "Lima")) << Dump();
  EXPECT_TRUE(HasEdge("Harald's visit to Peru", "held_in", "Arequipa")) << Dump();
  EXPECT_FALSE(HasEdge("Harald's visit to Peru", "held_in", "Peru")) << Dump();
}

// "Niteroi, in the state of Rio de Janeiro": the province after "in" contains the city visited;
// it is not one of the visit's places, though a city shares its name.
TEST_F(ExtractHeldInTest, AProvinceThatContainsAVisitedCityIsNoPlaceOfTheVisit) {
  Extract(
      "Norwegian minister to visit Brazil\nMar 3, 2025\n"
      "Norway's Foreign Minister Lars Dahl arrives on Monday in Curitiba on his first official "
      "visit to Brazil.\n"
      "Dahl will then tour a port at Niteroi, in the state of Rio de Janeiro, on Thursday.\n");
  EXPECT_TRUE(HasEdge("Dahl's visit to Brazil", "held_in", "Curitiba")) << Dump();
  EXPECT_FALSE(HasEdge("Dahl's visit to Brazil", "held_in", "Rio de Janeiro")) << Dump();
}

// A meeting the visitor holds a role at in the days of a visit held in one city, and that names no
// place (or only the visit's country: "while in Peru"), is held in that city; a call is not.
TEST_F(ExtractHeldInTest, AMeetingDuringAVisitIsHeldInTheVisitsCity) {
  Extract(
      "Norwegian minister in Peru\nJun 10, 2025\n"
      "Norway's Foreign Minister Lars Dahl arrived in Lima on Sunday on an official visit to Peru.\n"
      "On Monday Dahl and Peru's Foreign Minister Rosa Quispe co-chaired the third round of the "
      "Peru-Norway Political Dialogue.\n"
      "While in Peru, Dahl will also attend the Fisheries Ministerial Meeting.\n"
      "Dahl also spoke by telephone with Chile's Foreign Minister Ana Soto on Monday.\n");
  EXPECT_TRUE(HasEdge("third round of the Peru-Norway Political Dialogue", "held_in", "Lima")) << Dump();
  EXPECT_TRUE(HasEdge("Fisheries Ministerial Meeting", "held_in", "Lima")) << Dump();
  EXPECT_FALSE(HasEdge("Fisheries Ministerial Meeting", "held_in", "Peru")) << Dump();
  EXPECT_FALSE(HasEdge("Dahl's telephone call with Ana Soto", "held_in", "Lima")) << Dump();
}

// A visit spans days: a day that another clause of its sentence gives dates that clause's
// meeting; the visit takes the first day of its own range.
TEST_F(ExtractHeldInTest, AVisitIsNotDatedByAnotherClausesDay) {
  Extract(
      "Chile's Foreign Minister Ana Soto lands in Lima\nAug 26, 2024\n"
      "The Chilean Foreign Minister's official visit to Peru lasts until Wednesday, and on Tuesday "
      "she is to co-chair the 11th Joint Commission Meeting with Peru's Foreign Minister "
      "Rosa Quispe.\n"
      "The Chilean Foreign Minister will be in Peru from August 25 to 28 for an official visit.\n");
  const ExtractedNode* visit = Find("meeting", "Soto's visit to Peru");
  ASSERT_NE(visit, nullptr) << Dump();
  EXPECT_EQ(visit->date, "2024-08-25") << Dump();
  const ExtractedNode* commission = Find("meeting", "11th Joint Commission Meeting");
  ASSERT_NE(commission, nullptr) << Dump();
  EXPECT_EQ(commission->date, "2024-08-27") << Dump();
}

// "the third Ministerial, which was also the fifth ministerial-level meeting in the Andean
// format": a round restated with "also" and another number is the same meeting, and where it was
// held is that meeting's.
TEST_F(ExtractHeldInTest, ARoundRestatedWithAlsoIsOneMeeting) {
  Extract(
      "Andean ministers issue declaration\nMar 3, 2025\n"
      "Peru, Chile and Bolivia released the following text to mark the Third Andean Ministerial.\n"
      "Following the third Ministerial, which was also the fifth ministerial-level meeting in the "
      "Andean format, held on March 2, 2025, in Lima, the ministers issue this declaration.\n");
  EXPECT_EQ(Meeting(), "third Andean Ministerial") << Dump();
  EXPECT_TRUE(HasEdge("third Andean Ministerial", "held_in", "Lima")) << Dump();
}

// "the G20 summit" in a story about the G20 foreign ministers' meeting is another occasion (its
// head is another), held where the text says it will be, not the ministers' meeting.
TEST_F(ExtractHeldInTest, ABodysSummitIsNotItsMinistersMeeting) {
  Extract(
      "G20 foreign ministers meet in Lima\nApr 16, 2025\n"
      "LIMA (Reuters) - The Group of Twenty foreign ministers began a meeting in Lima on Sunday "
      "and pledged joint work on food security.\n"
      "Their talks lay the ground for the G20 summit to be held in Cusco in November.\n");
  EXPECT_TRUE(HasEdge("Group of Twenty foreign ministers meeting", "held_in", "Lima")) << Dump();
  EXPECT_FALSE(HasEdge("Group of Twenty foreign ministers meeting", "held_in", "Cusco")) << Dump();
  EXPECT_TRUE(HasEdge("G20 summit", "held_in", "Cusco")) << Dump();
}

// "A flies on to Cusco, where he will then hold talks with B": the place the official goes
// to holds the talks of the relative clause (one meeting with the talks the clause makes).
TEST_F(ExtractHeldInTest, TalksInAWhereClauseAreHeldInThePlaceBefore) {
  Extract(
      "Norwegian minister tours the Andes\nOct 18, 2025\n"
      "Norway's Foreign Minister Lars Dahl arrived in Bolivia on Sunday.\n"
      "On Tuesday Dahl flies on to Cusco, where he will then hold talks with Peruvian President "
      "Ana Souza on fisheries.\n");
  EXPECT_TRUE(HasEdge("Dahl's meeting with Ana Souza", "held_in", "Cusco")) << Dump();
  int meetings = 0;
  for (const auto& n : graph_.nodes) meetings += n.kind == "meeting" && n.name.find("Souza") != std::string::npos;
  EXPECT_EQ(meetings, 1) << Dump();
}

}  // namespace
}  // namespace dkg
