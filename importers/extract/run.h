#pragma once

// The extractor's one pass over a document (Run), shared by the stage files of importers/extract/
// that define its members. Internal to importers/: only extractor.cpp and the stages include it.
// docs/extraction.md ("Where each stage lives") maps each rule family to its file.

#include <climits>
#include <cstddef>
#include <cstdlib>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <tuple>
#include <unordered_map>
#include <utility>
#include <vector>

#include "engine/normalize.h"
#include "engine/status.h"
#include "engine/types.h"
#include "engine/unicode.h"
#include "importers/extract/office_time.h"
#include "importers/extract/pattern.h"
#include "importers/extract/string_equal.h"
#include "importers/extractor.h"
#include "importers/internal/dates.h"
#include "importers/internal/gazetteer.h"
#include "importers/internal/graph_builder.h"
#include "importers/internal/sentences.h"
#include "importers/internal/tokenizer.h"
#include "importers/reader.h"

namespace dkg::extract {

using internal::Date;
using internal::EntryType;
using internal::Gazetteer;
using internal::GraphBuilder;
using internal::Lexicon;
using internal::Sentence;
using internal::Token;

// What a span of tokens was recognised as.
enum class MT {
  kCountry,     // a country by name, alias, demonym, or a capital standing for its government
  kCapital,     // a capital city, before we know whether it is a place or a metonym
  kPlace,       // a city, district, venue
  kTitle,       // an office title ("Foreign Secretary")
  kOrg,         // an organization
  kHonorific,   // Dr., Mr., H.E.
  kOfficial,    // a named official
  kMeeting,     // a named meeting or a round of a dialogue
  kDialogue,    // a named dialogue mechanism
  kAgreement,   // a named agreement
  kMeetingRef,  // "the meeting": the meeting in focus
  kDialogueRef,  // "this dialogue": the dialogue in focus
  kOther        // a name of something not modelled ("Act East Policy"): kept whole, no node
};

struct Mention {
  MT type;
  size_t b = 0, e = 0;     // tokens [b, e) of the sentence
  int gaz = -1;            // gazetteer index: country for kCountry/kCapital, entry otherwise
  std::vector<int> alts;   // organization candidates sharing one name
  long node = -1;          // builder node index, once made
  bool inside_name = false;  // a country named inside a longer name ("India-Japan Dialogue")
  bool by_capital = false;   // that country named by its capital ("the Quito Energy Pact")
  bool announced = false;    // a meeting named after an "announced at" trigger
  bool edition_of_focus = false;  // "the first summit": a numbered edition of the series in focus
  // A country's body named by common words (lexicon country_body: "Chilean parliament"): its
  // type and name without the country ("legislature", "Parliament"); empty otherwise.
  std::string body_type, body_name;
  std::string body_where;  // " in the United States" after an embassy's name, or empty
  // The country that owns a body named later in a list ("the Afghan ministries of Trade and
  // Transport": Transport's), where no country word stands before the body; -1 otherwise.
  int body_owner = -1;
};

struct SentenceInfo {
  const Sentence* s = nullptr;
  std::vector<Mention> m;
  bool headline = false;
  size_t body_from = 0;  // tokens before this are a dateline ("New Delhi [India], Nov 27 :")
  bool future = false;   // FutureTense(): its weekdays point forward
  // Per token of a future sentence: whether its clause (between semicolons) is in the future
  // too (TenseAt); empty for a sentence in the past.
  std::vector<bool> future_clause;
  long subject = -1;  // the official the story follows as this sentence is read (Relations)
  size_t body_index = 0;  // its position among the body's sentences (0 for a headline's)
  std::string day;  // the first day-precise past date the sentence gives ("yesterday"), else empty
};

// "14th", "23rd", "2nd": a numeric ordinal. Of at most six digits: "the 4294967297th session"
// counts no round (atoi wrapped it to 1, the first session's round, and merged the two), and a
// number past an int's range is undefined for atoi.
inline int NumericOrdinal(const Token& t) {
  if (!t.number || t.text.size() < 3 || t.text.size() > 8) return 0;
  const std::string suffix = t.lower.substr(t.lower.size() - 2);
  if (suffix != "st" && suffix != "nd" && suffix != "rd" && suffix != "th") return 0;
  return std::atoi(t.text.c_str());
}

// The names pattern files use for mention types, in the order of MT.
const std::vector<std::string>& MentionTypeNames();

// Checks the actions of every pattern: the verbs the extractor knows, their arity, relations
// and slot names. Errors name the pattern file and line.
Status CheckActions(const extract::PatternSet& set);
// The attributes a pattern may declare ("attribute host-at-home"), and the evidence rules
// ("pattern:NAME") of the patterns that declare one.
const std::set<std::string>& PatternAttributes();
std::set<std::string> RulesWithAttribute(const extract::PatternSet& set, const std::string& attribute);

// One extraction of one document: Go() reads the sentences in stages whose data flows one way,
//   mentions (what each span names) -> officials and entity nodes -> events and relations per
//   sentence -> their arguments and the patterns' edges -> assembly after all sentences ->
//   identity keys,
// each stage reading what the earlier ones wrote (the mentions of SentenceInfo, the builder's
// nodes and the members listed with it below) and adding its own. Borrows the gazetteer, the
// patterns, the source document and the trace list, which must outlive it; owns the graph being
// built until Go() hands it over. One Run per document and thread; Go() is called once.
class Run {
 public:
  // `host_rules`: RulesWithAttribute(patterns, "host-at-home"), borrowed like the patterns.
  Run(const Gazetteer& g, const extract::PatternSet& patterns,
      const std::set<std::string>& host_rules, const SourceDocument& src,
      std::vector<PatternTrace>* trace)
      : g_(g),
        patterns_(patterns),
        host_rules_(host_rules),
        trace_(trace),
        src_(src),
        text_(src.document.text) {
    if (auto d = internal::ParseDateText(src.document.date)) published_ = *d;
  }

