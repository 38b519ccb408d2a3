// Who attended a meeting, said away from a role verb: the second of two dignitaries in whose
// presence accords were signed, after a long apposition of the first; a host who looks forward to
// receiving a guest for a summit, and the guest; the pair in focus at "their" earlier dated
// summit; the subject of a clause ending at an inauguration ceremony.
#include <gtest/gtest.h>

#include <string>

#include "tests/extract_fixture.h"

namespace dkg {
namespace {

class ExtractAttended96Test : public ExtractFixture {};

// The first dignitary's offices, a place and a body in them, end the list; ", and of B" names the
// second.
TEST_F(ExtractAttended96Test, TheSecondDignitaryOfASigningInWhosePresenceItWasHeldAttends) {
  Extract(
      "Peru and Ghana sign accords\nJun 4, 2025\n"
      "Several accords between agencies of Peru and Ghana were signed today in Lima in the presence of Ana Souza, "
      "Governor of Cusco and Deputy Commander of the Peruvian Armed Forces, and of John Mahama, President of Ghana.\n");
  const ExtractedNode* signing = NodeNamedLike("meeting", "signing");
  ASSERT_NE(signing, nullptr) << Dump();
  EXPECT_TRUE(HasEdge("Ana Souza", "attended", signing->name)) << Dump();
  EXPECT_TRUE(HasEdge("John Mahama", "attended", signing->name)) << Dump();
}

// "looked forward to receiving B ... for the summit": both the host and the guest are at it.
TEST_F(ExtractAttended96Test, AHostAndTheGuestReceivedForASummitAttendIt) {
  Extract(
      "Chile and Peru leaders speak\nJun 4, 2025\n"
      "President Gabriel Boric said on Tuesday that he looked forward to receiving President Dina Boluarte in "
      "Santiago in July for the 5th Chile-Peru Binational Cabinet Meeting.\n");
  const ExtractedNode* cabinet = NodeNamedLike("meeting", "Binational Cabinet");
  ASSERT_NE(cabinet, nullptr) << Dump();
  EXPECT_TRUE(HasEdge("Gabriel Boric", "attended", cabinet->name)) << Dump();
  EXPECT_TRUE(HasEdge("Dina Boluarte", "attended", cabinet->name)) << Dump();
}

// "At their summit in February", in a story about the pair's May talks: the same two met then.
TEST_F(ExtractAttended96Test, ThePairInFocusAttendedTheirEarlierDatedSummit) {
  Extract(
      "Peru and Chile leaders meet again\nMay 20, 2025\n"
      "President Dina Boluarte of Peru and President Gabriel Boric of Chile held a summit in Lima on Monday.\n"
      "At their summit in February, Boric recalled, the two leaders had agreed to reopen the border crossings.\n");
  const ExtractedNode* earlier = NodeNamedLike("meeting", "February");
  ASSERT_NE(earlier, nullptr) << Dump();
  EXPECT_TRUE(HasEdge("Dina Boluarte", "attended", earlier->name)) << Dump();
  EXPECT_TRUE(HasEdge("Gabriel Boric", "attended", earlier->name)) << Dump();
}

// "B took up the post ..., at the ceremony at which A was sworn in": B was at the ceremony too.
TEST_F(ExtractAttended96Test, TheSubjectOfAClauseEndingAtAnInaugurationAttendsIt) {
  Extract(
      "New minister in Lima\nJul 29, 2026\n"
      "Lena Berg became Minister of Trade of Peru on Tuesday, at the ceremony of inauguration at which President "
      "Karl Brandt was sworn in.\n");
  const ExtractedNode* ceremony = NodeNamedLike("meeting", "ceremony");
  ASSERT_NE(ceremony, nullptr) << Dump();
  EXPECT_TRUE(HasEdge("Karl Brandt", "attended", ceremony->name)) << Dump();
  EXPECT_TRUE(HasEdge("Lena Berg", "attended", ceremony->name)) << Dump();
}

}  // namespace
}  // namespace dkg
