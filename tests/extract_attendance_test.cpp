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
  const ExtractedNode* dialogue = NodeNamedLike("meeting", "Fisheries Dialogue");
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

// "A is to meet B, and C is to hold talks with D": A and B do not hold C's talks.
TEST_F(ExtractAttendanceTest, ActiveTriggerSubjectsStartAfterCommaAnd) {
  Extract(
      "Ministers in Oslo\nJun 9, 2025\n"
      "During the visit, Defence Minister Hugo Mamani is to meet Lars Dahl, his Norwegian counterpart, "
      "and Foreign Minister Rosa Quispe is to hold talks with Eva Berg, the Foreign Minister of Norway.\n");
  for (const auto& n : graph_.nodes) {
    if (n.kind != "meeting" || n.name.find("Quispe") == std::string::npos) continue;
    EXPECT_FALSE(HasEdge("Hugo Mamani", "attended", n.name)) << Dump();
    EXPECT_FALSE(HasEdge("Lars Dahl", "attended", n.name)) << Dump();
  }
}

// A semicolon ends a trigger's clause, unless it separates the trigger's own list of officials.
TEST_F(ExtractAttendanceTest, SemicolonEndsClauseButNotListOfOfficials) {
  Extract(
      "Leaders meet in Lima\nJun 9, 2025\n"
      "The 5th Andean Leaders' Summit was held in Lima on Monday.\n"
      "The leaders who attended were Rosa Quispe, President of Peru; Hugo Mamani, President of "
      "Bolivia; and Ana Souza, President of Colombia.\n");
  const std::string meeting = Meeting();
  ASSERT_FALSE(meeting.empty()) << Dump();
  for (const char* name : {"Rosa Quispe", "Hugo Mamani", "Ana Souza"}) {
    EXPECT_TRUE(HasEdge(name, "attended", meeting)) << name << "\n" << Dump();
  }
}

// "A and B will sit down with C and D": all four attend the talks the story is about.
TEST_F(ExtractAttendanceTest, SitDownWithAttends) {
  Extract(
      "Ministers to meet\nJun 9, 2025\n"
      "Peru and Chile will hold \"two plus two\" consultations between their ministers of foreign "
      "affairs and defence in Lima next week.\n"
      "Foreign Minister Rosa Quispe and Defence Minister Hugo Mamani will sit down with Chile's "
      "Foreign Minister, Eva Berg, and Defence Minister Lars Dahl.\n");
  const std::string meeting = Meeting();
  ASSERT_FALSE(meeting.empty()) << Dump();
  for (const char* name : {"Rosa Quispe", "Hugo Mamani", "Eva Berg", "Lars Dahl"}) {
    EXPECT_TRUE(HasEdge(name, "attended", meeting)) << name << "\n" << Dump();
  }
}

}  // namespace
}  // namespace dkg
