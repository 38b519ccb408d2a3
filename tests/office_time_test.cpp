// Offices over time in the extractor: the cues of data/lexicon/office_time.tsv read around an
// official's name, and the office reports one document makes.
#include <gtest/gtest.h>

#include "importers/extract/office_time.h"
#include "importers/internal/tokenizer.h"

namespace dkg::extract {
namespace {

// The cue for the official named `name` in `sentence`.
OfficeCue CueFor(const std::string& sentence, const std::string& name) {
  auto lexicon = OfficeTimeLexicon::LoadEmbedded();
  EXPECT_TRUE(lexicon.ok()) << lexicon.status().message();
  const std::vector<internal::Token> tokens = internal::Tokenize(sentence);
  const std::vector<internal::Token> words = internal::Tokenize(name);
  for (size_t b = 0; b + words.size() <= tokens.size(); ++b) {
    bool match = true;
    for (size_t k = 0; k < words.size() && match; ++k) match = tokens[b + k].text == words[k].text;
    if (!match) continue;
    internal::Date published;
    published.year = 2024;
    published.month = 2;
    published.day = 14;
    return lexicon.value()->Read(tokens, b, b + words.size(), published);
  }
  ADD_FAILURE() << name << " not in " << sentence;
  return {};
}

TEST(OfficeTimeTest, QualifiersBeforeTheNameDateTheOffice) {
  EXPECT_EQ(CueFor("They met former Foreign Secretary Arun Kapoor.", "Arun Kapoor").status, "former");
  EXPECT_EQ(CueFor("India's outgoing Foreign Secretary, Arun Kapoor, spoke.", "Arun Kapoor").status, "outgoing");
  EXPECT_EQ(CueFor("The newly appointed Foreign Secretary Meera Rao arrived.", "Meera Rao").status, "start");
  EXPECT_EQ(CueFor("The ex-Foreign Secretary Arun Kapoor wrote.", "Arun Kapoor").status, "former");
}

TEST(OfficeTimeTest, AQualifierOfAnotherOfficialDoesNotCarryOver) {
  const std::string s = "The talks were co-chaired by former minister Arun Kapoor and Foreign Secretary Meera Rao.";
  EXPECT_EQ(CueFor(s, "Arun Kapoor").status, "former");
  EXPECT_EQ(CueFor(s, "Meera Rao").status, "held");
  EXPECT_EQ(CueFor("India's Foreign Secretary, Vikram Misri, met Masataka Okano.", "Vikram Misri").status, "held");
}

TEST(OfficeTimeTest, VerbPhrasesAfterTheNameGiveStartsAndEndsWithTheirDates) {
  const std::string s = "Meera Rao took office as Foreign Secretary in January 2024, succeeding Arun Kapoor.";
  OfficeCue rao = CueFor(s, "Meera Rao");
  EXPECT_EQ(rao.status, "start");
  EXPECT_EQ(rao.date, "2024-01");
  EXPECT_EQ(rao.phrase, "took office");
  EXPECT_EQ(CueFor(s, "Arun Kapoor").status, "former");  // the one succeeded
  OfficeCue left = CueFor("Arun Kapoor, who stepped down on January 5, left for Oslo.", "Arun Kapoor");
  EXPECT_EQ(left.status, "end");
  EXPECT_EQ(left.date, "2024-01-05");  // a month and day take the publication year
  EXPECT_EQ(CueFor("Meera Rao, who took charge last month, spoke.", "Meera Rao").date, "2024-01");
  EXPECT_EQ(CueFor("Meera Rao was appointed.", "Meera Rao").date, "");
  // Someone else's start: only linking words may stand between the name and the phrase.
  EXPECT_EQ(CueFor("He met Prime Minister Okafor since he took office last year.", "Okafor").status, "held");
}

TEST(OfficeTimeTest, ALexiconRowThatDoesNotParseIsRefusedWithItsLine) {
  auto bad = OfficeTimeLexicon::Parse("# comment\nformer\tgone\tbefore\n", "office_time.tsv");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("office_time.tsv:2"), std::string::npos) << bad.status().message();
  EXPECT_FALSE(OfficeTimeLexicon::Parse("former\tformer\n", "x.tsv").ok());
  EXPECT_FALSE(OfficeTimeLexicon::Parse("former\tformer\tbeside\n", "x.tsv").ok());
  EXPECT_TRUE(OfficeTimeLexicon::Parse("former\tformer\tbefore\r\n", "x.tsv").ok());
}

TEST(OfficeTimeTest, ADocumentCallingAnOfficialFormerReportsNoCurrentOffice) {
  std::vector<OfficeSighting> sightings = {{{"held", "", ""}, {0, 10}},
                                           {{"former", "", "former"}, {11, 20}},
                                           {{"former", "", "former"}, {21, 30}}};
  auto reports = OfficeReports(3, "Foreign Secretary", 4, -1, sightings);
  ASSERT_EQ(reports.size(), 1u);
  EXPECT_EQ(reports[0].status, "former");
  EXPECT_EQ(reports[0].official, 3u);
  EXPECT_EQ(reports[0].country, 4);
  EXPECT_EQ(reports[0].evidence.span.start, 11);
  EXPECT_EQ(reports[0].evidence.rule, "office:former:former");
  auto held = OfficeReports(3, "Foreign Secretary", -1, 5, {{{"held", "", ""}, {0, 10}}, {{"held", "", ""}, {11, 20}}});
  ASSERT_EQ(held.size(), 1u);
  EXPECT_EQ(held[0].evidence.rule, "office:held");
  EXPECT_TRUE(OfficeReports(3, "", -1, -1, sightings).empty());  // no title: no office
}

}  // namespace
}  // namespace dkg::extract
