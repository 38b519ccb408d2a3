// Meeting dates (h99), each on a document written for the test.
#include <gtest/gtest.h>

#include <string>

#include "tests/extract_fixture.h"

namespace dkg {
namespace {

class ExtractDates99Test : public ExtractFixture {};

// A visitor said to be in the destination on a visit: the visit is under way, the story's day is
// one of its days but not said to be its first, so only the month is known.
TEST_F(ExtractDates99Test, VisitUnderWayKeepsOnlyTheMonth) {
  Extract(
      "Lindqvist and Mbeki talk trade in Pretoria\nApr 12, 2024\n"
      "President Karin Lindqvist of Sweden held talks with President Thabo Mbeki of South Africa in "
      "Pretoria on Thursday.\n"
      "Lindqvist is in South Africa on a state visit, her first to the continent.\n");
  EXPECT_EQ(DateOf("visit"), "2024-04") << Dump();
}

// A visit dated by its own clause keeps its day.
TEST_F(ExtractDates99Test, VisitDatedByItsOwnClauseKeepsTheDay) {
  Extract(
      "Lindqvist arrives in Pretoria\nApr 12, 2024\n"
      "President Karin Lindqvist of Sweden began a state visit to South Africa on Wednesday.\n");
  EXPECT_EQ(DateOf("visit"), "2024-04-10") << Dump();
}

// A range right after a visit noun is the visit's: the visit takes its first day, a meeting held
// during it one of its days, not said which, so only the month.
TEST_F(ExtractDates99Test, MeetingWithinAVisitsRangeKeepsOnlyTheMonth) {
  Extract(
      "Osei heads to Lisbon\nMay 2, 2025\n"
      "Foreign Minister Kofi Osei of Ghana will travel to Portugal on an official visit on Saturday.\n"
      "During the visit (May 3-6), Osei is to meet Paulo Rangel, the Foreign Minister of Portugal.\n");
  EXPECT_EQ(DateOf("Rangel"), "2025-05") << Dump();
  EXPECT_EQ(DateOf("visit"), "2025-05-03") << Dump();
}

// "The banquet brought a four-day visit to its close" on the story's day: that day is the visit's
// last, so it began three days before.
TEST_F(ExtractDates99Test, VisitBroughtToItsCloseBeganDaysBefore) {
  Extract(
      "Osei and Rangel dine in Porto\nMay 9, 2025\n"
      "Foreign Minister Kofi Osei of Ghana dined with Foreign Minister Paulo Rangel of Portugal in Porto; "
      "the dinner brought a four-day visit to Portugal to its close.\n");
  EXPECT_EQ(DateOf("visit"), "2025-05-06") << Dump();
}

// "launched in 2015 at the 9th Summit": the date tells when the summit was, whatever else
// the sentence dates with it.
TEST_F(ExtractDates99Test, DateBeforeAtAMeetingDatesThatMeeting) {
  Extract(
      "Andean trade pact enters into force\nJun 3, 2024\n"
      "Negotiations on the pact were opened in early 2015 at the 9th Andean Summit in Quito.\n");
  EXPECT_EQ(DateOf("Andean Summit"), "2015") << Dump();
}

}  // namespace
}  // namespace dkg
