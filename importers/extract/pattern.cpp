#include "importers/extract/pattern.h"

#include <algorithm>
#include <bit>
#include <cctype>
#include <cstdint>
#include <functional>
#include <iterator>
#include <map>
#include <optional>
#include <set>
#include <unordered_set>
#include <utility>

namespace dkg::extract {

// The compiled form of a match expression: a small regular-expression tree over tokens and
// mentions, matched by backtracking with continuations (sentences are short and every pattern
// is first filtered by its anchor words, so the simple matcher is fast enough; a step budget
// bounds the work per start position on hostile text).
struct Pattern::Node {
  enum class Kind {
    kSeq,
    kAlt,
    kRepeat,
    kLiteral,
    kType,
    kList,
    kLex,
    kShape,
    kGap,
    kCapture,
    kNot,
    kNotAfter,
    kStart
  };
  enum class Shape { kCap, kNum, kOrd, kDate, kAny, kWord, kLower };
  Kind kind = Kind::kSeq;
  std::vector<std::unique_ptr<Node>> kids;
  std::vector<std::string> words;  // literal or negated tokens, lower-cased
  std::vector<int> types;          // mention types (kType, kList)
  int lex = -1;                    // lexicon class (kLex; kGap: one it never steps over)
  Shape shape = Shape::kAny;
  int min = 0, max = 0;  // kRepeat bounds; kGap uses max
  int slot = -1;         // kCapture
  // Whether every match of this node takes exactly one token (a one-word literal, a choice of
  // them): set after parsing, for Matcher::CanStart()'s look at the token after it.
  bool one_token = false;
  // Whether every match of this node is exactly one token, decided by that token alone with no
  // capture and no mention (a one-word literal, a negated word, a one-token shape, a choice of
  // them, one of them with "<!" checks around it): set after parsing, so that a repeat of it is
  // read by a loop (Matcher::One) instead of a continuation per repetition.
  bool single = false;
  // kAlt whose every option opens with a literal word (none may match nothing): the
  // PatternSet's anchor index entries of those words, sorted (std::less). Set by
  // PatternSet::Add(); the matcher refuses a token that is none of them without trying each
  // option ("~6 ( travel | travels | ... | arrived )" is tried after every token of the gap).
  bool word_filter = false;
  std::vector<const void*> first_entries;
  // `words` as the PatternSet's anchor index entries (set by PatternSet::Add(), every word has
  // one): a token is the word when its entry is this one, so matching compares pointers, not
  // strings.
  std::vector<const void*> word_entries;
};

Pattern::Pattern() = default;
Pattern::~Pattern() = default;
Pattern::Pattern(Pattern&&) noexcept = default;
Pattern& Pattern::operator=(Pattern&&) noexcept = default;

int Pattern::SlotIndex(std::string_view name) const {
  for (size_t i = 0; i < slots_.size(); ++i) {
    if (slots_[i] == name) return static_cast<int>(i);
  }
  return -1;
}

const Capture* PatternMatch::Slot(std::string_view name) const {
  const int i = pattern ? pattern->SlotIndex(name) : -1;
  if (i < 0 || !slots[i].set) return nullptr;
  return &slots[i];
}

namespace {

using Node = Pattern::Node;
using Kind = Node::Kind;

// Splits a match expression into lexemes: brackets, bars and braces stand alone, a trailing
// quantifier is split off a word, quoted text is one literal.
std::vector<std::string> Lex(std::string_view s, std::string& error) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < s.size()) {
    const char c = s[i];
    if (std::isspace(static_cast<unsigned char>(c))) {
      ++i;
    } else if (c == '(' || c == ')' || c == '|' || c == '{' || c == '}') {
      out.emplace_back(1, c);
      ++i;
    } else if (c == '"') {
      const size_t close = s.find('"', i + 1);
      if (close == std::string_view::npos) {
        error = "unterminated quote";
        return {};
      }
      out.push_back(std::string(s.substr(i, close - i + 1)));
      i = close + 1;
    } else {
      size_t j = i;
      while (j < s.size() && !std::isspace(static_cast<unsigned char>(s[j])) &&
             std::string_view("(){}|\"").find(s[j]) == std::string_view::npos) {
        ++j;
      }
      std::string word(s.substr(i, j - i));
      char quant = 0;
      if (word.size() > 1 && (word.back() == '?' || word.back() == '*' || word.back() == '+')) {
        quant = word.back();
        word.pop_back();
      }
      // "{slot:TYPE}": the slot name is a lexeme of its own.
      const size_t colon = word.find(':');
      if (!out.empty() && out.back() == "{" && colon != std::string::npos && colon > 0) {
        out.push_back(word.substr(0, colon + 1));
        word = word.substr(colon + 1);
      }
      if (!word.empty()) out.push_back(word);
      if (quant) out.emplace_back(1, quant);
      i = j;
    }
  }
  return out;
}

bool IsTypeName(const std::string& w) {
  if (w.empty() || !std::isupper(static_cast<unsigned char>(w[0]))) return false;
  return std::all_of(w.begin(), w.end(), [](char c) {
    return std::isupper(static_cast<unsigned char>(c)) || c == '_' || c == '/';
  });
}

// A named sub-pattern of a file ("define TOPIC ( on | for ) ..."): its body as lexemes, parsed
// again where each reference "<TOPIC>" stands, so the compiled tree is the one the body written
// out there would give.
struct Definition {
  std::vector<std::string> lexemes;
  int line = 0;
};
using Definitions = std::map<std::string, Definition, std::less<>>;

// "<TOPIC>" -> "TOPIC"; empty for any other lexeme ("<!by" is a negated previous word).
std::string_view ReferenceName(std::string_view w) {
  if (w.size() < 3 || w.front() != '<' || w.back() != '>' || w[1] == '!') return {};
  return w.substr(1, w.size() - 2);
}

// A definition's name: a letter, then letters, digits, '_' or '-'.
bool IsDefinitionName(std::string_view name) {
  if (name.empty() || !std::isalpha(static_cast<unsigned char>(name[0]))) return false;
  return std::all_of(name.begin(), name.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-';
  });
}

// Recursive-descent parser of one match expression (grammar in docs/extraction.md).
// `definitions` (borrowed, may be null) are the named sub-patterns the expression may refer to.
class ExprParser {
 public:
  ExprParser(std::vector<std::string> lexemes, const PatternVocabulary& vocab,
             std::vector<std::string>& slots, const Definitions* definitions = nullptr)
      : lx_(std::move(lexemes)), vocab_(vocab), slots_(slots), definitions_(definitions) {}

  std::unique_ptr<Node> Parse(std::string& error) {
    auto n = Alt();
    if (error_.empty() && pos_ < lx_.size()) error_ = "unexpected '" + lx_[pos_] + "'";
    error = error_;
    return error_.empty() ? std::move(n) : nullptr;
  }

 private:
  bool At(const char* s) const { return pos_ < lx_.size() && lx_[pos_] == s; }

  std::unique_ptr<Node> Alt() {
    auto first = Seq();
    if (!At("|")) return first;
    auto alt = std::make_unique<Node>();
    alt->kind = Kind::kAlt;
    alt->kids.push_back(std::move(first));
    while (At("|") && error_.empty()) {
      ++pos_;
      alt->kids.push_back(Seq());
    }
    return alt;
  }

  std::unique_ptr<Node> Seq() {
    auto seq = std::make_unique<Node>();
    seq->kind = Kind::kSeq;
    while (pos_ < lx_.size() && !At("|") && !At(")") && !At("}") && error_.empty()) {
      auto item = Item();
      if (!item) break;
      if (splice_) {
        // An unquantified reference to a sequence stands for its elements: "a <B> d" with B
        // "b c" compiles as "a b c d" would.
        splice_ = false;
        for (auto& kid : item->kids) seq->kids.push_back(std::move(kid));
        continue;
      }
      seq->kids.push_back(std::move(item));
    }
    if (seq->kids.empty() && error_.empty()) error_ = "empty expression";
    return seq;
  }

  std::unique_ptr<Node> Item() {
    auto atom = Atom();
    if (!atom) return nullptr;
    const bool reference = reference_;
    reference_ = false;
    if (At("?") || At("*") || At("+")) {
      splice_ = false;  // "<B>?": the whole sequence is optional, as "( b c )?" is
      const char q = lx_[pos_++][0];
      if (atom->kind == Kind::kType && q == '+' && !reference) {
        atom->kind = Kind::kList;  // "OFFICIAL+": a coordinated list, each member caught
        return atom;
      }
      auto rep = std::make_unique<Node>();
      rep->kind = Kind::kRepeat;
      rep->min = q == '+' ? 1 : 0;
      rep->max = q == '?' ? 1 : 64;
      rep->kids.push_back(std::move(atom));
      return rep;
    }
    return atom;
  }

