// Speed changes of h134 must find what the slower paths found: list separators compared by their
// entries in the pattern index (not as strings), words hashed by internal::WordHash, and the
// host-at-home rules read from the patterns when the Extractor is made.
#include <gtest/gtest.h>

#include "importers/extract/pattern.h"
#include "importers/internal/gazetteer.h"
#include "importers/internal/tokenizer.h"
#include "importers/internal/word_hash.h"
#include "tests/extract_fixture.h"

namespace dkg {
namespace {

using extract::PatternSet;
using extract::PatternVocabulary;
using extract::SentenceView;

PatternVocabulary Speed134Vocab() { return {{"OFFICIAL", "PLACE"}, {"meet_verb", "ordinal"}}; }

struct Speed134Sentence {
  std::vector<internal::Token> tokens;
  SentenceView view;
  Speed134Sentence(const std::string& text, std::vector<std::tuple<int, size_t, size_t>> mentions) {
    tokens = internal::Tokenize(text);
    view.tokens = &tokens;
    size_t id = 0;
    for (auto [type, b, e] : mentions) view.mentions.push_back({type, b, e, id++});
  }
};

// The separators of these tests: two words after a comma, a comma and a word, a bare comma and
// a bare word, tried in this order as in data/patterns/lists.pat.
std::vector<extract::PatternMatch> MatchList(Speed134Sentence& f, PatternSet& set) {
  Status s = set.Add("t.pat",
                     "separator , as well as\nseparator , and\nseparator ,\nseparator and\n"
                     "pattern p\n match {who:OFFICIAL+} met\n",
                     Speed134Vocab());
  EXPECT_TRUE(s.ok()) << s.message();
  return set.Match(f.view, "events");
}

TEST(MatcherSpeed134Test, SeparatorOfSeveralWordsJoinsListMembers) {
  // 0 Envoy 1 Rhee 2 , 3 as 4 well 5 as 6 Envoy 7 Abara 8 and 9 Envoy 10 Lund 11 met 12 .
  Speed134Sentence f("Envoy Rhee, as well as Envoy Abara and Envoy Lund met.",
                     {{0, 0, 2}, {0, 6, 8}, {0, 9, 11}});
  PatternSet set;
  auto m = MatchList(f, set);
  ASSERT_EQ(m.size(), 1u);
  const auto* who = m[0].Slot("who");
  ASSERT_NE(who, nullptr);
  EXPECT_EQ(who->mentions, (std::vector<size_t>{0, 1, 2}));
}

TEST(MatcherSpeed134Test, SeparatorWordIsMatchedWhateverItsCase) {
  // The token's lower-case form is what the index holds: "AND" joins as "and" does.
  // 0 Envoy 1 Rhee 2 AND 3 Envoy 4 Abara 5 met
  Speed134Sentence f("Envoy Rhee AND Envoy Abara met", {{0, 0, 2}, {0, 3, 5}});
  PatternSet set;
  auto m = MatchList(f, set);
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].Slot("who")->mentions, (std::vector<size_t>{0, 1}));
}

TEST(MatcherSpeed134Test, PartOfASeparatorJoinsNothing) {
  // ", as well" without its last word is no separator, and "as" is none either: only the last
  // official is caught, as the one whose list ends before "met".
  // 0 Envoy 1 Rhee 2 , 3 as 4 well 5 Envoy 6 Abara 7 met
  Speed134Sentence f("Envoy Rhee, as well Envoy Abara met", {{0, 0, 2}, {0, 5, 7}});
  PatternSet set;
  auto m = MatchList(f, set);
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].Slot("who")->mentions, (std::vector<size_t>{1}));
}

