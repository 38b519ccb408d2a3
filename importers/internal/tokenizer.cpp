#include "importers/internal/tokenizer.h"

#include <cctype>
#include <set>

namespace dkg::internal {

namespace {

// Abbreviations that keep their period (so the period does not end a sentence).
const std::set<std::string>& Abbreviations() {
  static const std::set<std::string> kAbbrev = {
      "Dr", "Mr", "Mrs", "Ms", "Prof", "St", "Jr", "Sr", "Gen", "Lt", "Col", "Adm", "Capt", "Sgt",
      "Rep", "Sen", "Gov", "Hon", "No", "Jan", "Feb", "Mar", "Apr", "Aug", "Sept", "Sep", "Oct",
      "Nov", "Dec", "vs", "etc", "Inc", "Ltd", "Co", "Smt", "Mt", "Ft", "Maj", "Brig", "Cdr",
      "Amb", "Messrs", "Mme", "Mlle", "Sec", "Dep", "Asst", "Rev", "Fr", "Cpl", "Pvt", "Supt",
      "Insp", "Univ", "Assn", "Corp", "Dept", "Govt", "Pres", "Rt", "Excy", "Gov", "Cmdr", "Sgt",
      "Adm", "Gen", "Lt", "Col", "Capt", "Dr", "Prof", "Sr", "Jr", "approx", "Jan", "Feb",
      "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"};
  return kAbbrev;
}

// Length of the typographic character at text[i] that we map to ASCII, or 0.
// Sets `ascii` to its replacement (apostrophe, double quote, dash or space).
int Typographic(std::string_view text, size_t i, char& ascii) {
  const unsigned char c = text[i];
  if (c == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80) {
    const unsigned char d = text[i + 2];
    if (d == 0x98 || d == 0x99) { ascii = '\''; return 3; }
    if (d == 0x9C || d == 0x9D) { ascii = '"'; return 3; }
    if (d >= 0x90 && d <= 0x95) { ascii = '-'; return 3; }
    if (d == 0xA6) { ascii = '.'; return 3; }  // ellipsis
    if (d == 0x8B || d == 0xAF || d == 0x89 || d == 0x8A) { ascii = ' '; return 3; }
  }
  if (c == 0xC2 && i + 1 < text.size()) {
    const unsigned char d = text[i + 1];
    if (d == 0xA0) { ascii = ' '; return 2; }
    if (d == 0xAB || d == 0xBB) { ascii = '"'; return 2; }
  }
  if (c == 0xEF && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xBB &&
      static_cast<unsigned char>(text[i + 2]) == 0xBF) {
    ascii = ' ';  // byte order mark
    return 3;
  }
  return 0;
}

bool IsWordStart(std::string_view text, size_t i) {
  const unsigned char c = text[i];
  char ascii;
  if (c >= 0x80) return Typographic(text, i, ascii) == 0;
  return std::isalnum(c);
}

// Length of the UTF-8 sequence starting with lead byte c (1 for invalid lead bytes).
int Utf8Length(unsigned char c) {
  if (c >= 0xF0 && c < 0xF8) return 4;
  if (c >= 0xE0) return 3;
  if (c >= 0xC0) return 2;
  return 1;
}

}  // namespace

std::vector<Token> Tokenize(std::string_view text, int64_t begin, int64_t end) {
  std::vector<Token> out;
  size_t i = static_cast<size_t>(begin);
  const size_t stop = std::min(static_cast<size_t>(end), text.size());
  bool space = true;
  while (i < stop) {
    const unsigned char c = text[i];
    char ascii = 0;
    const int typo = Typographic(text, i, ascii);
    if (std::isspace(c) || (typo && ascii == ' ')) {
      space = true;
      i += typo ? typo : 1;
      continue;
    }
    Token t;
    t.start = static_cast<int64_t>(i);
    t.space_before = space;
    space = false;
    if (IsWordStart(text, i)) {
      size_t j = i;
      while (j < stop && IsWordStart(text, j)) j += Utf8Length(text[j]);
      // Dotted abbreviations: U.S., U.K., a.m.
      while (j + 1 < stop && text[j] == '.' && std::isalpha(static_cast<unsigned char>(text[j + 1])) &&
             j - i <= 2) {
        size_t k = j + 1;
        while (k < stop && std::isalpha(static_cast<unsigned char>(text[k]))) ++k;
        if (k - j - 1 > 2) break;
        j = k;
      }
      std::string word(text.substr(i, j - i));
      const bool dotted = word.find('.') != std::string::npos;
      const bool initial = word.size() == 1 && std::isupper(static_cast<unsigned char>(word[0]));
      if (j < stop && text[j] == '.' && (dotted || initial || Abbreviations().count(word))) {
        ++j;
      }
      t.end = static_cast<int64_t>(j);
      t.text = std::string(text.substr(i, j - i));
      t.word = true;
      t.cap = std::isupper(static_cast<unsigned char>(t.text[0])) ||
              static_cast<unsigned char>(t.text[0]) >= 0xC3;  // accented capitals and beyond
      t.number = std::isdigit(static_cast<unsigned char>(t.text[0]));
      i = j;
    } else if (typo) {
      t.end = static_cast<int64_t>(i + typo);
      t.text = std::string(1, ascii);
      i += typo;
    } else {
      const int len = Utf8Length(c);
      t.end = static_cast<int64_t>(std::min(stop, i + len));
      t.text = std::string(text.substr(i, t.end - t.start));
      i = t.end;
    }
    // The possessive 's becomes its own token.
    if (t.text == "'" && i < stop && (text[i] == 's' || text[i] == 'S') &&
        (i + 1 >= stop || !IsWordStart(text, i + 1))) {
      t.end = static_cast<int64_t>(i + 1);
      t.text = "'s";
      ++i;
    }
    t.lower = t.text;
    for (char& ch : t.lower) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    out.push_back(std::move(t));
  }
  return out;
}

std::string PhraseKey(std::string_view phrase) {
  std::string key;
  for (const Token& t : Tokenize(phrase)) {
    if (!key.empty()) key += ' ';
    key += t.lower;
  }
  return key;
}

}  // namespace dkg::internal
