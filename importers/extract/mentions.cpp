// Pass 1 of the extractor: what each span of a sentence names (gazetteer mentions, named
// phrases, event heads). Writes SentenceInfo::m only (run.h).

#include "importers/extract/run.h"

#include <algorithm>
#include <set>
#include <string>
#include <vector>

namespace dkg::extract {

  namespace {
    // "Ministry of Economy, Tourism and Sport", "Ministry of Agriculture, Forestry and Fisheries":
    // where a body's name read up to `e` ends in a portfolio, portfolios after a comma, the last
    // after "and", go on with its name (each a capitalised portfolio word, at most three words,
    // and no capitalised word after the last). Returns the name's new end, or `e`.
    template <class IsPortfolio, class IsAnd>
    size_t PortfolioListEnd(const std::vector<Token>& t, size_t e, const IsPortfolio& is_portfolio,
                            const IsAnd& is_and) {
      const size_t n = t.size();
      auto portfolio = [&](size_t k) { return k < n && t[k].word && t[k].cap && is_portfolio(t[k]); };
      if (e == 0 || !portfolio(e - 1)) return e;
      size_t k = e;
      while (k + 1 < n && t[k].text == "," && portfolio(k + 1)) {
        size_t w = k + 1;
        while (w < k + 4 && portfolio(w)) ++w;
        k = w;
        if (k + 1 < n && is_and(t[k]) && portfolio(k + 1)) {
          size_t z = k + 1;
          while (z < k + 4 && portfolio(z)) ++z;
          return z >= n || !(t[z].word && t[z].cap) ? z : e;
        }
      }
      return e;
    }
  }  // namespace

  void Run::FindGazetteerMentions(SentenceInfo& si) {
    const auto& t = T(si);
    // Room for the mentions every stage adds (news text names something every few tokens):
    // growing one at a time moved each Mention, with its strings, again and again.
    si.m.reserve(t.size() / 4 + 4);
    // "SWAKOPMUND - The session ended here": a dateline's town no gazetteer knows is a place (it
    // is where "here" is); the dateline ends after it only when its words are the place.
    // Not a byline's name in capitals ("BY ANNA LEE, 3 MARCH 2026"): no town.
    if (const size_t e = si.body_from > 0 ? CapitalsPlaceEnd(t) : 0;
        e > 0 && e < si.body_from && BylineEnd(si) == 0) {
      size_t len = 0;
      if (g_.Match(t, 0, len).empty()) {
        Mention m;
        m.type = MT::kPlace;
        m.b = 0;
        m.e = e;
        si.m.push_back(m);
      }
    }
    for (size_t i = 0; i < t.size();) {
      // Most tokens start no gazetteer phrase, which their annotation already says: no call then.
      if (t[i].annotated && !t[i].gazetteer) {
        ++i;
        continue;
      }
      size_t len = 0;
      auto entries = g_.Match(t, i, len);
      if (entries.empty()) {
        ++i;
        continue;
      }
      Mention m;
      m.b = i;
      m.e = i + len;
      const internal::PhraseEntry* first = entries.front();
      if (first->type == EntryType::kDemonym && i > 0 && Is(Lexicon::kRegionQualifier, t[i - 1])) {
        // "the Latin American country", "South American leaders": a region's adjective, not
        // the demonym of the country the word alone names.
        i += len;
        continue;
      }
      if ((first->type == EntryType::kCountry || first->type == EntryType::kDemonym) && i + len < t.size() &&
          Is(Lexicon::kCurrencyNoun, t[i + len])) {
        // "40 million US dollars", "a loan in Singapore dollars": the name qualifies a currency;
        // the country is not a party, a participant or the story's subject.
        i += len;
        continue;
      }
      switch (first->type) {
        case EntryType::kCountry:
        case EntryType::kDemonym: m.type = MT::kCountry; break;
        case EntryType::kCapital: m.type = MT::kCapital; break;
        case EntryType::kPlace: m.type = MT::kPlace; break;
        case EntryType::kTitle: m.type = MT::kTitle; break;
        case EntryType::kOrg: m.type = MT::kOrg; break;
        case EntryType::kHonorific: m.type = MT::kHonorific; break;
      }
      // A name listed as both a country and something else ("Georgia") is the country; a city
      // listed as a capital and a place is the capital.
      for (const auto* e : entries) {
        if (e->type == first->type) m.alts.push_back(e->index);
      }
      m.gaz = first->index;
      // "Prime Minister Luis Montenegro, with whom ...": a country's name right after a title and
      // one given name, ending the name, is the holder's surname, no country; but a capitalised
      // verb between them is a headline's ("Prime Minister Arrives Chile", "President Visits Peru").
      if (first->type == EntryType::kCountry && i >= 2 && !si.m.empty() &&
          si.m.back().type == MT::kTitle && si.m.back().e == i - 1 && t[i - 1].word &&
          t[i - 1].cap && !t[i - 1].number && !t[i - 1].never_name && t[i - 1].text.back() != '.' &&
          !(i + len < t.size() && t[i + len].word && t[i + len].cap) && !HeadlineVerb(t[i - 1])) {
        i += len;
        continue;
      }
      // "the Commission" alone, a demonym used as a person noun in lower case: not mentions.
      if (m.type == MT::kTitle && GivenNameTitle(si, i, len, first->index)) {
        ++i;  // the first word of a person's name, read with the name by the officials stage
        continue;
      }
      // "Director", "Head" alone name a unit's office only with the body it is of after it ("the
      // Head of the Convention Secretariat", "Director for Europe of the Ministry of Trade"); "a
      // rights-group director" is no official. Past a portfolio ("for Europe"): the first
      // office_body_preposition, an article and capitalised words holding an org_head.
      if (m.type == MT::kTitle && len == 1 && Is(Lexicon::kUnitOfficeNoun, t[i])) {
        bool body = false;
        // Capitalised only: "a director at the Chilean Ministry" in running text describes a
        // post, as the officials rules read it, not a title before a name.
        for (size_t k = i + 1; t[i].cap && k < t.size() && k < i + 8 && !body; ++k) {
          if (!Is(Lexicon::kOfficeBodyPreposition, t[k])) {
            const bool on =
                t[k].cap || Is(Lexicon::kPortfolioPreposition, t[k]) || Is(Lexicon::kArticle, t[k]);
            if (on) continue;
            break;
          }
          size_t n = k + 1;
          if (n < t.size() && Is(Lexicon::kArticle, t[n])) ++n;
          for (; n < t.size() && t[n].cap && !body; ++n) body = Is(Lexicon::kOrgHead, t[n]);
          break;  // the first body decides ("Director of the Asia Division of ...": no org_head)
        }
        // In lower case it is an office too when the body follows at once and the holder's name
        // after a comma: "Ghana's director of the National Ports Authority, Kofi Mensah".
        if (!body && !t[i].cap && i + 2 < t.size() && Is(Lexicon::kOfficeBodyPreposition, t[i + 1])) {
          size_t n = i + 2;
          if (Is(Lexicon::kArticle, t[n])) ++n;
          size_t e = n;
          while (e < t.size() && (t[e].cap || (Is(Lexicon::kNameAnd, t[e]) && e + 1 < t.size() && t[e + 1].cap))) {
            body = body || Is(Lexicon::kOrgHead, t[e]);
            ++e;
          }
          body = body && e > n && Is(Lexicon::kOrgHead, t[e - 1]) && e + 2 < t.size() && t[e].text == "," &&
                 t[e + 1].word && t[e + 1].cap && t[e + 2].word && t[e + 2].cap;
        }
        if (!body) {
          i += len;
          continue;
        }
      }
      si.m.push_back(std::move(m));  // its organisation candidates moved, not copied
      i += len;
    }
  }

