// Officials: named people with a title, their country, organization and office (run.h).

#include "importers/extract/run.h"

#include <algorithm>
#include <cstdint>
#include <set>
#include <string>
#include <vector>

#include "engine/normalize.h"
#include "engine/unicode.h"

namespace dkg::extract {

namespace {

// The lower-case syllable a name continues with after an apostrophe ("Fa'asoa", "Lemalu'aiga"):
// two letters or more, never a contraction's ending ("'re", "'ll": lexicon contraction_ending).
bool IsLowerNameSyllable(const Token& w, const Gazetteer& g) {
  return w.word && !w.cap && !w.number && w.text.size() >= 2 &&
         !g.IsLexiconWord(Lexicon::kContractionEnding, w);
}

// Token positions of one sentence already taken by a name: bits, the first 64 inline. A
// std::set cost an allocation per token taken, in every sentence with an official.
class TokenSet {
 public:
  size_t count(size_t i) const {
    if (i < 64) return (low_ >> i) & 1;
    return i - 64 < high_.size() && high_[i - 64] ? 1 : 0;
  }
  void insert(size_t i) {
    if (i < 64) {
      low_ |= uint64_t{1} << i;
      return;
    }
    if (i - 64 >= high_.size()) high_.resize(i - 63);
    high_[i - 64] = true;
  }

 private:
  uint64_t low_ = 0;
  std::vector<bool> high_;
};

}  // namespace

  // The part of IsNameToken() that depends on the word alone, computed once per token.
  bool Run::NeverName(const Token& w) const {
    if (IsStopCap(w) || IsMonthOrDay(w)) return true;
    // A government's generic nouns are never a person's name ("Chief Adviser of the Bangladesh
    // Government" names no official called Government).
    if (Is(Lexicon::kNotPersonWord, w)) return true;
    // Post-nominal letters end a name ("the Hon Ana Souza MP, Minister for ...").
    if (w.text.size() <= 3 && g_.IsLexiconWord(Lexicon::kPostNominal, w)) return true;
    static const Lexicon kCategories[] = {Lexicon::kOrgHead,       Lexicon::kVenueHead,
                                          Lexicon::kSeriesHead,    Lexicon::kMeetingHead,
                                          Lexicon::kAgreementHead, Lexicon::kRoundNoun,
                                          Lexicon::kMeetingModifier, Lexicon::kMeetVerb,
                                          Lexicon::kRole};
    for (Lexicon c : kCategories) {
      if (g_.IsLexiconWord(c, w)) return true;
    }
    return false;
  }

  // A personal name starting at token k: capitalised words and initials, up to five, with
  // particles ("de", "bin") inside.
  size_t Run::NameEnd(const SentenceInfo& si, size_t k) const {
    const auto& t = T(si);
    // A headline capitalises its verb: "Prime Minister Arrives Chile" names no one.
    if (si.headline && k < t.size() && HeadlineVerb(t[k])) return k;
    size_t j = k;
    size_t joins = 0;  // as in NameBegin: a particle or an apostrophe allows one more word
    while (j < t.size() && j - k < 6 + std::min<size_t>(joins, 3)) {
      if (IsNameToken(si, j)) {
        ++j;
      } else if (size_t p = j; j > k && IsParticle(t[j])) {
        ++joins;
        // "von der Leyen", "de la Fuente": up to two particles before a name word.
        while (p < t.size() && p - j < 2 && IsParticle(t[p])) ++p;
        // "el-Sisi", "al-Assad": a particle joined to the name by a hyphen.
        if (p + 1 < t.size() && t[p].text == "-" && !t[p].space_before && !t[p + 1].space_before) ++p;
        // A city after the particle, with more of the name after it, is part of the name: "Maria
        // do Rosário Bragança", "Luisa de Santiago Mabote"; so is one that ends it ("Luis de Lima
        // said"): a particle introduces a name's next word, never a place of the sentence.
        if (p >= t.size() || !(IsNameToken(si, p) || IsPlaceInName(si, p) || IsLastPlaceInName(si, p))) break;
        j = p;
        if (!IsNameToken(si, p)) ++j;
      } else if (j > k && t[j].text == "'" && !t[j].space_before && j + 1 < t.size() &&
                 !t[j + 1].space_before &&
                 (IsNameToken(si, j + 1) || IsLowerNameSyllable(t[j + 1], g_))) {
        j += 2;  // "Damien O'Connor", "Pen'Apala", "Tuilagi Fa'asoa"
        ++joins;
      } else if (j == k && IsPlaceInName(si, j) && AfterTitle(si, k)) {
        ++j;  // a first name that is also a city, right after a title: "Minister Santiago Cafiero",
              // "the Foreign Minister, Santiago Cafiero"
      } else if (j > k && t[j].text == "-" && !t[j].space_before && j + 1 < t.size() &&
                 !t[j + 1].space_before && t[j + 1].word && !t[j + 1].number) {
        j += 2;  // "Chang Ho-jin", "Lim Soo-suk"
      } else if (size_t said = 0; j > k && !si.headline && t[j].cap && j + 1 < t.size() &&
                 !g_.MatchLexicon(Lexicon::kStatementSource, t, j, said).empty() && said == 1 &&
                 IsNameToken(si, j + 1)) {
        ++j;  // a speech verb is lower case inside a body sentence: capitalised between two of a
              // name's words it is one of them ("President Ahmed Said Mohadji")
      } else if (j > k && IsHonorificInName(si, j)) {
        ++j;  // an honorific word between two of a name's words is part of it: "Omar Sheikh
              // Abdi", "Aminah Pehin Karim"
      } else if (j > k && IsPlaceInName(si, j)) {
        ++j;  // a surname that is also a city: "Lloyd J. Austin III"
      } else if (j == k + 1 && IsLastPlaceInName(si, j) && AfterTitle(si, k)) {
        ++j;  // a one-word first name after a title, then a city: "Defense Secretary Lloyd Austin said"
        break;
      } else {
        break;
      }
    }
    return j;
  }

  // Whether token k is inside a gazetteer region ("Latin America", "the Caribbean").
  bool Run::IsRegion(const SentenceInfo& si, size_t k) const {
    const Mention* m = MentionAt(si, k);
    return m && m->type == MT::kPlace && m->gaz >= 0 && g_.places()[m->gaz].kind == "region";
  }

  // Whether token k follows a title or honorific, directly or after its comma ("the Foreign
  // Minister, Santiago ...").
  bool Run::AfterTitle(const SentenceInfo& si, size_t k) const {
    if (k == 0) return false;
    size_t prev = k - 1;
    if (T(si)[prev].text == ",") {
      if (prev == 0) return false;
      --prev;
    }
    const Mention* m = MentionAt(si, prev);
    return m && m->e == prev + 1 && (m->type == MT::kTitle || m->type == MT::kHonorific);
  }

  // Token k is a one-word honorific of four letters or more ("Sheikh", "Pehin", not "Dr", "Mr")
  // between a name's word and another: Somali and Malay names carry such words inside them.
  bool Run::IsHonorificInName(const SentenceInfo& si, size_t k) const {
    const auto& t = T(si);
    const Mention* m = MentionAt(si, k);
    return k > 0 && m && m->type == MT::kHonorific && m->b == k && m->e == k + 1 && t[k].word && t[k].cap &&
           t[k].text.size() >= 4 && k + 1 < t.size() && t[k + 1].word && t[k + 1].cap && IsNameToken(si, k + 1) &&
           IsNameToken(si, k - 1);
  }

  bool Run::IsPlaceInName(const SentenceInfo& si, size_t k) const {
    const Mention* m = MentionAt(si, k);
    const Token& w = T(si)[k];
    return m && (m->type == MT::kPlace || m->type == MT::kCapital) && m->gaz >= 0 && m->e == k + 1 && w.cap &&
           k + 1 < T(si).size() && T(si)[k + 1].word && T(si)[k + 1].cap && !MentionAt(si, k + 1);
  }

