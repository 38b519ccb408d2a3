#include "importers/internal/dates.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "schema/embedded.h"

namespace dkg {
extern const EmbeddedFile kDataFiles[];
extern const int kDataFiles_count;
}  // namespace dkg

namespace dkg::internal {

namespace {

namespace chr = std::chrono;

// One word of data/lexicon/dates.tsv (its header explains the kinds); a word may have several.
struct DateWord {
  int month = 0;     // 1..12, or 0
  int weekday = -1;  // 0 = Sunday, as std::chrono::weekday; or -1
  bool day = false;  // "today", "yesterday": day_offset days from publication
  int day_offset = 0;
  bool step = false;  // "last", "this", "next": step_value units from publication
  int step_value = 0;
  char unit = 0;  // 'm' month, 'y' year, 'd' a part of a day ("morning"), or 0
  bool within = false, anchor = false, day_of = false, range_join = false;
  bool period_part = false;  // "late", "early": between an anchor and its month or year
  // Words that can start a relative date although written lower-case.
  bool relative() const { return weekday >= 0 || day || step || within; }
};

// The table, read once from the embedded file. The file is part of the build, so a malformed row
// is a bug of the build, not of the input: it stops the program with the line.
const std::unordered_map<std::string, DateWord>& DateWords() {
  static const std::unordered_map<std::string, DateWord> words = [] {
    std::unordered_map<std::string, DateWord> out;
    std::string_view text;
    for (int i = 0; i < kDataFiles_count; ++i) {
      if (kDataFiles[i].name == "dates.tsv") text = kDataFiles[i].bytes;
    }
    auto bad = [](size_t line_no, const char* why) {
      std::fprintf(stderr, "data/lexicon/dates.tsv:%zu: %s\n", line_no, why);
      std::abort();
    };
    if (text.empty()) bad(0, "not compiled into dkg");
    size_t pos = 0, line_no = 0;
    while (pos < text.size()) {
      size_t end = text.find('\n', pos);
      if (end == std::string_view::npos) end = text.size();
      std::string_view line = text.substr(pos, end - pos);
      pos = end + 1;
      ++line_no;
      if (line.empty() || line[0] == '#') continue;
      const size_t a = line.find('\t'), b = a == std::string_view::npos ? a : line.find('\t', a + 1);
      if (b == std::string_view::npos) bad(line_no, "expected word<TAB>kind<TAB>value");
      const std::string word(line.substr(0, a)), kind(line.substr(a + 1, b - a - 1)), value(line.substr(b + 1));
      DateWord& w = out[word];
      const int number = std::atoi(value.c_str());
      if (kind == "month") w.month = number;
      else if (kind == "weekday") w.weekday = number;
      else if (kind == "day") w.day = true, w.day_offset = number;
      else if (kind == "step") w.step = true, w.step_value = number;
      else if (kind == "unit" && (value == "month" || value == "year" || value == "day")) w.unit = value[0];
      else if (kind == "within") w.within = true;
      else if (kind == "anchor") w.anchor = true;
      else if (kind == "day_of") w.day_of = true;
      else if (kind == "range_join") w.range_join = true;
      else if (kind == "period_part") w.period_part = true;
      else bad(line_no, "unknown kind or value");
    }
    return out;
  }();
  return words;
}

// The date words by first byte and length (31 meaning 31 or more): dates are tried at nearly
// every token, and a word is compared only with the few date words of its first byte and length
// (most with none), not hashed for the map nor compared with every word of its first byte. The
// keys view the map's own strings, which never move; keys are distinct, so at most one is equal.
struct DateWordTable {
  static constexpr size_t kLengths = 32;
  static size_t Bucket(unsigned char first, size_t length) {
    return first * kLengths + std::min<size_t>(length, kLengths - 1);
  }
  // Bucket k's words are words[begin[k], begin[k + 1]).
  std::vector<uint16_t> begin = std::vector<uint16_t>(256 * kLengths + 1, 0);
  std::vector<std::pair<std::string_view, const DateWord*>> words;
};
const DateWordTable& DateWordIndex() {
  static const DateWordTable table = [] {
    DateWordTable out;
    std::vector<std::pair<size_t, std::pair<std::string_view, const DateWord*>>> by_bucket;
    for (const auto& [word, entry] : DateWords()) {
      if (!word.empty())
        by_bucket.push_back(
            {DateWordTable::Bucket(static_cast<unsigned char>(word[0]), word.size()),
             {word, &entry}});
    }
    std::stable_sort(by_bucket.begin(), by_bucket.end(),
                     [](const auto& x, const auto& y) { return x.first < y.first; });
    for (const auto& [bucket, word] : by_bucket) {
      ++out.begin[bucket + 1];
      out.words.push_back(word);
    }
    for (size_t k = 1; k < out.begin.size(); ++k)
      out.begin[k] = static_cast<uint16_t>(out.begin[k] + out.begin[k - 1]);
    return out;
  }();
  return table;
}

const DateWord* Word(const std::string& lower) {
  if (lower.empty()) return nullptr;
  static const DateWordTable& table = DateWordIndex();
  const size_t bucket = DateWordTable::Bucket(static_cast<unsigned char>(lower[0]), lower.size());
  const std::string_view word = lower;
  for (size_t k = table.begin[bucket]; k < table.begin[bucket + 1]; ++k) {
    if (table.words[k].first == word) return table.words[k].second;
  }
  return nullptr;
}

int MonthNumber(const std::string& lower) {
  const DateWord* w = Word(lower);
  return w ? w->month : 0;
}

// Whether token i exists and is a date word `what` says yes to.
template <typename F>
bool IsWord(const std::vector<Token>& t, size_t i, F what) {
  if (i >= t.size()) return false;
  const DateWord* w = Word(t[i].lower);
  return w && what(*w);
}

// "in September", "in 2018", and with a `period_part` word between, "in late 2012", "in early
// March": the month or year is the time meant (a part of it is no more precise a date).
bool Anchored(const std::vector<Token>& t, size_t i) {
  if (i > 0 && IsWord(t, i - 1, [](const DateWord& x) { return x.anchor; })) return true;
  return i > 1 && IsWord(t, i - 1, [](const DateWord& x) { return x.period_part; }) &&
         IsWord(t, i - 2, [](const DateWord& x) { return x.anchor; });
}

// A day number 1..31 from "20", "20th", "20-21" (a range takes its first day). Two digits at
// most: atoi read "4294967299 March" as the 3rd (it wraps past an int's range).
int DayNumber(const Token& t) {
  if (!t.number) return 0;
  size_t digits = 0;
  while (digits < t.text.size() && std::isdigit(static_cast<unsigned char>(t.text[digits]))) ++digits;
  if (digits == 0 || digits > 2) return 0;
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

// Skips a day range tail "-21" or "–21" after a day, or one joined by a word ("to 21", "and 21":
// kind range_join), so the year after "May 18 to 19, 2023" is the range's. A dash set off by
// spaces ("May 18 – 19, 2023", "18 – 19 May") joins days only when a year, a comma or a month
// follows the second: elsewhere it is a clause's dash ("on May 18 - 12 ministers agreed").
size_t SkipRange(const std::vector<Token>& t, size_t i) {
  if (i + 1 < t.size() && t[i].text == "-" && t[i + 1].number && !t[i].space_before) return i + 2;
  if (i + 2 < t.size() && t[i].text == "-" && DayNumber(t[i + 1]) && t[i + 1].text.size() <= 2 &&
      (t[i + 2].text == "," || YearNumber(t[i + 2]) || (t[i + 2].cap && MonthNumber(t[i + 2].lower)))) {
    return i + 2;
  }
  if (IsWord(t, i, [](const DateWord& w) { return w.range_join; }) && i + 1 < t.size() &&
      DayNumber(t[i + 1]) && t[i + 1].text.size() <= 2) {
    return i + 2;
  }
  return i;
}

// The second end of a range whose first end names no year: after a join ("to", "and",
// "through": kind range_join, or a dash), "12 February 2020", "12th of February, 2020" or
// "February 12, 2020". Its year is the range's: "from 10 February to 12 February 2020" is 2020's,
// not the publication's. Without a year there, nothing: a list of two dates of this year.
struct RangeEnd {
  int year = 0, month = 0;
  size_t end = 0;  // the token after the year
};
std::optional<RangeEnd> SecondEnd(const std::vector<Token>& t, size_t i) {
  if (i + 1 >= t.size()) return std::nullopt;
  if (t[i].text != "-" && !IsWord(t, i, [](const DateWord& w) { return w.range_join; })) return std::nullopt;
  size_t j = i + 1;
  int month = 0;
  if (DayNumber(t[j])) {
    ++j;
    if (IsWord(t, j, [](const DateWord& x) { return x.day_of; })) ++j;
    if (j >= t.size() || !t[j].cap || !(month = MonthNumber(t[j].lower))) return std::nullopt;
    ++j;
  } else if (t[j].cap && (month = MonthNumber(t[j].lower))) {
    ++j;
    if (j < t.size() && t[j].text == ".") ++j;
    if (j >= t.size() || !DayNumber(t[j])) return std::nullopt;
    ++j;
  } else {
    return std::nullopt;
  }
  if (j < t.size() && t[j].text == ",") ++j;
  if (j >= t.size() || !YearNumber(t[j])) return std::nullopt;
  return RangeEnd{YearNumber(t[j]), month, j + 1};
}

// The year of a range's first end from its second: the same, or the one before when the range
// crosses the new year ("28 December to 3 January 2021" starts in 2020).
int FirstEndYear(int first_month, const RangeEnd& second) {
  return first_month > second.month ? second.year - 1 : second.year;
}

}  // namespace

std::string Date::Iso() const {
  if (!valid()) return {};
  // Every sentence and dated mention asks for this: the digits written directly cost a tenth of
  // snprintf's format parsing. The same text as the formats below, which other values keep.
  if (year <= 9999 && month >= 0 && month <= 99 && day >= 0 && day <= 99) {
    char out[10];
    auto two = [](char* p, int v) {
      p[0] = static_cast<char>('0' + v / 10);
      p[1] = static_cast<char>('0' + v % 10);
    };
    two(out, year / 100);
    two(out + 2, year % 100);
    if (month == 0) return std::string(out, 4);
    out[4] = '-';
    two(out + 5, month);
    if (day == 0) return std::string(out, 7);
    out[7] = '-';
    two(out + 8, day);
    return std::string(out, 10);
  }
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

Date AddDays(const Date& d, long days) {
  if (!d.valid() || d.day == 0) return d;
  return FromDays(ToDays(d) + chr::days(days));
}

namespace {

// "06.03.2024", "30/08/2024", "6-3-2024" (day and month in either order) and "2024/03/06",
// "2024.03.06" (year first is always year-month-day). Both separators must be the same.
std::optional<Date> ParseNumericDate(std::string_view text, DayOrder order) {
  std::vector<int> parts;
  std::vector<size_t> widths;
  char sep = 0;
  size_t i = 0;
  while (true) {
    size_t from = i;
    while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i]))) ++i;
    if (i == from || i - from > 4) return std::nullopt;
    parts.push_back(std::atoi(std::string(text.substr(from, i - from)).c_str()));
    widths.push_back(i - from);
    if (i == text.size()) break;
    const char c = text[i];
    if (c != '.' && c != '/' && c != '-') return std::nullopt;
    if (sep && c != sep) return std::nullopt;
    sep = c;
    ++i;
  }
  if (parts.size() != 3) return std::nullopt;
  int year = 0, month = 0, day = 0;
  if (widths[0] == 4 && widths[1] <= 2 && widths[2] <= 2) {
    if (sep == '-') return std::nullopt;  // ISO, handled by the caller
    year = parts[0], month = parts[1], day = parts[2];
  } else if (widths[0] <= 2 && widths[1] <= 2 && widths[2] == 4) {
    year = parts[2];
    const bool day_first = parts[0] > 12 || (parts[1] <= 12 && order != DayOrder::kMonthFirst);
    day = day_first ? parts[0] : parts[1];
    month = day_first ? parts[1] : parts[0];
  } else {
    return std::nullopt;
  }
  if (year < 1000 || year > 2200 || month < 1 || month > 12 || day < 1) return std::nullopt;
  const chr::year_month_day ymd{chr::year(year) / chr::month(static_cast<unsigned>(month)) /
                                chr::day(static_cast<unsigned>(day))};
  if (!ymd.ok()) return std::nullopt;
  return Date{year, month, day};
}

}  // namespace

