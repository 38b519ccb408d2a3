// Edges between two nodes the extractor already found (participant, represents, member_of), as
// specifications, each on a document written for the test.
#include <gtest/gtest.h>

#include <string>

#include "tests/extract_fixture.h"

namespace dkg {
namespace {

class ExtractBothEndsTest : public ExtractFixture {};

// A minister named without a country, whose side only a later two-country session shows
// (inferred from the counterpart), took part for that country in the talks of the days before too.
TEST_F(ExtractBothEndsTest, ACountryInferredFromTheCounterpartJoinsTheOfficialsEarlierMeetings) {
  Extract(
      "Foreign Minister Halvorsen tours East Africa\nApr 7, 2025\n"
      "Minister of Foreign Affairs Ingrid Halvorsen travels this week to Dodoma and Kampala.\n"
      "In Dodoma on Monday, Halvorsen held talks with Tanzania's Minister for Foreign Affairs, "
      "Amani Mwakyusa.\n"
      "On Thursday, Halvorsen and Uganda's Minister of Foreign Affairs, Peter Okello, will co-chair "
      "the third session of the Denmark-Uganda Joint Commission.\n");
  EXPECT_TRUE(HasEdge("Ingrid Halvorsen", "represents", "Denmark")) << Dump();
  const ExtractedNode* talks = NodeNamedLike("meeting", "Mwakyusa");
  ASSERT_NE(talks, nullptr) << Dump();
  EXPECT_TRUE(HasEdge("Denmark", "participant", talks->name)) << Dump();
  EXPECT_TRUE(HasEdge("Tanzania", "participant", talks->name)) << Dump();
  EXPECT_FALSE(HasEdge("Uganda", "participant", talks->name)) << Dump();
}

// A trip to two countries is held in each (one named, one through its city): both hosts take part.
TEST_F(ExtractBothEndsTest, ATripsHostCountriesTakePartInIt) {
  Extract(
      "Tanaka leaves for Peru and Chile on his first overseas trip as prime minister\nMar 2, 2025\n"
      "Prime Minister Hiroshi Tanaka of Japan flew out of Tokyo on Sunday morning at the start of "
      "his first overseas trip since taking office.\n"
      "During the trip, which will take him to Peru and Chile, Tanaka plans to discuss trade in "
      "minerals.\n"
      "On Wednesday Tanaka will go on to Santiago, where he is to hold talks with the Chilean "
      "President, Diego Fuentes.\n");
  const ExtractedNode* trip = NodeNamedLike("meeting", "trip");
  ASSERT_NE(trip, nullptr) << Dump();
  EXPECT_TRUE(HasEdge("Peru", "participant", trip->name)) << Dump();
  EXPECT_TRUE(HasEdge("Chile", "participant", trip->name)) << Dump();
  EXPECT_TRUE(HasEdge("Japan", "participant", trip->name)) << Dump();
}

// A summit held in a city of a country that is no side of it: that country takes no part.
TEST_F(ExtractBothEndsTest, ASummitsHostCityGivesNoParticipantCountry) {
  Extract(
      "Leaders gather for Mercosur-EU summit\nJun 2, 2025\n"
      "The fourth Mercosur-EU Summit was held in Geneva, Switzerland, on 1 June, with President "
      "Ana Souza of Brazil and President Karl Brandt of Austria among those attending.\n");
  const ExtractedNode* summit = NodeNamedLike("meeting", "Summit");
  ASSERT_NE(summit, nullptr) << Dump();
  EXPECT_TRUE(HasEdge(summit->name, "held_in", "Geneva")) << Dump();
  EXPECT_FALSE(HasEdge("Switzerland", "participant", summit->name)) << Dump();
}

// "under-secretary general" written with a space: the office of the body and country after it.
TEST_F(ExtractBothEndsTest, AnUnderSecretaryGeneralWrittenWithASpaceServesTheBodyNamedAfterIt) {
  Extract(
      "Portugal and Ghana review ties\nMay 5, 2025\n"
      "Foreign Minister Kwame Mensah of Ghana met Foreign Minister Rui Costa of Portugal in Accra on "
      "Monday.\n"
      "Ambassador Lucia Ferreira, under-secretary general for Economic Affairs of the Ministry of "
      "Foreign Affairs of Portugal, also took part in the talks.\n");
  EXPECT_TRUE(HasEdge("Lucia Ferreira", "represents", "Portugal")) << Dump();
  EXPECT_TRUE(HasEdge("Lucia Ferreira", "member_of", "Ministry of Foreign Affairs of Portugal")) << Dump();
}

// Two offices joined by a slash are one apposition: the country after the second is the official's.
TEST_F(ExtractBothEndsTest, OfficesJoinedByASlashGiveTheCountryAfterThem) {
  Extract(
      "Mozambique and Malawi hold trade talks\nMay 5, 2025\n"
      "The talks in Lilongwe were attended by Maria Lopes, Deputy Prime Minister/Minister of Finance "
      "of Mozambique, and by Malawi's Minister of Trade, John Banda.\n");
  EXPECT_TRUE(HasEdge("Maria Lopes", "represents", "Mozambique")) << Dump();
  EXPECT_FALSE(HasEdge("Maria Lopes", "represents", "Malawi")) << Dump();
}

// "the president's spokesman, A": the aide of the story's one president serves that president's
// country; with two presidents in the story, neither.
TEST_F(ExtractBothEndsTest, AnAideOfTheStorysOnlyPresidentServesThePresidentsCountry) {
  Extract(
      "Ghana signs trade pact\nJul 8, 2025\n"
      "President Kofi Asante of Ghana signed the West Africa Digital Trade Protocol in Lome on "
      "Sunday.\n"
      "Speaking to reporters, the president's spokesman, Dr. Yaw Boateng, said Asante signed it in the "
      "presence of other leaders.\n");
  EXPECT_TRUE(HasEdge("Yaw Boateng", "represents", "Ghana")) << Dump();

  Extract(
      "Leaders sign trade pact\nJul 8, 2025\n"
      "President Kofi Asante of Ghana and President Amadou Diallo of Senegal signed the West Africa "
      "Digital Trade Protocol in Lome on Sunday.\n"
      "Speaking to reporters, the president's spokesman, Dr. Yaw Boateng, said the two leaders had spoken "
      "at length.\n");
  EXPECT_FALSE(HasEdge("Yaw Boateng", "represents", "Ghana")) << Dump();
  EXPECT_FALSE(HasEdge("Yaw Boateng", "represents", "Senegal")) << Dump();
}

// "Speaker of the National Congress of the Philippines": a body no gazetteer knows, with its
// article, stands between the office and the country the official serves.
TEST_F(ExtractBothEndsTest, AnUnknownBodyWithItsArticleBetweenOfficeAndCountry) {
  Extract(
      "Philippine Speaker receives Chilean counterpart\nApr 3, 2025\n"
      "Ana Ruiz, Speaker of the National Congress of the Philippines, received Tomas Vidal, the "
      "Chilean Senate President, in Manila on Monday.\n");
  EXPECT_TRUE(HasEdge("Ana Ruiz", "represents", "Philippines")) << Dump();
}

// "B, also a Senior Vice-President of the Andean Development Bank": an apposition opened by
// "also" and an indefinite article still names B's office and body.
TEST_F(ExtractBothEndsTest, AnAppositionOpenedByAlsoNamesTheOfficeAndBody) {
  Extract(
      "EU and Japan open digital council\nOct 2, 2025\n"
      "The council was co-chaired by Anna Lindqvist, Executive Vice-President of the European "
      "Commission, by Pieter de Graaf, also a Vice-President of the European Commission, "
      "and by Japan's Minister for Digital Affairs, Kenji Mori.\n");
  EXPECT_TRUE(HasEdge("Pieter de Graaf", "member_of", "European Commission")) << Dump();
}

// "A, Deputy Minister of Sweden and Deputy Director General of National Cyber Security Agency":
// the second office, joined by "and", gives the body the first left open.
TEST_F(ExtractBothEndsTest, ASecondOfficeJoinedByAndGivesTheBody) {
  Extract(
      "Sweden and Chile hold cyber talks\nOct 2, 2025\n"
      "In Santiago, Chilean officials also met Lena Berg, Deputy Minister of Sweden and Deputy "
      "Director General of National Cyber Security Agency, on Tuesday.\n");
  EXPECT_TRUE(HasEdge("Lena Berg", "represents", "Sweden")) << Dump();
  EXPECT_TRUE(HasEdge("Lena Berg", "member_of", "National Cyber Security Agency")) << Dump();
}

// In a two-country story, the host a visiting official also met, named with no country, serves
// the side the visitor does not: the story lends the meeting its two sides.
TEST_F(ExtractBothEndsTest, TheStorysTwoSidesShowWhoseCounterpartAnOfficialIs) {
  Extract(
      "Peru and Kenya hold first political consultations in Nairobi\nMay 12, 2025\n"
      "The first round of political consultations between Peru and Kenya took place today in "
      "Nairobi.\n"
      "The consultations were co-chaired by Vice Minister Rosa Quispe of Peru and by Kenya's "
      "Principal Secretary for Foreign Affairs, John Kamau.\n"
      "Ms. Quispe also met Foreign Minister Daniel Otieno, who said that Kenya saw Peru as a "
      "partner in Latin America.\n");
  EXPECT_TRUE(HasEdge("Daniel Otieno", "represents", "Kenya")) << Dump();
  EXPECT_FALSE(HasEdge("Daniel Otieno", "represents", "Peru")) << Dump();
}

}  // namespace
}  // namespace dkg