  std::unique_ptr<Node> Atom() {
    if (pos_ >= lx_.size()) {
      error_ = "expression ends early";
      return nullptr;
    }
    const std::string w = lx_[pos_++];
    auto n = std::make_unique<Node>();
    if (w == "(") {
      n = Alt();
      if (!At(")")) {
        if (error_.empty()) error_ = "missing ')'";
        return nullptr;
      }
      ++pos_;
      return n;
    }
    if (w == "{") {
      if (pos_ >= lx_.size() || lx_[pos_].back() != ':') {
        error_ = "a capture starts with '{slot:'";
        return nullptr;
      }
      std::string slot = lx_[pos_++];
      slot.pop_back();
      n->kind = Kind::kCapture;
      auto it = std::find(slots_.begin(), slots_.end(), slot);
      n->slot = static_cast<int>(it - slots_.begin());
      if (it == slots_.end()) slots_.push_back(slot);
      n->kids.push_back(Alt());
      if (!At("}")) {
        if (error_.empty()) error_ = "missing '}' after slot '" + slot + "'";
        return nullptr;
      }
      ++pos_;
      return n;
    }
    if (w == ")" || w == "}" || w == "|" || w == "?" || w == "*" || w == "+") {
      error_ = "unexpected '" + w + "'";
      return nullptr;
    }
    if (w[0] == '"') {
      n->kind = Kind::kLiteral;
      for (const auto& t : internal::Tokenize(w.substr(1, w.size() - 2)))
        n->words.push_back(t.lower);
      if (n->words.empty()) error_ = "empty quoted literal";
      return n;
    }
    if (w[0] == '@') {
      n->kind = Kind::kLex;
      auto& c = vocab_.lexicon_classes;
      auto it = std::find(c.begin(), c.end(), w.substr(1));
      if (it == c.end()) {
        error_ = "unknown lexicon class '" + w + "'";
        return nullptr;
      }
      n->lex = static_cast<int>(it - c.begin());
      return n;
    }
    if (w[0] == '~') {
      n->kind = Kind::kGap;
      // The bound is digits up to the '!' or the end: "~6x" or "~!X" is a typo, not ~6 or ~0.
      const size_t bang = w.find('!');
      const std::string bound = w.substr(1, bang == std::string::npos ? std::string::npos : bang - 1);
      if (bound.empty() || bound.size() > 2 ||
          !std::all_of(bound.begin(), bound.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        error_ = "a gap is ~ and a number, not '" + w + "'";
        return nullptr;
      }
      n->max = std::atoi(bound.c_str());
      if (n->max <= 0 || n->max > 40) error_ = "a gap is ~1 to ~40";
      if (bang == std::string::npos) return n;
      // "~6!" or "~6!OFFICIAL/" names nothing to exclude where it says it does: a gap that
      // silently excluded nothing would let a pattern step over the very mention it meant to stop at.
      if (bang + 1 == w.size() || w.back() == '/' || w.find("//") != std::string::npos ||
          w.find("!/") != std::string::npos) {
        error_ = "a gap's '!' names mention types or one @lexicon class, not '" + w + "'";
        return nullptr;
      }
      // "~6!OFFICIAL/@invite_verb": besides mention types, a lexicon class whose words the gap
      // never steps over ("A invited her counterpart to visit Lima": the visit is not A's).
      std::string types;
      size_t start = bang + 1;
      while (start <= w.size()) {
        size_t bar = w.find('/', start);
        if (bar == std::string::npos) bar = w.size();
        const std::string item = w.substr(start, bar - start);
        if (!item.empty() && item[0] == '@') {
          auto& c = vocab_.lexicon_classes;
          auto it = std::find(c.begin(), c.end(), item.substr(1));
          if (it == c.end() || n->lex >= 0) {
            error_ = "a gap excludes one known lexicon class, not '" + item + "'";
            return nullptr;
          }
          n->lex = static_cast<int>(it - c.begin());
        } else {
          types += (types.empty() ? "" : "/") + item;
        }
        start = bar + 1;
      }
      if (!types.empty() && !TypesOf(types, n->types)) return nullptr;
      return n;
    }
    if (w == "^") {
      n->kind = Kind::kStart;  // the start of the sentence (after its dateline)
      return n;
    }
    if (const std::string_view name = ReferenceName(w); !name.empty()) return Reference(name);
    if (w.size() > 3 && w[0] == '<' && w[1] == '!' && w[2] == '@') {
      // "<!@negating_word": no phrase of that class ends just before ("didn't travel", "will
      // not travel", "won't meet again"): a class holds a negation's contractions once for every
      // pattern, where a list of "<!word"s missed "won't".
      n->kind = Kind::kNotAfter;
      auto& c = vocab_.lexicon_classes;
      auto it = std::find(c.begin(), c.end(), w.substr(3));
      if (it == c.end()) {
        error_ = "unknown lexicon class '" + w.substr(2) + "'";
        return nullptr;
      }
      n->lex = static_cast<int>(it - c.begin());
      return n;
    }
    if (w.size() > 2 && w[0] == '<' && w[1] == '!') {
      n->kind = Kind::kNotAfter;  // "<!by": the previous token is not "by"; consumes nothing
      for (const auto& t : internal::Tokenize(w.substr(2))) n->words.push_back(t.lower);
      return n;
    }
    if (w[0] == '!' && w.size() > 1) {
      n->kind = Kind::kNot;
      for (const auto& t : internal::Tokenize(w.substr(1))) n->words.push_back(t.lower);
      return n;
    }
    if (w.size() > 2 && w[0] == '[' && w.back() == ']') {
      n->kind = Kind::kShape;
      const std::string s = w.substr(1, w.size() - 2);
      static const std::vector<std::pair<std::string, Node::Shape>> kShapes = {
          {"cap", Node::Shape::kCap},    {"num", Node::Shape::kNum}, {"ord", Node::Shape::kOrd},
          {"date", Node::Shape::kDate},  {"any", Node::Shape::kAny}, {"word", Node::Shape::kWord},
          {"lower", Node::Shape::kLower}};
      auto it =
          std::find_if(kShapes.begin(), kShapes.end(), [&](const auto& p) { return p.first == s; });
      if (it == kShapes.end()) {
        error_ = "unknown token shape '" + w + "'";
        return nullptr;
      }
      n->shape = it->second;
      return n;
    }
    if (IsTypeName(w)) {
      n->kind = Kind::kType;
      if (!TypesOf(w, n->types)) return nullptr;
      return n;
    }
    n->kind = Kind::kLiteral;
    for (const auto& t : internal::Tokenize(w)) n->words.push_back(t.lower);
    return n;
  }

  // "<TOPIC>": the definition's body parsed here, as the group "( body )" would be, with a
  // sequence spliced into the sequence around it (Seq()) and a group of one element unwrapped,
  // so the tree is the one the body written out in place gives. The body's slots are the
  // pattern's. A file's definitions may use only names defined above them (checked when the
  // definition loads), so an expansion always ends.
  std::unique_ptr<Node> Reference(std::string_view name) {
    const auto it = definitions_ ? definitions_->find(name) : Definitions::const_iterator{};
    if (!definitions_ || it == definitions_->end()) {
      error_ = "unknown definition '<" + std::string(name) +
               ">' (a file's 'define' lines come above their use)";
      return nullptr;
    }
    std::vector<std::string> outer = std::exchange(lx_, it->second.lexemes);
    const size_t outer_pos = std::exchange(pos_, 0);
    auto n = Alt();
    if (error_.empty() && pos_ < lx_.size()) error_ = "unexpected '" + lx_[pos_] + "'";
    lx_ = std::move(outer);
    pos_ = outer_pos;
    if (!error_.empty()) return nullptr;
    reference_ = true;
    if (n->kind == Kind::kSeq && n->kids.size() == 1) return std::move(n->kids.front());
    splice_ = n->kind == Kind::kSeq;
    return n;
  }

  // "OFFICIAL/PLACE" -> the types' indices; false (with error_ set) for an unknown name.
  bool TypesOf(const std::string& w, std::vector<int>& out) {
    size_t start = 0;
    while (start <= w.size()) {
      size_t bar = w.find('/', start);
      if (bar == std::string::npos) bar = w.size();
      const std::string name = w.substr(start, bar - start);
      auto& ts = vocab_.mention_types;
      auto it = std::find(ts.begin(), ts.end(), name);
      if (it == ts.end()) {
        error_ = "unknown mention type '" + name + "'";
        return false;
      }
      out.push_back(static_cast<int>(it - ts.begin()));
      start = bar + 1;
    }
    return true;
  }

  std::vector<std::string> lx_;
  size_t pos_ = 0;
  const PatternVocabulary& vocab_;
  std::vector<std::string>& slots_;
  const Definitions* definitions_;
  // Set by Reference() for Item() and Seq(): the atom just read is a reference (never an
  // "OFFICIAL+" list), and a sequence to splice unless a quantifier follows.
  bool reference_ = false;
  bool splice_ = false;
  std::string error_;
};

// Sets of words a sentence must hold one of each for `n` to match there (every set is needed;
// an empty list means no word is). Patterns are skipped on sentences that lack one, which is
// most patterns on most sentences.
using AnchorSets = std::vector<std::set<std::string>>;
// A mention type as an anchor: a key no token's text can be ("\x01" and the type's index).
std::string TypeAnchor(int type) { return "\x01" + std::to_string(type); }

AnchorSets Anchors(const Node& n) {
  switch (n.kind) {
    case Kind::kLiteral:
      return {{n.words.front()}};
    case Kind::kType:
    case Kind::kList: {
      // A mention slot needs a mention of one of its types in the sentence.
      std::set<std::string> any;
      for (int type : n.types) any.insert(TypeAnchor(type));
      return {any};
    }
    case Kind::kCapture:
      return Anchors(*n.kids.front());
    case Kind::kRepeat:
      return n.min >= 1 ? Anchors(*n.kids.front()) : AnchorSets{};
    case Kind::kSeq: {
      AnchorSets all;
      for (const auto& k : n.kids) {
        for (auto& set : Anchors(*k)) all.push_back(std::move(set));
      }
      return all;
    }
    case Kind::kAlt: {
      // One set: for each alternative, the words of its most selective set.
      std::set<std::string> any;
      for (const auto& k : n.kids) {
        AnchorSets sets = Anchors(*k);
        if (sets.empty()) return {};
        auto best = std::min_element(sets.begin(), sets.end(), [](const auto& a, const auto& b) {
          return a.size() < b.size();
        });
        any.insert(best->begin(), best->end());
      }
      return {any};
    }
    default:
      return {};
  }
}

// Sets Node::one_token on `n` and below.
bool MarkOneToken(Node& n) {
  bool kids_one = !n.kids.empty();
  for (auto& kid : n.kids) kids_one = MarkOneToken(*kid) && kids_one;
  switch (n.kind) {
    case Kind::kLiteral:
      n.one_token = n.words.size() == 1;
      break;
    case Kind::kAlt:
    case Kind::kCapture:
      n.one_token = kids_one;
      break;
    case Kind::kSeq:
      n.one_token = n.kids.size() == 1 && kids_one;
      break;
    default:
      n.one_token = false;
  }
  return n.one_token;
}

// Sets Node::single on `n` and below.
bool MarkSingle(Node& n) {
  bool kids_single = !n.kids.empty();
  for (auto& kid : n.kids) kids_single = MarkSingle(*kid) && kids_single;
  switch (n.kind) {
    case Kind::kLiteral:
      n.single = n.words.size() == 1;
      break;
    case Kind::kNot:
      n.single = true;
      break;
    case Kind::kShape:
      // An ordinal may be a lexicon phrase of several words, a date always is.
      n.single = n.shape != Node::Shape::kOrd && n.shape != Node::Shape::kDate;
      break;
    case Kind::kAlt:
      n.single = kids_single;
      break;
    case Kind::kSeq: {
      // Exactly one single element; the others "<!" checks, which take no token.
      size_t taking = 0;
      bool ok = true;
      for (const auto& kid : n.kids) {
        if (kid->kind == Kind::kNotAfter) continue;
        ++taking;
        ok = ok && kid->single;
      }
      n.single = ok && taking == 1;
      break;
    }
    case Kind::kNotAfter:
      n.single = false;  // it takes no token; a sequence around it may be single
      break;
    default:
      n.single = false;
  }
  return n.single;
}

// Where a match of `n` can start (Pattern::Start): a mention slot or list first means a mention
// must start there; `^` first means the sentence's start; anything else may start anywhere.
Pattern::Start StartOf(const Node& n) {
  using S = Pattern::Start;
  switch (n.kind) {
    case Kind::kType:
    case Kind::kList:
      return S::kMention;
    case Kind::kCapture:
      return StartOf(*n.kids.front());
    case Kind::kRepeat:
      return n.min >= 1 ? StartOf(*n.kids.front()) : S::kAnywhere;
    case Kind::kAlt:
      for (const auto& kid : n.kids) {
        if (StartOf(*kid) != S::kMention) return S::kAnywhere;
      }
      return S::kMention;
    case Kind::kSeq:
      for (const auto& kid : n.kids) {
        if (kid->kind == Kind::kStart) return S::kSentence;
        if (kid->kind == Kind::kNotAfter) continue;
        return StartOf(*kid);
      }
      return S::kAnywhere;
    default:
      return S::kAnywhere;
  }
}

// What can stand at the token where a match of `n` starts: the words, the types of mentions
// starting there, or anything (`any`: a lexicon class, a shape, a gap, a negated word), and
// whether `n` may match no token at all (then what follows it may open the match).
struct FirstSet {
  std::set<std::string> words;
  std::set<int> types;
  bool any = false;
  bool nullable = false;
};

FirstSet FirstOf(const Node& n) {
  FirstSet f;
  switch (n.kind) {
    case Kind::kLiteral:
      f.words.insert(n.words.front());
      break;
    case Kind::kType:
    case Kind::kList:
      f.types.insert(n.types.begin(), n.types.end());
      break;
    case Kind::kStart:
    case Kind::kNotAfter:
      f.nullable = true;  // they take no token
      break;
    case Kind::kGap:
      f.any = f.nullable = true;
      break;
    case Kind::kCapture:
      return FirstOf(*n.kids.front());
    case Kind::kRepeat:
      f = FirstOf(*n.kids.front());
      if (n.min == 0) f.nullable = true;
      break;
    case Kind::kAlt:
    case Kind::kSeq:
      // An alternative: any kid may open it. A sequence: each kid up to the first that must take
      // a token.
      f.nullable = n.kind == Kind::kSeq;
      for (const auto& kid : n.kids) {
        FirstSet k = FirstOf(*kid);
        f.words.insert(k.words.begin(), k.words.end());
        f.types.insert(k.types.begin(), k.types.end());
        f.any = f.any || k.any;
        if (n.kind == Kind::kAlt) {
          f.nullable = f.nullable || k.nullable;
        } else if (!k.nullable) {
          f.nullable = false;
          break;
        }
      }
      break;
    default:
      f.any = true;
      break;
  }
  return f;
}

// FirstOf() of a pattern's expression without its options that open with "^" (StartOf() is
// kSentence), which can start only where the sentence does; `at_start` says whether it had any.
FirstSet FirstOfUnanchored(const Node& root, bool& at_start) {
  at_start = false;
  if (root.kind != Kind::kAlt) return FirstOf(root);
  FirstSet f;
  for (const auto& kid : root.kids) {
    if (StartOf(*kid) == Pattern::Start::kSentence) {
      at_start = true;
      continue;
    }
    FirstSet k = FirstOf(*kid);
    f.words.insert(k.words.begin(), k.words.end());
    f.types.insert(k.types.begin(), k.types.end());
    f.any = f.any || k.any;
    f.nullable = f.nullable || k.nullable;
  }
  return f;
}

// The lines of a pattern: the options of its top choice, each line's own group unwrapped
// ("( line ) | ( line )"); a match is a match of one of them.
std::vector<const Node*> Lines(const Node& root) {
  std::vector<const Node*> lines;
  auto collect = [&lines](const Node& n, const auto& self) -> void {
    if (n.kind == Kind::kAlt) {
      for (const auto& kid : n.kids) self(*kid, self);
    } else if (n.kind == Kind::kSeq && n.kids.size() == 1 &&
               (n.kids[0]->kind == Kind::kSeq || n.kids[0]->kind == Kind::kAlt)) {
      self(*n.kids[0], self);
    } else {
      lines.push_back(&n);
    }
  };
  collect(root, collect);
  return lines;
}

// What may stand at the token after a match's opening word (Pattern::follow_words_,
// follow_types_), or false when some line that may open with a word tells nothing of it.
bool FollowOf(const Node& root, FirstSet& follow) {
  for (const Node* line : Lines(root)) {
    if (StartOf(*line) == Pattern::Start::kSentence) continue;  // tried at the start only
    const FirstSet f = FirstOf(*line);
    if (f.any || f.nullable) return false;
    if (f.words.empty()) continue;  // opens with a mention: never found by a word alone
    if (line->kind != Kind::kSeq || line->kids.size() < 2) return false;
    const Node& open = *line->kids[0];
    const Node& next = *line->kids[1];
    if (!open.one_token || next.kind == Kind::kNotAfter || next.kind == Kind::kStart) return false;
    const FirstSet n = FirstOf(next);
    if (n.any || n.nullable) return false;
    follow.words.insert(n.words.begin(), n.words.end());
    follow.types.insert(n.types.begin(), n.types.end());
  }
  return true;
}

// A borrowed callable "what to match after this element". Continuations are lambdas living in
// the caller's frame for the whole call, so a non-owning reference is enough and, unlike
// std::function, never allocates.
class Continuation {
 public:
  template <typename F>
  Continuation(const F& f)  // NOLINT: implicit, like std::function
      : object_(&f),
        call_([](const void* o, size_t e) { return (*static_cast<const F*>(o))(e); }) {}
  bool operator()(size_t e) const { return call_(object_, e); }