  // A title word that is also a given name ("Amir", "Sultan"), not after a determiner or a
  // possessive ("Qatar's Amir", "the Sultan"), followed by two or more capitalised words and a
  // comma whose apposition names another office: a person called so, with that other office
  // ("Sultan Ali Karimov, the Deputy Foreign Minister"). "Sultan Haitham Tarik, the Sultan of
  // Oman" keeps its title.
  bool Run::GivenNameTitle(const SentenceInfo& si, size_t i, size_t len, int title) const {
    const auto& t = T(si);
    if (len != 1 || !Is(Lexicon::kGivenNameTitle, t[i])) return false;
    // "Defence Minister Gen Ortega": right after another title, with one capitalised word after
    // it, the word is the holder's first name, not a second title. Before a full name of two or
    // more words it is a rank: "Chief of Army Staff Gen Luis Ortega" names Luis Ortega.
    if (!si.m.empty() && si.m.back().type == MT::kTitle && si.m.back().e == i && i + 1 < t.size() &&
        t[i + 1].word && t[i + 1].cap && !t[i + 1].number && t[i].text.back() != '.') {
      return !(i + 2 < t.size() && t[i + 2].word && t[i + 2].cap && !t[i + 2].number);
    }
    if (i > 0 && (t[i - 1].cap || Is(Lexicon::kPossessiveEnding, t[i - 1]) || t[i - 1].text == "'" ||
                  Is(Lexicon::kArticle, t[i - 1]) || Is(Lexicon::kPossessiveDeterminer, t[i - 1]))) {
      return false;
    }
    size_t j = i + 1;
    while (j < t.size() && t[j].word && t[j].cap && !t[j].number) ++j;
    if (j - (i + 1) < 2 || j >= t.size() || t[j].text != ",") return false;
    for (size_t k = j + 1; k < t.size() && k < j + 8 && t[k].text != ","; ++k) {
      size_t l = 0;
      for (const auto* e : g_.Match(t, k, l)) {
        if (e->type == EntryType::kTitle) return e->index != title;
      }
    }
    return false;
  }

  // A capital named by a common noun (lexicon capital_noun) is the capital of the country the
  // phrase gives: "the Thai capital" (a demonym or country name before it), or, for "in the
  // capital" after a locative, the one country the sentence names ("Under Peru's chairmanship the
  // summit is held in the capital"). With no country, or two, the text has not said which.
  void Run::FindDescribedCapitals(SentenceInfo& si) {
    const auto& t = T(si);
    for (size_t k = 1; k < t.size(); ++k) {
      if (!t[k].word || t[k].cap || !Is(Lexicon::kCapitalNoun, t[k])) continue;
      Mention* before = nullptr;
      for (Mention& m : si.m) {
        if (m.type == MT::kCountry && m.e == k && m.b > 0) before = &m;
      }
      if (before && Is(Lexicon::kArticle, t[before->b - 1]) && !g_.countries()[before->gaz].capitals.empty()) {
        before->type = MT::kCapital;  // "the Thai capital"
        before->e = k + 1;
        continue;
      }
      size_t len = 0;
      if (k < 2 || !Is(Lexicon::kArticle, t[k - 1]) || g_.MatchLexicon(Lexicon::kLocative, t, k - 2, len).empty()) {
        continue;
      }
      std::set<int> countries;
      for (const Mention& m : si.m) {
        if ((m.type == MT::kCountry || m.type == MT::kCapital) && !m.inside_name && m.b >= si.body_from) {
          countries.insert(m.gaz);
        }
      }
      if (countries.size() != 1 || g_.countries()[*countries.begin()].capitals.empty()) continue;
      Mention m;
      m.type = MT::kCapital;
      m.b = k;
      m.e = k + 1;
      m.gaz = *countries.begin();
      auto at = std::find_if(si.m.begin(), si.m.end(), [&](const Mention& x) { return x.b > k; });
      si.m.insert(at, m);
    }
  }

  // Whether t[k] alone is an agreement head ("Treaty", "Agreement").
  bool Run::IsAgreementWord(const std::vector<Token>& t, size_t k) const {
    size_t len = 0;
    return k < t.size() && t[k].cap && !g_.MatchLexicon(Lexicon::kAgreementHead, t, k, len).empty() && len == 1;
  }

  // Whether the capitalised words from t[k] on end with an agreement head ("Border Administration
  // Agreement").
  bool Run::AgreementAhead(const std::vector<Token>& t, size_t k) const {
    for (size_t j = k; j < t.size() && j < k + 8 && t[j].word && t[j].cap; ++j) {
      if (IsAgreementWord(t, j)) return true;
    }
    return false;
  }

  // Extends a capitalised name rightwards from token i: capitalised words, numbers, solid
  // hyphens, and connectors (of, and, for, on, the, including) that lead to another capital.
  size_t Run::ExtendRight(const std::vector<Token>& t, size_t i) const {
    size_t j = i;
    while (j < t.size()) {
      const Token& w = t[j];
      // "Agreement Concerning the Administration of ...": a capitalised connector goes on over
      // "the" to the next capitalised word, as a lower-case one does.
      if (w.cap && Is(Lexicon::kNameConnector, w) && j + 2 < t.size() && Is(Lexicon::kArticle, t[j + 1]) &&
          t[j + 2].word && t[j + 2].cap && !IsStopCap(t[j + 2]) && !IsMonthOrDay(t[j + 2])) {
        j += 2;
        continue;
      }
      if (w.word && (w.cap || w.number) && !IsStopCap(w) && !IsMonthOrDay(w)) {
        ++j;
        continue;
      }
      if ((w.text == "-" || w.text == "+") && !w.space_before && j + 1 < t.size() &&
          t[j + 1].word && !t[j + 1].space_before && j > i) {
        j += 2;
        continue;
      }
      // "the Sri Lanka - Maldives Joint Commission": a spaced hyphen between two capitalised
      // words joins the two sides of a name, as an unspaced one does.
      if (w.text == "-" && w.space_before && j > i && t[j - 1].cap && j + 1 < t.size() && t[j + 1].space_before &&
          t[j + 1].word && t[j + 1].cap && !IsStopCap(t[j + 1]) && !IsMonthOrDay(t[j + 1])) {
        j += 2;
        continue;
      }
      // "Memorandum of Understanding on Cooperation in the Field of Energy": a title goes on over
      // "in the Field of" (a capitalised `topic_field` word) to the next capital; a lower-case
      // "in the field of energy" and "in the Republic of Korea" do not.
      if (!w.cap && Is(Lexicon::kContainingPreposition, w) && j > i && j + 4 < t.size() &&
          Is(Lexicon::kDefiniteArticle, t[j + 1]) && t[j + 2].cap && Is(Lexicon::kTopicField, t[j + 2]) &&
          Is(Lexicon::kBelongingPreposition, t[j + 3]) && t[j + 4].word && t[j + 4].cap && !IsStopCap(t[j + 4]) &&
          !IsMonthOrDay(t[j + 4])) {
        j += 4;
        continue;
      }
      // "the Boundary Treaty and Border Administration Agreement": two instruments, each ending
      // at its head, not one name.
      if (Is(Lexicon::kNameAnd, w) && j > 0 && IsAgreementWord(t, j - 1) && AgreementAhead(t, j + 1)) break;
      if (Is(Lexicon::kNameConnector, w)) {
        size_t k = j + 1;
        // "Ministry of the Environment", but "the X Meeting and the Y Dialogue" are two names.
        if (k < t.size() && Is(Lexicon::kDefiniteArticle, t[k]) && !Is(Lexicon::kNameAnd, w)) ++k;
        if (k < t.size() && t[k].word && t[k].cap && !IsStopCap(t[k]) && !IsMonthOrDay(t[k])) {
          j = k;
          continue;
        }
        // "the Joint Work Plan for 2028": a year after an instrument's head and a connector is
        // part of its name (as "the Cooperation Programme 2026-2030" holds its years).
        const auto head_ends_here = [&] {
          for (size_t back = 1; back <= 3 && back <= j; ++back) {
            size_t len = 0;
            if (!g_.MatchLexicon(Lexicon::kAgreementHead, t, j - back, len).empty() && len == back)
              return true;
          }
          return false;
        };
        if (k == j + 1 && k < t.size() && t[k].number && t[k].text.size() == 4 && j > 0 &&
            t[j - 1].cap && head_ends_here()) {
          j = k + 1;
          continue;
        }
      }
      // "Memorandum of Understanding (MoU) on Fisheries": an instrument's acronym in brackets
      // does not end its name when a connector and a capitalised word follow.
      if (w.text == "(" && j > 0 && t[j - 1].cap && j + 4 < t.size() && t[j + 1].word && t[j + 1].cap && t[j + 2].text == ")" &&
          !t[j + 3].cap && Is(Lexicon::kNameConnector, t[j + 3]) && t[j + 4].word && t[j + 4].cap &&
          !IsStopCap(t[j + 4]) && [&] {
            for (size_t k = j > 6 ? j - 6 : 0; k < j; ++k) {  // the head is before i when called past it
              size_t n = 0;
              if (!g_.MatchLexicon(Lexicon::kAgreementHead, t, k, n).empty()) return true;
            }
            return false;
          }()) {
        j += 3;
        continue;
      }
      if (w.text == "," && j + 2 < t.size() && Is(Lexicon::kInclusionWord, t[j + 1]) && t[j + 2].cap) {
        j += 2;
        continue;
      }
      break;
    }
    return j;
  }

