#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "engine/status.h"
#include "importers/internal/tokenizer.h"
#include "importers/internal/word_hash.h"

namespace dkg::extract {

// The names a pattern file may use besides literal words: the mention types earlier stages
// produce (written in upper case, "OFFICIAL") and the lexicon classes ("@meet_verb"). Indices
// are the caller's; the engine only compares them.
struct PatternVocabulary {
  std::vector<std::string> mention_types;    // "OFFICIAL", "COUNTRY", ...
  std::vector<std::string> lexicon_classes;  // "meet_verb", "role", ...
};

// A span of a sentence that an earlier stage recognised ("Foreign Minister Ana Berg" as an
// OFFICIAL). `id` is the caller's handle for it; patterns hand it back in captures.
struct MentionRef {
  int type = 0;
  size_t b = 0, e = 0;  // tokens [b, e)
  size_t id = 0;
};

// What one sentence offers to the matcher. Borrowed: everything must outlive the Match() call.
// REQUIRES: tokens != nullptr.
struct SentenceView {
  const std::vector<internal::Token>* tokens = nullptr;
  std::vector<MentionRef> mentions;  // any order; several may start at one token
  // Length in tokens of the longest phrase of lexicon class `cls` starting at token i, or 0.
  std::function<size_t(int cls, size_t i)> lexicon;
  // Length in tokens of the date expression starting at token i, or 0.
  std::function<size_t(size_t i)> date;
  size_t from = 0;  // tokens before this (a dateline) are never matched
};

// What a named slot of a pattern caught: its token span and the mentions inside it (every
// member of a list such as "A, B and C").
struct Capture {
  bool set = false;
  size_t b = 0, e = 0;
  std::vector<size_t> mentions;  // MentionRef::id values, in text order
};

// One instruction of a pattern for the stage that applies it ("emit chair cochaired meeting").
// The engine keeps it as words; the extractor gives them meaning.
struct PatternAction {
  std::string verb;
  std::vector<std::string> args;  // the words after the verb
  std::string rest;               // the text after the verb, as written
  int line = 0;
};

// A test sentence written beside a pattern, with what each slot must catch.
struct PatternExample {
  std::string sentence;
  std::vector<std::pair<std::string, std::string>> expect;  // slot -> caught text
  bool negative = false;  // "never": the pattern must not match this sentence
  int line = 0;
};

class Pattern;

// One match of a pattern in a sentence: tokens [b, e) and a Capture per slot of the pattern.
struct PatternMatch {
  const Pattern* pattern = nullptr;
  size_t b = 0, e = 0;
  std::vector<Capture> slots;  // indexed like Pattern::slots()
  // The capture of slot `name`, or nullptr when the pattern has no such slot or it caught nothing.
  const Capture* Slot(std::string_view name) const;
};

// A compiled pattern: its name (which travels with the evidence of what it finds), the file
// and line it came from, its slots, actions and examples. Immutable once parsed.
class Pattern {
 public:
  struct Node;
  Pattern();
  ~Pattern();
  Pattern(Pattern&&) noexcept;
  Pattern& operator=(Pattern&&) noexcept;

  const std::string& name() const { return name_; }
  const std::string& stage() const { return stage_; }
  const std::string& source() const { return source_; }  // "events.pat:12"
  const std::string& text() const { return text_; }      // the match expression as written
  const std::vector<std::string>& slots() const { return slots_; }
  const std::vector<PatternAction>& actions() const { return actions_; }
  const std::vector<PatternExample>& examples() const { return examples_; }
  int SlotIndex(std::string_view name) const;
  // The compiled match expression as text, node by node ("(seq (literal 'met') (type T0))"):
  // two ways of writing one expression (a "<NAME>" and its definition's body written out)
  // compile to the same tree exactly when these are equal.
  std::string Compiled() const;
  // Where a match can start: anywhere, only where a mention starts, or only at the sentence's
  // start (`^`). Lets the matcher skip most positions without trying them.
  enum class Start { kAnywhere, kMention, kSentence };