 private:
  const void* object_;
  bool (*call_)(const void*, size_t);
};

// Matching state for one pattern at one start position.
class Matcher {
 public:
  using K = Continuation;

  // `by_start[i]`: the mentions starting at token i, longest first. `entries[i]`: token i's
  // entry in the anchor index, or nullptr (Node::first_entries).
  Matcher(const SentenceView& v, const std::vector<std::vector<const MentionRef*>>& by_start,
          const std::vector<const void*>& entries, size_t slot_count, int ordinal_class,
          int article_class, const std::vector<std::vector<const void*>>& separators,
          const void* comma, std::vector<Capture>& caps, std::vector<int>& open)
      : v_(v),
        t_(*v.tokens),
        by_start_(by_start),
        entries_(entries),
        caps_(caps),
        slot_count_(slot_count),
        open_(open),
        ordinal_class_(ordinal_class),
        article_class_(article_class),
        separators_(separators),
        comma_(comma) {
    // Borrowed lists, grown and never shrunk, so their members' memory serves every pattern
    // tried; only the first slot_count are this pattern's.
    if (caps_.size() < slot_count_) caps_.resize(slot_count_);
  }

  // The slots caught by the last successful match.
  std::vector<Capture> captures() const {
    return std::vector<Capture>(caps_.begin(), caps_.begin() + slot_count_);
  }

