#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

// Dated claims: what each document says of the date of a meeting or an agreement, and the date a
// node shows when its documents disagree. Pure functions; the store (engine/store.cpp) keeps the
// claims in the date_claims table and calls these.
namespace dkg {

// One claim: the date a document gives (ISO at its precision), in the order claims were stored.
struct DateClaim {
  std::string date;
  int64_t document_id = 0;  // 0: an analyst's set-date correction
};

// The date a node shows: the most precise date the most claims support. A claim supports every
// date it is a prefix of ("2024-11" supports "2024-11" and "2024-11-27"), so a less precise claim
// never outvotes a more precise one that agrees with it ("2024-11" against "2024-11-27" gives
// "2024-11-27") and two days ("2024-11-26" against "2024-11-27") are a conflict decided by the
// number of documents for each. Ties go to the more precise date, then to the earliest claim.
// Empty when there is no claim.
std::string ChooseDate(const std::vector<DateClaim>& claims);

// Whether two ISO dates (any precision) can be the same day: one is a prefix of the other.
bool DatesAgree(const std::string& a, const std::string& b);

// Whether two ISO dates that disagree can still be one event reported wrongly, under the
// conservative rule of docs/extraction.md ("Conflicting dates"): both days, at most
// `max_days` apart. Nullopt-safe: false for anything not a day.
bool DaysWithin(const std::string& a, const std::string& b, int max_days);

// The distance in days between the intervals two ISO dates cover (0 when they overlap); nullopt
// when either is not a date.
std::optional<int64_t> DaysApart(const std::string& a, const std::string& b);

}  // namespace dkg