  // A one-word city mention that ends a name: nothing capitalised follows it.
  bool Run::IsLastPlaceInName(const SentenceInfo& si, size_t k) const {
    const Mention* m = MentionAt(si, k);
    const auto& t = T(si);
    return m && (m->type == MT::kPlace || m->type == MT::kCapital) && m->gaz >= 0 && m->b == k && m->e == k + 1 &&
           t[k].cap && (k + 1 >= t.size() || !(t[k + 1].word && t[k + 1].cap));
  }

  // A personal name ending just before token `end`, read leftwards.
  size_t Run::NameBegin(const SentenceInfo& si, size_t end) const {
    const auto& t = T(si);
    size_t b = end;
    // Six words, and one more for each particle or apostrophe: "Faisal bin Salman bin Abdulaziz
    // Al Saud" is a name of seven.
    size_t joins = 0;
    while (b > 0 && end - b < 6 + std::min<size_t>(joins, 3)) {
      if (IsNameToken(si, b - 1)) {
        --b;
      } else if (b >= 3 && t[b - 1].word && !t[b - 1].cap && !t[b - 1].number && !t[b - 1].space_before &&
                 t[b - 2].text == "-" && !t[b - 2].space_before && IsNameToken(si, b - 3)) {
        b -= 2;  // a given name's lower-case second syllable: "Kim Hong-kyun, First Vice Minister"
      } else if (b >= 3 && IsLowerNameSyllable(t[b - 1], g_) && !t[b - 1].space_before &&
                 t[b - 2].text == "'" && !t[b - 2].space_before && IsNameToken(si, b - 3)) {
        b -= 2;  // a lower-case syllable after an apostrophe: "Fa'asoa", "Lemalu'aiga"
        ++joins;
      } else if (b < end && b >= 2 && (IsParticle(t[b - 1]) || t[b - 1].text == "-") &&
                 IsNameToken(si, b - 2)) {
        --b;
        ++joins;
      } else if (b < end && b >= 2 && t[b - 1].text == "'" && !t[b - 1].space_before &&
                 !t[b].space_before && IsNameToken(si, b - 2)) {
        --b;  // "Pen'Apala", "O'Connor"
        ++joins;
      } else {
        break;
      }
    }
    return b;
  }

  // "of [the] <Country>" at token j (a few capitalised words may stand between: "of the
  // Federative Republic of Brazil"). Returns the country and sets `end` after it.
  int Run::OfCountry(const SentenceInfo& si, size_t j, size_t& end) const {
    const auto& t = T(si);
    if (j >= t.size() || !Is(Lexicon::kOriginPreposition, t[j])) return -1;
    size_t k = j + 1;
    if (k < t.size() && Is(Lexicon::kDefiniteArticle, t[k])) ++k;
    for (size_t n = 0; k < t.size() && n < 4; ++n, ++k) {
      if (const Mention* c = CountryMentionAt(si, k)) {
        // "A of the Bern Treaty Secretariat": a capital opening a body's name is no country.
        if (c->inside_name && c->by_capital) return -1;
        end = c->e;
        return c->gaz;
      }
      if (!t[k].cap && !Is(Lexicon::kBelongingPreposition, t[k])) break;
    }
    return -1;
  }

  // An organization right after token j: ", ORG", "at the ORG", "of the ORG", "in the ORG", "'s ORG", also
  // with its country before it ("at Oman's ORG", "at the Brazilian ORG"): OrgNode
  // reads that country.
  const Mention* Run::OrgAfter(const SentenceInfo& si, size_t j, size_t& end) const {
    const auto& t = T(si);
    size_t k = j;
    // "'s": the title's "of <country>" was the body's owner ("Minister of State of Chile's Ministry
    // of Foreign Affairs"); the body follows the possessive.
    if (k < t.size() && (t[k].text == "," || Is(Lexicon::kOfficeBodyPreposition, t[k]) ||
                         (Is(Lexicon::kPossessiveEnding, t[k]) && k > 0 && CountryMentionAt(si, k - 1)))) {
      ++k;
    }
    if (k < t.size() && Is(Lexicon::kDefiniteArticle, t[k])) ++k;
    if (const Mention* c = CountryMentionAt(si, k); c && c->b == k && c->type == MT::kCountry) {
      size_t after = c->e;
      if (after < t.size() && Is(Lexicon::kPossessiveEnding, t[after])) ++after;
      for (const Mention& m : si.m) {
        if (m.type == MT::kOrg && m.b == after) {
          end = m.e;
          return &m;
        }
      }
    }
    for (const Mention& m : si.m) {
      if (m.type == MT::kOrg && m.b == k) {
        // "Chair of the AU's Peace Council": the body's organ after its possessive.
        if (m.e + 1 < t.size() && Is(Lexicon::kPossessiveEnding, t[m.e])) {
          for (const Mention& organ : si.m) {
            if (organ.type == MT::kOrg && organ.b == m.e + 1) {
              end = organ.e;
              return &organ;
            }
          }
        }
        end = m.e;
        return &m;
      }
    }
    return nullptr;
  }

  // Whether the token at `k` is a lower-case head noun that makes the capitalised words before it
  // the name of a thing ("initiative", "agreement", "council"), not of a person.
  bool Run::NamesAThing(const std::vector<Token>& t, size_t k) const {
    if (k >= t.size() || !t[k].word || t[k].cap) return false;
    for (Lexicon category : {Lexicon::kOtherHead, Lexicon::kOrgHead, Lexicon::kAgreementHead}) {
      size_t len = 0;
      if (!g_.MatchLexicon(category, t, k, len).empty()) return true;
    }
    return false;
  }

  const Run::Official* Run::OfficialByOffice(const std::string& title, int country) const {
    const Official* match = nullptr;
    for (const auto& [key, off] : officials_) {
      if (off.country != country || AsciiLower(off.title) != AsciiLower(title)) continue;
      if (match) return nullptr;
      match = &off;
    }
    return match;
  }

  // Registers an official found at tokens [b, e) with what the context says of them.
  void Run::AddOfficial(SentenceInfo& si, std::vector<Mention>& found, size_t b, size_t e,
                        const std::string& title, int country, const Mention* org, const char* rule,
                        int body) {
    if (b >= e) return;
    const auto& t = T(si);
    if (t[e - 1].text == "-") --e;
    const std::string name = Surface(si, b, e);
    Official& off = OfficialFor(name, rule);
    if (off.title.empty() && !title.empty()) {
      off.title = title;
      builder_.SetAttr(off.node, "title", title);
    }
    if (org && off.org_node < 0) {
      long owner = -1;
      off.org_node = OrgNode(si, *org, country, &owner);
      if (country < 0) country = static_cast<int>(owner);
    } else if (body >= 0 && off.org_node < 0) {
      off.org_node = static_cast<long>(BodyNode(si, body, b, e));
    }
    if (off.country < 0) off.country = country;
    Mention m;
    m.type = MT::kOfficial;
    m.b = b;
    m.e = e;
    m.node = static_cast<long>(off.node);
    builder_.Mention(off.node, SpanOf(si, b, e), name);
    official_evidence_[off.node].push_back(si.s->span);
    if (office_time_) office_sightings_[off.node].push_back({office_time_->Read(t, b, e, published_), si.s->span});
    found.push_back(m);
  }

  // "the government of A", "took over from A": a name after a preposition that joins no list,
  // and not of a meeting ("the visit of A"), is of someone spoken of, not acting.
  bool Run::SpokenOf(const SentenceInfo& si, size_t name_b) const {
    const auto& t = T(si);
    return name_b >= 2 && Is(Lexicon::kJoiningWord, t[name_b - 1]) && !Is(Lexicon::kListJoin, t[name_b - 1]) &&
           !Is(Lexicon::kTalkNoun, t[name_b - 2]) && !Is(Lexicon::kTalkNounWith, t[name_b - 2]) &&
           !Is(Lexicon::kVisitNoun, t[name_b - 2]) && !Is(Lexicon::kMeetingHead, t[name_b - 2]);
  }

