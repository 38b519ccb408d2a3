#pragma once

#include <array>
#include <bitset>
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "engine/status.h"
#include "importers/internal/tokenizer.h"
#include "importers/internal/word_hash.h"

namespace dkg::internal {

struct CountryEntry {
  std::string iso;
  std::string name;
  std::vector<std::string> aliases;
  std::vector<std::string> demonyms;
  std::vector<std::string> capitals;
};

struct PlaceEntry {
  std::string name;
  std::string kind;  // city, district, province, venue
  std::string iso;   // the country it lies in
  std::string parent;  // the containing city, for districts and venues
  std::vector<std::string> aliases;
};

struct TitleEntry {
  std::string title;
  std::string category;
  std::string iso;  // the one country whose office this is, or empty
  // The body the office is a seat of ("President of the European Commission": European
  // Commission), an organizations.tsv name: its holders are member_of it. Or empty.
  std::string body;
  // Set on the plural form the loader adds for each title ("Foreign Ministers"): the office of
  // each person a list after it names ("Foreign Ministers A and B").
  std::string singular;
};

struct OrgEntry {
  std::string name;
  std::vector<std::string> acronyms;
  std::string iso;   // the country whose body it is, or empty for blocs and international bodies
  std::string kind;  // ministry, agency, bloc, international, association, ...
  std::vector<std::string> aliases;
};

enum class EntryType { kCountry, kDemonym, kCapital, kPlace, kTitle, kOrg, kHonorific };

// The categories of data/lexicon/lexicon.tsv (its first column, in snake_case). A category name in
// the file that is not listed here is an error when the data loads.
enum class Lexicon : int {
  kAgree,
  kAgreementHead,
  kAnnounce,
  kGroupNoun,
  kLocative,
  kMeetVerb,
  kMeetingHead,
  kMeetingModifier,
  kMembership,
  kOrdinal,
  kOrgHead,
  kOtherHead,
  kPostNominal,
  kRole,
  kRoundNoun,
  kSeriesGeneric,
  kSeriesHead,
  kSeriesSynonym,
  kTakeOffice,
  kPlaceGapBreak,
  kVenueHead,
  kCountryBody,
  kJointStatement,
  kHeldVerb,
  kStatementSource,
  kPlaceOpener,
  kPairOpener,
  kCoTimed,
  kOrdinalTens,
  kOpinionPhrase,
  kDayOffsetPhrase,
  kVenuePredicate,  // "was the venue for": the place before it holds the meeting of its story
  kDayCount,  // "three-day": a length in days before a noun ("a three-day visit"), the value the count
  kAddingPhrase,  // "also", "in addition": in a future sentence, a meeting added to the trip the story previews
  kNegation,  // "not", "never" (negates), "not only" (none), "but", "instead" (ends a negation's reach)
  kMemberPlural,  // "member states": "the foreign ministers of the member states of X" are X's group
  kInvitingVerb,  // "invited", "extended an invitation", not "invitation" alone: "A invited B to visit X" is B's visit, not A's
  kNegatingWord,  // "not", "won't", "didn't": a pattern's "<!@negating_word" refuses a verb after it
  // Word lists: one-word phrases with no value, asked for with IsLexiconWord().
  kCalendarWord,
  kPartnershipAdjective,
  kSeriesDeterminer,
  kGatherVerb,
  kOccurrenceVerb,
  kVisitNoun,
  kTalkNoun,
  kTalkNounWith,
  kArticle,
  kPossessiveDeterminer,
  kRelativePronoun,
  kPersonRelative,
  kContrastWord,
  kSubjectPronoun,
  kThingPronoun,
  kListArticle,
  kDateAnchor,
  kTopicField,
  kReachedNoun,
  kOccasionPreposition,
  kInclusionWord,
  kTalkNameStop,
  kPartnershipNoun,
  kServeVerb,
  kFocusDeterminer,
  kReferBackDeterminer,
  kSeriesRefNoun,
  kNumberPlus,
  kMinistryNoun,
  kHoldingVerb,
  kHeldRoundWord,
  kRoundPossessive,
  kRoundDeterminer,
  kTimeNoun,
  kTimeNounBreak,
  kKindNoun,
  kSinceWord,
  kPlainMeetVerb,
  kMeetingOpener,
  kGenericOfficeWord,
  kFutureCue,
  kFutureBeforeTo,
  kFuturePassive,
  kJoiningWord,
  kListJoin,
  kNameConnector,
  kNameParticle,
  kNameSuffix,
  kNotNameStart,
  kNotThisOccurrence,
  kNotVerb,
  kOtherOccasion,
  kReachVerb,
  kRestatedSubject,
  kTimeBound,
  kTopicIntro,
  kAgreementPlural,
  kMeetingDeterminer,
  kClauseEnd,
  kObjectStart,
  kRegionQualifier,
  kDatelineDeictic,
  kAnaphorDeterminer,
  kNameContinuation,
  kStoryPronoun,
  kVisitLocative,
  kRemoteMeeting,
  kBodyPlural,
  kRestatingWord,
  kPastMarker,
  kConveneVerb,
  kSidesOpener,
  kNameOf,
  kOfficeQualifier,
  kRelativeCopula,
  kPatronymic,
  kEarlierOccasion,
  kAgentStop,
  kGivenNameTitle,
  kNotPersonWord,
  kCapitalNoun,
  kPlaceRelative,
  kEndVerb,       // "ended", "concluded": a date after it is a meeting's last day, not its first
  kCloseNoun,     // "close", "end": "at the close of the summit" on a day is its last day
  kDurationNoun,  // "day", "week": "the two-day meeting" refers back like "the meeting"
  kClauseSubject,
  kSameWord,      // "same": "later the same day" is the day of the sentence before
  kMeetingPart,
  kSameDayNoun,   // "day", "evening": "later the same evening" is the day of the sentence before
  kSidelinesNoun,  // "sidelines", "margins": a day given "on the sidelines of the summit" is the side event's
  kDistalDeterminer,  // "that": "At that meeting" after a sentence naming one meeting is that one
  kInstrumentFiller,  // "cooperation", "mutual": words of an instrument's name that say nothing of its subject
  kOneOffWord,  // "special", "extraordinary": before a meeting's head, a meeting called outside any series
  kContinuingWord,  // "also": "He also met B" goes on telling of the day the sentence before told of
  kPortfolioNoun,  // "energy", "fisheries": a ministry's domain, so part of an office's name, not a person's
  kBodyHeadWord,  // "Council", "Conference": "the Council" names again the story's body of that head
  kBodySeatWord,  // "members", "chairman": "members of the Conference" speaks of the body, not a meeting
  kVisitEndLead,  // "after", "concluded": "returned on Thursday after a four-day visit": its last day
  kUnitOfficeNoun,  // "director", "head": "Director of the State Protocol" names a unit, not an instrument
  kPlacePreposition,  // "in", "at": right before the place where something is held or happens
  kVenuePreposition,  // "at": right before a venue at which something happens
  kContainingPreposition,  // "in": "A, in the state of B": what follows contains what comes before
  kBelongingPreposition,  // "of": "King A of Nigeria", "the port city of B": what the words before are of
  kNextMemberWord,  // "and": opens a list's next member ("A, Minister of Trade, and B")
  kPostedToWord,  // "to": "Ambassador of Japan to Brazil": where an envoy is posted
  kOfficeConnector,  // "of", "for", "and": joins the words of an office's name
  kDefiniteArticle,  // "the"
  kPossessiveEnding,  // "'s"
  kCountryJoiner,  // "and", "or", "of": joins a country to the words before it ("leaders of Chile and Peru")
  kPortfolioPreposition,  // "of", "for": "Minister for Trade": an office's portfolio follows
  kPortfolioAnd,  // "and": "Minister of Foreign Affairs and Trade": joins one office's portfolios
  kOriginPreposition,  // "of", "from": "A of Chile", "B from Peru": the official's country follows
  kOfficeBodyPreposition,  // "at", "of", "in": "Director at the Ministry": the office's body follows
  kNameAnd,  // "and" between capitalised words: one name ("Trinidad and Tobago") or two
  kCounterpartPreposition,  // "with": "a meeting with A": the officials after it are the counterparts
  kDestinationPreposition,  // "to": "a visit to Lima", "travel to Chile": where the visitor goes
  kInfinitiveMarker,  // "to": "is to meet", "to be held": a verb's infinitive follows
  kPassiveBe,  // "be": "to be held": a passive infinitive
  kDayPreposition,  // "on": "on Monday": the day an event happened, not a date mentioned
  kClauseAnd,  // "and" that ends a clause and opens another: after a comma, before a verb in -ed
  kInviteVerb,  // "invited", "invitation": "invited him to visit in March" speaks of a coming visit
  kContractionEnding,  // "re", "ll": after an apostrophe, a contraction's ending, not a name's syllable
  kTravelVerb,  // "travelled", "flew": "flew on to Osaka" moves the story's traveller to another stop
  kSigningVerb,  // "signed", "inked": "was signed in Trebinje on Monday" names the town where
  kStopPreposition,  // "to", "in": "flew to Osaka", "arrived in Osaka": the stop a travel verb reaches
  kOnwardWord,  // "on", "onward": "flew on to Osaka": between a travel verb and its stop
  kUnitBodyPreposition,  // "of", "at": "Director-General for Asia of the Ministry": a unit's body follows
  kSecondOfficeAnd,  // "and": "Deputy Prime Minister and Foreign Minister A": one person's next office
  kBylineWord,  // "By": "By Anna Lee, 3 March 2026", a byline line before the dateline
  kGovernmentObjectVerb,  // "thanked", "urged": "thanked Dublin for its support": the capital is its government
  kCurrencyNoun,  // "dollars": "40 million US dollars" names a currency, not the country before it
  kSequelWord,  // "after", "following": "After the talks, ...": the sentence tells of what followed an encounter
  kSequelClosing,  // "followed": "At a ceremony that followed, ...": ends a sequel opening after a relative pronoun
  kSequelAdverb,  // "afterwards": "Afterwards, ...": a sequel opening by itself
  kHeadlineVerb,  // "Arrives", "Visits": a headline's verb between a title and a country is no given name
  kEditionBodyKind,  // "bloc": an organisation kind whose "the bloc's Ninth Summit" is its own meeting
  kComingWord,  // "next", "upcoming": "the next session of the X Commission" is the series' coming occasion
  kPairSubject,  // "two", "both": "the two ministers agreed": the pair of the encounter told last
  kPurposePreposition,  // "for": "met in Goma for the 12th Session of the Council": the session is the meeting
  kArrivalVenueWord,  // "airport", "base" ("Air Base"): a venue where a visitor is welcomed on arrival, no meeting
  kPassiveAgentWord,  // "by": "hosted in Ohrid by A": a chair trigger split from its agent is passive
  kOwnOccasionNoun,  // "reception", "banquet": "B attended the reception" names an occasion of its own
  kVisitEndParticle,  // "up", "off": after a `visit_end_lead` verb ("wrapped up a two-day visit")
  kCount
};

// The snake_case name of a category as the data file writes it.
const char* LexiconName(Lexicon category);

// What a gazetteer phrase stands for: an index into the matching table. A capital points at its
// country; an organization's acronym at its OrgEntry.
struct PhraseEntry {
  EntryType type;
  int index;
  bool exact_case;  // acronyms match only as written ("MEA", not "mea")
  std::string surface;
};

// The reference data the extractor recognises: countries, places, titles, organizations,
// honorifics and the trigger lexicon, loaded from the data files compiled into dkg
// (data/gazetteer/*.tsv, data/lexicon/lexicon.tsv). Immutable after loading, so one instance may
// be shared by any number of threads.
class Gazetteer {
 public:
  // Loads the embedded data files. Fails with the file and line of a malformed row.
  static Result<std::shared_ptr<const Gazetteer>> LoadEmbedded();
  // Loads from (file name -> contents), for tests.
  static Result<std::shared_ptr<const Gazetteer>> LoadFrom(
      const std::map<std::string, std::string_view>& files);

