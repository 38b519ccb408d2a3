#include "importers/extractor.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <unordered_map>
#include <vector>

#include "engine/normalize.h"
#include "importers/extract/agreement_stage.h"
#include "importers/extract/office_time.h"
#include "importers/extract/pattern.h"
#include "importers/internal/dates.h"
#include "importers/internal/gazetteer.h"
#include "importers/internal/graph_builder.h"
#include "importers/internal/sentences.h"
#include "importers/internal/tokenizer.h"
#include "schema/embedded.h"

namespace dkg {

extern const EmbeddedFile kPatternFiles[];
extern const int kPatternFiles_count;

using internal::Date;
using internal::EntryType;
using internal::Gazetteer;
using internal::GraphBuilder;
using internal::Lexicon;
using internal::Sentence;
using internal::Token;

namespace {

// What a span of tokens was recognised as.
enum class MT {
  kCountry,     // a country by name, alias, demonym, or a capital standing for its government
  kCapital,     // a capital city, before we know whether it is a place or a metonym
  kPlace,       // a city, district, venue
  kTitle,       // an office title ("Foreign Secretary")
  kOrg,         // an organization
  kHonorific,   // Dr., Mr., H.E.
  kOfficial,    // a named official
  kMeeting,     // a named meeting or a round of a dialogue
  kDialogue,    // a named dialogue mechanism
  kAgreement,   // a named agreement
  kMeetingRef,  // "the meeting": the meeting in focus
  kDialogueRef,  // "this dialogue": the dialogue in focus
  kOther        // a name of something not modelled ("Act East Policy"): kept whole, no node
};

struct Mention {
  MT type;
  size_t b = 0, e = 0;     // tokens [b, e) of the sentence
  int gaz = -1;            // gazetteer index: country for kCountry/kCapital, entry otherwise
  std::vector<int> alts;   // organization candidates sharing one name
  long node = -1;          // builder node index, once made
  bool inside_name = false;  // a country named inside a longer name ("India-Japan Dialogue")
  bool announced = false;    // a meeting named after an "announced at" trigger
  // A country's body named by common words (lexicon country_body: "Chilean parliament"): its
  // type and name without the country ("legislature", "Parliament"); empty otherwise.
  std::string body_type, body_name;
  std::string body_where;  // " in the United States" after an embassy's name, or empty
};

struct SentenceInfo {
  const Sentence* s = nullptr;
  std::vector<Mention> m;
  bool headline = false;
  size_t body_from = 0;  // tokens before this are a dateline ("New Delhi [India], Nov 27 :")
  bool future = false;   // FutureTense(): its weekdays point forward
  // Per token of a future sentence: whether its clause (between semicolons) is in the future
  // too (TenseAt); empty for a sentence in the past.
  std::vector<bool> future_clause;
};

bool Contains(const std::set<std::string>& set, const std::string& s) { return set.count(s) > 0; }

// "14th", "23rd", "2nd": a numeric ordinal.
int NumericOrdinal(const Token& t) {
  if (!t.number || t.text.size() < 3) return 0;
  const std::string suffix = t.lower.substr(t.lower.size() - 2);
  if (suffix != "st" && suffix != "nd" && suffix != "rd" && suffix != "th") return 0;
  return std::atoi(t.text.c_str());
}

// Verbs and phrases that put a statement in the future, so its weekdays point forward: "will",
// "the summit to be held in Hiroshima", "is due to meet", "are to sign" (lexicon: future_*).
bool FutureTense(const internal::Gazetteer& g, const std::vector<Token>& t, size_t b, size_t e) {
  for (size_t i = b; i < e && i < t.size(); ++i) {
    if (g.IsLexiconWord(Lexicon::kFutureCue, t[i])) return true;
    if (t[i].lower != "to" || i + 1 >= t.size()) continue;
    if (i + 2 < t.size() && t[i + 1].lower == "be" && g.IsLexiconWord(Lexicon::kFuturePassive, t[i + 2])) return true;
    if (i > 0 && g.IsLexiconWord(Lexicon::kFutureBeforeTo, t[i - 1])) return true;
  }
  return false;
}

bool FutureTense(const internal::Gazetteer& g, const Sentence& s) {
  return FutureTense(g, s.tokens, 0, s.tokens.size());
}

const std::set<std::string>& GovernmentOrgKinds() {
  // "international" with a country: the institutions of the EU (organizations.tsv).
  static const std::set<std::string> k = {"ministry", "agency", "legislature", "military",
                                          "department", "office", "international"};
  return k;
}

// The names pattern files use for mention types, in the order of MT.
const std::vector<std::string>& MentionTypeNames() {
  static const std::vector<std::string> k = {"COUNTRY", "CAPITAL", "PLACE", "TITLE", "ORG",
                                             "HONORIFIC", "OFFICIAL", "MEETING", "DIALOGUE",
                                             "AGREEMENT", "MEETING_REF", "DIALOGUE_REF", "OTHER"};
  return k;
}

// Relations a pattern may emit (ONTOLOGY.md).
const std::set<std::string>& PatternRelations() {
  static const std::set<std::string> k = {
      "cochaired", "chaired",  "attended",  "participant",  "represents", "member_of",
      "part_of",   "held_in",  "located_in", "round_of",    "announced_at", "follows",
      "agreed_at", "party_to", "signed"};
  return k;
}

// The name part of "make meeting TAG NAME": a slot name, a quoted template with {slot}s, or
// empty (the whole match names the event).
// The name a `make` action's result goes by in `emit` lines: "event", or NAME after a closing
// "as NAME" ("make agreement named name as deal": one pattern can make a signing and the
// agreement signed at it).
std::string MadeAs(const extract::PatternAction& a) {
  const size_t n = a.args.size();
  const size_t as = a.rest.rfind(" as "), quote = a.rest.rfind('"');
  if (a.verb == "make" && n >= 4 && a.args[n - 2] == "as" && as != std::string::npos &&
      (quote == std::string::npos || quote < as)) {
    return a.args[n - 1];
  }
  return "event";
}

std::string NameTemplate(const extract::PatternAction& a) {
  if (a.args.size() < 3 || (a.args[2] == "as" && MadeAs(a) != "event")) return "";
  std::string rest = a.rest.substr(a.rest.find(a.args[1]) + a.args[1].size());
  const size_t q = rest.find('"');
  if (q != std::string::npos) {
    const size_t close = rest.rfind('"');
    return close > q ? rest.substr(q + 1, close - q - 1) : rest.substr(q + 1);
  }
  return a.args[2];
}

// Checks the actions of every pattern: the verbs the extractor knows, their arity, relations
// and slot names. Errors name the pattern file and line.
Status CheckActions(const extract::PatternSet& set) {
  for (const extract::Pattern& p : set.patterns()) {
    const std::string file = p.source().substr(0, p.source().find(':'));
    std::set<std::string> made;  // "event", and the names of "make ... as NAME"
    for (const auto& a : p.actions()) {
      if (a.verb == "make" || a.verb == "round") made.insert(MadeAs(a));
    }
    auto where = [&](const extract::PatternAction& a) {
      return "data/patterns/" + file + ":" + std::to_string(a.line) + ": pattern '" + p.name() + "': ";
    };
    auto slot_ok = [&](const std::string& s) {
      return p.SlotIndex(s) >= 0 || s == "focus" || s == "dateline-country" || s == "subject" || made.count(s);
    };
    for (const auto& a : p.actions()) {
      if (a.verb == "emit") {
        if (a.args.size() != 3) return Status::Corrupt(where(a) + "emit takes SLOT RELATION SLOT");
        if (!PatternRelations().count(a.args[1])) {
          return Status::Corrupt(where(a) + "unknown relation '" + a.args[1] + "'");
        }
        for (const std::string& s : {a.args[0], a.args[2]}) {
          if (!slot_ok(s)) return Status::Corrupt(where(a) + "no slot named '" + s + "'");
        }
      } else if (a.verb == "make") {
        if (a.args.size() < 2 || (a.args[0] != "meeting" && a.args[0] != "agreement")) {
          return Status::Corrupt(where(a) + "make takes 'meeting|agreement TAG [NAME-SLOT | \"NAME TEMPLATE\"]'");
        }
        const std::string as = MadeAs(a);
        if (as != "event" && (p.SlotIndex(as) >= 0 || as == "focus" || as == "dateline-country" || as == "subject")) {
          return Status::Corrupt(where(a) + "'as " + as + "' names a slot already");
        }
        const std::string name = NameTemplate(a);
        if (name.empty()) continue;
        if (name.find('{') == std::string::npos) {
          if (p.SlotIndex(name) < 0) return Status::Corrupt(where(a) + "no slot named '" + name + "'");
          continue;
        }
        for (size_t open = name.find('{'); open != std::string::npos; open = name.find('{', open + 1)) {
          const size_t close = name.find('}', open);
          if (close == std::string::npos) return Status::Corrupt(where(a) + "unclosed '{' in name");
          const std::string slot = name.substr(open + 1, close - open - 1);
          if (p.SlotIndex(slot) < 0) return Status::Corrupt(where(a) + "no slot named '" + slot + "'");
        }
      } else if (a.verb == "round") {
        if (a.args.size() < 2 || a.args.size() > 3) {
          return Status::Corrupt(where(a) + "round takes MEETING-SLOT SERIES-SLOT [ORDINAL-SLOT]");
        }
        for (const std::string& s : a.args) {
          if (p.SlotIndex(s) < 0) return Status::Corrupt(where(a) + "no slot named '" + s + "'");
        }
      } else if (a.verb == "each") {
        if (a.args.size() != 1 || p.SlotIndex(a.args[0]) < 0) {
          return Status::Corrupt(where(a) + "each takes one SLOT of the pattern");
        }
      } else {
        return Status::Corrupt(where(a) + "unknown action '" + a.verb + "' (emit, make, round or each)");
      }
    }
  }
  return Status::Ok();
}

class Run {
 public:
  Run(const Gazetteer& g, const extract::PatternSet& patterns, const SourceDocument& src,
      std::vector<PatternTrace>* trace)
      : g_(g), patterns_(patterns), trace_(trace), src_(src), text_(src.document.text) {
    if (auto d = internal::ParseDateText(src.document.date)) published_ = *d;
  }

  // Word lists of the lexicon (data/lexicon/lexicon.tsv), asked of one token.
  bool Is(Lexicon category, const Token& t) const { return g_.IsLexiconWord(category, t); }
  bool IsStopCap(const Token& t) const { return Is(Lexicon::kNotNameStart, t); }
  bool IsMonthOrDay(const Token& t) const { return Is(Lexicon::kCalendarWord, t); }

  ExtractedGraph Go() {
    // The headline is a sentence of its own (paragraph -1); the body follows.
    const auto& doc = src_.document;
    size_t title_end = text_.find('\n');
    if (title_end == std::string::npos) title_end = text_.size();
    int64_t title_begin = 0;
    // Spaces, a byte order mark and no-break spaces before the headline; a headline may start
    // with a non-ASCII letter ("Ürümqi hosts ...").
    while (title_begin < static_cast<int64_t>(title_end)) {
      if (text_[title_begin] == ' ') {
        ++title_begin;
      } else if (text_.compare(title_begin, 3, "\xEF\xBB\xBF") == 0) {
        title_begin += 3;
      } else if (text_.compare(title_begin, 2, "\xC2\xA0") == 0) {
        title_begin += 2;
      } else {
        break;
      }
    }
    if (src_.body_begin > 0 && !doc.title.empty()) {
      sentences_ = internal::SplitSentences(text_, title_begin, static_cast<int64_t>(title_end), -1);
      for (auto& s : sentences_) s.paragraph = -1;
    }
    auto body = internal::SplitSentences(text_, src_.body_begin, static_cast<int64_t>(text_.size()));
    sentences_.insert(sentences_.end(), std::make_move_iterator(body.begin()),
                      std::make_move_iterator(body.end()));
    for (auto& sentence : sentences_) {
      g_.Annotate(sentence.tokens);
      for (Token& t : sentence.tokens) t.never_name = t.word && t.cap && NeverName(t);
    }
    infos_.resize(sentences_.size());
    for (size_t i = 0; i < sentences_.size(); ++i) {
      infos_[i].s = &sentences_[i];
      infos_[i].headline = sentences_[i].paragraph < 0;
      infos_[i].future = FutureTense(g_, sentences_[i]);
    }
    if (!infos_.empty()) {
      for (auto& si : infos_) {
        if (!si.headline) {
          si.body_from = DatelineEnd(*si.s);
          break;
        }
      }
    }
    for (auto& si : infos_) {
      if (si.future) si.future_clause = FutureClauses(si);
    }
    FindStoryDate();
    for (auto& si : infos_) FindGazetteerMentions(si);
    for (auto& si : infos_) FindNamedPhrases(si);
    for (auto& si : infos_) FindOfficials(si);
    for (auto& si : infos_) MakeEntityNodes(si);
    for (auto& si : infos_) FindSurnameMentions(si);
    for (auto& si : infos_) Relations(si);
    Finish();
    ExtractedGraph graph = builder_.Take();
    // Agreement lifecycle stages (extract/agreement_stage.h), read from the finished graph.
    if (auto stages = extract::AgreementStageLexicon::LoadEmbedded(); stages.ok()) stages.value()->AddStages(sentences_, published_, graph);
    return graph;
  }

 private:
  // ---- small helpers ---------------------------------------------------------------------

  const std::vector<Token>& T(const SentenceInfo& si) const { return si.s->tokens; }

  std::string Surface(const SentenceInfo& si, size_t b, size_t e) const {
    const auto& t = T(si);
    return text_.substr(t[b].start, t[e - 1].end - t[b].start);
  }
  Span SpanOf(const SentenceInfo& si, size_t b, size_t e) const {
    return {T(si)[b].start, T(si)[e - 1].end};
  }

  const Mention* MentionAt(const SentenceInfo& si, size_t token) const {
    for (const Mention& m : si.m) {
      if (m.b <= token && token < m.e) return &m;
    }
    return nullptr;
  }
  const Mention* MentionEndingAt(const SentenceInfo& si, size_t end, MT type) const {
    for (const Mention& m : si.m) {
      if (m.e == end && m.type == type) return &m;
    }
    return nullptr;
  }
  bool Covered(const SentenceInfo& si, size_t b, size_t e) const {
    for (const Mention& m : si.m) {
      if (m.b < e && b < m.e) return true;
    }
    return false;
  }

  // The day the story's news happened: a report published on Saturday about talks "on Thursday,
  // June 30" dates its undated mentions ("welcoming the visit of the Minister to Brazil") to the
  // Thursday, not the Saturday. It is the first day-precise past date of the lead (the first
  // three body sentences) said "on" a day or as a weekday, from the publication day back to a
  // fortnight before it; a story without one keeps the publication date.
  void FindStoryDate() {
    story_ = published_;
    size_t seen = 0;
    for (const SentenceInfo& si : infos_) {
      if (si.headline) continue;
      if (++seen > 3) break;
      const auto& t = T(si);
      for (size_t i = si.body_from; i < t.size(); ++i) {
        auto d = internal::MatchDate(t, i, published_, internal::Tense::kPast);
        if (!d) continue;
        const bool on = d->relative || (i > 0 && t[i - 1].lower == "on");
        const auto back = internal::DaysBetween(d->date, published_);
        if (on && back && *back >= 0 && *back <= 14) {
          story_ = d->date;
          return;
        }
        i = d->end - 1;
      }
    }
  }

  // A dateline opens the first body sentence: "New Delhi [India], November 27 :",
  // "TOKYO, Nov 27 (Reuters) -", "New Delhi, Nov 27 (PTI)", "New Delhi:", "Delhi - ".
  // Returns the token index after it, or 0.
  size_t DatelineEnd(const Sentence& s) const {
    const auto& t = s.tokens;
    size_t len = 0;
    auto place = g_.Match(t, 0, len);
    if (place.empty() || !t[0].cap) return 0;
    size_t i = len;
    if (i < t.size() && t[i].text == "[") {
      while (i < t.size() && t[i].text != "]") ++i;
      ++i;
    }
    if (i < t.size() && (t[i].text == ":" || (t[i].text == "-" && t[i].space_before))) return i + 1;
    if (i >= t.size() || t[i].text != ",") return 0;
    ++i;
    auto date = internal::MatchDate(t, i, Date{2000, 1, 1}, internal::Tense::kPast);
    if (!date) return 0;
    i = date->end;
    if (i < t.size() && t[i].text == "(") {
      while (i < t.size() && t[i].text != ")") ++i;
      ++i;
    }
    if (i < t.size() && (t[i].text == ":" || t[i].text == "-")) ++i;
    return std::min(i, t.size());
  }

  // ---- pass 1: what each span names -----------------------------------------------------

  void FindGazetteerMentions(SentenceInfo& si) {
    const auto& t = T(si);
    for (size_t i = 0; i < t.size();) {
      size_t len = 0;
      auto entries = g_.Match(t, i, len);
      if (entries.empty()) {
        ++i;
        continue;
      }
      Mention m;
      m.b = i;
      m.e = i + len;
      const internal::PhraseEntry* first = entries.front();
      if (first->type == EntryType::kDemonym && i > 0 && Is(Lexicon::kRegionQualifier, t[i - 1])) {
        // "the Latin American country", "South American leaders": a region's adjective, not
        // the demonym of the country the word alone names.
        i += len;
        continue;
      }
      switch (first->type) {
        case EntryType::kCountry:
        case EntryType::kDemonym: m.type = MT::kCountry; break;
        case EntryType::kCapital: m.type = MT::kCapital; break;
        case EntryType::kPlace: m.type = MT::kPlace; break;
        case EntryType::kTitle: m.type = MT::kTitle; break;
        case EntryType::kOrg: m.type = MT::kOrg; break;
        case EntryType::kHonorific: m.type = MT::kHonorific; break;
      }
      // A name listed as both a country and something else ("Georgia") is the country; a city
      // listed as a capital and a place is the capital.
      for (const auto* e : entries) {
        if (e->type == first->type) m.alts.push_back(e->index);
      }
      m.gaz = first->index;
      // "the Commission" alone, a demonym used as a person noun in lower case: not mentions.
      si.m.push_back(m);
      i += len;
    }
  }

  // Extends a capitalised name rightwards from token i: capitalised words, numbers, solid
  // hyphens, and connectors (of, and, for, on, the, including) that lead to another capital.
  size_t ExtendRight(const std::vector<Token>& t, size_t i) const {
    size_t j = i;
    while (j < t.size()) {
      const Token& w = t[j];
      if (w.word && (w.cap || w.number) && !IsStopCap(w) && !IsMonthOrDay(w)) {
        ++j;
        continue;
      }
      if ((w.text == "-" || w.text == "+") && !w.space_before && j + 1 < t.size() &&
          t[j + 1].word && !t[j + 1].space_before && j > i) {
        j += 2;
        continue;
      }
      if (Is(Lexicon::kNameConnector, w)) {
        size_t k = j + 1;
        // "Ministry of the Environment", but "the X Meeting and the Y Dialogue" are two names.
        if (k < t.size() && t[k].lower == "the" && w.lower != "and") ++k;
        if (k < t.size() && t[k].word && t[k].cap && !IsStopCap(t[k]) && !IsMonthOrDay(t[k])) {
          j = k;
          continue;
        }
      }
      if (w.text == "," && j + 2 < t.size() && t[j + 1].lower == "including" && t[j + 2].cap) {
        j += 2;
        continue;
      }
      break;
    }
    return j;
  }

  // Extends a name leftwards from token `head` (exclusive of what precedes): capitalised
  // modifiers, numbers and country pairs ("India-Japan 2+2 Ministerial"), stopping at
  // determiners, possessives, ordinals and lower-case words.
  size_t ExtendLeft(const std::vector<Token>& t, size_t head) const {
    size_t j = head;
    while (j > 0) {
      const Token& w = t[j - 1];
      if (w.word && (w.cap || (w.number && !NumericOrdinal(w))) && !IsStopCap(w) &&
          !IsMonthOrDay(w) && !IsOrdinalWord(w)) {
        --j;
        continue;
      }
      if ((w.text == "-" || w.text == "+") && j >= 2 && t[j - 2].word && !w.space_before) {
        j -= 2;
        continue;
      }
      if (w.lower == "plus" && j >= 2 && t[j - 2].number) {
        j -= 2;
        continue;
      }
      if (w.lower == "and" && j >= 2 && t[j - 2].cap && !IsStopCap(t[j - 2]) && t[j].cap) {
        j -= 2;
        continue;
      }
      break;
    }
    return j;
  }

  bool IsOrdinalWord(const Token& t) const { return g_.IsLexiconWord(Lexicon::kOrdinal, t); }

  int Ordinal(const std::vector<Token>& t, size_t i) const {
    if (i >= t.size()) return 0;
    if (int n = NumericOrdinal(t[i])) return n;
    size_t len = 0;
    std::string v = g_.MatchLexicon(Lexicon::kOrdinal, t, i, len);
    return v.empty() ? 0 : std::atoi(v.c_str());
  }

  // Removes gazetteer mentions that a longer name now covers, keeping countries (flagged as
  // inside the name) so that "India-Japan Dialogue" still names India and Japan.
  void Claim(SentenceInfo& si, size_t b, size_t e, bool keep_bodies) {
    std::vector<Mention> kept;
    for (Mention& m : si.m) {
      if (m.b >= b && m.e <= e && (m.type == MT::kCountry || m.type == MT::kCapital)) {
        m.inside_name = true;
        if (m.type == MT::kCapital) m.type = MT::kCountry;
      } else if (keep_bodies && m.b >= b && m.e <= e && m.type == MT::kOrg && m.gaz >= 0) {
        m.inside_name = true;  // "Australia-ASEAN Special Summit" names ASEAN
      } else if (m.b < e && b < m.e) {
        continue;
      }
      kept.push_back(m);
    }
    si.m = std::move(kept);
  }

  void AddPhrase(SentenceInfo& si, MT type, size_t b, size_t e) {
    Claim(si, b, e, type == MT::kMeeting || type == MT::kDialogue);
    Mention m;
    m.type = type;
    m.b = b;
    m.e = e;
    si.m.push_back(m);
  }

  bool OverlapsPhrase(const SentenceInfo& si, size_t b, size_t e) const {
    for (const Mention& m : si.m) {
      if ((m.type == MT::kMeeting || m.type == MT::kDialogue || m.type == MT::kAgreement ||
           (m.type == MT::kOrg && m.gaz < 0) || (m.type == MT::kPlace && m.gaz < 0)) &&
          m.b < e && b < m.e) {
        return true;
      }
    }
    return false;
  }

  struct EventHead {
    size_t end = 0;
    bool series = false;      // the head names a recurring mechanism
    bool occurrence = false;  // ... and this phrase one occurrence of it ("annual summit")
  };

  // A meeting or series head word at tokens[i] ("meeting", "Dialogue", "Joint Commission
  // Meeting", "annual summit"), with following head words absorbed.
  bool MatchEventHead(const std::vector<Token>& t, size_t i, EventHead& head) const {
    size_t len = 0;
    size_t e = i;
    bool any = false;
    while (e < t.size()) {
      std::string v = g_.MatchLexicon(Lexicon::kSeriesHead, t, e, len);
      if (!v.empty()) {
        head.series = true;
        head.occurrence = head.occurrence || v == "series-meeting";
        e += len;
        any = true;
        continue;
      }
      if (!g_.MatchLexicon(Lexicon::kMeetingHead, t, e, len).empty()) {
        if (head.series) head.occurrence = true;  // "Joint Commission Meeting"
        e += len;
        any = true;
        continue;
      }
      break;
    }
    head.end = e;
    return any;
  }

  // Extends an event name rightwards from token k over capitalised words, numbers, country pairs
  // and meeting modifiers up to its last head word: "Indo-Japan defence and foreign ministerial
  // dialogue". Returns k when no head follows.
  size_t ExtendRightEvent(const SentenceInfo& si, size_t k) const {
    const auto& t = T(si);
    size_t j = k, last = k;
    while (j < t.size() && j < k + 12) {
      EventHead head;
      if (MatchEventHead(t, j, head)) {
        j = last = head.end;
        continue;
      }
      const Token& w = t[j];
      const bool joiner = (w.text == "-" || w.text == "+") && !w.space_before;
      if ((w.word && ((w.cap && !IsStopCap(w)) || w.number || IsModifier(w))) || joiner) {
        ++j;
        continue;
      }
      break;
    }
    return last;
  }

  bool IsModifier(const Token& w) const { return g_.IsLexiconWord(Lexicon::kMeetingModifier, w); }

