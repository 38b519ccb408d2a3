// After all sentences: merges, pending edges, offices, signatory roles, counterparts, series
// order (Run::Finish, run.h).

#include "importers/extract/run.h"

#include <algorithm>
#include <climits>
#include <cstdlib>
#include <map>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "engine/normalize.h"

namespace dkg::extract {

  // One story's unnumbered mention of a series' meeting ("a three-day yearly summit") on the day of
  // a numbered round it names ("the 14th Annual Summit") is that round.
  void Run::MergeOccurrencesIntoRounds() {
    // Live edges only: a mention merged into a round ("a three-day yearly summit" into the 14th)
    // leaves its dead round_of behind, and its date would order it against its own round.
    std::map<size_t, std::vector<size_t>> series;
    for (size_t i = 0; i < builder_.edges().size(); ++i) {
      const ExtractedEdge& e = builder_.edges()[i];
      if (e.relation == "round_of" && builder_.IsLive(i)) series[e.target].push_back(e.source);
    }
    // Days since 1970-01-01 of an ISO day ("2025-05-30"); -1 for a month or a year.
    auto day_number = [](const std::string& iso) -> long {
      if (iso.size() != 10) return -1;
      const int y0 = std::atoi(iso.substr(0, 4).c_str()), m = std::atoi(iso.substr(5, 2).c_str());
      const int d = std::atoi(iso.substr(8, 2).c_str());
      const int y = y0 - (m <= 2);
      const int era = (y >= 0 ? y : y - 399) / 400;
      const int yoe = y - era * 400;
      const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
      const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
      return static_cast<long>(era) * 146097 + doe - 719468;
    };
    for (const auto& [dialogue, meetings] : series) {
      // A meeting of several days: an unnumbered mention dated up to three days after the one
      // numbered round the story names ("the 22nd Forum opened on Friday"; "on the sidelines of
      // the Forum on Saturday") is that round too.
      int numbered = 0;
      for (size_t round : meetings) numbered += builder_.node(round).attrs.count("round") > 0;
      for (size_t occurrence : meetings) {
        const ExtractedNode& o = builder_.node(occurrence);
        if (o.attrs.count("round") || o.date.empty()) continue;
        for (size_t round : meetings) {
          const ExtractedNode& r = builder_.node(round);
          if (round == occurrence || !r.attrs.count("round")) continue;
          const long after = day_number(o.date) - day_number(r.date);
          const bool same_event =
              r.date == o.date || (numbered == 1 && day_number(r.date) >= 0 &&
                                   day_number(o.date) >= 0 && after >= 0 && after <= 3);
          if (!same_event) continue;
          AbsorbMeeting(round, occurrence);
          break;
        }
      }
    }
    // "the Regional Meeting of the Andean Presidents" and "its Ninth Regional Meeting" on the same
    // day: a named meeting whose name opens with the name of a series one of whose numbered rounds
    // is held that day is that round.
    // The named meetings of no round by day, in node order, listed once: a scan of every node per
    // round made a story of thousands of rounds quadratic. Absorbing changes only the round, which
    // is never such a meeting, so the list holds for the whole loop (each is checked again below).
    std::map<std::string, std::vector<size_t>> named_by_day;
    for (size_t n = 0; n < builder_.node_count(); ++n) {
      const ExtractedNode& named = builder_.node(n);
      if (named.kind != "meeting" || named.date.size() != 10 || named.attrs.count("round")) continue;
      auto rule = named.attrs.find("rule");
      if (rule != named.attrs.end() && rule->second == "pattern:meeting") named_by_day[named.date].push_back(n);
    }
    for (const auto& [dialogue, meetings] : series) {
      if (named_by_day.empty()) break;
      const auto opening = internal::Tokenize(builder_.node(dialogue).name);
      for (size_t round : meetings) {
        const ExtractedNode& r = builder_.node(round);
        if (!r.attrs.count("round") || r.date.size() != 10 || builder_.IsAbsorbed(round)) continue;
        const auto same_day = named_by_day.find(r.date);
        if (same_day == named_by_day.end()) continue;
        bool renamed = false;  // a second named mention must not add its tail to the new name again
        for (const size_t n : same_day->second) {
          const ExtractedNode& named = builder_.node(n);
          auto rule = named.attrs.find("rule");
          if (n == round || named.kind != "meeting" || named.date != r.date || named.attrs.count("round") ||
              builder_.IsAbsorbed(n) || rule == named.attrs.end() || rule->second != "pattern:meeting") {
            continue;
          }
          const auto words = internal::Tokenize(named.name);
          bool opens = words.size() > opening.size();
          for (size_t k = 0; opens && k < opening.size(); ++k) opens = words[k].lower == opening[k].lower;
          if (!opens) continue;
          // The round takes the fuller name ("Ninth Regional Meeting of the Andean Presidents"):
          // the body it names is what later rules read its members from.
          const std::string& series_name = builder_.node(dialogue).name;
          const std::string fuller = named.name.size() > series_name.size() &&
                                             NormalizeName(named.name.substr(0, series_name.size())) == NormalizeName(series_name)
                                         ? r.name + named.name.substr(series_name.size())
                                         : std::string();
          AbsorbMeeting(round, n);
          if (!fuller.empty() && !renamed) {
            builder_.Rename(round, fuller);
            renamed = true;
          }
        }
      }
    }
  }

  // A meeting named by a short form of the name of the series in focus ("Besides the 2+2 talks" in
  // a story on the third round of the "2+2 Foreign and Defence Ministers' Meeting"), with no round
  // and no other day, is the round in focus: its name keeps the series' number and has no word
  // the series' name lacks but its head. Words alone are not enough: the "Defence Ministerial
  // Meeting" held beside a "2+2 Foreign and Defence Ministerial Meeting" is a meeting of its own.
  void Run::MergeShortFormsIntoFocus() {
    if (focus_meeting_ < 0) return;
    const size_t focus = static_cast<size_t>(focus_meeting_);
    long series = -1;
    for (const ExtractedEdge& e : builder_.edges()) {
      if (e.relation == "round_of" && e.source == focus) series = static_cast<long>(e.target);
    }
    if (series < 0) return;
    std::set<std::string> series_words;
    auto add_words = [&](const std::string& name) {
      for (const Token& w : internal::Tokenize(name)) series_words.insert(w.lower);
    };
    add_words(builder_.node(static_cast<size_t>(series)).name);
    for (const std::string& alias : builder_.node(static_cast<size_t>(series)).aliases) add_words(alias);
    const std::string focus_date = builder_.node(focus).date;
    for (size_t n = 0; n < builder_.node_count(); ++n) {
      const ExtractedNode& node = builder_.node(n);
      if (n == focus || node.kind != "meeting" || node.attrs.count("round")) continue;
      auto rule = node.attrs.find("rule");
      if (rule == node.attrs.end() || rule->second != "pattern:meeting") continue;
      if (!node.date.empty() && node.date != focus_date) continue;
      const auto words = internal::Tokenize(node.name);
      bool inside = true, number = false;
      for (const Token& w : words) {
        if (!w.word && !w.number) continue;
        number |= w.number && series_words.count(w.lower) > 0;
        inside &= series_words.count(w.lower) > 0 || Is(Lexicon::kMeetingHead, w);
      }
      if (inside && number) AbsorbMeeting(focus, n);
    }
  }

  // "the FOCAC summit" in a story that names "the FOCAC Beijing Summit": a meeting named by a
  // lower-case head (a description, not a name) whose other words all lie in the name of exactly
  // one other meeting of the story, of a compatible date, is that meeting. A capitalised head
  // names a meeting of its own (a "Trade Ministerial Meeting" beside the "Foreign and Trade
  // Ministerial Meeting").
  void Run::MergeDescribedMeetings() {
    auto words_of = [](const std::string& name) {
      std::set<std::string> out;
      for (const Token& w : internal::Tokenize(name)) {
        if (w.word || w.number) out.insert(w.lower);
      }
      return out;
    };
    for (size_t n = 0; n < builder_.node_count(); ++n) {
      const ExtractedNode& node = builder_.node(n);
      if (node.kind != "meeting" || builder_.IsAbsorbed(n) || node.attrs.count("round")) continue;
      auto rule = node.attrs.find("rule");
      if (rule == node.attrs.end() || rule->second != "pattern:meeting") continue;
      const auto tokens = internal::Tokenize(node.name);
      if (tokens.size() < 2 || !tokens.back().word || tokens.back().cap || !Is(Lexicon::kMeetingHead, tokens.back())) continue;
      const std::set<std::string> words = words_of(node.name);
      long only = -1;
      int count = 0;
      for (size_t m = 0; m < builder_.node_count(); ++m) {
        const ExtractedNode& other = builder_.node(m);
        if (m == n || other.kind != "meeting" || builder_.IsAbsorbed(m)) continue;
        const std::string& a = node.date;
        const std::string& b = other.date;
        if (!a.empty() && !b.empty() && a.rfind(b, 0) != 0 && b.rfind(a, 0) != 0) continue;
        const std::set<std::string> names = words_of(other.name);
        if (names.size() <= words.size() || !std::includes(names.begin(), names.end(), words.begin(), words.end())) continue;
        only = static_cast<long>(m);
        ++count;
      }
      if (count == 1) AbsorbMeeting(static_cast<size_t>(only), n);
    }
  }

