// Where a meeting is held, said away from the meeting's own words: a tour held in several places
// holds the meeting of its days at which the visitor meets an official of one of the toured
// countries where the tour goes in that country; a venue that "was the venue for" the talks holds
// the story's one meeting in its city.
#include <gtest/gtest.h>

#include <string>

#include "tests/extract_fixture.h"

namespace dkg {
namespace {

class ExtractHeldIn87Test : public ExtractFixture {};

// The tour names one country bare and a city of another: the talks with the first country's
// president are held in that country, those with the second's in its city.
TEST_F(ExtractHeldIn87Test, ATourMeetingWithAHostOfficialIsHeldInThatHostsStop) {
  Extract(
      "Kenyan leader begins regional tour\nMar 2, 2025\n"
      "President William Ruto of Kenya, who landed in Peru on Sunday for a tour that takes him on to Chile, spoke of trade.\n"
      "On Monday he will meet Peruvian President Dina Boluarte to discuss trade in coffee and copper.\n"
      "On Wednesday Ruto will fly on to Santiago, where he is set to hold talks with Chilean President Gabriel "
      "Boric.\n");
  EXPECT_TRUE(HasEdge("Ruto's meeting with Dina Boluarte", "held_in", "Peru")) << Dump();
  EXPECT_FALSE(HasEdge("Ruto's meeting with Dina Boluarte", "held_in", "Santiago")) << Dump();
}

// The official met serves no country of the tour: the tour does not say where they met.
TEST_F(ExtractHeldIn87Test, AMeetingWithAnOfficialOfAnotherCountryStaysUnplaced) {
  Extract(
      "Kenyan leader begins regional tour\nMar 2, 2025\n"
      "President William Ruto of Kenya, who landed in Peru on Sunday for a tour that takes him on to Chile, spoke of trade.\n"
      "On Monday he will meet Brazilian President Luiz Inacio Lula da Silva to discuss trade in coffee.\n"
      "On Wednesday Ruto will fly on to Santiago, where he is set to hold talks with Chilean President Gabriel "
      "Boric.\n");
  EXPECT_FALSE(HasEdge("Ruto's meeting with Luiz Inacio Lula da Silva", "held_in", "Peru")) << Dump();
  EXPECT_FALSE(HasEdge("Ruto's meeting with Luiz Inacio Lula da Silva", "held_in", "Santiago")) << Dump();
}

// "VENUE in CITY was the venue for the talks": the story's one meeting in that city is held at
// the venue, the most specific place given.
TEST_F(ExtractHeldIn87Test, AVenueThatWasTheVenueForTheMeetingHoldsIt) {
  Extract(
      "Andean neighbours meet\nMay 9, 2025\n"
      "The fifth Peru-Ecuador Summit was held in Quito on Friday.\n"
      "The Carondelet Palace in Quito was the venue for the talks, which ran late into the evening.\n");
  EXPECT_TRUE(HasEdge("fifth Peru-Ecuador Summit", "held_in", "Carondelet Palace")) << Dump();
  EXPECT_FALSE(HasEdge("fifth Peru-Ecuador Summit", "held_in", "Quito")) << Dump();
}

// A venue the story only mentions is not where the meeting was held.
TEST_F(ExtractHeldIn87Test, AVenueMentionedInPassingHoldsNothing) {
  Extract(
      "Andean neighbours meet\nMay 9, 2025\n"
      "The fifth Peru-Ecuador Summit was held in Quito on Friday.\n"
      "The Carondelet Palace in Quito stays closed to visitors until June.\n");
  EXPECT_FALSE(HasEdge("fifth Peru-Ecuador Summit", "held_in", "Carondelet Palace")) << Dump();
}

}  // namespace
}  // namespace dkg
