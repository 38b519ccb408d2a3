// Nodes for the countries, places and organizations a sentence names, and mentions of officials
// by surname (run.h).

#include "importers/extract/run.h"

#include <algorithm>
#include <cctype>
#include <set>
#include <string>
#include <vector>

#include "engine/normalize.h"

namespace dkg::extract {

namespace {

bool Contains(const std::set<std::string>& set, const std::string& s) { return set.count(s) > 0; }

// A gazetteer place named as the text spells it when the spelling differs from the gazetteer's
// only in diacritics ("Reykjavik", "Chisinau"): the node keeps the story's own name, as a reader
// and an annotator write it. Not a dateline's capitals ("REYKJAVIK"), which name no spelling.
std::string AsWritten(const std::string& canonical, const std::string& surface) {
  if (surface == canonical || surface.empty()) return canonical;
  if (std::none_of(surface.begin(), surface.end(), [](unsigned char c) { return std::islower(c); })) return canonical;
  // Only the letters differ, not their case: "the Gaza strip" keeps the gazetteer's "Gaza Strip".
  auto lower = [](std::string s) {
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
  };
  if (lower(surface) == lower(canonical)) return canonical;
  return NormalizeName(surface) == NormalizeName(canonical) ? surface : canonical;
}

const std::set<std::string>& GovernmentOrgKinds() {
  // "international" with a country: the institutions of the EU (organizations.tsv).
  static const std::set<std::string> k = {"ministry", "agency", "legislature", "military",
                                          "department", "office", "international"};
  return k;
}

}  // namespace

  size_t Run::CountryNode(int country) {
    // Asked a thousand times a story: the node and its "iso" are made once (both calls would
    // find them on a later ask), the indexes below are set each time as before.
    if (country_nodes_.size() <= static_cast<size_t>(country)) country_nodes_.resize(country + 1, SIZE_MAX);
    size_t& node = country_nodes_[country];
    if (node == SIZE_MAX) {
      const auto& c = g_.countries()[country];
      node = builder_.Node("country:" + c.iso, "country", c.name, "gazetteer:country");
      builder_.SetAttr(node, "iso", c.iso);
    }
    countries_seen_.insert(country);
    country_index_[node] = country;
    return node;
  }

  // Whether the capital at mention `m` is used as a place (in, at, to Tokyo; Tokyo's district;
  // a dateline) rather than for its government ("New Delhi and Tokyo agreed", "thanked Tokyo").
  bool Run::CapitalIsPlace(const SentenceInfo& si, const Mention& m) const {
    const auto& t = T(si);
    if (m.e <= si.body_from) return true;
    if (!t[m.e - 1].cap) return true;  // "the Thai capital": a place described, never a metonym
    size_t len = 0;
    if (m.b > 0 && !g_.MatchLexicon(Lexicon::kLocative, t, m.b - 1, len).empty()) return true;
    // The object of a verb said of governments ("thanked Dublin for its support") is the country;
    // but a capitalised word after it makes it a given name ("thanked Victoria Alvarez").
    const bool name_follows = m.e < t.size() && t[m.e].word && t[m.e].cap;
    if (m.b > si.body_from && Is(Lexicon::kGovernmentObjectVerb, t[m.b - 1]) && !name_follows) return false;
    if (m.e < t.size() && (Is(Lexicon::kPossessiveEnding, t[m.e]) || t[m.e].text == "[" || t[m.e].text == "(")) return true;
    size_t k = m.e;
    if (k + 1 < t.size() && Is(Lexicon::kNextMemberWord, t[k])) {
      const Mention* next = MentionAt(si, k + 1);
      if (next && (next->type == MT::kCapital || next->type == MT::kCountry)) k = next->e;
    }
    // Subject of a verb: the next word is lower-case and not a preposition.
    if (k < t.size() && t[k].word && !t[k].cap && !t[k].number && !Is(Lexicon::kNotVerb, t[k])) {
      return false;
    }
    return true;
  }

  size_t Run::PlaceNode(int place, const std::string& surface) {
    if (place < 0) {
      const int country = -1 - place;
      const auto& c = g_.countries()[country];
      // The capital's canonical name is the first listed form, unless the text spells it without
      // (or with other) diacritics: "Reykjavik" is named as written, so is the node a reader sees.
      const std::string& name = AsWritten(c.capitals.empty() ? surface : c.capitals.front(), surface);
      size_t node = builder_.Node("place:" + NormalizeName(name), "place", name, "gazetteer:capital");
      place_country_[node] = country;
      return node;
    }
    const auto& p = g_.places()[place];
    if (p.kind == "region") {
      // A sea or strategic area: its own kind, in no country.
      return builder_.Node("region:" + NormalizeName(p.name), "region", p.name, "gazetteer:region");
    }
    size_t node = builder_.Node("place:" + NormalizeName(p.name), "place", AsWritten(p.name, surface), "gazetteer:place");
    place_country_[node] = g_.CountryByIso(p.iso);
    if (!p.parent.empty()) place_parent_[node] = p.parent;
    return node;
  }

