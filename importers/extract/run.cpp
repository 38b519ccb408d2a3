// The extractor's driver (Run::Go): sentences, story date, dateline, and the stages in order.
// See run.h for the data each stage reads and writes.

#include "importers/extract/run.h"

#include <algorithm>
#include <string>
#include <vector>

#include "importers/extract/agreement_stage.h"

namespace dkg::extract {

namespace {

// Verbs and phrases that put a statement in the future, so its weekdays point forward: "will",
// "the summit to be held in Hiroshima", "is due to meet", "are to sign" (lexicon: future_*).
bool FutureTense(const internal::Gazetteer& g, const std::vector<Token>& t, size_t b, size_t e) {
  for (size_t i = b; i < e && i < t.size(); ++i) {
    if (g.IsLexiconWord(Lexicon::kFutureCue, t[i])) return true;
    if (!g.IsLexiconWord(Lexicon::kInfinitiveMarker, t[i]) || i + 1 >= t.size()) continue;
    if (i + 2 < t.size() && g.IsLexiconWord(Lexicon::kPassiveBe, t[i + 1]) && g.IsLexiconWord(Lexicon::kFuturePassive, t[i + 2])) return true;
    if (i > 0 && g.IsLexiconWord(Lexicon::kFutureBeforeTo, t[i - 1])) return true;
    // "invited her to visit Lima in March", "an invitation to attend": what one is invited to do
    // is still to come, so its month is the next such month. The guest may stand between
    // (at most three words, no punctuation). Only before a verb: "invited to the summit on
    // Monday" may be told of one that is over.
    const bool verb_next = t[i + 1].word && !t[i + 1].cap && !g.IsLexiconWord(Lexicon::kArticle, t[i + 1]) &&
                           !g.IsLexiconWord(Lexicon::kPossessiveDeterminer, t[i + 1]);
    for (size_t k = i; verb_next && k-- > b && k + 4 >= i;) {
      if (g.IsLexiconWord(Lexicon::kInviteVerb, t[k])) return true;
      if (!t[k].word) break;
    }
  }
  return false;
}

bool FutureTense(const internal::Gazetteer& g, const Sentence& s) {
  return FutureTense(g, s.tokens, 0, s.tokens.size());
}

// Whether a body line is nothing but a written date ("March 3, 2026", "3 March 2026."), a line
// of its own.
bool DateOnlyLine(const std::vector<SentenceInfo>& infos, const SentenceInfo& si) {
  const auto& t = si.s->tokens;
  const size_t end = t.empty() ? 0 : internal::WrittenDateEnd(t, 0);
  if (end == 0 || !(end == t.size() || (end + 1 == t.size() && t[end].text == "."))) return false;
  const size_t i = static_cast<size_t>(&si - infos.data());
  return i + 1 >= infos.size() || infos[i + 1].s->paragraph != si.s->paragraph;
}

}  // namespace

