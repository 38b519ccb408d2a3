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

// Parses an ISO date ("2024-11-27", "2024-08", "2024") or a printed one ("Nov 27, 2024",
// "27 November 2024", "November 27, 2024").
std::optional<Date> ParseDateText(std::string_view text);

// Days from `a` to `b` (negative when `b` is earlier); nullopt unless both are full dates.
std::optional<long> DaysBetween(const Date& a, const Date& b);

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

}  // namespace dkg::internal
