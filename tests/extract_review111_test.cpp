// Review h111: fixes to the latest merges, each with a sentence of its own.
#include "tests/extract_fixture.h"

namespace dkg {
namespace {

class ExtractReview111Test : public ExtractFixture {};

// "Gen" is a first name only before a single capitalised word ("Defence Minister Gen Ahn"); before
// a full name it is the rank of the person named after it.
TEST_F(ExtractReview111Test, RankGenBeforeAFullNameIsNotPartOfTheName) {
  Extract(
      "Bolivia and Paraguay army chiefs meet\n"
      "June 3, 2025\n"
      "Chief of Army Staff Gen Rodrigo Medina met Paraguayan Defence Minister Ana Duarte in La Paz on Tuesday.\n");
  EXPECT_NE(Find("official", "Rodrigo Medina"), nullptr) << Dump();
  EXPECT_EQ(Find("official", "Gen Rodrigo Medina"), nullptr) << Dump();
}

// A venue word inside a longer capitalised name ("Capacity Building Programme") does not make the
// name a place; one that ends the name ("Trade Ministry Building") does.
TEST_F(ExtractReview111Test, VenueWordInsideAProgrammeNameIsNoPlace) {
  Extract(
      "Ecuador and Uruguay ministers meet in Quito\n"
      "June 3, 2025\n"
      "Foreign Minister Rosa Paredes of Ecuador met Foreign Minister Diego Lago of Uruguay at the Quito Trade "
      "Building on Tuesday. They reviewed the Regional Capacity Building Programme for customs officers.\n");
  EXPECT_NE(Find("place", "Quito Trade Building"), nullptr) << Dump();
  EXPECT_EQ(Find("place", "Regional Capacity Building Programme"), nullptr) << Dump();
}

}  // namespace
}  // namespace dkg