  // Gazetteer phrases starting at tokens[i], longest first; `length` gets their token count.
  // Tokens are compared folded, so "Cote d'Ivoire" finds "Côte d'Ivoire" and the reverse.
  // Capitalisation is checked: names need a capital, acronyms their exact form.
  std::vector<const PhraseEntry*> Match(const std::vector<Token>& tokens, size_t i,
                                        size_t& length) const;

  // The longest lexicon phrase of `category` starting at tokens[i]: its value, and its token count
  // in `length` (0 when none; a matched phrase may have an empty value). Allocation-free.
  // Inline: rules ask it of nearly every token for several categories, and most tokens start no
  // phrase of the category asked, which an annotated token answers without a call.
  const std::string& MatchLexicon(Lexicon category, const std::vector<Token>& tokens, size_t i,
                                  size_t& length) const;
  // Whether the single token `token` is a one-word phrase of `category`.
  bool IsLexiconWord(Lexicon category, const Token& token) const;

  // Records on each token the lexicon and gazetteer phrases that start with it; later Match(),
  // MatchLexicon() and IsLexiconWord() calls on these tokens skip the hash lookups.
  void Annotate(std::vector<Token>& tokens) const;

  const std::vector<CountryEntry>& countries() const { return countries_; }
  const std::vector<PlaceEntry>& places() const { return places_; }
  const std::vector<TitleEntry>& titles() const { return titles_; }
  // Whether `lower` (one lower-case word) is a word of some title, lower-cased ("foreign" of
  // "Foreign Minister"): one lookup instead of a scan of every title.
  bool IsTitleWord(const std::string& lower) const { return title_words_.count(lower) != 0; }
  const std::vector<OrgEntry>& organizations() const { return orgs_; }
  // Index of the country with this ISO code, or -1.
  int CountryByIso(const std::string& iso) const;
  // The ISO codes of the member states of the grouping with this name or acronym
  // (data/gazetteer/memberships.tsv), or nullptr when it is not listed there.
  const std::vector<std::string>* GroupingMembers(const std::string& name) const;
  // The ISO codes of the countries a well-known office holder serves, most likely first
  // (data/gazetteer/officials.tsv), or nullptr when the name is not listed there.
  const std::vector<std::string>* OfficeHolderCountries(const std::string& name) const;
  // The organizations with this name (every country's "Ministry of Foreign Affairs"), by index.
  const std::vector<int>& OrganizationsNamed(const std::string& name) const;

