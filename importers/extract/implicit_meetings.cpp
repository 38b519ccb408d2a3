// Meetings a sentence describes without naming them ("X met Y", visits), and the dates of
// sentences and clauses (run.h).

#include "importers/extract/run.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <set>
#include <string>
#include <vector>

#include "engine/normalize.h"

namespace dkg::extract {

  // The officials of a sentence before and after token range [b, e).
  std::vector<size_t> Run::OfficialsIn(const SentenceInfo& si, size_t from, size_t to) const {
    std::vector<size_t> out;
    for (const Mention& m : si.m) {
      if (m.type == MT::kOfficial && m.node >= 0 && m.b >= from && m.e <= to &&
          std::find(out.begin(), out.end(), static_cast<size_t>(m.node)) == out.end()) {
        out.push_back(static_cast<size_t>(m.node));
      }
    }
    return out;
  }

  std::string Run::Surname(size_t official) const {
    const std::string& name = builder_.node(official).name;
    auto tokens = internal::Tokenize(name);
    // "SUGA Yoshihide", "XI Jinping": a family name written in capitals is the surname, wherever
    // it stands, in any script ("ÖZKAN Emre": Run::AllCapitals, the test the dateline rules use);
    // it is given with an initial capital ("Suga", "Özkan").
    const long caps = std::count_if(tokens.begin(), tokens.end(), [&](const auto& t) { return t.word && AllCapitals(t.text); });
    const long words = std::count_if(tokens.begin(), tokens.end(), [](const auto& t) { return t.word; });
    if (caps == 1 && words >= 2) {
      for (const auto& t : tokens) {
        if (t.word && AllCapitals(t.text)) {
          // The first letter (one code point, "Ø" too) stays; the rest in lower case.
          int first = 1;
          unicode::Decode(t.text, 0, first);
          return t.text.substr(0, static_cast<size_t>(first)) + unicode::Lower(std::string_view(t.text).substr(static_cast<size_t>(first)));
        }
      }
    }
    for (auto it = tokens.rbegin(); it != tokens.rend(); ++it) {
      if (!it->word || IsNameSuffix(*it) || it->text.size() <= 2) continue;
      // "Lee Min-ho": a lower-case word after a hyphen ends a hyphenated given name written
      // after the family name, which is the name's first word. "Anna Smith-Jones": a capital
      // after the hyphen ends a double-barrelled surname, which is kept whole.
      const size_t k = static_cast<size_t>(tokens.rend() - it) - 1;
      // "O'Hara", "Lemalu'aiga": an apostrophe inside a word joins its parts into one surname.
      size_t first = k;
      while (first >= 2 && tokens[first - 1].text == "'" && !tokens[first - 1].space_before &&
             !tokens[first].space_before && tokens[first - 2].word) {
        first -= 2;
      }
      if (first < k) {
        std::string joined;
        for (size_t j = first; j <= k; ++j) joined += tokens[j].text;
        return joined;
      }
      if (k >= 2 && tokens[k - 1].text == "-" && !tokens[k - 1].space_before && !it->space_before &&
          tokens[k - 2].word) {
        if (!it->cap) {
          return tokens.front().word && k >= 3 ? tokens.front().text : it->text;
        }
        return tokens[k - 2].text + "-" + it->text;
      }
      return it->text;
    }
    return name;
  }

  // Whether the date at `i` dates something other than the clause's event: "until Friday", a
  // report ("officials said on Thursday", "said Thursday").
  bool Run::BoundsOther(const std::vector<Token>& t, size_t i) const {
    if (i > 0 && Is(Lexicon::kTimeBound, t[i - 1])) return true;
    return i > 1 && Is(Lexicon::kDateAnchor, t[i - 1]) && Is(Lexicon::kTimeBound, t[i - 2]);
  }