  // False when `n` surely cannot match at `pos` (its first element is a word or a mention that
  // is not there): most start positions are refused without running the matcher.
  bool CanStart(const Node& n, size_t pos) const {
    switch (n.kind) {
      case Kind::kLiteral:
        return pos < t_.size() && entries_[pos] == n.word_entries.front();
      case Kind::kType:
      case Kind::kList:
        return StartsMention(n.types, pos);
      case Kind::kCapture:
        return CanStart(*n.kids.front(), pos);
      case Kind::kRepeat:
        return n.min == 0 || CanStart(*n.kids.front(), pos);
      case Kind::kAlt:
        // Every option opens with one of these words: a token that is none of them is refused
        // at once, without asking each option.
        if (n.word_filter &&
            (pos >= t_.size() || !std::binary_search(n.first_entries.begin(), n.first_entries.end(),
                                                     entries_[pos], std::less<>()))) {
          return false;
        }
        for (const auto& kid : n.kids) {
          if (CanStart(*kid, pos)) return true;
        }
        return false;
      case Kind::kSeq:
        return SeqCanStart(n, 0, pos, 0);
      // A one-token shape or a lexicon phrase is decided by the token itself, for less than a
      // try costs: "( the | its ) {n:[ord]} round" is then refused at every "the" that no
      // ordinal follows. Dates (a parse each) and the rest are left to the matcher.
      case Kind::kShape:
        return ShapeCanStart(n, pos);
      case Kind::kLex:
        return pos < t_.size() && v_.lexicon && v_.lexicon(n.lex, pos) > 0;
      default:
        return true;
    }
  }
  // CanStart() of the elements of sequence `n` from its i-th on, at `pos`. `depth` counts the
  // elements already passed by looking one token (or one mention) ahead, which stops at two.
  bool SeqCanStart(const Node& n, size_t i, size_t pos, int depth) const {
    for (; i < n.kids.size(); ++i) {
      const Node& kid = *n.kids[i];
      // "^" matches only where the sentence starts (after its dateline): an option opening
      // with it ("^ ( the )? [ord] round ...") is refused everywhere else, not tried.
      if (kid.kind == Kind::kStart) {
        if (pos != v_.from) return false;
        continue;
      }
      // Elements that take no token do not decide the first token; a gap may take any.
      if (kid.kind == Kind::kNotAfter) continue;
      if (kid.kind == Kind::kGap) return true;
      if (kid.kind == Kind::kRepeat && kid.min == 0) {
        // An optional element that cannot start here takes nothing, and what follows it must
        // start here ("( the )? {c:COUNTRY} delegation" at a comma). One that can, of one
        // token: what follows starts on the next token or, the element left out, here ("the"
        // before no country is refused).
        const Node& body = *kid.kids.front();
        if (!CanStart(body, pos)) continue;
        if (depth >= 2 || kid.max != 1 || !body.one_token || i + 1 == n.kids.size()) return true;
        return SeqCanStart(n, i + 1, pos + 1, depth + 1) || SeqCanStart(n, i + 1, pos, depth + 1);
      }
      if (!CanStart(kid, pos)) return false;
      if (i + 1 == n.kids.size() || depth >= 2) return true;
      // After a first element of one token ("( the | a | an ) {sides:COUNTRY} ..."), the
      // next must be able to start on the next token: common first words are then refused
      // without running the matcher.
      if (kid.one_token) return SeqCanStart(n, i + 1, pos + 1, depth + 1);
      // After a mention ("{c:COUNTRY} ( delegation | side ) ..."), the next must be able to
      // start where one of the mentions of its types starting here ends.
      if (const Node* type = MentionElement(kid)) {
        for (const MentionRef* m : by_start_[pos]) {
          if (std::find(type->types.begin(), type->types.end(), m->type) != type->types.end() &&
              SeqCanStart(n, i + 1, m->e, depth + 1))
            return true;
        }
        return false;
      }
      return true;
    }
    return true;
  }

  // The mention element `n` is (a slot, a group of one element around it), or nullptr.
  static const Node* MentionElement(const Node& n) {
    const Node* at = &n;
    while (at->kind == Kind::kCapture || (at->kind == Kind::kSeq && at->kids.size() == 1))
      at = at->kids.front().get();
    return at->kind == Kind::kType ? at : nullptr;
  }

  void Reset() {
    // Cleared in place: the member lists keep their memory for the next start position.
    for (size_t s = 0; s < slot_count_; ++s) {
      Capture& c = caps_[s];
      c.set = false;
      c.b = c.e = 0;
      c.mentions.clear();
    }
    open_.clear();
    steps_ = 0;
  }

  bool M(const Node& n, size_t pos, const K& k) {
    // Hostile text (thousands of list members, many overlapping mentions) must not make one
    // start position cost more than a bounded amount of work: past the budget it fails.
    if (++steps_ > kStepBudget) return false;
    const size_t size = t_.size();
    switch (n.kind) {
      case Kind::kSeq:
        return Seq(n, 0, pos, k);
      case Kind::kAlt:
        if (n.word_filter &&
            (pos >= size || !std::binary_search(n.first_entries.begin(), n.first_entries.end(),
                                                entries_[pos], std::less<>()))) {
          return false;
        }
        for (const auto& kid : n.kids) {
          if (M(*kid, pos, k)) return true;
        }
        return false;
      case Kind::kRepeat:
        if (n.kids.front()->single) return RepSingle(n, pos, k);
        return Rep(n, 0, pos, k);
      case Kind::kLiteral: {
        if (pos + n.words.size() > size) return false;
        for (size_t i = 0; i < n.words.size(); ++i) {
          if (entries_[pos + i] != n.word_entries[i]) return false;
        }
        return k(pos + n.words.size());
      }
      case Kind::kNot: {
        if (pos >= size) return false;
        if (std::find(n.word_entries.begin(), n.word_entries.end(), entries_[pos]) !=
            n.word_entries.end())
          return false;
        return k(pos + 1);
      }
      case Kind::kStart:
        return pos == v_.from && k(pos);
      case Kind::kNotAfter:
        if (After(n, pos)) return false;
        return k(pos);
      case Kind::kType:
        return Mentions(n, pos, [&](size_t e) { return k(e); });
      case Kind::kList:
        return List(n, pos, k);
      case Kind::kLex: {
        if (pos >= size || !v_.lexicon) return false;
        const size_t len = v_.lexicon(n.lex, pos);
        return len > 0 && k(pos + len);
      }
      case Kind::kShape:
        return Shape(n, pos, k);
      case Kind::kGap:
        for (int j = 0; j <= n.max && pos + j <= size; ++j) {
          if (j > 0 && EndsClause(t_[pos + j - 1])) break;
          // "~8!OFFICIAL": the gap never steps over the start of such a mention.
          if (j > 0 && !n.types.empty() && StartsMention(n.types, pos + j - 1)) break;
          if (j > 0 && n.lex >= 0 && v_.lexicon && v_.lexicon(n.lex, pos + j - 1) > 0) break;
          if (k(pos + j)) return true;
        }
        return false;
      case Kind::kCapture: {
        // A slot named twice in one pattern ("{sides:COUNTRY} - {sides:COUNTRY}") gathers both.
        // Everything below only appends to a slot's mentions and takes its own appends back on
        // failure, so a slot is restored from its span and the length of its list: copying the
        // list on every attempt cost an allocation each time.
        Capture& c = caps_[n.slot];
        const bool saved_set = c.set;
        const size_t saved_b = c.b, saved_e = c.e, saved_len = c.mentions.size();
        if (!saved_set) {
          c.b = pos;
          c.e = 0;
        }
        open_.push_back(n.slot);
        const bool ok = M(*n.kids.front(), pos, [&](size_t e) {
          open_.pop_back();
          const bool inner_set = c.set;
          const size_t inner_e = c.e, inner_len = c.mentions.size();
          c.e = e;
          c.set = true;
          if (k(e)) return true;
          c.set = inner_set;
          c.e = inner_e;
          Truncate(c.mentions, inner_len);
          open_.push_back(n.slot);
          return false;
        });
        if (!ok) {
          open_.pop_back();
          c.set = saved_set;
          c.b = saved_b;
          c.e = saved_e;
          Truncate(c.mentions, saved_len);
        }
        return ok;
      }
    }
    return false;
  }

 private:
  // Whether what a "<!" element refuses ends just before `pos`: its word, or a phrase of its
  // lexicon class (of up to kLongestRefused tokens: "did not", "won ' t").
  bool After(const Node& n, size_t pos) const {
    if (pos == 0) return false;
    if (n.lex < 0) {
      return std::find(n.word_entries.begin(), n.word_entries.end(), entries_[pos - 1]) !=
             n.word_entries.end();
    }
    if (!v_.lexicon) return false;
    constexpr size_t kLongestRefused = 4;
    for (size_t j = 1; j <= kLongestRefused && j <= pos; ++j) {
      if (v_.lexicon(n.lex, pos - j) == j) return true;
    }
    return false;
  }

