// Meetings named by how reporting phrases them: countries holding talks, an earlier edition
// named in passing, and the date of a meeting in a sentence that also dates its report. Each
// document is written for the test.
#include <gtest/gtest.h>

#include <string>

#include "tests/extract_fixture.h"

namespace dkg {
namespace {

class ExtractMeetingsTest : public ExtractFixture {
 protected:
  using ExtractFixture::HasEdge;
  using ExtractFixture::Meeting;

  // The first meeting whose name holds `word`, or nullptr.
  const ExtractedNode* Meeting(const std::string& word) const {
    for (const auto& n : graph_.nodes) {
      if (n.kind == "meeting" && n.name.find(word) != std::string::npos) return &n;
    }
    return nullptr;
  }

  bool HasEdge(const ExtractedNode* source, const std::string& relation,
               const std::string& target) const {
    for (const auto& e : graph_.edges) {
      if (e.relation == relation && &graph_.nodes[e.source] == source &&
          graph_.nodes[e.target].name == target) {
        return true;
      }
      if (e.relation == relation && graph_.nodes[e.source].name == target &&
          &graph_.nodes[e.target] == source) {
        return true;
      }
    }
    return false;
  }
};

TEST_F(ExtractMeetingsTest, CountriesHoldingTalksAreItsSidesAndItsPlaceAndDayFollow) {
  Extract(
      "Ministers to meet\nMar 6, 2025\n"
      "Peru and Chile are to hold talks between their trade and finance ministers in Lima next "
      "week, officials said on Thursday.\n"
      "The talks are scheduled for Tuesday.\n");
  const ExtractedNode* talks = Meeting("talks between Peru and Chile");
  ASSERT_NE(talks, nullptr) << Dump();
  EXPECT_TRUE(HasEdge(talks, "participant", "Peru")) << Dump();
  EXPECT_TRUE(HasEdge(talks, "participant", "Chile")) << Dump();
  EXPECT_TRUE(HasEdge(talks, "held_in", "Lima")) << Dump();
  // "said on Thursday" dates the report, not the talks, which are on the Tuesday after.
  EXPECT_EQ(talks->date, "2025-03-11") << Dump();
}

TEST_F(ExtractMeetingsTest, PreviousEditionNamedInPassingIsHeldWhereAndWhenItWas) {
  Extract(
      "Ministers to meet\nMar 6, 2025\n"
      "Peru and Chile held a summit in Santiago on Monday.\n"
      "Their previous meeting took place in Lima in May 2021.\n");
  const ExtractedNode* previous = Meeting("previous meeting");
  ASSERT_NE(previous, nullptr) << Dump();
  EXPECT_TRUE(HasEdge(previous, "held_in", "Lima")) << Dump();
  EXPECT_EQ(previous->date, "2021-05") << Dump();
  const ExtractedNode* summit = Meeting("summit between Peru and Chile");
  ASSERT_NE(summit, nullptr) << Dump();
  EXPECT_TRUE(HasEdge(summit, "held_in", "Santiago")) << Dump();
}

TEST_F(ExtractMeetingsTest, GenericTalksAndUndatedEditionsMakeNoMeeting) {
  Extract(
      "Ministers to meet\nMar 6, 2025\n"
      "Peru and Chile said the talks would go well.\n"
      "The previous meeting was held in Lima, the minister said.\n");
  EXPECT_EQ(Meeting("talks"), nullptr) << Dump();
  EXPECT_EQ(Meeting("previous"), nullptr) << Dump();
}

TEST_F(ExtractMeetingsTest, DateInAClauseAfterSemicolonDoesNotDateTheTalks) {
  Extract(
      "Envoy in Lima\nMar 6, 2025\n"
      "Minister Ana Souza held talks in Lima yesterday with Foreign Minister Karl Brandt; Brandt "
      "is to leave office on 11 April.\n");
  const ExtractedNode* talks = Meeting("Karl Brandt");
  ASSERT_NE(talks, nullptr) << Dump();
  EXPECT_EQ(talks->date, "2025-03-05") << Dump();
}

TEST_F(ExtractMeetingsTest, CeremoniesOfAStateVisitAreNamedByTheirPlaces) {
  Extract(
      "King to visit\nMar 6, 2025\n"
      "On Monday President Ana Souza will welcome the King and his wife, Queen Consort Lena Berg, "
      "with military honours at the Palace Gate.\n"
      "In the evening, King and Queen are to be guests of honor at an official dinner in "
      "the Belem Palace.\n");
  const ExtractedNode* welcome = Meeting("welcome with military honours at Palace Gate");
  ASSERT_NE(welcome, nullptr) << Dump();
  EXPECT_TRUE(HasEdge(welcome, "held_in", "Palace Gate")) << Dump();
  EXPECT_TRUE(HasEdge(welcome, "chaired", "Ana Souza")) << Dump();
  EXPECT_TRUE(HasEdge(welcome, "attended", "Lena Berg")) << Dump();
  const ExtractedNode* banquet = Meeting("official dinner at Belem Palace");
  ASSERT_NE(banquet, nullptr) << Dump();
  EXPECT_TRUE(HasEdge(banquet, "held_in", "Belem Palace")) << Dump();
}

TEST_F(ExtractMeetingsTest, OneWelcomeWithHonoursIsOneCeremony) {
  Extract(
      "King visits\nMar 6, 2025\n"
      "President Ana Souza welcomed King Karl Brandt with military honours at the Belem Palace.\n");
  int ceremonies = 0;
  for (const auto& n : graph_.nodes) ceremonies += n.kind == "meeting";
  EXPECT_EQ(ceremonies, 1) << Dump();
}

TEST_F(ExtractMeetingsTest, MinistersOfTwoSidesMeetingIsTheirMeetingThere) {
  Extract(
      "Ministers to meet\nMar 6, 2025\n"
      "The foreign ministers of the African Union (AU) and Mercosur are due to meet in Lima "
      "on Monday.\n");
  const ExtractedNode* meeting = Meeting("foreign ministers of African Union and Mercosur");
  ASSERT_NE(meeting, nullptr) << Dump();
  EXPECT_TRUE(HasEdge(meeting, "held_in", "Lima")) << Dump();
  EXPECT_TRUE(HasEdge(meeting, "participant", "Mercosur")) << Dump();
}

TEST_F(ExtractMeetingsTest, AVisitOfSomeDaysIsNotTheSpeakersVisit) {
  Extract(
      "President to visit\nMar 6, 2025\n"
      "Ambassador Lena Berg, who works at the Ministry, remarked that a three-day visit "
      "by a monarch is rare nowadays.\n");
  EXPECT_EQ(Meeting("visit"), nullptr) << Dump();
}

}  // namespace
}  // namespace dkg
