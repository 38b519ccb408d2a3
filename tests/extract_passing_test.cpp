// Meetings named in passing: earlier occasions and ceremonies a story names beside its own. Each
// document is written for the test.
#include <gtest/gtest.h>

#include <string>

#include "tests/extract_fixture.h"

namespace dkg {
namespace {

class ExtractPassingTest : public ExtractFixture {};

// "She presented her Letters of Credence to then-President A": the envoy the story follows attends
// the ceremony, the head of state chairs it, and "then-" puts it before the report: it takes no
// publication date.
TEST_F(ExtractPassingTest, CredentialsPresentedToThenPresidentAreUndated) {
  Extract(
      "Envoy of Peru leaves Lisbon\n"
      "Mar 3, 2031\n"
      "President Ana Souza held a farewell lunch for Ambassador Lucia Prado of Peru, "
      "whose mission is ending.\n"
      "Ambassador Prado arrived in Lisbon in May 2026.\n"
      "Soon after, she formally presented her Letters of Credence to then-President "
      "Karl Brandt.\n");
  const ExtractedNode* ceremony = Find("meeting", "presentation of Letters of Credence to Karl Brandt");
  ASSERT_NE(ceremony, nullptr);
  EXPECT_EQ(ceremony->date, "");
  EXPECT_TRUE(HasEdge("Lucia Prado", "attended", ceremony->name));
  EXPECT_TRUE(HasEdge("Karl Brandt", "chaired", ceremony->name));
}

// Without "then-", a ceremony the sentence does not date is the report's day, as before.
TEST_F(ExtractPassingTest, CredentialsWithoutThenTakeTheReportsDay) {
  Extract(
      "New envoy of Peru in Lisbon\n"
      "Mar 3, 2031\n"
      "Lucia Prado, Peru's new Ambassador to Portugal, arrived at the palace at noon.\n"
      "She presented her Letters of Credence to President Karl Brandt.\n");
  const ExtractedNode* ceremony = Find("meeting", "presentation of Letters of Credence to Karl Brandt");
  ASSERT_NE(ceremony, nullptr);
  EXPECT_EQ(ceremony->date, "2031-03-03");
}

// A series whose name adds a country to two bodies is another series: the "ASEAN-AU-Japan
// Summit" is not the "ASEAN-AU Summit", nor is its inaugural meeting the first ASEAN-AU Summit,
// also once the story is in a store beside another one.
TEST_F(ExtractPassingTest, BodiesWithACountryAreAnotherSeries) {
  const std::string other =
      "New envoy of Peru in Lisbon\n"
      "Mar 3, 2031\n"
      "Luis Prado, Peru's new Ambassador to Portugal, presented his credentials on Monday.\n";
  const std::string summits =
      "Delegations land in Portugal for second ASEAN-AU Summit\n"
      "Mar 3, 2031\n"
      "LISBON: Heads of government of ASEAN and African Union (AU) states fly into Portugal "
      "this week for the second ASEAN-AU Summit, which runs alongside the 50th ASEAN Summit on "
      "March 4 and 5.\n"
      "Abuja, in Nigeria, hosted the first ASEAN-AU Summit in October 2027.\n"
      "Both the second ASEAN-AU Summit and the inaugural ASEAN-AU-Japan Summit take place in the "
      "capital alongside the 50th ASEAN Summit, on March 4 and 5.\n";
  // ASEAN-AU Summit, ASEAN Summit, ASEAN-AU-Japan Summit.
  EXPECT_EQ(KindCountInOneStore({other, summits}, "dialogue"), 3);
  // The first and second ASEAN-AU Summits, the 50th ASEAN Summit, the inaugural ASEAN-AU-Japan Summit.
  EXPECT_EQ(KindCountInOneStore({other, summits}, "meeting"), 4);
}

// A series named by one body may be the same series named with a country beside it: "the ASEAN
// Special Summit" in a story about the "Australia-ASEAN Special Summit".
TEST_F(ExtractPassingTest, OneBodySeriesTakesTheFormWithACountry) {
  Extract(
      "Leaders meet in Perth\n"
      "Mar 3, 2031\n"
      "Leaders gathered in Perth for the inaugural Australia-ASEAN Special Summit.\n"
      "They agreed that the second ASEAN Special Summit will be held in Manila in 2033.\n");
  EXPECT_EQ(Find("dialogue", "ASEAN Special Summit"), nullptr);
  EXPECT_TRUE(HasEdge("second ASEAN Special Summit", "round_of", "Australia-ASEAN Special Summit"));
}

// A body's meeting named in a sentence that dates it otherwise than the body's meeting the story
// reports is another meeting: "the G7 summit, due to be held in Naples in June", in a story about
// the G7 foreign ministers meeting in April, is the summit, held in Naples.
TEST_F(ExtractPassingTest, BodysMeetingOnAnotherDateIsAnotherMeeting) {
  Extract(
      "Foreign ministers of the G7 meet in Turin\n"
      "Apr 16, 2031\n"
      "On Sunday the Group of Seven foreign ministers gathered in Turin for talks on trade and "
      "security.\n"
      "Their meeting lays the ground for the G7 summit, due to be held in Naples in June.\n");
  const ExtractedNode* summit = Find("meeting", "G7 summit");
  ASSERT_NE(summit, nullptr);
  EXPECT_EQ(summit->date, "2031-06");
  EXPECT_TRUE(HasEdge("G7 summit", "held_in", "Naples"));
  EXPECT_TRUE(HasEdge("Group of Seven foreign ministers meeting", "held_in", "Turin"));
  EXPECT_FALSE(HasEdge("Group of Seven foreign ministers meeting", "held_in", "Naples"));
}

// "The X Council last met in May 2029, at Y": an earlier meeting of the body, held there, then.
TEST_F(ExtractPassingTest, BodyLastMetIsAnEarlierMeeting) {
  Extract(
      "Peru and Chile hold defence talks in Arica\n"
      "Mar 3, 2031\n"
      "Ministers of Peru and Chile met in Arica on Monday to discuss border security.\n"
      "The Peru-Chile Defence Council last met in May 2029, at Government Palace.\n");
  const ExtractedNode* before = Find("meeting", "previous meeting of the Peru-Chile Defence Council");
  ASSERT_NE(before, nullptr);
  EXPECT_EQ(before->date, "2029-05");
  EXPECT_TRUE(HasEdge(before->name, "held_in", "Government Palace"));
}

}  // namespace
}  // namespace dkg
