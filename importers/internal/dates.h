#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "importers/internal/tokenizer.h"

namespace dkg::internal {

// A calendar date at the precision the text gives: year only, year and month, or a full day.
struct Date {
  int year = 0;
  int month = 0;  // 0 when unknown
  int day = 0;    // 0 when unknown
  bool valid() const { return year > 0; }
  std::string Iso() const;  // "2024-11-27", "2024-08" or "1903"; empty when invalid
};

// Which comes first in an all-numeric date ("06.03.2024", "30/08/2024") whose first two numbers
// are both 12 or less. kUnknown takes the day first, as most of the world's press writes it.
enum class DayOrder { kUnknown, kDayFirst, kMonthFirst };

// Parses an ISO date ("2024-11-27", "2024-08", "2024"), a printed one ("Nov 27, 2024",
// "27 November 2024", "November 27, 2024") or an all-numeric one ("06.03.2024", "30/08/2024",
// "2024/03/06"). In a numeric day-month-year date a number above 12 is the day; when both are 12
// or less, `order` decides (the document's own convention, WrittenDayOrder).
std::optional<Date> ParseDateText(std::string_view text, DayOrder order = DayOrder::kUnknown);

// The order the text writes its dates in words: "6 March 2024" is day first, "March 6, 2024"
// month first; the more frequent wins, kUnknown on a tie or when it writes none.
DayOrder WrittenDayOrder(std::string_view text);

// Days from `a` to `b` (negative when `b` is earlier); nullopt unless both are full dates.
std::optional<long> DaysBetween(const Date& a, const Date& b);

// `d` moved by `days` (a full date only; any other is returned as it is).
Date AddDays(const Date& d, long days);

// Which way a relative expression ("on Wednesday") points from the publication date.
enum class Tense { kPast, kFuture };

// A date expression found in a token sequence.
struct DateMatch {
  Date date;
  size_t begin = 0;  // token range [begin, end)
  size_t end = 0;
  bool relative = false;  // resolved against the publication date (a weekday, "last month")
};

// Finds the date expression starting at tokens[i], if any. Absolute forms: "August 20, 2024",
// "20 August 2024", "Aug. 20-21, 2024", "September 2022", "in 2018". Relative forms resolved
// against `published`: weekdays, today, yesterday, tomorrow, last/next month, last/next year,
// earlier this year, this month. A month and day without a year take the publication year.
std::optional<DateMatch> MatchDate(const std::vector<Token>& tokens, size_t i,
                                   const Date& published, Tense tense);

// The end of the date expression written at tokens[i], whether or not the calendar has that day
// ("31 February 2026" is written as a date, though MatchDate refuses it): what a layout rule
// steps over (a dateline's date), never a date to store. 0 when no date is written there.
size_t WrittenDateEnd(const std::vector<Token>& tokens, size_t i);

// Whether tokens[i] opens a year counted from publication ("next year", "last year", "this year":
// a step word of data/lexicon/dates.tsv before a year unit): a date with it has its year written.
bool CountsYearFromPublication(const std::vector<Token>& tokens, size_t i);

// Whether `word` names a weekday in full or cut to three letters or more ("Tuesday", "Tue",
// "Tues"; any case): the weekdays of data/lexicon/dates.tsv.
bool IsWeekdayName(std::string_view word);

}  // namespace dkg::internal
