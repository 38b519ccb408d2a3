// Meetings, series and roles in phrasings the project's own corpus rarely uses, each on a
// document written for the test.
#include <gtest/gtest.h>

#include <string>

#include "tests/extract_fixture.h"

namespace dkg {
namespace {

class ExtractGeneralTest : public ExtractFixture {};

// "will also call on" a senior official: a courtesy call is a meeting of the two.
TEST_F(ExtractGeneralTest, CallingOnAnOfficialIsAMeeting) {
  Extract(
      "Minister visits Accra\nMay 3, 2025\n"
      "Foreign Minister Lena Berg of Sweden arrived in Accra on Monday for a two-day visit.\n"
      "Minister Berg will also call on Vice President Kwame Mensah before leaving for Lome.\n");
  EXPECT_TRUE(HasRole("Lena Berg", "attended")) << Dump();
  EXPECT_TRUE(HasRole("Kwame Mensah", "attended")) << Dump();
}

// "The second round was held in Quito in 2021": an earlier round named in passing is a meeting
// held there.
TEST_F(ExtractGeneralTest, AnEarlierRoundHeldElsewhereIsAMeeting) {
  Extract(
      "Peru, Ecuador hold border talks\nOct 2, 2024\n"
      "LIMA, Oct 2 - Peru and Ecuador held the third round of their border consultations in Lima "
      "on Tuesday, the foreign ministry said.\n"
      "The second round was held in Quito in 2021.\n");
  EXPECT_TRUE(HasEdge("second round in Quito", "held_in", "Quito")) << Dump();
}

}  // namespace
}  // namespace dkg