  // "Nagano Prefecture", "Hebei Province": a capitalised place ending in a `venue_head` of value
  // province whose words before the head are a place the gazetteer knows: that place's index,
  // else -1. Not when the sentence names that place itself too ("Kyoto, Kyoto Prefecture": the
  // city in the province of its name).
  int Run::ProvinceOfKnownPlace(const SentenceInfo& si, const Mention& m) const {
    const auto& t = T(si);
    if (m.e < m.b + 2) return -1;
    size_t head_len = 0;
    if (g_.MatchLexicon(Lexicon::kVenueHead, t, m.e - 1, head_len) != "province" || head_len != 1) return -1;
    size_t len = 0;
    for (const internal::PhraseEntry* p : g_.Match(t, m.b, len)) {
      if (p->type != EntryType::kPlace || p->index < 0 || m.b + len != m.e - 1 ||
          g_.places()[static_cast<size_t>(p->index)].kind == "region") {
        continue;
      }
      for (const Mention& x : si.m) {
        if (&x != &m && x.type == MT::kPlace && x.gaz == p->index) return -1;
      }
      return p->index;
    }
    return -1;
  }

  // The organization node for mention `m`; `owner` is a country the context gives (-1 if none).
  long Run::OrgNode(const SentenceInfo& si, const Mention& m, int owner, long* owner_out) {
    const auto& t = T(si);
    std::string surface = Surface(si, m.b, m.e);
    // "Spain's Ministry ..." / "the Spanish Ministry ...": the country word written before the
    // body; its words with the body's are a name of it.
    long owner_word_b = -1;
    if (owner < 0) owner = m.body_owner;  // a later item of "the Afghan ministries of A and B"
    if (m.b >= 2 && Is(Lexicon::kPossessiveEnding, t[m.b - 1])) {
      const Mention* before = MentionAt(si, m.b - 2);
      const int c = CountryOf(before);
      if (owner < 0) owner = c;
      if (c >= 0 && c == owner && before) owner_word_b = static_cast<long>(before->b);
    }
    if (m.b >= 1) {
      const Mention* before = MentionAt(si, m.b - 1);
      if (before && before->type == MT::kCountry) {
        if (owner < 0) owner = before->gaz;
        if (before->gaz == owner) owner_word_b = static_cast<long>(before->b);
      }
    }
    // "the Ministry of Foreign Affairs in Bangkok": a ministry in a capital is that country's.
    if (owner < 0 && m.e + 1 < t.size() && Is(Lexicon::kContainingPreposition, t[m.e])) {
      const Mention* in = MentionAt(si, m.e + 1);
      if (in && in->type == MT::kCapital) owner = in->gaz;
    }
    // "the Ministry of the Armed Forces of Mali": a name another country's body also has (the
    // gazetteer's, which ends the phrase early) followed by "of <country>" is that country's.
    if (owner < 0 && m.e + 1 < t.size() && Is(Lexicon::kBelongingPreposition, t[m.e])) {
      const size_t at = m.e + 2 < t.size() && Is(Lexicon::kArticle, t[m.e + 1]) ? m.e + 2 : m.e + 1;
      const Mention* country = CountryMentionAt(si, at);
      if (country && country->b == at && country->type == MT::kCountry) owner = country->gaz;
    }
    size_t core_e = m.e;
    // "Ministry of Foreign Affairs of Japan", "Foreign Ministry of the Maldives": the owner is
    // named at the end.
    for (size_t k = m.b + 1; k + 1 < m.e; ++k) {
      const size_t at = k + 2 < m.e && Is(Lexicon::kBelongingPreposition, t[k]) && Is(Lexicon::kArticle, t[k + 1]) ? k + 2 : k + 1;
      // CountryMentionAt: the body's own mention covers these tokens too.
      const Mention* country = CountryMentionAt(si, at);
      if (Is(Lexicon::kBelongingPreposition, t[k]) && country && country->b == at && country->e == m.e) {
        if (owner < 0) owner = country->gaz;
        core_e = k;
      }
    }
    std::string core = m.body_name.empty() ? Surface(si, m.b, core_e) : m.body_name;
    // "WSWA officials": an acronym the story defined in brackets is the body so named.
    if (m.gaz < 0 && m.e == m.b + 1) {
      if (auto it = org_acronyms_.find(t[m.b].text); it != org_acronyms_.end()) core = it->second;
    }
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
    // The name several countries' bodies share ("Ministry of Foreign Affairs"), when this node is
    // named "<it> of <country>": the bare name is then no name of it, as a store joins nodes by
    // alias and would make one ministry of every country's.
    std::string shared_bare;
    if (chosen >= 0) {
      const auto& entry = g_.organizations()[chosen];
      name = entry.name;
      kind_attr = entry.kind;
      if (!entry.iso.empty()) owner = g_.CountryByIso(entry.iso);
      const bool shared = g_.OrganizationsNamed(entry.name).size() > 1;  // another country's too
      if (shared && owner >= 0) {
        name = entry.name + " of " + g_.countries()[owner].name;
        shared_bare = entry.name;
      }
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
        else {
          name = entry.name + " of " + g_.countries()[owner].name;
          shared_bare = entry.name;
        }
      }
    } else {
      const std::string lower_head = internal::PhraseKey(core);
      // "Ministry of ...", "Department of ...", and "Foreign Ministry" (the head last).
      const auto ends_with = [&](const std::string& head) {
        return lower_head.size() > head.size() && lower_head.compare(lower_head.size() - head.size(), head.size(), head) == 0 &&
               lower_head[lower_head.size() - head.size() - 1] == ' ';
      };
      if (lower_head.rfind("ministry", 0) == 0 || lower_head.rfind("department", 0) == 0 || ends_with("ministry")) {
        kind_attr = "ministry";
      }
      if (owner >= 0 && kind_attr == "ministry") {
        name = core + " of " + g_.countries()[owner].name;
        shared_bare = core;
      }
    }
    if (owner < 0 && m.body_name.empty() && (candidates.size() > 1 || kind_attr == "ministry")) {
      // A shared name with no country in sight ("the Ministry of Foreign Affairs said") is the
      // body of that name the document has already tied to a country, when there is one only.
      const std::string prefix = NormalizeName(core + " of ");
      long found = -1;
      int count = 0;
      for (; org_nodes_seen_ < builder_.node_count(); ++org_nodes_seen_) {
        const ExtractedNode& n = builder_.node(org_nodes_seen_);
        if (n.kind == "organization") org_node_names_.push_back({org_nodes_seen_, n.name, NormalizeName(n.name)});
      }
      for (OrgNodeName& org : org_node_names_) {
        const ExtractedNode& n = builder_.node(org.node);
        if (n.name != org.name) {
          org.name = n.name;
          org.key = NormalizeName(n.name);
        }
        const std::string& key = org.key;
        if (key.size() > prefix.size() && key.compare(0, prefix.size(), prefix) == 0) {
          found = static_cast<long>(org.node);
          ++count;
        }
      }
      if (count == 1) {
        name = builder_.node(static_cast<size_t>(found)).name;
        shared_bare = core;
      }
    }
    // "the AU's Executive Council": an organ a bloc or an international body owns is named with it.
    const Mention* owning_body = nullptr;
    long owning_body_node = -1;
    if (chosen < 0 && owner < 0 && m.body_name.empty() && m.b >= 2 && Is(Lexicon::kPossessiveEnding, t[m.b - 1])) {
      const Mention* before = MentionAt(si, m.b - 2);
      // The officials' stage may reach the organ before the body has its node: make it here.
      const long body = !before || before->type != MT::kOrg || before->e + 1 != m.b ? -1
                        : before->node >= 0                                      ? before->node
                                                                                 : OrgNode(si, *before, -1);
      if (body >= 0) {
        const auto& attrs = builder_.node(static_cast<size_t>(body)).attrs;
        auto type = attrs.find("type");
        if (type != attrs.end() && (type->second == "bloc" || type->second == "international")) {
          owning_body = before;
          owning_body_node = body;
          name = core + " of " + builder_.node(static_cast<size_t>(body)).name;
        }
      }
    }
    name += m.body_where;
    // "a new Consulate-General in Recife": a mission named by its kind alone (a country_body
    // office word and nothing else) is named with the place it is in.
    size_t office_len = 0;
    const std::string& office = m.body_name.empty() && m.gaz < 0 && m.e + 1 < t.size() && Is(Lexicon::kContainingPreposition, t[m.e])
                                    ? g_.MatchLexicon(Lexicon::kCountryBody, t, m.b, office_len)
                                    : std::string();
    if (m.b + office_len == m.e && office.rfind("office:", 0) == 0) {
      for (const Mention& where : si.m) {
        if (where.b != m.e + 1 || (where.type != MT::kCapital && where.type != MT::kPlace)) continue;
        name += " in " + Surface(si, where.b, where.e);
        break;
      }
    }
    size_t node = builder_.Node("organization:" + NormalizeName(name), "organization", name,
                                chosen >= 0 ? "gazetteer:organization" : "pattern:organization");
    // A country's body: its name is "Chilean parliament", not "parliament".
    const bool bare = !shared_bare.empty() && NormalizeName(surface) == NormalizeName(shared_bare);
    builder_.Mention(node, SpanOf(si, m.b, m.e), m.body_name.empty() && !bare ? surface : std::string());
    if (m.body_name.empty() && owner_word_b >= 0) {  // "Spanish Ministry of Foreign Affairs"
      builder_.AddAlias(node, Surface(si, static_cast<size_t>(owner_word_b), m.e));
    }
    if (owning_body) {
      builder_.AddAlias(node, Surface(si, owning_body->b, m.e));
      builder_.Edge(node, "part_of", static_cast<size_t>(owning_body_node), si.s->span, "organization:organ-of-body");
    }
    if (!m.body_name.empty() && m.body_owner < 0 && m.b >= 1) {  // "New Zealand parliament" is a name of it
      const size_t before = m.b >= 2 && Is(Lexicon::kPossessiveEnding, t[m.b - 1]) ? m.b - 2 : m.b - 1;
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
    } else if (owner < 0 && chosen < 0 && kind_attr != "international") {
      // "the Foreign Office said", no country in sight: a government's body when every body of
      // that name in the gazetteer is one (or the name says ministry).
      bool government = !kind_attr.empty() && Contains(GovernmentOrgKinds(), kind_attr);
      if (kind_attr.empty() && !candidates.empty()) {
        government = true;
        for (int c : candidates) {
          const auto& entry = g_.organizations()[c];
          government &= !entry.iso.empty() && entry.kind != "international" && Contains(GovernmentOrgKinds(), entry.kind);
        }
      }
      if (government) unowned_bodies_.emplace(node, si.s->span);
    }
    return static_cast<long>(node);
  }

  // A bloc's or an international body's organ named with the body's name or acronym first ("the
  // UN Security Council", "the G20 Troika", "the ASEAN Secretariat"), or last after "of" ("the
  // Council of Ministers of the Andean Community"), is part_of that body when the
  // document names the body as well (not a country's body: "Japan-India Association" is none).
  // "the Ministry of Foreign Affairs of Poland ... the Ministry of Foreign Affairs": a government
  // body named bare, with no owner, is the one owned body of the document whose name it opens. OrgNode
  // ties them as it goes, but an official's body is made before the sentences that name it in full.
  void Run::MergeBareBodies() {
    for (auto it = unowned_bodies_.begin(); it != unowned_bodies_.end();) {
      const size_t org = it->first;
      if (org_owner_.count(org) || builder_.IsAbsorbed(org)) {
        ++it;
        continue;
      }
      // NormalizeName drops a trailing space: the space goes after it, or "ministry of defence
      // of" would open "ministry of defence office".
      const std::string prefix = NormalizeName(builder_.node(org).name) + " of ";
      long found = -1;
      int count = 0;
      for (size_t n = 0; n < builder_.node_count(); ++n) {
        const ExtractedNode& node = builder_.node(n);
        if (n == org || node.kind != "organization" || builder_.IsAbsorbed(n)) continue;
        const std::string key = NormalizeName(node.name);
        if (key.size() > prefix.size() && key.compare(0, prefix.size(), prefix) == 0) {
          found = static_cast<long>(n);
          ++count;
        }
      }
      if (count != 1 || !org_owner_.count(static_cast<size_t>(found))) {
        ++it;
        continue;
      }
      const size_t into = static_cast<size_t>(found);
      // Not when a member of the bare body serves another country: then it is that country's.
      bool foreign_member = false;
      for (const auto& [official, body] : pending_member_of_) {
        if (body != org) continue;
        for (const auto& [who, country] : pending_represents_) {
          foreign_member |= who == official && country != org_owner_.at(into).first;
        }
      }
      // Nor in a story datelined in another country: a release names its own government's
      // offices bare ("LIMA - ... the Vice-Minister at the Ministry of Foreign Affairs"), so there
      // the bare body is the dateline's, whatever foreign ministry the story names in full.
      if (dateline_country_ >= 0) {
        const auto& attrs = builder_.node(static_cast<size_t>(dateline_country_)).attrs;
        const auto iso = attrs.find("iso");
        const int owner = org_owner_.at(into).first;
        foreign_member |= iso != attrs.end() && owner >= 0 &&
                          g_.countries()[static_cast<size_t>(owner)].iso != iso->second;
      }
      if (foreign_member) {
        ++it;
        continue;
      }
      // The bare name is no alias of the body (Absorb makes it one): in a store it would draw
      // another country's bare "Ministry of Foreign Affairs" into this one, as OrgNode's
      // shared_bare mentions avoid.
      const std::string bare_name = builder_.node(org).name;
      builder_.Absorb(into, org);
      builder_.RemoveAlias(into, bare_name);
      std::set<std::pair<size_t, size_t>> members;
      for (const auto& [official, body] : pending_member_of_) members.insert({official, body == org ? into : body});
      pending_member_of_ = std::move(members);
      it = unowned_bodies_.erase(it);
    }
  }

  void Run::PartsOfBodies() {
    const auto names_of = [&](size_t i) {
      std::vector<std::string> names{AsciiLower(builder_.node(i).name)};
      for (const std::string& a : builder_.node(i).aliases) names.push_back(AsciiLower(a));
      return names;
    };
    std::vector<size_t> bodies;
    for (size_t i = 0; i < builder_.node_count(); ++i) {
      const ExtractedNode& n = builder_.node(i);
      if (n.kind != "organization" || org_owner_.count(i)) continue;
      auto type = n.attrs.find("type");
      if (type == n.attrs.end() || (type->second != "bloc" && type->second != "international")) continue;
      // Named on its own at least once: "UN" in "UN-Habitat" is part of another body's name.
      bool alone = false;
      for (const Span& sp : n.mentions) {
        alone |= sp.end >= static_cast<int64_t>(text_.size()) || text_[static_cast<size_t>(sp.end)] != '-';
      }
      if (alone) bodies.push_back(i);
    }
    for (size_t i = 0; i < builder_.node_count() && !bodies.empty(); ++i) {
      if (builder_.node(i).kind != "organization" || org_owner_.count(i)) continue;
      const std::vector<std::string> names = names_of(i);
      for (size_t body : bodies) {
        if (body == i) continue;
        bool part = false;
        for (const std::string& whole : names_of(body)) {
          for (const std::string& name : names) {
            part |= name.size() > whole.size() + 1 && name.compare(0, whole.size(), whole) == 0 && name[whole.size()] == ' ';
            // "the Conference of Heads of Government of the Caribbean Community": the body last.
            for (const std::string& tail : {" of " + whole, " of the " + whole}) {
              part |= name.size() > tail.size() && name.compare(name.size() - tail.size(), tail.size(), tail) == 0;
            }
          }
        }
        if (part) builder_.Edge(i, "part_of", body, FirstMention(i), "organization:organ-of-body");
      }
    }
  }

  // The node of organizations.tsv row `org`, named by an office rather than in the text
  // ("European Commission President Ana Souza"): its mention is the holder's name.
  size_t Run::BodyNode(const SentenceInfo& si, int org, size_t b, size_t e) {
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
  int Run::KnownHolderCountry(const std::string& name) const {
    const std::vector<std::string>* isos = g_.OfficeHolderCountries(name);
    if (!isos) return -1;
    for (const std::string& iso : *isos) {
      const int c = g_.CountryByIso(iso);
      if (c >= 0 && DocumentNamesCountry(c)) return c;
    }
    return -1;
  }

  bool Run::VenueSpeaks(const SentenceInfo& si, const Mention& m) const {
    const auto& t = T(si);
    if (m.gaz >= 0 && g_.places()[m.gaz].kind != "venue") return false;  // a city does not speak
    size_t length = 0;
    if (m.e < t.size() && g_.MatchLexicon(Lexicon::kStatementSource, t, m.e, length) == "after" &&
        length > 0)
      return true;
    size_t end = m.b;  // the phrase before ends here, or before an article
    if (end >= 1 && Is(Lexicon::kArticle, t[end - 1])) --end;
    for (size_t b = end >= 3 ? end - 3 : 0; b < end; ++b) {
      if (g_.MatchLexicon(Lexicon::kStatementSource, t, b, length) == "before" && b + length == end)
        return true;
    }
    return false;
  }

  bool Run::DocumentNamesCountryItself(int country) const {
    if (country < 0) return false;
    for (const SentenceInfo& si : infos_) {
      for (const Mention& m : si.m) {
        if (m.type != MT::kCountry || m.gaz != country || m.inside_name) continue;
        // Not a word inside another name after its start: "Organization of American States".
        bool inside = false;
        for (const Mention& o : si.m) {
          inside = inside || (&o != &m && o.b < m.b && m.e <= o.e && o.type != MT::kCountry && o.type != MT::kCapital);
        }
        if (!inside) return true;
      }
    }
    return false;
  }

  bool Run::DocumentNamesCountry(int country) const {
    if (country < 0) return false;
    const auto names = [country](const Mention& m) {
      return (m.type == MT::kCountry || m.type == MT::kCapital) && m.gaz == country;
    };
    if (country_named_at_.size() <= static_cast<size_t>(country)) {
      country_named_at_.resize(static_cast<size_t>(country) + 1);
    }
    CountryNamedAt& memo = country_named_at_[static_cast<size_t>(country)];
    if (memo.state == CountryNamedAt::kNotNamed) return false;
    if (memo.state == CountryNamedAt::kNamed && memo.sentence < infos_.size() &&
        memo.mention < infos_[memo.sentence].m.size() && names(infos_[memo.sentence].m[memo.mention])) {
      return true;
    }
    for (size_t s = 0; s < infos_.size(); ++s) {
      for (size_t k = 0; k < infos_[s].m.size(); ++k) {
        if (names(infos_[s].m[k])) {
          memo = {CountryNamedAt::kNamed, s, k};
          return true;
        }
      }
    }
    memo.state = CountryNamedAt::kNotNamed;
    return false;
  }

  bool Run::OpensParagraph(const SentenceInfo& si) const {
    const size_t i = static_cast<size_t>(&si - infos_.data());
    return i == 0 || infos_[i - 1].s->paragraph != si.s->paragraph;
  }

  void Run::MakeEntityNodes(SentenceInfo& si) {
    const auto& t = T(si);
    for (Mention& m : si.m) {
      if (m.node >= 0) continue;
      const std::string surface = Surface(si, m.b, m.e);
      const Span span = SpanOf(si, m.b, m.e);
      switch (m.type) {
        case MT::kCapital:
          // "thanked Victoria Alvarez", "urged Santiago Ruiz to attend": after a verb said of
          // governments, a capital before a capitalised word is a person's given name: no node.
          if (m.b > si.body_from && Is(Lexicon::kGovernmentObjectVerb, t[m.b - 1]) && m.e < t.size() &&
              t[m.e].word && t[m.e].cap) {
            break;
          }
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
          // "the Vienna Treaty Secretariat", "the Quito Energy Pact": a capital that only opens
          // another thing's name says nothing of its country (no node, so no country the story
          // names); a hyphen pairing it with another side ("the Lima-Quito Accord") names sides.
          if (m.by_capital && m.inside_name && !(m.b > 0 && t[m.b - 1].text == "-" && !t[m.b - 1].space_before) &&
              !(m.e < t.size() && t[m.e].text == "-" && !t[m.e].space_before)) {
            break;
          }
          m.node = static_cast<long>(CountryNode(m.gaz));
          builder_.Mention(m.node, span, surface);
          break;
        case MT::kPlace:
          if (VenueSpeaks(si, m)) {
            // "according to the Blue House": the office seated there, in the venue's country.
            m.type = MT::kOrg;
            m.node = static_cast<long>(builder_.Node("organization:" + NormalizeName(surface),
                                                     "organization", surface,
                                                     "pattern:statement-source"));
            builder_.Mention(m.node, span, surface);
            builder_.SetAttr(m.node, "type", "office");
            const int country = m.gaz >= 0 ? g_.CountryByIso(g_.places()[m.gaz].iso) : -1;
            if (country >= 0)
              org_owner_.emplace(static_cast<size_t>(m.node), std::make_pair(country, si.s->span));
            else
              unowned_bodies_.emplace(static_cast<size_t>(m.node), si.s->span);
            break;
          }
          if (m.gaz >= 0) {
            m.node = static_cast<long>(PlaceNode(m.gaz, surface));
          } else if (const int province = ProvinceOfKnownPlace(si, m); province >= 0) {
            // "Nagano Prefecture" where the gazetteer knows "Nagano" (a dateline may name it bare):
            // one place by either name.
            m.node = static_cast<long>(PlaceNode(province, surface));
          } else {
            // A dateline's town in capitals ("SWAKOPMUND -") is named as prose names it.
            // Letters of any script: "SØRVÅGUR" is "Sørvågur".
            std::string name = surface;
            if (m.b == 0 && m.e <= si.body_from && CapitalsPlaceEnd(t) >= m.e) {
              name.clear();
              bool inside = false;  // the code point before is a letter
              for (size_t k = 0; k < surface.size();) {
                int length = 1;
                const char32_t cp = unicode::Decode(surface, k, length);
                const std::string_view one =
                    std::string_view(surface).substr(k, static_cast<size_t>(length));
                name += inside && unicode::IsUpper(cp) ? unicode::Lower(one) : std::string(one);
                inside = unicode::IsLetter(cp);
                k += static_cast<size_t>(length);
              }
            }
            m.node = static_cast<long>(
                builder_.Node("place:" + NormalizeName(surface), "place", name, "pattern:venue"));
            // "Japan's iconic Todaiji Temple": the possessor is where it is.
            for (size_t k = m.b; k >= 2 && k + 3 >= m.b; --k) {
              if (Is(Lexicon::kPossessiveEnding, t[k - 1])) {
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
          // "BEIJING, June 6 (Xinhua) --": the agency a dateline credits published the story and
          // does not act in it; so does one crediting a dateline that opens a later paragraph
          // (a story under a summary: "ROME (Agency) -- ...").
          if (m.e <= si.body_from || (OpensParagraph(si) && m.e < DatelineEnd(*si.s))) break;
          m.node = OrgNode(si, m, -1);
          break;
        default:
          break;
      }
    }
    // "Tokyo's Nishikasai": a capitalised word owned by a city is a district of it.
    for (size_t i = 0; i + 2 < t.size(); ++i) {
      const Mention* owner = MentionAt(si, i);
      if (!owner || owner->type != MT::kPlace || owner->e != i + 1 || !Is(Lexicon::kPossessiveEnding, t[i + 1])) continue;
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
    NameBodiesByHead(si);
    SortMentions(si);
    PlaceContainers(si);
  }

  namespace {
  // The head word of a body's or meeting's name, lower-case: the word before its first "of"
  // ("Council of the Baltic States", "Conference of Heads of Government of ..."), else its last
  // ("Pacific Islands Forum").
  std::string NameHead(const std::string& name) {
    std::string last, previous;
    size_t at = 0;
    while (at < name.size()) {
      size_t end = name.find(' ', at);
      if (end == std::string::npos) end = name.size();
      const std::string word = name.substr(at, end - at);
      if (word == "of" && !last.empty()) return AsciiLower(last);
      if (!word.empty()) last = word;
      at = end + 1;
    }
    return AsciiLower(last);
  }
  }  // namespace

  void Run::NameBodiesByHead(SentenceInfo& si) {
    if (si.headline) return;
    const auto& t = T(si);
    const size_t n = t.size();
    // "Forum Secretary General A", "Commission Chair B": a body's head alone, with no article,
    // right before an office and its holder names the story's latest body with that head, and the
    // holder sits on it. Not after a capitalised word ("Pacific Islands Forum Secretary General" is
    // a name the gazetteer reads), and only where a title starts right after the head word and an
    // official's name right after the title. Returns whether the word at `i` was read so.
    // The head word at `i` names body `node` from here on: a mention later stages read as the body.
    auto add_body_mention = [&](size_t i, long node) {
      Mention m;
      m.type = MT::kOrg;
      m.b = i;
      m.e = i + 1;
      m.node = node;
      si.m.push_back(m);
    };
    auto body_head_before_office = [&](size_t i) {
      if (i > si.body_from && t[i - 1].word && t[i - 1].cap) return false;
      const Mention* title = nullptr;
      for (const Mention& m : si.m) {
        if (m.b <= i && i < m.e) return false;  // covered by a mention of its own
        if (m.type == MT::kTitle && m.b == i + 1) title = &m;
      }
      if (!title) return false;
      long official = -1;
      for (const Mention& m : si.m) {
        if (m.type == MT::kOfficial && m.b == title->e && m.node >= 0) official = m.node;
      }
      if (official < 0) return false;
      const long node = LatestBodyHeaded(si, i, t[i].lower);
      if (node < 0) return false;
      builder_.Mention(static_cast<size_t>(node), SpanOf(si, i, i + 1), "");  // no name of its own
      pending_member_of_.insert({static_cast<size_t>(official), static_cast<size_t>(node)});
      add_body_mention(i, node);
      return true;
    };
    for (size_t i = si.body_from; i < n; ++i) {
      if (!t[i].word || !t[i].cap || !Is(Lexicon::kBodyHeadWord, t[i])) continue;
      if (body_head_before_office(i) || i == si.body_from) continue;
      // Bare: "the Council of Europe", "the Council Chair", "the Council-led" name something else.
      if (i + 1 < n && ((t[i + 1].word && (t[i + 1].cap || Is(Lexicon::kBelongingPreposition, t[i + 1]))) ||
                        (t[i + 1].text == "-" && !t[i + 1].space_before))) {
        continue;
      }
      const bool article = Is(Lexicon::kDefiniteArticle, t[i - 1]);
      const size_t b = article ? i - 1 : i;
      // "members of the Conference", "Chairman of Conference": a seat on the body.
      const bool seat = b >= 2 && Is(Lexicon::kBelongingPreposition, t[b - 1]) && Is(Lexicon::kBodySeatWord, t[b - 2]);
      if (!article && !seat) continue;
      const bool possessive = i + 1 < n && Is(Lexicon::kPossessiveEnding, t[i + 1]);
      Mention* ref = nullptr;
      bool covered = false;
      for (Mention& m : si.m) {
        if (m.b > i || i >= m.e) continue;
        if (m.type == MT::kMeetingRef && m.e == i + 1 && m.b >= b) {
          ref = &m;
        } else {
          covered = true;
        }
      }
      if (covered) continue;
      // A head that is also a meeting's ("the Conference") keeps naming the meeting in focus
      // unless a seat or a possessive makes it the body.
      if (ref ? !(seat || possessive) : !seat && !possessive && AboutMeeting(si, b, i + 1)) continue;
      const long node = LatestBodyHeaded(si, i, t[i].lower);
      if (node < 0) continue;
      builder_.Mention(static_cast<size_t>(node), SpanOf(si, i, i + 1), "");  // no name of its own
      if (ref) {
        ref->type = MT::kOrg;
        ref->b = i;
        ref->node = node;
        continue;
      }
      add_body_mention(i, node);
    }
  }

  // "at the Forum", "on the margins of the Forum", "the Forum opened", "the Conference was
  // held", "the Council closed": the phrase [b, e) is about a meeting.
  bool Run::AboutMeeting(const SentenceInfo& si, size_t b, size_t e) const {
    const auto& t = T(si);
    if (b >= 1 && Is(Lexicon::kOccasionPreposition, t[b - 1])) return true;
    if (b >= 2 && Is(Lexicon::kBelongingPreposition, t[b - 1]) && Is(Lexicon::kSidelinesNoun, t[b - 2])) return true;
    for (size_t k = e; k < t.size() && k < e + 3 && t[k].word && !t[k].cap; ++k) {
      size_t len = 0;
      if (!g_.MatchLexicon(Lexicon::kHeldVerb, t, k, len).empty() || Is(Lexicon::kEndVerb, t[k])) return true;
    }
    return false;
  }

  // The node of the story's latest organization, before token `before` of `si`, whose name has
  // the head word `head`; -1 when there is none or when a meeting or series named with that head
  // comes after it.
  long Run::LatestBodyHeaded(const SentenceInfo& si, size_t before, const std::string& head) const {
    for (size_t s = static_cast<size_t>(&si - infos_.data()) + 1; s-- > 0;) {
      const SentenceInfo& o = infos_[s];
      long latest = -1, found = -1;
      for (const Mention& m : o.m) {
        if ((&o == &si && m.e > before) || static_cast<long>(m.b) <= latest) continue;
        if (m.type == MT::kOrg && m.node >= 0) {
          if (NameHead(builder_.node(static_cast<size_t>(m.node)).name) != head) continue;
          found = m.node;
        } else if (m.type == MT::kMeeting || m.type == MT::kDialogue) {
          if (NameHead(Surface(o, m.b, m.e)) != head) continue;
          found = -1;
        } else {
          continue;
        }
        latest = static_cast<long>(m.b);
      }
      if (latest >= 0) return found;
    }
    return -1;
  }

  // How large a place is, to tell a container from a list: 0 a venue or district, 1 a city, 2 a
  // province (a phrase whose venue_head says "province": "Arequipa Province"), 3 a country.
  int Run::PlaceRank(const SentenceInfo& si, const Mention& m) const {
    if (m.type == MT::kCountry) return 3;
    const size_t node = static_cast<size_t>(m.node);
    size_t len = 0;
    // "Nagano Prefecture" is a province even where the gazetteer knows "Nagano" as a place.
    const bool province = g_.MatchLexicon(Lexicon::kVenueHead, T(si), m.e - 1, len) == "province";
    if (place_parent_.count(node)) return 0;
    if (province) return 2;
    if (place_country_.count(node)) return 1;
    return 0;
  }

  // "the Coral Palace in Lima", "Arequipa, in southern Peru's Arequipa Province", "Cusco, Cusco
  // Region", "the Coral Palace, Lima's oldest building": a place followed by a larger one is in
  // it. After a bare comma only a province or country (or a city's possessive) contains: "Lima,
  // Cusco and Quito" is a list.
  void Run::PlaceContainers(const SentenceInfo& si) {
    const auto& t = T(si);
    for (const Mention& p : si.m) {
      if (p.b < si.body_from || p.type != MT::kPlace || p.node < 0) continue;
      // "Peru's Central Bank theater in Lima": a venue its possessive put in a country is in the
      // city the sentence names after "in".
      const auto owned = place_parent_node_.find(static_cast<size_t>(p.node));
      const bool in_country = owned != place_parent_node_.end() && builder_.node(owned->second.first).kind == "country";
      if (owned != place_parent_node_.end() && !in_country) continue;
      size_t k = p.e;
      const bool comma = k < t.size() && t[k].text == ",";
      if (comma) ++k;
      const bool in = k < t.size() && Is(Lexicon::kContainingPreposition, t[k]);
      if (in) ++k;
      if (!comma && !in) continue;
      if (k < t.size() && Is(Lexicon::kArticle, t[k])) ++k;
      // "Belem, in the state of Para": a place_opener of a province names the province after it.
      size_t opener_len = 0;
      const bool opened_province =
          in && k < t.size() && g_.MatchLexicon(Lexicon::kPlaceOpener, t, k, opener_len) == "province";
      if (opened_province) k += opener_len;
      // "in central Peru's ...": a direction word and the country that owns the province.
      if (in && !opened_province && k < t.size() && t[k].word && !t[k].cap) ++k;
      const Mention* q = MentionAt(si, k);
      if (q && q->b == k && q->type == MT::kCountry && q->e + 1 < t.size() && Is(Lexicon::kPossessiveEnding, t[q->e])) {
        q = MentionAt(si, q->e + 1);
      }
      if (!q || q->node < 0 || q->node == p.node || (q->type != MT::kPlace && q->type != MT::kCountry)) continue;
      const int inner = PlaceRank(si, p), outer = opened_province && q->type == MT::kPlace ? 2 : PlaceRank(si, *q);
      const bool possessive = q->e < t.size() && Is(Lexicon::kPossessiveEnding, t[q->e]);
      if (outer <= inner) continue;
      if (!in && outer < 2 && !(possessive && inner == 0)) continue;
      if (in && possessive) continue;  // "the hotel in Lima's old town": the district's
      if (in_country) {
        if (in && q->type == MT::kPlace) owned->second = std::make_pair(static_cast<size_t>(q->node), si.s->span);
        continue;
      }
      place_parent_node_.emplace(static_cast<size_t>(p.node), std::make_pair(static_cast<size_t>(q->node), si.s->span));
      if (inner == 1) province_cities_.insert(static_cast<size_t>(p.node));
    }
  }

  // Later mentions of an official by surname alone ("Misri said").
  void Run::FindSurnameMentions(SentenceInfo& si) {
    if (officials_.empty()) return;
    if (surnames_.empty()) {
      // Each word of a full name (surname or given name, whichever order the text uses) points at
      // its official; a word two officials share points at neither.
      auto particle = [&](const std::string& w) {
        Token tok;
        tok.text = w;
        tok.lower = AsciiLower(w);
        return IsParticle(tok);
      };
      for (const auto& [full, off] : officials_) {
        const auto words = PersonNameWords(off.name);
        // A one-word name is a regnal or known name ("King Charles", then "Charles said"); a
        // short one is too often an initial or a common word.
        if (words.empty() || (words.size() == 1 && words.front().size() < 4)) continue;
        for (const std::string& w : words) {
          // An initial names nobody; a two-letter last word of a longer name is a surname ("Amadou
          // Ba", then "and Ba signed"), unless it is a particle ("Al", "de").
          if (w.size() < 2 || (w.size() == 2 && (&w != &words.back() || words.size() < 2 || particle(w)))) {
            continue;
          }
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
          const auto compatible = CompatibleOfficials(written);
          if (compatible.size() == 1 && SpokenOf(si, i)) {
            // An official spoken of, not acting ("the government of A"): no mention for the roles.
            builder_.Mention(compatible.front()->second.node, SpanOf(si, i, e), written);
            i = e - 1;
            continue;
          }
          if (compatible.size() == 1) {
            Official* match = &compatible.front()->second;
            // "Maria Lindqvist, the Federal Minister ..." before "Minister Lindqvist": the official
            // was made from the titled surname, and the fuller name is the better one to show.
            if (PersonNameWords(written).size() > PersonNameWords(match->name).size()) {
              builder_.Rename(match->node, written);
              match->name = written;
              IndexOfficialName(compatible.front()->first, written);
            }
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
      // A two-letter surname ("Ba") only as written in names (capital, then lower case) and not
      // opening the sentence.
      const bool two = t[i].text.size() == 2 && t[i].cap && std::islower(static_cast<unsigned char>(t[i].text[1])) &&
                       i > si.body_from && !IsStopCap(t[i]);
      if ((t[i].text.size() <= 2 && !two) || IsNameSuffix(t[i]) || !IsNameToken(si, i)) continue;
      auto it = surnames_.find(NormalizeName(t[i].text));
      if (it == surnames_.end() || it->second == nullptr) continue;
      const Official* match = it->second;
      const int count = 1;
      if (count != 1) continue;
      // Part of a longer capitalised name is not a surname mention ("Misri Road").
      if (i + 1 < t.size() && t[i + 1].word && t[i + 1].cap) continue;
      // A weekday or month before it is not a given name: "On Thursday Brandt will ...".
      if (i > 0 && t[i - 1].word && t[i - 1].cap && !MentionAt(si, i - 1) && !IsMonthOrDay(t[i - 1]) &&
          !IsStopCap(t[i - 1])) {
        continue;
      }
      Mention m;
      m.type = MT::kOfficial;
      m.b = i;
      m.e = i + 1;
      m.node = static_cast<long>(match->node);
      builder_.Mention(match->node, SpanOf(si, i, i + 1), t[i].text);
      si.m.push_back(m);
    }
    SortMentions(si);
  }

}  // namespace dkg::extract
