// All-numeric publication dates (h73): "06.03.2024", "30/08/2024". A number above 12 is the day;
// when both could be, the order the story writes its dates in words decides.
#include <gtest/gtest.h>

#include <string>

#include "importers/internal/dates.h"
#include "importers/reader.h"
#include "tests/extract_fixture.h"

namespace dkg {
namespace {

using internal::DayOrder;
using internal::ParseDateText;
using internal::WrittenDayOrder;

TEST(NumericDateTest, ANumberAboveTwelveIsTheDay) {
  EXPECT_EQ(ParseDateText("30/08/2024")->Iso(), "2024-08-30");
  EXPECT_EQ(ParseDateText("08/30/2024")->Iso(), "2024-08-30");
  EXPECT_EQ(ParseDateText("17.11.2023", DayOrder::kMonthFirst)->Iso(), "2023-11-17");
}

TEST(NumericDateTest, BothUnderThirteenFollowTheOrderGiven) {
  EXPECT_EQ(ParseDateText("06.03.2024")->Iso(), "2024-03-06");
  EXPECT_EQ(ParseDateText("06.03.2024", DayOrder::kDayFirst)->Iso(), "2024-03-06");
  EXPECT_EQ(ParseDateText("06.03.2024", DayOrder::kMonthFirst)->Iso(), "2024-06-03");
  EXPECT_EQ(ParseDateText("4-9-2022", DayOrder::kMonthFirst)->Iso(), "2022-04-09");
}

TEST(NumericDateTest, YearFirstIsYearMonthDay) {
  EXPECT_EQ(ParseDateText("2024/03/06")->Iso(), "2024-03-06");
  EXPECT_EQ(ParseDateText("2024.3.6", DayOrder::kMonthFirst)->Iso(), "2024-03-06");
  EXPECT_EQ(ParseDateText("2024-03-06")->Iso(), "2024-03-06");
}

TEST(NumericDateTest, ImpossibleOrMixedFormsAreNoDate) {
  EXPECT_FALSE(ParseDateText("31/02/2024").has_value());
  EXPECT_FALSE(ParseDateText("13/13/2024").has_value());
  EXPECT_FALSE(ParseDateText("06.03/2024").has_value());
  EXPECT_FALSE(ParseDateText("1.2.3.2024").has_value());
  EXPECT_FALSE(ParseDateText("12/2024/05").has_value());
  EXPECT_FALSE(ParseDateText("3.14").has_value());
}

TEST(NumericDateTest, TheBodyTellsItsOrderByItsWrittenDates) {
  EXPECT_EQ(WrittenDayOrder("The talks of 4 May 2023 and of 9 June 2023 went well."), DayOrder::kDayFirst);
  EXPECT_EQ(WrittenDayOrder("The talks of May 4, 2023 went well."), DayOrder::kMonthFirst);
  EXPECT_EQ(WrittenDayOrder("No dates at all here."), DayOrder::kUnknown);
}

TEST(NumericDateTest, ADateLineIsReadInTheStorysOwnOrder) {
  auto us = ParseTextDocument("Envoy arrives\n05/04/2024\nThe envoy, who last came on March 2, 2023, arrived.\n", "a.txt");
  ASSERT_TRUE(us.ok());
  EXPECT_EQ(us->document.date, "2024-05-04");
  auto eu = ParseTextDocument("Envoy arrives\n05/04/2024\nThe envoy, who last came on 2 March 2023, arrived.\n", "b.txt");
  ASSERT_TRUE(eu.ok());
  EXPECT_EQ(eu->document.date, "2024-04-05");
  auto none = ParseTextDocument("Envoy arrives\n05.04.2024\nThe envoy arrived.\n", "c.txt");
  ASSERT_TRUE(none.ok());
  EXPECT_EQ(none->document.date, "2024-04-05");
}

class ExtractNumericDatesTest : public ExtractFixture {};

// The date line anchors the story's relative dates as a written one would.
TEST_F(ExtractNumericDatesTest, YesterdayCountsFromANumericDateLine) {
  Extract(
      "Ministers of Chile and Ghana meet\n19.09.2025\n"
      "Foreign Minister Ana Ortiz of Chile met Foreign Minister Kwame Boateng of Ghana in Accra yesterday.\n");
  bool dated = false;
  for (const auto& n : graph_.nodes) {
    if (n.kind == "meeting") dated = n.date == "2025-09-18";
  }
  EXPECT_TRUE(dated) << Dump();
}

}  // namespace
}  // namespace dkg