  // The date an implicit event took place: a date in the sentence, else the story's date
  // for something already done.
  // `fallback` is set when the date is the story's (FindStoryDate) rather than one the sentence gives.
  std::string Run::SentenceDate(const SentenceInfo& si, bool* fallback, size_t from, size_t to, size_t at) const {
    const auto& t = T(si);
    const internal::Tense tense = si.future ? internal::Tense::kFuture : internal::Tense::kPast;
    std::string first;
    size_t since = t.size();  // "since he took office last year": dates after it bound something else
    for (size_t i = std::max(si.body_from, from); i < std::min(t.size(), to); ++i) {
      if (Is(Lexicon::kSinceWord, t[i]) && since == t.size()) since = i;
      // After ";" a dated clause tells of something else ("held talks yesterday ...; Boric is to be
      // sworn in on 11 March").
      if (t[i].text == ";" && !first.empty()) break;
      auto d = internal::MatchDate(t, i, published_, TenseAt(si, i));
      if (!d) continue;
      if (BoundsOther(t, i) || i > since) {
        i = d->end - 1;
        continue;
      }
      if (const auto clause = PersonRelativeAround(si, i, d->end); clause && !(clause->first < at && at < clause->second)) {
        i = d->end - 1;
        continue;
      }
      if (i > 0 && Is(Lexicon::kDateAnchor, t[i - 1])) return d->date.Iso();
      if (first.empty()) first = d->date.Iso();
      i = d->end - 1;
    }
    if (fallback) *fallback = first.empty();
    if (!first.empty()) return first;
    // "Later the same day, she called on A": the day of the sentence before that gives one.
    for (size_t i = si.body_from; i + 1 < t.size(); ++i) {
      if (!Is(Lexicon::kSameWord, t[i]) || !Is(Lexicon::kSameDayNoun, t[i + 1])) continue;
      const size_t here = static_cast<size_t>(&si - infos_.data());
      for (size_t back = 1; back <= kSameDayLookBack && back <= here; ++back) {
        const SentenceInfo& before = infos_[here - back];
        if (before.headline) break;
        if (before.day.empty()) continue;
        if (fallback) *fallback = false;
        return before.day;
      }
      break;
    }
    // "presented his credentials to then-President A": an undated past, not the day of the report;
    // the earlier time the sentence before names, if it names one ("Her posting began in March
    // 2021, when she reached Lima. She handed her credentials to then-President A").
    for (size_t i = si.body_from; i + 1 < t.size(); ++i) {
      if (!Is(Lexicon::kPastMarker, t[i]) || t[i + 1].text != "-") continue;
      // "Soon after, she presented ...": the earlier time bounds it (`time_bound`), it does not date it.
      for (size_t k = si.body_from; k < i; ++k) {
        if (Is(Lexicon::kTimeBound, t[k])) return std::string();
      }
      return EarlierTimeBefore(si);
    }
    if (tense != internal::Tense::kPast) return std::string();
    const std::string day = StoryDayAfter(si);
    // "On the previous evening the president hosted ...": a day off that day (`day_offset_phrase`).
    for (size_t k = si.body_from; k < t.size(); ++k) {
      size_t len = 0;
      const std::string& offset = g_.MatchLexicon(Lexicon::kDayOffsetPhrase, t, k, len);
      if (len == 0) continue;
      const auto parsed = internal::ParseDateText(day);
      if (!parsed || parsed->day == 0) break;
      return internal::AddDays(*parsed, std::atol(offset.c_str())).Iso();
    }
    return day;
  }

  // The first date the sentence before `si` gives for a time before the story's (a month or year
  // before it, or a day more than kNearDays before it); empty when it gives none.
  std::string Run::EarlierTimeBefore(const SentenceInfo& si) const {
    const size_t at = static_cast<size_t>(&si - infos_.data());
    if (at == 0 || infos_[at - 1].headline) return std::string();
    const SentenceInfo& before = infos_[at - 1];
    const auto& t = T(before);
    const std::string story = story_.Iso();
    for (size_t i = before.body_from; i < t.size(); ++i) {
      auto d = internal::MatchDate(t, i, published_, internal::Tense::kPast);
      if (!d) continue;
      const std::string iso = d->date.Iso();
      const auto apart = internal::DaysBetween(d->date, story_);
      const bool earlier = iso.size() == 10 ? apart && *apart > kNearDays : iso < story.substr(0, iso.size());
      if (!BoundsOther(t, i) && earlier) return iso;
      i = d->end - 1;
    }
    return std::string();
  }

