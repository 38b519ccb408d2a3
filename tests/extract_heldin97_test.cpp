// Where meetings are held when the story says it only in passing (held_in), as specifications,
// each on a document written for the test.
#include <gtest/gtest.h>

#include <string>

#include "tests/extract_fixture.h"

namespace dkg {
namespace {

class ExtractHeldIn97Test : public ExtractFixture {};

// A city right before the meeting head of a meeting's name ("the EAC Mombasa Summit") is where
// it was held, when nothing else places it.
TEST_F(ExtractHeldIn97Test, ACityInAMeetingsNameIsWhereItWasHeld) {
  Extract(
      "Bloc reviews outcomes of summit\nNov 3, 2025\n"
      "NAIROBI -- Kenya's Foreign Minister Amina Otieno said on Monday that the decisions of the "
      "EAC Mombasa Summit would guide the bloc's trade talks next year.\n"
      "Otieno added that Uganda and Tanzania had both welcomed the outcome.\n");
  EXPECT_TRUE(HasEdge("EAC Mombasa Summit", "held_in", "Mombasa")) << Dump();
}

// Two capitals joined by a hyphen stand for their countries, and a city before a body's name
// ("a Lima Group meeting") names the body: neither places the meeting.
TEST_F(ExtractHeldIn97Test, HyphenedCapitalsAndBodiesNamedAfterCitiesPlaceNothing) {
  Extract(
      "Ministers look ahead\nNov 3, 2025\n"
      "Japan's Foreign Minister Kenji Sato met South Korea's Foreign Minister Park Min-ho on "
      "Monday to prepare the Seoul-Tokyo Summit.\n"
      "The two ministers also discussed the coming Lima Group meeting.\n");
  EXPECT_FALSE(HasEdge("Seoul-Tokyo Summit", "held_in", "Seoul")) << Dump();
  EXPECT_FALSE(HasEdge("Seoul-Tokyo Summit", "held_in", "Tokyo")) << Dump();
  ASSERT_NE(Find("meeting", "Lima Group meeting"), nullptr) << Dump();
  EXPECT_FALSE(HasEdge("Lima Group meeting", "held_in", "Lima")) << Dump();
}

// A host who receives a foreign guest for a meeting that nothing else places holds it at home:
// in the host's country (not a capital the text never names).
TEST_F(ExtractHeldIn97Test, AMeetingAHostReceivesAGuestForIsHeldInTheHostsCountry) {
  Extract(
      "Peru and Norway open a political dialogue\nMar 4, 2025\n"
      "On 3 March 2025 Peru's Foreign Minister Rosa Quispe received Norway's Foreign Minister, "
      "Lars Dahl, for the inaugural Peru-Norway Political Dialogue, a forum for foreign policy "
      "questions.\n"
      "The two ministers agreed to meet again next year.\n");
  EXPECT_TRUE(HasEdge("inaugural Peru-Norway Political Dialogue", "held_in", "Peru")) << Dump();
  EXPECT_FALSE(HasEdge("inaugural Peru-Norway Political Dialogue", "held_in", "Norway")) << Dump();
  EXPECT_FALSE(HasEdge("inaugural Peru-Norway Political Dialogue", "held_in", "Lima")) << Dump();
}

// A story whose meetings are all held in one city, and that names one venue nothing places, at
// which something happens, has the venue in that city.
TEST_F(ExtractHeldIn97Test, TheStorysOneVenueIsInTheCityItsMeetingsAreHeldIn) {
  Extract(
      "Kenya and Ghana sign trade pact in Nairobi\nJul 8, 2025\n"
      "Kenya's President Daniel Kiptoo and Ghana's President Kwame Asante signed a trade pact on "
      "Monday.\n"
      "In the morning Kiptoo greeted Asante on the lawn at Harambee House before the two leaders "
      "held talks.\n");
  EXPECT_TRUE(HasEdge("Harambee House", "located_in", "Nairobi")) << Dump();
}

// Two venues nothing places: the story does not say which of them, if any, is in its city.
TEST_F(ExtractHeldIn97Test, TwoVenuesNothingPlacesStayUnplaced) {
  Extract(
      "Kenya and Ghana sign trade pact in Nairobi\nJul 8, 2025\n"
      "Kenya's President Daniel Kiptoo and Ghana's President Kwame Asante signed a trade pact on "
      "Monday.\n"
      "In the morning Kiptoo greeted Asante at Harambee House; the evening before, the two had "
      "dined at Karura Castle.\n");
  EXPECT_FALSE(HasEdge("Harambee House", "located_in", "Nairobi")) << Dump();
  EXPECT_FALSE(HasEdge("Karura Castle", "located_in", "Nairobi")) << Dump();
}

}  // namespace
}  // namespace dkg
