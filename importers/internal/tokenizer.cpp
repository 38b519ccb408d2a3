#include "importers/internal/tokenizer.h"

#include <algorithm>
#include <cctype>
#include <set>

#include "engine/unicode.h"
#include "schema/embedded.h"

namespace dkg {
extern const EmbeddedFile kDataFiles[];
extern const int kDataFiles_count;
}  // namespace dkg

namespace dkg::internal {

namespace {

// Abbreviations that keep their period (so the period does not end a sentence), read once from
// data/lexicon/abbreviations.tsv; compared as written ("Dr", not "dr"). The file is part of the
// build, so a missing file is a bug of the build: no abbreviation then keeps its period.
const std::set<std::string, std::less<>>& Abbreviations() {
  static const std::set<std::string, std::less<>> kAbbrev = [] {
    std::set<std::string, std::less<>> out;
    for (int i = 0; i < kDataFiles_count; ++i) {
      if (kDataFiles[i].name != "abbreviations.tsv") continue;
      std::string_view text = kDataFiles[i].bytes;
      size_t pos = 0;
      while (pos < text.size()) {
        size_t end = text.find('\n', pos);
        if (end == std::string_view::npos) end = text.size();
        std::string_view line = text.substr(pos, end - pos);
        pos = end + 1;
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (!line.empty() && line[0] != '#') out.emplace(line);
      }
    }
    return out;
  }();
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
    // U+2000..U+200A (en and em quads and spaces, figure, thin, hair), the zero-width space and
    // the narrow no-break space: typesetters put them around a dateline ("LIMA" em space "-"),
    // where a token of their own broke the dateline.
    if ((d >= 0x80 && d <= 0x8B) || d == 0xAF) {
      ascii = ' ';
      return 3;
    }
  }
  // The medium mathematical space (U+205F) and the ideographic space (U+3000): spaces too.
  if (c == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x81 &&
      static_cast<unsigned char>(text[i + 2]) == 0x9F) {
    ascii = ' ';
    return 3;
  }
  if (c == 0xE3 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80 &&
      static_cast<unsigned char>(text[i + 2]) == 0x80) {
    ascii = ' ';
    return 3;
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

// Byte length of the character at text[i] when it can start a word (a letter or digit of any
// script), else 0. ASCII is answered here; only other characters are decoded and classified.
int WordStartLength(std::string_view text, size_t i) {
  const unsigned char c = text[i];
  if (c < 0x80) return unicode::IsAsciiAlnum(c) ? 1 : 0;
  int length = 1;
  return unicode::IsLetterOrDigit(unicode::Decode(text, i, length)) ? length : 0;
}

bool IsWordStart(std::string_view text, size_t i) { return WordStartLength(text, i) > 0; }

// Byte length of the character at text[i] when it continues a word, else 0: besides letters and
// digits, combining marks (a decomposed "ê") and invisible format characters inside a name (a soft
// hyphen, the zero-width non-joiner of Persian names), but not those we read as spaces.
int WordPartLength(std::string_view text, size_t i) {
  const unsigned char c = text[i];
  if (c < 0x80) return unicode::IsAsciiAlnum(c) ? 1 : 0;
  char ascii;
  if (Typographic(text, i, ascii)) return 0;
  int length = 1;
  const char32_t cp = unicode::Decode(text, i, length);
  return unicode::IsWordPart(cp) || unicode::IsFormat(cp) ? length : 0;
}

// Byte length of the invisible format character (Cf) at text[i], or 0 for any other character.
int FormatLength(std::string_view text, size_t i) {
  if (static_cast<unsigned char>(text[i]) < 0x80) return 0;
  int length = 1;
  return unicode::IsFormat(unicode::Decode(text, i, length)) ? length : 0;
}

// Whether the word `text` starts with an upper-case letter.
// Whether `c` is a letter of a script with no capitals (Arabic, Hebrew, the Indic scripts, Thai,
// Georgian, Hangul, kana, CJK). English reporting writes such a word only as a name ("Foreign
// Minister محمد علي"), so it counts as capitalised, as a Latin name's first letter does.
bool CaselessLetter(char32_t c) {
  return (c >= 0x0590 && c <= 0x05FF) || (c >= 0x0600 && c <= 0x06FF) || (c >= 0x0750 && c <= 0x077F) ||
         (c >= 0x08A0 && c <= 0x08FF) || (c >= 0x0900 && c <= 0x0DFF) || (c >= 0x0E00 && c <= 0x0E7F) ||
         (c >= 0x10D0 && c <= 0x10FF) || (c >= 0x1100 && c <= 0x11FF) || (c >= 0x3040 && c <= 0x30FF) ||
         (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xAC00 && c <= 0xD7AF) || (c >= 0xFB1D && c <= 0xFDFF) ||
         (c >= 0xFE70 && c <= 0xFEFF);
}

bool StartsUpper(std::string_view text) {
  const unsigned char c = text[0];
  if (c < 0x80) return c >= 'A' && c <= 'Z';  // std::isupper of the "C" locale, without the call
  int length = 1;
  const char32_t cp = unicode::Decode(text, 0, length);
  return unicode::IsUpper(cp) || (unicode::IsLetter(cp) && CaselessLetter(cp));
}

// Whether `word` is a single upper-case letter: an initial ("J", "Ł").
bool IsInitial(std::string_view word) {
  if (word.empty()) return false;
  if (static_cast<unsigned char>(word[0]) < 0x80) return word.size() == 1 && word[0] >= 'A' && word[0] <= 'Z';
  int length = 1;
  const char32_t c = unicode::Decode(word, 0, length);
  return static_cast<size_t>(length) == word.size() &&
         (c < 0x80 ? std::isupper(static_cast<int>(c)) != 0 : unicode::IsUpper(c));
}

// std::isspace of the "C" locale (the only one dkg runs in), without a call per byte.
bool IsAsciiSpace(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

}  // namespace

TokenReader::TokenReader(std::string_view text, int64_t begin, int64_t end)
    : text_(text),
      i_(static_cast<size_t>(begin)),
      stop_(std::min(static_cast<size_t>(end), text.size())) {}

bool TokenReader::Next(std::vector<Token>& out) {
  const std::string_view text = text_;
  const size_t stop = stop_;
  size_t i = i_;
  while (i < stop) {
    const unsigned char c = text[i];
    if (c < 0x80) {
      if (!IsAsciiSpace(c)) break;
      space_ = true;
      ++i;
      continue;
    }
    char ascii = 0;
    if (const int typo = Typographic(text, i, ascii); typo && ascii == ' ') {  // every typographic mark is non-ASCII
      space_ = true;
      i += static_cast<size_t>(typo);
      continue;
    }
    // An invisible character between tokens (a direction mark, a joiner before a name) is
    // neither a token nor a space.
    if (const int invisible = FormatLength(text, i)) {
      i += static_cast<size_t>(invisible);
      continue;
    }
    break;
  }
  if (i >= stop) {
    i_ = i;
    return false;
  }
  const unsigned char c = text[i];
  char ascii = 0;
  const int typo = c < 0x80 ? 0 : Typographic(text, i, ascii);
  // Made in place: a token moved into the list would copy its three strings again.
  Token& t = out.emplace_back();
  bool known = false, upper = false, other = false;  // see the word's case below
  t.start = static_cast<int64_t>(i);
  t.space_before = space_;
  space_ = false;
  if (const int first = WordStartLength(text, i); first > 0) {
    size_t j = i + static_cast<size_t>(first);
    // Whether the word holds an invisible format character, which its text leaves out: a soft
    // hyphen or a zero-width character inside "Sou" U+200B "za" is copy-and-paste debris, and
    // kept in the text it would make a second name of one.
    bool invisible = false;
    // What lower-casing the word needs, noted as it is read: whether it has an upper-case ASCII
    // letter, and whether it has any other character than ASCII (then ICU lower-cases it).
    known = true;
    upper = c >= 'A' && c <= 'Z';
    other = c >= 0x80;
    while (j < stop) {
      // ASCII letters and digits (most of a word) without a call per byte.
      const unsigned char b = text[j];
      if (b < 0x80) {
        if (!unicode::IsAsciiAlnum(b)) break;
        upper |= b >= 'A' && b <= 'Z';
        ++j;
        continue;
      }
      int length = 1;
      const char32_t cp = unicode::Decode(text, j, length);
      if (unicode::IsFormat(cp)) {
        // Also the zero-width space and the byte order mark, which elsewhere read as spaces,
        // when a letter or digit follows them straight away.
        char unused;  // what it reads as: a space, here only whether it is one of those matters
        if (Typographic(text, j, unused) && (j + length >= stop || !WordPartLength(text, j + length))) break;
        invisible = true;
      } else if (!unicode::IsWordPart(cp)) {
        break;
      }
      if (j + length > stop) break;
      other = true;  // a character of another script is part of the word
      j += static_cast<size_t>(length);
    }
    // Dotted abbreviations: U.S., U.K., a.m. (a word's letters never include a period, so
    // the word is dotted exactly when this loop takes one in).
    bool dotted = false;
    while (j + 1 < stop && text[j] == '.' && std::isalpha(static_cast<unsigned char>(text[j + 1])) &&
           j - i <= 2) {
      size_t k = j + 1;
      while (k < stop && std::isalpha(static_cast<unsigned char>(text[k]))) ++k;
      if (k - j - 1 > 2) break;
      j = k;
      dotted = true;
    }
    // The letters after the first period ("U.S.") were not looked at above; a word with an
    // invisible character loses it below: both are rare, and read again.
    if (dotted || invisible) known = false;
    if (j < stop && text[j] == '.') {
      const std::string_view word = text.substr(i, j - i);
      if (dotted || IsInitial(word) || Abbreviations().contains(word)) ++j;
    }
    t.end = static_cast<int64_t>(j);
    t.text.assign(text.data() + i, j - i);
    if (invisible) t.text = unicode::WithoutFormat(t.text);
    t.word = true;
    t.cap = StartsUpper(t.text);
    t.number = t.text[0] >= '0' && t.text[0] <= '9';
    i = j;
  } else if (typo) {
    t.end = static_cast<int64_t>(i + typo);
    t.text.assign(1, ascii);
    i += typo;
  } else {
    int len = 1;
    if (c >= 0x80) unicode::Decode(text, i, len);  // a symbol ("€", an emoji) is one token, whole
    t.end = static_cast<int64_t>(std::min(stop, i + len));
    t.text.assign(text.data() + i, static_cast<size_t>(t.end - t.start));
    i = t.end;
  }
  // The possessive 's becomes its own token.
  if (t.text.size() == 1 && t.text[0] == '\'' && i < stop && (text[i] == 's' || text[i] == 'S') &&
      (i + 1 >= stop || !IsWordStart(text, i + 1))) {
    t.end = static_cast<int64_t>(i + 1);
    t.text = "'s";
    ++i;
  }
  i_ = i;
  // `lower` starts as a copy of the text; only a token with an upper-case ASCII letter is
  // lower-cased here, in place, and only one with other characters goes to ICU.
  // Through plain pointers: indexing the string, the compiler must reload it after every byte
  // written, several times the work of the loop itself.
  const size_t n = t.text.size();
  if (!known) {
    const char* src = t.text.data();
    unsigned char bits = 0;
    upper = false;
    for (size_t k = 0; k < n; ++k) {
      const char ch = src[k];
      bits |= static_cast<unsigned char>(ch);
      upper |= ch >= 'A' && ch <= 'Z';
    }
    other = bits >= 0x80;
  }
  if (other) {
    t.lower = unicode::Lower(t.text);
    if (t.word) {
      std::string folded = unicode::Fold(t.text);
      if (folded != t.lower) t.folded = std::move(folded);
    }
    return true;
  }
  t.lower = t.text;
  if (upper) {
    char* dst = t.lower.data();
    for (size_t k = 0; k < n; ++k) {
      const char ch = dst[k];
      if (ch >= 'A' && ch <= 'Z') dst[k] = static_cast<char>(ch - 'A' + 'a');
    }
  }
  return true;
}

std::vector<Token> Tokenize(std::string_view text, int64_t begin, int64_t end) {
  std::vector<Token> out;
  const size_t from = static_cast<size_t>(begin);
  const size_t stop = std::min(static_cast<size_t>(end), text.size());
  // News text has a token every five or six bytes: reserving for that spares the vector's
  // regrowth, each of which moves every token (three strings) again. Capped: a line of 100 MB of
  // blanks (one token) would otherwise reserve 2.5 GB of tokens up front, and fail under a memory
  // limit; a longer line grows the vector as it goes.
  constexpr size_t kMaxReserve = 1 << 14;
  if (stop > from) out.reserve(std::min((stop - from) / 5 + 1, kMaxReserve));
  TokenReader reader(text, begin, end);
  while (reader.Next(out)) {
  }
  return out;
}

std::string PhraseKey(std::string_view phrase) {
  std::string key;
  // A phrase of ASCII letters, digits and spaces only ("Ministry of Foreign Affairs", most names
  // asked for) tokenizes into its space-separated words, each folded to its lower case: built
  // here without a token list. Anything else (a period, a hyphen, an apostrophe, a non-ASCII
  // letter) takes the tokenizer's path below.
  bool plain = true;
  for (const char c : phrase) plain = plain && (c == ' ' || unicode::IsAsciiAlnum(static_cast<unsigned char>(c)));
  if (plain) {
    key.reserve(phrase.size());
    bool gap = false;
    for (const char c : phrase) {
      if (c == ' ') {
        gap = !key.empty();
        continue;
      }
      if (gap) key += ' ';
      gap = false;
      key += c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
    }
    return key;
  }
  for (const Token& t : Tokenize(phrase)) {
    if (!key.empty()) key += ' ';
    key += t.fold();
  }
  return key;
}

}  // namespace dkg::internal