  // "The treaty was signed in Lima by A and B, during the visit of President C to Peru": a
  // signing that its own sentence places inside a visit (the visit named right after an
  // `occasion_preposition` such as "during", an article or possessive between) is an engagement
  // of that visit, not an occasion of its own: the visit absorbs it, so the instrument is agreed
  // at the visit and its signatories attend it (GUIDELINES: an agreement is tied to the meeting
  // where it was reached).
  void Run::MergeSigningsIntoHostVisits() {
    for (size_t n = 0; n < builder_.node_count(); ++n) {
      auto tag = made_tag_.find(n);
      if (tag == made_tag_.end() || tag->second != "signing" || builder_.IsAbsorbed(n)) continue;
      const std::vector<Span> own = builder_.node(n).mentions;  // a copy: Absorb() edits nodes
      long host = -1;
      int hosts = 0;
      for (const SentenceInfo& si : infos_) {
        const Span s = si.s->span;
        const bool here = std::any_of(own.begin(), own.end(), [&](const Span& m) { return m.start >= s.start && m.end <= s.end; });
        if (!here) continue;
        const auto& t = T(si);
        for (size_t v = 0; v < builder_.node_count(); ++v) {
          if (v == n || builder_.IsAbsorbed(v) || !IsVisit(v)) continue;
          bool after_marker = false;
          for (const Span& m : builder_.node(v).mentions) {
            if (m.start < s.start || m.end > s.end) continue;
            for (size_t k = si.body_from; k < t.size() && !after_marker; ++k) {
              if (t[k].start != m.start) continue;
              size_t b = k;
              while (b > si.body_from && (Is(Lexicon::kArticle, t[b - 1]) || Is(Lexicon::kPossessiveDeterminer, t[b - 1]))) --b;
              after_marker = b > si.body_from && Is(Lexicon::kOccasionPreposition, t[b - 1]);
            }
          }
          if (after_marker && host != static_cast<long>(v)) {
            host = static_cast<long>(v);
            ++hosts;
          }
        }
      }
      if (hosts == 1) AbsorbMeeting(static_cast<size_t>(host), n);
    }
  }

  // "Foreign ministers of the Alliance of Sahel States (AES) agreed on Saturday ...", then "The
  // session of the AES Council of Ministers ...": a body's ministers meeting (GroupMeetings) and a
  // meeting the pattern stage named, whose name holds the body's name or one of its acronyms, on
  // the same day, are one meeting told twice. Only when exactly one named meeting fits.
  void Run::MergeGroupIntoBodySession() {
    for (const auto& [group, meetings] : group_meetings_) {
      auto body = group_body_.find(group);
      if (body == group_body_.end()) continue;
      std::vector<std::vector<std::string>> body_names;
      auto add_name = [&](const std::string& name) {
        std::vector<std::string> words;
        for (const Token& w : internal::Tokenize(name)) {
          if (w.word || w.number) words.push_back(w.lower);
        }
        if (!words.empty()) body_names.push_back(words);
      };
      add_name(builder_.node(body->second).name);
      const std::string noun_last = group.substr(group.rfind(' ') == std::string::npos ? group.find(':') + 1 : group.rfind(' ') + 1);
      for (const std::string& alias : builder_.node(body->second).aliases) add_name(alias);
      for (size_t gm : meetings) {
        if (builder_.IsAbsorbed(gm) || builder_.node(gm).date.empty()) continue;
        long only = -1;
        int count = 0;
        for (size_t n = 0; n < builder_.node_count(); ++n) {
          const ExtractedNode& node = builder_.node(n);
          if (n == gm || node.kind != "meeting" || builder_.IsAbsorbed(n)) continue;
          if (!node.date.empty() && node.date != builder_.node(gm).date) continue;
          auto rule = node.attrs.find("rule");
          if (rule == node.attrs.end() || rule->second.rfind("pattern:", 0) != 0) continue;
          std::vector<std::string> words;
          bool other_occasion = false;
          std::vector<Token> tokens = internal::Tokenize(node.name);
          g_.Annotate(tokens);
          for (const Token& w : tokens) {
            if (!w.word && !w.number) continue;
            other_occasion |= w.number || IsOrdinalWord(w) || Is(Lexicon::kEarlierOccasion, w) || Is(Lexicon::kComingWord, w);
            words.push_back(w.lower);
          }
          // ... nor told after such a word ("The previous session of the AES Council of Ministers").
          for (const Span& span : node.mentions) {
            const SentenceInfo* si = SentenceHolding(span);
            if (!si) continue;
            const auto& t = T(*si);
            for (size_t k = 0; k < t.size(); ++k) {
              if (t[k].start != span.start) continue;
              for (size_t q = k; q-- > 0 && q + 3 > k;) {
                other_occasion |= IsOrdinalWord(t[q]) || Is(Lexicon::kEarlierOccasion, t[q]) || Is(Lexicon::kComingWord, t[q]);
              }
              break;
            }
          }
          // An undated one only when it is told as the same people's session (its name holds the
          // group's own last word: "ministers" of "foreign ministers") and as no other occasion (no
          // number, ordinal, "previous" or "next").
          if (node.date.empty() && (other_occasion || std::find(words.begin(), words.end(), noun_last) == words.end())) continue;
          const bool holds = std::any_of(body_names.begin(), body_names.end(), [&](const auto& name) {
            return std::search(words.begin(), words.end(), name.begin(), name.end()) != words.end();
          });
          if (!holds) continue;
          only = static_cast<long>(n);
          ++count;
        }
        if (count == 1) AbsorbMeeting(static_cast<size_t>(only), gm);
      }
    }
  }

  // A meeting made from "X met Y" in a story that names a meeting nobody is yet known to have
  // attended, on a compatible date (or undated), between the same sides, is that meeting: "Kishida
  // held a meeting ... with Modi" is the summit the story names. With several such meetings, the
  // one whose name shares a word with the people's offices ("Defence Ministerial Meeting" for
  // the defence ministers) is chosen; otherwise none.
  void Run::MergeImplicitIntoNamed() {
    std::vector<size_t> implicit, named;
    for (size_t n = 0; n < builder_.node_count(); ++n) {
      const ExtractedNode& node = builder_.node(n);
      if (node.kind != "meeting") continue;
      auto rule = node.attrs.find("rule");
      if (rule == node.attrs.end()) continue;
      if (rule->second.rfind("implicit:", 0) == 0) implicit.push_back(n);
      // An edition a pattern read in passing (`make meeting edition`: "its first session will take
      // place in Accra", "the second round was held in Quito in 2021") is another occasion of a
      // series than the encounter an "X met Y" rule read, never that encounter named.
      else if (rule->second.rfind("pattern:", 0) == 0 && rule->second != "pattern:visit") {
        auto tag = made_tag_.find(n);
        if (tag == made_tag_.end() || tag->second != "edition") named.push_back(n);
      }
    }
    if (implicit.empty() || named.empty()) return;
    auto sides = [&](size_t meeting) {
      std::set<size_t> out;
      auto it = meeting_countries_.find(meeting);
      if (it != meeting_countries_.end()) {
        for (const auto& [country, span] : it->second) out.insert(country);
      }
      return out;
    };
    auto has_roles = [&](size_t meeting) {
      auto it = role_holders_.find(meeting);
      return it != role_holders_.end() && !it->second.empty();
    };
    // The named meetings still open to take one in (nobody known to attend them), each with its
    // sides and the words of its name that can match an office, built once. They are indexed by
    // date and by side, so that each "X met Y" meeting looks only at the named ones of its day or
    // its sides, not at all of them: a story of 20,000 lines of meetings spent most of its
    // extraction here when every pair was tried.
    std::vector<char> open(named.size(), 0);
    std::vector<std::set<size_t>> named_sides(named.size());
    std::map<std::string, std::vector<size_t>> by_date;  // date -> named (indexes into `named`)
    std::vector<size_t> undated;
    std::map<size_t, std::vector<size_t>> by_side;   // country -> named
    std::map<std::string, std::vector<size_t>> by_word;  // name word -> named
    for (size_t k = 0; k < named.size(); ++k) {
      const size_t n = named[k];
      if (has_roles(n)) continue;
      open[k] = 1;
      named_sides[k] = sides(n);
      const std::string& date = builder_.node(n).date;
      if (date.empty()) undated.push_back(k);
      else by_date[date].push_back(k);
      for (size_t c : named_sides[k]) by_side[c].push_back(k);
      for (const std::string& w : PersonNameWords(builder_.node(n).name)) {
        Token word;  // a name word (folded) asked of the lexicon as a token
        word.lower = w;
        if (w.size() > 3 && !Is(Lexicon::kGenericOfficeWord, word)) {
          std::vector<size_t>& list = by_word[w];
          if (list.empty() || list.back() != k) list.push_back(k);
        }
      }
    }
    for (size_t m : implicit) {
      std::set<size_t> people_sides;
      std::set<std::string> office_words;
      for (const auto& [person, span] : role_holders_[m]) {
        for (const auto& [off, country] : RepresentsOf(person)) {
          if (off == person) people_sides.insert(CountryNode(country));
        }
        auto title = builder_.node(person).attrs.find("title");
        if (title != builder_.node(person).attrs.end()) {
          for (const std::string& w : PersonNameWords(title->second)) office_words.insert(w);
        }
      }
      // No side known for the people: no named meeting can take the meeting in.
      if (people_sides.empty()) continue;
      const std::string& b = builder_.node(m).date;
      auto fits = [&](size_t k) {
        if (!open[k]) return false;
        const std::string& a = builder_.node(named[k]).date;
        const bool same_day = a.empty() || b.empty() || a.rfind(b, 0) == 0 || b.rfind(a, 0) == 0;
        if (!same_day) return false;
        const std::set<size_t>& have = named_sides[k];
        return std::includes(have.begin(), have.end(), people_sides.begin(), people_sides.end());
      };
      // The candidates: all that fit, but only whether there are none, one or several matters.
      std::vector<size_t> candidates;
      auto consider = [&](const std::vector<size_t>& list) {
        for (size_t k : list) {
          if (candidates.size() >= 2) return;
          if (fits(k) && std::find(candidates.begin(), candidates.end(), k) == candidates.end()) candidates.push_back(k);
        }
      };
      if (!b.empty()) {
        // Named meetings of a date compatible with b: b's own prefixes ("2026", "2026-03") and
        // the dates b is a prefix of, and the undated.
        for (size_t len = 1; len < b.size(); ++len) {
          auto it = by_date.find(b.substr(0, len));
          if (it != by_date.end()) consider(it->second);
        }
        for (auto it = by_date.lower_bound(b); it != by_date.end() && it->first.rfind(b, 0) == 0; ++it) consider(it->second);
        consider(undated);
      } else {
        auto it = by_side.find(*people_sides.begin());
        if (it != by_side.end()) consider(it->second);
      }
      size_t into_k = named.size();
      if (candidates.size() == 1) {
        into_k = candidates.front();
      } else if (candidates.size() >= 2) {
        // Several fit: the one whose name shares a word with the people's offices, if only one.
        std::vector<size_t> preferred;
        for (const std::string& w : office_words) {
          auto it = by_word.find(w);
          if (it == by_word.end()) continue;
          for (size_t k : it->second) {
            if (preferred.size() >= 2) break;
            if (fits(k) && std::find(preferred.begin(), preferred.end(), k) == preferred.end()) preferred.push_back(k);
          }
        }
        if (preferred.size() == 1) into_k = preferred.front();
      }
      if (into_k == named.size()) continue;
      AbsorbMeeting(named[into_k], m);
      // It has attendees now: it takes no other in.
      open[into_k] = 0;
    }
  }