  // Where a phrase of taking office (lexicon `take_office`: "took office as", "was sworn in as")
  // that ends at token `k` begins, or `k` if none does. A name before it is the office's holder.
  size_t Run::TakesOfficeBefore(const SentenceInfo& si, size_t k) const {
    const auto& t = T(si);
    for (size_t i = k >= 6 ? k - 6 : 0; i < k; ++i) {
      size_t len = 0;
      if (!g_.MatchLexicon(Lexicon::kTakeOffice, t, i, len).empty() && i + len == k && i > 0) return i;
    }
    return k;
  }

  // Officials, anchored on titles: "India's Foreign Secretary, Vikram Misri", "Japan's Vice
  // Minister, Ministry of Foreign Affairs, Masataka Okano", "Foreign Minister Hayashi Yoshimasa of
  // Japan", "Bui Thanh Son, the Foreign Minister of Vietnam", "Indian Foreign Secretary Misri";
  // and on countries: "Japan's Yoko Kamikawa", "Penny Wong of Australia".
  void Run::FindOfficials(SentenceInfo& si) {
    const auto& t = T(si);
    std::vector<Mention> found;
    TokenSet used;  // name tokens already taken
    std::vector<std::pair<size_t, size_t>> grown_titles;  // a title mention, its new end
    for (const Mention& title : si.m) {
      if (title.type != MT::kTitle || title.b < si.body_from) continue;
      int country = -1;
      const Mention* org_before = nullptr;
      // Before the title: "India's", "Indian", "the US", "Seoul first vice ...", "MEA spokesperson".
      // A plural name's possessive is a bare apostrophe: "the Marshall Islands' President".
      if (title.b >= 2 && (Is(Lexicon::kPossessiveEnding, t[title.b - 1]) || t[title.b - 1].text == "'")) {
        country = CountryOf(CountryMentionAt(si, title.b - 2));
      }
      if (country < 0 && title.b >= 1) country = CountryOf(CountryMentionAt(si, title.b - 1));
      // "Jordan's Deputy Prime Minister and Foreign Minister A": one person's two offices joined
      // by "and"; the country before the first office is the second's too. Only right after
      // another title: in "President A of Chile and President B" the word before "and" is no title.
      if (country < 0 && title.b >= 2 && Is(Lexicon::kSecondOfficeAnd, t[title.b - 1])) {
        if (const Mention* first = MentionEndingAt(si, title.b - 1, MT::kTitle)) {
          const size_t fb = first->b;
          if (fb >= 2 && (Is(Lexicon::kPossessiveEnding, t[fb - 1]) || t[fb - 1].text == "'")) {
            country = CountryOf(CountryMentionAt(si, fb - 2));
          }
          if (country < 0 && fb >= 1) country = CountryOf(CountryMentionAt(si, fb - 1));
        }
      }
      // Not across a joining word: in "President A of Chile and President B", B is not Chile's.
      // Nor from another official's "of Egypt": in "President A of Egypt telephones President B",
      // the word between is a verb.
      if (country < 0 && title.b >= 2 && !t[title.b - 1].cap && t[title.b - 1].word &&
          !Is(Lexicon::kJoiningWord, t[title.b - 1])) {
        const Mention* c = CountryMentionAt(si, title.b - 2);
        if (!(c && c->b > 0 && Is(Lexicon::kBelongingPreposition, t[c->b - 1]))) {
          country = CountryOf(c);  // "Seoul first vice foreign minister"
        }
      }
      if (title.b >= 1) {
        const Mention* m = MentionAt(si, title.b - 1);
        if (m && m->type == MT::kOrg && m->e == title.b) org_before = m;
      }
      // "the president's spokesman, A": an aide of the one official the story names with that
      // office serves that official's country (two presidents in the story: neither).
      if (country < 0 && title.b >= 3 && Is(Lexicon::kPossessiveEnding, t[title.b - 1])) {
        const Mention* principal = MentionEndingAt(si, title.b - 1, MT::kTitle);
        if (principal && principal->b >= 1 && Is(Lexicon::kDefiniteArticle, t[principal->b - 1])) {
          const std::string office = AsciiLower(Surface(si, principal->b, principal->e));
          int only = -1, holders = 0;
          for (const auto& [key, off] : officials_) {
            if (AsciiLower(off.title) != office) continue;
            const int served = off.country >= 0 ? off.country : KnownHolderCountry(off.name);
            if (served < 0) continue;
            ++holders;
            only = served;
          }
          if (holders == 1) country = only;
        }
      }
      size_t j = title.e;
      // The title goes on with "for X" ("Vice-Minister for International Affairs").
      size_t title_e = title.e;
      // A region is part of such a title: "Secretary of State for Latin America and the Caribbean".
      auto free_or_region = [&](size_t k) { return !MentionAt(si, k) || IsRegion(si, k); };
      // A named policy is a portfolio too: "State Secretary for Foreign Policy" (an `other_head`
      // makes "Foreign Policy" an OTHER mention, which is no one's name).
      auto title_portfolio_word = [&](size_t k) {
        const Mention* m = MentionAt(si, k);
        return free_or_region(k) || (m && m->type == MT::kOther);
      };
      if (j + 1 < t.size() && Is(Lexicon::kPortfolioPreposition, t[j]) && t[j + 1].cap &&
          !CountryMentionAt(si, j + 1) && title_portfolio_word(j + 1)) {
        size_t k = j + 1;
        while (k < t.size() && title_portfolio_word(k)) {
          if (t[k].cap) {
            ++k;
          } else if (t[k].text == "-" && !t[k].space_before && k + 1 < t.size() && t[k + 1].cap &&
                     !t[k + 1].space_before && k > j + 1) {
            // A hyphen inside the run ("Asia-Pacific", a given name "Jean-Luc") does not end it:
            // the name after the portfolio is found below, whole.
            k += 2;
          } else if (Is(Lexicon::kPortfolioAnd, t[k]) && k + 1 < t.size() && free_or_region(k + 1) &&
                     (t[k + 1].cap || (Is(Lexicon::kDefiniteArticle, t[k + 1]) && k + 2 < t.size() && t[k + 2].cap &&
                                       free_or_region(k + 2)))) {
            k += t[k + 1].cap ? 1 : 2;
          } else {
            break;
          }
        }
        title_e = j = k;
      } else if (j + 2 < t.size() && Is(Lexicon::kBelongingPreposition, t[j]) && Is(Lexicon::kDefiniteArticle, t[j + 1]) &&
                 t[j + 2].cap && !CountryMentionAt(si, j + 2) && free_or_region(j + 2)) {
        // A body no gazetteer knows, with its article, between the office and the country:
        // "Speaker of the National Assembly of Peru".
        size_t k = j + 2, country_end = 0;
        while (k < t.size() && t[k].cap && free_or_region(k)) ++k;
        if (OfCountry(si, k, country_end) >= 0) title_e = j = k;
      }
      // A portfolio with its article, then a comma and the name: "Secretary General of the
      // Ministry, A", "Cabinet Secretary for the National Treasury, B". The comma and a name (or
      // an honorific) after it show the capitalised words are the office's, not a person's.
      if (title_e == title.e && j + 3 < t.size() && Is(Lexicon::kPortfolioPreposition, t[j]) &&
          Is(Lexicon::kDefiniteArticle, t[j + 1]) && t[j + 2].cap && !CountryMentionAt(si, j + 2) && free_or_region(j + 2)) {
        size_t k = j + 2;
        while (k < t.size() && k - j < 6 && t[k].cap && t[k].word && free_or_region(k)) ++k;
        if (k + 1 < t.size() && t[k].text == ",") {
          const Mention* next = MentionAt(si, k + 1);
          if (next ? next->type == MT::kHonorific : NameEnd(si, k + 1) > k + 1) title_e = j = k;
        }
        // The unit's body after it: "Director-General for the Americas of the Ministry for
        // Foreign Affairs of Sweden, A" (the body and its country are read below).
        size_t org_end = 0;
        if (title_e == title.e && k < t.size() && Is(Lexicon::kUnitBodyPreposition, t[k]) &&
            OrgAfter(si, k, org_end)) {
          title_e = j = k;
        }
      }
      // More portfolios joined to a title that names one ("Minister for Foreign Affairs and
      // Regional Integration, Hon. A", "Minister of Foreign Affairs, Regional Integration and the
      // Diaspora, A"): capitalised words after "and" or a comma belong to the title, not to a
      // name, when a comma and then an honorific or a name follow them.
      if (title_e > title.b + 1 && j + 1 < t.size() && (Is(Lexicon::kPortfolioAnd, t[j]) || t[j].text == ",")) {
        bool portfolio = false;
        for (size_t k = title.b; k < title_e; ++k) portfolio |= Is(Lexicon::kPortfolioPreposition, t[k]);
        // Each run of capitalised words ending in a comma may be the last portfolio: it is when
        // an honorific or a name follows that comma.
        size_t k = j;
        while (portfolio && k + 1 < t.size() && (Is(Lexicon::kPortfolioAnd, t[k]) || t[k].text == ",")) {
          size_t w = k + 1;
          if (Is(Lexicon::kPortfolioAnd, t[k]) && w < t.size() && Is(Lexicon::kDefiniteArticle, t[w])) ++w;
          size_t run = w;
          while (run < t.size() && run - w < 4 && t[run].word && t[run].cap && !t[run].number &&
                 !MentionAt(si, run)) {
            ++run;
          }
          if (run == w) break;
          k = run;
          if (k + 1 < t.size() && t[k].text == ",") {
            const Mention* next = MentionAt(si, k + 1);
            if (next ? next->type == MT::kHonorific : NameEnd(si, k + 1) > k + 1) {
              title_e = j = k;
              break;
            }
          }
        }
      }
      // A portfolio after a comma, then the body: "Secretary, Bilateral Affairs of the Foreign
      // Ministry of the Maldives".
      if (j + 2 < t.size() && t[j].text == ",") {
        size_t k = j + 1;
        while (k < t.size() && t[k].cap && t[k].word && !MentionAt(si, k)) ++k;
        size_t org_end = 0;
        if (k > j + 1 && k < t.size() && Is(Lexicon::kBelongingPreposition, t[k]) && OrgAfter(si, k, org_end)) title_e = j = k;
      }
      // No comma between the portfolio and the name: "Minister of Foreign Affairs and Trade A B",
      // "Secretary of National Defense A B". The capitalised run after the office holds its
      // portfolio, words some office of the gazetteer uses, then a name that uses none of them.
      if (NameEnd(si, j) == j || title_e > title.e) {
        auto office_word = [&](size_t k) { return g_.IsTitleWord(t[k].lower); };
        size_t k = title.e;
        // A gazetteer office that names its first portfolio, then a comma and more: "Minister of
        // Agriculture, Fisheries and Food A B".
        bool names_one = false;
        for (size_t q = title.b; q < title.e; ++q) names_one |= Is(Lexicon::kPortfolioPreposition, t[q]);
        const bool more_after_comma = names_one && k + 1 < t.size() && t[k].text == "," && t[k + 1].cap &&
                                      !MentionAt(si, k + 1) && Is(Lexicon::kPortfolioNoun, t[k + 1]);
        if (k < t.size() && (Is(Lexicon::kPortfolioAnd, t[k]) || Is(Lexicon::kPortfolioPreposition, t[k]) || more_after_comma)) {
          size_t p = k + 1, portfolio = 0;
          // "Chairman of the National Assembly A B": after an article, only a body the lexicon
          // knows (a country_body) is the portfolio; any other capitalised words may be a name.
          size_t body = 0;
          if (!Is(Lexicon::kPortfolioAnd, t[k]) && p + 1 < t.size() && Is(Lexicon::kArticle, t[p]) && t[p + 1].cap &&
              !MentionAt(si, p + 1)) {
            g_.MatchLexicon(Lexicon::kCountryBody, t, p + 1, body);
            if (body == 0) p = t.size();  // no portfolio
            else p += 1 + body, portfolio = 1;
          }
          // A portfolio is domain nouns (lexicon `portfolio_noun`, or words some office uses) and
          // regions, joined by "and", "and the" or a comma: "Minister of Agriculture, Fisheries
          // and Food A B", "Director General for Asia and the Pacific A B". After a comma only a
          // domain noun goes on with it: "Minister of Energy, Ana Souza" is the name's apposition.
          auto portfolio_word = [&](size_t w) { return office_word(w) || Is(Lexicon::kPortfolioNoun, t[w]); };
          while (body == 0 && p < t.size() && t[p].word && t[p].cap) {
            if (const Mention* r = MentionAt(si, p)) {
              if (r->b != p || !IsRegion(si, p)) break;
              p = r->e;
            } else if (portfolio_word(p)) {
              ++p;
            } else {
              break;
            }
            ++portfolio;
            if (p + 1 < t.size() && Is(Lexicon::kPortfolioAnd, t[p]) && t[p + 1].cap) {
              ++p;
            } else if (p + 2 < t.size() && Is(Lexicon::kPortfolioAnd, t[p]) && Is(Lexicon::kArticle, t[p + 1]) && t[p + 2].cap &&
                       (IsRegion(si, p + 2) || Is(Lexicon::kPortfolioNoun, t[p + 2]))) {
              p += 2;
            } else if (p + 1 < t.size() && t[p].text == "," && t[p + 1].cap && !MentionAt(si, p + 1) &&
                       Is(Lexicon::kPortfolioNoun, t[p + 1])) {
              ++p;
            }
          }
          const size_t name_end = p < t.size() && t[p].cap ? NameEnd(si, p) : p;
          bool plain_name = name_end >= p + 2;
          for (size_t q = p; plain_name && q < name_end; ++q) plain_name = !portfolio_word(q);
          if (portfolio > 0 && plain_name && (title_e == title.e || title_e >= name_end || p >= title_e)) {
            title_e = j = p;
            // The title's mention takes in its portfolio, so that patterns see one OFFICIAL
            // ("courtesy calls on A, B and Minister of Foreign Affairs and Trade C").
            grown_titles.emplace_back(static_cast<size_t>(&title - si.m.data()), p);
          }
        }
      }
      const std::string title_text = Surface(si, title.b, title_e);
      // An office only one country has ("External Affairs Minister"), if the document names that
      // country, not only one of its cities: in a story about Portugal, "the Secretary of State"
      // is Portuguese though the envoy "served in Washington" before.
      if (country < 0 && title.gaz >= 0) {
        const std::string& iso = g_.titles()[title.gaz].iso;
        if (!iso.empty() && DocumentNamesCountryItself(g_.CountryByIso(iso))) country = g_.CountryByIso(iso);
      }
      size_t end = j;
      if (int c = OfCountry(si, j, end); c >= 0) {
        if (country < 0) country = c;
        j = end;
      }
      // "Ambassador of Chile to Ghana, Elena Vargas", "Chile's Ambassador to Ghana, ...": the
      // country an envoy is posted to is not the one the envoy serves; the name follows it. So
      // does the city: "its ambassador in Accra, Elena Vargas".
      if (title.gaz >= 0 && g_.titles()[title.gaz].category == "diplomat" && j + 1 < t.size() &&
          (Is(Lexicon::kPostedToWord, t[j]) || Is(Lexicon::kContainingPreposition, t[j]))) {
        size_t k = j + 1;
        if (k < t.size() && Is(Lexicon::kDefiniteArticle, t[k])) ++k;
        if (const Mention* c = CountryMentionAt(si, k); c && c->b == k) {
          j = c->e;
        } else if (const Mention* p = MentionAt(si, k);
                   p && p->b == k && (p->type == MT::kPlace || p->type == MT::kCapital) && p->e < t.size() &&
                   t[p->e].text == ",") {
          j = p->e;
        }
      }
      const Mention* org = OrgAfter(si, j, end);
      if (!org) org = org_before;
      if (org && org != org_before) {
        j = end;
        if (int c = OfCountry(si, j, end); c >= 0) {
          if (country < 0) country = c;
          j = end;
        }
        if (j < t.size() && t[j].text == ",") {
          // ", Japan" after the body names its country.
          if (const Mention* c = CountryMentionAt(si, j + 1); c && c->b == j + 1) {
            if (country < 0) country = c->gaz;
            j = c->e;
          }
        }
      }
      // "Minister of Foreign Affairs II, Dato A": a numeral after the office and before its comma
      // ranks the office (a second minister of the same portfolio); it is no name of its own.
      // So without the comma, before the name: "Minister of Trade II Dato A" (a name's numeral
      // ends it, "Lloyd J. Austin III", and never opens it).
      if (j + 1 < t.size() && Is(Lexicon::kNameSuffix, t[j]) &&
          (t[j + 1].text == "," || (t[j + 1].word && t[j + 1].cap && !t[j + 1].number))) {
        ++j;
      }
      if (j < t.size() && t[j].text == ",") ++j;
      // "Minister for Defence, the Hon Karl Brandt MP": an article before the honorific.
      if (j + 1 < t.size() && Is(Lexicon::kArticle, t[j])) {
        if (const Mention* h = MentionAt(si, j + 1); h && h->b == j + 1 && h->type == MT::kHonorific) ++j;
      }
      while (j < t.size()) {
        const Mention* h = MentionAt(si, j);
        if (!h || h->type != MT::kHonorific) break;
        j = h->e;
      }
      size_t name_b = j, name_e = NameEnd(si, j);
      // "the State Secretary of the Swiss Federal Department of Foreign Affairs, B": capitalised
      // words right before a body's name open that name ("Federal Department"), not a person's;
      // the holder is named after the body and its comma, and serves in that body.
      if (name_e > name_b && name_e < t.size() && !org) {
        if (const Mention* body = MentionAt(si, name_e); body && body->b == name_e && body->type == MT::kOrg) {
          size_t k = body->e;
          if (k < t.size() && t[k].text == ",") ++k;
          name_b = k;
          name_e = NameEnd(si, k);
          org = body;
        }
      }
      if (name_e == name_b && country >= 0 && title.b > 0 &&
          (Is(Lexicon::kDefiniteArticle, t[title.b - 1]) || (title.b >= 2 && Is(Lexicon::kDefiniteArticle, t[title.b - 2])))) {
        // "The Brazilian Foreign Minister" with no name: the official already named with that
        // office and country, if exactly one; but "A, who was then Peru's president" names A.
        const size_t the = Is(Lexicon::kDefiniteArticle, t[title.b - 1]) ? title.b - 1 : title.b - 2;
        const bool stated = the > 0 && Is(Lexicon::kRelativeCopula, t[the - 1]);
        const Official* known = stated ? nullptr : OfficialByOffice(title_text, country);
        // "Foreign Minister A ended a tour ... the Ghanaian foreign minister met B": when
        // no one holds that office for that country yet, the one official holding it for no known
        // country is the one meant, and the description tells whom they serve.
        // But "Holm arrived in Accra. She met the Ghanaian foreign minister": the object of a
        // meeting is whom the story's official met, so no one unplaced is meant by it.
        bool met_object = false;
        for (size_t k = the > 6 ? the - 6 : 0; k < the && !met_object; ++k) {
          size_t len = 0;
          met_object = !g_.MatchLexicon(Lexicon::kMeetVerb, t, k, len).empty() && k + len == the;
        }
        if (!known && !stated && !met_object) {
          Official* unplaced = nullptr;
          std::set<size_t> holders;
          for (auto& [key, off] : officials_) {
            if (AsciiLower(off.title) != AsciiLower(title_text)) continue;
            holders.insert(off.node);
            if (off.country < 0) unplaced = &off;
          }
          if (holders.size() == 1 && unplaced) {
            unplaced->country = country;
            known = unplaced;
          }
        }
        if (known) {
          Mention m;
          m.type = MT::kOfficial;
          m.b = title.b;
          m.e = title_e;
          m.node = static_cast<long>(known->node);
          builder_.Mention(known->node, SpanOf(si, title.b, title_e), "");
          found.push_back(m);
          continue;
        }
      }
      if (name_e > name_b) {
        // A generational suffix between the name and its country: "Joseph R. Biden, Jr. of".
        size_t after = name_e;
        if (after + 1 < t.size() && t[after].text == "," && Is(Lexicon::kNameSuffix, t[after + 1])) ++after;
        if (after < t.size() && Is(Lexicon::kNameSuffix, t[after])) {
          ++after;
          if (after < t.size() && t[after].text == ".") ++after;
        } else {
          after = name_e;
        }
        if (country < 0) country = OfCountry(si, after, end);
      } else {
        // Apposition before the title: "Bui Thanh Son, the Foreign Minister of Vietnam",
        // "Toshimitsu Motegi, Japan's Foreign Minister", "Mike Pompeo, the US Secretary of State".
        size_t k = title.b;
        // "A, Deputy Prime Minister/Minister for Trade of Peru": offices joined by a slash are one
        // apposition, and the last one, before the country, gives it.
        while (k >= 2 && t[k - 1].text == "/") {
          const Mention* before = MentionEndingAt(si, k - 1, MT::kTitle);
          if (!before) break;
          k = before->b;
          while (const Mention* adjacent = MentionEndingAt(si, k, MT::kTitle)) k = adjacent->b;
        }
        // "A, Assistant Secretary of Japan and Deputy Head of the Security Office": a second office
        // joined by "and" to the apposition gives what the first left open (the body).
        if (k >= 3 && Is(Lexicon::kNextMemberWord, t[k - 1])) {
          size_t q = k - 1;
          while (q > 0 && k - q < 16 && t[q - 1].word && (t[q - 1].cap || MentionAt(si, q - 1) ||
                 Is(Lexicon::kPortfolioPreposition, t[q - 1]) || Is(Lexicon::kDefiniteArticle, t[q - 1]))) {
            --q;
          }
          const Mention* first = MentionAt(si, q);
          if (q > 0 && q + 1 < k && t[q - 1].text == "," && first && first->type == MT::kTitle && first->b == q) k = q;
        }
        // "A, the acting Afghan Minister", "B, Chile's interim Minister": how the office is held.
        while (k >= 1 && Is(Lexicon::kOfficeQualifier, t[k - 1])) --k;
        if (k >= 1 && CountryMentionAt(si, k - 1)) k = CountryMentionAt(si, k - 1)->b;
        else if (k >= 2 && Is(Lexicon::kPossessiveEnding, t[k - 1]) && CountryMentionAt(si, k - 2)) k = CountryMentionAt(si, k - 2)->b;
        while (k >= 1 && Is(Lexicon::kOfficeQualifier, t[k - 1])) --k;
        // "A, the ministry's spokesperson", "B, the foreign ministry's spokesman": a body of the
        // story owns the office; "the" comes before it.
        if (k == title.b && k >= 3 && Is(Lexicon::kPossessiveEnding, t[k - 1])) {
          size_t q = k - 1;
          if (const Mention* body = MentionAt(si, q - 1); body && body->type == MT::kOrg && body->e == q) {
            q = body->b;
          } else {
            while (q > 0 && q + 2 > k - 1 && t[q - 1].word && !t[q - 1].cap && !Is(Lexicon::kDefiniteArticle, t[q - 1])) --q;
          }
          if (q < k - 1 && q > 0 && Is(Lexicon::kDefiniteArticle, t[q - 1])) k = q;
        }
        if (k > 0 && (Is(Lexicon::kArticle, t[k - 1]) || Is(Lexicon::kPossessiveDeterminer, t[k - 1]))) --k;
        // "A, who was then the Uruguayan president": a "who" clause that says the office; so do
        // its words alone in apposition ("B, also an Executive Vice-President of X").
        {
          size_t q = k;
          while (q > 0 && Is(Lexicon::kRelativeCopula, t[q - 1])) --q;
          if (q < k && q >= 2 && Is(Lexicon::kPersonRelative, t[q - 1]) && t[q - 2].text == ",") {
            k = q - 1;
          } else if (q < k && q >= 1 && t[q - 1].text == ",") {
            k = q;
          }
        }
        // "Roberto Ampuero took up the post of Minister of Foreign Affairs of Chile", "Ana Souza
        // was sworn in as Brazil's Foreign Minister": a name taking the office.
        if (const size_t took = TakesOfficeBefore(si, k); took < k) {
          name_e = took;
          name_b = NameBegin(si, name_e);
          if (name_b == name_e) continue;
        } else if (k == 0 || t[k - 1].text != ",") {
          continue;
        } else {
          name_e = k - 1;
        while (name_e > 1 && t[name_e - 1].never_name && t[name_e - 1].text.size() <= 3 &&
               std::all_of(t[name_e - 1].text.begin(), t[name_e - 1].text.end(), ::isupper)) {
          --name_e;  // post-nominal letters: "Ana Souza MP, Minister for Trade"
        }
        name_b = NameBegin(si, name_e);
        if (name_b == name_e) continue;
        }
      }
      bool taken = false;
      for (size_t k = name_b; k < name_e; ++k) taken |= used.count(k) > 0;
      if (taken) {
        // "Ambassador A, the Director for Asia at the Chilean Ministry of Foreign Affairs":
        // a second office in apposition to the same name gives the body and country the first
        // title left open.
        const bool same = std::any_of(found.begin(), found.end(),
                                      [&](const Mention& f) { return f.b == name_b && f.e == name_e; });
        if (same && (org || country >= 0)) {
          Official& off = OfficialFor(Surface(si, name_b, name_e), "title+name");
          if (org && off.org_node < 0) {
            long owner = -1;
            off.org_node = OrgNode(si, *org, country, &owner);
            if (country < 0) country = static_cast<int>(owner);
          }
          if (off.country < 0) off.country = country;
        }
        continue;
      }
      for (size_t k = name_b; k < name_e; ++k) used.insert(k);
      const bool plural = title.gaz >= 0 && !g_.titles()[title.gaz].singular.empty();
      // The office of each person a plural title names is its singular form, with what follows
      // it in the text ("Ministers for Trade" -> "Minister for Trade").
      const std::string office =
          plural ? g_.titles()[title.gaz].singular + (title_e > title.e ? " " + Surface(si, title.e, title_e) : "")
                 : title_text;
      // "Japanese and Indian Foreign Ministers A and B": two countries before a plural title go
      // to its names in order; any other name of the list gets none of them.
      int first_country = country, second_country = country;
      if (plural && title.b >= 3) {
        const Mention* c2 = CountryMentionAt(si, title.b - 1);
        const Mention* c1 = c2 && c2->b >= 2 && Is(Lexicon::kNextMemberWord, t[c2->b - 1]) ? CountryMentionAt(si, c2->b - 2) : nullptr;
        if (c1 && c2 && c1->e + 1 == c2->b) {
          first_country = CountryOf(c1);
          second_country = CountryOf(c2);
        }
      }
      // An office that is a seat of one body ("European Commission President") names the body.
      const int body = org || title.gaz < 0 || g_.titles()[title.gaz].body.empty()
                           ? -1
                           : g_.OrganizationsNamed(g_.titles()[title.gaz].body).front();
      AddOfficial(si, found, name_b, name_e, office, first_country, org, "title+name", body);
      // "Queen Elizabeth", "King Salman": a monarch known by one given name is also known by it
      // with the royal title, which tells apart two of the same name.
      if (title.gaz >= 0 && g_.titles()[title.gaz].category == "royal" && name_e == name_b + 1 &&
          title.e == name_b && found.back().b == name_b) {
        builder_.AddAlias(static_cast<size_t>(found.back().node), title_text + " " + Surface(si, name_b, name_e));
      }
      if (plural && name_b >= title.e) {
        // "Foreign Ministers A, B and C": every name of the list holds the office.
        size_t k = name_e;
        int nth = 1;
        while (k + 1 < t.size()) {
          size_t next = k;
          if (t[next].text == ",") ++next;
          if (next < t.size() && Is(Lexicon::kNextMemberWord, t[next])) ++next;
          if (next == k || next >= t.size()) break;
          if (const Mention* h = MentionAt(si, next); h && h->type == MT::kTitle) break;
          while (next < t.size()) {
            const Mention* h = MentionAt(si, next);
            if (!h || h->type != MT::kHonorific) break;
            next = h->e;
          }
          const size_t e2 = NameEnd(si, next);
          if (e2 == next) break;
          bool taken2 = false;
          for (size_t q = next; q < e2; ++q) taken2 |= used.count(q) > 0;
          if (taken2) break;
          for (size_t q = next; q < e2; ++q) used.insert(q);
          const int each = first_country == second_country ? country : (nth == 1 ? second_country : -1);
          AddOfficial(si, found, next, e2, office, each, org, "plural-title+names", body);
          ++nth;
          k = e2;
        }
      }
      // "Rajnath Singh and Dr. S. Jaishankar, India's Defence Minister and External Affairs
      // Minister respectively": the first name of the pair is the country's official too.
      if (name_b < title.b) {
        size_t k = name_b;
        while (k > 0 && MentionAt(si, k - 1) && MentionAt(si, k - 1)->type == MT::kHonorific) {
          k = MentionAt(si, k - 1)->b;
        }
        if (k >= 2 && Is(Lexicon::kNextMemberWord, t[k - 1])) {
          size_t b2 = NameBegin(si, k - 1);
          if (b2 < k - 1 && !used.count(b2)) {
            for (size_t q = b2; q < k - 1; ++q) used.insert(q);
            AddOfficial(si, found, b2, k - 1, "", country, nullptr, "name-pair+title");
          }
        }
      }
    }
    for (const auto& [title, e] : grown_titles) si.m[title].e = e;
    // "Japan's Yoko Kamikawa": a country's named person in a diplomatic report is its official.
    for (size_t i = si.body_from; i + 3 < t.size(); ++i) {
      // As a string_view the comparison is inline (a length test first), not a call per token.
      if (t[i + 1].text != std::string_view("'s")) continue;
      const Mention* c = CountryMentionAt(si, i);
      if (!c || c->e != i + 1 || used.count(i + 2)) continue;
      // "Ghana's Permanent Representative": a title (or a body) is no person's name.
      if (const Mention* m = MentionAt(si, i + 2); m && m->b == i + 2 && m->type != MT::kHonorific &&
                                                     m->type != MT::kPlace && m->type != MT::kCapital) {
        continue;
      }
      // ... nor is a title whose longer form the gazetteer knows but a body's name cut off
      // ("Peru's Permanent Representative to the United Nations Children's Fund").
      size_t title_len = 0;
      bool title_start = false;
      for (const auto* x : g_.Match(t, i + 2, title_len)) title_start |= x->type == EntryType::kTitle;
      if (title_start) continue;
      size_t e = NameEnd(si, i + 2);
      if (e - (i + 2) < 2) continue;
      if (e < t.size() && (MentionAt(si, e) || t[e].cap)) continue;
      if (NamesAThing(t, e)) continue;  // "India's Vaccine Maitri initiative"
      for (size_t k = i + 2; k < e; ++k) used.insert(k);
      AddOfficial(si, found, i + 2, e, "", c->gaz, nullptr, "country's+name");
    }
    // "held talks with Mohammed bin Salman Al Saud, who serves Saudi Arabia as its crown prince":
    // the person a diplomat meets is an official.
    for (size_t i = si.body_from; i < t.size(); ++i) {
      size_t len = 0;
      if (g_.MatchLexicon(Lexicon::kMeetVerb, t, i, len).empty()) continue;
      size_t k = i + len;
      while (k < t.size() && MentionAt(si, k) && MentionAt(si, k)->type == MT::kHonorific) k = MentionAt(si, k)->e;
      if (k >= t.size() || used.count(k)) continue;
      size_t e = NameEnd(si, k);
      if (e - k < 2) continue;
      size_t end = 0;
      int country = OfCountry(si, e, end);
      // ", who serves Saudi Arabia as its crown prince".
      if (country < 0 && e + 3 < t.size() && t[e].text == "," && Is(Lexicon::kPersonRelative, t[e + 1]) &&
          Is(Lexicon::kServeVerb, t[e + 2])) {
        country = CountryOf(CountryMentionAt(si, e + 3));
      }
      for (size_t q = k; q < e; ++q) used.insert(q);
      AddOfficial(si, found, k, e, "", country, nullptr, "meeting-counterpart");
    }
    // "Anthony Albanese and his Papua New Guinean counterpart, James Marape": the person paired
    // with an official by a `pair_opener` and a title is an official too.
    for (size_t i = si.body_from + 2; i + 2 < t.size(); ++i) {
      size_t len = 0;
      if (g_.MatchLexicon(Lexicon::kPairOpener, t, i, len).empty()) continue;
      size_t k = i + len;
      if (const Mention* c = CountryMentionAt(si, k); c && c->b == k) k = c->e;
      const Mention* title = MentionAt(si, k);
      if (!title || title->b != k || title->type != MT::kTitle) continue;
      const size_t b = NameBegin(si, i);
      if (i - b < 2 || used.count(b) || used.count(i - 1)) continue;
      for (size_t q = b; q < i; ++q) used.insert(q);
      AddOfficial(si, found, b, i, "", -1, nullptr, "paired-with-official");
    }
    // "signed by the water ministers of Peru, Chile and Bolivia, A, B and C": a plural office of a
    // list of countries, then a comma and as many names as countries. Reporting gives the names
    // in the order of the countries ("respectively" left unsaid), so each name holds the office for
    // the country in its place; a count that differs says nothing of who serves whom.
    for (const Mention& title : si.m) {
      if (title.type != MT::kTitle || title.b < si.body_from || title.e + 1 >= t.size()) continue;
      if (t[title.e - 1].lower.empty() || t[title.e - 1].lower.back() != 's') continue;
      if (!Is(Lexicon::kBelongingPreposition, t[title.e])) continue;
      auto list_gap = [&](size_t k) {  // past ",", "and" or ", and" between two members
        if (k < t.size() && t[k].text == ",") ++k;
        if (k < t.size() && Is(Lexicon::kNextMemberWord, t[k])) ++k;
        return k;
      };
      std::vector<int> countries;
      size_t k = title.e + 1;
      while (k < t.size()) {
        const size_t at = k < t.size() && Is(Lexicon::kDefiniteArticle, t[k]) ? k + 1 : k;
        const Mention* c = CountryMentionAt(si, at);
        if (!c || c->b != at || CountryOf(c) < 0) break;
        countries.push_back(CountryOf(c));
        k = c->e;
        if (k >= t.size() || t[k].text != ",") break;  // the comma before the names ends it too
        const size_t next = list_gap(k);
        const size_t next_at =
            next < t.size() && Is(Lexicon::kDefiniteArticle, t[next]) ? next + 1 : next;
        const Mention* more = CountryMentionAt(si, next_at);
        if (!more || more->b != next_at) break;
        k = next;
      }
      // The list ends with "and COUNTRY": the last member carries no comma of its own.
      if (countries.size() >= 1 && k < t.size() && Is(Lexicon::kNextMemberWord, t[k])) {
        const Mention* c = CountryMentionAt(si, k + 1);
        if (c && c->b == k + 1 && CountryOf(c) >= 0) {
          countries.push_back(CountryOf(c));
          k = c->e;
        }
      }
      if (countries.size() < 2 || k >= t.size() || t[k].text != ",") continue;
      std::vector<std::pair<size_t, size_t>> names;
      size_t q = k + 1;
      while (q < t.size() && names.size() < countries.size()) {
        const size_t e = NameEnd(si, q);
        if (e - q < 2 || MentionAt(si, q)) break;
        names.emplace_back(q, e);
        q = list_gap(e);
      }
      if (names.size() != countries.size()) continue;
      bool taken = false;
      for (const auto& [b, e] : names) taken |= used.count(b) > 0 || used.count(e - 1) > 0;
      if (taken) continue;
      for (size_t n = 0; n < names.size(); ++n) {
        for (size_t w = names[n].first; w < names[n].second; ++w) used.insert(w);
        AddOfficial(si, found, names[n].first, names[n].second, "", countries[n], nullptr,
                    "office-of-listed-countries");
      }
    }
    // "Antony Blinken of the United States" (not "Minister for External Relations of Brazil").
    for (size_t i = si.body_from; i < t.size(); ++i) {
      if (used.count(i) || !IsNameToken(si, i) || (i > 0 && IsNameToken(si, i - 1))) continue;
      if (i > 0 && (Is(Lexicon::kPortfolioPreposition, t[i - 1]) || Is(Lexicon::kDefiniteArticle, t[i - 1]))) continue;
      // "High-Quality Development of China-Central Asia Cooperation": a hyphen joins the words to
      // a larger name, and the country to a compound.
      if (i > 0 && t[i - 1].text == "-") continue;
      size_t e = NameEnd(si, i);
      size_t end = 0;
      if (e - i < 2 || used.count(e - 1)) continue;
      // "Minister of Lands and Natural Resources of Ghana": words that are all portfolios finish
      // an office's name; no person is named by them.
      bool all_portfolio = true;
      for (size_t k = i; k < e && all_portfolio; ++k) all_portfolio = Is(Lexicon::kPortfolioNoun, t[k]);
      if (all_portfolio) continue;
      int c = OfCountry(si, e, end);
      if (c < 0 || (end < t.size() && t[end].text == "-")) continue;
      for (size_t k = i; k < e; ++k) used.insert(k);
      AddOfficial(si, found, i, e, "", c, nullptr, "name+of-country");
      i = e;
    }
    // "the government of A", "took over the post from A": a well-known office holder
    // (data/gazetteer/officials.tsv) named in full without a title is an official when the story
    // names a country they serve; the name alone is too little in a story about other countries.
    for (size_t i = si.body_from; i < t.size(); ++i) {
      if (used.count(i) || !IsNameToken(si, i) || (i > 0 && IsNameToken(si, i - 1))) continue;
      const size_t e = NameEnd(si, i);
      if (e - i < 2 || used.count(e - 1)) continue;
      const std::string name = Surface(si, i, e);
      const int served = g_.OfficeHolderCountries(name) ? KnownHolderCountry(name) : -1;
      if (served < 0) continue;
      for (size_t k = i; k < e; ++k) used.insert(k);
      // Spoken of, not acting: their office, but no mention for the role rules or for "he" in
      // later sentences.
      if (SpokenOf(si, i)) {
        Official& off = OfficialFor(name, "known-holder");
        if (off.country < 0) off.country = served;
        builder_.Mention(off.node, SpanOf(si, i, e), name);
        official_evidence_[off.node].push_back(si.s->span);
        pending_represents_.insert({off.node, off.country});
      } else {
        AddOfficial(si, found, i, e, "", -1, nullptr, "known-holder");
      }
      i = e;
    }
    for (Mention& m : found) {
      // A city inside a name ("Austin") was part of the name, not a place.
      si.m.erase(std::remove_if(si.m.begin(), si.m.end(), [&](const Mention& x) {
                   return x.b >= m.b && x.e <= m.e &&
                          (x.type == MT::kPlace || x.type == MT::kCapital || x.type == MT::kTitle);
                 }), si.m.end());
      if (!Covered(si, m.b, m.e)) si.m.push_back(m);
    }
    SortMentions(si);
  }

