// Bilateral reporting the s129 work set showed misread (helper h140): a trip one official invites
// another to make, a shortened item in a list of earlier rounds, and talks held "there". Each on
// a document written for the test.
#include <gtest/gtest.h>

#include <string>

#include "tests/extract_fixture.h"

namespace dkg {
namespace {

class ExtractBilateral140Test : public ExtractFixture {};

// "A invited her counterpart to visit Bergen": the visit is the counterpart's, still to come; A
// makes no trip to Bergen. The meeting the story reports stays.
TEST_F(ExtractBilateral140Test, AnInvitationToVisitIsNoVisitOfTheOneWhoInvites) {
  Extract(
      "Ghanaian minister in Oslo\nApr 14, 2031\n"
      "Norwegian Foreign Minister Ingrid Halvorsen met Ghanaian Foreign Minister Kofi Mensah in "
      "Oslo on Monday. Halvorsen invited her Ghanaian counterpart to visit Bergen next year.\n");
  EXPECT_EQ(NodeNamedLike("meeting", "Bergen"), nullptr) << Dump();
  EXPECT_EQ(NodeNamedLike("meeting", "visit"), nullptr) << Dump();
  const ExtractedNode* met = NodeNamedLike("meeting", "Kofi Mensah");
  ASSERT_NE(met, nullptr) << Dump();
  EXPECT_TRUE(HasEdge(met->name, "held_in", "Oslo")) << Dump();
}

// The same gap still reads a visitor's own trip.
TEST_F(ExtractBilateral140Test, AVisitorsOwnTripIsStillAVisit) {
  Extract(
      "Norwegian minister in Ghana\nApr 14, 2031\n"
      "Norwegian Foreign Minister Ingrid Halvorsen will travel to Ghana next week for talks on "
      "fisheries.\n");
  const ExtractedNode* visit = NodeNamedLike("meeting", "visit to Ghana");
  ASSERT_NE(visit, nullptr) << Dump();
  EXPECT_TRUE(HasEdge("Ingrid Halvorsen", "attended", visit->name)) << Dump();
}

// "The first round was held in Accra in 2017, and the third, also in Accra, in June 2026": the
// shortened second item is the series' third round, held and dated by its own words.
TEST_F(ExtractBilateral140Test, AShortenedRoundRepeatingItsPlaceInCommasIsARoundOfTheSeries) {
  Extract(
      "Ghana and Norway hold fourth round of political consultations\nApr 14, 2031\n"
      "The fourth round of political consultations between Ghana and Norway took place in Oslo on "
      "12 April 2031. The first round was held in Accra in 2017, and the third, also in Accra, in "
      "June 2026.\n");
  const ExtractedNode* third = NodeNamedLike("meeting", "third round");
  ASSERT_NE(third, nullptr) << Dump();
  EXPECT_EQ(third->date, "2026-06") << Dump();
  EXPECT_TRUE(HasEdge(third->name, "held_in", "Accra")) << Dump();
  EXPECT_TRUE(HasEdge(third->name, "round_of", "political consultations between Ghana and Norway"))
      << Dump();
  const ExtractedNode* first = NodeNamedLike("meeting", "first round");
  ASSERT_NE(first, nullptr) << Dump();
  EXPECT_NE(first, third) << Dump();
}

// "he travelled to Kumasi, ..., and held talks there with B": "there" is the city he went to,
// which holds the talks; the talks stay one meeting with the visitor and B attending.
TEST_F(ExtractBilateral140Test, TalksHeldThereAreHeldInThePlaceTheOfficialWentTo) {
  Extract(
      "Norwegian minister visits Ghana\nApr 14, 2031\n"
      "Norwegian Prime Minister Erik Lund began a three-day official visit to Ghana on Monday. On "
      "Tuesday he travelled to Kumasi, the capital of the Ashanti Region, and held talks there "
      "with Ghanaian President Ama Owusu.\n");
  const ExtractedNode* talks = NodeNamedLike("meeting", "Ama Owusu");
  ASSERT_NE(talks, nullptr) << Dump();
  EXPECT_TRUE(HasEdge(talks->name, "held_in", "Kumasi")) << Dump();
  EXPECT_TRUE(HasEdge("Erik Lund", "attended", talks->name)) << Dump();
  EXPECT_TRUE(HasEdge("Ama Owusu", "attended", talks->name)) << Dump();
  int with_owusu = 0;
  for (const auto& n : graph_.nodes) {
    with_owusu += n.kind == "meeting" && n.name.find("Owusu") != std::string::npos;
  }
  EXPECT_EQ(with_owusu, 1) << Dump();
}

}  // namespace
}  // namespace dkg