  // Extends a name leftwards from token `head` (exclusive of what precedes): capitalised
  // modifiers, numbers and country pairs ("India-Japan 2+2 Ministerial"), stopping at
  // determiners, possessives, ordinals and lower-case words.
  size_t Run::ExtendLeft(const std::vector<Token>& t, size_t head) const {
    size_t j = head;
    while (j > 0) {
      const Token& w = t[j - 1];
      if (w.word && (w.cap || (w.number && !NumericOrdinal(w))) && !IsStopCap(w) &&
          !IsMonthOrDay(w) && !IsOrdinalWord(w)) {
        --j;
        continue;
      }
      // "the Peru/Chile Boundary Treaty": an unspaced slash joins two sides as a hyphen does.
      if ((w.text == "-" || w.text == "+" || (w.text == "/" && j < t.size() && !t[j].space_before && t[j].cap)) &&
          j >= 2 && t[j - 2].word && !w.space_before) {
        j -= 2;
        continue;
      }
      // "the Viet Nam - New Zealand Strategic Partnership": a spaced hyphen between capitalised
      // words joins the two sides, as it does when a name is read rightwards.
      if (w.text == "-" && w.space_before && j >= 2 && j < t.size() && t[j].space_before && t[j].cap &&
          t[j - 2].word && t[j - 2].cap && !IsStopCap(t[j - 2]) && !IsMonthOrDay(t[j - 2])) {
        j -= 2;
        continue;
      }
      if (Is(Lexicon::kNumberPlus, w) && j >= 2 && t[j - 2].number) {
        j -= 2;
        continue;
      }
      if (Is(Lexicon::kNameAnd, w) && j >= 2 && t[j - 2].cap && !IsStopCap(t[j - 2]) && t[j].cap &&
          !IsAgreementWord(t, j - 2)) {
        j -= 2;
        continue;
      }
      break;
    }
    return j;
  }

  // Removes gazetteer mentions that a longer name now covers, keeping countries (flagged as
  // inside the name) so that "India-Japan Dialogue" still names India and Japan.
  void Run::Claim(SentenceInfo& si, size_t b, size_t e, bool keep_bodies) {
    std::vector<Mention> kept;
    for (Mention& m : si.m) {
      if (m.b >= b && m.e <= e && (m.type == MT::kCountry || m.type == MT::kCapital)) {
        m.inside_name = true;
        if (m.type == MT::kCapital) m.type = MT::kCountry, m.by_capital = true;
      } else if (keep_bodies && m.b >= b && m.e <= e && m.type == MT::kOrg && m.gaz >= 0) {
        m.inside_name = true;  // "Australia-ASEAN Special Summit" names ASEAN
      } else if (m.b < e && b < m.e) {
        continue;
      }
      kept.push_back(m);
    }
    si.m = std::move(kept);
  }

  void Run::AddPhrase(SentenceInfo& si, MT type, size_t b, size_t e) {
    // "the ASEAN-GCC Framework of Cooperation": an agreement whose name opens with its two sides
    // joined by a hyphen, one of them a body, keeps that body's mention (a party). Bodies named
    // elsewhere in an agreement's name are not its sides.
    std::vector<Mention> sides;
    if (type == MT::kAgreement) {
      const auto& t = T(si);
      auto starting = [&](size_t k) -> const Mention* {
        for (const Mention& m : si.m) {
          if (m.b == k && m.e <= e && (m.type == MT::kOrg || m.type == MT::kCountry) && m.gaz >= 0) return &m;
        }
        return nullptr;
      };
      const Mention* first = starting(b);
      if (first && first->e + 1 < e && t[first->e].text == "-" && !t[first->e].space_before) {
        const Mention* second = starting(first->e + 1);
        if (second && (first->type == MT::kOrg || second->type == MT::kOrg)) {
          for (const Mention* m : {first, second}) {
            if (m->type == MT::kOrg) sides.push_back(*m);
          }
        }
      }
    }
    Claim(si, b, e, type == MT::kMeeting || type == MT::kDialogue);
    for (Mention& m : sides) {
      m.inside_name = true;
      si.m.push_back(m);
    }
    Mention m;
    m.type = type;
    m.b = b;
    m.e = e;
    si.m.push_back(m);
  }

  bool Run::OverlapsPhrase(const SentenceInfo& si, size_t b, size_t e) const {
    for (const Mention& m : si.m) {
      if ((m.type == MT::kMeeting || m.type == MT::kDialogue || m.type == MT::kAgreement ||
           (m.type == MT::kOrg && m.gaz < 0) || (m.type == MT::kPlace && m.gaz < 0)) &&
          m.b < e && b < m.e) {
        return true;
      }
    }
    return false;
  }

  // A meeting or series head word at tokens[i] ("meeting", "Dialogue", "Joint Commission
  // Meeting", "annual summit"), with following head words absorbed.
  bool Run::MatchEventHead(const std::vector<Token>& t, size_t i, EventHead& head) const {
    size_t len = 0;
    size_t e = i;
    bool any = false;
    while (e < t.size()) {
      const std::string& v = g_.MatchLexicon(Lexicon::kSeriesHead, t, e, len);
      if (!v.empty()) {
        head.series = true;
        head.occurrence = head.occurrence || v == "series-meeting";
        e += len;
        any = true;
        continue;
      }
      if (!g_.MatchLexicon(Lexicon::kMeetingHead, t, e, len).empty()) {
        if (head.series) head.occurrence = true;  // "Joint Commission Meeting"
        e += len;
        any = true;
        continue;
      }
      break;
    }
    head.end = e;
    return any;
  }

  // Extends an event name rightwards from token k over capitalised words, numbers, country pairs
  // and meeting modifiers up to its last head word: "Indo-Japan defence and foreign ministerial
  // dialogue". Returns k when no head follows.
  size_t Run::ExtendRightEvent(const SentenceInfo& si, size_t k) const {
    const auto& t = T(si);
    size_t j = k, last = k;
    while (j < t.size() && j < k + 12) {
      EventHead head;
      if (MatchEventHead(t, j, head)) {
        j = last = head.end;
        continue;
      }
      const Token& w = t[j];
      const bool joiner = (w.text == "-" || w.text == "+") && !w.space_before;
      if ((w.word && ((w.cap && !IsStopCap(w)) || w.number || IsModifier(w))) || joiner) {
        ++j;
        continue;
      }
      break;
    }
    return last;
  }

  // Extends an event name leftwards over capitalised words, numbers, country pairs ("India-
  // Japan", "2+2", "2 plus 2"), plural possessives ("Ministers'") and lower-case meeting
  // modifiers ("annual", "defence and foreign ministerial"), stopping at ordinals and determiners.
  size_t Run::ExtendLeftEvent(const SentenceInfo& si, size_t head) const {
    const auto& t = T(si);
    size_t j = head;
    while (j > si.body_from) {
      const Token& w = t[j - 1];
      if (w.word && !IsOrdinalWord(w) && !NumericOrdinal(w) && !IsMonthOrDay(w) &&
          ((w.cap && !IsStopCap(w)) || (w.number && w.text.size() < 4) || IsModifier(w))) {
        if (Is(Lexicon::kNameAnd, w) && (j < 2 || !(t[j - 2].cap || IsModifier(t[j - 2])))) break;
        --j;
        continue;
      }
      if ((w.text == "-" || w.text == "+") && j >= 2 && t[j - 2].word) {
        j -= 2;
        continue;
      }
      if (w.text == "'" && j >= 2 && t[j - 2].word && t[j - 2].lower.back() == 's') {
        --j;  // "Ministers' Meeting"
        continue;
      }
      if (Is(Lexicon::kPossessiveEnding, w) && j >= 2 && CountryMentionAt(si, j - 2) == nullptr) break;
      // "the Voice of Global South Summit": "of" between capitalised words of one name.
      if (Is(Lexicon::kNameOf, w) && j >= 2 && t[j - 2].word && t[j - 2].cap && !IsStopCap(t[j - 2]) &&
          j < head && t[j].cap) {
        --j;
        continue;
      }
      break;
    }
    // A leading "and", "of" or possessive mark is not part of the name.
    while (j < head && (Is(Lexicon::kNameAnd, t[j]) || Is(Lexicon::kNameOf, t[j]) || t[j].text == "'" || t[j].text == "-")) ++j;
    return j;
  }

