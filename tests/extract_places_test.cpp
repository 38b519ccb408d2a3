// Places of the meetings and the places that contain them (held_in, located_in), as
// specifications, each on a document written for the test.
#include <gtest/gtest.h>

#include <string>

#include "tests/extract_fixture.h"

namespace dkg {
namespace {

class ExtractPlacesTest : public ExtractFixture {};

// A venue followed by "in CITY" is in that city; a city followed by a province ("Kyoto, Kyoto
// Prefecture", "Arequipa, in southern Peru's Arequipa Province") is in the province, not also
// in the country.
TEST_F(ExtractPlacesTest, AVenueOrCityIsInTheLargerPlaceThatFollowsIt) {
  Extract(
      "Ministers meet in Lima\nJun 9, 2025\n"
      "Peru's Foreign Minister Rosa Quispe received Norway's Foreign Minister Lars Dahl at the "
      "Coral Palace in Lima on Monday.\n"
      "On Tuesday the two ministers flew to Arequipa, in southern Peru's Arequipa Province, to "
      "see a fisheries project.\n"
      "Dahl had met Japanese officials last year in Kyoto, Kyoto Prefecture.\n");
  EXPECT_TRUE(HasEdge("Coral Palace", "located_in", "Lima")) << Dump();
  EXPECT_TRUE(HasEdge("Arequipa", "located_in", "Arequipa Province")) << Dump();
  EXPECT_FALSE(HasEdge("Arequipa", "located_in", "Peru")) << Dump();
  EXPECT_TRUE(HasEdge("Kyoto", "located_in", "Kyoto Prefecture")) << Dump();
}

// After a bare comma, a city is the next member of a list, not a container.
TEST_F(ExtractPlacesTest, ACommaBetweenCitiesIsAList) {
  Extract(
      "Minister tours Peru\nJun 9, 2025\n"
      "Norway's Foreign Minister Lars Dahl will visit Lima, Cusco and Arequipa this week.\n");
  EXPECT_FALSE(HasEdge("Lima", "located_in", "Cusco")) << Dump();
  EXPECT_FALSE(HasEdge("Cusco", "located_in", "Arequipa")) << Dump();
}

// A held_verb ties a place to the meeting named before it across a long clause; a country
// inside another meeting's name is no place of the talks.
TEST_F(ExtractPlacesTest, AHeldVerbTiesAFarPlaceToItsMeeting) {
  Extract(
      "Joint Commission ends\nJun 4, 2025\n"
      "The 9th Peru-Norway Joint Commission, with Foreign Minister Rosa Quispe and her Norwegian "
      "counterpart Lars Dahl as its co-chairs, was brought to a close in Cusco on 3 June 2025.\n"
      "The talks took place under an accord reached at the Peru-Chile summit last year.\n");
  EXPECT_TRUE(HasEdge("9th Peru-Norway Joint Commission", "held_in", "Cusco")) << Dump();
  EXPECT_FALSE(HasEdge("9th Peru-Norway Joint Commission", "held_in", "Peru")) << Dump();
}

// A telephone call is held nowhere, though the story has a place.
TEST_F(ExtractPlacesTest, ACallTakesNotTheStorysPlace) {
  Extract(
      "Ministers meet in Lima\nJun 9, 2025\n"
      "Peru's Foreign Minister Rosa Quispe held talks with Norway's Foreign Minister Lars Dahl in "
      "Lima on Monday.\n"
      "Last week Quispe spoke by telephone with Chile's Foreign Minister Ana Rojas about fisheries.\n");
  bool call = false;
  for (const auto& n : graph_.nodes) call |= n.kind == "meeting" && n.name.find("telephone") != std::string::npos;
  EXPECT_TRUE(call) << Dump();
  for (const auto& e : graph_.edges) {
    const std::string& source = graph_.nodes[e.source].name;
    EXPECT_FALSE(e.relation == "held_in" && source.find("telephone") != std::string::npos) << Dump();
  }
}

// "in the city of Arica", "in the province of Newfoundland and Labrador": a place no gazetteer
// knows, after a `place_opener`; the city holds the meeting, the province does not.
TEST_F(ExtractPlacesTest, APlaceNamedAfterTownOfOrProvinceOfIsAPlace) {
  Extract(
      "Commission meets\nMar 4, 2025\n"
      "The fifth Peru-Chile Joint Commission was held in the city of Arica on Monday.\n");
  EXPECT_NE(Find("place", "Arica"), nullptr) << Dump();
  EXPECT_TRUE(HasEdge("fifth Peru-Chile Joint Commission", "held_in", "Arica")) << Dump();

  Extract(
      "Ministers meet\nMar 4, 2025\n"
      "The sixth Peru-Chile Joint Commission was held in Puerto Natales, in the province of Ultima "
      "Esperanza, on Monday.\n");
  EXPECT_NE(Find("place", "Ultima Esperanza"), nullptr) << Dump();
  EXPECT_FALSE(HasEdge("sixth Peru-Chile Joint Commission", "held_in", "Ultima Esperanza")) << Dump();
}

}  // namespace
}  // namespace dkg
