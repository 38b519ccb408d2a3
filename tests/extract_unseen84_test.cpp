// Phrasings found missing on documents written by helper h84 for a generalisation check (not
// corpus text): credentials presented to "the President of <country>, <name>", and Portuguese
// "do" inside a name. Every sentence is written for the test.
#include <gtest/gtest.h>

#include <string>

#include "tests/extract_fixture.h"

namespace dkg {
namespace {

class ExtractUnseen84Test : public ExtractFixture {};

// "presented her Letters of Credence to the President of the Republic of Peru, Karl Brandt, in a
// ceremony at the Torre Tagle Palace": the head of state receives the envoy, at that venue.
TEST_F(ExtractUnseen84Test, CredentialsToATitleOfACountryThenTheName) {
  Extract(
      "Ambassador presents credentials\n5 May 2025\n"
      "The Ambassador of Norway to Peru, Lena Berg, presented her Letters of Credence to the President "
      "of the Republic of Peru, Dina Boluarte, in a ceremony at the Torre Tagle Palace on Monday.\n");
  EXPECT_TRUE(HasRole("Lena Berg", "attended")) << Dump();
  EXPECT_TRUE(HasRole("Dina Boluarte", "chaired")) << Dump();
  const ExtractedNode* ceremony = NodeNamedLike("meeting", "credentials");
  ASSERT_NE(ceremony, nullptr) << Dump();
  EXPECT_TRUE(HasEdge(ceremony->name, "held_in", "Torre Tagle Palace")) << Dump();
}

// "Ana do Carmo Leite": Portuguese "do" inside a name, like "dos" and "da".
TEST_F(ExtractUnseen84Test, PortugueseDoInsideAName) {
  Extract(
      "Health ministers meet\n2 June 2025\n"
      "The Minister of Health of Mozambique, Ana do Carmo Leite, met her Angolan counterpart in Maputo on Monday.\n");
  EXPECT_NE(Find("official", "Ana do Carmo Leite"), nullptr) << Dump();
  EXPECT_EQ(Find("official", "Ana"), nullptr) << Dump();
}

}  // namespace
}  // namespace dkg
