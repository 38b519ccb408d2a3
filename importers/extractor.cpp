#include "importers/extractor.h"

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "engine/normalize.h"
#include "importers/internal/dates.h"
#include "importers/internal/gazetteer.h"
#include "importers/internal/graph_builder.h"
#include "importers/internal/sentences.h"
#include "importers/internal/tokenizer.h"

namespace dkg {

using internal::Date;
using internal::EntryType;
using internal::Gazetteer;
using internal::GraphBuilder;
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
  kDialogueRef  // "this dialogue": the dialogue in focus
};

struct Mention {
  MT type;
  size_t b = 0, e = 0;     // tokens [b, e) of the sentence
  int gaz = -1;            // gazetteer index: country for kCountry/kCapital, entry otherwise
  std::vector<int> alts;   // organization candidates sharing one name
  long node = -1;          // builder node index, once made
  bool inside_name = false;  // a country named inside a longer name ("India-Japan Dialogue")
  bool announced = false;    // a meeting named after an "announced at" trigger
};

struct SentenceInfo {
  const Sentence* s = nullptr;
  std::vector<Mention> m;
  bool headline = false;
  size_t body_from = 0;  // tokens before this are a dateline ("New Delhi [India], Nov 27 :")
};

bool Contains(const std::set<std::string>& set, const std::string& s) { return set.count(s) > 0; }

// Capitalised words that start sentences or headlines but never begin a name.
const std::set<std::string>& StopCaps() {
  static const std::set<std::string> k = {
      "the", "this", "that", "these", "those", "a", "an", "in", "on", "at", "for", "with", "by",
      "from", "to", "both", "their", "its", "his", "her", "our", "and", "but", "as", "after",
      "before", "during", "while", "when", "today", "yesterday", "he", "she", "they", "it", "we",
      "i", "also", "however", "meanwhile", "according", "highlighting", "earlier", "later",
      "there", "here", "following", "further", "under", "over", "since", "per", "amid", "all",
      "each", "every", "other", "another", "some", "such", "what", "which", "who", "whom", "why",
      "how", "if", "then", "thus", "than", "not", "no", "yes", "dating", "recognising",
      "recognizing", "noting", "welcoming", "reaffirming", "stressing", "underlining",
      "last", "next", "new", "modern", "photo", "read", "also", "said", "says", "he's", "she's",
      "will", "would", "mr", "ms"};
  return k;
}

bool IsStopCap(const Token& t) { return Contains(StopCaps(), t.lower); }