  ExtractedGraph Run::Go() {
    // The headline is a sentence of its own (paragraph -1); the body follows.
    const auto& doc = src_.document;
    size_t title_end = text_.find('\n');
    if (title_end == std::string::npos) title_end = text_.size();
    int64_t title_begin = 0;
    // Spaces, a byte order mark and no-break spaces before the headline; a headline may start
    // with a non-ASCII letter ("Ürümqi hosts ...").
    while (title_begin < static_cast<int64_t>(title_end)) {
      if (text_[title_begin] == ' ') {
        ++title_begin;
      } else if (text_.compare(title_begin, 3, "\xEF\xBB\xBF") == 0) {
        title_begin += 3;
      } else if (text_.compare(title_begin, 2, "\xC2\xA0") == 0) {
        title_begin += 2;
      } else {
        break;
      }
    }
    if (src_.body_begin > 0 && !doc.title.empty()) {
      sentences_ = internal::SplitSentences(text_, title_begin, static_cast<int64_t>(title_end), -1);
      for (auto& s : sentences_) s.paragraph = -1;
    }
    auto body = internal::SplitSentences(text_, src_.body_begin, static_cast<int64_t>(text_.size()));
    sentences_.insert(sentences_.end(), std::make_move_iterator(body.begin()),
                      std::make_move_iterator(body.end()));
    for (auto& sentence : sentences_) {
      g_.Annotate(sentence.tokens);
      for (Token& t : sentence.tokens) t.never_name = t.word && t.cap && NeverName(t);
    }
    infos_.resize(sentences_.size());
    size_t body_sentences = 0;
    for (size_t i = 0; i < sentences_.size(); ++i) {
      infos_[i].s = &sentences_[i];
      infos_[i].headline = sentences_[i].paragraph < 0;
      infos_[i].body_index = body_sentences;
      body_sentences += !infos_[i].headline;
      infos_[i].future = FutureTense(g_, sentences_[i]);
    }
    if (!infos_.empty()) {
      bool after_byline = false;
      for (auto& si : infos_) {
        if (si.headline) continue;
        // A byline before the dateline is read as nothing but its date: the dateline, if any,
        // opens the next line. Its date is the story's when the document gave none.
        if (const size_t byline = BylineEnd(si); byline > 0) {
          si.body_from = byline;
          if (!published_.valid()) BylineDay(si);
          after_byline = true;
          continue;
        }
        // "By Anna Lee" / "March 3, 2026" / "BERGEN - ...": a line of nothing but a date after
        // the byline is the date line the document would have given second (the reader looks
        // only there); the dateline opens the line after it.
        if (after_byline && DateOnlyLine(infos_, si)) {
          si.body_from = si.s->tokens.size();
          if (!published_.valid()) BylineDay(si);
          after_byline = false;
          continue;
        }
        si.body_from = DatelineEnd(*si.s);
        DatelineDay(si);
        break;
      }
    }
    for (auto& si : infos_) {
      if (si.future) si.future_clause = FutureClauses(si);
    }
    FindStoryDate();
    for (auto& si : infos_) si.day = SentenceDay(si);
    for (auto& si : infos_) FindGazetteerMentions(si);
    for (auto& si : infos_) FindNamedPhrases(si);
    FindDefinedAcronyms();
    for (auto& si : infos_) FindDescribedCapitals(si);  // after names mark countries inside them
    for (auto& si : infos_) FindOfficials(si);
    for (auto& si : infos_) MakeEntityNodes(si);
    for (auto& si : infos_) FindSurnameMentions(si);
    for (auto& si : infos_) Relations(si);
    Finish();
    ExtractedGraph graph = builder_.Take();
    // Agreement lifecycle stages (extract/agreement_stage.h), read from the finished graph.
    if (auto stages = extract::AgreementStageLexicon::LoadEmbedded(); stages.ok()) stages.value()->AddStages(sentences_, published_, graph);
    extract::DropPartiesOfNegotiatedOnly(graph);
    return graph;
  }

  // The day the story's news happened: a report published on Saturday about talks "on Thursday,
  // June 30" dates its undated mentions ("welcoming the visit of the Minister to Brazil") to the
  // Thursday, not the Saturday. It is the first day-precise past date of the lead (the first
  // three body sentences) said "on" a day or as a weekday, from the publication day back to a
  // fortnight before it; a story without one keeps the publication date.
  void Run::FindStoryDate() {
    story_ = published_;
    size_t seen = 0;
    for (const SentenceInfo& si : infos_) {
      if (si.headline) continue;
      if (++seen > 3) break;
      const auto& t = T(si);
      for (size_t i = si.body_from; i < t.size(); ++i) {
        auto d = internal::MatchDate(t, i, published_, internal::Tense::kPast);
        if (!d) continue;
        const bool on = d->relative || (i > 0 && Is(Lexicon::kDayPreposition, t[i - 1]));
        const auto back = internal::DaysBetween(d->date, published_);
        if (on && back && *back >= 0 && *back <= 14) {
          story_ = d->date;
          return;
        }
        i = d->end - 1;
      }
    }
  }

  // The first day-precise past date a body sentence gives within a week of the story's date,
  // not one bounding something else ("until Friday", "since March 6"): the day an undated
  // sentence after it may be telling of (StoryDayAfter).
  std::string Run::SentenceDay(const SentenceInfo& si) const {
    if (si.headline || si.future) return std::string();
    const auto& t = T(si);
    for (size_t i = si.body_from; i < t.size(); ++i) {
      if (Is(Lexicon::kSinceWord, t[i])) break;  // "since the accord of March 6": a bound, not the day told of
      auto d = internal::MatchDate(t, i, published_, internal::Tense::kPast);
      if (!d) continue;
      const auto apart = internal::DaysBetween(d->date, story_);
      if (!BoundsOther(t, i) && d->date.Iso().size() == 10 && apart && *apart >= -kNearDays && *apart <= kNearDays) {
        return d->date.Iso();
      }
      i = d->end - 1;
    }
    return std::string();
  }