  void Run::AbsorbMeeting(size_t into, size_t from) {
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
  void Run::SignatoryRoles() {
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
      for (const auto& [off, country] : RepresentsOf(official)) {
        if (off == official && !body_parties_.count(agreement)) builder_.Edge(CountryNode(country), "party_to", agreement, span, "agreement:signatory-party");
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

  // GUIDELINES: one official chairs for the host side; officials of two sides who chair a meeting
  // together co-chair it ("the strategic track is hosted by A and B", A and B of two countries).
  // A co-chair is not also a chair of the same meeting, and a chair does not also attend it (a
  // role found in a later sentence outranks an `attended` found before).
  void Run::ChairsOfBothSides() {
    std::map<size_t, std::vector<size_t>> chairs;  // meeting -> edge indexes of `chaired`
    std::vector<std::pair<size_t, size_t>> attended;
    for (size_t i = 0; i < builder_.edges().size(); ++i) {
      const ExtractedEdge& e = builder_.edges()[i];
      if (builder_.IsLive(i) && e.relation == "chaired") chairs[e.target].push_back(i);
      if (builder_.IsLive(i) && e.relation == "attended") attended.emplace_back(e.source, e.target);
    }
    for (const auto& [official, meeting] : attended) {
      if (builder_.HasEdge(official, "chaired", meeting) || builder_.HasEdge(official, "cochaired", meeting)) {
        builder_.RemoveEdge(official, "attended", meeting);
      }
    }
    for (const auto& [meeting, indexes] : chairs) {
      std::vector<size_t> chair_edges;
      std::set<int> sides;
      bool every_side_known = true;
      for (size_t i : indexes) {
        const size_t official = builder_.edges()[i].source;
        if (builder_.HasEdge(official, "cochaired", meeting)) {
          builder_.RemoveEdge(official, "chaired", meeting);
          continue;
        }
        chair_edges.push_back(i);
        int side = INT_MIN;
        for (const auto& [off, country] : RepresentsOf(official)) {
          if (off == official) side = country;
        }
        every_side_known = every_side_known && side != INT_MIN;
        sides.insert(side);
      }
      if (!every_side_known || sides.size() < 2) continue;
      // Chairs of two sides named in one sentence chair together; a chair named in a sentence of
      // its own may chair another meeting the story did not name ("It was chaired by B", about a
      // preparatory meeting), and stays a chair.
      bool one_sentence = false;
      for (const EvidenceInput& ev : builder_.edges()[chair_edges.front()].evidence) {
        bool all = true;
        for (size_t i : chair_edges) {
          bool has = false;
          for (const EvidenceInput& other : builder_.edges()[i].evidence) {
            has |= other.span.start == ev.span.start && other.span.end == ev.span.end;
          }
          all = all && has;
        }
        one_sentence = one_sentence || all;
      }
      if (!one_sentence) continue;
      for (size_t i : chair_edges) {
        const ExtractedEdge e = builder_.edges()[i];  // a copy: Edge() below may grow the vector
        builder_.RemoveEdge(e.source, "chaired", meeting);
        for (const EvidenceInput& ev : e.evidence) builder_.Edge(e.source, "cochaired", meeting, ev.span, ev.rule);
      }
    }
  }

  void Run::Finish() {
    story_countries_ = DominantCountries();  // mentions are final once the sentences are read
    MergeOccurrencesIntoRounds();
    MergeShortFormsIntoFocus();
    MergeDescribedMeetings();
    MergeGroupIntoBodySession();
    MergeImplicitIntoNamed();
    MergeSigningsIntoHostVisits();
    AddedMeetingsTakeTheTripMonth();
    FirstDayFromLength();
    if (focus_meeting_ >= 0) {
      const size_t focus = static_cast<size_t>(focus_meeting_);
      for (const auto& [official, relation, span, rule] : unplaced_roles_) {
        if (relation == "attended" && (builder_.HasEdge(official, "chaired", focus) || builder_.HasEdge(official, "cochaired", focus))) {
          continue;
        }
        builder_.Edge(official, relation, focus, span, rule);
        role_holders_[focus].insert({official, span});
      }
    }
    // Officials: the country they serve, the body they belong to.
    for (const auto& [official, country] : pending_represents_) {
      size_t c = CountryNode(country);
      builder_.Edge(official, "represents", c, FirstEvidence(official), "official:title-country");
    }
    MergeBareBodies();
    for (const auto& [official, org] : pending_member_of_) {
      builder_.Edge(official, "member_of", org, FirstEvidence(official), "official:title-body");
    }
    // Offices over time: each titled official's office as this document reports it.
    for (const auto& [key, off] : officials_) {
      auto sightings = office_sightings_.find(off.node);
      if (off.title.empty() || sightings == office_sightings_.end()) continue;
      long country = -1;  // the country it represents (never a new country node)
      for (const auto& [official, c] : RepresentsOf(off.node)) {
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
    // A government body named with no country ("the Foreign Office said in a note") in a story
    // datelined in a country ("ISLAMABAD:") is that country's: a release names its own
    // government's offices bare.
    for (const auto& [org, span] : unowned_bodies_) {
      if (dateline_country_ < 0 || org_owner_.count(org)) continue;
      // A body the gazetteer knows as one other country's only ("the Storting" in a story
      // datelined Lima) is that country's, named or not: never the dateline's. A name many
      // countries' bodies share ("Ministry of Foreign Affairs") may well be the dateline's.
      const auto& dateline_attrs = builder_.node(static_cast<size_t>(dateline_country_)).attrs;
      const auto dateline_iso = dateline_attrs.find("iso");
      std::string only_iso;
      bool one_country = false;
      for (int c : g_.OrganizationsNamed(builder_.node(org).name)) {
        const std::string& iso = g_.organizations()[static_cast<size_t>(c)].iso;
        one_country = !iso.empty() && (only_iso.empty() || iso == only_iso);
        if (!one_country) break;
        only_iso = iso;
      }
      if (one_country && dateline_iso != dateline_attrs.end() && only_iso != dateline_iso->second) continue;
      builder_.Edge(org, "part_of", static_cast<size_t>(dateline_country_), span, "organization:dateline-country");
    }
    PartsOfBodies();
    SignatoryRoles();
    ChairsOfBothSides();
    VisitCities();
    VisitPlaces();
    HeadlinePlace();
    VenueInTheStoryCity();
    VenuesOfCities();
    CitiesInMeetingNames();
    HostsCountry();
    // Participants: countries named with the meeting, and the countries of its officials --
    // from their titles, or as a sentence states it ("Belize sent A", "Representing Peru was B":
    // a pattern's represents edge, which never passes through the titles' pending pairs).
    std::map<size_t, std::set<size_t>> stated_countries;
    for (size_t i = 0; i < builder_.edges().size(); ++i) {
      const ExtractedEdge& e = builder_.edges()[i];
      if (e.relation == "represents" && builder_.IsLive(i) && builder_.node(e.target).kind == "country") {
        stated_countries[e.source].insert(e.target);
      }
    }
    for (const auto& [meeting, holders] : role_holders_) {
      for (const auto& [official, span] : holders) {
        for (const auto& [off, country] : RepresentsOf(official)) {
          if (off == official) meeting_countries_[meeting].insert({CountryNode(country), span});
        }
        if (auto it = stated_countries.find(official); it != stated_countries.end()) {
          for (size_t c : it->second) meeting_countries_[meeting].insert({c, span});
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
        if (builder_.node(n).kind != "meeting" || bodies.count(n) || UnplacedEarlierEdition(n)) continue;
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
    // The sides the story lends a meeting show whose counterpart an official is there too:
    // Germany's minister signing beside Canada's in a Canada-Germany story. A second run on
    // purpose: the first, above, found countries that decided which meetings are bilateral
    // (`known.size() < 2`); this one reads the sides just lent. Its edges and pending
    // `represents` are sets, so what the first run found is not found twice.
    InferCounterparts();
    OwnCountryVisitors();
    // "A met B on the sidelines of the X Summit in Suva": the encounter is held where the summit
    // is, unless its own clause placed it.
    for (const auto& [encounter, occasion] : sidelines_encounters_) {
      bool placed = false;
      std::vector<std::pair<size_t, Span>> where;
      for (size_t i = 0; i < builder_.edges().size(); ++i) {
        const ExtractedEdge& e = builder_.edges()[i];
        if (e.relation != "held_in" || !builder_.IsLive(i) || e.evidence.empty()) continue;
        placed |= e.source == encounter;
        if (e.source == occasion) where.push_back({e.target, e.evidence.front().span});
      }
      if (placed) continue;
      for (const auto& [place, span] : where) builder_.Edge(encounter, "held_in", place, span, "implicit:sidelines-place");
    }
    // A meeting held in a country has that country among its sides: the host of a trip "to Peru
    // and Chile", held in both, takes part in it. A city's country only for a visit: summits of
    // blocs, and talks on neutral ground, meet in cities of countries that are no side.
    for (size_t i = 0; i < builder_.edges().size(); ++i) {
      const ExtractedEdge& e = builder_.edges()[i];
      if (e.relation != "held_in" || !builder_.IsLive(i) || e.evidence.empty()) continue;
      if (builder_.node(e.source).kind != "meeting") continue;
      if (builder_.node(e.target).kind == "country") {
        meeting_countries_[e.source].insert({e.target, e.evidence.front().span});
      } else if (auto pc = place_country_.find(e.target); IsVisit(e.source) && pc != place_country_.end() && pc->second >= 0 &&
                 (countries_seen_.count(pc->second) || DocumentNamesCountry(pc->second))) {
        meeting_countries_[e.source].insert({CountryNode(pc->second), e.evidence.front().span});
      }
    }
    for (const auto& [meeting, countries] : meeting_countries_) {
      for (const auto& [country, span] : countries) {
        builder_.Edge(country, "participant", meeting, span, "meeting:participant");
      }
    }
    MembersAtGroupingMeetings();
    if (focus_meeting_ >= 0) {
      const size_t focus = static_cast<size_t>(focus_meeting_);
      for (const auto& [mention, span] : unplaced_statements_) JointStatementOf(focus, mention, span);
      std::set<size_t> placed;
      for (size_t i = 0; i < builder_.edges().size(); ++i) {
        if (builder_.IsLive(i) && builder_.edges()[i].relation == "agreed_at") placed.insert(builder_.edges()[i].source);
      }
      for (const auto& [agreement, span] : unplaced_agreements_) {
        if (agreement_meeting_.count(agreement) || !placed.insert(agreement).second) continue;
        builder_.Edge(agreement, "agreed_at", focus, span, "agree:story-meeting");
        agreement_meeting_[agreement] = focus;
        for (auto& [a, meeting, unused] : pending_parties_) {
          if (a == agreement && meeting < 0) meeting = focus_meeting_;
        }
      }
    }
    for (const auto& [agreement, official, span] : subject_officials_) {
      if (body_parties_.count(agreement)) continue;
      for (const auto& [off, country] : RepresentsOf(official)) {
        if (off == official) builder_.Edge(CountryNode(country), "party_to", agreement, span, "agree:subject-official");
      }
    }
    const std::set<std::string>& dominant = story_countries_;
    // "On the sidelines, A and B signed an air services agreement": an agreement whose sides a
    // pattern read from its own sentence has those parties, not every side of the meeting.
    std::set<size_t> named_sides;
    // So do the two or more countries of the officials who signed it ("A and B signed a
    // memorandum"); one signatory's country leaves the other side to the meeting.
    std::map<size_t, std::set<size_t>> signatory_sides;
    for (size_t i = 0; i < builder_.edges().size(); ++i) {
      const ExtractedEdge& e = builder_.edges()[i];
      if (!builder_.IsLive(i) || e.relation != "party_to") continue;
      for (const EvidenceInput& ev : e.evidence) {
        if (ev.rule.rfind("pattern:", 0) == 0) named_sides.insert(e.target);
        if (ev.rule == "agreement:signatory-party") signatory_sides[e.target].insert(e.source);
      }
    }
    for (const auto& [agreement, signed_by] : signatory_sides) {
      if (signed_by.size() >= 2) named_sides.insert(agreement);
    }
    // The blocs that take part in each meeting: "the two blocs agreed to ..." at a meeting of
    // Mercosur and the African Union is theirs (GUIDELINES: a side's bloc is the party). Only
    // at a meeting of no known country: where member states sit by name (a Quad ministers'
    // meeting), "both sides agreed" is read as theirs.
    std::map<size_t, std::vector<size_t>> meeting_blocs;
    for (size_t i = 0; i < builder_.edges().size(); ++i) {
      const ExtractedEdge& e = builder_.edges()[i];
      if (e.relation == "participant" && builder_.IsLive(i) && IsBloc(e.source))
        meeting_blocs[e.target].push_back(e.source);
    }
    for (const auto& [agreement, meeting, span] : pending_parties_) {
      if (body_parties_.count(agreement) || named_sides.count(agreement)) continue;
      auto it = meeting >= 0 ? meeting_countries_.find(static_cast<size_t>(meeting)) : meeting_countries_.end();
      if (auto blocs =
              meeting >= 0 ? meeting_blocs.find(static_cast<size_t>(meeting)) : meeting_blocs.end();
          blocs != meeting_blocs.end() && (it == meeting_countries_.end() || it->second.empty())) {
        for (size_t bloc : blocs->second)
          builder_.Edge(bloc, "party_to", agreement, span, "agree:meeting-blocs");
        continue;
      }
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
    // "Taking the 2006 Lombok Treaty as their guide": a named instrument no sentence gives
    // parties to is, in a bilateral story, the two countries' (the story names it as theirs).
    if (!dominant.empty()) {
      std::set<size_t> with_parties;
      for (size_t i = 0; i < builder_.edges().size(); ++i) {
        if (builder_.IsLive(i) && builder_.edges()[i].relation == "party_to") with_parties.insert(builder_.edges()[i].target);
      }
      for (size_t n = 0; n < builder_.node_count(); ++n) {
        const ExtractedNode& node = builder_.node(n);
        if (node.kind != "agreement" || with_parties.count(n) || body_parties_.count(n) || node.mentions.empty()) continue;
        const bool named = std::any_of(node.name.begin(), node.name.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
        if (!named || NamesOtherParty(node.name, dominant)) continue;
        for (const std::string& iso : dominant) {
          builder_.Edge(CountryNode(g_.CountryByIso(iso)), "party_to", n, FirstMention(n), "agree:story-countries-named");
        }
      }
    }
    // An agreement takes its meeting's date; one reached at a meeting of several days that the
    // text dates at its close ("the session ended on Wednesday with the signing of ...") takes
    // that last day.
    for (const auto& [agreement, meeting] : agreement_meeting_) {
      auto last = last_day_.find(meeting);
      builder_.SetDate(agreement, last != last_day_.end() ? last->second : builder_.node(meeting).date);
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
      dialogue_info_[dialogue] = {sig, {}, SignatureWords(sig), {}};
      IndexDialogue(dialogue);
      for (size_t meeting : meetings) {
        builder_.Edge(meeting, "round_of", dialogue, FirstMention(meeting), "group:series");
      }
    }
    AnnouncedAtSentenceMeeting();
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
    // "Xi'an, in Shaanxi Province": a province no gazetteer places is in the country of a city in it.
    for (size_t city : province_cities_) {
      const size_t province = place_parent_node_[city].first;
      auto country = place_country_.find(city);
      if (country == place_country_.end() || country->second < 0 || place_parent_node_.count(province) ||
          place_country_.count(province) || builder_.node(province).kind != "place") {
        continue;
      }
      if (!countries_seen_.count(country->second) && !DocumentNamesCountry(country->second)) continue;
      builder_.Edge(province, "located_in", CountryNode(country->second), place_parent_node_[city].second,
                    "place:province-of-city");
    }
    OneOffMeetingsAreNoSeries();
    LeadCommitmentIsInstrument();
    NameGenericAgreements();
    IdentityKeys();
  }

  // A meeting the text dates only by its close ("ended its session on Friday") and elsewhere gives
  // a length ("The two-day session, held at ...", lexicon day_count) began that many days less one
  // before: a meeting is dated by its first day. Its agreements keep the last day (last_day_).
  void Run::FirstDayFromLength() {
    for (const auto& [meeting, last_iso] : last_day_) {
      if (builder_.node(meeting).date != last_iso || !fallback_dated_.count(meeting)) continue;
      const auto last = internal::ParseDateText(last_iso);
      if (!last || last->day == 0) continue;
      long days = 0;
      for (const SentenceInfo& si : infos_) {
        const auto& t = T(si);
        for (const Mention& m : si.m) {
          if (m.node != static_cast<long>(meeting) || (m.type != MT::kMeeting && m.type != MT::kMeetingRef)) continue;
          // the length inside the phrase ("the two-day session") or just before its name
          for (size_t k = m.b > 3 ? m.b - 3 : 0; k < m.e && days == 0; ++k) {
            size_t len = 0;
            const std::string& value = g_.MatchLexicon(Lexicon::kDayCount, t, k, len);
            if (len > 0 && k + len <= m.e && (k >= m.b || k + len == m.b)) days = std::atol(value.c_str());
          }
        }
      }
      if (days > 1) builder_.SetDateForce(meeting, internal::AddDays(*last, 1 - days).Iso());
    }
  }

  // "the inaugural Peru-Mercosur Special Summit": a first meeting called outside any series (a
  // lexicon `one_off_word` before its head) is no round of a series when the story names no other
  // round of it and says nothing else of the series: the series made for its ordinal folds into
  // the meeting ("the 12th Extraordinary Summit", or a second Special Summit named beside the
  // first, keep theirs).
  void Run::OneOffMeetingsAreNoSeries() {
    for (const auto& [dialogue, info] : dialogue_info_) {
      if (builder_.IsAbsorbed(dialogue)) continue;
      const std::vector<Token> name = internal::Tokenize(builder_.node(dialogue).name);
      if (name.size() < 3 || !Is(Lexicon::kOneOffWord, name[name.size() - 2])) continue;
      long round = -1;
      bool other = false;
      for (size_t i = 0; i < builder_.edges().size() && !other; ++i) {
        const ExtractedEdge& e = builder_.edges()[i];
        if (!builder_.IsLive(i) || (e.source != dialogue && e.target != dialogue)) continue;
        auto number = builder_.node(e.source).attrs.find("round");
        const bool first = e.relation == "round_of" && e.target == dialogue && round < 0 &&
                           number != builder_.node(e.source).attrs.end() && number->second == "1";
        if (first) {
          round = static_cast<long>(e.source);
        } else {
          other = true;
        }
      }
      if (other || round < 0) continue;
      const size_t meeting = static_cast<size_t>(round);
      builder_.Absorb(meeting, dialogue);
      builder_.RemoveEdge(meeting, "round_of", meeting);
    }
  }

  // The words of an agreement's name that say what it is about: not its parties' names, its
  // kind ("agreement", "memorandum"), articles, generic words, nor lexicon `instrument_filler`.
  std::set<std::string> Run::SubstanceWords(const std::string& name) const {
    std::vector<Token> words = internal::Tokenize(name);
    g_.Annotate(words);
    std::set<std::string> out;
    for (size_t k = 0; k < words.size();) {
      size_t len = 0;
      bool place = false;
      for (const internal::PhraseEntry* p : g_.Match(words, k, len)) {
        place |= p->type == EntryType::kCountry || p->type == EntryType::kDemonym || p->type == EntryType::kCapital;
      }
      size_t kind = 0;
      g_.MatchLexicon(Lexicon::kAgreementHead, words, k, kind);
      if ((place && len) || kind) {
        k += std::max(len, kind);
        continue;
      }
      const Token& w = words[k++];
      if (!w.word || w.text.size() < 3 || Is(Lexicon::kArticle, w) || Is(Lexicon::kSeriesGeneric, w) ||
          Is(Lexicon::kPartnershipAdjective, w) || Is(Lexicon::kInstrumentFiller, w)) {
        continue;
      }
      out.insert(w.fold());
    }
    return out;
  }

  // "Peru and Chile have agreed to lift visa rules for each other's citizens", a story's first
  // sentence, then "the two ministers signed the visa waiver agreement": a lead sums up what the
  // body then tells, so the commitment it states is the instrument a later sentence has signed,
  // when the same parties are party to both and the two names share a word of substance
  // (SubstanceWords). One node, named by the instrument; the clause stays an alias.
  void Run::LeadCommitmentIsInstrument() {
    std::map<size_t, std::set<size_t>> parties;
    std::set<size_t> signed_ones;
    for (size_t i = 0; i < builder_.edges().size(); ++i) {
      if (!builder_.IsLive(i)) continue;
      const ExtractedEdge& e = builder_.edges()[i];
      if (e.relation == "party_to") parties[e.target].insert(e.source);
      if (e.relation == "signed") signed_ones.insert(e.target);
    }
    // The body sentence of a node's first mention: its body_index, or -1 (headline, none).
    auto sentence_of = [&](size_t node) -> long {
      const auto& mentions = builder_.node(node).mentions;
      if (mentions.empty()) return -1;
      const SentenceInfo* si = SentenceHolding(mentions.front());
      return si == nullptr || si->headline ? -1 : static_cast<long>(si->body_index);
    };
    auto is_clause = [&](size_t n) {
      auto rule = builder_.node(n).attrs.find("rule");
      return rule != builder_.node(n).attrs.end() && rule->second.rfind("agree:", 0) == 0;
    };
    for (size_t c = 0; c < builder_.node_count(); ++c) {
      const ExtractedNode& clause = builder_.node(c);
      if (clause.kind != "agreement" || builder_.IsAbsorbed(c) || !is_clause(c) || sentence_of(c) != 0) continue;
      auto own = parties.find(c);
      if (own == parties.end() || own->second.size() < 2) continue;
      const std::set<std::string> about = SubstanceWords(clause.name);
      long instrument = -1;
      int found = 0;
      for (size_t n = 0; n < builder_.node_count(); ++n) {
        const ExtractedNode& node = builder_.node(n);
        if (n == c || node.kind != "agreement" || builder_.IsAbsorbed(n) || is_clause(n) || !signed_ones.count(n) ||
            sentence_of(n) <= 0 || parties[n] != own->second) {
          continue;
        }
        if (!clause.date.empty() && !node.date.empty() && clause.date.rfind(node.date, 0) != 0 &&
            node.date.rfind(clause.date, 0) != 0) {
          continue;
        }
        const std::set<std::string> words = SubstanceWords(node.name);
        if (std::none_of(words.begin(), words.end(), [&](const std::string& w) { return about.count(w) > 0; })) continue;
        instrument = static_cast<long>(n);
        ++found;
      }
      if (found == 1) builder_.Absorb(static_cast<size_t>(instrument), c);
    }
  }

  // Whether an agreement's name holds a body ("ASEAN Outlook on the Indo-Pacific", "UN Charter")
  // or a country other than `sides`: then it is not the two sides' own instrument.
  bool Run::NamesOtherParty(const std::string& name, const std::set<std::string>& sides) const {
    std::vector<Token> words = internal::Tokenize(name);
    g_.Annotate(words);
    for (size_t k = 0; k < words.size(); ++k) {
      size_t len = 0;
      for (const internal::PhraseEntry* p : g_.Match(words, k, len)) {
        if (p->type == EntryType::kOrg) return true;
        if ((p->type == EntryType::kCountry || p->type == EntryType::kDemonym) && p->index >= 0 &&
            !sides.count(g_.countries()[static_cast<size_t>(p->index)].iso)) {
          return true;
        }
      }
    }
    return false;
  }

  // "the free trade agreement", "a memorandum of understanding": an agreement named only by
  // lower-case words of its kind is named after its parties ("Chile-Peru free trade agreement",
  // the text's form kept as an alias). A store merges nodes of one name, so without this the
  // unrelated fisheries agreements of two stories would become one node.
  void Run::NameGenericAgreements() {
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
      // The generic words are not kept as an alias: a store joins a node whose alias is another's
      // name, and every story's "free trade agreement" would become this one.
      const std::string generic_name = name;
      builder_.Rename(agreement, Join(names, "-") + " " + generic_name);
      builder_.RemoveAlias(agreement, generic_name);
    }
  }

  // Officials at a two-country meeting whose country the text does not give serve the side the
  // other officials do not: Modi meeting Japan's Motegi at an India-Japan meeting is India's.
  // "the President of the ECOWAS Commission, A": an official whose title places them in a body
  // of no country (a bloc's organ) speaks for that body, so meeting a minister does not make them
  // the minister's counterpart country.
  bool Run::OfficialOfUnownedBody(size_t official) const {
    for (size_t i = 0; i < builder_.edges().size(); ++i) {
      const ExtractedEdge& e = builder_.edges()[i];
      if (!builder_.IsLive(i) || e.source != official || e.relation != "member_of") continue;
      const ExtractedNode& org = builder_.node(e.target);
      if (org.kind != "organization" || org.attrs.count("type")) continue;
      auto owner = org_owner_.find(e.target);
      if (owner == org_owner_.end() || owner->second.first < 0) return true;
    }
    return false;
  }

  void Run::InferCounterparts() {
    std::vector<std::pair<size_t, size_t>> inferred;  // (official, country node)
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
        for (const auto& [off, country] : RepresentsOf(official)) {
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
        // "A was accompanied by B": B is on A's side, not A's counterpart.
        const size_t who = official;  // a structured binding cannot be captured before C++20's P1091 in clang
        const bool companion = std::any_of(companions_.begin(), companions_.end(), [who](const auto& c) {
          return c.first == who;
        });
        if (companion || OfficialOfUnownedBody(official)) continue;
        pending_represents_.insert({official, country_index_[other]});
        builder_.Edge(official, "represents", other, span, "inferred:counterpart");
        inferred.push_back({official, other});
      }
    }
    // The side found here is the official's at every meeting they hold a role in: a minister
    // whose country only the co-chaired session shows brings it to the talks of the days before.
    for (const auto& [official, country] : inferred) {
      for (const auto& [meeting, holders] : role_holders_) {
        auto held = std::find_if(holders.begin(), holders.end(), [official = official](const auto& h) {
          return h.first == official;
        });
        if (held != holders.end()) meeting_countries_[meeting].insert({country, held->second});
      }
    }
  }

  // Meetings of one series in order: a round follows the round numbered just before it; without
  // round numbers, a dated meeting follows the latest earlier dated one.
  // "The two presidents agreed to set up the X Dialogue when they met in London in 2009", in a
  // story about a later round of it: the dialogue was announced at the one meeting the same
  // sentence names that is no round of its own (the meeting in focus is one).
  void Run::AnnouncedAtSentenceMeeting() {
    for (const auto& [dialogue, span] : unplaced_announcements_) {
      std::set<size_t> found;
      for (size_t n = 0; n < builder_.node_count(); ++n) {
        const ExtractedNode& node = builder_.node(n);
        if (node.kind != "meeting" || builder_.IsAbsorbed(n) || builder_.HasEdge(n, "round_of", dialogue)) continue;
        for (const Span& m : node.mentions) {
          if (span.start <= m.start && m.end <= span.end) found.insert(n);
        }
      }
      if (found.size() == 1) builder_.Edge(dialogue, "announced_at", *found.begin(), span, "announce:sentence-meeting");
    }
  }

  void Run::Follows() {
    token_starts_.clear();
    for (size_t i = 0; i < infos_.size(); ++i) {
      const auto& t = T(infos_[i]);
      for (size_t k = 0; k < t.size(); ++k)
        token_starts_.push_back({static_cast<size_t>(t[k].start), std::make_pair(i, k)});
    }
    // Sentences follow the text, so the list is nearly always in order already: checking is
    // linear, sorting is not. Its entries are distinct, so either way gives the same order.
    if (!std::is_sorted(token_starts_.begin(), token_starts_.end())) {
      std::sort(token_starts_.begin(), token_starts_.end());
    }
    EarlierOccasionsOfFocusSeries();
    // Live edges only: a mention merged into a round ("a three-day yearly summit" into the 14th)
    // leaves its dead round_of behind, and its date would order it against its own round.
    std::map<size_t, std::vector<size_t>> series;
    for (size_t i = 0; i < builder_.edges().size(); ++i) {
      const ExtractedEdge& e = builder_.edges()[i];
      if (e.relation == "round_of" && builder_.IsLive(i)) series[e.target].push_back(e.source);
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
      FollowsEarlierOccasion(meetings);
      if (rounds.size() >= 2) continue;
      std::sort(dated.begin(), dated.end());
      for (size_t k = 1; k < dated.size(); ++k) {
        if (dated[k].first.rfind(dated[k - 1].first, 0) == 0 || dated[k - 1].first.rfind(dated[k].first, 0) == 0) {
          continue;  // same or overlapping dates: order unknown
        }
        if (FollowsSomething(dated[k].second)) continue;  // its earlier occasion is named
        builder_.Edge(dated[k].second, "follows", dated[k - 1].second, FirstEvidence(dated[k].second),
                      "series:date-order");
      }
    }
  }

  // An earlier edition named in passing ("The preceding summit took place in Dakar in 2019") that
  // no words tie to a series and that met in neither side's country: nothing says it was the two
  // sides' (a summit of a bloc meets in a third country), so the story's sides are not lent to
  // it. One held at a side's home ("the previous session was held in Lima") alternates between
  // them, and a numbered round of the series in focus has its round_of edge already.
  bool Run::UnplacedEarlierEdition(size_t meeting) const {
    auto rule = builder_.node(meeting).attrs.find("rule");
    if (rule == builder_.node(meeting).attrs.end() || rule->second != "pattern:previous-edition-held-in") return false;
    bool held = false;
    for (size_t i = 0; i < builder_.edges().size(); ++i) {
      const ExtractedEdge& e = builder_.edges()[i];
      if (e.source != meeting || !builder_.IsLive(i)) continue;
      if (e.relation == "round_of") return false;
      if (e.relation != "held_in") continue;
      held = true;
      const ExtractedNode& where = builder_.node(e.target);
      auto iso = where.attrs.find("iso");
      if (where.kind == "country" && iso != where.attrs.end() && story_countries_.count(iso->second)) return false;
      auto pc = place_country_.find(e.target);
      if (pc != place_country_.end() && pc->second >= 0 &&
          story_countries_.count(g_.countries()[static_cast<size_t>(pc->second)].iso)) {
        return false;
      }
    }
    return held;
  }

  // Whether a mention of the meeting names it as its series' earlier occasion: an
  // `earlier_occasion` word opens it or stands just before it ("the previous yearly summit",
  // "The preceding round was held in Quito").
  bool Run::EarlierOccasion(size_t meeting) const {
    for (const Span& span : builder_.node(meeting).mentions) {
      // Only the tokens starting where the mention starts (token_starts_, built by Follows): a
      // scan of every sentence for every mention of every meeting made long documents quadratic.
      const auto [from, to] = std::equal_range(
          token_starts_.begin(), token_starts_.end(), std::make_pair(static_cast<size_t>(span.start), std::pair<size_t, size_t>{}),
          [](const auto& a, const auto& b) { return a.first < b.first; });
      for (auto it = from; it != to; ++it) {
        const auto& t = T(infos_[it->second.first]);
        const size_t k = it->second.second;
        if (span.start >= t.back().end) continue;
        size_t first = k;
        if (Is(Lexicon::kArticle, t[k]) && k + 1 < t.size()) first = k + 1;
        if (Is(Lexicon::kEarlierOccasion, t[first]) || (k > 0 && Is(Lexicon::kEarlierOccasion, t[k - 1]))) return true;
      }
    }
    return false;
  }

  // "The 4th Peru-Chile Trade Dialogue was held in Lima. The preceding round was held in Quito in
  // 2024": an earlier occasion named with no series of its own is of the series of the meeting
  // in focus, when that meeting is a round of exactly one series.
  void Run::EarlierOccasionsOfFocusSeries() {
    if (focus_meeting_ < 0) return;
    std::set<size_t> focus_series;
    std::set<size_t> in_series;
    for (size_t i = 0; i < builder_.edges().size(); ++i) {
      const ExtractedEdge& e = builder_.edges()[i];
      if (e.relation != "round_of" || !builder_.IsLive(i)) continue;
      in_series.insert(e.source);
      if (e.source == static_cast<size_t>(focus_meeting_)) focus_series.insert(e.target);
    }
    if (focus_series.empty() && !in_series.count(static_cast<size_t>(focus_meeting_))) {
      SeriesOfEarlierEdition(in_series);
      return;
    }
    if (focus_series.size() != 1) return;
    for (size_t n = 0; n < builder_.node_count(); ++n) {
      if (builder_.node(n).kind != "meeting" || builder_.IsAbsorbed(n) || in_series.count(n) ||
          n == static_cast<size_t>(focus_meeting_) || !EarlierOccasion(n)) {
        continue;
      }
      builder_.Edge(n, "round_of", *focus_series.begin(), FirstMention(n), "series:earlier-occasion");
    }
  }

  // "Peru and Chile are to hold 2+2 talks in Lima next week. The previous meeting in this format
  // was held in Quito in 2022": an earlier edition of the meeting in focus presents that meeting
  // as recurring, so when it is a round of no series the two make one, named as the story names
  // its meeting. Only a named meeting (a pattern's, not two people meeting) and only an earlier
  // edition read as one (`previous-edition-held-in`), once: "his previous visit" makes no series.
  void Run::SeriesOfEarlierEdition(const std::set<size_t>& in_series) {
    const size_t focus = static_cast<size_t>(focus_meeting_);
    const ExtractedNode& fm = builder_.node(focus);
    auto rule = fm.attrs.find("rule");
    if (rule == fm.attrs.end() || rule->second.rfind("pattern:", 0) != 0 || fm.mentions.empty()) return;
    long earlier = -1;
    for (size_t n = 0; n < builder_.node_count(); ++n) {
      const ExtractedNode& node = builder_.node(n);
      if (node.kind != "meeting" || builder_.IsAbsorbed(n) || in_series.count(n) || n == focus) continue;
      auto r = node.attrs.find("rule");
      if (r == node.attrs.end() || r->second != "pattern:previous-edition-held-in" || !EarlierOccasion(n)) continue;
      if (earlier >= 0) return;  // two earlier editions: which one is of the focus is unknown
      earlier = static_cast<long>(n);
    }
    if (earlier < 0) return;
    const Span& first = fm.mentions.front();
    for (const SentenceInfo& si : infos_) {
      const auto& t = T(si);
      if (t.empty() || first.start < t.front().start || first.start >= t.back().end) continue;
      size_t b = t.size(), e = t.size();
      for (size_t k = 0; k < t.size(); ++k) {
        if (t[k].start == first.start) b = k;
        if (t[k].end == first.end) e = k + 1;
      }
      if (b >= e || e > t.size()) return;
      const size_t dialogue = DialogueNode(si, b, e);
      builder_.Edge(focus, "round_of", dialogue, FirstMention(focus), "series:earlier-edition");
      builder_.Edge(static_cast<size_t>(earlier), "round_of", dialogue, FirstMention(static_cast<size_t>(earlier)),
                    "series:earlier-edition");
      return;
    }
  }

  bool Run::FollowsSomething(size_t meeting) const {
    for (size_t i = 0; i < builder_.edges().size(); ++i) {
      const ExtractedEdge& e = builder_.edges()[i];
      if (e.relation == "follows" && e.source == meeting && builder_.IsLive(i)) return true;
    }
    return false;
  }

  // "The previous yearly summit took place in Accra in 2019": the story's meeting of a series
  // follows the meeting the text names as the series' earlier occasion, dated or not, numbered
  // or not. The story's meeting is the series' one numbered round, else the meeting in focus
  // when it is of the series, else the series' only other meeting.
  void Run::FollowsEarlierOccasion(const std::vector<size_t>& meetings) {
    std::vector<size_t> earlier, others;
    for (size_t m : meetings) (EarlierOccasion(m) ? earlier : others).push_back(m);
    if (earlier.size() != 1 || others.empty()) return;
    long current = -1;
    std::vector<size_t> numbered;
    for (size_t m : others) {
      if (builder_.node(m).attrs.count("round")) numbered.push_back(m);
    }
    if (numbered.size() == 1) {
      current = static_cast<long>(numbered.front());  // the story's round, not a mention of the series
    } else if (std::find(others.begin(), others.end(), static_cast<size_t>(focus_meeting_)) != others.end()) {
      current = focus_meeting_;
    } else if (others.size() == 1) {
      current = static_cast<long>(others.front());
    }
    if (current < 0) return;
    if (FollowsSomething(static_cast<size_t>(current))) return;
    const std::string& now = builder_.node(current).date;
    const std::string& before = builder_.node(earlier.front()).date;
    if (!now.empty() && !before.empty() && before.substr(0, 4) > now.substr(0, 4)) return;
    builder_.Edge(current, "follows", earlier.front(), FirstMention(earlier.front()), "series:earlier-occasion");
  }

  Span Run::FirstEvidence(size_t node) {
    auto it = official_evidence_.find(node);
    if (it != official_evidence_.end() && !it->second.empty()) return it->second.front();
    return FirstMention(node);
  }

  // The sentence whose span holds `span`, or nullptr. Sentences are in document order and do not
  // overlap, so a binary search on their starts finds it (rules that ask it per mention of every
  // node would otherwise scan the document each time).
  const SentenceInfo* Run::SentenceHolding(const Span& span) const {
    auto it = std::upper_bound(infos_.begin(), infos_.end(), span.start,
                               [](int64_t start, const SentenceInfo& si) { return start < si.s->span.start; });
    if (it == infos_.begin()) return nullptr;
    --it;
    return it->s->span.start <= span.start && span.end <= it->s->span.end ? &*it : nullptr;
  }

  // The sentence holding the node's first mention.
  Span Run::FirstMention(size_t node) const {
    const auto& mentions = builder_.node(node).mentions;
    if (mentions.empty()) return {0, 0};
    for (const auto& s : sentences_) {
      if (s.span.start <= mentions.front().start && mentions.front().end <= s.span.end) return s.span;
    }
    return mentions.front();
  }

  // "A and B open the 25th Joint Council in Lisbon": a headline that names a meeting, then "in" or
  // "at" one place, says where the story's meeting is held, when the body never does (the body
  // then speaks of "the council" and "the port city"). Only one place, only after a meeting word,
  // and never for a call.
  void Run::HeadlinePlace() {
    if (focus_meeting_ < 0 || infos_.empty() || !infos_.front().headline) return;
    const size_t focus = static_cast<size_t>(focus_meeting_);
    for (size_t i = 0; i < builder_.edges().size(); ++i) {
      const ExtractedEdge& e = builder_.edges()[i];
      if (builder_.IsLive(i) && e.relation == "held_in" && e.source == focus) return;
    }
    const auto kind = internal::Tokenize(builder_.node(focus).name);
    if (std::any_of(kind.begin(), kind.end(), [&](const Token& w) { return Is(Lexicon::kRemoteMeeting, w); })) return;
    const SentenceInfo& si = infos_.front();
    const auto& t = T(si);
    // The first meeting word: a named meeting, a meeting head ("ministerial", "talks"), or a body
    // right before the place ("open the Joint Council in Lisbon": the body's meeting).
    size_t meeting_at = t.size();
    for (const Mention& m : si.m) {
      if (m.type == MT::kMeeting || m.type == MT::kMeetingRef) meeting_at = std::min(meeting_at, m.e);
      if ((m.type == MT::kOrg || m.type == MT::kDialogue) && m.e < t.size() && Is(Lexicon::kPlacePreposition, t[m.e])) {
        meeting_at = std::min(meeting_at, m.e);
      }
    }
    for (size_t k = 0; k < t.size() && k < meeting_at; ++k) {
      if (Is(Lexicon::kMeetingHead, t[k])) meeting_at = k + 1;
    }
    // The places after "in"/"at": a place mention, or words naming a place the body found (the
    // headline of a town no gazetteer knows: "ministerial in Kiruna", "Kiruna, Sweden" in the body).
    std::set<long> places;
    long place = -1;
    auto after_locative = [&](size_t b) {
      size_t k = b;
      if (k > 0 && Is(Lexicon::kArticle, t[k - 1])) --k;
      return k > 0 && k > meeting_at && Is(Lexicon::kPlacePreposition, t[k - 1]);
    };
    for (const Mention& m : si.m) {
      if (m.type != MT::kPlace || m.node < 0) continue;
      places.insert(m.node);
      if (after_locative(m.b) && builder_.node(static_cast<size_t>(m.node)).kind == "place") place = m.node;
    }
    for (size_t b = 0; b < t.size(); ++b) {
      if (!t[b].cap || !after_locative(b)) continue;
      for (size_t n = 0; n < builder_.node_count(); ++n) {
        if (builder_.node(n).kind != "place") continue;
        const auto words = internal::Tokenize(builder_.node(n).name);
        bool same = !words.empty() && b + words.size() <= t.size();
        for (size_t w = 0; same && w < words.size(); ++w) same = words[w].lower == t[b + w].lower;
        if (!same) continue;
        places.insert(static_cast<long>(n));
        place = static_cast<long>(n);
      }
    }
    if (place < 0 || places.size() != 1) return;
    builder_.Edge(focus, "held_in", static_cast<size_t>(place), si.s->span, "headline:meeting-in-place");
  }

  // "the presidents met for talks at the Carondelet Palace in Quito", and elsewhere "Souza held
  // talks in Quito": the meeting is held at the venue, the most specific place given. Only when
  // the city holds that one meeting (not a visit), the story names one venue in it, and the
  // venue's sentence says talks or a meeting were held there, or that it was their venue.
  void Run::VenuesOfCities() {
    std::map<size_t, std::vector<size_t>> held_at;  // city -> meetings held in it
    for (size_t i = 0; i < builder_.edges().size(); ++i) {
      const ExtractedEdge& e = builder_.edges()[i];
      if (!builder_.IsLive(i) || e.relation != "held_in" || builder_.node(e.target).kind != "place") continue;
      if (IsVisit(e.source)) continue;  // a visit is held in the city, not at one venue of it
      held_at[e.target].push_back(e.source);
    }
    std::map<size_t, std::set<size_t>> venues;  // city -> venues in it
    std::map<size_t, Span> evidence;            // venue -> where a meeting is held at it
    for (const SentenceInfo& si : infos_) {
      if (si.headline) continue;
      const auto& t = T(si);
      for (const Mention& m : si.m) {
        if (m.type != MT::kPlace || m.node < 0) continue;
        auto parent = place_parent_node_.find(static_cast<size_t>(m.node));
        if (parent == place_parent_node_.end()) continue;
        venues[parent->second.first].insert(static_cast<size_t>(m.node));
        // "the Coral Palace in Lima was the venue for the signing": the venue says so itself.
        bool predicate = false;
        for (size_t w = m.e; w < t.size() && w <= m.e + kVenuePredicateReach && !predicate; ++w) {
          size_t len = 0;
          if (!t[w].word) break;
          g_.MatchLexicon(Lexicon::kVenuePredicate, t, w, len);
          predicate = len > 0;
        }
        if (predicate) {
          evidence.emplace(static_cast<size_t>(m.node), si.s->span);
          continue;
        }
        size_t k = m.b;
        if (k > 0 && Is(Lexicon::kArticle, t[k - 1])) --k;
        if (k == 0 || !Is(Lexicon::kVenuePreposition, t[k - 1])) continue;
        bool meeting = false;
        for (size_t w = si.body_from; w + 1 < k && !meeting; ++w) meeting = Is(Lexicon::kMeetingHead, t[w]);
        if (meeting) evidence.emplace(static_cast<size_t>(m.node), si.s->span);
      }
    }
    for (const auto& [city, meetings] : held_at) {
      auto in = venues.find(city);
      if (meetings.size() != 1 || in == venues.end() || in->second.size() != 1) continue;
      const size_t venue = *in->second.begin();
      auto said = evidence.find(venue);
      if (said == evidence.end()) continue;
      builder_.RemoveEdge(meetings.front(), "held_in", city);
      builder_.Edge(meetings.front(), "held_in", venue, said->second, "place:venue-of-city");
    }
  }

  // "the Jakarta summit", "the G20 London Summit": a city named right before a meeting head (or
  // before acronyms and modifiers that lead to one) is where the meeting was held, when nothing
  // else in the story places it (or places it only in that city's country: the city is more
  // specific). Not "the Seoul-Tokyo summit" (two capitals standing for their countries), not "a
  // Lima Group meeting" (the city names a body), never a call.
  void Run::CitiesInMeetingNames() {
    std::map<size_t, std::vector<size_t>> held;  // meeting -> places and countries it is held in
    for (size_t i = 0; i < builder_.edges().size(); ++i) {
      const ExtractedEdge& e = builder_.edges()[i];
      if (builder_.IsLive(i) && e.relation == "held_in") held[e.source].push_back(e.target);
    }
    struct Named {
      int place;  // PlaceNode's argument: a places.tsv index, or -1 - country for a capital
      const SentenceInfo* si;
      size_t b, e;
    };
    for (size_t n = 0; n < builder_.node_count(); ++n) {
      const ExtractedNode& meeting = builder_.node(n);
      if (meeting.kind != "meeting" || builder_.IsAbsorbed(n)) continue;
      const auto name = internal::Tokenize(meeting.name);
      if (std::any_of(name.begin(), name.end(), [&](const Token& w) { return Is(Lexicon::kRemoteMeeting, w); })) continue;
      std::vector<Named> named;
      for (const Span& mention : meeting.mentions) {
        if (const SentenceInfo* holding = SentenceHolding(mention)) {
          const SentenceInfo& si = *holding;
          const auto& t = T(si);
          for (size_t k = 0; k < t.size(); ++k) {
            if (t[k].start < mention.start || t[k].end > mention.end || !t[k].cap) continue;
            size_t len = 0;
            const auto entries = g_.Match(t, k, len);
            if (entries.empty() || t[k + len - 1].end > mention.end) continue;
            const internal::PhraseEntry* p = entries.front();
            const bool capital = p->type == EntryType::kCapital;
            const bool city = p->type == EntryType::kPlace && p->index >= 0 &&
                              g_.places()[static_cast<size_t>(p->index)].kind == "city";
            if (!capital && !city) continue;
            if ((k > 0 && t[k - 1].text == "-") || (k + len < t.size() && t[k + len].text == "-")) continue;
            bool before_head = false;
            for (size_t w = k + len; w < t.size() && t[w].end <= mention.end && t[w].word; ++w) {
              if (Is(Lexicon::kMeetingHead, t[w])) {
                before_head = true;
                break;
              }
              const bool acronym = std::none_of(t[w].text.begin(), t[w].text.end(), [](char c) { return c >= 'a' && c <= 'z'; });
              if (!acronym && !Is(Lexicon::kMeetingModifier, t[w])) break;
            }
            if (before_head) named.push_back({capital ? -1 - p->index : p->index, &si, k, k + len});
          }
        }
      }
      if (named.empty() || std::any_of(named.begin(), named.end(), [&](const Named& x) { return x.place != named.front().place; })) {
        continue;
      }
      const Named& first = named.front();
      const int country = first.place < 0 ? -1 - first.place : g_.CountryByIso(g_.places()[static_cast<size_t>(first.place)].iso);
      auto placed = held.find(n);
      if (placed != held.end()) {
        // Only a country, and the city's own: the city is the more specific place.
        const ExtractedNode& where = builder_.node(placed->second.front());
        auto iso = where.attrs.find("iso");
        if (placed->second.size() != 1 || country < 0 || where.kind != "country" || iso == where.attrs.end() ||
            iso->second != g_.countries()[static_cast<size_t>(country)].iso) {
          continue;
        }
        builder_.RemoveEdge(n, "held_in", placed->second.front());
      }
      const std::string surface = Surface(*first.si, first.b, first.e);
      const size_t city = PlaceNode(first.place, surface);
      for (const Named& x : named) builder_.Mention(city, SpanOf(*x.si, x.b, x.e), Surface(*x.si, x.b, x.e));
      builder_.Edge(n, "held_in", city, first.si->s->span, "place:city-in-meeting-name");
    }
  }

  // "Foreign Minister A of Peru received Foreign Secretary B of Norway for the inaugural
  // Peru-Norway Dialogue": hosts receive their guests at home, so a meeting whose hosts (the
  // officials a pattern of attribute host-at-home makes its chairs) all serve one country, at
  // which a guest serves another, and that nothing else places, is held in the hosts' country.
  // The country, not its capital: the text does not say which city.
  void Run::HostsCountry() {
    std::set<size_t> placed;
    std::map<size_t, std::set<size_t>> hosts, guests;  // meeting -> officials
    std::map<size_t, Span> evidence;
    for (size_t i = 0; i < builder_.edges().size(); ++i) {
      const ExtractedEdge& e = builder_.edges()[i];
      if (!builder_.IsLive(i)) continue;
      if (e.relation == "held_in") placed.insert(e.source);
      // Guests: whoever attends (the guests' edge may have come first from another rule).
      if (e.relation == "attended") guests[e.target].insert(e.source);
      if (e.relation != "chaired" && e.relation != "cochaired") continue;
      for (const EvidenceInput& ev : e.evidence) {
        if (!host_rules_.count(ev.rule)) continue;
        hosts[e.target].insert(e.source);
        evidence.emplace(e.target, ev.span);
      }
    }
    for (const auto& [meeting, people] : hosts) {
      if (placed.count(meeting) || builder_.IsAbsorbed(meeting) || builder_.node(meeting).kind != "meeting") continue;
      const auto name = internal::Tokenize(builder_.node(meeting).name);
      if (std::any_of(name.begin(), name.end(), [&](const Token& w) { return Is(Lexicon::kRemoteMeeting, w); })) continue;
      std::set<int> home;
      bool known = true;
      for (size_t official : people) {
        const std::set<int> of = CountriesKnownOf(official);
        known = known && of.size() == 1;
        home.insert(of.begin(), of.end());
      }
      if (!known || home.size() != 1) continue;
      const int country = *home.begin();
      bool foreign_guest = false;
      if (auto g = guests.find(meeting); g != guests.end()) {
        for (size_t official : g->second) {
          const std::set<int> of = CountriesKnownOf(official);
          foreign_guest = foreign_guest || (!of.empty() && !of.count(country));
        }
      }
      if (!foreign_guest) continue;
      builder_.Edge(meeting, "held_in", CountryNode(country), evidence.at(meeting), "role:hosts-country");
    }
  }

  // "Invited by Foreign Minister B, Peru's envoy began a visit to Chile": nobody visits their own
  // country. A visitor the visit's sentence guessed before the story had placed them (B), who
  // turns out to serve the country visited, is no visitor.
  void Run::OwnCountryVisitors() {
    std::vector<std::pair<size_t, size_t>> wrong;  // official, visit
    for (size_t i = 0; i < builder_.edges().size(); ++i) {
      const ExtractedEdge& e = builder_.edges()[i];
      if (!builder_.IsLive(i) || e.relation != "attended") continue;
      const bool visitor = std::any_of(e.evidence.begin(), e.evidence.end(),
                                       [](const EvidenceInput& ev) { return ev.rule == "pattern:visit"; });
      if (!visitor) continue;
      const std::set<int> of = CountriesKnownOf(e.source);
      for (size_t k = 0; k < builder_.edges().size(); ++k) {
        const ExtractedEdge& h = builder_.edges()[k];
        if (!builder_.IsLive(k) || h.relation != "held_in" || h.source != e.target) continue;
        const ExtractedNode& where = builder_.node(h.target);
        auto iso = where.attrs.find("iso");
        if (where.kind != "country" || iso == where.attrs.end()) continue;
        for (int c : of) {
          if (g_.countries()[static_cast<size_t>(c)].iso == iso->second) wrong.push_back({e.source, e.target});
        }
      }
    }
    for (const auto& [official, visit] : wrong) {
      builder_.RemoveEdge(official, "attended", visit);
      auto holders = role_holders_.find(visit);
      if (holders == role_holders_.end()) continue;
      for (auto it = holders->second.begin(); it != holders->second.end();) {
        it = it->first == official ? holders->second.erase(it) : std::next(it);
      }
    }
  }

  // "A sign the pact in Lima" ... "A welcomed B at the Congress Hall": a story whose meetings are
  // all held in one city, and that names one venue no gazetteer or phrase places, at which
  // something happens ("at"), has that venue in the city. Not a province or town ("in the town
  // of X": a place_opener venue), which no city contains.
  void Run::VenueInTheStoryCity() {
    std::set<size_t> cities;
    for (size_t i = 0; i < builder_.edges().size(); ++i) {
      const ExtractedEdge& e = builder_.edges()[i];
      if (!builder_.IsLive(i) || e.relation != "held_in" || builder_.node(e.source).kind != "meeting") continue;
      cities.insert(e.target);
    }
    if (cities.size() != 1) return;
    const size_t city = *cities.begin();
    if (builder_.node(city).kind != "place" || !place_country_.count(city) || place_parent_node_.count(city)) return;
    std::set<size_t> venues;  // containerless venues the story names
    std::map<size_t, Span> at;  // venue -> a sentence naming it after "at"
    for (const SentenceInfo& si : infos_) {
      const auto& t = T(si);
      for (const Mention& m : si.m) {
        if (m.type != MT::kPlace || m.node < 0 || static_cast<size_t>(m.node) == city) continue;
        const size_t v = static_cast<size_t>(m.node);
        if (place_country_.count(v) || place_parent_node_.count(v) || place_parent_.count(v)) continue;
        venues.insert(v);
        size_t len = 0;
        if (g_.MatchLexicon(Lexicon::kVenueHead, t, m.e - 1, len) != "place" || len != 1) continue;
        size_t k = m.b;
        if (k > 0 && Is(Lexicon::kArticle, t[k - 1])) --k;
        if (k > 0 && Is(Lexicon::kVenuePreposition, t[k - 1])) at.emplace(v, si.s->span);
      }
    }
    if (venues.size() != 1 || !at.count(*venues.begin())) return;
    const size_t venue = *venues.begin();
    builder_.Edge(venue, "located_in", city, at.at(venue), "place:venue-in-story-city");
    // VenuesOfCities, after this, then holds the city's one meeting at the venue when the venue's
    // sentence says a meeting was held there ("the talks, which were held at the Coral Palace").
    place_parent_node_.emplace(venue, std::make_pair(city, at.at(venue)));
  }

}  // namespace dkg::extract
