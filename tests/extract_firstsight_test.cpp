// Misses h102 found on six documents of its own at first sight: an office whose portfolio has its
// article ("Secretary General of the Ministry, A") or runs into the name with no comma ("Minister
// of Foreign Affairs and Trade A B"), and a numbered round of a mechanism named in
// lower-case words with its two sides ("the fifth round of political consultations between A and
// B took place ..."). Every sentence here is written for the test.
#include <gtest/gtest.h>

#include <string>

#include "tests/extract_fixture.h"

namespace dkg {
namespace {

class ExtractFirstSightTest : public ExtractFixture {
 protected:
  bool RoleAtSomeMeeting(const std::string& official) const {
    return HasRole(official, "attended") || HasRole(official, "chaired") || HasRole(official, "cochaired");
  }
};

TEST_F(ExtractFirstSightTest, PortfolioWithArticleThenCommaAndNameIsAnOfficial) {
  Extract(
      "Peru and Chile hold talks in Lima\n"
      "March 27, 2025\n"
      "Peru and Chile held talks in Lima on Thursday.\n"
      "The Peruvian delegation was led by the Secretary General of the Ministry, Jorge Salas.\n"
      "Chile's Cabinet Secretary for the National Treasury, Pedro Mora, also took part in the talks.\n");
  EXPECT_NE(Find("official", "Jorge Salas"), nullptr) << NamesOf("official");
  EXPECT_NE(Find("official", "Pedro Mora"), nullptr) << NamesOf("official");
  EXPECT_TRUE(HasEdge("Pedro Mora", "represents", "Chile"));
  // The portfolio's words are the office's, not a person's.
  EXPECT_EQ(NodeNamedLike("official", "Ministry"), nullptr) << NamesOf("official");
  EXPECT_EQ(NodeNamedLike("official", "Treasury"), nullptr) << NamesOf("official");
}

TEST_F(ExtractFirstSightTest, PortfolioWithArticleWithoutANameAfterItMakesNoOfficial) {
  Extract(
      "Statement on trade\n"
      "March 27, 2025\n"
      "The Secretary General of the Ministry, in a statement on Thursday, welcomed the figures from Lima.\n");
  EXPECT_EQ(NodeNamedLike("official", "Ministry"), nullptr) << NamesOf("official");
  EXPECT_EQ(NodeNamedLike("official", "In"), nullptr) << NamesOf("official");
}

TEST_F(ExtractFirstSightTest, NumberedRoundOfLowerCaseMechanismBetweenTwoSides) {
  Extract(
      "Consultations held in Quito\n"
      "March 27, 2025\n"
      "The fourth round of political consultations between Ecuador and Uruguay took place in Quito on Thursday.\n"
      "The previous round was held in Montevideo in May 2023.\n");
  const ExtractedNode* round = NodeNamedLike("meeting", "fourth round of political consultations");
  ASSERT_NE(round, nullptr) << NamesOf("meeting");
  const ExtractedNode* series = NodeNamedLike("dialogue", "political consultations between Ecuador and Uruguay");
  ASSERT_NE(series, nullptr) << NamesOf("dialogue");
  EXPECT_TRUE(HasEdge(round->name, "round_of", series->name));
  EXPECT_TRUE(HasEdge("Ecuador", "participant", round->name));
  EXPECT_TRUE(HasEdge("Uruguay", "participant", round->name));
  EXPECT_TRUE(HasEdge(round->name, "held_in", "Quito"));
  EXPECT_EQ(round->date, "2025-03-27");
}

TEST_F(ExtractFirstSightTest, RoundOfMechanismMentionedWithoutItsMeetingVerbIsNoRound) {
  Extract(
      "Consultations expected\n"
      "March 27, 2025\n"
      "The fourth round of political consultations between Ecuador and Uruguay is expected to review trade.\n");
  EXPECT_EQ(NodeNamedLike("dialogue", "political consultations"), nullptr) << NamesOf("dialogue");
}

TEST_F(ExtractFirstSightTest, PortfolioWordsThenANameWithoutACommaSplitAtTheName) {
  Extract(
      "Talks in Quito\n"
      "March 27, 2025\n"
      "The envoy met Minister of Foreign Affairs and Trade Lucia Paredes on Thursday.\n"
      "Ecuadorian Secretary of National Defense Raul Pino Soto also attended the talks in Quito.\n");
  EXPECT_NE(Find("official", "Lucia Paredes"), nullptr) << NamesOf("official");
  EXPECT_NE(Find("official", "Raul Pino Soto"), nullptr) << NamesOf("official");
  EXPECT_TRUE(HasEdge("Raul Pino Soto", "represents", "Ecuador"));
  EXPECT_EQ(NodeNamedLike("official", "Trade"), nullptr) << NamesOf("official");
  EXPECT_EQ(NodeNamedLike("official", "Defense"), nullptr) << NamesOf("official");
}

TEST_F(ExtractFirstSightTest, ANameHoldingAnOfficeWordIsNotSplit) {
  // "Rural" is no office's word: the run is not split, and no official is half a portfolio.
  Extract(
      "Talks in Quito\n"
      "March 27, 2025\n"
      "Minister of Agriculture and Rural Development Hugo Ortiz met farmers in Quito.\n");
  EXPECT_EQ(NodeNamedLike("official", "Rural"), nullptr) << NamesOf("official");
  EXPECT_EQ(NodeNamedLike("official", "Development"), nullptr) << NamesOf("official");
}

// A numbered round the lead tells of in the past, beside the visit in focus and with no date of
// its own, is held on the story's day (OccurrenceDate), as the series' unnumbered occurrences are.
TEST_F(ExtractFirstSightTest, LeadsNumberedRoundBesideTheVisitTakesTheStorysDay) {
  Extract(
      "Quispe in Santiago\nMay 7, 2025\n"
      "On Wednesday (May 7, 2025), Peru's Vice Minister Rosa Quispe was on her first visit to Chile.\n"
      "With Undersecretary Tomas Vidal of Chile, she also held the first round of the Peru-Chile "
      "Dialogue on Water Security.\n");
  ASSERT_NE(NodeNamedLike("meeting", "first round"), nullptr) << Dump();
  EXPECT_EQ(DateOf("first round"), "2025-05-07") << Dump();
}

// "will in addition attend X" in a story previewing a dated trip: X falls in the trip's month
// (AddedMeetingsTakeTheTripMonth); without the adding phrase X stays undated.
TEST_F(ExtractFirstSightTest, MeetingAddedToAPreviewedTripTakesItsMonth) {
  Extract(
      "Quispe to visit Kenya\nMay 5, 2025\n"
      "Peru's Foreign Minister Rosa Quispe will pay an official visit to Kenya from May 8 to 10.\n"
      "She will in addition attend the opening of the Fourth Peru-Kenya Trade Expo in Mombasa.\n");
  ASSERT_NE(NodeNamedLike("meeting", "Trade Expo"), nullptr) << Dump();
  EXPECT_EQ(DateOf("Trade Expo"), "2025-05") << Dump();
}

TEST_F(ExtractFirstSightTest, AddingWordInsideARelativeClauseAddsNothing) {
  Extract(
      "Quispe to visit Kenya\nMay 5, 2025\n"
      "Peru's Foreign Minister Rosa Quispe will pay an official visit to Kenya from May 8 to 10.\n"
      "Quispe, who is also a member of the Andean Council, will attend the opening of the Fourth "
      "Peru-Kenya Trade Expo in Mombasa.\n");
  ASSERT_NE(NodeNamedLike("meeting", "Trade Expo"), nullptr) << Dump();
  EXPECT_EQ(DateOf("Trade Expo"), "") << Dump();
}

}  // namespace
}  // namespace dkg