  // Extends an event name leftwards over capitalised words, numbers, country pairs ("India-
  // Japan", "2+2", "2 plus 2"), plural possessives ("Ministers'") and lower-case meeting
  // modifiers ("annual", "defence and foreign ministerial"), stopping at ordinals and determiners.
  size_t ExtendLeftEvent(const SentenceInfo& si, size_t head) const {
    const auto& t = T(si);
    size_t j = head;
    while (j > si.body_from) {
      const Token& w = t[j - 1];
      if (w.word && !IsOrdinalWord(w) && !NumericOrdinal(w) && !IsMonthOrDay(w) &&
          ((w.cap && !IsStopCap(w)) || (w.number && w.text.size() < 4) || IsModifier(w))) {
        if (w.lower == "and" && (j < 2 || !(t[j - 2].cap || IsModifier(t[j - 2])))) break;
        --j;
        continue;
      }
      if ((w.text == "-" || w.text == "+") && j >= 2 && t[j - 2].word) {
        j -= 2;
        continue;
      }
      if (w.text == "'" && j >= 2 && t[j - 2].word && t[j - 2].lower.back() == 's') {
        --j;  // "Ministers' Meeting"
        continue;
      }
      if (w.text == "'s" && j >= 2 && CountryMentionAt(si, j - 2) == nullptr) break;
      break;
    }
    // A leading "and" or possessive mark is not part of the name.
    while (j < head && (t[j].lower == "and" || t[j].text == "'" || t[j].text == "-")) ++j;
    return j;
  }

  // Whether a series named at [b, e) is spoken of as one occurrence: "at the X", "during the
  // X", "the X they held", "the X was held", "the X took place".
  bool HeldContext(const SentenceInfo& si, size_t b, size_t e) const {
    const auto& t = T(si);
    if (b >= 2 && t[b - 1].lower == "the" && (t[b - 2].lower == "at" || t[b - 2].lower == "during")) {
      return true;
    }
    for (size_t k = e; k < t.size() && k <= e + 2; ++k) {
      if (t[k].lower == "held" || t[k].lower == "took" || t[k].lower == "resumed" ||
          t[k].lower == "convened") {
        return true;
      }
    }
    return false;
  }

  enum class Naming { kNone, kPlaceOnly, kGeneric, kProper };

  // How the modifiers [b, head) name an event: not at all, only by a place ("the Tokyo
  // meeting"), only by lower-case modifiers ("the foreign ministerial meeting"), or properly
  // (a country pair, a capitalised word, a number, a body: "India-Japan 2+2 Ministerial").
  Naming NamingOf(const SentenceInfo& si, size_t b, size_t head, size_t e) const {
    const auto& t = T(si);
    if (b == head) return t[head].cap && head > si.body_from && e - head >= 2 ? Naming::kProper
           : Naming::kNone;
    bool proper = false, place = false;
    for (size_t k = b; k < head; ++k) {
      const Mention* m = MentionAt(si, k);
      if (m && (m->type == MT::kPlace || (m->type == MT::kCapital))) {
        place = true;
        continue;
      }
      if (m && (m->type == MT::kOfficial || m->type == MT::kTitle)) continue;
      if (t[k].cap || t[k].number || m) proper = true;
    }
    if (proper) return Naming::kProper;
    return place ? Naming::kPlaceOnly : Naming::kGeneric;
  }

  void AddMention(SentenceInfo& si, const Mention& m) {
    si.m.push_back(m);
    SortMentions(si);
  }

  // Named meetings, dialogues, agreements, organizations and venues: capitalised phrases with a
  // head word from the lexicon, and "the Nth round of D".
  // "the Chilean parliament", "Brazil's foreign ministry", "the Afghan ministry of Trade", "the
  // Indian embassy in the US": a body of the country before it (lexicon country_body). The
  // mention covers the body's words; the country keeps its own.
  void FindCountryBodies(SentenceInfo& si) {
    const auto& t = T(si);
    std::vector<Mention> found;
    for (const Mention& c : si.m) {
      if (c.type != MT::kCountry || c.inside_name) continue;
      size_t b = c.e;
      if (b < t.size() && t[b].text == "'s") ++b;
      size_t len = 0;
      const std::string& value = g_.MatchLexicon(Lexicon::kCountryBody, t, b, len);
      const size_t colon = value.find(':');
      if (colon == std::string::npos || Covered(si, b, b + len)) continue;
      Mention m;
      m.type = MT::kOrg;
      m.b = b;
      m.e = b + len;
      m.body_type = value.substr(0, colon);
      m.body_name = value.substr(colon + 1);
      if (m.body_name == "Ministry") {  // "ministry of Trade": the rest of the name follows
        if (m.e + 1 >= t.size() || t[m.e].lower != "of" || !t[m.e + 1].cap) continue;
        const size_t end = ExtendRight(t, m.e + 1);
        if (Covered(si, m.e + 1, end)) continue;
        m.body_name += " " + Surface(si, m.e, end);
        m.e = end;
      }
      if (m.body_type == "office" && m.e + 1 < t.size() && t[m.e].lower == "in") {
        size_t k = m.e + 1;
        if (t[k].lower == "the" && k + 1 < t.size()) ++k;
        for (const Mention& where : si.m) {
          if (where.b != k || (where.type != MT::kCountry && where.type != MT::kCapital && where.type != MT::kPlace)) continue;
          m.body_where = " in " + (where.type == MT::kCountry ? g_.countries()[where.gaz].name : Surface(si, where.b, where.e));
          m.e = where.e;
          break;
        }
      }
      found.push_back(std::move(m));
    }
    for (Mention& m : found) si.m.push_back(std::move(m));
  }

  void FindNamedPhrases(SentenceInfo& si) {
    FindCountryBodies(si);
    const auto& t = T(si);
    const size_t n = t.size();
    // "the inaugural round of their Dialogue on X": a meeting that is a round of a dialogue.
    for (size_t i = si.body_from; i + 3 < n; ++i) {
      int ord = Ordinal(t, i);
      size_t len = 0;
      if (!ord || g_.MatchLexicon(Lexicon::kRoundNoun, t, i + 1, len).empty()) continue;
      size_t k = i + 1 + len;
      if (k >= n || t[k].lower != "of") continue;
      ++k;
      while (k < n && (t[k].lower == "the" || t[k].lower == "their" || t[k].lower == "its" ||
                       t[k].lower == "this")) {
        ++k;
      }
      if (k >= n || !(t[k].cap || t[k].number)) continue;
      size_t end = std::max(ExtendRight(t, k), ExtendRightEvent(si, k));
      if (end <= k) continue;
      AddPhrase(si, MT::kDialogue, k, end);
      Mention m;
      m.type = MT::kMeeting;
      m.b = i;
      m.e = end;
      m.gaz = ord;  // the round number
      si.m.push_back(m);
      i = end;
    }
    for (size_t i = 0; i < n; ++i) {
      if (!t[i].word || !t[i].cap) continue;
      if (OverlapsPhrase(si, i, i + 1)) continue;
      size_t len = 0;
      if (!g_.MatchLexicon(Lexicon::kAgreementHead, t, i, len).empty()) {
        size_t b = ExtendLeft(t, i);
        size_t e = ExtendRight(t, i + len);
        if (e - b >= 2 && !OverlapsPhrase(si, b, e)) {
          AddPhrase(si, MT::kAgreement, b, e);
          i = e - 1;
          continue;
        }
      }
      if (!g_.MatchLexicon(Lexicon::kOtherHead, t, i, len).empty()) {
        size_t b = ExtendLeft(t, i);
        if (i - b >= 1 && !OverlapsPhrase(si, b, i + len) && !OverlapsGazetteer(si, b, i + len, MT::kOrg)) {
          AddPhrase(si, MT::kOther, b, i + len);
          continue;
        }
      }
      const Mention* inside = MentionAt(si, i);
      const bool in_title = inside && inside->type == MT::kTitle;  // "European Commission President"
      if (!in_title && !g_.MatchLexicon(Lexicon::kOrgHead, t, i, len).empty() &&
          !SeriesHeadWithin(t, ExtendLeft(t, i), i + len)) {
        size_t b = ExtendLeft(t, i);
        size_t e = ExtendRight(t, i + len);
        // "Commission President Ana Souza and the Council of Europe": a title before the head
        // starts a person's name, so the body begins after the "and" that ends that name.
        for (const Mention& m : si.m) {
          if (m.type != MT::kTitle || m.b < b || m.e > i) continue;
          size_t k = m.e;
          while (k < i && t[k].lower != "and") ++k;
          b = std::max(b, std::min(i, k + 1));
        }
        // "European Commission President Jean-Claude Juncker": the body ends where a title starts.
        // A title after "of" is part of the body's name: "Council of Ministers".
        for (const Mention& m : si.m) {
          if (m.type == MT::kTitle && m.b >= i + len && m.b < e && t[m.b - 1].lower != "of") e = m.b;
        }
        // "Japan-India Association" keeps its countries; "Indian Ministry of X" does not: a
        // government body's owner is not part of its name.
        while (b < i && IsCountryToken(si, b) && t[i].lower == "ministry") ++b;
        if (e - b >= 2 && !OverlapsPhrase(si, b, e) && !IsGazetteerSpan(si, b, e, MT::kTitle)) {
          if (OverlapsGazetteer(si, i, i + len, MT::kOrg) || IsGazetteerSpan(si, b, e, MT::kCountry) ||
              IsGazetteerSpan(si, b, e, MT::kOrg)) {
            i = e - 1;
            continue;
          }
          AddPhrase(si, MT::kOrg, b, e);
          i = e - 1;
          continue;
        }
      }
      if (!g_.MatchLexicon(Lexicon::kVenueHead, t, i, len).empty()) {
        size_t b = ExtendLeft(t, i);
        size_t e = ExtendRight(t, i + len);
        if (e - b >= 2 && !OverlapsPhrase(si, b, e) && !IsGazetteerSpan(si, b, e, MT::kTitle) &&
            !IsGazetteerSpan(si, b, e, MT::kPlace) && !IsGazetteerSpan(si, b, e, MT::kCountry)) {
          AddPhrase(si, MT::kPlace, b, e);
          i = e - 1;
          continue;
        }
      }
    }
    // "the strategic partnership between India and Brazil": a lower-case partnership named by
    // its adjectives and the two countries after it.
    for (size_t i = si.body_from + 1; i + 4 < n; ++i) {
      if (t[i].lower != "partnership" || t[i].cap || t[i + 1].lower != "between") continue;
      const Mention* a = CountryMentionAt(si, i + 2);
      if (!a || a->e + 1 >= n || t[a->e].lower != "and") continue;
      const Mention* b = CountryMentionAt(si, a->e + 1);
      if (!b || OverlapsPhrase(si, i, b->e)) continue;
      size_t begin = i;
      while (begin > si.body_from && t[begin - 1].word && !t[begin - 1].cap &&
             (t[begin - 1].lower == "strategic" || t[begin - 1].lower == "comprehensive" ||
              t[begin - 1].lower == "global" || t[begin - 1].lower == "special" ||
              t[begin - 1].lower == "privileged" || t[begin - 1].lower == "enhanced")) {
        --begin;
      }
      if (begin == i) continue;  // "a partnership between": too generic
      AddPhrase(si, MT::kAgreement, begin, b->e);
    }
    // Meetings and series: "India-Japan 2+2 Ministerial meeting", "the 14th India-Japan annual
    // summit", "the FS-Vice Ministerial Dialogue", "Quad Foreign Ministers' Meeting".
    if (si.headline) return;
    for (size_t i = si.body_from; i < n; ++i) {
      EventHead head;
      if (!MatchEventHead(t, i, head)) continue;
      size_t e = head.end;
      const size_t head_end = e;
      if (t[i].cap) e = ExtendRight(t, e);  // "Dialogue on Economic Security, including ..."
      if (!t[i].cap && e + 1 < n && t[e].lower == "of") {
        // "the meeting of BRICS Ministers of ...": a lower-case head names what follows only when
        // that names a body or countries (not "mechanism of the Belt and Road Initiative").
        const size_t right = ExtendRight(t, e);
        bool body = false;
        for (size_t k = e + 1; k < right; ++k) {
          const Mention* m = MentionAt(si, k);
          body |= m && (m->type == MT::kOrg || m->type == MT::kCountry || m->type == MT::kCapital);
        }
        if (body) e = right;
      }
      size_t b = ExtendLeftEvent(si, i);
      if (OverlapsPhrase(si, b, e)) {
        i = e - 1;
        continue;
      }
      const int ord = b > 0 ? Ordinal(t, b - 1) : 0;
      const Naming naming = e > head_end ? Naming::kProper : NamingOf(si, b, i, e);
      if ((naming == Naming::kNone || naming == Naming::kGeneric) && head.occurrence && !ord) {
        // "their annual bilateral summit": an occurrence of an explicitly recurring series.
        AddPhrase(si, MT::kDialogue, b, e);
        Mention m;
        m.type = MT::kMeeting;
        m.b = b;
        m.e = e;
        AddMention(si, m);
        i = e - 1;
        continue;
      }
      if (naming == Naming::kNone || naming == Naming::kPlaceOnly) {
        // "the meeting", "the Tokyo meeting", "this dialogue": the event in focus.
        if (b > 0 && !ord && (t[b - 1].lower == "the" || t[b - 1].lower == "this" ||
                              t[b - 1].lower == "that" || t[b - 1].lower == "their")) {
          Mention m;
          m.type = head.series && !head.occurrence ? MT::kDialogueRef : MT::kMeetingRef;
          m.b = b - 1;
          m.e = e;
          si.m.push_back(m);
        } else if (b >= 2 && !ord && !head.series && t[b - 1].text == "'s") {
          // "Wednesday's session", "yesterday's talks": a day as the determiner names the
          // meeting in focus, and the day (left outside the mention) dates it.
          auto day = internal::MatchDate(t, b - 2, published_, internal::Tense::kPast);
          if (day && day->end == b - 1) {
            Mention m;
            m.type = MT::kMeetingRef;
            m.b = b;
            m.e = e;
            si.m.push_back(m);
          }
        }
        i = e - 1;
        continue;
      }
      if (naming == Naming::kGeneric && !ord && !head.series) {
        // "the foreign ministerial meeting": the meeting in focus, or the first one named.
        Mention m;
        m.type = MT::kMeetingRef;
        m.b = b;
        m.e = e;
        m.gaz = -2;  // may start a meeting when none is in focus
        AddMention(si, m);
        i = e - 1;
        continue;
      }
      if (head.series || ord) {
        AddPhrase(si, MT::kDialogue, b, e);
        if (ord || head.occurrence || HeldContext(si, b, e)) {
          Mention m;
          m.type = MT::kMeeting;
          m.b = ord ? b - 1 : b;
          m.e = e;
          m.gaz = ord;  // the round number, 0 when the text gives none
          AddMention(si, m);
        }
      } else {
        AddPhrase(si, MT::kMeeting, b, e);
      }
      i = e - 1;
    }
    // "this dialogue", "the dialogue": the dialogue in focus.
    for (size_t i = si.body_from; i + 1 < n; ++i) {
      if ((t[i].lower == "this" || t[i].lower == "the") && t[i + 1].lower == "dialogue" &&
          !Covered(si, i + 1, i + 2)) {
        Mention m;
        m.type = MT::kDialogueRef;
        m.b = i;
        m.e = i + 2;
        si.m.push_back(m);
      }
    }
    std::sort(si.m.begin(), si.m.end(), [](const Mention& a, const Mention& b) {
      return a.b < b.b || (a.b == b.b && a.e > b.e);
    });
  }

  // The country (or capital) mention covering token k, ignoring longer names around it.
  const Mention* CountryMentionAt(const SentenceInfo& si, size_t k) const {
    for (const Mention& m : si.m) {
      if ((m.type == MT::kCountry || m.type == MT::kCapital) && m.b <= k && k < m.e) return &m;
    }
    return nullptr;
  }
  bool IsCountryToken(const SentenceInfo& si, size_t k) const { return CountryMentionAt(si, k); }

  // Whether a series head ("Joint Commission") lies in tokens [b, e): then the phrase names a
  // dialogue, not an organization.
  bool SeriesHeadWithin(const std::vector<Token>& t, size_t b, size_t e) const {
    for (size_t k = b; k < e; ++k) {
      size_t len = 0;
      if (!g_.MatchLexicon(Lexicon::kSeriesHead, t, k, len).empty() && k + len <= e + 1) return true;
    }
    return false;
  }

  bool OverlapsGazetteer(const SentenceInfo& si, size_t b, size_t e, MT type) const {
    for (const Mention& m : si.m) {
      if (m.type == type && m.gaz >= 0 && m.b < e && b < m.e) return true;
    }
    return false;
  }

  bool IsGazetteerSpan(const SentenceInfo& si, size_t b, size_t e, MT type) const {
    for (const Mention& m : si.m) {
      if (m.type == type && m.b == b && m.e == e && m.gaz >= 0) return true;
    }
    return false;
  }

  // ---- officials -------------------------------------------------------------------------

  struct Official {
    std::string name;
    std::string title;
    int country = -1;   // gazetteer country
    long org_node = -1;
    size_t node = 0;
  };

  // The part of IsNameToken() that depends on the word alone, computed once per token.
  bool NeverName(const Token& w) const {
    if (IsStopCap(w) || IsMonthOrDay(w)) return true;
    // Post-nominal letters end a name ("the Hon Ana Souza MP, Minister for ...").
    if (w.text.size() <= 3 && g_.IsLexiconWord(Lexicon::kPostNominal, w)) return true;
    static const Lexicon kCategories[] = {Lexicon::kOrgHead,       Lexicon::kVenueHead,
                                          Lexicon::kSeriesHead,    Lexicon::kMeetingHead,
                                          Lexicon::kAgreementHead, Lexicon::kRoundNoun,
                                          Lexicon::kMeetingModifier, Lexicon::kMeetVerb,
                                          Lexicon::kRole};
    for (Lexicon c : kCategories) {
      if (g_.IsLexiconWord(c, w)) return true;
    }
    return false;
  }

  bool IsNameToken(const SentenceInfo& si, size_t k) const {
    const Token& w = T(si)[k];
    if (!w.word || !w.cap || w.number || w.never_name) return false;
    return MentionAt(si, k) == nullptr;
  }



  bool IsParticle(const Token& t) const { return Is(Lexicon::kNameParticle, t); }

  // A personal name starting at token k: capitalised words and initials, up to five, with
  // particles ("de", "bin") inside.
  size_t NameEnd(const SentenceInfo& si, size_t k) const {
    const auto& t = T(si);
    size_t j = k;
    while (j < t.size() && j - k < 6) {
      if (IsNameToken(si, j)) {
        ++j;
      } else if (size_t p = j; j > k && IsParticle(t[j])) {
        // "von der Leyen", "de la Fuente": up to two particles before a name word.
        while (p < t.size() && p - j < 2 && IsParticle(t[p])) ++p;
        if (p >= t.size() || !IsNameToken(si, p)) break;
        j = p;
      } else if (j > k && t[j].text == "'" && !t[j].space_before && j + 1 < t.size() &&
                 !t[j + 1].space_before && IsNameToken(si, j + 1)) {
        j += 2;  // "Damien O'Connor", "Pen'Apala"
      } else if (j == k && IsPlaceInName(si, j) && AfterTitle(si, k)) {
        ++j;  // a first name that is also a city, right after a title: "Minister Santiago Cafiero",
              // "the Foreign Minister, Santiago Cafiero"
      } else if (j > k && t[j].text == "-" && !t[j].space_before && j + 1 < t.size() &&
                 !t[j + 1].space_before && t[j + 1].word && !t[j + 1].number) {
        j += 2;  // "Chang Ho-jin", "Lim Soo-suk"
      } else if (j > k && IsPlaceInName(si, j)) {
        ++j;  // a surname that is also a city: "Lloyd J. Austin III"
      } else if (j == k + 1 && IsLastPlaceInName(si, j) && AfterTitle(si, k)) {
        ++j;  // a one-word first name after a title, then a city: "Defense Secretary Lloyd Austin said"
        break;
      } else {
        break;
      }
    }
    return j;
  }

  // Whether token k is inside a gazetteer region ("Latin America", "the Caribbean").
  bool IsRegion(const SentenceInfo& si, size_t k) const {
    const Mention* m = MentionAt(si, k);
    return m && m->type == MT::kPlace && m->gaz >= 0 && g_.places()[m->gaz].kind == "region";
  }

  // Whether token k follows a title or honorific, directly or after its comma ("the Foreign
  // Minister, Santiago ...").
  bool AfterTitle(const SentenceInfo& si, size_t k) const {
    if (k == 0) return false;
    size_t prev = k - 1;
    if (T(si)[prev].text == ",") {
      if (prev == 0) return false;
      --prev;
    }
    const Mention* m = MentionAt(si, prev);
    return m && m->e == prev + 1 && (m->type == MT::kTitle || m->type == MT::kHonorific);
  }

  bool IsPlaceInName(const SentenceInfo& si, size_t k) const {
    const Mention* m = MentionAt(si, k);
    const Token& w = T(si)[k];
    return m && (m->type == MT::kPlace || m->type == MT::kCapital) && m->gaz >= 0 && m->e == k + 1 && w.cap &&
           k + 1 < T(si).size() && T(si)[k + 1].word && T(si)[k + 1].cap && !MentionAt(si, k + 1);
  }

  // A one-word city mention that ends a name: nothing capitalised follows it.
  bool IsLastPlaceInName(const SentenceInfo& si, size_t k) const {
    const Mention* m = MentionAt(si, k);
    const auto& t = T(si);
    return m && (m->type == MT::kPlace || m->type == MT::kCapital) && m->gaz >= 0 && m->b == k && m->e == k + 1 &&
           t[k].cap && (k + 1 >= t.size() || !(t[k + 1].word && t[k + 1].cap));
  }

  // A personal name ending just before token `end`, read leftwards.
  size_t NameBegin(const SentenceInfo& si, size_t end) const {
    const auto& t = T(si);
    size_t b = end;
    while (b > 0 && end - b < 6) {
      if (IsNameToken(si, b - 1)) {
        --b;
      } else if (b < end && b >= 2 && (IsParticle(t[b - 1]) || t[b - 1].text == "-") &&
                 IsNameToken(si, b - 2)) {
        --b;
      } else {
        break;
      }
    }
    return b;
  }

  int CountryOf(const Mention* m) const {
    return m && (m->type == MT::kCountry || m->type == MT::kCapital) ? m->gaz : -1;
  }

  // "of [the] <Country>" at token j (a few capitalised words may stand between: "of the
  // Federative Republic of Brazil"). Returns the country and sets `end` after it.
  int OfCountry(const SentenceInfo& si, size_t j, size_t& end) const {
    const auto& t = T(si);
    if (j >= t.size() || (t[j].lower != "of" && t[j].lower != "from")) return -1;
    size_t k = j + 1;
    if (k < t.size() && t[k].lower == "the") ++k;
    for (size_t n = 0; k < t.size() && n < 4; ++n, ++k) {
      if (const Mention* c = CountryMentionAt(si, k)) {
        end = c->e;
        return c->gaz;
      }
      if (!t[k].cap && t[k].lower != "of") break;
    }
    return -1;
  }

  // An organization right after token j: ", ORG", "at the ORG", "of the ORG", "in the ORG".
  const Mention* OrgAfter(const SentenceInfo& si, size_t j, size_t& end) const {
    const auto& t = T(si);
    size_t k = j;
    if (k < t.size() && (t[k].text == "," || t[k].lower == "at" || t[k].lower == "of" ||
                         t[k].lower == "in")) {
      ++k;
    }
    if (k < t.size() && t[k].lower == "the") ++k;
    for (const Mention& m : si.m) {
      if (m.type == MT::kOrg && m.b == k) {
        end = m.e;
        return &m;
      }
    }
    return nullptr;
  }

  const Official* OfficialByOffice(const std::string& title, int country) const {
    const Official* match = nullptr;
    for (const auto& [key, off] : officials_) {
      if (off.country != country || AsciiLower(off.title) != AsciiLower(title)) continue;
      if (match) return nullptr;
      match = &off;
    }
    return match;
  }

  // Registers an official found at tokens [b, e) with what the context says of them.
  void AddOfficial(SentenceInfo& si, std::vector<Mention>& found, size_t b, size_t e,
                   const std::string& title, int country, const Mention* org, const char* rule,
                   int body = -1) {
    if (b >= e) return;
    const auto& t = T(si);
    if (t[e - 1].text == "-") --e;
    const std::string name = Surface(si, b, e);
    Official& off = OfficialFor(name, rule);
    if (off.title.empty() && !title.empty()) {
      off.title = title;
      builder_.SetAttr(off.node, "title", title);
    }
    if (org && off.org_node < 0) {
      long owner = -1;
      off.org_node = OrgNode(si, *org, country, &owner);
      if (country < 0) country = static_cast<int>(owner);
    } else if (body >= 0 && off.org_node < 0) {
      off.org_node = static_cast<long>(BodyNode(si, body, b, e));
    }
    if (off.country < 0) off.country = country;
    Mention m;
    m.type = MT::kOfficial;
    m.b = b;
    m.e = e;
    m.node = static_cast<long>(off.node);
    builder_.Mention(off.node, SpanOf(si, b, e), name);
    official_evidence_[off.node].push_back(si.s->span);
    if (office_time_) office_sightings_[off.node].push_back({office_time_->Read(t, b, e, published_), si.s->span});
    found.push_back(m);
  }

  // Where a phrase of taking office (lexicon `take_office`: "took office as", "was sworn in as")
  // that ends at token `k` begins, or `k` if none does. A name before it is the office's holder.
  size_t TakesOfficeBefore(const SentenceInfo& si, size_t k) const {
    const auto& t = T(si);
    for (size_t i = k >= 6 ? k - 6 : 0; i < k; ++i) {
      size_t len = 0;
      if (!g_.MatchLexicon(Lexicon::kTakeOffice, t, i, len).empty() && i + len == k && i > 0) return i;
    }
    return k;
  }

