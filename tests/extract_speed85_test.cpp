// The pattern engine skips start positions that cannot open a match: an option opening with
// "^" is tried only at the sentence's start (so it no longer makes its pattern be tried at every
// token), and no pattern is tried after the last token of one of its anchor sets (words or
// mentions every match must take at or after its start).
// These skips must never lose a match. Sentences are written for these tests.
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <tuple>
#include <vector>

#include "importers/extract/pattern.h"

namespace dkg {
namespace {

using extract::PatternSet;
using extract::PatternVocabulary;
using extract::SentenceView;

PatternVocabulary Vocab() { return {{"OFFICIAL", "PLACE"}, {"ordinal"}}; }

// A sentence with mentions at the token ranges given: (type, begin, end).
struct Sentence {
  std::vector<internal::Token> tokens;
  SentenceView view;
  Sentence(const std::string& text, std::vector<std::tuple<int, size_t, size_t>> mentions,
           size_t from = 0) {
    tokens = internal::Tokenize(text);
    view.tokens = &tokens;
    view.from = from;
    size_t id = 0;
    for (auto [type, b, e] : mentions) view.mentions.push_back({type, b, e, id++});
    view.lexicon = [this](int cls, size_t i) -> size_t {
      return cls == 0 && (tokens[i].lower == "third" || tokens[i].lower == "fifth") ? 1 : 0;
    };
  }
};

// The matches of `patterns` in `s`. They point into the set, which the test keeps.
std::vector<extract::PatternMatch> MatchAll(const std::string& patterns, Sentence& s) {
  static std::vector<std::unique_ptr<PatternSet>> sets;
  sets.push_back(std::make_unique<PatternSet>());
  PatternSet& set = *sets.back();
  Status st = set.Add("t.pat", "separator , and\nseparator ,\nseparator and\n" + patterns, Vocab());
  EXPECT_TRUE(st.ok()) << st.message();
  return set.Match(s.view, "events");
}

// Two options, one opening with a word and one with "^": the "^" option matches at the start
// (after a dateline) and nowhere else; the word option still matches anywhere.
TEST(ExtractSpeed85Test, SentenceStartOptionMatchesOnlyAtTheStart) {
  const std::string p =
      "pattern p\n match {what: ( former | earlier ) round } was held\n"
      " match ^ ( the )? {what: [ord] round } was held\n";
  // 0 The 1 fifth 2 round 3 was 4 held 5 in 6 Lima
  Sentence start("The fifth round was held in Lima", {});
  auto m = MatchAll(p, start);
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].b, 0u);
  EXPECT_EQ(m[0].Slot("what")->b, 1u);
  // 0 LIMA 1 : 2 The 3 fifth 4 round 5 was 6 held: the dateline ends at token 2.
  Sentence dateline("LIMA: The fifth round was held", {}, 2);
  m = MatchAll(p, dateline);
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].b, 2u);
  // 0 Delegates 1 said 2 the 3 fifth 4 round 5 was 6 held 7 in 8 May: not at the start.
  Sentence inside("Delegates said the fifth round was held in May", {});
  EXPECT_TRUE(MatchAll(p, inside).empty());
  // The word option is not at the start and still matches.
  // 0 Delegates 1 said 2 the 3 earlier 4 round 5 was 6 held 7 in 8 May
  Sentence word("Delegates said the earlier round was held in May", {});
  m = MatchAll(p, word);
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].Slot("what")->b, 3u);
}

// An option opening with "^" and a gap ("^ ~2 OFFICIAL arrived") beside options opening with a
// word or a mention: the pattern is tried where those stand and at the sentence's start, and the
// "^" option still finds an official a few words in.
TEST(ExtractSpeed85Test, GapAfterSentenceStartStillMatches) {
  const std::string p =
      "pattern p\n match ^ ~2 {who:OFFICIAL} arrived\n"
      " match {who:OFFICIAL} landed\n match upon arrival {who:OFFICIAL} spoke\n";
  // 0 On 1 Monday 2 Ana 3 Ruiz 4 arrived 5 ; 6 Teo 7 Vance 8 landed
  Sentence s("On Monday Ana Ruiz arrived; Teo Vance landed", {{0, 2, 4}, {0, 6, 8}});
  auto m = MatchAll(p, s);
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m[0].b, 0u);
  EXPECT_EQ(m[0].Slot("who")->mentions, std::vector<size_t>{0});
  EXPECT_EQ(m[1].Slot("who")->mentions, std::vector<size_t>{1});
  // Not at the start: the "^" option does not match.
  // 0 Then 1 on 2 Monday 3 Ana 4 Ruiz 5 arrived
  Sentence late("Then on Monday Ana Ruiz arrived", {{0, 3, 5}});
  EXPECT_TRUE(MatchAll(p, late).empty());
  // 0 Upon 1 arrival 2 Ana 3 Ruiz 4 spoke
  Sentence word("Upon arrival Ana Ruiz spoke", {{0, 2, 4}});
  ASSERT_EQ(MatchAll(p, word).size(), 1u);
}

// A pattern opening anywhere (a gap) whose anchors ("signed", an OFFICIAL) stand late in the
// sentence still matches there; starts after the last anchor are not tried, and the matches
// found are the same as without the skip.
TEST(ExtractSpeed85Test, MatchesBeforeTheLastAnchorAreAllFound) {
  const std::string p = "pattern p\n match {who:OFFICIAL} ~3 signed\n";
  // 0 Mira 1 Holt 2 and 3 Teo 4 Vance 5 then 6 signed 7 ; 8 Ana 9 Ruiz 10 spoke
  Sentence s("Mira Holt and Teo Vance then signed; Ana Ruiz spoke", {{0, 0, 2}, {0, 3, 5}, {0, 8, 10}});
  auto m = MatchAll(p, s);
  ASSERT_EQ(m.size(), 1u);  // from Teo Vance: the gap from Mira Holt is too short
  EXPECT_EQ(m[0].Slot("who")->mentions, std::vector<size_t>{1});
  // Both anchors after each start: one match per clause.
  // 0 Mira 1 Holt 2 signed 3 ; 4 Ana 5 Ruiz 6 later 7 signed
  Sentence two("Mira Holt signed; Ana Ruiz later signed", {{0, 0, 2}, {0, 4, 6}});
  m = MatchAll(p, two);
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m[1].Slot("who")->mentions, std::vector<size_t>{1});
  // The verb only before the official: no match.
  // 0 Signed 1 copies 2 reached 3 Ana 4 Ruiz 5 today
  Sentence none("Signed copies reached Ana Ruiz today", {{0, 3, 5}});
  EXPECT_TRUE(MatchAll(p, none).empty());
}

// A mention anchor counts at the last place any mention of its type starts, whatever the order
// the mentions were given in.
TEST(ExtractSpeed85Test, MentionAnchorUsesTheLastMentionInAnyOrder) {
  const std::string p = "pattern p\n match ( talks | meeting ) in {where:PLACE}\n";
  // 0 Talks 1 in 2 Oslo 3 and 4 a 5 meeting 6 in 7 Bergen
  Sentence s("Talks in Oslo and a meeting in Bergen", {{1, 7, 8}, {1, 2, 3}});
  auto m = MatchAll(p, s);
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m[0].Slot("where")->mentions, std::vector<size_t>{1});
  EXPECT_EQ(m[1].Slot("where")->mentions, std::vector<size_t>{0});
}

}  // namespace
}  // namespace dkg
