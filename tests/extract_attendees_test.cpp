// Who attends a meeting (attended, represents): lists of attendees, envoys at one ceremony,
// officials who speak at a meeting. Each test on a document written for the test.
#include <gtest/gtest.h>

#include <string>

#include "tests/extract_fixture.h"

namespace dkg {
namespace {

class ExtractAttendeesTest : public ExtractFixture {};

// Envoys who "also presented their credentials" to the same head of state on the same day are at
// the one ceremony the story reports; a list member introduced by ", and" with a country's title
// ("and Spain's ambassador, B") is an attendee of its own, not an apposition of the one before.
TEST_F(ExtractAttendeesTest, EnvoysWhoAlsoPresentCredentialsJoinTheOneCeremony) {
  Extract(
      "Envoys present credentials\nMay 11, 2023\n"
      "On Thursday, Ambassador Karl Brandt presented his credentials to President Ana Souza in Lima.\n"
      "Besides Brandt, Chile's envoy to Peru, Olu Adeyemi, and Spain's ambassador, Lena Berg, also "
      "presented their credentials to President Souza.\n");
  const std::string ceremony = Meeting();
  ASSERT_FALSE(ceremony.empty()) << Dump();
  EXPECT_TRUE(HasEdge("Karl Brandt", "attended", ceremony)) << Dump();
  EXPECT_TRUE(HasEdge("Olu Adeyemi", "attended", ceremony)) << Dump();
  EXPECT_TRUE(HasEdge("Lena Berg", "attended", ceremony)) << Dump();
  EXPECT_TRUE(HasEdge("Ana Souza", "chaired", ceremony)) << Dump();
  EXPECT_TRUE(HasEdge("Lena Berg", "represents", "Spain")) << Dump();
}

// On another day the same head receiving another envoy holds another ceremony.
TEST_F(ExtractAttendeesTest, CredentialsOnAnotherDayAreAnotherCeremony) {
  Extract(
      "Envoys present credentials\nMay 11, 2023\n"
      "On Thursday, Ambassador Karl Brandt presented his credentials to President Ana Souza in Lima.\n"
      "On March 2, 2023, Ambassador Olu Adeyemi presented his credentials to President Souza.\n");
  int ceremonies = 0;
  for (const auto& n : graph_.nodes) ceremonies += n.kind == "meeting";
  EXPECT_EQ(ceremonies, 2) << Dump();
}

}  // namespace
}  // namespace dkg
