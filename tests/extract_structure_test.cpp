// Structure edges (member_of, represents, located_in, part_of) as specifications, each on a
// document written for the test.
#include <gtest/gtest.h>

#include <string>

#include "tests/extract_fixture.h"

namespace dkg {
namespace {

class ExtractStructureTest : public ExtractFixture {};

// A bloc's partners listed after "namely" are not its members; a country that only says where a
// place is ("in Vientiane, Laos") says nothing of membership.
TEST_F(ExtractStructureTest, PartnersAndPlaceCountriesAreNoMembers) {
  Extract(
      "ASEAN leaders meet partners\nMar 3, 2025\n"
      "Leaders of ASEAN and of the bloc's three partners, namely India, Japan and Canada, gathered "
      "on Monday.\n"
      "The next ASEAN summit will be held in Vientiane, Laos, in October.\n");
  const std::string asean = "Association of Southeast Asian Nations";
  EXPECT_FALSE(HasEdge("India", "member_of", asean)) << Dump();
  EXPECT_FALSE(HasEdge("Japan", "member_of", asean)) << Dump();
  EXPECT_FALSE(HasEdge("Canada", "member_of", asean)) << Dump();
  EXPECT_FALSE(HasEdge("Laos", "member_of", asean)) << Dump();
}

// At a grouping's meeting, the countries of the officials taking part that are the grouping's
// members are its members; a guest country is not.
TEST_F(ExtractStructureTest, CountriesOfOfficialsAtAGroupingsMeetingAreItsMembers) {
  Extract(
      "Caribbean leaders meet in Bridgetown\nJul 4, 2025\n"
      "The Summit of the Caribbean Community opened in Bridgetown on Thursday, chaired by Prime "
      "Minister Ana Reyes of Jamaica.\n"
      "Prime Minister Paul Dorset of Grenada and Foreign Minister Carlos Mendes of Brazil, a guest, "
      "also attended the summit.\n");
  const std::string caricom = "Caribbean Community";
  EXPECT_TRUE(HasEdge("Jamaica", "member_of", caricom)) << Dump();
  EXPECT_TRUE(HasEdge("Grenada", "member_of", caricom)) << Dump();
  EXPECT_FALSE(HasEdge("Brazil", "member_of", caricom)) << Dump();
}

// "Chengdu, in the province of Sichuan": the city is in the province, the province in the city's
// country.
TEST_F(ExtractStructureTest, ACityInAnOpenedProvinceIsInItAndTheProvinceInTheCountry) {
  Extract(
      "Minister visits China\nMay 5, 2025\n"
      "Peru's Foreign Minister Rosa Quispe arrived in Chengdu, in the province of Sichuan, on "
      "Monday for a visit to China.\n");
  EXPECT_TRUE(HasEdge("Chengdu", "located_in", "Sichuan")) << Dump();
  EXPECT_FALSE(HasEdge("Chengdu", "located_in", "China")) << Dump();
  EXPECT_TRUE(HasEdge("Sichuan", "located_in", "China")) << Dump();
}

// "President A of Peru telephones President B": the verb between keeps Peru from B's title.
TEST_F(ExtractStructureTest, AnotherOfficialsOfCountryIsNotTheNextTitlesCountry) {
  Extract(
      "President Silva of Peru telephones President Mbeki\nJul 8, 2024\n"
      "President Ana Silva of Peru called President Thabo Mbeki of South Africa on Sunday.\n");
  EXPECT_TRUE(HasEdge("Ana Silva", "represents", "Peru")) << Dump();
  EXPECT_FALSE(HasEdge("Thabo Mbeki", "represents", "Peru")) << Dump();
  EXPECT_TRUE(HasEdge("Thabo Mbeki", "represents", "South Africa")) << Dump();
}

// A plural country name's possessive is a bare apostrophe: "the Solomon Islands' Prime Minister".
TEST_F(ExtractStructureTest, APluralCountrysPossessiveOwnsTheTitle) {
  Extract(
      "Leaders sign agreements\nJul 8, 2024\n"
      "On Monday the Solomon Islands' Prime Minister, Hon. Peter Kenilorea, and Fiji's Prime "
      "Minister, Ana Rabuka, signed two agreements in Honiara.\n");
  EXPECT_TRUE(HasEdge("Peter Kenilorea", "represents", "Solomon Islands")) << Dump();
  EXPECT_TRUE(HasEdge("Ana Rabuka", "represents", "Fiji")) << Dump();
}

// Capitalised words before a thing's head noun ("Peru's Clean Water initiative"), a title
// ("Peru's Deputy Supreme Commander"), and words hyphenated into a larger name ("the Years of
// High-Quality Growth of Peru-Chile Trade") name no official.
TEST_F(ExtractStructureTest, ThingsAndTitlesAreNoOfficials) {
  Extract(
      "Ministers meet\nJul 8, 2024\n"
      "The ministers welcomed Peru's Clean Water initiative and met Peru's Deputy Supreme Commander.\n"
      "They named 2025 the Year of High-Quality Growth of Peru-Chile Trade.\n");
  EXPECT_EQ(Find("official", "Clean Water"), nullptr) << Dump();
  EXPECT_EQ(Find("official", "Deputy Supreme Commander"), nullptr) << Dump();
  EXPECT_EQ(Find("official", "Quality Growth"), nullptr) << Dump();
}

// "the Foreign Ministry of the Philippines" is that country's ministry (part_of, named with the
// country so stores never merge two countries' ministries); a portfolio after the title and a
// comma still leads to the body: "Secretary, Regional Affairs of the Foreign Ministry of ...".
TEST_F(ExtractStructureTest, AMinistryOfTheCountryAndAPortfolioAfterTheTitle) {
  Extract(
      "Officials meet\nJul 8, 2024\n"
      "The talks were co-chaired by Rina Santos, Secretary, Regional Affairs of the Foreign Ministry "
      "of the Philippines, and Kenji Ito, Japan's Deputy Foreign Minister.\n");
  EXPECT_TRUE(HasEdge("Foreign Ministry of Philippines", "part_of", "Philippines")) << Dump();
  EXPECT_TRUE(HasEdge("Rina Santos", "member_of", "Foreign Ministry of Philippines")) << Dump();
  EXPECT_TRUE(HasEdge("Rina Santos", "represents", "Philippines")) << Dump();
}

// "in Vardoya, Norway": a place no gazetteer knows, in the country after it; a sentence opening
// "In Europe, ..." names no place.
TEST_F(ExtractStructureTest, AnUnknownPlaceBeforeItsCountry) {
  Extract(
      "Ministers meet\nJul 8, 2024\n"
      "The ministers of Peru and Norway met in Vardoya, Norway, on Monday.\n"
      "In Europe, Germany leads.\n");
  EXPECT_TRUE(HasEdge("Vardoya", "located_in", "Norway")) << Dump();
  EXPECT_EQ(Find("place", "Europe"), nullptr) << Dump();
}

}  // namespace
}  // namespace dkg
