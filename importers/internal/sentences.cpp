#include "importers/internal/sentences.h"

#include <iterator>

namespace dkg::internal {

namespace {

bool EndsSentence(const Token& t) { return t.text == "." || t.text == "!" || t.text == "?"; }

// "10.15 am", "1.5 billion": a point between digits, with no space either side, is a decimal
// point or a clock's separator, never a sentence's end.
bool DecimalPoint(const std::vector<Token>& tokens, size_t i) {
  return i > 0 && i + 1 < tokens.size() && tokens[i].text == "." && tokens[i - 1].number &&
         tokens[i + 1].number && !tokens[i].space_before && !tokens[i + 1].space_before;
}

bool StartsSentence(const Token& t) {
  return t.cap || t.number || t.text == "\"" || t.text == "'" || t.text == "(";
}

void EmitOne(std::vector<Token>& tokens, size_t from, size_t to, int paragraph,
             std::vector<Sentence>& out) {
  Sentence s;
  s.span = {tokens[from].start, tokens[to - 1].end};
  if (from == 0 && to == tokens.size()) {
    // A line of one sentence (a headline, a short paragraph) hands over its whole list rather
    // than moving each token (three strings) into a new one; `tokens` is left empty.
    s.tokens.swap(tokens);
  } else {
    s.tokens.assign(std::make_move_iterator(tokens.begin() + from), std::make_move_iterator(tokens.begin() + to));
  }
  s.paragraph = paragraph;
  out.push_back(std::move(s));
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

void Emit(std::vector<Token>& tokens, size_t from, size_t to, int paragraph,
          std::vector<Sentence>& out) {
  while (to > from && to - from > kMaxSentenceTokens) {
    const size_t cut = CutPoint(tokens, from);
    EmitOne(tokens, from, cut, paragraph, out);
    from = cut;
  }
  if (from < to) EmitOne(tokens, from, to, paragraph, out);
}

}  // namespace

std::vector<Sentence> SplitSentences(std::string_view text, int64_t begin, int64_t end,
                                     int first_paragraph) {
  std::vector<Sentence> out;
  int paragraph = first_paragraph;
  int64_t line_start = begin;
  while (line_start < end) {
    int64_t line_end = line_start;
    while (line_end < end && text[line_end] != '\n') ++line_end;
    std::vector<Token> tokens = Tokenize(text, line_start, line_end);
    size_t from = 0;
    for (size_t i = 0; i < tokens.size(); ++i) {
      if (!EndsSentence(tokens[i]) || DecimalPoint(tokens, i)) continue;
      // Closing quotes and brackets belong to the sentence they end.
      size_t j = i + 1;
      while (j < tokens.size() && (tokens[j].text == "\"" || tokens[j].text == ")" ||
                                   tokens[j].text == "'")) {
        ++j;
      }
      if (j < tokens.size() && !StartsSentence(tokens[j])) continue;
      Emit(tokens, from, j, paragraph, out);
      from = j;
      i = j - 1;
    }
    Emit(tokens, from, tokens.size(), paragraph, out);
    ++paragraph;
    line_start = line_end + 1;
  }
  return out;
}

}  // namespace dkg::internal
