#include "importers/internal/dates.h"

#include <cctype>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <set>

namespace dkg::internal {

namespace {

namespace chr = std::chrono;

int MonthNumber(const std::string& lower) {
  static const std::map<std::string, int> kMonths = {
      {"january", 1}, {"jan", 1}, {"jan.", 1}, {"february", 2}, {"feb", 2}, {"feb.", 2},
      {"march", 3}, {"mar", 3}, {"mar.", 3}, {"april", 4}, {"apr", 4}, {"apr.", 4},
      {"may", 5}, {"june", 6}, {"jun", 6}, {"july", 7}, {"jul", 7}, {"august", 8},
      {"aug", 8}, {"aug.", 8}, {"september", 9}, {"sept", 9}, {"sept.", 9}, {"sep", 9},
      {"sep.", 9}, {"october", 10}, {"oct", 10}, {"oct.", 10}, {"november", 11},
      {"nov", 11}, {"nov.", 11}, {"december", 12}, {"dec", 12}, {"dec.", 12}};
  auto it = kMonths.find(lower);
  return it == kMonths.end() ? 0 : it->second;
}

int WeekdayNumber(const std::string& lower) {  // 0 = Sunday, as std::chrono::weekday
  static const std::map<std::string, int> kDays = {
      {"sunday", 0}, {"monday", 1}, {"tuesday", 2}, {"wednesday", 3},
      {"thursday", 4}, {"friday", 5}, {"saturday", 6}};
  auto it = kDays.find(lower);
  return it == kDays.end() ? -1 : it->second;
}

// A day number 1..31 from "20", "20th", "20-21" (a range takes its first day).
int DayNumber(const Token& t) {
  if (!t.number) return 0;
  int value = std::atoi(t.text.c_str());
  return value >= 1 && value <= 31 ? value : 0;
}

int YearNumber(const Token& t) {
  if (!t.number || t.text.size() != 4) return 0;
  int value = std::atoi(t.text.c_str());
  return value >= 1000 && value <= 2200 ? value : 0;
}

chr::sys_days ToDays(const Date& d) {
  return chr::sys_days(chr::year(d.year) / chr::month(d.month) / chr::day(d.day));
}

Date FromDays(chr::sys_days days) {
  chr::year_month_day ymd(days);
  return {static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
          static_cast<int>(static_cast<unsigned>(ymd.day()))};
}

bool Is(const std::vector<Token>& t, size_t i, const char* lower) {
  return i < t.size() && t[i].lower == lower;
}

// Skips a day range tail "-21" or "–21" after a day, or " to 21", " and 21" (so the year after
// "May 18 to 19, 2023" is the range's).
size_t SkipRange(const std::vector<Token>& t, size_t i) {
  if (i + 1 < t.size() && t[i].text == "-" && t[i + 1].number && !t[i].space_before) return i + 2;
  if (i + 1 < t.size() && (t[i].lower == "to" || t[i].lower == "and" || t[i].lower == "through") &&
      DayNumber(t[i + 1]) && t[i + 1].text.size() <= 2) {
    return i + 2;
  }
  return i;
}

}  // namespace

std::string Date::Iso() const {
  if (!valid()) return {};
  char buf[40];  // room for any int, so the compiler can prove no truncation
  if (month == 0) std::snprintf(buf, sizeof buf, "%04d", year);
  else if (day == 0) std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
  else std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return buf;
}

std::optional<long> DaysBetween(const Date& a, const Date& b) {
  if (!a.valid() || !b.valid() || a.day == 0 || b.day == 0) return std::nullopt;
  return static_cast<long>((ToDays(b) - ToDays(a)).count());
}

std::optional<Date> ParseDateText(std::string_view text) {
  auto digits = [&](size_t from, size_t n) {
    for (size_t k = from; k < from + n; ++k) {
      if (k >= text.size() || !std::isdigit(static_cast<unsigned char>(text[k]))) return false;
    }
    return true;
  };
  auto number = [&](size_t from, size_t n) { return std::atoi(std::string(text.substr(from, n)).c_str()); };
  if (digits(0, 4)) {
    if (text.size() == 4) return Date{number(0, 4), 0, 0};
    if (text.size() == 7 && text[4] == '-' && digits(5, 2)) return Date{number(0, 4), number(5, 2), 0};
    if (text.size() == 10 && text[4] == '-' && digits(5, 2) && text[7] == '-' && digits(8, 2)) {
      return Date{number(0, 4), number(5, 2), number(8, 2)};
    }
  }
  std::vector<Token> tokens = Tokenize(text);
  for (size_t i = 0; i < tokens.size(); ++i) {
    auto match = MatchDate(tokens, i, Date{}, Tense::kPast);
    if (match && !match->relative && match->date.valid()) return match->date;
  }
  return std::nullopt;
}

std::optional<DateMatch> MatchDate(const std::vector<Token>& t, size_t i, const Date& published,
                                   Tense tense) {
  if (i >= t.size() || !t[i].word) return std::nullopt;
  const std::string& w = t[i].lower;
  // Most tokens are lower-case words that start no date: reject them before any lookup.
  if (!t[i].number && !t[i].cap) {
    static const std::set<std::string> kRelative = {"today", "tonight", "yesterday", "tomorrow",
                                                    "last", "next", "this", "earlier", "later",
                                                    "monday", "tuesday", "wednesday", "thursday",
                                                    "friday", "saturday", "sunday"};
    if (!kRelative.count(w)) return std::nullopt;
  }
  // "Month Day[, Year]" and "Month Year".
  if (int month = MonthNumber(w); month && t[i].cap) {
    size_t j = i + 1;
    if (j < t.size() && t[j].text == ".") ++j;
    if (j < t.size() && YearNumber(t[j])) {
      return DateMatch{{YearNumber(t[j]), month, 0}, i, j + 1, false};
    }
    if (j < t.size() && DayNumber(t[j])) {
      int day = DayNumber(t[j]);
      size_t k = SkipRange(t, j + 1);
      if (k < t.size() && t[k].text == ",") ++k;
      if (k < t.size() && YearNumber(t[k])) return DateMatch{{YearNumber(t[k]), month, day}, i, k + 1, false};
      if (published.valid()) {
        return DateMatch{{published.year, month, day}, i, SkipRange(t, j + 1), true};
      }
    }
    // "September last year", "March this year".
    if (j + 1 < t.size() && (t[j].lower == "last" || t[j].lower == "this" || t[j].lower == "next") &&
        t[j + 1].lower == "year" && published.valid()) {
      const int year = published.year + (t[j].lower == "last" ? -1 : t[j].lower == "next" ? 1 : 0);
      return DateMatch{{year, month, 0}, i, j + 2, true};
    }
    // "in September": the nearest such month on the side the tense points to.
    if (i > 0 && t[i - 1].lower == "in" && published.valid()) {
      int year = published.year;
      if (tense == Tense::kPast && month > published.month) --year;
      if (tense == Tense::kFuture && month < published.month) ++year;
      return DateMatch{{year, month, 0}, i, j, true};
    }
    return std::nullopt;
  }
  // "20 August 2024", "20-21 August 2024", "20th August".
  if (int day = DayNumber(t[i])) {
    size_t j = SkipRange(t, i + 1);
    if (j < t.size() && t[j].lower == "of") ++j;
    if (j < t.size() && MonthNumber(t[j].lower) && t[j].cap) {
      int month = MonthNumber(t[j].lower);
      size_t k = j + 1;
      if (k < t.size() && t[k].text == ",") ++k;
      if (k < t.size() && YearNumber(t[k])) return DateMatch{{YearNumber(t[k]), month, day}, i, k + 1, false};
      if (published.valid()) return DateMatch{{published.year, month, day}, i, j + 1, true};
    }
    return std::nullopt;
  }
  // A bare year after "in": "in 2018".
  if (YearNumber(t[i]) && i > 0 && t[i - 1].lower == "in") {
    return DateMatch{{YearNumber(t[i]), 0, 0}, i, i + 1, false};
  }
  if (!published.valid() || published.day == 0) return std::nullopt;
  // Weekdays: the nearest such day before (past) or after (future) the publication date,
  // the publication day itself included.
  if (int wd = WeekdayNumber(w); wd >= 0) {
    chr::sys_days pub = ToDays(published);
    const int pub_wd = static_cast<int>(chr::weekday(pub).c_encoding());
    int delta = tense == Tense::kPast ? -((pub_wd - wd + 7) % 7) : (wd - pub_wd + 7) % 7;
    return DateMatch{FromDays(pub + chr::days(delta)), i, i + 1, true};
  }
  if (w == "today" || w == "tonight") return DateMatch{published, i, i + 1, true};
  if (w == "yesterday") return DateMatch{FromDays(ToDays(published) - chr::days(1)), i, i + 1, true};
  if (w == "tomorrow") return DateMatch{FromDays(ToDays(published) + chr::days(1)), i, i + 1, true};
  if ((w == "last" || w == "next" || w == "this") && i + 1 < t.size()) {
    const int step = w == "last" ? -1 : w == "next" ? 1 : 0;
    if (t[i + 1].lower == "month") {
      int month = published.month + step, year = published.year;
      if (month == 0) { month = 12; --year; }
      if (month == 13) { month = 1; ++year; }
      return DateMatch{{year, month, 0}, i, i + 2, true};
    }
    if (t[i + 1].lower == "year") return DateMatch{{published.year + step, 0, 0}, i, i + 2, true};
  }
  if ((w == "earlier" || w == "later") && Is(t, i + 1, "this") && Is(t, i + 2, "year")) {
    return DateMatch{{published.year, 0, 0}, i, i + 3, true};
  }
  return std::nullopt;
}

}  // namespace dkg::internal
