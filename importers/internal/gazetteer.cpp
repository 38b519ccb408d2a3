#include "importers/internal/gazetteer.h"

#include <algorithm>
#include <set>

#include "engine/normalize.h"
#include "schema/embedded.h"

namespace dkg {
extern const EmbeddedFile kDataFiles[];
extern const int kDataFiles_count;
}  // namespace dkg

namespace dkg::internal {

const char* LexiconName(Lexicon category) {
  static const char* kNames[] = {"agree", "agreement_head", "announce", "group_noun", "locative", "meet_verb", "meeting_head", "meeting_modifier", "membership", "ordinal", "org_head", "other_head", "post_nominal", "role", "round_noun", "series_generic", "series_head", "series_synonym", "take_office", "place_gap_break", "venue_head", "country_body", "joint_statement", "held_verb", "statement_source", "place_opener", "pair_opener", "co_timed", "ordinal_tens", "opinion_phrase", "day_offset_phrase", "venue_predicate", "day_count", "adding_phrase", "negation", "member_plural", "inviting_verb", "negating_word", "calendar_word", "partnership_adjective", "series_determiner", "gather_verb", "occurrence_verb", "visit_noun", "talk_noun", "talk_noun_with", "article", "possessive_determiner", "relative_pronoun", "person_relative", "contrast_word", "subject_pronoun", "thing_pronoun", "list_article", "date_anchor", "topic_field", "reached_noun", "occasion_preposition", "inclusion_word", "talk_name_stop", "partnership_noun", "serve_verb", "focus_determiner", "refer_back_determiner", "series_ref_noun", "number_plus", "ministry_noun", "holding_verb", "held_round_word", "round_possessive", "round_determiner", "time_noun", "time_noun_break", "kind_noun", "since_word", "plain_meet_verb", "meeting_opener", "generic_office_word", "future_cue", "future_before_to", "future_passive", "joining_word", "list_join", "name_connector", "name_particle", "name_suffix", "not_name_start", "not_this_occurrence", "not_verb", "other_occasion", "reach_verb", "restated_subject", "time_bound", "topic_intro", "agreement_plural", "meeting_determiner", "clause_end", "object_start", "region_qualifier", "dateline_deictic", "anaphor_determiner", "name_continuation", "story_pronoun", "visit_locative", "remote_meeting", "body_plural", "restating_word", "past_marker", "convene_verb", "sides_opener", "name_of", "office_qualifier", "relative_copula", "patronymic", "earlier_occasion", "agent_stop", "given_name_title", "not_person_word", "capital_noun", "place_relative", "end_verb", "close_noun", "duration_noun", "clause_subject", "same_word", "meeting_part", "same_day_noun", "sidelines_noun", "distal_determiner", "instrument_filler", "one_off_word", "continuing_word", "portfolio_noun", "body_head_word", "body_seat_word", "visit_end_lead", "unit_office_noun", "place_preposition", "venue_preposition", "containing_preposition", "belonging_preposition", "next_member_word", "posted_to_word", "office_connector", "definite_article", "possessive_ending", "country_joiner", "portfolio_preposition", "portfolio_and", "origin_preposition", "office_body_preposition", "name_and", "counterpart_preposition", "destination_preposition", "infinitive_marker", "passive_be", "day_preposition", "clause_and", "invite_verb", "contraction_ending", "travel_verb", "signing_verb", "stop_preposition", "onward_word", "unit_body_preposition", "second_office_and", "byline_word", "government_object_verb", "currency_noun", "sequel_word", "sequel_closing", "sequel_adverb", "headline_verb", "edition_body_kind", "coming_word", "pair_subject", "purpose_preposition", "arrival_venue_word", "passive_agent_word", "own_occasion_noun", "visit_end_particle"};
  static_assert(sizeof(kNames) / sizeof(kNames[0]) == static_cast<size_t>(Lexicon::kCount));
  return kNames[static_cast<int>(category)];
}

namespace {

std::vector<std::string> SplitBy(std::string_view text, char sep) {
  std::vector<std::string> out;
  size_t start = 0;
  while (true) {
    size_t pos = text.find(sep, start);
    out.emplace_back(text.substr(start, pos == std::string_view::npos ? pos : pos - start));
    if (pos == std::string_view::npos) break;
    start = pos + 1;
  }
  return out;
}

std::vector<std::string> Values(const std::string& field) {
  std::vector<std::string> out;
  for (std::string& v : SplitBy(field, '|')) {
    while (!v.empty() && v.back() == ' ') v.pop_back();
    while (!v.empty() && v.front() == ' ') v.erase(v.begin());
    if (!v.empty()) out.push_back(std::move(v));
  }
  return out;
}

}  // namespace

Result<std::shared_ptr<const Gazetteer>> Gazetteer::LoadEmbedded() {
  std::map<std::string, std::string_view> files;
  for (int i = 0; i < kDataFiles_count; ++i) files[std::string(kDataFiles[i].name)] = kDataFiles[i].bytes;
  return LoadFrom(files);
}

Result<std::shared_ptr<const Gazetteer>> Gazetteer::LoadFrom(
    const std::map<std::string, std::string_view>& files) {
  std::shared_ptr<Gazetteer> g(new Gazetteer());
  for (const auto& [name, text] : files) {
    Status s = g->Parse(name, text);
    if (!s.ok()) return s;
  }
  g->Index();
  for (const TitleEntry& t : g->titles_) {
    if (!t.body.empty() && g->OrganizationsNamed(t.body).size() != 1) {
      return Status::Corrupt("data/titles.tsv: the body '" + t.body + "' of the title '" + t.title +
                             "' is not the name of one row of organizations.tsv");
    }
  }
  return std::shared_ptr<const Gazetteer>(std::move(g));
}

Status Gazetteer::Parse(const std::string& file, std::string_view text) {
  const size_t columns = file == "countries.tsv"       ? 5
                         : file == "places.tsv"        ? 5
                         : file == "titles.tsv"        ? 5
                         : file == "organizations.tsv" ? 5
                         : file == "lexicon.tsv"       ? 3
                         : file == "honorifics.txt"    ? 1
                         : file == "memberships.tsv"   ? 2
                         : file == "officials.tsv"     ? 3
                                                       : 0;
  if (columns == 0) return Status::Ok();  // not a gazetteer file
  int line_no = 0;
  for (std::string& line : SplitBy(text, '\n')) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> f = SplitBy(line, '\t');
    if (f.size() < columns) f.resize(columns);
    if (f.size() != columns || f[0].empty()) {
      return Status::Corrupt("data/" + file + ":" + std::to_string(line_no) + ": expected " +
                             std::to_string(columns) + " tab-separated columns");
    }
    if (file == "countries.tsv") {
      countries_.push_back({f[0], f[1], Values(f[2]), Values(f[3]), Values(f[4])});
    } else if (file == "places.tsv") {
      places_.push_back({f[0], f[1], f[2], f[3], Values(f[4])});
    } else if (file == "titles.tsv") {
      titles_.push_back({f[0], f[1], f[3], f[4], {}});
      for (const std::string& alias : Values(f[2])) titles_.push_back({alias, f[1], f[3], f[4], {}});
    } else if (file == "organizations.tsv") {
      orgs_.push_back({f[0], Values(f[1]), f[2], f[3], Values(f[4])});
    } else if (file == "honorifics.txt") {
      honorifics_.push_back(f[0]);
    } else if (file == "officials.tsv") {
      const std::vector<std::string> isos = Values(f[1]);
      if (isos.empty()) {
        return Status::Corrupt("data/" + file + ":" + std::to_string(line_no) + ": no country for '" + f[0] + "'");
      }
      holders_by_key_[PhraseKey(f[0])] = isos;
      for (const std::string& alias : Values(f[2])) holders_by_key_[PhraseKey(alias)] = isos;
    } else if (file == "memberships.tsv") {
      const std::vector<std::string> members = Values(f[1]);
      for (const std::string& name : Values(f[0])) members_by_key_[PhraseKey(name)] = members;
    } else {
      int category = -1;
      for (int c = 0; c < static_cast<int>(Lexicon::kCount); ++c) {
        if (f[0] == LexiconName(static_cast<Lexicon>(c))) category = c;
      }
      if (category < 0) {
        return Status::Corrupt("data/" + file + ":" + std::to_string(line_no) + ": unknown category '" +
                               f[0] + "'");
      }
      // Rules read a phrase's value and take an empty one for no match, so a phrase without one
      // would never fire; only categories read as word lists may leave it out.
      const Lexicon cat = static_cast<Lexicon>(category);
      const bool word_list = cat == Lexicon::kSeriesGeneric || cat == Lexicon::kPostNominal ||
                             cat == Lexicon::kSeriesSynonym || cat >= Lexicon::kCalendarWord;
      if (f[2].empty() && !word_list) {
        return Status::Corrupt("data/" + file + ":" + std::to_string(line_no) + ": category '" + f[0] +
                               "' needs a value in the third column");
      }
      LexiconPhrase phrase;
      phrase.category = category;
      for (const Token& t : Tokenize(f[1])) phrase.tokens.push_back(t.fold());
      if (phrase.tokens.empty()) continue;
      if (cat >= Lexicon::kCalendarWord && phrase.tokens.size() != 1) {
        return Status::Corrupt("data/" + file + ":" + std::to_string(line_no) + ": category '" + f[0] +
                               "' is a word list: '" + f[1] + "' is not one word");
      }
      phrase.value = f[2];
      lexicon_[phrase.tokens.front()].phrases.push_back(std::move(phrase));
    }
  }
  return Status::Ok();
}