  void Run::SortMentions(SentenceInfo& si) {
    const auto by_position = [](const Mention& a, const Mention& b) {
      return a.b < b.b || (a.b == b.b && a.e > b.e);
    };
    // Two mentions of one span (of two types) keep the order they were found in: a stable sort,
    // so the order is defined by the rules that found them, not by the sort's algorithm. Most
    // calls find the list in order already, which is then left as it is without moving every
    // Mention (four strings and a list) out and back.
    if (std::is_sorted(si.m.begin(), si.m.end(), by_position)) return;
    std::stable_sort(si.m.begin(), si.m.end(), by_position);
  }

  // The official with this name: one already seen whose name is compatible (and the only such),
  // else a new one. A longer name seen later becomes the official's name.
  Run::Official& Run::OfficialFor(const std::string& name, const char* rule) {
    const std::string key = NormalizeName(name);
    if (auto it = officials_.find(key); it != officials_.end()) return it->second;
    const auto matches = CompatibleOfficials(name);
    if (matches.size() == 1) {
      Official& off = matches.front()->second;
      builder_.AddKey("official:" + key, off.node);
      if (PersonNameWords(name).size() > PersonNameWords(off.name).size()) {
        // The fuller name is the better canonical name; keep the node, rename it.
        builder_.Rename(off.node, name);
        off.name = name;
        IndexOfficialName(matches.front()->first, name);
      }
      return off;
    }
    Official off;
    off.name = name;
    off.node = builder_.Node("official:" + key, "official", name, rule);
    auto it = officials_.emplace(key, off).first;
    auto& same_node = officials_by_node_[it->second.node];
    same_node.insert(std::upper_bound(same_node.begin(), same_node.end(), &*it,
                                      [](const auto* a, const auto* b) { return a->first < b->first; }),
                     &*it);
    IndexOfficialName(it->first, name);
    return it->second;
  }