  // Whether a series named at [b, e) is spoken of as one occurrence: "at the X", "during the
  // X", "the X they held", "the X was held", "the X took place".
  bool Run::HeldContext(const SentenceInfo& si, size_t b, size_t e) const {
    const auto& t = T(si);
    if (b >= 2 && Is(Lexicon::kDefiniteArticle, t[b - 1]) && Is(Lexicon::kOccasionPreposition, t[b - 2])) {
      return true;
    }
    for (size_t k = e; k < t.size() && k <= e + 2; ++k) {
      if (Is(Lexicon::kOccurrenceVerb, t[k])) return true;
    }
    return false;
  }

  // How the modifiers [b, head) name an event: not at all, only by a place ("the Tokyo
  // meeting"), only by lower-case modifiers ("the foreign ministerial meeting"), or properly
  // (a country pair, a capitalised word, a number, a body: "India-Japan 2+2 Ministerial").
  Run::Naming Run::NamingOf(const SentenceInfo& si, size_t b, size_t head, size_t e) const {
    const auto& t = T(si);
    if (b == head) return t[head].cap && head > si.body_from && e - head >= 2 ? Naming::kProper
           : Naming::kNone;
    bool proper = false, place = false, part = true;
    for (size_t k = b; k < head; ++k) {
      part = part && Is(Lexicon::kMeetingPart, t[k]);
      const Mention* m = MentionAt(si, k);
      if (m && (m->type == MT::kPlace || (m->type == MT::kCapital))) {
        place = true;
        continue;
      }
      if (m && (m->type == MT::kOfficial || m->type == MT::kTitle)) continue;
      if (t[k].cap || t[k].number || m) proper = true;
    }
    // "the Opening Session", "Closing Ceremony": a part of the meeting in focus, however written.
    if (proper && !part) return Naming::kProper;
    return place ? Naming::kPlaceOnly : Naming::kGeneric;
  }

  void Run::AddMention(SentenceInfo& si, const Mention& m) {
    si.m.push_back(m);
    SortMentions(si);
  }

  // "the Chilean parliament", "Brazil's foreign ministry", "the Afghan ministry of Trade", "the
  // Indian embassy in the US": a body of the country before it (lexicon country_body). The
  // mention covers the body's words; the country keeps its own.
  void Run::FindCountryBodies(SentenceInfo& si) {
    const auto& t = T(si);
    std::vector<Mention> found;
    for (const Mention& c : si.m) {
      if (c.type != MT::kCountry || c.inside_name) continue;
      size_t b = c.e;
      if (b < t.size() && Is(Lexicon::kPossessiveEnding, t[b])) ++b;
      size_t len = 0;
      const std::string& value = g_.MatchLexicon(Lexicon::kCountryBody, t, b, len);
      const size_t colon = value.find(':');
      if (colon == std::string::npos || Covered(si, b, b + len)) continue;
      if (value.compare(0, colon, "ministries_of") == 0) continue;  // read below, before its countries
      // "the Austrian Parliament Building": a capitalised venue word after the body's words makes
      // them a building's name, a place read later.
      size_t venue_len = 0;
      if (b + len < t.size() && t[b + len].cap &&
          !g_.MatchLexicon(Lexicon::kVenueHead, t, b + len, venue_len).empty()) {
        continue;
      }
      Mention m;
      m.type = MT::kOrg;
      m.b = b;
      m.e = b + len;
      m.body_type = value.substr(0, colon);
      m.body_name = value.substr(colon + 1);
      if (m.body_type == "ministry_list") {
        // "the Afghan ministries of Foreign Affairs, Transport and Trade": one ministry per item.
        CountryMinistryList(si, c, m, found);
        continue;
      }
      if (m.body_name == "Ministry") {  // "ministry of Trade": the rest of the name follows
        if (m.e + 1 >= t.size() || !Is(Lexicon::kBelongingPreposition, t[m.e]) || !t[m.e + 1].cap) continue;
        // "Slovenia's Ministry of Economy, Tourism and Sport": one ministry whose name lists its
        // portfolios, as a body named without its country is read (PortfolioListEnd).
        const size_t end = PortfolioListEnd(
            t, ExtendRight(t, m.e + 1), [&](const Token& w) { return Is(Lexicon::kPortfolioNoun, w); },
            [&](const Token& w) { return Is(Lexicon::kPortfolioAnd, w); });
        if (Covered(si, m.e + 1, end)) continue;
        m.body_name += " " + Surface(si, m.e, end);
        m.e = end;
      }
      if (m.body_type == "office" && m.e + 1 < t.size() && Is(Lexicon::kContainingPreposition, t[m.e])) {
        size_t k = m.e + 1;
        if (Is(Lexicon::kDefiniteArticle, t[k]) && k + 1 < t.size()) ++k;
        for (const Mention& where : si.m) {
          if (where.b != k || (where.type != MT::kCountry && where.type != MT::kCapital && where.type != MT::kPlace)) continue;
          m.body_where = " in " + (where.type == MT::kCountry ? g_.countries()[where.gaz].name : Surface(si, where.b, where.e));
          m.e = where.e;
          break;
        }
      }
      found.push_back(std::move(m));
    }
    // "the foreign ministries of Mongolia and Finland" (a country_body of type ministries_of): the
    // body of each country the list after "of" names, two or more of them.
    for (size_t i = si.body_from; i + 3 < t.size(); ++i) {
      if (t[i].cap) continue;
      size_t len = 0;
      const std::string& value = g_.MatchLexicon(Lexicon::kCountryBody, t, i, len);
      const size_t colon = value.find(':');
      if (colon == std::string::npos || value.compare(0, colon, "ministries_of") != 0 ||
          Covered(si, i, i + len)) {
        continue;
      }
      size_t k = i + len;
      if (k >= t.size() || !Is(Lexicon::kBelongingPreposition, t[k])) continue;
      ++k;
      std::vector<int> countries;
      while (k < t.size()) {
        if (Is(Lexicon::kDefiniteArticle, t[k]) && k + 1 < t.size()) ++k;
        const Mention* c = CountryMentionAt(si, k);
        if (!c || c->b != k || c->type != MT::kCountry || c->inside_name) break;
        countries.push_back(c->gaz);
        k = c->e;
        if (k < t.size() && t[k].text == ",") ++k;
        if (k < t.size() && Is(Lexicon::kNextMemberWord, t[k])) ++k;
      }
      if (countries.size() < 2) continue;
      for (const int country : countries) {
        Mention m;
        m.type = MT::kOrg;
        m.b = i;
        m.e = i + len;
        m.body_type = "ministry";
        m.body_name = value.substr(colon + 1);
        m.body_owner = country;
        found.push_back(std::move(m));
      }
      i += len;
    }
    for (Mention& m : found) si.m.push_back(std::move(m));
  }

  // "the Afghan ministries of Foreign Affairs, Transport and Trade", "Indian ministries of
  // Defence and Finance": capitalised items after "of", joined by commas, with or without a last
  // "and" (a report may trail off: "ministries of Energy, Finance, and others"), each
  // "<head> <item>" of the country `c`. The first mention covers the plural head and
  // its item; a later one only its item. Fewer than two items is no list: nothing is added.
  void Run::CountryMinistryList(const SentenceInfo& si, const Mention& c, const Mention& head,
                                std::vector<Mention>& found) const {
    const auto& t = T(si);
    size_t k = head.e;
    if (k + 1 >= t.size() || !Is(Lexicon::kBelongingPreposition, t[k])) return;
    ++k;
    std::vector<std::pair<size_t, size_t>> items;
    while (k < t.size() && t[k].word && t[k].cap) {
      const size_t b = k;
      while (k < t.size() && t[k].word && t[k].cap) ++k;
      if (Covered(si, b, k)) return;
      items.emplace_back(b, k);
      bool last = false;
      if (k < t.size() && t[k].text == ",") ++k;
      if (k < t.size() && Is(Lexicon::kNextMemberWord, t[k])) ++k, last = true;
      if (last) {
        if (k >= t.size() || !t[k].word || !t[k].cap) return;
        const size_t lb = k;
        while (k < t.size() && t[k].word && t[k].cap) ++k;
        if (Covered(si, lb, k)) return;
        items.emplace_back(lb, k);
        break;
      }
      if (k == items.back().second) return;  // neither a comma nor "and": not a list
    }
    if (items.size() < 2) return;
    const std::string head_name = head.body_name;
    for (size_t i = 0; i < items.size(); ++i) {
      Mention m;
      m.type = MT::kOrg;
      m.b = i == 0 ? head.b : items[i].first;
      m.e = items[i].second;
      m.body_type = "ministry";
      m.body_name = head_name + " of " + Surface(si, items[i].first, items[i].second);
      m.body_owner = c.gaz;
      found.push_back(std::move(m));
    }
  }