  bool Seq(const Node& n, size_t i, size_t pos, const K& k) {
    // One-token elements (Node::single) and "<!" checks are tested in place: each has one way to
    // match, so no continuation is needed to come back to it.
    for (; i < n.kids.size(); ++i) {
      const Node& kid = *n.kids[i];
      if (kid.kind == Kind::kNotAfter) {
        if (After(kid, pos)) return false;
      } else if (kid.single) {
        if (++steps_ > kStepBudget || !One(kid, pos)) return false;
        ++pos;
      } else {
        break;
      }
    }
    if (i == n.kids.size()) return k(pos);
    return M(*n.kids[i], pos, [&](size_t e) { return Seq(n, i + 1, e, k); });
  }

  // Greedy: as many repetitions as possible first, then fewer.
  bool Rep(const Node& n, int count, size_t pos, const K& k) {
    if (count < n.max &&
        M(*n.kids.front(), pos, [&](size_t e) { return e != pos && Rep(n, count + 1, e, k); })) {
      return true;
    }
    return count >= n.min && k(pos);
  }

  // Rep() of a Node::single element: the longest run is read by a loop, then the rest is tried
  // after it and after each shorter run down to the minimum, the order Rep() tries them in
  // ("( , | and | [cap] )*" is tried after every name of a list: a continuation per repeated
  // token was most of the matcher's work).
  bool RepSingle(const Node& n, size_t pos, const K& k) {
    const Node& kid = *n.kids.front();
    size_t count = 0;
    while (count < static_cast<size_t>(n.max) && One(kid, pos + count)) ++count;
    steps_ += count;
    if (steps_ > kStepBudget) return false;
    for (size_t c = count + 1; c-- > static_cast<size_t>(n.min);) {
      if (k(pos + c)) return true;
    }
    return false;
  }

  // CanStart() of a shape: false when the shape surely does not stand at `pos`.
  bool ShapeCanStart(const Node& n, size_t pos) const {
    if (pos >= t_.size()) return false;
    const internal::Token& t = t_[pos];
    switch (n.shape) {
      case Node::Shape::kOrd:
        return IsNumericOrdinal(t) ||
               (ordinal_class_ >= 0 && v_.lexicon && v_.lexicon(ordinal_class_, pos) > 0);
      case Node::Shape::kDate:
        return true;
      default:
        return One(n, pos);
    }
  }

  // "21st", "3rd": a number with an ordinal's ending ([ord] also takes the ordinal lexicon); of
  // at most six digits, as NumericOrdinal reads them ("the 4294967297th" counts no round).
  static bool IsNumericOrdinal(const internal::Token& t) {
    const std::string& w = t.lower;
    return t.number && w.size() >= 3 && w.size() <= 8 &&
           (w.ends_with("st") || w.ends_with("nd") || w.ends_with("rd") || w.ends_with("th"));
  }

  // Whether Node::single `n` matches token `pos`.
  bool One(const Node& n, size_t pos) const {
    const size_t size = t_.size();
    if (pos >= size) return false;
    switch (n.kind) {
      case Kind::kLiteral:
        return entries_[pos] == n.word_entries.front();
      case Kind::kNot:
        return std::find(n.word_entries.begin(), n.word_entries.end(), entries_[pos]) ==
               n.word_entries.end();
      case Kind::kShape: {
        const internal::Token& t = t_[pos];
        switch (n.shape) {
          case Node::Shape::kCap:
            return t.word && t.cap;
          case Node::Shape::kNum:
            return t.number;
          case Node::Shape::kAny:
            return true;
          case Node::Shape::kWord:
            return t.word;
          case Node::Shape::kLower:
            return t.word && !t.cap;
          default:
            return false;  // never single
        }
      }
      case Kind::kAlt:
        if (n.word_filter && !std::binary_search(n.first_entries.begin(), n.first_entries.end(),
                                                 entries_[pos], std::less<>())) {
          return false;
        }
        for (const auto& kid : n.kids) {
          if (One(*kid, pos)) return true;
        }
        return false;
      case Kind::kSeq: {
        // "<!" before the element looks at the token before it, after it at the token itself.
        size_t at = pos;
        for (const auto& kid : n.kids) {
          if (kid->kind == Kind::kNotAfter) {
            if (After(*kid, at)) return false;
          } else {
            if (!One(*kid, at)) return false;
            ++at;
          }
        }
        return true;
      }
      default:
        return false;
    }
  }

  // Takes a list back to its first `n` members. Most restores find nothing to take back, and
  // resize() was an out-of-line call each time (its growing path is never inlined).
  static void Truncate(std::vector<size_t>& v, size_t n) {
    if (v.size() > n) v.erase(v.begin() + static_cast<std::ptrdiff_t>(n), v.end());
  }

  // ";" or ".", which a gap never steps over. Compared as one character: the string
  // comparison was a call per token a gap spans.
  static bool EndsClause(const internal::Token& t) {
    return t.text.size() == 1 && (t.text[0] == ';' || t.text[0] == '.');
  }

  bool StartsMention(const std::vector<int>& types, size_t pos) const {
    if (pos >= by_start_.size()) return false;
    for (const MentionRef* m : by_start_[pos]) {
      if (std::find(types.begin(), types.end(), m->type) != types.end()) return true;
    }
    return false;
  }

  // The longest mention of one of `types` starting at `pos`, or nullptr.
  const MentionRef* LongestAt(const std::vector<int>& types, size_t pos) const {
    if (pos >= by_start_.size()) return nullptr;
    for (const MentionRef* m : by_start_[pos]) {
      if (std::find(types.begin(), types.end(), m->type) != types.end()) return m;
    }
    return nullptr;
  }

  // Mentions of the node's types starting at `pos`, longest first; each is added to the open
  // captures while the rest of the pattern is tried.
  bool Mentions(const Node& n, size_t pos, const K& k) {
    if (pos >= by_start_.size()) return false;
    for (const MentionRef* m : by_start_[pos]) {
      if (std::find(n.types.begin(), n.types.end(), m->type) == n.types.end()) continue;
      for (int s : open_) caps_[s].mentions.push_back(m->id);
      if (k(m->e)) return true;
      for (int s : open_) caps_[s].mentions.pop_back();
    }
    return false;
  }

  // "A, B and C", "A and Ministers B and C": mentions joined by list separators; a few
  // capitalised words (a plural title) may follow a separator. The chain is read greedily
  // once, then the rest of the pattern is tried after its longest prefix first, so a list costs
  // time and stack in proportion to its length. A prefix may not end on a bare comma ("A and
  // B, spokesman C said": C is not a member), and a list has at most kMaxMembers.
  bool List(const Node& n, size_t pos, const K& k) {
    const MentionRef* first = LongestAt(n.types, pos);
    if (!first) return false;
    std::vector<const MentionRef*> chain{first};
    std::vector<bool> closes{true};  // whether the list may end after member i
    while (chain.size() < kMaxMembers) {
      const size_t at = chain.back()->e;
      const MentionRef* next = nullptr;
      bool bare_comma = false;
      for (const auto& sep : separators_) {
        if (at + sep.size() >= t_.size()) continue;
        bool same = true;
        for (size_t i = 0; i < sep.size() && same; ++i) same = entries_[at + i] == sep[i];
        if (!same) continue;
        size_t q = at + sep.size();
        for (int extra = 0; extra <= 3 && q < t_.size() && !next; ++extra) {
          next = LongestAt(n.types, q);
          // "New Zealand and the European Union": an article may open the next member.
          const bool article = extra == 0 && !next && article_class_ >= 0 && v_.lexicon &&
                               v_.lexicon(article_class_, q) > 0;
          if (!next && !article && (!t_[q].cap || !t_[q].word)) break;
          ++q;
        }
        if (next) {
          bare_comma = sep.size() == 1 && sep[0] == comma_;
          break;
        }
      }
      if (!next) break;
      chain.push_back(next);
      closes.push_back(!bare_comma);
    }
    // A bare comma before a member is fine when a later joiner closes the list ("A, B and C").
    for (size_t i = chain.size(); i-- > 1;) {
      if (!closes[i] && i + 1 < chain.size() && closes[i + 1]) closes[i] = true;
    }
    for (size_t len = chain.size(); len > 0; --len) {
      if (!closes[len - 1]) continue;
      for (int s : open_) {
        for (size_t i = 0; i < len; ++i) caps_[s].mentions.push_back(chain[i]->id);
      }
      if (k(chain[len - 1]->e)) return true;
      for (int s : open_) Truncate(caps_[s].mentions, caps_[s].mentions.size() - len);
    }
    return false;
  }

  bool Shape(const Node& n, size_t pos, const K& k) {
    if (pos >= t_.size()) return false;
    const internal::Token& t = t_[pos];
    switch (n.shape) {
      case Node::Shape::kCap:
        return t.word && t.cap && k(pos + 1);
      case Node::Shape::kNum:
        return t.number && k(pos + 1);
      case Node::Shape::kOrd: {
        if (IsNumericOrdinal(t)) return k(pos + 1);
        if (ordinal_class_ >= 0 && v_.lexicon) {
          const size_t len = v_.lexicon(ordinal_class_, pos);
          if (len > 0) return k(pos + len);
        }
        return false;
      }
      case Node::Shape::kDate: {
        const size_t len = v_.date ? v_.date(pos) : 0;
        return len > 0 && k(pos + len);
      }
      case Node::Shape::kAny:
        return k(pos + 1);
      case Node::Shape::kWord:
        return t.word && k(pos + 1);
      case Node::Shape::kLower:
        return t.word && !t.cap && k(pos + 1);
    }
    return false;
  }