void Gazetteer::Add(const std::string& phrase, EntryType type, int index, bool exact_case) {
  std::vector<std::string> tokens;
  std::string written;  // the phrase as its tokens write it, for exact-case comparison
  for (const Token& t : Tokenize(phrase)) {
    tokens.push_back(t.fold());
    written += (written.empty() ? "" : " ") + t.text;
  }
  if (tokens.empty()) return;
  auto& list = phrases_[tokens.front()].phrases;
  for (Phrase& p : list) {
    if (p.tokens == tokens) {
      // Spellings that fold alike ("Cote d'Ivoire", "Côte d'Ivoire") are one entry, so a match
      // never looks ambiguous between an entry and itself.
      for (const PhraseEntry& e : p.entries) {
        if (e.type == type && e.index == index && e.exact_case == exact_case &&
            (!exact_case || e.surface == written)) {
          return;
        }
      }
      p.entries.push_back({type, index, exact_case, written});
      return;
    }
  }
  list.push_back({tokens, {{type, index, exact_case, written}}});
  std::stable_sort(list.begin(), list.end(),
                   [](const Phrase& a, const Phrase& b) { return a.tokens.size() > b.tokens.size(); });
}

void Gazetteer::Index() {
  for (auto& [first, list] : lexicon_) {
    auto& phrases = list.phrases;
    std::stable_sort(phrases.begin(), phrases.end(), [](const LexiconPhrase& a, const LexiconPhrase& b) {
      return a.category != b.category ? a.category < b.category : a.tokens.size() > b.tokens.size();
    });
    size_t k = 0;
    for (size_t c = 0; c <= static_cast<size_t>(Lexicon::kCount); ++c) {
      while (k < phrases.size() && static_cast<size_t>(phrases[k].category) < c) ++k;
      list.begin[c] = static_cast<uint32_t>(k);
    }
    for (const LexiconPhrase& p : phrases) {
      if (p.tokens.size() == 1) list.one_word.set(static_cast<size_t>(p.category));
    }
  }
  for (int i = 0; i < static_cast<int>(countries_.size()); ++i) {
    const CountryEntry& c = countries_[i];
    country_by_iso_[c.iso] = i;
    Add(c.name, EntryType::kCountry, i, false);
    for (const std::string& a : c.aliases) {
      // Short upper-case aliases ("US", "UK") only as written, so "us" is never a country.
      bool acronym = a.size() <= 4 && std::all_of(a.begin(), a.end(), [](char ch) {
                       return std::isupper(static_cast<unsigned char>(ch)) || ch == '.';
                     });
      Add(a, EntryType::kCountry, i, acronym);
    }
    for (const std::string& d : c.demonyms) Add(d, EntryType::kDemonym, i, false);
    for (const std::string& cap : c.capitals) {
      Add(cap, EntryType::kCapital, i, false);
    }
  }
  for (int i = 0; i < static_cast<int>(places_.size()); ++i) {
    Add(places_[i].name, EntryType::kPlace, i, false);
    for (const std::string& a : places_[i].aliases) {
      Add(a, EntryType::kPlace, i, false);
    }
  }
  // Every title also in the plural ("Foreign Ministers A and B", "Secretaries of State"): the
  // head word (the last, or the one before "of"/"for") takes the English plural ending.
  const size_t singular_count = titles_.size();
  for (size_t i = 0; i < singular_count; ++i) {
    std::vector<std::string> words = SplitBy(titles_[i].title, ' ');
    // Generic nouns make no plural title: "senior officials of the Japanese Government".
    static const std::set<std::string> kGeneric = {"Official", "Officer", "Leader", "Representative"};
    if (kGeneric.count(words.back())) continue;
    size_t head = words.size() - 1;
    for (size_t k = 1; k < words.size(); ++k) {
      if (words[k] == "of" || words[k] == "for") {
        head = k - 1;
        break;
      }
    }
    // "Attorney General" -> "Attorneys General", "Secretary-General" -> "Secretaries-General".
    if (head > 0 && words[head] == "General") --head;
    std::string suffix;
    if (const size_t dash = words[head].find("-General"); dash != std::string::npos && dash > 0) {
      suffix = words[head].substr(dash);
      words[head].erase(dash);
    }
    std::string& w = words[head];
    if (w.size() < 3 || w.back() == 's') continue;
    const char last = w.back(), before = w[w.size() - 2];
    if (last == 'y' && std::string("aeiou").find(before) == std::string::npos) {
      w = w.substr(0, w.size() - 1) + "ies";
    } else if (w.ends_with("ch") || w.ends_with("sh") || last == 'x') {
      w += "es";
    } else {
      w += "s";
    }
    w += suffix;
    std::string plural;
    for (const std::string& x : words) plural += (plural.empty() ? "" : " ") + x;
    TitleEntry entry = titles_[i];
    entry.singular = entry.title;
    entry.title = plural;
    titles_.push_back(std::move(entry));
  }
  for (int i = 0; i < static_cast<int>(titles_.size()); ++i) {
    // An acronym title ("PM", "MoS", and its plural "MoSs") only as written: folded, "MoS" would
    // take the surname "Mos" and its plural the surname "Moss" ("Ambassador Tia Moss").
    const std::string& title = titles_[i].title;
    auto letter = [](char ch) { return std::isalpha(static_cast<unsigned char>(ch)) != 0; };
    auto upper = [](char ch) { return std::isupper(static_cast<unsigned char>(ch)) != 0; };
    const bool acronym = !title.empty() && std::all_of(title.begin(), title.end(), letter) &&
                         std::any_of(title.begin() + 1, title.end(), upper);
    Add(title, EntryType::kTitle, i, acronym);
  }
  title_words_.clear();
  for (const TitleEntry& t : titles_) {
    for (std::string& w : SplitBy(AsciiLower(t.title), ' ')) title_words_.insert(std::move(w));
  }
  for (int i = 0; i < static_cast<int>(orgs_.size()); ++i) {
    orgs_by_key_[PhraseKey(orgs_[i].name)].push_back(i);
    Add(orgs_[i].name, EntryType::kOrg, i, false);
    for (const std::string& a : orgs_[i].aliases) Add(a, EntryType::kOrg, i, false);
    for (const std::string& a : orgs_[i].acronyms) Add(a, EntryType::kOrg, i, true);
  }
  for (int i = 0; i < static_cast<int>(honorifics_.size()); ++i) {
    Add(honorifics_[i], EntryType::kHonorific, i, false);
  }
  // Last, once both maps are complete (their elements do not move after this).
  for (const auto& [first, list] : lexicon_) first_tokens_[first].lexicon = &list;
  for (auto& [first, list] : phrases_) {
    for (uint32_t k = 0; k < list.phrases.size(); ++k) {
      const std::vector<std::string>& words = list.phrases[k].tokens;
      if (words.size() == 1) {
        list.single.push_back(k);
      } else {
        list.by_second[words[1]].push_back(k);
      }
    }
  }
  for (const auto& [first, list] : phrases_) first_tokens_[first].gazetteer = &list;
}

