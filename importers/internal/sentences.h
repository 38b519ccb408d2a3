#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "engine/types.h"
#include "importers/internal/tokenizer.h"

namespace dkg::internal {

// A sentence of a document: its byte span (what evidence points at) and its tokens.
struct Sentence {
  Span span;
  std::vector<Token> tokens;
  int paragraph = 0;  // index of the line it sits on
};

// Splits text[begin, end) into sentences: every line is a paragraph, and a paragraph breaks after
// '.', '!' or '?' when the next token starts a new sentence (a capital, a quote, a digit).
// Abbreviations were kept whole by the tokenizer, so "Dr. Jaishankar" stays one sentence.
// A sentence longer than kMaxSentenceTokens (a page with no full stop, a list run together) is cut
// at its last ';' or ',' past the half of that bound, else at the bound: the later stages compare
// mentions within a sentence pairwise, and this keeps their cost linear in the document's length.
// News sentences stay far below it (the longest in the development corpus has about 110 tokens).
inline constexpr size_t kMaxSentenceTokens = 240;
std::vector<Sentence> SplitSentences(std::string_view text, int64_t begin, int64_t end,
                                     int first_paragraph = 0);

}  // namespace dkg::internal