bool IsMonthOrDay(const Token& t) {
  static const std::set<std::string> k = {
      "january", "february", "march", "april", "may", "june", "july", "august", "september",
      "october", "november", "december", "jan.", "feb.", "aug.", "sept.", "oct.", "nov.", "dec.",
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
  return Contains(k, t.lower);
}

// "14th", "23rd", "2nd": a numeric ordinal.
int NumericOrdinal(const Token& t) {
  if (!t.number || t.text.size() < 3) return 0;
  const std::string suffix = t.lower.substr(t.lower.size() - 2);
  if (suffix != "st" && suffix != "nd" && suffix != "rd" && suffix != "th") return 0;
  return std::atoi(t.text.c_str());
}

// Verbs and phrases that put a statement in the future: weekdays then point forward.
bool FutureTense(const Sentence& s) {
  static const std::set<std::string> k = {"will", "shall", "scheduled", "upcoming", "to be held",
                                          "next", "would"};
  for (const Token& t : s.tokens) {
    if (Contains(k, t.lower)) return true;
  }
  return false;
}

const std::set<std::string>& GovernmentOrgKinds() {
  static const std::set<std::string> k = {"ministry", "agency", "legislature", "military",
                                          "department", "office"};
  return k;
}

class Run {
 public:
  Run(const Gazetteer& g, const SourceDocument& src) : g_(g), src_(src), text_(src.document.text) {
    if (auto d = internal::ParseDateText(src.document.date)) published_ = *d;
  }

  ExtractedGraph Go() {
    // The headline is a sentence of its own (paragraph -1); the body follows.
    const auto& doc = src_.document;
    size_t title_end = text_.find('\n');
    if (title_end == std::string::npos) title_end = text_.size();
    int64_t title_begin = 0;
    while (title_begin < static_cast<int64_t>(title_end) &&
           (text_[title_begin] == ' ' || text_[title_begin] == '\xEF' ||
            static_cast<unsigned char>(text_[title_begin]) >= 0xBB)) {
      ++title_begin;
    }
    if (src_.body_begin > 0 && !doc.title.empty()) {
      sentences_ = internal::SplitSentences(text_, title_begin, static_cast<int64_t>(title_end), -1);
      for (auto& s : sentences_) s.paragraph = -1;
    }
    auto body = internal::SplitSentences(text_, src_.body_begin, static_cast<int64_t>(text_.size()));
    sentences_.insert(sentences_.end(), std::make_move_iterator(body.begin()),
                      std::make_move_iterator(body.end()));
    infos_.resize(sentences_.size());
    for (size_t i = 0; i < sentences_.size(); ++i) {
      infos_[i].s = &sentences_[i];
      infos_[i].headline = sentences_[i].paragraph < 0;
    }
    if (!infos_.empty()) {
      for (auto& si : infos_) {
        if (!si.headline) {
          si.body_from = DatelineEnd(*si.s);
          break;
        }
      }
    }
    for (auto& si : infos_) FindGazetteerMentions(si);
    for (auto& si : infos_) FindNamedPhrases(si);
    for (auto& si : infos_) FindOfficials(si);
    for (auto& si : infos_) MakeEntityNodes(si);
    for (auto& si : infos_) FindSurnameMentions(si);
    for (auto& si : infos_) Relations(si);
    Finish();
    return builder_.Take();
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

  // A dateline opens the first body sentence: "New Delhi [India], November 27 :" or
  // "TOKYO, Nov 27 (Reuters) -". Returns the token index after it, or 0.
  size_t DatelineEnd(const Sentence& s) const {
    const auto& t = s.tokens;
    for (size_t i = 0; i < t.size() && i < 14; ++i) {
      if (t[i].text == ":" || (t[i].text == "-" && t[i].space_before)) {
        bool has_date = false;
        for (size_t k = 0; k < i; ++k) {
          if (IsMonthOrDay(t[k])) has_date = true;
        }
        if (has_date) return i + 1;
      }
    }
    return 0;
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
    static const std::set<std::string> kConnectors = {"of", "and", "for", "on", "&", "de", "du",
                                                      "des", "la", "le", "between"};
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
      if (Contains(kConnectors, w.lower) && j > i && w.lower != "between") {
        size_t k = j + 1;
        if (k < t.size() && t[k].lower == "the") ++k;
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

  bool IsOrdinalWord(const Token& t) const {
    size_t len = 0;
    return !g_.MatchLexicon("ordinal", std::vector<Token>{t}, 0, len).empty();
  }

  int Ordinal(const std::vector<Token>& t, size_t i) const {
    if (i >= t.size()) return 0;
    if (int n = NumericOrdinal(t[i])) return n;
    size_t len = 0;
    std::string v = g_.MatchLexicon("ordinal", t, i, len);
    return v.empty() ? 0 : std::atoi(v.c_str());
  }

  // Removes gazetteer mentions that a longer name now covers, keeping countries (flagged as
  // inside the name) so that "India-Japan Dialogue" still names India and Japan.
  void Claim(SentenceInfo& si, size_t b, size_t e) {
    std::vector<Mention> kept;
    for (Mention& m : si.m) {
      if (m.b >= b && m.e <= e && (m.type == MT::kCountry || m.type == MT::kCapital)) {
        m.inside_name = true;
        if (m.type == MT::kCapital) m.type = MT::kCountry;
      } else if (m.b < e && b < m.e) {
        continue;
      }
      kept.push_back(m);
    }
    si.m = std::move(kept);
  }

  void AddPhrase(SentenceInfo& si, MT type, size_t b, size_t e) {
    Claim(si, b, e);
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

  // Named meetings, dialogues, agreements, organizations and venues: capitalised phrases with a
  // head word from the lexicon, and "the Nth round of D".
  void FindNamedPhrases(SentenceInfo& si) {
    const auto& t = T(si);
    const size_t n = t.size();
    // "the inaugural round of their Dialogue on X": a meeting that is a round of a dialogue.
    for (size_t i = si.body_from; i + 3 < n; ++i) {
      int ord = Ordinal(t, i);
      size_t len = 0;
      if (!ord || g_.MatchLexicon("round_noun", t, i + 1, len).empty()) continue;
      size_t k = i + 1 + len;
      if (k >= n || t[k].lower != "of") continue;
      ++k;
      while (k < n && (t[k].lower == "the" || t[k].lower == "their" || t[k].lower == "its" ||
                       t[k].lower == "this")) {
        ++k;
      }
      if (k >= n || !(t[k].cap || t[k].number)) continue;
      size_t end = ExtendRight(t, k);
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
      // Series heads: "Dialogue", "Joint Commission", "Annual Summit" in a capitalised name.
      if (!g_.MatchLexicon("series_head", t, i, len).empty() && !si.headline) {
        size_t b = ExtendLeft(t, i);
        size_t e = ExtendRight(t, i + len);
        if (e - b >= 2 && !OverlapsPhrase(si, b, e)) {
          int ord = b > 0 ? Ordinal(t, b - 1) : 0;
          AddPhrase(si, MT::kDialogue, b, e);
          if (ord) {
            // "the 14th India-Japan Annual Summit": a round of the series.
            Mention m;
            m.type = MT::kMeeting;
            m.b = b - 1;
            m.e = e;
            m.gaz = ord;
            si.m.push_back(m);
          }
          i = e - 1;
          continue;
        }
      }
      if (!g_.MatchLexicon("agreement_head", t, i, len).empty()) {
        size_t b = ExtendLeft(t, i);
        size_t e = ExtendRight(t, i + len);
        if (e - b >= 2 && !OverlapsPhrase(si, b, e)) {
          AddPhrase(si, MT::kAgreement, b, e);
          i = e - 1;
          continue;
        }
      }
      if (!g_.MatchLexicon("org_head", t, i, len).empty()) {
        size_t b = ExtendLeft(t, i);
        size_t e = ExtendRight(t, i + len);
        // "Japan-India Association" keeps its countries; "Indian Ministry of X" does not: a
        // government body's owner is not part of its name.
        while (b < i && IsCountryToken(si, b) && t[i].lower == "ministry") ++b;
        if (e - b >= 2 && !OverlapsPhrase(si, b, e) && !IsGazetteerSpan(si, b, e, MT::kTitle)) {
          if (IsGazetteerSpan(si, b, e, MT::kOrg)) {
            i = e - 1;
            continue;
          }
          AddPhrase(si, MT::kOrg, b, e);
          i = e - 1;
          continue;
        }
      }
      if (!g_.MatchLexicon("venue_head", t, i, len).empty()) {
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
    // Meetings: "India-Japan 2+2 Ministerial meeting", "Quad Foreign Ministers' Meeting".
    if (si.headline) return;
    for (size_t i = si.body_from; i < n; ++i) {
      size_t len = 0;
      if (g_.MatchLexicon("meeting_head", t, i, len).empty()) continue;
      size_t e = i + len;
      while (e < n && !g_.MatchLexicon("meeting_head", t, e, len).empty()) e += len;
      size_t b = ExtendLeft(t, i);
      if (b == i || OverlapsPhrase(si, b, e)) {
        // "the meeting", "the talks": the meeting in focus.
        if (b == i && i > 0 && (t[i - 1].lower == "the") && !OverlapsPhrase(si, i, e) &&
            (t[i].lower == "meeting" || t[i].lower == "talks" || t[i].lower == "summit")) {
          Mention m;
          m.type = MT::kMeetingRef;
          m.b = i - 1;
          m.e = e;
          si.m.push_back(m);
        }
        i = e - 1;
        continue;
      }
      // A modifier that is only a person or title is not a meeting name ("Modi's visit").
      bool named = false;
      for (size_t k = b; k < i; ++k) {
        const Mention* in = MentionAt(si, k);
        if (!in || in->type == MT::kCountry || in->type == MT::kCapital) named = true;
      }
      if (!named) {
        i = e - 1;
        continue;
      }
      int ord = b > 0 ? Ordinal(t, b - 1) : 0;
      AddPhrase(si, MT::kMeeting, b, e);
      if (ord) si.m.back().gaz = ord;
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

  bool IsNameToken(const SentenceInfo& si, size_t k) const {
    const Token& w = T(si)[k];
    if (!w.word || !w.cap || w.number || IsStopCap(w) || IsMonthOrDay(w)) return false;
    const Mention* m = MentionAt(si, k);
    return m == nullptr;
  }

  // A personal name starting at token k: capitalised words and initials, up to five.
  size_t NameEnd(const SentenceInfo& si, size_t k) const {
    static const std::set<std::string> kParticles = {"bin", "al", "de", "da", "van", "von", "la",
                                                     "del", "dos", "ibn"};
    const auto& t = T(si);
    size_t j = k;
    while (j < t.size() && j - k < 5) {
      if (IsNameToken(si, j)) {
        ++j;
      } else if (j > k && Contains(kParticles, t[j].lower) && j + 1 < t.size() &&
                 IsNameToken(si, j + 1)) {
        ++j;
      } else if (j > k && t[j].text == "-" && !t[j].space_before && j + 1 < t.size() &&
                 !t[j + 1].space_before && IsNameToken(si, j + 1)) {
        ++j;
      } else {
        break;
      }
    }
    return j;
  }

  int CountryOf(const Mention* m) const {
    return m && (m->type == MT::kCountry || m->type == MT::kCapital) ? m->gaz : -1;
  }

  // Title-anchored officials: "India's Foreign Secretary, Vikram Misri", "Japan's Vice Minister,
  // Ministry of Foreign Affairs, Masataka Okano", "Foreign Minister Hayashi Yoshimasa of Japan",
  // "Bui Thanh Son, the Foreign Minister of Vietnam", "Indian Foreign Secretary Misri".
  void FindOfficials(SentenceInfo& si) {
    if (si.headline) return;
    const auto& t = T(si);
    std::vector<Mention> found;
    for (const Mention& title : si.m) {
      if (title.type != MT::kTitle) continue;
      int country = -1;
      if (title.b >= 2 && t[title.b - 1].text == "'s") {
        country = CountryOf(MentionAt(si, title.b - 2));
      }
      if (country < 0 && title.b >= 1) {
        const Mention* before = MentionAt(si, title.b - 1);
        if (before && before->type == MT::kCountry) country = before->gaz;
      }
      size_t j = title.e;
      const Mention* org = nullptr;
      // "of Japan" right after the title.
      if (j + 1 < t.size() && t[j].lower == "of" && CountryOf(MentionAt(si, j + 1)) >= 0) {
        const Mention* c = MentionAt(si, j + 1);
        if (country < 0) country = c->gaz;
        j = c->e;
      }
      if (j < t.size() && t[j].text == ",") ++j;
      if (const Mention* m = MentionAt(si, j); m && m->type == MT::kOrg && m->b == j) {
        org = m;
        j = m->e;
        if (j < t.size() && t[j].text == ",") ++j;
      }
      while (const Mention* h = MentionAt(si, j)) {
        if (h->type != MT::kHonorific) break;
        j = h->e;
      }
      size_t name_b = j, name_e = NameEnd(si, j);
      if (name_e == name_b) {
        // Apposition before the title: "Bui Thanh Son, the Foreign Minister of Vietnam".
        size_t k = title.b;
        if (k > 0 && t[k - 1].lower == "the") --k;
        if (k > 0 && (t[k - 1].text == "'s") && k >= 2) k = MentionAt(si, k - 2) ? MentionAt(si, k - 2)->b : k;
        if (k > 0 && t[k - 1].text == ",") {
          size_t end = k - 1;
          size_t start = end;
          while (start > 0 && end - start < 5 &&
                 (IsNameToken(si, start - 1) ||
                  (t[start - 1].text == "-" && start >= 2 && IsNameToken(si, start - 2)))) {
            --start;
          }
          if (start < end) {
            name_b = start;
            name_e = end;
          }
        }
        if (name_e == name_b) continue;
        // The country may follow the title: "the Foreign Minister of Vietnam".
      } else if (name_e + 1 < t.size() && t[name_e].lower == "of" && country < 0) {
        country = CountryOf(MentionAt(si, name_e + 1));
      }
      if (t[name_e - 1].text == "-") --name_e;
      Mention m;
      m.type = MT::kOfficial;
      m.b = name_b;
      m.e = name_e;
      const std::string name = Surface(si, name_b, name_e);
      Official& off = OfficialFor(name);
      if (off.title.empty()) {
        off.title = Surface(si, title.b, title.e);
        builder_.SetAttr(off.node, "title", off.title);
      }
      if (off.country < 0) off.country = country;
      if (org && off.org_node < 0) off.org_node = OrgNode(si, *org, country);
      m.node = static_cast<long>(off.node);
      builder_.Mention(off.node, SpanOf(si, name_b, name_e), name);
      official_evidence_[off.node].push_back(si.s->span);
      found.push_back(m);
    }
    for (Mention& m : found) {
      if (!Covered(si, m.b, m.e)) si.m.push_back(m);
    }
    std::sort(si.m.begin(), si.m.end(), [](const Mention& a, const Mention& b) {
      return a.b < b.b || (a.b == b.b && a.e > b.e);
    });
  }

  // The official with this name: a new one, or one already seen in the document whose full name
  // ends with (or starts with) this single surname.
  Official& OfficialFor(const std::string& name) {
    const std::string key = NormalizeName(name);
    if (auto it = officials_.find(key); it != officials_.end()) return it->second;
    if (key.find(' ') == std::string::npos) {
      Official* match = nullptr;
      int count = 0;
      for (auto& [full, off] : officials_) {
        const std::string last = full.substr(full.rfind(' ') + 1);
        const std::string first = full.substr(0, full.find(' '));
        if (last == key || first == key) {
          match = &off;
          ++count;
        }
      }
      if (count == 1) return *match;
    } else {
      // A full name arriving after its surname: the surname's official takes the full name.
      for (auto it = officials_.begin(); it != officials_.end(); ++it) {
        const std::string& single = it->first;
        if (single.find(' ') != std::string::npos) continue;
        const std::string last = key.substr(key.rfind(' ') + 1);
        if (single == last) {
          Official off = it->second;
          officials_.erase(it);
          Official& moved = officials_[key] = off;
          return moved;
        }
      }
    }
    Official off;
    off.name = name;
    off.node = builder_.Node("official:" + key, "official", name, "title+name");
    return officials_[key] = off;
  }

  // ---- nodes for countries, places and organizations -------------------------------------

  size_t CountryNode(int country) {
    const auto& c = g_.countries()[country];
    size_t node = builder_.Node("country:" + c.iso, "country", c.name, "gazetteer:country");
    builder_.SetAttr(node, "iso", c.iso);
    countries_seen_.insert(country);
    return node;
  }

  // Whether the capital at mention `m` is used as a place (in, at, to Tokyo; Tokyo's district;
  // a dateline) rather than for its government ("New Delhi and Tokyo agreed").
  bool CapitalIsPlace(const SentenceInfo& si, const Mention& m) const {
    const auto& t = T(si);
    if (m.e <= si.body_from) return true;
    size_t len = 0;
    if (m.b > 0 && !g_.MatchLexicon("locative", t, m.b - 1, len).empty()) return true;
    if (m.e < t.size() && (t[m.e].text == "'s" || t[m.e].text == "[" || t[m.e].text == "(")) return true;
    size_t k = m.e;
    if (k + 1 < t.size() && t[k].lower == "and") {
      const Mention* next = MentionAt(si, k + 1);
      if (next && (next->type == MT::kCapital || next->type == MT::kCountry)) k = next->e;
    }
    // Subject of a verb: the next word is lower-case and not a preposition.
    static const std::set<std::string> kNotVerbs = {"in", "on", "at", "of", "for", "to", "and",
                                                    "with", "from", "by", "as", "or"};
    if (k < t.size() && t[k].word && !t[k].cap && !t[k].number && !Contains(kNotVerbs, t[k].lower)) {
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
    size_t node = builder_.Node("place:" + NormalizeName(p.name), "place", p.name, "gazetteer:place");
    place_country_[node] = g_.CountryByIso(p.iso);
    if (!p.parent.empty()) place_parent_[node] = p.parent;
    return node;
  }

  // The organization node for mention `m`; `owner` is a country the context gives (-1 if none).
  long OrgNode(const SentenceInfo& si, const Mention& m, int owner) {
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
      if (t[k].lower == "of" && CountryOf(MentionAt(si, k + 1)) >= 0 && MentionAt(si, k + 1)->e == m.e) {
        if (owner < 0) owner = MentionAt(si, k + 1)->gaz;
        core_e = k;
      }
    }
    const std::string core = Surface(si, m.b, core_e);
    // Gazetteer entries with this name: pick the owner's, or the one whose country the document
    // names, or (if the name belongs to one country only) that one.
    std::vector<int> candidates;
    if (m.gaz >= 0) {
      candidates = m.alts;
    } else {
      for (int i = 0; i < static_cast<int>(g_.organizations().size()); ++i) {
        if (internal::PhraseKey(g_.organizations()[i].name) == internal::PhraseKey(core)) {
          candidates.push_back(i);
        }
      }
    }
    int chosen = -1;
    for (int c : candidates) {
      if (owner >= 0 && g_.organizations()[c].iso == g_.countries()[owner].iso) chosen = c;
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
      bool shared = false;  // the same name is another country's body too
      for (int i = 0; i < static_cast<int>(g_.organizations().size()); ++i) {
        if (i != chosen && g_.organizations()[i].name == entry.name) shared = true;
      }
      if (shared && owner >= 0) name = entry.name + " of " + g_.countries()[owner].name;
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
    size_t node = builder_.Node("organization:" + NormalizeName(name), "organization", name,
                                chosen >= 0 ? "gazetteer:organization" : "pattern:organization");
    builder_.Mention(node, SpanOf(si, m.b, m.e), surface);
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
    }
    return static_cast<long>(node);
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

  // Later mentions of an official by surname alone ("Misri said").
  void FindSurnameMentions(SentenceInfo& si) {
    if (officials_.empty()) return;
    const auto& t = T(si);
    for (size_t i = 0; i < t.size(); ++i) {
      if (!IsNameToken(si, i)) continue;
      const std::string key = NormalizeName(t[i].text);
      const Official* match = nullptr;
      int count = 0;
      for (const auto& [full, off] : officials_) {
        if (full.find(' ') == std::string::npos) continue;
        const std::string last = full.substr(full.rfind(' ') + 1);
        const std::string first = full.substr(0, full.find(' '));
        if (last == key || (first == key && first.size() > 2)) {
          match = &off;
          ++count;
        }
      }
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

  // The node of a dialogue named by tokens [b, e): its key drops a leading country pair and a
  // trailing ", including ..." so that variants of one name meet.
  size_t DialogueNode(const SentenceInfo& si, size_t b, size_t e) {
    const auto& t = T(si);
    size_t core_b = b;
    while (core_b < e && (IsCountryToken(si, core_b) || t[core_b].text == "-")) ++core_b;
    size_t core_e = e;
    for (size_t k = core_b; k < e; ++k) {
      if (t[k].text == "," && k + 1 < e && t[k + 1].lower == "including") {
        core_e = k;
        break;
      }
    }
    if (core_b >= core_e) core_b = b;
    const std::string key = "dialogue:" + NormalizeName(Surface(si, core_b, core_e));
    const std::string surface = Surface(si, b, e);
    size_t node = builder_.Node(key, "dialogue", surface, "pattern:dialogue");
    builder_.Mention(node, SpanOf(si, b, e), surface);
    for (size_t k = b; k < core_b; ++k) {
      if (const Mention* c = CountryMentionAt(si, k); c && c->node >= 0) {
        dialogue_countries_[node].insert(static_cast<size_t>(c->node));
      }
    }
    return node;
  }

  // Meeting nodes: a round of a dialogue is keyed by the dialogue and the round number.
  size_t MeetingNode(const SentenceInfo& si, const Mention& m, long dialogue) {
    const auto& t = T(si);
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
    } else {
      key = "meeting:" + NormalizeName(name);
    }
    size_t node = builder_.Node(key, "meeting", name, dialogue >= 0 ? "pattern:round-of" : "pattern:meeting");
    builder_.Mention(node, SpanOf(si, m.b, m.e), surface);
    if (m.gaz > 0) builder_.SetAttr(node, "round", std::to_string(m.gaz));
    for (size_t k = m.b; k < m.e; ++k) {
      if (const Mention* c = CountryMentionAt(si, k); c && c->node >= 0) {
        meeting_countries_[node].insert({static_cast<size_t>(c->node), si.s->span});
      }
    }
    (void)t;
    return node;
  }

  size_t AgreementNode(const SentenceInfo& si, size_t b, size_t e, const std::string& rule) {
    std::string surface = Surface(si, b, e);
    size_t node = builder_.Node("agreement:" + NormalizeName(surface), "agreement", surface, rule);
    builder_.Mention(node, SpanOf(si, b, e), surface);
    return node;
  }

  void Relations(SentenceInfo& si) {
    const auto& t = T(si);
    const Span ev = si.s->span;
    if (si.headline) return;
    // Resolve event mentions to nodes, in order, remembering which meeting each one is.
    long last_dialogue = -1;
    std::vector<std::pair<size_t, size_t>> meetings;  // (token, node)
    size_t announce_at = t.size();
    for (size_t i = 0; i < t.size(); ++i) {
      size_t len = 0;
      if (!g_.MatchLexicon("announce", t, i, len).empty()) {
        announce_at = i;
        break;
      }
    }
    for (Mention& m : si.m) {
      switch (m.type) {
        case MT::kDialogue:
          m.node = static_cast<long>(DialogueNode(si, m.b, m.e));
          last_dialogue = m.node;
          if (focus_dialogue_ < 0) focus_dialogue_ = m.node;
          break;
        case MT::kDialogueRef:
          m.node = focus_dialogue_;
          break;
        case MT::kMeeting: {
          long dialogue = -1;
          if (m.gaz > 0) {
            // The round's dialogue is the dialogue phrase inside (or right after) the meeting.
            for (const Mention& d : si.m) {
              if (d.type == MT::kDialogue && d.b >= m.b && d.e <= m.e) dialogue = d.node;
            }
            if (dialogue < 0) {
              for (const Mention& d : si.m) {
                if (d.type == MT::kDialogue && d.b >= m.b && d.b <= m.e + 1) {
                  dialogue = static_cast<long>(DialogueNode(si, d.b, d.e));
                }
              }
            }
          }
          m.node = static_cast<long>(MeetingNode(si, m, dialogue));
          if (dialogue >= 0) {
            builder_.Edge(static_cast<size_t>(m.node), "round_of", static_cast<size_t>(dialogue), ev,
                          "pattern:nth-round-of");
            rounds_[static_cast<size_t>(dialogue)][std::stoi(builder_.node(m.node).attrs.at("round"))] =
                static_cast<size_t>(m.node);
            for (size_t c : dialogue_countries_[static_cast<size_t>(dialogue)]) {
              meeting_countries_[static_cast<size_t>(m.node)].insert({c, ev});
            }
          }
          m.announced = m.b > announce_at;
          if (focus_meeting_ < 0 && !m.announced) focus_meeting_ = m.node;
          meetings.push_back({m.b, static_cast<size_t>(m.node)});
          break;
        }
        case MT::kMeetingRef:
          m.node = focus_meeting_;
          if (m.node >= 0) meetings.push_back({m.b, static_cast<size_t>(m.node)});
          break;
        case MT::kAgreement:
          m.node = static_cast<long>(AgreementNode(si, m.b, m.e, "pattern:named-agreement"));
          NamedAgreementParties(si, m);
          break;
        default:
          break;
      }
    }
    (void)last_dialogue;
    AttachPlacesAndDates(si, meetings);
    MeetingParticipants(si, meetings);
    Roles(si, meetings);
    Announcements(si, announce_at);
    Agreements(si, meetings);
    // Officials' countries and bodies.
    for (const Mention& m : si.m) {
      if (m.type != MT::kOfficial || m.node < 0) continue;
      for (auto& [key, off] : officials_) {
        if (off.node != static_cast<size_t>(m.node)) continue;
        if (off.country >= 0) pending_represents_.insert({off.node, off.country});
        if (off.org_node >= 0) pending_member_of_.insert({off.node, static_cast<size_t>(off.org_node)});
      }
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
      if (best < 0 && meetings.size() == 1) best = static_cast<long>(meetings.front().second);
      return best;
    };
    std::set<size_t> placed;
    for (const Mention& m : si.m) {
      if (m.b < si.body_from || m.b == 0 || m.node < 0) continue;
      size_t len = 0;
      const bool locative = t[m.b - 1].lower == "in" || t[m.b - 1].lower == "at";
      (void)len;
      if (!locative) continue;
      if (m.type != MT::kPlace && m.type != MT::kCountry) continue;
      long meeting = owner(m.b);
      if (meeting < 0 || placed.count(static_cast<size_t>(meeting))) continue;
      // Skip "in the country" style mentions and places far from the meeting.
      builder_.Edge(static_cast<size_t>(meeting), "held_in", static_cast<size_t>(m.node), si.s->span,
                    "pattern:meeting-in-place");
      placed.insert(static_cast<size_t>(meeting));
    }
    const internal::Tense tense = FutureTense(*si.s) ? internal::Tense::kFuture : internal::Tense::kPast;
    for (size_t i = si.body_from; i < t.size(); ++i) {
      if (MentionAt(si, i)) continue;
      auto date = internal::MatchDate(t, i, published_, tense);
      if (!date) continue;
      long meeting = owner(i);
      if (meeting >= 0) builder_.SetDate(static_cast<size_t>(meeting), date->date.Iso());
      i = date->end - 1;
    }
  }

  // Countries named before a meeting in its sentence ("India and Japan convened the ...") and
  // countries in the meeting's own name take part in it.
  void MeetingParticipants(const SentenceInfo& si, const std::vector<std::pair<size_t, size_t>>& meetings) {
    for (const Mention& m : si.m) {
      if (m.type != MT::kMeeting || m.node < 0 || m.announced) continue;
      for (const Mention& c : si.m) {
        if (c.b >= m.b) break;
        if (c.b < si.body_from || c.type != MT::kCountry || c.node < 0 || c.inside_name) continue;
        // "India's Foreign Secretary": a possessive names the official's country, not a subject.
        if (c.e < T(si).size() && T(si)[c.e].text == "'s") continue;
        meeting_countries_[static_cast<size_t>(m.node)].insert({static_cast<size_t>(c.node), si.s->span});
      }
    }
    (void)meetings;
  }

  // Role triggers from the lexicon: "co-chaired by A and B", "A chaired", "A met B".
  void Roles(const SentenceInfo& si, const std::vector<std::pair<size_t, size_t>>& meetings) {
    const auto& t = T(si);
    for (size_t i = si.body_from; i < t.size(); ++i) {
      size_t len = 0;
      const std::string value = g_.MatchLexicon("role", t, i, len);
      if (value.empty()) continue;
      const bool passive = value.find(" passive") != std::string::npos;
      const std::string relation = value.substr(0, value.find(' '));
      long meeting = -1;
      for (const auto& [pos, node] : meetings) {
        if (meeting < 0 || (pos > i && relation != "attended")) meeting = static_cast<long>(node);
      }
      if (meeting < 0) meeting = focus_meeting_;
      if (meeting < 0) {
        i += len - 1;
        continue;
      }
      for (const Mention& m : si.m) {
        if (m.type != MT::kOfficial || m.node < 0) continue;
        const bool after = m.b >= i + len;
        if (relation != "attended" && after != passive) continue;
        builder_.Edge(static_cast<size_t>(m.node), relation, static_cast<size_t>(meeting), si.s->span,
                      "role:" + Surface(si, i, i + len));
        role_holders_[static_cast<size_t>(meeting)].insert({static_cast<size_t>(m.node), si.s->span});
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
    if (subject >= 0 && meeting >= 0) {
      builder_.Edge(static_cast<size_t>(subject), "announced_at", static_cast<size_t>(meeting),
                    si.s->span, "announce:" + AnnounceTrigger(si, announce_at));
    }
  }

  std::string AnnounceTrigger(const SentenceInfo& si, size_t at) const {
    size_t len = 0;
    g_.MatchLexicon("announce", T(si), at, len);
    return Surface(si, at, at + std::max<size_t>(len, 1));
  }

  // "New Delhi and Tokyo agreed on promoting ...": an agreement named by the clause after the
  // trigger, its parties the countries before it, reached at the meeting in focus.
  void Agreements(const SentenceInfo& si, const std::vector<std::pair<size_t, size_t>>& meetings) {
    const auto& t = T(si);
    for (size_t i = si.body_from; i < t.size(); ++i) {
      size_t len = 0;
      if (g_.MatchLexicon("agree", t, i, len).empty()) continue;
      size_t b = i + len;
      size_t e = t.size();
      while (e > b && (t[e - 1].text == "." || t[e - 1].text == "\"")) --e;
      if (e <= b + 1) continue;
      long agreement = -1;
      const Mention* named = MentionAt(si, b < t.size() && t[b].lower == "the" ? b + 1 : b);
      if (named && named->type == MT::kAgreement) {
        agreement = named->node;
      } else {
        agreement = static_cast<long>(AgreementNode(si, b, e, "agree:" + Surface(si, i, i + len)));
      }
      std::set<size_t> parties;
      for (const Mention& c : si.m) {
        if (c.b >= i) break;
        if (c.type == MT::kCountry && c.node >= 0 && c.b >= si.body_from) parties.insert(static_cast<size_t>(c.node));
      }
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
        if (!builder_.node(static_cast<size_t>(meeting)).date.empty()) {
          agreement_meeting_[static_cast<size_t>(agreement)] = static_cast<size_t>(meeting);
        }
      }
      break;
    }
  }

  // "the Special Strategic and Global Partnership between India and Japan", "U.S.-Vietnam
  // Comprehensive Partnership": the countries in or right after the name are its parties.
  void NamedAgreementParties(const SentenceInfo& si, const Mention& m) {
    const auto& t = T(si);
    std::set<size_t> parties;
    for (const Mention& c : si.m) {
      if (c.type == MT::kCountry && c.node >= 0 && c.b >= m.b && c.e <= m.e) parties.insert(static_cast<size_t>(c.node));
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

  void Finish() {
    // Officials: the country they serve, the body they belong to.
    for (const auto& [official, country] : pending_represents_) {
      size_t c = CountryNode(country);
      builder_.Edge(official, "represents", c, FirstEvidence(official), "official:title-country");
    }
    for (const auto& [official, org] : pending_member_of_) {
      builder_.Edge(official, "member_of", org, FirstEvidence(official), "official:title-body");
    }
    // Government bodies belong to their country when the document names it.
    for (const auto& [org, owner] : org_owner_) {
      if (!DocumentNamesCountry(owner.first)) continue;
      builder_.Edge(org, "part_of", CountryNode(owner.first), owner.second, "organization:owner");
    }
    // Participants: countries named with the meeting, and the countries of its officials.
    for (const auto& [meeting, holders] : role_holders_) {
      for (const auto& [official, span] : holders) {
        for (const auto& [off, country] : pending_represents_) {
          if (off == official) meeting_countries_[meeting].insert({CountryNode(country), span});
        }
      }
    }
    for (const auto& [meeting, countries] : meeting_countries_) {
      for (const auto& [country, span] : countries) {
        builder_.Edge(country, "participant", meeting, span, "meeting:participant");
      }
    }
    for (const auto& [agreement, meeting, span] : pending_parties_) {
      if (meeting < 0) continue;
      auto it = meeting_countries_.find(static_cast<size_t>(meeting));
      if (it == meeting_countries_.end()) continue;
      for (const auto& [country, unused] : it->second) {
        builder_.Edge(country, "party_to", agreement, span, "agree:meeting-participants");
      }
    }
    for (const auto& [agreement, meeting] : agreement_meeting_) {
      builder_.SetDate(agreement, builder_.node(meeting).date);
    }
    // Rounds of one series in order: each follows the one before.
    for (const auto& [dialogue, rounds] : rounds_) {
      for (const auto& [number, meeting] : rounds) {
        auto prev = rounds.find(number - 1);
        if (prev != rounds.end()) {
          builder_.Edge(meeting, "follows", prev->second, FirstEvidence(meeting), "series:round-order");
        }
      }
    }
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
  const SourceDocument& src_;
  const std::string& text_;
  Date published_;
  std::vector<Sentence> sentences_;
  std::vector<SentenceInfo> infos_;
  GraphBuilder builder_;

  std::map<std::string, Official> officials_;  // by normalised name
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
  std::map<size_t, std::map<int, size_t>> rounds_;
  std::vector<std::tuple<size_t, long, Span>> pending_parties_;
  std::map<size_t, size_t> agreement_meeting_;
  long focus_meeting_ = -1;
  long focus_dialogue_ = -1;
};

}  // namespace

Result<std::unique_ptr<Extractor>> Extractor::Create() {
  auto gazetteer = internal::Gazetteer::LoadEmbedded();
  if (!gazetteer.ok()) return gazetteer.status();
  return std::make_unique<Extractor>(std::move(gazetteer).value());
}

Extractor::Extractor(std::shared_ptr<const internal::Gazetteer> gazetteer)
    : gazetteer_(std::move(gazetteer)) {}
Extractor::~Extractor() = default;

ExtractedGraph Extractor::Extract(const SourceDocument& source) const {
  Run run(*gazetteer_, source);
  return run.Go();
}

}  // namespace dkg
