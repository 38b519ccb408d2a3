// Pass 2 of the extractor, per sentence: named meetings, dialogues and agreements, and
// Relations(), which calls the event and argument stages in order (run.h).

#include "importers/extract/run.h"

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "engine/normalize.h"

namespace dkg::extract {

// The value of a `meeting_modifier` row that says a meeting recurs ("annual"): a data value, like
// the relations' names.
static const std::string kRecurring = "recurring";

  // A series identity signature: the name's words without countries, ordinals, a trailing
  // ", including ..." and generic words, with synonyms folded ("2 plus 2" = "Foreign and Defence
  // Ministerial" = "2+2"), sorted. Two phrasings of one series share it.
  std::string Run::SeriesSignature(const SentenceInfo& si, size_t b, size_t e) const {
    const auto& t = T(si);
    // Sorted and made unique at the end: the words and order a std::set gave, without a tree
    // node per word.
    std::vector<std::string> words;
    words.reserve(e > b ? e - b : 0);
    for (size_t k = b; k < e;) {
      if (t[k].text == "," && k + 1 < e && Is(Lexicon::kInclusionWord, t[k + 1])) break;
      if (const Mention* c = CountryMentionAt(si, k)) {
        k = std::max(c->e, k + 1);
        continue;
      }
      size_t len = 0;
      const std::string& synonym = g_.MatchLexicon(Lexicon::kSeriesSynonym, t, k, len);
      if (len) {
        for (const Token& w : internal::Tokenize(synonym)) words.push_back(w.lower);
        k += len;
        continue;
      }
      if (auto acronym = series_acronyms_.find(t[k].text); acronym != series_acronyms_.end()) {
        words.insert(words.end(), acronym->second.begin(), acronym->second.end());
        ++k;
        continue;
      }
      g_.MatchLexicon(Lexicon::kSeriesGeneric, t, k, len);
      if (len || !t[k].word || Ordinal(t, k)) {
        k += std::max<size_t>(len, 1);
        continue;
      }
      words.push_back(t[k].lower);
      ++k;
    }
    std::sort(words.begin(), words.end());
    words.erase(std::unique(words.begin(), words.end()), words.end());
    std::string out;
    for (const std::string& w : words) {
      if (!out.empty()) out += ',';
      out += w;
    }
    return out.empty() ? NormalizeName(Surface(si, b, e)) : out;
  }

