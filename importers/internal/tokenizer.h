#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dkg::internal {

// One token of a document: a word, a number or a single punctuation mark, with its byte span in
// the document. Hyphens, '+' and the possessive 's are tokens of their own, so "India-Japan" is
// three tokens and "Japan's" two; `space_before` lets callers rejoin what the text wrote solid.
struct Token {
  // Each member set by its initializer below, not the whole struct zeroed first as value
  // initialization of an aggregate does (`emplace_back()` did that for every token).
  Token() {}

  int64_t start = 0;
  int64_t end = 0;
  std::string text;   // as written, with typographic quotes and dashes made ASCII
  std::string lower;  // `text` lower-cased (Unicode full case mapping; diacritics kept)
  // `text` folded for matching (unicode::Fold: case and diacritics removed), set only when it
  // differs from `lower`, which is never for ASCII: read it through fold().
  std::string folded;
  bool word = false;  // letters or digits of any script
  bool cap = false;  // a word starting with an upper-case letter ("Erdoğan", "Łukasz", "Σωκράτης")
  bool number = false;
  bool space_before = false;
  // Set by Gazetteer::Annotate(): the lexicon phrases that start with this token (nullptr when
  // none), so rules can ask "does a trigger start here?" without hashing the word again.
  const void* lexicon = nullptr;
  const void* gazetteer = nullptr;  // likewise the gazetteer phrases (countries, titles, ...)
  bool annotated = false;
  // Set by the extractor once per token: whether the word can never be part of a person's name
  // (a function word, a month, a head word of another kind of name, a trigger verb).
  bool never_name = false;

  // The form gazetteers and lexicons match: "côte" and "cote" both give "cote".
  const std::string& fold() const { return folded.empty() ? lower : folded; }
};

// Splits `text[begin, end)` into tokens. Abbreviations ("Dr.", "U.S.", "J.", "Ł.") keep their
// period. Words are runs of letters and digits of any script (Unicode classes); other symbols
// ("€", "©", an emoji) are tokens of their own. Offsets are byte offsets into `text`.
std::vector<Token> Tokenize(std::string_view text, int64_t begin, int64_t end);

// Tokenize() one token at a time, for a caller that places the tokens as it goes
// (SplitSentences builds each sentence's list in place rather than moving a line's tokens).
class TokenReader {
 public:
  TokenReader(std::string_view text, int64_t begin, int64_t end);
  // Appends the next token to `out`; returns false, `out` unchanged, when none is left.
  bool Next(std::vector<Token>& out);
  // Byte offset of the first byte not yet read.
  size_t position() const { return i_; }

 private:
  std::string_view text_;
  size_t i_;
  size_t stop_;
  bool space_ = true;  // a space (or the start) before the next token
};
inline std::vector<Token> Tokenize(std::string_view text) {
  return Tokenize(text, 0, static_cast<int64_t>(text.size()));
}

// The folded tokens (Token::fold()) of a phrase joined by single spaces: the key gazetteers are
// indexed by.
std::string PhraseKey(std::string_view phrase);

}  // namespace dkg::internal