  // Word lists of the lexicon (data/lexicon/lexicon.tsv), asked of one token. Every word a rule
  // looks for is one of these, function words too (`place_preposition`, `office_connector`, ...);
  // what some stages still compare as literals (t[k].lower == "of") is punctuation and function
  // words not yet moved: "of" joining a name, "the" before one, "and", "with", "to", "between".
  bool Is(Lexicon category, const Token& t) const { return g_.IsLexiconWord(category, t); }
  bool IsStopCap(const Token& t) const { return Is(Lexicon::kNotNameStart, t); }
  bool IsMonthOrDay(const Token& t) const { return Is(Lexicon::kCalendarWord, t); }
  // A verb a headline capitalises before its object ("Arrives", "Visits", "Meets", "Signs").
  bool HeadlineVerb(const Token& t) const {
    return Is(Lexicon::kHeadlineVerb, t) || Is(Lexicon::kTravelVerb, t) || Is(Lexicon::kSigningVerb, t) ||
           Is(Lexicon::kGovernmentObjectVerb, t);
  }

  // run.cpp: splits the text into sentences (the headline one of its own), dates the story
  // and finds the dateline, then calls each stage over every sentence, Finish(), and the
  // agreement lifecycle stages (extract/agreement_stage.h) over the finished graph.
  ExtractedGraph Go();

 private:
  struct EventHead {
    size_t end = 0;
    bool series = false;      // the head names a recurring mechanism
    bool occurrence = false;  // ... and this phrase one occurrence of it ("annual summit")
  };

  enum class Naming { kNone, kPlaceOnly, kGeneric, kProper };

  struct Official {
    std::string name;
    std::string title;
    int country = -1;   // gazetteer country
    long org_node = -1;
    size_t node = 0;
    // PersonNameWords(words_of), kept by CompatibleOfficials for `name` (split again when the
    // name has changed since).
    std::string words_of;
    std::vector<std::string> words;
  };

  // Small tests asked for every token or mention by several stages: kept here, inline.
  const std::vector<Token>& T(const SentenceInfo& si) const { return si.s->tokens; }

  // The text of tokens [b, e) as written, without invisible format characters (a soft hyphen, a
  // zero-width joiner: unicode::WithoutFormat), which would make "Li" U+00AD "ma" another name.
  std::string Surface(const SentenceInfo& si, size_t b, size_t e) const {
    const auto& t = T(si);
    // A Cyrillic or Greek lookalike typed inside a Latin word ("Sоuza") is made Latin.
    return unicode::LatinLookalikes(
        unicode::WithoutFormat(std::string_view(text_).substr(t[b].start, t[e - 1].end - t[b].start)));
  }

  Span SpanOf(const SentenceInfo& si, size_t b, size_t e) const {
    return {T(si)[b].start, T(si)[e - 1].end};
  }

  const Mention* MentionAt(const SentenceInfo& si, size_t token) const {
    for (const Mention& m : si.m) {
      if (m.b <= token && token < m.e) return &m;
    }
    return nullptr;
  }

  const Mention* MentionEndingAt(const SentenceInfo& si, size_t end, MT type) const {
    for (const Mention& m : si.m) {
      if (m.e == end && m.type == type) return &m;
    }
    return nullptr;
  }

  bool Covered(const SentenceInfo& si, size_t b, size_t e) const {
    for (const Mention& m : si.m) {
      if (m.b < e && b < m.e) return true;
    }
    return false;
  }

  int Ordinal(const std::vector<Token>& t, size_t i) const {
    if (i >= t.size()) return 0;
    if (int n = NumericOrdinal(t[i])) return n;
    size_t len = 0;
    const std::string& v = g_.MatchLexicon(Lexicon::kOrdinal, t, i, len);  // read in place
    if (v.empty()) return 0;
    int n = std::atoi(v.c_str());
    // "Twenty-Eighth": the ordinal read at its last word counts its tens too.
    if (n < 10 && i >= 2 && t[i - 1].text == "-") {
      size_t tens_len = 0;
      const std::string& tens = g_.MatchLexicon(Lexicon::kOrdinalTens, t, i - 2, tens_len);
      if (!tens.empty() && tens_len == 1) n += std::atoi(tens.c_str());
    }
    return n;
  }

  // Where the ordinal read at its last word `i` begins: "Twenty-Eighth" begins at "Twenty".
  size_t OrdinalBegin(const std::vector<Token>& t, size_t i) const {
    size_t len = 0;
    if (i >= 2 && t[i - 1].text == "-" && !g_.MatchLexicon(Lexicon::kOrdinalTens, t, i - 2, len).empty() && len == 1) {
      return i - 2;
    }
    return i;
  }

  // The country (or capital) mention covering token k, ignoring longer names around it.
  const Mention* CountryMentionAt(const SentenceInfo& si, size_t k) const {
    for (const Mention& m : si.m) {
      if ((m.type == MT::kCountry || m.type == MT::kCapital) && m.b <= k && k < m.e) return &m;
    }
    return nullptr;
  }

  bool IsNameToken(const SentenceInfo& si, size_t k) const {
    const Token& w = T(si)[k];
    if (!w.word || !w.cap || w.number || w.never_name) return false;
    return MentionAt(si, k) == nullptr;
  }

  int CountryOf(const Mention* m) const {
    return m && (m->type == MT::kCountry || m->type == MT::kCapital) ? m->gaz : -1;
  }

  // The tense a date at token `i` is read in: a future sentence's clause without a future cue of
  // its own is in the past ("reached Lisbon late on Saturday; he is due to co-chair ...": the
  // Saturday before).
  internal::Tense TenseAt(const SentenceInfo& si, size_t i) const {
    if (!si.future) return internal::Tense::kPast;
    const bool future = i >= si.future_clause.size() || si.future_clause[i];
    return future ? internal::Tense::kFuture : internal::Tense::kPast;
  }

  // A visit (made by a visit pattern or rule): an occasion that may take in several cities.
  bool IsVisit(size_t meeting) const {
    auto it = made_tag_.find(meeting);
    if (it != made_tag_.end()) return it->second == "visit";
    return builder_.node(meeting).kind == "meeting" && builder_.node(meeting).name.find("'s visit") != std::string::npos;
  }

  // A series' next occasion (a pattern's `make meeting next`): still to come when told of.
  bool IsNextOccasion(size_t meeting) const {
    auto it = made_tag_.find(meeting);
    return it != made_tag_.end() && it->second == "next";
  }

  bool IsGenericStatement(const SentenceInfo& si, size_t b, size_t e) const {
    const std::string key = NormalizeName(Surface(si, b, e));
    return key == "joint statement" || key == "statement";
  }