  // Officials, anchored on titles: "India's Foreign Secretary, Vikram Misri", "Japan's Vice
  // Minister, Ministry of Foreign Affairs, Masataka Okano", "Foreign Minister Hayashi Yoshimasa of
  // Japan", "Bui Thanh Son, the Foreign Minister of Vietnam", "Indian Foreign Secretary Misri";
  // and on countries: "Japan's Yoko Kamikawa", "Penny Wong of Australia".
  void FindOfficials(SentenceInfo& si) {
    const auto& t = T(si);
    std::vector<Mention> found;
    std::set<size_t> used;  // name tokens already taken
    for (const Mention& title : si.m) {
      if (title.type != MT::kTitle || title.b < si.body_from) continue;
      int country = -1;
      const Mention* org_before = nullptr;
      // Before the title: "India's", "Indian", "the US", "Seoul first vice ...", "MEA spokesperson".
      if (title.b >= 2 && t[title.b - 1].text == "'s") country = CountryOf(CountryMentionAt(si, title.b - 2));
      if (country < 0 && title.b >= 1) country = CountryOf(CountryMentionAt(si, title.b - 1));
      // Not across a joining word: in "President A of Chile and President B", B is not Chile's.
      if (country < 0 && title.b >= 2 && !t[title.b - 1].cap && t[title.b - 1].word &&
          !Is(Lexicon::kJoiningWord, t[title.b - 1])) {
        country = CountryOf(CountryMentionAt(si, title.b - 2));  // "Seoul first vice foreign minister"
      }
      if (title.b >= 1) {
        const Mention* m = MentionAt(si, title.b - 1);
        if (m && m->type == MT::kOrg && m->e == title.b) org_before = m;
      }
      size_t j = title.e;
      // The title goes on with "for X" ("Vice-Minister for International Affairs").
      size_t title_e = title.e;
      // A region is part of such a title: "Secretary of State for Latin America and the Caribbean".
      auto free_or_region = [&](size_t k) { return !MentionAt(si, k) || IsRegion(si, k); };
      if (j + 1 < t.size() && (t[j].lower == "for" || t[j].lower == "of") && t[j + 1].cap &&
          !CountryMentionAt(si, j + 1) && free_or_region(j + 1)) {
        size_t k = j + 1;
        while (k < t.size() && free_or_region(k)) {
          if (t[k].cap) {
            ++k;
          } else if (t[k].lower == "and" && k + 1 < t.size() && free_or_region(k + 1) &&
                     (t[k + 1].cap || (t[k + 1].lower == "the" && k + 2 < t.size() && t[k + 2].cap &&
                                       free_or_region(k + 2)))) {
            k += t[k + 1].cap ? 1 : 2;
          } else {
            break;
          }
        }
        title_e = j = k;
      }
      const std::string title_text = Surface(si, title.b, title_e);
      // An office only one country has ("External Affairs Minister"), if the document names it.
      if (country < 0 && title.gaz >= 0) {
        const std::string& iso = g_.titles()[title.gaz].iso;
        if (!iso.empty() && DocumentNamesCountry(g_.CountryByIso(iso))) country = g_.CountryByIso(iso);
      }
      size_t end = j;
      if (int c = OfCountry(si, j, end); c >= 0) {
        if (country < 0) country = c;
        j = end;
      }
      const Mention* org = OrgAfter(si, j, end);
      if (!org) org = org_before;
      if (org && org != org_before) {
        j = end;
        if (int c = OfCountry(si, j, end); c >= 0) {
          if (country < 0) country = c;
          j = end;
        }
        if (j < t.size() && t[j].text == ",") {
          // ", Japan" after the body names its country.
          if (const Mention* c = CountryMentionAt(si, j + 1); c && c->b == j + 1) {
            if (country < 0) country = c->gaz;
            j = c->e;
          }
        }
      }
      if (j < t.size() && t[j].text == ",") ++j;
      while (j < t.size()) {
        const Mention* h = MentionAt(si, j);
        if (!h || h->type != MT::kHonorific) break;
        j = h->e;
      }
      size_t name_b = j, name_e = NameEnd(si, j);
      if (name_e == name_b && country >= 0 && title.b > 0 &&
          (t[title.b - 1].lower == "the" || (title.b >= 2 && t[title.b - 2].lower == "the"))) {
        // "The Brazilian Foreign Minister" with no name: the official already named with that
        // office and country, if exactly one.
        if (const Official* known = OfficialByOffice(title_text, country)) {
          Mention m;
          m.type = MT::kOfficial;
          m.b = title.b;
          m.e = title_e;
          m.node = static_cast<long>(known->node);
          builder_.Mention(known->node, SpanOf(si, title.b, title_e), "");
          found.push_back(m);
          continue;
        }
      }
      if (name_e > name_b) {
        // A generational suffix between the name and its country: "Joseph R. Biden, Jr. of".
        size_t after = name_e;
        if (after + 1 < t.size() && t[after].text == "," && Is(Lexicon::kNameSuffix, t[after + 1])) ++after;
        if (after < t.size() && Is(Lexicon::kNameSuffix, t[after])) {
          ++after;
          if (after < t.size() && t[after].text == ".") ++after;
        } else {
          after = name_e;
        }
        if (country < 0) country = OfCountry(si, after, end);
      } else {
        // Apposition before the title: "Bui Thanh Son, the Foreign Minister of Vietnam",
        // "Toshimitsu Motegi, Japan's Foreign Minister", "Mike Pompeo, the US Secretary of State".
        size_t k = title.b;
        if (k >= 1 && CountryMentionAt(si, k - 1)) k = CountryMentionAt(si, k - 1)->b;
        else if (k >= 2 && t[k - 1].text == "'s" && CountryMentionAt(si, k - 2)) k = CountryMentionAt(si, k - 2)->b;
        if (k > 0 && (t[k - 1].lower == "the" || t[k - 1].lower == "his" || t[k - 1].lower == "her" ||
                      t[k - 1].lower == "their")) {
          --k;
        }
        // "Roberto Ampuero took up the post of Minister of Foreign Affairs of Chile", "Ana Souza
        // was sworn in as Brazil's Foreign Minister": a name taking the office.
        if (const size_t took = TakesOfficeBefore(si, k); took < k) {
          name_e = took;
          name_b = NameBegin(si, name_e);
          if (name_b == name_e) continue;
        } else if (k == 0 || t[k - 1].text != ",") {
          continue;
        } else {
          name_e = k - 1;
        while (name_e > 1 && t[name_e - 1].never_name && t[name_e - 1].text.size() <= 3 &&
               std::all_of(t[name_e - 1].text.begin(), t[name_e - 1].text.end(), ::isupper)) {
          --name_e;  // post-nominal letters: "Ana Souza MP, Minister for Trade"
        }
        name_b = NameBegin(si, name_e);
        if (name_b == name_e) continue;
        }
      }
      bool taken = false;
      for (size_t k = name_b; k < name_e; ++k) taken |= used.count(k) > 0;
      if (taken) continue;
      for (size_t k = name_b; k < name_e; ++k) used.insert(k);
      const bool plural = title.gaz >= 0 && !g_.titles()[title.gaz].singular.empty();
      // The office of each person a plural title names is its singular form, with what follows
      // it in the text ("Ministers for Trade" -> "Minister for Trade").
      const std::string office =
          plural ? g_.titles()[title.gaz].singular + (title_e > title.e ? " " + Surface(si, title.e, title_e) : "")
                 : title_text;
      // "Japanese and Indian Foreign Ministers A and B": two countries before a plural title go
      // to its names in order; any other name of the list gets none of them.
      int first_country = country, second_country = country;
      if (plural && title.b >= 3) {
        const Mention* c2 = CountryMentionAt(si, title.b - 1);
        const Mention* c1 = c2 && c2->b >= 2 && t[c2->b - 1].lower == "and" ? CountryMentionAt(si, c2->b - 2) : nullptr;
        if (c1 && c2 && c1->e + 1 == c2->b) {
          first_country = CountryOf(c1);
          second_country = CountryOf(c2);
        }
      }
      // An office that is a seat of one body ("European Commission President") names the body.
      const int body = org || title.gaz < 0 || g_.titles()[title.gaz].body.empty()
                           ? -1
                           : g_.OrganizationsNamed(g_.titles()[title.gaz].body).front();
      AddOfficial(si, found, name_b, name_e, office, first_country, org, "title+name", body);
      if (plural && name_b >= title.e) {
        // "Foreign Ministers A, B and C": every name of the list holds the office.
        size_t k = name_e;
        int nth = 1;
        while (k + 1 < t.size()) {
          size_t next = k;
          if (t[next].text == ",") ++next;
          if (next < t.size() && t[next].lower == "and") ++next;
          if (next == k || next >= t.size()) break;
          if (const Mention* h = MentionAt(si, next); h && h->type == MT::kTitle) break;
          while (next < t.size()) {
            const Mention* h = MentionAt(si, next);
            if (!h || h->type != MT::kHonorific) break;
            next = h->e;
          }
          const size_t e2 = NameEnd(si, next);
          if (e2 == next) break;
          bool taken2 = false;
          for (size_t q = next; q < e2; ++q) taken2 |= used.count(q) > 0;
          if (taken2) break;
          for (size_t q = next; q < e2; ++q) used.insert(q);
          const int each = first_country == second_country ? country : (nth == 1 ? second_country : -1);
          AddOfficial(si, found, next, e2, office, each, org, "plural-title+names", body);
          ++nth;
          k = e2;
        }
      }
      // "Rajnath Singh and Dr. S. Jaishankar, India's Defence Minister and External Affairs
      // Minister respectively": the first name of the pair is the country's official too.
      if (name_b < title.b) {
        size_t k = name_b;
        while (k > 0 && MentionAt(si, k - 1) && MentionAt(si, k - 1)->type == MT::kHonorific) {
          k = MentionAt(si, k - 1)->b;
        }
        if (k >= 2 && t[k - 1].lower == "and") {
          size_t b2 = NameBegin(si, k - 1);
          if (b2 < k - 1 && !used.count(b2)) {
            for (size_t q = b2; q < k - 1; ++q) used.insert(q);
            AddOfficial(si, found, b2, k - 1, "", country, nullptr, "name-pair+title");
          }
        }
      }
    }
    // "Japan's Yoko Kamikawa": a country's named person in a diplomatic report is its official.
    for (size_t i = si.body_from; i + 3 < t.size(); ++i) {
      if (t[i + 1].text != "'s") continue;
      const Mention* c = CountryMentionAt(si, i);
      if (!c || c->e != i + 1 || used.count(i + 2)) continue;
      size_t e = NameEnd(si, i + 2);
      if (e - (i + 2) < 2) continue;
      if (e < t.size() && (MentionAt(si, e) || t[e].cap)) continue;
      for (size_t k = i + 2; k < e; ++k) used.insert(k);
      AddOfficial(si, found, i + 2, e, "", c->gaz, nullptr, "country's+name");
    }
    // "held talks with Mohammed bin Salman Al Saud, who serves Saudi Arabia as its crown prince":
    // the person a diplomat meets is an official.
    for (size_t i = si.body_from; i < t.size(); ++i) {
      size_t len = 0;
      if (g_.MatchLexicon(Lexicon::kMeetVerb, t, i, len).empty()) continue;
      size_t k = i + len;
      while (k < t.size() && MentionAt(si, k) && MentionAt(si, k)->type == MT::kHonorific) k = MentionAt(si, k)->e;
      if (k >= t.size() || used.count(k)) continue;
      size_t e = NameEnd(si, k);
      if (e - k < 2) continue;
      size_t end = 0;
      int country = OfCountry(si, e, end);
      // ", who serves Saudi Arabia as its crown prince".
      if (country < 0 && e + 3 < t.size() && t[e].text == "," && t[e + 1].lower == "who" &&
          (t[e + 2].lower == "serves" || t[e + 2].lower == "is")) {
        country = CountryOf(CountryMentionAt(si, e + 3));
      }
      for (size_t q = k; q < e; ++q) used.insert(q);
      AddOfficial(si, found, k, e, "", country, nullptr, "meeting-counterpart");
    }
    // "Antony Blinken of the United States" (not "Minister for External Relations of Brazil").
    for (size_t i = si.body_from; i < t.size(); ++i) {
      if (used.count(i) || !IsNameToken(si, i) || (i > 0 && IsNameToken(si, i - 1))) continue;
      if (i > 0 && (t[i - 1].lower == "for" || t[i - 1].lower == "of" || t[i - 1].lower == "the")) continue;
      size_t e = NameEnd(si, i);
      size_t end = 0;
      if (e - i < 2 || used.count(e - 1)) continue;
      int c = OfCountry(si, e, end);
      if (c < 0 || (e + 1 < t.size() && t[e + 1].lower == "the" && false)) continue;
      for (size_t k = i; k < e; ++k) used.insert(k);
      AddOfficial(si, found, i, e, "", c, nullptr, "name+of-country");
      i = e;
    }
    for (Mention& m : found) {
      // A city inside a name ("Austin") was part of the name, not a place.
      si.m.erase(std::remove_if(si.m.begin(), si.m.end(), [&](const Mention& x) {
                   return x.b >= m.b && x.e <= m.e &&
                          (x.type == MT::kPlace || x.type == MT::kCapital || x.type == MT::kTitle);
                 }), si.m.end());
      if (!Covered(si, m.b, m.e)) si.m.push_back(m);
    }
    SortMentions(si);
  }

  static void SortMentions(SentenceInfo& si) {
    std::sort(si.m.begin(), si.m.end(), [](const Mention& a, const Mention& b) {
      return a.b < b.b || (a.b == b.b && a.e > b.e);
    });
  }

  // The official with this name: one already seen whose name is compatible (and the only such),
  // else a new one. A longer name seen later becomes the official's name.
  Official& OfficialFor(const std::string& name, const char* rule) {
    const std::string key = NormalizeName(name);
    if (auto it = officials_.find(key); it != officials_.end()) return it->second;
    std::vector<std::string> matches;
    for (auto& [other, off] : officials_) {
      if (PersonNamesCompatible(off.name, name)) matches.push_back(other);
    }
    if (matches.size() == 1) {
      Official& off = officials_[matches.front()];
      builder_.AddKey("official:" + key, off.node);
      if (PersonNameWords(name).size() > PersonNameWords(off.name).size()) {
        // The fuller name is the better canonical name; keep the node, rename it.
        builder_.Rename(off.node, name);
        off.name = name;
      }
      return off;
    }
    Official off;
    off.name = name;
    off.node = builder_.Node("official:" + key, "official", name, rule);
    return officials_[key] = off;
  }

  // ---- nodes for countries, places and organizations -------------------------------------

  size_t CountryNode(int country) {
    const auto& c = g_.countries()[country];
    size_t node = builder_.Node("country:" + c.iso, "country", c.name, "gazetteer:country");
    builder_.SetAttr(node, "iso", c.iso);
    countries_seen_.insert(country);
    country_index_[node] = country;
    return node;
  }

  // Whether the capital at mention `m` is used as a place (in, at, to Tokyo; Tokyo's district;
  // a dateline) rather than for its government ("New Delhi and Tokyo agreed").
  bool CapitalIsPlace(const SentenceInfo& si, const Mention& m) const {
    const auto& t = T(si);
    if (m.e <= si.body_from) return true;
    size_t len = 0;
    if (m.b > 0 && !g_.MatchLexicon(Lexicon::kLocative, t, m.b - 1, len).empty()) return true;
    if (m.e < t.size() && (t[m.e].text == "'s" || t[m.e].text == "[" || t[m.e].text == "(")) return true;
    size_t k = m.e;
    if (k + 1 < t.size() && t[k].lower == "and") {
      const Mention* next = MentionAt(si, k + 1);
      if (next && (next->type == MT::kCapital || next->type == MT::kCountry)) k = next->e;
    }
    // Subject of a verb: the next word is lower-case and not a preposition.
    if (k < t.size() && t[k].word && !t[k].cap && !t[k].number && !Is(Lexicon::kNotVerb, t[k])) {
      return false;
    }
    return true;
  }

  size_t PlaceNode(int place, const std::string& surface) {
    if (place < 0) {
      const int country = -1 - place;
      const auto& c = g_.countries()[country];
      // The capital's canonical name is the first listed form.
      const std::string& name = c.capitals.empty() ? surface : c.capitals.front();
      size_t node = builder_.Node("place:" + NormalizeName(name), "place", name, "gazetteer:capital");
      place_country_[node] = country;
      return node;
    }
    const auto& p = g_.places()[place];
    if (p.kind == "region") {
      // A sea or strategic area: its own kind, in no country.
      return builder_.Node("region:" + NormalizeName(p.name), "region", p.name, "gazetteer:region");
    }
    size_t node = builder_.Node("place:" + NormalizeName(p.name), "place", p.name, "gazetteer:place");
    place_country_[node] = g_.CountryByIso(p.iso);
    if (!p.parent.empty()) place_parent_[node] = p.parent;
    return node;
  }

  // The organization node for mention `m`; `owner` is a country the context gives (-1 if none).
  long OrgNode(const SentenceInfo& si, const Mention& m, int owner, long* owner_out = nullptr) {
    const auto& t = T(si);
    std::string surface = Surface(si, m.b, m.e);
    if (owner < 0 && m.b >= 2 && t[m.b - 1].text == "'s") owner = CountryOf(MentionAt(si, m.b - 2));
    if (owner < 0 && m.b >= 1) {
      const Mention* before = MentionAt(si, m.b - 1);
      if (before && before->type == MT::kCountry) owner = before->gaz;
    }
    size_t core_e = m.e;
    // "Ministry of Foreign Affairs of Japan": the owner is named at the end.
    for (size_t k = m.b + 1; k + 1 < m.e; ++k) {
      // CountryMentionAt: the body's own mention covers these tokens too.
      const Mention* country = CountryMentionAt(si, k + 1);
      if (t[k].lower == "of" && country && country->b == k + 1 && country->e == m.e) {
        if (owner < 0) owner = country->gaz;
        core_e = k;
      }
    }
    const std::string core = m.body_name.empty() ? Surface(si, m.b, core_e) : m.body_name;
    // Gazetteer entries with this name: pick the owner's, or the one whose country the document
    // names, or (if the name belongs to one country only) that one.
    std::vector<int> candidates;
    if (m.gaz >= 0) {
      candidates = m.alts;
    } else {
      candidates = g_.OrganizationsNamed(core);
    }
    int chosen = -1;
    for (int c : candidates) {
      if (owner >= 0 && g_.organizations()[c].iso == g_.countries()[owner].iso) chosen = c;
    }
    // A bloc or international body belongs to no country, whatever possessive precedes it
    // ("India's G20 Presidency").
    for (int c : candidates) {
      if (chosen < 0 && g_.organizations()[c].iso.empty()) {
        chosen = c;
        owner = -1;
      }
    }
    if (chosen < 0 && owner < 0) {
      std::vector<int> named;
      for (int c : candidates) {
        const std::string& iso = g_.organizations()[c].iso;
        if (iso.empty() || DocumentNamesCountry(g_.CountryByIso(iso))) named.push_back(c);
      }
      if (named.size() == 1) chosen = named.front();
      if (candidates.size() == 1 && g_.organizations()[candidates[0]].iso.empty()) {
        chosen = candidates[0];
      }
    }
    std::string name = core;
    std::string kind_attr;
    if (chosen >= 0) {
      const auto& entry = g_.organizations()[chosen];
      name = entry.name;
      kind_attr = entry.kind;
      if (!entry.iso.empty()) owner = g_.CountryByIso(entry.iso);
      const bool shared = g_.OrganizationsNamed(entry.name).size() > 1;  // another country's too
      if (shared && owner >= 0) name = entry.name + " of " + g_.countries()[owner].name;
    } else if (!m.body_name.empty()) {
      // A country's body: "Parliament of Chile", with the text's words as an alias.
      kind_attr = m.body_type;
      if (owner >= 0) name = core + " of " + g_.countries()[owner].name;
    } else if (candidates.size() > 1 || m.gaz >= 0) {
      // An ambiguous acronym or name with no owner in sight: keep the surface form.
      if (m.gaz >= 0 && !m.alts.empty()) {
        const auto& entry = g_.organizations()[m.alts.front()];
        kind_attr = entry.kind;
        if (owner < 0) name = surface;
        else name = entry.name + " of " + g_.countries()[owner].name;
      }
    } else {
      const std::string lower_head = internal::PhraseKey(core);
      if (lower_head.rfind("ministry", 0) == 0 || lower_head.rfind("department", 0) == 0) {
        kind_attr = "ministry";
      }
      if (owner >= 0 && kind_attr == "ministry") {
        name = core + " of " + g_.countries()[owner].name;
      }
    }
    name += m.body_where;
    size_t node = builder_.Node("organization:" + NormalizeName(name), "organization", name,
                                chosen >= 0 ? "gazetteer:organization" : "pattern:organization");
    // A country's body: its name is "Chilean parliament", not "parliament".
    builder_.Mention(node, SpanOf(si, m.b, m.e), m.body_name.empty() ? surface : std::string());
    if (!m.body_name.empty() && m.b >= 1) {  // "New Zealand parliament" is a name of it
      const size_t before = m.b >= 2 && t[m.b - 1].text == "'s" ? m.b - 2 : m.b - 1;
      if (const Mention* country = CountryMentionAt(si, before)) builder_.AddAlias(node, Surface(si, country->b, m.e));
    }
    if (chosen >= 0) {
      for (const std::string& a : g_.organizations()[chosen].acronyms) {
        (void)a;  // acronyms join the node when the text uses them, as mentions
      }
      builder_.SetAttr(node, "type", kind_attr);
    } else if (!kind_attr.empty()) {
      builder_.SetAttr(node, "type", kind_attr);
    }
    if (owner >= 0 && Contains(GovernmentOrgKinds(), kind_attr)) {
      org_owner_.emplace(node, std::make_pair(owner, si.s->span));
      if (owner_out) *owner_out = owner;
    }
    return static_cast<long>(node);
  }

  // The node of organizations.tsv row `org`, named by an office rather than in the text
  // ("European Commission President Ana Souza"): its mention is the holder's name.
  size_t BodyNode(const SentenceInfo& si, int org, size_t b, size_t e) {
    const auto& entry = g_.organizations()[static_cast<size_t>(org)];
    size_t node = builder_.Node("organization:" + NormalizeName(entry.name), "organization", entry.name,
                                "gazetteer:title-body");
    builder_.Mention(node, SpanOf(si, b, e), "");
    builder_.SetAttr(node, "type", entry.kind);
    if (!entry.iso.empty() && Contains(GovernmentOrgKinds(), entry.kind)) {
      org_owner_.emplace(node, std::make_pair(g_.CountryByIso(entry.iso), si.s->span));
    }
    return node;
  }

  // The country a well-known office holder serves (data/gazetteer/officials.tsv), when the
  // document names it: the first of the listed countries that it names, or -1.
  int KnownHolderCountry(const std::string& name) const {
    const std::vector<std::string>* isos = g_.OfficeHolderCountries(name);
    if (!isos) return -1;
    for (const std::string& iso : *isos) {
      const int c = g_.CountryByIso(iso);
      if (c >= 0 && DocumentNamesCountry(c)) return c;
    }
    return -1;
  }

  bool DocumentNamesCountry(int country) const {
    if (country < 0) return false;
    for (const auto& si : infos_) {
      for (const Mention& m : si.m) {
        if ((m.type == MT::kCountry || m.type == MT::kCapital) && m.gaz == country) return true;
      }
    }
    return false;
  }

  void MakeEntityNodes(SentenceInfo& si) {
    const auto& t = T(si);
    for (Mention& m : si.m) {
      if (m.node >= 0) continue;
      const std::string surface = Surface(si, m.b, m.e);
      const Span span = SpanOf(si, m.b, m.e);
      switch (m.type) {
        case MT::kCapital:
          if (!CapitalIsPlace(si, m)) {
            m.type = MT::kCountry;
            m.node = static_cast<long>(CountryNode(m.gaz));
            builder_.Mention(m.node, span, "");  // a metonym is not a name of the country
            break;
          }
          m.type = MT::kPlace;
          m.node = static_cast<long>(PlaceNode(-1 - m.gaz, surface));
          builder_.Mention(m.node, span, surface);
          break;
        case MT::kCountry:
          m.node = static_cast<long>(CountryNode(m.gaz));
          builder_.Mention(m.node, span, surface);
          break;
        case MT::kPlace:
          if (m.gaz >= 0) {
            m.node = static_cast<long>(PlaceNode(m.gaz, surface));
          } else {
            m.node = static_cast<long>(
                builder_.Node("place:" + NormalizeName(surface), "place", surface, "pattern:venue"));
            // "Japan's iconic Todaiji Temple": the possessor is where it is.
            for (size_t k = m.b; k >= 2 && k + 3 >= m.b; --k) {
              if (t[k - 1].text == "'s") {
                const Mention* owner = MentionAt(si, k - 2);
                if (owner && owner->node >= 0 &&
                    (owner->type == MT::kCountry || owner->type == MT::kPlace)) {
                  place_parent_node_.emplace(static_cast<size_t>(m.node),
                                             std::make_pair(static_cast<size_t>(owner->node), si.s->span));
                }
                break;
              }
            }
          }
          builder_.Mention(m.node, span, surface);
          break;
        case MT::kOrg:
          m.node = OrgNode(si, m, -1);
          break;
        default:
          break;
      }
    }
    // "Tokyo's Nishikasai": a capitalised word owned by a city is a district of it.
    for (size_t i = 0; i + 2 < t.size(); ++i) {
      const Mention* owner = MentionAt(si, i);
      if (!owner || owner->type != MT::kPlace || owner->e != i + 1 || t[i + 1].text != "'s") continue;
      size_t b = i + 2, e = NameEnd(si, b);
      if (e == b || e - b > 2) continue;
      if (e < t.size() && t[e].word && t[e].cap) continue;
      const std::string surface = Surface(si, b, e);
      size_t node = builder_.Node("place:" + NormalizeName(surface), "place", surface,
                                  "pattern:possessive-district");
      builder_.Mention(node, SpanOf(si, b, e), surface);
      place_parent_node_.emplace(node, std::make_pair(static_cast<size_t>(owner->node), si.s->span));
      Mention m;
      m.type = MT::kPlace;
      m.b = b;
      m.e = e;
      m.node = static_cast<long>(node);
      si.m.push_back(m);
    }
    std::sort(si.m.begin(), si.m.end(), [](const Mention& a, const Mention& b) {
      return a.b < b.b || (a.b == b.b && a.e > b.e);
    });
  }

