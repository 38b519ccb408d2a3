// Attendance (attended, participant) as specifications, each on a document written for the test.
#include <gtest/gtest.h>

#include <string>

#include "tests/extract_fixture.h"

namespace dkg {
namespace {

class ExtractAttendanceTest : public ExtractFixture {};

// "held" after a form of "be" is passive: the spokesman who announced the talks did not hold
// them; the officials the talks were held between did.
TEST_F(ExtractAttendanceTest, SpokesmanOfPassiveHeldDoesNotAttend) {
  Extract(
      "Talks set\nJun 9, 2025\n"
      "Ministry spokesman Tomas Reyes said on Monday that the 4th Peru-Norway Fisheries Dialogue "
      "would be held in Lima on June 20 between Foreign Minister Rosa Quispe of Peru and Foreign "
      "Minister Lars Dahl of Norway.\n");
  const ExtractedNode* dialogue = nullptr;
  for (const auto& n : graph_.nodes) {
    if (n.kind == "meeting" && n.name.find("Fisheries Dialogue") != std::string::npos) dialogue = &n;
  }
  ASSERT_NE(dialogue, nullptr) << Dump();
  EXPECT_FALSE(HasEdge("Tomas Reyes", "attended", dialogue->name)) << Dump();
  EXPECT_TRUE(HasEdge("Rosa Quispe", "attended", dialogue->name)) << Dump();
  EXPECT_TRUE(HasEdge("Lars Dahl", "attended", dialogue->name)) << Dump();
}

// "A was accompanied by B": both attend.
TEST_F(ExtractAttendanceTest, AccompaniedOfficialAndCompanionBothAttend) {
  Extract(
      "Trade pact signed\nJun 9, 2025\n"
      "Prime Minister Rosa Quispe attended the signing of the Peru-Norway Fisheries Agreement in Oslo "
      "on Monday.\n"
      "Quispe was accompanied by her trade minister, Hugo Mamani, who signed the agreement.\n");
  EXPECT_TRUE(HasRole("Rosa Quispe", "attended")) << Dump();
  EXPECT_TRUE(HasRole("Hugo Mamani", "attended") || HasRole("Hugo Mamani", "signed")) << Dump();
}

}  // namespace
}  // namespace dkg
