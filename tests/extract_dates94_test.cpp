// A day range whose first end names no year takes the year of its second end (h94):
// "from 10 February to 12 February 2020" is 2020's, not the publication's.
#include <gtest/gtest.h>

#include <string>

#include "importers/internal/dates.h"
#include "importers/internal/tokenizer.h"
#include "tests/extract_fixture.h"

namespace dkg {
namespace {

using internal::Date;
using internal::MatchDate;
using internal::Tense;
using internal::Tokenize;

// The date that starts at the first token of `text`, published on 2026-05-04, or "-" for none.
std::string First(const std::string& text) {
  const auto tokens = Tokenize(text);
  auto m = MatchDate(tokens, 0, Date{2026, 5, 4}, Tense::kPast);
  return m ? m->date.Iso() : "-";
}

TEST(RangeYearTest, DayMonthToDayMonthYear) {
  EXPECT_EQ(First("3 March to 6 March 2019 in Quito"), "2019-03-03");
  EXPECT_EQ(First("3rd of March through 6th of March, 2019"), "2019-03-03");
  EXPECT_EQ(First("3 March - 6 March 2019"), "2019-03-03");
  EXPECT_EQ(First("3 March and 6 March 2019"), "2019-03-03");
}

TEST(RangeYearTest, MonthDayToMonthDayYear) {
  EXPECT_EQ(First("March 3 to March 6, 2019"), "2019-03-03");
  EXPECT_EQ(First("March 3 and March 6, 2019"), "2019-03-03");
  EXPECT_EQ(First("March 30 to April 2, 2019"), "2019-03-30");
  EXPECT_EQ(First("30 March to 2 April 2019"), "2019-03-30");
}

// A dash with spaces round it joins two days when a comma, a year or a month follows the second;
// "until" joins like "to".
TEST(RangeYearTest, SpacedDashAndUntilJoinDays) {
  EXPECT_EQ(First("March 3 - 6, 2019"), "2019-03-03");
  EXPECT_EQ(First("3 - 6 March 2019"), "2019-03-03");
  EXPECT_EQ(First("3 until 6 March 2019"), "2019-03-03");
  EXPECT_EQ(First("3 March until 6 March 2019"), "2019-03-03");
  const auto tokens = Tokenize("March 3 - 12 delegations came");
  auto m = MatchDate(tokens, 0, Date{2026, 5, 4}, Tense::kPast);
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(m->end, 2u);  // "March 3": the dash is the clause's
}

// The range spans the new year: its first end is in the year before.
TEST(RangeYearTest, RangeOverTheNewYearStartsTheYearBefore) {
  EXPECT_EQ(First("29 December to 2 January 2018"), "2017-12-29");
  EXPECT_EQ(First("December 29 to January 2, 2018"), "2017-12-29");
}

// The match covers the whole range, as "3 to 6 March 2019" does.
TEST(RangeYearTest, TheMatchEndsAfterTheYear) {
  const auto tokens = Tokenize("3 March to 6 March 2019 in Quito");
  auto m = MatchDate(tokens, 0, Date{2026, 5, 4}, Tense::kPast);
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(m->end, 6u);  // "3 March to 6 March 2019"
  EXPECT_FALSE(m->relative);
}

// Without a year after the second end, or with something else after the join, the first end
// keeps the publication's year.
TEST(RangeYearTest, NoSecondYearKeepsThePublicationYear) {
  EXPECT_EQ(First("3 March to 6 March in Quito"), "2026-03-03");
  EXPECT_EQ(First("3 March and 2019 was"), "2026-03-03");
  EXPECT_EQ(First("March 3 to Quito 2019"), "2026-03-03");
  EXPECT_EQ(First("3 March, and 6 March 2019"), "2026-03-03");
}

// A date with no publication date to lean on is still a date when the range gives its year.
TEST(RangeYearTest, ParsedWithoutPublicationDate) {
  EXPECT_EQ(internal::ParseDateText("3 March to 6 March 2019")->Iso(), "2019-03-03");
}

class ExtractDates94Test : public ExtractFixture {};

TEST_F(ExtractDates94Test, ForumHeldOverADayRangeTakesTheRangesYear) {
  Extract(
      "Andean ministers look back\nMay 4, 2026\n"
      "The 5th Andean Water Forum was held in Quito from 3 March to 6 March 2019. Foreign Minister "
      "Rosa Quispe of Peru attended the 5th Andean Water Forum.\n");
  EXPECT_EQ(DateOf("Andean Water Forum"), "2019-03-03") << Dump();
}

TEST_F(ExtractDates94Test, ForumHeldBetweenMonthDayAndMonthDayYear) {
  Extract(
      "Andean ministers look back\nMay 4, 2026\n"
      "The 5th Andean Water Forum took place in Quito between March 3 and March 6, 2019. Foreign "
      "Minister Rosa Quispe of Peru attended the 5th Andean Water Forum.\n");
  EXPECT_EQ(DateOf("Andean Water Forum"), "2019-03-03") << Dump();
}

}  // namespace
}  // namespace dkg