  // "Jr.", "III", "MP": after a name, never a surname.
  bool IsNameSuffix(const Token& t) const { return Is(Lexicon::kNameSuffix, t) || Is(Lexicon::kPostNominal, t); }

  // Later mentions of an official by surname alone ("Misri said").
  void FindSurnameMentions(SentenceInfo& si) {
    if (officials_.empty()) return;
    if (surnames_.empty()) {
      // Each word of a full name (surname or given name, whichever order the text uses) points at
      // its official; a word two officials share points at neither.
      for (const auto& [full, off] : officials_) {
        const auto words = PersonNameWords(off.name);
        if (words.size() < 2) continue;
        for (const std::string& w : words) {
          if (w.size() <= 2) continue;  // an initial names nobody
          auto [it, inserted] = surnames_.emplace(w, &off);
          if (!inserted && it->second != &off) it->second = nullptr;
        }
      }
    }
    const auto& t = T(si);
    for (size_t i = 0; i < t.size(); ++i) {
      // A full name written again without its title ("Rajnath Singh is to meet ...").
      if (IsNameToken(si, i) && (i == 0 || !IsNameToken(si, i - 1))) {
        const size_t e = NameEnd(si, i);
        if (e - i >= 2) {
          const std::string written = Surface(si, i, e);
          const Official* match = nullptr;
          int count = 0;
          for (const auto& [key, off] : officials_) {
            if (PersonNamesCompatible(off.name, written)) {
              match = &off;
              ++count;
            }
          }
          if (count == 1) {
            Mention m;
            m.type = MT::kOfficial;
            m.b = i;
            m.e = e;
            m.node = static_cast<long>(match->node);
            builder_.Mention(match->node, SpanOf(si, i, e), written);
            si.m.push_back(m);
            i = e - 1;
            continue;
          }
        }
      }
      if (t[i].text.size() <= 2 || IsNameSuffix(t[i]) || !IsNameToken(si, i)) continue;
      auto it = surnames_.find(NormalizeName(t[i].text));
      if (it == surnames_.end() || it->second == nullptr) continue;
      const Official* match = it->second;
      const int count = 1;
      if (count != 1) continue;
      // Part of a longer capitalised name is not a surname mention ("Misri Road").
      if (i + 1 < t.size() && t[i + 1].word && t[i + 1].cap) continue;
      if (i > 0 && t[i - 1].word && t[i - 1].cap && !MentionAt(si, i - 1)) continue;
      Mention m;
      m.type = MT::kOfficial;
      m.b = i;
      m.e = i + 1;
      m.node = static_cast<long>(match->node);
      builder_.Mention(match->node, SpanOf(si, i, i + 1), t[i].text);
      si.m.push_back(m);
    }
    std::sort(si.m.begin(), si.m.end(), [](const Mention& a, const Mention& b) {
      return a.b < b.b || (a.b == b.b && a.e > b.e);
    });
  }

  // ---- pass 2: events and relations ------------------------------------------------------

  // A series identity signature: the name's words without countries, ordinals, a trailing
  // ", including ..." and generic words, with synonyms folded ("2 plus 2" = "Foreign and Defence
  // Ministerial" = "2+2"), sorted. Two phrasings of one series share it.
  std::string SeriesSignature(const SentenceInfo& si, size_t b, size_t e) const {
    const auto& t = T(si);
    std::set<std::string> words;
    for (size_t k = b; k < e;) {
      if (t[k].text == "," && k + 1 < e && t[k + 1].lower == "including") break;
      if (const Mention* c = CountryMentionAt(si, k)) {
        k = std::max(c->e, k + 1);
        continue;
      }
      size_t len = 0;
      std::string synonym = g_.MatchLexicon(Lexicon::kSeriesSynonym, t, k, len);
      if (len) {
        for (const Token& w : internal::Tokenize(synonym)) words.insert(w.lower);
        k += len;
        continue;
      }
      g_.MatchLexicon(Lexicon::kSeriesGeneric, t, k, len);
      if (len || !t[k].word || Ordinal(t, k)) {
        k += std::max<size_t>(len, 1);
        continue;
      }
      words.insert(t[k].lower);
      ++k;
    }
    std::string out;
    for (const std::string& w : words) out += (out.empty() ? "" : ",") + w;
    return out.empty() ? NormalizeName(Surface(si, b, e)) : out;
  }

  // Whether every word of signature `part` is in `whole`, with at least two words: "special,
  // representatives" is within "boundary,question,representatives,special".
  static std::vector<std::string> SignatureWords(const std::string& sig) {
    std::vector<std::string> words;
    for (size_t b = 0; b <= sig.size();) {
      size_t e = sig.find(',', b);
      if (e == std::string::npos) e = sig.size();
      words.push_back(sig.substr(b, e - b));
      b = e + 1;
    }
    std::sort(words.begin(), words.end());
    words.erase(std::unique(words.begin(), words.end()), words.end());
    return words;
  }
  static bool SignatureContains(const std::vector<std::string>& whole, const std::vector<std::string>& part) {
    if (part.size() < 2) return false;
    return std::includes(whole.begin(), whole.end(), part.begin(), part.end());
  }

  std::set<std::string> CountryIsosIn(const SentenceInfo& si, size_t b, size_t e) const {
    std::set<std::string> out;
    for (const Mention& m : si.m) {
      if ((m.type == MT::kCountry || m.type == MT::kCapital) && m.b >= b && m.e <= e) {
        out.insert(g_.countries()[m.gaz].iso);
      }
    }
    return out;
  }

  static std::string Join(const std::set<std::string>& items, const char* sep) {
    std::string out;
    for (const std::string& i : items) out += (out.empty() ? "" : sep) + i;
    return out;
  }

  // The node of a dialogue named by tokens [b, e). Phrasings with one series signature and the
  // same countries (or none named) are one dialogue.
  size_t DialogueNode(const SentenceInfo& si, size_t b, size_t e) {
    const std::string sig = SeriesSignature(si, b, e);
    const std::set<std::string> isos = CountryIsosIn(si, b, e);
    const std::vector<std::string> words = SignatureWords(sig);
    const std::string surface = Surface(si, b, e);
    long existing = -1;
    for (const auto& [node, info] : dialogue_info_) {
      const bool sides = isos.empty() || info.isos.empty() || info.isos == isos;
      if (sides && (info.sig == sig || SignatureContains(info.words, words) || SignatureContains(words, info.words))) {
        existing = static_cast<long>(node);
        break;
      }
    }
    size_t node;
    if (existing >= 0) {
      node = static_cast<size_t>(existing);
      if (dialogue_info_[node].isos.empty()) dialogue_info_[node].isos = isos;
    } else {
      node = builder_.Node("dialogue:" + Join(isos, "-") + ":" + sig, "dialogue", surface, "pattern:dialogue");
      dialogue_info_[node] = {sig, isos, words};
    }
    builder_.Mention(node, SpanOf(si, b, e), surface);
    for (const Mention& c : si.m) {
      if ((c.type == MT::kCountry || c.type == MT::kCapital) && c.node >= 0 && c.b >= b && c.e <= e) {
        dialogue_countries_[node].insert(static_cast<size_t>(c.node));
      }
    }
    return node;
  }

  // Meeting nodes: a round of a dialogue is keyed by the dialogue and the round number.
  size_t MeetingNode(const SentenceInfo& si, const Mention& m, long dialogue) {
    std::string surface = Surface(si, m.b, m.e);
    std::string name = surface;
    // "their Dialogue" reads better as "the Dialogue" in a name.
    for (const char* det : {" their ", " its ", " this "}) {
      size_t pos = name.find(det);
      if (pos != std::string::npos) name.replace(pos, std::string(det).size(), " the ");
    }
    std::string key;
    if (dialogue >= 0 && m.gaz > 0) {
      key = "meeting:round:" + std::to_string(dialogue) + ":" + std::to_string(m.gaz);
    } else if (dialogue >= 0 && OtherOccasion(si, m)) {
      // "the previous annual summit" is not the annual summit the story reports.
      key = "meeting:other:" + std::to_string(dialogue) + ":" + std::to_string(si.s->span.start);
    } else {
      key = "meeting:" + NormalizeName(name);
    }
    if (dialogue < 0 && m.gaz <= 0) {
      for (const Mention& o : si.m) {
        if (o.type != MT::kOrg || o.node < 0 || o.b < m.b || o.e > m.e) continue;
        for (const auto& [group, meetings] : group_meetings_) {
          if (group_body_[group] == static_cast<size_t>(o.node) && meetings.size() == 1) {
            builder_.AddKey(key, *meetings.begin());  // "the meeting of BRICS Ministers ..."
          }
        }
      }
    }
    size_t node = builder_.Node(key, "meeting", name, dialogue >= 0 ? "pattern:round-of" : "pattern:meeting");
    event_sig_.emplace(node, SeriesSignature(si, m.b, m.e));
    builder_.Mention(node, SpanOf(si, m.b, m.e), surface);
    if (m.gaz > 0) builder_.SetAttr(node, "round", std::to_string(m.gaz));
    for (size_t k = m.b; k < m.e; ++k) {
      if (const Mention* c = CountryMentionAt(si, k); c && c->node >= 0) {
        meeting_countries_[node].insert({static_cast<size_t>(c->node), si.s->span});
      }
    }
    // A body that opens the meeting's name meets in it: "the G7 summit", "an ASEAN ministerial".
    for (const Mention& o : si.m) {
      if (o.type != MT::kOrg || o.node < 0 || o.b < m.b || o.e > m.e) continue;
      const size_t first = m.b < T(si).size() && (T(si)[m.b].lower == "the" || T(si)[m.b].lower == "a" ||
                                                  T(si)[m.b].lower == "an") ? m.b + 1 : m.b;
      if (o.b == first && !m.announced) {
        builder_.Edge(static_cast<size_t>(o.node), "participant", node, si.s->span, "meeting:body-in-name");
      }
    }
    return node;
  }

  size_t AgreementNode(const SentenceInfo& si, size_t b, size_t e, const std::string& rule) {
    std::string surface = Surface(si, b, e);
    size_t node = builder_.Node("agreement:" + NormalizeName(surface), "agreement", surface, rule);
    event_sig_.emplace(node, SeriesSignature(si, b, e));
    builder_.Mention(node, SpanOf(si, b, e), surface);
    return node;
  }

  void Relations(SentenceInfo& si) {
    const auto& t = T(si);
    const Span ev = si.s->span;
    if (si.headline) {
      std::vector<std::pair<size_t, size_t>> none;
      ApplyPatterns(si, none);
      return;
    }
    // Resolve event mentions to nodes, in order, remembering which meeting each one is.
    std::vector<std::pair<size_t, size_t>> meetings;  // (token, node)
    size_t announce_at = t.size();
    for (size_t i = 0; i < t.size(); ++i) {
      size_t len = 0;
      if (!g_.MatchLexicon(Lexicon::kAnnounce, t, i, len).empty()) {
        announce_at = i;
        break;
      }
    }
    for (Mention& m : si.m) {
      switch (m.type) {
        case MT::kDialogue:
          m.node = static_cast<long>(DialogueNode(si, m.b, m.e));
          if (focus_dialogue_ < 0) focus_dialogue_ = m.node;
          break;
        case MT::kDialogueRef:
          m.node = focus_dialogue_;
          break;
        case MT::kMeeting: {
          // A round's or occurrence's series is the dialogue phrase inside (or right after) it.
          long dialogue = -1;
          for (const Mention& d : si.m) {
            if (d.type == MT::kDialogue && d.b >= m.b && d.e <= m.e) dialogue = d.node;
          }
          if (dialogue < 0 && m.gaz > 0) {
            for (const Mention& d : si.m) {
              if (d.type == MT::kDialogue && d.b >= m.b && d.b <= m.e + 1) {
                dialogue = static_cast<long>(DialogueNode(si, d.b, d.e));
              }
            }
          }
          m.announced = m.b > announce_at;
          m.node = static_cast<long>(MeetingNode(si, m, dialogue));
          if (dialogue >= 0 && m.gaz <= 0) OccurrenceDate(si, m);
          if (dialogue >= 0) LinkRound(static_cast<size_t>(m.node), static_cast<size_t>(dialogue), m.gaz, ev);
          if (focus_meeting_ < 0 && !m.announced && !OtherOccasion(si, m)) focus_meeting_ = m.node;
          meetings.push_back({m.b, static_cast<size_t>(m.node)});
          break;
        }
        case MT::kMeetingRef:
          if (focus_meeting_ < 0 && m.gaz == -2) {
            // A generic phrase with no meeting in focus names the story's meeting.
            m.gaz = 0;
            m.node = static_cast<long>(MeetingNode(si, m, -1));
            focus_meeting_ = m.node;
          }
          m.node = focus_meeting_;
          if (m.node >= 0) meetings.push_back({m.b, static_cast<size_t>(m.node)});
          break;
        case MT::kAgreement:
          if (IsGenericStatement(si, m.b, m.e)) break;  // made per meeting by JointStatements()
          m.node = static_cast<long>(AgreementNode(si, m.b, m.e, "pattern:named-agreement"));
          NamedAgreementParties(si, m);
          break;
        default:
          break;
      }
    }
    // "held ... for the third time", "its second edition": the meeting's round number.
    for (const auto& [pos, node] : meetings) RoundFromContext(si, pos, node);
    SeriesOccurrences(si, meetings);
    GroupMeetings(si, meetings);
    ImplicitMeetings(si, meetings);
    Visits(si, meetings);
    ApplyPatterns(si, meetings);
    JointStatements(si, meetings);
    Membership(si);
    GroupingMembers(si);
    // One entry per meeting node, in order of first mention.
    std::vector<std::pair<size_t, size_t>> unique;
    for (const auto& m : meetings) {
      if (std::none_of(unique.begin(), unique.end(), [&](const auto& u) { return u.second == m.second; })) {
        unique.push_back(m);
      }
    }
    AttachPlacesAndDates(si, unique);
    MeetingParticipants(si);
    Roles(si, unique);
    Announcements(si, announce_at);
    Agreements(si, unique);
    // Officials' countries and bodies; the subject for "he" in later sentences.
    for (const Mention& m : si.m) {
      if (m.type != MT::kOfficial || m.node < 0) continue;
      for (auto& [key, off] : officials_) {
        if (off.node != static_cast<size_t>(m.node)) continue;
        if (off.country < 0) off.country = KnownHolderCountry(off.name);
        if (off.country >= 0) pending_represents_.insert({off.node, off.country});
        if (off.org_node >= 0) pending_member_of_.insert({off.node, static_cast<size_t>(off.org_node)});
      }
    }
    for (const Mention& m : si.m) {
      if (m.type == MT::kOfficial && m.node >= 0) {
        last_subject_ = m.node;
        break;
      }
    }
    for (const Mention& m : si.m) {
      if (m.type == MT::kOrg && m.node >= 0) last_org_ = m.node;
    }
    for (size_t i = si.body_from; i + 1 < t.size(); ++i) {
      const Mention* p = MentionAt(si, i + 1);
      if (t[i].lower == "in" && p && p->b == i + 1 && p->type == MT::kPlace && p->node >= 0) {
        last_place_ = p->node;
      }
    }
  }

  bool IsGenericStatement(const SentenceInfo& si, size_t b, size_t e) const {
    const std::string key = NormalizeName(Surface(si, b, e));
    return key == "joint statement" || key == "statement";
  }

  // A body's group of office holders: "the BRICS Foreign Ministers", "Quad foreign ministers",
  // "the foreign ministers of the Quad". Returns the body's node, -1 when none.
  long FindGroup(const SentenceInfo& si, size_t& b, size_t& e) const {
    const auto& t = T(si);
    for (const Mention& o : si.m) {
      if (o.type != MT::kOrg || o.node < 0) continue;
      size_t len = 0;
      if (!g_.MatchLexicon(Lexicon::kGroupNoun, t, o.e, len).empty()) {
        b = o.b;
        e = o.e + len;
        return o.node;
      }
    }
    for (size_t i = si.body_from; i + 2 < t.size(); ++i) {
      size_t len = 0;
      if (g_.MatchLexicon(Lexicon::kGroupNoun, t, i, len).empty()) continue;
      size_t k = i + len;
      if (k >= t.size() || t[k].lower != "of") continue;
      ++k;
      if (k < t.size() && t[k].lower == "the") ++k;
      for (const Mention& o : si.m) {
        if (o.type == MT::kOrg && o.node >= 0 && o.b == k) {
          b = i;
          e = i + len;
          return o.node;
        }
      }
    }
    return -1;
  }

  // "Meeting in Tokyo on Monday, the foreign ministers of the Quad ...", "The Quad foreign
  // ministers had previously met in New York": a body's ministers meeting is a meeting of its own.
  void GroupMeetings(const SentenceInfo& si, std::vector<std::pair<size_t, size_t>>& meetings) {
    for (const auto& [pos, node] : meetings) {
      (void)node;
      if (pos >= si.body_from) return;
    }
    const auto& t = T(si);
    size_t gb = 0, ge = 0;
    const long org = FindGroup(si, gb, ge);
    if (org < 0) return;
    bool meets = si.body_from < t.size() && t[si.body_from].lower == "meeting";
    for (size_t i = si.body_from; i < t.size() && !meets; ++i) {
      size_t len = 0;
      meets = !g_.MatchLexicon(Lexicon::kMeetVerb, t, i, len).empty() || t[i].lower == "convened" ||
              t[i].lower == "gathered";
      // "At a meeting that opened on Sunday, the foreign ministers of the G7 ...", "their meeting".
      meets |= i > 0 && t[i].word && !t[i].cap && Is(Lexicon::kMeetingDeterminer, t[i - 1]) &&
               !g_.MatchLexicon(Lexicon::kMeetingHead, t, i, len).empty() && !MentionAt(si, i);
    }
    if (!meets) return;
    std::string noun;
    for (size_t k = ge; k > gb; --k) {
      if (MentionAt(si, k - 1) && MentionAt(si, k - 1)->type == MT::kOrg) break;
      noun = t[k - 1].lower + (noun.empty() ? "" : " ") + noun;
    }
    const std::string body = builder_.node(static_cast<size_t>(org)).name;
    const std::string date = SentenceDate(si);
    const std::string group = std::to_string(org) + ":" + noun;
    size_t meeting = builder_.Node("meeting:group:" + group + "@" + date, "meeting",
                                   body + " " + noun + " meeting", "group:" + noun);
    builder_.Mention(meeting, SpanOf(si, gb, ge), "");
    if (!date.empty()) builder_.SetDate(meeting, date);
    builder_.Edge(static_cast<size_t>(org), "participant", meeting, si.s->span, "group:body");
    group_meetings_[group].insert(meeting);
    group_body_[group] = static_cast<size_t>(org);
    group_noun_[group] = noun;
    if (focus_meeting_ < 0) focus_meeting_ = static_cast<long>(meeting);
    meetings.push_back({gb, meeting});
  }

  // "the ministers put out a joint statement": an agreement issued at the meeting in the
  // sentence (or in focus), by its participants.
  void JointStatements(const SentenceInfo& si, const std::vector<std::pair<size_t, size_t>>& meetings) {
    const auto& t = T(si);
    for (size_t i = si.body_from; i + 1 < t.size(); ++i) {
      if (t[i].lower != "joint" || t[i + 1].lower != "statement") continue;
      const Mention* named = MentionAt(si, i);
      if (named && named->type == MT::kAgreement && !IsGenericStatement(si, named->b, named->e)) continue;
      long meeting = -1;
      for (const auto& [pos, node] : meetings) {
        if (meeting < 0 || pos < i) meeting = static_cast<long>(node);
      }
      if (meeting < 0) meeting = focus_meeting_;
      if (meeting < 0) return;
      const std::string name = "Joint Statement of the " + builder_.node(static_cast<size_t>(meeting)).name;
      size_t agreement = builder_.Node("agreement:joint-statement:" + std::to_string(meeting), "agreement",
                                       name, "pattern:joint-statement");
      builder_.Mention(agreement, SpanOf(si, i, i + 2), "");
      builder_.Edge(agreement, "agreed_at", static_cast<size_t>(meeting), si.s->span, "agreement:joint-statement");
      pending_parties_.push_back({agreement, meeting, si.s->span});
      agreement_meeting_[agreement] = static_cast<size_t>(meeting);
      statement_meeting_[agreement] = static_cast<size_t>(meeting);
      return;
    }
  }

  // "Japan, the United States, Australia and India together make up the partnership", "The G20
  // has 19 member countries, namely ...": the countries listed are members of the body.
  void Membership(const SentenceInfo& si) {
    const auto& t = T(si);
    for (size_t i = si.body_from; i < t.size(); ++i) {
      size_t len = 0;
      const std::string side = g_.MatchLexicon(Lexicon::kMembership, t, i, len);
      if (side.empty()) continue;
      long body = -1;
      for (const Mention& m : si.m) {
        if (m.type == MT::kOrg && m.node >= 0 && m.b < i) body = m.node;
      }
      if (body < 0 && side == "before") {
        for (const Mention& m : si.m) {
          if (m.type == MT::kOrg && m.node >= 0 && m.b >= i + len && body < 0) body = m.node;
        }
      }
      if (body < 0) body = last_org_;
      if (body < 0) return;
      std::set<size_t> members;
      for (const Mention& c : si.m) {
        if (c.type != MT::kCountry || c.node < 0 || c.inside_name) continue;
        if ((side == "before" && c.e <= i) || (side == "after" && c.b >= i + len)) {
          members.insert(static_cast<size_t>(c.node));
        }
      }
      if (members.size() < 2) return;
      for (size_t c : members) {
        builder_.Edge(c, "member_of", static_cast<size_t>(body), si.s->span,
                      "membership:" + Surface(si, i, i + len));
        members_[static_cast<size_t>(body)].insert(c);
      }
      return;
    }
  }

  // "The G7 ministers, from Canada, France and Japan, ...": countries named beside a grouping
  // whose members they are (data/gazetteer/memberships.tsv) are its members.
  //
  // A sentence about people ("ministers", "leaders": group_noun) that names no grouping but
  // lists at least three countries, mostly members of one the story named before ("The
  // ministers of the United Kingdom, Canada, France ...", in a story about the G7 ministers),
  // lists them as its members.
  void GroupingMembers(const SentenceInfo& si) {
    std::vector<long> groupings;  // the sentence's groupings, else the story's
    for (const Mention& o : si.m) {
      if (o.type == MT::kOrg && o.node >= 0) groupings.push_back(o.node);
    }
    const bool named_here = !groupings.empty();
    if (!named_here && !story_groupings_.empty()) {
      // Only a sentence about the grouping's people ("The ministers of Canada, France, ..."):
      // "Japan taxed steel from France, Germany and Italy" says nothing of membership.
      bool people = false;
      for (size_t i = si.body_from; i < T(si).size() && !people; ++i) {
        size_t len = 0;
        people = !g_.MatchLexicon(Lexicon::kGroupNoun, T(si), i, len).empty();
      }
      if (people) groupings.assign(story_groupings_.begin(), story_groupings_.end());
    }
    for (long node : groupings) {
      const ExtractedNode& org = builder_.node(static_cast<size_t>(node));
      const std::vector<std::string>* members = g_.GroupingMembers(org.name);
      for (size_t k = 0; !members && k < org.aliases.size(); ++k) members = g_.GroupingMembers(org.aliases[k]);
      if (!members) continue;
      if (named_here) story_groupings_.insert(node);
      std::vector<const Mention*> listed;
      size_t others = 0;  // countries named that are not its members
      for (const Mention& c : si.m) {
        if (c.type != MT::kCountry || c.node < 0 || c.inside_name) continue;
        auto it = country_index_.find(static_cast<size_t>(c.node));
        if (it == country_index_.end()) continue;
        const std::string& iso = g_.countries()[it->second].iso;
        // "EG@2024": a member since 2024, not yet one in a report of 2019.
        bool member = false;
        for (const std::string& entry : *members) {
          const size_t at = entry.find('@');
          if (entry.compare(0, at, iso) != 0 || (at != std::string::npos && at != iso.size())) continue;
          member = at == std::string::npos || !published_.valid() || published_.year >= std::atoi(entry.c_str() + at + 1);
        }
        if (!member) {
          ++others;
          continue;
        }
        if (std::none_of(listed.begin(), listed.end(), [&](const Mention* x) { return x->node == c.node; })) {
          listed.push_back(&c);  // a country named twice counts once
        }
      }
      // Without the grouping's name, only a list that is mostly its members.
      if (!named_here && (listed.size() < 3 || listed.size() < 2 * others)) continue;
      for (const Mention* c : listed) {
        builder_.Edge(static_cast<size_t>(c->node), "member_of", static_cast<size_t>(node), si.s->span,
                      "gazetteer:membership");
        members_[static_cast<size_t>(node)].insert(static_cast<size_t>(c->node));
      }
    }
  }