namespace {

// Whether `phrase` (folded tokens) is written at tokens[i...], with or without its diacritics.
// REQUIRES: the phrase was found under tokens[i]'s folded form (its first token is that word),
// so the comparison starts at its second token.
bool PhraseAt(const std::vector<std::string>& phrase, const std::vector<Token>& tokens, size_t i) {
  if (i + phrase.size() > tokens.size()) return false;
  for (size_t k = 1; k < phrase.size(); ++k) {
    if (tokens[i + k].fold() != phrase[k]) return false;
  }
  return true;
}

}  // namespace

std::vector<const PhraseEntry*> Gazetteer::Match(const std::vector<Token>& tokens, size_t i,
                                                 size_t& length) const {
  std::vector<const PhraseEntry*> out;
  length = 0;
  if (i >= tokens.size() || !tokens[i].word) return out;
  const PhraseList* list = GazetteerPhrasesAt(tokens[i]);
  if (!list) return out;
  // Whether phrase p is written here and one of its entries fits how it is written.
  auto found = [&](const Phrase& p) {
    if (!PhraseAt(p.tokens, tokens, i)) return false;
    for (const PhraseEntry& e : p.entries) {
      if (e.exact_case) {
        // The phrase's tokens as written, joined by single spaces, must be the surface: compared
        // piece by piece, without building the joined string.
        size_t at = 0;
        bool same = true;
        for (size_t k = 0; k < p.tokens.size() && same; ++k) {
          if (k) same = at < e.surface.size() && e.surface[at++] == ' ';
          const std::string& w = tokens[i + k].text;
          same = same && e.surface.compare(at, w.size(), w) == 0;
          at += w.size();
        }
        if (!same || at != e.surface.size()) continue;
      } else if (e.type != EntryType::kTitle && !tokens[i].cap) {
        continue;
      }
      out.push_back(&e);
    }
    if (out.empty()) return false;
    length = p.tokens.size();
    return true;
  };
  // Longest first: the phrases of several words whose second word is the next token's, in the
  // list's order, then those of one word (no other phrase can be written here).
  if (i + 1 < tokens.size()) {
    if (auto it = list->by_second.find(tokens[i + 1].fold()); it != list->by_second.end()) {
      for (const uint32_t k : it->second) {
        if (found(list->phrases[k])) return out;
      }
    }
  }
  for (const uint32_t k : list->single) {
    if (found(list->phrases[k])) return out;
  }
  return out;
}

