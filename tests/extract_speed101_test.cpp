// Matcher fast paths (importers/extract/pattern.cpp) must match exactly what the general
// backtracking matcher matched: a repeat of one-token elements is read by a loop, then backs off
// from the longest run, one token at a time, down to its minimum.
#include <gtest/gtest.h>

#include "importers/extract/pattern.h"
#include "importers/internal/tokenizer.h"
#include "tests/extract_fixture.h"

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

// Officials are resolved through an index of the words of their names (CompatibleOfficials):
// a shorter or longer form of a name finds its official, a shared given name does not merge two.
class ExtractSpeed101Test : public ExtractFixture {};

TEST_F(ExtractSpeed101Test, SharedGivenNameKeepsOfficialsApartAndShortFormsFindTheirs) {
  Extract(
      "Ministers meet in Valletta\nApril 2, 2025\n\nForeign Minister Lena Ostrova Marrow of Norway met "
      "Trade Minister Lena Quist of Sweden in Valletta on Tuesday. Lena Marrow said the talks were "
      "frank. Later, Lena Quist thanked her hosts.\n");
  EXPECT_EQ(NamesOf("official"), "Lena Ostrova Marrow\nLena Quist\n") << Dump();
}

TEST_F(ExtractSpeed101Test, NameWithAnInitialFindsTheFullName) {
  Extract(
      "Envoys meet in Porto\nMay 6, 2025\n\nAmbassador L. Pardo of Chile met Ambassador Tomas Velt of "
      "Peru in Porto on Friday. Ambassador Lucia Pardo said both sides would meet again.\n");
  EXPECT_EQ(NamesOf("official"), "L. Pardo\nTomas Velt\n") << Dump();
}

TEST_F(ExtractSpeed101Test, CrowdSharingAGivenNameStaysDistinct) {
  // 300 officials named "Lena <surname>", then one of them again by the same two words.
  const char* syllables[] = {"ka", "lo", "mi", "re", "tu", "sa", "ne", "vo", "di", "pa"};
  auto surname = [&](int k) {
    std::string s = std::string(syllables[k % 10]) + syllables[(k / 10) % 10] + syllables[(k / 100) % 10] + "lin";
    s[0] = static_cast<char>(s[0] - 'a' + 'A');
    return s;
  };
  std::string text = "Envoys gather in Bern\nJune 9, 2025\n\n";
  for (int k = 0; k < 300; ++k) text += "Ambassador Lena " + surname(k) + " of Chile arrived in Bern on Monday. ";
  text += "Lena " + surname(42) + " said the meeting was useful.\n";
  Extract(text);
  size_t officials = 0, named = 0;
  for (const auto& n : graph_.nodes) {
    if (n.kind != "official") continue;
    ++officials;
    named += n.name == "Lena " + surname(42);
  }
  EXPECT_EQ(officials, 300u);
  EXPECT_EQ(named, 1u);
}

}  // namespace
}  // namespace dkg