 private:
  Gazetteer() = default;
  Status Parse(const std::string& file, std::string_view text);
  void Add(const std::string& phrase, EntryType type, int index, bool exact_case);
  void Index();

  std::vector<CountryEntry> countries_;
  std::vector<PlaceEntry> places_;
  std::vector<TitleEntry> titles_;
  std::unordered_set<std::string> title_words_;  // IsTitleWord(), built by Index()
  std::vector<OrgEntry> orgs_;
  std::vector<std::string> honorifics_;
  // Phrases are indexed by their first token; candidates are compared token by token, longest
  // first, so matching allocates nothing.
  struct Phrase {
    std::vector<std::string> tokens;  // folded (Token::fold()), so accents need not match
    std::vector<PhraseEntry> entries;
  };
  // The phrases that start with one word, longest first, and where among them Match() looks:
  // it is asked at every token that starts some phrase, and a word such as "Minister" starts
  // dozens, of which only those whose second word is the next token's can be there.
  struct PhraseList {
    std::vector<Phrase> phrases;
    // Positions in `phrases` (in its order) of the phrases of two or more words, by their second.
    std::unordered_map<std::string, std::vector<uint32_t>, WordHash> by_second;
    std::vector<uint32_t> single;  // positions of the one-word phrases, which come last
  };
  std::unordered_map<std::string, PhraseList> phrases_;
  const PhraseList* GazetteerPhrasesAt(const Token& token) const;
  struct LexiconPhrase {
    int category;
    std::vector<std::string> tokens;
    std::string value;
  };
  // The lexicon phrases that start with one token, grouped by category and longest first within
  // each, so a rule asking for one category walks only that category's phrases.
  struct LexiconList {
    std::vector<LexiconPhrase> phrases;
    std::array<uint32_t, static_cast<size_t>(Lexicon::kCount) + 1> begin{};  // category c: [begin[c], begin[c+1])
    // Bit c: a one-word phrase of category c is here. IsLexiconWord() is asked for nearly every
    // token and category, so it reads one bit instead of walking the category's phrases.
    std::bitset<static_cast<size_t>(Lexicon::kCount)> one_word;
  };
  std::unordered_map<std::string, LexiconList> lexicon_;
  const LexiconList* PhrasesAt(const Token& token) const;
  // MatchLexicon() past its fast path: the token has phrases of the category, or no annotation.
  const std::string& MatchLexiconPhrases(Lexicon category, const std::vector<Token>& tokens, size_t i,
                                         size_t& length) const;
  bool IsLexiconWordLookup(Lexicon category, const Token& token) const;
  static const std::string kNoValue;
  // Both kinds of phrase by first token, so Annotate() hashes each token once.
  struct FirstToken {
    const LexiconList* lexicon = nullptr;
    const PhraseList* gazetteer = nullptr;
  };
  std::unordered_map<std::string, FirstToken, WordHash> first_tokens_;
  std::unordered_map<std::string, int> country_by_iso_;
  std::unordered_map<std::string, std::vector<int>> orgs_by_key_;
  std::unordered_map<std::string, std::vector<std::string>> members_by_key_;
  std::unordered_map<std::string, std::vector<std::string>> holders_by_key_;
};

inline const std::string& Gazetteer::MatchLexicon(Lexicon category, const std::vector<Token>& tokens,
                                                  size_t i, size_t& length) const {
  if (i < tokens.size() && tokens[i].annotated) {
    const auto* list = static_cast<const LexiconList*>(tokens[i].lexicon);
    const size_t id = static_cast<size_t>(category);
    if (!list || list->begin[id] == list->begin[id + 1]) {
      length = 0;
      return kNoValue;
    }
  }
  return MatchLexiconPhrases(category, tokens, i, length);
}

inline bool Gazetteer::IsLexiconWord(Lexicon category, const Token& token) const {
  if (!token.annotated) return IsLexiconWordLookup(category, token);
  const auto* list = static_cast<const LexiconList*>(token.lexicon);
  return list && list->one_word.test(static_cast<size_t>(category));
}

}  // namespace dkg::internal