bool IsWeekdayName(std::string_view word) {
  if (word.size() < 3) return false;
  std::string lower(word);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (const auto& [name, entry] : DateWords()) {
    if (entry.weekday >= 0 && name.compare(0, lower.size(), lower) == 0) return true;
  }
  return false;
}

DayOrder WrittenDayOrder(std::string_view text) {
  const std::vector<Token> tokens = Tokenize(text);
  int day_first = 0, month_first = 0;
  for (size_t i = 0; i < tokens.size(); ++i) {
    auto m = MatchDate(tokens, i, Date{}, Tense::kPast);
    if (!m) continue;
    if (!m->relative && m->date.day > 0) ++(tokens[m->begin].number ? day_first : month_first);
    i = m->end - 1;
  }
  if (day_first == month_first) return DayOrder::kUnknown;
  return day_first > month_first ? DayOrder::kDayFirst : DayOrder::kMonthFirst;
}

std::optional<Date> ParseDateText(std::string_view text, DayOrder order) {
  if (auto numeric = ParseNumericDate(text, order)) return numeric;
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

namespace {
std::optional<DateMatch> MatchDateWords(const std::vector<Token>& t, size_t i, const Date& published,
                                        Tense tense);
}  // namespace

size_t WrittenDateEnd(const std::vector<Token>& t, size_t i) {
  auto match = MatchDateWords(t, i, Date{2000, 1, 1}, Tense::kPast);
  return match ? match->end : 0;
}

// A day the calendar does not have ("30 February", "31 April", "29 February 2021") is no date:
// stored, it would be an ISO string no reader can parse, and day arithmetic on it is unspecified.
std::optional<DateMatch> MatchDate(const std::vector<Token>& t, size_t i, const Date& published,
                                   Tense tense) {
  auto match = MatchDateWords(t, i, published, tense);
  if (match && match->date.valid() && match->date.month != 0 && match->date.day != 0 &&
      !chr::year_month_day(chr::year(match->date.year), chr::month(static_cast<unsigned>(match->date.month)),
                           chr::day(static_cast<unsigned>(match->date.day))).ok()) {
    return std::nullopt;
  }
  return match;
}

namespace {
constexpr int kNoStep = 1000;

// "last year", "next year", "this year" at token k: the step in years, else kNoStep.
int StepYear(const std::vector<Token>& t, size_t k) {
  const DateWord* step = k + 1 < t.size() && t[k].word ? Word(t[k].lower) : nullptr;
  if (!step || !step->step || !IsWord(t, k + 1, [](const DateWord& x) { return x.unit == 'y'; })) return kNoStep;
  return step->step_value;
}

std::optional<DateMatch> MatchDateWords(const std::vector<Token>& t, size_t i, const Date& published,
                                        Tense tense) {
  if (i >= t.size() || !t[i].word) return std::nullopt;
  const DateWord* w = Word(t[i].lower);
  // Most tokens are lower-case words that start no date: reject them after one lookup.
  if (!t[i].number && !t[i].cap && (!w || !w->relative())) return std::nullopt;
  // "Month Day[, Year]" and "Month Year".
  if (int month = w ? w->month : 0; month && t[i].cap) {
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
      if (auto second = SecondEnd(t, SkipRange(t, j + 1))) {
        return DateMatch{{FirstEndYear(month, *second), month, day}, i, second->end, false};
      }
      if (published.valid()) {
        const size_t end = SkipRange(t, j + 1);
        // "October 14 last year", "May 3 next year": the year is counted from publication.
        if (int step = StepYear(t, end); step != kNoStep) {
          return DateMatch{{published.year + step, month, day}, i, end + 2, true};
        }
        return DateMatch{{published.year, month, day}, i, end, true};
      }
    }
    // "September last year", "March this year".
    const DateWord* step = j + 1 < t.size() ? Word(t[j].lower) : nullptr;
    if (step && step->step && IsWord(t, j + 1, [](const DateWord& x) { return x.unit == 'y'; }) &&
        published.valid()) {
      const int year = published.year + step->step_value;
      return DateMatch{{year, month, 0}, i, j + 2, true};
    }
    // "in September": the nearest such month on the side the tense points to.
    if (Anchored(t, i) && published.valid()) {
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
    if (IsWord(t, j, [](const DateWord& x) { return x.day_of; })) ++j;
    if (j < t.size() && MonthNumber(t[j].lower) && t[j].cap) {
      int month = MonthNumber(t[j].lower);
      size_t k = j + 1;
      if (k < t.size() && t[k].text == ",") ++k;
      if (k < t.size() && YearNumber(t[k])) return DateMatch{{YearNumber(t[k]), month, day}, i, k + 1, false};
      if (auto second = SecondEnd(t, j + 1)) {
        return DateMatch{{FirstEndYear(month, *second), month, day}, i, second->end, false};
      }
      if (published.valid()) {
        // "14 October last year".
        if (int step = StepYear(t, j + 1); step != kNoStep) {
          return DateMatch{{published.year + step, month, day}, i, j + 3, true};
        }
        return DateMatch{{published.year, month, day}, i, j + 1, true};
      }
    }
    return std::nullopt;
  }
  // A bare year after "in": "in 2018".
  if (YearNumber(t[i]) && Anchored(t, i)) {
    return DateMatch{{YearNumber(t[i]), 0, 0}, i, i + 1, false};
  }
  if (!published.valid() || published.day == 0) return std::nullopt;
  // Weekdays: the nearest such day before (past) or after (future) the publication date,
  // the publication day itself included.
  if (!w) return std::nullopt;
  if (w->weekday >= 0) {
    const int wd = w->weekday;
    chr::sys_days pub = ToDays(published);
    const int pub_wd = static_cast<int>(chr::weekday(pub).c_encoding());
    int delta = tense == Tense::kPast ? -((pub_wd - wd + 7) % 7) : (wd - pub_wd + 7) % 7;
    return DateMatch{FromDays(pub + chr::days(delta)), i, i + 1, true};
  }
  if (w->day) {
    if (w->day_offset == 0) return DateMatch{published, i, i + 1, true};
    return DateMatch{FromDays(ToDays(published) + chr::days(w->day_offset)), i, i + 1, true};
  }
  if (w->step && i + 1 < t.size()) {
    const int step = w->step_value;
    // "last Tuesday", "next Friday": the weekday before or after publication, whatever the
    // tense; "this Tuesday": the one of the publication's week (weeks start on Monday), so a
    // present-tense "arrives this Tuesday" written on a Monday is the next day.
    if (const DateWord* day = Word(t[i + 1].lower); day && day->weekday >= 0) {
      chr::sys_days pub = ToDays(published);
      const int pub_wd = static_cast<int>(chr::weekday(pub).c_encoding());
      const int wd = day->weekday;
      int delta = 0;
      if (step < 0) delta = -((pub_wd - wd + 6) % 7 + 1);
      if (step > 0) delta = (wd - pub_wd + 6) % 7 + 1;
      if (step == 0) delta = (wd + 6) % 7 - (pub_wd + 6) % 7;
      return DateMatch{FromDays(pub + chr::days(delta)), i, i + 2, true};
    }
    // "this morning", "last night": the publication day or the one before. "next morning" is
    // the morning after whatever the story just told, not after publication: no date.
    if (IsWord(t, i + 1, [](const DateWord& x) { return x.unit == 'd'; })) {
      if (step > 0) return std::nullopt;
      return DateMatch{FromDays(ToDays(published) + chr::days(step)), i, i + 2, true};
    }
    if (IsWord(t, i + 1, [](const DateWord& x) { return x.unit == 'm'; })) {
      int month = published.month + step, year = published.year;
      if (month == 0) { month = 12; --year; }
      if (month == 13) { month = 1; ++year; }
      return DateMatch{{year, month, 0}, i, i + 2, true};
    }
    if (IsWord(t, i + 1, [](const DateWord& x) { return x.unit == 'y'; })) {
      return DateMatch{{published.year + step, 0, 0}, i, i + 2, true};
    }
  }
  if (w->within && IsWord(t, i + 1, [](const DateWord& x) { return x.step && x.step_value == 0; }) &&
      IsWord(t, i + 2, [](const DateWord& x) { return x.unit == 'y'; })) {
    return DateMatch{{published.year, 0, 0}, i, i + 3, true};
  }
  return std::nullopt;
}
}  // namespace

bool CountsYearFromPublication(const std::vector<Token>& tokens, size_t i) {
  return StepYear(tokens, i) != kNoStep;
}

}  // namespace dkg::internal