  // Whether every word of signature `part` is in `whole`, with at least two words: "special,
  // representatives" is within "boundary,question,representatives,special".
  std::vector<std::string> Run::SignatureWords(const std::string& sig) {
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

  bool Run::SignatureContains(const std::vector<std::string>& whole, const std::vector<std::string>& part) {
    if (part.size() < 2) return false;
    return std::includes(whole.begin(), whole.end(), part.begin(), part.end());
  }

  std::set<std::string> Run::CountryIsosIn(const SentenceInfo& si, size_t b, size_t e) const {
    std::set<std::string> out;
    for (const Mention& m : si.m) {
      if ((m.type == MT::kCountry || m.type == MT::kCapital) && m.b >= b && m.e <= e) {
        out.insert(g_.countries()[m.gaz].iso);
      }
    }
    return out;
  }

  std::string Run::Join(const std::set<std::string>& items, const char* sep) {
    std::string out;
    for (const std::string& i : items) out += (out.empty() ? "" : sep) + i;
    return out;
  }

  // "Trade and Technology Council (TTC)": the upper-case word in brackets right after the name
  // [b, e) whose letters are, in order, initials of the name's capitalised words; else "".
  std::string Run::BracketedAcronym(const SentenceInfo& si, size_t b, size_t e) const {
    const auto& t = T(si);
    if (e + 2 >= t.size() || t[e].text != "(" || t[e + 2].text != ")" || !t[e + 1].word) return std::string();
    const std::string& acronym = t[e + 1].text;
    if (acronym.size() < 2 || acronym.size() > 8) return std::string();
    for (char c : acronym) {
      if (c < 'A' || c > 'Z') return std::string();
    }
    size_t next = 0;
    for (size_t k = b; k < e && next < acronym.size(); ++k) {
      if (t[k].cap && t[k].text[0] == acronym[next]) ++next;
    }
    return next == acronym.size() ? acronym : std::string();
  }

  void Run::IndexDialogue(size_t node) {
    const std::vector<std::string>& words = dialogue_info_[node].words;
    for (const std::string& w : words) {
      auto& nodes = dialogue_by_word_[w];
      if (nodes.empty() || nodes.back() != node) nodes.push_back(node);  // a repeat is harmless
    }
    if (!words.empty()) {
      auto& nodes = dialogue_by_first_word_[words.front()];
      if (nodes.empty() || nodes.back() != node) nodes.push_back(node);
    }
  }

  // The node of a dialogue named by tokens [b, e). Phrasings with one series signature and the
  // same countries (or none named) are one dialogue.
  size_t Run::DialogueNode(const SentenceInfo& si, size_t b, size_t e, const std::vector<size_t>& sides) {
    const std::string sig = SeriesSignature(si, b, e);
    std::set<std::string> isos = CountryIsosIn(si, b, e);
    const std::vector<std::string> words = SignatureWords(sig);
    std::string surface = Surface(si, b, e);
    if (!sides.empty()) {
      // Named like "Peru-Chile political consultations", the form reporting writes it in.
      std::string prefix;
      for (const size_t side : sides) {
        if (auto c = country_index_.find(side); c != country_index_.end()) isos.insert(g_.countries()[c->second].iso);
        prefix += (prefix.empty() ? "" : "-") + builder_.node(side).name;
      }
      surface = prefix + " " + surface;
    }
    // "ASEAN Summit" and "ASEAN-GCC Summit" are two series: the bodies named are sides too.
    std::set<std::string> bodies;
    for (const Mention& o : si.m) {
      if (o.type == MT::kOrg && o.b >= b && o.e <= e) bodies.insert(NormalizeName(Surface(si, o.b, o.e)));
    }
    long existing = -1;
    // A series the loop below can take shares a word with this name: the same words (same
    // signature), all of these words (so the one fewest series hold), or a part of them of at least
    // two words (so its first word is one of these). Those, in node order, are all it need see: a
    // story of thousands of series was quadratic here.
    std::vector<size_t> candidates;
    {
      const std::vector<size_t>* rarest = nullptr;
      for (const std::string& w : words) {
        auto it = dialogue_by_word_.find(w);
        if (it == dialogue_by_word_.end()) {
          rarest = nullptr;
          break;
        }
        if (!rarest || it->second.size() < rarest->size()) rarest = &it->second;
      }
      if (rarest) candidates = *rarest;
      for (const std::string& w : words) {
        if (auto it = dialogue_by_first_word_.find(w); it != dialogue_by_first_word_.end()) {
          candidates.insert(candidates.end(), it->second.begin(), it->second.end());
        }
      }
      std::sort(candidates.begin(), candidates.end());
      candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
    }
    for (const size_t candidate : candidates) {
      const auto found = dialogue_info_.find(candidate);
      if (found == dialogue_info_.end()) continue;
      const size_t node = found->first;
      const SeriesInfo& info = found->second;
      // A series whose sides are bodies gains a side when a country joins its name: the
      // "ASEAN-GCC-China Summit" is not the "ASEAN-GCC Summit", nor the "ASEAN-Korea Summit" the
      // body's own "ASEAN Summit" (a summit week names them all). A name of one body with a word
      // of its own may be short for one that adds a country ("the second ASEAN Special Summit" in
      // a story on the "Australia-ASEAN Special Summit"), and a "2+2" named without its countries
      // is the one named with them, since its sides are not bodies.
      bool country_may_differ = isos.empty() || info.isos.empty();
      if (country_may_differ && !bodies.empty() && !info.bodies.empty()) {
        const bool mine_bare = isos.empty();
        const std::set<std::string>& bare_bodies = mine_bare ? bodies : info.bodies;
        const std::vector<std::string>& bare_words = mine_bare ? words : info.words;
        const long own_words = std::count_if(bare_words.begin(), bare_words.end(),
                                             [&](const std::string& w) { return !bare_bodies.count(w); });
        country_may_differ = bare_bodies.size() == 1 && own_words >= 2;
      }
      const bool same_sides = (info.isos == isos || country_may_differ) &&
                              (bodies.empty() || info.bodies.empty() || info.bodies == bodies);
      if (same_sides && (info.sig == sig || SignatureContains(info.words, words) || SignatureContains(words, info.words))) {
        existing = static_cast<long>(node);
        break;
      }
    }
    // "the 55th Pacific Islands Forum Leaders Meeting ... the 56th Leaders Meeting": a name of one
    // own word, with no body or country in it, is short for the story's one series of a body whose
    // name has that word (two such series: neither).
    if (existing < 0 && words.size() == 1 && !words[0].empty() && bodies.empty() && isos.empty()) {
      long only = -1;
      int bodies_with_word = 0;
      for (const auto& [node, info] : dialogue_info_) {
        if (info.bodies.empty() ||
            !std::binary_search(info.words.begin(), info.words.end(), words[0]))
          continue;
        ++bodies_with_word;
        only = static_cast<long>(node);
      }
      if (bodies_with_word == 1) existing = only;
    }
    size_t node;
    if (existing >= 0) {
      node = static_cast<size_t>(existing);
      if (dialogue_info_[node].isos.empty()) dialogue_info_[node].isos = isos;
    } else {
      node = builder_.Node("dialogue:" + Join(isos, "-") + ":" + sig, "dialogue", surface, "pattern:dialogue");
      dialogue_info_[node] = {sig, isos, words, bodies};
      IndexDialogue(node);
    }
    builder_.Mention(node, SpanOf(si, b, e), surface);
    if (const std::string acronym = BracketedAcronym(si, b, e); !acronym.empty()) {
      series_acronyms_.emplace(acronym, dialogue_info_[node].words);
    }
    for (const Mention& c : si.m) {
      if ((c.type == MT::kCountry || c.type == MT::kCapital) && c.node >= 0 && c.b >= b && c.e <= e) {
        dialogue_countries_[node].insert(static_cast<size_t>(c.node));
      }
    }
    for (const size_t side : sides) dialogue_countries_[node].insert(side);
    return node;
  }

  // "At their summit in March, the two sides had agreed ...", in a story about their summit in
  // May: a reference to the meeting in focus dated right after by an earlier date than that
  // meeting's own is an earlier meeting of the same kind, named by its head and that date. -1
  // when the reference is the meeting in focus.
  long Run::EarlierDatedReference(const SentenceInfo& si, const Mention& m) {
    if (focus_meeting_ < 0) return -1;
    const std::string& held = builder_.node(static_cast<size_t>(focus_meeting_)).date;
    const auto& t = T(si);
    if (held.empty() || m.e >= t.size()) return -1;
    std::optional<internal::DateMatch> when = internal::MatchDate(t, m.e, published_, internal::Tense::kPast);
    if (!when && m.e + 1 < t.size() && t[m.e].word && !t[m.e].cap) {
      when = internal::MatchDate(t, m.e + 1, published_, internal::Tense::kPast);
    }
    if (!when) return -1;
    const std::string iso = when->date.Iso();
    // "the talks on Monday": a day read against the publication date may be the focus's own day.
    if (when->relative && when->date.day > 0) return -1;
    // Only a date that is plainly earlier: not one the meeting's own date contains, nor a later one.
    if (iso.empty() || held.rfind(iso, 0) == 0 || iso.rfind(held, 0) == 0) return -1;
    const size_t n = std::min(iso.size(), held.size());
    if (iso.compare(0, n, held, 0, n) >= 0) return -1;
    // The determiner ("their", "that") names no meeting: the name is the head and the date.
    size_t b = m.b;
    while (b + 1 < m.e && (Is(Lexicon::kFocusDeterminer, t[b]) || Is(Lexicon::kPossessiveDeterminer, t[b]))) ++b;
    Mention earlier = m;
    earlier.b = b;
    earlier.e = when->end;
    earlier.gaz = 0;
    const size_t node = MeetingNode(si, earlier, -1);
    if (static_cast<long>(node) == focus_meeting_) return -1;
    // Its signature is the head's alone, as another story names the same meeting ("the Peru-Chile
    // summit", dated March), so the store can join the two.
    event_sig_[node] = SeriesSignature(si, b, m.e);
    builder_.SetDate(node, iso);
    // "their summit in March": the plural possessive (the one word both a possessive and a focus
    // determiner) is the pair the story follows, the two people holding roles at the meeting in
    // focus, who met then too. "his talks in May" or a focus of three or more names no pair.
    if (b > m.b && Is(Lexicon::kPossessiveDeterminer, t[m.b]) && Is(Lexicon::kFocusDeterminer, t[m.b])) {
      std::set<size_t> pair;
      if (auto holders = role_holders_.find(static_cast<size_t>(focus_meeting_)); holders != role_holders_.end()) {
        for (const auto& holder : holders->second) pair.insert(holder.first);
      }
      if (pair.size() == 2) {
        for (size_t person : pair) EmitEdge(si, person, "attended", node, "meeting:their-earlier");
      }
    }
    return static_cast<long>(node);
  }

  // "Lima hosted the first Andean Summit in 2023. At that summit the ministers approved ...": a
  // reference with a `distal_determiner` points back to the one meeting the sentence before named,
  // when that is not the meeting in focus. -1 when it names none or several.
  long Run::MeetingOfSentenceBefore(const SentenceInfo& si, const Mention& m) const {
    const auto& t = T(si);
    if (infos_.empty() || &si == &infos_.front() || m.b >= t.size() || !Is(Lexicon::kDistalDeterminer, t[m.b])) return -1;
    const SentenceInfo& before = *(&si - 1);
    if (before.headline) return -1;
    long only = -1;
    for (const Mention& x : before.m) {
      if (x.type != MT::kMeeting || x.node < 0) continue;
      if (only >= 0 && x.node != only) return -1;
      only = x.node;
    }
    return only == focus_meeting_ ? -1 : only;
  }

  // "the annual dialogue", "their yearly summit", in a story about the "Peru-Chile Strategic
  // Dialogue": lower-case words that say only that a series recurs name the series in focus when
  // its name has the same head (or the head is generic: "dialogue", "talks"). The focus series, or
  // -1 when the phrase names another ("the annual summit" in a story about a dialogue) or more.
  long Run::RestatedFocusSeries(const SentenceInfo& si, const Mention& m) const {
    if (focus_dialogue_ < 0 || m.e <= m.b + 1) return -1;
    const auto& t = T(si);
    bool recurs = false;
    for (size_t k = m.b; k + 1 < m.e; ++k) {
      size_t len = 0;
      const std::string& kind = g_.MatchLexicon(Lexicon::kMeetingModifier, t, k, len);
      if (t[k].cap || !t[k].word || kind.empty() || len != 1) return -1;
      recurs |= kind == kRecurring;
    }
    const Token& head = t[m.e - 1];
    if (!recurs || head.cap || !head.word) return -1;
    if (Is(Lexicon::kSeriesGeneric, head)) return focus_dialogue_;
    for (const Token& w : internal::Tokenize(builder_.node(static_cast<size_t>(focus_dialogue_)).name)) {
      if (w.lower == head.lower) return focus_dialogue_;
    }
    return -1;
  }

  // "The next session of the X Commission will be held in Quito": at the sentence's opening, a
  // `coming_word` before the meeting and, within four words after it, a `held_verb` and a
  // `place_preposition` (the shape `next-edition-held-in` reads). Elsewhere ("the upcoming X
  // Summit, which India hosts") the meeting is one of its own.
  bool Run::ComingOccasionHeld(const SentenceInfo& si, const Mention& m) const {
    const auto& t = T(si);
    if (m.b != si.body_from + 2 || !Is(Lexicon::kArticle, t[m.b - 2]) ||
        !Is(Lexicon::kComingWord, t[m.b - 1])) {
      return false;
    }
    for (size_t w = m.e; w < t.size() && w <= m.e + 4; ++w) {
      size_t len = 0;
      if (g_.MatchLexicon(Lexicon::kHeldVerb, t, w, len).empty()) continue;
      return w + len < t.size() && Is(Lexicon::kPlacePreposition, t[w + len]);
    }
    return false;
  }

  // Meeting nodes: a round of a dialogue is keyed by the dialogue and the round number.
  size_t Run::MeetingNode(const SentenceInfo& si, const Mention& m, long dialogue) {
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
      // A sentence that dates the mention otherwise ("the G7 summit to be held in May", in a
      // story about the G7 ministers' meeting of April 16) names another meeting of the body.
      bool fallback = false;
      const std::string when = SentenceDate(si, &fallback);
      for (const Mention& o : si.m) {
        if (o.type != MT::kOrg || o.node < 0 || o.b < m.b || o.e > m.e) continue;
        for (const auto& [group, meetings] : group_meetings_) {
          if (group_body_[group] != static_cast<size_t>(o.node) || meetings.size() != 1) continue;
          // "the meeting of BRICS Ministers ..." is the body's one meeting; "the G7 summit" in a
          // story about the G7 foreign ministers' meeting is another occasion (another head).
          const auto words = internal::Tokenize(builder_.node(*meetings.begin()).name);
          bool headed = false, shared = false;
          for (size_t k = m.b; k < m.e; ++k) {
            if (!Is(Lexicon::kMeetingHead, T(si)[k])) continue;
            headed = true;
            shared |= std::any_of(words.begin(), words.end(), [&](const Token& w) { return w.lower == T(si)[k].lower; });
          }
          const std::string& held = builder_.node(*meetings.begin()).date;
          const bool other_day = !fallback && !when.empty() && !held.empty() &&
                                 when.rfind(held, 0) != 0 && held.rfind(when, 0) != 0;
          if ((!headed || shared) && !other_day) builder_.AddKey(key, *meetings.begin());
        }
      }
    }
    // "the next round will be held in Oslo", then "the Fifth Round of the X Consultations": the
    // round a pattern described first takes the name the text gives it.
    const auto described = builder_.Has(key) ? made_tag_.find(builder_.At(key)) : made_tag_.end();
    const bool rename = m.gaz > 0 && described != made_tag_.end() &&
                        (described->second == "edition" || described->second == "next");
    const std::string described_name = rename ? builder_.node(described->first).name : std::string();
    size_t node = builder_.Node(key, "meeting", name, dialogue >= 0 ? "pattern:round-of" : "pattern:meeting");
    if (rename && described_name != name) {
      builder_.Rename(node, name);
      builder_.RemoveAlias(node, described_name);
    }
    event_sig_.emplace(node, SeriesSignature(si, m.b, m.e));
    builder_.Mention(node, SpanOf(si, m.b, m.e), surface);
    if (m.gaz > 0) builder_.SetAttr(node, "round", std::to_string(m.gaz));
    for (size_t k = m.b; k < m.e; ++k) {
      if (const Mention* c = CountryMentionAt(si, k); c && c->node >= 0) {
        meeting_countries_[node].insert({static_cast<size_t>(c->node), si.s->span});
      }
    }
    // A body that opens the meeting's name meets in it: "the G7 summit", "an ASEAN ministerial",
    // "the fifth joint EU-AU summit"; so do bodies named as its sides ("EAC-SADC Summit").
    const auto& t = T(si);
    size_t first = m.b;
    while (first < m.e && (Is(Lexicon::kArticle, t[first]) || Ordinal(t, first) ||
                           (!t[first].cap && IsModifier(t[first])))) {
      ++first;
    }
    for (const Mention& o : si.m) {
      if (o.type != MT::kOrg || o.node < 0 || o.b < m.b || o.e > m.e) continue;
      const bool side = (o.b > m.b && t[o.b - 1].text == "-" && !t[o.b - 1].space_before) ||
                        (o.e < m.e && t[o.e].text == "-" && !t[o.e].space_before);
      if ((o.b == first || side) && !m.announced) {
        builder_.Edge(static_cast<size_t>(o.node), "participant", node, si.s->span, "meeting:body-in-name");
      }
    }
    return node;
  }

