// Series and lineage (issue 9, h79): earlier rounds of a series listed in passing. Every
// sentence here is written for the test.
#include "tests/extract_fixture.h"

namespace dkg {
namespace {

class ExtractSeries79Test : public ExtractFixture {};

// "Three rounds have been held: the first in A in DATE, the second in B in DATE": each is a
// round of the series in focus, held and dated by its own words, and the rounds follow each
// other in number order.
TEST_F(ExtractSeries79Test, EarlierRoundsListedWithPlaceAndDate) {
  Extract(
      "Peru and Chile hold fourth round of trade dialogue\n"
      "March 4, 2025\n"
      "Officials of Peru and Chile met on Monday in Lima for the fourth round of the Peru-Chile "
      "Andean Trade Dialogue.\n"
      "Three rounds of the dialogue have been held so far: the first in Santiago in June 2019, the "
      "second in Cusco in May 2021 and the third in Valparaiso in April 2023.\n");
  const ExtractedNode* first = NodeNamedLike("meeting", "first round");
  const ExtractedNode* second = NodeNamedLike("meeting", "second round");
  const ExtractedNode* third = NodeNamedLike("meeting", "third round");
  const ExtractedNode* fourth = NodeNamedLike("meeting", "fourth round");
  ASSERT_TRUE(first && second && third && fourth) << Dump();
  EXPECT_TRUE(HasEdge(first->name, "round_of", "Peru-Chile Andean Trade Dialogue")) << Dump();
  EXPECT_TRUE(HasEdge(second->name, "round_of", "Peru-Chile Andean Trade Dialogue")) << Dump();
  EXPECT_EQ(first->date, "2019-06");
  EXPECT_EQ(second->date, "2021-05");
  EXPECT_TRUE(HasEdge(second->name, "held_in", "Cusco")) << Dump();
  EXPECT_TRUE(HasEdge(second->name, "follows", first->name)) << Dump();
  EXPECT_TRUE(HasEdge(third->name, "follows", second->name)) << Dump();
  EXPECT_TRUE(HasEdge(fourth->name, "follows", third->name)) << Dump();
}

// "the previous two rounds, held in A in 2021 and in B in 2023", in a story about
// the third round: rounds one and two, in the order listed, each dated and placed by its words.
TEST_F(ExtractSeries79Test, TwoPreviousRoundsListedBeforeANumberedRound) {
  Extract(
      "Ghana and Togo to hold third round of policy dialogue\n"
      "June 2, 2025\n"
      "Ghana and Togo will hold the third round of the Ghana-Togo Policy Dialogue in Accra on June 5.\n"
      "The meeting follows the two previous rounds, which were held in Lome in 2021 and in Kumasi "
      "in 2023.\n");
  const ExtractedNode* lome = NodeNamedLike("meeting", "in Lom");
  const ExtractedNode* kumasi = NodeNamedLike("meeting", "in Kumasi");
  const ExtractedNode* third = NodeNamedLike("meeting", "third round");
  ASSERT_TRUE(lome && kumasi && third) << Dump();
  EXPECT_EQ(lome->date, "2021");
  EXPECT_EQ(kumasi->date, "2023");
  EXPECT_TRUE(HasEdge(lome->name, "round_of", "Ghana-Togo Policy Dialogue")) << Dump();
  EXPECT_TRUE(HasEdge(kumasi->name, "follows", lome->name)) << Dump();
  EXPECT_TRUE(HasEdge(third->name, "follows", kumasi->name)) << Dump();
}

// "the annual Peru-Chile Defence Ministers' Meeting": the word says the meeting recurs, so it is
// an occurrence of the series of that name; the story's date is not its date.
TEST_F(ExtractSeries79Test, AnnualNamedMeetingIsAnOccurrenceOfItsSeries) {
  Extract(
      "Peru and Chile sign defence pact\n"
      "May 3, 2024\n"
      "The pact was signed by Defence Minister Ana Souza and Defence Minister Karl Brandt of Chile "
      "after the annual Peru-Chile Defence Ministers' Meeting.\n");
  const ExtractedNode* meeting = NodeNamedLike("meeting", "Defence Ministers' Meeting");
  ASSERT_NE(meeting, nullptr) << Dump();
  EXPECT_TRUE(HasEdge(meeting->name, "round_of", "Peru-Chile Defence Ministers' Meeting")) << Dump();
  EXPECT_EQ(meeting->date, "") << Dump();
}

// "The Peru-Chile Defence Council last met in March 2023, at the Palace of Lima": a body that
// meets time after time is a series, and that earlier meeting its occurrence.
TEST_F(ExtractSeries79Test, BodyThatLastMetIsASeries) {
  Extract(
      "Peru and Chile leaders meet in Arica\n"
      "May 3, 2024\n"
      "President Ana Souza of Peru met President Karl Brandt of Chile in Arica on Friday.\n"
      "The Peru-Chile Defence Council last met in March 2023, at the Palace of Lima.\n");
  EXPECT_NE(Find("dialogue", "Peru-Chile Defence Council"), nullptr) << Dump();
  EXPECT_EQ(Find("organization", "Peru-Chile Defence Council"), nullptr) << Dump();
  const ExtractedNode* earlier = NodeNamedLike("meeting", "Defence Council");
  ASSERT_NE(earlier, nullptr) << Dump();
  EXPECT_TRUE(HasEdge(earlier->name, "round_of", "Peru-Chile Defence Council")) << Dump();
}

// With no series in focus, "the first in Lima in 2019" names no round.
TEST_F(ExtractSeries79Test, ListedOrdinalsWithoutSeriesInFocusMakeNothing) {
  Extract(
      "Runners gather in Lima\n"
      "March 4, 2025\n"
      "Two races were run this decade: the first in Lima in June 2019, the second in Quito in May "
      "2021.\n");
  EXPECT_EQ(NodeNamedLike("meeting", "first"), nullptr) << Dump();
}

}  // namespace
}  // namespace dkg
