// Offices that name a portfolio with no comma before the holder's name ("Minister of Mines and
// Energy A B"): the portfolio's domain nouns (lexicon `portfolio_noun`) are the office's, and the
// first capitalised word that is none of them begins the name. Documents written for the test.
#include <gtest/gtest.h>

#include <string>

#include "tests/extract_fixture.h"

namespace dkg {
namespace {

class ExtractPortfolioTest : public ExtractFixture {};

// Domain nouns joined by "and": the name after them, with the country before the office.
TEST_F(ExtractPortfolioTest, PortfolioJoinedByAndThenName) {
  Extract(
      "Andean ministers discuss lithium\nMay 3, 2025\n"
      "LIMA, May 3 - Peruvian Minister of Mines and Energy Rosa Quispe met Chilean Minister for "
      "Climate Crisis and Civil Protection Tomas Aravena in Lima on Friday.\n"
      "Secretary for Trade and Industry Martin Okafor of Nigeria also took part in the talks.\n");
  EXPECT_TRUE(Find("official", "Rosa Quispe")) << Dump();
  EXPECT_TRUE(Find("official", "Tomas Aravena")) << Dump();
  EXPECT_TRUE(Find("official", "Martin Okafor")) << Dump();
  EXPECT_TRUE(HasEdge("Rosa Quispe", "represents", "Peru")) << Dump();
  EXPECT_TRUE(HasEdge("Tomas Aravena", "represents", "Chile")) << Dump();
  EXPECT_TRUE(HasEdge("Martin Okafor", "represents", "Nigeria")) << Dump();
}

// A comma inside the portfolio: the words after it are more of the office, not the name.
TEST_F(ExtractPortfolioTest, CommaInsideThePortfolio) {
  Extract(
      "Ghana and Togo discuss cocoa\nJune 9, 2025\n"
      "ACCRA, June 9 - Ghana's Minister of Agriculture, Fisheries and Food Kofi Mensah received "
      "Togolese Foreign Minister Yao Dossou in Accra on Monday.\n");
  EXPECT_TRUE(Find("official", "Kofi Mensah")) << Dump();
  EXPECT_FALSE(Find("official", "Fisheries")) << Dump();
  EXPECT_TRUE(HasEdge("Kofi Mensah", "represents", "Ghana")) << Dump();
}

// A region as the portfolio, with "and the" inside it.
TEST_F(ExtractPortfolioTest, RegionsAsThePortfolio) {
  Extract(
      "Nordic and Japanese officials meet\nApril 2, 2025\n"
      "OSLO, April 2 - Deputy Minister for Europe and Central Asia Lars Holm of Sweden and "
      "Director General for Asia and the Pacific Hana Sato of Japan held consultations in Oslo.\n");
  EXPECT_TRUE(Find("official", "Lars Holm")) << Dump();
  EXPECT_TRUE(Find("official", "Hana Sato")) << Dump();
  EXPECT_TRUE(HasEdge("Hana Sato", "represents", "Japan")) << Dump();
}

// With a comma before the name, the name is still the apposition's, not part of the portfolio.
TEST_F(ExtractPortfolioTest, CommaBeforeTheNameStaysAName) {
  Extract(
      "Kenya and Uganda talk trade\nJuly 1, 2025\n"
      "NAIROBI, July 1 - Kenya's Minister of Energy, Grace Atieno, met Uganda's Minister of "
      "Tourism, Samuel Okello, in Nairobi on Tuesday.\n");
  EXPECT_TRUE(Find("official", "Grace Atieno")) << Dump();
  EXPECT_TRUE(Find("official", "Samuel Okello")) << Dump();
  EXPECT_TRUE(HasEdge("Samuel Okello", "represents", "Uganda")) << Dump();
}

}  // namespace
}  // namespace dkg
