// h118: kinds of misses and wrong facts on documents written for generalisation testing, each
// with a sentence of its own.
#include "tests/extract_fixture.h"

namespace dkg {
namespace {

class ExtractOwnDocs118Test : public ExtractFixture {};

// An office only one country has ("Secretary of State": the US) is that country's only when the
// story names the country itself; a city of it ("served in Washington") or a word inside another
// name ("Organization of American States") does not make a Portuguese secretary of state American.
TEST_F(ExtractOwnDocs118Test, CityOfACountryDoesNotGiveItsUniqueOffice) {
  Extract(
      "Envoy meets officials in Lisbon\n"
      "3 May 2024\n"
      "Lisbon - The Ambassador of Chile to Portugal, Ana Pereda, paid a courtesy call on the Secretary of State at the "
      "Ministry of Foreign Affairs, Rui Mendes Costa, on Monday.\n"
      "She previously served in Washington as Chile's envoy to the Organization of American States.\n");
  ASSERT_NE(Find("official", "Rui Mendes Costa"), nullptr) << Dump();
  EXPECT_FALSE(HasEdge("Rui Mendes Costa", "represents", "United States")) << Dump();
  EXPECT_EQ(NodeNamedLike("organization", "United States"), nullptr) << Dump();
}

// The country named as such still gives the office its country.
TEST_F(ExtractOwnDocs118Test, NamedCountryStillGivesItsUniqueOffice) {
  Extract(
      "Kenya and the United States discuss trade\n"
      "3 May 2024\n"
      "Secretary of State Mark Hollis met Kenyan Foreign Minister Alice Wanjiru in Washington on Monday.\n");
  EXPECT_TRUE(HasEdge("Mark Hollis", "represents", "United States")) << Dump();
}

// A particle ("de", "do") keeps a personal name going through a word that is also a city when
// more of the name follows: "Luisa de Santiago Mabote" is one person, not "Luisa" and Santiago.
TEST_F(ExtractOwnDocs118Test, CityAfterANameParticleStaysInTheName) {
  Extract(
      "Mozambique and Portugal sign education protocol\n"
      "3 May 2024\n"
      "Maputo - The Mozambican Minister of Health, Luisa de Santiago Mabote, and the Portuguese Ambassador, "
      "Rui Costa, met on Tuesday.\n");
  EXPECT_NE(Find("official", "Luisa de Santiago Mabote"), nullptr) << Dump();
  EXPECT_EQ(Find("place", "Santiago"), nullptr) << Dump();
}

}  // namespace
}  // namespace dkg
