#include "engine/date_claims.h"

#include <cctype>
#include <chrono>
#include <map>

namespace dkg {

namespace {

// Days since 1970-01-01 of a civil date.
int64_t DayNumber(int64_t y, int64_t m, int64_t d) {
  namespace chr = std::chrono;
  return chr::sys_days(chr::year(static_cast<int>(y)) / chr::month(static_cast<unsigned>(m)) /
                       chr::day(static_cast<unsigned>(d)))
      .time_since_epoch()
      .count();
}

bool Digits(const std::string& s, size_t from, size_t n) {
  for (size_t i = from; i < from + n; ++i) {
    if (i >= s.size() || !std::isdigit(static_cast<unsigned char>(s[i]))) return false;
  }
  return true;
}

// The first and last day numbers of an ISO date of 4, 7 or 10 characters.
std::optional<std::pair<int64_t, int64_t>> Interval(const std::string& iso) {
  if (!Digits(iso, 0, 4)) return std::nullopt;
  const int64_t y = std::stoi(iso.substr(0, 4));
  if (iso.size() == 4) return std::pair{DayNumber(y, 1, 1), DayNumber(y, 12, 31)};
  if (iso.size() < 7 || iso[4] != '-' || !Digits(iso, 5, 2)) return std::nullopt;
  const int64_t m = std::stoi(iso.substr(5, 2));
  if (m < 1 || m > 12) return std::nullopt;
  if (iso.size() == 7) {
    const int64_t next = m == 12 ? DayNumber(y + 1, 1, 1) : DayNumber(y, m + 1, 1);
    return std::pair{DayNumber(y, m, 1), next - 1};
  }
  if (iso.size() != 10 || iso[7] != '-' || !Digits(iso, 8, 2)) return std::nullopt;
  const int64_t d = std::stoi(iso.substr(8, 2));
  if (d < 1 || d > 31) return std::nullopt;
  return std::pair{DayNumber(y, m, d), DayNumber(y, m, d)};
}

}  // namespace

bool DatesAgree(const std::string& a, const std::string& b) {
  return a.rfind(b, 0) == 0 || b.rfind(a, 0) == 0;
}

std::optional<int64_t> DaysApart(const std::string& a, const std::string& b) {
  auto x = Interval(a), y = Interval(b);
  if (!x || !y) return std::nullopt;
  if (x->second < y->first) return y->first - x->second;
  if (y->second < x->first) return x->first - y->second;
  return 0;
}

bool DaysWithin(const std::string& a, const std::string& b, int max_days) {
  if (a.size() != 10 || b.size() != 10) return false;
  auto apart = DaysApart(a, b);
  return apart && *apart <= max_days;
}

std::string ChooseDate(const std::vector<DateClaim>& claims) {
  std::string best;
  size_t best_support = 0;
  std::map<std::string, bool> seen;
  for (const DateClaim& candidate : claims) {  // in claim order: a tie keeps the earliest
    if (candidate.date.empty() || !seen.emplace(candidate.date, true).second) continue;
    size_t support = 0;
    for (const DateClaim& c : claims) {
      if (!c.date.empty() && candidate.date.rfind(c.date, 0) == 0) ++support;
    }
    if (support > best_support || (support == best_support && candidate.date.size() > best.size())) {
      best = candidate.date;
      best_support = support;
    }
  }
  return best;
}

}  // namespace dkg