  // A series spoken of as meeting: "the Joint Committee is holding its third meeting this year"
  // (round 3, now), "conducted ... the FS-Vice Ministerial Dialogue" (an occurrence today).
  void SeriesOccurrences(SentenceInfo& si, std::vector<std::pair<size_t, size_t>>& meetings) {
    const auto& t = T(si);
    for (Mention& d : si.m) {
      if (d.type != MT::kDialogue || d.node < 0) continue;
      bool inside_meeting = false;
      for (const Mention& m : si.m) inside_meeting |= m.type == MT::kMeeting && m.b <= d.b && d.e <= m.e;
      if (inside_meeting) continue;
      const size_t dialogue = static_cast<size_t>(d.node);
      // "is holding its third meeting", "held its second meeting", ", at its 1st round".
      bool held_round = false;
      for (size_t k = d.e; k + 3 < t.size() && k <= d.e + 3; ++k) {
        const bool now = t[k].lower == "holding" || t[k].lower == "holds";
        if (!now && t[k].lower != "held" && t[k].lower != "at") continue;
        if (t[k + 1].lower != "its" || !Ordinal(t, k + 2)) break;
        size_t len = 0;
        if (g_.MatchLexicon(Lexicon::kRoundNoun, t, k + 3, len).empty()) break;
        const int ord = Ordinal(t, k + 2);
        const std::string name = Surface(si, k + 2, k + 3 + len) + " of the " + builder_.node(dialogue).name;
        size_t meeting = builder_.Node("meeting:round:" + std::to_string(dialogue) + ":" + std::to_string(ord),
                                       "meeting", name, "pattern:series-holds-round");
        builder_.Mention(meeting, SpanOf(si, k + 2, k + 3 + len), "");
        builder_.SetAttr(meeting, "round", std::to_string(ord));
        if (now) builder_.SetDate(meeting, published_.Iso());
        LinkRound(meeting, dialogue, ord, si.s->span);
        if (focus_meeting_ < 0) focus_meeting_ = static_cast<long>(meeting);
        meetings.push_back({k + 2, meeting});
        held_round = true;
        break;
      }
      if (held_round) continue;  // "co-chaired the X Dialogue, at its 1st round": that round
      // A role verb before the series: "conducted ... and the FS-Vice Ministerial Dialogue".
      bool role = false;
      for (size_t k = si.body_from; k < d.b && !role; ++k) {
        size_t len = 0;
        role = !g_.MatchLexicon(Lexicon::kRole, t, k, len).empty();
      }
      if (!role || meetings.size() > 1) continue;
      bool has_round = false;
      for (const auto& [pos, node] : meetings) has_round |= pos < d.b;
      if (has_round && meetings.empty()) continue;
      const std::string date = SentenceDate(si);
      size_t meeting = builder_.Node("meeting:occurrence:" + std::to_string(dialogue) + "@" + date, "meeting",
                                     builder_.node(dialogue).name, "pattern:series-occurrence");
      builder_.Mention(meeting, SpanOf(si, d.b, d.e), "");
      if (!date.empty()) builder_.SetDate(meeting, date);
      LinkRound(meeting, dialogue, 0, si.s->span);
      meetings.push_back({d.b, meeting});
    }
  }

  // "the previous summit", "the next round": a meeting other than the one the story reports,
  // which never becomes the meeting in focus.
  bool OtherOccasion(const SentenceInfo& si, const Mention& m) const {
    const auto& t = T(si);
    for (size_t k = m.b >= 2 ? m.b - 2 : 0; k < m.b + 1 && k < t.size(); ++k) {
      if (Is(Lexicon::kOtherOccasion, t[k])) return true;
    }
    return false;
  }

  // An occurrence of a series spoken of in the past tense with no date of its own ("the joint
  // appearance that followed their annual summit") is the one the story reports: the
  // story's date (FindStoryDate), until the text gives a date. Not for "the previous summit" and the like.
  void OccurrenceDate(const SentenceInfo& si, const Mention& m) {
    const auto& t = T(si);
    for (size_t k = m.b >= 2 ? m.b - 2 : 0; k < m.e; ++k) {
      if (Is(Lexicon::kNotThisOccurrence, t[k])) return;
    }
    if (si.future) return;
    bool dated = false;
    for (size_t i = si.body_from; i < t.size() && !dated; ++i) {
      dated = internal::MatchDate(t, i, published_, internal::Tense::kPast).has_value();
    }
    const size_t meeting = static_cast<size_t>(m.node);
    if (dated || !builder_.node(meeting).date.empty()) return;
    builder_.SetDate(meeting, story_.Iso());
    fallback_dated_.insert(meeting);
  }

  void LinkRound(size_t meeting, size_t dialogue, int round, const Span& ev) {
    builder_.Edge(meeting, "round_of", dialogue, ev, round > 0 ? "pattern:nth-round-of" : "pattern:series-occurrence");
    if (round > 0) rounds_[dialogue][round] = meeting;
    for (size_t c : dialogue_countries_[dialogue]) meeting_countries_[meeting].insert({c, ev});
  }

  // "the Japan-India 2+2 ... Meeting was held for the third time", "... Meeting, its second
  // edition": a round number given after the meeting's name makes it a round of that series.
  void RoundFromContext(const SentenceInfo& si, size_t pos, size_t meeting) {
    const auto& t = T(si);
    const Mention* m = nullptr;
    for (const Mention& x : si.m) {
      if (x.b == pos && x.type == MT::kMeeting) m = &x;
    }
    if (!m) {
      for (const Mention& x : si.m) {
        if (x.b == pos && x.type == MT::kMeetingRef) m = &x;
      }
    }
    if (!m || builder_.node(meeting).attrs.count("round")) return;
    int ord = 0;
    for (size_t k = m->e; k + 2 < t.size() && k < m->e + 4; ++k) {
      if ((t[k].lower == "its" || t[k].lower == "the") && Ordinal(t, k + 1)) {
        size_t len = 0;
        const bool round = !g_.MatchLexicon(Lexicon::kRoundNoun, t, k + 2, len).empty();
        // "for the third time" counts; "for the first time in nine years" does not.
        const bool time = t[k + 2].lower == "time" &&
                          (k + 3 >= t.size() || (t[k + 3].lower != "in" && t[k + 3].lower != "since"));
        // "the 14th of their kind".
        const bool kind = t[k + 2].lower == "of" && k + 4 < t.size() && t[k + 4].lower == "kind";
        // "the first meeting between the two leaders" counts their meetings, not the series'.
        const bool between = k + 3 < t.size() && t[k + 3].lower == "between";
        if ((round || time || kind) && !between) {
          ord = Ordinal(t, k + 1);
          break;
        }
      }
    }
    if (!ord) return;
    builder_.SetAttr(meeting, "round", std::to_string(ord));
    // The series is the one the meeting already belongs to, or one named like the meeting.
    for (const ExtractedEdge& e : builder_.edges()) {
      if (e.source == meeting && e.relation == "round_of") {
        rounds_[e.target][ord] = meeting;
        return;
      }
    }
    if (m->type != MT::kMeeting) return;
    size_t dialogue = DialogueNode(si, m->b, m->e);
    LinkRound(meeting, dialogue, ord, si.s->span);
  }

  // The officials of a sentence before and after token range [b, e).
  std::vector<size_t> OfficialsIn(const SentenceInfo& si, size_t from, size_t to) const {
    std::vector<size_t> out;
    for (const Mention& m : si.m) {
      if (m.type == MT::kOfficial && m.node >= 0 && m.b >= from && m.e <= to &&
          std::find(out.begin(), out.end(), static_cast<size_t>(m.node)) == out.end()) {
        out.push_back(static_cast<size_t>(m.node));
      }
    }
    return out;
  }