  // The story's date, the dateline, the tense of each clause (run.cpp): read by every stage.
  void FindStoryDate();
  void DatelineDay(const SentenceInfo& si);
  void BylineDay(const SentenceInfo& si);
  std::string SentenceDay(const SentenceInfo& si) const;
  std::string StoryDayAfter(const SentenceInfo& si) const;
  bool ContinuesSentenceBefore(const SentenceInfo& si) const;
  void AddedMeetingsTakeTheTripMonth();
  void FirstDayFromLength();
  std::string EarlierTimeBefore(const SentenceInfo& si) const;
  size_t DatelineEnd(const Sentence& s) const;
  // Where a dateline's place that no gazetteer knows, written in capitals ("SWAKOPMUND -",
  // "PUERTO MONTT, March 3 -", "ÅRDALSTANGEN -"), ends: one to three such words at the
  // sentence's start; else 0, also for one word that is an acronym rather than a town (see
  // run.cpp).
  size_t CapitalsPlaceEnd(const std::vector<Token>& t) const;
  // The end of a byline opening the body ("By Anna Lee, 3 March 2026", "By A B, Reuters"): a
  // line of its own, after which the dateline comes; 0 when the sentence is none.
  size_t BylineEnd(const SentenceInfo& si) const;
  bool OpensParagraph(const SentenceInfo& si) const;  // the first sentence of its line
  bool OrganTakesPart(size_t org, size_t meeting) const;
  std::vector<bool> FutureClauses(const SentenceInfo& si) const;

  // ---- pass 1: what each span names (mentions.cpp) ------------------------------------------
  // Reads the annotated tokens and the gazetteer; writes SentenceInfo::m: gazetteer mentions
  // (countries, capitals, places, titles, organizations), named phrases (meetings, dialogues,
  // agreements, "the meeting"), event heads. Makes no nodes.
  void FindGazetteerMentions(SentenceInfo& si);
  // Whether the one-word title (gazetteer title `title`) at token i is a given name instead
  // (lexicon `given_name_title`): "Sultan Ahmad Rahimi, the Interior Minister of ...".
  bool GivenNameTitle(const SentenceInfo& si, size_t i, size_t len, int title) const;
  // "the Thai capital", "in the capital" (of the one country the sentence names): a capital
  // mention with no name of its own (run after FindNamedPhrases).
  void FindDescribedCapitals(SentenceInfo& si);
  // "the West Sahel Water Authority (WSWA)": a body no gazetteer knows, defined with its acronym
  // in brackets; the acronym alone, anywhere in the story, is then a mention of it (run after
  // FindNamedPhrases over every sentence; OrgNode names such a mention by the full name).
  void FindDefinedAcronyms();
  size_t ExtendRight(const std::vector<Token>& t, size_t i) const;
  size_t ExtendLeft(const std::vector<Token>& t, size_t head) const;
  bool IsAgreementWord(const std::vector<Token>& t, size_t k) const;
  bool AgreementAhead(const std::vector<Token>& t, size_t k) const;
  bool IsOrdinalWord(const Token& t) const { return g_.IsLexiconWord(Lexicon::kOrdinal, t); }
  void Claim(SentenceInfo& si, size_t b, size_t e, bool keep_bodies);
  void AddPhrase(SentenceInfo& si, MT type, size_t b, size_t e);
  bool OverlapsPhrase(const SentenceInfo& si, size_t b, size_t e) const;
  bool MatchEventHead(const std::vector<Token>& t, size_t i, EventHead& head) const;
  size_t ExtendRightEvent(const SentenceInfo& si, size_t k) const;
  bool IsModifier(const Token& w) const { return g_.IsLexiconWord(Lexicon::kMeetingModifier, w); }
  size_t ExtendLeftEvent(const SentenceInfo& si, size_t head) const;
  bool HeldContext(const SentenceInfo& si, size_t b, size_t e) const;
  Naming NamingOf(const SentenceInfo& si, size_t b, size_t head, size_t e) const;
  void AddMention(SentenceInfo& si, const Mention& m);
  void FindCountryBodies(SentenceInfo& si);
  void CountryMinistryList(const SentenceInfo& si, const Mention& c, const Mention& head,
                           std::vector<Mention>& found) const;
  void FindNamedPhrases(SentenceInfo& si);
  bool IsCountryToken(const SentenceInfo& si, size_t k) const { return CountryMentionAt(si, k); }
  bool SeriesHeadWithin(const std::vector<Token>& t, size_t b, size_t e) const;
  // Where "its" + ordinal + round noun start when a name ending at `e` holds a round ("the Joint
  // Commission is holding its third meeting", "The 2+2 Meeting between A and B will hold its
  // fourth round"); 0 when it does not. `now` tells a round held at the time of the report.
  size_t RoundHeldAfter(const SentenceInfo& si, size_t e, bool* now) const;
  bool OverlapsGazetteer(const SentenceInfo& si, size_t b, size_t e, MT type) const;
  bool IsGazetteerSpan(const SentenceInfo& si, size_t b, size_t e, MT type) const;

  // ---- officials (officials.cpp) --------------------------------------------------------------
  // Reads the mentions of pass 1; adds kOfficial mentions and makes official nodes (officials_,
  // office_sightings_, official_evidence_), with their country and organization.
  bool NeverName(const Token& w) const;
  bool IsParticle(const Token& t) const { return Is(Lexicon::kNameParticle, t); }
  size_t NameEnd(const SentenceInfo& si, size_t k) const;
  bool SpokenOf(const SentenceInfo& si, size_t name_b) const;
  bool IsRegion(const SentenceInfo& si, size_t k) const;
  bool AfterTitle(const SentenceInfo& si, size_t k) const;
  bool IsHonorificInName(const SentenceInfo& si, size_t k) const;
  bool IsPlaceInName(const SentenceInfo& si, size_t k) const;
  bool IsLastPlaceInName(const SentenceInfo& si, size_t k) const;
  size_t NameBegin(const SentenceInfo& si, size_t end) const;
  bool NamesTheFather(const std::string& a, const std::string& b) const;
  int OfCountry(const SentenceInfo& si, size_t j, size_t& end) const;
  const Mention* OrgAfter(const SentenceInfo& si, size_t j, size_t& end) const;
  const Official* OfficialByOffice(const std::string& title, int country) const;
  void AddOfficial(SentenceInfo& si, std::vector<Mention>& found, size_t b, size_t e,
                   const std::string& title, int country, const Mention* org, const char* rule,
                   int body = -1);
  size_t TakesOfficeBefore(const SentenceInfo& si, size_t k) const;
  void FindOfficials(SentenceInfo& si);
  static void SortMentions(SentenceInfo& si);
  static bool AllCapitals(std::string_view text);
  Official& OfficialFor(const std::string& name, const char* rule);
  // The officials whose name is PersonNamesCompatible with `name`, in officials_ order. Compares
  // only the officials sharing a word with it (official_words_), not every official.
  std::vector<std::pair<const std::string, Official>*> CompatibleOfficials(const std::string& name);
  void IndexOfficialName(const std::string& key, const std::string& name);