TEST(MatcherSpeed134Test, BareCommaEndsNoListButJoinsBeforeAClosingWord) {
  // "A, B met": the comma is not closed by a joiner, so the list is B alone; "A, B and C met"
  // takes all three.
  Speed134Sentence f("Envoy Rhee, Envoy Abara met", {{0, 0, 2}, {0, 3, 5}});
  PatternSet set;
  auto m = MatchList(f, set);
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].Slot("who")->mentions, (std::vector<size_t>{1}));
  Speed134Sentence g("Envoy Rhee, Envoy Abara and Envoy Lund met",
                     {{0, 0, 2}, {0, 3, 5}, {0, 6, 8}});
  PatternSet set2;
  auto n = MatchList(g, set2);
  ASSERT_EQ(n.size(), 1u);
  EXPECT_EQ(n[0].Slot("who")->mentions, (std::vector<size_t>{0, 1, 2}));
}

TEST(WordHashTest, EqualWordsHashAlikeAndStringAndViewAgree) {
  internal::WordHash h;
  const std::string a = "summit", b = std::string("sum") + "mit";
  EXPECT_EQ(h(a), h(b));
  EXPECT_EQ(h(a), h(std::string_view("summit")));
  EXPECT_NE(h(std::string("summit")), h(std::string("summits")));
  EXPECT_NE(h(std::string("")), h(std::string(",")));
}

// Gazetteer::Annotate() finds the phrases of a token's first word through its WordHash map,
// plain and folded ("Perú" as "peru").
TEST(WordHashTest, AnnotatedTokensFindTheirGazetteerPhrases) {
  auto g = internal::Gazetteer::LoadEmbedded();
  ASSERT_TRUE(g.ok()) << g.status().message();
  auto tokens = internal::Tokenize("Officials of Perú and Norway met");
  g.value()->Annotate(tokens);
  size_t len = 0;
  EXPECT_FALSE(g.value()->Match(tokens, 2, len).empty());
  EXPECT_EQ(len, 1u);
  EXPECT_FALSE(g.value()->Match(tokens, 4, len).empty());
  EXPECT_TRUE(g.value()->Match(tokens, 5, len).empty());
}

// The host-at-home rules are read once, when the Extractor is made: a host who receives a foreign
// guest for a meeting nothing else places still holds it in the host's country, and officials
// who merely meet hold nothing at home.
class ExtractSpeed134Test : public ExtractFixture {};

TEST_F(ExtractSpeed134Test, HostReceivingAGuestHoldsTheMeetingAtHome) {
  Extract(
      "Chile and Kenya open a trade dialogue\nApr 9, 2025\n"
      "On 8 April 2025 Chile's Trade Minister Ines Varela received Kenya's Trade Minister, "
      "Otieno Wambua, for the inaugural Chile-Kenya Trade Dialogue.\n"
      "The two ministers agreed to meet again in a year.\n");
  EXPECT_TRUE(HasEdge("inaugural Chile-Kenya Trade Dialogue", "held_in", "Chile")) << Dump();
  EXPECT_FALSE(HasEdge("inaugural Chile-Kenya Trade Dialogue", "held_in", "Kenya")) << Dump();
}

// Two officials who attend a round host nothing: the round is found and attended, and held in
// neither side's country (a host-at-home rule needs a host).
TEST_F(ExtractSpeed134Test, OfficialsWhoMeetHoldNothingAtHome) {
  Extract(
      "Chile and Kenya open a trade dialogue\nApr 9, 2025\n"
      "On 8 April 2025 Chile's Trade Minister Ines Varela and Kenya's Trade Minister Otieno "
      "Wambua attended the inaugural Chile-Kenya Trade Dialogue.\n");
  ASSERT_TRUE(HasEdge("Ines Varela", "attended", "inaugural Chile-Kenya Trade Dialogue")) << Dump();
  EXPECT_TRUE(HasEdge("Otieno Wambua", "attended", "inaugural Chile-Kenya Trade Dialogue"))
      << Dump();
  EXPECT_FALSE(HasEdge("inaugural Chile-Kenya Trade Dialogue", "held_in", "Chile")) << Dump();
  EXPECT_FALSE(HasEdge("inaugural Chile-Kenya Trade Dialogue", "held_in", "Kenya")) << Dump();
}

}  // namespace
}  // namespace dkg
