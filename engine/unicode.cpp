#include "engine/unicode.h"

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/ucasemap.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <cctype>
#include <cstring>

namespace dkg::unicode {

namespace {

// The root-locale case mapper. ICU's ucasemap_utf8* functions take it as const, which is what makes
// one shared instance safe across threads.
const UCaseMap* CaseMap() {
  static const UCaseMap* map = [] {
    UErrorCode status = U_ZERO_ERROR;
    return ucasemap_open("", U_FOLD_CASE_DEFAULT, &status);
  }();
  return map;
}

// Runs one of ucasemap's UTF-8 mappings, growing the output once if the first guess is short.
template <typename Mapping>
std::string MapCase(std::string_view text, Mapping mapping) {
  std::string out(text.size() + 8, '\0');
  UErrorCode status = U_ZERO_ERROR;
  int32_t n = mapping(CaseMap(), out.data(), static_cast<int32_t>(out.size()), text.data(),
                      static_cast<int32_t>(text.size()), &status);
  if (status == U_BUFFER_OVERFLOW_ERROR) {
    out.assign(static_cast<size_t>(n), '\0');
    status = U_ZERO_ERROR;
    n = mapping(CaseMap(), out.data(), static_cast<int32_t>(out.size()), text.data(),
                static_cast<int32_t>(text.size()), &status);
  }
  if (U_FAILURE(status)) return std::string(text);
  out.resize(static_cast<size_t>(n));
  return out;
}

std::string Normalize(const icu::Normalizer2* normalizer, std::string_view text) {
  std::string out;
  icu::StringByteSink<std::string> sink(&out, static_cast<int32_t>(text.size()));
  UErrorCode status = U_ZERO_ERROR;
  normalizer->normalizeUTF8(0, icu::StringPiece(text.data(), static_cast<int32_t>(text.size())),
                            sink, nullptr, status);
  if (U_FAILURE(status)) return std::string(text);
  return out;
}

// The letter a Latin letter with a stroke, bar or hook is built on, which Unicode gives no
// decomposition ("ł" LATIN SMALL LETTER L WITH STROKE -> "l", "ø", "đ", "ħ"): the base is read
// from the character's Unicode name, so the data is ICU's. Letters whose names carry no "WITH"
// (æ, þ, ð) are their own. ICU's Latin-ASCII transliterator would spell those too, but building
// its registry costs some 40 ms per process, more than a whole small import.
char32_t LatinBase(char32_t c) {
  char name[128];
  UErrorCode status = U_ZERO_ERROR;
  const int32_t n =
      u_charName(static_cast<UChar32>(c), U_UNICODE_CHAR_NAME, name, sizeof(name), &status);
  if (U_FAILURE(status) || n <= 0 || n >= static_cast<int32_t>(sizeof(name))) return c;
  char* with = std::strstr(name, " WITH ");
  if (with == nullptr) return c;
  *with = '\0';
  const UChar32 base = u_charFromName(U_UNICODE_CHAR_NAME, name, &status);
  return U_SUCCESS(status) && base > 0 ? static_cast<char32_t>(base) : c;
}

}  // namespace

char32_t Decode(std::string_view s, size_t i, int& length) {
  const unsigned char lead = static_cast<unsigned char>(s[i]);
  if (lead < 0x80) {
    length = 1;
    return lead;
  }
  int32_t offset = static_cast<int32_t>(i);
  UChar32 c;
  U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), offset, static_cast<int32_t>(s.size()), c);
  if (c < 0) {
    length = 1;
    return 0xFFFD;
  }
  length = offset - static_cast<int32_t>(i);
  return static_cast<char32_t>(c);
}

bool IsOneCodePoint(std::string_view text) {
  if (text.empty()) return false;
  int length = 1;
  Decode(text, 0, length);
  return static_cast<size_t>(length) == text.size();
}

bool IsLetter(char32_t c) { return (U_GET_GC_MASK(static_cast<UChar32>(c)) & U_GC_L_MASK) != 0; }

bool IsLetterOrDigit(char32_t c) {
  return (U_GET_GC_MASK(static_cast<UChar32>(c)) & (U_GC_L_MASK | U_GC_ND_MASK)) != 0;
}

bool IsWordPart(char32_t c) {
  return (U_GET_GC_MASK(static_cast<UChar32>(c)) & (U_GC_L_MASK | U_GC_ND_MASK | U_GC_M_MASK)) != 0;
}

bool IsFormat(char32_t c) { return (U_GET_GC_MASK(static_cast<UChar32>(c)) & U_GC_CF_MASK) != 0; }