  // Whether one of two compatible names is the other's father's: the shorter name starts with a
  // word that, in the longer, follows a patronymic ("Salman bin Abdulaziz" in "Mohammed bin
  // Salman bin Abdulaziz").
  bool Run::NamesTheFather(const std::string& a, const std::string& b) const {
    std::vector<std::string> x = PersonNameWords(a), y = PersonNameWords(b);
    if (x.size() > y.size()) std::swap(x, y);
    if (x.empty() || x.front() == y.front()) return false;
    Token word;
    for (size_t i = 1; i < y.size(); ++i) {
      if (y[i] != x.front()) continue;
      word.text = word.lower = y[i - 1];
      if (g_.IsLexiconWord(Lexicon::kPatronymic, word)) return true;
    }
    return false;
  }

  namespace {

  // Whether `word` is an initial ("J", "Ł"), which PersonNameWordsCompatible matches by its
  // first letter rather than whole.
  bool OneCharWord(const std::string& word) { return unicode::IsOneCodePoint(word); }

  // The words, sorted, joined by '\x1f' (Run::officials_by_words_).
  std::string WordsKey(const std::vector<std::string>& sorted) {
    std::string key;
    for (const std::string& w : sorted) {
      if (!key.empty()) key += '\x1f';
      key += w;
    }
    return key;
  }

