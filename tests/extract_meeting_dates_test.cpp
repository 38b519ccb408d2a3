// Meeting dates as specifications (h67), each on a document written for the test.
#include <gtest/gtest.h>

#include <string>

#include "tests/extract_fixture.h"

namespace dkg {
namespace {

class ExtractMeetingDatesTest : public ExtractFixture {};

// An undated meeting told right after a sentence about the day before: which of the two days it
// was is not said, so only the month is known.
TEST_F(ExtractMeetingDatesTest, UndatedMeetingAfterAnotherDayKeepsOnlyTheMonth) {
  Extract(
      "Owusu begins her term\nOct 14, 2025\n"
      "Ama Owusu took office as Foreign Minister of Ghana today in a short ceremony in Accra.\n"
      "On the eve of the ceremony, yesterday, Owusu met Foreign Minister Lars Dahl of Norway.\n"
      "Owusu held talks with Trade Minister Karin Berg of Sweden.\n");
  EXPECT_EQ(DateOf("Dahl"), "2025-10-13") << Dump();
  EXPECT_EQ(DateOf("Berg"), "2025-10") << Dump();
}

// "She also held talks with B" goes on telling of the sentence before (a `continuing_word`):
// B's talks were on that sentence's day, here the day before the story's.
TEST_F(ExtractMeetingDatesTest, UndatedMeetingTheSentenceContinuesTakesItsDay) {
  Extract(
      "Owusu begins her term\nOct 14, 2025\n"
      "Ama Owusu took office as Foreign Minister of Ghana today in a short ceremony in Accra.\n"
      "On the eve of the ceremony, yesterday, Owusu met Foreign Minister Lars Dahl of Norway.\n"
      "Owusu also held talks with Trade Minister Karin Berg of Sweden.\n");
  EXPECT_EQ(DateOf("Dahl"), "2025-10-13") << Dump();
  EXPECT_EQ(DateOf("Berg"), "2025-10-13") << Dump();
}

// A `continuing_word` late in the sentence qualifies another clause, not its verb: still only the
// month.
TEST_F(ExtractMeetingDatesTest, ContinuingWordLateInTheSentenceKeepsOnlyTheMonth) {
  Extract(
      "Owusu begins her term\nOct 14, 2025\n"
      "Ama Owusu took office as Foreign Minister of Ghana today in a short ceremony in Accra.\n"
      "On the eve of the ceremony, yesterday, Owusu met Foreign Minister Lars Dahl of Norway.\n"
      "Owusu held talks with Trade Minister Karin Berg of Sweden, who also spoke of fisheries.\n");
  EXPECT_EQ(DateOf("Berg"), "2025-10") << Dump();
}

// After a sentence about the story's own day, an undated meeting keeps that day.
TEST_F(ExtractMeetingDatesTest, UndatedMeetingAfterTheStorysDayKeepsTheDay) {
  Extract(
      "Owusu begins her term\nOct 14, 2025\n"
      "Ama Owusu took office as Foreign Minister of Ghana today in a short ceremony in Accra.\n"
      "Owusu held talks with Trade Minister Karin Berg of Sweden.\n");
  EXPECT_EQ(DateOf("Berg"), "2025-10-14") << Dump();
}

// The story's first round, named in its lead in the past with no date, takes the story's date:
// "first" here numbers the round, it does not point to an earlier occasion.
TEST_F(ExtractMeetingDatesTest, LeadsFirstRoundTakesTheStorysDate) {
  Extract(
      "Peru and Kenya open a new channel\nApr 3, 2025\n"
      "Foreign Minister Rosa Quispe of Peru received Foreign Minister Otieno Kamau of Kenya in Lima "
      "for the first Peru-Kenya Strategic Dialogue.\n");
  EXPECT_EQ(DateOf("Strategic Dialogue"), "2025-04-03") << Dump();
}

// "the Andean summit" after "the Andean Quito Summit" describes that one summit: one node. A
// capitalised head is a name of its own: the "Trade Ministerial Meeting" held beside the "Foreign
// and Trade Ministerial Meeting" stays a meeting of its own.
TEST_F(ExtractMeetingDatesTest, LowerCaseShortFormIsTheNamedMeeting) {
  Extract(
      "Andean leaders look back\nMar 2, 2025\n"
      "Last October the Andean Quito Summit was held with President Rosa Quispe of Peru attending.\n"
      "Since then, officials said, both sides have acted on the results of the Andean summit.\n");
  int summits = 0;
  for (const auto& n : graph_.nodes) summits += n.kind == "meeting" && n.name.find("ummit") != std::string::npos;
  EXPECT_EQ(summits, 1) << Dump();

  Extract(
      "Ministers meet\nMar 2, 2025\n"
      "Peru and Chile held the Foreign and Trade Ministerial Meeting in Lima on Friday.\n"
      "The ministers of trade also held the Trade Ministerial Meeting on the same day.\n");
  int meetings = 0;
  for (const auto& n : graph_.nodes) meetings += n.kind == "meeting" && n.name.find("Ministerial Meeting") != std::string::npos;
  EXPECT_EQ(meetings, 2) << Dump();
}

// A named meeting whose name opens with a series' name, on the day of that series' numbered
// round, is the round: one node, with the fuller name.
TEST_F(ExtractMeetingDatesTest, NamedMeetingOnTheDayOfItsSeriesRoundIsTheRound) {
  Extract(
      "Andean leaders meet\nMar 4, 2025\n"
      "The statement that follows was released at the end of the Regional Meeting of the Andean "
      "Presidents' Conference.\n"
      "QUITO - The Andean Presidents' Conference held its Ninth Regional Meeting in Quito on 3 March "
      "2025, chaired by President Rosa Quispe of Peru.\n");
  int rounds = 0;
  for (const auto& n : graph_.nodes) rounds += n.kind == "meeting" && n.name.find("Regional Meeting") != std::string::npos;
  EXPECT_EQ(rounds, 1) << Dump();
  EXPECT_EQ(DateOf("Ninth Regional Meeting of the Andean Presidents"), "2025-03-03") << Dump();
}

// "then-President A" tells of an earlier time: not the story's day, but the earlier time the
// sentence before names.
TEST_F(ExtractMeetingDatesTest, ThenSentenceTakesTheEarlierTimeBeforeIt) {
  Extract(
      "Envoy leaves Lima\nJun 10, 2025\n"
      "President Rosa Quispe of Peru said farewell to Ambassador Lars Dahl of Norway on Tuesday.\n"
      "Dahl's posting began in March 2021, when he arrived in Lima.\n"
      "He presented his credentials to then-President Hugo Mamani, and later covered Bolivia too.\n");
  EXPECT_EQ(DateOf("credentials"), "2021-03") << Dump();
}

// Two named mentions of the same day's round: the round takes one fuller name, not the tail of
// each in turn.
TEST_F(ExtractMeetingDatesTest, TwoNamedMentionsOfTheRoundRenameItOnce) {
  Extract(
      "Andean leaders meet\nMar 4, 2025\n"
      "The statement that follows was released at the end of the Regional Meeting of the Andean "
      "Presidents' Conference.\n"
      "QUITO - The Andean Presidents' Conference held its Ninth Regional Meeting in Quito on 3 March "
      "2025, chaired by President Rosa Quispe of Peru.\n"
      "Ministers met before the Regional Meeting of Andean Presidents in Quito.\n");
  for (const auto& n : graph_.nodes) {
    if (n.kind != "meeting") continue;
    const size_t first = n.name.find("Andean");
    EXPECT_TRUE(first == std::string::npos || n.name.find("Andean", first + 1) == std::string::npos) << Dump();
  }
  EXPECT_NE(NodeNamedLike("meeting", "Ninth Regional Meeting"), nullptr) << Dump();
}

}  // namespace
}  // namespace dkg