  // ---- nodes for countries, places and organizations (entity_nodes.cpp) ----------------------
  // Reads the mentions and officials; makes country, place and organization nodes (Mention::node,
  // country_index_, place_country_, place_parent_*, org_owner_, countries_seen_) and adds
  // mentions of officials by surname (surnames_).
  size_t CountryNode(int country);
  bool CapitalIsPlace(const SentenceInfo& si, const Mention& m) const;
  size_t PlaceNode(int place, const std::string& surface);
  int ProvinceOfKnownPlace(const SentenceInfo& si, const Mention& m) const;
  long OrgNode(const SentenceInfo& si, const Mention& m, int owner, long* owner_out = nullptr);
  // Whether the place mention `m` is a venue that speaks ("according to the Blue House",
  // "Buckingham Palace said": lexicon statement_source), so the body seated there, not the
  // building.
  bool VenueSpeaks(const SentenceInfo& si, const Mention& m) const;
  size_t BodyNode(const SentenceInfo& si, int org, size_t b, size_t e);
  int KnownHolderCountry(const std::string& name) const;
  bool DocumentNamesCountry(int country) const;
  // Whether a mention names the country itself (its name, demonym or a capital standing for its
  // government), not only a city of it ("served in Washington") nor a word inside another name
  // ("Organization of American States"): neither makes "the Secretary of State" American.
  bool DocumentNamesCountryItself(int country) const;
  void MakeEntityNodes(SentenceInfo& si);
  // "the Council", "members of the Conference", "the Forum's session": a body named again by the
  // head word of its name (lexicon body_head_word) is the story's latest body so headed, an
  // organization mention of its node; not where the phrase is about a meeting ("at the Forum",
  // "the Conference opened"), nor where the latest name with that head is a meeting's or a
  // series' ("the Joint Commission ... the Commission met").
  void NameBodiesByHead(SentenceInfo& si);
  long LatestBodyHeaded(const SentenceInfo& si, size_t before, const std::string& head) const;
  bool AboutMeeting(const SentenceInfo& si, size_t b, size_t e) const;
  // "the Coral Palace in Lima", "Arequipa, in southern Peru's Arequipa Province": a place and its
  // container in apposition (place_parent_node_).
  void PlaceContainers(const SentenceInfo& si);
  int PlaceRank(const SentenceInfo& si, const Mention& m) const;
  // "Jr.", "III", "MP": after a name, never a surname.
  bool IsNameSuffix(const Token& t) const { return Is(Lexicon::kNameSuffix, t) || Is(Lexicon::kPostNominal, t); }
  void FindSurnameMentions(SentenceInfo& si);

  // ---- pass 2: events and relations (events.cpp) ---------------------------------------------
  // Relations() is pass 2's per-sentence driver: it makes the named meetings, dialogues and
  // agreements (dialogue_info_, event_sig_, focus_meeting_, focus_dialogue_) and calls the
  // stages below in order. Reads every mention and node of pass 1.
  std::string SeriesSignature(const SentenceInfo& si, size_t b, size_t e) const;
  static std::vector<std::string> SignatureWords(const std::string& sig);
  std::string BracketedAcronym(const SentenceInfo& si, size_t b, size_t e) const;
  static bool SignatureContains(const std::vector<std::string>& whole, const std::vector<std::string>& part);
  std::set<std::string> CountryIsosIn(const SentenceInfo& si, size_t b, size_t e) const;
  static std::string Join(const std::set<std::string>& items, const char* sep);
  // `sides`: country mentions outside [b, e) that are the series' sides ("Peru and Chile held
  // the fifth round of political consultations"): they key and name it as if written inside.
  // `sides`: country nodes that name the series with its words ("Peru-Chile political consultations").
  size_t DialogueNode(const SentenceInfo& si, size_t b, size_t e, const std::vector<size_t>& sides = {});
  bool ComingOccasionHeld(const SentenceInfo& si, const Mention& m) const;
  long RestatedFocusSeries(const SentenceInfo& si, const Mention& m) const;
  size_t SeriesOfBody(const SentenceInfo& si, const Mention& body);
  int RoundNumberSlot(const SentenceInfo& si, const extract::PatternMatch& match, const extract::PatternAction& a) const;
  size_t MeetingNode(const SentenceInfo& si, const Mention& m, long dialogue);
  long EarlierDatedReference(const SentenceInfo& si, const Mention& m);
  long MeetingOfSentenceBefore(const SentenceInfo& si, const Mention& m) const;
  size_t AgreementNode(const SentenceInfo& si, size_t b, size_t e, const std::string& rule);
  void Relations(SentenceInfo& si);