  static constexpr size_t kStepBudget = 20000;
  static constexpr size_t kMaxMembers = 64;

  const SentenceView& v_;
  const std::vector<internal::Token>& t_;
  const std::vector<std::vector<const MentionRef*>>& by_start_;
  const std::vector<const void*>& entries_;
  std::vector<Capture>& caps_;  // Scratch::caps
  size_t slot_count_;
  std::vector<int>& open_;  // Scratch::open
  int ordinal_class_;
  int article_class_;  // PatternSet::article_class_
  // PatternSet::separator_entries_: each separator's words as entries of the anchor index,
  // compared with the tokens' entries (entries_) rather than as strings.
  const std::vector<std::vector<const void*>>& separators_;
  const void* comma_;  // the anchor index's entry of the comma
  size_t steps_ = 0;
};

std::string Trim(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && std::isspace(static_cast<unsigned char>(s[b]))) ++b;
  while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1]))) --e;
  return std::string(s.substr(b, e - b));
}

std::vector<std::string> Words(std::string_view s) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && std::isspace(static_cast<unsigned char>(s[i]))) ++i;
    size_t j = i;
    while (j < s.size() && !std::isspace(static_cast<unsigned char>(s[j]))) ++j;
    if (j > i) out.emplace_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

}  // namespace

std::string Pattern::Compiled() const {
  static const char* const kKinds[] = {"seq",  "alt",       "repeat", "literal", "type",
                                       "list", "lex",       "shape",  "gap",     "capture",
                                       "not",  "not-after", "start"};
  static_assert(std::size(kKinds) == static_cast<size_t>(Kind::kStart) + 1, "a name per Kind");
  std::string out;
  auto print = [&out, this](const Node& n, const auto& self) -> void {
    out += "(";
    out += kKinds[static_cast<int>(n.kind)];
    for (const std::string& w : n.words) out += " '" + w + "'";
    for (int t : n.types) out += " T" + std::to_string(t);
    if (n.lex >= 0) out += " @" + std::to_string(n.lex);
    if (n.kind == Kind::kShape) out += " shape" + std::to_string(static_cast<int>(n.shape));
    if (n.kind == Kind::kRepeat || n.kind == Kind::kGap)
      out += " " + std::to_string(n.min) + ".." + std::to_string(n.max);
    if (n.slot >= 0) out += " {" + slots_[n.slot] + "}";
    for (const auto& kid : n.kids) {
      out += " ";
      self(*kid, self);
    }
    out += ")";
  };
  for (const std::string& slot : slots_) out += "{" + slot + "} ";  // in index order
  if (root_) print(*root_, print);
  return out;
}

Status PatternSet::Add(const std::string& file, std::string_view text,
                       const PatternVocabulary& vocab) {
  // A file that fails to load adds nothing: no half-built pattern is ever matched.
  const size_t before = patterns_.size();
  Status s = AddFile(file, text, vocab);
  if (!s.ok()) patterns_.resize(before);
  anchor_index_.clear();
  anchor_base_.assign(patterns_.size() + 1, 0);
  line_base_.assign(patterns_.size() + 1, 0);
  line_masks_.clear();
  for (size_t pi = 0; pi < patterns_.size(); ++pi) {
    const auto& sets = patterns_[pi].anchors_;
    anchor_base_[pi + 1] = anchor_base_[pi] + static_cast<uint32_t>(std::min<size_t>(sets.size(), 64));
    // First the sets every line needs (most patterns fail on one of them), then each line's.
    const auto& lines = patterns_[pi].anchor_lines_;
    uint64_t common = ~uint64_t{0};
    for (uint64_t mask : lines) common &= mask;
    line_masks_.push_back(lines.empty() ? 0 : common);
    line_masks_.insert(line_masks_.end(), lines.begin(), lines.end());
    line_base_[pi + 1] = static_cast<uint32_t>(line_masks_.size());
    for (size_t si = 0; si < sets.size() && si < 64; ++si) {
      for (const std::string& word : sets[si]) {
        anchor_index_[word].anchors.push_back(
            {static_cast<uint32_t>(pi), static_cast<uint32_t>(si)});
      }
    }
    for (const std::string& word : patterns_[pi].first_words_) {
      anchor_index_[word].starts.push_back(static_cast<uint32_t>(pi));
    }
    for (int type : patterns_[pi].first_types_) {
      anchor_index_[TypeAnchor(type)].starts.push_back(static_cast<uint32_t>(pi));
    }
  }
  by_stage_.clear();
  at_start_.clear();
  for (size_t pi = 0; pi < patterns_.size(); ++pi) {
    by_stage_[patterns_[pi].stage_].push_back(
        {line_masks_[line_base_[pi]], static_cast<uint32_t>(pi), line_base_[pi] + 1, line_base_[pi + 1]});
    if (patterns_[pi].at_start_) at_start_.push_back(static_cast<uint32_t>(pi));
  }
  // The word filters of choices (Node::first_entries), now that the index is complete: its
  // entries do not move when it grows.
  auto set_filters = [this](Node& n, const auto& self) -> void {
    n.word_filter = false;
    n.first_entries.clear();
    n.word_entries.clear();
    for (const std::string& word : n.words) n.word_entries.push_back(&anchor_index_[word]);
    if (n.kind == Kind::kAlt) {
      const FirstSet first = FirstOf(n);
      if (!first.any && !first.nullable && first.types.empty() && !first.words.empty()) {
        n.word_filter = true;
        for (const std::string& word : first.words) n.first_entries.push_back(&anchor_index_[word]);
        std::sort(n.first_entries.begin(), n.first_entries.end(), std::less<>());
      }
    }
    for (auto& kid : n.kids) self(*kid, self);
  };
  for (Pattern& p : patterns_) {
    if (p.root_) set_filters(*p.root_, set_filters);
    p.follow_entries_.clear();
    for (const std::string& word : p.follow_words_)
      p.follow_entries_.push_back(&anchor_index_[word]);
    std::sort(p.follow_entries_.begin(), p.follow_entries_.end(), std::less<>());
  }
  // The separators' words as index entries: List() compares a token's entry with them, and a
  // token holds the entry of its lower-case form whenever the index has that word.
  separator_entries_.clear();
  for (const auto& words : separators_) {
    std::vector<const void*> entries;
    for (const std::string& word : words) entries.push_back(&anchor_index_[word]);
    separator_entries_.push_back(std::move(entries));
  }
  comma_entry_ = &anchor_index_[","];
  // The entries of the mention types (TypeAnchor keys), by type: Match() reads them by index
  // instead of building and hashing the key once per type in every sentence.
  type_entries_.clear();
  for (const auto& [key, entry] : anchor_index_) {
    if (key.size() < 2 || key[0] != '\x01') continue;
    const std::string digits = key.substr(1);
    if (digits.find_first_not_of("0123456789") != std::string::npos || digits.size() > 9) continue;
    const int type = std::stoi(digits);
    if (TypeAnchor(type) != key) continue;
    if (static_cast<size_t>(type) >= type_entries_.size()) type_entries_.resize(type + 1, nullptr);
    type_entries_[type] = &entry;
  }
  return s;
}

