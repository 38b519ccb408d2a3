// A visit dated by its close (h173): "concluded on Thursday a two-day visit", "wrapped up a
// three-day visit on Friday", "at the end of a two-day visit". The day given is the visit's last;
// a meeting is dated by its first day, so the visit began that many days less one before. What was
// signed at it keeps the day the text gives. Each story is written for the test.
#include <gtest/gtest.h>

#include <string>

#include "tests/extract_fixture.h"

namespace dkg {
namespace {

class ExtractVisitClose173Test : public ExtractFixture {};

// The day's own words between the lead verb and the length ("concluded on Thursday a two-day").
TEST_F(ExtractVisitClose173Test, DateBetweenTheEndVerbAndTheLengthIsTheLastDay) {
  Extract(
      "Minister leaves Reykjavik\nJun 12, 2026\n"
      "Foreign Minister Marta Soares of Portugal concluded on Thursday a two-day official visit to "
      "Iceland.\n"
      "During the visit, Soares and Icelandic Foreign Minister Einar Bjarnason signed a memorandum of "
      "understanding on geothermal energy.\n");
  EXPECT_EQ(DateOf("visit"), "2026-06-10") << Dump();
  const ExtractedNode* memo = NodeNamedLike("agreement", "geothermal");
  ASSERT_NE(memo, nullptr) << Dump();
  EXPECT_EQ(memo->date, "2026-06-11") << Dump();
}

// A lead verb with its particle ("wrapped up"), the day after the visit's name.
TEST_F(ExtractVisitClose173Test, WrappedUpAVisitOnADayBeganEarlier) {
  Extract(
      "Minister home from Iceland\nJun 12, 2026\n"
      "Foreign Minister Marta Soares of Portugal wrapped up a three-day state visit to Iceland on "
      "Friday.\n");
  EXPECT_EQ(DateOf("visit"), "2026-06-10") << Dump();
}

// "at the end of a two-day visit": the clause's day is the visit's last and the signing's own.
TEST_F(ExtractVisitClose173Test, AtTheEndOfAVisitIsItsLastDay) {
  Extract(
      "Fisheries deal signed\nJun 12, 2026\n"
      "Foreign Minister Marta Soares of Portugal and Icelandic Foreign Minister Einar Bjarnason signed "
      "an agreement on fisheries in Reykjavik on Thursday at the end of a two-day visit by Soares to "
      "Iceland.\n");
  EXPECT_EQ(DateOf("visit"), "2026-06-10") << Dump();
  const ExtractedNode* deal = NodeNamedLike("agreement", "fisheries");
  ASSERT_NE(deal, nullptr) << Dump();
  EXPECT_EQ(deal->date, "2026-06-11") << Dump();
}

// Near misses: a visit of one day began the day it ended; a close still to come gives no day to
// count back from.
TEST_F(ExtractVisitClose173Test, OneDayVisitAndAFutureCloseAreNotMoved) {
  Extract(
      "Minister in Iceland\nJun 12, 2026\n"
      "Foreign Minister Marta Soares of Portugal concluded a one-day visit to Iceland on Thursday.\n");
  EXPECT_EQ(DateOf("visit"), "2026-06-11") << Dump();
  Extract(
      "Minister to leave Iceland\nJun 12, 2026\n"
      "Foreign Minister Marta Soares of Portugal will conclude a two-day visit to Iceland next week.\n");
  const std::string date = DateOf("visit");
  EXPECT_NE(date, "?") << Dump();
  EXPECT_NE(date.size(), 10u) << Dump();
}

}  // namespace
}  // namespace dkg
