// Several bilateral meetings named in one sentence: each guest, or each country's delegation, is
// a meeting of its own. Each document is written for the test.
#include <gtest/gtest.h>

#include <string>

#include "tests/extract_fixture.h"

namespace dkg {
namespace {

class ExtractBilateralsTest : public ExtractFixture {};

// "held meetings with A, Minister of X; with B, Chancellor of Y; and with C": an office closed by a
// semicolon belongs to its official, so the list goes on past it.
TEST_F(ExtractBilateralsTest, SemicolonsAfterOfficesJoinTheList) {
  Extract(
      "Minister Souza in Lima\n"
      "Apr 2, 2031\n"
      "Foreign Minister Ana Souza arrived in Lima on Tuesday.\n"
      "She also held meetings with Lars Holm, Minister of Foreign Affairs of Denmark; with Pedro "
      "Ramos, Chancellor of Ecuador; and with Minister Karl Brandt.\n");
  EXPECT_TRUE(HasEdge("Lars Holm", "attended", "meeting with Lars Holm")) << Dump();
  EXPECT_TRUE(HasEdge("Pedro Ramos", "attended", "meeting with Pedro Ramos")) << Dump();
  EXPECT_TRUE(HasEdge("Karl Brandt", "attended", "meeting with Karl Brandt")) << Dump();
  EXPECT_TRUE(HasEdge("Ana Souza", "attended", "meeting with Karl Brandt")) << Dump();
}

// "A accompanied President B in bilateral meetings with representatives from X and Y": one meeting
// per country, its sides that country and the president's, attended by both who went.
TEST_F(ExtractBilateralsTest, MeetingsWithRepresentativesOfCountriesAreOneEach) {
  Extract(
      "President Brandt receives delegations\n"
      "Apr 2, 2031\n"
      "President Karl Brandt of Portugal was sworn in on Tuesday.\n"
      "Foreign Minister Ana Souza accompanied President Karl Brandt in bilateral meetings with "
      "representatives from Peru and Chile.\n");
  const std::string peru = "bilateral meeting with representatives from Peru";
  const std::string chile = "bilateral meeting with representatives from Chile";
  ASSERT_NE(Find("meeting", peru), nullptr) << Dump();
  ASSERT_NE(Find("meeting", chile), nullptr) << Dump();
  EXPECT_TRUE(HasEdge("Peru", "participant", peru));
  EXPECT_FALSE(HasEdge("Chile", "participant", peru));
  EXPECT_TRUE(HasEdge("Chile", "participant", chile));
  EXPECT_TRUE(HasEdge("Karl Brandt", "attended", peru));
  EXPECT_TRUE(HasEdge("Ana Souza", "attended", chile));
}

// A meeting with business representatives is no bilateral meeting with a country.
TEST_F(ExtractBilateralsTest, MeetingWithBusinessRepresentativesIsNoCountrysMeeting) {
  Extract(
      "President Brandt in Lima\n"
      "Apr 2, 2031\n"
      "President Karl Brandt of Portugal held a meeting with business representatives from Peru "
      "and Chile.\n");
  EXPECT_EQ(Find("meeting", "bilateral meeting with representatives from Peru"), nullptr) << Dump();
}

}  // namespace
}  // namespace dkg