const Gazetteer::LexiconList* Gazetteer::PhrasesAt(const Token& token) const {
  if (token.annotated) return static_cast<const LexiconList*>(token.lexicon);
  auto it = lexicon_.find(token.fold());
  return it == lexicon_.end() ? nullptr : &it->second;
}

const Gazetteer::PhraseList* Gazetteer::GazetteerPhrasesAt(const Token& token) const {
  if (token.annotated) return static_cast<const PhraseList*>(token.gazetteer);
  auto it = phrases_.find(token.fold());
  return it == phrases_.end() ? nullptr : &it->second;
}

void Gazetteer::Annotate(std::vector<Token>& tokens) const {
  for (Token& t : tokens) {
    auto it = first_tokens_.find(t.fold());
    t.lexicon = it == first_tokens_.end() ? nullptr : it->second.lexicon;
    t.gazetteer = it == first_tokens_.end() ? nullptr : it->second.gazetteer;
    t.annotated = true;
  }
}

const std::string Gazetteer::kNoValue;

const std::string& Gazetteer::MatchLexiconPhrases(Lexicon category, const std::vector<Token>& tokens,
                                                  size_t i, size_t& length) const {
  length = 0;
  if (i >= tokens.size()) return kNoValue;
  const LexiconList* list = PhrasesAt(tokens[i]);
  if (!list) return kNoValue;
  const size_t id = static_cast<size_t>(category);
  for (uint32_t k = list->begin[id]; k < list->begin[id + 1]; ++k) {
    const LexiconPhrase& p = list->phrases[k];
    if (PhraseAt(p.tokens, tokens, i)) {
      length = p.tokens.size();
      return p.value;
    }
  }
  return kNoValue;
}

bool Gazetteer::IsLexiconWordLookup(Lexicon category, const Token& token) const {
  const LexiconList* list = PhrasesAt(token);
  return list && list->one_word.test(static_cast<size_t>(category));
}

int Gazetteer::CountryByIso(const std::string& iso) const {
  auto it = country_by_iso_.find(iso);
  return it == country_by_iso_.end() ? -1 : it->second;
}

const std::vector<std::string>* Gazetteer::GroupingMembers(const std::string& name) const {
  auto it = members_by_key_.find(PhraseKey(name));
  return it == members_by_key_.end() ? nullptr : &it->second;
}

const std::vector<std::string>* Gazetteer::OfficeHolderCountries(const std::string& name) const {
  auto it = holders_by_key_.find(PhraseKey(name));
  return it == holders_by_key_.end() ? nullptr : &it->second;
}

const std::vector<int>& Gazetteer::OrganizationsNamed(const std::string& name) const {
  static const std::vector<int> kNone;
  auto it = orgs_by_key_.find(PhraseKey(name));
  return it == orgs_by_key_.end() ? kNone : it->second;
}


}  // namespace dkg::internal
