#include "importers/internal/sentences.h"

#include <algorithm>
#include <cstring>
#include <iterator>

namespace dkg::internal {

namespace {

bool OneChar(const Token& t, char c) { return t.text.size() == 1 && t.text[0] == c; }

bool EndsSentence(const Token& t) { return OneChar(t, '.') || OneChar(t, '!') || OneChar(t, '?'); }

// Closing quotes and brackets belong to the sentence they end.
bool Closes(const Token& t) { return OneChar(t, '"') || OneChar(t, ')') || OneChar(t, '\''); }

bool StartsSentence(const Token& t) {
  return t.cap || t.number || OneChar(t, '"') || OneChar(t, '\'') || OneChar(t, '(');
}

// Where to cut an over-long run of tokens that starts at `from`: after the last ';' in the second
// half of the bound, else after the last ',', else at the bound itself.
size_t CutPoint(const std::vector<Token>& tokens, size_t from) {
  const size_t limit = from + kMaxSentenceTokens, half = from + kMaxSentenceTokens / 2;
  for (const char* mark : {";", ","}) {
    for (size_t i = limit - 1; i >= half; --i) {
      if (tokens[i].text == mark) return i + 1;
    }
  }
  return limit;
}

void EmitOne(std::vector<Token>&& tokens, int paragraph, std::vector<Sentence>& out) {
  Sentence& s = out.emplace_back();
  s.span = {tokens.front().start, tokens.back().end};
  s.tokens = std::move(tokens);
  s.paragraph = paragraph;
}

// One sentence's tokens, whole: cut into pieces of at most kMaxSentenceTokens when longer.
void Emit(std::vector<Token>&& tokens, int paragraph, std::vector<Sentence>& out) {
  if (tokens.empty()) return;
  if (tokens.size() <= kMaxSentenceTokens) {
    EmitOne(std::move(tokens), paragraph, out);
    return;
  }
  size_t from = 0;
  while (tokens.size() - from > kMaxSentenceTokens) {
    const size_t cut = CutPoint(tokens, from);
    EmitOne(std::vector<Token>(std::make_move_iterator(tokens.begin() + static_cast<std::ptrdiff_t>(from)),
                               std::make_move_iterator(tokens.begin() + static_cast<std::ptrdiff_t>(cut))),
            paragraph, out);
    from = cut;
  }
  EmitOne(std::vector<Token>(std::make_move_iterator(tokens.begin() + static_cast<std::ptrdiff_t>(from)),
                             std::make_move_iterator(tokens.end())),
          paragraph, out);
}

// Room for the tokens of a sentence starting at text[from]: a token every four bytes up to the
// next full stop (looked for within a window, so a line of many sentences without one is not
// scanned again for each), at most the bound. A guess: an abbreviation's period ends the count
// early and the list grows, once; a guess well above the count wastes memory the sentence keeps.
size_t Room(std::string_view text, size_t from, size_t line_end) {
  constexpr size_t kWindow = 4 * kMaxSentenceTokens;
  const size_t to = std::min(line_end, from + kWindow);
  if (from >= to) return 1;
  const void* stop = std::memchr(text.data() + from, '.', to - from);
  const size_t bytes = stop ? static_cast<size_t>(static_cast<const char*>(stop) - (text.data() + from)) + 1 : to - from;
  return std::min(bytes / 4 + 4, kMaxSentenceTokens);
}

}  // namespace

// Each sentence's list is filled in place by the tokenizer, reading a line's tokens only as far as
// the decision at hand needs (the token after a full stop, closing quotes and brackets): tokenizing
// the whole line first and moving its tokens into the sentences cost a move of every token and a
// large allocation per line. The decisions are those of a scan over the whole line: a sentence
// starts at the line's start or at a token that StartsSentence(), which no sentence end is.
std::vector<Sentence> SplitSentences(std::string_view text, int64_t begin, int64_t end,
                                     int first_paragraph) {
  std::vector<Sentence> out;
  int paragraph = first_paragraph;
  int64_t line_start = begin;
  const size_t text_end = std::min(static_cast<size_t>(end), text.size());
  while (line_start < end) {
    size_t line_end = static_cast<size_t>(line_start);
    if (line_end < text_end) {
      const void* nl = std::memchr(text.data() + line_end, '\n', text_end - line_end);
      line_end = nl ? static_cast<size_t>(static_cast<const char*>(nl) - text.data()) : text_end;
    }
    TokenReader reader(text, line_start, static_cast<int64_t>(line_end));
    std::vector<Token> sentence;
    sentence.reserve(Room(text, static_cast<size_t>(line_start), line_end));
    bool more = true;
    // Whether sentence[k] exists, reading tokens up to it.
    auto has = [&](size_t k) {
      while (more && sentence.size() <= k) more = reader.Next(sentence);
      return k < sentence.size();
    };
    size_t i = 0;
    while (has(i)) {
      // "10.15 am", "1.5 billion": a point between digits, with no space either side, is a
      // decimal point or a clock's separator, never a sentence's end.
      if (!EndsSentence(sentence[i]) ||
          (i > 0 && has(i + 1) && OneChar(sentence[i], '.') && sentence[i - 1].number && sentence[i + 1].number &&
           !sentence[i].space_before && !sentence[i + 1].space_before)) {
        ++i;
        continue;
      }
      size_t j = i + 1;
      while (has(j) && Closes(sentence[j])) ++j;
      if (has(j) && !StartsSentence(sentence[j])) {
        ++i;
        continue;
      }
      // The tokens read past the end (the next sentence's first) start the next list.
      std::vector<Token> next;
      if (j < sentence.size()) {
        next.reserve(std::max(Room(text, static_cast<size_t>(sentence[j].start), line_end), sentence.size() - j));
        next.assign(std::make_move_iterator(sentence.begin() + static_cast<std::ptrdiff_t>(j)),
                    std::make_move_iterator(sentence.end()));
        sentence.erase(sentence.begin() + static_cast<std::ptrdiff_t>(j), sentence.end());
      }
      Emit(std::move(sentence), paragraph, out);
      sentence = std::move(next);
      i = 0;
    }
    Emit(std::move(sentence), paragraph, out);
    ++paragraph;
    line_start = static_cast<int64_t>(line_end) + 1;
  }
  return out;
}

}  // namespace dkg::internal
