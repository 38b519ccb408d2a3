// Review round h92: fixes to this session's rules, each with the case the rule broke. Every
// sentence here is written for the test.
#include "tests/extract_fixture.h"

namespace dkg {
namespace {

class Review92 : public ExtractFixture {};

// A visit to a body's seat is a visit to its city: only a country's mission named before "in"
// ("the Embassy of Peru in Quito") is a seat the visit does not go to.
TEST_F(Review92, VisitToABodyInACityIsHeldInTheCity) {
  Extract(
      "Peru president visits Ethiopia\n"
      "Mar 10, 2025\n"
      "President Ana Souza of Peru began a state visit to Ethiopia on Monday.\n"
      "On Tuesday she visited the African Union in Addis Ababa and met Prime Minister Abiy Ahmed.\n");
  const auto* v = NodeNamedLike("meeting", "visit");
  ASSERT_NE(v, nullptr) << Dump();
  EXPECT_TRUE(HasEdge(v->name, "held_in", "Addis Ababa")) << Dump();

  Extract(
      "Ambassador's tour\n"
      "Sep 20, 2024\n"
      "Ambassador Ana Ruiz of Peru travelled to Guayaquil on a working visit on 19 September.\n"
      "She later went to the Peruvian Embassy in Quito and met staff there.\n");
  const auto* w = NodeNamedLike("meeting", "visit");
  ASSERT_NE(w, nullptr) << Dump();
  EXPECT_FALSE(HasEdge(w->name, "held_in", "Quito")) << Dump();
}

}  // namespace
}  // namespace dkg
