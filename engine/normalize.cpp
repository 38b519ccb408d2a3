#include "engine/normalize.h"

#include <cctype>

#include "engine/unicode.h"

namespace dkg {

std::string AsciiLower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

namespace {

// Byte length of the word character at text[i] (a letter, digit, mark or '_', as the scorer's \w),
// or 0 for a separator. ASCII is answered without decoding.
int WordCharLength(std::string_view text, size_t i) {
  const unsigned char c = text[i];
  if (c < 0x80) return unicode::IsAsciiAlnum(c) || c == '_' ? 1 : 0;
  int length = 1;
  return unicode::IsWordPart(unicode::Decode(text, i, length)) ? length : 0;
}

// Symbols that tell names apart and so stay in the key: "C++" is not "C#", nor either "C".
bool IsKeptSymbol(unsigned char c) { return c == '+' || c == '#'; }

// Replaces the UTF-8 forms of typographic apostrophes and dashes with ASCII ones.
std::string PlainPunctuation(std::string_view in) {
  std::string out;
  out.reserve(in.size());
  for (size_t i = 0; i < in.size(); ++i) {
    unsigned char c = in[i];
    if (c == 0xE2 && i + 2 < in.size() && static_cast<unsigned char>(in[i + 1]) == 0x80) {
      unsigned char d = in[i + 2];
      if (d == 0x98 || d == 0x99) { out += '\''; i += 2; continue; }  // ‘ ’
      if (d == 0x9C || d == 0x9D) { out += '"'; i += 2; continue; }   // “ ”
      if (d >= 0x90 && d <= 0x95) { out += '-'; i += 2; continue; }   // hyphens, dashes
    }
    if (c == 0xC2 && i + 1 < in.size() && static_cast<unsigned char>(in[i + 1]) == 0xA0) {
      out += ' ';  // no-break space
      ++i;
      continue;
    }
    out += static_cast<char>(c);
  }
  return out;
}

// NormalizeName() of ASCII text, the same rules as its general loop below, written through a
// pointer into a buffer of the input's size: the key is never longer (a space is written only
// for a separator read), and appending byte by byte cost several times the loop's own work. ASCII
// has no format characters, and every other byte is a separator or a kept symbol.
std::string AsciiKey(std::string_view text) {
  std::string out(text.size(), '\0');
  char* dst = out.data();
  char* const begin = dst;
  auto word_char = [](unsigned char c) { return unicode::IsAsciiAlnum(c) || c == '_'; };
  bool space = false, in_symbol = false, glue = false;
  const size_t n = text.size();
  for (size_t i = 0; i < n;) {
    const unsigned char c = text[i];
    if (c == '\'' && i + 1 < n && (text[i + 1] == 's' || text[i + 1] == 'S') &&
        (i + 2 == n || !word_char(text[i + 2]))) {
      i += 2;
      continue;
    }
    if (word_char(c)) {
      if (space && !glue && dst != begin) *dst++ = ' ';
      *dst++ = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : static_cast<char>(c);
      space = glue = in_symbol = false;
    } else if (IsKeptSymbol(c)) {
      if (!in_symbol) glue = space;
      *dst++ = static_cast<char>(c);
      space = false;
      in_symbol = true;
    } else {
      space = true;
      in_symbol = false;
    }
    ++i;
  }
  out.resize(static_cast<size_t>(dst - begin));
  if (out.rfind("the ", 0) == 0) out.erase(0, 4);
  return out;
}

}  // namespace

std::string NormalizeName(std::string_view name) {
  // ASCII (most names) is read in place and lower-cased below as it is copied: it has no
  // typographic punctuation to replace. Only other text is copied and goes through ICU.
  std::string storage;
  std::string_view text = name;
  if (!unicode::IsAscii(name)) {
    storage = PlainPunctuation(name);
    if (!unicode::IsAscii(storage)) storage = unicode::Fold(storage);
    text = storage;
  }
  if (unicode::IsAscii(text)) return AsciiKey(text);
  std::string out;
  out.reserve(text.size());
  bool space = false;      // a separator since the last character kept
  bool in_symbol = false;  // the last character kept is a kept symbol
  // A free-standing symbol ("2 + 2") joins its neighbours, so it is the same key as "2+2".
  bool glue = false;
  for (size_t i = 0; i < text.size();) {
    const unsigned char c = text[i];
    // A possessive 's at a word end disappears, as in the scorer's normalisation.
    if (c == '\'' && i + 1 < text.size() && (text[i + 1] == 's' || text[i + 1] == 'S') &&
        (i + 2 == text.size() || WordCharLength(text, i + 2) == 0)) {
      i += 2;
      continue;
    }
    const int word = WordCharLength(text, i);
    if (word > 0) {
      if (space && !glue && !out.empty()) out += ' ';
      if (c >= 'A' && c <= 'Z') {
        out += static_cast<char>(c - 'A' + 'a');
      } else {
        out.append(text.data() + i, static_cast<size_t>(word));
      }
      space = glue = in_symbol = false;
      i += static_cast<size_t>(word);
      continue;
    }
    if (IsKeptSymbol(c)) {
      if (!in_symbol) glue = space;
      out += static_cast<char>(c);
      space = false;
      in_symbol = true;
      ++i;
      continue;
    }
    int length = 1;
    const char32_t cp = unicode::Decode(text, i, length);
    i += static_cast<size_t>(length);
    if (unicode::IsFormat(cp)) continue;  // invisible (a soft hyphen): neither letter nor space
    space = true;
    in_symbol = false;
  }
  if (out.rfind("the ", 0) == 0) out.erase(0, 4);
  return out;
}

std::vector<std::string> PersonNameWords(std::string_view name) {
  std::vector<std::string> out;
  const std::string key = NormalizeName(name);
  for (size_t b = 0; b < key.size();) {
    size_t e = key.find(' ', b);
    if (e == std::string::npos) e = key.size();
    if (e > b) out.emplace_back(key, b, e - b);
    b = e + 1;
  }
  return out;
}

namespace {

// Whether two words open with the same character (an initial and the name it stands for).
bool SameFirstChar(const std::string& a, const std::string& b) {
  if (a.empty() || b.empty()) return false;
  int length = 1;
  unicode::Decode(a, 0, length);
  return b.compare(0, static_cast<size_t>(length), a, 0, static_cast<size_t>(length)) == 0;
}

}  // namespace

bool PersonNamesCompatible(std::string_view a, std::string_view b) {
  return PersonNameWordsCompatible(PersonNameWords(a), PersonNameWords(b));
}

bool PersonNameWordsCompatible(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  const bool swap = a.size() > b.size();
  const std::vector<std::string>& x = swap ? b : a;
  const std::vector<std::string>& y = swap ? a : b;
  if (x.empty()) return false;
  std::vector<bool> taken(y.size(), false);
  bool full = false;
  for (const std::string& w : x) {
    bool ok = false;
    for (size_t i = 0; i < y.size() && !ok; ++i) {
      if (taken[i]) continue;
      if (w == y[i]) {
        ok = taken[i] = true;
        full = full || w.size() > 1;
      } else if ((unicode::IsOneCodePoint(w) || unicode::IsOneCodePoint(y[i])) && SameFirstChar(w, y[i])) {
        ok = taken[i] = true;
      }
    }
    if (!ok) return false;
  }
  return full;
}

std::vector<std::string> IndexWords(std::string_view text) {
  std::vector<std::string> words(1);
  for (unsigned char c : text) {
    if (std::isalnum(c) || c >= 0x80)
      words.back() += static_cast<char>(std::tolower(c));
    else if (!words.back().empty())
      words.emplace_back();
  }
  if (words.back().empty()) words.pop_back();
  return words;
}

}  // namespace dkg