  // Groupings and series (groups_series.cpp): meetings of a body ("the G20 summit"), joint
  // statements, membership, a series' occurrences and rounds. Writes group_*, members_,
  // rounds_, statement_meeting_, story_groupings_.
  long FindGroup(const SentenceInfo& si, size_t& b, size_t& e) const;
  void GroupMeetings(const SentenceInfo& si, std::vector<std::pair<size_t, size_t>>& meetings);
  void JointStatements(const SentenceInfo& si, const std::vector<std::pair<size_t, size_t>>& meetings);
  // The joint statement of `meeting` (one per meeting), read at `mention`, reached there.
  size_t JointStatementOf(size_t meeting, const Span& mention, const Span& evidence);
  void Membership(const SentenceInfo& si);
  void GroupingMembers(const SentenceInfo& si);
  // Whether the country node is one of a grouping's `members` (memberships.tsv entries) at the
  // story's date.
  bool NamesAThing(const std::vector<Token>& t, size_t k) const;
  bool IsGroupingMember(const std::vector<std::string>& members, size_t country) const;
  // After all sentences: countries of the officials at a grouping's meeting that are its members.
  void MembersAtGroupingMeetings();
  void SeriesOccurrences(SentenceInfo& si, std::vector<std::pair<size_t, size_t>>& meetings);
  bool OtherOccasion(const SentenceInfo& si, const Mention& m) const;
  void OccurrenceDate(const SentenceInfo& si, const Mention& m);
  static constexpr size_t kLeadSentences = 3;
  // How many sentences back an undated one looks for the day of the sentence before it (StoryDayAfter).
  static constexpr size_t kDayLookBack = 2;
  // How far into a sentence a `continuing_word` still qualifies its own verb (ContinuesSentenceBefore).
  static constexpr size_t kContinuingWordWindow = 4;
  static constexpr size_t kSameDayLookBack = 4;  // "later the same day": sentences back to the day it means
  static constexpr long kNearDays = 7;  // a day this close to the story's is of the same news
  bool InLead(const SentenceInfo& si) const;
  bool LeadMeeting(const SentenceInfo& si, const Mention& m) const;
  void LinkRound(size_t meeting, size_t dialogue, int round, const Span& ev);
  void RoundFromContext(const SentenceInfo& si, size_t pos, size_t meeting);

  // Meetings not named (implicit_meetings.cpp): "X met Y", "held talks", visits; the dates of
  // sentences and clauses. Writes meetings with their participants (role_holders_,
  // meeting_countries_, fallback_dated_).
  std::vector<size_t> OfficialsIn(const SentenceInfo& si, size_t from, size_t to) const;
  std::string Surname(size_t official) const;
  // Dates read only in tokens [from, to) when given: one clause's.
  // A date inside a person's relative clause ("A, who last visited Oslo on 12 June 2019, met
  // B") is skipped unless the token `at` (the event's trigger) stands in that clause too.
  std::string SentenceDate(const SentenceInfo& si, bool* fallback = nullptr, size_t from = 0,
                           size_t to = SIZE_MAX, size_t at = SIZE_MAX) const;
  // Whether the date starting at token `i` bounds or reports something other than the clause's
  // event: a `time_bound` word before it or before its `date_anchor` ("until Friday", "said on
  // Thursday").
  bool BoundsOther(const std::vector<Token>& t, size_t i) const;
  void DateImplicit(size_t meeting, const SentenceInfo& si, size_t from = 0, size_t to = SIZE_MAX,
                    size_t at = SIZE_MAX);
  std::vector<std::pair<size_t, size_t>> Clauses(const SentenceInfo& si) const;
  void ImplicitMeetings(SentenceInfo& si, std::vector<std::pair<size_t, size_t>>& meetings);
  std::string DayInVisitRange(const SentenceInfo& si, const std::string& date) const;
  long VisitDaysEndingHere(const SentenceInfo& si, size_t i, size_t to, bool* led = nullptr) const;
  bool VisitUnderway(const SentenceInfo& si, size_t i) const;
  void Visits(SentenceInfo& si, std::vector<std::pair<size_t, size_t>>& meetings);

  // ---- patterns (data/patterns/*.pat) (patterns_apply.cpp) -----------------------------------
  // Matches the patterns over a sentence's mentions and runs their actions (emit, make, round,
  // each): edges with the pattern's rule, meetings and agreements it makes (made_tag_, placed_),
  // the dateline's country and place. Lists each match in trace_.
  size_t AppositionEnd(const SentenceInfo& si, size_t e) const;
  extract::SentenceView ViewOf(const SentenceInfo& si) const;
  std::vector<size_t> SlotNodes(const SentenceInfo& si, const extract::PatternMatch& match,
                                const std::string& slot, const std::map<std::string, long>& made) const;
  // The meeting whose roles a sentence before `si` gave latest: the encounter the story told last
  // (-1 when none has roles yet).
  long LatestRoleMeeting(const SentenceInfo& si) const;
  // The story's latest meeting named before `si` whose name holds `word` ("the reception" after
  // "A hosted a reception at the palace"); -1 when there is none.
  long EarlierMeetingNamed(const SentenceInfo& si, const std::string& word) const;
  void ApplyPatterns(SentenceInfo& si, std::vector<std::pair<size_t, size_t>>& meetings);
  void RunActions(SentenceInfo& si, const extract::PatternMatch& match, const std::string& rule,
                  std::vector<std::pair<size_t, size_t>>& meetings);
  std::vector<size_t> UnjoinMeetingsOfEach(const std::vector<size_t>& members, const extract::PatternMatch& match,
                                           const std::vector<std::pair<size_t, size_t>>& meetings);
  static constexpr size_t kLocativeReach = 6;  // words from a locative to its place, at most
  static constexpr size_t kListReach = 12;  // words from a visited city to the next one listed, at most
  void VisitCities();
  void VisitPlaces();
  void MeetingsDuringVisits();
  struct TourCandidate {  // what MeetingsDuringVisits() reads once per meeting
    bool dated = false;
    std::optional<internal::Date> date;
  };
  void TourMeetings(size_t visit, const std::set<size_t>& where, const std::map<size_t, std::set<size_t>>& held,
                    const std::map<size_t, std::map<size_t, Span>>& roles, const std::map<size_t, TourCandidate>& candidates,
                    const std::map<size_t, std::set<size_t>>& meetings_of, const std::map<size_t, std::set<size_t>>& serves,
                    std::map<size_t, std::map<size_t, Span>>& placed);
  bool NamesUnknownPlace(const Span& evidence) const;
  void HeadlinePlace();
  static constexpr size_t kVenuePredicateReach = 4;  // words from a venue to "was the venue for", at most
  void VenuesOfCities();
  void CitiesInMeetingNames();
  void HostsCountry();
  void OwnCountryVisitors();
  void VenueInTheStoryCity();
  void EmitEdge(const SentenceInfo& si, size_t from, const std::string& rel, size_t to, const std::string& rule);
  long MakeRound(SentenceInfo& si, const extract::PatternMatch& match, const extract::PatternAction& a,
                 std::vector<std::pair<size_t, size_t>>& meetings);
  std::string FillTemplate(const SentenceInfo& si, const extract::PatternMatch& match, const std::string& spec) const;
  long MakeEvent(const SentenceInfo& si, const extract::PatternMatch& match, const extract::PatternAction& a,
                 const std::string& rule, std::vector<std::pair<size_t, size_t>>& meetings);
  long SequelFocus(const SentenceInfo& si) const;
  bool GovernsMeetingNoun(const std::vector<Token>& t, size_t j) const;
  bool OccasionNamedBefore(const SentenceInfo& si, const std::vector<std::pair<size_t, size_t>>& meetings,
                           size_t meeting, size_t b) const;
  long FinishPatternAgreement(const SentenceInfo& si, const extract::PatternMatch& match,
                              const std::string& as, size_t agreement);
  bool FocusHasAll(const std::vector<size_t>& people, const std::string& date, bool fallback);
  long FocusSeries() const;
  // Returns the meeting the made one now is (another, when it was a round already named).
  long RoundOfFocusSeries(const SentenceInfo& si, const extract::PatternMatch& match, const extract::PatternAction& a, long meeting);
  // Returns the series a lower-case SERIES slot ("a joint commission on trade") made, which the
  // pattern's emit lines then call by that slot's name; -1 otherwise.
  long RoundOfBody(const SentenceInfo& si, const extract::PatternMatch& match, const extract::PatternAction& a, long meeting);
  bool ArrivalForAMeeting(const SentenceInfo& si, const extract::PatternMatch& match) const;
  bool MeetingWordAfter(const SentenceInfo& si, size_t from) const;
  bool SentencePlace(const SentenceInfo& si) const;
  // The place a ", where" clause at token `where` happens in ("moves on to Lima this evening,
  // where she will meet A"): the place mention ending at most a few words before the comma, else null.
  const Mention* PlaceBeforeRelative(const SentenceInfo& si, size_t where) const;
  // The last stop a travel phrase names before token `upto` ("flew on to Osaka", "then travelled
  // to Kyoto": a `travel_verb`, "on" if any, "to", a place or country), else null.
  const Mention* TravelDestination(const SentenceInfo& si, size_t upto) const;
  // The place node a clause [from, to) puts its event in ("in Cusco", "Cusco, where ...", "flew
  // on to Cusco and met ..."), else -1.
  long ClausePlace(const SentenceInfo& si, size_t from, size_t to) const;
  // Whether `meeting` is held only in places other than `place`, none inside or around it: the
  // same people meeting in another city of a trip meet at another meeting.
  bool HeldElsewhere(size_t meeting, size_t place) const;
  // Whether organization node `org` is a bloc (organizations.tsv kind `bloc`: ASEAN, Mercosur).
  bool IsBloc(size_t org) const {
    auto type = builder_.node(org).attrs.find("type");
    return builder_.node(org).kind == "organization" && type != builder_.node(org).attrs.end() && type->second == "bloc";
  }

