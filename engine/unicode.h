#pragma once

#include <string>
#include <string_view>

namespace dkg::unicode {

// Character classes and case mappings of UTF-8 text, answered by ICU so that every script is
// covered by the Unicode Character Database rather than by tables of our own. Stateless free
// functions over immutable ICU data: safe to call from any number of threads. ASCII input takes
// fast paths that do not call ICU, so callers need not test for ASCII themselves.

// The code point starting at s[i] and its length in bytes (>= 1). An ill-formed or truncated
// sequence gives U+FFFD with length 1, so a caller stepping by `length` keeps exact offsets.
// REQUIRES: i < s.size().
char32_t Decode(std::string_view s, size_t i, int& length);

// Whether `text` is exactly one code point: an initial ("J", "Ł", "σ") in a person's name.
bool IsOneCodePoint(std::string_view text);

// Letters of any script (general category L).
bool IsLetter(char32_t c);
// Letters and decimal digits: what may start a word.
bool IsLetterOrDigit(char32_t c);
// Letters, decimal digits and combining marks: what may continue a word, so that a name written
// in decomposed form ("Co" + U+0302 + "te") stays one word.
bool IsWordPart(char32_t c);
// Invisible format characters (Cf): soft hyphen, zero-width joiners, byte order mark.
bool IsFormat(char32_t c);
// `text` without its invisible format characters (Cf: soft hyphens, zero-width spaces and
// joiners, byte order marks, direction marks): what a name is once the invisible is gone, so
// "Sou" U+200B "za" is "Souza". Text without them (all ASCII text) comes back unchanged.
std::string WithoutFormat(std::string_view text);
// `text` with the Cyrillic and Greek letters that look like Latin ones ("а", "о", "Р", "Κ") made
// Latin inside words that mix them with Latin letters: "Sоuza" typed with a Cyrillic "о" is
// "Souza", one person with the plain spelling. Words wholly in one script ("Сергей") and all
// ASCII text come back unchanged.
std::string LatinLookalikes(std::string_view text);
// Upper-case and title-case letters (Lu, Lt): "É", "Ł", "Σ", "Д", "ǅ".
bool IsUpper(char32_t c);

// `text` lower-cased by the Unicode full case mapping, diacritics kept ("ERDOĞAN" -> "erdoğan").
std::string Lower(std::string_view text);

// The form names are compared in: case folded, compatibility forms decomposed ("ﬁ" -> "fi"),
// diacritics removed ("Erdoğan" -> "erdogan", "Côte" -> "cote") and Latin letters with a stroke
// reduced to their base letter as Unicode names it ("ł" -> "l", "ø" -> "o", "đ" -> "d"; "æ" stays).
// Other scripts keep their letters ("Σωκράτης" -> "σωκρατης"). Everything that is
// not a letter is left as it is, so punctuation keeps its meaning for the caller.
std::string Fold(std::string_view text);

// Whether `text` is all ASCII.
bool IsAscii(std::string_view text);

// ASCII letters and digits, the fast path callers take before decoding anything: inline and
// locale-free, where std::isalnum is a call per byte.
constexpr bool IsAsciiAlnum(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

}  // namespace dkg::unicode