  // Named meetings, dialogues, agreements, organizations and venues: capitalised phrases with a
  // head word from the lexicon, and "the Nth round of D".
  void Run::FindDefinedAcronyms() {
    for (const SentenceInfo& si : infos_) {
      const auto& t = T(si);
      for (const Mention& m : si.m) {
        if (m.type != MT::kOrg || m.gaz >= 0 || m.e + 2 >= t.size() || t[m.e].text != "(" || MentionAt(si, m.e + 1)) continue;
        // The acronym may name a body inside the phrase: "the Council of Ministers of the Economic
        // Community of Central African States (ECCAS)" defines ECCAS as the Community, from the
        // first capitalised word whose initials, in order, spell it.
        const std::string& acronym = t[m.e + 1].text;
        for (size_t k = m.b; k < m.e; ++k) {
          if (!t[k].cap || t[k].text[0] != acronym[0]) continue;
          if (BracketedAcronym(si, k, m.e) != acronym) continue;
          // Each capitalised word gives one letter: no loose match.
          size_t letters = 0;
          for (size_t w = k; w < m.e; ++w) letters += t[w].cap && t[w].word ? 1 : 0;
          if (letters == acronym.size()) org_acronyms_.emplace(acronym, Surface(si, k, m.e));
          break;
        }
      }
    }
    if (org_acronyms_.empty()) return;
    for (SentenceInfo& si : infos_) {
      const auto& t = T(si);
      bool added = false;
      for (size_t k = 0; k < t.size(); ++k) {
        if (!t[k].word || !org_acronyms_.count(t[k].text) || MentionAt(si, k)) continue;
        Mention m;
        m.type = MT::kOrg;
        m.b = k;
        m.e = k + 1;
        si.m.push_back(m);
        added = true;
      }
      if (added) SortMentions(si);
    }
  }