  // Arguments of the sentence's meetings (arguments.cpp): places and dates, participants,
  // roles (chaired, attended), announcements. Reads the meetings made above; writes their edges,
  // role_holders_, meeting_countries_.
  void AttachPlacesAndDates(const SentenceInfo& si, const std::vector<std::pair<size_t, size_t>>& meetings);
  bool IsLastDay(const SentenceInfo& si, const std::vector<std::pair<size_t, size_t>>& meetings, size_t meeting,
                 size_t date_at) const;
  bool NamedAfterNounOf(const SentenceInfo& si, const std::vector<std::pair<size_t, size_t>>& meetings, size_t meeting,
                        Lexicon noun) const;
  void CoTimedDates(const SentenceInfo& si, const std::vector<std::pair<size_t, size_t>>& clauses,
                    const std::vector<std::pair<size_t, size_t>>& meetings, size_t owner, size_t date_at,
                    const std::string& iso);
  void DateOccasionAfter(const SentenceInfo& si, const std::vector<std::pair<size_t, size_t>>& meetings,
                         size_t after_date, const std::string& iso);
  bool EarlierThanStory(const std::string& iso) const;
  bool FutureOutsideRelative(const SentenceInfo& si, size_t upto) const;
  bool TellsOfAnotherTime(const SentenceInfo& si) const;
  std::optional<std::pair<size_t, size_t>> PersonRelativeAround(const SentenceInfo& si, size_t date_at,
                                                                  size_t date_end) const;
  long RelativeClauseOwner(const SentenceInfo& si, const std::vector<std::pair<size_t, size_t>>& meetings,
                           size_t date_at, size_t date_end, long meeting) const;
  void MeetingParticipants(const SentenceInfo& si);
  void Roles(const SentenceInfo& si, const std::vector<std::pair<size_t, size_t>>& meetings);
  void Announcements(const SentenceInfo& si, size_t announce_at);
  std::string AnnounceTrigger(const SentenceInfo& si, size_t at) const;
  // The countries of the subject before `at` ("New Delhi and Tokyo agreed"), and its officials'
  // countries known so far; `officials`, when given, gets the subject's officials.
  std::set<size_t> SubjectParties(const SentenceInfo& si, size_t at, std::vector<size_t>* officials = nullptr);
  bool NamesOtherParty(const std::string& name, const std::set<std::string>& sides) const;
  size_t ClauseEnd(const SentenceInfo& si, size_t b) const;
  // Whether a new clause's subject and verb start at token q: "the two sides signed the ...".
  bool NewSubjectAndVerb(const SentenceInfo& si, size_t q) const;
  bool ReportingTail(const SentenceInfo& si, size_t b) const;
  bool GapBreaks(const SentenceInfo& si, size_t b, size_t e) const;
  // Whether a negation just before the preposition at `prep` says a meeting was not held at the
  // place after it ("not held in A").
  bool NegatedPlace(const SentenceInfo& si, size_t prep) const;
  // Whether the pattern slot `slot` is a place after a preposition that NegatedPlace denies.
  bool DeniedSlotPlace(const SentenceInfo& si, const extract::PatternMatch& match, const std::string& slot) const;

  // Agreements (agreements.cpp): signed or reached at a meeting, lists of agreements, their
  // parties, anaphors ("the pact"). Writes agreement nodes, agreement_meeting_,
  // pending_parties_.
  long AgreementAnaphor(const SentenceInfo& si, size_t b, size_t e, bool generic = false,
                        size_t* end = nullptr) const;
  void Agreements(const SentenceInfo& si, const std::vector<std::pair<size_t, size_t>>& meetings);
  void AgreementList(const SentenceInfo& si, const std::vector<std::pair<size_t, size_t>>& meetings);
  bool BodyMetOnItsOwn(const SentenceInfo& si, size_t upto) const;
  void ReachedAt(const SentenceInfo& si);
  void NamedAgreementParties(const SentenceInfo& si, const Mention& m);

