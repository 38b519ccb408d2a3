// Multi-stop trips (h126), each on a document written for the test.
#include <gtest/gtest.h>

#include <string>

#include "tests/extract_fixture.h"

namespace dkg {
namespace {

class ExtractTours126Test : public ExtractFixture {};

// "Returned on Friday after a three-day tour": Friday is the trip's last day, so it began two
// days before; the return day is not the date of the trip.
TEST_F(ExtractTours126Test, ReturnedAfterDaysLongVisitBeganDaysBefore) {
  Extract(
      "Minister back from Lima and Quito\nOct 18, 2024\n"
      "Foreign Minister Ingrid Solberg of Norway came back to Oslo on Friday after a three-day "
      "working visit to Lima and Quito.\n"
      "In Lima she held talks with Foreign Minister Elmer Schialer of Peru.\n");
  EXPECT_EQ(DateOf("visit"), "2024-10-16") << Dump();
}

// "Concluded her two-day visit on Tuesday": Tuesday is the last day.
TEST_F(ExtractTours126Test, ConcludedDaysLongVisitOnADay) {
  Extract(
      "Minister ends Chile stop\nNov 6, 2024\n"
      "Foreign Minister Ingrid Solberg of Norway concluded a two-day visit to Santiago on Tuesday, "
      "before flying on to Buenos Aires.\n");
  EXPECT_EQ(DateOf("visit"), "2024-11-04") << Dump();
}

// A day-count visit with no lead word keeps the day its clause gives: "began a three-day visit
// on Monday" starts on Monday.
TEST_F(ExtractTours126Test, BeganDaysLongVisitKeepsItsDay) {
  Extract(
      "Minister starts Andean tour\nNov 6, 2024\n"
      "Foreign Minister Ingrid Solberg of Norway began a three-day visit to Lima on Monday.\n");
  EXPECT_EQ(DateOf("visit"), "2024-11-04") << Dump();
}

}  // namespace
}  // namespace dkg