  // The story's date for an undated past sentence. Right after a sentence telling of another
  // day ("Yesterday she met A. She also held talks with B."), which day the undated one tells of
  // is unsure: only the month is known.
  // A `continuing_word` early in the sentence ("She also held talks with B") goes on telling of
  // the sentence right before, so it takes that sentence's day.
  std::string Run::StoryDayAfter(const SentenceInfo& si) const {
    const std::string day = story_.Iso();
    const size_t at = static_cast<size_t>(&si - infos_.data());
    for (size_t back = 1; back <= kDayLookBack && back <= at; ++back) {
      const SentenceInfo& before = infos_[at - back];
      if (before.headline) break;
      if (before.day.empty()) continue;
      if (before.day == day || day.size() < 7) return day;
      return back == 1 && ContinuesSentenceBefore(si) ? before.day : day.substr(0, 7);
    }
    return day;
  }

  // Whether a `continuing_word` stands among the first few words of the sentence's body, where
  // it qualifies the sentence's own verb ("He also met", "Owusu additionally held"), not a later
  // clause's.
  bool Run::ContinuesSentenceBefore(const SentenceInfo& si) const {
    const auto& t = T(si);
    const size_t end = std::min(t.size(), si.body_from + kContinuingWordWindow);
    for (size_t k = si.body_from; k < end; ++k) {
      if (Is(Lexicon::kContinuingWord, t[k])) return true;
    }
    return false;
  }

  // "The two ministers will, while in Japan, also hold the X Dialogue", "will in addition attend
  // X": a meeting that a future sentence adds to what is planned (a `continuing_word` in it), with
  // no date of its own, falls in
  // the month of the trip the story previews -- the one month that every meeting the story dates
  // on or after its own day falls in. Nothing when those dates span two months or there are none.
  void Run::AddedMeetingsTakeTheTripMonth() {
    const std::string today = story_.Iso();
    if (today.size() < 7) return;
    std::string month;
    for (size_t n = 0; n < builder_.node_count(); ++n) {
      const ExtractedNode& node = builder_.node(n);
      if (node.kind != "meeting" || builder_.IsAbsorbed(n) || node.date.size() < 7) continue;
      const std::string m = node.date.substr(0, 7);
      if (m < today.substr(0, 7) || (node.date.size() == 10 && node.date < today)) continue;
      if (!month.empty() && m != month) return;
      month = m;
    }
    if (month.empty()) return;
    for (const SentenceInfo& si : infos_) {
      if (si.headline || !si.future) continue;
      const auto& t = T(si);
      // Not inside a relative clause ("Wang, who is also a member of ..., will attend X"): there
      // the word qualifies the clause, not the planned meeting.
      bool added = false;
      for (size_t k = si.body_from; k < t.size() && !added; ++k) {
        size_t len = 0;
        g_.MatchLexicon(Lexicon::kAddingPhrase, t, k, len);
        const bool relative = (k >= 1 && Is(Lexicon::kRelativePronoun, t[k - 1])) ||
                              (k >= 2 && Is(Lexicon::kRelativePronoun, t[k - 2]));
        added = len > 0 && !relative;
      }
      if (!added) continue;
      for (const Mention& x : si.m) {
        if (x.type != MT::kMeeting || x.node < 0) continue;
        const size_t n = static_cast<size_t>(x.node);
        if (!builder_.IsAbsorbed(n) && builder_.node(n).date.empty()) builder_.SetDate(n, month);
      }
    }
  }

  // Sets an implicit meeting's date: a date the text gives replaces the publication date that an
  // earlier mention fell back on.
  void Run::DateImplicit(size_t meeting, const SentenceInfo& si, size_t from, size_t to, size_t at) {
    bool fallback = false;
    const std::string date = SentenceDate(si, &fallback, from, to, at);
    if (date.empty()) return;
    const std::string& current = builder_.node(meeting).date;
    if (current.empty() || (fallback_dated_.count(meeting) && !fallback)) {
      builder_.SetDateForce(meeting, date);
      if (fallback) fallback_dated_.insert(meeting); else fallback_dated_.erase(meeting);
    }
  }