  // ---- after all sentences (assembly.cpp) ----------------------------------------------------
  // Finish(): merges occurrences into rounds and implicit meetings into named ones, writes the
  // edges kept pending (represents, member_of, parties, countries), offices, signatory roles,
  // counterparts and the order of a series. Reads everything above; the last writer.
  void MergeOccurrencesIntoRounds();
  void MergeImplicitIntoNamed();
  void MergeShortFormsIntoFocus();
  void MergeDescribedMeetings();
  void MergeGroupIntoBodySession();
  void MergeSigningsIntoHostVisits();
  void AbsorbMeeting(size_t into, size_t from);
  void SignatoryRoles();
  void ChairsOfBothSides();
  void Finish();
  void InferCounterparts();
  bool OfficialOfUnownedBody(size_t official) const;
  void Follows();
  bool EarlierOccasion(size_t meeting) const;
  bool UnplacedEarlierEdition(size_t meeting) const;
  bool FollowsSomething(size_t meeting) const;
  void EarlierOccasionsOfFocusSeries();
  void SeriesOfEarlierEdition(const std::set<size_t>& in_series);
  void AnnouncedAtSentenceMeeting();
  void FollowsEarlierOccasion(const std::vector<size_t>& meetings);
  Span FirstEvidence(size_t node);
  // "UN Security Council", "G20 Troika": the body whose name starts with another body's name is
  // part_of it (entity_nodes.cpp).
  void PartsOfBodies();
  void MergeBareBodies();
  Span FirstMention(size_t node) const;
  const SentenceInfo* SentenceHolding(const Span& span) const;

  // Identity keys (identity.cpp): the key each event node is merged across documents by, from
  // its signature, countries and date. Reads event_sig_, dialogue_info_, story_countries_.
  std::set<std::string> DominantCountries() const;
  static std::vector<std::string> DatePrefixes(const std::string& date);
  // An agreement name of at most this many lower-case words ("free trade agreement") is generic.
  static constexpr size_t kGenericNameWords = 5;
  void NameGenericAgreements();
  std::set<std::string> SubstanceWords(const std::string& name) const;
  void LeadCommitmentIsInstrument();
  void OneOffMeetingsAreNoSeries();
  void IdentityKeys();

  // ---- the run's state: each stage group above names the members it writes -------------------
  const Gazetteer& g_;
  const extract::PatternSet& patterns_;
  const std::set<std::string>& host_rules_;  // the evidence rules of host-at-home patterns
  std::vector<PatternTrace>* trace_;  // where pattern matches are listed, or nullptr
  const SourceDocument& src_;
  const std::string& text_;
  Date published_;
  Date story_;  // FindStoryDate
  std::vector<Sentence> sentences_;
  std::vector<SentenceInfo> infos_;
  // (token start offset, (sentence, token)) for EarlierOccasion, sorted; built by Follows(). A
  // sorted list, not a hash multimap: a node allocated per token of the document cost more than
  // all the look-ups it served.
  std::vector<std::pair<size_t, std::pair<size_t, size_t>>> token_starts_;
  GraphBuilder builder_;

