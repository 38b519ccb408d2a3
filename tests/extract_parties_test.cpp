// Parties to agreements: who party_to an instrument the text names without saying whose it is,
// and whose commitment "X and Y ... agreed to" is when the subject is a pair of officials.
// Each document is written for the test.
#include <gtest/gtest.h>

#include <string>

#include "tests/extract_fixture.h"

namespace dkg {
namespace {

class PartiesTest : public ExtractFixture {};

TEST_F(PartiesTest, EarlierNamedTreatyOfABilateralStoryIsTheTwoCountries) {
  Extract(
      "Peru and Chile hold fisheries talks\nMar 4, 2025\n"
      "Peru and Chile held talks on fisheries in Lima on Monday.\n"
      "Guided by the 1998 Arica Treaty, the Peruvian and Chilean ministers reviewed joint patrols.\n"
      "Chile and Peru will meet again in Santiago next year, Peru's ministry said.\n");
  EXPECT_TRUE(HasEdge("Peru", "party_to", "1998 Arica Treaty")) << Dump();
  EXPECT_TRUE(HasEdge("Chile", "party_to", "1998 Arica Treaty")) << Dump();
}

TEST_F(PartiesTest, InstrumentNamedAfterABodyIsNotTheTwoCountries) {
  Extract(
      "Peru and Chile hold fisheries talks\nMar 4, 2025\n"
      "Peru and Chile held talks on fisheries in Lima on Monday.\n"
      "Both voiced support for the UN Charter and the ASEAN Outlook on the Indo-Pacific.\n"
      "Chile and Peru will meet again in Santiago next year, Peru's ministry said.\n");
  EXPECT_FALSE(HasEdge("Peru", "party_to", "UN Charter")) << Dump();
  EXPECT_FALSE(HasEdge("Chile", "party_to", "ASEAN Outlook on the Indo-Pacific")) << Dump();
  EXPECT_NE(Find("agreement", "UN Charter"), nullptr) << Dump();
}

TEST_F(PartiesTest, CountryAfterTheOfficialsVerbIsNotAParty) {
  Extract(
      "Peru and Chile hold fisheries talks\nMar 4, 2025\n"
      "Peru's Foreign Minister Ana Souza met Chile's Foreign Minister Carlos Vidal in Lima on Monday.\n"
      "Souza and Vidal condemned Bolivia's new tariffs and agreed to coordinate their response at the "
      "next trade round.\n");
  EXPECT_FALSE(HasEdge("Bolivia", "party_to", "coordinate their response at the next trade round")) << Dump();
  EXPECT_TRUE(HasEdge("Peru", "party_to", "coordinate their response at the next trade round")) << Dump();
  EXPECT_TRUE(HasEdge("Chile", "party_to", "coordinate their response at the next trade round")) << Dump();
}

TEST_F(PartiesTest, CapitalsAfterAnAttributionAreTheSubject) {
  Extract(
      "Peru and Chile hold fisheries talks\nMar 4, 2025\n"
      "Foreign Minister Ana Souza of Peru met Foreign Minister Carlos Vidal of Chile in Lima on Monday.\n"
      "According to Souza, Lima and Santiago also agreed to build a second border crossing.\n");
  EXPECT_TRUE(HasEdge("Peru", "party_to", "build a second border crossing")) << Dump();
  EXPECT_TRUE(HasEdge("Chile", "party_to", "build a second border crossing")) << Dump();
}

TEST_F(PartiesTest, OfficialsBesideACountryInTheSubjectAddTheirCountries) {
  Extract(
      "Peru and Chile leaders speak\nMar 4, 2025\n"
      "President Ana Souza of Peru spoke with President Carlos Vidal by telephone on Monday.\n"
      "Souza and Chilean President Vidal agreed to reopen the Tacna border crossing.\n");
  EXPECT_TRUE(HasEdge("Peru", "party_to", "reopen the Tacna border crossing")) << Dump();
  EXPECT_TRUE(HasEdge("Chile", "party_to", "reopen the Tacna border crossing")) << Dump();
}

TEST_F(PartiesTest, AgreementReadBeforeAnyMeetingIsReachedAtTheStorysMeeting) {
  Extract(
      "Peru and Chile leaders agree on border\nMar 4, 2025\n"
      "On Monday, Peru's President Ana Souza and Chile's President Carlos Vidal agreed to reopen the "
      "Tacna border crossing.\n"
      "Souza spoke with Vidal by telephone for twenty minutes, the presidency said.\n");
  const std::string call = Meeting();
  ASSERT_FALSE(call.empty()) << Dump();
  EXPECT_TRUE(HasEdge("reopen the Tacna border crossing", "agreed_at", call)) << Dump();
}

TEST_F(PartiesTest, CountriesThatJointlyIssueADeclarationAreItsParties) {
  Extract(
      "Andean ministers meet in Quito\nMar 4, 2025\n"
      "After the third Andean Ministerial in Quito, the Foreign Minister of Peru, the Foreign Minister "
      "of Chile and the Ambassador of Bolivia jointly issued this Quito Declaration on Water Security.\n");
  for (const char* country : {"Peru", "Chile", "Bolivia"}) {
    EXPECT_TRUE(HasEdge(country, "party_to", "Quito Declaration on Water Security")) << country << "\n" << Dump();
  }
}

TEST_F(PartiesTest, JointStatementNamedBeforeAnyMeetingIsAgreedAtTheStorysMeeting) {
  Extract(
      "Peru and Chile talk fisheries\nMar 4, 2025\n"
      "The ministries released the Joint Statement on the Third Peru-Chile Fisheries Dialogue today.\n"
      "Peru's Foreign Minister Ana Souza and Chile's Foreign Minister Carlos Vidal met in Lima on "
      "Monday for talks on fisheries.\n");
  const std::string talks = Meeting();
  ASSERT_FALSE(talks.empty()) << Dump();
  EXPECT_TRUE(HasEdge("Joint Statement on the Third Peru-Chile Fisheries Dialogue", "agreed_at", talks)) << Dump();
}

}  // namespace
}  // namespace dkg