  void Run::FindNamedPhrases(SentenceInfo& si) {
    FindCountryBodies(si);
    const auto& t = T(si);
    const size_t n = t.size();
    // "the inaugural round of their Dialogue on X": a meeting that is a round of a dialogue.
    for (size_t i = si.body_from; i + 3 < n; ++i) {
      // The round noun first: it is one bit of the next token's annotation, the ordinal more.
      size_t len = 0;
      if (g_.MatchLexicon(Lexicon::kRoundNoun, t, i + 1, len).empty()) continue;
      const int ord = Ordinal(t, i);
      if (!ord) continue;
      size_t k = i + 1 + len;
      if (k >= n || !Is(Lexicon::kBelongingPreposition, t[k])) continue;
      ++k;
      while (k < n && Is(Lexicon::kSeriesDeterminer, t[k])) ++k;
      if (k >= n || !(t[k].cap || t[k].number)) continue;
      size_t end = std::max(ExtendRight(t, k), ExtendRightEvent(si, k));
      if (end <= k) continue;
      AddPhrase(si, MT::kDialogue, k, end);
      Mention m;
      m.type = MT::kMeeting;
      m.b = OrdinalBegin(t, i);
      m.e = end;
      m.gaz = ord;  // the round number
      si.m.push_back(m);
      i = end;
    }
    // "in the town of Stephenville", "the province of Newfoundland and Labrador": a place no
    // gazetteer knows, named after a lower-case `place_opener`.
    for (size_t i = si.body_from; i + 1 < n; ++i) {
      size_t len = 0;
      // Both arms lvalues, so the lexicon's value is read in place: with a temporary empty
      // string for the other arm, the value was copied at every token.
      static const std::string kNone;
      const std::string& opener =
          t[i].cap ? kNone : g_.MatchLexicon(Lexicon::kPlaceOpener, t, i, len);
      if (opener.empty() || opener == "places_after" || i + len >= n) continue;
      if (!t[i + len].cap || !t[i + len].word || MentionAt(si, i + len)) continue;
      // "the northern departments of Alibori and Atacora" (an opener of value `places`): a list,
      // each name a place of its own, joined by commas and "and".
      // Not a ministry's units: "the departments of Protocol and Consular Affairs" (a
      // `portfolio_noun` among the names) are no places.
      if (opener == "places") {
        bool units = false;
        for (size_t k = i + len;
             k < n && k < i + len + 12 && !units && (t[k].word || t[k].text == ","); ++k) {
          units = Is(Lexicon::kPortfolioNoun, t[k]);
        }
        if (units) continue;
        size_t e = i + len;
        while (e < n && t[e].cap && t[e].word && !MentionAt(si, e)) {
          const size_t b = e;
          while (e < n && t[e].cap && t[e].word && !t[e].number && !MentionAt(si, e) &&
                 !IsStopCap(t[e]) && !IsMonthOrDay(t[e])) {
            ++e;
          }
          if (e == b) break;
          if (!OverlapsPhrase(si, b, e)) AddPhrase(si, MT::kPlace, b, e);
          if (e + 1 < n && (t[e].text == "," || Is(Lexicon::kNameAnd, t[e]))) ++e;
          if (e < n && Is(Lexicon::kNameAnd, t[e])) ++e;  // ", and"
        }
        i = e > i ? e - 1 : i;
        continue;
      }
      size_t e = i + len;
      while (e < n && t[e].cap && t[e].word && !MentionAt(si, e)) {
        ++e;
        // "Newfoundland and Labrador": one name when a capitalised word follows "and" and ends it.
        if (e + 1 < n && Is(Lexicon::kNameAnd, t[e]) && t[e + 1].cap && t[e + 1].word && !MentionAt(si, e + 1) &&
            (e + 2 == n || !t[e + 2].cap)) {
          ++e;
        }
      }
      if (OverlapsPhrase(si, i + len, e)) continue;
      AddPhrase(si, MT::kPlace, i + len, e);
      i = e - 1;
    }
    // "the Volta and Ashanti regions", "the northern Kara, Plateaux and Savanes prefectures": a
    // list of capitalised names no gazetteer knows, after "the" (and at most one lower-case
    // word), before a plural place word (`place_opener` of value `places_after`) names one place
    // each. A list only: "the Asia-Pacific regions" or "the Gulf states" are no list of places,
    // nor names holding a `portfolio_noun` ("the Trade and Energy departments": a ministry's units).
    for (size_t i = si.body_from + 3; i < n; ++i) {
      size_t len = 0;
      if (t[i].cap || !t[i - 1].cap) continue;
      // "the Tolon and Kumbungu districts of Ghana": the plural opener "districts of" wins the
      // match, but names before it are such a list too.
      const std::string& plural = g_.MatchLexicon(Lexicon::kPlaceOpener, t, i, len);
      if (plural != "places_after" && plural != "places") continue;
      std::vector<std::pair<size_t, size_t>> names;
      size_t b = i;
      bool units = false;
      while (b > si.body_from) {
        size_t e = b;
        while (b > si.body_from && t[b - 1].cap && t[b - 1].word && !t[b - 1].number && !MentionAt(si, b - 1) &&
               !IsStopCap(t[b - 1]) && !IsMonthOrDay(t[b - 1])) {
          --b;
          units |= Is(Lexicon::kPortfolioNoun, t[b]);
        }
        if (b == e || e - b > 3) break;
        names.emplace_back(b, e);
        if (b > si.body_from + 1 && (t[b - 1].text == "," || Is(Lexicon::kNameAnd, t[b - 1])) && t[b - 2].cap) {
          --b;
        } else if (b > si.body_from + 2 && Is(Lexicon::kNameAnd, t[b - 1]) && t[b - 2].text == ",") {
          b -= 2;  // ", and"
        } else {
          break;
        }
      }
      if (units || names.size() < 2 || b < 1) continue;
      const size_t first = names.back().first;
      if (b != first) continue;  // the list ran into something else
      const bool article = Is(Lexicon::kDefiniteArticle, t[first - 1]) ||
                           (first >= 2 && !t[first - 1].cap && t[first - 1].word &&
                            Is(Lexicon::kDefiniteArticle, t[first - 2]));
      if (!article) continue;
      for (const auto& [nb, ne] : names) {
        if (!OverlapsPhrase(si, nb, ne)) AddPhrase(si, MT::kPlace, nb, ne);
      }
    }
    // "in Lulea, Sweden": capitalised words no gazetteer knows after "in" and before ", COUNTRY"
    // name a place in that country (PlaceContainers puts it there).
    for (size_t i = si.body_from; i + 3 < n; ++i) {
      // Lower-case: "In Europe, Germany ..." opens a sentence with a frame, not a place.
      if (t[i].text != "in") continue;
      size_t e = i + 1;
      while (e < n && e < i + 4 && t[e].cap && t[e].word && !t[e].number && !MentionAt(si, e) && !IsStopCap(t[e]) &&
             !IsMonthOrDay(t[e])) {
        ++e;
      }
      if (e == i + 1 || e + 1 >= n || t[e].text != ",") continue;
      const Mention* c = CountryMentionAt(si, e + 1);
      if (!c || c->b != e + 1 || c->type != MT::kCountry) continue;
      if (c->e < n && (Is(Lexicon::kPossessiveEnding, t[c->e]) || Is(Lexicon::kNextMemberWord, t[c->e]) || t[c->e].text == "-")) continue;
      // "will invest in Green Hydrogen, Peru said": the country opens the next clause and speaks.
      size_t said_len = 0;
      if (g_.MatchLexicon(Lexicon::kStatementSource, t, c->e, said_len) == "after") continue;
      if (OverlapsPhrase(si, i + 1, e)) continue;
      AddPhrase(si, MT::kPlace, i + 1, e);
      i = e;
    }
    // "was signed in Trebinje on Monday", "the talks were held in Ohrid last week": capitalised
    // words no gazetteer knows after a signing or holding verb and "in", up to a date or the
    // clause's end, name the town where it happened.
    // So after a named meeting ("the Leaders Meeting in Koror."), and after a `travel_verb` and
    // "to" or "in" (the traveller's next stop): "will travel to
    // Kpandu, where ...", "arrived in Sokodé on Monday"; not in a headline, whose capitals are no
    // names.
    for (size_t i = si.body_from + 1; i + 1 < n; ++i) {
      if (t[i].text != "in" && !(!t[i].cap && Is(Lexicon::kStopPreposition, t[i]))) continue;
      bool after_verb = t[i].text == "in" && Is(Lexicon::kSigningVerb, t[i - 1]);
      if (!si.headline && !after_verb) {
        const size_t v = i >= si.body_from + 2 && Is(Lexicon::kOnwardWord, t[i - 1]) ? i - 2 : i - 1;  // "flew on to"
        after_verb = Is(Lexicon::kTravelVerb, t[v]);
      }
      if (t[i].text != "in" && !after_verb) continue;
      // "will host next year's Leaders Meeting in Koror.": a named meeting, then "in", is held
      // there as a held verb's is.
      for (size_t back = 1; !after_verb && back <= 3 && back <= i; ++back) {
        size_t len = 0;
        after_verb = t[i - back].cap && !g_.MatchLexicon(Lexicon::kMeetingHead, t, i - back, len).empty() && len == back;
      }
      for (size_t k = i > si.body_from + 3 ? i - 3 : si.body_from; k < i && !after_verb; ++k) {
        size_t len = 0;
        after_verb = !g_.MatchLexicon(Lexicon::kHeldVerb, t, k, len).empty() && k + len == i;
      }
      if (!after_verb) continue;
      size_t e = i + 1;
      while (e < n && e < i + 4 && t[e].cap && t[e].word && !t[e].number && !MentionAt(si, e) && !IsStopCap(t[e]) &&
             !IsMonthOrDay(t[e])) {
        ++e;
      }
      if (e == i + 1 || e >= n) continue;
      const bool ends = (!t[e].word && !t[e].number && t[e].text != "-" &&
                         !Is(Lexicon::kPossessiveEnding, t[e])) ||
                        Is(Lexicon::kDateAnchor, t[e]) || IsMonthOrDay(t[e]);
      if (!ends || OverlapsPhrase(si, i + 1, e)) continue;
      AddPhrase(si, MT::kPlace, i + 1, e);
      i = e;
    }
    for (size_t i = 0; i < n; ++i) {
      // "at the Aurora official residence": a lower-case venue description of two words after
      // a capitalised name that no other mention covers names the place by that name alone.
      // So does a one-word one right after a `venue_preposition` with no article ("talks at
      // Beit-Salam palace", a wire report's lower-case head).
      size_t desc_len = 0;
      if (t[i].word && !t[i].cap && i > 0 && t[i - 1].cap &&
          !g_.MatchLexicon(Lexicon::kVenueHead, t, i, desc_len).empty()) {
        const size_t b = ExtendLeft(t, i);
        bool known = false;
        for (const Mention& m : si.m) known |= m.b < i && b < m.e;
        const bool opened = b > si.body_from && ((desc_len >= 2 && Is(Lexicon::kArticle, t[b - 1])) ||
                                                 Is(Lexicon::kVenuePreposition, t[b - 1]));
        if (b < i && opened && !known && !OverlapsPhrase(si, b, i)) {
          AddPhrase(si, MT::kPlace, b, i);
          i += desc_len - 1;
          continue;
        }
      }
      if (!t[i].word || !t[i].cap) continue;
      if (OverlapsPhrase(si, i, i + 1)) continue;
      size_t len = 0;
      size_t head_venue_len = 0;
      // "the Bingu International Convention Centre": a longer venue head wins over the instrument word.
      if (!g_.MatchLexicon(Lexicon::kAgreementHead, t, i, len).empty() &&
          (g_.MatchLexicon(Lexicon::kVenueHead, t, i, head_venue_len).empty() || head_venue_len <= len)) {
        size_t b = ExtendLeft(t, i);
        size_t e = ExtendRight(t, i + len);
        // "the Head of the Vienna Convention Secretariat", "the Geneva Accord Fund": an
        // organization head right after the instrument's name makes the whole phrase the body
        // that serves the instrument, left to the organization rule below; the instrument is no
        // node of its own (nothing in the phrase says anyone signed or agreed it).
        // So does a venue head: "the Lisbon Convention Centre" is a building, left to the venue
        // rule below.
        size_t org_len = 0;
        if (i + len < n && t[i + len].cap && t[i + len].word &&
            (!g_.MatchLexicon(Lexicon::kOrgHead, t, i + len, org_len).empty() ||
             !g_.MatchLexicon(Lexicon::kVenueHead, t, i + len, org_len).empty())) {
          i += len - 1;
          continue;
        }
        // "the Director of the State Protocol of the Ministry": an office's unit, named by an
        // instrument word, is a body; the ministry after it is a body of its own.
        size_t k = b;
        if (k > 0 && Is(Lexicon::kArticle, t[k - 1])) --k;
        if (k > 1 && Is(Lexicon::kBelongingPreposition, t[k - 1]) && Is(Lexicon::kUnitOfficeNoun, t[k - 2])) {
          if (i + len - b >= 2 && !OverlapsPhrase(si, b, i + len)) AddPhrase(si, MT::kOrg, b, i + len);
          i += len - 1;
          continue;
        }
        if (e - b >= 2 && !OverlapsPhrase(si, b, e)) {
          AddPhrase(si, MT::kAgreement, b, e);
          i = e - 1;
          continue;
        }
      }
      if (!g_.MatchLexicon(Lexicon::kOtherHead, t, i, len).empty()) {
        size_t b = ExtendLeft(t, i);
        if (i - b >= 1 && !OverlapsPhrase(si, b, i + len) && !OverlapsGazetteer(si, b, i + len, MT::kOrg)) {
          AddPhrase(si, MT::kOther, b, i + len);
          continue;
        }
      }
      const Mention* inside = MentionAt(si, i);
      const bool in_title = inside && inside->type == MT::kTitle;  // "European Commission President"
      static const std::string kNoHead;  // an lvalue arm: the value is not copied (see opener)
      const std::string& org_head = in_title ? kNoHead : g_.MatchLexicon(Lexicon::kOrgHead, t, i, len);
      // "the 19th Conference of Heads of State and Government": an assembly of a bloc's leaders
      // with an ordinal before it is one of its meetings, not the body.
      const bool meeting_of_assembly = org_head == "assembly" && ExtendLeft(t, i) > 0 &&
                                       Ordinal(t, ExtendLeft(t, i) - 1) != 0;
      if (!org_head.empty() && !meeting_of_assembly && !SeriesHeadWithin(t, ExtendLeft(t, i), i + len)) {
        size_t b = ExtendLeft(t, i);
        size_t e = ExtendRight(t, i + len);
        // "Commission President Ana Souza and the Council of Europe": a title before the head
        // starts a person's name, so the body begins after the "and" that ends that name.
        for (const Mention& m : si.m) {
          if (m.type != MT::kTitle || m.b < b || m.e > i) continue;
          size_t k = m.e;
          while (k < i && !Is(Lexicon::kNextMemberWord, t[k])) ++k;
          b = std::max(b, std::min(i, k + 1));
        }
        // "Peru and Andean Development Bank sign loan" (a headline drops the article): a whole
        // country before "and" is one of two parties, not the first words of the body's name. A
        // country whose own name holds the "and" ("Trinidad and Tobago Development Bank") is one
        // mention that does not end before it.
        for (const Mention& m : si.m) {
          if ((m.type != MT::kCountry && m.type != MT::kCapital) || m.b < b || m.e >= i) continue;
          if (Is(Lexicon::kNextMemberWord, t[m.e])) b = std::max(b, m.e + 1);
        }
        // "coordination between the Council and NATO": a bare head before "and" is a body named
        // again by its head (NameBodiesByHead), not the first word of one name with what follows.
        if (b == i && e > i + len && Is(Lexicon::kNextMemberWord, t[i + len])) e = i + len;
        // "European Commission President Jean-Claude Juncker": the body ends where a title starts.
        // A title after "of" is part of the body's name: "Council of Ministers", and so after "of
        // the": "the Office of the President" is the body, not an office of a nameless holder.
        for (const Mention& m : si.m) {
          if (m.type != MT::kTitle || m.b < i + len || m.b >= e) continue;
          const bool after_of = Is(Lexicon::kBelongingPreposition, t[m.b - 1]) ||
                                (m.b >= 2 && Is(Lexicon::kDefiniteArticle, t[m.b - 1]) &&
                                 Is(Lexicon::kBelongingPreposition, t[m.b - 2]));
          if (!after_of) e = m.b;
        }
        // "Japan-India Association" keeps its countries; "Indian Ministry of X" does not: a
        // government body's owner is not part of its name.
        while (b < i && IsCountryToken(si, b) && Is(Lexicon::kMinistryNoun, t[i])) ++b;
        // "at Parliament House", "the Central Bank theater": a body's name before a venue word is
        // the building, a place.
        size_t venue_len = 0;
        const bool venue_last = e > i + len && Is(Lexicon::kVenueHead, t[e - 1]);
        const bool venue_after = e < t.size() && t[e].word && !t[e].cap &&
                                 !g_.MatchLexicon(Lexicon::kVenueHead, t, e, venue_len).empty();
        if ((venue_last || venue_after) && !OverlapsPhrase(si, b, e + (venue_after ? venue_len : 0)) &&
            !IsGazetteerSpan(si, b, e, MT::kOrg) && !IsGazetteerSpan(si, b, e, MT::kTitle)) {
          if (venue_after) e += venue_len;
          AddPhrase(si, MT::kPlace, b, e);
          i = e - 1;
          continue;
        }
        // "the Ministry of Foreign Affairs, Trade and Development", "Ministry of Agriculture,
        // Forestry and Fisheries": portfolios after a comma, the last after "and", go on with a
        // body's name (each a capitalised portfolio_noun, at most three words); the longer name
        // wins over a gazetteer body that ends at the comma.
        const size_t listed =
            e > i + len ? PortfolioListEnd(
                              t, e, [&](const Token& w) { return Is(Lexicon::kPortfolioNoun, w); },
                              [&](const Token& w) { return Is(Lexicon::kPortfolioAnd, w); })
                        : e;
        if (listed > e && !OverlapsPhrase(si, b, listed)) {
          AddPhrase(si, MT::kOrg, b, listed);
          i = listed - 1;
          continue;
        }
        if (e - b >= 2 && !OverlapsPhrase(si, b, e) && !IsGazetteerSpan(si, b, e, MT::kTitle)) {
          if (OverlapsGazetteer(si, i, i + len, MT::kOrg) || IsGazetteerSpan(si, b, e, MT::kCountry) ||
              IsGazetteerSpan(si, b, e, MT::kOrg)) {
            i = e - 1;
            continue;
          }
          AddPhrase(si, MT::kOrg, b, e);
          i = e - 1;
          continue;
        }
      }
      const std::string& venue_kind = g_.MatchLexicon(Lexicon::kVenueHead, t, i, len);
      if (venue_kind == "leading") {
        // "at the Casa Amarilla", "talks at Auberge de Castille": a venue word that opens a name
        // (Romance and German order: value `leading`), capitalised, not inside a person's name
        // ("Pedro Villa Ruiz"), with at least one capitalised word after it; the name ends at
        // "and" ("the Casa Amarilla and Foreign Minister A").
        if (!t[i].cap || (i > 0 && t[i - 1].word && t[i - 1].cap)) continue;
        size_t e = ExtendRight(t, i + len);
        for (size_t k = i + len; k < e; ++k) {
          if (Is(Lexicon::kNameAnd, t[k])) {
            e = k;
            break;
          }
        }
        if (e > i + len && t[e - 1].cap && !OverlapsPhrase(si, i, e) && !IsGazetteerSpan(si, i, e, MT::kPlace) &&
            !IsGazetteerSpan(si, i, e, MT::kCountry)) {
          AddPhrase(si, MT::kPlace, i, e);
          i = e - 1;
        }
        continue;
      }
      if (!venue_kind.empty()) {
        size_t b = ExtendLeft(t, i);
        // "the Grandmaster's Palace", "the People's Hall": a possessive inside the venue's name,
        // after "the" and a capitalised word no other mention holds (not "Ghana's State House",
        // whose possessor is a country, nor "Mora's house" with no article).
        if (b == i && b >= 3 && Is(Lexicon::kPossessiveEnding, t[b - 1]) && t[b - 2].word && t[b - 2].cap &&
            !IsStopCap(t[b - 2]) && !MentionAt(si, b - 2) && Is(Lexicon::kDefiniteArticle, t[b - 3])) {
          b -= 2;
        }
        size_t e = ExtendRight(t, i + len);
        // "the Capacity Building Programme": a venue word followed straight by a capitalised word,
        // the name ending in no venue word, is not the name's head ("Palace of Nations", "Fort de
        // Cap Brun" go on with a lower-case word and stay places).
        size_t tail_len = 0;
        // A country's name alone after the head is the venue's, not a new head: "the
        // International Conference Centre Seychelles" is a building named with its country.
        const Mention* country_tail = e > i + len ? CountryMentionAt(si, i + len) : nullptr;
        const bool head_inside = e > i + len && t[i + len].word && t[i + len].cap &&
                                 !(country_tail && country_tail->b == i + len && country_tail->e == e) &&
                                 g_.MatchLexicon(Lexicon::kVenueHead, t, e - 1, tail_len).empty();
        if (e - b >= 2 && !head_inside && !OverlapsPhrase(si, b, e) && !IsGazetteerSpan(si, b, e, MT::kTitle) &&
            !IsGazetteerSpan(si, b, e, MT::kPlace) && !IsGazetteerSpan(si, b, e, MT::kCountry)) {
          AddPhrase(si, MT::kPlace, b, e);
          i = e - 1;
          continue;
        }
      }
    }
    // "the strategic partnership between India and Brazil": a lower-case partnership named by
    // its adjectives and the two countries after it.
    for (size_t i = si.body_from + 1; i + 4 < n; ++i) {
      if (!Is(Lexicon::kPartnershipNoun, t[i]) || t[i].cap || !Is(Lexicon::kSidesOpener, t[i + 1])) continue;
      const Mention* a = CountryMentionAt(si, i + 2);
      if (!a || a->e + 1 >= n || !Is(Lexicon::kNextMemberWord, t[a->e])) continue;
      const Mention* b = CountryMentionAt(si, a->e + 1);
      if (!b || OverlapsPhrase(si, i, b->e)) continue;
      size_t begin = i;
      while (begin > si.body_from && t[begin - 1].word && !t[begin - 1].cap &&
             Is(Lexicon::kPartnershipAdjective, t[begin - 1])) {
        --begin;
      }
      if (begin == i) continue;  // "a partnership between": too generic
      AddPhrase(si, MT::kAgreement, begin, b->e);
    }
    // Meetings and series: "India-Japan 2+2 Ministerial meeting", "the 14th India-Japan annual
    // summit", "the FS-Vice Ministerial Dialogue", "Quad Foreign Ministers' Meeting".
    if (si.headline) return;
    for (size_t i = si.body_from; i < n; ++i) {
      EventHead head;
      if (!MatchEventHead(t, i, head)) continue;
      size_t e = head.end;
      const size_t head_end = e;
      if (t[i].cap) e = ExtendRight(t, e);  // "Dialogue on Economic Security, including ..."
      if (!t[i].cap && e + 1 < n && Is(Lexicon::kBelongingPreposition, t[e])) {
        // "the meeting of BRICS Ministers of ...": a lower-case head names what follows only when
        // that names a body or countries (not "mechanism of the Belt and Road Initiative").
        const size_t right = ExtendRight(t, e);
        bool body = false;
        for (size_t k = e + 1; k < right; ++k) {
          const Mention* m = MentionAt(si, k);
          body |= m && (m->type == MT::kOrg || m->type == MT::kCountry || m->type == MT::kCapital);
        }
        if (body) e = right;
      }
      size_t b = ExtendLeftEvent(si, i);
      // "the Ministerial Meeting of Envoys on the Review of the Action Points of the Andean Trade
      // Forum": a body the earlier stages named (no gazetteer entry) after "of" in the name's tail
      // is the body the meeting belongs to. It stays a mention inside the name, as a gazetteer
      // body does, instead of keeping the meeting from being named at all.
      std::vector<Mention> bodies_inside;
      std::vector<Mention> instruments_inside;
      bool blocked = false;
      for (const Mention& o : si.m) {
        if (o.b >= e || b >= o.e) continue;
        const bool body_of = o.type == MT::kOrg && o.gaz < 0 && o.b > head_end && o.e <= e &&
                             (Is(Lexicon::kNameOf, t[o.b - 1]) ||
                              (Is(Lexicon::kArticle, t[o.b - 1]) && Is(Lexicon::kNameOf, t[o.b - 2])));
        // "the Joint Committee of the Peru-Ghana Free Trade Agreement": a series set up by an
        // instrument is named by it; the instrument stays a mention inside the name.
        const bool instrument_of =
            head.series && t[i].cap && o.type == MT::kAgreement && o.b > head_end && o.e == e &&
            o.b >= 2 &&
            (Is(Lexicon::kNameOf, t[o.b - 1]) ||
             (Is(Lexicon::kArticle, t[o.b - 1]) && Is(Lexicon::kNameOf, t[o.b - 2])));
        if (body_of) {
          bodies_inside.push_back(o);
        } else if (instrument_of) {
          instruments_inside.push_back(o);
        } else if (o.type == MT::kMeeting || o.type == MT::kDialogue || o.type == MT::kAgreement ||
                   (o.type == MT::kOrg && o.gaz < 0) || (o.type == MT::kPlace && o.gaz < 0)) {
          blocked = true;  // the phrases OverlapsPhrase weighs
        }
      }
      const int ord = b > 0 ? Ordinal(t, b - 1) : 0;
      // A series' name or a numbered session keeps the body to the rules for bodies that meet.
      if (!bodies_inside.empty() && (head.series || ord || RoundHeldAfter(si, e, nullptr) > 0)) blocked = true;
      if (blocked) {
        i = e - 1;
        continue;
      }
      const Naming naming = e > head_end ? Naming::kProper : NamingOf(si, b, i, e);
      if ((naming == Naming::kNone || naming == Naming::kGeneric) && head.occurrence && !ord) {
        // "their annual bilateral summit": an occurrence of an explicitly recurring series.
        AddPhrase(si, MT::kDialogue, b, e);
        Mention m;
        m.type = MT::kMeeting;
        m.b = b;
        m.e = e;
        AddMention(si, m);
        i = e - 1;
        continue;
      }
      if (naming == Naming::kNone || naming == Naming::kPlaceOnly) {
        // "the meeting", "the Tokyo meeting", "this dialogue": the event in focus; so is "the
        // two-day meeting" (a length between the determiner and the head).
        size_t det = b;
        if (det >= 4 && Is(Lexicon::kDurationNoun, t[det - 1]) && t[det - 2].text == "-" &&
            !t[det - 2].space_before && t[det - 3].word && !t[det - 3].cap) {
          det -= 3;
        }
        if (det > 0 && !ord && Is(Lexicon::kFocusDeterminer, t[det - 1])) {
          Mention m;
          m.type = head.series && !head.occurrence ? MT::kDialogueRef : MT::kMeetingRef;
          m.b = det - 1;
          m.e = e;
          si.m.push_back(m);
        } else if (b >= 2 && !ord && !head.series && Is(Lexicon::kPossessiveEnding, t[b - 1])) {
          // "Wednesday's session", "yesterday's talks": a day as the determiner names the
          // meeting in focus, and the day (left outside the mention) dates it.
          auto day = internal::MatchDate(t, b - 2, published_, internal::Tense::kPast);
          if (day && day->end == b - 1) {
            Mention m;
            m.type = MT::kMeetingRef;
            m.b = b;
            m.e = e;
            si.m.push_back(m);
          }
        } else if (ord && !head.series &&
                   ((b >= 2 && Is(Lexicon::kAnaphorDeterminer, t[b - 2])) ||
                    (b >= 4 && Is(Lexicon::kPossessiveEnding, t[b - 2]) &&
                     Is(Lexicon::kBodyHeadWord, t[b - 3]) && Is(Lexicon::kArticle, t[b - 4])))) {
          // "the first summit", "its third meeting": an edition of the series in focus; "the
          // bloc's Ninth Summit", "the grouping's seventh summit": an edition of a series of the
          // body spoken of. Both are resolved in Relations, once the series is known (the series
          // in focus, or the latest body's).
          Mention m;
          m.type = MT::kMeeting;
          m.b = b - 1;
          m.e = e;
          m.gaz = ord;
          m.edition_of_focus = true;
          si.m.push_back(m);
        }
        i = e - 1;
        continue;
      }
      if (naming == Naming::kGeneric && !ord && !head.series) {
        // "the foreign ministerial meeting": the meeting in focus, or the first one named.
        Mention m;
        m.type = MT::kMeetingRef;
        m.b = b;
        m.e = e;
        m.gaz = -2;  // may start a meeting when none is in focus
        AddMention(si, m);
        i = e - 1;
        continue;
      }
      if (head.series || ord) {
        AddPhrase(si, MT::kDialogue, b, e);
        if (ord || head.occurrence || HeldContext(si, b, e)) {
          Mention m;
          m.type = MT::kMeeting;
          m.b = ord ? OrdinalBegin(t, b - 1) : b;
          m.e = e;
          m.gaz = ord;  // the round number, 0 when the text gives none
          AddMention(si, m);
        }
      } else if (RoundHeldAfter(si, e, nullptr) > 0) {
        // "The 2+2 Ministers' Meeting between A and B will hold its fourth round": a name that
        // holds rounds names a series.
        AddPhrase(si, MT::kDialogue, b, e);
      } else {
        AddPhrase(si, MT::kMeeting, b, e);
      }
      for (Mention& o : bodies_inside) {
        o.inside_name = true;
        si.m.push_back(o);
      }
      for (Mention& o : instruments_inside) {
        o.inside_name = true;
        si.m.push_back(o);
      }
      i = e - 1;
    }
    // "this dialogue", "the dialogue": the dialogue in focus.
    for (size_t i = si.body_from; i + 1 < n; ++i) {
      if (Is(Lexicon::kReferBackDeterminer, t[i]) && Is(Lexicon::kSeriesRefNoun, t[i + 1]) &&
          !Covered(si, i + 1, i + 2)) {
        Mention m;
        m.type = MT::kDialogueRef;
        m.b = i;
        m.e = i + 2;
        si.m.push_back(m);
      }
    }
    SortMentions(si);
  }

  // Whether a series head ("Joint Commission") lies in tokens [b, e): then the phrase names a
  // dialogue, not an organization.
  bool Run::SeriesHeadWithin(const std::vector<Token>& t, size_t b, size_t e) const {
    for (size_t k = b; k < e; ++k) {
      size_t len = 0;
      if (!g_.MatchLexicon(Lexicon::kSeriesHead, t, k, len).empty() && k + len <= e + 1) return true;
    }
    return false;
  }

  bool Run::OverlapsGazetteer(const SentenceInfo& si, size_t b, size_t e, MT type) const {
    for (const Mention& m : si.m) {
      if (m.type == type && m.gaz >= 0 && m.b < e && b < m.e) return true;
    }
    return false;
  }

  bool Run::IsGazetteerSpan(const SentenceInfo& si, size_t b, size_t e, MT type) const {
    for (const Mention& m : si.m) {
      if (m.type == type && m.b == b && m.e == e && m.gaz >= 0) return true;
    }
    return false;
  }

}  // namespace dkg::extract
