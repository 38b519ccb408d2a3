// The pattern matcher's start filters (importers/extract/pattern.cpp): a pattern opening with a
// common word is tried only where the next token can continue it. These tests check that the
// filters never refuse a position where the pattern matches.
#include <gtest/gtest.h>

#include <string>
#include <tuple>
#include <vector>

#include "importers/extract/pattern.h"

namespace dkg {
namespace {

using extract::PatternSet;
using extract::SentenceView;

// A sentence with mentions at the token ranges given: (type, begin, end). Type 0 is OFFICIAL,
// type 1 PLACE.
struct Sentence {
  std::vector<internal::Token> tokens;
  SentenceView view;
  Sentence(const std::string& text, std::vector<std::tuple<int, size_t, size_t>> mentions) {
    tokens = internal::Tokenize(text);
    view.tokens = &tokens;
    size_t id = 0;
    for (auto [type, b, e] : mentions) view.mentions.push_back({type, b, e, id++});
  }
};

std::vector<extract::PatternMatch> MatchIn(const std::string& pattern_text, const Sentence& s,
                                       PatternSet& set) {
  Status st = set.Add("t.pat", "separator ,\nseparator and\n" + pattern_text,
                      {{"OFFICIAL", "PLACE"}, {}});
  EXPECT_TRUE(st.ok()) << st.message();
  return set.Match(s.view, "events");
}

TEST(MatcherStartFilterTest, OpeningWordIsTriedOnlyBeforeWhatCanFollowIt) {
  // tokens: 0 A 1 delegation 2 met 3 a 4 Envoy 5 Rui 6 Sato 7 in 8 Oslo 9 .
  Sentence s("A delegation met a Envoy Rui Sato in Oslo.", {{0, 4, 7}, {1, 8, 9}});
  PatternSet set;
  auto m = MatchIn("pattern p\n match ( the | a ) {who:OFFICIAL} in {where:PLACE}\n", s, set);
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].b, 3u);
  EXPECT_EQ(m[0].Slot("who")->mentions, (std::vector<size_t>{0}));
}

TEST(MatcherStartFilterTest, WordAndMentionOpeningsOfOnePatternBothMatch) {
  // tokens: 0 Rui 1 Sato 2 arrived 3 ; 4 the 5 Oslo 6 talks 7 began 8 .
  Sentence s("Rui Sato arrived; the Oslo talks began.", {{0, 0, 2}, {1, 5, 6}});
  PatternSet set;
  auto m = MatchIn(
      "pattern p\n"
      " match the {where:PLACE} talks\n"
      " match {who:OFFICIAL} arrived\n",
      s, set);
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m[0].b, 0u);
  EXPECT_EQ(m[1].b, 4u);
}

TEST(MatcherStartFilterTest, OptionalWordAfterTheOpeningDoesNotHideAMatch) {
  // tokens: 0 The 1 new 2 Oslo 3 talks 4 began 5 .
  Sentence s("The new Oslo talks began.", {{1, 2, 3}});
  PatternSet set;
  auto m = MatchIn("pattern p\n match the ( new )? {where:PLACE} talks\n", s, set);
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].b, 0u);
}

TEST(MatcherStartFilterTest, OpeningWordBeforeAWordOfThePattern) {
  // tokens: 0 Talks 1 in 2 the 3 old 4 capital 5 ended 6 .
  Sentence s("Talks in the old capital ended.", {});
  PatternSet set;
  auto m = MatchIn("pattern p\n match ( the | a ) ( old | new ) capital\n", s, set);
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].b, 2u);
}

}  // namespace
}  // namespace dkg
