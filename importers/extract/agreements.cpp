// Agreements signed or reached at meetings, lists of them, their parties and anaphors (run.h).

#include "importers/extract/run.h"

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "engine/normalize.h"

namespace dkg::extract {

  // Whether `w` is a year written in four digits ("2019").
  static bool IsYearWord(const std::string& w) {
    return w.size() == 4 && std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
  }

  // Whether tokens [from, from + window), up to the clause's first comma, period or semicolon,
  // hold a year before `year`: "the Lima Declaration adopted by the ministers in 2019" in a later
  // story tells of an earlier occasion. False when `year` is unknown (0 or less: no valid date).
  static bool ClauseHasEarlierYear(const std::vector<Token>& t, size_t from, size_t window, int year) {
    for (size_t q = from; year > 0 && q < t.size() && q < from + window; ++q) {
      const std::string& w = t[q].text;
      if (w == "," || w == "." || w == ";") break;
      if (IsYearWord(w) && std::stoi(w) < year) return true;
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
  long Run::AgreementAnaphor(const SentenceInfo& si, size_t b, size_t e, bool generic,
                             size_t* end) const {
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
  void Run::Agreements(const SentenceInfo& si, const std::vector<std::pair<size_t, size_t>>& meetings) {
    const auto& t = T(si);
    for (size_t i = si.body_from; i < t.size(); ++i) {
      size_t len = 0;
      const std::string& kind = g_.MatchLexicon(Lexicon::kAgree, t, i, len);
      if (kind.empty()) continue;
      if (kind == "earlier") {  // "had been signed in 2019": reached before, no edge here
        i += len - 1;
        continue;
      }
      // "remain committed to", "committed to achieving results": a position held or an aim,
      // which the guidelines do not count as an agreement (as "reaffirmed their commitment").
      if (kind == "held") {
        i += len - 1;
        continue;
      }
      // One country's own pledge (or commitment) is no joint commitment.
      if (kind == "pledge" || kind == "commit") {
        std::vector<size_t> pledgers;
        if (SubjectParties(si, i, &pledgers).size() == 1 && pledgers.empty()) {
          i = ClauseEnd(si, i + len) - 1;
          continue;
        }
      }
      const std::string rule = "agree:" + Surface(si, i, i + len);
      long agreement = -1;
      const bool instrument = kind == "instrument" || kind == "issued";
      size_t clause_b = 0, clause_e = 0;  // the clause naming the agreement, when one does
      if (instrument) {
        // The instrument named right after the trigger, or before it ("was signed").
        size_t k = i + len;
        while (k < t.size() && (Is(Lexicon::kArticle, t[k]) || Is(Lexicon::kAnaphorDeterminer, t[k]))) ++k;
        const Mention* after = MentionAt(si, k);
        if (after && after->type == MT::kAgreement && after->node >= 0) agreement = after->node;
        for (const Mention& m : si.m) {
          if (agreement < 0 && m.type == MT::kAgreement && m.node >= 0 && m.e <= i) agreement = m.node;
        }
        if (agreement < 0) continue;
        // Those who issue a declaration together are its parties, not its signatories.
        for (size_t official : kind == "issued" ? std::vector<size_t>() : OfficialsIn(si, si.body_from, i)) {
          builder_.Edge(official, "signed", static_cast<size_t>(agreement), si.s->span, rule);
        }
      } else {
        size_t b = i + len;
        std::string joiner = t[i + len - 1].lower;
        // "agreed on Monday to widen patrols": the day is when, not what; the clause begins after
        // the "to" (or "that") that follows it.
        if (size_t d = b; d < t.size() && IsMonthOrDay(t[d])) {
          while (d < t.size() && (IsMonthOrDay(t[d]) || t[d].number || t[d].text == ",")) ++d;
          if (d + 1 < t.size() && (t[d].lower == "to" || t[d].lower == "that")) {
            joiner = t[d].lower;
            b = d + 1;
          }
        }
        // "agreed that they would answer ...": drop the restated subject.
        while (b < t.size() && Is(Lexicon::kRestatedSubject, t[b]) && joiner == "that") ++b;
        const size_t e = ClauseEnd(si, b);
        clause_b = b;
        clause_e = e;
        if (e <= b + 1 || !t[b].word) continue;
        // "agreed that closer ties were important": a shared view, no commitment.
        auto opinion = [&] {
          for (size_t k = b; k < e; ++k) {
            size_t n = 0;
            if (!g_.MatchLexicon(Lexicon::kOpinionPhrase, t, k, n).empty() && k + n <= e) return true;
          }
          return false;
        };
        if (joiner == "that" && opinion()) {
          i = e - 1;
          continue;
        }
        const Mention* named = MentionAt(si, b < t.size() && Is(Lexicon::kDefiniteArticle, t[b]) ? b + 1 : b);
        // "agreed to sign the Quito Energy Pact": a clause that is one verb and a named
        // instrument agrees that instrument, no second, unnamed one.
        if (!(named && named->type == MT::kAgreement) && b + 2 < e && t[b].word && !t[b].cap) {
          const size_t object = Is(Lexicon::kArticle, t[b + 1]) ? b + 2 : b + 1;
          const Mention* whole = MentionAt(si, object);
          if (whole && whole->b == object && whole->e == e && whole->type == MT::kAgreement) named = whole;
        }
        if (named && named->type == MT::kAgreement && named->node >= 0) {
          agreement = named->node;
        } else if (const long earlier = AgreementAnaphor(si, b, e); earlier >= 0) {
          agreement = earlier;
        } else {
          agreement = static_cast<long>(AgreementNode(si, b, e, rule));
          // Reports name such an agreement by its noun too: "agreed to drop visas" is also
          // "the agreement to drop visas".
          builder_.AddAlias(static_cast<size_t>(agreement),
                            "agreement " + joiner + " " + Surface(si, b, e));
        }
      }
      std::vector<size_t> officials;
      const std::set<size_t> parties = SubjectParties(si, i, instrument ? nullptr : &officials);
      for (size_t official : officials) subject_officials_.push_back({static_cast<size_t>(agreement), official, si.s->span});
      // A meeting named inside a clause that convenes one is what was agreed ("agreed to hold the
      // next round in Seoul"), not where, unless the clause puts the agreement there ("... during
      // the summit"). Any other clause may name where it was agreed ("agreed to set up the
      // dialogue when they met on the sidelines of the summit").
      const bool convenes = clause_e > clause_b && Is(Lexicon::kConveneVerb, t[clause_b]);
      long meeting = -1, inside = -1;
      for (const auto& [pos, node] : meetings) {
        size_t before = pos;
        while (before > clause_b && (Is(Lexicon::kArticle, t[before - 1]) ||
                                     Is(Lexicon::kPossessiveDeterminer, t[before - 1]))) {
          --before;
        }
        // Past the clause is another clause's meeting ("... and confirmed they would meet at the
        // G20 meeting"), no more where this was agreed.
        if (convenes && pos >= clause_e) continue;
        // An edition a pattern read in passing ("agreed to set up a joint committee, which would
        // meet for the first time in Valparaiso": `make meeting edition`) is another occasion of
        // its series, told of, not where the sentence's agreement was reached.
        if (auto tag = made_tag_.find(node); tag != made_tag_.end() && tag->second == "edition") continue;
        // "A met B on the sidelines of the summit, and the two agreed ...": what they agreed was
        // reached at their own meeting, not at the summit around it.
        if (meetings.size() > 1 && NamedAfterNounOf(si, meetings, node, Lexicon::kSidelinesNoun))
          continue;
        // "welcomed the progress made since A visited Lima last year and agreed to ...": a meeting
        // named right after a `since_word`, before the agreeing verb, is the start of a span of
        // time, an earlier occasion; what was agreed was not reached there.
        // (A loop, not a lambda: clang does not let a lambda capture the structured binding `pos`.)
        bool after_since = false;
        for (size_t k = pos; pos < i && k-- > si.body_from && k + 5 >= pos;) {
          if (t[k].text == "," || t[k].text == ";") break;
          if (Is(Lexicon::kSinceWord, t[k])) {
            after_since = true;
            break;
          }
        }
        if (after_since) continue;
        // "agreed that the next session will be held in Lima": a meeting that opens the clause
        // and is to be held (a `future_cue`, then a `held_verb`) is what was agreed, as with a
        // convening verb ("agreed that the summit held in May had been a success" is not).
        const bool held_subject = pos >= i + len && pos <= clause_b + 3 && pos < clause_e && [&] {
          bool future = false;
          for (size_t k = clause_b; k < clause_e; ++k) {
            size_t n = 0;
            future = future || Is(Lexicon::kFutureCue, t[k]);
            if (future && !g_.MatchLexicon(Lexicon::kHeldVerb, t, k, n).empty() && k + n <= clause_e) {
              return true;
            }
          }
          return false;
        }();
        const bool occasion = before > clause_b && Is(Lexicon::kOccasionPreposition, t[before - 1]);
        const bool in_clause = held_subject || (convenes && pos >= clause_b && pos < clause_e && !occasion);
        if (!in_clause) {
          meeting = static_cast<long>(node);
          break;
        }
        if (inside < 0) inside = static_cast<long>(node);
      }
      // "The Council of Ministers met in Quito, where they agreed to ...": a body the sentence
      // opens with, meeting on its own, reached it at its own session -- not at the meeting in
      // focus (unless that is the body's), and not by that meeting's sides.
      const bool own_session = meetings.empty() && BodyMetOnItsOwn(si, i);
      // "the Lima Declaration signed by the ministers in 2019", in a later story: a clause that
      // dates what it tells to an earlier year tells of another occasion than the one in focus.
      // The window starts after the instrument the verb names, however long its name ("adopted
      // the Liptako-Gourma Charter founding the alliance in September 2023").
      size_t date_from = i + len;
      while (date_from < t.size() && Is(Lexicon::kArticle, t[date_from])) ++date_from;
      if (const Mention* object = MentionAt(si, date_from); object && object->type == MT::kAgreement) {
        date_from = object->e;
      } else {
        date_from = i + len;
      }
      const bool earlier_year = ClauseHasEarlierYear(t, date_from, 10, published_.year);
      if (meeting < 0 && !own_session && !earlier_year && (meetings.empty() || focus_meeting_ != inside)) {
        meeting = focus_meeting_;
        // "On Tuesday she held talks in Quito with B. The two ministers agreed to ...": a pair that
        // agrees in a sentence naming no meeting is the pair of the encounter the story told last,
        // which in a trip's story is another stop's than the first meeting, the one in focus.
        // The pair must be people named by their office ("the two ministers"): "the two sides"
        // are the countries, whose meeting is the one in focus.
        bool pair_subject = false;
        for (size_t k = i > 4 ? std::max(i - 4, si.body_from) : si.body_from; k + 1 < i; ++k) {
          const Mention* office = MentionAt(si, k + 1);
          pair_subject = pair_subject || (Is(Lexicon::kPairSubject, t[k]) && office && office->b == k + 1 &&
                                          office->type == MT::kTitle);
        }
        if (meetings.empty() && pair_subject) {
          const long latest = LatestRoleMeeting(si);
          if (latest >= 0 && latest != focus_meeting_) {
            std::set<size_t> people;
            for (const auto& holder : role_holders_.at(static_cast<size_t>(latest))) people.insert(holder.first);
            if (people.size() == 2) meeting = latest;
          }
        }
      }
      for (size_t p : parties) {
        builder_.Edge(p, "party_to", static_cast<size_t>(agreement), si.s->span, "agree:subject");
      }
      if (own_session) {
        i = ClauseEnd(si, i + len) - 1;
        continue;
      }
      if (parties.empty()) {
        // "Both sides agreed ...": the parties are the meeting's participants.
        pending_parties_.push_back({static_cast<size_t>(agreement), meeting, si.s->span});
      }
      if (meeting >= 0) {
        builder_.Edge(static_cast<size_t>(agreement), "agreed_at", static_cast<size_t>(meeting),
                      si.s->span, "agree:at-meeting");
        agreement_meeting_[static_cast<size_t>(agreement)] = static_cast<size_t>(meeting);
      } else if (!instrument && meetings.empty() && !earlier_year) {
        // Read before the story names any meeting: reached at the one in focus at the end. (A
        // clause that convenes the sentence's meeting was not reached there.)
        unplaced_agreements_.push_back({static_cast<size_t>(agreement), si.s->span});
      }
      // A second predicate may follow ("pledged to strengthen ties and agreed to ..."): scan on
      // from the end of this one's clause.
      if (instrument) break;
      i = ClauseEnd(si, i + len) - 1;
    }
    ReachedAt(si);
    AgreementList(si, meetings);
  }

  // Whether the sentence opens with an organization that meets ("The Council met in Quito") before
  // `upto`, and the meeting in focus is not that organization's (no participant edge from it, its
  // name not in the meeting's).
  bool Run::BodyMetOnItsOwn(const SentenceInfo& si, size_t upto) const {
    const auto& t = T(si);
    for (const Mention& m : si.m) {
      if (m.type != MT::kOrg || m.node < 0 || m.e >= upto) continue;
      // Its subject: at the sentence's start, or after an opening phrase and its comma
      // ("On Monday, the Council met ...") that names nothing.
      size_t b = m.b;
      while (b > si.body_from && Is(Lexicon::kArticle, t[b - 1])) --b;
      const bool opens = b == si.body_from ||
                         (t[b - 1].text == "," && std::none_of(si.m.begin(), si.m.end(), [&](const Mention& o) {
                            return o.b >= si.body_from && o.b < b;
                          }));
      if (!opens) continue;
      size_t n = 0;
      if (g_.MatchLexicon(Lexicon::kMeetVerb, t, m.e, n).empty()) continue;
      if (focus_meeting_ < 0) return true;
      const size_t org = static_cast<size_t>(m.node), focus = static_cast<size_t>(focus_meeting_);
      if (builder_.HasEdge(org, "participant", focus)) return false;
      return builder_.node(focus).name.find(builder_.node(org).name) == std::string::npos;
    }
    return false;
  }

  // "six agreements were signed, covering healthcare, digital technologies and food processing":
  // one agreement for each field listed, reached at the meeting in focus by its participants.
  void Run::AgreementList(const SentenceInfo& si, const std::vector<std::pair<size_t, size_t>>& meetings) {
    const auto& t = T(si);
    for (size_t i = si.body_from; i < t.size(); ++i) {
      if (!Is(Lexicon::kAgreementPlural, t[i])) continue;
      size_t k = i + 1;
      while (k < t.size() && k < i + 6 && !Is(Lexicon::kTopicIntro, t[k])) ++k;
      if (k >= t.size() || !Is(Lexicon::kTopicIntro, t[k])) return;
      // "three agreements: a memorandum of understanding on rescue, signed by A; an agreement on
      // ...": an article before the intro opens a list of instruments, each named in full (the
      // `listed-instrument` pattern), not of fields.
      for (size_t q = i + 1; q < k; ++q) {
        if (Is(Lexicon::kArticle, t[q])) return;
      }
      ++k;
      if (k < t.size() && Is(Lexicon::kTopicField, t[k])) ++k;
      if (k < t.size() && Is(Lexicon::kBelongingPreposition, t[k])) ++k;
      // The fields end with the clause: "the memoranda on health and sport were signed by A;
      // the other two by B" lists no more fields after a semicolon.
      size_t end = k;
      while (end < t.size() && t[end].text != ";") ++end;
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
      // "... were signed by the Minister of Health, Ana Souza, and Peru's Minister of Trade": a
      // list that names people (their offices or names) is a list of signatories, not of fields.
      for (const Mention& m : si.m) {
        if ((m.type == MT::kOfficial || m.type == MT::kTitle || m.type == MT::kHonorific) && m.e > k &&
            m.b < end) {
          return;
        }
      }
      // "health, disaster risk management, and sport": the serial comma's "and" opens the last
      // field, which it is no part of.
      for (auto& item : items) {
        if (item.second > item.first + 1 && Is(Lexicon::kNextMemberWord, t[item.first])) ++item.first;
      }
      auto& last = items.back();
      for (size_t q = last.first + 1; q < last.second; ++q) {
        if (Is(Lexicon::kNextMemberWord, t[q])) {
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
  void Run::ReachedAt(const SentenceInfo& si) {
    const auto& t = T(si);
    for (size_t i = si.body_from; i + 2 < t.size(); ++i) {
      if (!Is(Lexicon::kReachedNoun, t[i])) continue;
      if (MentionAt(si, i)) continue;
      for (size_t k = i + 1; k + 2 < t.size() && k <= i + 4; ++k) {
        if (!Is(Lexicon::kReachVerb, t[k]) || !Is(Lexicon::kOccasionPreposition, t[k + 1])) continue;
        size_t q = k + 2;
        if (q < t.size() && Is(Lexicon::kDefiniteArticle, t[q])) ++q;
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
  // Comprehensive Partnership": the countries in or right after the name are its parties. Not a
  // city the name is after ("the Quito Energy Pact", signed or first agreed there), unless a
  // hyphen pairs it with another side ("the Lima-Quito Accord").
  void Run::NamedAgreementParties(const SentenceInfo& si, const Mention& m) {
    const auto& t = T(si);
    std::set<size_t> parties;
    for (const Mention& c : si.m) {
      if ((c.type == MT::kCountry || c.type == MT::kOrg) && c.node >= 0 && c.b >= m.b && c.e <= m.e) {
        const bool paired = (c.b > m.b && t[c.b - 1].text == "-") || (c.e + 1 < m.e && t[c.e].text == "-");
        if (c.by_capital && !paired) continue;
        parties.insert(static_cast<size_t>(c.node));
      }
    }
    size_t k = m.e;
    if (k < t.size() && Is(Lexicon::kSidesOpener, t[k])) {
      for (++k; k < t.size(); ++k) {
        const Mention* c = MentionAt(si, k);
        if (c && c->type == MT::kCountry && c->node >= 0) {
          parties.insert(static_cast<size_t>(c->node));
          k = c->e - 1;
        } else if (!Is(Lexicon::kNextMemberWord, t[k]) && t[k].text != ",") {
          break;
        }
      }
    }
    for (size_t p : parties) {
      builder_.Edge(p, "party_to", static_cast<size_t>(m.node), si.s->span, "agreement:named-parties");
    }
    // A joint statement is issued by the meeting's participants, at the meeting.
    bool joint = false;
    for (size_t q = m.b; q < m.e && !joint; ++q) {
      size_t len = 0;
      joint = !g_.MatchLexicon(Lexicon::kJointStatement, t, q, len).empty() && q + len <= m.e;
    }
    // "on the basis of the 2008 Joint Declaration": a statement dated by its year is an earlier one.
    if (IsYearWord(t[m.b].text)) joint = false;
    // "the Lima Declaration adopted by the three ministers in 2019", in a later story: its own
    // clause dates it to an earlier year, so it is not the statement of the meeting in focus.
    if (joint && ClauseHasEarlierYear(t, m.e, 12, published_.year)) joint = false;
    if (joint && focus_meeting_ >= 0) {
      builder_.Edge(static_cast<size_t>(m.node), "agreed_at", static_cast<size_t>(focus_meeting_), si.s->span,
                    "agreement:joint-statement");
      if (parties.empty()) pending_parties_.push_back({static_cast<size_t>(m.node), focus_meeting_, si.s->span});
    } else if (joint) {
      // Named before any meeting (a headline, the opening line): the story's meeting's.
      unplaced_agreements_.push_back({static_cast<size_t>(m.node), si.s->span});
      if (parties.empty()) pending_parties_.push_back({static_cast<size_t>(m.node), -1, si.s->span});
    }
  }

}  // namespace dkg::extract
