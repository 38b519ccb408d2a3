// One thing named two ways in one story: a commitment the lead sums up and the instrument the
// body has signed, a series and its generic restatement, a one-off meeting and a series. Each
// document is written for the test.
#include <gtest/gtest.h>

#include <string>

#include "tests/extract_fixture.h"

namespace dkg {
namespace {

class ExtractDuplicatesTest : public ExtractFixture {};

// A lead's "have agreed to waive fishing licence fees", then "signed the reciprocal fishing
// licence agreement": the body tells what the lead sums up, so the two are one agreement.
TEST_F(ExtractDuplicatesTest, LeadCommitmentIsTheInstrumentSignedLater) {
  Extract(
      "Peru and Chile sign fishing licence pact\n"
      "Mar 3, 2031\n"
      "Peru and Chile have agreed to waive fishing licence fees for each other's trawlers, to help "
      "coastal towns recover from a poor season.\n"
      "On Monday, Peruvian Foreign Minister Ana Torres and her Chilean counterpart, Luis Vega, "
      "signed the reciprocal fishing licence agreement at a ceremony in Lima.\n");
  EXPECT_EQ(NamesOf("agreement"), "Chile-Peru reciprocal fishing licence agreement\n") << Dump();
  EXPECT_TRUE(HasEdge("Peru", "party_to", "Chile-Peru reciprocal fishing licence agreement"));
  EXPECT_TRUE(HasEdge("Ana Torres", "signed", "Chile-Peru reciprocal fishing licence agreement"));
}

// A commitment stated later than the lead ("They also agreed to ...") is one of its own, even when
// it shares a word with the instrument signed.
TEST_F(ExtractDuplicatesTest, LaterCommitmentStaysItsOwn) {
  Extract(
      "Peru and Chile sign fishing licence pact\n"
      "Mar 3, 2031\n"
      "On Monday, Peruvian Foreign Minister Ana Torres and her Chilean counterpart, Luis Vega, "
      "signed the reciprocal fishing licence agreement at a ceremony in Lima.\n"
      "The two ministers also agreed to set up a joint fishing patrol in the border waters.\n");
  EXPECT_NE(NodeNamedLike("agreement", "fishing patrol"), nullptr) << Dump();
  EXPECT_NE(NodeNamedLike("agreement", "licence agreement"), nullptr) << Dump();
}

// A lead commitment that shares no word of substance with the instrument ("cooperation" says
// nothing of what either is about) is another agreement.
TEST_F(ExtractDuplicatesTest, LeadCommitmentOnAnotherSubjectStaysItsOwn) {
  Extract(
      "Peru and Chile deepen ties\n"
      "Mar 3, 2031\n"
      "Peru and Chile have agreed to expand cooperation on mining research.\n"
      "On Monday, Peruvian Foreign Minister Ana Torres and her Chilean counterpart, Luis Vega, "
      "signed the cultural cooperation agreement at a ceremony in Lima.\n");
  EXPECT_NE(NodeNamedLike("agreement", "mining research"), nullptr) << Dump();
  EXPECT_NE(NodeNamedLike("agreement", "cultural cooperation agreement"), nullptr) << Dump();
}

// "Lima and Santiago host the annual dialogue in turn": words that say only that a series
// recurs restate the series in focus, not a second one.
TEST_F(ExtractDuplicatesTest, AnnualDialogueRestatesTheSeriesInFocus) {
  Extract(
      "Peru and Chile hold fourth strategic round\n"
      "Mar 3, 2031\n"
      "Senior officials of Peru and Chile met in Lima on Monday for the fourth round of the "
      "Peru-Chile Strategic Dialogue.\n"
      "Lima and Santiago host the annual dialogue in turn.\n");
  EXPECT_EQ(NamesOf("dialogue"), "Peru-Chile Strategic Dialogue\n") << Dump();
}

// "the annual summit" in a story about a dialogue has another head: another series.
TEST_F(ExtractDuplicatesTest, AnnualSummitBesideADialogueIsAnotherSeries) {
  Extract(
      "Peru and Chile hold fourth strategic round\n"
      "Mar 3, 2031\n"
      "Senior officials of Peru and Chile met in Lima on Monday for the fourth round of the "
      "Peru-Chile Strategic Dialogue.\n"
      "Their findings will go to the annual summit of the two presidents.\n");
  EXPECT_NE(Find("dialogue", "Peru-Chile Strategic Dialogue"), nullptr) << Dump();
  EXPECT_EQ(NodeNamedLike("dialogue", "Strategic Dialogue"), Find("dialogue", "Peru-Chile Strategic Dialogue"));
  EXPECT_NE(NodeNamedLike("dialogue", "annual summit"), nullptr) << Dump();
}

// "the inaugural Peru-Mercosur Special Summit", with no other round named: a meeting called
// outside any series, not the first round of one.
TEST_F(ExtractDuplicatesTest, InauguralSpecialSummitIsNoSeries) {
  Extract(
      "Leaders meet in Lima\n"
      "Mar 3, 2031\n"
      "Trade ministers met in Lima on Monday, a week ahead of the inaugural Peru-Mercosur Special "
      "Summit.\n");
  EXPECT_EQ(NamesOf("dialogue"), "") << Dump();
  EXPECT_NE(NodeNamedLike("meeting", "Peru-Mercosur Special Summit"), nullptr) << Dump();
}

// A numbered extraordinary summit past the first is a round of the series it counts.
TEST_F(ExtractDuplicatesTest, TwelfthExtraordinarySummitKeepsItsSeries) {
  Extract(
      "Leaders meet in Quito\n"
      "Mar 3, 2031\n"
      "Heads of state met in Quito on Monday for the 14th Extraordinary Summit of the Andean "
      "Community.\n");
  EXPECT_NE(NodeNamedLike("dialogue", "Extraordinary Summit"), nullptr) << Dump();
}

}  // namespace
}  // namespace dkg
