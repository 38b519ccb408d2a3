// Wrong facts found on documents of our own (h103): each test is a sentence written for it, in
// the way reporting phrases the thing.
#include <gtest/gtest.h>

#include <string>

#include "tests/extract_fixture.h"

namespace dkg {
namespace {

class ExtractOwnDocsTest : public ExtractFixture {};

// "On the sidelines, A and B signed an accord": the two sides the sentence names are its parties,
// not every country at the summit it was signed at.
TEST_F(ExtractOwnDocsTest, SidesWhoSignAnUnnamedInstrumentAreItsOnlyParties) {
  Extract(
      "Andean and Nordic leaders meet in Lima\nMay 4, 2026\n"
      "LIMA, May 4 - The third Andes-Nordic Summit was held in Lima on Monday, with President "
      "Ana Souza of Peru, Prime Minister Karl Brandt of Norway, President Luis Mora of Ecuador and "
      "Prime Minister Eva Lind of Sweden.\n"
      "On the margins of the summit, Ecuador and Sweden signed a fisheries accord.\n");
  const ExtractedNode* accord = NodeNamedLike("agreement", "fisheries accord");
  ASSERT_NE(accord, nullptr) << Dump();
  EXPECT_TRUE(HasEdge("Ecuador", "party_to", accord->name)) << Dump();
  EXPECT_TRUE(HasEdge("Sweden", "party_to", accord->name)) << Dump();
  EXPECT_FALSE(HasEdge("Peru", "party_to", accord->name)) << Dump();
  EXPECT_FALSE(HasEdge("Norway", "party_to", accord->name)) << Dump();
}

// "the President of the X Commission, A": the head of a body of no country meets a minister; the
// meeting's other country is not A's.
TEST_F(ExtractOwnDocsTest, HeadOfABodyOfNoCountryIsNoCounterpart) {
  Extract(
      "Peruvian minister visits Quito\nMay 4, 2026\n"
      "Peruvian Foreign Minister Ana Souza held talks in Quito on Monday with her Ecuadorian "
      "counterpart, Luis Mora.\n"
      "Ms. Souza also met the President of the Andean Development Commission, Dr. Karl Brandt, who "
      "was in Quito for a regional forum.\n");
  EXPECT_TRUE(HasEdge("Karl Brandt", "member_of", "Andean Development Commission")) << Dump();
  EXPECT_FALSE(HasEdge("Karl Brandt", "represents", "Ecuador")) << Dump();
  EXPECT_TRUE(HasEdge("Luis Mora", "represents", "Ecuador")) << Dump();
}

// GUIDELINES: an agreement under negotiation has no parties yet; one signed has.
TEST_F(ExtractOwnDocsTest, AgreementOnlyUnderNegotiationHasNoParties) {
  Extract(
      "Peru and Chile review ties\nMay 4, 2026\n"
      "Foreign Minister Ana Souza of Peru spoke by telephone on Monday with Foreign Minister Karl "
      "Brandt of Chile.\n"
      "Ms. Souza said that negotiations on the Peru-Chile Water Accord had moved forward well.\n");
  const ExtractedNode* accord = NodeNamedLike("agreement", "Water Accord");
  ASSERT_NE(accord, nullptr) << Dump();
  EXPECT_FALSE(HasEdge("Peru", "party_to", accord->name)) << Dump();
  EXPECT_FALSE(HasEdge("Chile", "party_to", accord->name)) << Dump();

  Extract(
      "Peru and Chile sign accord\nMay 4, 2026\n"
      "The Peru-Chile Water Accord was signed in Lima on Monday, after negotiations on it lasted "
      "two years.\n");
  accord = NodeNamedLike("agreement", "Water Accord");
  ASSERT_NE(accord, nullptr) << Dump();
  EXPECT_TRUE(HasEdge("Peru", "party_to", accord->name)) << Dump();
}

// "was received by B, to whom he conveyed greetings from C": C, named in B's relative clause,
// sent greetings; C took no part. (B, the host, takes no role at the session either: a reception
// is a meeting of its own, extract_ruleprecision163_test.cpp; the one received keeps hers.)
TEST_F(ExtractOwnDocsTest, OfficialInTheHostsRelativeClauseIsNoHost) {
  Extract(
      "Peruvian minister in Quito\nMay 4, 2026\n"
      "The 3rd Session of the Peru-Ecuador Joint Commission was held in Quito on Monday.\n"
      "On Tuesday, Foreign Minister Ana Souza of Peru was received by President Luis Mora of "
      "Ecuador, to whom she passed on the good wishes of President Karl Brandt of Peru.\n");
  EXPECT_TRUE(HasRole("Ana Souza", "attended")) << Dump();
  EXPECT_FALSE(HasRole("Luis Mora", "attended")) << Dump();
  EXPECT_FALSE(HasRole("Karl Brandt", "attended")) << Dump();
}

}  // namespace
}  // namespace dkg