  // "ASTANA, 14 May 2024 - ... took place today", posted on the 15th: a dateline's date is the
  // day the report was filed, and its "today" and weekdays count from that day, not from the
  // posting a day or three later. A dateline date further from the posting is left alone.
  void Run::DatelineDay(const SentenceInfo& si) {
    const auto& t = T(si);
    for (size_t i = 0; i < si.body_from && i < t.size(); ++i) {
      auto d = internal::MatchDate(t, i, published_, internal::Tense::kPast);
      if (!d || d->relative || d->date.Iso().size() != 10) continue;
      const auto back = published_.valid() ? internal::DaysBetween(d->date, published_) : std::optional<long>(0);
      if (back && *back >= 0 && *back <= 3) published_ = d->date;
      return;
    }
  }

  // Whether a word has no lower-case letter and at least two capitals, in any script ("LIMA",
  // "TROMSØ", "ÉVORA", a surname "SUGA"). One test for every rule that reads capitals.
  bool Run::AllCapitals(std::string_view text) {
    int upper = 0;
    for (size_t k = 0; k < text.size();) {
      const unsigned char c = static_cast<unsigned char>(text[k]);
      if (c < 0x80) {
        if (c >= 'a' && c <= 'z') return false;
        upper += c >= 'A' && c <= 'Z';
        ++k;
        continue;
      }
      int length = 1;
      const char32_t cp = unicode::Decode(text, k, length);
      if (unicode::IsUpper(cp)) {
        ++upper;
      } else if (unicode::IsLetter(cp)) {
        return false;
      }
      k += static_cast<size_t>(length);
    }
    return upper >= 2;
  }

  // "By Anna Lee, 3 March 2026" on the line after the headline: the publication date the
  // document did not give on a line of its own.
  void Run::BylineDay(const SentenceInfo& si) {
    const auto& t = T(si);
    for (size_t i = 0; i < t.size(); ++i) {
      auto d = internal::MatchDate(t, i, published_, internal::Tense::kPast);
      if (!d || d->relative || d->date.Iso().size() != 10) continue;
      published_ = d->date;
      return;
    }
  }

  // The end of a run of up to three words in capitals at the sentence's start ("SAN PEDRO"), a
  // dateline's town no gazetteer knows; 0 when the first word has a lower-case letter.
  // One word alone is an acronym, not a town, when it is three letters or fewer, or has no vowel,
  // or the story writes it in capitals again: "QWZ - The ministers ..." is an agency or a body
  // (a town's name is written in prose as "Swakopmund", an acronym keeps its capitals).
  size_t Run::CapitalsPlaceEnd(const std::vector<Token>& t) const {
    size_t i = 0;
    for (size_t words = 0;
         i < t.size() && words < 3 && t[i].word && !t[i].number && AllCapitals(t[i].text);) {
      ++i;
      ++words;
      // "PUERTO-MONTT", "SANKT-PETERBURG": a hyphen with no space on either side joins two words
      // of one name (the dateline's own dash has spaces, or no capitals word after it).
      if (words < 3 && i + 1 < t.size() && t[i].text == "-" && !t[i].space_before &&
          !t[i + 1].space_before && t[i + 1].word && !t[i + 1].number && AllCapitals(t[i + 1].text)) {
        ++i;
      }
    }
    if (i != 1) return i;
    const std::string& w = t[0].text;
    const std::string& low = t[0].lower;
    // The vowel test is one of spelling, not of phrasing (no report's wording is read here): a
    // Latin-script word with no vowel letter cannot be read aloud as a name, so it is an
    // initialism. It stays a character class in the code, as the ASCII test beside it does.
    if (unicode::IsAscii(w)) {
      if (w.size() <= 3 || low.find_first_of("aeiouy") == std::string::npos) return 0;
    }
    for (size_t at = text_.find(w, static_cast<size_t>(t[0].end)); at != std::string::npos;
         at = text_.find(w, at + w.size())) {
      const bool starts =
          at == 0 || !unicode::IsAsciiAlnum(static_cast<unsigned char>(text_[at - 1]));
      const size_t after = at + w.size();
      const bool ends =
          after >= text_.size() || !unicode::IsAsciiAlnum(static_cast<unsigned char>(text_[after]));
      // A later dateline opening a paragraph ("QUITO (Agency) --") is the town's again.
      const bool line_start = at > 0 && text_[at - 1] == '\n';
      if (starts && ends && !line_start) return 0;
    }
    return i;
  }