Status PatternSet::AddFile(const std::string& file, std::string_view text,
                           const PatternVocabulary& vocab) {
  auto ord = std::find(vocab.lexicon_classes.begin(), vocab.lexicon_classes.end(), "ordinal");
  if (ord != vocab.lexicon_classes.end())
    ordinal_class_ = static_cast<int>(ord - vocab.lexicon_classes.begin());
  auto article = std::find(vocab.lexicon_classes.begin(), vocab.lexicon_classes.end(), "list_article");
  if (article != vocab.lexicon_classes.end())
    article_class_ = static_cast<int>(article - vocab.lexicon_classes.begin());
  std::string stage = "events";
  Definitions definitions;  // this file's "define" lines so far
  Pattern* current = nullptr;
  std::vector<std::string> matches;  // the current pattern's match lines, joined as alternatives
  int line_no = 0, match_line = 0;
  auto where = [&](int line) {
    return "data/patterns/" + file + ":" + std::to_string(line) + ": ";
  };
  auto finish = [&](int line) -> Status {
    if (!current) return Status::Ok();
    if (matches.empty())
      return Status::Corrupt(where(line) + "pattern '" + current->name_ + "' has no match line");
    std::string joined;
    for (const auto& m : matches) joined += (joined.empty() ? "( " : " | ( ") + m + " )";
    std::string error;
    auto lexemes = Lex(joined, error);
    if (error.empty())
      current->root_ =
          ExprParser(std::move(lexemes), vocab, current->slots_, &definitions).Parse(error);
    if (!error.empty()) {
      return Status::Corrupt(where(match_line) + "pattern '" + current->name_ + "': " + error);
    }
    current->text_ = matches.size() == 1 ? matches.front() : joined;
    // Anchor sets by line, each set kept once (lines share most of them: "{c:COUNTRY}").
    {
      std::map<std::set<std::string>, size_t> known;
      for (const Node* option : Lines(*current->root_)) {
        uint64_t mask = 0;
        for (auto& set : Anchors(*option)) {
          auto [it, added] = known.emplace(set, current->anchors_.size());
          if (added) current->anchors_.emplace_back(set.begin(), set.end());
          // Past 64 sets a line needs fewer than it could: more tries, the same matches.
          if (it->second < 64) mask |= uint64_t{1} << it->second;
        }
        current->anchor_lines_.push_back(mask);
      }
      if (current->anchors_.size() > 64) current->anchors_.resize(64);
    }
    // A match of no token would be found again at the same position for ever (Match() resumes
    // after each match's end): every pattern must take a token.
    const FirstSet first = FirstOf(*current->root_);
    if (first.nullable) {
      return Status::Corrupt(where(match_line) + "pattern '" + current->name_ +
                             "' may match no token (every element optional)");
    }
    current->start_ = StartOf(*current->root_);
    MarkOneToken(*current->root_);
    MarkSingle(*current->root_);
    if (current->start_ != Pattern::Start::kSentence) {
      bool at_start = false;
      const FirstSet opening = FirstOfUnanchored(*current->root_, at_start);
      if (!opening.any) {
        current->indexed_start_ = true;
        current->at_start_ = at_start;
        current->first_words_.assign(opening.words.begin(), opening.words.end());
        current->first_types_.assign(opening.types.begin(), opening.types.end());
        FirstSet follow;
        if (FollowOf(*current->root_, follow)) {
          current->follow_filter_ = true;
          current->follow_words_.assign(follow.words.begin(), follow.words.end());
          current->follow_types_.assign(follow.types.begin(), follow.types.end());
        }
      }
    }
    for (const auto& ex : current->examples_) {
      for (const auto& [slot, _] : ex.expect) {
        if (current->SlotIndex(slot) < 0) {
          return Status::Corrupt(where(ex.line) + "example names slot '" + slot +
                                 "', which pattern '" + current->name_ + "' does not have");
        }
      }
    }
    matches.clear();
    current = nullptr;
    return Status::Ok();
  };
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view raw = text.substr(start, end - start);
    start = end + 1;
    ++line_no;
    const std::string line = Trim(raw);
    if (line.empty() || line[0] == '#') {
      if (end == text.size()) break;
      continue;
    }
    const size_t space = line.find_first_of(" \t");
    const std::string key = line.substr(0, space);
    const std::string rest = space == std::string::npos ? "" : Trim(line.substr(space));
    if (key == "stage") {
      if (Status s = finish(line_no); !s.ok()) return s;
      stage = rest;
    } else if (key == "separator") {
      // A separator of coordinated mentions for list slots, tried in file order ("A, B and C").
      if (Status s = finish(line_no); !s.ok()) return s;
      std::vector<std::string> words;
      for (size_t p = 0; p < rest.size();) {
        const size_t q = std::min(rest.find(' ', p), rest.size());
        if (q > p) words.push_back(rest.substr(p, q - p));
        p = q + 1;
      }
      if (words.empty()) return Status::Corrupt(where(line_no) + "empty separator");
      separators_.push_back(std::move(words));
    } else if (key == "define") {
      // "define TOPIC ( on | for ) [lower]+": a named sub-pattern the match lines below it in
      // this file may use as "<TOPIC>". Its body is checked here, so an error in it names this
      // line; a name used in it must be defined above, which also keeps a definition from
      // reaching itself.
      if (Status s = finish(line_no); !s.ok()) return s;
      const size_t gap = rest.find_first_of(" \t");
      const std::string name = rest.substr(0, gap);
      const std::string body = gap == std::string::npos ? "" : Trim(rest.substr(gap));
      if (!IsDefinitionName(name)) {
        return Status::Corrupt(where(line_no) + "'define' takes a name (a letter, then letters, " +
                               "digits, '_' or '-') and a sub-pattern, not '" + rest + "'");
      }
      if (auto it = definitions.find(name); it != definitions.end()) {
        return Status::Corrupt(where(line_no) + "definition '" + name +
                               "' is defined twice (first on line " +
                               std::to_string(it->second.line) + ")");
      }
      if (body.empty())
        return Status::Corrupt(where(line_no) + "definition '" + name + "' is empty");
      std::string error;
      Definition def;
      def.line = line_no;
      def.lexemes = Lex(body, error);
      for (const std::string& w : def.lexemes) {
        if (error.empty() && ReferenceName(w) == name) error = "it refers to itself";
      }
      if (error.empty()) {
        std::vector<std::string> slots;
        ExprParser(def.lexemes, vocab, slots, &definitions).Parse(error);
      }
      if (!error.empty())
        return Status::Corrupt(where(line_no) + "definition '" + name + "': " + error);
      definitions.emplace(name, std::move(def));
    } else if (key == "pattern") {
      if (Status s = finish(line_no); !s.ok()) return s;
      if (rest.empty() || rest.find(' ') != std::string::npos) {
        return Status::Corrupt(where(line_no) + "'pattern' takes one name");
      }
      for (const Pattern& p : patterns_) {
        if (p.name_ == rest)
          return Status::Corrupt(where(line_no) + "pattern '" + rest + "' is defined twice");
      }
      patterns_.emplace_back();
      current = &patterns_.back();
      current->name_ = rest;
      current->stage_ = stage;
      current->source_ = file + ":" + std::to_string(line_no);
    } else if (!current) {
      return Status::Corrupt(where(line_no) + "'" + key + "' outside a pattern");
    } else if (key == "match") {
      if (rest.empty()) return Status::Corrupt(where(line_no) + "empty match");
      if (matches.empty()) match_line = line_no;
      matches.push_back(rest);
    } else if (key == "example" || key == "never") {
      PatternExample ex;
      ex.line = line_no;
      ex.negative = key == "never";
      const size_t arrow = rest.find("=>");
      ex.sentence = Trim(rest.substr(0, arrow));
      if (arrow != std::string::npos) {
        std::string_view spec = std::string_view(rest).substr(arrow + 2);
        size_t p = 0;
        while (p <= spec.size()) {
          size_t semi = spec.find(';', p);
          if (semi == std::string_view::npos) semi = spec.size();
          const std::string item = Trim(spec.substr(p, semi - p));
          p = semi + 1;
          if (item.empty()) continue;
          const size_t eq = item.find('=');
          if (eq == std::string::npos)
            return Status::Corrupt(where(line_no) + "expected slot=text after '=>'");
          ex.expect.emplace_back(Trim(item.substr(0, eq)), Trim(item.substr(eq + 1)));
        }
      }
      if (ex.sentence.empty()) return Status::Corrupt(where(line_no) + "empty example");
      current->examples_.push_back(std::move(ex));
    } else {
      PatternAction a;
      a.verb = key;
      a.args = Words(rest);
      a.rest = rest;
      a.line = line_no;
      current->actions_.push_back(std::move(a));
    }
    if (end == text.size()) break;
  }
  return finish(line_no);
}

std::vector<PatternMatch> PatternSet::Match(const SentenceView& view,
                                            std::string_view stage) const {
  return Match(view, std::vector<std::string_view>{stage});
}

