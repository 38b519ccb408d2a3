// The shortcuts that make extraction fast must not change what it finds: the pattern engine's
// word entries and per-thread lists, and the gazetteer's inline lexicon answers. Sentences are
// written for these tests.
#include <gtest/gtest.h>

#include <cctype>
#include <string>
#include <tuple>
#include <vector>

#include "importers/extract/pattern.h"
#include "importers/internal/gazetteer.h"
#include "importers/internal/tokenizer.h"

namespace dkg {
namespace {

using extract::PatternSet;
using extract::SentenceView;

extract::PatternVocabulary Vocab() { return {{"OFFICIAL"}, {"meet_verb"}}; }

struct Sentence {
  std::vector<internal::Token> tokens;
  SentenceView view;
  Sentence(const std::string& text, std::vector<std::pair<size_t, size_t>> officials, size_t from = 0) {
    tokens = internal::Tokenize(text);
    view.tokens = &tokens;
    view.from = from;
    size_t id = 0;
    for (auto [b, e] : officials) view.mentions.push_back({0, b, e, id++});
  }
};

PatternSet Load(const std::string& match) {
  PatternSet set;
  Status s = set.Add("t.pat", "pattern p\n match " + match + "\n", Vocab());
  EXPECT_TRUE(s.ok()) << s.message();
  return set;
}

TEST(ExtractSpeedTest, LiteralWordsInsideAPatternMatchOnlyThemselves) {
  // "warmly" is no anchor and no first word: it is compared by its own entry all the same.
  PatternSet set = Load("{a:OFFICIAL} greeted warmly {b:OFFICIAL}");
  Sentence yes("Ana Lima greeted warmly Karl Berg.", {{0, 2}, {4, 6}});
  Sentence no("Ana Lima greeted coldly Karl Berg.", {{0, 2}, {4, 6}});
  EXPECT_EQ(set.Match(yes.view, "events").size(), 1u);
  EXPECT_EQ(set.Match(no.view, "events").size(), 0u);
}

TEST(ExtractSpeedTest, NotAfterReadsTheWordBeforeTheFirstMatchedToken) {
  // tokens: 0 Lisbon 1 via 2 Ana 3 Lima 4 met 5 Karl 6 Berg 7 .; matching starts at 2.
  Sentence s("Lisbon via Ana Lima met Karl Berg.", {{2, 4}, {5, 7}}, 2);
  EXPECT_EQ(Load("<!via {a:OFFICIAL} met {b:OFFICIAL}").Match(s.view, "events").size(), 0u);
  EXPECT_EQ(Load("<!from {a:OFFICIAL} met {b:OFFICIAL}").Match(s.view, "events").size(), 1u);
}

TEST(ExtractSpeedTest, ASentenceSeesNoMentionOfTheSentenceMatchedBeforeIt) {
  PatternSet set = Load("{a:OFFICIAL} met {b:OFFICIAL}");
  // A longer sentence first, with an official at tokens 3-5 ...
  Sentence first("Ana Lima met Karl Berg in Rome today.", {{0, 2}, {3, 5}});
  ASSERT_EQ(set.Match(first.view, "events").size(), 1u);
  // ... then one whose tokens 3-5 are no official: the lists reused must hold nothing of it.
  // (The official must sit at the same tokens in both, or a stale list would go unread.)
  Sentence second("Ana Lima met Karl Berg.", {{0, 2}});
  EXPECT_EQ(set.Match(second.view, "events").size(), 0u);
  Sentence third("Ana Lima met Karl Berg.", {{0, 2}, {3, 5}});
  EXPECT_EQ(set.Match(third.view, "events").size(), 1u);
}

TEST(ExtractSpeedTest, AnnotatedTokensGiveTheSameLexiconAnswers) {
  auto g = internal::Gazetteer::LoadEmbedded();
  ASSERT_TRUE(g.ok()) << g.status().message();
  const std::string text =
      "The foreign ministers of Chile and Peru met in Lima on Monday and signed a memorandum of "
      "understanding; they will hold the second round of the dialogue next year, he said.";
  std::vector<internal::Token> plain = internal::Tokenize(text);
  std::vector<internal::Token> annotated = plain;
  g.value()->Annotate(annotated);
  for (int c = 0; c < static_cast<int>(internal::Lexicon::kCount); ++c) {
    const auto category = static_cast<internal::Lexicon>(c);
    for (size_t i = 0; i <= plain.size(); ++i) {
      size_t plain_length = 7, annotated_length = 7;
      const std::string& a = g.value()->MatchLexicon(category, plain, i, plain_length);
      const std::string& b = g.value()->MatchLexicon(category, annotated, i, annotated_length);
      EXPECT_EQ(a, b) << internal::LexiconName(category) << " at " << i;
      EXPECT_EQ(plain_length, annotated_length) << internal::LexiconName(category) << " at " << i;
      if (i < plain.size()) {
        EXPECT_EQ(g.value()->IsLexiconWord(category, plain[i]),
                  g.value()->IsLexiconWord(category, annotated[i]))
            << internal::LexiconName(category) << " at " << i;
      }
    }
  }
}

// IsTitleWord() answers what a scan of every title, lower-cased, for the word between spaces
// answered (the portfolio run after an office: "Minister for Trade and Industry A B").
TEST(ExtractSpeedTest, TitleWordSetAnswersAsTheScanOfEveryTitle) {
  auto g = internal::Gazetteer::LoadEmbedded();
  ASSERT_TRUE(g.ok()) << g.status().message();
  auto scan = [&](const std::string& w) {
    for (const auto& te : g.value()->titles()) {
      std::string lower = te.title;
      for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      for (size_t at = lower.find(w); at != std::string::npos; at = lower.find(w, at + 1)) {
        const size_t after = at + w.size();
        if ((at == 0 || lower[at - 1] == ' ') && (after == lower.size() || lower[after] == ' ')) return true;
      }
    }
    return false;
  };
  std::vector<internal::Token> tokens = internal::Tokenize(
      "Deputy Minister for Home Affairs and Culture Ines Varga, the vice-president's chief of "
      "staff and a secretary-general met the Ambassador of Fiji in Suva.");
  for (const auto& te : g.value()->titles()) {
    for (const auto& t : internal::Tokenize(te.title)) tokens.push_back(t);
  }
  int titled = 0;
  for (const auto& t : tokens) {
    EXPECT_EQ(g.value()->IsTitleWord(t.lower), scan(t.lower)) << t.lower;
    titled += g.value()->IsTitleWord(t.lower) ? 1 : 0;
  }
  EXPECT_GT(titled, 0);
  EXPECT_FALSE(g.value()->IsTitleWord("fiji"));
}

}  // namespace
}  // namespace dkg
