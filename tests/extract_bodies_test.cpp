// Bodies of governments and of other bodies: which country or body an organization is part_of,
// and who is member_of it. Each document is written for the test.
#include <gtest/gtest.h>

#include <string>

#include "tests/extract_fixture.h"

namespace dkg {
namespace {

class ExtractBodiesTest : public ExtractFixture {};

// "the Ministry of the Interior of Chile": a name another country's ministry has in the gazetteer,
// then "of <country>", is that country's ministry; "the Chilean Armed Forces" are Chile's.
TEST_F(ExtractBodiesTest, BodyNamedWithItsCountryAfterOrBeforeIsPartOfIt) {
  Extract(
      "Defence accord\nMar 3, 2025\n"
      "Officials of the Ministry of the Armed Forces of Chile met a delegation from Ghana in "
      "Accra on Monday. General Rosa Pinto, Commander of the Chilean Armed Forces, joined them.\n");
  EXPECT_TRUE(HasEdge("Ministry of the Armed Forces of Chile", "part_of", "Chile")) << Dump();
  EXPECT_TRUE(HasEdge("Armed Forces of Chile", "part_of", "Chile")) << Dump();
  EXPECT_FALSE(HasEdge("Ministry of the Armed Forces of Chile", "part_of", "Ghana")) << Dump();
}

// "the Foreign Office said in a note", no country named with it: in a story datelined in a
// country, the office is that government's; with no dateline it is no country's.
TEST_F(ExtractBodiesTest, BareGovernmentBodyIsTheDatelineCountrys) {
  Extract(
      "Visit ends\nJun 9, 2025\n"
      "LIMA: Foreign Minister Ana Ruiz of Peru received Minister Ken Abe of Japan on Monday, "
      "the Foreign Office said in a note.\n");
  EXPECT_TRUE(HasEdge("Foreign Office", "part_of", "Peru")) << Dump();
  EXPECT_FALSE(HasEdge("Foreign Office", "part_of", "Japan")) << Dump();
  Extract(
      "Visit ends\nJun 9, 2025\n"
      "Foreign Minister Ana Ruiz of Peru received Minister Ken Abe of Japan on Monday, "
      "the Foreign Office said in a note.\n");
  EXPECT_FALSE(HasEdge("Foreign Office", "part_of", "Peru")) << Dump();
}

// "ACCRA, Ghana, May 2 - ...": a dateline may give the place's country before the date; the
// venue that speaks ("Jubilee House said") is then the dateline country's office.
TEST_F(ExtractBodiesTest, DatelineWithItsCountryGivesTheOwnerOfAVenueThatSpeaks) {
  Extract(
      "Call\nMay 2, 2025\n"
      "ACCRA, Ghana, May 2 - President Kofi Boateng spoke with President Ana Lima of Brazil on "
      "Friday, according to a statement released by Jubilee House.\n");
  EXPECT_TRUE(HasEdge("Jubilee House", "part_of", "Ghana")) << Dump();
  EXPECT_FALSE(HasEdge("Jubilee House", "part_of", "Brazil")) << Dump();
}

// "the G20 Troika", "the UN Security Council": a bloc's or an international body's organ named
// with the body's name first is part_of the body when the story names the body too; not a body
// only seen joined by a hyphen to another name ("UN-Women").
TEST_F(ExtractBodiesTest, OrganNamedWithItsBodysNameFirstIsPartOfIt) {
  Extract(
      "Ministers meet\nJul 1, 2025\n"
      "Foreign Minister Ana Ruiz of Peru met Foreign Minister Ken Abe of Japan in Lima on Monday. "
      "Both countries back reform of the United Nations and a larger United Nations Security "
      "Council. Peru and Japan are members of the G20, and the G20 Troika will meet in July.\n");
  EXPECT_TRUE(HasEdge("United Nations Security Council", "part_of", "United Nations")) << Dump();
  EXPECT_TRUE(HasEdge("G20 Troika", "part_of", "Group of Twenty")) << Dump();
  EXPECT_FALSE(HasEdge("G20 Troika", "part_of", "United Nations")) << Dump();
}

// "Minister of State of Chile's Ministry of Foreign Affairs": the title's "of <country>" is the
// body's owner, and its holder is member_of the body after the possessive.
TEST_F(ExtractBodiesTest, TitleOfACountrysBodyMakesItsHolderAMember) {
  Extract(
      "Talks in Tokyo\nJun 9, 2025\n"
      "Ken Abe met Luisa Prado, Minister of State of Chile's Ministry of Foreign Affairs, in Tokyo "
      "on Monday.\n");
  EXPECT_TRUE(HasEdge("Luisa Prado", "member_of", "Ministry of Foreign Affairs of Chile")) << Dump();
  EXPECT_TRUE(HasEdge("Luisa Prado", "represents", "Chile")) << Dump();
  EXPECT_FALSE(HasEdge("Ken Abe", "member_of", "Ministry of Foreign Affairs of Chile")) << Dump();
}

// "BEIJING (Xinhua) --", "BEIJING, May 4 (Xinhua) --": the agency a dateline credits published the
// story and does not act in it: no node.
TEST_F(ExtractBodiesTest, AgencyCreditedInTheDatelineIsNoOrganization) {
  Extract(
      "Talks\nMay 4, 2025\n"
      "BEIJING (Xinhua) -- Foreign Minister Ana Ruiz of Peru met Foreign Minister Li Wei of China "
      "in Beijing on Sunday.\n");
  EXPECT_EQ(Find("organization", "Xinhua News Agency"), nullptr) << Dump();
  EXPECT_TRUE(HasEdge("Ana Ruiz", "represents", "Peru")) << Dump();
  Extract(
      "Talks\nMay 4, 2025\n"
      "BEIJING, May 4 (Xinhua) -- Foreign Minister Ana Ruiz of Peru met Foreign Minister Li Wei of "
      "China in Beijing on Sunday.\n");
  EXPECT_EQ(Find("organization", "Xinhua News Agency"), nullptr) << Dump();
}

// "the AU's Executive Council": a bloc's organ named with the bloc's possessive is the bloc's:
// named with it, the possessive phrase an alias, part_of the bloc.
TEST_F(ExtractBodiesTest, OrganNamedWithABlocsPossessiveIsPartOfTheBloc) {
  Extract(
      "Ministers meet\nJul 1, 2025\n"
      "Ana Ruiz, Foreign Minister of Peru, met Kofi Boateng, President of the ECOWAS's Mediation Council, "
      "in Accra on Monday.\n");
  const ExtractedNode* council = nullptr;
  for (const auto& n : graph_.nodes) {
    if (n.kind == "organization" && n.name.rfind("Mediation Council", 0) == 0) council = &n;
  }
  ASSERT_NE(council, nullptr) << Dump();
  EXPECT_TRUE(HasEdge(council->name, "part_of", "Economic Community of West African States")) << Dump();
  EXPECT_FALSE(HasEdge(council->name, "part_of", "Peru")) << Dump();
  EXPECT_TRUE(HasEdge("Kofi Boateng", "member_of", council->name)) << Dump();
  EXPECT_FALSE(HasEdge("Kofi Boateng", "member_of", "Economic Community of West African States")) << Dump();
}

}  // namespace
}  // namespace dkg