  // Names longer than this are matched the plain way (every official sharing a word): the parts
  // of a name are 2^words look-ups.
  constexpr size_t kMaxPartsWords = 10;
  // Up to this many officials sharing a word with a name are simply all tried.
  constexpr size_t kPlainCandidates = 64;

  }  // namespace

  void Run::IndexOfficialName(const std::string& key, const std::string& name) {
    std::vector<std::string> words = PersonNameWords(name);
    for (const std::string& w : words) {
      if (w.size() < 2) continue;  // an initial: PersonNamesCompatible needs a full word in common
      std::vector<const std::string*>& keys = official_words_[w];
      if (keys.empty() || keys.back() != &key) keys.push_back(&key);
    }
    if (std::any_of(words.begin(), words.end(), OneCharWord)) {
      if (officials_with_initial_.empty() || officials_with_initial_.back() != &key)
        officials_with_initial_.push_back(&key);
      return;
    }
    std::sort(words.begin(), words.end());
    std::vector<const std::string*>& keys = officials_by_words_[WordsKey(words)];
    if (keys.empty() || keys.back() != &key) keys.push_back(&key);
  }

  // The officials whose names are compatible with `name` (PersonNameWordsCompatible), in key
  // order. A compatible name shares a whole word with `name`, so only officials indexed under one
  // of its words can be (official_words_). When neither name has an initial, compatible means
  // that the words of one are among the other's: an official with more words is under every
  // word of `name` (the shortest of those lists is read), one with as many or fewer is found by
  // its words (officials_by_words_, each part of `name` looked up); officials with initials are
  // always tried. The same candidates pass the same test as when every official sharing a word
  // was tried, which made 20,000 officials sharing a given name take minutes.
  std::vector<std::pair<const std::string, Run::Official>*> Run::CompatibleOfficials(const std::string& name) {
    std::vector<const std::string*> keys;
    const std::vector<std::string> name_words = PersonNameWords(name);
    // The lists of the name's words; when they are short (a story's handful of officials), they
    // are read whole.
    std::vector<const std::vector<const std::string*>*> lists;
    size_t total = 0;
    bool every_word = true;
    for (const std::string& w : name_words) {
      auto it = official_words_.find(w);
      if (it == official_words_.end()) {
        every_word = every_word && w.size() < 2;
        continue;
      }
      if (w.size() < 2) continue;
      lists.push_back(&it->second);
      total += it->second.size();
    }
    const bool by_parts = total > kPlainCandidates && !name_words.empty() &&
                          name_words.size() <= kMaxPartsWords &&
                          std::none_of(name_words.begin(), name_words.end(), OneCharWord);
    if (by_parts) {
      // Every word has two bytes or more here (no word is one character), so each has a list.
      if (every_word) {
        const auto* shortest = *std::min_element(lists.begin(), lists.end(), [](const auto* a, const auto* b) {
          return a->size() < b->size();
        });
        keys = *shortest;
      }
      std::vector<std::string> sorted = name_words;
      std::sort(sorted.begin(), sorted.end());
      std::vector<std::string> part;
      for (size_t mask = 1; mask < (size_t{1} << sorted.size()); ++mask) {
        part.clear();
        for (size_t i = 0; i < sorted.size(); ++i) {
          if (mask & (size_t{1} << i)) part.push_back(sorted[i]);
        }
        auto it = officials_by_words_.find(WordsKey(part));
        if (it != officials_by_words_.end()) keys.insert(keys.end(), it->second.begin(), it->second.end());
      }
      keys.insert(keys.end(), officials_with_initial_.begin(), officials_with_initial_.end());
    } else {
      for (const auto* list : lists) keys.insert(keys.end(), list->begin(), list->end());
    }
    std::sort(keys.begin(), keys.end(), [](const std::string* a, const std::string* b) { return *a < *b; });
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    std::vector<std::pair<const std::string, Official>*> out;
    for (const std::string* key : keys) {
      auto it = officials_.find(*key);
      Official& off = it->second;
      if (off.words_of != off.name || off.words.empty()) {
        off.words_of = off.name;
        off.words = PersonNameWords(off.name);
      }
      if (PersonNameWordsCompatible(off.words, name_words) && !NamesTheFather(off.name, name)) out.push_back(&*it);
    }
    return out;
  }

}  // namespace dkg::extract