  std::map<std::string, Official> officials_;  // by normalised name
  // Each word of two or more bytes of an official's name, present or past -> the officials_ keys
  // (map nodes, so stable) holding it. Two compatible names share such a word, so a name needs
  // comparing only with these officials: with every one, a document of N officials took N^2.
  std::unordered_map<std::string, std::vector<const std::string*>> official_words_;
  // The same keys by the sorted words of the official's name (joined by '\x1f'), and the keys of
  // officials with a one-letter word (an initial) in their name: CompatibleOfficials() finds the
  // officials whose words are part of a name by looking up the parts of that name, so a crowd
  // of officials sharing one common word (a given name) is never scanned whole.
  std::unordered_map<std::string, std::vector<const std::string*>> officials_by_words_;
  std::vector<const std::string*> officials_with_initial_;
  // Node -> the officials_ entries with that node (almost always one), in officials_ order.
  std::unordered_map<size_t, std::vector<std::pair<const std::string, Official>*>> officials_by_node_;
  // Offices over time (extract/office_time.h): each official's mentions with their cues.
  const extract::OfficeTimeLexicon* office_time_ = [] {
    auto lexicon = extract::OfficeTimeLexicon::LoadEmbedded();
    return lexicon.ok() ? lexicon.value().get() : nullptr;
  }();
  std::map<size_t, std::vector<extract::OfficeSighting>> office_sightings_;
  std::unordered_map<std::string, const Official*> surnames_;  // name word -> official, or null
  std::map<size_t, std::vector<Span>> official_evidence_;
  std::set<std::pair<size_t, int>> pending_represents_;
  // The pairs of pending_represents_ of one official, in set order: a range of the set, not a
  // scan of every official's pairs (which made documents of many officials quadratic).
  // (A plain pair of iterators: clang with GCC 12's <ranges> rejects a subrange of set iterators.)
  struct RepresentsRange {
    std::set<std::pair<size_t, int>>::const_iterator b, e;
    auto begin() const { return b; }
    auto end() const { return e; }
  };
  RepresentsRange RepresentsOf(size_t official) const {
    return {pending_represents_.lower_bound({official, INT_MIN}), pending_represents_.lower_bound({official + 1, INT_MIN})};
  }
  std::set<int> CountriesKnownOf(size_t official) const;  // patterns_apply.cpp
  std::set<std::pair<size_t, size_t>> pending_member_of_;
  std::map<size_t, std::pair<int, Span>> org_owner_;
  // Government bodies named with no country ("the Foreign Office said"): the dateline's country's
  // when the story has one (Finish), with the sentence that names the body.
  std::map<size_t, Span> unowned_bodies_;
  std::set<int> countries_seen_;
  std::map<size_t, int> place_country_;
  std::map<size_t, std::string> place_parent_;
  std::map<size_t, std::pair<size_t, Span>> place_parent_node_;
  std::set<size_t> province_cities_;  // cities whose place_parent_node_ is a province (VisitCities)
  struct SpanLess {
    bool operator()(const std::pair<size_t, Span>& a, const std::pair<size_t, Span>& b) const {
      return a.first < b.first;
    }
  };
  std::map<size_t, std::set<std::pair<size_t, Span>, SpanLess>> meeting_countries_;
  std::map<size_t, std::set<std::pair<size_t, Span>, SpanLess>> role_holders_;
  // (companion, official) from a role row marked "side" ("A was accompanied by B"): B is on A's
  // side, never A's counterpart (InferCounterparts).
  std::vector<std::pair<size_t, size_t>> companions_;
  // (encounter, occasion): "A met B on the sidelines of the X Summit" -- the two's own meeting and
  // the summit around it, where the encounter is held unless its clause places it (assembly).
  std::vector<std::pair<size_t, size_t>> sidelines_encounters_;
  std::map<size_t, std::set<size_t>> dialogue_countries_;
  struct SeriesInfo {
    std::string sig;
    std::set<std::string> isos;
    std::vector<std::string> words;  // the signature's words, sorted: compared for containment
    // Bodies named in the series' name ("ASEAN", "GCC"): sides, like `isos`.
    std::set<std::string> bodies;
  };
  std::map<size_t, SeriesInfo> dialogue_info_;
  // DialogueNode's candidates without a scan of every series: the series holding each signature
  // word, and those whose first (smallest) word it is. Only added to (IndexDialogue): an entry
  // left stale adds a candidate, each checked in full.
  std::map<std::string, std::vector<size_t>> dialogue_by_word_;
  std::map<std::string, std::vector<size_t>> dialogue_by_first_word_;
  void IndexDialogue(size_t node);
  // A series' acronym given in brackets after its name ("the Trade and Technology Council (TTC)"):
  // a later name using the acronym ("the 4th TTC ministerial meeting") has the name's words in its
  // signature (SeriesSignature), so it is the same series. Filled by DialogueNode.
  std::map<std::string, std::vector<std::string>> series_acronyms_;
  std::map<size_t, std::string> event_sig_;  // meetings and agreements: signature of the name
  std::map<size_t, std::map<int, size_t>> rounds_;
  std::vector<std::tuple<size_t, long, Span>> pending_parties_;
  // (agreement, official): an official in the subject of "agreed to"; their country, once known
  // (a counterpart's is inferred at the end), is a party.
  std::vector<std::tuple<size_t, size_t, Span>> subject_officials_;
  // Clause agreements and joint statements read before the story named any meeting ("On the
  // 17th, the two leaders agreed ...", then "they spoke by telephone"; a headline's "Joint
  // Statement on ..."): reached at the meeting in focus at the end, unless a later sentence placed them.
  std::vector<std::pair<size_t, Span>> unplaced_agreements_;
  // A joint statement read before the story named any meeting: (its mention, the sentence).
  std::vector<std::pair<Span, Span>> unplaced_statements_;
  std::map<size_t, size_t> agreement_meeting_;
  // Dialogues a pattern announced at the meeting in focus, one of their own rounds: with the
  // sentence they were read in (AnnouncedAtSentenceMeeting).
  std::vector<std::pair<size_t, Span>> unplaced_announcements_;
  std::set<size_t> body_parties_;  // agreements concluded "between" bodies, not countries
  long focus_meeting_ = -1;
  long sequel_focus_ = -1;  // this sentence's encounter an agreement follows (SequelFocus), else -1
  // Roles a pattern gave the meeting in focus before the story named any meeting (a joint
  // statement "issued by A; B; and C" that opens the story): (official, relation, evidence,
  // rule), held at the meeting in focus at the end.
  std::vector<std::tuple<size_t, std::string, Span, std::string>> unplaced_roles_;
  long focus_dialogue_ = -1;
  std::set<long> story_groupings_;  // groupings of the gazetteer the story has named
  long last_subject_ = -1;  // the first official of the latest sentence naming one
  long last_org_ = -1;      // the latest organization named
  std::set<std::string> story_countries_;  // DominantCountries(), computed once by Finish()
  std::set<size_t> fallback_dated_;  // implicit meetings dated by the publication date
  std::map<size_t, std::string> last_day_;  // a multi-day meeting's last day ("ended on ..."): its agreements' date
  std::map<std::string, std::set<size_t>> group_meetings_;  // "body:noun" -> meetings
  std::map<std::string, size_t> group_body_;
  std::map<std::string, std::string> group_noun_;
  std::map<size_t, std::set<size_t>> members_;  // body -> member countries
  std::map<size_t, size_t> statement_meeting_;
  std::map<size_t, int> country_index_;  // country node -> gazetteer index
  std::vector<size_t> country_nodes_;  // gazetteer index -> CountryNode()'s node, or SIZE_MAX
  long last_place_ = -1;    // the latest place named after "in", or a trip's latest stop
  std::set<size_t> placed_;  // meetings a pattern gave a place
  long dateline_country_ = -1;  // the country of the dateline's place ("ISLAMABAD:")
  long dateline_place_ = -1;    // the dateline's place itself, where "here" is
  std::map<size_t, std::string> made_tag_;  // meetings made by patterns -> their tag (call, visit, ...)
  // A `make meeting next` meeting's words ("next session") -> what the first sentence stated of
  // it (name and time) and the meeting made (MakeEvent).
  std::map<std::string, std::pair<std::string, size_t>> next_editions_;
  // DocumentNamesCountry's memo, by country index: where a mention proved the country named
  // (rechecked on use, as stages drop and retype mentions), or that none does. No stage after
  // FindGazetteerMentions adds a country or capital mention, so "not named" is final; without
  // the memo each call read every mention, and a story of N bodies took N^2.
  struct CountryNamedAt {
    enum State : char { kUnknown, kNamed, kNotNamed } state = kUnknown;
    size_t sentence = 0;
    size_t mention = 0;
  };
  mutable std::vector<CountryNamedAt> country_named_at_;
  // OrgNode's look-up of "<shared name> of <country>" reads the organization nodes only: their
  // indices, with each one's normalised name and the name it was made from (a renamed node is
  // normalised again), kept up to date with the builder's nodes up to org_nodes_seen_.
  struct OrgNodeName {
    size_t node;
    std::string name;
    std::string key;
  };
  std::vector<OrgNodeName> org_node_names_;
  std::map<std::string, std::string> org_acronyms_;  // FindDefinedAcronyms: acronym -> full name
  size_t org_nodes_seen_ = 0;
};

}  // namespace dkg::extract
