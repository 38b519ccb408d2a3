// Where meetings are held (held_in) when only the headline or an indirect phrase says it, as
// specifications, each on a document written for the test.
#include <gtest/gtest.h>

#include <string>

#include "tests/extract_fixture.h"

namespace dkg {
namespace {

class ExtractHeldIn63Test : public ExtractFixture {};

// The headline names the meeting and its town; the body speaks only of "the council".
TEST_F(ExtractHeldIn63Test, AHeadlinePlaceHoldsTheStoryMeetingTheBodyLeavesUnplaced) {
  Extract(
      "Souza and Brandt open 12th Luso-Austrian Council of Ministers in Porto\nMar 3, 2025\n"
      "On Monday Portuguese Prime Minister Ana Souza and Austrian Chancellor Karl Brandt opened "
      "the 12th Luso-Austrian Council of Ministers.\n"
      "The council discussed energy links and a joint naval patrol.\n");
  EXPECT_TRUE(HasEdge("12th Luso-Austrian Council of Ministers", "held_in", "Porto")) << Dump();
}

// Two places in the headline: which one holds the meeting is not said, so neither is taken.
TEST_F(ExtractHeldIn63Test, AHeadlineWithTwoPlacesPlacesNothing) {
  Extract(
      "Souza opens 12th Luso-Austrian Council of Ministers in Porto after a stop in Lisbon\nMar 3, 2025\n"
      "On Monday Portuguese Prime Minister Ana Souza and Austrian Chancellor Karl Brandt opened "
      "the 12th Luso-Austrian Council of Ministers.\n");
  EXPECT_FALSE(HasEdge("12th Luso-Austrian Council of Ministers", "held_in", "Porto")) << Dump();
  EXPECT_FALSE(HasEdge("12th Luso-Austrian Council of Ministers", "held_in", "Lisbon")) << Dump();
}

// A town no gazetteer knows, found by the body ("in Tromso, Norway"), is found again in the headline.
TEST_F(ExtractHeldIn63Test, AHeadlineTownTheBodyFoundElsewhereHoldsTheMeeting) {
  Extract(
      "Chile and Norway hold third fisheries ministerial in Kvaloya\nMay 30, 2023\n"
      "Chile and Norway held the third ministerial meeting of the Chile-Norway Fisheries Council "
      "(CNFC) this week.\n"
      "Ministers had toured the harbour in Kvaloya, Norway, the day before.\n");
  EXPECT_TRUE(HasEdge("third ministerial meeting of the Chile-Norway Fisheries Council", "held_in", "Kvaloya")) << Dump();
}

}  // namespace
}  // namespace dkg