std::vector<PatternMatch> PatternSet::Match(const SentenceView& view,
                                            const std::vector<std::string_view>& stages) const {
  std::vector<PatternMatch> out;
  const auto& tokens = *view.tokens;
  // The lists below are kept per thread and refilled for each sentence, so a sentence reuses the
  // memory of the last one instead of allocating a dozen lists (and one per token with a
  // mention) again. Match() is never re-entered: nothing it calls matches patterns.
  struct Scratch {
    std::vector<uint64_t> satisfied;
    std::vector<uint32_t> last;  // by anchor_base_: the last token satisfying each anchor set
    std::vector<std::pair<uint32_t, uint32_t>> word_starts;
    std::vector<const void*> entries;
    std::vector<std::pair<uint32_t, uint32_t>> tried;  // (pattern, horizon)
    std::vector<uint8_t> wanted;
    std::vector<std::vector<const MentionRef*>> by_start;
    size_t by_start_used = 0;  // by_start[k] may be non-empty only for k below this
    std::vector<Capture> caps;  // the Matcher's slots and open slots
    std::vector<int> open;
    std::vector<bool> type_seen;  // by mention type: the sentence's mentions of each type
    std::vector<const WordIndex*> type_index;
    std::vector<size_t> type_last;
  };
  thread_local Scratch scratch;
  // Which anchor sets of which patterns the sentence's words satisfy: one lookup per token.
  std::vector<uint64_t>& satisfied = scratch.satisfied;
  satisfied.assign(patterns_.size(), 0);
  // Read only where the set's bit in `satisfied` is on, so it is never cleared: an entry is
  // written when the sentence first satisfies its set.
  std::vector<uint32_t>& last_seen = scratch.last;
  if (last_seen.size() < anchor_base_.back()) last_seen.resize(anchor_base_.back());
  // Every token's entry (Node::first_entries, word_entries), the dateline's too: a pattern's
  // first word may be checked against the word before it ("!after").
  std::vector<const void*>& entries = scratch.entries;
  entries.assign(tokens.size(), nullptr);
  for (size_t i = 0; i < tokens.size(); ++i) {
    auto it = anchor_index_.find(tokens[i].lower);
    if (it == anchor_index_.end()) continue;
    entries[i] = &it->second;
    if (i < view.from) continue;
    for (const auto& [pattern, set] : it->second.anchors) {
      satisfied[pattern] |= uint64_t{1} << set;
      last_seen[anchor_base_[pattern] + set] = static_cast<uint32_t>(i);  // tokens come in order
    }
  }
  // And the mention types it holds (TypeAnchor), each looked up once.
  std::vector<bool>& type_seen = scratch.type_seen;
  std::vector<const WordIndex*>& type_index = scratch.type_index;
  std::vector<size_t>& type_last = scratch.type_last;  // the last token where a mention of the type starts
  type_seen.clear();
  type_index.clear();
  type_last.clear();
  for (const MentionRef& m : view.mentions) {
    if (m.type < 0) continue;
    const auto type = static_cast<size_t>(m.type);
    if (type >= type_seen.size()) {
      type_seen.resize(type + 1, false);
      type_index.resize(type + 1, nullptr);
      type_last.resize(type + 1, 0);
    }
    type_last[type] = std::max(type_last[type], m.b);
    if (!type_seen[type]) {
      type_seen[type] = true;
      // Its anchor sets are marked satisfied below.
      if (type < type_entries_.size()) type_index[type] = type_entries_[type];
    }
  }
  for (size_t type = 0; type < type_index.size(); ++type) {
    if (!type_index[type]) continue;
    const auto at = static_cast<uint32_t>(std::min<size_t>(type_last[type], UINT32_MAX));
    for (const auto& [pattern, set] : type_index[type]->anchors) {
      const uint64_t bit = uint64_t{1} << set;
      uint32_t& l = last_seen[anchor_base_[pattern] + set];
      l = satisfied[pattern] & bit ? std::max(l, at) : at;
      satisfied[pattern] |= bit;
    }
  }
  // The patterns of the stages asked for that some line of theirs may match (its anchor sets
  // all satisfied), in stage order, each with the last position a match of it may start at.
  std::vector<std::pair<uint32_t, uint32_t>>& tried = scratch.tried;
  std::vector<uint8_t>& wanted = scratch.wanted;  // by pattern: in `tried`
  tried.clear();
  wanted.assign(patterns_.size(), 0);
  for (std::string_view stage : stages) {
    auto in_stage = by_stage_.find(stage);
    if (in_stage == by_stage_.end()) continue;
    for (const StageEntry& se : in_stage->second) {
      // No match of a line starts after the last token of one of its sets; none of the pattern
      // after the latest such start of its lines.
      const uint32_t pi = se.pattern;
      const uint64_t have = satisfied[pi];
      if ((have & se.common) != se.common) continue;
      bool possible = false;
      size_t horizon = 0;
      for (uint32_t l = se.lines_begin; l < se.lines_end; ++l) {
        const uint64_t mask = line_masks_[l];
        if ((have & mask) != mask) continue;
        possible = true;
        size_t line_horizon = tokens.size();
        for (uint64_t bits = mask; bits; bits &= bits - 1)
          line_horizon = std::min<size_t>(line_horizon, last_seen[anchor_base_[pi] + std::countr_zero(bits)]);
        horizon = std::max(horizon, line_horizon);
      }
      if (!possible) continue;
      tried.push_back({pi, static_cast<uint32_t>(std::min<size_t>(horizon, UINT32_MAX))});
      wanted[pi] = 1;
    }
  }
  if (tried.empty()) return out;
  // Where those patterns with an indexed start may start: (pattern, token * 2 + 1) pairs for a
  // word, (pattern, token * 2) for a mention or the sentence's start, from the same per-token
  // entries, then sorted: pattern p's positions are a run of the list, in text order.
  std::vector<std::pair<uint32_t, uint32_t>>& word_starts = scratch.word_starts;
  word_starts.clear();
  for (size_t i = view.from; i < tokens.size(); ++i) {
    if (!entries[i]) continue;
    for (uint32_t pattern : static_cast<const WordIndex*>(entries[i])->starts) {
      if (wanted[pattern]) word_starts.push_back({pattern, static_cast<uint32_t>(i) * 2 + 1});
    }
  }
  for (const MentionRef& m : view.mentions) {
    // The same bounds as the matcher's index of mentions (by_start below).
    if (m.type < 0 || !type_index[m.type] || m.b < view.from || m.b >= tokens.size() ||
        m.e <= m.b || m.e > tokens.size())
      continue;
    for (uint32_t pattern : type_index[m.type]->starts) {
      if (wanted[pattern]) word_starts.push_back({pattern, static_cast<uint32_t>(m.b) * 2});
    }
  }
  if (view.from < tokens.size()) {
    for (uint32_t pattern : at_start_) {
      if (wanted[pattern]) word_starts.push_back({pattern, static_cast<uint32_t>(view.from) * 2});
    }
  }
  std::sort(word_starts.begin(), word_starts.end());
  // Whether token pos + 1 is a word or starts a mention that Pattern::follow_* allows.
  auto follows = [&](const Pattern& p, size_t pos) {
    if (pos + 1 >= tokens.size()) return false;
    if (std::binary_search(p.follow_entries_.begin(), p.follow_entries_.end(), entries[pos + 1],
                           std::less<>()))
      return true;
    for (const MentionRef* m : scratch.by_start[pos + 1]) {
      if (std::find(p.follow_types_.begin(), p.follow_types_.end(), m->type) !=
          p.follow_types_.end())
        return true;
    }
    return false;
  };
  // Built when a first pattern passes its anchor check: most sentences need none.
  std::vector<std::vector<const MentionRef*>>& by_start = scratch.by_start;
  bool indexed = false;
  for (const auto& [pi, horizon] : tried) {
    {
      const Pattern& p = patterns_[pi];
      if (!indexed) {
        indexed = true;
        // Cleared in place (those the last sentence filled) and never shrunk, so the lists keep
        // their memory; lists past the sentence's end stay empty, which the matcher reads as no
        // mention there.
        for (size_t k = 0; k < scratch.by_start_used; ++k) by_start[k].clear();
        if (by_start.size() < tokens.size()) by_start.resize(tokens.size());
        scratch.by_start_used = tokens.size();
        for (const MentionRef& m : view.mentions) {
          if (m.b < tokens.size() && m.e > m.b && m.e <= tokens.size()) by_start[m.b].push_back(&m);
        }
        for (size_t k = 0; k < tokens.size(); ++k) {
          auto& list = by_start[k];
          // Most tokens start one mention or none, and stable_sort allocates a buffer even then.
          if (list.size() < 2) continue;
          std::stable_sort(list.begin(), list.end(),
                           [](const MentionRef* a, const MentionRef* b) { return a->e > b->e; });
        }
      }
      Matcher m(view, by_start, entries, p.slots_.size(), ordinal_class_, article_class_,
                separator_entries_, comma_entry_, scratch.caps, scratch.open);
      // Tries the pattern at `pos`; on a match records it and returns its end, else 0.
      auto match_at = [&](size_t pos) -> size_t {
        m.Reset();
        size_t end = pos;
        PatternMatch found;
        const bool ok = m.M(*p.root_, pos, [&](size_t e) {
          if (e == pos) return false;
          end = e;
          found.slots = m.captures();
          return true;
        });
        if (!ok) return 0;
        found.pattern = &p;
        found.b = pos;
        found.e = end;
        out.push_back(std::move(found));
        return end;
      };
      if (p.indexed_start_) {
        // The pattern's run of word_starts, left to right.
        const auto first = std::lower_bound(word_starts.begin(), word_starts.end(),
                                            std::pair<uint32_t, uint32_t>{pi, 0});
        size_t next = view.from;  // matches of one pattern do not overlap
        for (auto it = first; it != word_starts.end() && it->first == pi; ++it) {
          const size_t pos = it->second >> 1;
          if (pos > horizon) break;
          // A position found twice (a word and a mention) is tried once, as a mention start.
          if (pos < next || (it != first && pos == (it - 1)->second >> 1)) continue;
          // Found by a word only: the token after it must be one the pattern's opening word may
          // be followed by (Pattern::follow_filter_), or else CanStart() looks at it. Either
          // refuses most common opening words ("the", "a" before a mention that is not there)
          // for less than a try costs. At a mention start CanStart() refused few, at a cost
          // above the tries it saved.
          if (it->second & 1) {
            if (p.follow_filter_ ? !follows(p, pos) : !m.CanStart(*p.root_, pos)) continue;
          }
          if (const size_t end = match_at(pos)) next = end;
        }
        continue;
      }
      const size_t stop = std::min(p.start_ == Pattern::Start::kSentence
                                      ? std::min(view.from + 1, tokens.size())
                                      : tokens.size(),
                                  size_t{horizon} + 1);
      for (size_t pos = view.from; pos < stop; ++pos) {
        if (p.start_ == Pattern::Start::kMention && by_start[pos].empty()) continue;
        if (!m.CanStart(*p.root_, pos)) continue;
        if (const size_t end = match_at(pos)) pos = end - 1;
      }
    }
  }
  return out;
}

}  // namespace dkg::extract
