// Offices and ministries (h127): a unit of a ministry named by an instrument word is a body, and
// a title the gazetteer knows is no person's name. Sentences written for these tests.
#include "tests/extract_fixture.h"

namespace dkg {
namespace {

class OfficesTest : public ExtractFixture {};

// "the Head of the State Protocol of the Ministry ...": "Protocol" names a unit here, not an
// instrument Portugal is party to; the ministry after it is a body of its own.
TEST_F(OfficesTest, ProtocolAfterAnOfficeIsAUnitNotAnAgreement) {
  Extract(
      "Chilean envoy presents credentials\n"
      "Lisbon, 3 March 2025\n"
      "The new Ambassador of Chile, Mario Fuentes, presented copies of his letters of credence to "
      "the Head of the State Protocol of the Ministry of Foreign Affairs of Portugal, Ambassador "
      "Helena Costa Ramos, on Monday.\n");
  EXPECT_EQ(NodeNamedLike("agreement", "Protocol"), nullptr) << NamesOf("agreement");
  EXPECT_NE(Find("organization", "State Protocol"), nullptr) << NamesOf("organization");
  EXPECT_NE(Find("official", "Helena Costa Ramos"), nullptr) << NamesOf("official");
  EXPECT_FALSE(HasEdge("Portugal", "party_to", "State Protocol"));
}

// A protocol that is signed stays an agreement.
TEST_F(OfficesTest, SignedProtocolStaysAnAgreement) {
  Extract(
      "Ministers sign protocol in Quito\n"
      "Quito, 8 June 2025\n"
      "The foreign ministers of Ecuador and Peru signed the Fisheries Protocol in Quito on Sunday.\n");
  EXPECT_NE(NodeNamedLike("agreement", "Fisheries Protocol"), nullptr) << NamesOf("agreement");
}

// "Jamaica's Permanent Representative to the United Nations Industrial ...": an office (the
// gazetteer's longer title runs into the body's name), not a person named "Permanent Representative".
TEST_F(OfficesTest, CountrysTitleIsNoOfficialsName) {
  Extract(
      "Envoy bids farewell in Lima\n"
      "Lima, 5 May 2025\n"
      "The outgoing Ambassador of Jamaica, Marcia Blake, paid a farewell call on President Dina "
      "Boluarte on Tuesday. Her role carried weight since she was also Jamaica's Permanent "
      "Representative to the United Nations Industrial Development Organization (UNIDO) in Vienna.\n");
  EXPECT_EQ(Find("official", "Permanent Representative"), nullptr) << NamesOf("official");
  EXPECT_NE(Find("official", "Marcia Blake"), nullptr) << NamesOf("official");
}

// A body named in full, then bare as an official's body in a later sentence: one body.
TEST_F(OfficesTest, BareMinistryIsTheOneNamedInFull) {
  Extract(
      "Peruvian envoy in Budapest\n"
      "Budapest, 2 April 2025\n"
      "The Ambassador of Peru, Luis Vega, delivered copies of his credentials to the Director of "
      "the State Protocol of the Ministry of Foreign Affairs of Hungary, Ambassador Eva Szabo. He "
      "later called on the Deputy State Secretary at the Ministry of Foreign Affairs, Anna Kovacs.\n");
  EXPECT_EQ(Find("organization", "Ministry of Foreign Affairs"), nullptr) << NamesOf("organization");
  EXPECT_NE(Find("organization", "Ministry of Foreign Affairs of Hungary"), nullptr) << NamesOf("organization");
}

}  // namespace
}  // namespace dkg
