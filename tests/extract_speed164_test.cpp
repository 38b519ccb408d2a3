// Speed changes of h164 must give what the slower paths gave: the tokenizer read one token at a
// time (TokenReader) into each sentence's own list, with the word's case noted as it is read; the
// graph builder's indexes hashed (edges keyed by a relation's number, mention spans in one array).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "importers/internal/graph_builder.h"
#include "importers/internal/sentences.h"
#include "importers/internal/tokenizer.h"

namespace dkg {
namespace {

using internal::Sentence;
using internal::Token;

void ExpectSameTokens(const std::vector<Token>& a, const std::vector<Token>& b, const std::string& what) {
  ASSERT_EQ(a.size(), b.size()) << what;
  for (size_t i = 0; i < a.size(); ++i) {
    EXPECT_EQ(a[i].start, b[i].start) << what << " token " << i;
    EXPECT_EQ(a[i].end, b[i].end) << what << " token " << i;
    EXPECT_EQ(a[i].text, b[i].text) << what << " token " << i;
    EXPECT_EQ(a[i].lower, b[i].lower) << what << " token " << i;
    EXPECT_EQ(a[i].fold(), b[i].fold()) << what << " token " << i;
    EXPECT_EQ(a[i].word, b[i].word) << what << " token " << i;
    EXPECT_EQ(a[i].cap, b[i].cap) << what << " token " << i;
    EXPECT_EQ(a[i].number, b[i].number) << what << " token " << i;
    EXPECT_EQ(a[i].space_before, b[i].space_before) << what << " token " << i;
  }
}

std::vector<std::string> Spans(const std::string& text, const std::vector<Sentence>& sentences) {
  std::vector<std::string> out;
  for (const Sentence& s : sentences) out.push_back(text.substr(s.span.start, s.span.end - s.span.start));
  return out;
}

TEST(Speed164Test, WordsAreLowerCasedAsTheyAreRead) {
  const auto t = internal::Tokenize("The U.S. envoy met Dr. Ilse VARN and \u00c9lodie Sou\u200bza in Osk's port.");
  std::vector<std::string> lower, fold;
  for (const Token& k : t) {
    lower.push_back(k.lower);
    fold.push_back(k.fold());
  }
  EXPECT_EQ(lower, (std::vector<std::string>{"the", "u.s.", "envoy", "met", "dr.", "ilse", "varn", "and",
                                             "\u00e9lodie", "souza", "in", "osk", "'s", "port", "."}));
  EXPECT_EQ(fold[8], "elodie") << "a word of other characters is still folded by ICU";
  EXPECT_EQ(t[9].text, "Souza") << "the zero-width space is left out of the word";
  EXPECT_TRUE(t[9].folded.empty()) << "ASCII once the invisible character is out";
  EXPECT_TRUE(t[1].cap);
  EXPECT_FALSE(t[0].number);
}

TEST(Speed164Test, ReaderGivesTheTokenizersTokensOneAtATime) {
  const std::string text =
      "  \u201cVarn\u2019s\u201d envoy \u2014 Ms. K. Osk \u2014 paid \u20ac2.5m at 10.30 am; "
      "the Ålvik\u00a0Pact (2031) is U.K.-backed\u2026 #talks";
  std::vector<Token> read;
  internal::TokenReader reader(text, 0, static_cast<int64_t>(text.size()));
  while (reader.Next(read)) {
  }
  EXPECT_EQ(reader.position(), text.size());
  ExpectSameTokens(read, internal::Tokenize(text), "whole text");
  ASSERT_GT(read.size(), 20u);
  // Nothing is appended once the text is read.
  EXPECT_FALSE(reader.Next(read));
  EXPECT_EQ(read.size(), internal::Tokenize(text).size());
}

TEST(Speed164Test, SentencesAreCutWhereTheWholeLineScanCutThem) {
  // Decimal points and a clock's separator, a question closed by a quote, a bracket opening the
  // next sentence, a full stop inside brackets followed by lower case (no cut), a second line.
  const std::string text =
      "The fund grew 2.5 percent. Talks ended at 10.30 am! Was it \"final?\" Yes. "
      "(Minister Ilse Varn spoke.) the end\n"
      "Second line. 3 ministers came.";
  const auto sentences = internal::SplitSentences(text, 0, static_cast<int64_t>(text.size()));
  EXPECT_EQ(Spans(text, sentences),
            (std::vector<std::string>{"The fund grew 2.5 percent.", "Talks ended at 10.30 am!",
                                      "Was it \"final?\"", "Yes.", "(Minister Ilse Varn spoke.) the end",
                                      "Second line.", "3 ministers came."}));
  // Each line's sentences hold exactly its tokens, in order.
  std::vector<Token> first, second;
  for (const Sentence& s : sentences) {
    auto& line = s.paragraph == 0 ? first : second;
    line.insert(line.end(), s.tokens.begin(), s.tokens.end());
  }
  const size_t nl = text.find('\n');
  ExpectSameTokens(first, internal::Tokenize(text, 0, static_cast<int64_t>(nl)), "line 1");
  ExpectSameTokens(second, internal::Tokenize(text, static_cast<int64_t>(nl) + 1, static_cast<int64_t>(text.size())),
                   "line 2");
}

TEST(Speed164Test, GraphBuilderKeepsOneEdgePerTripleAndOneMentionPerSpan) {
  internal::GraphBuilder b;
  const size_t varn = b.Node("official:ilse varn", "official", "Ilse Varn", "rule-a");
  const size_t osk = b.Node("country:OS", "country", "Oskland", "rule-b");
  const size_t talks = b.Node("meeting:varn osk talks", "meeting", "Varn-Osk talks", "rule-c");
  EXPECT_EQ(b.Node("official:ilse varn", "official", "Other Name", "rule-z"), varn) << "one node per key";
  EXPECT_EQ(b.node(varn).name, "Ilse Varn");
  EXPECT_EQ(b.node(varn).attrs.at("rule"), "rule-a");
  EXPECT_TRUE(b.Has("country:OS"));
  EXPECT_FALSE(b.Has("country:TA"));

  b.Edge(varn, "attended", talks, {10, 20}, "r1");
  b.Edge(varn, "attended", talks, {30, 40}, "r2");  // the same edge, more evidence
  b.Edge(varn, "attended", talks, {10, 20}, "r3");  // the same evidence again: kept once
  b.Edge(varn, "cochaired", talks, {10, 20}, "r4");
  b.Edge(osk, "attended", talks, {10, 20}, "r5");
  b.Edge(talks, "attended", talks, {10, 20}, "r6");  // a loop: never made
  ASSERT_EQ(b.edges().size(), 3u);
  EXPECT_EQ(b.edges()[0].evidence.size(), 2u);
  EXPECT_TRUE(b.HasEdge(varn, "attended", talks));
  EXPECT_TRUE(b.HasEdge(varn, "cochaired", talks));
  EXPECT_FALSE(b.HasEdge(talks, "attended", varn)) << "edges have a direction";
  EXPECT_FALSE(b.HasEdge(varn, "signed", talks)) << "a relation no edge has had";
  b.RemoveEdge(varn, "signed", talks);  // nothing to remove
  b.RemoveEdge(varn, "cochaired", talks);
  EXPECT_FALSE(b.HasEdge(varn, "cochaired", talks));
  b.Edge(varn, "cochaired", talks, {50, 60}, "r7");  // made again, as a new edge
  EXPECT_TRUE(b.HasEdge(varn, "cochaired", talks));

  // Many mentions (the span set grows several times); each span is recorded once.
  for (int64_t i = 0; i < 1000; ++i) b.Mention(osk, {i * 10, i * 10 + 5}, "Oskland");
  for (int64_t i = 0; i < 1000; i += 7) b.Mention(osk, {i * 10, i * 10 + 5}, "Oskland");
  b.Mention(varn, {0, 5}, "Ms Varn");  // another node's span of the same offsets
  EXPECT_EQ(b.node(osk).mentions.size(), 1000u);
  EXPECT_EQ(b.node(varn).mentions.size(), 1u);
  EXPECT_EQ(b.node(varn).aliases, (std::vector<std::string>{"Ms Varn"}));

  const ExtractedGraph g = b.Take();
  ASSERT_EQ(g.nodes.size(), 3u);
  ASSERT_EQ(g.edges.size(), 3u) << "the removed edge is dropped, its remake kept";
  EXPECT_EQ(g.edges[2].relation, "cochaired");
  EXPECT_EQ(g.edges[2].evidence.front().rule, "r7");
}

}  // namespace
}  // namespace dkg
