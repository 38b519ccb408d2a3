// Signatories: who signed which instrument (helper h91). Each document is written for the test.
#include <gtest/gtest.h>

#include <string>

#include "tests/extract_fixture.h"

namespace dkg {
namespace {

class SignatoriesTest : public ExtractFixture {};

// A tour's story moves from meeting to meeting: "the two ministers" who sign after the talks are
// the two of the talks told last, not those of the first city.
TEST_F(SignatoriesTest, TheTwoMinistersAreThoseOfTheLatestTalks) {
  Extract(
      "Peru foreign minister tours the region\nJun 4, 2026\n"
      "In Santiago on Monday, Foreign Minister Ana Souza of Peru held talks with Chile's Foreign "
      "Minister, Karl Brandt.\n"
      "On Wednesday in Quito, Souza held talks with Ecuador's Foreign Minister, Maria Lopes.\n"
      "After the talks, the two ministers signed a Memorandum of Understanding on Fisheries "
      "Cooperation.\n");
  const std::string mou = "Memorandum of Understanding on Fisheries Cooperation";
  EXPECT_TRUE(HasEdge("Ana Souza", "signed", mou)) << Dump();
  EXPECT_TRUE(HasEdge("Maria Lopes", "signed", mou)) << Dump();
  EXPECT_FALSE(HasEdge("Karl Brandt", "signed", mou)) << Dump();
}

// A commission's session with co-chairs and other delegates: "the two ministers" who sign are
// its two co-chairs.
TEST_F(SignatoriesTest, TheTwoMinistersOfASessionAreItsCoChairs) {
  Extract(
      "Peru and Chile hold joint commission\nJun 4, 2026\n"
      "The 3rd Session of the Peru-Chile Joint Commission, held in Lima on Monday, was co-chaired "
      "by the Foreign Minister of Peru, Ana Souza, and the Foreign Minister of Chile, Karl Brandt.\n"
      "It was preceded by a meeting of senior officials led by Deputy Minister Luis Prado and "
      "Ambassador Eva Ruiz.\n"
      "The two ministers signed an Agreement on Consular Cooperation.\n");
  const std::string deal = "Agreement on Consular Cooperation";
  EXPECT_TRUE(HasEdge("Ana Souza", "signed", deal)) << Dump();
  EXPECT_TRUE(HasEdge("Karl Brandt", "signed", deal)) << Dump();
  EXPECT_FALSE(HasEdge("Luis Prado", "signed", deal)) << Dump();
}

// "X was signed by the two foreign ministers": the pair of the talks; "X, signed by A and B":
// a participle without "was".
TEST_F(SignatoriesTest, PassiveByTheTwoMinistersAndParticiple) {
  Extract(
      "Peru and Chile sign accords\nJun 4, 2026\n"
      "In Lima on Monday, Foreign Minister Ana Souza of Peru held talks with Chile's Foreign "
      "Minister, Karl Brandt.\n"
      "The third instrument, the Lima Water Accord, was signed by the two foreign ministers.\n"
      "The presidents welcomed the Andean Fisheries Protocol, signed by Trade Minister Luis Prado "
      "of Peru and Trade Minister Eva Ruiz of Chile.\n");
  EXPECT_TRUE(HasEdge("Ana Souza", "signed", "Lima Water Accord")) << Dump();
  EXPECT_TRUE(HasEdge("Karl Brandt", "signed", "Lima Water Accord")) << Dump();
  EXPECT_TRUE(HasEdge("Luis Prado", "signed", "Andean Fisheries Protocol")) << Dump();
  EXPECT_TRUE(HasEdge("Eva Ruiz", "signed", "Andean Fisheries Protocol")) << Dump();
  EXPECT_FALSE(HasEdge("Luis Prado", "signed", "Lima Water Accord")) << Dump();
}

// "signed in Quito in 2019 by the then ministers of the two countries, A and B": a place and a
// date, and a description of the signatories, between the verb and their names.
TEST_F(SignatoriesTest, SignedByTheThenMinistersOfTheTwoCountries) {
  Extract(
      "Peru and Chile mark treaty anniversary\nJun 4, 2026\n"
      "The Lima Water Accord was signed in Quito on 2 May 2019 by the then ministers of the two "
      "countries, Trade Minister Ana Souza and Fisheries Minister Karl Brandt.\n");
  EXPECT_TRUE(HasEdge("Ana Souza", "signed", "Lima Water Accord")) << Dump();
  EXPECT_TRUE(HasEdge("Karl Brandt", "signed", "Lima Water Accord")) << Dump();
}

}  // namespace
}  // namespace dkg