  std::string Surname(size_t official) const {
    const std::string& name = builder_.node(official).name;
    auto tokens = internal::Tokenize(name);
    // "SUGA Yoshihide", "XI Jinping": a family name written in capitals is the surname, wherever
    // it stands; it is given with an initial capital ("Suga").
    auto all_caps = [](const std::string& w) {
      return w.size() >= 2 && std::all_of(w.begin(), w.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    };
    const long caps = std::count_if(tokens.begin(), tokens.end(), [&](const auto& t) { return t.word && all_caps(t.text); });
    const long words = std::count_if(tokens.begin(), tokens.end(), [](const auto& t) { return t.word; });
    if (caps == 1 && words >= 2) {
      for (const auto& t : tokens) {
        if (t.word && all_caps(t.text)) {
          std::string out = t.text;
          for (size_t i = 1; i < out.size(); ++i) out[i] = static_cast<char>(out[i] - 'A' + 'a');
          return out;
        }
      }
    }
    for (auto it = tokens.rbegin(); it != tokens.rend(); ++it) {
      if (it->word && !IsNameSuffix(*it) && it->text.size() > 2) return it->text;
    }
    return name;
  }

  // For each token of a future sentence, whether its clause (between semicolons) has a future
  // cue of its own; a sentence of one clause is future throughout. One pass per sentence.
  std::vector<bool> FutureClauses(const SentenceInfo& si) const {
    const auto& t = T(si);
    std::vector<bool> out(t.size(), true);
    size_t b = si.body_from;
    bool split = false;
    for (size_t k = si.body_from; k <= t.size(); ++k) {
      if (k < t.size() && t[k].text != ";") continue;
      split |= k < t.size();
      if (split || b > si.body_from) {
        const bool future = FutureTense(g_, t, b, k);
        for (size_t q = b; q < k; ++q) out[q] = future;
      }
      b = k + 1;
    }
    return out;
  }

  // The tense a date at token `i` is read in: a future sentence's clause without a future cue of
  // its own is in the past ("reached Lisbon late on Saturday; he is due to co-chair ...": the
  // Saturday before).
  internal::Tense TenseAt(const SentenceInfo& si, size_t i) const {
    if (!si.future) return internal::Tense::kPast;
    const bool future = i >= si.future_clause.size() || si.future_clause[i];
    return future ? internal::Tense::kFuture : internal::Tense::kPast;
  }

  // The date an implicit event took place: a date in the sentence, else the story's date
  // for something already done.
  // `fallback` is set when the date is the story's (FindStoryDate) rather than one the sentence gives.
  std::string SentenceDate(const SentenceInfo& si, bool* fallback = nullptr) const {
    const auto& t = T(si);
    const internal::Tense tense = si.future ? internal::Tense::kFuture : internal::Tense::kPast;
    std::string first;
    size_t since = t.size();  // "since he took office last year": dates after it bound something else
    for (size_t i = si.body_from; i < t.size(); ++i) {
      if (t[i].lower == "since" && since == t.size()) since = i;
      auto d = internal::MatchDate(t, i, published_, TenseAt(si, i));
      if (!d) continue;
      const std::string before = i > 0 ? t[i - 1].lower : std::string();
      if ((i > 0 && Is(Lexicon::kTimeBound, t[i - 1])) || i > since) {
        i = d->end - 1;
        continue;
      }
      if (before == "on" || before == "from" || before == "in") return d->date.Iso();
      if (first.empty()) first = d->date.Iso();
      i = d->end - 1;
    }
    if (fallback) *fallback = first.empty();
    if (!first.empty()) return first;
    return tense == internal::Tense::kPast ? story_.Iso() : std::string();
  }

  // Sets an implicit meeting's date: a date the text gives replaces the publication date that an
  // earlier mention fell back on.
  void DateImplicit(size_t meeting, const SentenceInfo& si) {
    bool fallback = false;
    const std::string date = SentenceDate(si, &fallback);
    if (date.empty()) return;
    const std::string& current = builder_.node(meeting).date;
    if (current.empty() || (fallback_dated_.count(meeting) && !fallback)) {
      builder_.SetDateForce(meeting, date);
      if (fallback) fallback_dated_.insert(meeting); else fallback_dated_.erase(meeting);
    }
  }

  // Clause boundaries of a sentence: "while", "whereas", ";" and ", and" split one sentence's
  // events.
  std::vector<std::pair<size_t, size_t>> Clauses(const SentenceInfo& si) const {
    const auto& t = T(si);
    std::vector<std::pair<size_t, size_t>> out;
    size_t from = si.body_from;
    for (size_t k = si.body_from; k < t.size(); ++k) {
      const bool comma_and = t[k].text == "," && k + 1 < t.size() && t[k + 1].lower == "and";
      if (t[k].lower == "while" || t[k].lower == "whereas" || t[k].text == ";" || comma_and) {
        if (k > from) out.push_back({from, k});
        from = k + 1;
      }
    }
    if (from < t.size()) out.push_back({from, t.size()});
    return out;
  }

  // "Secretary Blinken held a meeting with Bui Thanh Son", "Rajnath Singh is to meet Yasukazu
  // Hamada", "With Takehiko Matsuo ..., he discussed ...", "another meeting, with Keiichi
  // Ichikawa, ...", "talks between Han Zheng and Mohammed bin Salman": officials meeting in a
  // clause that names no meeting make a meeting of their own.
  void ImplicitMeetings(SentenceInfo& si, std::vector<std::pair<size_t, size_t>>& meetings) {
    const auto& t = T(si);
    for (const auto& [from, to] : Clauses(si)) {
      bool named = false;
      for (const Mention& m : si.m) {
        named |= m.type == MT::kMeeting && m.b >= from && m.b < to;
      }
      if (named) continue;
      for (size_t i = from; i < to; ++i) {
        size_t len = 0;
        std::string what = g_.MatchLexicon(Lexicon::kMeetVerb, t, i, len);
        std::vector<size_t> subject, others;
        std::string name;
        const bool between = (t[i].lower == "talks" || t[i].lower == "conversation" || t[i].lower == "call" ||
                              t[i].lower == "meeting") && i + 1 < to && t[i + 1].lower == "between";
        const bool noun_with = (t[i].lower == "meeting" || t[i].lower == "talks") && what.empty() && !between;
        if (between) {
          // "talks between A and B": the noun phrase is the meeting's name.
          auto people = OfficialsIn(si, i + 2, to);
          if (people.size() < 2) continue;
          subject.push_back(people[0]);
          others.assign(people.begin() + 1, people.end());
          size_t b = i;
          while (b > from && t[b - 1].word && !t[b - 1].cap && t[b - 1].lower != "the" && t[b - 1].lower != "a" &&
                 t[b - 1].lower != "held" && t[b - 1].lower != "their" && b + 2 > i) {
            --b;  // "telephone conversation"
          }
          size_t e = i + 2;
          for (const Mention& m : si.m) {
            if (m.type == MT::kOfficial && m.node == static_cast<long>(others.back()) && m.b >= i) e = std::max(e, m.e);
          }
          name = Surface(si, b, e);
          what = t[i].lower;
          len = 2;
        } else if (noun_with) {
          // "another significant meeting, with Keiichi Ichikawa", "held a meeting at Hyderabad
          // House with Prime Minister Modi": the clause's counterpart.
          size_t k = i + 1;
          while (k < to && k < i + 9 && t[k].lower != "with") ++k;
          if (k >= to || t[k].lower != "with") continue;
          others = OfficialsIn(si, k + 1, std::min(to, k + 6));
          subject = OfficialsIn(si, from, i);
          if (subject.empty() && last_subject_ >= 0) subject.push_back(static_cast<size_t>(last_subject_));
          if (others.empty() || subject.empty()) continue;
          what = "meeting with";
          len = 1;
        } else {
          if (what.empty()) continue;
          const std::string kNeedsWith = " ?with";
          if (what.size() > kNeedsWith.size() &&
              what.compare(what.size() - kNeedsWith.size(), kNeedsWith.size(), kNeedsWith) == 0) {
            what.erase(what.size() - kNeedsWith.size());
            bool with = false;  // "with" followed closely by an official
            for (size_t k = from; k < to && !with; ++k) {
              if (t[k].lower != "with") continue;
              for (const Mention& m : si.m) with |= m.type == MT::kOfficial && m.b > k && m.b <= k + 4;
            }
            if (!with) continue;
          }
          subject = OfficialsIn(si, from, i);
          others = OfficialsIn(si, i + len, to);
          if (!subject.empty() && others.empty() && subject.size() > 1) {
            others.assign(subject.begin() + 1, subject.end());
            subject.erase(subject.begin() + 1, subject.end());
          }
          if (subject.empty() && last_subject_ >= 0) {
            // "he discussed ... with X": the official the story is following.
            bool pronoun = false;
            for (size_t k = from; k < i; ++k) pronoun |= t[k].lower == "he" || t[k].lower == "she";
            if (pronoun || (!others.empty() && t[i].lower != "met")) subject.push_back(static_cast<size_t>(last_subject_));
          }
          if (subject.empty() && others.size() > 1) {
            subject.push_back(others.front());
            others.erase(others.begin());
          }
        }
        others.erase(std::remove_if(others.begin(), others.end(), [&](size_t o) {
                       return std::find(subject.begin(), subject.end(), o) != subject.end();
                     }), others.end());
        if (subject.empty() || others.empty()) continue;
        if (name.empty()) {
          // "Sato's meeting with Ana Lima"; very long names by surname ("... with Patriota").
          name = Surname(subject.front()) + "'s " + what + " ";
          for (size_t k = 0; k < others.size(); ++k) {
            const std::string& full = builder_.node(others[k]).name;
            name += (k ? (k + 1 == others.size() ? " and " : ", ") : "") +
                    (PersonNameWords(full).size() > 3 ? Surname(others[k]) : full);
          }
        }
        std::vector<size_t> people = subject;
        people.insert(people.end(), others.begin(), others.end());
        std::sort(people.begin(), people.end());
        bool fallback = false;
        const std::string date = SentenceDate(si, &fallback);
        const std::string rule = "implicit:" + Surface(si, i, i + len);
        // The same people meeting on the story's main occasion: that is the meeting in focus
        // ("It was the first time he had met Prime Minister Modi" in a story about their summit).
        if (focus_meeting_ >= 0) {
          const size_t focus = static_cast<size_t>(focus_meeting_);
          if (FocusHasAll(people, date, fallback)) {
            for (size_t p : people) {
              if (!builder_.HasEdge(p, "cochaired", focus) && !builder_.HasEdge(p, "chaired", focus)) {
                builder_.Edge(p, "attended", focus, si.s->span, rule);
              }
            }
            break;
          }
        }
        // One pair of people meeting in one story is one meeting, whatever dates the mentions give.
        std::string key = "meeting:implicit";
        for (size_t p : people) key += ":" + std::to_string(p);
        size_t meeting = builder_.Node(key, "meeting", name, rule);
        if (subject.size() == 1 && others.size() == 1) {
          // The way reporting names a two-person encounter once introduced: "the Suga-Widodo
          // talks", "the Modi-Biden call". Searchable as an alias beside the descriptive name.
          std::string head = what;
          for (const char* tail : {" with", " on"}) {
            const std::string suffix = tail;
            if (head.size() > suffix.size() && head.compare(head.size() - suffix.size(), suffix.size(), suffix) == 0) {
              head.erase(head.size() - suffix.size());
            }
          }
          builder_.AddAlias(meeting, Surname(subject.front()) + "-" + Surname(others.front()) + " " + head);
        }
        std::set<std::string> surnames;
        for (size_t p : people) surnames.insert(NormalizeName(Surname(p)));
        builder_.AddIdentityKey(meeting, "talks:" + Join(surnames, ",") + "@" + date);
        builder_.Mention(meeting, SpanOf(si, i, i + len), "");
        if (!date.empty()) builder_.SetDate(meeting, date);
        for (size_t p : people) {
          builder_.Edge(p, "attended", meeting, si.s->span, rule);
          role_holders_[meeting].insert({p, si.s->span});
        }
        if (!SentencePlace(si) && last_place_ >= 0) {
          builder_.Edge(meeting, "held_in", static_cast<size_t>(last_place_), si.s->span, "implicit:story-place");
        }
        if (focus_meeting_ < 0) focus_meeting_ = static_cast<long>(meeting);
        meetings.push_back({i + len, meeting});
        break;  // one implicit meeting a clause
      }
    }
  }

  // ---- patterns (data/patterns/*.pat) ---------------------------------------------------

  // The sentence as the pattern engine sees it: tokens after the dateline and the mentions
  // that have nodes (or stand for the meeting in focus).
  // Where an official's apposition ends: "Ana Souza, Deputy Prime Minister and Minister of the
  // Interior of Peru," reads as one official to patterns, so a list of officials with their
  // offices is one list. `e` is the end of the name; returns `e` when no title follows in commas.
  size_t AppositionEnd(const SentenceInfo& si, size_t e) const {
    const auto& t = T(si);
    if (e + 1 >= t.size() || t[e].text != ",") return e;
    size_t k = e + 1;
    bool title = false;
    while (k < t.size() && t[k].text != "," && t[k].text != ".") {
      const Mention* x = MentionAt(si, k);
      if (x && x->b == k && (x->type == MT::kTitle || x->type == MT::kCountry || x->type == MT::kOrg)) {
        title |= x->type == MT::kTitle;
        k = x->e;
        continue;
      }
      if (x) return e;  // another person, a place or an event: not an apposition
      const std::string& w = t[k].lower;
      if (w == "and" || w == "of" || w == "for" || w == "the" || w == "'s" || (t[k].word && t[k].cap)) {
        ++k;
        continue;
      }
      return e;
    }
    if (!title || k == e + 1) return e;
    return k;
  }

  extract::SentenceView ViewOf(const SentenceInfo& si) const {
    extract::SentenceView v;
    v.tokens = &T(si);
    v.from = si.body_from;
    const auto& t = T(si);
    for (size_t i = 0; i < si.m.size(); ++i) {
      const Mention& m = si.m[i];
      size_t b = m.b;
      if (m.type == MT::kOfficial) {
        // An official's mention takes in the title and country before the name ("Japan's Vice
        // Minister, Masataka Okano"), so patterns see one OFFICIAL where the reader sees one.
        for (bool grew = true; grew;) {
          grew = false;
          for (const Mention& x : si.m) {
            if (x.type != MT::kTitle && x.type != MT::kHonorific && x.type != MT::kCountry) continue;
            size_t end = x.e;
            if (x.type == MT::kCountry && end < t.size() && t[end].text == "'s") ++end;
            if (end < b && end + 1 == b && t[end].text == "," && x.type == MT::kTitle) ++end;
            if (end == b && x.b < b) {
              b = x.b;
              grew = true;
            }
          }
        }
      }
      size_t e = m.e;
      if (m.type == MT::kOfficial) e = AppositionEnd(si, m.e);
      v.mentions.push_back({static_cast<int>(m.type), b, e, i});
    }
    v.lexicon = [this, &si](int cls, size_t i) {
      size_t len = 0;
      g_.MatchLexicon(static_cast<Lexicon>(cls), T(si), i, len);
      return len;
    };
    const internal::Tense tense = si.future ? internal::Tense::kFuture : internal::Tense::kPast;
    v.date = [this, &si, tense](size_t i) -> size_t {
      auto d = internal::MatchDate(T(si), i, published_, tense);
      return d ? d->end - i : 0;
    };
    return v;
  }

  // The nodes a slot of a match stands for: the mentions it caught, the event the pattern made
  // ("event", or the name of a "make ... as NAME") or the meeting in focus ("focus").
  std::vector<size_t> SlotNodes(const SentenceInfo& si, const extract::PatternMatch& match,
                                const std::string& slot, const std::map<std::string, long>& made) const {
    std::vector<size_t> out;
    auto add = [&](long node) {
      if (node >= 0 && std::find(out.begin(), out.end(), static_cast<size_t>(node)) == out.end()) {
        out.push_back(static_cast<size_t>(node));
      }
    };
    if (auto it = made.find(slot); it != made.end()) {
      add(it->second);
    } else if (slot == "event") {
    } else if (slot == "focus") {
      add(focus_meeting_);
    } else if (slot == "dateline-country") {
      add(dateline_country_);
    } else if (slot == "subject") {
      add(last_subject_);  // "he", "she": the official the story follows
    } else if (const extract::Capture* c = match.Slot(slot)) {
      for (size_t id : c->mentions) add(si.m[id].node);
    }
    return out;
  }

  // Runs the pattern files' rules on a sentence: `make` creates the event a phrase names ("a
  // telephone call between A and B"), `emit` adds the edges between what the slots caught.
  // Every edge carries the pattern's name as its rule.
  void ApplyPatterns(SentenceInfo& si, std::vector<std::pair<size_t, size_t>>& meetings) {
    if (dateline_place_ < 0 && si.body_from > 0) {
      for (const Mention& m : si.m) {
        if (m.b < si.body_from && m.node >= 0 && (m.type == MT::kPlace || m.type == MT::kCapital)) {
          dateline_place_ = m.node;
          break;
        }
      }
    }
    if (patterns_.patterns().empty()) return;
    if (si.body_from > 0 && dateline_country_ < 0) {
      for (const Mention& m : si.m) {
        if (m.b >= si.body_from || m.node < 0) continue;
        if (m.type == MT::kCountry) dateline_country_ = m.node;
        auto it = place_country_.find(static_cast<size_t>(m.node));
        if (m.type == MT::kPlace && it != place_country_.end() && it->second >= 0) {
          dateline_country_ = static_cast<long>(CountryNode(it->second));
        }
        if (dateline_country_ >= 0) break;
      }
    }
    // "signed the agreement", "the signing of the treaty": an agreement the story named before,
    // offered to the patterns as an AGREEMENT mention of that agreement (for this sentence's
    // patterns only: the C++ rules read such phrases themselves).
    const size_t own_mentions = si.m.size();
    {
      const auto& t = T(si);
      for (size_t i = si.body_from; i + 1 < t.size(); ++i) {
        if (!Is(Lexicon::kAnaphorDeterminer, t[i]) || MentionAt(si, i) || MentionAt(si, i + 1)) continue;
        size_t end = 0;
        const long earlier = AgreementAnaphor(si, i, t.size(), true, &end);
        if (earlier < 0) continue;
        Mention m;
        m.type = MT::kAgreement;
        m.b = i;
        m.e = end;
        m.node = earlier;
        si.m.push_back(m);
      }
    }
    struct Restore {
      SentenceInfo& si;
      size_t size;
      ~Restore() { si.m.resize(size); }
    } restore{si, own_mentions};
    const extract::SentenceView view = ViewOf(si);
    static const bool debug = std::getenv("DKG_DEBUG_MENTIONS") != nullptr;
    if (debug) {
      // For pattern authors: what the patterns see in each sentence.
      std::string line = "mentions:";
      for (const Mention& m : si.m) {
        line += " [" + MentionTypeNames()[static_cast<int>(m.type)] + " " + Surface(si, m.b, m.e) +
                (m.node >= 0 ? "" : " (no node)") + "]";
      }
      std::fprintf(stderr, "%s\n", line.c_str());
    }
    // A headline is read by its own patterns only: its present tense and dropped words ("A and B
    // sign Water Accord in Lisbon") would mislead the body's rules.
    static const std::vector<std::string_view> kStages = {"events", "arguments"};
    static const std::vector<std::string_view> kHeadline = {"headline"};
    {
      for (const extract::PatternMatch& match : patterns_.Match(view, si.headline ? kHeadline : kStages)) {
        const extract::Pattern& p = *match.pattern;
        const std::string rule = "pattern:" + p.name();
        if (trace_) {
          PatternTrace tr{p.name(), si.s->span, {}};
          for (size_t k = 0; k < p.slots().size(); ++k) {
            const extract::Capture& c = match.slots[k];
            if (!c.set) continue;
            // A slot of mentions (and the words joining a list) is shown mention by mention;
            // a slot of words with mentions inside is shown as its text.
            bool only_mentions = !c.mentions.empty();
            for (size_t q = c.b; q < c.e && only_mentions; ++q) {
              bool in = false;
              for (size_t id : c.mentions) in |= view.mentions[id].b <= q && q < view.mentions[id].e;
              only_mentions = in || Is(Lexicon::kListJoin, T(si)[q]) || (T(si)[q].cap && T(si)[q].word);
            }
            if (!only_mentions) {
              if (c.e > c.b) tr.slots.push_back({p.slots()[k], Surface(si, c.b, c.e)});
            } else {
              for (size_t id : c.mentions) {
                tr.slots.push_back({p.slots()[k], Surface(si, view.mentions[id].b, view.mentions[id].e)});
              }
            }
          }
          trace_->push_back(std::move(tr));
        }
        if (debug) std::fprintf(stderr, "pattern %s: %s\n", p.name().c_str(), Surface(si, match.b, match.e).c_str());
        // "each SLOT": the actions run once per member of the slot's list ("held separate
        // meetings with A, B and C" is three meetings).
        std::string each;
        for (const auto& a : p.actions()) {
          if (a.verb == "each") each = a.args[0];
        }
        const int each_slot = each.empty() ? -1 : p.SlotIndex(each);
        if (each_slot < 0 || match.slots[each_slot].mentions.size() < 2) {
          RunActions(si, match, rule, meetings);
          continue;
        }
        for (size_t id : match.slots[each_slot].mentions) {
          extract::PatternMatch one = match;
          one.slots[each_slot].mentions = {id};
          one.slots[each_slot].b = view.mentions[id].b;
          one.slots[each_slot].e = view.mentions[id].e;
          RunActions(si, one, rule, meetings);
        }
      }
    }
  }

  // A match's `make`, `round` and `emit` actions.
  void RunActions(SentenceInfo& si, const extract::PatternMatch& match, const std::string& rule,
                  std::vector<std::pair<size_t, size_t>>& meetings) {
    const extract::Pattern& p = *match.pattern;
    std::map<std::string, long> made;  // "event" and the names of "make ... as NAME"
    bool unmade_round = false;
    for (const auto& a : p.actions()) {
      if (a.verb == "make") made[MadeAs(a)] = MakeEvent(si, match, a, rule, meetings);
      if (a.verb == "round") {
        made["event"] = MakeRound(si, match, a, meetings);
        unmade_round = made["event"] < 0;
      }
    }
    if (unmade_round) return;
    for (const auto& a : p.actions()) {
      if (a.verb != "emit" || a.args.size() != 3) continue;
      const std::string& rel = a.args[1];
      for (size_t from : SlotNodes(si, match, a.args[0], made)) {
        for (size_t to : SlotNodes(si, match, a.args[2], made)) {
          EmitEdge(si, from, rel, to, rule);
        }
      }
    }
  }

  // A visit (made by a visit pattern or rule): an occasion that may take in several cities.
  bool IsVisit(size_t meeting) const {
    auto it = made_tag_.find(meeting);
    if (it != made_tag_.end()) return it->second == "visit";
    return builder_.node(meeting).kind == "meeting" && builder_.node(meeting).name.find("'s visit") != std::string::npos;
  }

  // A visit held in the cities it names is not also held in their country ("Macron's visit to
  // Brazil", then Belem and Brasilia).
  void VisitPlaces() {
    std::map<size_t, std::vector<size_t>> held;  // visit -> where
    for (size_t i = 0; i < builder_.edges().size(); ++i) {
      const ExtractedEdge& e = builder_.edges()[i];
      if (e.relation == "held_in" && builder_.IsLive(i) && IsVisit(e.source)) held[e.source].push_back(e.target);
    }
    for (const auto& [visit, where] : held) {
      for (size_t country : where) {
        if (builder_.node(country).kind != "country") continue;
        const bool city = std::any_of(where.begin(), where.end(), [&](size_t p) {
          auto it = place_country_.find(p);
          return it != place_country_.end() && it->second >= 0 && CountryNode(it->second) == country;
        });
        if (city) builder_.RemoveEdge(visit, "held_in", country);
      }
    }
  }

  void EmitEdge(const SentenceInfo& si, size_t from, const std::string& rel, size_t to, const std::string& rule) {
    if (from == to) return;
    const bool role = rel == "attended" || rel == "chaired" || rel == "cochaired";
    if (rel == "attended" && (builder_.HasEdge(from, "cochaired", to) || builder_.HasEdge(from, "chaired", to))) {
      return;  // a chair also attends: the stronger role stands
    }
    if (rel == "held_in") {
      // The first, most specific place stands; a visit goes to every city it names.
      const bool more = IsVisit(from) && builder_.node(to).kind == "place";
      if (!placed_.insert(from).second && !more) return;
    }
    builder_.Edge(from, rel, to, si.s->span, rule);
    if (role) role_holders_[to].insert({from, si.s->span});
    if (rel == "participant" && builder_.node(from).kind == "country") {
      meeting_countries_[to].insert({from, si.s->span});
    }
  }

  // "the fourth ministerial meeting of the Trade Council": the body that meets is a series
  // (a dialogue node, taking over an organization node made from the same words) and the
  // meeting is its round, numbered by the ordinal slot.
  long MakeRound(SentenceInfo& si, const extract::PatternMatch& match, const extract::PatternAction& a,
                 std::vector<std::pair<size_t, size_t>>& meetings) {
    const extract::Capture* what = match.Slot(a.args[0]);
    const extract::Capture* series = match.Slot(a.args[1]);
    if (!what || !series || series->mentions.empty()) return -1;
    const Mention& body = si.m[series->mentions.front()];
    if (body.type == MT::kDialogue && body.node >= 0) return -1;  // the extractor's round rules have it
    // A grouping of the gazetteer (ASEAN, the G7) is an organization whatever meets under it;
    // its summits are not the rounds of a series named after it.
    if (body.type == MT::kOrg && body.gaz >= 0) return -1;
    for (const Mention& x : si.m) {
      if (x.type == MT::kMeeting && x.node >= 0 && x.b < series->e && what->b < x.e) return -1;
    }
    const size_t dialogue = DialogueNode(si, body.b, body.e);
    if (body.type == MT::kOrg && body.node >= 0 && static_cast<size_t>(body.node) != dialogue &&
        builder_.node(static_cast<size_t>(body.node)).kind == "organization") {
      builder_.Absorb(dialogue, static_cast<size_t>(body.node));
    }
    int number = 0;
    if (a.args.size() == 3) {
      if (const extract::Capture* n = match.Slot(a.args[2])) number = Ordinal(T(si), n->b);
    }
    Mention m;
    m.type = MT::kMeeting;
    m.b = what->b;
    m.e = series->e;
    m.gaz = number;
    const size_t meeting = MeetingNode(si, m, static_cast<long>(dialogue));
    LinkRound(meeting, dialogue, number, si.s->span);
    if (focus_meeting_ < 0) focus_meeting_ = static_cast<long>(meeting);
    meetings.push_back({match.b, meeting});
    return static_cast<long>(meeting);
  }

  // A name template's {slot}s filled: mentions by their nodes' names ("A, B and C"), other
  // captures by their text.
  std::string FillTemplate(const SentenceInfo& si, const extract::PatternMatch& match, const std::string& spec) const {
    std::string out;
    size_t i = 0;
    while (i < spec.size()) {
      const size_t open = spec.find('{', i);
      if (open == std::string::npos) {
        out += spec.substr(i);
        break;
      }
      out += spec.substr(i, open - i);
      const size_t close = spec.find('}', open);
      if (close == std::string::npos) break;
      const std::string slot = spec.substr(open + 1, close - open - 1);
      std::string value;
      if (const extract::Capture* c = match.Slot(slot)) {
        std::vector<std::string> names;
        for (size_t id : c->mentions) {
          if (si.m[id].node >= 0) names.push_back(builder_.node(si.m[id].node).name);
        }
        if (names.empty()) {
          value = Surface(si, c->b, c->e);
        } else {
          for (size_t k = 0; k < names.size(); ++k) {
            value += (k ? (k + 1 == names.size() ? " and " : ", ") : "") + names[k];
          }
        }
      }
      out += value;
      i = close + 1;
    }
    return out;
  }

  // The meeting a `make meeting TAG [NAME]` action names. One visitor's visit in a story is one
  // visit; the same people meeting in one story is one meeting (the meeting in focus when they
  // all hold roles there already).
  long MakeEvent(const SentenceInfo& si, const extract::PatternMatch& match, const extract::PatternAction& a,
                 const std::string& rule, std::vector<std::pair<size_t, size_t>>& meetings) {
    const std::string& tag = a.args[1];
    const std::string as = MadeAs(a);  // what the pattern's emit lines call the result
    if (a.args[0] == "agreement") {
      // An agreement is named by the words of its slot ("China-Egypt comprehensive strategic
      // partnership"), keyed by them like the named agreements of the C++ rules.
      const extract::Capture* c = a.args.size() >= 3 ? match.Slot(NameTemplate(a)) : nullptr;
      const size_t b = c ? c->b : match.b, e = c ? c->e : match.e;
      size_t k = b;
      const auto& t = T(si);
      while (k + 1 < e && (t[k].lower == "a" || t[k].lower == "an" || t[k].lower == "the")) ++k;
      const size_t agreement = AgreementNode(si, k, e, rule);
      bool parties = false;
      for (const auto& x : match.pattern->actions()) {
        parties |= x.verb == "emit" && x.args[1] == "party_to" && x.args[2] == as;
      }
      // A pattern that names no parties ("... and signed a memorandum covering seven areas"):
      // like "both sides agreed", the sides are the participants of the meeting in focus.
      if (!parties) pending_parties_.push_back({agreement, focus_meeting_, si.s->span});
      for (const auto& x : match.pattern->actions()) {
        // Reached at the meeting in focus: dated by it, as the agreements "agreed to" names.
        if (x.verb == "emit" && x.args[0] == as && x.args[1] == "agreed_at" &&
            x.args[2] == "focus" && focus_meeting_ >= 0) {
          agreement_meeting_[agreement] = static_cast<size_t>(focus_meeting_);
        }
      }
      return static_cast<long>(agreement);
    }
    std::vector<size_t> people;
    for (const auto& e : match.pattern->actions()) {
      if (e.verb != "emit" || e.args[2] != as) continue;
      if (e.args[1] != "attended" && e.args[1] != "chaired" && e.args[1] != "cochaired") continue;
      for (size_t n : SlotNodes(si, match, e.args[0], {})) {
        if (std::find(people.begin(), people.end(), n) == people.end()) people.push_back(n);
      }
    }
    size_t b = match.b, e = match.e;
    const std::string name_spec = NameTemplate(a);
    std::string name;
    if (!name_spec.empty() && name_spec.find('{') == std::string::npos) {
      if (const extract::Capture* c = match.Slot(name_spec)) {
        b = c->b;
        e = c->e;
      }
    } else if (!name_spec.empty()) {
      name = FillTemplate(si, match, name_spec);
    }
    const auto& t = T(si);
    while (b + 1 < e && (t[b].lower == "a" || t[b].lower == "an" || t[b].lower == "the" ||
                         t[b].lower == "their" || t[b].lower == "his" || t[b].lower == "her")) {
      ++b;
    }
    // The clause names the meeting itself ("is to hold talks with B at the 23rd meeting of
    // the Special Representatives"): the phrase describes that meeting, not another one. A visit
    // is an occasion of its own that holds the meetings it names ("a two-day visit, during which
    // he takes part in the 4th round of ...").
    for (const auto& [from, to] : Clauses(si)) {
      if (tag == "visit") break;
      if (match.b < from || match.b >= to) continue;
      for (const Mention& x : si.m) {
        if (x.type == MT::kMeeting && x.node >= 0 && x.b >= from && x.b < to && !x.announced) return x.node;
      }
    }
    // One sentence tells of one visit, however many phrases name it ("A and B ... visit to Japan").
    if (tag == "visit") {
      for (const auto& [pos, node] : meetings) {
        auto it = made_tag_.find(node);
        const bool visit = (it != made_tag_.end() && it->second == "visit") ||
                           builder_.node(node).name.find("visit") != std::string::npos;
        if (visit) return static_cast<long>(node);
      }
    }
    bool fallback = false;
    const std::string date = SentenceDate(si, &fallback);
    auto made = made_tag_.find(static_cast<size_t>(std::max(focus_meeting_, 0L)));
    const bool same_kind = made == made_tag_.end() || made->second == tag;
    if (!people.empty() && tag != "visit" && same_kind && FocusHasAll(people, date, fallback)) {
      return focus_meeting_;
    }
    std::string key;
    if (tag == "visit" && !people.empty()) {
      key = "meeting:visit:" + std::to_string(people.front());
    } else if (people.size() >= 2) {
      std::vector<size_t> sorted = people;
      std::sort(sorted.begin(), sorted.end());
      key = "meeting:implicit";
      for (size_t p : sorted) key += ":" + std::to_string(p);
    } else {
      key = "meeting:" + tag + ":" + std::to_string(si.s->span.start) + ":" + std::to_string(b);
    }
    if (name.empty()) name = Surface(si, b, e);
    const size_t meeting = builder_.Node(key, "meeting", name, rule);
    made_tag_.emplace(meeting, tag);
    // A template's words are a description, not a name the text used: no alias from them.
    builder_.Mention(meeting, SpanOf(si, b, e), name_spec.find('{') == std::string::npos ? Surface(si, b, e) : "");
    DateImplicit(meeting, si);
    // Across documents the same people meeting on the same day is one meeting; without a day
    // the key would join every undated meeting of theirs, so none is given.
    if (!people.empty() && !builder_.node(meeting).date.empty()) {
      std::set<std::string> names;
      for (size_t p : people) names.insert(NormalizeName(builder_.node(p).name));
      builder_.AddIdentityKey(meeting, tag + ":" + Join(names, ",") + "@" + builder_.node(meeting).date);
    }
    if (focus_meeting_ < 0) focus_meeting_ = static_cast<long>(meeting);
    meetings.push_back({match.b, meeting});
    return static_cast<long>(meeting);
  }

  // Whether everyone in `people` already holds a role at the meeting in focus and `date` (the
  // sentence's, or the publication date when `fallback`) does not contradict its date: then
  // they are meeting on the story's main occasion, not at a meeting of their own.
  bool FocusHasAll(const std::vector<size_t>& people, const std::string& date, bool fallback) {
    if (focus_meeting_ < 0) return false;
    const size_t focus = static_cast<size_t>(focus_meeting_);
    for (size_t p : people) {
      bool there = false;
      for (const auto& [holder, span] : role_holders_[focus]) there |= holder == p;
      if (!there) return false;
    }
    const std::string& focus_date = builder_.node(focus).date;
    return fallback || date.empty() || focus_date.empty() || date == focus_date;
  }

  bool SentencePlace(const SentenceInfo& si) const {
    const auto& t = T(si);
    for (const Mention& m : si.m) {
      if (m.b > si.body_from && m.b >= 1 && (t[m.b - 1].lower == "in" || t[m.b - 1].lower == "at") &&
          m.type == MT::kPlace) {
        return true;
      }
    }
    return false;
  }

  // "Kishida's official visit to New Delhi", "will travel to Japan on an official visit",
  // "the visit of President Biden": a visit is a meeting held where the visitor went.
  void Visits(SentenceInfo& si, std::vector<std::pair<size_t, size_t>>& meetings) {
    const auto& t = T(si);
    for (size_t i = si.body_from; i < t.size(); ++i) {
      if (t[i].lower != "visit" && t[i].lower != "visits" && t[i].lower != "trip") continue;
      // Where: "visit to X", or "travel to X ... visit", or "in X" in the sentence.
      long where = -1;
      for (size_t k = i + 1; k + 1 < t.size() && k <= i + 2; ++k) {
        if (t[k].lower == "to") {
          const Mention* p = MentionAt(si, k + 1);
          if (p && p->node >= 0 && (p->type == MT::kPlace || p->type == MT::kCountry)) where = p->node;
        }
      }
      for (size_t k = si.body_from; where < 0 && k + 1 < i; ++k) {
        if (t[k].lower == "to" || t[k].lower == "in") {
          const Mention* p = MentionAt(si, k + 1);
          if (p && p->b == k + 1 && p->node >= 0 && (p->type == MT::kPlace || p->type == MT::kCountry)) where = p->node;
        }
      }
      // "the visit of Minister Sato to Brazil": the destination after the visitor.
      if (where < 0 && i + 2 < t.size() && t[i + 1].lower == "of") {
        for (size_t k = i + 2; k + 1 < t.size() && k <= i + 8; ++k) {
          if (t[k].lower != "to") continue;
          const Mention* p = MentionAt(si, k + 1);
          if (p && p->node >= 0 && (p->type == MT::kPlace || p->type == MT::kCountry)) where = p->node;
          break;
        }
      }
      // Who: "X's visit", "visit of X", else the sentence's subject.
      std::vector<size_t> who;
      if (i >= 2 && t[i - 1].text == "'s") who = OfficialsIn(si, i >= 4 ? i - 4 : 0, i - 1);
      if (who.empty() && i + 2 < t.size() && t[i + 1].lower == "of") who = OfficialsIn(si, i + 2, std::min(t.size(), i + 8));
      if (who.empty() && i > 0 && t[i - 1].lower != "the" && t[i - 1].lower != "this") {
        // "X will travel to Japan on an official visit": the subject. "the visit" refers back.
        auto before = OfficialsIn(si, si.body_from, i);
        if (!before.empty()) who.push_back(before.front());
      }
      const bool explicit_visitor = (i >= 2 && t[i - 1].text == "'s") ||
                                    (i + 2 < t.size() && t[i + 1].lower == "of");
      if (who.empty() || (where < 0 && !explicit_visitor)) continue;
      const std::string name = Surname(who.front()) + "'s visit" +
                               (where >= 0 ? " to " + builder_.node(static_cast<size_t>(where)).name : "");
      // One visitor's visit in one story is one visit, however its destination is named.
      const std::string visit_key = "meeting:visit:" + std::to_string(who.front());
      const bool known = builder_.Has(visit_key);
      size_t meeting = builder_.Node(visit_key,
                                     "meeting", name, "pattern:visit");
      builder_.Mention(meeting, SpanOf(si, i, i + 1), "");
      DateImplicit(meeting, si);
      if (where >= 0) {
        builder_.AddIdentityKey(meeting, "visit:" + NormalizeName(Surname(who.front())) + ":" +
                                             NormalizeName(builder_.node(static_cast<size_t>(where)).name));
        if (!known) builder_.Edge(meeting, "held_in", static_cast<size_t>(where), si.s->span, "pattern:visit-to");
      }
      for (size_t p : who) {
        builder_.Edge(p, "attended", meeting, si.s->span, "pattern:visit");
        role_holders_[meeting].insert({p, si.s->span});
      }
      if (where >= 0 && builder_.node(static_cast<size_t>(where)).kind == "country") {
        meeting_countries_[meeting].insert({static_cast<size_t>(where), si.s->span});
      }
      meetings.push_back({i, meeting});
      return;
    }
  }

  // "in Tokyo on Wednesday" after a meeting: where and when it was held. Each place or date
  // goes to the nearest meeting before it in the sentence, or the only meeting when none is.
  void AttachPlacesAndDates(const SentenceInfo& si, const std::vector<std::pair<size_t, size_t>>& meetings) {
    if (meetings.empty()) return;
    const auto& t = T(si);
    auto owner = [&](size_t token) -> long {
      long best = -1;
      for (const auto& [pos, node] : meetings) {
        if (pos < token) best = static_cast<long>(node);
      }
      // Nothing named before: the first meeting after ("It was last year, at the 13th summit").
      if (best < 0) best = static_cast<long>(meetings.front().second);
      return best;
    };
    std::set<size_t> placed;
    const Mention* fronted = nullptr;  // "In Tokyo on Thursday, ...": see below
    for (const Mention& m : si.m) {
      if (m.b < si.body_from || m.b == 0 || m.node < 0) continue;
      // "in Tokyo", "at the Al Watan Palace"
      const size_t prep = t[m.b - 1].lower == "the" && m.b >= 2 ? m.b - 2 : m.b - 1;
      const bool locative = t[prep].lower == "in" || t[prep].lower == "at";
      if (!locative) continue;
      if (m.type != MT::kPlace && m.type != MT::kCountry) continue;
      long meeting = owner(m.b);
      // "exchanged views on the situation in North Korea" is far from the meeting: only places
      // within a few words of a meeting's mention say where it was held.
      bool near = false;
      for (const Mention& x : si.m) {
        if ((x.type != MT::kMeeting && x.type != MT::kMeetingRef) || x.node != meeting) continue;
        near |= m.b >= x.e ? m.b - x.e <= 8 && !GapBreaks(si, x.e, prep)
                           : x.b >= m.e && x.b - m.e <= 12;
      }
      for (const auto& [pos, node] : meetings) {  // implicit meetings and visits: their trigger
        near |= static_cast<long>(node) == meeting &&
                (m.b > pos ? m.b - pos <= 12 && !GapBreaks(si, pos + 1, prep) : pos - m.b <= 12);
      }
      if (!near && prep == si.body_from && meeting >= 0 && !fronted) {
        // "In Tokyo on Thursday, A and B held the ... Meeting": a place fronted before the
        // sentence's first comma sets the scene of its whole clause, however far its meeting is
        // named; it holds the meeting unless a place nearer the meeting says otherwise.
        for (size_t k = m.e; k < t.size() && k <= m.e + 6; ++k) {
          if (t[k].text == ",") fronted = &m;
          if (t[k].text == "," || t[k].text == ";") break;
        }
      }
      if (!near) continue;
      if (meeting < 0) continue;
      const bool more = IsVisit(static_cast<size_t>(meeting)) && m.type == MT::kPlace;
      if ((placed.count(static_cast<size_t>(meeting)) || placed_.count(static_cast<size_t>(meeting))) && !more) continue;
      // Skip "in the country" style mentions and places far from the meeting.
      builder_.Edge(static_cast<size_t>(meeting), "held_in", static_cast<size_t>(m.node), si.s->span,
                    "pattern:meeting-in-place");
      placed.insert(static_cast<size_t>(meeting));
    }
    for (size_t k = si.body_from; k < t.size() && dateline_place_ >= 0; ++k) {
      // "Both ministers are here for the first edition of the dialogue": "here" is the place of
      // the dateline ("NEW DELHI:"), for a meeting named within a few words of it.
      if (!Is(Lexicon::kDatelineDeictic, t[k])) continue;
      const long meeting = owner(k);
      if (meeting < 0 || placed.count(static_cast<size_t>(meeting)) ||
          placed_.count(static_cast<size_t>(meeting))) {
        continue;
      }
      bool near = false;
      for (const Mention& x : si.m) {
        if ((x.type != MT::kMeeting && x.type != MT::kMeetingRef) || x.node != meeting) continue;
        near |= x.b > k ? x.b - k <= 8 : k - x.e <= 4;
      }
      if (!near) continue;
      builder_.Edge(static_cast<size_t>(meeting), "held_in", static_cast<size_t>(dateline_place_),
                    si.s->span, "pattern:here-dateline");
      placed.insert(static_cast<size_t>(meeting));
    }
    if (fronted) {
      const long meeting = owner(fronted->b);
      if (meeting >= 0 && !placed.count(static_cast<size_t>(meeting)) &&
          !placed_.count(static_cast<size_t>(meeting))) {
        builder_.Edge(static_cast<size_t>(meeting), "held_in", static_cast<size_t>(fronted->node),
                      si.s->span, "pattern:fronted-place");
        placed.insert(static_cast<size_t>(meeting));
      }
    }
    // Dates: "on"/"in" dates first, so "runs until Wednesday, and on Tuesday ... will co-chair"
    // dates the meeting Tuesday; dates after "until", "since", "by" bound something else.
    // A date goes to a meeting of its own clause when the sentence has several ("runs until
    // Wednesday, and on Tuesday he will co-chair the 9th Joint Commission": Tuesday is the
    // commission's), and to none when only other clauses name meetings ("reached Lisbon on
    // Saturday; he is to co-chair the commission").
    const auto clauses = Clauses(si);
    auto date_owner = [&](size_t token) -> long {
      for (const auto& [from, to] : clauses) {
        if (token < from || token >= to) continue;
        long before = -1, after = -1;
        for (const auto& [pos, node] : meetings) {
          if (pos >= from && pos < token) before = static_cast<long>(node);
          if (pos > token && pos < to && after < 0) after = static_cast<long>(node);
        }
        if (before >= 0 || after >= 0) return before >= 0 ? before : after;
        return clauses.size() > 1 ? -1 : owner(token);
      }
      return owner(token);
    };
    for (int pass = 0; pass < 2; ++pass) {
      for (size_t i = si.body_from; i < t.size(); ++i) {
        if (MentionAt(si, i)) continue;
        auto date = internal::MatchDate(t, i, published_, TenseAt(si, i));
        if (!date) continue;
        const std::string before = i > 0 ? t[i - 1].lower : std::string();
        const bool anchored = before == "on" || before == "in" || before == "from";
        if (!(i > 0 && Is(Lexicon::kTimeBound, t[i - 1])) && (pass == 1 || anchored)) {
          long meeting = date_owner(i);
          if (meeting >= 0 && fallback_dated_.erase(static_cast<size_t>(meeting))) {
            builder_.SetDateForce(static_cast<size_t>(meeting), date->date.Iso());
          } else if (meeting >= 0) {
            builder_.SetDate(static_cast<size_t>(meeting), date->date.Iso());
          }
        }
        i = date->end - 1;
      }
    }
  }

  // Countries named before a meeting in its sentence ("India and Japan convened the ...") and
  // countries in the meeting's own name take part in it.
  void MeetingParticipants(const SentenceInfo& si) {
    for (const Mention& m : si.m) {
      if (m.type != MT::kMeeting || m.node < 0 || m.announced) continue;
      for (const Mention& c : si.m) {
        if (c.b >= m.b) break;
        if (c.b < si.body_from || c.type != MT::kCountry || c.node < 0 || c.inside_name) continue;
        // "India's Foreign Secretary", "Japanese Prime Minister": a country that qualifies an
        // office names the official's country, not a subject.
        if (c.e < T(si).size() && T(si)[c.e].text == "'s") continue;
        if (const Mention* next = MentionAt(si, c.e); next && next->b == c.e && next->type == MT::kTitle) continue;
        meeting_countries_[static_cast<size_t>(m.node)].insert({static_cast<size_t>(c.node), si.s->span});
      }
    }
  }

  // Role triggers from the lexicon: "co-chaired by A and B", "A chaired", "A met B". The role
  // holds for the meetings named after the trigger ("conducted both X and Y"), else the nearest
  // one before it, else the meeting in focus.
  void Roles(const SentenceInfo& si, const std::vector<std::pair<size_t, size_t>>& meetings) {
    const auto& t = T(si);
    for (size_t i = si.body_from; i < t.size(); ++i) {
      size_t len = 0;
      const std::string value = g_.MatchLexicon(Lexicon::kRole, t, i, len);
      if (value.empty()) continue;
      const bool passive = value.find(" passive") != std::string::npos;
      const std::string relation = value.substr(0, value.find(' '));
      std::vector<size_t> targets;
      for (const auto& [pos, node] : meetings) {
        if (pos >= i + len) targets.push_back(node);
      }
      if (targets.empty()) {
        for (const auto& [pos, node] : meetings) {
          if (pos < i) targets.assign(1, node);
        }
      }
      if (targets.empty() && focus_meeting_ >= 0) targets.push_back(static_cast<size_t>(focus_meeting_));
      // "We, A, B and C, met in Wilmington for the summit, which President D hosted": an active
      // trigger in a relative clause holds for the officials inside the clause, not the main
      // clause's subjects.
      // "A met B, who chaired the talks": a "who" clause with no official of its own is about
      // the official just before it.
      size_t subject_from = 0, subject_to = i;
      if (!passive) {
        for (size_t k = i; k-- > si.body_from;) {
          const std::string& w = t[k].lower;
          if (w != "which" && w != "who" && w != "whom" && w != "that") continue;
          // ", and together the two of them co-chaired": the relative clause ended before the
          // trigger, which is the main clause's again.
          bool ended = false;
          for (size_t x = k + 1; x + 1 < i && !ended; ++x) {
            ended = (t[x].text == "," && t[x + 1].lower == "and") || t[x].text == ";";
          }
          if (ended) break;
          if (!OfficialsIn(si, k + 1, i).empty()) {
            subject_from = k + 1;
          } else if (w == "who") {
            // The last official within a few words before "who" ("Mia Lund of Norway, who").
            for (const Mention& m : si.m) {
              if (m.type == MT::kOfficial && m.node >= 0 && m.e <= k && m.e + 4 >= k) {
                subject_from = m.b, subject_to = m.e;
              }
            }
          }
          break;
        }
      }
      for (size_t meeting : targets) {
        for (const Mention& m : si.m) {
          if (m.type != MT::kOfficial || m.node < 0) continue;
          const bool after = m.b >= i + len;
          if (relation != "attended" && after != passive) continue;
          if (!after && (m.b < subject_from || m.b >= subject_to)) continue;
          // A chair also attends: the stronger role wins.
          if (relation == "attended" && (builder_.HasEdge(m.node, "cochaired", meeting) ||
                                         builder_.HasEdge(m.node, "chaired", meeting))) {
            continue;
          }
          builder_.Edge(static_cast<size_t>(m.node), relation, meeting, si.s->span,
                        "role:" + Surface(si, i, i + len));
          role_holders_[meeting].insert({static_cast<size_t>(m.node), si.s->span});
        }
      }
      i += len - 1;
    }
  }

  // "This dialogue was first announced during the 2+2 meeting": the dialogue (or agreement)
  // named before the trigger was announced at the meeting named after it.
  void Announcements(const SentenceInfo& si, size_t announce_at) {
    if (announce_at >= T(si).size()) return;
    long subject = -1, meeting = -1;
    for (const Mention& m : si.m) {
      if (m.node < 0) continue;
      if (m.b < announce_at && (m.type == MT::kDialogue || m.type == MT::kDialogueRef ||
                                m.type == MT::kAgreement)) {
        subject = m.node;
      }
      if (m.b > announce_at && m.type == MT::kMeeting && meeting < 0) meeting = m.node;
    }
    if (subject < 0) {
      // "Announced at the 2+2 meeting, ..., the dialogue brought together ...".
      for (const Mention& m : si.m) {
        if (m.node >= 0 && m.b > announce_at && (m.type == MT::kDialogue || m.type == MT::kDialogueRef ||
                                                 m.type == MT::kAgreement)) {
          subject = m.node;
          break;
        }
      }
    }
    if (subject >= 0 && meeting >= 0) {
      builder_.Edge(static_cast<size_t>(subject), "announced_at", static_cast<size_t>(meeting),
                    si.s->span, "announce:" + AnnounceTrigger(si, announce_at));
    }
  }

  std::string AnnounceTrigger(const SentenceInfo& si, size_t at) const {
    size_t len = 0;
    g_.MatchLexicon(Lexicon::kAnnounce, T(si), at, len);
    return Surface(si, at, at + std::max<size_t>(len, 1));
  }

  // The parties of what the subject of token `at` did: countries before it in the sentence
  // ("New Delhi and Tokyo agreed"), else the countries of the officials before it ("Chang and
  // Okano agreed"). Empty when the subject is "both sides" and the like.
  std::set<size_t> SubjectParties(const SentenceInfo& si, size_t at) {
    std::set<size_t> parties;
    for (const Mention& c : si.m) {
      if (c.b >= at) break;
      if (c.type == MT::kCountry && c.node >= 0 && c.b >= si.body_from && !c.inside_name) {
        parties.insert(static_cast<size_t>(c.node));
      }
    }
    if (!parties.empty()) return parties;
    for (size_t official : OfficialsIn(si, si.body_from, at)) {
      for (const auto& [off, country] : pending_represents_) {
        if (off == official) parties.insert(CountryNode(country));
      }
      for (const auto& [key, off] : officials_) {
        if (off.node == official && off.country >= 0) parties.insert(CountryNode(off.country));
      }
    }
    return parties;
  }

  // The clause after an "agreed to" trigger, up to the sentence's end, an attribution
  // (", according to ...") or a trailing participle (", resting on ...").
  size_t ClauseEnd(const SentenceInfo& si, size_t b) const {
    const auto& t = T(si);
    size_t e = t.size();
    for (size_t k = b; k + 1 < t.size(); ++k) {
      if (t[k].lower == "and" && k > b + 1 && k + 2 < t.size() && t[k + 1].word && !t[k + 1].cap &&
          t[k + 1].lower.size() > 4 && t[k + 1].lower.compare(t[k + 1].lower.size() - 2, 2, "ed") == 0 &&
          Is(Lexicon::kObjectStart, t[k + 2])) {
        e = k;  // "... and signed a memorandum": a second predicate of the subject
        break;
      }
      if (t[k].text != "," && t[k].text != ";") continue;
      const std::string& next = t[k + 1].lower;
      if (Is(Lexicon::kClauseEnd, t[k + 1]) ||
          (next.size() > 4 && next.compare(next.size() - 3, 3, "ing") == 0)) {
        e = k;
        break;
      }
    }
    while (e > b && (t[e - 1].text == "." || t[e - 1].text == "\"" || t[e - 1].text == ",")) --e;
    return e;
  }

  // Whether the words in [b, e) after a meeting's mention show that a place after them belongs
  // to something else ("the talks are the crisis in Ukraine", "comes ahead of the G7 summit to be held
  // in Hiroshima"; lexicon place_gap_break).
  bool GapBreaks(const SentenceInfo& si, size_t b, size_t e) const {
    for (size_t k = b; k < e; ++k) {
      size_t len = 0;
      if (!g_.MatchLexicon(Lexicon::kPlaceGapBreak, T(si), k, len).empty()) return true;
    }
    return false;
  }

  // "agreed on the framework at the meeting ...": "the" (anaphor_determiner) and at most two
  // words before an agreement noun, with no "for"/"on"/"of" (name_continuation) after it, refers back to the
  // latest agreement of the story whose name holds that noun. -1 when there is none.
  // With `generic`, "the agreement" (the kind's own word) whose name no agreement holds is the
  // story's latest agreement ("attended the signing of the agreement" after "agreed on a
  // Hydrogen Alliance").
  // `end`, when given, is set to the token after the phrase's noun.
  long AgreementAnaphor(const SentenceInfo& si, size_t b, size_t e, bool generic = false,
                        size_t* end = nullptr) const {
    const auto& t = T(si);
    if (b >= e || !Is(Lexicon::kAnaphorDeterminer, t[b])) return -1;
    for (size_t k = b + 1; k < e && k <= b + 3; ++k) {
      size_t len = 0;
      if (g_.MatchLexicon(Lexicon::kAgreementHead, t, k, len).empty()) {
        if (!t[k].word || t[k].cap) return -1;  // a name ("the Paris Agreement") is no anaphor
        continue;
      }
      const size_t after = k + len;
      if (after < e && Is(Lexicon::kNameContinuation, t[after])) return -1;
      if (end) *end = after;
      const std::string head = AsciiLower(Surface(si, k, after));
      // For the patterns, only an agreement named before the phrase ("who signed the agreement
      // ..., praised the new Water Accord" is not about the Water Accord).
      auto earlier = [&](const ExtractedNode& node) {
        return !generic || (!node.mentions.empty() && node.mentions.front().start < t[b].start);
      };
      for (size_t n = builder_.node_count(); n-- > 0;) {
        const ExtractedNode& node = builder_.node(n);
        if (node.kind == "agreement" && AsciiLower(node.name).find(head) != std::string::npos && earlier(node)) {
          return static_cast<long>(n);
        }
      }
      // "the agreement", "this agreement" (not "that agreement", which is as often "recalled
      // that agreement was reached"): the latest agreement.
      if (!generic || head != "agreement" || t[b].lower == "that") return -1;
      for (size_t n = builder_.node_count(); n-- > 0;) {
        if (builder_.node(n).kind == "agreement" && earlier(builder_.node(n))) return static_cast<long>(n);
      }
      return -1;
    }
    return -1;
  }

  // "New Delhi and Tokyo agreed on promoting ...": an agreement named by the clause after the
  // trigger, its parties the subject's countries, reached at the meeting of the sentence (or in
  // focus). "The two ministers signed the Treaty of Aachen": an instrument named in the sentence,
  // signed by the officials who signed it.
  void Agreements(const SentenceInfo& si, const std::vector<std::pair<size_t, size_t>>& meetings) {
    const auto& t = T(si);
    for (size_t i = si.body_from; i < t.size(); ++i) {
      size_t len = 0;
      const std::string kind = g_.MatchLexicon(Lexicon::kAgree, t, i, len);
      if (kind.empty()) continue;
      const std::string rule = "agree:" + Surface(si, i, i + len);
      long agreement = -1;
      if (kind == "instrument") {
        // The instrument named right after the trigger, or before it ("was signed").
        size_t k = i + len;
        while (k < t.size() && (t[k].lower == "the" || t[k].lower == "a" || t[k].lower == "an")) ++k;
        const Mention* after = MentionAt(si, k);
        if (after && after->type == MT::kAgreement && after->node >= 0) agreement = after->node;
        for (const Mention& m : si.m) {
          if (agreement < 0 && m.type == MT::kAgreement && m.node >= 0 && m.e <= i) agreement = m.node;
        }
        if (agreement < 0) continue;
        for (size_t official : OfficialsIn(si, si.body_from, i)) {
          builder_.Edge(official, "signed", static_cast<size_t>(agreement), si.s->span, rule);
        }
      } else {
        size_t b = i + len;
        // "agreed that they would answer ...": drop the restated subject.
        while (b < t.size() && Is(Lexicon::kRestatedSubject, t[b]) && t[i + len - 1].lower == "that") ++b;
        const size_t e = ClauseEnd(si, b);
        if (e <= b + 1 || !t[b].word) continue;
        const Mention* named = MentionAt(si, b < t.size() && t[b].lower == "the" ? b + 1 : b);
        if (named && named->type == MT::kAgreement && named->node >= 0) {
          agreement = named->node;
        } else if (const long earlier = AgreementAnaphor(si, b, e); earlier >= 0) {
          agreement = earlier;
        } else {
          agreement = static_cast<long>(AgreementNode(si, b, e, rule));
        }
      }
      const std::set<size_t> parties = SubjectParties(si, i);
      long meeting = meetings.empty() ? focus_meeting_ : static_cast<long>(meetings.front().second);
      for (size_t p : parties) {
        builder_.Edge(p, "party_to", static_cast<size_t>(agreement), si.s->span, "agree:subject");
      }
      if (parties.empty()) {
        // "Both sides agreed ...": the parties are the meeting's participants.
        pending_parties_.push_back({static_cast<size_t>(agreement), meeting, si.s->span});
      }
      if (meeting >= 0) {
        builder_.Edge(static_cast<size_t>(agreement), "agreed_at", static_cast<size_t>(meeting),
                      si.s->span, "agree:at-meeting");
        agreement_meeting_[static_cast<size_t>(agreement)] = static_cast<size_t>(meeting);
      }
      // A second predicate may follow ("pledged to strengthen ties and agreed to ..."): scan on
      // from the end of this one's clause.
      if (kind == "instrument") break;
      i = ClauseEnd(si, i + len) - 1;
    }
    ReachedAt(si);
    AgreementList(si, meetings);
  }

  // "six agreements were signed, covering healthcare, digital technologies and food processing":
  // one agreement for each field listed, reached at the meeting in focus by its participants.
  void AgreementList(const SentenceInfo& si, const std::vector<std::pair<size_t, size_t>>& meetings) {
    const auto& t = T(si);
    for (size_t i = si.body_from; i < t.size(); ++i) {
      if (!Is(Lexicon::kAgreementPlural, t[i])) continue;
      size_t k = i + 1;
      while (k < t.size() && k < i + 6 && !Is(Lexicon::kTopicIntro, t[k])) ++k;
      if (k >= t.size() || !Is(Lexicon::kTopicIntro, t[k])) return;
      ++k;
      if (k < t.size() && (t[k].lower == "the" || t[k].lower == "fields" || t[k].lower == "areas")) ++k;
      if (k < t.size() && t[k].lower == "of") ++k;
      size_t end = t.size();
      while (end > k && (t[end - 1].text == "." || t[end - 1].text == "\"")) --end;
      // Items: comma-separated, the last pair joined by "and".
      std::vector<std::pair<size_t, size_t>> items;
      size_t from = k;
      for (size_t q = k; q <= end; ++q) {
        if (q == end || t[q].text == ",") {
          if (q > from) items.push_back({from, q});
          from = q + 1;
        }
      }
      if (items.size() < 2) return;
      auto& last = items.back();
      for (size_t q = last.first + 1; q < last.second; ++q) {
        if (t[q].lower == "and") {
          items.push_back({q + 1, last.second});
          items[items.size() - 2].second = q;
          break;
        }
      }
      const long meeting = meetings.empty() ? focus_meeting_ : static_cast<long>(meetings.front().second);
      for (const auto& [b, e] : items) {
        if (e <= b || e - b > 12) continue;
        const std::string name = "agreement on " + Surface(si, b, e);
        size_t agreement = builder_.Node("agreement:" + NormalizeName(name), "agreement", name, "pattern:agreement-list");
        builder_.Mention(agreement, SpanOf(si, b, e), "");
        event_sig_.emplace(agreement, SeriesSignature(si, b, e));
        if (meeting >= 0) {
          builder_.Edge(agreement, "agreed_at", static_cast<size_t>(meeting), si.s->span, "pattern:agreement-list");
          agreement_meeting_[agreement] = static_cast<size_t>(meeting);
        }
        pending_parties_.push_back({agreement, meeting, si.s->span});
      }
      return;
    }
  }

  // "an agreement that was reached at the South Korea-Japan summit": an agreement named by the
  // meeting where it was reached.
  void ReachedAt(const SentenceInfo& si) {
    const auto& t = T(si);
    for (size_t i = si.body_from; i + 2 < t.size(); ++i) {
      if (t[i].lower != "agreement" && t[i].lower != "agreements") continue;
      if (MentionAt(si, i)) continue;
      for (size_t k = i + 1; k + 2 < t.size() && k <= i + 4; ++k) {
        if (!Is(Lexicon::kReachVerb, t[k]) || (t[k + 1].lower != "at" && t[k + 1].lower != "during")) continue;
        size_t q = k + 2;
        if (q < t.size() && t[q].lower == "the") ++q;
        const Mention* m = MentionAt(si, q);
        if (!m || m->type != MT::kMeeting || m->node < 0) continue;
        const size_t meeting = static_cast<size_t>(m->node);
        const std::string name = "agreement " + t[k].lower + " at the " + builder_.node(meeting).name;
        size_t agreement = builder_.Node("agreement:at:" + std::to_string(meeting), "agreement", name,
                                         "pattern:agreement-reached-at");
        builder_.Mention(agreement, SpanOf(si, i, i + 1), "");
        builder_.Edge(agreement, "agreed_at", meeting, si.s->span, "pattern:agreement-reached-at");
        pending_parties_.push_back({agreement, static_cast<long>(meeting), si.s->span});
        agreement_meeting_[agreement] = meeting;
        return;
      }
    }
  }

  // "the Special Strategic and Global Partnership between India and Japan", "U.S.-Vietnam
  // Comprehensive Partnership": the countries in or right after the name are its parties.
  void NamedAgreementParties(const SentenceInfo& si, const Mention& m) {
    const auto& t = T(si);
    std::set<size_t> parties;
    for (const Mention& c : si.m) {
      if ((c.type == MT::kCountry || c.type == MT::kOrg) && c.node >= 0 && c.b >= m.b && c.e <= m.e) {
        parties.insert(static_cast<size_t>(c.node));
      }
    }
    size_t k = m.e;
    if (k < t.size() && t[k].lower == "between") {
      for (++k; k < t.size(); ++k) {
        const Mention* c = MentionAt(si, k);
        if (c && c->type == MT::kCountry && c->node >= 0) {
          parties.insert(static_cast<size_t>(c->node));
          k = c->e - 1;
        } else if (t[k].lower != "and" && t[k].text != ",") {
          break;
        }
      }
    }
    for (size_t p : parties) {
      builder_.Edge(p, "party_to", static_cast<size_t>(m.node), si.s->span, "agreement:named-parties");
    }
    // A joint statement is issued by the meeting's participants, at the meeting.
    const std::string key = NormalizeName(Surface(si, m.b, m.e));
    if (key.find("joint statement") != std::string::npos && focus_meeting_ >= 0) {
      builder_.Edge(static_cast<size_t>(m.node), "agreed_at", static_cast<size_t>(focus_meeting_), si.s->span,
                    "agreement:joint-statement");
      if (parties.empty()) pending_parties_.push_back({static_cast<size_t>(m.node), focus_meeting_, si.s->span});
    }
  }

  // ---- after all sentences ---------------------------------------------------------------

  // One story's unnumbered mention of a series' meeting ("a two-day annual summit") on the day of
  // a numbered round it names ("the 14th Annual Summit") is that round.
  void MergeOccurrencesIntoRounds() {
    std::map<size_t, std::vector<size_t>> series;
    for (const ExtractedEdge& e : builder_.edges()) {
      if (e.relation == "round_of") series[e.target].push_back(e.source);
    }
    for (const auto& [dialogue, meetings] : series) {
      for (size_t occurrence : meetings) {
        const ExtractedNode& o = builder_.node(occurrence);
        if (o.attrs.count("round") || o.date.empty()) continue;
        for (size_t round : meetings) {
          const ExtractedNode& r = builder_.node(round);
          if (round == occurrence || !r.attrs.count("round") || r.date != o.date) continue;
          AbsorbMeeting(round, occurrence);
          break;
        }
      }
    }
  }

  // A meeting made from "X met Y" in a story that names a meeting nobody is yet known to have
  // attended, on a compatible date (or undated), between the same sides, is that meeting: "Kishida
  // held a meeting ... with Modi" is the summit the story names. With several such meetings, the
  // one whose name shares a word with the people's offices ("Defence Ministerial Meeting" for
  // the defence ministers) is chosen; otherwise none.
  void MergeImplicitIntoNamed() {
    std::vector<size_t> implicit, named;
    for (size_t n = 0; n < builder_.node_count(); ++n) {
      const ExtractedNode& node = builder_.node(n);
      if (node.kind != "meeting") continue;
      auto rule = node.attrs.find("rule");
      if (rule == node.attrs.end()) continue;
      if (rule->second.rfind("implicit:", 0) == 0) implicit.push_back(n);
      else if (rule->second.rfind("pattern:", 0) == 0 && rule->second != "pattern:visit") named.push_back(n);
    }
    auto sides = [&](size_t meeting) {
      std::set<size_t> out;
      auto it = meeting_countries_.find(meeting);
      if (it != meeting_countries_.end()) {
        for (const auto& [country, span] : it->second) out.insert(country);
      }
      return out;
    };
    for (size_t m : implicit) {
      std::set<size_t> people_sides;
      std::set<std::string> office_words;
      for (const auto& [person, span] : role_holders_[m]) {
        for (const auto& [off, country] : pending_represents_) {
          if (off == person) people_sides.insert(CountryNode(country));
        }
        auto title = builder_.node(person).attrs.find("title");
        if (title != builder_.node(person).attrs.end()) {
          for (const std::string& w : PersonNameWords(title->second)) office_words.insert(w);
        }
      }
      std::vector<size_t> candidates, preferred;
      for (size_t n : named) {
        const std::string& a = builder_.node(n).date;
        const std::string& b = builder_.node(m).date;
        const bool same_day = a.empty() || b.empty() || a.rfind(b, 0) == 0 || b.rfind(a, 0) == 0;
        if (!role_holders_[n].empty() || !same_day) continue;
        const std::set<size_t> have = sides(n);
        if (people_sides.empty() || !std::includes(have.begin(), have.end(), people_sides.begin(), people_sides.end())) continue;
        candidates.push_back(n);
        for (const std::string& w : PersonNameWords(builder_.node(n).name)) {
          if (w.size() > 3 && w != "minister" && w != "ministers" && office_words.count(w)) {
            preferred.push_back(n);
            break;
          }
        }
      }
      if (candidates.size() == 1) AbsorbMeeting(candidates.front(), m);
      else if (preferred.size() == 1) AbsorbMeeting(preferred.front(), m);
    }
  }

  void AbsorbMeeting(size_t into, size_t from) {
    builder_.Absorb(into, from);
    for (auto* map : {&meeting_countries_, &role_holders_}) {
      auto it = map->find(from);
      if (it == map->end()) continue;
      (*map)[into].insert(it->second.begin(), it->second.end());
      map->erase(it);
    }
    for (auto& [agreement, meeting, span] : pending_parties_) {
      if (meeting == static_cast<long>(from)) meeting = static_cast<long>(into);
    }
    for (auto* map : {&agreement_meeting_, &statement_meeting_}) {
      for (auto& [agreement, meeting] : *map) {
        if (meeting == from) meeting = into;
      }
    }
    if (focus_meeting_ == static_cast<long>(from)) focus_meeting_ = static_cast<long>(into);
  }

  // What signing an instrument implies (GUIDELINES: parties are those who concluded it): the
  // signatory's country is a party, and a signatory was at the occasion where it was signed.
  void SignatoryRoles() {
    // Live edges only: Absorb() leaves the edges it re-made behind.
    std::vector<std::tuple<size_t, size_t, Span>> signatures;
    std::vector<std::pair<size_t, size_t>> signed_at;  // (agreement, meeting)
    for (size_t i = 0; i < builder_.edges().size(); ++i) {
      const ExtractedEdge& e = builder_.edges()[i];
      if (!builder_.IsLive(i)) continue;
      if (e.relation == "signed" && !e.evidence.empty()) signatures.emplace_back(e.source, e.target, e.evidence.front().span);
      if (e.relation == "agreed_at" && builder_.node(e.target).kind == "meeting") signed_at.emplace_back(e.source, e.target);
    }
    for (const auto& [official, agreement, span] : signatures) {
      for (const auto& [off, country] : pending_represents_) {
        if (off == official) builder_.Edge(CountryNode(country), "party_to", agreement, span, "agreement:signatory-party");
      }
      for (const auto& [a, meeting] : signed_at) {
        if (a != agreement || builder_.HasEdge(official, "chaired", meeting) ||
            builder_.HasEdge(official, "cochaired", meeting)) {
          continue;
        }
        builder_.Edge(official, "attended", meeting, span, "meeting:signatory");
        role_holders_[meeting].insert({official, span});
      }
    }
  }

  void Finish() {
    story_countries_ = DominantCountries();  // mentions are final once the sentences are read
    MergeOccurrencesIntoRounds();
    MergeImplicitIntoNamed();
    // Officials: the country they serve, the body they belong to.
    for (const auto& [official, country] : pending_represents_) {
      size_t c = CountryNode(country);
      builder_.Edge(official, "represents", c, FirstEvidence(official), "official:title-country");
    }
    for (const auto& [official, org] : pending_member_of_) {
      builder_.Edge(official, "member_of", org, FirstEvidence(official), "official:title-body");
    }
    // Offices over time: each titled official's office as this document reports it.
    for (const auto& [key, off] : officials_) {
      auto sightings = office_sightings_.find(off.node);
      if (off.title.empty() || sightings == office_sightings_.end()) continue;
      long country = -1;  // the country it represents (never a new country node)
      for (const auto& [official, c] : pending_represents_) {
        if (official == off.node) country = static_cast<long>(CountryNode(c));
      }
      for (ExtractedOffice& o : extract::OfficeReports(off.node, off.title, country, off.org_node, sightings->second)) {
        builder_.Office(std::move(o));
      }
    }
    // Government bodies belong to their country when the document names it.
    for (const auto& [org, owner] : org_owner_) {
      if (!DocumentNamesCountry(owner.first)) continue;
      builder_.Edge(org, "part_of", CountryNode(owner.first), owner.second, "organization:owner");
    }
    SignatoryRoles();
    VisitPlaces();
    // Participants: countries named with the meeting, and the countries of its officials.
    for (const auto& [meeting, holders] : role_holders_) {
      for (const auto& [official, span] : holders) {
        for (const auto& [off, country] : pending_represents_) {
          if (off == official) meeting_countries_[meeting].insert({CountryNode(country), span});
        }
      }
    }
    // A body's meeting has its member countries as participants.
    for (const auto& [group, meetings] : group_meetings_) {
      for (size_t meeting : meetings) {
        for (size_t c : members_[group_body_[group]]) {
          meeting_countries_[meeting].insert({c, FirstMention(meeting)});
        }
      }
    }
    InferCounterparts();
    // In a bilateral story, a meeting whose sides the text leaves implicit is between the two
    // countries the story is about (unless it is a body's meeting or names other sides).
    const std::set<std::string>& sides = story_countries_;
    if (!sides.empty()) {
      std::set<size_t> bodies;
      for (const auto& [group, meetings] : group_meetings_) bodies.insert(meetings.begin(), meetings.end());
      for (size_t n = 0; n < builder_.node_count(); ++n) {
        if (builder_.node(n).kind != "meeting" || bodies.count(n)) continue;
        auto& known = meeting_countries_[n];
        bool inside = known.size() < 2;
        for (const auto& [country, span] : known) {
          auto iso = builder_.node(country).attrs.find("iso");
          inside = inside && iso != builder_.node(country).attrs.end() && sides.count(iso->second);
        }
        if (!inside) continue;
        for (const std::string& iso : sides) known.insert({CountryNode(g_.CountryByIso(iso)), FirstMention(n)});
      }
    }
    for (const auto& [meeting, countries] : meeting_countries_) {
      for (const auto& [country, span] : countries) {
        builder_.Edge(country, "participant", meeting, span, "meeting:participant");
      }
    }
    const std::set<std::string>& dominant = story_countries_;
    for (const auto& [agreement, meeting, span] : pending_parties_) {
      auto it = meeting >= 0 ? meeting_countries_.find(static_cast<size_t>(meeting)) : meeting_countries_.end();
      if (it != meeting_countries_.end() && !it->second.empty()) {
        for (const auto& [country, unused] : it->second) {
          builder_.Edge(country, "party_to", agreement, span, "agree:meeting-participants");
        }
        continue;
      }
      // No meeting with known sides: a bilateral story's two countries.
      for (const std::string& iso : dominant) {
        builder_.Edge(CountryNode(g_.CountryByIso(iso)), "party_to", agreement, span, "agree:story-countries");
      }
    }
    for (const auto& [agreement, meeting] : agreement_meeting_) {
      builder_.SetDate(agreement, builder_.node(meeting).date);
    }
    // Two or more meetings of one body's group make a series.
    for (const auto& [group, meetings] : group_meetings_) {
      if (meetings.size() < 2) continue;
      std::string noun = group_noun_[group];
      for (size_t k = 0; k < noun.size(); ++k) {
        if (k == 0 || noun[k - 1] == ' ') noun[k] = static_cast<char>(std::toupper(static_cast<unsigned char>(noun[k])));
      }
      const std::string body = builder_.node(group_body_[group]).name;
      size_t dialogue = builder_.Node("dialogue:group:" + group, "dialogue", body + " " + noun + " Meeting",
                                      "group:series");
      const std::string sig = NormalizeName(body) + "," + NormalizeName(noun);
      dialogue_info_[dialogue] = {sig, {}, SignatureWords(sig)};
      for (size_t meeting : meetings) {
        builder_.Edge(meeting, "round_of", dialogue, FirstMention(meeting), "group:series");
      }
    }
    Follows();
    // Places: in their city (districts, venues) or country, when the document names it.
    for (const auto& [place, parent] : place_parent_node_) {
      builder_.Edge(place, "located_in", parent.first, parent.second, "place:possessive");
    }
    for (const auto& [place, parent_name] : place_parent_) {
      if (place_parent_node_.count(place)) continue;
      const std::string key = "place:" + NormalizeName(parent_name);
      if (builder_.Has(key)) {
        builder_.Edge(place, "located_in", builder_.At(key), FirstMention(place), "gazetteer:parent");
        place_parent_node_[place] = {builder_.At(key), FirstMention(place)};
      }
    }
    for (const auto& [place, country] : place_country_) {
      if (place_parent_node_.count(place) || country < 0) continue;
      if (!countries_seen_.count(country) && !DocumentNamesCountry(country)) continue;
      builder_.Edge(place, "located_in", CountryNode(country), FirstMention(place), "gazetteer:country");
    }
    NameGenericAgreements();
    IdentityKeys();
  }

  // "the free trade agreement", "a memorandum of understanding": an agreement named only by
  // lower-case words of its kind is named after its parties ("Chile-Peru free trade agreement",
  // the text's form kept as an alias). A store merges nodes of one name, so without this the
  // unrelated fisheries agreements of two stories would become one node.
  static constexpr size_t kGenericNameWords = 5;
  void NameGenericAgreements() {
    std::map<size_t, std::set<std::string>> parties;  // agreement -> party country names
    for (const ExtractedEdge& e : builder_.edges()) {
      if (e.relation == "party_to" && builder_.node(e.source).kind == "country") {
        parties[e.target].insert(builder_.node(e.source).name);
      }
    }
    for (auto& [agreement, names] : parties) {
      if (names.size() < 2) continue;
      const std::string& name = builder_.node(agreement).name;
      std::vector<Token> words = internal::Tokenize(name);
      g_.Annotate(words);
      // Lower-case words, few of them, one an instrument's kind (lexicon agreement_head): not a
      // commitment named by its verb ("deepen their trade ties").
      bool generic = !words.empty() && words.size() <= kGenericNameWords, kind = false;
      for (size_t k = 0; k < words.size() && generic; ++k) {
        generic = !words[k].cap && !words[k].number;
        size_t len = 0;
        kind |= !g_.MatchLexicon(Lexicon::kAgreementHead, words, k, len).empty();
      }
      if (!generic || !kind) continue;
      builder_.Rename(agreement, Join(names, "-") + " " + name);
    }
  }

  // A bilateral story's two countries: the two named most, when together they are most of the
  // country mentions (70%) and the second clearly leads the third. Empty otherwise.
  std::set<std::string> DominantCountries() const {
    std::map<std::string, int> counts;
    int total = 0;
    for (const auto& si : infos_) {
      for (const Mention& m : si.m) {
        if (m.type == MT::kCountry && m.gaz >= 0) {
          ++counts[g_.countries()[m.gaz].iso];
          ++total;
        }
      }
    }
    std::vector<std::pair<int, std::string>> ranked;
    for (const auto& [iso, n] : counts) ranked.push_back({n, iso});
    std::sort(ranked.rbegin(), ranked.rend());
    if (ranked.size() >= 2 && ranked[0].first + ranked[1].first >= 0.7 * total &&
        (ranked.size() == 2 || ranked[1].first > ranked[2].first)) {
      return {ranked[0].second, ranked[1].second};
    }
    return {};
  }

  // "2018-10-29" -> {"2018-10-29", "2018-10", "2018"}: a meeting dated to the day in one report
  // and to the month or year in another shares a key at the coarser precision (the store still
  // checks that the dates agree).
  static std::vector<std::string> DatePrefixes(const std::string& date) {
    std::vector<std::string> out;
    if (date.size() >= 10) out.push_back(date.substr(0, 10));
    if (date.size() >= 7) out.push_back(date.substr(0, 7));
    if (date.size() >= 4) out.push_back(date.substr(0, 4));
    return out;
  }

  // Keys that let the store recognise these entities in other documents however they are
  // phrased: a series by its countries and signature, a round by its series and number, a dated
  // meeting by its countries, signature and date, an agreement by its parties and signature.
  void IdentityKeys() {
    auto iso = [&](size_t country) {
      auto it = builder_.node(country).attrs.find("iso");
      return it == builder_.node(country).attrs.end() ? std::string() : it->second;
    };
    std::map<size_t, std::set<std::string>> participants, parties;
    std::map<size_t, size_t> series_of;
    for (const ExtractedEdge& e : builder_.edges()) {
      if (e.relation == "participant" && builder_.node(e.source).kind == "country") {
        participants[e.target].insert(iso(e.source));
      }
      if (e.relation == "party_to" && builder_.node(e.source).kind == "country") {
        parties[e.target].insert(iso(e.source));
      }
      if (e.relation == "round_of") series_of[e.source] = e.target;
    }
    const std::set<std::string>& dominant = story_countries_;
    std::map<size_t, std::string> series_key;
    for (const auto& [dialogue, info] : dialogue_info_) {
      std::set<std::string> isos = info.isos;
      for (const auto& [meeting, d] : series_of) {
        if (d == dialogue && isos.size() < 2 && participants[meeting].size() >= 2) isos = participants[meeting];
      }
      if (isos.size() < 2 && !dominant.empty() &&
          std::includes(dominant.begin(), dominant.end(), isos.begin(), isos.end())) {
        isos = dominant;
      }
      if (isos.size() < 2) continue;  // a series with fewer than two known sides is too vague to merge
      series_key[dialogue] = "series:" + Join(isos, "-") + ":" + info.sig;
      builder_.AddIdentityKey(dialogue, series_key[dialogue]);
      // "the Fifth 2+2 Meeting": a series named without its sides is named with them
      // ("Australia-Indonesia 2+2 Meeting"), the text's form kept as an alias.
      if (info.isos.empty() && isos.size() == 2) {
        std::string sides;
        for (const std::string& code : isos) {
          if (!sides.empty()) sides += '-';
          sides += g_.countries()[g_.CountryByIso(code)].name;
        }
        builder_.Rename(dialogue, sides + " " + builder_.node(dialogue).name);
      }
    }
    for (size_t n = 0; n < builder_.node_count(); ++n) {
      const ExtractedNode& node = builder_.node(n);
      auto sig = event_sig_.find(n);
      if (node.kind == "meeting") {
        auto series = series_of.find(n);
        if (series != series_of.end() && series_key.count(series->second)) {
          const std::string& key = series_key[series->second];
          auto round = node.attrs.find("round");
          if (round != node.attrs.end()) builder_.AddIdentityKey(n, "round:" + key + "#" + round->second);
          for (const std::string& d : DatePrefixes(node.date)) builder_.AddIdentityKey(n, "occurrence:" + key + "@" + d);
        }
        if (sig != event_sig_.end() && !participants[n].empty()) {
          for (const std::string& d : DatePrefixes(node.date)) {
            builder_.AddIdentityKey(n, "event:" + Join(participants[n], "-") + ":" + sig->second + "@" + d);
          }
        }
      } else if (node.kind == "agreement" && sig != event_sig_.end() && !parties[n].empty()) {
        builder_.AddIdentityKey(n, "agreement:" + Join(parties[n], "-") + ":" + sig->second);
      }
    }
  }

  // Officials at a two-country meeting whose country the text does not give serve the side the
  // other officials do not: Modi meeting Japan's Motegi at an India-Japan meeting is India's.
  void InferCounterparts() {
    for (const auto& [meeting, holders] : role_holders_) {
      auto it = meeting_countries_.find(meeting);
      if (it == meeting_countries_.end()) continue;
      std::set<size_t> sides;
      for (const auto& [country, span] : it->second) sides.insert(country);
      if (sides.size() != 2) continue;
      std::set<size_t> known;
      std::vector<std::pair<size_t, Span>> unknown;
      for (const auto& [official, span] : holders) {
        bool has = false;
        for (const auto& [off, country] : pending_represents_) {
          if (off == official) {
            known.insert(CountryNode(country));
            has = true;
          }
        }
        if (!has) unknown.push_back({official, span});
      }
      if (known.size() != 1 || !sides.count(*known.begin()) || unknown.empty()) continue;
      size_t other = *sides.begin() == *known.begin() ? *sides.rbegin() : *sides.begin();
      for (const auto& [official, span] : unknown) {
        pending_represents_.insert({official, country_index_[other]});
        builder_.Edge(official, "represents", other, span, "inferred:counterpart");
      }
    }
  }

  // Meetings of one series in order: a round follows the round numbered just before it; without
  // round numbers, a dated meeting follows the latest earlier dated one.
  void Follows() {
    std::map<size_t, std::vector<size_t>> series;
    for (const ExtractedEdge& e : builder_.edges()) {
      if (e.relation == "round_of") series[e.target].push_back(e.source);
    }
    for (auto& [dialogue, meetings] : series) {
      std::map<int, size_t> rounds;
      std::vector<std::pair<std::string, size_t>> dated;
      for (size_t m : meetings) {
        auto r = builder_.node(m).attrs.find("round");
        if (r != builder_.node(m).attrs.end()) rounds[std::atoi(r->second.c_str())] = m;
        if (!builder_.node(m).date.empty()) dated.push_back({builder_.node(m).date, m});
      }
      for (const auto& [number, meeting] : rounds) {
        auto prev = rounds.find(number - 1);
        if (prev != rounds.end()) {
          builder_.Edge(meeting, "follows", prev->second, FirstEvidence(meeting), "series:round-order");
        }
      }
      if (rounds.size() >= 2) continue;
      std::sort(dated.begin(), dated.end());
      for (size_t k = 1; k < dated.size(); ++k) {
        if (dated[k].first.rfind(dated[k - 1].first, 0) == 0 || dated[k - 1].first.rfind(dated[k].first, 0) == 0) {
          continue;  // same or overlapping dates: order unknown
        }
        builder_.Edge(dated[k].second, "follows", dated[k - 1].second, FirstEvidence(dated[k].second),
                      "series:date-order");
      }
    }
  }

  Span FirstEvidence(size_t node) {
    auto it = official_evidence_.find(node);
    if (it != official_evidence_.end() && !it->second.empty()) return it->second.front();
    return FirstMention(node);
  }

  // The sentence holding the node's first mention.
  Span FirstMention(size_t node) const {
    const auto& mentions = builder_.node(node).mentions;
    if (mentions.empty()) return {0, 0};
    for (const auto& s : sentences_) {
      if (s.span.start <= mentions.front().start && mentions.front().end <= s.span.end) return s.span;
    }
    return mentions.front();
  }

  const Gazetteer& g_;
  const extract::PatternSet& patterns_;
  std::vector<PatternTrace>* trace_;  // where pattern matches are listed, or nullptr
  const SourceDocument& src_;
  const std::string& text_;
  Date published_;
  Date story_;  // FindStoryDate
  std::vector<Sentence> sentences_;
  std::vector<SentenceInfo> infos_;
  GraphBuilder builder_;

  std::map<std::string, Official> officials_;  // by normalised name
  // Offices over time (extract/office_time.h): each official's mentions with their cues.
  const extract::OfficeTimeLexicon* office_time_ = [] {
    auto lexicon = extract::OfficeTimeLexicon::LoadEmbedded();
    return lexicon.ok() ? lexicon.value().get() : nullptr;
  }();
  std::map<size_t, std::vector<extract::OfficeSighting>> office_sightings_;
  std::unordered_map<std::string, const Official*> surnames_;  // name word -> official, or null
  std::map<size_t, std::vector<Span>> official_evidence_;
  std::set<std::pair<size_t, int>> pending_represents_;
  std::set<std::pair<size_t, size_t>> pending_member_of_;
  std::map<size_t, std::pair<int, Span>> org_owner_;
  std::set<int> countries_seen_;
  std::map<size_t, int> place_country_;
  std::map<size_t, std::string> place_parent_;
  std::map<size_t, std::pair<size_t, Span>> place_parent_node_;
  struct SpanLess {
    bool operator()(const std::pair<size_t, Span>& a, const std::pair<size_t, Span>& b) const {
      return a.first < b.first;
    }
  };
  std::map<size_t, std::set<std::pair<size_t, Span>, SpanLess>> meeting_countries_;
  std::map<size_t, std::set<std::pair<size_t, Span>, SpanLess>> role_holders_;
  std::map<size_t, std::set<size_t>> dialogue_countries_;
  struct SeriesInfo {
    std::string sig;
    std::set<std::string> isos;
    std::vector<std::string> words;  // the signature's words, sorted: compared for containment
  };
  std::map<size_t, SeriesInfo> dialogue_info_;
  std::map<size_t, std::string> event_sig_;  // meetings and agreements: signature of the name
  std::map<size_t, std::map<int, size_t>> rounds_;
  std::vector<std::tuple<size_t, long, Span>> pending_parties_;
  std::map<size_t, size_t> agreement_meeting_;
  long focus_meeting_ = -1;
  long focus_dialogue_ = -1;
  std::set<long> story_groupings_;  // groupings of the gazetteer the story has named
  long last_subject_ = -1;  // the first official of the latest sentence naming one
  long last_org_ = -1;      // the latest organization named
  std::set<std::string> story_countries_;  // DominantCountries(), computed once by Finish()
  std::set<size_t> fallback_dated_;  // implicit meetings dated by the publication date
  std::map<std::string, std::set<size_t>> group_meetings_;  // "body:noun" -> meetings
  std::map<std::string, size_t> group_body_;
  std::map<std::string, std::string> group_noun_;
  std::map<size_t, std::set<size_t>> members_;  // body -> member countries
  std::map<size_t, size_t> statement_meeting_;
  std::map<size_t, int> country_index_;  // country node -> gazetteer index
  long last_place_ = -1;    // the latest place named after "in"
  std::set<size_t> placed_;  // meetings a pattern gave a place
  long dateline_country_ = -1;  // the country of the dateline's place ("ISLAMABAD:")
  long dateline_place_ = -1;    // the dateline's place itself, where "here" is
  std::map<size_t, std::string> made_tag_;  // meetings made by patterns -> their tag (call, visit, ...)
};

}  // namespace

Result<std::unique_ptr<Extractor>> Extractor::Create() {
  auto gazetteer = internal::Gazetteer::LoadEmbedded();
  if (!gazetteer.ok()) return gazetteer.status();
  auto patterns = EmbeddedPatterns();
  if (!patterns.ok()) return patterns.status();
  // Extract() reads the stage phrases each time; a broken file is an error here, not stages
  // that silently never appear.
  if (auto stages = extract::AgreementStageLexicon::LoadEmbedded(); !stages.ok()) return stages.status();
  return std::make_unique<Extractor>(std::move(gazetteer).value(), patterns.value());
}

Result<std::shared_ptr<const extract::PatternSet>> Extractor::EmbeddedPatterns() {
  static const Result<std::shared_ptr<const extract::PatternSet>> loaded =
      []() -> Result<std::shared_ptr<const extract::PatternSet>> {
    extract::PatternVocabulary vocab;
    vocab.mention_types = MentionTypeNames();
    for (int i = 0; i < static_cast<int>(Lexicon::kCount); ++i) {
      vocab.lexicon_classes.push_back(internal::LexiconName(static_cast<Lexicon>(i)));
    }
    auto set = std::make_shared<extract::PatternSet>();
    for (int i = 0; i < kPatternFiles_count; ++i) {
      Status s = set->Add(std::string(kPatternFiles[i].name), kPatternFiles[i].bytes, vocab);
      if (!s.ok()) return s;
    }
    if (Status s = CheckActions(*set); !s.ok()) return s;
    return std::shared_ptr<const extract::PatternSet>(std::move(set));
  }();
  return loaded;
}

Extractor::Extractor(std::shared_ptr<const internal::Gazetteer> gazetteer,
                     std::shared_ptr<const extract::PatternSet> patterns)
    : gazetteer_(std::move(gazetteer)), patterns_(std::move(patterns)) {
  if (!patterns_) {
    auto embedded = EmbeddedPatterns();
    // The embedded files are checked by the tests of every build; an empty set keeps a broken
    // build usable rather than crashing.
    patterns_ = embedded.ok() ? embedded.value() : std::make_shared<const extract::PatternSet>();
  }
}
Extractor::~Extractor() = default;

ExtractedGraph Extractor::Extract(const SourceDocument& source) const {
  Run run(*gazetteer_, *patterns_, source, nullptr);
  return run.Go();
}

ExtractedGraph Extractor::Extract(const SourceDocument& source, std::vector<PatternTrace>* trace) const {
  Run run(*gazetteer_, *patterns_, source, trace);
  return run.Go();
}

}  // namespace dkg
