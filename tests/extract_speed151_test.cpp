// Speed changes of h151 must give what the slower paths gave: PhraseKey of plain words built
// without a token list, NormalizeName of ASCII text written through a pointer, the office-time
// cues looked up by their first word before their lists are walked, and gazetteer phrases tried
// only when their second word is the next token's.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "engine/normalize.h"
#include "importers/extract/office_time.h"
#include "importers/internal/gazetteer.h"
#include "importers/internal/tokenizer.h"

namespace dkg {
namespace {

// PhraseKey as the tokenizer's path builds it: the folded tokens joined by single spaces.
std::string TokenizedKey(const std::string& phrase) {
  std::string key;
  for (const internal::Token& t : internal::Tokenize(phrase)) {
    if (!key.empty()) key += ' ';
    key += t.fold();
  }
  return key;
}

TEST(Speed151Test, PhraseKeyOfPlainWordsIsTheTokenizersKey) {
  for (const std::string phrase :
       {"Ministry of Coastal Affairs", "  Varn   Harbour Accord  ", "G7", "BRAVO 2040 Plan", "", "   ",
        "trade", "Council of 12 Isles"}) {
    EXPECT_EQ(internal::PhraseKey(phrase), TokenizedKey(phrase)) << "'" << phrase << "'";
  }
  EXPECT_EQ(internal::PhraseKey("  Varn   Harbour Accord  "), "varn harbour accord");
  // Punctuation and other scripts still take the tokenizer's path, with its splits.
  for (const std::string phrase : {"Varn-Osk Forum", "Dr. Ilse Marr", "Osk's Council", "Ålvik Pact",
                                   "U.N. Desk", "Tarra\u2019s Office", "Varn\tHarbour"}) {
    EXPECT_EQ(internal::PhraseKey(phrase), TokenizedKey(phrase)) << "'" << phrase << "'";
  }
  EXPECT_EQ(internal::PhraseKey("Varn-Osk Forum"), "varn - osk forum");
}

TEST(Speed151Test, NormalizeNameOfAsciiKeepsEveryRuleOfTheGeneralPath) {
  EXPECT_EQ(NormalizeName("The Varn Harbour Council"), "varn harbour council");
  EXPECT_EQ(NormalizeName("Osk's  Trade_Desk"), "osk trade_desk");
  EXPECT_EQ(NormalizeName("OSK'S Council"), "osk council");
  EXPECT_EQ(NormalizeName("Osk'Sa"), "osk sa");  // an apostrophe and s inside a word stay a split
  EXPECT_EQ(NormalizeName("3 + 3 Talks"), "3+3 talks");
  EXPECT_EQ(NormalizeName("C# and C++"), "c# and c++");
  EXPECT_EQ(NormalizeName("  -- "), "");
  EXPECT_EQ(NormalizeName("the"), "the");
  EXPECT_EQ(NormalizeName("Theo Marr"), "theo marr");
  // The same text with a letter outside ASCII after it goes through the general loop: the keys
  // agree but for that letter.
  for (const std::string name : {"The Varn Harbour Council", "Osk's  Trade_Desk", "3 + 3 Talks",
                                 "C# and C++", "Lena O'Hare, Jr.", "a +b+ c", "x's", "Varn #2"}) {
    EXPECT_EQ(NormalizeName(name + " \u00e9"), NormalizeName(name) + " e") << name;
  }
}

extract::OfficeCue Cue151(const std::string& sentence, size_t b, size_t e) {
  auto lexicon = extract::OfficeTimeLexicon::LoadEmbedded();
  EXPECT_TRUE(lexicon.ok());
  internal::Date published;
  published.year = 2025;
  published.month = 6;
  published.day = 9;
  return lexicon.value()->Read(internal::Tokenize(sentence), b, e, published);
}

TEST(Speed151Test, OfficeCuesAreFoundByTheirFirstWord) {
  // 0 Lena 1 Aho 2 took 3 office 4 in 5 March 6 2025 7 .
  EXPECT_EQ(Cue151("Lena Aho took office in March 2025.", 0, 2).status, "start");
  EXPECT_EQ(Cue151("Lena Aho took office in March 2025.", 0, 2).date, "2025-03");
  // A first word of a phrase whose rest does not follow is no cue.
  EXPECT_EQ(Cue151("Lena Aho took questions.", 0, 2).status, "held");
  // 0 The 1 outgoing 2 envoy 3 Lena 4 Aho 5 spoke 6 .
  EXPECT_EQ(Cue151("The outgoing envoy Lena Aho spoke.", 3, 5).status, "outgoing");
  // A phrase cut off by the sentence's end.
  EXPECT_EQ(Cue151("Lena Aho took", 0, 2).status, "held");
}

// Gazetteer::Match tries, of the phrases starting with a token's word, only those whose second
// word is the next token's (longest first), then the one-word ones: the longest phrase written
// there still wins, and a longer phrase that breaks off later falls back to a shorter one.
TEST(Speed151Test, GazetteerPhrasesSharingAFirstWordMatchLongestFirst) {
  const std::string places =
      "Port Vella\tcity\tXV\t\t\nPort Vella Quay\tvenue\tXV\tPort Vella\t\n"
      "Port Aster\tcity\tXV\t\t\nPort\tcity\tXV\t\t\n";
  auto loaded = internal::Gazetteer::LoadFrom({{"places.tsv", places}});
  ASSERT_TRUE(loaded.ok()) << loaded.status().message();
  const auto& g = **loaded;
  for (const bool annotate : {false, true}) {
    auto length_at = [&](const std::string& text, size_t i) -> long {
      auto tokens = internal::Tokenize(text);
      if (annotate) g.Annotate(tokens);
      size_t length = 0;
      const auto found = g.Match(tokens, i, length);
      if (found.empty()) return -1;
      EXPECT_EQ(found.front()->type, internal::EntryType::kPlace);
      return static_cast<long>(length);
    };
    EXPECT_EQ(length_at("Port Vella Quay opened.", 0), 3);
    EXPECT_EQ(length_at("Port Vella Road opened.", 0), 2);  // the venue breaks off at its third word
    EXPECT_EQ(length_at("They sailed to Port Aster.", 3), 2);
    EXPECT_EQ(length_at("Port Lumen", 0), 1);  // no phrase has that second word: the one-word name
    EXPECT_EQ(length_at("They reached Port", 2), 1);  // no token after it
    EXPECT_EQ(length_at("port vella", 0), -1);  // a place's name needs its capital
    EXPECT_EQ(length_at("Vella Port", 0), -1);
  }
}

}  // namespace
}  // namespace dkg
