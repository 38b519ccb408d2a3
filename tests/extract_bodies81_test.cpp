// Organizations named in lists and with their seats (helper h81): each document is written for
// the test.
#include <gtest/gtest.h>

#include <string>

#include "tests/extract_fixture.h"

namespace dkg {
namespace {

class ExtractBodies81Test : public ExtractFixture {};

// "the Peruvian ministries of A, B and C": three ministries of Peru, each part of it.
TEST_F(ExtractBodies81Test, CountryMinistriesListIsOneMinistryPerItem) {
  Extract(
      "Peru and Chile hold energy talks\n"
      "Mar 3, 2031\n"
      "President Lara Quispe met Chilean President Tomas Vidal in Lima on Monday. The Peruvian "
      "delegation also included senior officials from the Peruvian ministries of Energy, Fisheries "
      "and Tourism.\n");
  for (const char* name : {"Ministry of Energy of Peru", "Ministry of Fisheries of Peru", "Ministry of Tourism of Peru"}) {
    ASSERT_NE(Find("organization", name), nullptr) << name << "\n" << Dump();
    EXPECT_TRUE(HasEdge(name, "part_of", "Peru")) << name << "\n" << Dump();
  }
}

// One item is no list, and a plural head with nothing capitalised after "of" names nothing.
TEST_F(ExtractBodies81Test, PluralMinistriesWithoutAListNameNoBody) {
  Extract(
      "Peru and Chile hold energy talks\n"
      "Mar 3, 2031\n"
      "Officials from the Chilean ministries of the region met their Peruvian counterparts in Lima "
      "on Monday.\n");
  EXPECT_EQ(NodeNamedLike("organization", "Ministr"), nullptr) << Dump();
}

// "a new Consulate-General in Arequipa": a mission named by its kind alone takes its city.
TEST_F(ExtractBodies81Test, MissionNamedByKindTakesItsCity) {
  Extract(
      "Peru and Britain hold talks\n"
      "Mar 3, 2031\n"
      "The two ministers met in Lima on Monday. Peru welcomed the opening of a new Consulate-General "
      "in Arequipa last year.\n");
  EXPECT_NE(Find("organization", "Consulate-General in Arequipa"), nullptr) << Dump();
  EXPECT_EQ(Find("organization", "Consulate-General"), nullptr) << Dump();
}

// A summary paragraph, then "NAIROBI (Agency) -- ...": the agency credited is the publisher.
TEST_F(ExtractBodies81Test, AgencyCreditOfALaterDatelineIsNoActor) {
  Extract(
      "Kenya and Peru leaders hold talks\n"
      "Mar 3, 2031\n"
      "The two presidents agreed to expand trade.\n"
      "NAIROBI (Xinhua) -- Kenyan President Ana Wanjiru held talks in Nairobi on Monday with "
      "Peruvian President Lara Quispe.\n");
  EXPECT_EQ(NodeNamedLike("organization", "Xinhua"), nullptr) << Dump();
}

// Well-known bodies the gazetteer names: a programme, a bloc and its members, a movement.
TEST_F(ExtractBodies81Test, GazetteerBodiesAreOrganizations) {
  Extract(
      "Fiji and Vanuatu sign fisheries pact\n"
      "Mar 3, 2031\n"
      "Fiji and Vanuatu, both members of the Melanesian Spearhead Group, signed a fisheries pact in "
      "Suva on Monday. Both backed the work of the United Nations Environment Programme. The "
      "ministers also discussed the fighting between Israel and Hamas.\n");
  for (const char* name : {"Melanesian Spearhead Group", "United Nations Environment Programme", "Hamas"}) {
    EXPECT_NE(Find("organization", name), nullptr) << name << "\n" << Dump();
  }
  EXPECT_TRUE(HasEdge("Fiji", "member_of", "Melanesian Spearhead Group")) << Dump();
}

// A bloc's leaders as a body: an organization part of the bloc, not a meeting; with an ordinal
// before it, the same words name one of its meetings.
TEST_F(ExtractBodies81Test, LeadersConferenceOfABlocIsItsOrgan) {
  Extract(
      "Pacific leaders meet in Suva\n"
      "Mar 3, 2031\n"
      "SUVA - The Conference of Heads of Government of the Pacific Islands Forum (PIF) held its "
      "Fifth Special Meeting in Suva, Fiji, on Monday. It was chaired by Prime Minister Tevita "
      "Rabuka of Fiji.\n");
  const char* organ = "Conference of Heads of Government of the Pacific Islands Forum";
  ASSERT_NE(Find("organization", organ), nullptr) << Dump();
  EXPECT_TRUE(HasEdge(organ, "part_of", "Pacific Islands Forum")) << Dump();
  EXPECT_EQ(NodeNamedLike("meeting", "Conference of Heads"), nullptr) << Dump();
  // The organ holds the meeting: it takes part, and so the chair's country is the bloc's member.
  EXPECT_TRUE(HasEdge(organ, "participant", "Fifth Special Meeting")) << Dump();
  EXPECT_TRUE(HasEdge("Fiji", "member_of", "Pacific Islands Forum")) << Dump();
}

TEST_F(ExtractBodies81Test, NumberedLeadersConferenceIsAMeeting) {
  Extract(
      "Pacific leaders meet in Suva\n"
      "Mar 3, 2031\n"
      "The 12th Conference of Heads of State and Government of the Pacific Islands Forum opened in "
      "Suva on Monday.\n");
  EXPECT_EQ(NodeNamedLike("organization", "Conference of Heads"), nullptr) << Dump();
}

// A body's name before a venue word is the building: "Parliament House", "the Central Bank
// hall"; a country's venue named "in" a city is in that city.
TEST_F(ExtractBodies81Test, BodyNameBeforeAVenueWordIsAPlace) {
  Extract(
      "Peru and Chile sign energy pact\n"
      "Mar 3, 2031\n"
      "The two presidents met at Parliament House on Monday. Peru's Central Bank hall in Lima "
      "hosted the signing.\n");
  EXPECT_NE(Find("place", "Parliament House"), nullptr) << Dump();
  EXPECT_EQ(Find("organization", "Parliament House"), nullptr) << Dump();
  EXPECT_NE(Find("place", "Central Bank hall"), nullptr) << Dump();
  EXPECT_EQ(Find("organization", "Central Bank"), nullptr) << Dump();
  EXPECT_TRUE(HasEdge("Central Bank hall", "located_in", "Lima")) << Dump();
}

}  // namespace
}  // namespace dkg
