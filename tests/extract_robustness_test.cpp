// Hostile and odd input to the extraction rules: long documents, many visits and meetings. Each
// document is written for the test.
#include <gtest/gtest.h>

#include <string>

#include "tests/extract_fixture.h"

namespace dkg {
namespace {

class ExtractRobustnessTest : public ExtractFixture {};

// Two visitors, each in one city: a meeting during the visits is held in the city of the visitor
// who holds a role at it, never in the other's (a visit looks only at its own role holders'
// meetings).
TEST_F(ExtractRobustnessTest, AMeetingDuringOneOfTwoVisitsIsHeldInItsVisitorsCity) {
  Extract(
      "Two ministers abroad\nJun 10, 2025\n"
      "Norway's Foreign Minister Lars Dahl arrived in Lima on Sunday on an official visit to Peru.\n"
      "Chile's Foreign Minister Ana Soto arrived in Tokyo on Sunday on an official visit to Japan.\n"
      "On Monday Dahl co-chaired the third round of the Peru-Norway Political Dialogue.\n"
      "On Monday Soto co-chaired the second round of the Chile-Japan Strategic Dialogue.\n");
  EXPECT_TRUE(HasEdge("third round of the Peru-Norway Political Dialogue", "held_in", "Lima")) << Dump();
  EXPECT_FALSE(HasEdge("third round of the Peru-Norway Political Dialogue", "held_in", "Tokyo")) << Dump();
  EXPECT_TRUE(HasEdge("second round of the Chile-Japan Strategic Dialogue", "held_in", "Tokyo")) << Dump();
  EXPECT_FALSE(HasEdge("second round of the Chile-Japan Strategic Dialogue", "held_in", "Lima")) << Dump();
}

}  // namespace
}  // namespace dkg
