// Participants and represents as specifications, each on a document written for the test.
#include <gtest/gtest.h>

#include <string>

#include "tests/extract_fixture.h"

namespace dkg {
namespace {

class ExtractParticipantTest : public ExtractFixture {};

// "Belize sent A", "Representing Peru was B", "Chile was represented by C": the country a sentence
// says an attending official represents takes part in the meeting, as a country in the
// official's title does.
TEST_F(ExtractParticipantTest, StatedRepresentativesMakeTheirCountriesParticipants) {
  Extract(
      "Andean ministers meet\nMar 3, 2025\n"
      "The 12th Andean Fisheries Summit was held in Quito on Monday.\n"
      "Representing Peru was the Honourable Rosa Quispe, Minister of Fisheries; Belize sent the "
      "Honourable Hugo Mamani, Minister of Trade; and Chile was represented by Senator Lena Berg.\n");
  const ExtractedNode* summit = NodeNamedLike("meeting", "Fisheries Summit");
  ASSERT_NE(summit, nullptr) << Dump();
  EXPECT_TRUE(HasEdge("Rosa Quispe", "represents", "Peru")) << Dump();
  EXPECT_TRUE(HasEdge("Hugo Mamani", "represents", "Belize")) << Dump();
  EXPECT_TRUE(HasEdge("Peru", "participant", summit->name)) << Dump();
  EXPECT_TRUE(HasEdge("Belize", "participant", summit->name)) << Dump();
  EXPECT_TRUE(HasEdge("Chile", "participant", summit->name)) << Dump();
}

// Arrivals timed to the clock in a story about a summit: the officials are there for it, and a
// point between digits ("9.50 am") ends no sentence.
TEST_F(ExtractParticipantTest, OfficialsArrivingAtAClockTimeAttendTheMeetingInFocus) {
  Extract(
      "Arrivals begin\nMay 25, 2025\n"
      "Leaders have started to arrive in Lima for the 5th Andean Summit.\n"
      "Lena Berg, the Foreign Minister of Chile, arrived at 9.50 am today, and Karl Brandt, "
      "Speaker of the Senate of Bolivia, came after her at 11.40 am.\n");
  EXPECT_TRUE(HasEdge("Lena Berg", "attended", "5th Andean Summit")) << Dump();
  EXPECT_TRUE(HasEdge("Chile", "participant", "5th Andean Summit")) << Dump();
  EXPECT_TRUE(HasEdge("Bolivia", "participant", "5th Andean Summit")) << Dump();
}

}  // namespace
}  // namespace dkg