  size_t Run::AgreementNode(const SentenceInfo& si, size_t b, size_t e, const std::string& rule) {
    std::string surface = Surface(si, b, e);
    size_t node = builder_.Node("agreement:" + NormalizeName(surface), "agreement", surface, rule);
    event_sig_.emplace(node, SeriesSignature(si, b, e));
    builder_.Mention(node, SpanOf(si, b, e), surface);
    // "an MoU on fisheries between the ministries of A and B", "... between the Ministry of
    // Defence and ...": bodies concluded it, so neither its signatories' countries nor the
    // meeting's sides are its parties.
    const auto& t = T(si);
    for (size_t k = b; k < e + 1 && k + 1 < t.size(); ++k) {
      if (!Is(Lexicon::kSidesOpener, t[k])) continue;
      size_t q = k + 1;
      while (q < t.size() && Is(Lexicon::kArticle, t[q])) ++q;
      const Mention* m = MentionAt(si, q);
      // "between Peru's Ministry of Fisheries and ...": the body after its country's possessive.
      auto owned = [&](const Mention* x) {
        if (x && x->type == MT::kCountry && x->e + 1 < t.size() && Is(Lexicon::kPossessiveEnding, t[x->e])) return MentionAt(si, x->e + 1);
        return x;
      };
      m = owned(m);
      // A plural for bodies ("ministries", "institutions"), not for countries ("governments",
      // "nations") nor a pronoun ("between them").
      const bool plural = q < t.size() && !m && Is(Lexicon::kBodyPlural, t[q]);
      if (plural || (m && m->type == MT::kOrg)) {
        body_parties_.insert(node);
        // The bodies (and countries) listed after "between" are its parties.
        std::vector<size_t> sides;
        for (size_t p = q; p < t.size();) {
          while (p < t.size() && Is(Lexicon::kListJoin, t[p])) ++p;
          const Mention* x = owned(MentionAt(si, p));
          if (!x || x->node < 0 || (x->type != MT::kOrg && x->type != MT::kCountry) || x->e <= p) break;
          sides.push_back(static_cast<size_t>(x->node));
          p = x->e;
        }
        if (sides.size() >= 2) {
          for (size_t side : sides) builder_.Edge(side, "party_to", node, si.s->span, "agreement:between-bodies");
        }
      }
      break;
    }
    return node;
  }