  // Clause boundaries of a sentence: "while", "whereas", ";" and ", and" split one sentence's
  // events.
  std::vector<std::pair<size_t, size_t>> Run::Clauses(const SentenceInfo& si) const {
    const auto& t = T(si);
    std::vector<std::pair<size_t, size_t>> out;
    size_t from = si.body_from;
    for (size_t k = si.body_from; k < t.size(); ++k) {
      const bool comma_and = t[k].text == "," && k + 1 < t.size() && Is(Lexicon::kClauseAnd, t[k + 1]);
      if (Is(Lexicon::kContrastWord, t[k]) || t[k].text == ";" || comma_and) {
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
  void Run::ImplicitMeetings(SentenceInfo& si, std::vector<std::pair<size_t, size_t>>& meetings) {
    const auto& t = T(si);
    for (const auto& [from, to] : Clauses(si)) {
      // Where the clause puts its event: a trip's next stop makes the same people's talks there
      // another meeting ("Rojas and Ibarra also held talks in Rosario", after their talks in
      // Buenos Aires).
      const long here = ClausePlace(si, from, to);
      // "A met B on the sidelines of the X Summit": a meeting named after a `sidelines_noun` is
      // the occasion around the encounter, not the encounter; the two still meet on their own
      // (and attend the summit, by the role trigger).
      bool named = false;
      long occasion_node = -1;
      for (const Mention& m : si.m) {
        if (m.type != MT::kMeeting || m.b < from || m.b >= to) continue;
        size_t k = m.b;
        if (k > 0 && (Is(Lexicon::kArticle, t[k - 1]) || Is(Lexicon::kFocusDeterminer, t[k - 1]))) --k;
        const bool occasion = k >= 2 && Is(Lexicon::kBelongingPreposition, t[k - 1]) && Is(Lexicon::kSidelinesNoun, t[k - 2]);
        named |= !occasion;
        if (occasion) occasion_node = m.node;
      }
      if (named) continue;
      // Where the subjects of the clause's verb begin, and the official a relative clause's "who"
      // stands for: "A paid a call on B, who later met C" is a second meeting, of B with C.
      size_t subjects_from = from;
      long relative_subject = -1;
      for (size_t i = from; i < to; ++i) {
        size_t len = 0;
        std::string what = g_.MatchLexicon(Lexicon::kMeetVerb, t, i, len);
        if (!what.empty()) {
          // "A never met B", "A has not met B", "A declined to meet B": a `negating_word` ending
          // right before the verb denies the meeting, as it denies a role trigger (Roles).
          bool denied = false;
          for (size_t k = i > from + 4 ? i - 4 : from; k < i && !denied; ++k) {
            size_t negation_len = 0;
            denied = !g_.MatchLexicon(Lexicon::kNegatingWord, t, k, negation_len).empty() && k + negation_len == i;
          }
          if (denied) continue;
        }
        std::vector<size_t> subject, others;
        std::string name;
        size_t object_to = to;  // the verb's object ends here
        const bool between = Is(Lexicon::kTalkNoun, t[i]) && i + 1 < to && Is(Lexicon::kSidesOpener, t[i + 1]);
        const bool noun_with = Is(Lexicon::kTalkNounWith, t[i]) && what.empty() && !between;
        if (between) {
          // "talks between A and B": the noun phrase is the meeting's name.
          auto people = OfficialsIn(si, i + 2, to);
          if (people.size() < 2) continue;
          subject.push_back(people[0]);
          others.assign(people.begin() + 1, people.end());
          size_t b = i;
          while (b > from && t[b - 1].word && !t[b - 1].cap && !Is(Lexicon::kTalkNameStop, t[b - 1]) && b + 2 > i) {
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
          while (k < to && k < i + 9 && !Is(Lexicon::kCounterpartPreposition, t[k])) ++k;
          if (k >= to || !Is(Lexicon::kCounterpartPreposition, t[k])) continue;
          // The counterpart's name may begin up to five words after "with" and run on past them:
          // "held talks there with her Peruvian counterpart, Karl Brandt".
          for (size_t person : OfficialsIn(si, k + 1, to)) {
            for (const Mention& m : si.m) {
              if (m.type == MT::kOfficial && m.node == static_cast<long>(person) && m.b > k &&
                  m.b < k + 6 && std::find(others.begin(), others.end(), person) == others.end()) {
                others.push_back(person);
              }
            }
          }
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
              if (!Is(Lexicon::kCounterpartPreposition, t[k])) continue;
              for (const Mention& m : si.m) with |= m.type == MT::kOfficial && m.b > k && m.b <= k + 4;
            }
            if (!with) continue;
          }
          subject = OfficialsIn(si, subjects_from, i);
          if (subject.empty() && relative_subject >= 0) subject.push_back(static_cast<size_t>(relative_subject));
          // "He met students and discussed the cycle that opens when President B takes office": an
          // official inside a relative clause after the verb's object is not whom they met; nor is
          // one in the object's own relative clause ("paid a call on B, who later met C").
          for (size_t k = i + len; k < to; ++k) {
            if (Is(Lexicon::kRelativePronoun, t[k])) {
              object_to = k;
              break;
            }
          }
          others = OfficialsIn(si, i + len, object_to);
          if (!subject.empty() && others.empty() && subject.size() > 1) {
            others.assign(subject.begin() + 1, subject.end());
            subject.erase(subject.begin() + 1, subject.end());
          }
          if (subject.empty() && last_subject_ >= 0) {
            // "he discussed ... with X": the official the story is following.
            bool pronoun = false;
            for (size_t k = from; k < i; ++k) pronoun |= Is(Lexicon::kSubjectPronoun, t[k]);
            if (pronoun || (!others.empty() && !Is(Lexicon::kPlainMeetVerb, t[i]))) subject.push_back(static_cast<size_t>(last_subject_));
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
        const std::string date = DayInVisitRange(si, SentenceDate(si, &fallback, 0, SIZE_MAX, i));
        const std::string rule = "implicit:" + Surface(si, i, i + len);
        // The same people meeting on the story's main occasion: that is the meeting in focus
        // ("It was the first time he had met Prime Minister Modi" in a story about their summit).
        if (focus_meeting_ >= 0) {
          const size_t focus = static_cast<size_t>(focus_meeting_);
          if (FocusHasAll(people, date, fallback) &&
              !(here >= 0 && HeldElsewhere(focus, static_cast<size_t>(here)))) {
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
        for (size_t p : people) {
          key += ':';
          key += std::to_string(p);
        }
        const bool another_stop = here >= 0 && builder_.Has(key) &&
                                  HeldElsewhere(builder_.At(key), static_cast<size_t>(here));
        if (another_stop) {
          key += ":in:";
          key += std::to_string(here);
        }
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
        // Talks at another stop of a trip may fall on the same day: the place keeps them apart.
        builder_.AddIdentityKey(
            meeting,
            "talks:" + Join(surnames, ",") + "@" + date +
                (another_stop ? "@" + NormalizeName(builder_.node(static_cast<size_t>(here)).name)
                              : ""));
        builder_.Mention(meeting, SpanOf(si, i, i + len), "");
        if (!date.empty()) builder_.SetDate(meeting, date);
        for (size_t p : people) {
          builder_.Edge(p, "attended", meeting, si.s->span, rule);
          role_holders_[meeting].insert({p, si.s->span});
        }
        // "when Biden spoke by telephone with Trong": a call is held in no place.
        const auto kind = internal::Tokenize(what);
        const bool remote = std::any_of(kind.begin(), kind.end(), [&](const Token& w) { return Is(Lexicon::kRemoteMeeting, w); });
        // "He then moved on to Kyoto and held talks with B": the stop the traveller went on to
        // before the verb, else the story's latest place (GUIDELINES: each stop's talks are held
        // where they took place, not in the trip's first city).
        // "arrived in Brasilia on Monday for talks with B": the stop before the verb, when the
        // clause names no place after it (an "in X" is given to the meeting before it).
        const Mention* stop = TravelDestination(si, i);
        const bool stop_in_clause = stop && stop->b >= from;
        if (!remote && stop_in_clause && stop->type == MT::kPlace &&
            ClausePlace(si, i + len, to) < 0 &&
            !(SentencePlace(si) && ClausePlace(si, from, to) != stop->node)) {
          builder_.Edge(meeting, "held_in", static_cast<size_t>(stop->node), si.s->span,
                        "implicit:trip-stop");
        } else if (!remote && !SentencePlace(si) && !stop_in_clause && last_place_ >= 0) {
          builder_.Edge(meeting, "held_in", static_cast<size_t>(last_place_), si.s->span, "implicit:story-place");
        }
        if (occasion_node >= 0 && static_cast<size_t>(occasion_node) != meeting) {
          sidelines_encounters_.push_back({meeting, static_cast<size_t>(occasion_node)});
        }
        if (focus_meeting_ < 0) focus_meeting_ = static_cast<long>(meeting);
        meetings.push_back({i + len, meeting});
        // One implicit meeting a clause, and one in the relative clause of the object's last
        // official ("on B, who later met C"), whose subject that official is.
        if (object_to < to && relative_subject < 0 && Is(Lexicon::kPersonRelative, t[object_to])) {
          for (const Mention& m : si.m) {
            if (m.type == MT::kOfficial && m.node >= 0 && m.e <= object_to && m.e + 4 >= object_to && m.b >= i + len) {
              relative_subject = m.node;
            }
          }
          if (relative_subject >= 0) {
            subjects_from = object_to + 1;
            i = object_to;
            continue;
          }
        }
        break;
      }
    }
  }

  // "During the visit (May 3-6), A is to meet B": a range right after a visit noun is the
  // visit's; a meeting the sentence dates by it falls on one of its days, not said which, so only
  // its month is known (`date` as it is otherwise).
  std::string Run::DayInVisitRange(const SentenceInfo& si, const std::string& date) const {
    if (date.size() != 10) return date;
    const auto& t = T(si);
    const internal::Tense tense = si.future ? internal::Tense::kFuture : internal::Tense::kPast;
    for (size_t i = si.body_from; i < t.size(); ++i) {
      auto d = internal::MatchDate(t, i, published_, tense);
      if (!d) continue;
      bool range = false;
      for (size_t k = d->begin + 1; k + 1 < d->end; ++k) {
        range |= (t[k].text == "-" || t[k].text == "\u2013") && !t[k + 1].text.empty() &&
                 std::isdigit(static_cast<unsigned char>(t[k + 1].text[0]));
      }
      size_t b = d->begin;
      while (b > si.body_from && !t[b - 1].word && b + 2 > d->begin) --b;  // "("
      if (range && d->date.Iso() == date && b > si.body_from && Is(Lexicon::kVisitNoun, t[b - 1])) {
        return date.substr(0, 7);
      }
      i = d->end - 1;
    }
    return date;
  }

  // The length in days of the visit named at `i` when its clause (ending at `to`) tells of its
  // close ("brought her four-day visit to Kenya to an end"); 0 otherwise.
  long Run::VisitDaysEndingHere(const SentenceInfo& si, size_t i, size_t to, bool* led) const {
    const auto& t = T(si);
    long days = 0;
    size_t at = i;
    for (size_t k = i > si.body_from + 6 ? i - 6 : si.body_from; k < i && days == 0; ++k) {
      size_t len = 0;
      const std::string& value = g_.MatchLexicon(Lexicon::kDayCount, t, k, len);
      if (len > 0 && k + len <= i) days = std::atol(value.c_str()), at = k;
    }
    if (days <= 1) return 0;
    // "returned on Thursday after a four-day visit", "concluded her three-day visit": the lead
    // word right before the length (and its article) says the visit is over by the clause's day.
    size_t lead = at;
    if (lead > si.body_from && (Is(Lexicon::kArticle, t[lead - 1]) || Is(Lexicon::kPossessiveDeterminer, t[lead - 1]))) --lead;
    // "concluded on Thursday a two-day visit": the day's own words may stand between the lead
    // word and the length.
    size_t before_date = lead;
    while (before_date > si.body_from && before_date + 4 > lead &&
           (IsMonthOrDay(t[before_date - 1]) || t[before_date - 1].number || Is(Lexicon::kDateAnchor, t[before_date - 1]))) {
      --before_date;
    }
    for (size_t end : {lead, before_date}) {
      // a lead word ("concluded"), or one and its particle ("wrapped up")
      size_t word = end;
      if (word > si.body_from + 1 && Is(Lexicon::kVisitEndParticle, t[word - 1])) --word;
      if (word > si.body_from && Is(Lexicon::kVisitEndLead, t[word - 1])) {
        if (led) *led = true;
        return days;
      }
    }
    // "at the end of a two-day visit": a `close_noun` of the visit is its last day as well.
    if (lead >= si.body_from + 2 && Is(Lexicon::kBelongingPreposition, t[lead - 1]) && Is(Lexicon::kCloseNoun, t[lead - 2])) {
      if (led) *led = true;
      return days;
    }
    for (size_t k = i + 1; k < std::min(to, t.size()); ++k) {
      if (Is(Lexicon::kCloseNoun, t[k])) return days;
    }
    return 0;
  }

  // Whether the visit noun at `i` is told of as under way: its visitor is in the destination
  // ("A is in Ghana on a state visit", "A, in Peru for an official visit"), not arriving there.
  bool Run::VisitUnderway(const SentenceInfo& si, size_t i) const {
    const auto& t = T(si);
    size_t k = i;
    while (k > si.body_from && k + 4 > i && !Is(Lexicon::kArticle, t[k - 1]) &&
           !Is(Lexicon::kPossessiveDeterminer, t[k - 1]) && !t[k - 1].cap) {
      --k;  // "state", "two-day", "official"
    }
    if (k < si.body_from + 2 || !(Is(Lexicon::kArticle, t[k - 1]) || Is(Lexicon::kPossessiveDeterminer, t[k - 1]))) {
      return false;
    }
    const size_t prep = k - 2;  // "on", "for"
    if (!t[prep].word || t[prep].cap) return false;
    for (const Mention& m : si.m) {
      if (m.e != prep || m.node < 0 || (m.type != MT::kPlace && m.type != MT::kCountry)) continue;
      if (m.b < si.body_from + 2 || !Is(Lexicon::kVisitLocative, t[m.b - 1])) return false;
      return Is(Lexicon::kRelativeCopula, t[m.b - 2]) || t[m.b - 2].text == ",";
    }
    return false;
  }

  // "Kishida's official visit to New Delhi", "will travel to Japan on an official visit",
  // "the visit of President Biden": a visit is a meeting held where the visitor went.
  void Run::Visits(SentenceInfo& si, std::vector<std::pair<size_t, size_t>>& meetings) {
    const auto& t = T(si);
    for (size_t i = si.body_from; i < t.size(); ++i) {
      if (!Is(Lexicon::kVisitNoun, t[i])) continue;
      // Where: "visit to X", or "travel to X ... visit", or "in X" in the sentence.
      long where = -1;
      for (size_t k = i + 1; k + 1 < t.size() && k <= i + 2; ++k) {
        if (Is(Lexicon::kDestinationPreposition, t[k])) {
          const Mention* p = MentionAt(si, k + 1);
          if (p && p->node >= 0 && (p->type == MT::kPlace || p->type == MT::kCountry)) where = p->node;
        }
      }
      for (size_t k = si.body_from; where < 0 && k + 1 < i; ++k) {
        if (Is(Lexicon::kDestinationPreposition, t[k]) || Is(Lexicon::kContainingPreposition, t[k])) {
          const Mention* p = MentionAt(si, k + 1);
          if (p && p->b == k + 1 && p->node >= 0 && (p->type == MT::kPlace || p->type == MT::kCountry)) where = p->node;
        }
      }
      // "the visit of Minister Sato to Brazil": the destination after the visitor.
      if (where < 0 && i + 2 < t.size() && Is(Lexicon::kBelongingPreposition, t[i + 1])) {
        for (size_t k = i + 2; k + 1 < t.size() && k <= i + 8; ++k) {
          if (!Is(Lexicon::kDestinationPreposition, t[k])) continue;
          const Mention* p = MentionAt(si, k + 1);
          if (p && p->node >= 0 && (p->type == MT::kPlace || p->type == MT::kCountry)) where = p->node;
          break;
        }
      }
      // Who: "X's visit", "visit of X", else the sentence's subject.
      std::vector<size_t> who;
      if (i >= 2 && Is(Lexicon::kPossessiveEnding, t[i - 1])) who = OfficialsIn(si, i >= 4 ? i - 4 : 0, i - 1);
      if (who.empty() && i + 2 < t.size() && Is(Lexicon::kBelongingPreposition, t[i + 1])) who = OfficialsIn(si, i + 2, std::min(t.size(), i + 8));
      // The visitor is named only when "X's" or "of X" names an official: "a visit of three days
      // is unusual", said by a spokeswoman, is nobody's visit.
      const bool explicit_visitor = !who.empty();
      if (who.empty() && i > 0 && !Is(Lexicon::kReferBackDeterminer, t[i - 1])) {
        // "X will travel to Japan on an official visit": the subject. "the visit" refers back.
        // Nobody visits their own country: in "President A of Kenya welcomed President B at the
        // start of a state visit to Kenya" the visitor is B.
        long destination = where;
        if (where >= 0 && builder_.node(static_cast<size_t>(where)).kind != "country") {
          auto c = place_country_.find(static_cast<size_t>(where));
          destination = c != place_country_.end() && c->second >= 0 ? static_cast<long>(CountryNode(c->second)) : -1;
        }
        auto at_home = [&](size_t official) {
          auto entries = officials_by_node_.find(official);
          if (destination < 0 || entries == officials_by_node_.end()) return false;
          for (const auto* entry : entries->second) {
            const int country = entry->second.country >= 0 ? entry->second.country : KnownHolderCountry(entry->second.name);
            if (entry->second.node == official && country >= 0 && static_cast<long>(CountryNode(country)) == destination) return true;
          }
          return false;
        };
        for (size_t official : OfficialsIn(si, si.body_from, i)) {
          if (!at_home(official)) {
            who.push_back(official);
            break;
          }
        }
      }
      if (who.empty() || (where < 0 && !explicit_visitor)) continue;
      const std::string name = Surname(who.front()) + "'s visit" +
                               (where >= 0 ? " to " + builder_.node(static_cast<size_t>(where)).name : "");
      // One visitor's visit in one story is one visit, however its destination is named.
      const std::string visit_key = "meeting:visit:" + std::to_string(who.front());
      const bool known = builder_.Has(visit_key);
      size_t meeting = builder_.Node(visit_key,
                                     "meeting", name, "pattern:visit");
      builder_.Mention(meeting, SpanOf(si, i, i + 1), "");
      // A visit spans days: "the visit runs until Wednesday, and on Tuesday he will co-chair ...":
      // a day another clause gives is that clause's event's.
      size_t from = 0, to = SIZE_MAX;
      for (const auto& [cb, ce] : Clauses(si)) {
        if (cb <= i && i < ce) from = cb, to = ce;
      }
      const std::string date_before = builder_.node(meeting).date;
      DateImplicit(meeting, si, from, to, i);
      const bool dated_here = builder_.node(meeting).date != date_before;
      // "A is in Ghana on a state visit": the visit is under way; the story's day it fell back on
      // is one of its days, not said to be its first, so only the month is known (a clause that
      // dates the visit replaces it).
      if (fallback_dated_.count(meeting) && builder_.node(meeting).date.size() == 10 && VisitUnderway(si, i)) {
        builder_.SetDateForce(meeting, builder_.node(meeting).date.substr(0, 7));
      }
      // "The signing brought her four-day visit to an end": the day the clause falls back on is
      // the visit's last; it began that many days less one before.
      // "Returned on Thursday after a four-day visit": the clause's own day is its last too.
      if (builder_.node(meeting).date.size() == 10) {
        bool led = false;
        const long days = VisitDaysEndingHere(si, i, to, &led);
        const auto last = internal::ParseDateText(builder_.node(meeting).date);
        // A lead word needs the clause's own day: a story's day may fall after the return.
        const bool ends_here = led ? dated_here && !fallback_dated_.count(meeting) : fallback_dated_.count(meeting) > 0;
        // What was signed at the visit keeps the last day the clause gives (last_day_).
        if (days > 1 && last && ends_here) {
          last_day_[meeting] = builder_.node(meeting).date;
          builder_.SetDateForce(meeting, internal::AddDays(*last, 1 - days).Iso());
        }
      }
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
      // A story that opens with a visit is about that visit: its welcomes are the visit's.
      if (focus_meeting_ < 0) focus_meeting_ = static_cast<long>(meeting);
      meetings.push_back({i, meeting});
      return;
    }
  }

}  // namespace dkg::extract
