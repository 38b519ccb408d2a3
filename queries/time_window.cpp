#include "queries/time_window.h"

#include <cctype>
#include <cstdio>
#include <tuple>

namespace dkg {

namespace {

bool Digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

int Number(std::string_view s) {
  int n = 0;
  for (char c : s) n = n * 10 + (c - '0');
  return n;
}

int DaysInMonth(int year, int month) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month == 2 && ((year % 4 == 0 && year % 100 != 0) || year % 400 == 0)) return 29;
  return kDays[month - 1];
}

}  // namespace

std::optional<DateSpan> DateSpan::ParseGiven(std::string_view iso) {
  if (iso.size() != 4 && iso.size() != 7 && iso.size() != 10) return std::nullopt;
  return Parse(iso);
}

std::optional<DateSpan> DateSpan::Parse(std::string_view iso) {
  if (iso.size() > 10 && Digits(iso.substr(0, 4)) && iso[4] == '-' && iso[7] == '-') {
    iso = iso.substr(0, 10);  // a timestamp: its day
  }
  if (iso.size() != 4 && iso.size() != 7 && iso.size() != 10) return std::nullopt;
  if (!Digits(iso.substr(0, 4))) return std::nullopt;
  const int year = Number(iso.substr(0, 4));
  if (year < 1) return std::nullopt;
  DateSpan span;
  if (iso.size() == 4) {
    span.first = year * 10000 + 101;
    span.last = year * 10000 + 1231;
    span.precision = 1;
    return span;
  }
  if (iso[4] != '-' || !Digits(iso.substr(5, 2))) return std::nullopt;
  const int month = Number(iso.substr(5, 2));
  if (month < 1 || month > 12) return std::nullopt;
  if (iso.size() == 7) {
    span.first = year * 10000 + month * 100 + 1;
    span.last = year * 10000 + month * 100 + DaysInMonth(year, month);
    span.precision = 2;
    return span;
  }
  if (iso[7] != '-' || !Digits(iso.substr(8, 2))) return std::nullopt;
  const int day = Number(iso.substr(8, 2));
  if (day < 1 || day > DaysInMonth(year, month)) return std::nullopt;
  span.first = span.last = year * 10000 + month * 100 + day;
  span.precision = 3;
  return span;
}

std::string DateSpan::Iso() const {
  char buffer[16];
  const int year = first / 10000, month = first / 100 % 100, day = first % 100;
  if (precision <= 1) std::snprintf(buffer, sizeof buffer, "%04d", year);
  else if (precision == 2) std::snprintf(buffer, sizeof buffer, "%04d-%02d", year, month);
  else std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
  return buffer;
}

bool TimeWindow::Holds(const DateSpan& span) const {
  if (from && span.first < from->first) return false;
  if (to && span.last > to->last) return false;
  return true;
}

bool TimeWindow::Holds(const std::string& iso) const {
  if (!active()) return true;
  auto span = DateSpan::Parse(iso);
  return span && Holds(*span);
}

void TimeWindow::TextBounds(std::string& at_least, std::string& below) const {
  at_least.clear();
  below.clear();
  // The lowest ISO text of a date whose first day is on or after `from`: the from-day itself,
  // its month when it is the month's first day ("2024-03" lies in --from 2024-03-01), its year
  // when it is January 1st. Texts sort as their first days do within one year, and a year's text
  // sorts before every month and day of it.
  if (from) {
    DateSpan lowest = *from;
    lowest.last = lowest.first;
    lowest.precision = from->first % 10000 == 101 ? 1 : from->first % 100 == 1 ? 2 : 3;
    at_least = lowest.Iso();
  }
  // Every date whose last day is on or before `to` has a text at most the to-day's (a month or
  // year ending by then is a prefix of it or sorts before it): below it and anything after.
  if (to) {
    DateSpan day = *to;
    day.first = day.last;
    day.precision = 3;
    below = day.Iso() + "~";  // '~' sorts after every digit and '-'
  }
}

bool IsTimedKind(const std::string& kind) { return kind == "meeting" || kind == "agreement"; }

bool TimeWindow::Excludes(const NodeRecord& node) const {
  return active() && IsTimedKind(node.kind) && !Holds(node.date);
}

std::string TimeWindow::Describe() const {
  return (from ? from->Iso() : std::string()) + ".." + (to ? to->Iso() : std::string());
}

Result<TimeWindow> ParseWindow(const std::string& from, const std::string& to,
                               const std::string& as_of) {
  if (!as_of.empty() && (!from.empty() || !to.empty())) {
    return Status::InvalidInput("--as-of cannot be combined with --from or --to");
  }
  TimeWindow window;
  for (auto [text, option, slot] : {std::tuple{&from, "--from", &window.from},
                                    std::tuple{&to, "--to", &window.to},
                                    std::tuple{&as_of, "--as-of", &window.to}}) {
    if (text->empty()) continue;
    auto span = DateSpan::ParseGiven(*text);
    if (!span) {
      return Status::InvalidInput(std::string(option) + " '" + *text +
                                  "' is not a date: give YYYY, YYYY-MM or YYYY-MM-DD");
    }
    *slot = *span;
  }
  if (window.from && window.to && window.from->first > window.to->last) {
    return Status::InvalidInput("--from " + from + " is after --to " + to);
  }
  return window;
}

Status CheckNodeInWindow(const Store& store, int64_t id, const TimeWindow& window) {
  if (!window.active()) return Status::Ok();
  auto node = store.GetNode(id);
  if (!node.ok()) return node.status();
  if (node.value() && window.Excludes(*node.value())) {
    const NodeRecord& n = *node.value();
    return Status::InvalidInput(n.name + " (" + n.kind + ", " + (n.date.empty() ? "undated" : n.date) +
                                ") lies outside the window " + window.Describe());
  }
  return Status::Ok();
}

Result<std::shared_ptr<const std::vector<int64_t>>> ExcludedByWindow(const Store& store,
                                                                     const TimeWindow& window) {
  if (!window.active()) return std::shared_ptr<const std::vector<int64_t>>();
  auto dated = store.NodeDates({"meeting", "agreement"});
  if (!dated.ok()) return dated.status();
  auto out = std::make_shared<std::vector<int64_t>>();
  for (const auto& [id, date] : dated.value()) {
    if (!window.Holds(date)) out->push_back(id);
  }
  return std::shared_ptr<const std::vector<int64_t>>(std::move(out));  // sorted: NodeDates is
}

}  // namespace dkg
