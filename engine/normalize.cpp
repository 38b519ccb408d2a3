#include "engine/normalize.h"

#include <cctype>

namespace dkg {

std::string AsciiLower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

namespace {

bool IsWordByte(unsigned char c) { return std::isalnum(c) || c == '_' || c >= 0x80; }

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

}  // namespace

std::string NormalizeName(std::string_view name) {
  std::string text = AsciiLower(PlainPunctuation(name));
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    unsigned char c = text[i];
    // A possessive 's at a word end disappears, as in the scorer's normalisation.
    if (c == '\'' && i + 1 < text.size() && text[i + 1] == 's' &&
        (i + 2 == text.size() || !IsWordByte(text[i + 2]))) {
      ++i;
      continue;
    }
    if (IsWordByte(c)) {
      out += static_cast<char>(c);
    } else if (!out.empty() && out.back() != ' ') {
      out += ' ';
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  if (out.rfind("the ", 0) == 0) out.erase(0, 4);
  return out;
}

std::vector<std::string> PersonNameWords(std::string_view name) {
  std::vector<std::string> out;
  std::string word;
  for (char c : NormalizeName(name) + " ") {
    if (c == ' ') {
      if (!word.empty()) out.push_back(word);
      word.clear();
    } else {
      word += c;
    }
  }
  return out;
}

bool PersonNamesCompatible(std::string_view a, std::string_view b) {
  std::vector<std::string> x = PersonNameWords(a), y = PersonNameWords(b);
  if (x.size() > y.size()) std::swap(x, y);
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
      } else if ((w.size() == 1 && y[i][0] == w[0]) || (y[i].size() == 1 && w[0] == y[i][0])) {
        ok = taken[i] = true;
      }
    }
    if (!ok) return false;
  }
  return full;
}

}  // namespace dkg
