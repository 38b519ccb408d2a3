#pragma once

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
std::vector<Sentence> SplitSentences(std::string_view text, int64_t begin, int64_t end,
                                     int first_paragraph = 0);

}  // namespace dkg::internal
