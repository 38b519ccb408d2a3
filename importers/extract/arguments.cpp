// The arguments of a sentence's meetings: place and date, participants, roles, announcements
// (run.h).

#include "importers/extract/run.h"

#include <algorithm>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace dkg::extract {

  // A lower-case word of five letters or more ending in "-ed": a verb in the past ("signed").
  static bool PastVerb(const Token& w) {
    return w.word && !w.cap && w.lower.size() > 4 && w.lower.compare(w.lower.size() - 2, 2, "ed") == 0;
  }

  // "in Tokyo on Wednesday" after a meeting: where and when it was held. Each place or date
  // goes to the nearest meeting before it in the sentence, or the only meeting when none is.
  // How far a held_verb's place may follow its meeting's name ("..., which ..., held on 3 May,
  // in Lima"): a clause, not a paragraph.
  constexpr size_t kHeldReach = 30;
  // How far back from a place's preposition a negation may stand ("was not formally held in").
  constexpr size_t kNegationReach = 8;

  void Run::AttachPlacesAndDates(const SentenceInfo& si, const std::vector<std::pair<size_t, size_t>>& meetings) {
    if (meetings.empty()) return;
    const auto& t = T(si);
    auto owner = [&](size_t token) -> long {
      // The nearest before it by position: `meetings` lists pattern-made meetings after named ones.
      long best = -1;
      size_t best_pos = 0;
      for (const auto& [pos, node] : meetings) {
        if (pos < token && (best < 0 || pos >= best_pos)) best = static_cast<long>(node), best_pos = pos;
      }
      // Nothing named before: the first meeting after ("It was last year, at the 13th summit").
      if (best < 0) best = static_cast<long>(meetings.front().second);
      return best;
    };
    std::set<size_t> placed;
    // "moves on to Lima, where she will hold talks with A": the first meeting of the clause after
    // "where" (a `place_relative`) is held in the place just before it.
    for (size_t k = si.body_from; k < t.size(); ++k) {
      if (!Is(Lexicon::kPlaceRelative, t[k])) continue;
      const Mention* place = PlaceBeforeRelative(si, k);
      if (!place) continue;
      size_t end = k + 1;
      while (end < t.size() && t[end].text != ";" && !Is(Lexicon::kPlaceRelative, t[end])) ++end;
      long first = -1;
      size_t first_pos = 0;
      for (const auto& [pos, node] : meetings) {
        if (pos > k && pos < end && (first < 0 || pos < first_pos)) first = static_cast<long>(node), first_pos = pos;
      }
      if (first < 0) {
        // "He was met at the airport by B and driven to the Palace, where the two leaders held a
        // closed-door meeting": a clause after "where" telling of talks (a `talk_noun`) without a
        // meeting of its own is about the one encounter the sentence made before it, no visit.
        bool talks = false;
        for (size_t q = k + 1; q < end && !talks; ++q) talks = Is(Lexicon::kTalkNoun, t[q]);
        std::set<size_t> before;
        for (const auto& [pos, node] : meetings) {
          if (pos < k && !IsVisit(node)) before.insert(node);
        }
        if (talks && before.size() == 1) first = static_cast<long>(*before.begin());
      }
      if (first < 0) continue;
      // "Lima, where the summit was never held": the clause denies the place (up to its first
      // comma: "where the summit, which Chile did not attend, was held" does not).
      bool denied = false;
      for (size_t q = k + 1; q < end && !denied && t[q].text != ","; ++q) {
        size_t len = 0;
        const std::string& value = g_.MatchLexicon(Lexicon::kNegation, t, q, len);
        if (value == "ends") break;
        denied = value == "negates" || value == "contrasts";
      }
      if (denied) continue;
      const size_t meeting = static_cast<size_t>(first);
      if (placed.count(meeting) || placed_.count(meeting)) continue;
      builder_.Edge(meeting, "held_in", static_cast<size_t>(place->node), si.s->span, "pattern:place-where");
      placed.insert(meeting);
    }
    const Mention* fronted = nullptr;  // "In Tokyo on Thursday, ...": see below
    for (const Mention& m : si.m) {
      if (m.b < si.body_from || m.b == 0 || m.node < 0) continue;
      // "in Tokyo", "at the Al Watan Palace", "in the city of Arica" (a `place_opener`)
      // A province so named ("in Belem, in the state of Para") contains the place where the
      // meeting was; it is not that place.
      size_t b = m.b;
      bool province = false;
      for (size_t k = m.b > 3 ? m.b - 3 : 0; k < m.b; ++k) {
        size_t len = 0;
        const std::string kind = k > 0 ? g_.MatchLexicon(Lexicon::kPlaceOpener, t, k, len) : "";
        if (!kind.empty() && k + len == m.b) {
          b = k;
          province = kind == "province";
          break;
        }
      }
      if (province) continue;
      const size_t prep = Is(Lexicon::kDefiniteArticle, t[b - 1]) && b >= 2 ? b - 2 : b - 1;
      const bool locative = Is(Lexicon::kPlacePreposition, t[prep]);
      if (!locative || NegatedPlace(si, prep)) continue;
      if (m.type != MT::kPlace && m.type != MT::kCountry) continue;
      // "took place under the accord reached at the Peru-Chile summit": a country inside the
      // name of a meeting or body is no place of a meeting.
      if (std::any_of(si.m.begin(), si.m.end(), [&](const Mention& x) {
            return (x.type == MT::kMeeting || x.type == MT::kDialogue || x.type == MT::kOrg) && x.b <= m.b &&
                   m.e <= x.e && x.e - x.b > m.e - m.b;
          })) {
        continue;
      }
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
      if (!near) {
        // "the fourth Council, which brings together twelve ministers, will take place from 3 to 5
        // May in Lima": a held_verb after the last meeting named before the place ties the place
        // to it however long the clause between (never across another meeting or a gap break).
        const Mention* last = nullptr;
        for (const Mention& x : si.m) {
          if ((x.type == MT::kMeeting || x.type == MT::kMeetingRef) && x.node >= 0 && x.e <= prep) last = &x;
        }
        const bool between = last && std::any_of(meetings.begin(), meetings.end(), [&](const auto& pn) {
          return static_cast<long>(pn.second) != last->node && pn.first >= last->e && pn.first < m.b;
        });
        const bool listed = last && std::any_of(meetings.begin(), meetings.end(), [&](const auto& pn) {
          return static_cast<long>(pn.second) == last->node;
        });
        if (last && listed && !between && m.b - last->e <= kHeldReach) {
          for (size_t v = last->e; v < prep && !near; ++v) {
            size_t len = 0;
            if (g_.MatchLexicon(Lexicon::kHeldVerb, t, v, len).empty()) continue;
            // "The summit opened a new chapter, and trade in Cusco grew": a held_verb with an
            // object is not the meeting's taking place, nor is "the Dialogue, having held its
            // first meeting in Lima" the taking place of the meeting named before it.
            if (v + len < t.size() && (Is(Lexicon::kArticle, t[v + len]) || Is(Lexicon::kPossessiveDeterminer, t[v + len]))) {
              continue;
            }
            if (v + len <= prep && !GapBreaks(si, last->e, prep)) near = true, meeting = last->node;
          }
        }
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
        // Before the date, the nearest by position, not the last listed: `meetings` lists
        // pattern-made meetings (a visit) after named ones, so "a visit, during which she attends
        // the 3rd Dialogue, held on Saturday" would otherwise date the visit Saturday and leave
        // the Dialogue undated. After it, the first listed ("from 19-20 March on a visit, during
        // which the 14th Summit is held": the named meeting).
        long before = -1, after = -1;
        size_t before_pos = 0;
        for (const auto& [pos, node] : meetings) {
          if (pos >= from && pos < token && (before < 0 || pos >= before_pos)) before = static_cast<long>(node), before_pos = pos;
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
        const bool anchored = i > 0 && Is(Lexicon::kDateAnchor, t[i - 1]);
        // "the ministry said on Friday that A will attend the meeting, held from June 10": the
        // day after a statement verb is the statement's; another date in the sentence is first.
        size_t said_len = 0;
        const bool said = anchored && i > 1 && i - 1 >= si.body_from + 1 &&
                          g_.MatchLexicon(Lexicon::kStatementSource, t, i - 2, said_len) == "after" &&
                          said_len == 1;
        if (!BoundsOther(t, i) && (pass == 1 || (anchored && !said))) {
          long meeting = date_owner(i);
          std::string iso = date->date.Iso();
          // "Next week's forum will be its second, the first having taken place in Lima on 3 May
          // 2021": a future clause previews what is to come; a day before the story's own tells
          // of an earlier occasion, never of the meeting it previews.
          if (TenseAt(si, i) == internal::Tense::kFuture && EarlierThanStory(iso) && FutureOutsideRelative(si, i)) {
            meeting = -1;
          }
          // "At their meeting in January, they agreed the next session will be held in Reykjavik":
          // a date before the words of a next occasion, after another meeting named first, is
          // the earlier meeting's, not the next one's ("On 12 June, the next summit will be held
          // in Lima" dates the next summit).
          if (meeting >= 0 && IsNextOccasion(static_cast<size_t>(meeting))) {
            for (const auto& [pos, node] : meetings) {
              if (static_cast<long>(node) == meeting && pos > i && OccasionNamedBefore(si, meetings, node, pos)) {
                meeting = -1;
                break;
              }
            }
          }
          // "A, who last visited Oslo on 12 June 2019, met B on Wednesday": a date inside a
          // person's relative clause belongs to that clause's event.
          if (meeting >= 0) meeting = RelativeClauseOwner(si, meetings, i, static_cast<size_t>(date->end), meeting);
          // "On the margins of the 9th Andean Summit in Lima today, A and B signed ...": the day is
          // the signing's; the summit spans days, known to the month.
          if (meeting >= 0 && iso.size() == 10 &&
              NamedAfterNounOf(si, meetings, static_cast<size_t>(meeting), Lexicon::kSidelinesNoun)) {
            iso = iso.substr(0, 7);
          }
          if (meeting >= 0 && fallback_dated_.erase(static_cast<size_t>(meeting))) {
            builder_.SetDateForce(static_cast<size_t>(meeting), iso);
          } else if (meeting >= 0) {
            builder_.SetDate(static_cast<size_t>(meeting), iso);
          }
          // "The session ended on Wednesday", "on Saturday ... at the close of the summit": the
          // meeting's last day. Kept only until the text gives its first ("The session, held on
          // 20 and 21 May", "the two-day meeting, which opened on Friday"), which replaces it.
          if (meeting >= 0 && builder_.node(static_cast<size_t>(meeting)).date == iso &&
              IsLastDay(si, meetings, static_cast<size_t>(meeting), i)) {
            fallback_dated_.insert(static_cast<size_t>(meeting));
            last_day_[static_cast<size_t>(meeting)] = date->date.Iso();
          }
          if (meeting >= 0) CoTimedDates(si, clauses, meetings, static_cast<size_t>(meeting), i, date->date.Iso());
          DateOccasionAfter(si, meetings, static_cast<size_t>(date->end), iso);
        }
        i = date->end - 1;
      }
    }
  }

  // Whether `iso` (a date at any precision) lies wholly before the story's publication date.
  bool Run::EarlierThanStory(const std::string& iso) const {
    const std::string story = published_.Iso();
    if (story.empty() || iso.empty()) return false;
    return iso < story.substr(0, std::min(iso.size(), story.size()));
  }

  // Whether a `future_cue` before token `upto` stands outside every person's relative clause: the
  // sentence's own event is to come ("The coming summit will be the second"), not only what a
  // side remark tells of someone ("A, who will present her credentials next month, thanked B
  // for the summit held in July 2024").
  bool Run::FutureOutsideRelative(const SentenceInfo& si, size_t upto) const {
    const auto& t = T(si);
    for (size_t k = si.body_from; k < upto && k < t.size(); ++k) {
      if (Is(Lexicon::kFutureCue, t[k]) && !PersonRelativeAround(si, k, k + 1)) return true;
    }
    return false;
  }

  // The person's relative clause (", who ... ,") that holds the date at tokens [date_at,
  // date_end), as tokens [open, close) from "who" to its closing comma; nullopt when the date
  // stands in none (or the clause runs on to the sentence's end: no side remark then).
  std::optional<std::pair<size_t, size_t>> Run::PersonRelativeAround(const SentenceInfo& si, size_t date_at,
                                                                      size_t date_end) const {
    const auto& t = T(si);
    for (size_t k = date_at; k > si.body_from + 1; --k) {
      const size_t w = k - 1;
      if (t[w].text != "," && t[w].text != ";") continue;
      // The clause closed before the date, unless this comma opens it.
      if (!(w + 1 < date_at && Is(Lexicon::kPersonRelative, t[w + 1]))) return std::nullopt;
      size_t close = date_end;
      while (close < t.size() && t[close].text != "," && t[close].text != ";") ++close;
      if (close >= t.size()) return std::nullopt;
      return std::make_pair(w + 1, close);
    }
    return std::nullopt;
  }

  // The meeting a date at tokens [date_at, date_end) may go to when it stands inside a person's
  // relative clause ("A, who last visited Oslo on 12 June 2019, met B"): only a meeting named
  // inside that clause, else none (-1). Outside such a clause, `meeting` itself.
  long Run::RelativeClauseOwner(const SentenceInfo& si, const std::vector<std::pair<size_t, size_t>>& meetings,
                                size_t date_at, size_t date_end, long meeting) const {
    const auto clause = PersonRelativeAround(si, date_at, date_end);
    if (!clause) return meeting;
    long inside = -1;
    for (const auto& [pos, node] : meetings) {
      if (pos > clause->first && pos < clause->second && (inside < 0 || static_cast<long>(node) == meeting)) {
        inside = static_cast<long>(node);
      }
    }
    return inside;
  }

  // "Negotiations opened in mid-2019 at the 30th Summit": a date followed by an
  // `occasion_preposition` and a meeting tells when that meeting was too (the event happened at it),
  // whichever meeting the date went to. Only an undated meeting takes it.
  void Run::DateOccasionAfter(const SentenceInfo& si, const std::vector<std::pair<size_t, size_t>>& meetings,
                              size_t after_date, const std::string& iso) {
    const auto& t = T(si);
    if (after_date >= t.size() || !Is(Lexicon::kOccasionPreposition, t[after_date])) return;
    size_t k = after_date + 1;
    if (k < t.size() && Is(Lexicon::kArticle, t[k])) ++k;
    for (const auto& [pos, node] : meetings) {
      if (pos != k && pos != after_date + 1) continue;
      if (builder_.node(node).date.empty()) builder_.SetDate(node, iso);
      return;
    }
  }

  // Whether the date at `date_at` is the last day of `meeting`: right after an `end_verb` ("ended
  // on Wednesday", "concluded Friday"), or in a sentence that names the meeting after a
  // `close_noun` ("at the close of the summit", "at the end of the talks").
  bool Run::IsLastDay(const SentenceInfo& si, const std::vector<std::pair<size_t, size_t>>& meetings, size_t meeting,
                      size_t date_at) const {
    const auto& t = T(si);
    size_t v = date_at;
    if (v > 0 && Is(Lexicon::kDateAnchor, t[v - 1])) --v;
    if (v > 0 && Is(Lexicon::kEndVerb, t[v - 1])) return true;
    // "The Council ended its 97th session in Monrovia on Friday": the meeting is the end verb's
    // object (after an article or a possessive determiner).
    for (const auto& [pos, node] : meetings) {
      if (node != meeting || pos < 1) continue;
      size_t k = pos;
      if (k > 0 && (Is(Lexicon::kArticle, t[k - 1]) || Is(Lexicon::kPossessiveDeterminer, t[k - 1]))) --k;
      if (k == 0 || !Is(Lexicon::kEndVerb, t[k - 1])) continue;
      if (pos <= date_at) return true;
      // "Guinea and Mali on Friday closed the 14th session of ...": the date may stand right
      // before the end verb, nothing but the date's own words between.
      bool only_date = k - 1 > date_at;
      for (size_t q = date_at; only_date && q + 1 < k; ++q) {
        only_date = IsMonthOrDay(t[q]) || t[q].number || t[q].text == "," || t[q].text == ".";
      }
      if (only_date) return true;
    }
    return NamedAfterNounOf(si, meetings, meeting, Lexicon::kCloseNoun);
  }

  // Whether the sentence names `meeting` right after "<noun> of (the)" for a noun of the list
  // `noun` ("at the close of the summit", "on the sidelines of this forum").
  bool Run::NamedAfterNounOf(const SentenceInfo& si, const std::vector<std::pair<size_t, size_t>>& meetings,
                             size_t meeting, Lexicon noun) const {
    const auto& t = T(si);
    for (const auto& [pos, node] : meetings) {
      if (node != meeting || pos < 2) continue;
      size_t k = pos;
      if (Is(Lexicon::kArticle, t[k - 1]) || Is(Lexicon::kFocusDeterminer, t[k - 1])) --k;
      if (k >= 2 && Is(Lexicon::kBelongingPreposition, t[k - 1]) && Is(noun, t[k - 2])) return true;
    }
    return false;
  }

  // "A, which runs alongside B on May 26", "A and B are held together with C on May 26": meetings
  // joined by a `co_timed` phrase to the one a date goes to take place at its time, so the
  // meetings of the clause named before that phrase share the date (unless dated already).
  void Run::CoTimedDates(const SentenceInfo& si, const std::vector<std::pair<size_t, size_t>>& clauses,
                         const std::vector<std::pair<size_t, size_t>>& meetings, size_t owner, size_t date_at,
                         const std::string& iso) {
    const auto& t = T(si);
    size_t from = si.body_from;
    for (const auto& [b, e] : clauses) {
      if (date_at >= b && date_at < e) from = b;
    }
    // The owner's mention nearest before the date, and the co_timed phrase just before it.
    size_t owner_at = t.size();
    for (const auto& [pos, node] : meetings) {
      if (node == owner && pos >= from && pos < date_at) owner_at = pos;
    }
    if (owner_at == t.size()) return;
    size_t joint = t.size();
    for (size_t k = owner_at > from + 4 ? owner_at - 4 : from; k < owner_at; ++k) {
      size_t len = 0;
      if (g_.MatchLexicon(Lexicon::kCoTimed, t, k, len).empty()) continue;
      size_t after = k + len;
      if (after < owner_at && Is(Lexicon::kArticle, t[after])) ++after;
      if (after == owner_at) joint = k;
    }
    if (joint == t.size()) return;
    for (const auto& [pos, node] : meetings) {
      if (pos < from || pos >= joint || node == owner || !builder_.node(node).date.empty()) continue;
      builder_.SetDate(node, iso);
    }
  }

  // Countries named before a meeting in its sentence ("India and Japan convened the ...") and
  // countries in the meeting's own name take part in it.
  void Run::MeetingParticipants(const SentenceInfo& si) {
    for (const Mention& m : si.m) {
      if (m.type != MT::kMeeting || m.node < 0 || m.announced) continue;
      for (const Mention& c : si.m) {
        if (c.b >= m.b) break;
        if (c.b < si.body_from || c.type != MT::kCountry || c.node < 0 || c.inside_name) continue;
        // "India's Foreign Secretary", "Japanese Prime Minister": a country that qualifies an
        // office names the official's country, not a subject.
        if (c.e < T(si).size() && Is(Lexicon::kPossessiveEnding, T(si)[c.e])) continue;
        if (const Mention* next = MentionAt(si, c.e); next && next->b == c.e && next->type == MT::kTitle) continue;
        meeting_countries_[static_cast<size_t>(m.node)].insert({static_cast<size_t>(c.node), si.s->span});
      }
    }
  }

  // Role triggers from the lexicon: "co-chaired by A and B", "A chaired", "A met B". The role
  // holds for the meetings named after the trigger ("conducted both X and Y"), else the nearest
  // one before it, else the meeting in focus.
  void Run::Roles(const SentenceInfo& si, const std::vector<std::pair<size_t, size_t>>& meetings) {
    const auto& t = T(si);
    for (size_t i = si.body_from; i < t.size(); ++i) {
      size_t len = 0;
      const std::string& value = g_.MatchLexicon(Lexicon::kRole, t, i, len);
      if (value.empty()) continue;
      // "did not attend", "was never received by", "didn't chair": a `negating_word` right before
      // the trigger denies the role (the patterns refuse such a verb with "<!@negating_word"); so
      // does one that ends inside it ("declined to" over the trigger "to attend").
      bool denied = false;
      for (size_t k = i > si.body_from + 4 ? i - 4 : si.body_from; k < i && !denied; ++k) {
        size_t negation_len = 0;
        denied = !g_.MatchLexicon(Lexicon::kNegatingWord, t, k, negation_len).empty() && k + negation_len >= i &&
                 k + negation_len < i + len;
      }
      if (denied) continue;
      // "A was later received by B", "B received A": a reception is a meeting of its own, which
      // the reception patterns make and the host chairs; the host takes no role from the verb at
      // the meeting in focus, only the one received does (the visitor of a state visit).
      const bool guest_before = value.find(" guest-before") != std::string::npos;
      const bool guest_after = value.find(" guest-after") != std::string::npos;
      bool passive = value.find(" passive") != std::string::npos;
      // "took part in the meeting, hosted in Ohrid by A", "chaired on Monday by B": an active chair
      // trigger whose agent follows a place or a day is passive; the agent chairs, not the subject.
      // The words between open with a place or day preposition and hold no official, meeting or
      // comma, so "A hosted B in Ohrid, joined by C" and "A chaired the talks by video" stay active.
      const bool set_apart = i + len < t.size() && (Is(Lexicon::kPlacePreposition, t[i + len]) ||
                                                     Is(Lexicon::kDayPreposition, t[i + len]));
      if (!passive && set_apart && value.rfind("attended", 0) != 0) {
        for (size_t k = i + len; k < t.size() && k <= i + len + 5; ++k) {
          if (t[k].text == "," || t[k].text == ";") break;
          const Mention* inside = MentionAt(si, k);
          if (inside && (inside->type == MT::kOfficial || inside->type == MT::kTitle || inside->type == MT::kMeeting ||
                         inside->type == MT::kMeetingRef)) {
            break;
          }
          if (k > i + len && Is(Lexicon::kPassiveAgentWord, t[k])) {
            passive = true;
            len = k + 1 - i;
            break;
          }
        }
      }
      const bool with_subject = value.find(" subject") != std::string::npos;
      const bool same_side = value.find(" side") != std::string::npos;
      const std::string relation = value.substr(0, value.find(' '));
      // "A attended the ceremony; B did not": a semicolon ends the trigger's clause, and the
      // officials and meetings after it are another clause's; unless it separates the
      // trigger's own list of officials ("attended were A, Prime Minister of X; B, ...").
      size_t clause_to = t.size();
      for (size_t k = i + len; k < t.size(); ++k) {
        // "A held talks with B on Monday, while C paid a call on D": a `contrast_word` after a
        // comma starts a clause of its own, whose meetings and officials are not the trigger's.
        if (k > i + len && t[k - 1].text == "," && Is(Lexicon::kContrastWord, t[k])) {
          clause_to = k - 1;
          break;
        }
        if (t[k].text == ";") {
          // A list goes on with an official in apposition ("; B, Minister of Y"); an official
          // followed by a verb ("; B is to be sworn in") is a new clause's subject.
          const Mention* next = MentionAt(si, k + 1);
          const bool opens = next && next->b == k + 1;
          // "; Ambassador C paid ...": the official after a bare title is the one that counts.
          if (opens && next->type == MT::kTitle && next->node < 0 && next->e < t.size()) {
            const Mention* name = MentionAt(si, next->e);
            if (name && name->b == next->e && name->type == MT::kOfficial) next = name;
          }
          const bool new_subject = opens && next->type == MT::kOfficial && next->e < t.size() &&
                                   t[next->e].word && !t[next->e].cap && !Is(Lexicon::kListJoin, t[next->e]) &&
                                   !Is(Lexicon::kJoiningWord, t[next->e]);
          if (OfficialsIn(si, i + len, k).empty() || new_subject) clause_to = k;
          break;
        }
      }
      std::vector<size_t> targets;
      for (const auto& [pos, node] : meetings) {
        if (pos < i + len || pos >= clause_to) continue;
        // "A met B, who chaired the talks": "the talks" is the meeting this sentence made before
        // it, not the story's.
        const Mention* ref = MentionAt(si, pos);
        long own = -1;
        if (ref && ref->b == pos && ref->type == MT::kMeetingRef && static_cast<long>(node) == focus_meeting_) {
          for (const auto& [before, other] : meetings) {
            if (before < i && static_cast<long>(other) != focus_meeting_) own = static_cast<long>(other);
          }
        }
        targets.push_back(own >= 0 ? static_cast<size_t>(own) : node);
      }
      // "B, who chairs the Friendship Group, took part in the talks": an active chair trigger
      // whose object is a name that is no meeting chairs a body, an office, not a meeting.
      if (!passive && relation != "attended") {
        size_t object = i + len;
        if (object < t.size() && Is(Lexicon::kArticle, t[object])) ++object;
        bool meeting = false;
        for (const auto& [pos, node] : meetings) meeting |= pos >= i + len && pos <= object;
        for (const Mention& m : si.m) {
          meeting |= m.b <= object && object < m.e &&
                     (m.type == MT::kMeeting || m.type == MT::kDialogue || m.type == MT::kMeetingRef ||
                      m.type == MT::kDialogueRef);
        }
        if (object < t.size() && t[object].cap && !meeting) {
          i += len - 1;
          continue;
        }
      }
      // "B and C attended the reception", "A hosted a state banquet": an active trigger whose
      // object (after an article or possessive, within two more lower-case words) is an
      // `own_occasion_noun` that no meeting of the sentence stands for tells of that occasion, a
      // meeting of its own, not of the one before it or in focus.
      if (targets.empty() && !passive) {
        size_t object = i + len;
        if (object < t.size() && (Is(Lexicon::kArticle, t[object]) || Is(Lexicon::kPossessiveDeterminer, t[object]))) {
          ++object;
        }
        bool occasion = false;
        for (size_t k = object; k < t.size() && k < object + 3 && !occasion && t[k].word; ++k) {
          occasion = Is(Lexicon::kOwnOccasionNoun, t[k]);
          if (t[k].cap) break;
        }
        if (occasion) {
          i += len - 1;
          continue;
        }
      }
      if (targets.empty()) {
        for (const auto& [pos, node] : meetings) {
          if (pos < i) targets.assign(1, node);
        }
      }
      const bool from_focus = targets.empty();
      if (targets.empty() && focus_meeting_ >= 0) targets.push_back(static_cast<size_t>(focus_meeting_));
      // "We, A, B and C, met in Wilmington for the summit, which President D hosted": an active
      // trigger in a relative clause holds for the officials inside the clause, not the main
      // clause's subjects.
      // "A met B, who chaired the talks": a "who" clause with no official of its own is about
      // the official just before it.
      size_t subject_from = 0, subject_to = i;
      // "hosted by A and B, and co-chaired by C and D": a passive trigger's agents run to the
      // next trigger, which names its own.
      size_t agents_to = clause_to;
      if (passive) {
        for (size_t k = i + len; k < t.size() && agents_to == t.size(); ++k) {
          size_t next_len = 0;
          if (!g_.MatchLexicon(Lexicon::kRole, t, k, next_len).empty()) agents_to = k;
        }
        // "chaired by President A, with President B the notable absence": B is no chair.
        for (size_t k = i + len; relation == "chaired" && k + 1 < agents_to; ++k) {
          if (t[k].text == "," && Is(Lexicon::kAgentStop, t[k + 1]) && !OfficialsIn(si, i + len, k).empty()) {
            agents_to = k;
          }
        }
      }
      // "the dialogue ... and it met six times": a thing, not a person, is the subject.
      if (!passive && i > si.body_from && Is(Lexicon::kThingPronoun, t[i - 1])) subject_to = subject_from;
      // "A is to meet B, and C is to hold talks with D": the officials after the last ", and" (or
      // ";") before an active trigger are its subjects, when there are any; so are those after
      // ", while" ("A met B on Monday, while C met D": A and B are not at C's meeting).
      if (!passive) {
        for (size_t k = i; k-- > si.body_from + 1;) {
          const bool boundary = t[k].text == ";" ||
                                (t[k - 1].text == "," && (Is(Lexicon::kClauseAnd, t[k]) || Is(Lexicon::kContrastWord, t[k])));
          if (!boundary) continue;
          if (!OfficialsIn(si, k + 1, i).empty()) subject_from = k + 1;
          break;
        }
      }
      // "A, who met B of Norway, who was visiting Lima, co-chaired the meeting": a trigger right
      // after a comma (or "also") closes the relative clauses set off by commas before it; it is
      // the main clause's verb, whose subject stands before the first of them.
      bool main_clause = false;
      if (!passive && i >= si.body_from + 2) {
        size_t before = i - 1;
        if (Is(Lexicon::kContinuingWord, t[before]) && before > si.body_from) --before;
        for (size_t k = subject_from; t[before].text == "," && k + 1 < before; ++k) {
          if (t[k].text != "," || !Is(Lexicon::kRelativePronoun, t[k + 1])) continue;
          // "A, who arrived on Sunday, B, who ..., co-chaired": an official straight after a
          // comma is another subject of the list, not the relative clause's object.
          bool listed = false;
          for (size_t c = k + 1; c < before && !listed; ++c) {
            const Mention* next = t[c].text == "," ? MentionAt(si, c + 1) : nullptr;
            listed = next && next->b == c + 1 && (next->type == MT::kOfficial || next->type == MT::kTitle);
          }
          if (!listed && !OfficialsIn(si, subject_from, k).empty()) subject_to = k, main_clause = true;
          break;
        }
      }
      if (!passive && !main_clause) {
        for (size_t k = i; k-- > si.body_from;) {
          if (!Is(Lexicon::kRelativePronoun, t[k])) continue;
          // ", and together the two of them co-chaired": the relative clause ended before the
          // trigger, which is the main clause's again.
          bool ended = false;
          for (size_t x = k + 1; x + 1 < i && !ended; ++x) {
            ended = (t[x].text == "," && Is(Lexicon::kClauseAnd, t[x + 1])) || t[x].text == ";";
          }
          if (ended) break;
          if (!OfficialsIn(si, k + 1, i).empty()) {
            subject_from = k + 1;
          } else {
            // The last official within a few words before "who" ("Mia Lund of Norway, who").
            bool found = false;
            for (const Mention& m : si.m) {
              if (Is(Lexicon::kPersonRelative, t[k]) && m.type == MT::kOfficial && m.node >= 0 && m.e <= k &&
                  m.e + 4 >= k) {
                subject_from = m.b, subject_to = m.e, found = true;
              }
            }
            // "B, who was visiting Lima, which had hosted the summit": a clause about a place
            // right before it is about no official.
            const Mention* head = k >= 2 && t[k - 1].text == "," ? MentionAt(si, k - 2) : nullptr;
            if (!found && head && head->e == k - 1 &&
                (head->type == MT::kPlace || head->type == MT::kCapital || head->type == MT::kCountry)) {
              subject_from = subject_to = k;
            }
          }
          break;
        }
      }
      // "The visiting minister, whose trip runs to Friday, will be accompanied by B": B goes where
      // the subject goes; with no official named as the subject and no meeting in the sentence,
      // that is not known to be the story's meeting.
      bool pronoun = false;  // "He was accompanied by B": the official the story follows
      for (size_t k = subject_from; k < subject_to && k < i; ++k) pronoun |= Is(Lexicon::kSubjectPronoun, t[k]);
      if (with_subject && from_focus && !pronoun && OfficialsIn(si, subject_from, subject_to).empty()) {
        i += len - 1;
        continue;
      }
      // "A meeting of A with B was held": officials inside the meeting's own phrase, the subject of
      // a passive trigger, take part in it.
      size_t meeting_phrase = t.size();
      for (const Mention& m : si.m) {
        if ((m.type == MT::kMeeting || m.type == MT::kMeetingRef) && m.node >= 0 && m.e <= i &&
            m.b >= subject_from) {
          meeting_phrase = m.b;
        }
      }
      // "Together with B, he also conducted X": a pronoun after a fronted phrase, right before an
      // active trigger, is the official the story follows (the latest sentence's first official).
      long pronoun_subject = -1;
      if (!passive && !guest_after && last_subject_ >= 0) {
        for (size_t k = i; k-- > si.body_from + 1 && k + 2 >= i;) {
          if (Is(Lexicon::kSubjectPronoun, t[k]) && t[k - 1].text == "," && OfficialsIn(si, k, i).empty()) {
            pronoun_subject = last_subject_;
          }
        }
      }
      std::vector<size_t> agents, subjects;
      for (size_t meeting : targets) {
        if (pronoun_subject >= 0 && !builder_.HasEdge(pronoun_subject, "cochaired", meeting) &&
            !builder_.HasEdge(pronoun_subject, "chaired", meeting) && relation == "attended") {
          builder_.Edge(static_cast<size_t>(pronoun_subject), relation, meeting, si.s->span,
                        "role:" + Surface(si, i, i + len));
          role_holders_[meeting].insert({static_cast<size_t>(pronoun_subject), si.s->span});
        }
        for (const Mention& m : si.m) {
          if (m.type != MT::kOfficial || m.node < 0) continue;
          const bool after = m.b >= i + len;
          if (relation != "attended" && after != passive) continue;
          if (after && m.b >= agents_to) continue;
          if (after && m.b >= clause_to) continue;
          if (!after && (m.b < subject_from || m.b >= subject_to)) continue;
          if ((guest_before && after) || (guest_after && !after)) continue;  // the host
          // "Minister A said the talks would be held by ..., attended by B": a passive trigger's
          // subject is the meeting; the officials before it speak of it or hold other roles.
          // "A was accompanied by B" (" subject" in the row): both go.
          if (!after && passive && !with_subject && m.b < meeting_phrase) continue;
          // A chair also attends: the stronger role wins.
          if (relation == "attended" && (builder_.HasEdge(m.node, "cochaired", meeting) ||
                                         builder_.HasEdge(m.node, "chaired", meeting))) {
            continue;
          }
          // "accompanied by B, who signed it with C": C, in B's relative clause, is no companion;
          // "received by B, to whom he conveyed greetings from C": C is no host either, unless an
          // "and" ends the clause first ("attended by B, who arrived on Sunday, and C").
          bool relative = false, in_clause = false;
          for (size_t k = i + len; after && k < m.b; ++k) {
            if (Is(Lexicon::kRelativePronoun, t[k])) relative = in_clause = true;
            else if (Is(Lexicon::kClauseAnd, t[k])) in_clause = false;
          }
          if (in_clause && !same_side) continue;
          builder_.Edge(static_cast<size_t>(m.node), relation, meeting, si.s->span,
                        "role:" + Surface(si, i, i + len));
          role_holders_[meeting].insert({static_cast<size_t>(m.node), si.s->span});
          if (!relative) (after ? agents : subjects).push_back(static_cast<size_t>(m.node));
        }
      }
      if (same_side) {
        // "He was accompanied by B": the official the story follows.
        if (subjects.empty() && last_subject_ >= 0) subjects.push_back(static_cast<size_t>(last_subject_));
        for (size_t a : agents) {
          for (size_t s : subjects) {
            if (a != s) companions_.push_back({a, s});
          }
        }
      }
      i += len - 1;
    }
  }

  // "This dialogue was first announced during the 2+2 meeting": the dialogue (or agreement)
  // named before the trigger was announced at the meeting named after it.
  void Run::Announcements(const SentenceInfo& si, size_t announce_at) {
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

  std::string Run::AnnounceTrigger(const SentenceInfo& si, size_t at) const {
    size_t len = 0;
    g_.MatchLexicon(Lexicon::kAnnounce, T(si), at, len);
    return Surface(si, at, at + std::max<size_t>(len, 1));
  }

  // The parties of what the subject of token `at` did: countries before it in the sentence
  // ("New Delhi and Tokyo agreed"), else the countries of the officials before it ("Chang and
  // Okano agreed"). Empty when the subject is "both sides" and the like.
  std::set<size_t> Run::SubjectParties(const SentenceInfo& si, size_t at, std::vector<size_t>* officials) {
    std::set<size_t> parties;
    // "A of X said on Monday that Peru and Chile had agreed to ...": the reporter's clause ends at
    // its verb (a statement_source read "after"), and when the reported clause names countries or
    // officials they are the subject; the reporter's country is no party.
    size_t from = si.body_from;
    for (size_t k = si.body_from; k < at; ++k) {
      size_t len = 0;
      if (g_.MatchLexicon(Lexicon::kStatementSource, T(si), k, len) != "after" || k + len > at) continue;
      bool named = false;
      for (const Mention& c : si.m) {
        named |= c.b >= k + len && c.b < at && c.node >= 0 && !c.inside_name &&
                 (c.type == MT::kCountry || c.type == MT::kOfficial);
      }
      if (named) from = k + len;
    }
    // A subject that opens with officials ("Chang and Okano condemned North Korea's tests and
    // agreed to ...") is theirs: a country named after them, outside their titles, is the
    // object of an earlier verb, not a party.
    size_t first_official = at, first_free_country = at;
    for (const Mention& c : si.m) {
      if (c.b >= at || c.b < from || c.node < 0) continue;
      if (c.type == MT::kOfficial) first_official = std::min(first_official, c.b);
    }
    for (const Mention& c : si.m) {
      if (c.b >= at || c.b < from || c.node < 0 || c.type != MT::kCountry || c.inside_name) continue;
      bool in_title = false;
      for (const Mention& o : si.m) in_title |= o.type == MT::kOfficial && o.b <= c.b && c.e <= o.e;
      if (!in_title) first_free_country = std::min(first_free_country, c.b);
    }
    // The country must follow a verb: not "According to Wang, Beijing and Bangkok pledged",
    // "Yoon and Japanese Prime Minister Kishida", "the leaders of India and Japan".
    bool officials_first = first_official < first_free_country && first_free_country < at;
    if (officials_first) {
      size_t k = first_free_country - 1;
      if (k > first_official && Is(Lexicon::kArticle, T(si)[k])) --k;
      const Token& before = T(si)[k];
      officials_first = before.word && !before.cap && !Is(Lexicon::kCountryJoiner, before);
    }
    for (const Mention& c : si.m) {
      if (c.b >= at) break;
      if (officials_first && c.b >= first_free_country) break;
      if (c.type == MT::kCountry && c.node >= 0 && c.b >= from && !c.inside_name) {
        parties.insert(static_cast<size_t>(c.node));
      }
      // "Mercosur and the European Union agreed to ...": a bloc named as a side is a party
      // itself (ONTOLOGY party_to), not its members.
      // Not after a preposition: "in the C5+1 format, the ministers ..." names no side.
      size_t lead = c.b;
      if (lead > si.body_from && Is(Lexicon::kArticle, T(si)[lead - 1])) --lead;
      const bool after_preposition = lead > si.body_from && T(si)[lead - 1].word &&
                                     !T(si)[lead - 1].cap &&
                                     !Is(Lexicon::kNextMemberWord, T(si)[lead - 1]);
      if (c.type == MT::kOrg && c.node >= 0 && c.b >= from && !c.inside_name &&
          !after_preposition && IsBloc(static_cast<size_t>(c.node))) {
        parties.insert(static_cast<size_t>(c.node));
      }
    }
    // The officials named in the subject add their countries ("PM Modi and Chinese
    // President Xi had decided to ...": India with China).
    for (size_t official : OfficialsIn(si, from, officials_first ? first_free_country : at)) {
      if (officials) officials->push_back(official);
      for (const auto& [off, country] : RepresentsOf(official)) {
        if (off == official) parties.insert(CountryNode(country));
      }
      if (auto same_node = officials_by_node_.find(official); same_node != officials_by_node_.end()) {
        for (const auto* entry : same_node->second) {
          const Official& off = entry->second;
          if (off.node == official && off.country >= 0) parties.insert(CountryNode(off.country));
        }
      }
    }
    return parties;
  }

  // Whether the words from `b` to the sentence's end are a short attribution ending in a
  // clause_end word: "a statement from the PM House said." (at most eight words, no comma).
  bool Run::ReportingTail(const SentenceInfo& si, size_t b) const {
    const auto& t = T(si);
    size_t e = t.size();
    while (e > b && (t[e - 1].text == "." || t[e - 1].text == "\"")) --e;
    if (e <= b + 1 || e - b > 8 || !Is(Lexicon::kClauseEnd, t[e - 1])) return false;
    for (size_t k = b; k < e; ++k) {
      if (!t[k].word) return false;
    }
    return true;
  }

  // "the two sides signed the", "their ministers launched a", "Peru ratified the": a subject (an
  // article or possessive determiner and at most three lower-case words, or a country or an
  // official), then a verb in -ed, then what opens its object (an object_start word or a name).
  bool Run::NewSubjectAndVerb(const SentenceInfo& si, size_t q) const {
    const auto& t = T(si);
    if (q >= t.size()) return false;
    size_t v = q;
    const Mention* m = MentionAt(si, q);
    if (m && m->b == q && (m->type == MT::kCountry || m->type == MT::kOfficial)) {
      v = m->e;
    } else if (Is(Lexicon::kArticle, t[q]) || Is(Lexicon::kPossessiveDeterminer, t[q])) {
      for (v = q + 1; v < t.size() && v <= q + 3 && t[v].word && !t[v].cap; ++v) {
        if (v > q + 1 && PastVerb(t[v])) break;
      }
    } else {
      return false;
    }
    if (v <= q || v + 1 >= t.size() || !PastVerb(t[v])) return false;
    return Is(Lexicon::kObjectStart, t[v + 1]) || t[v + 1].cap;
  }

  // The clause after an "agreed to" trigger, up to the sentence's end, an attribution
  // (", according to ...") or a trailing participle (", resting on ...").
  size_t Run::ClauseEnd(const SentenceInfo& si, size_t b) const {
    const auto& t = T(si);
    size_t e = t.size();
    for (size_t k = b; k + 1 < t.size(); ++k) {
      if (Is(Lexicon::kClauseAnd, t[k]) && k > b + 1 && k + 2 < t.size() && PastVerb(t[k + 1]) &&
          Is(Lexicon::kObjectStart, t[k + 2])) {
        e = k;  // "... and signed a memorandum": a second predicate of the subject
        break;
      }
      if (Is(Lexicon::kRelativePronoun, t[k]) && k > b + 2 && Is(Lexicon::kFutureCue, t[k + 1])) {
        e = k;  // "a list of outcomes that will take cooperation forward": the list is the agreement
        break;
      }
      // "..., and they named 2026 a year of culture": a new subject opens another clause.
      if (Is(Lexicon::kClauseAnd, t[k]) && k > b + 1 && Is(Lexicon::kClauseSubject, t[k + 1])) {
        e = k;
        break;
      }
      // "..., and the two sides signed the Quito Energy Pact": so does a subject with its
      // determiner, followed by a verb in -ed and its object.
      if (Is(Lexicon::kClauseAnd, t[k]) && k > b + 1 && NewSubjectAndVerb(si, k + 1)) {
        e = k;
        break;
      }
      if (t[k].text == ";") {
        e = k;  // "agreed to widen trade; officials also discussed ...": a new clause
        break;
      }
      if (t[k].text != ",") continue;
      // '..., and to do it more often," Wong told reporters': a comma before a quote mark closes
      // the quoted words; what follows attributes them.
      if (t[k].text == "," && t[k + 1].text == "\"") {
        e = k;
        break;
      }
      if (ReportingTail(si, k + 1)) {
        e = k;  // "..., a statement from the ministry said."
        break;
      }
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

  // "The summit was not held in A, as first planned, but in B": a negation in the words just
  // before a place's preposition says the meeting was not there. It reaches back to the clause's
  // last comma or semicolon, and no further than a word that ends it ("but in B", "instead").
  bool Run::NegatedPlace(const SentenceInfo& si, size_t prep) const {
    const auto& t = T(si);
    const size_t lo = std::max(si.body_from, prep > kNegationReach ? prep - kNegationReach : 0);
    for (size_t k = prep; k-- > lo;) {
      if (t[k].text == "," || t[k].text == ";") return false;
      size_t len = 0;
      const std::string& value = g_.MatchLexicon(Lexicon::kNegation, t, k, len);
      if (value.empty() || k + len > prep) continue;
      // "Rather than Quito the summit was held in Lima": a place right after the contrast (an
      // article allowed) is the one it denies, and this place is affirmed. Anything else after it
      // ("Rather than the Andean Summit being held in Quito, ...") leaves the denial to this place.
      if (value == "contrasts") {
        size_t obj = k + len;
        if (obj < prep && Is(Lexicon::kArticle, t[obj])) ++obj;
        return std::none_of(si.m.begin(), si.m.end(), [&](const Mention& m) {
          return m.b == obj && m.b < prep &&
                 (m.type == MT::kPlace || m.type == MT::kCapital || m.type == MT::kCountry);
        });
      }
      return value == "negates";
    }
    return false;
  }

  // A pattern's place slot ("which was never held in {place}") after a place preposition, and
  // perhaps "the", whose preposition a negation denies.
  bool Run::DeniedSlotPlace(const SentenceInfo& si, const extract::PatternMatch& match,
                            const std::string& slot) const {
    const extract::Capture* place = match.Slot(slot);
    if (!place || !place->set || place->b <= si.body_from || place->b >= T(si).size()) return false;
    const auto& t = T(si);
    size_t prep = place->b - 1;
    if (Is(Lexicon::kDefiniteArticle, t[prep]) && prep > si.body_from) --prep;
    return Is(Lexicon::kPlacePreposition, t[prep]) && NegatedPlace(si, prep);
  }

  // Whether the words in [b, e) after a meeting's mention show that a place after them belongs
  // to something else ("the talks are the crisis in Ukraine", "comes ahead of the G7 summit to be held
  // in Hiroshima"; lexicon place_gap_break).
  bool Run::GapBreaks(const SentenceInfo& si, size_t b, size_t e) const {
    for (size_t k = b; k < e; ++k) {
      size_t len = 0;
      if (!g_.MatchLexicon(Lexicon::kPlaceGapBreak, T(si), k, len).empty()) return true;
    }
    return false;
  }

}  // namespace dkg::extract
