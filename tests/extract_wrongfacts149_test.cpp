// Wrong facts a review found (h149), each on a document written for the test: negations written
// as contractions, a contrast that denies the name after it and not the place of the clause, a
// commitment of long standing, an invitation extended to someone else, the year of a next
// occasion, a series named again by a head word it does not have.
#include <gtest/gtest.h>

#include <string>

#include "tests/extract_fixture.h"

namespace dkg {
namespace {

class ExtractWrongFacts149Test : public ExtractFixture {};

// "won't meet again in Bergen in September": a contraction denies the next meeting as "will not"
// does.
TEST_F(ExtractWrongFacts149Test, AContractedNegationDeniesTheNextMeeting) {
  Extract(
      "Ministers meet in Oslo\nMar 20, 2027\n"
      "Norwegian Foreign Minister Eva Lund met Chilean Foreign Minister Pablo Ortiz in Oslo on "
      "Monday. The two ministers won't meet again in Bergen in September.\n");
  EXPECT_EQ(NodeNamedLike("meeting", "next meeting"), nullptr) << Dump();
  EXPECT_NE(Find("meeting", "Lund's meeting with Pablo Ortiz"), nullptr) << Dump();
}

// The same sentence without the negation is the pair's next meeting, this September.
TEST_F(ExtractWrongFacts149Test, TheNextMeetingWithoutANegationIsRead) {
  Extract(
      "Ministers meet in Oslo\nMar 20, 2027\n"
      "Norwegian Foreign Minister Eva Lund met Chilean Foreign Minister Pablo Ortiz in Oslo on "
      "Monday. The two ministers will meet again in Bergen in September.\n");
  const ExtractedNode* next = NodeNamedLike("meeting", "next meeting");
  ASSERT_NE(next, nullptr) << Dump();
  EXPECT_EQ(next->date, "2027-09") << Dump();
  EXPECT_TRUE(HasEdge(next->name, "held_in", "Bergen")) << Dump();
}

// "The next summit won't be held in Bergen": no next summit there.
TEST_F(ExtractWrongFacts149Test, AContractedNegationDeniesTheNextEditionsPlace) {
  Extract(
      "Ministers meet in Oslo\nMar 20, 2027\n"
      "Norwegian Foreign Minister Eva Lund met Chilean Foreign Minister Pablo Ortiz in Oslo on "
      "Monday. The next summit won't be held in Bergen, Lund said.\n");
  EXPECT_EQ(NodeNamedLike("meeting", "next summit"), nullptr) << Dump();
}

// "didn't travel to Santiago" is no visit; "travelled to Santiago" is one.
TEST_F(ExtractWrongFacts149Test, AContractedNegationDeniesATrip) {
  Extract(
      "Minister stays home\nMar 20, 2027\n"
      "Norwegian Foreign Minister Eva Lund didn't travel to Santiago, her office said on Monday.\n");
  EXPECT_EQ(NodeNamedLike("meeting", "visit"), nullptr) << Dump();
  Extract(
      "Minister abroad\nMar 20, 2027\n"
      "Norwegian Foreign Minister Eva Lund travelled to Santiago, her office said on Monday.\n");
  EXPECT_NE(NodeNamedLike("meeting", "visit to Santiago"), nullptr) << Dump();
}

// "Instead of Quito the summit was held in Lima": the contrast denies Quito, its object; the
// summit was held in Lima. "held in Lima rather than in Quito" still denies Quito.
TEST_F(ExtractWrongFacts149Test, AContrastDeniesItsObjectNotTheClausesPlace) {
  Extract(
      "Summit moves\nMar 20, 2027\n"
      "Peruvian Foreign Minister Ana Souza chaired the Andean Water Summit on Monday. Instead of "
      "Quito the summit was held in Lima.\n");
  EXPECT_TRUE(HasEdge("Andean Water Summit", "held_in", "Lima")) << Dump();
  EXPECT_FALSE(HasEdge("Andean Water Summit", "held_in", "Quito")) << Dump();
  Extract(
      "Summit moves\nMar 20, 2027\n"
      "Peruvian Foreign Minister Ana Souza chaired the Andean Water Summit on Monday. The summit "
      "was held in Lima rather than in Quito.\n");
  EXPECT_TRUE(HasEdge("Andean Water Summit", "held_in", "Lima")) << Dump();
  EXPECT_FALSE(HasEdge("Andean Water Summit", "held_in", "Quito")) << Dump();
}

// "have long committed to open markets" is a position held for years, no agreement made now;
// "committed to open a trade office" still is one.
TEST_F(ExtractWrongFacts149Test, ALongStandingCommitmentIsNoAgreement) {
  Extract(
      "Trade talks\nMar 20, 2027\n"
      "Norwegian Foreign Minister Eva Lund met Chilean Foreign Minister Pablo Ortiz in Oslo on "
      "Monday. Both countries have long committed to open markets and fair trade.\n");
  EXPECT_EQ(NodeNamedLike("agreement", "open markets"), nullptr) << Dump();
  Extract(
      "Trade talks\nMar 20, 2027\n"
      "Norwegian Foreign Minister Eva Lund met Chilean Foreign Minister Pablo Ortiz in Oslo on "
      "Monday. Both countries committed to open a joint trade office in Valparaiso.\n");
  EXPECT_NE(NodeNamedLike("agreement", "trade office"), nullptr) << Dump();
}

// "extended an invitation to her counterpart to visit Bergen": the visit is the counterpart's,
// still to come; the one who invites makes no trip.
TEST_F(ExtractWrongFacts149Test, AnInvitationExtendedIsNoTripOfTheInviter) {
  Extract(
      "Ministers meet\nMar 20, 2027\n"
      "Norwegian Foreign Minister Eva Lund met Chilean Foreign Minister Pablo Ortiz in Oslo on "
      "Monday. Lund extended an invitation to her counterpart to visit Bergen.\n");
  EXPECT_EQ(Find("meeting", "Eva Lund's visit to Bergen"), nullptr) << Dump();
  Extract(
      "Ministers meet\nMar 20, 2027\n"
      "Chilean Foreign Minister Pablo Ortiz accepted an invitation to visit Bergen, his office said "
      "on Monday.\n");
  EXPECT_NE(NodeNamedLike("meeting", "visit to Bergen"), nullptr) << Dump();
}

// A next session "on 2 March" in a story of 20 March is next year's; "on 28 March" this year's.
TEST_F(ExtractWrongFacts149Test, ANextOccasionsDayBeforeTheStorysIsNextYears) {
  Extract(
      "Commission meets\nMar 20, 2027\n"
      "The Fifth Norway-Chile Joint Commission met in Oslo on Monday. The next meeting will be held "
      "in Santiago on 2 March.\n");
  EXPECT_EQ(DateOf("next meeting"), "2028-03-02") << Dump();
  Extract(
      "Commission meets\nMar 20, 2027\n"
      "The Fifth Norway-Chile Joint Commission met in Oslo on Monday. The next meeting will be held "
      "in Santiago on 28 March.\n");
  EXPECT_EQ(DateOf("next meeting"), "2027-03-28") << Dump();
}

// "At the January meeting ..., the next session will be held in Reykjavik": January is the
// meeting's month, not the next session's.
TEST_F(ExtractWrongFacts149Test, ADateBeforeANextOccasionIsNotItsDate) {
  Extract(
      "Council meets\nMar 20, 2027\n"
      "The Third Nordic Fisheries Council opened in Oslo on Monday. At the January meeting of the "
      "council in Oslo, ministers agreed that the next session will be held in Reykjavik.\n");
  const ExtractedNode* next = NodeNamedLike("meeting", "next session");
  ASSERT_NE(next, nullptr) << Dump();
  EXPECT_EQ(next->date.rfind("2028-01", 0), std::string::npos) << Dump();
  EXPECT_EQ(next->date.rfind("2027-01", 0), std::string::npos) << Dump();
  Extract(
      "Council meets\nMar 20, 2027\n"
      "At their meeting in January, the ministers of the Nordic Fisheries Council agreed that the "
      "next session will be held in Reykjavik.\n");
  next = NodeNamedLike("meeting", "next session");
  ASSERT_NE(next, nullptr) << Dump();
  EXPECT_EQ(next->date.find("-01"), std::string::npos) << Dump();
}

// "In Brussels, the Commission Vice-President A": a seat on the European Commission, not on the
// fisheries commission the story named before.
TEST_F(ExtractWrongFacts149Test, TheCommissionsVicePresidentSitsOnTheEuropeanCommission) {
  Extract(
      "Fisheries talks\nMar 20, 2027\n"
      "Eva Lund is a member of the Nordic Fisheries Commission. In Brussels, the Commission "
      "Vice-President Anna Weber met Norwegian Foreign Minister Eva Lund on Tuesday.\n");
  EXPECT_FALSE(HasEdge("Anna Weber", "member_of", "Nordic Fisheries Commission")) << Dump();
  EXPECT_TRUE(HasEdge("Anna Weber", "member_of", "European Commission")) << Dump();
}

// "The council last met in Bergen" in a story about a joint commission: another body, so no
// earlier round of the commission; "the commission last met in Bergen" is one.
TEST_F(ExtractWrongFacts149Test, AHeadWordTheSeriesLacksNamesAnotherBody) {
  Extract(
      "Commission meets\nMar 20, 2027\n"
      "The Fifth Norway-Chile Joint Commission met in Oslo on Monday.\n"
      "The council last met in Bergen in May 2026.\n");
  EXPECT_EQ(NodeNamedLike("meeting", "previous session"), nullptr) << Dump();
  Extract(
      "Commission meets\nMar 20, 2027\n"
      "The Fifth Norway-Chile Joint Commission met in Oslo on Monday.\n"
      "The commission last met in Bergen in May 2026.\n");
  const ExtractedNode* before = NodeNamedLike("meeting", "previous session");
  ASSERT_NE(before, nullptr) << Dump();
  EXPECT_TRUE(HasEdge(before->name, "held_in", "Bergen")) << Dump();
}

}  // namespace
}  // namespace dkg
