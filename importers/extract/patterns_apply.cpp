// Applies data/patterns/*.pat to a sentence: matches, then their actions (emit, make, round,
// each), and checks those actions when the patterns load (run.h).

#include "importers/extract/run.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "engine/normalize.h"

namespace dkg::extract {

namespace {

// Relations a pattern may emit (ONTOLOGY.md).
const std::set<std::string>& PatternRelations() {
  static const std::set<std::string> k = {
      "cochaired", "chaired",  "attended",  "participant",  "represents", "member_of",
      "part_of",   "held_in",  "located_in", "round_of",    "announced_at", "follows",
      "agreed_at", "party_to", "signed"};
  return k;
}

// The prefix of an emit argument naming the countries a slot's officials serve.
const std::string kCountryOf = "country-of:";

// The prefix of an emit argument naming the story's latest earlier meeting whose name holds the
// last word a slot caught ("attended the {what:reception}": `earlier-meeting:what`).
const std::string kEarlierMeeting = "earlier-meeting:";

// The series of the meeting in focus, in a `round` action or a name template (these are the
// pattern language's keywords, like `focus`, not English).
const std::string kFocusSeries = "focus-series";
const std::string kHeadSlot = "head";  // a series' head word: "the {head:council} last met in ..."

// A slot of this name dates the meeting a `make` action makes by its own words.
const std::string kWhenSlot = "when";

// The tag of a `make meeting` that names a series' next occasion: one such meeting per story for
// the same words (see MakeEvent).
const std::string kNextTag = "next";

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


}  // namespace

// The names pattern files use for mention types, in the order of MT.
const std::vector<std::string>& MentionTypeNames() {
  static const std::vector<std::string> k = {"COUNTRY", "CAPITAL", "PLACE", "TITLE", "ORG",
                                             "HONORIFIC", "OFFICIAL", "MEETING", "DIALOGUE",
                                             "AGREEMENT", "MEETING_REF", "DIALOGUE_REF", "OTHER"};
  return k;
}

// The attributes a pattern may declare (`attribute NAME`): what rules after the patterns need to
// know of the edges it made, said in the data rather than by the pattern's name in C++.
// host-at-home: the officials it makes chairs are hosts receiving guests at home (HostsCountry).
const std::set<std::string>& PatternAttributes() {
  static const std::set<std::string> kAttributes = {"host-at-home"};
  return kAttributes;
}

// The evidence rules ("pattern:NAME") of the patterns that declare `attribute`.
std::set<std::string> RulesWithAttribute(const extract::PatternSet& set, const std::string& attribute) {
  std::set<std::string> rules;
  for (const extract::Pattern& p : set.patterns()) {
    for (const auto& a : p.actions()) {
      if (a.verb == "attribute" && a.args.size() == 1 && a.args[0] == attribute) rules.insert("pattern:" + p.name());
    }
  }
  return rules;
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
      // "country-of:a": the countries the officials of slot `a` serve, as far as known.
      const std::string of = s.rfind(kCountryOf, 0) == 0 ? s.substr(kCountryOf.size()) : "";
      // "earlier-meeting:what": the latest earlier meeting named with slot `what`'s last word.
      const std::string back = s.rfind(kEarlierMeeting, 0) == 0 ? s.substr(kEarlierMeeting.size()) : "";
      return p.SlotIndex(s) >= 0 || s == "focus" || s == "focus-pair" || s == "latest-pair" ||
             s == "latest-chairs" || s == "dateline-country" || s == "subject" || made.count(s) ||
             (!of.empty() && p.SlotIndex(of) >= 0) || (!back.empty() && p.SlotIndex(back) >= 0);
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
          if (p.SlotIndex(slot) < 0 && slot != kFocusSeries) return Status::Corrupt(where(a) + "no slot named '" + slot + "'");
        }
      } else if (a.verb == "round") {
        // "round event focus-series n later": round n comes after the round in focus.
        const bool later = a.args.size() == 4 && a.args[1] == kFocusSeries && a.args[3] == "later";
        if (a.args.size() < 2 || (a.args.size() > 3 && !later)) {
          return Status::Corrupt(
              where(a) +
              "round takes MEETING-SLOT SERIES-SLOT [ORDINAL-SLOT] (focus-series: [later])");
        }
        // "round event focus-series n": the meeting the pattern made is round n of the series
        // of the meeting in focus.
        const bool focus_series = a.args[1] == kFocusSeries;
        for (size_t k = 0; k < (later ? 3 : a.args.size()); ++k) {
          const std::string& s = a.args[k];
          // "-2": two rounds before the round in focus ("the two previous rounds, held in A and B");
          // "+1": the round after it ("the next round will be held in Oslo").
          const bool back = k == 2 && s.size() >= 2 && (s[0] == '-' || s[0] == '+') && std::all_of(s.begin() + 1, s.end(), [](unsigned char c) { return std::isdigit(c) != 0; });
          // "round event body": the meeting the pattern made is an occurrence of the body's series.
          const bool ok = p.SlotIndex(s) >= 0 || (focus_series && (k == 1 || back)) || (k == 0 && made.count(s));
          if (!ok) return Status::Corrupt(where(a) + "no slot named '" + s + "'");
        }
      } else if (a.verb == "each") {
        if (a.args.size() != 1 || p.SlotIndex(a.args[0]) < 0) {
          return Status::Corrupt(where(a) + "each takes one SLOT of the pattern");
        }
      } else if (a.verb == "attribute") {
        if (a.args.size() != 1 || !PatternAttributes().count(a.args[0])) {
          std::string known;
          for (const std::string& name : PatternAttributes()) known += (known.empty() ? "" : ", ") + name;
          return Status::Corrupt(where(a) + "attribute takes one of: " + known);
        }
      } else {
        return Status::Corrupt(where(a) + "unknown action '" + a.verb + "' (emit, make, round, each or attribute)");
      }
    }
  }
  return Status::Ok();
}

  // The sentence as the pattern engine sees it: tokens after the dateline and the mentions
  // that have nodes (or stand for the meeting in focus).
  // Where an official's apposition ends: "Ana Souza, Deputy Prime Minister and Minister of the
  // Interior of Peru," reads as one official to patterns, so a list of officials with their
  // offices is one list. `e` is the end of the name; returns `e` when no title follows in commas.
  size_t Run::AppositionEnd(const SentenceInfo& si, size_t e) const {
    const auto& t = T(si);
    // "King Olu Adeyemi of Nigeria": the country the name is of belongs to the official.
    if (e + 1 < t.size() && Is(Lexicon::kBelongingPreposition, t[e])) {
      const Mention* c = MentionAt(si, e + 1);
      if (c && c->b == e + 1 && c->type == MT::kCountry) e = c->e;
    }
    const size_t name_end = e;
    // "the Hon Olu Adeyemi MP, Minister for Defence,": a post-nominal stands between the name
    // and its office.
    if (e < t.size() && Is(Lexicon::kPostNominal, t[e])) ++e;
    if (e + 1 >= t.size() || t[e].text != ",") return name_end;
    // "A, and Spain's ambassador, B": a title after ", and" opens the list's next member.
    if (Is(Lexicon::kNextMemberWord, t[e + 1])) return name_end;
    size_t k = e + 1;
    bool title = false;
    while (k < t.size() && t[k].text != "," && t[k].text != "." && t[k].text != ";") {
      const Mention* x = MentionAt(si, k);
      if (x && x->b == k && (x->type == MT::kTitle || x->type == MT::kCountry || x->type == MT::kOrg)) {
        title |= x->type == MT::kTitle;
        k = x->e;
        continue;
      }
      if (x) return name_end;  // another person, a place or an event: not an apposition
      // "B, Ambassador of Japan to Brazil,": an envoy's office names where the envoy is posted.
      if (Is(Lexicon::kPostedToWord, t[k]) && title) {
        const Mention* to = MentionAt(si, k + 1);
        if (to && to->b == k + 1 && to->type == MT::kCountry) {
          k = to->e;
          continue;
        }
      }
      if (Is(Lexicon::kOfficeConnector, t[k]) || Is(Lexicon::kDefiniteArticle, t[k]) ||
          Is(Lexicon::kPossessiveEnding, t[k]) || (t[k].word && t[k].cap)) {
        ++k;
        continue;
      }
      return name_end;
    }
    if (!title || k == e + 1) return name_end;
    return k;
  }

  extract::SentenceView Run::ViewOf(const SentenceInfo& si) const {
    extract::SentenceView v;
    v.tokens = &T(si);
    v.from = si.body_from;
    const auto& t = T(si);
    v.mentions.reserve(si.m.size());  // one allocation, not one per doubling
    for (size_t i = 0; i < si.m.size(); ++i) {
      const Mention& m = si.m[i];
      size_t b = m.b;
      if (m.type == MT::kOfficial) {
        // An official's mention takes in the title and country before the name ("Japan's Vice
        // Minister, Masataka Okano"), so patterns see one OFFICIAL where the reader sees one.
        bool at_honorific = false;
        bool at_title = false;  // b is where a title begins
        // "the Minister of Foreign Affairs of Peru, Luis Prado", "the Peruvian Minister of
        // Fisheries and Aquaculture, Luis Prado": an office whose portfolio or country runs on
        // past what the title gazetteer knows, then a comma, is the name's apposition too (as
        // "Peru's Minister, Luis Prado"), so "signed by the Minister of ..., A, and ..., B" lists
        // officials. Only capitalised words, a country and the words joining them may run on.
        if (b >= 3 && t[b - 1].text == ",") {
          size_t j = b - 1;
          for (int steps = 0; j > 0 && steps < 12; ++steps) {
            const Mention* office = MentionEndingAt(si, j, MT::kTitle);
            if (office && j + 1 < b && Is(Lexicon::kOfficeConnector, t[j])) {
              // "A, the President of Peru, B": the office after A's comma is A's apposition
              // (AppositionEnd), and B's name stands alone.
              size_t p = office->b;
              if (p > 0 && Is(Lexicon::kArticle, t[p - 1])) --p;
              const bool after_official = p > 1 && t[p - 1].text == "," && MentionEndingAt(si, p - 1, MT::kOfficial);
              if (!after_official) b = office->b;
              break;
            }
            if (const Mention* c = MentionEndingAt(si, j, MT::kCountry)) {
              j = c->b;
              continue;
            }
            const Token& w = t[j - 1];
            const bool joins = Is(Lexicon::kOfficeConnector, w) || Is(Lexicon::kArticle, w);
            if (!joins && !(w.word && w.cap)) break;
            if (MentionAt(si, j - 1)) break;
            --j;
          }
        }
        for (bool grew = true; grew;) {
          grew = false;
          for (const Mention& x : si.m) {
            if (x.type != MT::kTitle && x.type != MT::kHonorific && x.type != MT::kCountry) continue;
            size_t end = x.e;
            // A plural name's possessive is a bare apostrophe: "the Marshall Islands' President".
            if (x.type == MT::kCountry && end < t.size() && (Is(Lexicon::kPossessiveEnding, t[end]) || t[end].text == "'")) ++end;
            if (end < b && end + 1 == b && t[end].text == "," && x.type == MT::kTitle) ++end;
            // "Senator the Hon Karl Brandt": an article between a title and an honorific.
            if (end + 1 == b && at_honorific && x.type == MT::kTitle && Is(Lexicon::kArticle, t[end])) ++end;
            // "Deputy Prime Minister and Foreign Minister A": two offices of one person, so one
            // OFFICIAL from the first office on (a name before "and" is another person's).
            if (end + 1 == b && at_title && x.type == MT::kTitle &&
                Is(Lexicon::kSecondOfficeAnd, t[end]))
              ++end;
            if (end == b && x.b < b) {
              b = x.b;
              at_honorific = x.type == MT::kHonorific;
              at_title = x.type == MT::kTitle;
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
    // Two pointers fit std::function's inline buffer; a third capture made it allocate once per
    // sentence.
    v.date = [this, &si](size_t i) -> size_t {
      const internal::Tense tense = si.future ? internal::Tense::kFuture : internal::Tense::kPast;
      auto d = internal::MatchDate(T(si), i, published_, tense);
      return d ? d->end - i : 0;
    };
    return v;
  }

  long Run::LatestRoleMeeting(const SentenceInfo& si) const {
    long latest = -1;
    int64_t latest_start = -1;
    for (const auto& [meeting, holders] : role_holders_) {
      for (const auto& holder : holders) {
        if (holder.second.start < si.s->span.start && holder.second.start > latest_start) {
          latest_start = holder.second.start;
          latest = static_cast<long>(meeting);
        }
      }
    }
    return latest;
  }

  long Run::EarlierMeetingNamed(const SentenceInfo& si, const std::string& word) const {
    long latest = -1;
    int64_t latest_start = -1;
    const std::string padded = " " + word + " ";
    for (size_t n = 0; n < builder_.node_count(); ++n) {
      const ExtractedNode& node = builder_.node(n);
      if (node.kind != "meeting" || builder_.IsAbsorbed(n)) continue;
      if ((" " + AsciiLower(node.name) + " ").find(padded) == std::string::npos) continue;
      for (const Span& span : node.mentions) {
        if (span.start < si.s->span.start && span.start > latest_start) {
          latest_start = span.start;
          latest = static_cast<long>(n);
        }
      }
    }
    return latest;
  }

  // The nodes a slot of a match stands for: the mentions it caught, the event the pattern made
  // ("event", or the name of a "make ... as NAME") or the meeting in focus ("focus").
  std::vector<size_t> Run::SlotNodes(const SentenceInfo& si, const extract::PatternMatch& match,
                                     const std::string& slot, const std::map<std::string, long>& made) const {
    std::vector<size_t> out;
    // The meeting whose roles an earlier sentence gave latest: the encounter the story told last.
    auto latest_role_meeting = [&]() { return LatestRoleMeeting(si); };
    auto add = [&](long node) {
      if (node >= 0 && std::find(out.begin(), out.end(), static_cast<size_t>(node)) == out.end()) {
        out.push_back(static_cast<size_t>(node));
      }
    };
    if (auto it = made.find(slot); it != made.end()) {
      add(it->second);
    } else if (slot == "event") {
    } else if (slot == "focus") {
      if (!TellsOfAnotherTime(si)) add(focus_meeting_);
    } else if (slot == "dateline-country") {
      add(dateline_country_);
    } else if (slot == "subject") {
      add(last_subject_);  // "he", "she": the official the story follows
    } else if (slot == "focus-pair") {
      // "the two ministers": the people holding roles at the meeting in focus, when they are two
      // (with more, the text has not said which two).
      std::set<size_t> people;
      if (auto holders = role_holders_.find(static_cast<size_t>(focus_meeting_)); focus_meeting_ >= 0 && holders != role_holders_.end()) {
        for (const auto& holder : holders->second) people.insert(holder.first);
      }
      if (people.size() == 2) {
        for (size_t person : people) add(static_cast<long>(person));
      }
    } else if (slot == "latest-pair") {
      // "Following the talks, the two ministers signed ...": the people of the encounter the story
      // told last (the meeting whose roles an earlier sentence gave latest), when they are two. A
      // trip's story moves from meeting to meeting: the meeting in focus may be another city's.
      const long latest = latest_role_meeting();
      if (latest >= 0) {
        std::set<size_t> people;
        for (const auto& holder : role_holders_.at(static_cast<size_t>(latest))) people.insert(holder.first);
        // "co-chaired by A and B; senior officials C and D led the preparatory round ... the two
        // ministers signed": with more people at the meeting, the two who co-chaired it.
        if (people.size() > 2) {
          std::set<size_t> chairs;
          for (size_t i = 0; i < builder_.edges().size(); ++i) {
            const ExtractedEdge& e = builder_.edges()[i];
            if (builder_.IsLive(i) && e.relation == "cochaired" && e.target == static_cast<size_t>(latest)) chairs.insert(e.source);
          }
          people = chairs;
        }
        if (people.size() == 2) {
          for (size_t person : people) add(static_cast<long>(person));
        }
      }
    } else if (slot == "latest-chairs") {
      // "The vice ministers signed a Joint Work Plan": a plural without a count names the group
      // the story last gave a role, and the only such group it names as one is the co-chairs of
      // the meeting whose roles came last (two or more; no one when that meeting has none).
      const long latest = latest_role_meeting();
      std::set<size_t> chairs;
      for (size_t i = 0; latest >= 0 && i < builder_.edges().size(); ++i) {
        const ExtractedEdge& e = builder_.edges()[i];
        if (builder_.IsLive(i) && e.relation == "cochaired" &&
            e.target == static_cast<size_t>(latest))
          chairs.insert(e.source);
      }
      if (chairs.size() >= 2) {
        for (size_t person : chairs) add(static_cast<long>(person));
      }
    } else if (slot.rfind(kEarlierMeeting, 0) == 0) {
      // "Vice-President B and Minister C attended the reception": the definite noun refers back
      // to the occasion the story told of before ("A hosted a reception at the palace"), as "the
      // meeting" does to the meeting in focus. Nothing when the story named no such occasion.
      if (const extract::Capture* c = match.Slot(slot.substr(kEarlierMeeting.size())); c && c->set && c->e > c->b) {
        add(EarlierMeetingNamed(si, T(si)[c->e - 1].lower));
      }
    } else if (slot.rfind(kCountryOf, 0) == 0) {
      for (size_t official : SlotNodes(si, match, slot.substr(kCountryOf.size()), made)) {
        const std::set<int> countries = CountriesKnownOf(official);
        for (const auto& [node, index] : country_index_) {
          if (countries.count(index)) add(static_cast<long>(node));
        }
      }
    } else if (const extract::Capture* c = match.Slot(slot)) {
      for (size_t id : c->mentions) add(si.m[id].node);
    }
    return out;
  }

  // "After the talks, the two ministers signed ...", "At a ceremony that followed, A and B signed
  // ...", "Afterwards, ...": a sentence whose opening phrase (up to its first comma) is such a
  // sequel and names no meeting tells of what followed the encounter the story told last. When
  // the story's occasion is a visit, what its patterns sign or agree there (`agreed_at focus`) is
  // reached at that encounter (the talks the visit holds), not at the visit, and its signatories
  // attend it. Only agreements: the sentence's roles stay the visit's. -1 when the sentence opens
  // otherwise, the occasion is no visit, or no other encounter came before.
  long Run::SequelFocus(const SentenceInfo& si) const {
    if (si.headline || focus_meeting_ < 0 || !IsVisit(static_cast<size_t>(focus_meeting_)))
      return -1;
    const auto& t = T(si);
    const size_t from = si.body_from;
    bool sequel = false;
    for (size_t i = from; i < t.size() && i < from + 8; ++i) {
      if (t[i].text == ",") break;
      if (const Mention* m = MentionAt(si, i); m && m->type == MT::kMeeting) return -1;
      if (sequel) continue;
      const bool comma_next = i + 1 < t.size() && t[i + 1].text == ",";
      // "Afterwards, ...": the adverb is the whole opening.
      if (i == from && comma_next && Is(Lexicon::kSequelAdverb, t[i])) sequel = true;
      // "At a ceremony that followed, ...": the closing word after a relative pronoun.
      if (i > from && comma_next && Is(Lexicon::kSequelClosing, t[i]) &&
          Is(Lexicon::kRelativePronoun, t[i - 1])) {
        sequel = true;
      }
      // "After the talks", "Shortly after their bilateral meeting", "Following talks with B": the
      // word (first or second) governs a meeting noun, after a determiner and at most one word
      // more. "After arriving in Lima", "After years of negotiation" tell of no encounter.
      if (i <= from + 1 && Is(Lexicon::kSequelWord, t[i])) sequel = GovernsMeetingNoun(t, i + 1);
    }
    if (!sequel) return -1;
    const long latest = LatestRoleMeeting(si);
    return latest != focus_meeting_ ? latest : -1;
  }

  // Whether the sentence names a meeting other than `meeting` before token `b`: one of
  // `meetings`, or a meeting noun (talk_noun, meeting_head, round_noun: "At their meeting in
  // January, ...").
  bool Run::OccasionNamedBefore(const SentenceInfo& si, const std::vector<std::pair<size_t, size_t>>& meetings,
                                size_t meeting, size_t b) const {
    for (const auto& [pos, node] : meetings) {
      if (node != meeting && pos >= si.body_from && pos < b) return true;
    }
    const auto& t = T(si);
    for (size_t k = si.body_from; k < b && k < t.size(); ++k) {
      if (Is(Lexicon::kTalkNoun, t[k]) || Is(Lexicon::kMeetingHead, t[k]) || Is(Lexicon::kRoundNoun, t[k])) return true;
    }
    return false;
  }

  // Whether a meeting noun (talk_noun, meeting_head, round_noun) stands at j, or after a
  // determiner there and at most one word more ("the talks", "their bilateral meeting", "the
  // second round"): without a determiner the noun must come first ("talks with B").
  bool Run::GovernsMeetingNoun(const std::vector<Token>& t, size_t j) const {
    auto meeting_noun = [&](size_t k) {
      return k < t.size() && (Is(Lexicon::kTalkNoun, t[k]) || Is(Lexicon::kMeetingHead, t[k]) ||
                              Is(Lexicon::kRoundNoun, t[k]));
    };
    if (meeting_noun(j)) return true;
    if (j >= t.size() || !(Is(Lexicon::kArticle, t[j]) || Is(Lexicon::kPossessiveDeterminer, t[j]) ||
                           Is(Lexicon::kFocusDeterminer, t[j]))) {
      return false;
    }
    if (meeting_noun(j + 1)) return true;
    return j + 1 < t.size() && t[j + 1].text != "," && meeting_noun(j + 2);
  }

  // Runs the pattern files' rules on a sentence: `make` creates the event a phrase names ("a
  // telephone call between A and B"), `emit` adds the edges between what the slots caught.
  // Every edge carries the pattern's name as its rule.
  void Run::ApplyPatterns(SentenceInfo& si, std::vector<std::pair<size_t, size_t>>& meetings) {
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
      struct ResetSequel {
        long& sequel;
        ~ResetSequel() { sequel = -1; }
      } reset_sequel{sequel_focus_};
      sequel_focus_ = SequelFocus(si);
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
        const std::vector<size_t> joint = UnjoinMeetingsOfEach(SlotNodes(si, match, each, {}), match, meetings);
        const size_t before = meetings.size();
        for (size_t id : match.slots[each_slot].mentions) {
          extract::PatternMatch one = match;
          one.slots[each_slot].mentions = {id};
          one.slots[each_slot].b = view.mentions[id].b;
          one.slots[each_slot].e = view.mentions[id].e;
          RunActions(si, one, rule, meetings);
        }
        // The first call's node is read once: erasing a joint meeting listed before it shifts
        // the positions in `meetings`.
        const long first = meetings.size() > before ? static_cast<long>(meetings[before].second) : -1;
        for (size_t m : joint) {
          // Its country and place edges are the first call's too.
          if (first < 0 || static_cast<size_t>(first) == m) continue;
          const std::string name = builder_.node(m).name;
          builder_.Absorb(static_cast<size_t>(first), m);
          builder_.RemoveAlias(static_cast<size_t>(first), name);
          meetings.erase(std::remove_if(meetings.begin(), meetings.end(), [&](const auto& x) { return x.second == m; }), meetings.end());
        }
      }
    }
  }

  // "paid courtesy calls on A, B and C" (`each`): one meeting per member, so a meeting of the
  // sentence that an "X met Y" rule made of several members at once is that list misread as one
  // meeting. Its roles go (so that the members' own meetings are not it), and the caller joins it
  // to the first member's meeting. Returns those meetings. Only a meeting named inside the match
  // is such a misreading: "A held talks with B on Monday, while C paid courtesy calls on A and B"
  // keeps A and B's own talks.
  std::vector<size_t> Run::UnjoinMeetingsOfEach(const std::vector<size_t>& members, const extract::PatternMatch& match,
                                                const std::vector<std::pair<size_t, size_t>>& meetings) {
    std::vector<size_t> out;
    for (const auto& entry : meetings) {
      const size_t pos = entry.first, m = entry.second;  // a plain copy: lambdas below capture it
      if (pos < match.b || pos >= match.e) continue;
      if (builder_.IsAbsorbed(m) || std::find(out.begin(), out.end(), m) != out.end()) continue;
      auto rule = builder_.node(m).attrs.find("rule");
      if (rule == builder_.node(m).attrs.end() || rule->second.rfind("implicit:", 0) != 0) continue;
      const auto attends = [&](size_t person) { return builder_.HasEdge(person, "attended", m); };
      if (std::count_if(members.begin(), members.end(), attends) < 2) continue;
      std::vector<size_t> people;
      for (size_t i = 0; i < builder_.edges().size(); ++i) {
        const ExtractedEdge& e = builder_.edges()[i];
        if (builder_.IsLive(i) && e.target == m && e.relation == "attended") people.push_back(e.source);
      }
      for (size_t person : people) builder_.RemoveEdge(person, "attended", m);
      role_holders_.erase(m);
      if (focus_meeting_ == static_cast<long>(m)) focus_meeting_ = -1;
      out.push_back(m);
    }
    return out;
  }

  // A match's `make`, `round` and `emit` actions.
  void Run::RunActions(SentenceInfo& si, const extract::PatternMatch& match, const std::string& rule,
                       std::vector<std::pair<size_t, size_t>>& meetings) {
    const extract::Pattern& p = *match.pattern;
    std::map<std::string, long> made;  // "event" and the names of "make ... as NAME"
    bool unmade_round = false;
    // A meeting named after the series in focus needs that series: without it the phrase ("the
    // first in Lima in 2019") names nothing the story can place.
    for (const auto& a : p.actions()) {
      if (a.verb == "make" && NameTemplate(a).find("{" + kFocusSeries + "}") != std::string::npos && FocusSeries() < 0) return;
    }
    // "The council last met in Bergen" names the series in focus again by its head word (slot
    // `head`) only when that series' name has the word: in a story about a joint commission, "the
    // council" is another body, and its meeting no round of the commission's.
    if (const extract::Capture* head = match.Slot(kHeadSlot); head && head->set && FocusSeries() >= 0) {
      const std::string series = " " + AsciiLower(builder_.node(static_cast<size_t>(FocusSeries())).name) + " ";
      for (size_t k = head->b; k < head->e && k < T(si).size(); ++k) {
        if (series.find(" " + T(si)[k].lower + " ") == std::string::npos) return;
      }
    }
    for (const auto& a : p.actions()) {
      if (a.verb == "make") made[MadeAs(a)] = MakeEvent(si, match, a, rule, meetings);
      if (a.verb == "round" && a.args[1] == kFocusSeries) {
        auto m = made.find(a.args[0]);
        if (m != made.end()) m->second = RoundOfFocusSeries(si, match, a, m->second);
      } else if (a.verb == "round" && p.SlotIndex(a.args[0]) < 0) {
        auto m = made.find(a.args[0]);
        if (const long series = RoundOfBody(si, match, a, m == made.end() ? -1 : m->second); series >= 0) {
          made[a.args[1]] = series;
        }
      } else if (a.verb == "round") {
        made["event"] = MakeRound(si, match, a, meetings);
        unmade_round = made["event"] < 0;
      }
    }
    if (unmade_round) return;
    // A meeting a pattern makes may turn out to be a named one its clause holds ("A received B
    // at the G20 summit"): A hosts B there, but does not chair the summit.
    const auto event = made.find("event");
    const bool named = event != made.end() && event->second >= 0 &&
                       std::any_of(si.m.begin(), si.m.end(), [&](const Mention& x) {
                         return x.type == MT::kMeeting && x.node == event->second;
                       });
    for (const auto& a : p.actions()) {
      if (a.verb != "emit" || a.args.size() != 3) continue;
      const std::string& rel = named && a.args[2] == "event" && a.args[1] == "chaired" ? "attended" : a.args[1];
      for (size_t from : SlotNodes(si, match, a.args[0], made)) {
        // A country read off another official is a default: the text's own word for this
        // official's country ("his Chilean counterpart") stands.
        if (a.args[2].rfind(kCountryOf, 0) == 0 && !CountriesKnownOf(from).empty()) continue;
        if (a.args[2] == "focus" && focus_meeting_ < 0 && (rel == "attended" || rel == "chaired" || rel == "cochaired")) {
          unplaced_roles_.emplace_back(from, rel, si.s->span, rule);
        }
        // "Back in March 2015, when the two leaders first met in Oslo, they decided to launch the X
        // Forum": a decision told of another time than the meeting in focus was announced at the
        // meeting its own sentence names (AnnouncedAtSentenceMeeting).
        // "agreed to set up a joint commission, whose first session will take place in Accra next
        // year": a series the match itself made (`round event series n`) is set up at the meeting in
        // focus; the sentence's date is its session's, not the decision's.
        if (a.args[2] == "focus" && rel == "announced_at" && made.count(a.args[0]) &&
            p.SlotIndex(a.args[0]) >= 0 && focus_meeting_ >= 0) {
          EmitEdge(si, from, rel, static_cast<size_t>(focus_meeting_), rule);
          continue;
        }
        if (a.args[2] == "focus" && rel == "announced_at" && TellsOfAnotherTime(si)) {
          unplaced_announcements_.push_back({from, si.s->span});
        }
        // "The summit, which was never held in Quito, took place in Arequipa": a pattern's place
        // the text denies is no place of the meeting, as for the place rules (NegatedPlace).
        if (rel == "held_in" && DeniedSlotPlace(si, match, a.args[2])) continue;
        // "After the talks, they signed ..." during a visit: reached at the talks (SequelFocus).
        if (rel == "agreed_at" && a.args[2] == "focus" && sequel_focus_ >= 0 &&
            !TellsOfAnotherTime(si)) {
          EmitEdge(si, from, rel, static_cast<size_t>(sequel_focus_), rule);
          continue;
        }
        for (size_t to : SlotNodes(si, match, a.args[2], made)) {
          EmitEdge(si, from, rel, to, rule);
        }
      }
      // The occasion referred back to is a meeting of this sentence, where its noun stands: the
      // role rules (`Roles`) give the sentence's role verbs to it, not to the meeting in focus.
      if (a.args[2].rfind(kEarlierMeeting, 0) == 0) {
        const extract::Capture* c = match.Slot(a.args[2].substr(kEarlierMeeting.size()));
        for (size_t to : SlotNodes(si, match, a.args[2], made)) {
          if (std::none_of(meetings.begin(), meetings.end(), [&](const auto& x) { return x.second == to; })) {
            meetings.push_back({c ? c->b : match.b, to});
          }
        }
      }
    }
  }

  // "Over the three days of his visit to Germany he will see Berlin and Hamburg": a visit to a
  // country is held in each of its places that a sentence about the visit or its visitor names
  // after a visit locative ("in", "to", "visit": lexicon `visit_locative`). VisitPlaces() then
  // drops the country for its cities.
  void Run::VisitCities() {
    std::map<size_t, std::set<size_t>> visit_country;  // visit -> the countries it is held in
    for (size_t i = 0; i < builder_.edges().size(); ++i) {
      const ExtractedEdge& e = builder_.edges()[i];
      if (e.relation != "held_in" || !builder_.IsLive(i) || !IsVisit(e.source)) continue;
      if (builder_.node(e.target).kind == "country") {
        visit_country[e.source].insert(e.target);
      } else if (auto c = place_country_.find(e.target); c != place_country_.end() && c->second >= 0) {
        // "arrives in Belem on his first visit to Brazil", placed in its first city: still a
        // visit to Brazil, whose other cities the story goes on to name.
        visit_country[e.source].insert(CountryNode(c->second));
      }
    }
    // Which sentences say "he"/"his": found once, not once per visit (a long story of many
    // visits made this scan visits x tokens).
    std::vector<bool> has_pronoun;
    if (!visit_country.empty()) {
      has_pronoun.reserve(infos_.size());
      for (const SentenceInfo& si : infos_) {
        const auto& t = T(si);
        has_pronoun.push_back(std::any_of(t.begin(), t.end(), [&](const Token& w) { return Is(Lexicon::kStoryPronoun, w); }));
      }
    }
    for (const auto& [visit, country] : visit_country) {
      // The visit's role holders, looked up per mention (not walked per mention).
      std::set<long> holders;
      if (auto it = role_holders_.find(visit); it != role_holders_.end()) {
        for (const auto& holder : it->second) holders.insert(static_cast<long>(holder.first));
      }
      const std::vector<Span>& named = builder_.node(visit).mentions;
      for (size_t sentence = 0; sentence < infos_.size(); ++sentence) {
        const SentenceInfo& si = infos_[sentence];
        const Span s = si.s->span;
        bool about = std::any_of(named.begin(), named.end(), [&](const Span& m) { return m.start >= s.start && m.end <= s.end; });
        const auto& t = T(si);
        // The visitor by name, or as "he"/"his" while the story follows them.
        const bool pronoun = has_pronoun[sentence];
        for (const Mention& m : si.m) {
          if (about || m.type != MT::kOfficial) continue;
          about = holders.count(m.node) > 0;
        }
        if (!about && pronoun) about = holders.count(si.subject) > 0;
        if (!about) continue;
        // A sentence dated in another year speaks of another time ("was in Rio in 2019").
        const std::string year = (builder_.node(visit).date.empty() ? story_.Iso() : builder_.node(visit).date).substr(0, 4);
        bool other_time = false;
        for (size_t i = si.body_from; i < t.size() && !other_time; ++i) {
          auto date = internal::MatchDate(t, i, published_, TenseAt(si, i));
          other_time = date && date->date.Iso().substr(0, 4) != year;
        }
        if (other_time) continue;
        // A place right after a visit locative ("in", "to", "visit"), or after one and "the ...
        // of": "to the northern port city of Bilbao"; not "hopes to see Bilbao", "mayors from".
        bool containing = false;  // the last place tested is a province containing the one before it
        auto after_locative = [&](size_t b) {
          containing = false;
          size_t k = b;
          // "Itaguai, in the state of Rio de Janeiro": a province so named after "in" contains
          // the place visited; "to the eastern state of Brandenburg" is a destination.
          for (size_t o = b > 3 ? b - 3 : 1; o < b; ++o) {
            size_t len = 0;
            if (g_.MatchLexicon(Lexicon::kPlaceOpener, t, o, len) != "province" || o + len != b) continue;
            size_t in = o - 1;
            if (in > 0 && Is(Lexicon::kArticle, t[in])) --in;
            if (Is(Lexicon::kContainingPreposition, t[in])) {
              containing = true;
              return false;
            }
          }
          if (k > 0 && Is(Lexicon::kBelongingPreposition, t[k - 1])) {
            --k;
            while (k > 0 && b - k < kLocativeReach && t[k - 1].word && !t[k - 1].cap && !Is(Lexicon::kArticle, t[k - 1])) --k;
            if (k == 0 || !Is(Lexicon::kArticle, t[k - 1])) return false;
          }
          if (k > 0 && Is(Lexicon::kArticle, t[k - 1])) --k;
          return k > 0 && Is(Lexicon::kVisitLocative, t[k - 1]);
        };
        // "the French consulate in Recife": a place inside a body's name is not where one goes.
        // Nor "the Embassy of Korea in Nairobi": the seat of a country's mission (a `country_body`
        // office word in its name) named right before "in". Any other body is somewhere one goes:
        // "visited the African Union in Addis Ababa" is a visit to Addis Ababa.
        auto mission = [&](const Mention& o) {
          for (size_t k = o.b; k < o.e; ++k) {
            size_t len = 0;
            if (g_.MatchLexicon(Lexicon::kCountryBody, t, k, len).rfind("office:", 0) == 0) return true;
          }
          return false;
        };
        auto in_body = [&](const Mention& p) {
          return std::any_of(si.m.begin(), si.m.end(), [&](const Mention& o) {
            return o.type == MT::kOrg &&
                   ((o.b <= p.b && p.e <= o.e) || (o.e + 1 == p.b && Is(Lexicon::kContainingPreposition, t[o.e]) && mission(o)));
          });
        };
        // "takes in Itaguai, in the state of Rio, as well as Sao Paulo and Brasilia": a place
        // listed right after one taken goes with it (only list words, lower-case words and other
        // place names between, the last a `list_join`).
        const Mention* taken = nullptr;
        auto listed_after_taken = [&](const Mention& m) {
          if (!taken || m.b <= taken->e || m.b - taken->e > kListReach || !Is(Lexicon::kListJoin, t[m.b - 1])) return false;
          for (size_t k = taken->e; k < m.b; ++k) {
            const bool in_place = std::any_of(si.m.begin(), si.m.end(), [&](const Mention& o) {
              return o.type == MT::kPlace && o.b <= k && k < o.e;
            });
            if (!in_place && !Is(Lexicon::kListJoin, t[k]) && !(t[k].word && !t[k].cap)) return false;
          }
          return true;
        };
        for (const Mention& m : si.m) {
          if (m.type != MT::kPlace || m.node < 0 || in_body(m)) continue;
          if (!after_locative(m.b) && !listed_after_taken(m)) {
            // "takes in Itaguai, in the state of Rio, as well as Sao Paulo": the province stands
            // beside a visited town (known or not), so the list goes on after it.
            if (containing) taken = &m;
            continue;
          }
          // A city, not a venue or district in one ("at the Coral Palace in Lima"): the visit's
          // meetings are held there, not the visit.
          if (place_parent_.count(static_cast<size_t>(m.node)) ||
              (place_parent_node_.count(static_cast<size_t>(m.node)) && !province_cities_.count(static_cast<size_t>(m.node)))) {
            continue;
          }
          auto where = place_country_.find(static_cast<size_t>(m.node));
          if (where == place_country_.end() || where->second < 0 || !country.count(CountryNode(where->second))) continue;
          builder_.Edge(visit, "held_in", static_cast<size_t>(m.node), s, "visit:city");
          taken = &m;
        }
      }
    }
  }

  // A visit held in the cities it names is not also held in their country ("Macron's visit to
  // Brazil", then Belem and Brasilia).
  void Run::VisitPlaces() {
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
    MeetingsDuringVisits();
  }

  // "On his visit to Japan ... In Tokyo, A held talks ...; with B he also conducted the first
  // round of ...": a meeting at which a visit's role holder holds a role, in the days of a visit
  // held in one city, and that names no place of its own (or only the visit's country) is held in
  // that city; a visit to a country that names no city lends the country ("a two-day visit to
  // Peru, during which he takes part in the fifth trilateral dialogue"). A meeting two visits
  // would place is left: the text has not said which. Not a call, nor a meeting of another time.
  // Whether the sentence of `evidence` has a locative before a capitalised word no mention covers
  // ("signed in Stephenville, in the province of ..."): a place the gazetteer does not know.
  bool Run::NamesUnknownPlace(const Span& evidence) const {
    for (const SentenceInfo& si : infos_) {
      if (si.s->span.start != evidence.start || si.s->span.end != evidence.end) continue;
      const auto& t = T(si);
      for (size_t k = si.body_from; k + 1 < t.size(); ++k) {
        size_t len = 0;
        if (t[k].cap || !t[k + 1].cap || !t[k + 1].word || g_.MatchLexicon(Lexicon::kLocative, t, k, len).empty()) continue;
        const bool known = std::any_of(si.m.begin(), si.m.end(), [&](const Mention& m) { return m.b <= k + 1 && k + 1 < m.e; });
        if (!known) return true;
      }
      return false;
    }
    return false;
  }

  void Run::MeetingsDuringVisits() {
    std::map<size_t, std::set<size_t>> held;                 // meeting -> where
    std::map<size_t, std::map<size_t, Span>> roles;          // meeting -> role holder -> evidence
    for (size_t i = 0; i < builder_.edges().size(); ++i) {
      const ExtractedEdge& e = builder_.edges()[i];
      if (!builder_.IsLive(i)) continue;
      if (e.relation == "held_in") held[e.source].insert(e.target);
      if ((e.relation == "attended" || e.relation == "chaired" || e.relation == "cochaired") && !e.evidence.empty()) {
        roles[e.target].emplace(e.source, e.evidence.front().span);
      }
    }
    // What does not depend on the visit is read once per meeting, and a visit looks only at the
    // meetings of its own role holders: with a pass over every meeting for every visit (its date
    // parsed and name tokenized each time) a long story took time in the square of its meetings.
    using Candidate = TourCandidate;
    std::map<size_t, Candidate> candidates;                  // meeting -> what the test needs
    std::map<size_t, std::set<size_t>> meetings_of;          // role holder -> meetings
    for (const auto& [meeting, holders] : roles) {
      if (IsVisit(meeting) || builder_.node(meeting).kind != "meeting") continue;
      const auto kind = internal::Tokenize(builder_.node(meeting).name);
      if (std::any_of(kind.begin(), kind.end(), [&](const Token& w) { return Is(Lexicon::kRemoteMeeting, w); })) continue;
      Candidate& c = candidates[meeting];
      const std::string& date = builder_.node(meeting).date;
      c.dated = !date.empty();
      if (c.dated) c.date = internal::ParseDateText(date);
      for (const auto& holder : holders) meetings_of[holder.first].insert(meeting);
    }
    std::map<size_t, std::map<size_t, Span>> placed;  // meeting -> where the visits put it
    // The countries each official serves, by title ("Vietnamese Prime Minister B").
    std::map<size_t, std::set<size_t>> serves;
    for (size_t i = 0; i < builder_.edges().size(); ++i) {
      const ExtractedEdge& e = builder_.edges()[i];
      if (builder_.IsLive(i) && e.relation == "represents" && builder_.node(e.target).kind == "country") {
        serves[e.source].insert(e.target);
      }
    }
    for (const auto& [visit, where] : held) {
      if (IsVisit(visit) && where.size() > 1) TourMeetings(visit, where, held, roles, candidates, meetings_of, serves, placed);
      if (!IsVisit(visit) || where.size() != 1) continue;
      // A copy: CountryNode() below may add a node and move the builder's nodes.
      const std::string kind = builder_.node(*where.begin()).kind;
      if (kind != "place" && kind != "country") continue;
      const size_t city = *where.begin();
      auto in = place_country_.find(city);
      const long country = kind == "country" ? static_cast<long>(city)
                           : in != place_country_.end() && in->second >= 0 ? static_cast<long>(CountryNode(in->second)) : -1;
      const auto visit_date = internal::ParseDateText(builder_.node(visit).date);
      auto visitors = roles.find(visit);
      if (!visit_date || visitors == roles.end()) continue;
      std::set<size_t> people;
      std::set<size_t> theirs;  // the meetings at which one of them holds a role, in node order
      for (const auto& holder : visitors->second) {
        people.insert(holder.first);
        auto of = meetings_of.find(holder.first);
        if (of != meetings_of.end()) theirs.insert(of->second.begin(), of->second.end());
      }
      for (size_t meeting : theirs) {
        if (meeting == visit) continue;
        const Candidate& c = candidates.at(meeting);
        auto own = held.find(meeting);
        if (own != held.end() && !(own->second.size() == 1 && static_cast<long>(*own->second.begin()) == country)) continue;
        if (c.dated) {
          const auto days = c.date ? internal::DaysBetween(*visit_date, *c.date) : std::nullopt;
          // A meeting known only to the month of the visit's day ("during the visit (May 3-6)")
          // may fall in it.
          const bool in_month = c.date && c.date->day == 0 && c.date->month > 0 &&
                                c.date->month == visit_date->month && c.date->year == visit_date->year;
          if (!in_month && (!days || *days < 0 || *days > 7)) continue;
        }
        const auto& holders = roles.at(meeting);
        const auto by = std::find_if(holders.begin(), holders.end(), [&](const auto& h) { return people.count(h.first) > 0; });
        if (by == holders.end()) continue;
        if (kind == "country" && NamesUnknownPlace(by->second)) continue;  // a town we do not know is more specific
        placed[meeting].emplace(city, by->second);
      }
    }
    for (const auto& [meeting, places] : placed) {
      if (places.size() != 1) continue;
      const auto& [city, evidence] = *places.begin();
      if (auto own = held.find(meeting); own != held.end() && own->second.count(city)) continue;
      const auto in = place_country_.find(city);
      if (in != place_country_.end() && in->second >= 0) {
        builder_.RemoveEdge(meeting, "held_in", CountryNode(in->second));
      }
      builder_.Edge(meeting, "held_in", city, evidence, "visit:meeting-during");
    }
  }

  // "a trip that takes him to Vietnam and Jakarta ... On Monday he is to meet Vietnamese Prime
  // Minister B": a tour held in several places holds the meeting of its days (dated 0-7 days
  // after it; undated meetings of a tour could be at any stop) at which its visitor meets
  // officials who all serve one country of the tour, where the tour goes in that country (its one
  // city there, or the country itself). Not a meeting that names a place of its own.
  void Run::TourMeetings(size_t visit, const std::set<size_t>& where, const std::map<size_t, std::set<size_t>>& held,
                         const std::map<size_t, std::map<size_t, Span>>& roles,
                         const std::map<size_t, TourCandidate>& candidates,
                         const std::map<size_t, std::set<size_t>>& meetings_of,
                         const std::map<size_t, std::set<size_t>>& serves,
                         std::map<size_t, std::map<size_t, Span>>& placed) {
    const auto visit_date = internal::ParseDateText(builder_.node(visit).date);
    auto visitors = roles.find(visit);
    if (!visit_date || visitors == roles.end()) return;
    std::map<size_t, std::vector<size_t>> stops;  // country -> the tour's places in it
    for (size_t p : where) {
      if (builder_.node(p).kind == "country") {
        stops[p].push_back(p);
        continue;
      }
      auto in = place_country_.find(p);
      if (builder_.node(p).kind != "place" || in == place_country_.end() || in->second < 0) return;
      stops[CountryNode(in->second)].push_back(p);
    }
    std::set<size_t> people;
    std::set<size_t> theirs;
    for (const auto& holder : visitors->second) {
      people.insert(holder.first);
      if (auto of = meetings_of.find(holder.first); of != meetings_of.end()) theirs.insert(of->second.begin(), of->second.end());
    }
    for (size_t meeting : theirs) {
      if (meeting == visit || held.count(meeting)) continue;
      const TourCandidate& c = candidates.at(meeting);
      if (!c.dated || !c.date) continue;
      const auto days = internal::DaysBetween(*visit_date, *c.date);
      if (!days || *days < 0 || *days > 7) continue;
      std::set<size_t> hosts;  // the countries the visitor's counterparts serve
      const Span* evidence = nullptr;
      bool unknown = false;
      for (const auto& [official, span] : roles.at(meeting)) {
        if (people.count(official)) {
          evidence = &span;
          continue;
        }
        auto s = serves.find(official);
        if (s == serves.end()) {
          unknown = true;
          continue;
        }
        hosts.insert(s->second.begin(), s->second.end());
      }
      if (!evidence || unknown || hosts.size() != 1) continue;
      auto stop = stops.find(*hosts.begin());
      if (stop == stops.end() || stop->second.size() != 1) continue;
      placed[meeting].emplace(stop->second.front(), *evidence);
    }
  }

  void Run::EmitEdge(const SentenceInfo& si, size_t from, const std::string& rel, size_t to, const std::string& rule) {
    if (from == to) return;
    const bool role = rel == "attended" || rel == "chaired" || rel == "cochaired";
    if (rel == "attended" && (builder_.HasEdge(from, "cochaired", to) || builder_.HasEdge(from, "chaired", to))) {
      return;  // a chair also attends: the stronger role stands
    }
    // A series is not announced at one of its own rounds ("the third round ..., the dialogue the
    // two presidents agreed to set up in 2009": the agreement was at an earlier meeting).
    // It may have been announced at another meeting of the same sentence ("agreed to set up the
    // X Dialogue when they met in London"): AnnouncedAtSentenceMeeting() looks at the end.
    if (rel == "announced_at" && builder_.HasEdge(to, "round_of", from)) {
      unplaced_announcements_.push_back({from, si.s->span});
      return;
    }
    if (rel == "held_in") {
      // The first, most specific place stands; a visit goes to every city it names, and a trip
      // to every country ("a tour that brings him to Peru and Chile").
      const bool more = IsVisit(from) && (builder_.node(to).kind == "place" || builder_.node(to).kind == "country");
      if (!placed_.insert(from).second && !more) return;
    }
    builder_.Edge(from, rel, to, si.s->span, rule);
    if (role) role_holders_[to].insert({from, si.s->span});
    // The official's country is known from here on: no counterpart inference gives another.
    if (auto c = country_index_.find(to); rel == "represents" && c != country_index_.end()) {
      pending_represents_.insert({from, c->second});
    }
    if (rel == "participant" && builder_.node(from).kind == "country") {
      meeting_countries_[to].insert({from, si.s->span});
    }
  }

  // The series a body that meets stands for: its dialogue node, made from the body's words when
  // the mention is not one already, taking over an organization node made from the same words.
  size_t Run::SeriesOfBody(const SentenceInfo& si, const Mention& body) {
    if (body.type == MT::kDialogue && body.node >= 0) return static_cast<size_t>(body.node);
    const size_t dialogue = DialogueNode(si, body.b, body.e);
    if (body.type == MT::kOrg && body.node >= 0 && static_cast<size_t>(body.node) != dialogue &&
        builder_.node(static_cast<size_t>(body.node)).kind == "organization") {
      builder_.Absorb(dialogue, static_cast<size_t>(body.node));
    }
    return dialogue;
  }

  // The round number a `round` action's optional third argument (an ordinal slot) gives; 0 when
  // there is none.
  int Run::RoundNumberSlot(const SentenceInfo& si, const extract::PatternMatch& match,
                           const extract::PatternAction& a) const {
    if (a.args.size() != 3) return 0;
    const extract::Capture* n = match.Slot(a.args[2]);
    return n ? Ordinal(T(si), n->b) : 0;
  }

  // "the fourth ministerial meeting of the Trade Council": the body that meets is a series
  // (a dialogue node, taking over an organization node made from the same words) and the
  // meeting is its round, numbered by the ordinal slot.
  long Run::MakeRound(SentenceInfo& si, const extract::PatternMatch& match, const extract::PatternAction& a,
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
    const size_t dialogue = SeriesOfBody(si, body);
    const int number = RoundNumberSlot(si, match, a);
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
  std::string Run::FillTemplate(const SentenceInfo& si, const extract::PatternMatch& match, const std::string& spec) const {
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
      if (slot == kFocusSeries && FocusSeries() >= 0) value = builder_.node(static_cast<size_t>(FocusSeries())).name;
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

  // What every agreement a pattern makes needs besides its node: the meeting in focus's sides as
  // its parties when the pattern names none, and that meeting as where it was reached.
  long Run::FinishPatternAgreement(const SentenceInfo& si, const extract::PatternMatch& match,
                                   const std::string& as, size_t agreement) {
    bool parties = false;
    for (const auto& x : match.pattern->actions()) {
      parties |= x.verb == "emit" && x.args[1] == "party_to" && x.args[2] == as;
    }
    // A pattern that names no parties ("... and signed a memorandum covering seven areas"):
    // like "both sides agreed", the sides are the participants of the meeting in focus.
    const long focus = sequel_focus_ >= 0 ? sequel_focus_ : focus_meeting_;
    if (!parties) pending_parties_.push_back({agreement, focus, si.s->span});
    for (const auto& x : match.pattern->actions()) {
      // Reached at the meeting in focus: dated by it, as the agreements "agreed to" names.
      if (x.verb == "emit" && x.args[0] == as && x.args[1] == "agreed_at" && x.args[2] == "focus" &&
          focus >= 0 && !TellsOfAnotherTime(si)) {
        agreement_meeting_[agreement] = static_cast<size_t>(focus);
      }
    }
    return static_cast<long>(agreement);
  }

  // The meeting a `make meeting TAG [NAME]` action names. One visitor's visit in a story is one
  // visit; the same people meeting in one story is one meeting (the meeting in focus when they
  // all hold roles there already).
  long Run::MakeEvent(const SentenceInfo& si, const extract::PatternMatch& match, const extract::PatternAction& a,
                      const std::string& rule, std::vector<std::pair<size_t, size_t>>& meetings) {
    const std::string& tag = a.args[1];
    const std::string as = MadeAs(a);  // what the pattern's emit lines call the result
    if (a.args[0] == "agreement") {
      // An agreement is named by the words of its slot ("China-Egypt comprehensive strategic
      // partnership"), keyed by them like the named agreements of the C++ rules.
      const std::string spec = NameTemplate(a);
      const bool templated = spec.find('{') != std::string::npos;
      // A list's later members ("signed a convention on X, a memorandum on Y and an agreement on
      // Z") sit in optional slots: a slot the match left empty names no agreement (not the whole
      // match), and so does a template whose slots are all empty.
      if (!spec.empty() && !templated && !match.Slot(spec)) return -1;
      const extract::Capture* c = !spec.empty() && !templated ? match.Slot(spec) : nullptr;
      if (templated) {
        // "a memorandum on fisheries and another on tourism": the second is named by a template
        // ("{kind} {topic2}"), the kind the first's words, the topic its own; its span is its
        // last slot's.
        const extract::Capture* last = nullptr;
        for (size_t open = spec.find('{'); open != std::string::npos;
             open = spec.find('{', open + 1)) {
          const size_t close = spec.find('}', open);
          if (const extract::Capture* s = match.Slot(spec.substr(open + 1, close - open - 1)))
            last = s;
          else
            return -1;
        }
        if (!last) return -1;
        const std::string name = FillTemplate(si, match, spec);
        const size_t agreement =
            builder_.Node("agreement:" + NormalizeName(name), "agreement", name, rule);
        builder_.Mention(agreement, SpanOf(si, last->b, last->e), name);
        return FinishPatternAgreement(si, match, as, agreement);
      }
      const size_t b = c ? c->b : match.b, e = c ? c->e : match.e;
      size_t k = b;
      const auto& t = T(si);
      while (k + 1 < e && Is(Lexicon::kArticle, t[k])) ++k;
      // "signed a Memorandum of Understanding on Political Consultations": the slot caught only
      // the head of an agreement the sentence names in full; that agreement is the one meant.
      for (const Mention& m : si.m) {
        if (m.type == MT::kAgreement && m.node >= 0 && m.b <= k && m.e > e) return m.node;
      }
      return FinishPatternAgreement(si, match, as, AgreementNode(si, k, e, rule));
    }
    if (tag == "visit" && ArrivalForAMeeting(si, match)) return -1;
    std::vector<size_t> people;
    for (const auto& e : match.pattern->actions()) {
      if (e.verb != "emit" || e.args[2] != as) continue;
      if (e.args[1] != "attended" && e.args[1] != "chaired" && e.args[1] != "cochaired") continue;
      for (size_t n : SlotNodes(si, match, e.args[0], {})) {
        if (std::find(people.begin(), people.end(), n) == people.end()) people.push_back(n);
      }
    }
    // "bilateral meetings with representatives from A and B" (`each sides`): the same people
    // meet each side apart, so the member of the list the actions run for is part of the key.
    std::vector<size_t> sides;
    for (const auto& x : match.pattern->actions()) {
      if (x.verb != "each") continue;
      for (size_t n : SlotNodes(si, match, x.args[0], {})) {
        if (std::find(people.begin(), people.end(), n) == people.end()) sides.push_back(n);
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
    while (b + 1 < e && (Is(Lexicon::kArticle, t[b]) || Is(Lexicon::kPossessiveDeterminer, t[b]))) ++b;
    // The clause names the meeting itself ("is to hold talks with B at the 23rd meeting of
    // the Special Representatives"): the phrase describes that meeting, not another one. A visit
    // is an occasion of its own that holds the meetings it names ("a two-day visit, during which
    // he takes part in the 4th round of ...").
    // A pattern that makes another round of the series in focus ("agreeing to hold the next
    // round in Lima" after the inaugural round) names another occasion than the clause's.
    bool other_round = false;
    for (const auto& x : match.pattern->actions()) {
      other_round |= x.verb == "round" && x.args.size() >= 2 && x.args[1] == kFocusSeries;
    }
    for (const auto& [from, to] : Clauses(si)) {
      if (tag == "visit" || other_round) break;
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
        // "reviewed the state visit of A to Seoul in 2019 and prepared the visit of B to Astana":
        // a visitor of another country makes another visit (two ministers of one country travel
        // together on one).
        auto holders = role_holders_.find(node);
        auto country_of = [&](size_t official) {
          const std::set<int> known = CountriesKnownOf(official);
          if (known.size() == 1) return *known.begin();
          return known.empty() ? KnownHolderCountry(builder_.node(official).name) : -1;
        };
        const bool other_visitor =
            !people.empty() && holders != role_holders_.end() && !holders->second.empty() &&
            std::all_of(holders->second.begin(), holders->second.end(), [&](const auto& h) {
              const int theirs = country_of(h.first);
              return theirs >= 0 && std::all_of(people.begin(), people.end(), [&](size_t p) {
                const int ours = country_of(p);
                return ours >= 0 && ours != theirs;
              });
            });
        if (visit && !other_visitor) return static_cast<long>(node);
      }
    }
    bool fallback = false;
    const std::string date = SentenceDate(si, &fallback);
    // The same people's talks at another stop of a trip are another meeting ("Rojas and Ibarra
    // also held talks in Rosario", after their talks in Buenos Aires).
    long here = -1;
    for (const auto& [cb, ce] : Clauses(si)) {
      if (cb <= match.b && match.b < ce) here = ClausePlace(si, cb, ce);
    }
    auto elsewhere = [&](size_t meeting) {
      return here >= 0 && HeldElsewhere(meeting, static_cast<size_t>(here));
    };
    auto made = made_tag_.find(static_cast<size_t>(std::max(focus_meeting_, 0L)));
    // A meal or reception (`occasion`) is never the named meeting its people hold roles at.
    const bool same_kind = made == made_tag_.end() ? tag != "occasion" : made->second == tag;
    // A next occasion ("the two ministers will meet again in May") is another meeting of the
    // same people, never the one in focus.
    if (!people.empty() && sides.empty() && tag != "visit" && tag != kNextTag && same_kind &&
        FocusHasAll(people, date, fallback) && !elsewhere(static_cast<size_t>(focus_meeting_))) {
      return focus_meeting_;
    }
    // "B and C also handed President A their credentials" after D presented hers: the
    // one who receives guests at a pattern's occasion of the same kind, on the same day, holds
    // one occasion, whoever the guests are.
    std::vector<size_t> hosts;
    for (const auto& x : match.pattern->actions()) {
      if (x.verb != "emit" || x.args[2] != as || x.args[1] != "chaired") continue;
      for (size_t n : SlotNodes(si, match, x.args[0], {})) hosts.push_back(n);
    }
    if (!hosts.empty() && sides.empty() && tag != "visit" && made != made_tag_.end() && same_kind &&
        FocusHasAll(hosts, date, fallback)) {
      return focus_meeting_;
    }
    // `make meeting next ...`: a series' next occasion ("the next session will be held in A in
    // 2027"). However often a story names it, it is one meeting: its words (the template's first
    // slot, "next session") make it once; a later sentence stating the same place and time names
    // it again, and one stating another contradicts the first and makes nothing.
    std::string next_words, next_stated;
    if (tag == kNextTag) {
      const size_t open = name_spec.find('{'), close = name_spec.find('}');
      const extract::Capture* words =
          open != std::string::npos && close > open ? match.Slot(name_spec.substr(open + 1, close - open - 1)) : nullptr;
      next_words = NormalizeName(words ? Surface(si, words->b, words->e) : Surface(si, b, e));
      const extract::Capture* when = match.Slot(kWhenSlot);
      next_stated = NormalizeName(name) + "@" + (when ? NormalizeName(Surface(si, when->b, when->e)) : "");
      if (auto it = next_editions_.find(next_words); it != next_editions_.end()) {
        if (it->second.first != next_stated) return -1;
        meetings.push_back({match.b, it->second.second});
        return static_cast<long>(it->second.second);
      }
    }
    std::string key;
    bool another_stop = false;
    if (!next_words.empty()) {
      key = "meeting:next:" + next_words;
    } else if (tag == "visit" && !people.empty()) {
      key = "meeting:visit:" + std::to_string(people.front());
    } else if (people.size() >= 2) {
      std::vector<size_t> sorted = people;
      std::sort(sorted.begin(), sorted.end());
      // A meal or reception the host gives is an engagement of its own beside the same
      // people's talks (GUIDELINES: its own place and hour), so the tag is part of its key.
      key = tag == "occasion" ? "meeting:occasion" : "meeting:implicit";
      for (size_t p : sorted) key += ":" + std::to_string(p);
      for (size_t n : sides) key += ":with:" + std::to_string(n);
      if (builder_.Has(key) && elsewhere(builder_.At(key))) {
        key += ":in:";
        key += std::to_string(here);
        another_stop = true;
      }
    } else {
      key = "meeting:" + tag + ":" + std::to_string(si.s->span.start) + ":" + std::to_string(b);
      // Meetings dated by their own words are told apart by them ("the two previous rounds,
      // held in A in 2019 and in B in 2022": two patterns from the same word, two rounds).
      if (const extract::Capture* when = match.Slot(kWhenSlot)) key += "@" + std::to_string(when->b);
    }
    if (name.empty()) name = Surface(si, b, e);
    const size_t meeting = builder_.Node(key, "meeting", name, rule);
    made_tag_.emplace(meeting, tag);
    if (!next_words.empty()) next_editions_.emplace(next_words, std::make_pair(next_stated, meeting));
    // A template's words are a description, not a name the text used: no alias from them.
    builder_.Mention(meeting, SpanOf(si, b, e), name_spec.find('{') == std::string::npos ? Surface(si, b, e) : "");
    // "A's visit to India runs until Wednesday, and on Tuesday he will co-chair ...": a visit
    // spans days, so a day another clause gives dates that clause's event, not the visit.
    size_t from = 0, to = SIZE_MAX;
    if (tag == "visit") {
      for (const auto& [cb, ce] : Clauses(si)) {
        if (cb <= b && b < ce) from = cb, to = ce;
      }
      // "reviewed A's visit to Seoul in 2019 and prepared B's visit to Astana in June": after
      // another visit of the clause, the dates before this one are that visit's.
      for (const auto& [pos, node] : meetings) {
        if (node != meeting && pos >= from && pos < b && IsVisit(node)) from = b;
      }
    }
    // A `when` slot dates the meeting by its own words: "the first in Lima in 2019, the second in
    // Quito in 2021" dates each round apart.
    if (const extract::Capture* when = match.Slot(kWhenSlot)) {
      from = when->b, to = when->e;
    } else if (tag == kNextTag && OccasionNamedBefore(si, meetings, meeting, b)) {
      // "At the January meeting in Oslo, they agreed the next session will be held in Reykjavik":
      // a date before the words of a next occasion, after another meeting named first, is that
      // meeting's, not the next one's; "On 12 June, the next summit will be held in Lima" dates
      // the next summit.
      from = std::max(from, b);
    }
    DateImplicit(meeting, si, from, to, b);
    // A next occasion is still to come: a day or month its words give without a year is the
    // first such on or after the story's day ("agreed to meet again in February" in a March
    // story is next February, "on 2 March" in a story of 20 March next year's, "in September"
    // this year's), whatever year the date reader chose for a date of the past.
    if (tag == kNextTag && published_.month > 0) {
      auto d = internal::ParseDateText(builder_.node(meeting).date);
      bool year_written = false;
      for (size_t k = from; k < to && k < T(si).size(); ++k) {
        // "In September next year": the year is written as a step from the story's.
        year_written |= (T(si)[k].number && T(si)[k].text.size() == 4) ||
                        internal::CountsYearFromPublication(T(si), k);
      }
      // Only a date the words gave: the day of the report a dateless sentence falls back on is
      // no date of the occasion to move.
      if (d && d->month > 0 && !year_written && !fallback_dated_.count(meeting)) {
        const bool earlier = d->month < published_.month ||
                             (d->month == published_.month && d->day > 0 && published_.day > 0 &&
                              d->day < published_.day);
        int year = published_.year + (earlier ? 1 : 0);
        // 29 February comes only in a leap year: in a story of 1 March 2028 the next one is
        // 2032's (moved one year it was "2029-02-29", a day no calendar has).
        const auto leap = [](int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; };
        if (d->month == 2 && d->day == 29) {
          while (!leap(year)) ++year;
        }
        // A year of five digits is no ISO date ("on 2 March" in a story of 31 December 9999).
        if (d->year != year && year <= 9999) {
          d->year = year;
          builder_.SetDateForce(meeting, d->Iso());
        }
      }
    }
    // Across documents the same people meeting on the same day is one meeting; without a day
    // the key would join every undated meeting of theirs, so none is given.
    if (!people.empty() && !builder_.node(meeting).date.empty()) {
      std::set<std::string> names;
      for (size_t p : people) names.insert(NormalizeName(builder_.node(p).name));
      std::string with;
      for (size_t n : sides) with += "+" + NormalizeName(builder_.node(n).name);
      builder_.AddIdentityKey(
          meeting,
          tag + ":" + Join(names, ",") + with + "@" + builder_.node(meeting).date +
              (another_stop ? "@" + NormalizeName(builder_.node(static_cast<size_t>(here)).name)
                            : ""));
    }
    if (focus_meeting_ < 0) focus_meeting_ = static_cast<long>(meeting);
    meetings.push_back({match.b, meeting});
    return static_cast<long>(meeting);
  }

  // The countries an official serves as far as read: their pending represents pairs, and for an
  // official first named in this sentence, the country their title gave them.
  std::set<int> Run::CountriesKnownOf(size_t official) const {
    std::set<int> countries;
    for (const auto& [off, country] : RepresentsOf(official)) countries.insert(country);
    if (auto same = officials_by_node_.find(official); same != officials_by_node_.end()) {
      for (const auto* entry : same->second) {
        if (entry->second.node == official && entry->second.country >= 0) countries.insert(entry->second.country);
      }
    }
    return countries;
  }

  // "In 2019, Peru and Chile signed a memorandum": a sentence whose own date falls in another
  // month than the meeting in focus tells of an earlier (or later) time, not of that meeting, so
  // what it tells happened elsewhere. A day of the same month is no such sign: the focus may be
  // dated by the story's day only.
  // "A arrived in Lima on Monday and paid a courtesy call on President B": an arrival whose
  // sentence goes on to a meeting the visitor holds there (one an "X met Y" rule made of the words
  // after the arrival) is that meeting's, no visit of its own; the meeting is the engagement the
  // text reports. A sentence that calls the stay a visit (a `visit_noun`: "arrived in Lima for a
  // two-day visit and called on B") keeps it.
  bool Run::ArrivalForAMeeting(const SentenceInfo& si, const extract::PatternMatch& match) const {
    const extract::Capture* visitor = match.Slot("visitor");
    if (!visitor || visitor->mentions.empty()) return false;
    const long who = si.m[visitor->mentions.front()].node;
    if (who < 0) return false;
    const auto& t = T(si);
    for (size_t k = si.body_from; k < t.size(); ++k) {
      if (Is(Lexicon::kVisitNoun, t[k])) return false;
    }
    for (const ExtractedEdge& e : builder_.edges()) {
      if (e.relation != "attended" || e.source != static_cast<size_t>(who)) continue;
      for (const EvidenceInput& ev : e.evidence) {
        if (ev.span.start == si.s->span.start && ev.rule.rfind("implicit:", 0) == 0 &&
            MeetingWordAfter(si, match.e)) {
          return true;
        }
      }
    }
    return false;
  }

  // Whether a `meet_verb` phrase ("called on", "held talks with") stands at or after token `from`.
  bool Run::MeetingWordAfter(const SentenceInfo& si, size_t from) const {
    const auto& t = T(si);
    for (size_t k = from; k < t.size(); ++k) {
      size_t len = 0;
      if (!g_.MatchLexicon(Lexicon::kMeetVerb, t, k, len).empty()) return true;
    }
    return false;
  }

  bool Run::TellsOfAnotherTime(const SentenceInfo& si) const {
    if (focus_meeting_ < 0) return false;
    const std::string& focus = builder_.node(static_cast<size_t>(focus_meeting_)).date;
    bool fallback = false;  // SentenceDate leaves it alone when it returns an anchored date
    const std::string own = SentenceDate(si, &fallback);
    if (fallback || own.empty() || focus.empty()) return false;
    const size_t n = std::min<size_t>({own.size(), focus.size(), 7});
    return own.compare(0, n, focus, 0, n) != 0;
  }

  // Whether everyone in `people` already holds a role at the meeting in focus and `date` (the
  // sentence's, or the publication date when `fallback`) does not contradict its date: then
  // they are meeting on the story's main occasion, not at a meeting of their own.
  bool Run::FocusHasAll(const std::vector<size_t>& people, const std::string& date, bool fallback) {
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

  // The series the meeting in focus is a live round of, when it is a round of exactly one.
  long Run::FocusSeries() const {
    if (focus_meeting_ < 0) return -1;
    long series = -1;
    for (size_t i = 0; i < builder_.edges().size(); ++i) {
      const ExtractedEdge& e = builder_.edges()[i];
      if (e.relation != "round_of" || !builder_.IsLive(i) || e.source != static_cast<size_t>(focus_meeting_)) continue;
      if (series >= 0 && series != static_cast<long>(e.target)) return -1;
      series = static_cast<long>(e.target);
    }
    return series;
  }

  // "Two rounds have been held: the first in Lima in 2019, the second in Quito in 2021", in a
  // story about the series' third round: each is a round of that series, numbered by the
  // ordinal slot, earlier than the round in focus (a number not below the focus round's is
  // another way of counting, and is left alone). With `later` ("The fifth round is to take place
  // in Lima in 2027", future forms only) the number is above the focus round's instead: a round
  // still to come.
  long Run::RoundOfFocusSeries(const SentenceInfo& si, const extract::PatternMatch& match,
                               const extract::PatternAction& a, long meeting) {
    const long series = FocusSeries();
    if (meeting < 0 || series < 0 || meeting == focus_meeting_) return meeting;
    const size_t m = static_cast<size_t>(meeting);
    for (const ExtractedEdge& e : builder_.edges()) {
      if (e.relation == "round_of" && e.source == m) return meeting;
    }
    const auto& focus_attrs = builder_.node(static_cast<size_t>(focus_meeting_)).attrs;
    const auto focus_round = focus_attrs.find("round");
    const int focus_number = focus_round == focus_attrs.end() ? 0 : std::atoi(focus_round->second.c_str());
    // A round named twice, by its number and as "the next round", is one meeting: the one made
    // first under the round's number keeps it and absorbs `m`. Returns the meeting that is the
    // round.
    auto one_round = [&](int round) -> size_t {
      const std::string key =
          "meeting:round:" + std::to_string(series) + ":" + std::to_string(round);
      if (builder_.Has(key) && builder_.At(key) != m) {
        builder_.Absorb(builder_.At(key), m);
        return builder_.At(key);
      }
      builder_.AddKey(key, m);
      return m;
    };
    int number = 0;
    if (a.args.size() == 3 && !a.args[2].empty() && a.args[2][0] == '+') {
      // Counted on from the round in focus: "the next round" is a later occurrence of the same
      // series, numbered only when the focus round is.
      if (focus_number > 0) {
        number = focus_number + std::atoi(a.args[2].c_str() + 1);
        // The round the story names by its number too ("the Eleventh Session ... will be held in
        // Nairobi"; the next session will be held there) is the same meeting, named either way
        // round.
        if (const size_t kept = one_round(number); kept != m) return static_cast<long>(kept);
        builder_.SetAttr(m, "round", std::to_string(number));
      }
      LinkRound(m, static_cast<size_t>(series), number, si.s->span);
      return meeting;
    }
    if (a.args.size() == 3 && !a.args[2].empty() && a.args[2][0] == '-') {
      // Counted back from the round in focus: only a numbered focus round says which.
      if (focus_number > 0) number = focus_number - std::atoi(a.args[2].c_str() + 1);
    } else if (a.args.size() >= 3) {
      if (const extract::Capture* n = match.Slot(a.args[2])) number = Ordinal(T(si), n->b);
    }
    if (number <= 0) return meeting;
    if (a.args.size() == 4) {
      if (focus_number <= 0 || number <= focus_number) return meeting;
      // A round still to come may be named again by "the next round": one meeting either way.
      if (const size_t kept = one_round(number); kept != m) return static_cast<long>(kept);
    } else if (focus_number > 0 && number >= focus_number) {
      return meeting;
    }
    builder_.SetAttr(m, "round", std::to_string(number));
    LinkRound(m, static_cast<size_t>(series), number, si.s->span);
    return meeting;
  }

  // "The Peru-Chile Defence Council last met in May 2029": a body that meets time after time is
  // a series (a dialogue, taking over the organization node made from the same words), and the
  // meeting the pattern made is its occurrence (its round, when an ordinal slot numbers it).
  long Run::RoundOfBody(const SentenceInfo& si, const extract::PatternMatch& match, const extract::PatternAction& a,
                        long meeting) {
    const extract::Capture* series = match.Slot(a.args[1]);
    if (meeting < 0 || !series) return -1;
    if (series->mentions.empty()) {
      // "Peru and Chile held the fifth round of political consultations": lower-case words whose
      // sides the match caught outside them (two or more countries) are the series of those sides.
      std::vector<size_t> sides;
      for (const extract::Capture& c : match.slots) {
        if (&c == series || !c.set) continue;
        for (const size_t id : c.mentions) {
          const size_t node = static_cast<size_t>(si.m[id].node);
          if (si.m[id].type == MT::kCountry && si.m[id].node >= 0 && si.m[id].gaz >= 0 &&
              std::find(sides.begin(), sides.end(), node) == sides.end()) {
            sides.push_back(node);
          }
        }
      }
      // "The two presidents agreed to set up a joint commission on trade, whose first session
      // ...": with no sides in the match, a body set up at the meeting in focus is the body of
      // that meeting's two countries (no other two, and never one).
      // Its countries as read so far: those the sentences gave it, and those its role holders
      // serve (participant edges are made only after the last sentence).
      if (sides.empty() && focus_meeting_ >= 0) {
        const size_t focus = static_cast<size_t>(focus_meeting_);
        std::set<size_t> countries;
        if (auto known = meeting_countries_.find(focus); known != meeting_countries_.end()) {
          for (const auto& [country, span] : known->second) countries.insert(country);
        }
        if (auto holders = role_holders_.find(focus); holders != role_holders_.end()) {
          for (const auto& holder : holders->second) {
            const std::set<int> theirs = CountriesKnownOf(holder.first);
            for (const auto& [node, index] : country_index_) {
              if (theirs.count(index)) countries.insert(node);
            }
          }
        }
        if (countries.size() == 2) sides.assign(countries.begin(), countries.end());
      }
      if (sides.size() < 2) return -1;
      const size_t m = static_cast<size_t>(meeting);
      for (const ExtractedEdge& e : builder_.edges()) {
        if (e.relation == "round_of" && e.source == m) return -1;
      }
      const size_t dialogue = DialogueNode(si, series->b, series->e, sides);
      const int number = RoundNumberSlot(si, match, a);
      if (number > 0) builder_.SetAttr(m, "round", std::to_string(number));
      LinkRound(m, dialogue, number, si.s->span);
      return static_cast<long>(dialogue);
    }
    const Mention& body = si.m[series->mentions.front()];
    // "political consultations between Peru and Chile": a series named by lower-case words and
    // its sides; those words with the sides are the series (no body is named).
    bool named_body = false, sides_inside = false;
    for (const size_t i : series->mentions) {
      named_body |= si.m[i].type == MT::kOrg || si.m[i].type == MT::kDialogue;
      sides_inside |= si.m[i].type == MT::kCountry && si.m[i].b > series->b;
    }
    const bool sides_named = !named_body && sides_inside;
    // A grouping of the gazetteer (ASEAN, the G7) is an organization whatever meets under it.
    if (body.type == MT::kOrg && body.gaz >= 0) return -1;
    if (body.type != MT::kOrg && body.type != MT::kDialogue && !sides_named) return -1;
    const size_t m = static_cast<size_t>(meeting);
    for (const ExtractedEdge& e : builder_.edges()) {
      if (e.relation == "round_of" && e.source == m) return -1;
    }
    const size_t dialogue = sides_named ? DialogueNode(si, series->b, series->e) : SeriesOfBody(si, body);
    const int number = RoundNumberSlot(si, match, a);
    if (number > 0) builder_.SetAttr(m, "round", std::to_string(number));
    LinkRound(m, dialogue, number, si.s->span);
    return -1;
  }

  bool Run::SentencePlace(const SentenceInfo& si) const {
    const auto& t = T(si);
    for (const Mention& m : si.m) {
      if (m.b > si.body_from && m.b >= 1 && Is(Lexicon::kPlacePreposition, t[m.b - 1]) &&
          m.type == MT::kPlace) {
        return true;
      }
    }
    for (size_t k = si.body_from; k < t.size(); ++k) {
      if (Is(Lexicon::kPlaceRelative, t[k]) && PlaceBeforeRelative(si, k)) return true;
    }
    return false;
  }

  const Mention* Run::PlaceBeforeRelative(const SentenceInfo& si, size_t where) const {
    const auto& t = T(si);
    if (where < 2 || where <= si.body_from || t[where - 1].text != ",") return nullptr;
    // Up to three words between the place and the comma ("this morning", "on Tuesday"), none a
    // name or a punctuation mark: "Lima, the capital, where" is not this shape.
    const Mention* place = nullptr;
    for (const Mention& m : si.m) {
      if (m.e > where - 1 || m.e + 3 < where - 1 || m.node < 0) continue;
      if (!place || m.e > place->e) place = &m;
    }
    if (!place || place->type != MT::kPlace) return nullptr;
    for (size_t k = place->e; k + 1 < where; ++k) {
      // "flew to Osaka on Tuesday, where": a day or a month is no name.
      if (t[k].number || Is(Lexicon::kCalendarWord, t[k])) continue;
      if (!t[k].word || t[k].cap) return nullptr;
    }
    return place;
  }

  const Mention* Run::TravelDestination(const SentenceInfo& si, size_t upto) const {
    const auto& t = T(si);
    const Mention* out = nullptr;
    for (const Mention& m : si.m) {
      if (m.node < 0 || m.e > upto || (m.type != MT::kPlace && m.type != MT::kCountry)) continue;
      size_t k = m.b;
      if (k > si.body_from && Is(Lexicon::kArticle, t[k - 1])) --k;
      // "flew on to Osaka"; "arrived in Osaka" (an arrival verb before "in").
      if (k < si.body_from + 2 || !Is(Lexicon::kStopPreposition, t[k - 1])) continue;
      size_t verb = k - 2;
      // "travelled on to Kyoto", "flew onward to Kyoto"
      if (verb > si.body_from && Is(Lexicon::kOnwardWord, t[verb])) --verb;
      if (!Is(Lexicon::kTravelVerb, t[verb])) continue;
      // A stop is a town the gazetteer places in a country ("went to Cerro Palace for the
      // reception" moves within the city: a venue or district has a parent city).
      const size_t node = static_cast<size_t>(m.node);
      if (m.type == MT::kPlace && (!place_country_.count(node) || place_parent_.count(node) ||
                                   place_parent_node_.count(node)))
        continue;
      if (!out || m.b > out->b) out = &m;
    }
    return out;
  }

  long Run::ClausePlace(const SentenceInfo& si, size_t from, size_t to) const {
    const auto& t = T(si);
    for (const Mention& m : si.m) {
      if (m.type == MT::kPlace && m.node >= 0 && m.b >= from && m.b < to && m.b > si.body_from &&
          Is(Lexicon::kPlacePreposition, t[m.b - 1])) {
        return m.node;
      }
    }
    for (size_t k = from; k < to && k < t.size(); ++k) {
      if (!Is(Lexicon::kPlaceRelative, t[k])) continue;
      if (const Mention* p = PlaceBeforeRelative(si, k)) return p->node;
    }
    const Mention* stop = TravelDestination(si, to);
    return stop && stop->b >= from && stop->type == MT::kPlace ? stop->node : -1;
  }

  bool Run::HeldElsewhere(size_t meeting, size_t place) const {
    // A venue or district inside a city is the city's ("at the Coral Palace" beside "in Lima").
    auto within = [&](size_t inner, size_t outer) {
      for (int depth = 0; depth < 3; ++depth) {
        if (inner == outer) return true;
        if (auto up = place_parent_node_.find(inner); up != place_parent_node_.end()) {
          inner = up->second.first;
          continue;
        }
        auto named = place_parent_.find(inner);
        return named != place_parent_.end() &&
               NormalizeName(named->second) == NormalizeName(builder_.node(outer).name);
      }
      return false;
    };
    bool held = false;
    for (size_t i = 0; i < builder_.edges().size(); ++i) {
      const ExtractedEdge& e = builder_.edges()[i];
      if (e.source != meeting || e.relation != "held_in" || !builder_.IsLive(i)) continue;
      // Held in a country (or a place of no kind known): the city may be inside it.
      if (builder_.node(e.target).kind != "place") return false;
      if (within(e.target, place) || within(place, e.target)) return false;
      held = true;
    }
    return held;
  }

}  // namespace dkg::extract