  void Run::Relations(SentenceInfo& si) {
    const auto& t = T(si);
    const Span ev = si.s->span;
    if (si.headline) {
      // "A and B sign Pukpuk Treaty in Canberra": a named instrument the body names too is the
      // body's (else one of its own), so the headline's patterns can say who signed it and where. The body's fullest
      // name wins ("Green Shipping Agreement" is the "India-Norway Green Shipping Agreement").
      for (Mention& m : si.m) {
        if (m.type != MT::kAgreement || IsGenericStatement(si, m.b, m.e)) continue;
        const std::string name = NormalizeName(Surface(si, m.b, m.e));
        for (const SentenceInfo& body : infos_) {
          if (body.headline) continue;
          for (const Mention& o : body.m) {
            if (o.type != MT::kAgreement) continue;
            const std::string other = NormalizeName(Surface(body, o.b, o.e));
            if (other.size() < name.size() || other.compare(other.size() - name.size(), name.size(), name) != 0) continue;
            const size_t cut = other.size() - name.size();
            if (cut > 0 && other[cut - 1] != ' ' && other[cut - 1] != '-') continue;  // whole words
            if (m.node >= 0 && other.size() <= builder_.node(static_cast<size_t>(m.node)).name.size()) continue;
            m.node = static_cast<long>(AgreementNode(body, o.b, o.e, "pattern:named-agreement"));
          }
        }
        // Named by the headline only ("Leaders adopt Wilmington Declaration"): its own node.
        if (m.node < 0) m.node = static_cast<long>(AgreementNode(si, m.b, m.e, "pattern:named-agreement"));
        // "The Lima Declaration: joint statement of ...": a joint statement the headline names is
        // issued at the story's meeting (placed there once the body has found it).
        bool joint = false;
        for (size_t q = m.b; q < m.e && !joint; ++q) {
          size_t len = 0;
          joint = !g_.MatchLexicon(Lexicon::kJointStatement, t, q, len).empty() && q + len <= m.e;
        }
        if (joint) unplaced_agreements_.push_back({static_cast<size_t>(m.node), ev});
      }
      // "Joint Statement: Peru and Chile hold their first dialogue": the story is the joint
      // statement of its meeting (the one in focus at the end).
      if (size_t len = 0, b = si.body_from; b < t.size() &&
          g_.MatchLexicon(Lexicon::kJointStatement, t, b, len) == "one" && b + len < t.size() &&
          t[b + len].text == ":" && unplaced_statements_.empty()) {
        unplaced_statements_.push_back({SpanOf(si, b, b + len), ev});
      }
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
          if (const long same = RestatedFocusSeries(si, m); same >= 0) {
            m.node = same;
            builder_.Mention(static_cast<size_t>(same), SpanOf(si, m.b, m.e), "");
            break;
          }
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
          // "the annual Peru-Chile Defence Ministers' Meeting": a capitalised name that a
          // `recurring` modifier opens is an occurrence of the series of that name.
          // Such a name says what recurs, not when this occurrence was: it takes the dates its
          // sentence gives, not the story's.
          bool recurring = false;
          if (dialogue < 0 && m.gaz <= 0 && !m.edition_of_focus && m.b + 2 < m.e && t[m.e - 1].cap) {
            size_t len = 0;
            if (g_.MatchLexicon(Lexicon::kMeetingModifier, t, m.b, len) == kRecurring && len == 1 && t[m.b + 1].cap) {
              dialogue = static_cast<long>(DialogueNode(si, m.b + 1, m.e));
              recurring = true;
            }
          }
          long edition_body = -1;  // "the grouping's Seventh Summit": the body whose edition it is
          if (m.edition_of_focus) {
            // Only of a series whose name has the same head ("summit" of "... Summit").
            const std::string head = T(si)[m.e - 1].lower;
            const std::vector<Token> series = focus_dialogue_ >= 0 ? internal::Tokenize(builder_.node(static_cast<size_t>(focus_dialogue_)).name) : std::vector<Token>();
            const bool of_series = dialogue < 0 && std::any_of(series.begin(), series.end(), [&](const Token& w) { return w.lower == head; });
            // "the bloc's Ninth Summit" with no such series in focus: the meeting of the body
            // named latest (in this sentence before it, or earlier), named with that body, when
            // that body is a grouping of countries (its gazetteer kind an `edition_body_kind`): a
            // bank or an agency named last holds no summit of the bloc's.
            if (!of_series && dialogue < 0 && m.b >= 2 && Is(Lexicon::kPossessiveEnding, t[m.b - 1]) &&
                Is(Lexicon::kBodyHeadWord, t[m.b - 2])) {
              edition_body = last_org_;
              for (const Mention& o : si.m) {
                if (o.type == MT::kOrg && o.node >= 0 && o.e <= m.b) edition_body = o.node;
              }
              if (edition_body >= 0) {
                const auto& attrs = builder_.node(static_cast<size_t>(edition_body)).attrs;
                const auto type = attrs.find("type");
                const std::vector<Token> kind = type == attrs.end() ? std::vector<Token>() : internal::Tokenize(type->second);
                if (kind.size() != 1 || !Is(Lexicon::kEditionBodyKind, kind[0])) edition_body = -1;
              }
            }
            if (!of_series && edition_body < 0) break;
            if (of_series) dialogue = focus_dialogue_;
          }
          m.announced = m.b > announce_at;
          // "the fourth Ministerial, which was also the sixth ministerial-level meeting in the
          // C5+1 format": a round restated (lexicon `restating_word`) is the round of the same
          // series just named in the sentence, counted another way.
          if (dialogue >= 0 && m.gaz > 0) {
            size_t k = m.b;
            if (k > 0 && Is(Lexicon::kArticle, t[k - 1])) --k;
            // "and also the fourth round" lists another round: the word before "also" joins,
            // where a restatement has a verb ("which was also the sixth meeting").
            const bool restated = k > 1 && Is(Lexicon::kRestatingWord, t[k - 1]) &&
                                  !Is(Lexicon::kJoiningWord, t[k - 2]) && !Is(Lexicon::kListJoin, t[k - 2]);
            if (restated) {
              for (auto it = meetings.rbegin(); it != meetings.rend() && m.node < 0; ++it) {
                if (builder_.HasEdge(it->second, "round_of", static_cast<size_t>(dialogue))) m.node = static_cast<long>(it->second);
              }
            }
            if (m.node >= 0) {
              builder_.Mention(static_cast<size_t>(m.node), SpanOf(si, m.b, m.e), Surface(si, m.b, m.e));
              meetings.push_back({m.b, static_cast<size_t>(m.node)});
              break;
            }
          }
          // "The next session of the X Commission will be held in Quito": an unnumbered meeting
          // of a series still to come is the series' next occasion, which the pattern
          // `next-edition-held-in` makes (as the series' next round); no meeting of its own here.
          if (dialogue < 0 && m.gaz <= 0 && ComingOccasionHeld(si, m)) break;
          m.node = static_cast<long>(MeetingNode(si, m, dialogue));
          if (m.edition_of_focus && dialogue >= 0) {  // "first summit" -> "first China-Central Asia Summit"
            builder_.Rename(static_cast<size_t>(m.node), T(si)[m.b].text + " " + builder_.node(static_cast<size_t>(dialogue)).name);
          } else if (m.edition_of_focus && edition_body >= 0) {  // "Ninth Summit" -> "Ninth Andean Community Summit"
            // The body's acronym where it has one ("Seventh BIMSTEC Summit"), as reporting names it.
            const ExtractedNode& body = builder_.node(static_cast<size_t>(edition_body));
            std::string body_name = body.name;
            for (const std::string& a : body.aliases) {
              if (a.size() >= 2 && std::all_of(a.begin(), a.end(), [](char c) { return c >= 'A' && c <= 'Z'; })) body_name = a;
            }
            builder_.Rename(static_cast<size_t>(m.node), T(si)[m.b].text + " " + body_name + " " + T(si)[m.e - 1].text);
            builder_.Edge(static_cast<size_t>(edition_body), "participant", static_cast<size_t>(m.node), si.s->span, "meeting:edition-of-body");
          }
          // A series' occurrence, or any meeting the headline or lead reports, is the story's; so
          // is a numbered round the lead tells of in the past beside the meeting in focus ("On his
          // visit he also held the first round of the X Dialogue").
          if (((dialogue >= 0 && (m.gaz <= 0 || InLead(si))) || LeadMeeting(si, m)) && !recurring) OccurrenceDate(si, m);
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
          if (const long earlier = EarlierDatedReference(si, m); earlier >= 0) m.node = earlier;
          else if (const long before = MeetingOfSentenceBefore(si, m); before >= 0) m.node = before;
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
      auto same_node = officials_by_node_.find(static_cast<size_t>(m.node));
      if (same_node == officials_by_node_.end()) continue;
      for (auto* entry : same_node->second) {
        Official& off = entry->second;
        if (off.node != static_cast<size_t>(m.node)) continue;
        if (off.country < 0) off.country = KnownHolderCountry(off.name);
        if (off.country >= 0) pending_represents_.insert({off.node, off.country});
        if (off.org_node >= 0) pending_member_of_.insert({off.node, static_cast<size_t>(off.org_node)});
      }
    }
    // "..., where he is meeting Foreign Minister B": after "he", B is whom the story's official
    // meets, not the official the next "he" stands for.
    for (const Mention& m : si.m) {
      if (m.type == MT::kOfficial && m.node >= 0) {
        bool pronoun_first = false;
        for (size_t k = si.body_from; k < m.b && k < t.size(); ++k) pronoun_first |= Is(Lexicon::kSubjectPronoun, t[k]);
        if (!pronoun_first || last_subject_ < 0) last_subject_ = m.node;
        break;
      }
    }
    si.subject = last_subject_;
    for (const Mention& m : si.m) {
      if (m.type == MT::kOrg && m.node >= 0) last_org_ = m.node;
    }
    const Mention* stop = TravelDestination(si, t.size());
    for (size_t i = si.body_from; i + 1 < t.size(); ++i) {
      const Mention* p = MentionAt(si, i + 1);
      if (Is(Lexicon::kContainingPreposition, t[i]) && p && p->b == i + 1 && p->type == MT::kPlace && p->node >= 0) {
        last_place_ = p->node;
      }
      // "On Wednesday she flew on to Osaka": the trip's next stop is where the story is from now
      // on; a stop in another country leaves no city of the last one.
      if (stop && i + 1 == stop->b) {
        if (stop->type == MT::kPlace) {
          last_place_ = stop->node;
        } else if (last_place_ >= 0) {
          auto c = place_country_.find(static_cast<size_t>(last_place_));
          if (c == place_country_.end() || c->second < 0 ||
              static_cast<long>(CountryNode(c->second)) != stop->node)
            last_place_ = -1;
        }
      }
    }
  }

}  // namespace dkg::extract
