// The fast paths of h115 (tokenizer, sentence splitting, name keys, ISO dates) give what the
// general code they skip gives: each case here is one a fast path takes or is close to.

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "engine/normalize.h"
#include "importers/internal/dates.h"
#include "importers/internal/sentences.h"
#include "importers/internal/tokenizer.h"

namespace dkg {
namespace {

using internal::Date;
using internal::SplitSentences;
using internal::Tokenize;

std::vector<std::string> Texts(const std::vector<internal::Token>& tokens) {
  std::vector<std::string> out;
  for (const auto& t : tokens) out.push_back(t.text);
  return out;
}

// Dotted abbreviations and initials keep their period; another word before a period does not.
TEST(Speed115Test, TokenizerKeepsPeriodsOfDottedWordsAndInitials) {
  const auto t = Tokenize("The U.K. envoy met J. Okafor at 9 a.m. in Lagos.");
  EXPECT_EQ(Texts(t), (std::vector<std::string>{"The", "U.K.", "envoy", "met", "J.", "Okafor", "at", "9", "a.m.",
                                                "in", "Lagos", "."}));
  EXPECT_TRUE(t[0].cap);
  EXPECT_FALSE(t[2].cap);
  EXPECT_TRUE(t[7].number);
  EXPECT_EQ(t[5].lower, "okafor");
  EXPECT_EQ(t[1].lower, "u.k.");
}

// Tabs, form feeds and vertical tabs separate tokens as spaces do; a non-ASCII word is lowered
// and folded through ICU.
TEST(Speed115Test, TokenizerSpacesAndNonAsciiWords) {
  const auto t = Tokenize("Quito\tand\fÉVORA\vsigned");
  ASSERT_EQ(t.size(), 4u);
  EXPECT_TRUE(t[1].space_before);
  EXPECT_EQ(t[2].lower, "évora");
  EXPECT_EQ(t[2].fold(), "evora");
  EXPECT_TRUE(t[2].cap);
}

// A line of one sentence and a line of two give the same tokens either way.
TEST(Speed115Test, OneSentenceLineKeepsAllItsTokens) {
  const std::string text = "Envoys of Peru and Chile met in Lima\nThey agreed. Talks resume in May.";
  const auto s = SplitSentences(text, 0, static_cast<int64_t>(text.size()));
  ASSERT_EQ(s.size(), 3u);
  EXPECT_EQ(s[0].tokens.size(), 8u);
  EXPECT_EQ(s[0].paragraph, 0);
  EXPECT_EQ(Texts(s[1].tokens), (std::vector<std::string>{"They", "agreed", "."}));
  EXPECT_EQ(s[2].paragraph, 1);
  EXPECT_EQ(s[2].span.end, static_cast<int64_t>(text.size()));
}

// ASCII names are read in place; typographic apostrophes still become ASCII ones.
TEST(Speed115Test, NameKeysOfAsciiAndTypographicNames) {
  EXPECT_EQ(NormalizeName("The  Nairobi-Accord's Text"), "nairobi accord text");
  EXPECT_EQ(NormalizeName("O\u2019Brien"), NormalizeName("O'Brien"));
  EXPECT_EQ(NormalizeName("C++ Forum"), "c++ forum");
  EXPECT_EQ(PersonNameWords("  Ana  María  Soto "), (std::vector<std::string>{"ana", "maria", "soto"}));
  EXPECT_TRUE(PersonNameWords("").empty());
}

TEST(Speed115Test, IsoDatesPadEveryField) {
  EXPECT_EQ((Date{2024, 3, 7}.Iso()), "2024-03-07");
  EXPECT_EQ((Date{987, 11, 0}.Iso()), "0987-11");
  EXPECT_EQ((Date{5, 0, 0}.Iso()), "0005");
  EXPECT_EQ((Date{0, 1, 1}.Iso()), "");
  EXPECT_EQ((Date{12345, 1, 2}.Iso()), "12345-01-02");
}

}  // namespace
}  // namespace dkg
