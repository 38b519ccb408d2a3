// Matcher fast paths (importers/extract/pattern.cpp) must match exactly what the general
// backtracking matcher matched: a repeat of one-token elements is read by a loop, then backs off
// from the longest run, one token at a time, down to its minimum.
#include <gtest/gtest.h>

#include "importers/extract/pattern.h"
#include "importers/internal/tokenizer.h"

namespace dkg {
namespace {

using extract::PatternSet;
using extract::PatternVocabulary;
using extract::SentenceView;

PatternVocabulary Speed101Vocab() { return {{"OFFICIAL", "PLACE"}, {"meet_verb", "ordinal"}}; }

struct Speed101Sentence {
  std::vector<internal::Token> tokens;
  SentenceView view;
  Speed101Sentence(const std::string& text, std::vector<std::tuple<int, size_t, size_t>> mentions) {
    tokens = internal::Tokenize(text);
    view.tokens = &tokens;
    size_t id = 0;
    for (auto [type, b, e] : mentions) view.mentions.push_back({type, b, e, id++});
  }
};

std::vector<extract::PatternMatch> MatchWith(const std::string& pattern_text, Speed101Sentence& f,
                                             PatternSet& set) {
  Status s = set.Add("t.pat", "separator , and\nseparator ,\nseparator and\n" + pattern_text,
                     Speed101Vocab());
  EXPECT_TRUE(s.ok()) << s.message();
  return set.Match(f.view, "events");
}

std::string Text(const Speed101Sentence& f, size_t b, size_t e) {
  std::string out;
  for (size_t i = b; i < e; ++i) out += (i > b ? " " : "") + f.tokens[i].text;
  return out;
}

TEST(MatcherSpeed101Test, RepeatOfChoicesBacksOffToLetTheRestMatch) {
  // 0 Mira 1 Tal 2 , 3 Envoy 4 Oskar 5 Venn 6 and 7 Officially 8 signed 9 a 10 pact 11 .
  Speed101Sentence f("Mira Tal, Envoy Oskar Venn and Officially signed a pact.", {{0, 0, 2}});
  PatternSet set;
  auto m = MatchWith("pattern p\n match {who:OFFICIAL} ( \",\" | and | officially | [cap] )* signed\n", f,
               set);
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].e, 9u);
}

TEST(MatcherSpeed101Test, GreedyRepeatGivesBackTheTokenALiteralNeeds) {
  // 0 They 1 met 2 Dana 3 Ruiz 4 Pell 5 yesterday
  Speed101Sentence f("They met Dana Ruiz Pell yesterday", {});
  PatternSet set;
  auto m = MatchWith("pattern p\n match met {name: [cap]* pell }\n", f, set);
  ASSERT_EQ(m.size(), 1u);
  const auto* c = m[0].Slot("name");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(Text(f, c->b, c->e), "Dana Ruiz Pell");
}

TEST(MatcherSpeed101Test, NegatedPreviousWordInsideARepeatStopsTheRun) {
  // 0 a 1 deal 2 on 3 river 4 shipping 5 with 6 the 7 port 8 .
  Speed101Sentence f("a deal on river shipping with the port.", {});
  PatternSet set;
  auto m = MatchWith("pattern p\n match deal on {topic: ( [lower] <!with <!the )+ }\n", f, set);
  ASSERT_EQ(m.size(), 1u);
  const auto* c = m[0].Slot("topic");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(Text(f, c->b, c->e), "river shipping");
}

TEST(MatcherSpeed101Test, RepeatWithAMinimumFailsOnAShorterRun) {
  Speed101Sentence f("They met today in Porto", {});
  PatternSet set;
  EXPECT_TRUE(MatchWith("pattern p\n match met [cap]+ today\n", f, set).empty());
  PatternSet set2;
  EXPECT_EQ(MatchWith("pattern p\n match met [cap]* today\n", f, set2).size(), 1u);
}

TEST(MatcherSpeed101Test, OptionalOneTokenElementIsTriedTakenThenSkipped) {
  // 0 the 1 new 2 coastal 3 accord 4 .
  Speed101Sentence f("the new coastal accord.", {});
  PatternSet set;
  auto m = MatchWith("pattern p\n match the {name: [lower] [lower]? <!the accord }\n", f, set);
  ASSERT_EQ(m.size(), 1u);
  const auto* c = m[0].Slot("name");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(Text(f, c->b, c->e), "new coastal accord");
}

}  // namespace
}  // namespace dkg