 private:
  friend class PatternSet;
  std::string name_, stage_, source_, text_;
  std::vector<std::string> slots_;
  std::vector<PatternAction> actions_;
  std::vector<PatternExample> examples_;
  std::unique_ptr<Node> root_;
  // Sets of words (at most 64): the sentence must hold a word of each set of one of the
  // pattern's lines for the pattern to be tried. `anchor_lines_` has a mask of those sets per
  // line (the options of the expression's top choice, as FollowOf() reads them): a pattern of
  // several match lines is tried only when some one line could match, not when each line has
  // only some of its words ("the X delegation was led by" needs "led" or "headed" and "by" on
  // that line, though its other line needs neither).
  std::vector<std::vector<std::string>> anchors_;
  std::vector<uint64_t> anchor_lines_;
  Start start_ = Start::kAnywhere;
  // When every token a match can open with is a literal word or the start of a mention: those
  // words (lower case) and mention types. The matcher then tries the pattern only where one of
  // them stands, found by the same per-token lookups as the anchors, instead of at every
  // position (most patterns open with a word or a mention; the rest, opening with a gap, a
  // shape or a lexicon class, are tried everywhere).
  // Match lines opening with "^" are left out of those words and types: they can start only
  // where the sentence does, which `at_start_` adds to the positions tried.
  bool indexed_start_ = false;
  bool at_start_ = false;
  std::vector<std::string> first_words_;
  std::vector<int> first_types_;
  // When every line that may open with a word opens with a one-token word followed by an element
  // that must start with a word or a mention: the words (lower case) and mention types that
  // element may start with. A position found by its word alone is tried only when the next
  // token is one of them, which most common opening words ("the", "a") are not.
  bool follow_filter_ = false;
  std::vector<std::string> follow_words_;
  std::vector<int> follow_types_;
  std::vector<const void*> follow_entries_;  // follow_words_' anchor index entries, sorted
};

// The patterns of one or more pattern files (data/patterns/*.pat; grammar in
// docs/extraction.md). Parsing checks every name against the vocabulary and fails with the file
// and line of the first problem. Matching is const and keeps no state, so one set may serve any
// number of threads.
class PatternSet {
 public:
  // Parses `text` (the contents of file `file`) and adds its patterns. A pattern name may be
  // used once across all files.
  Status Add(const std::string& file, std::string_view text, const PatternVocabulary& vocab);

  // Every match of the patterns of `stage` in the sentence, pattern by pattern in file order;
  // within one pattern, left to right and not overlapping.
  std::vector<PatternMatch> Match(const SentenceView& view, std::string_view stage) const;
  // The matches of several stages, stage by stage in the order given.
  std::vector<PatternMatch> Match(const SentenceView& view,
                                  const std::vector<std::string_view>& stages) const;

  const std::vector<Pattern>& patterns() const { return patterns_; }

 private:
  Status AddFile(const std::string& file, std::string_view text, const PatternVocabulary& vocab);

  std::vector<Pattern> patterns_;
  // The patterns of each stage in file order (Match() walks only the stages asked for), each with
  // what Match()'s first test of it reads, side by side: the anchor sets every line of the pattern
  // needs (line_masks_[line_base_[p]]) and its lines' range of line_masks_. Read through the
  // pattern index and line_base_, that walk over some 160 patterns a sentence cost 0.65M
  // instructions more per pass over the dev corpus.
  struct StageEntry {
    uint64_t common = 0;
    uint32_t pattern = 0, lines_begin = 0, lines_end = 0;
  };
  std::map<std::string, std::vector<StageEntry>, std::less<>> by_stage_;
  // What one word (or mention type, TypeAnchor()) of a sentence tells the matcher, so each
  // token is hashed once: the (pattern index, anchor set index) pairs it satisfies, and the
  // patterns that may open with it (Pattern::first_words_, first_types_).
  struct WordIndex {
    std::vector<std::pair<uint32_t, uint32_t>> anchors;
    std::vector<uint32_t> starts;
  };
  std::unordered_map<std::string, WordIndex, internal::WordHash> anchor_index_;
  // anchor_index_'s entry of each mention type (its TypeAnchor key), by type, or nullptr.
  std::vector<const WordIndex*> type_entries_;
  // Where pattern p's anchor sets begin in one flat list of every pattern's sets (at most 64
  // each): Match() keeps there the last token satisfying each set, and a pattern is not tried
  // after the first of those (a match takes a token of every set at or after its start).
  std::vector<uint32_t> anchor_base_;
  // Pattern p's lines' anchor sets as bits (Pattern::anchor_lines_), one list for every
  // pattern: p's lines are [line_base_[p], line_base_[p + 1]); all sets of one of them must be
  // satisfied for p to be tried.
  std::vector<uint64_t> line_masks_;
  std::vector<uint32_t> line_base_;
  std::vector<uint32_t> at_start_;  // the patterns with Pattern::at_start_
  int ordinal_class_ = -1;  // the lexicon class "ordinal", which [ord] also accepts
  int article_class_ = -1;  // the lexicon class "list_article", which may open a list's next member
  // The "separator" lines of the files, in order: the words (lower case) that join the members
  // of a list slot ("A, B and C", "A as well as B"), tried first to last.
  std::vector<std::vector<std::string>> separators_;
  std::vector<std::vector<const void*>> separator_entries_;  // separators_ as anchor_index_ entries
  const void* comma_entry_ = nullptr;                        // anchor_index_'s entry of ","
};

}  // namespace dkg::extract