  // "By Anna Lee, 3 March 2026", "By A B, Reuters": a byline, a line of its own opening the body
  // with a `byline_word` and a capitalised name that is no month or weekday, short and without a
  // sentence's closing stop ("By Monday the talks had ended." is a sentence).
  size_t Run::BylineEnd(const SentenceInfo& si) const {
    const auto& t = T(si);
    if (t.size() < 2 || t.size() > 16 || !Is(Lexicon::kBylineWord, t[0]) || !t[0].cap) return 0;
    if (!t[1].word || !t[1].cap || t[1].number || IsMonthOrDay(t[1])) return 0;
    const std::string& last = t.back().text;
    if (last == "." || last == "!" || last == "?") return 0;
    const size_t i = static_cast<size_t>(&si - infos_.data());
    if (i + 1 >= infos_.size() || infos_[i + 1].s->paragraph == si.s->paragraph) return 0;
    return t.size();
  }

  // A dateline opens the first body sentence: "New Delhi [India], November 27 :",
  // "TOKYO, Nov 27 (Reuters) -", "New Delhi, Nov 27 (PTI)", "New Delhi:", "Delhi - ",
  // "Hanoi - 3 March 2026:"; or is a line of its own ("Lima, 3 March 2026").
  // Returns the token index after it, or 0.
  size_t Run::DatelineEnd(const Sentence& s) const {
    const auto& t = s.tokens;
    // "3 March 2026 - Foreign Minister A met B yesterday", "March 3, 2026: ...": a dateline of
    // nothing but a date with its year, then a dash or colon. The story's date, no meeting's.
    if (const size_t date_end = internal::WrittenDateEnd(t, 0);
        date_end > 0 && date_end + 1 < t.size() &&
        (t[date_end].text == "-" || t[date_end].text == "--" || t[date_end].text == ":") &&
        std::any_of(t.begin(), t.begin() + static_cast<long>(date_end),
                    [](const Token& w) { return w.number && w.text.size() == 4; })) {
      return date_end + 1;
    }
    size_t len = 0;
    auto place = g_.Match(t, 0, len);
    // A town no gazetteer knows is still a dateline's place when written in capitals.
    if (place.empty()) len = CapitalsPlaceEnd(t);
    if (len == 0 || !t[0].cap) return 0;
    size_t i = len;
    if (i < t.size() && t[i].text == "[") {
      while (i < t.size() && t[i].text != "]") ++i;
      ++i;
    }
    // "BEIJING (Agency) --": the agency's credit straight after the place.
    if (i + 1 < t.size() && t[i].text == "(") {
      size_t close = i + 1;
      while (close < t.size() && close < i + 6 && t[close].text != ")") ++close;
      if (close + 1 < t.size() && close < i + 6 && t[close].text == ")" &&
          (t[close + 1].text == "-" || t[close + 1].text == "--")) {
        return close + 2;
      }
    }
    if (i < t.size() && t[i].text == ":") return i + 1;
    const bool dash = i < t.size() && t[i].text == "-" && t[i].space_before;
    if (i >= t.size() || (t[i].text != "," && !dash)) return 0;
    ++i;
    // "Hanoi - 3 March 2026:": a dash, then the date, reads as the comma does; "Delhi - " with
    // no date after it ends the dateline at the dash.
    if (dash && !(i < t.size() && internal::WrittenDateEnd(t, i))) return i;
    // "NAIROBI, Kenya, Feb 4 -": the place's country between the place and the date.
    size_t country_len = 0;
    bool country = false;
    if (i < t.size() && t[i].cap) {
      for (const auto* e : g_.Match(t, i, country_len)) country = country || e->type == EntryType::kCountry;
    }
    if (country && i + country_len < t.size() && t[i + country_len].text == ",") {
      i += country_len + 1;
    }
    // A date the calendar does not have ("31 February") still ends the dateline: the place holds,
    // the date is left unread (DatelineDay reads only real days).
    const size_t date_end = internal::WrittenDateEnd(t, i);
    if (!date_end) return 0;
    i = date_end;
    if (i < t.size() && t[i].text == "(") {
      while (i < t.size() && t[i].text != ")") ++i;
      ++i;
    }
    if (i < t.size() && (t[i].text == ":" || t[i].text == "-")) ++i;
    return std::min(i, t.size());
  }

  // For each token of a future sentence, whether its clause (between semicolons) has a future
  // cue of its own; a sentence of one clause is future throughout. One pass per sentence.
  std::vector<bool> Run::FutureClauses(const SentenceInfo& si) const {
    const auto& t = T(si);
    std::vector<bool> out(t.size(), true);
    size_t b = si.body_from;
    bool split = false;
    for (size_t k = si.body_from; k <= t.size(); ++k) {
      if (k < t.size() && t[k].text != ";") continue;
      split |= k < t.size();
      if (split || b > si.body_from) {
        const bool future = FutureTense(g_, t, b, k);
        for (size_t q = b; q < k; ++q) out[q] = future;
      }
      b = k + 1;
    }
    return out;
  }

}  // namespace dkg::extract
