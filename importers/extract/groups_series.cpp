// Meetings of groupings and bodies, joint statements, membership, and a series' occurrences and
// rounds (run.h).

#include "importers/extract/run.h"

#include <algorithm>
#include <cstdlib>
#include <set>
#include <string>
#include <vector>

namespace dkg::extract {

  // A body's group of office holders: "the BRICS Foreign Ministers", "Quad foreign ministers",
  // "the foreign ministers of the Quad", "the leaders of the member states of the Quad". Returns the body's node, -1 when none.
  long Run::FindGroup(const SentenceInfo& si, size_t& b, size_t& e) const {
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
      if (k >= t.size() || !Is(Lexicon::kBelongingPreposition, t[k])) continue;
      ++k;
      if (k < t.size() && Is(Lexicon::kDefiniteArticle, t[k])) ++k;
      // "the foreign ministers of the member states of X": the members' ministers are X's group.
      size_t plural = 0;
      if (!g_.MatchLexicon(Lexicon::kMemberPlural, t, k, plural).empty() && k + plural < t.size() &&
          Is(Lexicon::kBelongingPreposition, t[k + plural])) {
        k += plural + 1;
        if (k < t.size() && Is(Lexicon::kDefiniteArticle, t[k])) ++k;
      }
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
  void Run::GroupMeetings(const SentenceInfo& si, std::vector<std::pair<size_t, size_t>>& meetings) {
    for (const auto& [pos, node] : meetings) {
      (void)node;
      if (pos >= si.body_from) return;
    }
    const auto& t = T(si);
    size_t gb = 0, ge = 0;
    const long org = FindGroup(si, gb, ge);
    if (org < 0) return;
    bool meets = si.body_from < t.size() && Is(Lexicon::kMeetingOpener, t[si.body_from]);
    for (size_t i = si.body_from; i < t.size() && !meets; ++i) {
      size_t len = 0;
      meets = !g_.MatchLexicon(Lexicon::kMeetVerb, t, i, len).empty() || Is(Lexicon::kGatherVerb, t[i]);
      // "At a meeting that opened on Sunday, the foreign ministers of the G7 ...", "their meeting".
      meets |= i > 0 && t[i].word && !t[i].cap && Is(Lexicon::kMeetingDeterminer, t[i - 1]) &&
               !g_.MatchLexicon(Lexicon::kMeetingHead, t, i, len).empty() && !MentionAt(si, i);
    }
    if (!meets) return;
    // "Foreign ministers of the Community met in Goma for the 12th Ordinary Session of its
    // Council": what they met for is a numbered session, which the pattern stage makes from its
    // name; the group's meeting is that session, not a second meeting beside it.
    for (size_t i = ge; i + 1 < t.size(); ++i) {
      if (!Is(Lexicon::kPurposePreposition, t[i])) continue;
      size_t k = i + 1;
      if (Is(Lexicon::kDefiniteArticle, t[k])) ++k;
      if (k < t.size() && Ordinal(t, k) > 0) return;
    }
    std::string noun;
    for (size_t k = ge; k > gb; --k) {
      if (MentionAt(si, k - 1) && MentionAt(si, k - 1)->type == MT::kOrg) break;
      noun = t[k - 1].lower + (noun.empty() ? "" : " ") + noun;
    }
    // "Ministers of the Pacific Alliance and the African Union met ...": the side named right
    // after the body and "and" is the meeting's other side (GUIDELINES: a body that takes part is
    // a participant), a body or a country; its members are not read into it.
    long other = -1;
    for (const Mention& o : si.m) {
      if (o.node != org || o.b < ge || o.e + 1 >= t.size() || !Is(Lexicon::kNextMemberWord, t[o.e]))
        continue;
      size_t k = o.e + 1;
      if (Is(Lexicon::kArticle, t[k])) ++k;
      const Mention* side = MentionAt(si, k);
      if (side && side->b == k && side->node >= 0 && side->node != org &&
          (side->type == MT::kOrg || side->type == MT::kCountry)) {
        other = side->node;
      }
      break;
    }
    const std::string body =
        builder_.node(static_cast<size_t>(org)).name +
        (other >= 0 ? " and " + builder_.node(static_cast<size_t>(other)).name : "");
    const std::string date = SentenceDate(si);
    const std::string group = std::to_string(org) + ":" + noun;
    size_t meeting = builder_.Node("meeting:group:" + group + "@" + date, "meeting",
                                   body + " " + noun + " meeting", "group:" + noun);
    builder_.Mention(meeting, SpanOf(si, gb, ge), "");
    if (!date.empty()) builder_.SetDate(meeting, date);
    builder_.Edge(static_cast<size_t>(org), "participant", meeting, si.s->span, "group:body");
    if (other >= 0) {
      builder_.Edge(static_cast<size_t>(other), "participant", meeting, si.s->span,
                    "group:other-side");
      if (builder_.node(static_cast<size_t>(other)).kind == "country") {
        meeting_countries_[meeting].insert({static_cast<size_t>(other), si.s->span});
      }
    }
    group_meetings_[group].insert(meeting);
    group_body_[group] = static_cast<size_t>(org);
    group_noun_[group] = noun;
    if (focus_meeting_ < 0) focus_meeting_ = static_cast<long>(meeting);
    meetings.push_back({gb, meeting});
  }

  // "the ministers put out a joint statement": an agreement issued at the meeting in the
  // sentence (or in focus), by its participants.
  void Run::JointStatements(const SentenceInfo& si, const std::vector<std::pair<size_t, size_t>>& meetings) {
    const auto& t = T(si);
    for (size_t i = si.body_from; i + 1 < t.size(); ++i) {
      size_t len = 0;
      if (g_.MatchLexicon(Lexicon::kJointStatement, t, i, len) != "one") continue;
      const Mention* named = MentionAt(si, i);
      if (named && named->type == MT::kAgreement && !IsGenericStatement(si, named->b, named->e)) continue;
      long meeting = -1;
      for (const auto& [pos, node] : meetings) {
        if (meeting < 0 || pos < i) meeting = static_cast<long>(node);
      }
      if (meeting < 0) meeting = focus_meeting_;
      // "A joint communique has been released by A and B" opening the story, before it names the
      // meeting: the statement of the meeting in focus at the end.
      if (meeting < 0) {
        if (unplaced_statements_.empty()) unplaced_statements_.push_back({SpanOf(si, i, i + len), si.s->span});
        return;
      }
      JointStatementOf(static_cast<size_t>(meeting), SpanOf(si, i, i + len), si.s->span);
      return;
    }
  }

  size_t Run::JointStatementOf(size_t meeting, const Span& mention, const Span& evidence) {
    const std::string name = "Joint Statement of the " + builder_.node(meeting).name;
    size_t agreement = builder_.Node("agreement:joint-statement:" + std::to_string(meeting), "agreement",
                                     name, "pattern:joint-statement");
    builder_.Mention(agreement, mention, "");
    builder_.Edge(agreement, "agreed_at", meeting, evidence, "agreement:joint-statement");
    pending_parties_.push_back({agreement, static_cast<long>(meeting), evidence});
    agreement_meeting_[agreement] = meeting;
    statement_meeting_[agreement] = meeting;
    return agreement;
  }

  // "Japan, the United States, Australia and India together make up the partnership", "The G20
  // has 19 member countries, namely ...": the countries listed are members of the body.
  void Run::Membership(const SentenceInfo& si) {
    const auto& t = T(si);
    for (size_t i = si.body_from; i < t.size(); ++i) {
      size_t len = 0;
      const std::string& side = g_.MatchLexicon(Lexicon::kMembership, t, i, len);
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
  void Run::GroupingMembers(const SentenceInfo& si) {
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
        if (!country_index_.count(static_cast<size_t>(c.node))) continue;
        // "the summit in Phnom Penh, Cambodia": the country says where the place is, nothing of
        // membership.
        bool locates_place = false;
        for (const Mention& p : si.m) {
          locates_place |= (p.type == MT::kPlace || p.type == MT::kCapital) && p.e + 1 == c.b &&
                           T(si)[p.e].text == ",";
        }
        if (locates_place) continue;
        // "the situation in Eastern Congo", "talks in Peru": a country after "in" (and at most one
        // capitalised word) says where something is, nothing of membership.
        const size_t lead = c.b > 0 && T(si)[c.b - 1].cap && T(si)[c.b - 1].word ? c.b - 1 : c.b;
        if (lead > 0 && Is(Lexicon::kContainingPreposition, T(si)[lead - 1])) continue;
        if (!IsGroupingMember(*members, static_cast<size_t>(c.node))) {
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

  bool Run::IsGroupingMember(const std::vector<std::string>& members, size_t country) const {
    auto it = country_index_.find(country);
    if (it == country_index_.end()) return false;
    const std::string& iso = g_.countries()[it->second].iso;
    // "EG@2024": a member since 2024, not yet one in a report of 2019.
    bool member = false;
    for (const std::string& entry : members) {
      const size_t at = entry.find('@');
      if (entry.compare(0, at, iso) != 0 || (at != std::string::npos && at != iso.size())) continue;
      member = at == std::string::npos || !published_.valid() || published_.year >= std::atoi(entry.c_str() + at + 1);
    }
    return member;
  }

  // "The Conference of Heads of Government of the Caribbean Community held its meeting ...",
  // then the heads who attended: a grouping's meeting (the grouping takes part, or its name is
  // inside the meeting's) is attended for each member country by its officials, so the countries
  // of officials holding a role there that the gazetteer lists as members are its members. A
  // guest of the meeting (not a member) gets nothing.
  // Whether an organ of body `org` (an organization part_of it: "the Conference of Heads of
  // Government of the Caribbean Community") takes part in `meeting`.
  bool Run::OrganTakesPart(size_t org, size_t meeting) const {
    for (size_t i = 0; i < builder_.edges().size(); ++i) {
      const ExtractedEdge& e = builder_.edges()[i];
      if (builder_.IsLive(i) && e.relation == "part_of" && e.target == org &&
          builder_.HasEdge(e.source, "participant", meeting)) {
        return true;
      }
    }
    return false;
  }

  void Run::MembersAtGroupingMeetings() {
    std::vector<std::pair<size_t, const std::vector<std::string>*>> groupings;
    for (size_t n = 0; n < builder_.node_count(); ++n) {
      const ExtractedNode& org = builder_.node(n);
      if (org.kind != "organization") continue;
      const std::vector<std::string>* members = g_.GroupingMembers(org.name);
      for (size_t k = 0; !members && k < org.aliases.size(); ++k) members = g_.GroupingMembers(org.aliases[k]);
      if (members) groupings.push_back({n, members});
    }
    if (groupings.empty()) return;
    auto names_inside = [](const std::string& meeting, const std::string& name) {
      for (size_t at = meeting.find(name); at != std::string::npos; at = meeting.find(name, at + 1)) {
        const size_t end = at + name.size();
        const bool left = at == 0 || !std::isalnum(static_cast<unsigned char>(meeting[at - 1]));
        const bool right = end == meeting.size() || !std::isalnum(static_cast<unsigned char>(meeting[end]));
        if (left && right) return true;
      }
      return false;
    };
    // The countries officials represent: from their titles, and from "X was represented by A".
    std::map<size_t, std::set<size_t>> represents;
    for (size_t i = 0; i < builder_.edges().size(); ++i) {
      const ExtractedEdge& e = builder_.edges()[i];
      if (builder_.IsLive(i) && e.relation == "represents") represents[e.source].insert(e.target);
    }
    for (const auto& [meeting, holders] : role_holders_) {
      // A copy: CountryNode() below may add a node and move the builder's nodes.
      const std::string meeting_name = builder_.node(meeting).name;
      for (const auto& [org, members] : groupings) {
        bool of_grouping = builder_.HasEdge(org, "participant", meeting);
        const ExtractedNode& o = builder_.node(org);
        of_grouping = of_grouping || names_inside(meeting_name, o.name) || OrganTakesPart(org, meeting);
        for (size_t k = 0; !of_grouping && k < o.aliases.size(); ++k) of_grouping = names_inside(meeting_name, o.aliases[k]);
        if (!of_grouping) continue;
        for (const auto& [official, span] : holders) {
          std::set<size_t> countries = represents[official];
          for (const auto& [off, country] : RepresentsOf(official)) countries.insert(CountryNode(country));
          for (size_t c : countries) {
            if (!IsGroupingMember(*members, c)) continue;
            builder_.Edge(c, "member_of", org, span, "gazetteer:membership-at-meeting");
            members_[org].insert(c);
          }
        }
      }
    }
  }

  size_t Run::RoundHeldAfter(const SentenceInfo& si, size_t e, bool* now) const {
    const auto& t = T(si);
    size_t from = e;
    // The sides named after the name: "between Peru and Chile".
    if (from < t.size() && Is(Lexicon::kSidesOpener, t[from])) {
      const Mention* a = CountryMentionAt(si, from + 1);
      if (a && a->e + 1 < t.size() && Is(Lexicon::kNextMemberWord, t[a->e])) {
        if (const Mention* b = CountryMentionAt(si, a->e + 1)) from = b->e;
      }
    }
    for (size_t k = from; k + 3 < t.size() && k <= from + 3; ++k) {
      const bool holding = Is(Lexicon::kHoldingVerb, t[k]);
      if (!holding && !Is(Lexicon::kHeldRoundWord, t[k])) continue;
      if (!Is(Lexicon::kRoundPossessive, t[k + 1]) || !Ordinal(t, k + 2)) return 0;
      size_t len = 0;
      if (g_.MatchLexicon(Lexicon::kRoundNoun, t, k + 3, len).empty()) return 0;
      if (now) *now = holding;
      return k + 1;
    }
    return 0;
  }

  // A series spoken of as meeting: "the Joint Committee is holding its third meeting this year"
  // (round 3, now), "conducted ... the FS-Vice Ministerial Dialogue" (an occurrence today).
  void Run::SeriesOccurrences(SentenceInfo& si, std::vector<std::pair<size_t, size_t>>& meetings) {
    const auto& t = T(si);
    for (Mention& d : si.m) {
      if (d.type != MT::kDialogue || d.node < 0) continue;
      bool inside_meeting = false;
      for (const Mention& m : si.m) inside_meeting |= m.type == MT::kMeeting && m.b <= d.b && d.e <= m.e;
      if (inside_meeting) continue;
      const size_t dialogue = static_cast<size_t>(d.node);
      // "is holding its third meeting", "held its second meeting", ", at its 1st round".
      bool held_round = false;
      bool now = false;
      if (const size_t its = RoundHeldAfter(si, d.e, &now); its > 0) {
        const size_t k = its - 1;
        size_t len = 0;
        g_.MatchLexicon(Lexicon::kRoundNoun, t, k + 3, len);
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
  bool Run::OtherOccasion(const SentenceInfo& si, const Mention& m) const {
    const auto& t = T(si);
    for (size_t k = m.b >= 2 ? m.b - 2 : 0; k < m.b + 1 && k < t.size(); ++k) {
      if (Is(Lexicon::kOtherOccasion, t[k])) return true;
    }
    return false;
  }

  // An occurrence of a series spoken of in the past tense with no date of its own ("the joint
  // appearance that followed their annual summit") is the one the story reports: the
  // story's date (FindStoryDate), until the text gives a date. Not for "the previous summit" and the like.
  void Run::OccurrenceDate(const SentenceInfo& si, const Mention& m) {
    const auto& t = T(si);
    for (size_t k = m.b >= 2 ? m.b - 2 : 0; k < m.e; ++k) {
      // A numbered round's own ordinal ("the first India-Peru Dialogue") says which round it is,
      // not that it is another occasion.
      if (k >= m.b && m.gaz > 0 && IsOrdinalWord(t[k])) continue;
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

  // The headline and the first kLeadSentences sentences of the body: what the story reports.
  bool Run::InLead(const SentenceInfo& si) const {
    return si.headline || si.body_index < kLeadSentences;
  }

  // The meeting the story reports: the first named in its lead, not another occasion ("first
  // met at", "the previous summit") nor one announced at another.
  bool Run::LeadMeeting(const SentenceInfo& si, const Mention& m) const {
    if (!InLead(si) || focus_meeting_ >= 0 || m.announced || OtherOccasion(si, m)) return false;
    for (size_t k = si.body_from; k < m.b; ++k) {
      if (Is(Lexicon::kNotThisOccurrence, T(si)[k])) return false;
    }
    return true;
  }

  void Run::LinkRound(size_t meeting, size_t dialogue, int round, const Span& ev) {
    builder_.Edge(meeting, "round_of", dialogue, ev, round > 0 ? "pattern:nth-round-of" : "pattern:series-occurrence");
    if (round > 0) rounds_[dialogue][round] = meeting;
    for (size_t c : dialogue_countries_[dialogue]) meeting_countries_[meeting].insert({c, ev});
  }

  // "the Japan-India 2+2 ... Meeting was held for the third time", "... Meeting, its second
  // edition": a round number given after the meeting's name makes it a round of that series.
  void Run::RoundFromContext(const SentenceInfo& si, size_t pos, size_t meeting) {
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
      if (Is(Lexicon::kRoundDeterminer, t[k]) && Ordinal(t, k + 1)) {
        size_t len = 0;
        const bool round = !g_.MatchLexicon(Lexicon::kRoundNoun, t, k + 2, len).empty();
        // "for the third time" counts; "for the first time in nine years" does not.
        const bool time = Is(Lexicon::kTimeNoun, t[k + 2]) &&
                          (k + 3 >= t.size() || !Is(Lexicon::kTimeNounBreak, t[k + 3]));
        // "the 14th of their kind".
        const bool kind = Is(Lexicon::kBelongingPreposition, t[k + 2]) && k + 4 < t.size() && Is(Lexicon::kKindNoun, t[k + 4]);
        // "the first meeting between the two leaders" counts their meetings, not the series'.
        const bool between = k + 3 < t.size() && Is(Lexicon::kSidesOpener, t[k + 3]);
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

}  // namespace dkg::extract