namespace {

// The Latin letter a Cyrillic or Greek letter is drawn like, or 0.
char LookalikeOf(char32_t c) {
  switch (c) {
    case 0x0410: case 0x0391: return 'A';
    case 0x0412: case 0x0392: return 'B';
    case 0x0415: case 0x0395: return 'E';
    case 0x041A: case 0x039A: return 'K';
    case 0x041C: case 0x039C: return 'M';
    case 0x041D: case 0x0397: return 'H';
    case 0x041E: case 0x039F: return 'O';
    case 0x0420: case 0x03A1: return 'P';
    case 0x0421: return 'C';
    case 0x0422: case 0x03A4: return 'T';
    case 0x0425: case 0x03A7: return 'X';
    case 0x0423: case 0x03A5: return 'Y';
    case 0x0406: case 0x0399: return 'I';
    case 0x0408: return 'J';
    case 0x0405: return 'S';
    case 0x0396: return 'Z';
    case 0x039D: return 'N';
    case 0x0430: return 'a';
    case 0x0435: return 'e';
    case 0x043E: case 0x03BF: return 'o';
    case 0x0440: return 'p';
    case 0x0441: return 'c';
    case 0x0443: return 'y';
    case 0x0445: return 'x';
    case 0x0456: return 'i';
    case 0x0458: return 'j';
    case 0x0455: return 's';
    default: return 0;
  }
}

bool LatinLetter(char32_t c) {
  return (c < 0x80 && std::isalpha(static_cast<int>(c))) || (c >= 0x00C0 && c <= 0x024F && c != 0x00D7 && c != 0x00F7);
}

bool CyrillicOrGreek(char32_t c) { return c >= 0x0370 && c <= 0x04FF; }

}  // namespace

std::string LatinLookalikes(std::string_view text) {
  if (IsAscii(text)) return std::string(text);
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    // One word: a run of word parts.
    size_t e = i;
    bool latin = false, other = false;
    while (e < text.size()) {
      int length = 1;
      const char32_t c = Decode(text, e, length);
      if (!IsWordPart(c)) break;
      latin |= LatinLetter(c);
      other |= CyrillicOrGreek(c);
      e += static_cast<size_t>(length);
    }
    if (e == i) {  // not a word part: copy one code point
      int length = 1;
      Decode(text, i, length);
      out.append(text, i, static_cast<size_t>(length));
      i += static_cast<size_t>(length);
      continue;
    }
    if (!(latin && other)) {
      out.append(text, i, e - i);
    } else {
      for (size_t k = i; k < e;) {
        int length = 1;
        const char32_t c = Decode(text, k, length);
        const char latin_letter = LookalikeOf(c);
        if (latin_letter) out += latin_letter;
        else out.append(text, k, static_cast<size_t>(length));
        k += static_cast<size_t>(length);
      }
    }
    i = e;
  }
  return out;
}

std::string WithoutFormat(std::string_view text) {
  std::string out;
  size_t copied = 0;  // text[0, copied) is in `out` already, or nothing was dropped yet
  bool dropped = false;
  for (size_t i = 0; i < text.size();) {
    if (static_cast<unsigned char>(text[i]) < 0x80) {
      ++i;
      continue;
    }
    int length = 1;
    const char32_t c = Decode(text, i, length);
    if (IsFormat(c)) {
      out.append(text, copied, i - copied);
      copied = i + static_cast<size_t>(length);
      dropped = true;
    }
    i += static_cast<size_t>(length);
  }
  if (!dropped) return std::string(text);
  out.append(text, copied, text.size() - copied);
  return out;
}

bool IsUpper(char32_t c) {
  return (U_GET_GC_MASK(static_cast<UChar32>(c)) & (U_GC_LU_MASK | U_GC_LT_MASK)) != 0;
}

bool IsAscii(std::string_view text) {
  for (char ch : text) {
    if (static_cast<unsigned char>(ch) >= 0x80) return false;
  }
  return true;
}

std::string Lower(std::string_view text) {
  if (IsAscii(text)) {
    std::string out(text);
    for (char& ch : out) {
      if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
    }
    return out;
  }
  return MapCase(text, ucasemap_utf8ToLower);
}

std::string Fold(std::string_view text) {
  if (IsAscii(text)) return Lower(text);
  // Fold case first: full folding can add a combining mark ("İ" -> "i" + U+0307) that the next
  // steps then remove like any other diacritic.
  std::string folded = MapCase(text, ucasemap_utf8FoldCase);
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkd = icu::Normalizer2::getNFKDInstance(status);
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return folded;
  const std::string decomposed = Normalize(nfkd, folded);
  // Drop the combining diacritical marks (U+0300-U+036F) that decomposition split off Latin,
  // Greek and Cyrillic letters. Marks of other blocks stay: in Devanagari or Arabic they are
  // vowels and signs that tell names apart, not accents.
  std::string stripped;
  stripped.reserve(decomposed.size());
  for (size_t i = 0; i < decomposed.size();) {
    int length = 1;
    const char32_t c = Decode(decomposed, i, length);
    if (c < 0x300 || c > 0x36F) {
      const char32_t base =
          c >= 0x80 && IsLetter(c) &&
                  uscript_getScript(static_cast<UChar32>(c), &status) == USCRIPT_LATIN
              ? LatinBase(c)
              : c;
      if (base != c) {
        uint8_t buffer[U8_MAX_LENGTH];
        int32_t size = 0;
        U8_APPEND_UNSAFE(buffer, size, static_cast<UChar32>(base));
        stripped.append(reinterpret_cast<const char*>(buffer), static_cast<size_t>(size));
      } else {
        stripped.append(decomposed, i, static_cast<size_t>(length));
      }
    }
    i += static_cast<size_t>(length);
  }
  return Normalize(nfc, stripped);
}

}  // namespace dkg::unicode
